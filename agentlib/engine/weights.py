"""Checkpoint loading for SambaY: safetensors only, tensor by tensor, straight into the model's parameters.

- `module_name(checkpoint_name)` is the one place where checkpoint names become module names.
- `read_header(path)` parses and validates a safetensors header (never pickle): its length is capped at
  MAX_HEADER_BYTES and its JSON depth checked before it is parsed (a real header is ~100 KB and 3 levels deep).
- `load_model(folder, dtype, device)` builds the model on the meta device, allocates it once in the target
  dtype, then reads each tensor's bytes from the file into its parameter (`readinto`; dtype conversion in
  bounded slices), so peak memory stays near one copy of the weights (no mmap'd second copy).
- `model.safetensors` or a sharded `model.safetensors.index.json`; `lm_head.weight` may be absent (tied).
  Shard names in an index must be plain relative paths inside the checkpoint folder (no absolute path, no
  `..`, no symlink out of it).
- `quantize="int8"` (quant.py): Linear and embedding weights are read one at a time and stored as int8 with
  per-row scales, so peak memory is the int8 model plus one float tensor.
- Missing, unexpected or mis-shaped tensors, truncated or corrupt files, missing shards: `CheckpointError`.

Left out: `.bin`/pickle checkpoints (refused), quantised checkpoint formats, remote download.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from agentlib.engine.config import SambaYConfig
from agentlib.engine.jsonlimits import load_json
from agentlib.errors import CheckpointError, ConfigError

if TYPE_CHECKING:  # the model module imports this one at load time
    from agentlib.engine.model import SambaY

INDEX_FILE = "model.safetensors.index.json"
SINGLE_FILE = "model.safetensors"
MAX_HEADER_BYTES = 16 * 1024 * 1024
MAX_INDEX_BYTES = 16 * 1024 * 1024
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
            if header_len > MAX_HEADER_BYTES:
                raise CheckpointError(f"{path} declares a {header_len}-byte header, more than the {MAX_HEADER_BYTES} "
                                      "a checkpoint needs; refused before parsing")
            if header_len > size - 8:
                raise CheckpointError(f"{path} is corrupt or truncated (header length {header_len}, file {size} bytes)")
            raw_header = f.read(header_len)
    except FileNotFoundError as exc:
        raise CheckpointError(f"checkpoint file not found: {path}") from exc
    except OSError as exc:
        raise CheckpointError(f"{path} is not a readable safetensors file: {exc}") from exc
    header = load_json(raw_header, what=f"the safetensors header of {path}", error=CheckpointError,
                       max_bytes=MAX_HEADER_BYTES)
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
            if index.stat().st_size > MAX_INDEX_BYTES:
                raise CheckpointError(f"{index} is larger than the {MAX_INDEX_BYTES} bytes an index needs")
            document = load_json(index.read_bytes(), what=str(index), error=CheckpointError, max_bytes=MAX_INDEX_BYTES)
            weight_map = document["weight_map"]
            files = sorted(set(weight_map.values()))
        except (OSError, KeyError, TypeError, AttributeError) as exc:
            raise CheckpointError(f"{index} is not a valid safetensors index ({exc})") from exc
        entries: dict[str, TensorEntry] = {}
        for file in files:
            shard = _shard_path(folder, file, index)
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


def _shard_path(folder: Path, name: object, index: Path) -> Path:
    """The shard an index names, confined to the checkpoint folder (CheckpointError otherwise)."""
    if not isinstance(name, str) or not name or "\0" in name:
        raise CheckpointError(f"{index} names a shard that is not a file name: {name!r}")
    relative = Path(name)
    if relative.is_absolute() or ".." in relative.parts or relative.drive:
        raise CheckpointError(f"{index} names shard {name!r} outside the checkpoint folder; refused")
    path = folder / relative
    root = folder.resolve()
    if path.exists() and not path.resolve().is_relative_to(root):
        raise CheckpointError(f"{index} names shard {name!r}, a link out of the checkpoint folder; refused")
    return path


def _read_into(entry: TensorEntry, target: torch.Tensor) -> None:
    """Copy one tensor's bytes into `target` (same shape), converting dtype in bounded slices."""
    flat = target.view(-1)
    with open(entry.path, "rb") as f:
        f.seek(entry.start)
        if entry.dtype == target.dtype and target.device.type == "cpu" and target.is_contiguous():
            view = memoryview(flat.view(torch.uint8).numpy())  # type: ignore[arg-type]  # ndarray is a buffer
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
               quantize: str | None = None, **config_overrides: Any) -> SambaY:
    """Build `SambaY` from `folder` (config.json + safetensors) in `dtype` on `device`; quantize="int8" stores
    Linear and embedding weights as int8 with per-row scales (quant.py), quantizing each tensor as it is read.

    Raises ConfigError (config.json, an unknown `quantize`) or CheckpointError naming missing / unexpected /
    mis-shaped tensors.
    """
    from agentlib.engine.model import SambaY
    from agentlib.engine.quant import Int8Embedding, Int8Linear, int8_skeleton

    if quantize not in (None, "int8"):
        raise ConfigError(f"quantize must be None or 'int8', got {quantize!r}")
    folder = Path(folder)
    if not folder.is_dir():
        raise CheckpointError(f"model folder not found: {folder}")
    config = SambaYConfig.from_file(folder / "config.json", **config_overrides)
    entries = checkpoint_entries(folder)
    model = SambaY(config, dtype=dtype, device="meta")
    if quantize == "int8":
        int8_skeleton(model)
    quantized = {f"{name}.weight": module for name, module in model.named_modules()
                 if isinstance(module, (Int8Linear, Int8Embedding))}
    params = dict(model.named_parameters())
    shapes = {n: tuple(p.shape) for n, p in params.items()}
    shapes.update({n: tuple(m.weight.shape) for n, m in quantized.items()})  # int8 buffers, typed in quant.py
    by_module: dict[str, TensorEntry] = {}
    unexpected = []
    for name, entry in entries.items():
        target = module_name(name)
        if target == "lm_head.weight" and config.tie_word_embeddings:
            continue  # tied: the head is the embedding
        if target in shapes:
            by_module[target] = entry
        else:
            unexpected.append(name)
    missing = sorted(checkpoint_name(p) for p in shapes if p not in by_module)
    if missing or unexpected:
        raise CheckpointError(
            f"checkpoint in {folder} does not match the config: missing {missing[:8]}"
            f"{' ...' if len(missing) > 8 else ''}, unexpected {sorted(unexpected)[:8]}")
    for target, entry in by_module.items():
        if entry.shape != shapes[target]:
            raise CheckpointError(f"tensor {entry.name!r} has shape {entry.shape}, the config expects {shapes[target]}")
        if not entry.dtype.is_floating_point:
            raise CheckpointError(f"tensor {entry.name!r} has non-float dtype {entry.dtype}")
    model.to_empty(device=device)
    with torch.no_grad():
        for target, param in model.named_parameters():
            _read_into(by_module[target], param.data)
        for target, module in quantized.items():
            scratch = torch.empty(shapes[target], dtype=dtype)
            _read_into(by_module[target], scratch)
            module.set_weight(scratch.to(device))
            del scratch
    model.eval()
    return model
