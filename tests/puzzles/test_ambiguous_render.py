"""An ambiguous puzzle's rendering says what the solutions share in words (regression: the shared names were
printed as a Python list, "undetermined: ['A', 'B']")."""

from agentlib import solve
from agentlib.puzzles.verdict import Verdict, format_answer


def test_nested_lists_in_a_shared_dict_render_as_words():
    shared = {"certainly not": ["Bob"], "undetermined": ["Ann", "Cy"]}
    assert format_answer(shared) == "certainly not: Bob; undetermined: Ann, Cy"


def test_an_ambiguous_who_names_the_open_candidates_without_reprs():
    verdict = solve("Ann is older than Bob. Cy is older than Bob. Who is the oldest?")
    assert verdict.status == "abstained" and verdict.failure == "ambiguous"
    assert verdict.shared == {"certainly not": ["Bob"], "undetermined": ["Ann", "Cy"]}
    text = verdict.render()
    assert "across the solutions: certainly not: Bob; undetermined: Ann, Cy" in text
    assert "it holds for Ann or Cy in some solutions and not in others" in text
    assert "[" not in text.split("reason:")[1].split("\n")[0]
    assert Verdict.from_dict(verdict.to_dict()).render() == text
