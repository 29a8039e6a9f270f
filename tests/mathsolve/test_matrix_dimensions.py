"""A matrix introduced with its size ("the determinant of the 2x2 matrix [[1, 2], [3, 4]]"): the size drops when it
agrees with the matrix, checked against SymPy on fresh matrices; a size that disagrees is left and the request
abstains."""

import random

import pytest
import sympy as sp

import agentlib
from agentlib.mathsolve.matrix_dimensions import drop_matrix_size


@pytest.mark.parametrize("seed", range(3))
def test_a_determinant_of_a_sized_matrix(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.choice([2, 3])
    rows = [[rng.randint(-5, 5) for _ in range(n)] for _ in range(n)]
    sign = rng.choice(["x", "×", "X"])
    text = f"{rng.choice(['find the determinant of', 'determinant of'])} the {n}{sign}{n} matrix {rows}"
    result = agentlib.solve_math(text)
    assert (result.status, result.answer) == ("verified", str(sp.Matrix(rows).det())), (text, result.reason)


def test_a_size_that_disagrees_stays() -> None:
    text = "inverse of the 3x3 matrix [[1, 2], [3, 4]]"
    assert drop_matrix_size(text) == text
    assert agentlib.solve_math(text).status == "abstained"
