"""A server on a free loopback port, for tests and benchmarks: started, awaited, stopped."""

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def asb_serve(port: int) -> list[str]:
    return [str(BIN / "asb"), "serve", "--host", "127.0.0.1", "--port", str(port)]


@contextmanager
def running_server(command: list[str], port: int, ready_path: str = "/healthz", timeout: float = 90,
                   **popen) -> Iterator[str]:
    """Start `command` (listening on `port`), wait until `ready_path` answers, yield the base URL."""
    popen.setdefault("stdout", subprocess.DEVNULL)
    popen.setdefault("stderr", subprocess.DEVNULL)
    process = subprocess.Popen(command, **popen)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(base + ready_path, process, timeout)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_until_ready(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with exit code {process.returncode} before {url} answered")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")
