"""Regressions found by the fuzz sweep (`python -m agentlib.evals.fuzz`): each input once crashed an entry point
with an exception that was not an `AgentlibError` (a traceback at the CLI)."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.errors import ConfigError, InputError

DEEP_ARRAY = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 50_000 + "1" + "}" * 50_000
HUGE_INTEGER = "9" * 100_000  # past Python's 4,300-digit int conversion limit: json raises a bare ValueError


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text", ["[" * 5_000 + "]" * 5_000, '{"a":' * 3_000 + "1" + "}" * 3_000],
                         ids=["array", "object"])
def test_a_deeply_nested_tool_call_from_the_model_is_a_tool_error_not_a_recursion_error(text):
    # regression: ask() with a model reply "<tool_call>[[[[...</tool_call>" raised RecursionError
    import agentlib
    from agentlib.documents.reader import Document
    from agentlib.llm import ScriptedModel

    document = Document.from_text("The company earned $4.2 million in 2021.")
    replies = [f"<tool_call>{text}</tool_call>", "The company earned $4.2 million in 2021 [P1]."]
    answer = agentlib.ask(document, "What did it earn?", backend=ScriptedModel(replies), deadline_s=30)
    assert ("4.2 million" in answer.text, answer.ended_by) == (True, "complete")


@pytest.mark.parametrize("text", [DEEP_ARRAY, DEEP_OBJECT, HUGE_INTEGER], ids=["array", "object", "integer"])
def test_json_files_nested_too_deeply_or_with_huge_numbers_are_typed_errors(tmp_path, text):
    # regression: RecursionError (deep nesting) or ValueError (a 100,000-digit number) escaped these readers
    from agentlib.commands.check_trace import _parse
    from agentlib.commands.tokenizer import read_chat
    from agentlib.kb.embedder import _read_json
    from agentlib.kb.store import KnowledgeBaseError, Manifest
    from agentlib.report import load_run

    path = _write(tmp_path, "input.json", text)
    with pytest.raises(InputError):
        load_run(path)
    with pytest.raises(InputError):
        read_chat(path)
    with pytest.raises(InputError):
        _parse(text, "input.json")
    with pytest.raises(KnowledgeBaseError):
        Manifest.from_json(text, path)
    with pytest.raises(ConfigError):
        _read_json(path)


@pytest.mark.parametrize("text", [DEEP_ARRAY, HUGE_INTEGER], ids=["array", "integer"])
def test_engine_json_inputs_nested_too_deeply_are_typed_errors(tmp_path, text):
    # regression: a config.json or a --grammar JSON schema "[[[[..." raised RecursionError
    pytest.importorskip("torch")
    from agentlib.engine.config import SambaYConfig
    from agentlib.engine.grammar import grammar_source

    _write(tmp_path, "config.json", text)
    with pytest.raises(ConfigError, match="not valid JSON"):
        SambaYConfig.from_file(tmp_path)
    with pytest.raises(InputError, match="not valid JSON"):
        grammar_source(text, "json_schema")


def test_report_and_check_trace_commands_on_deep_json_exit_2_without_a_traceback(tmp_path):
    # regression: `agentlib report deep.json` printed a RecursionError traceback and exited 1
    path = _write(tmp_path, "deep.json", DEEP_ARRAY)
    for command in (["report", str(path), "-o", str(tmp_path / "out.html")], ["check-trace", str(path)]):
        done = subprocess.run([sys.executable, "-m", "agentlib", *command], capture_output=True, text=True,
                              timeout=120)
        assert (done.returncode, "Traceback" in done.stderr) == (2, False), done.stderr[-500:]
        assert done.stderr.startswith("error: ")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), st.characters()), max_size=40)
       .map("".join))
def test_the_tokenizer_encodes_any_python_string_lone_surrogates_included(text):
    # regression: Tokenizer.encode/encode_chat raised TypeError ("TextInputSequence must be str") on a lone
    # surrogate, which a model reply or a decoded document can carry; it now encodes as U+FFFD
    pytest.importorskip("tokenizers")
    from agentlib.llm import valid_unicode

    tokenizer = _small_tokenizer()
    assert tokenizer.decode(tokenizer.encode(text)) == valid_unicode(text)
    ids = tokenizer.encode_chat([{"role": "user", "content": text}])
    assert tokenizer.decode(ids).count(valid_unicode(text)) >= 1


def _small_tokenizer():
    from agentlib.engine.tokenizer import Tokenizer

    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = Tokenizer.from_dir(Path(__file__).parent / "engine" / "data" / "small_tokenizer")
    return _TOKENIZER


_TOKENIZER = None


def _one_long_paragraph(sentences: int) -> str:
    return " ".join(f"Unit {i} shipped {i * 7} crates of copper wire to dock {i % 13} on a Monday."
                    for i in range(sentences))


def test_the_extractive_summary_of_a_huge_document_ends_at_its_deadline():
    # regression: summarize() without a model ignored deadline_s: a 10 MB text with deadline 5 s ran 31 s (one
    # paragraph of megabytes: sentence splitting, chunking and the centrality scores never looked at the clock)
    import agentlib
    from agentlib.documents.reader import Document

    document = Document.from_text(_one_long_paragraph(30_000))  # 2.4 MB: several seconds of work unbounded
    started = time.monotonic()
    summary = agentlib.summarize(document, cache=False, deadline_s=0.5)
    assert time.monotonic() - started < 0.5 + 1.5
    assert (summary.ended_by, summary.to_dict()["ended_by"]) == ("deadline", "deadline")
    assert summary.sentences and all("crates of copper wire" in s.text for s in summary.sentences)


def test_ask_with_a_model_on_a_document_larger_than_its_context_ends_at_the_deadline(monkeypatch):
    # regression: ask(backend=...) embedded every passage of a document too long for the context with no deadline
    # (a 0.9 MB text took 57 s with deadline_s=3)
    import numpy as np

    import agentlib
    from agentlib.documents.qa import RETRIEVAL_AFTER_DEADLINE
    from agentlib.documents.reader import Document
    from agentlib.kb import base
    from agentlib.limits import SUMMARY_FALLBACK_S
    from agentlib.llm import ScriptedModel

    class SlowEmbedder:
        name, dimension, max_tokens = "test/slow", 8, 256

        def count_tokens(self, text: str) -> int:
            return len(text.split())

        def embed_passages(self, texts):
            time.sleep(0.3)
            return np.tile(np.eye(1, self.dimension, dtype=np.float32), (len(texts), 1))

        def embed_query(self, text):
            return np.eye(1, self.dimension, dtype=np.float32)

    monkeypatch.setattr(base, "default_embedder", SlowEmbedder)
    text = "".join(f"Person {i} owns {i} sheep and {i + 3} goats.\n\n" for i in range(3_000))
    model = ScriptedModel(["Person 7 owns 7 sheep [P8]."] * 3)
    started = time.monotonic()
    answer = agentlib.ask(Document.from_text(text), "How many sheep does Person 7 own?", backend=model,
                          context_length=4096, deadline_s=1.0)
    # the promise: the deadline, then at most SUMMARY_FALLBACK_S of retrieval (+1 s for a loaded machine)
    assert time.monotonic() - started < 1.0 + SUMMARY_FALLBACK_S + 1.0
    assert (answer.ended_by, answer.method) == ("deadline", RETRIEVAL_AFTER_DEADLINE)


LONG_NUMBER = "9" * 5_000  # a JSON integer Python refuses to convert (ValueError, not JSONDecodeError)


def _add(a: int, b: int) -> dict:
    """Add two integers.

    Args:
        a: the first integer.
        b: the second integer.
    """
    return {"answer": str(a + b), "certifies": True}


@pytest.mark.parametrize("bad_turn", [0, 1], ids=["plan", "tool_call"])
def test_a_5000_digit_number_in_a_model_reply_is_sent_back_not_a_crash(bad_turn):
    # regression: Agent.run raised ValueError ("Exceeds the limit (4300 digits) for integer string conversion")
    # when a plan or a tool call held a huge JSON integer; it is now a format retry and the run goes on
    from agentlib.agent import Agent, Budget, ScriptedModel

    script = ['{"steps": ["Add the numbers with _add", "Report the sum"]}',
              '<tool_call>{"name": "_add", "arguments": {"a": 2, "b": 3}}</tool_call>', '<answer cite="o2">5</answer>']
    bad = ['{"steps": [' + LONG_NUMBER + ']}',
           '<tool_call>{"name": "_add", "arguments": {"a": ' + LONG_NUMBER + ', "b": 1}}</tool_call>']
    script.insert(bad_turn, bad[bad_turn])
    result = Agent(ScriptedModel(script), tools=[_add], skills=False, budget=Budget(max_steps=6)).run(
        "What is 2 + 3?", deadline_s=30)
    assert (result.answer.status, result.answer.text) == ("verified", "5")


def test_a_plan_with_a_5000_digit_number_is_a_retry():
    # regression: parse_plan let ValueError escape (the loop then fell back to its default plan only by luck)
    from agentlib.agent.planner import parse_plan
    from agentlib.errors import ModelRetry

    with pytest.raises(ModelRetry, match="too long"):
        parse_plan('{"steps": [' + LONG_NUMBER + "]}")


@pytest.mark.parametrize("reply", ['{"skill": ' + LONG_NUMBER + "}", "{" + '"a":{' * 3_000 + "}" * 3_001],
                         ids=["number", "nesting"])
def test_a_skill_choice_with_a_huge_number_or_deep_nesting_is_a_retry(reply):
    # regression: parse_skill_choice let ValueError / RecursionError escape
    from agentlib.agent.skills import parse_skill_choice
    from agentlib.errors import ModelRetry

    with pytest.raises(ModelRetry):
        parse_skill_choice(reply, [])


@pytest.mark.parametrize("reply", ['{"spec": ' + LONG_NUMBER + "}", "{" + '"a":{' * 3_000 + "}" * 3_001],
                         ids=["number", "nesting"])
def test_a_puzzle_formalization_reply_with_a_huge_number_or_deep_nesting_is_an_input_error(reply):
    # regression: solve(backend=...) raised ValueError / RecursionError from the model's formalization reply
    from agentlib.puzzles.formalize import extract_json

    with pytest.raises(InputError):
        extract_json(reply)


def test_think_blocks_are_removed_in_one_scan():
    # regression: a regex removed <think> blocks in time quadratic in their number (30,000 unclosed "<think>"
    # tags took about 30 s); the scan keeps the same meaning
    from agentlib.puzzles.formalize import extract_json

    assert extract_json('<think>{"no": 1}</think> {"a": 1} <think>{"b": 2}') == {"a": 1}
    assert extract_json('{"c": 3} <think> unclosed {"d": 4}') == {"c": 3}
    started = time.monotonic()
    with pytest.raises(InputError, match="no JSON object"):
        extract_json("<think>" * 30_000 + "{}")
    assert time.monotonic() - started < 1.0


HARNESS_CHECK = """
import json, sys, time
from agentlib.errors import InputError
from agentlib.evals.fuzz import Target, sweep_target

def call(text):
    if text == "crash":
        raise KeyError(text)
    if text == "typed":
        raise InputError(text)
    if text == "hang":
        time.sleep(60)
    if text == "memory":
        hoard = b"x" * (400 * 2**20)  # written, so resident (a calloc'd bytearray would not be)
        time.sleep(60)
        return hoard
    return text

inputs = ["fine", "crash", "typed", "hang", "fine", "memory", "fine"]
summary = sweep_target(Target("synthetic", "json", 0.5, call), inputs, slack_s=4.0, max_rss_mb=300, first_call_s=4.0)
print(json.dumps({"tried": summary.tried, "kinds": sorted([f.kind, f.input_preview] for f in summary.findings)}))
"""


def test_the_fuzz_sweep_reports_crashes_hangs_and_memory_and_goes_on():
    # the harness itself: a crash, a hang (killed) and a blow-up each become one finding; typed errors do not.
    # The slack is wide (a hang sleeps 60 s): under CI load a freshly forked child's first "fine" call once took
    # longer than a 1.5 s budget and was counted as a second hang.
    # It runs in a fresh interpreter, as `python -m agentlib.evals.fuzz` does (forking a pytest-xdist worker,
    # with its threads, is not the setting the harness is for).
    import json

    done = subprocess.run([sys.executable, "-c", HARNESS_CHECK], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report == {"tried": 7, "kinds": [["crash", "'crash'"], ["hang", "'hang'"], ["memory", "'memory'"]]}


def test_solve_refuses_votes_below_one_with_or_without_a_backend():
    # Regression: `agentlib solve --votes 0` without a backend was ignored (exit 1, abstained), with one exit 2.
    import subprocess
    import sys

    import agentlib
    from agentlib.errors import InputError

    with pytest.raises(InputError, match="votes"):
        agentlib.solve("Alice is taller than Bob. Who is the tallest?", votes=0)
    done = subprocess.run([sys.executable, "-m", "agentlib.cli", "solve", "Alice is taller than Bob. Who is taller?",
                           "--votes", "-5"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "votes" in done.stderr and "Traceback" not in done.stderr


def test_a_model_reply_of_blank_lines_is_read_in_linear_time():
    """Regression (fuzz, seed 12): solve_math with a model reply of 100,000 newlines ran for minutes past its
    4 s deadline: the 'Answer:' pattern's leading `\\s*` spanned every following blank line from every line start.
    The bound is generous (the reply is read in milliseconds); the old code took minutes."""
    import agentlib
    from agentlib.llm import ScriptedModel

    started = time.monotonic()
    result = agentlib.solve_math("What is the answer?", backend=ScriptedModel(["\n" * 100_000] * 4), deadline_s=4.0)
    assert result.status == "abstained"
    assert time.monotonic() - started < 30


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_never_opened_by_the_knowledge_base(tmp_path):
    """Regression: `KnowledgeBase.build` over a folder holding a named pipe `*.txt` hashed it with `open()`, which
    waits for a writer forever (no deadline can end it); the walk now leaves it out and hashing refuses it."""
    import os

    from agentlib.kb.passages import collect_files, file_sha256

    (tmp_path / "kept.md").write_text("# Notes\nKept.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    assert [source.key for source in collect_files([tmp_path])] == ["kept.md"]
    with pytest.raises(InputError, match="not a regular file"):
        file_sha256(tmp_path / "pipe.txt")


def test_a_document_with_lone_surrogates_is_indexed_and_searched():
    """Regression (fuzz, seed 18): `KnowledgeBase.from_documents` on text holding a lone surrogate raised
    UnicodeEncodeError (its hash) and then TypeError (the MiniLM tokenizer); both now take it as U+FFFD."""
    pytest.importorskip("tokenizers")
    import agentlib
    from agentlib.kb import KnowledgeBase

    base = KnowledgeBase.from_documents([agentlib.Document.from_text("Lumber costs rose \ud800 9% in May.")])
    assert [hit.paragraphs[0].id for hit in base.search("lumber \udade costs", k=1)] == ["P1"]


def test_index_build_stops_reading_files_at_its_deadline(tmp_path):
    """Regression (fuzz, seed 18): `KnowledgeBase.build` cut each file into chunks without looking at its deadline
    (a 2 MB one-line file took 40 s under --deadline 5); the file being cut when it passes is left unfinished."""
    sys.path.insert(0, str(Path(__file__).parent / "kb"))
    from kb_test_helpers import HashEmbedder

    from agentlib.kb import KnowledgeBase

    class SlowCounter(HashEmbedder):
        def count_tokens(self, text: str) -> int:
            time.sleep(0.01)
            return super().count_tokens(text)

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("\n\n".join(f"Shed {i} holds {i} rakes." for i in range(2_000)))
    started = time.monotonic()
    with pytest.raises(InputError, match="deadline"):
        KnowledgeBase.build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "kb", embedder=SlowCounter(),
                            deadline_s=0.5)
    assert time.monotonic() - started < 0.5 + 2.0


def test_a_reply_of_megabytes_is_checked_within_the_deadline_and_the_rest_kept_unchecked():
    """Regression (fuzz, seed 18): ask() checked a 900,000-character model reply sentence by sentence past its
    4 s deadline; past the deadline (or its grace, SUMMARY_FALLBACK_S) the rest is one unsupported sentence."""
    import agentlib
    from agentlib.limits import SUMMARY_FALLBACK_S
    from agentlib.llm import ScriptedModel

    reply = "Let q be the count. 3q + 2 = 17, so q is 5. " * 60_000
    document = agentlib.Document.from_text("The mill ground 40 sacks of barley in June.")
    started = time.monotonic()
    answer = agentlib.ask(document, "How many sacks?", backend=ScriptedModel([reply]), deadline_s=0.5)
    assert time.monotonic() - started < 0.5 + SUMMARY_FALLBACK_S + 1.5
    assert answer.ended_by == "deadline" and not answer.sentences
    assert answer.dropped[-1].verdict.reasons == ("not checked: the deadline passed",)


@pytest.mark.parametrize("template", [
    "what time is it {b} hours after 10:30?",  # clock_times.py: int() of the duration
    "2 1/{b} + 1",  # arithmetic_line.py: int() of a mixed number's parts
    "원금 {b}만원을 연이율 5%의 단리로 3년 동안 예금하면 이자는?",  # everyday shapes: Fraction() of the amount
])
def test_a_number_of_thousands_of_digits_is_an_answer_not_a_crash(template):
    """Regression: Python refuses int() of a string past 4,300 digits (ValueError); these readers passed such a
    number straight to int() / Fraction() and solve_math raised. Readers now bound the digits they take."""
    import agentlib

    result = agentlib.solve_math(template.format(b="9" * 5000))
    assert result.status in ("abstained", "verified", "unverified")


def test_a_megabyte_of_sentences_is_refused_at_once_not_read_to_the_deadline():
    # 40,000 plain sentences were read for 37 s before the solver gave up; now the size itself is the error.
    import agentlib

    text = "Ann is taller than Bob. If it rains, the ground is wet. " * 18_000 + "Is Ann taller than Bob?"
    for call in (agentlib.solve, agentlib.analyze):
        started = time.monotonic()
        with pytest.raises(InputError, match="the limit is 200,000"):
            call(text)
        assert time.monotonic() - started < 5
    assert agentlib.solve("Ann is taller than Bob. " * 4_000 + "Is Ann taller than Bob?").answer == "yes"
