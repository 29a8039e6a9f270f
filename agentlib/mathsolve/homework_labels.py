"""Homework labels taken off the front of a request: "3) solve ...", "Q: ...", "Q2. ...", "Problem 4: ...", "문제 1.",
"Q1 (a)", "Question 3(c):", "2b)", "(a) solve ...", "아이 숙제인데 ...".

A label copied with the exercise names the exercise, not the mathematics; read into the formula it became a
letter to solve for ("Q: solve x^2 - 4x + 4 = 0" solved for Q: "no solution") or a stray parenthesis. A label is
only taken when it stands alone at the start and is followed by a space and more text, so "3.5 + 2", "2)" inside a
formula and "(2)(x + 1)" stay as written. The parenthesized form "(2) ..." is left alone: it can be a factor.
"""

from __future__ import annotations

import re

_WORD = r"(?:Q|Question|Problem|Exercise|Ex|문제|예제|問題?|题|Ejercicio|Aufgabe|Exercice)"
# A part of a numbered exercise, "(a)" or "b)": after a label word ("Q1 (a)", "Question 3(c):") it is a label;
# after a bare number ("1(a)") or alone ("(a)") it could be a product, 2·a, so it is taken only before a task word,
# or, alone, before a formula in which its letter is not used again.
_PART = r"(?:\s*\([a-h]\)|[a-h]\))\s*[:.]?"
_TASK = (r"(?:solve|find|simplify|factori[sz]e|factor|expand|evaluate|calculate|compute|what|how|differentiate|"
         r"integrate|work|determine|write|express|convert|round|show|use|given|if)\b")
_PART_AFTER_LABEL = re.compile(r"\s*(?:\([a-h]\)|[a-h]\))\s*[:.]?\s+(?=\S)", re.IGNORECASE)
_LONE_PART = re.compile(r"\s*\((?P<letter>[a-h])\)\s+(?=[0-9xyz(\[-])")
_LABEL = re.compile(
    rf"\s*(?:{_WORD}\s*\d{{1,3}}{_PART}|(?:\d{{1,3}}{_PART}|\([a-h]\)\s*[:.]?)(?=\s+{_TASK})|"
    rf"{_WORD}\s*\d{{0,3}}\s*[:.)]|{_WORD}\s+\d{{1,3}}|\d{{1,3}}\s*[.)]|[a-h]\))\s+(?=\S)",
    re.IGNORECASE)


# A parent's or sibling's lead-in, "아이 숙제인데 ..." ("it's my kid's homework, ..."): whose homework it is, not
# what to compute. Only the lead-in closed by its ending (인데, 예요, ...) is taken.
_KOREAN_LEAD_IN = re.compile(r"\s*(?:우리 )?(?:아이|애|딸|아들|동생|조카)(?:의)? (?:수학 )?숙제"
                             r"(?:인데요?|예요|에요|입니다|야)[,.]?\s+(?=\S)")


def strip_homework_label(text: str) -> str:
    """`text` without one leading exercise label ("3)", "Q:", "Problem 2.") or Korean homework lead-in ("아이
    숙제인데"), else unchanged."""
    match = _LABEL.match(text) or _KOREAN_LEAD_IN.match(text)
    if match is None:
        return _without_lone_part(text)
    rest = text[match.end():]
    part = _PART_AFTER_LABEL.match(rest)  # "Q10. (c) solve ...", "Q2: (a) x^2 = 4": the exercise, then its part
    return rest[part.end():] if part else rest


def _without_lone_part(text: str) -> str:
    """ "(b) x^2 = 4" without its part label: a formula follows and the letter is in no other place of it (b·x^2 = 4
    is not written with the factor in parentheses and a space); "(a) plus (b)" and "(b) 2b + 1" stay."""
    part = _LONE_PART.match(text)
    if part is None or part["letter"].lower() in text[part.end():].lower():
        return text
    return text[part.end():]
