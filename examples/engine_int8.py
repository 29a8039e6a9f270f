"""Decode speed options of the in-process SambaY engine: bf16 on every CPU thread, and weight-only int8.

Runs anywhere in seconds on a tiny random checkpoint (random weights: the text is gibberish; what matters is
that int8 halves the weight bytes and stays close to bf16). On a real checkpoint the same two lines load the
model; `agentlib bench decode --config real --dtype int8` measures the speed.

    python examples/engine_int8.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import torch

from agentlib.engine import kernels
from agentlib.engine.model import SambaY
from agentlib.engine.quant_error import greedy_errors
from agentlib.engine.testing import save_random_checkpoint, tiny_config


def weight_megabytes(model: SambaY) -> float:
    return sum(t.numel() * t.element_size() for t in (*model.parameters(), *model.buffers())) / 2**20


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = save_random_checkpoint(Path(tmp) / "sambay", tiny_config(hidden_size=128, intermediate_size=512))
        bf16 = SambaY.from_pretrained(folder, dtype=torch.bfloat16)
        int8 = SambaY.from_pretrained(folder, dtype=torch.bfloat16, quantize="int8")  # quantized tensor by tensor
        print(f"weights: bf16 {weight_megabytes(bf16):.2f} MB, int8 {weight_megabytes(int8):.2f} MB")
        prompt = torch.randint(0, 512, (1, 12), generator=torch.Generator().manual_seed(0))
        error = greedy_errors(bf16, int8, prompt, steps=16)
        print(f"int8 vs bf16 along bf16's greedy continuation: top-1 agreement {error['top1_agreement']:.2f}, "
              f"KL {error['kl']:.4f}, max |logit difference| {error['max_abs']:.3f}")
        print(f"threads: {torch.get_num_threads()}; {kernels.describe()}")


if __name__ == "__main__":
    main()
