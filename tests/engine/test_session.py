"""Sessions: turn-by-turn == from scratch, fork, rewind, save/load, prefix cache, bad input, threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import torch

from agentlib.engine.generation import GenerationConfig, generate
from agentlib.engine.model import SambaY
from agentlib.engine.prefix_cache import PrefixCache
from agentlib.engine.sampling import SamplingParams
from agentlib.engine.session import Session, snapshot_state
from agentlib.engine.testing import tiny_config
from agentlib.errors import CheckpointError, ContextOverflowError, InputError

GREEDY = GenerationConfig(max_new_tokens=8)
SAMPLED = GenerationConfig(max_new_tokens=8, sampling=SamplingParams(temperature=2.0), seed=11)


def _scratch(model, tok, messages, config):
    """The reference: render the whole conversation and generate from a fresh state."""
    return generate(model, tok, tok.encode_chat(messages), config)


@pytest.mark.parametrize("config", [GREEDY, SAMPLED], ids=["greedy", "sampled"])
def test_turn_by_turn_equals_scratch(model, tok, config):
    session = Session(model, tok)
    session.add("system", "You are terse.")
    session.add("user", "First question about numbers 1 2 3?")
    first = session.generate(config)
    assert first.text == _scratch(model, tok, session.messages[:-1], config).text
    session.add("user", "Second question, please.")
    second = session.generate(config)
    assert second.text == _scratch(model, tok, session.messages[:-1], config).text
    assert session.turns == 5
    assert session.messages[-1] == {"role": "assistant", "content": second.text}


def test_new_turn_prefills_only_new_tokens(model, tok):
    session = Session(model, tok)
    session.add("user", "A long document " * 10)
    session.add("assistant", "Noted.")
    session.prefill()
    history = len(session.token_ids)
    session.add("user", "short question")
    before = session.token_ids
    fed = session.prefill()
    # the state stops before the generation prompt (<|assistant|>), so the new turn extends it directly
    assert session.token_ids[:history] == before
    assert fed == len(session.prompt_ids()) - 1 - history
    assert fed < 15


def test_fork_branches_equal_fresh_runs(model, tok):
    session = Session(model, tok)
    session.add("user", "Tell me something.")
    session.generate(GREEDY)
    branch = session.fork()
    session.add("user", "Branch A?")
    branch.add("user", "Branch B!")
    a = session.generate(SAMPLED)
    b = branch.generate(SAMPLED)
    assert a.text == _scratch(model, tok, session.messages[:-1], SAMPLED).text
    assert b.text == _scratch(model, tok, branch.messages[:-1], SAMPLED).text
    assert session.messages[-2]["content"] == "Branch A?" and branch.messages[-2]["content"] == "Branch B!"


def test_rewind_equals_run_that_never_went_further(model, tok):
    session = Session(model, tok)
    session.add("user", "Question one.")
    session.generate(GREEDY)
    session.add("user", "Question two.")
    expected = session.generate(SAMPLED)
    session.add("user", "Question three.")
    session.generate(GREEDY)
    session.rewind(3)
    assert session.turns == 3
    again = session.generate(SAMPLED)
    assert again.text == expected.text
    session.rewind(0)
    with pytest.raises(InputError, match="no messages"):
        session.generate(GREEDY)


def test_rewind_without_snapshots_reprefills(model, tok):
    session = Session(model, tok, snapshot_budget_bytes=1)  # nothing fits: every rewind rebuilds from scratch
    session.add("user", "Question one.")
    session.generate(GREEDY)
    session.add("user", "Question two.")
    expected = session.generate(GREEDY)
    session.add("user", "Question three.")
    session.generate(GREEDY)
    session.rewind(3)
    assert session.snapshot_bytes == 0
    assert session.generate(GREEDY).text == expected.text


def test_snapshot_budget_drops_oldest(model, tok):
    session = Session(model, tok)
    session.add("user", "One.")
    session.generate(GREEDY)
    one = session.snapshot_bytes
    session.snapshot_budget_bytes = one + 1
    session.add("user", "Two.")
    session.generate(GREEDY)
    assert 0 < session.snapshot_bytes <= one + 1


def test_save_load_equals_before(model, tok, tmp_path):
    session = Session(model, tok)
    session.add("user", "Remember the number 42.")
    session.generate(GREEDY)
    path = session.save(tmp_path / "s.safetensors")
    loaded = Session.load(path, model, tok)
    assert loaded.messages == session.messages and loaded.token_ids == session.token_ids
    for s in (session, loaded):
        s.add("user", "What was it?")
    assert loaded.generate(SAMPLED).text == session.generate(SAMPLED).text
    assert [p.name for p in tmp_path.iterdir()] == ["s.safetensors"]  # no temp files left


def test_load_refuses_other_model_and_bad_files(model, tok, tmp_path):
    session = Session(model, tok)
    session.add("user", "Hi.")
    session.generate(GREEDY)
    path = session.save(tmp_path / "s.safetensors")
    other_weights = SambaY(tiny_config(), seed=1)
    with pytest.raises(CheckpointError, match="different model weights"):
        Session.load(path, other_weights, tok)
    other_config = SambaY(tiny_config(sliding_window=4), seed=0)
    with pytest.raises(CheckpointError, match="different model configuration"):
        Session.load(path, other_config, tok)
    corrupted = tmp_path / "corrupt.safetensors"
    corrupted.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(CheckpointError):
        Session.load(corrupted, model, tok)
    foreign = tmp_path / "foreign.safetensors"
    from safetensors.torch import save_file

    save_file({"x": torch.zeros(2)}, str(foreign))
    with pytest.raises(CheckpointError, match="not an agentlib session file"):
        Session.load(foreign, model, tok)
    with pytest.raises(InputError, match="no session file"):
        Session.load(tmp_path / "missing", model, tok)


def test_failed_save_leaves_old_file_intact(model, tok, tmp_path, monkeypatch):
    session = Session(model, tok)
    session.add("user", "Hi.")
    session.generate(GREEDY)
    path = session.save(tmp_path / "s.safetensors")
    before = path.read_bytes()
    import safetensors.torch

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(safetensors.torch, "save_file", broken)
    session.add("user", "More.")
    with pytest.raises(OSError):
        session.save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.safetensors"]


def test_prefix_cache_reuses_shared_document(model, tok):
    cache = PrefixCache(budget_bytes=64 << 20)
    document = "Shared document text. " * 12
    first = Session(model, tok, prefix_cache=cache)
    first.add("system", "Be exact.")
    first.add("user", document)
    first.add("assistant", "Read it.")
    first.add("user", "Question A?")
    first.generate(GREEDY)
    second = Session(model, tok, prefix_cache=cache)
    second.add("system", "Be exact.")
    second.add("user", document)
    second.add("assistant", "Read it.")
    second.add("user", "Question B?")
    result = second.generate(GREEDY)
    assert cache.hits >= 1
    assert second.prefilled_tokens < 20
    assert result.text == _scratch(model, tok, second.messages[:-1], GREEDY).text


def test_snapshot_shares_kv_but_stays_frozen(model, tok):
    state = model.new_state()
    model.forward(torch.tensor([tok.encode("abc def ghi")]), state)
    frozen = snapshot_state(state)
    assert frozen.shared_kv.key_buffer is state.shared_kv.key_buffer
    before = {k: v.clone() for k, v in frozen.to_tensors().items()}
    model.forward(torch.tensor([tok.encode(" more")]), state)
    after = frozen.to_tensors()
    assert all(torch.equal(before[k], after[k]) for k in before)


def test_bad_input_is_typed(model, tok):
    session = Session(model, tok)
    with pytest.raises(InputError, match="unknown role"):
        session.add("narrator", "hi")
    with pytest.raises(InputError, match="empty"):
        session.add("user", "   ")
    with pytest.raises(InputError, match="must be text"):
        session.add_messages([{"role": "user", "content": 3}])
    with pytest.raises(InputError, match="turn must be"):
        session.rewind(5)
    assert session.turns == 0
    small = Session(SambaY(tiny_config(max_context=32), seed=0), tok)
    small.add("user", "word " * 40)
    with pytest.raises(ContextOverflowError) as caught:
        small.generate(GREEDY)
    assert caught.value.context_length == 32 and caught.value.prompt_tokens > 32


def test_sessions_in_threads_match_sequential(model, tok):
    def run(topic: str) -> list[str]:
        session = Session(model, tok)
        replies = []
        for turn in range(2):
            session.add("user", f"{topic} turn {turn}")
            replies.append(session.generate(SAMPLED).text)
        return replies

    topics = ["alpha", "beta", "gamma"]
    expected = [run(t) for t in topics]
    got: dict[int, list[str]] = {}
    threads = [threading.Thread(target=lambda i=i: got.__setitem__(i, run(topics[i]))) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [got[i] for i in range(3)] == expected


def test_example_runs(tmp_path):
    pytest.importorskip("bpe_openai")  # the example builds its tokenizer from o200k
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, str(root / "examples" / "engine_session.py")], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert "equals a from-scratch run of the whole prompt: True" in done.stdout
    assert "same reply as before: True" in done.stdout
    assert "next reply identical: True" in done.stdout


def test_bench_session_quick(monkeypatch):
    pytest.importorskip("bpe_openai")
    import argparse
    import math

    import agentlib.bench.session as bench
    from agentlib.engine.config import scaled_config

    small = lambda: scaled_config(hidden_size=64, intermediate_size=128, num_attention_heads=4, num_key_value_heads=2, sliding_window=32)
    monkeypatch.setattr(bench, "scaled_config", small)
    result = bench.run(argparse.Namespace(repeats=1, quick=True, device="cpu", threads=1))
    keys = ["ttft_reuse_speedup_8k", "ttft_reuse_ratio_32k_1k", "snapshot_cost_share", "fork_ms", "prefix_cache_hit_speedup"]
    assert all(math.isfinite(result[k]) and result[k] > 0 for k in keys)
    # No speed ratio is asserted: on a shared machine a timed ratio of tiny runs flips (0.86 was seen under load).
    # The bench itself asserts the work: each cache-hit run prefills exactly its new question's tokens.


def test_failure_midway_does_not_corrupt_the_session(model, tok):
    """Regression: a processor raising after some decode steps left the state ahead of the token ids."""
    session = Session(model, tok)
    session.add("user", "Question one.")
    calls = []

    def explode_on_third(ids, logits):
        calls.append(1)
        if len(calls) == 3:
            raise InputError("constraint failed")
        return logits

    with pytest.raises(InputError, match="constraint failed"):
        session.generate(GenerationConfig(max_new_tokens=8, logits_processors=(explode_on_third,)))
    assert session.turns == 1 and session.token_ids == []
    assert session.generate(SAMPLED).text == _scratch(model, tok, session.messages[:-1], SAMPLED).text


def test_save_after_rewind_and_empty_session(model, tok, tmp_path):
    session = Session(model, tok)
    session.add("user", "Question one.")
    session.generate(GREEDY)
    session.add("user", "Question two.")
    session.generate(GREEDY)
    session.rewind(1)
    loaded = Session.load(session.save(tmp_path / "rewound.safetensors"), model, tok)
    assert loaded.messages == [{"role": "user", "content": "Question one."}]
    assert loaded.token_ids == tok.encode_chat(loaded.messages)  # the snapshot at that turn's prompt
    assert loaded.generate(SAMPLED).text == _scratch(model, tok, loaded.messages[:-1], SAMPLED).text
    empty = Session.load(Session(model, tok).save(tmp_path / "empty.safetensors"), model, tok)
    assert empty.turns == 0 and empty.token_ids == []


def _saved(model, tok, tmp_path, name: str, question: str = "Remember the number 42.") -> tuple[Session, Path]:
    session = Session(model, tok)
    session.add("user", question)
    session.generate(GREEDY)
    return session, session.save(tmp_path / name)


def _rewrite(path: Path, tensors: dict, metadata: dict) -> None:
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in tensors.items()}, str(path), metadata=metadata)


def _contents(path: Path) -> tuple[dict, dict]:
    from safetensors import safe_open

    with safe_open(str(path), framework="pt") as handle:
        return {k: handle.get_tensor(k) for k in handle.keys()}, dict(handle.metadata())


def test_load_refuses_a_state_from_another_conversation(model, tok, tmp_path):
    """Regression (Session.load accepted states from another conversation): both a file assembled from two
    saves (digest) and a session whose state was moved under other messages (token ids vs rendering)."""
    _, first = _saved(model, tok, tmp_path, "a.safetensors", "Remember the number 42.")
    _, second = _saved(model, tok, tmp_path, "b.safetensors", "Remember the colour blue, please.")
    tensors_b, _ = _contents(second)
    tensors_a, metadata_a = _contents(first)
    if tensors_b["state.shared.key"].shape == tensors_a["state.shared.key"].shape:
        spliced = {**tensors_a, **{k: v for k, v in tensors_b.items() if k.startswith("state.")}}
    else:  # other lengths: keep a's shapes, other values
        spliced = {k: (v + 1 if k.startswith("state.layer") and v.is_floating_point() else v)
                   for k, v in tensors_a.items()}
    _rewrite(tmp_path / "spliced.safetensors", spliced, metadata_a)
    with pytest.raises(CheckpointError, match="do not belong together"):
        Session.load(tmp_path / "spliced.safetensors", model, tok)
    moved = Session(model, tok)
    moved.add("user", "A different question entirely?")
    donor = Session.load(first, model, tok)
    moved._state, moved._ids, moved._logits = donor._state, donor._ids, donor._logits
    path = moved.save(tmp_path / "moved.safetensors")  # a consistent file whose ids render other messages
    with pytest.raises(CheckpointError, match="not the rendering of its messages"):
        Session.load(path, model, tok)


@pytest.mark.parametrize("where", ["logits", "state"])
def test_load_refuses_non_finite_values(model, tok, tmp_path, where):
    """Regression (NaN logits were loaded): non-finite logits or state values are refused, even in a file
    whose digest matches them."""
    session = Session(model, tok)
    session.add("user", "Remember the number 42.")
    session.prefill()  # keeps next-token logits beside the state
    if where == "logits":
        session._logits = torch.full_like(session._logits, float("nan"))
    else:
        bad = session._state.mamba[0].ssm.clone()
        bad[0, 0, 0] = float("inf")
        session._state.mamba[0].ssm = bad
    path = session.save(tmp_path / "bad.safetensors")
    with pytest.raises(CheckpointError, match="inf or NaN"):
        Session.load(path, model, tok)


def test_load_never_lets_recursion_escape(model, tok, tmp_path):
    """Regression (Session.load let RecursionError escape): deeply nested metadata JSON, with a digest that
    matches it, and a deeply nested header are typed errors."""
    from agentlib.engine import session as session_module

    _, path = _saved(model, tok, tmp_path, "s.safetensors")
    tensors, metadata = _contents(path)
    metadata["messages"] = "[" * 100_000 + "]" * 100_000
    metadata["state_digest"] = session_module._state_digest(metadata, tensors)
    _rewrite(tmp_path / "deep.safetensors", tensors, metadata)
    with pytest.raises(CheckpointError, match="levels deep"):
        Session.load(tmp_path / "deep.safetensors", model, tok)
    header = b'{"a":' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    (tmp_path / "deep-header.safetensors").write_bytes(len(header).to_bytes(8, "little") + header)
    with pytest.raises(CheckpointError, match="levels deep"):
        Session.load(tmp_path / "deep-header.safetensors", model, tok)


def test_load_refuses_the_old_unbound_format(model, tok, tmp_path):
    _, path = _saved(model, tok, tmp_path, "s.safetensors")
    tensors, metadata = _contents(path)
    metadata["format"] = "agentlib-session-v1"
    del metadata["state_digest"]
    _rewrite(tmp_path / "old.safetensors", tensors, metadata)
    with pytest.raises(CheckpointError, match="expected 'agentlib-session-v2'"):
        Session.load(tmp_path / "old.safetensors", model, tok)
