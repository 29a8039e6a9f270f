"""Next-token choice from logits: repetition penalty, temperature, top-k, top-p, min-p, then a seeded draw.

Each batch row has its own `torch.Generator`, and a row's draw uses only its own generator and logits, so a row of
a batch equals the single run with the same seed. The draw is the exponential-race form of categorical sampling
(argmax of p / E with E ~ Exp(1)), as in vLLM's sampler. Temperature 0 is greedy (argmax).

Left out: beam search, typical-p, presence/frequency penalties.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from agentlib.errors import InputError


@dataclass(frozen=True)
class SamplingParams:
    """How to pick a token. `repetition_penalty` follows CTRL / transformers (divide positive logits of seen
    tokens, multiply negative ones)."""

    temperature: float = 0.0
    top_p: float = 1.0
    top_k: int = 0
    min_p: float = 0.0
    repetition_penalty: float = 1.0

    def __post_init__(self) -> None:
        if self.temperature < 0:
            raise InputError(f"temperature must be >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise InputError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.top_k < 0:
            raise InputError(f"top_k must be >= 0 (0 = off), got {self.top_k}")
        if not 0 <= self.min_p <= 1:
            raise InputError(f"min_p must be in [0, 1], got {self.min_p}")
        if self.repetition_penalty <= 0:
            raise InputError(f"repetition_penalty must be > 0, got {self.repetition_penalty}")

    @property
    def greedy(self) -> bool:
        return self.temperature == 0


def apply_repetition_penalty(logits: torch.Tensor, seen_ids: list[int], penalty: float) -> torch.Tensor:
    """Penalize tokens in `seen_ids` for one row of logits [V]; returns a new tensor."""
    if penalty == 1.0 or not seen_ids:
        return logits
    index = torch.tensor(sorted(set(seen_ids)), dtype=torch.long, device=logits.device)
    picked = logits.index_select(0, index)
    picked = torch.where(picked > 0, picked / penalty, picked * penalty)
    return logits.index_copy(0, index, picked)


def filter_logits(logits: torch.Tensor, params: SamplingParams) -> torch.Tensor:
    """Temperature, top-k, top-p and min-p on one row [V] (fp32); removed tokens get -inf."""
    logits = logits / params.temperature
    if params.top_k and params.top_k < logits.shape[-1]:
        kth = torch.topk(logits, params.top_k).values[-1]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if params.min_p > 0:
        probs = torch.softmax(logits, dim=-1)
        logits = logits.masked_fill(probs < params.min_p * probs.max(), float("-inf"))
    if params.top_p < 1.0:
        # stable: among tied tokens the first index ranks first, as argmax (greedy) picks it
        sorted_logits, order = torch.sort(logits, descending=True, stable=True)
        cumulative = torch.softmax(sorted_logits, dim=-1).cumsum(-1)
        # keep the smallest set whose mass reaches top_p: drop a token if the mass before it already does
        drop_sorted = (cumulative - torch.softmax(sorted_logits, dim=-1)) >= params.top_p
        drop = torch.zeros_like(drop_sorted).scatter(0, order, drop_sorted)
        logits = logits.masked_fill(drop, float("-inf"))
    return logits


def choose(logits: torch.Tensor, params: SamplingParams, generator: torch.Generator | None) -> int:
    """The next token for one row of (already penalized and processed) logits [V]."""
    if params.greedy:
        return int(torch.argmax(logits))
    probs = torch.softmax(filter_logits(logits.float(), params), dim=-1)
    race = torch.empty_like(probs).exponential_(1.0, generator=generator)
    return int(torch.argmax(probs / race))


def make_generator(seed: int | None, device: torch.device | str = "cpu") -> torch.Generator:
    """A per-request generator: seeded when `seed` is given, else from fresh entropy."""
    generator = torch.Generator(device=device)
    if seed is None:
        generator.seed()
    else:
        generator.manual_seed(int(seed))
    return generator
