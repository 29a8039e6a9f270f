"""The sentence splitter's last-word reader agrees with the anchored regexes it replaced, in linear time.

`re.search(r"(\\w+)$", s)` tries every start and took a minute on one 20,000-letter word; the reader scans the
reversed text instead. Property: the same answers as the regexes on random strings of words, spaces and
punctuation.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.text import _last_word, split_sentences

TEXTS = st.text(alphabet=st.sampled_from(list("abAB1_ .,!?'-é")), max_size=30)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_the_last_word_is_the_anchored_regex_match(text):
    word = re.search(r"(\w+)$", text)
    assert _last_word(text) == (word.group(1) if word else None)
    before = re.search(r"(\w+)\W+$", text)
    assert _last_word(text, after_gap=True) == (before.group(1) if before else None)


def test_a_very_long_word_is_split_like_a_short_one():
    assert split_sentences("A" * 50_000 + " is tall. Is it tall?") == ["A" * 50_000 + " is tall.", "Is it tall?"]
    assert split_sentences("Dr. Ann met J. R. Smith. Is Ann a doctor?")[-1] == "Is Ann a doctor?"
