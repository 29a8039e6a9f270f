"""Hard limits and typed input errors of `solve` (issues 15 and 18): each test names the defect it pins."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

import agentlib
from agentlib.errors import InputError
from agentlib.puzzles.lookalike import describe_scripts, find_lookalikes
from agentlib.puzzles.solve import LookalikeNames, ProblemTypeError
from agentlib.tools import constraints as cl


def kk_puzzle(names: list[str], statements: list[str]) -> str:
    return (f"An island is inhabited only by knights and knaves. You meet {len(names)} inhabitants: "
            f"{', '.join(names[:-1])}, and {names[-1]}. {' '.join(statements)} So who is a knight and who is a knave?")


@pytest.mark.parametrize("bad, type_name", [(None, "NoneType"), (b"Ann is a knight.", "bytes"), (123, "int"),
                                            (["text"], "list")])
def test_bug_solve_of_a_non_string_said_the_problem_is_empty(bad, type_name):
    with pytest.raises(ProblemTypeError, match=f"must be text \\(str\\), not {type_name}") as error:
        agentlib.solve(bad)
    assert isinstance(error.value, InputError) and isinstance(error.value, TypeError)


def test_bug_lookalike_names_were_two_people_without_a_word():
    text = kk_puzzle(["Ann", "Bob"], ['Ann said, "Bob is a knave."', 'Bob said, "\u0410nn is a knight."'])
    with pytest.raises(LookalikeNames) as error:
        agentlib.solve(text)
    message = str(error.value)
    assert "Cyrillic \u0410 + Latin nn" in message and "Latin Ann" in message


def test_lookalike_finder_names_scripts_and_leaves_plain_text_alone():
    assert describe_scripts("\u0410nn") == "Cyrillic \u0410 + Latin nn"
    assert find_lookalikes("Zoë met Chloé and Ann; naïve Ann.") == []
    pair = [f for f in find_lookalikes("Bob and B\u03bf\u0432") if len(f.words) == 1]
    assert pair and "Greek" in pair[0].scripts[0] and "Cyrillic" in pair[0].scripts[0]


def test_bug_non_ascii_digits_were_read_as_numbers():
    spec = {"variables": {"n": "Int"}, "constraints": [{"label": "a", "expr": "n == \u09ea"}]}  # Bengali four
    with pytest.raises(cl.SpecError, match="unexpected character"):
        cl.check(spec)
    assert cl.model({"variables": {"n": "Int"}, "constraints": [{"label": "a", "expr": "n == 4"}]}).values == {"n": 4}


def test_bug_exactly_six_of_twelve_names_made_a_spec_too_long_and_solve_errored():
    names = ["Ann", "Bob", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lu"]
    statements = [f'Ann said, "Exactly six of {", ".join(names[:-1])} and Lu are knights."']
    statements += [f'{a} said, "{b} is a knave."' for a, b in zip(names[1:], names[2:] + ["Bob"])]
    verdict = agentlib.solve(kk_puzzle(names, statements))
    assert verdict.status in ("verified", "abstained") and verdict.failure != "error"
    # a count over many more people than that still ends with a verdict, never an exception
    many = [f"P{i}" for i in range(400)]
    verdict = agentlib.solve(kk_puzzle(many, [f'P0 said, "Exactly 200 of {", ".join(many[:-1])} and P399 are knights."']))
    assert verdict.status == "abstained"


def test_bug_a_huge_puzzle_ran_without_a_deadline():
    names = [f"P{i}" for i in range(5_000)]  # under the size limit (a megabyte is refused at once), over the deadline
    statements = [f'{names[i]}: "{names[i + 1]} is a knight."' for i in range(len(names) - 1)]
    start = time.monotonic()
    verdict = agentlib.solve(kk_puzzle(names, statements), deadline_s=2.0)
    elapsed = time.monotonic() - start
    assert verdict.status == "abstained" and verdict.failure == "deadline", verdict.reason
    assert elapsed < 2.0 + 2.0
    # the worker was replaced: the next call answers normally
    small = kk_puzzle(["Ann", "Bob"], ['Ann said, "Bob is a knave."', 'Bob said, "Ann is a knave or I am a knave."'])
    assert agentlib.solve(small).verified


@pytest.mark.parametrize("deadline", [0, -1, float("nan"), float("inf")])
def test_bad_deadlines_are_input_errors(deadline):
    with pytest.raises(InputError, match="deadline_s"):
        agentlib.solve("All men are mortal. Socrates is a man. Is Socrates mortal?", deadline_s=deadline)


def test_bug_solve_of_binary_stdin_abstained_instead_of_saying_not_utf8():
    with open("/bin/ls", "rb") as handle:
        result = subprocess.run([sys.executable, "-m", "agentlib", "solve", "-"], stdin=handle, capture_output=True,
                                text=True, timeout=120)
    assert result.returncode == 2 and result.stderr.strip() == "error: standard input is not UTF-8 text"


def test_puzzle_modules_do_not_import_the_eval_harness():
    code = ("import sys, agentlib.puzzles.knights, agentlib.puzzles.folio, agentlib.puzzles.deduction, "
            "agentlib.puzzles.prontoqa, agentlib.puzzles.proofwriter, agentlib.puzzles.solve; "
            "print(sorted(m for m in sys.modules if m.startswith(('agentlib.evals', 'agentlib.commands'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
