"""Cache equivalence on random tiny configs (hypothesis): every way of feeding a sequence gives one answer."""

from __future__ import annotations

from unittest import mock

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.engine import chunking
from agentlib.engine.model import SambaY
from agentlib.engine.testing import tiny_config

ATOL = 2e-4
HEADS = [(2, 2), (4, 2), (4, 4), (8, 2), (8, 4)]


@st.composite
def tiny_models(draw) -> SambaY:
    heads, kv = draw(st.sampled_from(HEADS))
    config = tiny_config(
        num_hidden_layers=draw(st.sampled_from([4, 8, 12])), hidden_size=32, intermediate_size=48,
        num_attention_heads=heads, num_key_value_heads=kv, sliding_window=draw(st.integers(2, 9)),
        mamba_d_conv=draw(st.integers(2, 4)), mamba_d_state=draw(st.sampled_from([4, 8])), vocab_size=64,
    )
    return SambaY(config, seed=draw(st.integers(0, 1000)))


def _ids(seed: int, length: int, batch: int = 1) -> torch.Tensor:
    return torch.randint(0, 64, (batch, length), generator=torch.Generator().manual_seed(seed))


@settings(max_examples=25, deadline=None)
@given(model=tiny_models(), length=st.integers(2, 20), data=st.data())
def test_prefill_then_extend_and_decode_equals_full(model, length, data):
    ids = _ids(data.draw(st.integers(0, 99)), length)
    full = model(ids, logits_at="all").logits  # (1, T, V)
    split = data.draw(st.integers(1, length - 1))
    state = model.new_state()
    head = model(ids[:, :split], state, logits_at="all").logits
    torch.testing.assert_close(head, full[:, :split], atol=ATOL, rtol=ATOL)
    if data.draw(st.booleans()):
        tail = model(ids[:, split:], state, logits_at="all").logits  # one extend
    else:
        tail = torch.cat([model(ids[:, t: t + 1], state).logits for t in range(split, length)], dim=1)
    torch.testing.assert_close(tail, full[:, split:], atol=ATOL, rtol=ATOL)
    assert state.num_tokens == length


@settings(max_examples=15, deadline=None)
@given(model=tiny_models(), length=st.integers(1, 20), seed=st.integers(0, 99))
def test_skip_cross_decoder_equals_all_positions(model, length, seed):
    ids = _ids(seed, length)
    every = model(ids, logits_at="all").logits
    last = model(ids).logits
    torch.testing.assert_close(last[:, 0], every[:, -1], atol=ATOL, rtol=ATOL)
    picks = torch.tensor([0, length - 1])
    chosen = model(ids, logits_at=picks).logits
    torch.testing.assert_close(chosen, every[:, picks], atol=ATOL, rtol=ATOL)


@settings(max_examples=15, deadline=None)
@given(model=tiny_models(), lengths=st.lists(st.integers(1, 12), min_size=1, max_size=3), extra=st.integers(1, 8),
       data=st.data())
def test_pruned_full_layer_equals_all_positions(model, lengths, extra, data):
    """Layer L/2+1 runs queries and MLP only at the picked positions (it still writes every K/V): the picked
    logits equal the all-positions run, on a left-padded prefill and on the extend after it."""
    width = max(lengths)
    ids = _ids(data.draw(st.integers(0, 99)), width + extra, len(lengths))
    mask = torch.zeros(len(lengths), width, dtype=torch.long)
    for r, n in enumerate(lengths):
        mask[r, width - n:] = 1
    full_state, pruned_state = model.new_state(len(lengths)), model.new_state(len(lengths))
    every = model(ids[:, :width], full_state, attention_mask=mask, logits_at="all").logits
    picks = torch.tensor(data.draw(st.lists(st.integers(0, width - 1), min_size=1, max_size=4)))
    chosen = model(ids[:, :width], pruned_state, attention_mask=mask, logits_at=picks).logits
    torch.testing.assert_close(chosen, every[:, picks], atol=ATOL, rtol=ATOL)
    every = model(ids[:, width:], full_state, logits_at="all").logits
    picks = torch.tensor(data.draw(st.lists(st.integers(0, extra - 1), min_size=1, max_size=3)))
    chosen = model(ids[:, width:], pruned_state, logits_at=picks).logits
    torch.testing.assert_close(chosen, every[:, picks], atol=ATOL, rtol=ATOL)
    for name, saved in full_state.to_tensors().items():
        torch.testing.assert_close(pruned_state.to_tensors()[name], saved, atol=ATOL, rtol=ATOL)


@settings(max_examples=15, deadline=None)
@given(model=tiny_models(), lengths=st.lists(st.integers(1, 14), min_size=1, max_size=2), chunk=st.integers(1, 6),
       data=st.data())
def test_chunked_self_decoder_equals_one_pass(model, lengths, chunk, data):
    """A long forward runs the self-decoder in time chunks (chunking.forward_spans): logits at picked positions
    or everywhere, hidden states and the state it leaves equal one pass, with left padding."""
    width = max(lengths)
    ids = _ids(data.draw(st.integers(0, 99)), width, len(lengths))
    mask = torch.zeros(len(lengths), width, dtype=torch.long)
    for r, n in enumerate(lengths):
        mask[r, width - n:] = 1
    picks = torch.tensor(data.draw(st.lists(st.integers(0, width - 1), min_size=1, max_size=4)))
    logits_at = data.draw(st.sampled_from(["last", "all", picks]))
    hidden = data.draw(st.booleans())
    runs = []
    for size in (width, chunk):
        with mock.patch.object(chunking, "CPU_FORWARD_CHUNK", size):
            state = model.new_state(len(lengths))
            out = model(ids, state, attention_mask=mask, logits_at=logits_at, return_hidden_states=hidden)
            runs.append((out, state.to_tensors()))
    (one, one_state), (chunked, chunked_state) = runs
    torch.testing.assert_close(chunked.logits, one.logits, atol=ATOL, rtol=ATOL)
    if hidden:
        assert len(chunked.hidden_states) == len(one.hidden_states) == model.config.num_hidden_layers + 1
        for a, b in zip(chunked.hidden_states, one.hidden_states):
            torch.testing.assert_close(a, b, atol=ATOL, rtol=ATOL)
    for name, saved in one_state.items():
        torch.testing.assert_close(chunked_state[name], saved, atol=ATOL, rtol=ATOL)


@settings(max_examples=10, deadline=None)
@given(model=tiny_models(), seed=st.integers(0, 99))
def test_bf16_close_to_fp32(model, seed):
    ids = _ids(seed, 16)
    ref = model(ids, logits_at="all").logits
    low = _cast(model, torch.bfloat16)
    got = low(ids, logits_at="all").logits
    assert got.dtype == torch.float32
    # bf16 weights and activations: logits (|x| up to ~15) agree to a few tenths, and mostly to far less.
    err = (got - ref).abs()
    assert float(err.max()) < 0.25 * float(ref.abs().max()) + 0.5
    assert float(err.mean()) < 0.05 * float(ref.abs().mean()) + 0.05


def _cast(model: SambaY, dtype: torch.dtype) -> SambaY:
    other = SambaY(model.config, dtype=dtype)
    other.load_state_dict(model.state_dict())
    return other


@settings(max_examples=10, deadline=None)
@given(model=tiny_models(), lengths=st.lists(st.integers(1, 14), min_size=2, max_size=3), data=st.data())
def test_left_padded_batch_equals_one_at_a_time(model, lengths, data):
    width = max(lengths)
    rows = [_ids(data.draw(st.integers(0, 99)), n)[0] for n in lengths]
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    for r, row in enumerate(rows):
        ids[r, width - len(row):], mask[r, width - len(row):] = row, 1
    state = model.new_state(len(rows))
    batch_logits = model(ids, state, attention_mask=mask).logits[:, 0]  # (B, V)
    steps = data.draw(st.integers(1, 4))
    batch_next = [batch_logits]
    nxt = batch_logits.argmax(-1, keepdim=True)
    for _ in range(steps):
        batch_next.append(model(nxt, state).logits[:, 0])
        nxt = batch_next[-1].argmax(-1, keepdim=True)
    for r, row in enumerate(rows):
        single = model.new_state()
        logits = model(row[None], single).logits[:, 0]
        torch.testing.assert_close(logits[0], batch_next[0][r], atol=ATOL, rtol=ATOL)
        for k in range(1, steps + 1):
            token = batch_next[k - 1][r].argmax().view(1, 1)
            logits = model(token, single).logits[:, 0]
            torch.testing.assert_close(logits[0], batch_next[k][r], atol=ATOL, rtol=ATOL)
