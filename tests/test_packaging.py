"""The package installs as users get it: tools/ and skills/ become agentlib.tools/agentlib.skills,
there is no top-level `tools` or `skills`, and `import agentlib` does not import torch."""

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_agentlib_does_not_import_torch():
    code = "import sys, agentlib, agentlib.llm, agentlib.cli; assert 'torch' not in sys.modules, 'torch imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_wheel_maps_tools_and_skills_under_agentlib(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
    )
    wheel = next(tmp_path.glob("agentlib-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "agentlib/tools/__init__.py" in names
    assert "agentlib/skills/__init__.py" in names
    top_levels = {n.split("/")[0] for n in names}
    assert "tools" not in top_levels and "skills" not in top_levels

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    probe = (
        "import importlib.util, agentlib.tools, agentlib.skills;"
        "assert importlib.util.find_spec('tools') is None;"
        "assert importlib.util.find_spec('skills') is None;"
        "print(agentlib.tools.__file__)"
    )
    out = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert "site-packages/agentlib/tools/__init__.py" in out.stdout
