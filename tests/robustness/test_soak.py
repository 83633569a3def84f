"""bench/soak.py runs (issue 12, evidence): a few seconds of mixed and hostile traffic, no error.

Nothing about time or memory is asserted here (the figures of a 5-minute run are in
bench/README.md); only that every request got the answer expected of it and the server
stayed healthy.
"""

import subprocess
import sys
from pathlib import Path

SOAK = Path(__file__).parents[2] / "bench" / "soak.py"


def test_a_short_soak_has_no_errors():
    run = subprocess.run([sys.executable, str(SOAK), "--seconds", "6", "--every", "3"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    lines = run.stdout.splitlines()
    assert lines[1].split() == ["time", "requests", "errors", "p50", "ms", "p99", "ms", "RSS", "MB"]
    assert lines[-1].startswith("done: ") and ", 0 errors, server healthy" in lines[-1]
