"""Shared helpers for the engine tests: fixture folders and loaded golden cases."""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors.torch import load_file

from agentlib.engine.model import SambaY

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sambay-tiny"
CONFIGS = ("config_a", "config_b")


def fixture_model(name: str) -> SambaY:
    """The fixture's model, loaded through the real checkpoint loader (fp32, CPU)."""
    return SambaY.from_pretrained(FIXTURES / name)


def fixture_cases(name: str) -> dict[str, torch.Tensor]:
    """The fixture's reference tensors (cases.safetensors)."""
    return load_file(str(FIXTURES / name / "cases.safetensors"))
