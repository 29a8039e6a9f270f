"""Answer equivalence in the MATH style: formats a person writes against the solver's machine values."""

import pytest

from agentlib.mathsolve.equivalence import clean, equivalent


def expression(text):
    return {"kind": "expression", "expression": text}


@pytest.mark.parametrize("stated, value", [
    (r"\frac{9}{19}", expression("9/19")), (r"\frac9{19}", expression("9/19")), (r"\dfrac{17}{50}", expression("0.34")),
    (r"3\sqrt{13}", expression("3*sqrt(13)")), (r"8 \pi", expression("8*pi")), (r"76^\circ", expression("76")),
    (r"\$32", expression("32")), (".35625", expression("57/160")), (r"2\frac{1}{4}", expression("9/4")),
    (r"\boxed{-50}", expression("-50")), ("x = 5", expression("5")), (r"10\%", expression("10")),
    (r"p - q", expression("p - q")), (r"\text{(C)}", {"kind": "text", "text": "(C)"}),
    ("-2,1", {"kind": "solutions", "values": ["1", "-2"]}),
    (r"(-\infty, 2) \cup (3, \infty)", {"kind": "intervals", "parts": [["-oo", "2", True, True],
                                                                      ["3", "oo", True, True]]}),
    (r"\left( \frac{3}{2}, -13 \right)", {"kind": "systems", "variables": ["m", "b"],
                                          "solutions": [{"m": "3/2", "b": "-13"}]}),
    (r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", {"kind": "matrix", "rows": [["1", "2"], ["3", "4"]]}),
])
def test_equal_answers(stated, value):
    assert equivalent(stated, value) is True


@pytest.mark.parametrize("stated, value", [
    (r"\frac{9}{20}", expression("9/19")), ("2", expression("-2")), ("-2,1", {"kind": "solutions", "values": ["1"]}),
    ("(3,4]", {"kind": "intervals", "parts": [["3", "4", True, True]]}), ("3.14", expression("pi")),
    ("1, 2", {"kind": "solutions", "values": ["1.0000000000001", "2"], "approximate": True}),
])
def test_different_answers(stated, value):
    assert equivalent(stated, value) is False


def test_unreadable_stated_answers_are_none():
    assert equivalent(r"\text{the answer is blue}", expression("2")) is None
    assert clean(r"\boxed{3 \text{ cm}}") == "3"
