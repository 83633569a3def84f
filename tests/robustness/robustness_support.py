"""The server under test: in-process with small limits, or the real one under uvicorn on a free loopback port."""

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from api.settings import Settings
from local_server import free_port

# Small limits, so that a test reaches them with small requests; rate limits are tested on their own.
LIMITS = Settings(max_body_bytes=64 * 1024, max_families=3, rate_limit_per_minute=0)
START_TIMEOUT_SECONDS = 120
REPOSITORY = Path(__file__).resolve().parents[2]


@dataclass
class LiveServer:
    url: str
    stdout: Path
    stderr: Path
    pid: int = 0

    def rss_bytes(self) -> int:
        """The server process's resident memory (Linux)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmRSS")

    def output(self) -> str:
        """Everything the server printed, both streams (complete once the server has stopped)."""
        return self.stdout.read_text(errors="replace") + self.stderr.read_text(errors="replace")



def _healthy(url: str, process: subprocess.Popen) -> bool:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return True
        except httpx.TransportError:
            time.sleep(0.2)
    return False


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def live_server(output_dir: Path, *, env: dict | None = None, cwd: Path | None = None, log_level: str = "info",
                log_config: Path | None = None, workers: int = 1):
    """Start the service as `asb serve` does (api/server.py); stop it on leaving. `env` is added to this process's environment."""
    output_dir.mkdir(parents=True, exist_ok=True)
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    for attempt in range(3):  # another process may take the free port before uvicorn binds it
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = LiveServer(url, output_dir / f"stdout-{port}.log", output_dir / f"stderr-{port}.log")
        command = [
            str(Path(sys.executable).with_name("asb")), "serve",
            "--host", "127.0.0.1", "--port", str(port), "--log-level", log_level, "--workers", str(workers),
            *(["--log-config", str(log_config)] if log_config else []),
        ]
        with open(server.stdout, "wb") as stdout, open(server.stderr, "wb") as stderr:
            process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=environment, cwd=cwd or REPOSITORY)
        if _healthy(url, process):
            server.pid = process.pid
            break
        _stop(process)
        if "address already in use" not in server.output():
            raise RuntimeError(f"the server did not start:\n{server.output()[-4000:]}")
    else:
        raise RuntimeError("the server found no free port in three attempts")
    try:
        yield server
    finally:
        _stop(process)
