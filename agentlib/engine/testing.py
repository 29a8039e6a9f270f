"""Test helpers: write a random SambaY checkpoint folder with the real key names.

`save_random_checkpoint(folder, config)` writes `config.json` and `model.safetensors` (or shards plus
`model.safetensors.index.json`), optionally with a duplicate `lm_head.weight`, so tests of any area can load
a real-format model without network or big files. `tiny_config()` is a small valid config for such tests.

Left out: tokenizer files (the sessions area writes its own).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file

from agentlib.engine.config import SambaYConfig
from agentlib.engine.model import SambaY
from agentlib.engine.weights import INDEX_FILE, SINGLE_FILE, checkpoint_name


def tiny_config(**overrides: Any) -> SambaYConfig:
    """An 8-layer, hidden-64, vocab-512 SambaY (like fixture config_a), fp32."""
    base = dict(
        model_type="phi4flash", vocab_size=512, hidden_size=64, intermediate_size=128, num_hidden_layers=8,
        num_attention_heads=4, num_key_value_heads=2, sliding_window=8, torch_dtype="float32",
        max_position_embeddings=256, max_context=4096,
    )
    base.update(overrides)
    return SambaYConfig.from_dict(base)


def checkpoint_tensors(model: SambaY, with_lm_head: bool = False) -> dict[str, torch.Tensor]:
    """The model's parameters under checkpoint names (contiguous CPU copies)."""
    tensors = {checkpoint_name(n): p.detach().cpu().contiguous().clone() for n, p in model.named_parameters()}
    if with_lm_head and "lm_head.weight" not in tensors:
        tensors["lm_head.weight"] = model.lm_head_weight().detach().cpu().contiguous().clone()
    return tensors


def save_random_checkpoint(folder: str | Path, config: SambaYConfig | None = None, seed: int = 0, shards: int = 1,
                           with_lm_head: bool = False, dtype: torch.dtype = torch.float32) -> Path:
    """Write a random SambaY checkpoint to `folder` (created); returns the folder.

    shards > 1 writes `model-0000i-of-0000n.safetensors` plus the index; with_lm_head adds a tied duplicate.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    config = config or tiny_config()
    model = SambaY(config, dtype=dtype, seed=seed)
    tensors = checkpoint_tensors(model, with_lm_head)
    (folder / "config.json").write_text(json.dumps(config.to_dict(), indent=2), encoding="utf-8")
    if shards <= 1:
        save_file(tensors, str(folder / SINGLE_FILE), metadata={"format": "pt"})
        return folder
    names = list(tensors)
    per = -(-len(names) // shards)
    weight_map = {}
    for s in range(shards):
        file = f"model-{s + 1:05d}-of-{shards:05d}.safetensors"
        part = {n: tensors[n] for n in names[s * per: (s + 1) * per]}
        save_file(part, str(folder / file), metadata={"format": "pt"})
        weight_map.update({n: file for n in part})
    total = sum(t.numel() * t.element_size() for t in tensors.values())
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (folder / INDEX_FILE).write_text(json.dumps(index, indent=2), encoding="utf-8")
    return folder
