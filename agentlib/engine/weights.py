"""Checkpoint loading for SambaY: safetensors only, tensor by tensor, straight into the model's parameters.

- `module_name(checkpoint_name)` is the one place where checkpoint names become module names.
- `read_header(path)` parses and validates a safetensors header (never pickle).
- `load_model(folder, dtype, device)` builds the model on the meta device, allocates it once in the target
  dtype, then reads each tensor's bytes from the file into its parameter (`readinto`; dtype conversion in
  bounded slices), so peak memory stays near one copy of the weights (no mmap'd second copy).
- `model.safetensors` or a sharded `model.safetensors.index.json`; `lm_head.weight` may be absent (tied).
- Missing, unexpected or mis-shaped tensors, truncated or corrupt files, missing shards: `CheckpointError`.

Left out: `.bin`/pickle checkpoints (refused), quantised formats, remote download.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from agentlib.engine.config import SambaYConfig
from agentlib.errors import CheckpointError

if TYPE_CHECKING:
    from agentlib.engine.model import SambaY

INDEX_FILE = "model.safetensors.index.json"
SINGLE_FILE = "model.safetensors"
_MAX_HEADER = 100 * 1024 * 1024
_CONVERT_SLICE_BYTES = 16 * 1024 * 1024

SAFETENSORS_DTYPES: dict[str, torch.dtype] = {
    "F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
    "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8,
    "BOOL": torch.bool,
}


def module_name(checkpoint_name: str) -> str | None:
    """Checkpoint tensor name -> `SambaY` parameter name; None for a tied duplicate `lm_head.weight`."""
    if checkpoint_name.startswith("model."):
        return checkpoint_name[len("model."):]
    return checkpoint_name


def checkpoint_name(parameter_name: str) -> str:
    """`SambaY` parameter name -> checkpoint tensor name (inverse of `module_name`)."""
    return parameter_name if parameter_name.startswith("lm_head.") else f"model.{parameter_name}"


@dataclass(frozen=True)
class TensorEntry:
    """Where one tensor lives: file, dtype, shape and absolute byte range."""

    path: Path
    name: str
    dtype: torch.dtype
    shape: tuple[int, ...]
    start: int
    stop: int


def read_header(path: Path) -> dict[str, TensorEntry]:
    """Parse and validate one safetensors file's header; raises CheckpointError if corrupt or truncated."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            raw_len = f.read(8)
            if len(raw_len) != 8:
                raise CheckpointError(f"{path} is truncated (no safetensors header)")
            (header_len,) = struct.unpack("<Q", raw_len)
            if header_len > min(_MAX_HEADER, size - 8):
                raise CheckpointError(f"{path} is corrupt or truncated (header length {header_len}, file {size} bytes)")
            header = json.loads(f.read(header_len))
    except FileNotFoundError as exc:
        raise CheckpointError(f"checkpoint file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"{path} is not a readable safetensors file: {exc}") from exc
    if not isinstance(header, dict):
        raise CheckpointError(f"{path} has a malformed safetensors header")
    base = 8 + header_len
    entries = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        try:
            dtype = SAFETENSORS_DTYPES[info["dtype"]]
            shape = tuple(int(s) for s in info["shape"])
            begin, end = (int(o) for o in info["data_offsets"])
        except (KeyError, TypeError, ValueError) as exc:
            raise CheckpointError(f"{path}: tensor {name!r} has a malformed header entry ({exc})") from exc
        nbytes = torch.empty(0, dtype=dtype).element_size()
        for dim in shape:
            nbytes *= dim
        if end - begin != nbytes or begin < 0:
            raise CheckpointError(f"{path}: tensor {name!r} byte range does not match its shape {shape}")
        if base + end > size:
            raise CheckpointError(f"{path} is truncated: tensor {name!r} ends at byte {base + end}, file has {size}")
        entries[name] = TensorEntry(path, name, dtype, shape, base + begin, base + end)
    return entries


def checkpoint_entries(folder: Path) -> dict[str, TensorEntry]:
    """All tensors of a checkpoint folder (single file or sharded index)."""
    index = folder / INDEX_FILE
    if index.is_file():
        try:
            weight_map = json.loads(index.read_text(encoding="utf-8"))["weight_map"]
            files = sorted(set(weight_map.values()))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise CheckpointError(f"{index} is not a valid safetensors index ({exc})") from exc
        entries: dict[str, TensorEntry] = {}
        for file in files:
            shard = folder / file
            if not shard.is_file():
                raise CheckpointError(f"{index} names shard {file!r}, which is missing from {folder}")
            entries.update(read_header(shard))
        absent = sorted(n for n, f in weight_map.items() if n not in entries or entries[n].path.name != Path(f).name)
        if absent:
            raise CheckpointError(f"{index} lists tensors not found in their shards: {absent[:5]}")
        return entries
    single = folder / SINGLE_FILE
    if single.is_file():
        return read_header(single)
    if any(folder.glob("*.bin")) or any(folder.glob("*.pt")):
        raise CheckpointError(f"{folder} holds only pickle checkpoints (.bin/.pt); convert them to safetensors")
    raise CheckpointError(f"no {SINGLE_FILE} or {INDEX_FILE} in {folder}")


def _read_into(entry: TensorEntry, target: torch.Tensor) -> None:
    """Copy one tensor's bytes into `target` (same shape), converting dtype in bounded slices."""
    flat = target.view(-1)
    with open(entry.path, "rb") as f:
        f.seek(entry.start)
        if entry.dtype == target.dtype and target.device.type == "cpu" and target.is_contiguous():
            view = memoryview(flat.view(torch.uint8).numpy())  # type: ignore[arg-type]  # numpy arrays are buffers
            got = f.readinto(view)
            if got != entry.stop - entry.start:
                raise CheckpointError(f"{entry.path} ended while reading tensor {entry.name!r}")
            return
        item = torch.empty(0, dtype=entry.dtype).element_size()
        step = max(1, _CONVERT_SLICE_BYTES // item)
        for first in range(0, flat.numel(), step):
            count = min(step, flat.numel() - first)
            chunk = bytearray(count * item)
            if f.readinto(chunk) != len(chunk):
                raise CheckpointError(f"{entry.path} ended while reading tensor {entry.name!r}")
            flat[first: first + count].copy_(torch.frombuffer(chunk, dtype=entry.dtype))


def load_model(folder: str | Path, *, dtype: torch.dtype = torch.float32, device: torch.device | str = "cpu",
               **config_overrides: Any) -> SambaY:
    """Build `SambaY` from `folder` (config.json + safetensors) in `dtype` on `device`.

    Raises ConfigError (config.json) or CheckpointError naming missing / unexpected / mis-shaped tensors.
    """
    from agentlib.engine.model import SambaY

    folder = Path(folder)
    if not folder.is_dir():
        raise CheckpointError(f"model folder not found: {folder}")
    config = SambaYConfig.from_file(folder / "config.json", **config_overrides)
    entries = checkpoint_entries(folder)
    model = SambaY(config, dtype=dtype, device="meta")
    params = dict(model.named_parameters())
    by_module: dict[str, TensorEntry] = {}
    unexpected = []
    for name, entry in entries.items():
        target = module_name(name)
        if target == "lm_head.weight" and config.tie_word_embeddings:
            continue  # tied: the head is the embedding (pitfall 11)
        if target in params:
            by_module[target] = entry
        else:
            unexpected.append(name)
    missing = sorted(checkpoint_name(p) for p in params if p not in by_module)
    if missing or unexpected:
        raise CheckpointError(
            f"checkpoint in {folder} does not match the config: missing {missing[:8]}"
            f"{' ...' if len(missing) > 8 else ''}, unexpected {sorted(unexpected)[:8]}")
    for target, entry in by_module.items():
        want = tuple(params[target].shape)
        if entry.shape != want:
            raise CheckpointError(f"tensor {entry.name!r} has shape {entry.shape}, the config expects {want}")
        if not entry.dtype.is_floating_point:
            raise CheckpointError(f"tensor {entry.name!r} has non-float dtype {entry.dtype}")
    model.to_empty(device=device)
    for target, param in model.named_parameters():
        _read_into(by_module[target], param.data)
    model.eval()
    return model
