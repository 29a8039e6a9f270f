"""Arrangements of the letters of a word: "how many ways can you arrange the letters of BANANA", "how many distinct
permutations of the letters in LETTER are there", "MISSISSIPPI의 문자를 일렬로 배열하는 경우의 수는?".

A word of n letters in which the distinct letters appear c₁, c₂, ... times has n!/(c₁!·c₂!·...) different
orders: swapping two equal letters gives the same string, so each string is counted c₁!·c₂!·... times among
the n! orders of the positions. The question counts strings (equal letters cannot be told apart), as every
textbook reads it; letters are compared without case (Banana has three a's). The result is an `evaluate`
request of that quotient of factorials, with a note naming the letter counts.
"""

from __future__ import annotations

import re
from collections import Counter

from agentlib.mathsolve.everyday_formulas import Worded, plain_request

_WORD = r"[\"'“”‘’]?([a-z]{2,20})[\"'“”‘’]?"
_DISTINCT = r"(?:distinct |different |unique )?"
_LETTERS_OF = rf"the letters (?:of|in) (?:the word )?{_WORD}"
_SHAPES = [re.compile(shape) for shape in (
    rf"(?:in )?how many {_DISTINCT}ways (?:are there |can you |can i |can we |is it possible )?(?:to )?"
    rf"(?:arrange|rearrange|order) {_LETTERS_OF}",
    rf"(?:in )?how many {_DISTINCT}ways can {_LETTERS_OF} be (?:arranged|rearranged|ordered)",
    rf"how many {_DISTINCT}(?:arrangements|permutations|rearrangements)(?: are there)? (?:of|for) {_LETTERS_OF}"
    r"(?: are there)?",
    rf"how many {_DISTINCT}(?:arrangements|permutations|rearrangements) (?:does|of) (?:the word )?{_WORD}"
    r"(?: have)?",
    rf"(?:the )?number of {_DISTINCT}(?:arrangements|permutations|rearrangements) of (?:{_LETTERS_OF}|"
    rf"(?:the word )?{_WORD})",
    # the noun alone asks the count too ("arrangements of the letters of BOOK"); "permutations of" may ask a list
    rf"(?:the )?{_DISTINCT}(?:arrangements|rearrangements) of {_LETTERS_OF}",
    rf"{_WORD}\s?(?:의|에 있는) (?:\d{{1,2}}개의 )?(?:문자|글자|알파벳)(?:를|을)? (?:모두 )?(?:일렬로|한 줄로) "
    r"(?:배열하는|나열하는) (?:방법의 수|경우의 수)"
    r"(?:(?:는|은)?\s?(?:\?|몇 가지인가요|얼마인가요)?|(?:를|을) 구하시오)",
)]


def read_letter_arrangements(text: str) -> Worded | None:
    """The count of distinct orders of the letters of the word `text` names, or None when it is not that question."""
    plain = plain_request(text)
    for shape in _SHAPES:
        match = shape.fullmatch(plain)
        if match:
            word = next(group for group in match.groups() if group)
            return _arrangements(word)
    return None


def _arrangements(word: str) -> Worded:
    counts = Counter(word)
    repeated = sorted((count for count in counts.values() if count > 1), reverse=True)
    formula = f"factorial({len(word)})"
    if repeated:
        formula += "/(" + "*".join(f"factorial({count})" for count in repeated) + ")"
    letters = ", ".join(f"{letter.upper()} ×{count}" for letter, count in sorted(counts.items()) if count > 1)
    note = (f"orders of the {len(word)} letters of {word.upper()} = {len(word)}!"
            + (f" over the factorials of the repeated letters ({letters})" if letters else " (no letter repeats)"))
    return Worded(formula, note)
