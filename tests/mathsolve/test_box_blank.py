"""One box to fill in an equation ("□ 안에 알맞은 수를 써넣으세요. 27 + □ = 45"): fresh equations with the box on
either side of each operator, under instructions in Korean, English, Japanese and Chinese, solved exactly; a box
that may stand for a digit or a sign, two boxes, or a letter beside the box is not read."""

import random
from fractions import Fraction

import pytest

from agentlib import solve_math

_INSTRUCTIONS = [
    "□ 안에 알맞은 수를 써넣으세요. {}", "□ 안에 알맞은 수를 써넣으시오: {}", "{}에서 □ 안에 들어갈 수는?",
    "빈칸에 알맞은 수를 구하시오. {}", "Fill in the box: {}", "□にあてはまる数を求めなさい。{}", "□里应填几？{}",
]
_SIGNS = {"+": ["+"], "-": ["-", "−"], "*": ["×", "*"], "/": ["÷", "/"]}


def _equation(rng: random.Random) -> tuple[str, Fraction]:
    """An equation `a op b = c` with the box in place of a or b, and the box's value."""
    op = rng.choice(sorted(_SIGNS))
    a, b = rng.randint(1, 60), rng.randint(1, 12)
    c = {"+": Fraction(a + b), "-": Fraction(a - b), "*": Fraction(a * b), "/": Fraction(a, b)}[op]
    if op == "/":
        a, c = a * b, Fraction(a)  # whole quotients, as workbooks write them
    boxed_first = rng.random() < 0.5
    left = f"□ {rng.choice(_SIGNS[op])} {b}" if boxed_first else f"{a} {rng.choice(_SIGNS[op])} □"
    return f"{left} = {c}", Fraction(a if boxed_first else b)


@pytest.mark.parametrize("seed", range(3))
def test_fresh_boxes_to_fill(seed):
    rng = random.Random(f"box {seed}")
    for _ in range(10):
        equation, value = _equation(rng)
        text = rng.choice(_INSTRUCTIONS).format(equation)
        result = solve_math(text)
        assert result.verified, (text, result.reason)
        assert [Fraction(v) for v in result.value["values"]] == [value], (text, result.answer)


@pytest.mark.parametrize("text", [
    "□ 안에 알맞은 수를 써넣으세요. 3□ + 15 = 52",  # a digit to fill in
    "□ 안에 알맞은 수를 써넣으세요. 3 □ 4 = 7",  # a sign to fill in
    "□ 안에 알맞은 수를 써넣으세요. □ + □ = 10",  # two boxes
    "□ 안에 알맞은 수를 써넣으세요. x + □ = 10",  # a letter too
    "□ 안에 알맞은 수를 써넣으세요. □ + 3 = 10 = 2 + 8",  # two equals signs
])
def test_boxes_that_are_not_one_number_to_find_are_not_read(text):
    assert solve_math(text).status != "verified", text
