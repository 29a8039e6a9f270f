"""SambaY (Phi-4-mini-flash-reasoning) configuration and layer plan.

`SambaYConfig` mirrors the checkpoint's `config.json` field names; unknown extra fields are tolerated and kept
in `extra`. `layer_plan(config)` is the single place that knows which layer index plays which role.

The real model (`real_config()`): vocab 200064, hidden 2560, intermediate 10240, 32 layers, 40 query heads and
20 key/value heads of 64 channels, sliding window 512, Mamba d_state 16, d_conv 4, expand 2, dt_rank "auto" =
ceil(hidden/16) = 160, conv bias yes, projection bias no, LayerNorm eps 1e-5, embedding tied to the head, bf16
weights; 3.85 B parameters (embedding 0.51 B, MLPs 2.52 B); 64K context. `sliding_window` may be a scalar (the
original config class) or a per-layer list (the current one, null above the self-decoder); both are accepted.
`max_position_embeddings` and `rope_theta` are inert: SambaY has no positional encoding.

Benchmark configs, random weights: `scaled_config()` (hidden 512, 8 layers, vocab 32K: one cross-attention
layer) and `plan_config()` (hidden 512, 32 layers, vocab 32K: the real layer plan, 7 cross-attention layers of
14 in the cross-decoder, so decode and prefill-skip figures weigh the shared KV as the real model does).

Left out: dropout/initializer fields (inert at inference), RoPE fields.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from agentlib.errors import ConfigError

SUPPORTED_MODEL_TYPES = ("phi4flash", "sambay")
REAL_MAX_CONTEXT = 65536


class LayerKind(enum.Enum):
    """What a decoder layer's mixer is."""

    MAMBA = "mamba"
    SWA = "swa"
    MAMBA_MEMORY = "mamba_mem"
    FULL = "full"
    GMU = "gmu"
    CROSS = "cross"


@dataclass(frozen=True)
class LayerRole:
    """One layer's role: its index, kind and attention window (None = no window / not attention)."""

    index: int
    kind: LayerKind
    window: int | None

    @property
    def keep(self) -> int:
        """Keys a sliding-window layer keeps between calls (sw - 1); ConfigError for other layers."""
        if self.window is None:
            raise ConfigError(f"layer {self.index} ({self.kind.value}) has no sliding window")
        return self.window - 1


def _dtype_name(value: Any) -> str:
    return str(value).replace("torch.", "")


@dataclass(frozen=True)
class SambaYConfig:
    """The config.json of a SambaY checkpoint; validated on construction (raises `ConfigError`)."""

    vocab_size: int = 200064
    hidden_size: int = 2560
    intermediate_size: int = 10240
    num_hidden_layers: int = 32
    num_attention_heads: int = 40
    num_key_value_heads: int = 20
    sliding_window: int | tuple[int | None, ...] | None = 512
    mb_per_layer: int = 2
    mamba_d_state: int = 16
    mamba_d_conv: int = 4
    mamba_expand: int = 2
    mamba_dt_rank: int | str = "auto"
    mamba_conv_bias: bool = True
    mamba_proj_bias: bool = False
    layer_norm_eps: float = 1e-5
    tie_word_embeddings: bool = True
    max_position_embeddings: int = 262144
    bos_token_id: int | None = 1
    eos_token_id: int | list[int] | None = 2
    pad_token_id: int | None = 0
    torch_dtype: str = "bfloat16"
    model_type: str = "phi4flash"
    max_context: int = REAL_MAX_CONTEXT
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        ints = (
            "vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
            "num_key_value_heads", "mamba_d_state", "mamba_d_conv", "mamba_expand", "max_context",
        )
        for name in ints:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ConfigError(f"config field {name!r} must be a positive integer, got {value!r}")
        if self.model_type not in SUPPORTED_MODEL_TYPES:
            raise ConfigError(
                f"config field 'model_type' is {self.model_type!r}; supported: {', '.join(SUPPORTED_MODEL_TYPES)}"
            )
        if self.mb_per_layer != 2:
            raise ConfigError(f"config field 'mb_per_layer' must be 2 (SambaY layout), got {self.mb_per_layer!r}")
        if self.num_hidden_layers % 4 != 0:
            raise ConfigError(
                f"config field 'num_hidden_layers' must be a multiple of 4, got {self.num_hidden_layers}"
            )
        if self.hidden_size % self.num_attention_heads != 0:
            raise ConfigError(
                f"config field 'num_attention_heads' ({self.num_attention_heads}) must divide "
                f"hidden_size ({self.hidden_size})"
            )
        if self.num_attention_heads % 2 or self.num_key_value_heads % 2:
            raise ConfigError(
                "config fields 'num_attention_heads' and 'num_key_value_heads' must be even "
                "(differential attention splits heads in pairs)"
            )
        if self.num_attention_heads % self.num_key_value_heads != 0:
            raise ConfigError(
                f"config field 'num_key_value_heads' ({self.num_key_value_heads}) must divide "
                f"num_attention_heads ({self.num_attention_heads})"
            )
        if not isinstance(self.layer_norm_eps, (int, float)) or isinstance(self.layer_norm_eps, bool) \
                or not self.layer_norm_eps > 0:
            raise ConfigError(f"config field 'layer_norm_eps' must be a positive number, got {self.layer_norm_eps!r}")
        rank = self.mamba_dt_rank
        if rank != "auto" and (isinstance(rank, bool) or not isinstance(rank, int) or rank <= 0):
            raise ConfigError(f"config field 'mamba_dt_rank' must be 'auto' or a positive integer, got {rank!r}")
        object.__setattr__(self, "sliding_window", self._normalised_windows())
        vocab_ids = {"bos_token_id": self.bos_token_id, "pad_token_id": self.pad_token_id}
        for name, value in vocab_ids.items():
            if value is not None and (not isinstance(value, int) or not 0 <= value < self.vocab_size):
                raise ConfigError(f"config field {name!r} must be a token id below vocab_size, got {value!r}")

    def _normalised_windows(self) -> tuple[int | None, ...]:
        """Per-layer windows: the window of every SWA layer (i < L/2, odd), None elsewhere."""
        layers, half = self.num_hidden_layers, self.num_hidden_layers // 2
        raw = self.sliding_window
        if isinstance(raw, (list, tuple)):
            if len(raw) != layers:
                raise ConfigError(
                    f"config field 'sliding_window' is a list of {len(raw)} entries; expected {layers} (one per layer)"
                )
            windows = tuple(raw)
        else:
            windows = tuple(raw if (i < half and i % 2 == 1) else None for i in range(layers))
        for i, w in enumerate(windows):
            is_swa = i < half and i % 2 == 1
            if is_swa and (isinstance(w, bool) or not isinstance(w, int) or w < 1):
                raise ConfigError(
                    f"config field 'sliding_window' must give layer {i} (sliding attention) a positive window, "
                    f"got {w!r}"
                )
        return tuple(w if (i < half and i % 2 == 1) else None for i, w in enumerate(windows))

    @property
    def windows(self) -> tuple[int | None, ...]:
        """Per-layer sliding windows (normalised by __post_init__): an int for each SWA layer, None elsewhere."""
        return cast("tuple[int | None, ...]", self.sliding_window)

    # Derived sizes (model.py's glossary).
    @property
    def head_dim(self) -> int:
        """hd: channels per attention head."""
        return self.hidden_size // self.num_attention_heads

    @property
    def d_inner(self) -> int:
        """E: Mamba inner width = expand * hidden."""
        return self.mamba_expand * self.hidden_size

    @property
    def dt_rank(self) -> int:
        """R: Mamba dt projection rank ("auto" = ceil(hidden / 16))."""
        if self.mamba_dt_rank == "auto":
            return math.ceil(self.hidden_size / 16)
        return int(self.mamba_dt_rank)

    @property
    def memory_layer(self) -> int:
        """Index of the Mamba layer whose ungated output is the GMU memory (L/2)."""
        return self.num_hidden_layers // 2

    @property
    def shared_kv_layer(self) -> int:
        """Index of the full-attention layer whose K/V all cross layers read (L/2 + 1)."""
        return self.num_hidden_layers // 2 + 1

    @property
    def cross_start(self) -> int:
        """First layer of the cross-decoder (L/2 + 2); it runs only where logits are wanted."""
        return self.num_hidden_layers // 2 + 2

    @property
    def eos_token_ids(self) -> tuple[int, ...]:
        """eos_token_id as a tuple (config.json may hold an int or a list)."""
        if self.eos_token_id is None:
            return ()
        if isinstance(self.eos_token_id, int):
            return (self.eos_token_id,)
        return tuple(self.eos_token_id)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], **overrides: Any) -> SambaYConfig:
        """Build from a config.json mapping; unknown keys go to `extra`. Raises ConfigError."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"a config must be a JSON object, got {type(data).__name__}")
        merged = {**data, **overrides}
        known = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        kwargs = {k: v for k, v in merged.items() if k in known}
        if "torch_dtype" in kwargs:
            kwargs["torch_dtype"] = _dtype_name(kwargs["torch_dtype"])
        if "model_type" not in merged:
            raise ConfigError("config field 'model_type' is missing; expected 'phi4flash'")
        if isinstance(kwargs.get("sliding_window"), list):
            kwargs["sliding_window"] = tuple(kwargs["sliding_window"])
        extra = {k: v for k, v in merged.items() if k not in known}
        try:
            return cls(**kwargs, extra=extra)
        except TypeError as exc:
            raise ConfigError(f"malformed config: {exc}") from exc

    @classmethod
    def from_file(cls, path: str | Path, **overrides: Any) -> SambaYConfig:
        """Read `config.json` (or a folder holding it). Raises ConfigError on a missing or malformed file."""
        path = Path(path)
        if path.is_dir():
            path = path / "config.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {path}") from exc
        except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad JSON or a huge integer; too deep
            raise ConfigError(f"config file {path} is not valid JSON: {exc}") from exc
        return cls.from_dict(data, **overrides)

    def to_dict(self) -> dict[str, Any]:
        """The config.json mapping (extra fields included; sliding_window as a per-layer list)."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "extra"}
        out["sliding_window"] = list(self.windows)
        return {**dict(self.extra), **out}

    def replace(self, **changes: Any) -> SambaYConfig:
        """A copy with some fields changed (validated again)."""
        return SambaYConfig.from_dict(self.to_dict(), **changes)


def layer_plan(config: SambaYConfig) -> tuple[LayerRole, ...]:
    """Each layer's role: Mamba (even) / SWA (odd) below L/2, the memory Mamba at L/2, full attention at L/2+1,
    then alternating GMU (even) and cross attention (odd). For the real model (L = 32): Mamba 0, 2, ..., 14 and
    16 (memory), SWA 1, 3, ..., 15, full attention 17, GMU 18, 20, ..., 30, cross attention 19, 21, ..., 31.
    Requires L % 4 == 0 and mb_per_layer = 2 (checked by SambaYConfig)."""
    half = config.num_hidden_layers // 2
    roles = []
    for i in range(config.num_hidden_layers):
        if i < half:
            kind = LayerKind.MAMBA if i % 2 == 0 else LayerKind.SWA
        elif i == half:
            kind = LayerKind.MAMBA_MEMORY
        elif i == half + 1:
            kind = LayerKind.FULL
        else:
            kind = LayerKind.GMU if i % 2 == 0 else LayerKind.CROSS
        roles.append(LayerRole(i, kind, config.windows[i] if kind is LayerKind.SWA else None))
    return tuple(roles)


def real_config(**overrides: Any) -> SambaYConfig:
    """Phi-4-mini-flash-reasoning's config (see the module docstring)."""
    return SambaYConfig.from_dict({"model_type": "phi4flash"}, **overrides)


def scaled_config(**overrides: Any) -> SambaYConfig:
    """A benchmark-sized SambaY: hidden 512, 8 layers, vocab 32K, same proportions as the real model."""
    base = dict(
        model_type="phi4flash", vocab_size=32000, hidden_size=512, intermediate_size=2048, num_hidden_layers=8,
        num_attention_heads=8, num_key_value_heads=4, sliding_window=512, torch_dtype="float32",
        max_context=1 << 17,
    )
    base.update(overrides)
    return SambaYConfig.from_dict(base)


def plan_config(**overrides: Any) -> SambaYConfig:
    """A benchmark-sized SambaY with the real layer plan: hidden 512, 32 layers (16 self-decoder, memory and full
    layers, then 7 GMU and 7 cross-attention layers), vocab 32K."""
    return scaled_config(**{"num_hidden_layers": 32, **overrides})


BENCH_CONFIGS = {"scaled": scaled_config, "plan": plan_config, "real": real_config}
