"""Platform pieces the Python tests supply through the foreign traits."""
import os
import secrets

import waymark_ffi as wm


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


class ManualClock(wm.Clock):
    """A clock the test moves by hand, so delays are tested without sleeping."""

    def __init__(self, start=1_800_000_000):
        self.now = start

    def now_unix_seconds(self):
        return self.now
