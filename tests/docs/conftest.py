import pytest

from docs_paths import REPOSITORY
from local_server import asb_serve, free_port, running_server


@pytest.fixture(scope="session")
def docs_server():
    """`asb serve` on a free loopback port, as a reader of the guides would start it."""
    port = free_port()
    with running_server(asb_serve(port), port, cwd=REPOSITORY) as base:
        yield base
