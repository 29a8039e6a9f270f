"""Korean root phrases as the curriculum defines them: "a의 제곱근" = ±√a (both real square roots), "제곱근 a" and
"a의 양의 제곱근" = √a, "a의 음의 제곱근" = -√a, "a의 세제곱근" = every x with x³ = a (수학 I: -8의 세제곱근 is -2 and
1 ± √3i; answering -2 alone was the bug). Fresh numbers; expected values by SymPy here."""

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 400), st.sampled_from(["{n}의 제곱근은?", "{n}의 제곱근을 모두 구하시오"]))
def test_the_square_roots_of_a_number_are_both_signs(n, wording):
    result = solve_math(wording.format(n=n))
    assert result.status == "verified"
    roots = sorted(sp.sympify(v) for v in result.to_dict()["value"]["values"])
    assert roots == sorted([-sp.sqrt(n), sp.sqrt(n)])


@settings(max_examples=20, deadline=None, derandomize=True)
@given(st.integers(1, 400), st.sampled_from(["알려줘", "알려 줘", "좀 알려주세요", "얼마야", "뭐야"]),
       st.sampled_from(["", "?"]), st.sampled_from(["", "는 ", " "]))
def test_the_square_roots_asked_in_chat_are_both_signs(n, ask, mark, particle):
    text = f"{n}의 제곱근{particle}{ask}{mark}"
    result = solve_math(text)
    assert result.status == "verified", (text, result.reason)
    roots = sorted(sp.sympify(v) for v in result.to_dict()["value"]["values"])
    assert roots == sorted([-sp.sqrt(n), sp.sqrt(n)]), text


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 400), st.sampled_from([("제곱근 {n}", 1), ("{n}의 양의 제곱근", 1), ("{n}의 음의 제곱근을 구하시오", -1)]))
def test_one_named_square_root(n, ask):
    wording, sign = ask
    result = solve_math(wording.format(n=n))
    assert result.status == "verified"
    assert sp.simplify(sp.sympify(result.to_dict()["value"]["expression"]) - sign * sp.sqrt(n)) == 0


@settings(max_examples=10, deadline=None)
@given(st.integers(-30, 30).filter(bool))
def test_every_cube_root_complex_ones_included(k):
    result = solve_math(f"{k ** 3}의 세제곱근은?")
    assert result.status == "verified" and result.value["kind"] == "solutions", result.reason
    found = [sp.sympify(v.replace("i", "I")) for v in result.value["values"]]
    unity = [sp.Integer(1), (-1 + sp.sqrt(3) * sp.I) / 2, (-1 - sp.sqrt(3) * sp.I) / 2]
    assert len(found) == 3 and all(any(sp.simplify(f - k * w) == 0 for f in found) for w in unity), found


def test_a_negative_number_has_no_real_square_root():
    assert solve_math("-4의 제곱근").answer == "no solution"
