"""`Session.add_messages` takes any iterable of message dicts and answers anything else with one `InputError`.

Regressions: `add_messages(None)` and `add_messages(5)` raised a raw TypeError, and a generator of messages was spent
by the type check, so none of them were added. No model runs here: adding messages only checks and stores them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("torch")

from agentlib.engine.session import Session  # noqa: E402
from agentlib.errors import InputError  # noqa: E402

MESSAGES = st.lists(st.fixed_dictionaries({"role": st.sampled_from(["system", "user", "assistant"]),
                                           "content": st.text(min_size=1, max_size=20).filter(str.strip)}),
                    min_size=1, max_size=6)


@settings(max_examples=20, deadline=None)
@given(MESSAGES, st.sampled_from([list, tuple, iter, lambda ms: (m for m in ms)]))
def test_any_iterable_of_messages_is_added_whole(messages, container):
    session = Session(model=None, tokenizer=None)  # type: ignore[arg-type]
    session.add_messages(container(messages))
    assert session.messages == messages


@settings(max_examples=20, deadline=None)
@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=4), st.text(max_size=10),
                 st.fixed_dictionaries({"role": st.just("user"), "content": st.just("hi")})))
def test_something_that_is_not_a_list_of_messages_is_named(value):
    session = Session(model=None, tokenizer=None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="add_messages takes a list of dicts"):
        session.add_messages(value)
    assert session.messages == []
