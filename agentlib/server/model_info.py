"""`GET /model-info`: what the loaded model is and what it costs (architecture, size, state bytes, memory).

For the SambaY engine: parameter count, dtype, device, context length, and the inference state's size per
token and at 64K tokens from `InferenceState.analytic_nbytes` (SambaY's state grows only by the shared
KV; a transformer's by every layer's). Memory is the process's resident set now and at its peak, plus CUDA
memory when a GPU is in use. Other backends report what they know (name, context length).

Left out: measuring anything by running the model.
"""

from __future__ import annotations

import resource
import sys
from typing import Any

from agentlib.llm import TextModel


def _rss_bytes() -> int | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


def memory() -> dict[str, int | None]:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result: dict[str, int | None] = {
        "rss_bytes": _rss_bytes(),
        "peak_rss_bytes": peak if sys.platform == "darwin" else peak * 1024,
    }
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available() and torch.cuda.is_initialized():
        result["cuda_allocated_bytes"] = int(torch.cuda.memory_allocated())
        result["cuda_reserved_bytes"] = int(torch.cuda.memory_reserved())
    return result


def describe(backend: TextModel | None) -> dict[str, Any]:
    info: dict[str, Any] = {
        "backend": None,
        "architecture": None,
        "parameters": None,
        "dtype": None,
        "device": None,
        "context_length": None,
        "state_bytes_per_token": None,
        "state_bytes_64k": None,
    }
    if backend is not None:
        info["backend"] = backend.name
        info["context_length"] = int(backend.context_length) or None
        model: Any = getattr(backend, "model", None)
        config: Any = getattr(model, "config", None)
        if model is not None and getattr(config, "model_type", None) == "phi4flash":
            from agentlib.engine.cache import InferenceState

            first = next(model.parameters())
            info.update(
                architecture="SambaY (Phi-4-mini-flash decoder-hybrid-decoder)",
                parameters=int(sum(p.numel() for p in model.parameters())),
                dtype=str(first.dtype).removeprefix("torch."),
                device=str(first.device),
                layers=config.num_hidden_layers,
                hidden_size=config.hidden_size,
                vocab_size=config.vocab_size,
                state_bytes_64k=InferenceState.analytic_nbytes(config, 65536, first.dtype),
                state_bytes_per_token=(
                    InferenceState.analytic_nbytes(config, 65537, first.dtype)
                    - InferenceState.analytic_nbytes(config, 65536, first.dtype)
                ),
            )
        elif model is not None and hasattr(model, "parameters"):
            first = next(model.parameters())
            info.update(
                architecture=type(model).__name__,
                parameters=int(sum(p.numel() for p in model.parameters())),
                dtype=str(first.dtype).removeprefix("torch."),
                device=str(first.device),
            )
    info["memory"] = memory()
    return info
