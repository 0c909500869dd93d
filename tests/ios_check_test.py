"""Self-test of tests/ios_check.py: the checker passes on the app as it is
and fails when a binding signature changes under the app (argument label,
`async`, `throws`, a record field, an enum case) or an app file stops
parsing. Run by tests/ios-check.sh with WAYMARK_SWIFT_BINDINGS set to the
WaymarkCore.swift it generated in the same run."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
APP = HERE.parent / "ios"
BINDINGS = Path(os.environ.get("WAYMARK_SWIFT_BINDINGS", HERE.parent / "target/bindings/swift/WaymarkCore.swift"))


def run(bindings: Path, app: Path):
    r = subprocess.run(
        [sys.executable, str(HERE / "ios_check.py"), str(bindings), str(app)],
        capture_output=True,
        text=True,
    )
    return r.returncode, r.stdout + r.stderr


def mutated(tmp_path, pattern, repl):
    src = BINDINGS.read_text()
    out, n = re.subn(pattern, repl, src, count=1, flags=re.M)
    assert n == 1, f"the mutation {pattern!r} found nothing to change in the bindings"
    p = tmp_path / "WaymarkCore.swift"
    p.write_text(out)
    return p


def test_the_app_matches_the_bindings():
    code, out = run(BINDINGS, APP)
    assert code == 0, out
    m = re.search(r"(\d+) calls into the core checked, (\d+) record fields checked", out)
    assert m and int(m.group(1)) > 0 and int(m.group(2)) > 0, out


@pytest.mark.parametrize(
    "pattern, repl, expected",
    [
        # an argument label renamed in the core
        (r"open func unlock\(pin: String\)", "open func unlock(code: String)", "Waymark.unlock(pin:)"),
        # an export that stops being async: the app's `await` is now wrong
        (r"open func quickExit\(\)", "open func quickExit()async ", "Waymark.quickExit is async but has no `await`"),
        # a method removed
        (r"open func setUp\(", "open func setUpRenamed(", "Waymark has no method `setUp`"),
        # a record field renamed
        (
            r"(public struct SafetyScreen\b[^}]*?)public var quickExitLabel: String",
            r"\1public var exitLabel: String",
            "SafetyScreen has no field `quickExitLabel`",
        ),
        # a field read on a ForEach element (`case .home(let s)`, then
        # `ForEach(s.menu, id: \.destination) { item in … item.label }`)
        (
            r"(public struct MenuItem\b[^}]*?)public var label: String",
            r"\1public var title: String",
            "MenuItem has no field `label`",
        ),
        # a record's memberwise initializer changed
        (
            r"public init\(pin: String, duressPin: String, confirmation: String, wipeOnUse: Bool\)",
            "public init(pin: String, duressPin: String, confirmation: String, wipes: Bool)",
            "DuressInput.init(pin:, duressPin:, confirmation:, wipeOnUse:)",
        ),
        # a type the app names loses `public` (the bindings are their own module)
        (r"^public \nenum ApiError:", "enum ApiError:", "ApiError is not public in WaymarkCore"),
        # an enum case renamed
        (r"case leaveApp\b", "case leave", "has no case `.leaveApp`"),
    ],
)
def test_fails_when_a_binding_changes_under_the_app(tmp_path, pattern, repl, expected):
    code, out = run(mutated(tmp_path, pattern, repl), APP)
    assert code == 1, out
    assert expected in out, out


def test_fails_when_an_app_file_does_not_parse(tmp_path):
    app = tmp_path / "ios"
    shutil.copytree(APP, app)
    f = app / "Waymark" / "AppModel.swift"
    f.write_text(f.read_text().replace("func lock() {", "func lock() {{", 1))
    code, out = run(BINDINGS, app)
    assert code == 1, out
    assert "Swift parse error" in out, out


def test_fails_when_the_app_drops_a_needed_try(tmp_path):
    app = tmp_path / "ios"
    shutil.copytree(APP, app)
    f = app / "Waymark" / "AppModel.swift"
    src = f.read_text()
    assert "try await self.core.unlock(pin: pin)" in src
    f.write_text(src.replace("try await self.core.unlock(pin: pin)", "await self.core.unlock(pin: pin)", 1))
    code, out = run(BINDINGS, app)
    assert code == 1, out
    assert "Waymark.unlock is throws but has no `try`" in out, out
