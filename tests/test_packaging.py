"""The package as users get it: a wheel built from the tree and installed in a fresh virtual environment.

tools/ and skills/ become agentlib.tools/agentlib.skills (no top-level `tools` or `skills`), `py.typed`
ships, `import agentlib` and `from agentlib import *` never import torch, and the examples run from the
installed wheel (not from this checkout). The fresh environment reuses this one's installed dependencies
through a `.pth` line (offline and fast); agentlib itself comes only from the wheel.
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NO_TORCH = "import sys, agentlib, agentlib.llm, agentlib.cli; assert 'torch' not in sys.modules, 'torch imported'"
STAR_NO_TORCH = "import sys\nfrom agentlib import *\nassert 'torch' not in sys.modules, 'torch imported'\nprint(len(dir()))"


def test_import_agentlib_does_not_import_torch():
    subprocess.run([sys.executable, "-c", NO_TORCH], check=True)


def test_star_import_does_not_import_torch():
    # Bug: `from agentlib import *` imported torch (the engine names were in __all__).
    subprocess.run([sys.executable, "-c", STAR_NO_TORCH], check=True, capture_output=True)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(wheel path, python of a fresh venv with only that wheel's agentlib installed)."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(folder), str(ROOT)],
        check=True,
    )
    wheel = next(folder.glob("agentlib-*.whl"))
    env_dir = folder / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    target = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                            check=True, capture_output=True, text=True).stdout.strip()
    # This environment's dependencies, appended after the wheel's own site-packages (no .pth there runs,
    # so the editable agentlib of this checkout stays invisible).
    deps = [p for p in [sysconfig.get_path("purelib"), *site.getsitepackages()] if Path(p).is_dir()]
    (Path(target) / "zz_test_dependencies.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True)
    return wheel, python


def test_wheel_maps_tools_and_skills_under_agentlib_and_ships_py_typed(installed):
    wheel, python = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "agentlib/tools/__init__.py" in names and "agentlib/skills/__init__.py" in names
    assert "agentlib/py.typed" in names  # Bug: declared in pyproject but missing, so type checkers ignored the hints
    top_levels = {n.split("/")[0] for n in names}
    assert "tools" not in top_levels and "skills" not in top_levels
    probe = (
        "import importlib.util, json, pathlib, agentlib, agentlib.tools, agentlib.skills;"
        "assert importlib.util.find_spec('tools') is None and importlib.util.find_spec('skills') is None;"
        "print(json.dumps([agentlib.__file__, (pathlib.Path(agentlib.__file__).parent / 'py.typed').is_file()]))"
    )
    out = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=wheel.parent)
    location, typed = json.loads(out.stdout)
    assert "site-packages/agentlib/__init__.py" in location and str(ROOT) not in location
    assert typed is True


def test_installed_wheel_imports_without_torch(installed):
    _, python = installed
    for code in (NO_TORCH, STAR_NO_TORCH):
        subprocess.run([str(python), "-c", code], check=True, capture_output=True, cwd=python.parent)


@pytest.mark.parametrize("example, expected", [
    ("agent_with_tools.py", '"status": "verified"'),
    ("summarize_document.py", "A (retrieval (no model)): Acme Corp sold 1.5 million widgets"),
    ("solve_puzzle.py", "status: verified"),
])
def test_examples_run_from_the_installed_wheel(installed, example, expected, tmp_path):
    _, python = installed
    out = subprocess.run([str(python), str(ROOT / "examples" / example)], capture_output=True, text=True,
                         timeout=300, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert expected in out.stdout
