"""Synthetic errors: plantings land where they say, gold traces pass, figures repeat under a seed."""

import random
from pathlib import Path

import pytest

from agentlib.checking.checker import check_trace
from agentlib.checking.perturb import KINDS, STYLES, Solution, evaluate_checker, load, near_miss, plant, restyle
from agentlib.errors import InputError

DATA = Path(__file__).parent / "data" / "perturb"


@pytest.fixture
def solutions(tmp_path):
    (tmp_path / "test.jsonl").write_text((DATA / "gsm8k.jsonl").read_text())
    return load(tmp_path)


def test_gsm8k_steps_drop_annotations_and_end_in_the_answer(solutions):
    assert solutions[0].steps[0] == "2 subs are $7.50 each so that’s 2*7.50 = $15.00"
    assert solutions[0].steps[-1] == "The answer is 29."
    assert all("<<" not in s for sol in solutions for s in sol.steps)


@pytest.mark.parametrize("kind", KINDS)
def test_each_planting_changes_exactly_the_steps_it_names(solutions, kind):
    rng = random.Random(1)
    for solution in solutions:
        planted = plant(solution, kind, rng)
        if planted is None:
            continue
        steps, index = planted
        assert steps[:index] == solution.steps[:index]
        assert steps[index] != solution.steps[index]
        if kind == "result":
            assert steps[index + 1:] == solution.steps[index + 1:]


def test_near_miss_is_a_different_number_in_the_same_style():
    rng = random.Random(0)
    for value in ("15.00", "27", "1,250", "0.5"):
        for _ in range(30):
            new = near_miss(value, rng)
            assert float(new) != float(value.replace(",", ""))
            assert ("." in new) == ("." in value)


def test_figures_repeat_under_a_seed_and_gold_passes(solutions):
    first = evaluate_checker(solutions, seed=3)
    assert first == evaluate_checker(solutions, seed=3)
    assert first["gold_false_alarms"] == 0
    assert first["result_caught"] == first["result_planted"] > 0  # "2*7.50 = $16.00" is always caught


def test_carried_forward_value_is_caught_in_a_story_count_problem():
    # regression: count problems were not grounded, so a misread earlier result passed
    problem = "Two thirds of Jana's puppies are Pomeranians. If there are 6 Pomeranian girls, and one third of the Pomeranians are girls, how many puppies does Jana have?"
    solution = Solution(problem, ["Jana has 6*3=18 Pomeranians.", "Jana has 18/2*3=27 puppies."], [])
    assert check_trace(problem, solution.steps).first_error_step is None
    assert check_trace(problem, [solution.steps[0], "Jana has 68/2*3=102 puppies."]).first_error_step == 1


def test_missing_or_unknown_data_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load(tmp_path)
    (tmp_path / "test.jsonl").write_text('{"x": 1}\n')
    with pytest.raises(InputError):
        load(tmp_path)


@pytest.mark.parametrize("style, expected", [
    ("latex", r"so that’s \( 2 \times 7.50 = 15.00 \)"),
    ("words", "so that’s 2 times 7.50 is $15.00"),
])
def test_restyle_rewrites_only_arithmetic_runs(style, expected):
    assert restyle("2 subs are $7.50 each so that’s 2*7.50 = $15.00", style).endswith(expected)
    assert restyle("x+2x+3x=180", style) == "x+2x+3x=180"
    assert restyle("(30 - 12)/2 = 18/2 = 9 eggs", style) == "(30 - 12)/2 = 18/2 = 9 eggs"  # a chain stays whole


@pytest.mark.parametrize("style", STYLES)
def test_gold_passes_and_plain_slips_are_caught_in_every_style(solutions, style):
    figures = evaluate_checker(solutions, seed=5, style=style)
    assert figures["gold_false_alarms"] == 0
    assert figures["result_caught"] == figures["result_planted"] > 0
