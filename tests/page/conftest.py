"""Browser tests of the calculator page: the real app under uvicorn on a free
loopback port, driven by Debian's Chromium through pytest-playwright.

Every test here is marked `browser` and skipped when /usr/bin/chromium is absent.
"""

import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import expect

from browser_setup import CHROMIUM, CHROMIUM_ARGS
from api.app import create_app
from api.settings import Settings
from local_server import free_port

OUTPUT_DIR = Path(__file__).resolve().parents[2] / "test-output" / "page"
SERVER_START_LIMIT_SECONDS = 60
# What the page shows after a call (an answer rendered with its rates' names, a whole example family's
# interview step) can take longer than expect's 5 s while the other test process is busy: 15 s for every
# expectation here. A wrong page still fails; only a slow one waits.
expect.set_options(timeout=15_000)


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real browser (Debian's Chromium); skipped when it is absent")
    config.addinivalue_line("markers", "failed_loads: the test makes the service fail a call on purpose; the console's "
                            "'Failed to load resource' for it is expected")



@pytest.fixture(scope="session")
def live_server():
    """The real FastAPI app (create_app) served by uvicorn in a thread."""
    port = free_port()
    # Every page test of this process talks to this one server from one address: the rate limit (60
    # computing POSTs a minute per address, tested in tests/robustness) would answer a fast run's later
    # tests with 429s, so it is off here.
    app = create_app(Settings(rate_limit_per_minute=0))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="calculator-page-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_LIMIT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server for the page tests did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def base_url(live_server):
    return live_server


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


# Reduced motion, as a user may ask of the browser: Designsystemet then opens a `details` at once instead
# of growing it over 0.4 s, so a test that opens one and clicks inside it (an example's "Open" button)
# never clicks into content still being revealed. What the page does is the same either way.
@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nb-NO", "viewport": {"width": 1280, "height": 900}, "reduced_motion": "reduce"}


@pytest.fixture(scope="session")
def output_dir():
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    return OUTPUT_DIR


@pytest.fixture(autouse=True)
def page_runs_without_errors(request):
    """Every page test also fails on a script error, a failed load or a CSP violation in the console."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    problems: list[str] = []
    expected = "Failed to load resource" if request.node.get_closest_marker("failed_loads") else None
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda message: problems.append(f"console: {message.text}")
            if message.type == "error" and not (expected and message.text.startswith(expected)) else None)
    yield
    assert problems == []
