"""Build, verify and load the CPU decode kernels (`cpu_source.SOURCE`): a C library cached per machine.

`library()` compiles the source once per machine with the system C compiler (`CC`, default `cc`; `-O3
-march=native`, with `-fopenmp` when the compiler has it) into a cache folder (`AGENTLIB_CACHE` or
~/.cache/agentlib, then `kernels/`), and loads it; it returns None when that fails, and `status()` says why
(no compiler, a failed build, a library that does not verify). Every failure falls back to the PyTorch path.

What is loaded is what was built, nothing else:
- the build records the library's sha256 and size in a manifest beside it (`cpu_kernels_<key>.json`, key =
  hash of source, compiler, flags, CPU flags and ABI version); the library file is named by its own hash, so
  a concurrent build never overwrites a file another process is reading;
- before loading, the library's bytes are read (size-capped) and hashed; a truncated, replaced or foreign file
  does not match and is never handed to the dynamic loader (it would be mapped and could kill the process
  with a bus error, or run its constructors). A mismatch triggers one rebuild;
- the verified bytes are written to a private temporary file that is loaded and then unlinked, so the file
  that is mapped is the one that was hashed;
- after loading, every symbol of `cpu_source.SIGNATURES` must exist and `agentlib_abi_version()` must equal
  `cpu_source.ABI_VERSION`, so a stale library never reaches a decode step with a missing function.

Left out: signing (anyone who can write the cache folder can also write a matching manifest: the hash guards
against corruption and stray files, not against an attacker with the user's permissions).
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import platform
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from agentlib.engine.cpu_source import ABI_VERSION, SIGNATURES, SOURCE

BASE_FLAGS = ("-O3", "-march=native", "-shared", "-fPIC")
OPENMP_FLAG = "-fopenmp"
MAX_LIBRARY_BYTES = 64 << 20
MAX_MANIFEST_BYTES = 64 << 10
BUILD_TIMEOUT_S = 180


@dataclass(frozen=True)
class Loaded:
    """The outcome of `load`: the library (None on failure) and one line saying what happened."""

    library: ctypes.CDLL | None
    reason: str
    threads: bool = False  # built with OpenMP (kernels split rows over torch's threads)


_loaded: Loaded | None = None
_lock = threading.Lock()


def cache_folder() -> Path:
    """Where built libraries and their manifests live."""
    return Path(os.environ.get("AGENTLIB_CACHE") or Path.home() / ".cache" / "agentlib") / "kernels"


def cpu_key() -> str:
    """The CPU's identity for caches: architecture, model name and feature flags."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            lines = handle.read(1 << 20).splitlines()
    except OSError:
        lines = []
    flags = next((line for line in lines if line.startswith(("flags", "Features"))), "")
    name = next((line for line in lines if line.startswith("model name")), "")
    return f"{platform.machine()} {platform.processor()} {name} {flags}"


def _compiler() -> str:
    return os.environ.get("CC", "cc")


def _key() -> str:
    parts = [SOURCE, _compiler(), *BASE_FLAGS, OPENMP_FLAG, cpu_key(), str(ABI_VERSION)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def manifest_path() -> Path:
    """The manifest of the library this source, compiler and CPU would use."""
    return cache_folder() / f"cpu_kernels_{_key()}.json"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _compile(folder: Path) -> tuple[Path, bool]:
    """Compile into `folder`; returns (library path, built with OpenMP). Tries -fopenmp first."""
    src = folder / "cpu_kernels.c"
    src.write_text(SOURCE, encoding="utf-8")
    out = folder / "out.so"
    errors = []
    for flags in ((*BASE_FLAGS, OPENMP_FLAG), BASE_FLAGS):
        try:
            subprocess.run([_compiler(), *flags, str(src), "-o", str(out)], check=True, capture_output=True,
                           text=True, timeout=BUILD_TIMEOUT_S)
            return out, OPENMP_FLAG in flags
        except subprocess.CalledProcessError as exc:
            errors.append((exc.stderr or str(exc)).strip())
    raise RuntimeError(errors[-1][:300] if errors else "compiler failed")


def build() -> dict[str, object]:
    """Compile the library, store it under its hash and write the manifest atomically; returns the manifest."""
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        built, threads = _compile(Path(tmp))
        data = built.read_bytes()
        digest = _sha256(data)
        target = folder / f"cpu_kernels_{_key()}_{digest[:16]}.so"
        os.replace(built, target)  # same content under the same name: never a partial file
        manifest = {"library": target.name, "sha256": digest, "size": len(data), "abi": ABI_VERSION,
                    "openmp": threads, "compiler": _compiler()}
        staged = Path(tmp) / "manifest.json"
        staged.write_text(json.dumps(manifest), encoding="utf-8")
        os.replace(staged, manifest_path())
    return manifest


def _read_manifest() -> dict[str, object] | None:
    path = manifest_path()
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(key), str) for key in ("library", "sha256")):
        return None
    return data


def _verified_bytes(manifest: dict[str, object]) -> bytes | str:
    """The library's bytes when they match the manifest, else the reason they do not."""
    name = str(manifest["library"])
    if Path(name).name != name or not name.endswith(".so"):
        return f"manifest names {name!r}, not a library in the cache folder"
    path = cache_folder() / name
    try:
        size = path.stat().st_size
        if size > MAX_LIBRARY_BYTES:
            return f"{name} is {size} bytes, more than a kernel library can be"
        data = path.read_bytes()
    except OSError as exc:
        return f"{name} cannot be read ({exc.strerror or exc})"
    if manifest.get("size") != len(data) or _sha256(data) != manifest["sha256"]:
        return f"{name} does not match the hash recorded when it was built (truncated or replaced)"
    return data


def _open_private(data: bytes) -> ctypes.CDLL:
    """Load verified bytes from a private copy (mode 0700 folder), unlinked once mapped."""
    private = Path(tempfile.mkdtemp(prefix="load-", dir=cache_folder()))
    try:
        path = private / "cpu_kernels.so"
        path.write_bytes(data)
        return ctypes.CDLL(str(path))
    finally:
        shutil.rmtree(private, ignore_errors=True)


def _bind(library: ctypes.CDLL) -> str | None:
    """Set every signature; None when the library is complete, else what is missing or wrong."""
    for name, (restype, argtypes) in SIGNATURES.items():
        try:
            function = getattr(library, name)
        except AttributeError:
            return f"the library lacks {name}"
        function.restype = restype
        function.argtypes = argtypes
    version = library.agentlib_abi_version()
    if version != ABI_VERSION:
        return f"the library has ABI version {version}, this agentlib needs {ABI_VERSION}"
    return None


def load() -> Loaded:
    """Verify (rebuilding once when needed) and load the library; never raises."""
    problem = ""
    for attempt in range(2):
        manifest = _read_manifest()
        if manifest is None or attempt:
            try:
                manifest = build()
            except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
                earlier = f"{problem}; rebuilding: " if problem else ""
                return Loaded(None, f"C decode kernels unavailable ({earlier}{_compiler()}: {str(exc).strip()[:200]})")
        data = _verified_bytes(manifest)
        if isinstance(data, str):
            problem = data
            continue
        try:
            library = _open_private(data)
        except OSError as exc:
            return Loaded(None, f"C decode kernels unavailable (loading failed: {exc})")
        missing = _bind(library)
        if missing is not None:
            problem = missing
            continue
        threads = bool(library.agentlib_openmp())
        mode = "OpenMP threads" if threads else "one thread (no OpenMP)"
        return Loaded(library, f"C decode kernels ({manifest['library']}, verified, {mode})", threads)
    return Loaded(None, f"C decode kernels unavailable ({problem})")


def library() -> ctypes.CDLL | None:
    """The loaded library (built and verified on first call in this process), or None."""
    return loaded().library


def loaded() -> Loaded:
    """The outcome of the first `load` in this process (cached)."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = load()
        return _loaded


def is_loaded() -> bool:
    """Whether this process has tried `load` yet (describe() reports the C kernels only after a first use)."""
    return _loaded is not None


def reset() -> None:
    """Forget the cached outcome (tests); a later `library()` verifies and loads again."""
    global _loaded
    with _lock:
        _loaded = None
