import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from docs_paths import REPOSITORY


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def docs_server():
    """`asb serve` on a free loopback port, as a reader of the guides would start it."""
    port = _free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "asb"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=REPOSITORY,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"asb serve did not start: {process.stdout.read().decode()}")
    yield base
    process.terminate()
    process.wait(timeout=10)
