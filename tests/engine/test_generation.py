"""Generation on a tiny random SambaY: decode loop vs full recompute, sampling, stops, streaming, batches."""

from __future__ import annotations

import threading

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.engine.generation import GenerationConfig, generate, generate_batch, stream
from agentlib.engine.model import SambaY
from agentlib.engine.sampling import SamplingParams, apply_repetition_penalty, choose, filter_logits
from agentlib.engine.testing import tiny_config
from agentlib.errors import ContextOverflowError, InputError

HOT = SamplingParams(temperature=3.0)


@pytest.fixture(scope="module")
def prompt(tok) -> list[int]:
    return tok.encode_chat([{"role": "user", "content": "Hello there, how are you today?"}])


def _full_greedy(model, ids: list[int], n: int) -> list[int]:
    """Reference: recompute the whole sequence every step, no state reuse."""
    ids = list(ids)
    out = []
    for _ in range(n):
        logits = model.forward(torch.tensor([ids]), None, logits_at="last").logits[0, -1]
        out.append(int(torch.argmax(logits)))
        ids.append(out[-1])
    return out


def test_greedy_equals_full_recompute(model, tok, prompt):
    result = generate(model, tok, prompt, GenerationConfig(max_new_tokens=12, stop_ids=frozenset()))
    assert result.token_ids == _full_greedy(model, prompt, 12)
    assert result.finish_reason == "length"
    assert result.text == tok.decode(result.token_ids)
    assert result.prompt_tokens == len(prompt)


def test_logprobs_are_model_log_softmax(model, tok, prompt):
    result = generate(model, tok, prompt, GenerationConfig(max_new_tokens=3, logprobs=True, stop_ids=frozenset()))
    first = model.forward(torch.tensor([prompt]), None, logits_at="last").logits[0, -1]
    assert result.logprobs[0] == pytest.approx(float(torch.log_softmax(first, -1)[result.token_ids[0]]), abs=1e-5)
    assert len(result.logprobs) == 3 and all(lp <= 0 for lp in result.logprobs)


def test_seed_makes_sampling_repeatable(model, tok, prompt):
    config = GenerationConfig(max_new_tokens=16, sampling=HOT, seed=7, stop_ids=frozenset())
    a, b = generate(model, tok, prompt, config), generate(model, tok, prompt, config)
    assert a.token_ids == b.token_ids
    others = {tuple(generate(model, tok, prompt, config.__class__(**{**config.__dict__, "seed": s})).token_ids) for s in range(4)}
    assert len(others) > 1


def test_batch_rows_equal_single_runs(model, tok, prompt):
    config = GenerationConfig(max_new_tokens=10, sampling=HOT, stop_ids=frozenset({503}))
    seeds = [1, 2, 3]
    batch = generate_batch(model, tok, prompt, config, seeds)
    for seed, row in zip(seeds, batch):
        single = generate(model, tok, prompt, GenerationConfig(**{**config.__dict__, "seed": seed}))
        assert row.token_ids == single.token_ids
        assert row.text == single.text


def test_greedy_batch_rows_identical(model, tok, prompt):
    rows = generate_batch(model, tok, prompt, GenerationConfig(max_new_tokens=8, stop_ids=frozenset()), [None] * 3)
    assert rows[0].token_ids == rows[1].token_ids == rows[2].token_ids


def test_stop_string_spanning_tokens_is_cut_and_never_streamed(model, tok, prompt):
    base = generate(model, tok, prompt, GenerationConfig(max_new_tokens=20, sampling=HOT, seed=5, stop_ids=frozenset()))
    pieces = [tok.decode([i]) for i in base.token_ids]
    # a stop string made of the end of token 3 and the start of token 4 (spans a token boundary)
    k = next(k for k in range(3, 19) if pieces[k] and pieces[k + 1] and "\ufffd" not in pieces[k] + pieces[k + 1])
    stop = pieces[k][-1:] + pieces[k + 1][:1]
    expected = base.text[: base.text.find(stop)]
    deltas: list[str] = []
    config = GenerationConfig(max_new_tokens=20, sampling=HOT, seed=5, stop_ids=frozenset(), stop=(stop,))
    result = generate(model, tok, prompt, config, on_text=deltas.append)
    assert result.text == expected
    assert result.finish_reason == "stop"
    assert "".join(deltas) == expected
    assert "".join(stream(model, tok, prompt, config)) == expected


def test_eos_ends_generation_and_is_not_text(model, tok, prompt):
    base = generate(model, tok, prompt, GenerationConfig(max_new_tokens=6, sampling=HOT, seed=2, stop_ids=frozenset()))
    eos = base.token_ids[3]
    result = generate(model, tok, prompt, GenerationConfig(max_new_tokens=6, sampling=HOT, seed=2, stop_ids=frozenset({eos})))
    first = base.token_ids.index(eos)
    assert result.token_ids == base.token_ids[: first + 1]
    assert result.text == tok.decode(base.token_ids[:first])
    assert result.finish_reason == "stop"


def test_cancel_stops_early(model, tok, prompt):
    cancel = threading.Event()
    config = GenerationConfig(max_new_tokens=50, stop_ids=frozenset(), cancel=cancel)
    result = generate(model, tok, prompt, config, on_text=lambda _delta: cancel.set())
    assert result.finish_reason == "cancelled"
    assert 1 <= len(result.token_ids) < 50


def test_logits_processor_constrains_tokens(model, tok, prompt):
    allowed = tok.encode(" yes")[0]
    seen: list[int] = []

    def only_yes(ids, logits):
        seen.append(len(ids))
        mask = torch.full_like(logits, float("-inf"))
        mask[allowed] = 0
        return logits + mask

    config = GenerationConfig(max_new_tokens=4, sampling=HOT, seed=0, logits_processors=(only_yes,), stop_ids=frozenset())
    result = generate(model, tok, prompt, config)
    assert result.token_ids == [allowed] * 4
    assert seen == [len(prompt) + i for i in range(4)]


def test_context_overflow_is_typed(tok):
    small = SambaY(tiny_config(max_context=32), seed=0)
    ids = tok.encode("word " * 40)
    with pytest.raises(ContextOverflowError) as caught:
        generate(small, tok, ids, GenerationConfig(max_new_tokens=4))
    assert caught.value.prompt_tokens == len(ids) and caught.value.context_length == 32
    fits = tok.encode("word " * 28)[:30]
    result = generate(small, tok, fits, GenerationConfig(max_new_tokens=10, stop_ids=frozenset()))
    assert result.finish_reason == "length" and len(fits) + len(result.token_ids) == 32


def test_bad_requests_are_typed(model, tok):
    with pytest.raises(InputError, match="stop strings"):
        GenerationConfig(stop=("",))
    with pytest.raises(InputError, match="max_new_tokens"):
        GenerationConfig(max_new_tokens=0)
    with pytest.raises(InputError, match="empty"):
        generate(model, tok, [], GenerationConfig())
    for bad in (dict(temperature=-1), dict(top_p=0), dict(top_k=-1), dict(min_p=2), dict(repetition_penalty=0)):
        with pytest.raises(InputError):
            SamplingParams(**bad)


def test_threads_on_one_model_do_not_interleave(model, tok, prompt):
    configs = [GenerationConfig(max_new_tokens=8, sampling=HOT, seed=s, stop_ids=frozenset()) for s in range(4)]
    expected = [generate(model, tok, prompt, c).token_ids for c in configs]
    got: dict[int, list[int]] = {}
    threads = [threading.Thread(target=lambda i=i: got.__setitem__(i, generate(model, tok, prompt, configs[i]).token_ids)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [got[i] for i in range(4)] == expected


# -- sampling unit tests --------------------------------------------------------------------------------


def test_repetition_penalty_follows_ctrl():
    logits = torch.tensor([2.0, -2.0, 1.0])
    out = apply_repetition_penalty(logits, [0, 1, 1], 2.0)
    assert out.tolist() == [1.0, -4.0, 1.0]
    assert logits.tolist() == [2.0, -2.0, 1.0]


def test_top_k_one_is_greedy():
    logits = torch.tensor([0.1, 3.0, 2.9, -1.0])
    generator = torch.Generator().manual_seed(0)
    picks = {choose(logits, SamplingParams(temperature=5.0, top_k=1), generator) for _ in range(20)}
    assert picks == {1}


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(-5, 5), min_size=2, max_size=30), st.floats(0.05, 1.0))
def test_top_p_keeps_smallest_set_reaching_p(values, top_p):
    logits = torch.tensor(values)
    kept = torch.isfinite(filter_logits(logits, SamplingParams(temperature=1.0, top_p=top_p)))
    probs = torch.softmax(logits, -1)
    assert kept[int(torch.argmax(logits))]
    assert float(probs[kept].sum()) >= top_p - 1e-5
    # dropping the least likely kept token would fall below top_p
    if int(kept.sum()) > 1:
        assert float(probs[kept].sum() - probs[kept].min()) < top_p + 1e-5


def test_min_p_drops_unlikely_tokens():
    logits = torch.log(torch.tensor([0.5, 0.3, 0.15, 0.05]))
    kept = torch.isfinite(filter_logits(logits, SamplingParams(temperature=1.0, min_p=0.2)))
    assert kept.tolist() == [True, True, True, False]


# -- grammar constraints (llguidance) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "grammar", "pattern"),
    [
        ("regex", "(yes|no|maybe)", r"(yes|no|maybe)"),
        ("lark", 'start: NUM ("," NUM)*\nNUM: /[0-9]{1,3}/', r"[0-9]{1,3}(,[0-9]{1,3})*"),
    ],
)
def test_grammar_constraint_keeps_output_in_language(model, tok, prompt, kind, grammar, pattern):
    import re

    pytest.importorskip("llguidance")
    from agentlib.engine.grammar import GrammarConstraint

    for seed in range(3):
        constraint = GrammarConstraint(tok, grammar, kind)
        config = GenerationConfig(max_new_tokens=40, sampling=SamplingParams(temperature=4.0), seed=seed,
                                  logits_processors=(constraint,))
        result = generate(model, tok, prompt, config)
        assert re.fullmatch(pattern, result.text), result.text
        assert result.finish_reason == "stop" and result.token_ids[-1] == tok.token_id("<|end|>")


def test_grammar_errors_are_typed(tok):
    pytest.importorskip("llguidance")
    from agentlib.engine.grammar import GrammarConstraint

    with pytest.raises(InputError, match="does not compile"):
        GrammarConstraint(tok, "start: (", "lark")
    with pytest.raises(InputError, match="not valid JSON"):
        GrammarConstraint(tok, "{nope", "json_schema")
    with pytest.raises(InputError, match="unknown grammar kind"):
        GrammarConstraint(tok, "x", "ebnf")
    with pytest.raises(InputError, match="empty"):
        GrammarConstraint(tok, "  ", "regex")


@pytest.mark.parametrize("size", [17, 100, 1000])
def test_top_p_keeps_the_greedy_token_among_ties(size):
    """Regression: an unstable sort ranked tied tokens in any order, so top-p could drop the very token greedy
    decoding picks (the first of the tied maxima) and keep another."""
    logits = torch.zeros(size)
    kept = torch.isfinite(filter_logits(logits, SamplingParams(temperature=1.0, top_p=0.01)))
    assert kept[int(torch.argmax(logits))]
    count = int(kept.sum())  # ties are kept in index order: the first `count` tokens
    assert count == max(1, round(0.01 * size)) and bool(kept[:count].all())
