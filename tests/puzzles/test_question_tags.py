"""Tags after a question ("..., right?") are dropped only after a question of sentence length: the bound keeps a
long sentence with many "is" and no comma from being scanned to its end once per "is"."""

from __future__ import annotations

from agentlib.puzzles.english.question_tags import without_question_tags


def test_a_tag_after_a_question_is_dropped() -> None:
    assert without_question_tags("Who came in third, eh?") == "Who came in third?"
    assert without_question_tags("Is Ann taller than Bo, right?") == "Is Ann taller than Bo?"


def test_a_tag_is_looked_for_only_within_a_sentence_length_of_the_question_word() -> None:
    text = "Is " + "very " * 200 + "tall Ann taller than Bo, right?"
    assert without_question_tags(text) == text
