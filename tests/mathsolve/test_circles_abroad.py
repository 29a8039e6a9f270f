"""A circle's area or perimeter from its radius or diameter asked in Portuguese, Italian, Chinese and Spanish (with
its opening "¿"), as French and German are: "Qual é a área de um círculo de raio 3?", "Qual è l'area di un cerchio di
raggio 2?", "半径为3的圆的面积是多少？", "¿Cuál es el área de un círculo de radio 3?" (each abstained on its words).
Fresh sizes, measures and wordings; the answer is checked against the textbook formula with SymPy."""

from __future__ import annotations

import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import solve_math
from agentlib.tools.safe_math import parse_expression

# (wording with {m} measure and {k} kind and {n} size, {measure: key}, {kind: key})
WORDINGS = [
    ("Qual é a {m} de um círculo de {k} {n}?", {"área": "area", "perímetro": "perimeter"},
     {"raio": "radius", "diâmetro": "diameter"}),
    ("Calcule o {m} de um círculo com {k} {n}", {"perímetro": "perimeter"}, {"raio": "radius", "diâmetro": "diameter"}),
    ("Qual è l'{m} di un cerchio di {k} {n}?", {"area": "area"}, {"raggio": "radius", "diametro": "diameter"}),
    ("Calcola la {m} di un cerchio con {k} {n}", {"circonferenza": "perimeter"},
     {"raggio": "radius", "diametro": "diameter"}),
    ("{k}为{n}的圆的{m}是多少？", {"面积": "area", "周长": "perimeter"}, {"半径": "radius", "直径": "diameter"}),
    ("¿Cuál es el {m} de un círculo de {k} {n}?", {"área": "area", "perímetro": "perimeter"},
     {"radio": "radius", "diámetro": "diameter"}),
]


@given(st.sampled_from(WORDINGS), st.integers(1, 500), st.data())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_circle_asked_abroad(wording, size, data):
    text, measures, kinds = wording
    measure = data.draw(st.sampled_from(sorted(measures)))
    kind = data.draw(st.sampled_from(sorted(kinds)))
    radius = sympy.Integer(size) if kinds[kind] == "radius" else sympy.Rational(size, 2)
    expected = sympy.pi * radius**2 if measures[measure] == "area" else 2 * sympy.pi * radius
    request = text.format(m=measure, k=kind, n=size)
    result = solve_math(request)
    assert result.status == "verified", (request, result.reason)
    assert sympy.simplify(parse_expression(str(result.answer)) - expected) == 0, (request, result.answer)
