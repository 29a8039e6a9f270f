"""Planted slips (`agentlib.checking.slips`) and their measure (`agentlib.evals.perturb`) on generated stories:
plantings land where they say, gold traces pass, figures repeat under a seed, and the script's half split."""

import json
import random
import subprocess
import sys

import pytest

from agentlib.checking.checker import check_trace
from agentlib.checking.slips import KINDS, STYLES, Solution, near_miss, plant, restyle
from agentlib.errors import InputError
from agentlib.evals.perturb import evaluate_checker, load

_NAMES = ["Rosa", "Omar", "Lena", "Kofi", "Maya", "Ivan", "Noor", "Tariq"]
_GOODS = [("notebooks", "notebook"), ("pencils", "pencil"), ("mugs", "mug"), ("kites", "kite")]


def _story(rng: random.Random) -> dict:
    """A GSM8K-format record (calculator annotations, a "#### N" line) of a fresh shopping story."""
    name, (goods, one) = rng.choice(_NAMES), rng.choice(_GOODS)
    count, price, extra, paid = rng.randint(3, 19), rng.randint(2, 15), rng.randint(2, 9), rng.choice([200, 500, 1000])
    cost, total = count * price, count * price + extra
    question = (f"{name} buys {count} {goods} at ${price} per {one} and pays ${extra} for a bag. "
                f"{name} pays with ${paid}. How much change does {name} get?")
    answer = (f"The {goods} cost {count}*{price} = $<<{count}*{price}={cost}>>{cost}\n"
              f"With the bag {name} spends {cost}+{extra} = $<<{cost}+{extra}={total}>>{total}\n"
              f"The change is {paid}-{total} = $<<{paid}-{total}={paid - total}>>{paid - total}\n#### {paid - total}")
    return {"question": question, "answer": answer}


@pytest.fixture
def solutions(tmp_path):
    rng = random.Random(11)
    (tmp_path / "test.jsonl").write_text("\n".join(json.dumps(_story(rng)) for _ in range(12)) + "\n")
    return load(tmp_path)


def test_gsm8k_steps_drop_annotations_and_end_in_the_answer(solutions):
    assert solutions[0].steps[0].startswith("The ") and "<<" not in solutions[0].steps[0]
    assert solutions[0].steps[-1].startswith("The answer is ")
    assert all("<<" not in s for sol in solutions for s in sol.steps)
    assert all(len(sol.annotated) == len(sol.steps) for sol in solutions)


@pytest.mark.parametrize("kind", KINDS)
def test_each_planting_changes_exactly_the_steps_it_names(solutions, kind):
    rng = random.Random(1)
    planted_any = False
    for solution in solutions:
        planted = plant(solution, kind, rng)
        if planted is None:
            continue
        planted_any = True
        steps, index = planted
        assert steps[:index] == solution.steps[:index]
        assert steps[index] != solution.steps[index]
        if kind == "result":
            assert steps[index + 1:] == solution.steps[index + 1:]
    assert planted_any


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
    assert first["result_caught"] == first["result_planted"] == 12  # every changed result is recomputed
    assert first["answer_caught"] == first["answer_planted"] == 12  # every changed answer is one nothing computed


def test_a_carried_result_is_flagged_at_its_step_with_its_source():
    problem = "Two thirds of Lia's kittens are tabbies. If there are 7 tabby girls, and a third of the tabbies are girls, how many kittens does Lia have?"
    solution = Solution(problem, ["Lia has 7*3=21 tabbies.", "Lia has 21/2*3=31.5 kittens."], [])
    assert check_trace(problem, solution.steps).first_error_step is None
    report = check_trace(problem, [solution.steps[0], "Lia has 12/2*3=18 kittens."])
    assert report.first_error_step == 2 and report.steps[1].flagged[0].source == "step 1: computed 21"


def test_missing_or_unknown_data_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load(tmp_path)
    (tmp_path / "test.jsonl").write_text('{"x": 1}\n')
    with pytest.raises(InputError):
        load(tmp_path)
    (tmp_path / "test.jsonl").write_text("[" * 100_000 + "\n")
    with pytest.raises(InputError):
        load(tmp_path)


@pytest.mark.parametrize("style, expected", [
    ("latex", r"so that’s \( 2 \times 7.50 = 15.00 \)"),
    ("words", "so that’s 2 times 7.50 is $15.00"),
])
def test_restyle_rewrites_only_arithmetic_runs(style, expected):
    assert restyle("2 kites are $7.50 each so that’s 2*7.50 = $15.00", style).endswith(expected)
    assert restyle("x+2x+3x=180", style) == "x+2x+3x=180"
    assert restyle("(30 - 12)/2 = 18/2 = 9 eggs", style) == "(30 - 12)/2 = 18/2 = 9 eggs"  # a chain stays whole


@pytest.mark.parametrize("style", STYLES)
def test_gold_passes_and_plain_slips_are_caught_in_every_style(solutions, style):
    figures = evaluate_checker(solutions, seed=5, style=style)
    assert figures["gold_false_alarms"] == 0
    assert figures["result_caught"] == figures["result_planted"] > 0


def test_the_script_splits_halves_and_refuses_to_show_blind_items(tmp_path):
    rng = random.Random(4)
    (tmp_path / "test.jsonl").write_text("\n".join(json.dumps(_story(rng)) for _ in range(8)) + "\n")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "agentlib.evals.perturb", "--data", str(tmp_path), *args],
                              capture_output=True, text=True, timeout=300)

    counts = {}
    for half in ("tuning", "blind"):
        result = run("--half", half, "--limit", "8")
        assert result.returncode == 0, result.stderr
        counts[half] = int(result.stdout.splitlines()[0].split(": ")[1])
    assert counts["tuning"] + counts["blind"] == 8 and min(counts.values()) > 0
    refused = run("--half", "blind", "--show", "gold")
    assert refused.returncode == 2 and refused.stderr.startswith("error: --show prints items")
