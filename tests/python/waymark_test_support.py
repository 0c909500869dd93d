"""The Python tests' harness: the platform pieces they supply through the
foreign traits (a file-backed secret, a broken one, a clock moved by
hand), a real relay process on 127.0.0.1 (the `relay` fixture in
conftest.py) and a profile set up with the test PIN. Nothing here sleeps:
the relay says when it listens."""
import asyncio
import json
import os
import secrets
import socket
import subprocess

import waymark_ffi as wm

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SERVER = os.path.join(ROOT, "target", "debug", "waymark-server")
HOTLINE_KEY = os.path.join(ROOT, "keys", "dev-hotline.key.hex")
PIN = "482915"


def run(coro):
    return asyncio.run(coro)


class FileSecret(wm.PlatformSecret):
    """A platform secret kept in a file, like the CLI's."""

    def __init__(self, path):
        self.path = path

    def device_secret(self):
        if not os.path.exists(self.path):
            with open(self.path, "wb") as f:
                f.write(secrets.token_bytes(32))
        with open(self.path, "rb") as f:
            return f.read()

    def destroy_device_secret(self):
        if os.path.exists(self.path):
            os.remove(self.path)

    def device_secret_exists(self):
        return os.path.exists(self.path)


class BrokenSecret(wm.PlatformSecret):
    def device_secret(self):
        raise wm.ApiError.Storage(code="keystore", reason="keystore unavailable")

    def destroy_device_secret(self):
        raise wm.ApiError.Storage(code="keystore", reason="keystore unavailable")

    def device_secret_exists(self):
        raise wm.ApiError.Storage(code="keystore", reason="keystore unavailable")


class LosableSecret(FileSecret):
    """A file-backed secret whose key-store key can be lost, as Android's
    Keystore reports it (`platform_secret_lost`); destroying it (a wipe)
    makes a new one, as the Keystore would."""

    lost = False

    def device_secret(self):
        if self.lost:
            raise wm.ApiError.Storage(code="platform_secret_lost", reason="keystore")
        return super().device_secret()

    def destroy_device_secret(self):
        self.lost = False
        super().destroy_device_secret()


class ManualClock(wm.Clock):
    """A clock the test moves by hand, so delays are tested without sleeping."""

    def __init__(self, start=1_800_000_000):
        self.now = start

    def now_unix_seconds(self):
        return self.now


def profile(path):
    """A profile in the new directory `path`, set up with PIN."""
    path.mkdir()
    w = wm.Waymark(str(path), ["en"], FileSecret(str(path / "secret")))
    run(w.set_up(PIN, PIN))
    return w


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Relay:
    """A `waymark-server serve` process over a SQLite file in `tmp_path`, at
    a port chosen now so a phone can be pointed at it before it starts."""

    def __init__(self, tmp_path):
        self.db = "sqlite:" + str(tmp_path / "relay.db")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self):
        # `serve --json` prints {"listening": ADDR} once it accepts
        # connections: reading that line is the wait.
        self.proc = subprocess.Popen(
            [SERVER, "serve", "--json", "--db", self.db, "--listen", f"127.0.0.1:{self.port}", "--quiet"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        line = self.proc.stdout.readline()
        if json.loads(line or "{}").get("listening") != f"127.0.0.1:{self.port}":
            raise RuntimeError(f"relay did not start: {line!r}")

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc.stdout.close()

    def operator(self, *args, stdin=""):
        # Reply text goes on stdin: the operator's tools refuse it in argv.
        out = subprocess.run(
            [SERVER, *args, "--db", self.db, "--key", HOTLINE_KEY, "--json"],
            check=True,
            capture_output=True,
            text=True,
            input=stdin,
        )
        return json.loads(out.stdout)
