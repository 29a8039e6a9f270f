"""The C kernel cache: a library is loaded only when its bytes match the hash recorded when it was built, and
every failure falls back to PyTorch with the reason shown. Skipped where no C compiler is found."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from agentlib.engine import cpu_build, kernels
from agentlib.engine.model import SambaY
from agentlib.engine.testing import tiny_config


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """One verified build in a private cache folder (copied by each test that damages it)."""
    root = tmp_path_factory.mktemp("kernel-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGENTLIB_CACHE", str(root))
        loaded = cpu_build.load()
    if loaded.library is None:
        pytest.skip(f"C decode kernels unavailable: {loaded.reason}")
    return root


@pytest.fixture
def cache(built, tmp_path, monkeypatch) -> Path:
    root = tmp_path / "cache"
    shutil.copytree(built, root)
    monkeypatch.setenv("AGENTLIB_CACHE", str(root))
    return root


def _library_path() -> Path:
    manifest = json.loads(cpu_build.manifest_path().read_text())
    return cpu_build.cache_folder() / manifest["library"]


def _compile(tmp_path: Path, source: str) -> bytes:
    src = tmp_path / "other.c"
    src.write_text(source)
    out = tmp_path / "other.so"
    subprocess.run(["cc", "-shared", "-fPIC", str(src), "-o", str(out)], check=True, capture_output=True)
    return out.read_bytes()


def test_a_verified_library_loads_without_rebuilding(cache):
    before = _library_path().stat().st_mtime_ns
    loaded = cpu_build.load()
    assert loaded.library is not None and "verified" in loaded.reason
    assert _library_path().stat().st_mtime_ns == before


def test_a_truncated_library_never_reaches_the_loader(cache):
    """Regression (a truncated .so killed the process with a bus error inside load()): run as a user would, in
    a fresh process that then decodes; the file is rebuilt and the process ends normally."""
    path = _library_path()
    path.write_bytes(path.read_bytes()[:4096])
    script = textwrap.dedent("""
        import torch
        from agentlib.engine import cpu_build
        from agentlib.engine.model import SambaY
        from agentlib.engine.testing import tiny_config
        loaded = cpu_build.load()
        model = SambaY(tiny_config(), seed=0)
        state = model.new_state()
        model(torch.arange(8)[None], state)
        model(torch.tensor([[3]]), state)
        print(loaded.library is not None, loaded.reason)
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.startswith("True C decode kernels (") and "verified" in run.stdout
    assert len(_library_path().read_bytes()) > 4096  # rebuilt, not loaded truncated


def test_a_foreign_library_is_not_loaded(cache, tmp_path):
    """Regression (any .so placed in the cache folder was loaded and run): a library whose constructor would
    write a file replaces the built one; it is never loaded (the file never appears) and ours is rebuilt."""
    sentinel = tmp_path / "constructor-ran"
    foreign = _compile(tmp_path, f"""
        #include <stdio.h>
        __attribute__((constructor)) static void run(void) {{ FILE *f = fopen("{sentinel}", "w"); if (f) fclose(f); }}
        int agentlib_abi_version(void) {{ return 2; }}
    """)
    _library_path().write_bytes(foreign)
    loaded = cpu_build.load()
    assert not sentinel.exists()
    assert loaded.library is not None and "verified" in loaded.reason


def test_a_library_missing_a_symbol_falls_back_to_pytorch_with_the_reason(cache, tmp_path, monkeypatch):
    """Regression (a library missing a symbol raised AttributeError inside generate()): a library that matches
    its manifest but lacks kernels, with no compiler to rebuild it, leaves decode on PyTorch and says why."""
    stub = _compile(tmp_path, "int agentlib_abi_version(void) { return 2; }\n")
    import hashlib

    manifest = json.loads(cpu_build.manifest_path().read_text())
    _library_path().write_bytes(stub)
    manifest.update(sha256=hashlib.sha256(stub).hexdigest(), size=len(stub))
    cpu_build.manifest_path().write_text(json.dumps(manifest))
    manifest_key = cpu_build._key()
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    monkeypatch.setattr(cpu_build, "_key", lambda: manifest_key)  # the manifest of the stub, whatever CC says
    loaded = cpu_build.load()
    assert loaded.library is None
    assert "lacks" in loaded.reason and "no-such-cc" in loaded.reason
    monkeypatch.setattr(cpu_build, "_loaded", loaded)
    model = SambaY(tiny_config(hidden_size=128, intermediate_size=256), seed=5)
    ids = torch.randint(0, 512, (1, 12), generator=torch.Generator().manual_seed(4))
    state = model.new_state()
    fallback = torch.cat([model(ids[:, :10], state).logits, model(ids[:, 10:11], state).logits], dim=1)
    with kernels.use_kernels("reference"):
        state = model.new_state()
        reference = torch.cat([model(ids[:, :10], state).logits, model(ids[:, 10:11], state).logits], dim=1)
    torch.testing.assert_close(fallback, reference, atol=0, rtol=0)
    assert "lacks" in kernels.describe()


def test_without_a_compiler_the_reason_is_shown(tmp_path, monkeypatch):
    monkeypatch.setenv("AGENTLIB_CACHE", str(tmp_path / "empty"))
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    loaded = cpu_build.load()
    assert loaded.library is None and "unavailable" in loaded.reason and "no-such-cc" in loaded.reason


def test_the_library_builds_wherever_a_compiler_exists():
    """The C tests skip without the library; this one makes a broken kernel source fail loudly instead of
    turning every C test into a skip."""
    import os

    if shutil.which(os.environ.get("CC", "cc")) is None:
        pytest.skip("no C compiler on this machine (the PyTorch path runs)")
    assert cpu_build.library() is not None, cpu_build.loaded().reason
