"""A LaTeX matrix typed without `$` ("inverse of \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "...의 역행렬")
is one formula. Regression: outside `$...$` the environment's words ("pmatrix") were unknown words and the request
abstained. Matrices are drawn fresh; the expected answer is computed here by SymPy."""

from __future__ import annotations

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


def _latex(rows: list[list[int]], env: str) -> str:
    body = r" \\ ".join(" & ".join(str(v) for v in row) for row in rows)
    return rf"\begin{{{env}}} {body} \end{{{env}}}"


@given(st.integers(2, 3).flatmap(lambda n: st.lists(st.lists(st.integers(-5, 5), min_size=n, max_size=n),
                                                    min_size=n, max_size=n)),
       st.sampled_from(["pmatrix", "bmatrix"]),
       st.sampled_from(["determinant of {m}", "{m}의 행렬식", "det {m}", "inverse of {m}", "{m}의 역행렬"]))
@settings(max_examples=25, deadline=None, derandomize=True)
def test_a_bare_latex_matrix_is_read_as_one_formula(rows, env, request):
    matrix = sp.Matrix(rows)
    text = request.format(m=_latex(rows, env))
    result = solve_math(text)
    if "inverse" in request or "역행렬" in request:
        if matrix.det() == 0:
            assert result.status != "verified" or "not invertible" in (result.reason or ""), text
            return
        expected = matrix.inv()
        assert result.status == "verified", (text, result.reason)
        assert sp.Matrix(sp.sympify(result.answer.replace("^", "**"))) == expected, (text, result.answer)
    else:
        assert result.status == "verified", (text, result.reason)
        assert sp.sympify(result.answer) == matrix.det(), (text, result.answer)
