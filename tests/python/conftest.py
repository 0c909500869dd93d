"""Loads the generated Waymark bindings (see tests/run-bindings.sh) and
provides the shared fixtures (waymark_test_support.py is the harness)."""
import os
import sys

import pytest

BINDINGS = os.environ.get("WAYMARK_PY_BINDINGS", os.path.join(os.path.dirname(__file__), "..", "..", "target", "bindings", "python"))
sys.path.insert(0, os.path.abspath(BINDINGS))


@pytest.fixture
def relay(tmp_path):
    """A relay process, started by the test (`relay.start()`), stopped after."""
    from waymark_test_support import Relay  # after the bindings' path is set

    r = Relay(tmp_path)
    yield r
    r.stop()
