"""An audit hook that records what hostile payloads must never cause: code execution, process
spawns, writes, network, and imports of dangerous modules.

Used twice by test_hostile.py: loaded by path in the test process (recording only while the gate
is open, i.e. during payload handling) and preloaded in the sandbox worker through PYTHONPATH
(recording every call it serves, since it serves only payloads). Events go to the file named by
`AGENTLIB_AUDIT_LOG`, one JSON line each. Baseline noise is filtered by what an event touches:
module imports read real .py files, so `exec` of code compiled from a real file, `open` for
reading and imports of ordinary modules are not recorded, and code compiled or executed at run time
is recorded when it names what a payload would use (`HOSTILE_NAMES`) or the sentinel.
"""

from __future__ import annotations

import json
import os
import sys

ALWAYS = ("os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty", "subprocess.Popen",
          "pty.spawn", "socket.", "ctypes.", "shutil.", "os.remove", "os.unlink", "os.rename", "os.mkdir",
          "os.rmdir", "os.chmod", "os.kill", "webbrowser.open", "builtins.input", "builtins.breakpoint",
          "code.", "pickle.find_class")
DANGEROUS_MODULES = {"subprocess", "socket", "ctypes", "pty", "shutil", "webbrowser", "code", "codeop",
                     "pickle", "marshal", "multiprocessing", "urllib.request", "http.client", "ftplib", "smtplib"}

# names a payload's code would use; library code compiled at run time (mpmath builds methods with
# exec) uses none of them, so recording by content keeps baseline noise out without a blind spot
HOSTILE_NAMES = ("__import__", "open", "system", "popen", "Popen", "eval", "exec", "__subclasses__",
                 "__globals__", "__builtins__", "getattr", "sympify", "parse_expr", "remove", "unlink")


def _code_is_hostile(code: object) -> bool:
    names = set(getattr(code, "co_names", ()))
    constants = getattr(code, "co_consts", ())
    if names & set(HOSTILE_NAMES) or any(_state["marker"] in str(c) for c in constants if isinstance(c, str)):
        return True
    return any(_code_is_hostile(c) for c in constants if hasattr(c, "co_names"))


_state = {"gate": True, "busy": False, "log": None, "marker": ""}


def _suspicious(event: str, args: tuple) -> bool:
    marker = _state["marker"]
    if event.startswith(ALWAYS):
        return True
    if event == "open":
        path, mode = str(args[0]), str(args[1] if len(args) > 1 else "r")
        return marker in path or any(flag in mode for flag in "wax+")
    if event == "exec":
        filename = getattr(args[0], "co_filename", "")
        if filename and os.path.isfile(filename):
            return False  # a module being imported from disk, not text turned into code
        return _code_is_hostile(args[0])
    if event == "compile":
        source, filename = args[0], args[1]
        if filename == "<unknown>":
            return False  # ast.parse (safe_math's own parse into a tree); running code would still raise `exec`
        text = source.decode("utf-8", "replace") if isinstance(source, bytes) else str(source)
        return marker in text or any(name in text for name in HOSTILE_NAMES)
    if event == "import":
        return str(args[0]) in DANGEROUS_MODULES
    return False


def _hook(event: str, args: tuple) -> None:
    if not _state["gate"] or _state["busy"] or _state["log"] is None:
        return
    _state["busy"] = True  # our own write below must not record itself
    try:
        if _suspicious(event, args):
            _state["log"].write(json.dumps({"pid": os.getpid(), "event": event, "args": repr(args)[:300]}) + "\n")
            _state["log"].flush()
    finally:
        _state["busy"] = False


def install(log_path: str, marker: str, gate_open: bool) -> None:
    """Start recording into `log_path`; `marker` is a string every sentinel path contains."""
    _state["busy"] = True
    _state["log"] = open(log_path, "a", encoding="utf-8")
    _state["busy"] = False
    _state["marker"] = marker
    _state["gate"] = gate_open
    sys.addaudithook(_hook)


def set_gate(open_: bool) -> None:
    """Record events only while the gate is open (the test process's own pytest noise stays out)."""
    _state["gate"] = open_


if os.environ.get("AGENTLIB_AUDIT_LOG") and __name__ == "hostile_audit":
    # preloaded in the sandbox worker: record everything from here on (the worker serves only payloads)
    install(os.environ["AGENTLIB_AUDIT_LOG"], os.environ.get("AGENTLIB_AUDIT_MARKER", "agentlib_pwned"), True)
