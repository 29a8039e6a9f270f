"""Hard limits of the document entry points (issue 18): an overall deadline that model generation
honours, a calculator that runs in the sandbox with its own deadline, and typed results that say so."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from agentlib.documents.qa import RETRIEVAL_AFTER_DEADLINE, RETRIEVAL_PARTIAL, ask, ask_many, calculate
from agentlib.documents.reader import Document
from agentlib.documents.summarize import EXTRACTIVE_AFTER_DEADLINE, summarize
from agentlib.errors import InputError
from agentlib.llm import Completion, GenerateOptions

DOC = Document.from_text(
    "# Sales\n\nAcme sold 1,200 units in 2021 and 1,500 units in 2022 across all of its regions.\n\n"
    "# People\n\nThe chief executive of Acme is Jane Doe, who joined the company in 2015."
)


class SlowModel:
    """Writes one token every 50 ms and stops at `cancel`, as the engine and transformers backends do."""

    name, context_length, supports_grammar = "slow", 8192, False

    def __init__(self) -> None:
        self.finishes: list[str] = []

    def count_tokens(self, text: str) -> int:
        return len(text) // 4 + 1

    def generate(self, messages, options=None):
        options = options or GenerateOptions()
        for produced in range(options.max_new_tokens):
            if options.cancel is not None and options.cancel.is_set():
                self.finishes.append("cancelled")
                return Completion("Acme sold units [P1]. " * (produced // 6), "cancelled", 10, produced)
            time.sleep(0.05)
        self.finishes.append("length")
        return Completion("Acme sold 1,200 units in 2021 [P1].", "length", 10, options.max_new_tokens)

    def stream(self, messages, options=None):
        yield self.generate(messages, options).text

    def session(self, messages=()):
        return None


def test_summarize_deadline_bounds_generation_and_says_so():
    # Bug: summarize had no overall deadline; a slow model ran as long as it liked.
    model = SlowModel()
    started = time.monotonic()
    summary = summarize(DOC, backend=model, cache=False, deadline_s=1.0)
    assert time.monotonic() - started < 1.0 + 1.5
    assert (summary.ended_by, summary.method) == ("deadline", EXTRACTIVE_AFTER_DEADLINE)
    assert summary.sentences and summary.to_dict()["ended_by"] == "deadline"
    assert model.finishes == ["cancelled"]


def test_ask_deadline_bounds_every_question_and_says_so():
    model = SlowModel()
    started = time.monotonic()
    answers = ask_many(DOC, ["Who is the chief executive?", "How many units in 2022?"], backend=model,
                       max_new_tokens=1000, deadline_s=1.0)
    assert time.monotonic() - started < 1.0 + 1.5
    assert [(a.ended_by, a.method) for a in answers] == [("deadline", RETRIEVAL_AFTER_DEADLINE)] * 2
    assert answers[0].text == "The chief executive of Acme is Jane Doe, who joined the company in 2015."
    assert model.finishes == ["cancelled"]  # the second question never reached the model


def test_complete_runs_say_complete():
    assert summarize(DOC).ended_by == "complete"
    assert ask(DOC, "Who is the chief executive?").ended_by == "complete"


@pytest.mark.parametrize("deadline", [0, -2, float("nan"), float("inf"), "10"])
def test_bad_deadlines_are_input_errors(deadline):
    with pytest.raises(InputError, match="deadline_s"):
        summarize(DOC, deadline_s=deadline)
    with pytest.raises(InputError, match="deadline_s"):
        ask(DOC, "Who?", deadline_s=deadline)


def test_calculator_runs_in_the_sandbox_with_a_deadline():
    # Bug: the calculate tool that `ask` gives a model ran SymPy in the main process with no deadline.
    code = (
        "import sys, time, json\n"
        "from agentlib.documents.qa import calculate\n"
        "started = time.monotonic()\n"
        "results = [calculate('1500 - 1200'), calculate('1/3')]\n"
        "started = time.monotonic()\n"
        "results.append(calculate('exp(10**20) % 7', deadline_s=1.0))\n"
        "print(json.dumps({'results': results, 'seconds': time.monotonic() - started,\n"
        "                  'sympy_in_main': 'sympy' in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["results"][:2] == ["300", "0.3333333333"]
    assert report["results"][2].startswith("error: ") and report["seconds"] < 1.0 + 2.0
    assert report["sympy_in_main"] is False


def test_calculator_refuses_without_time_or_with_huge_input():
    assert calculate("1 + 1", deadline_s=0.01) == "error: no time left for the calculator"
    assert calculate("1+" * 2000 + "1").startswith("error: the expression is too long")


def _large_document(megabytes: float) -> Document:
    """Generated paragraphs (five sentences each) up to about `megabytes` MB of text."""
    import random

    rng = random.Random(7)
    words = "alpha beta gamma delta river mountain engine budget report quarter revenue growth".split()
    paragraphs, size = [], 0
    while size < megabytes * 1_000_000:
        paragraph = " ".join(" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(5))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return Document.from_text("\n\n".join(paragraphs), source="large.txt")


def test_ask_without_a_model_honours_its_deadline_on_a_large_document():
    # Bug: ask without a model split and scored the whole document whatever its deadline (15 MB with
    # --deadline 2 took 4.8 s, growing linearly to about 15 s at the 64 MiB cap), and said "complete".
    document = _large_document(3)
    started = time.monotonic()
    answer = ask(document, "What was the revenue growth?", deadline_s=0.2)
    assert time.monotonic() - started < 0.2 + 2.0
    assert (answer.ended_by, answer.method) == ("deadline", RETRIEVAL_PARTIAL)
    assert answer.sentences and all(s.verdict.supported for s in answer.sentences)  # from what was read in time
    assert answer.to_dict()["ended_by"] == "deadline"


def test_ask_cli_without_a_model_says_the_deadline_cut_it(tmp_path):
    path = tmp_path / "large.txt"
    path.write_text(_large_document(3).text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "agentlib.cli", "ask", str(path), "What was the revenue growth?",
                          "--deadline", "0.2", "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert (answer["ended_by"], answer["method"]) == ("deadline", RETRIEVAL_PARTIAL) and answer["sentences"]


def test_paragraphs_until_returns_the_prefix_read_in_time():
    from agentlib.documents.chunking import paragraphs_until, split_paragraphs
    from agentlib.limits import Deadline

    document = _large_document(0.05)
    whole = split_paragraphs(document)
    assert paragraphs_until(document, Deadline(60)) == (whole, True)
    expired = Deadline(0.001)
    time.sleep(0.01)
    read, complete = paragraphs_until(document, expired)
    assert not complete and read == whole[:1]  # at least the first paragraph, then it stops


class ToolHappyModel:
    """Calls the calculator in every reply, with a long reply each time, so the exchange fills the context."""

    name, context_length, supports_grammar = "tool-happy", 900, False

    def count_tokens(self, text: str) -> int:
        return len(text) // 4 + 1

    def generate(self, messages, options=None):
        options = options or GenerateOptions()
        text = "Working it out. " * 60 + '<tool_call>{"name": "calculate", "arguments": {"expression": "1+1"}}'
        return Completion(text, "stop", 10, options.max_new_tokens)

    def stream(self, messages, options=None):
        yield self.generate(messages, options).text

    def session(self, messages=()):
        return None


def test_context_overflow_from_the_models_own_replies_says_so(monkeypatch):
    # Bug: when the model's own replies and tool results overflowed the context, the error told the user to
    # "shorten the question".
    from agentlib.documents import qa
    from agentlib.errors import ContextOverflowError

    monkeypatch.setattr(qa, "calculate", lambda expression, deadline_s=0.0: "2")  # no sandbox needed here
    with pytest.raises(ContextOverflowError) as caught:
        ask(DOC, "How many units in 2022?", backend=ToolHappyModel(), max_new_tokens=100, max_tool_steps=3)
    message = str(caught.value)
    assert "model's own replies and tool results" in message and "shorten the question" not in message
