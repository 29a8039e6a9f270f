"""Arguments of the wrong type or size to the public entry points are one `InputError` that names the argument,
raised before any work; never a TypeError, AttributeError or OverflowError from deep inside.

Regressions found by calling every public function with None, bytes, text, lists, dicts, NaN and 1e19:
`solve(..., backend=b"x")` raised AttributeError ('supports_grammar'); `ask(..., max_new_tokens=None)` and
`Budget(max_steps="5")` a TypeError ('<' between str and int); `ask(..., context_length="5")` and
`summarize(..., context_length=[1])` a TypeError; `solve(..., family=[1])` "unhashable type"; any `deadline_s=1e19`
an OverflowError from the sandbox's select(); `Agent(model, tools=5)`, `ScriptedModel(None)`,
`KnowledgeBase.from_documents(5)` and `KnowledgeBase.load(None)` a TypeError.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import agentlib
from agentlib import Agent, Budget, Document, KnowledgeBase, ScriptedModel
from agentlib.errors import InputError
from agentlib.limits import MAX_DEADLINE_S

DOCUMENT = Document.from_text("The firm hired 12 people in 2021.")
NOT_MODELS = st.one_of(st.binary(max_size=4), st.integers(), st.floats(), st.text(max_size=12),
                       st.lists(st.integers(), max_size=2),
                       st.dictionaries(st.text(max_size=2), st.integers(), max_size=2))
NOT_COUNTS = st.one_of(st.none(), st.binary(max_size=4), st.text(max_size=4), st.floats(), st.booleans(),
                       st.lists(st.integers(), max_size=2), st.integers(max_value=-1))
PAST_A_WEEK = st.one_of(st.floats(MAX_DEADLINE_S * 1.01, 1e300), st.integers(int(MAX_DEADLINE_S) + 1, 10**40))

ENTRY_POINTS = {
    "solve": lambda **kw: agentlib.solve("Alice says Bob lies. Bob says Alice lies. Who lies?", **kw),
    "analyze": lambda **kw: agentlib.analyze("All cats purr. Tom is a cat. So Tom purrs.", **kw),
    "solve_math": lambda **kw: agentlib.solve_math("2+2", **kw),
    "ask": lambda **kw: agentlib.ask(DOCUMENT, "How many people did the firm hire?", **kw),
    "summarize": lambda **kw: agentlib.summarize(DOCUMENT, cache=False, **kw),
}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@settings(max_examples=15, deadline=None)
@given(backend=NOT_MODELS)
def test_a_backend_that_is_not_a_model_is_named(entry, backend):
    with pytest.raises(InputError, match="backend must be a TextModel"):
        ENTRY_POINTS[entry](backend=backend)


@pytest.mark.parametrize("entry", [*ENTRY_POINTS, "check_trace", "practice"])
@settings(max_examples=10, deadline=None)
@given(seconds=PAST_A_WEEK)
def test_a_deadline_past_a_week_is_refused(entry, seconds):
    calls = {**ENTRY_POINTS, "check_trace": lambda **kw: agentlib.check_trace("What is 2+2?", "2+2=4", **kw),
             "practice": lambda **kw: agentlib.practice("linear", count=1, **kw)}
    with pytest.raises(InputError, match="must be at most"):
        calls[entry](deadline_s=seconds)


@pytest.mark.parametrize("name", ["max_new_tokens", "max_tool_steps", "context_length"])
@settings(max_examples=15, deadline=None)
@given(value=NOT_COUNTS)
def test_an_ask_count_that_is_not_a_whole_number_is_named(name, value):
    if name == "max_tool_steps" and value == -1 or (name == "context_length" and value is None):
        return  # max_tool_steps may be 0 (not -1: drawn below); context_length None means the model's own
    with pytest.raises(InputError, match=name):
        agentlib.ask(DOCUMENT, "How many?", backend=ScriptedModel(["12 [P1]"]), **{name: value})


@settings(max_examples=15, deadline=None)
@given(value=NOT_COUNTS.filter(lambda v: v is not None))
def test_a_summary_context_that_is_not_a_whole_number_is_named(value):
    with pytest.raises(InputError, match="context_length"):
        agentlib.summarize(DOCUMENT, cache=False, context_length=value, backend=ScriptedModel(["x [P1]."]))


@pytest.mark.parametrize("name", ["max_steps", "max_tokens", "max_new_tokens", "max_repairs", "think_tokens"])
@settings(max_examples=15, deadline=None)
@given(value=NOT_COUNTS.filter(lambda v: v is not None))
def test_a_budget_count_that_is_not_a_whole_number_is_named(name, value):
    with pytest.raises(InputError, match=f"Budget.{name}"):
        Budget(**{name: value})


@settings(max_examples=15, deadline=None)
@given(family=st.one_of(st.lists(st.text(max_size=3), max_size=2), st.dictionaries(st.text(max_size=2), st.integers()),
                        st.integers(), st.binary(max_size=3), st.text(min_size=200, max_size=400)))
def test_a_family_that_is_not_a_known_name_is_named(family):
    with pytest.raises(InputError, match="unknown puzzle family") as caught:
        agentlib.solve("Alice says Bob lies.", family=family)
    assert len(str(caught.value)) < 1_000


@settings(max_examples=15, deadline=None)
@given(value=st.one_of(st.none(), st.integers(), st.floats(), st.booleans(), st.binary(max_size=3),
                       st.lists(st.integers(), min_size=1, max_size=3)))
def test_containers_that_are_not_lists_of_the_right_things_are_named(value):
    with pytest.raises(InputError, match="ScriptedModel needs a list of reply strings"):
        ScriptedModel(value)
    if value is not None:  # None: the built-in tools
        with pytest.raises(InputError, match="tools must be a list|a tool must be a typed function"):
            Agent(ScriptedModel(["<answer>4</answer>"]), tools=value)
    with pytest.raises(InputError, match="Document objects"):
        KnowledgeBase.from_documents(value)
    if not isinstance(value, bytes | list):
        with pytest.raises(InputError, match="knowledge base folder must be"):
            KnowledgeBase.load(value)
