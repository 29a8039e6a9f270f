"""Every agentlib error message is at most `MAX_MESSAGE_CHARS` long, whatever input it echoes.

Regression: `practice("x" * 1_000_000)` raised an InputError of a megabyte (the topic echoed whole), and so did an
unknown backend spec; a program logging the error, or the CLI printing it as its one line, got the whole input back.
"""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import agentlib.errors as errors
from agentlib import load_backend, practice
from agentlib.errors import MAX_MESSAGE_CHARS, AgentlibError, InputError

_KINDS = [errors.InputError, errors.ConfigError, errors.CheckpointError, errors.ModelUnavailable, errors.ToolFailure,
          errors.DeadlineReached, errors.BudgetExhausted, errors.DependencyMissing, errors.ModelRetry]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_KINDS), st.text(min_size=1, max_size=30), st.integers(0, 3 * MAX_MESSAGE_CHARS))
def test_a_message_is_cut_at_the_bound_and_says_its_length(kind, piece, length):
    message = (piece * (length // len(piece) + 1))[:length]
    error = kind(message)
    if len(message) <= MAX_MESSAGE_CHARS:
        assert str(error) == message
    else:
        assert str(error) == f"{message[:MAX_MESSAGE_CHARS]}... ({len(message):,} characters)"
    assert type(pickle.loads(pickle.dumps(error))) is kind  # the sandbox sends errors back pickled


@pytest.mark.parametrize("call", [lambda text: practice(text), lambda text: load_backend(text)])
@pytest.mark.parametrize("length", [10_000, 1_000_000])
def test_an_echoed_input_does_not_make_a_long_message(call, length):
    with pytest.raises(InputError) as caught:
        call("x" * length)
    assert isinstance(caught.value, AgentlibError) and len(str(caught.value)) <= MAX_MESSAGE_CHARS + 40
