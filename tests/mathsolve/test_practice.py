"""Practice problems: distinct, and every stated answer re-verified here by a third route.

The generator already keeps only problems whose built answer and the solver's independent answer agree;
this test re-checks each answer with `agentlib.evals.practice_check.recheck`, a method of its own per topic
(substitution, expansion, numeric differentiation, quadrature, matrix products, partial sums), never the
solver's. `python -m agentlib.evals.practice_check --count 200` does the same at scale.
"""

import random

import pytest

from agentlib import practice
from agentlib.errors import InputError
from agentlib.llm import ScriptedModel
from agentlib.evals.practice_check import recheck
from agentlib.mathsolve.practice import TOPICS, generate


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("level", ["beginner", "advanced"])
def test_generated_problems_are_distinct_and_their_answers_hold(topic, level):
    items = generate(topic, 6, level, seed=3)
    assert len(items) == 6
    assert len({i["problem"] for i in items}) == 6
    for item in items:
        assert recheck(topic, item), item


def test_practice_through_the_sandbox_is_seeded():
    first = practice("quadratic", count=4, level="intermediate", seed=11)
    again = practice("quadratic", count=4, level="intermediate", seed=11)
    assert [p.problem for p in first] == [p.problem for p in again] and len(first) == 4
    assert all(p.source == "generated" and p.checks for p in first)


def test_model_written_problems_are_kept_only_when_sympy_confirms_them():
    reply = ("Problem: Solve x^2 - 5x + 6 = 0.\nAnswer: 2, 3\n"
             "Problem: Solve x^2 - 4 = 0.\nAnswer: 2, 5\n"  # a wrong stated answer
             "Problem: Solve 3x + 1 = 10.\nAnswer: 3\n")
    problems = practice("quadratic", count=3, level="beginner", seed=2, backend=ScriptedModel([reply]))
    sources = [p.source for p in problems]
    assert sources.count("model") == 2 and len(problems) == 3
    assert "Solve x^2 - 4 = 0." not in [p.problem for p in problems]


@pytest.mark.parametrize("arguments", [{"topic": "poetry"}, {"topic": "linear", "count": 0},
                                       {"topic": "linear", "level": "expert"}, {"topic": "linear", "count": 10**6}])
def test_bad_practice_arguments_are_input_errors(arguments):
    with pytest.raises(InputError):
        practice(**arguments)


def test_rng_is_not_shared_between_topics():
    random.seed(0)
    assert generate("linear", 2, "beginner", seed=5) == generate("linear", 2, "beginner", seed=5)
