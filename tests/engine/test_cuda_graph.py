"""The static decode step behind CUDA graphs, on the CPU: it must equal `SambaY.forward` step for step, across
the sliding window's wrap, a capacity doubling, batches, and fp32/bf16. Graph capture itself needs a GPU
(the last test); the code path it captures is this one."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.engine import cuda_graph
from agentlib.engine.cuda_graph import GraphDecoder
from agentlib.engine.model import SambaY
from agentlib.engine.testing import tiny_config
from agentlib.errors import InputError


@settings(max_examples=8, deadline=None)
@given(prompt=st.integers(1, 20), steps=st.integers(1, 14), batch=st.integers(1, 2), seed=st.integers(0, 9),
       bf16=st.booleans())
def test_static_steps_equal_forward(prompt, steps, batch, seed, bf16):
    dtype = torch.bfloat16 if bf16 else torch.float32
    model = SambaY(tiny_config(sliding_window=5), dtype=dtype, seed=seed)
    ids = torch.randint(0, 512, (batch, prompt + steps), generator=torch.Generator().manual_seed(seed))
    regular = model.new_state(batch)
    model(ids[:, :prompt], regular)
    saved = cuda_graph.MIN_CAPACITY
    cuda_graph.MIN_CAPACITY = 16  # small buffers: a doubling happens within the steps
    try:
        decoder = GraphDecoder(model, regular.clone())
        for t in range(prompt, prompt + steps):
            want = model(ids[:, t: t + 1], regular).logits
            got = decoder.step(ids[:, t: t + 1]).clone()
            if dtype == torch.float32:
                torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)
            else:
                # bf16 rounds each layer's output to 8 bits of mantissa and the two paths round at different points,
                # so logits agree to a few units in the last place at the logits' own scale (an ulp is 0.25 at 40),
                # not to a fixed absolute tolerance: 4 ulps of the largest logit.
                ulp = 2.0 ** -7 * want.abs().max().item()
                torch.testing.assert_close(got.float(), want.float(), atol=4 * ulp, rtol=0)
    finally:
        cuda_graph.MIN_CAPACITY = saved
    back = decoder.to_state().to_tensors()
    for name, tensor in regular.to_tensors().items():
        torch.testing.assert_close(back[name].float(), tensor.float(), atol=1e-2 if bf16 else 1e-5, rtol=1e-2)


def test_static_decode_refuses_what_it_cannot_serve():
    model = SambaY(tiny_config(), seed=0)
    state = model.new_state(2)
    model(torch.tensor([[0, 5, 6], [4, 5, 6]]), state, attention_mask=torch.tensor([[0, 1, 1], [1, 1, 1]]))
    with pytest.raises(InputError, match="left-padded"):
        GraphDecoder(model, state)
    plain = model.new_state()
    model(torch.tensor([[1, 2, 3]]), plain)
    with pytest.raises(InputError, match="CUDA graphs need a CUDA model"):
        GraphDecoder(model, plain, use_graphs=True)
    with pytest.raises(InputError, match="shape"):
        GraphDecoder(model, plain).step(torch.tensor([[1, 2]]))


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device (graph capture)")
def test_captured_graph_steps_equal_forward_on_cuda():
    model = SambaY(tiny_config(sliding_window=5), device="cuda", seed=1)
    ids = torch.randint(0, 512, (1, 40), generator=torch.Generator().manual_seed(1)).cuda()
    regular = model.new_state()
    model(ids[:, :10], regular)
    decoder = GraphDecoder(model, regular.clone(), use_graphs=True)
    for t in range(10, 40):
        want = model(ids[:, t: t + 1], regular).logits
        torch.testing.assert_close(decoder.step(ids[:, t: t + 1]).clone(), want, atol=2e-4, rtol=2e-4)
    assert decoder.graph is not None
