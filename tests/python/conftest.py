"""Loads the generated Waymark bindings (see tests/run-bindings.sh)."""
import os
import sys

BINDINGS = os.environ.get("WAYMARK_PY_BINDINGS", os.path.join(os.path.dirname(__file__), "..", "..", "target", "bindings", "python"))
sys.path.insert(0, os.path.abspath(BINDINGS))
