"""A product of two matrices written out ("[[1, 2], [3, 4]] * [[0, 1], [1, 0]]", "multiply A by B", "what is A B"),
over fresh sizes that chain and fresh entries, against the row-by-column sums computed here; sizes that do not chain
abstain."""

import random

import pytest

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression


def _matrix(rng: random.Random, rows: int, cols: int) -> list[list[int]]:
    return [[rng.randint(-9, 9) for _ in range(cols)] for _ in range(rows)]


def _written(m: list[list[int]]) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, row)) + "]" for row in m) + "]"


@pytest.mark.parametrize("seed", range(12))
def test_a_product_of_two_matrices_is_row_by_column(seed):
    rng = random.Random(seed)
    n, m, p = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4)
    a, b = _matrix(rng, n, m), _matrix(rng, m, p)
    expected = [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
    text = rng.choice([f"{_written(a)} * {_written(b)}", f"multiply {_written(a)} by {_written(b)}",
                       f"what is {_written(a)} times {_written(b)}", f"calculate {_written(a)}{_written(b)}"])
    result = solve_math(text)
    assert result.verified and result.value["kind"] == "matrix", (text, result.reason)
    found = [[int(parse_expression(c)) for c in row] for row in result.value["rows"]]
    assert found == expected, (text, result.answer)


def test_sizes_that_do_not_chain_abstain():
    result = solve_math("[[1, 2], [3, 4]] * [[1, 2, 3]]")
    assert not result.verified and result.failure == "not_understood"
