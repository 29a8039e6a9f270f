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
    assert verdict.shared == {"certainly not": ["Bob"], "undetermined": ["Ann", "Cy"], "exactly 1 of": ["Ann", "Cy"]}
    text = verdict.render()
    assert "across the solutions: certainly not: Bob; undetermined: Ann, Cy; exactly 1 of: Ann, Cy" in text
    assert "it holds for Ann or Cy in some solutions and not in others" in text
    assert "[" not in text.split("reason:")[1].split("\n")[0]
    assert Verdict.from_dict(verdict.to_dict()).render() == text


def test_what_every_solution_shares_is_said_when_no_single_answer_is_forced():
    verdict = solve('Knights always tell the truth and knaves always lie. A says "B is a knave." '
                    'B says "A is a knave." Who is the knight?')
    assert verdict.status == "abstained" and verdict.shared["exactly 1 of"] == ["A", "B"]
    open_count = solve("Ann is older than Bob. Who is older than Cy?")
    assert open_count.status == "abstained" and not any(k.startswith("exactly") for k in open_count.shared)
