"""How far weight-only int8 logits are from bf16 ones: max abs difference, KL divergence, top-1 agreement.

`logits_error(reference, other)` compares two (T, V) logit tensors position by position. `greedy_errors(bf16,
int8, prompt, steps)` runs the bf16 model greedily from `prompt`, then feeds the same tokens to the int8 model
(teacher forcing), so every position compares the two models on the same context; top-1 agreement is the share
of positions where int8 would have chosen bf16's token. `fixture_errors(folder)` does this for every golden
checkpoint under `folder` (subfolders holding config.json, model.safetensors and, if present,
cases.safetensors with its `prompt_ids`).

`fixture_errors_wide(folder)` measures more positions, to tell the metric's noise from int8's error: several
random prompts, `WIDE_STEPS` greedy steps each, int8 against bf16 and, as the floor any compute dtype meets on
the same checkpoint, bf16 against fp32 (the fixtures' reference dtype). On the tiny random fixtures bf16 itself
agrees with fp32 on only ~95% of these positions: their logits are flat (top-1/top-2 gaps down to 0.1), so a
99% top-1 target there is below the noise of any rounding.

Left out: sampling-based comparisons (greedy is what the agent loop's verification runs use).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from agentlib.errors import CheckpointError

GREEDY_STEPS = 16
WIDE_PROMPTS = 6
WIDE_STEPS = 64
WIDE_PROMPT_TOKENS = 12


def logits_error(reference: torch.Tensor, other: torch.Tensor) -> dict[str, float]:
    """reference, other: (T, V) logits. max_abs, mean KL(reference || other) in nats, top1_agreement."""
    ref, got = reference.float(), other.float()
    kl = torch.nn.functional.kl_div(torch.log_softmax(got, -1), torch.log_softmax(ref, -1), log_target=True,
                                    reduction="none").sum(-1)
    return {"max_abs": float((ref - got).abs().max()), "kl": float(kl.mean()),
            "top1_agreement": float((ref.argmax(-1) == got.argmax(-1)).float().mean())}


@torch.no_grad()
def greedy_logits(reference: Any, other: Any, prompt: torch.Tensor,
                  steps: int = GREEDY_STEPS) -> tuple[torch.Tensor, torch.Tensor]:
    """(steps, V) logits of both models along `reference`'s greedy continuation of prompt (1, T): the prefill's
    last position, then `steps` - 1 decode steps, `other` fed the same tokens (teacher forcing)."""
    state = reference.new_state()
    logits = [reference(prompt, state).logits[0, -1]]
    tokens = []
    for _ in range(steps - 1):
        tokens.append(int(logits[-1].argmax()))
        logits.append(reference(torch.tensor([[tokens[-1]]]), state).logits[0, -1])
    state = other.new_state()
    mine = [other(prompt, state).logits[0, -1]]
    for token in tokens:
        mine.append(other(torch.tensor([[token]]), state).logits[0, -1])
    return torch.stack(logits), torch.stack(mine)


def greedy_errors(reference: Any, other: Any, prompt: torch.Tensor, steps: int = GREEDY_STEPS) -> dict[str, float]:
    """`logits_error` along `reference`'s greedy continuation of prompt (see `greedy_logits`)."""
    return logits_error(*greedy_logits(reference, other, prompt, steps))


def wide_errors(reference: Any, other: Any, prompts: list[torch.Tensor], steps: int = WIDE_STEPS) -> dict[str, float]:
    """`logits_error` over every position of every prompt's greedy continuation, pooled; plus `positions`."""
    pairs = [greedy_logits(reference, other, prompt, steps) for prompt in prompts]
    out = logits_error(torch.cat([r for r, _ in pairs]), torch.cat([o for _, o in pairs]))
    return {**out, "positions": float(sum(r.shape[0] for r, _ in pairs))}


def _checkpoints(folder: Path) -> list[Path]:
    folders = [folder] if (folder / "config.json").is_file() else sorted(
        p for p in folder.iterdir() if (p / "config.json").is_file())
    if not folders:
        raise CheckpointError(f"no checkpoint folder (config.json) in {folder}")
    return folders


def fixture_errors(folder: Path, steps: int = GREEDY_STEPS) -> dict[str, dict[str, float]]:
    """int8 against bf16 on every checkpoint folder under `folder` (or `folder` itself)."""
    from safetensors.torch import load_file

    from agentlib.engine.model import SambaY

    out = {}
    for checkpoint in _checkpoints(folder):
        bf16 = SambaY.from_pretrained(checkpoint, dtype=torch.bfloat16)
        int8 = SambaY.from_pretrained(checkpoint, dtype=torch.bfloat16, quantize="int8")
        cases = checkpoint / "cases.safetensors"
        if cases.is_file():
            prompt = load_file(str(cases))["prompt_ids"]
        else:
            prompt = torch.randint(0, bf16.config.vocab_size, (1, 12), generator=torch.Generator().manual_seed(0))
        out[checkpoint.name] = {k: round(v, 5) for k, v in greedy_errors(bf16, int8, prompt, steps).items()}
    return out


def fixture_errors_wide(folder: Path, prompts: int = WIDE_PROMPTS,
                        steps: int = WIDE_STEPS) -> dict[str, dict[str, Any]]:
    """Per checkpoint under `folder`: int8 against bf16 and bf16 against fp32 (the floor), pooled over
    `prompts` random prompts (fixed seeds) of `steps` greedy steps each (`wide_errors`)."""
    from agentlib.engine.model import SambaY

    out: dict[str, dict[str, Any]] = {}
    for checkpoint in _checkpoints(folder):
        fp32 = SambaY.from_pretrained(checkpoint, dtype=torch.float32)
        bf16 = SambaY.from_pretrained(checkpoint, dtype=torch.bfloat16)
        int8 = SambaY.from_pretrained(checkpoint, dtype=torch.bfloat16, quantize="int8")
        vocab = bf16.config.vocab_size
        ids = [torch.randint(0, vocab, (1, WIDE_PROMPT_TOKENS), generator=torch.Generator().manual_seed(100 + i))
               for i in range(prompts)]
        out[checkpoint.name] = {
            "int8_vs_bf16": {k: round(v, 5) for k, v in wide_errors(bf16, int8, ids, steps).items()},
            "bf16_vs_fp32": {k: round(v, 5) for k, v in wide_errors(fp32, bf16, ids, steps).items()},
        }
    return out
