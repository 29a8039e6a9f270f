"""examples/http_service.py runs as a user runs it and prints what its docstring promises."""

from __future__ import annotations

import subprocess
import sys

from server_live import ROOT


def test_http_service_example():
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "http_service.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "chat: You said: Hello, service. (cached prompt tokens: 0)"
    assert lines[1] == "solve: {'Zoey': 'knave', 'Oliver': 'knight'} verified "
    assert lines[2] == "solve: {'Zoey': 'knave', 'Oliver': 'knight'} verified (from the cache)"
    assert lines[3].startswith("check-trace: Step 2: 3 + 4 = 8 is wrong; 3 + 4 = 7. (run page: http://127.0.0.1:")
    assert lines[4].startswith("stats: {'requests': 4, 'errors': 0, 'cache_hits': 1,")
