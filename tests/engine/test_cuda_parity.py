"""CUDA parity with the golden fixtures (skipped without a CUDA device; run on a lent GPU).

    python -m pytest -q tests/engine/test_cuda_parity.py      # on a machine with CUDA

The pure-PyTorch path on CUDA must give the same logits and greedy tokens as the CPU reference
data; bf16 on CUDA must stay within a stated tolerance of fp32 and agree on most greedy tokens.
"""

from __future__ import annotations

import pytest
import torch

from tests.engine._helpers_model import CONFIGS, FIXTURES, fixture_cases

pytestmark = [
    pytest.mark.cuda,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device (run on a GPU machine)"),
]


@pytest.fixture(autouse=True)
def exact_matmul():
    previous = torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32
    torch.backends.cuda.matmul.allow_tf32 = False  # TF32 would blur fp32 parity to ~1e-3
    torch.backends.cudnn.allow_tf32 = False
    yield
    torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32 = previous


def load(name: str, dtype: torch.dtype):
    from agentlib.engine.model import SambaY

    return SambaY.from_pretrained(FIXTURES / name, dtype=dtype, device="cuda")


@pytest.mark.parametrize("name", CONFIGS)
def test_cuda_fp32_full_forward_and_greedy_match_the_reference(name):
    model = load(name, torch.float32)
    cases = {k: v.cuda() for k, v in fixture_cases(name).items()}
    logits = model(cases["input_ids"], logits_at="all").logits
    torch.testing.assert_close(logits, cases["full_logits"], atol=2e-4, rtol=2e-4)
    state = model.new_state()
    step = model(cases["prompt_ids"], state).logits[:, -1]
    tokens = []
    for k in range(cases["greedy_ids"].shape[1]):
        torch.testing.assert_close(step, cases["greedy_logits"][:, k], atol=2e-4, rtol=2e-4)
        token = step.argmax(-1, keepdim=True)
        tokens.append(token)
        step = model(token, state).logits[:, -1]
    assert torch.equal(torch.cat(tokens, 1), cases["greedy_ids"])


@pytest.mark.parametrize("name", CONFIGS)
def test_cuda_bf16_stays_close_to_fp32(name):
    reference = fixture_cases(name)
    model = load(name, torch.bfloat16)
    logits = model(reference["input_ids"].cuda(), logits_at="all").logits.float().cpu()
    error = (logits - reference["full_logits"]).abs()
    assert error.max().item() < 0.6, error.max().item()  # logits std ~2.8
    agree = (logits.argmax(-1) == reference["full_logits"].argmax(-1)).float().mean().item()
    assert agree >= 0.9, agree
