"""Powers said with an ordinal: "2 to the 10th power", "two to the fifth", "x to the third power", and "the" after
a spoken operator ("nine squared minus the square root of 49"), as segments before `spoken.rewrite` joins them.

"B to the Nth (power)" is B^N when B is one atom (a number, a letter, a bracketed group) and the phrase ends the
request (or its sentence: "?", "."), is followed by "power", or by a spoken operator: "1 to the 5th term" is not a
power, so a following word that is none of these leaves the words as they are (the reader then abstains on them);
nor is "from 3 to the 5th".

"the Nth power of B" is the same power said the other way round (`spell_powers_of`).

Left out: "to the power of" (spoken.py reads it), ordinals past the twentieth in words ("to the twenty-first").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.mathsolve.segments import Segment
from agentlib.numwords import ORDINALS

_ORDINAL_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
_NOT_POWERS = frozenset({1})  # "to the first" is a place in a list more often than a power
_RANGE_WORDS = frozenset({"from", "between"})  # "from 3 to the 5th" is a range, not 3^5


def ordinal_value(word: str) -> int | None:
    """7 for "7th" or "seventh"; None for anything else."""
    digits = _ORDINAL_DIGITS.fullmatch(word.lower())
    return int(digits.group(1)) if digits else ORDINALS.get(word.lower())


def spell_ordinal_powers(segments: list[Segment], atom: Callable[[str], bool],
                         operator_words: frozenset[str]) -> list[Segment]:
    """"B to the Nth [power]" as the formula (B)^(N); `atom` says what a base may be (spoken.atom), and
    `operator_words` which words may follow the phrase (spoken operators: "2 to the 3rd plus 1")."""
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        base = segments[index]
        words = segments[index + 1:index + 4]
        ranged = bool(out) and out[-1].kind == "word" and out[-1].lower in _RANGE_WORDS  # "from 3 to the 5th"
        if base.kind == "math" and atom(base.text) and len(words) == 3 and all(w.kind == "word" for w in words) and \
                [w.lower for w in words[:2]] == ["to", "the"] and not ranged:
            exponent = ordinal_value(words[2].text)
            following = index + 4
            if following < len(segments) and segments[following].kind == "word" and \
                    segments[following].lower == "power":
                following += 1
            after = segments[following] if following < len(segments) else None
            if exponent is not None and exponent not in _NOT_POWERS and (
                    after is None or after.kind == "break" or  # "?" / "." ends the phrase as the text's end does
                    after.kind == "word" and after.lower in operator_words):
                out.append(Segment("math", f"({base.text.strip()})^({exponent})", base.attached))
                index = following
                continue
        out.append(base)
        index += 1
    return out


def spell_powers_of(segments: list[Segment], atom: Callable[[str], bool],
                    operator_words: frozenset[str]) -> list[Segment]:
    """"the Nth power of B" ("the 5th power of 2", "fourth power of 3") as the formula (B)^(N), on the same terms as
    "B to the Nth": B one atom, and the phrase ends the request or its sentence, or a spoken operator follows."""
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        words = segments[index:index + 3]
        base = segments[index + 3] if index + 3 < len(segments) else None
        after = segments[index + 4] if index + 4 < len(segments) else None
        if len(words) == 3 and all(w.kind == "word" for w in words) and [w.lower for w in words[1:]] == \
                ["power", "of"] and base is not None and base.kind == "math" and atom(base.text) and \
                (after is None or after.kind == "break" or after.kind == "word" and after.lower in operator_words):
            exponent = ordinal_value(words[0].text)
            if exponent is not None and exponent not in _NOT_POWERS:
                if out and out[-1].kind == "word" and out[-1].lower == "the":
                    out.pop()  # "the fifth power of 2": the article belongs to the phrase
                out.append(Segment("math", f"({base.text.strip()})^({exponent})", words[0].attached))
                index += 4
                continue
        out.append(segments[index])
        index += 1
    return out


_ARTICLE_AFTER = (("plus",), ("minus",), ("times",), ("multiplied", "by"), ("divided", "by"))


def drop_article_after_operator(segments: list[Segment]) -> list[Segment]:
    """"minus the square root of 49": "the" right after an arithmetic operator word names the operand that follows
    (never after "of": "the slope of the tangent" keeps its words)."""
    words = [seg.lower if seg.kind == "word" else "" for seg in segments]
    return [seg for index, seg in enumerate(segments)
            if not (words[index] == "the" and any(tuple(words[max(0, index - len(op)):index]) == op
                                                   for op in _ARTICLE_AFTER))]
