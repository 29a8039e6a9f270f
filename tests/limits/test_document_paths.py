"""`load_document` (and `ask` / `summarize` given a path) answers any argument with one `InputError`.

Regressions: None, bytes, a number or a list as the path raised a raw TypeError from pathlib; the document's own
text passed as the path (a common slip for `ask(text, question)`) raised a raw OSError ("File name too long") once
it was longer than a file name, and every error echoed the whole "path" (a message of megabytes).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import ask, load_document, summarize
from agentlib.errors import InputError

_WORDS = st.sampled_from(["The", "cat", "sat", "on", "the", "mat.", "Revenue", "grew", "5%", "in", "2021."])


@settings(max_examples=30, deadline=None)
@given(st.one_of(st.none(), st.binary(max_size=20), st.integers(), st.floats(), st.lists(st.text(max_size=5))))
def test_a_path_that_is_not_text_is_an_input_error(path):
    with pytest.raises(InputError, match="must be a str or pathlib.Path, not"):
        load_document(path)


@settings(max_examples=30, deadline=None)
@given(st.lists(_WORDS, min_size=100, max_size=20_000).map(" ".join), st.sampled_from([" ", "\n"]))
def test_text_passed_as_a_path_says_so_in_a_short_message(text, joiner):
    text = text.replace(" ", joiner, 1)
    for call in (load_document, lambda t: ask(t, "What sat?"), lambda t: summarize(t, cache=False)):
        with pytest.raises(InputError, match="looks like text, not a path") as caught:
            call(text)
        assert len(str(caught.value)) < 600


@pytest.mark.parametrize("path", ["", "   ", "\t\n"])
def test_an_empty_path_is_named_as_empty_not_as_the_current_folder(path):
    with pytest.raises(InputError, match="path is empty"):
        load_document(path)
