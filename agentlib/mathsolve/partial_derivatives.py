"""Partial derivatives written with ∂ or named in words: "∂/∂x of x^2 y", "∂f/∂y if f = x^2 y^3", "partial
derivative of x^2 y^3 with respect to y", "x에 대해 편미분하시오", "y에 대한 편도함수".

A partial derivative with respect to one named variable is the ordinary derivative with every other letter held
constant, which is how the reader already differentiates "d/dy (x^2 y^3)". So the request is respelled as that
derivative: ∂/∂v as d/dv, ∂f/∂v as df/dv, the words "partial derivative" / 편미분 / 편도함수 as derivative / 미분 /
도함수. Only when the variable is named exactly once (∂/∂v, "with respect to v", "v에 대해"): a partial derivative
with no variable named ("the partial derivative of x^2 y") is left as typed and abstains, as are second-order
and mixed partials (∂²f/∂x∂y), which this respelling does not cover.
"""

from __future__ import annotations

import re

_SYMBOL = re.compile(r"∂\s*([A-Za-z]?)\s*/\s*∂\s*([A-Za-z])(?![A-Za-z∂])")
_HIGHER = re.compile(r"∂\s*(?:²|\^)|∂\s*[A-Za-z]\s*∂")
_WORDS = ((re.compile(r"\bpartial\s+derivatives?\b", re.IGNORECASE), "derivative"),
          (re.compile(r"\bpartially\s+differentiate\b", re.IGNORECASE), "differentiate"),
          (re.compile(r"편미분"), "미분"), (re.compile(r"편도함수"), "도함수"))
_NAMED_VARIABLE = re.compile(r"\b(?:with\s+respect\s+to|w\.?r\.?t\.?)\s+([A-Za-z])\b|(?<![A-Za-z])([A-Za-z])\s?에\s?"
                             r"(?:대해서?|대하여|대한|관하여|관한)", re.IGNORECASE)


def spell_partial_derivatives(text: str) -> str:
    """`text` with a first-order partial derivative in one named variable written as the ordinary derivative."""
    symbols = _SYMBOL.findall(text)
    worded = [pattern for pattern, _ in _WORDS if pattern.search(text)]
    if not symbols and not worded:
        return text
    if _HIGHER.search(text):
        return text
    variables = {variable for _, variable in symbols}
    variables |= {a or b for a, b in _NAMED_VARIABLE.findall(text)}
    if len(variables) != 1:
        return text
    text = _SYMBOL.sub(lambda m: f"d{m[1]}/d{m[2]}", text)
    for pattern, ordinary in _WORDS:
        text = pattern.sub(ordinary, text)
    return text
