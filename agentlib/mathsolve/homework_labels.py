"""Homework labels taken off the front of a request: "3) solve ...", "Q: ...", "Q2. ...", "Problem 4: ...", "문제 1.".

A label copied with the exercise names the exercise, not the mathematics; read into the formula it became a
letter to solve for ("Q: solve x^2 - 4x + 4 = 0" solved for Q: "no solution") or a stray parenthesis. A label is
only taken when it stands alone at the start and is followed by a space and more text, so "3.5 + 2", "2)" inside a
formula and "(2)(x + 1)" stay as written. The parenthesized form "(2) ..." is left alone: it can be a factor.
"""

from __future__ import annotations

import re

_WORD = r"(?:Q|Question|Problem|Exercise|Ex|문제|예제|問題?|题|Ejercicio|Aufgabe|Exercice)"
_LABEL = re.compile(
    rf"\s*(?:{_WORD}\s*\d{{0,3}}\s*[:.)]|{_WORD}\s+\d{{1,3}}|\d{{1,3}}\s*[.)]|[a-h]\))\s+(?=\S)",
    re.IGNORECASE)


def strip_homework_label(text: str) -> str:
    """`text` without one leading exercise label ("3)", "Q:", "Problem 2."), else unchanged."""
    match = _LABEL.match(text)
    return text[match.end():] if match else text
