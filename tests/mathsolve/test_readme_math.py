"""The README's Math section shows what `agentlib math` prints."""

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_math_section_example_prints_what_it_shows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Math\n(.*?)(?=^## )", readme, flags=re.S | re.M).group(1)
    blocks = re.findall(r"^```(\w*)\n(.*?)^```$", section, flags=re.S | re.M)
    command = next(body.strip() for info, body in blocks if info == "bash")
    shown = next(body.strip() for info, body in blocks if info == "")
    argv = shlex.split(command)
    assert argv[:2] == ["agentlib", "math"]
    done = subprocess.run([sys.executable, "-m", "agentlib", *argv[1:]], capture_output=True, text=True, timeout=180,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == shown
