""""If it is sunny, we go to the beach; otherwise we go to the museum": "otherwise" is the condition denied.

"Otherwise B" after "If A, C" says what holds when A does not: "Unless A, B". The sentence (or the pair of sentences,
when a semicolon or a stop ends the conditional) is spelled out as the conditional and that "unless" rule, both of
which the grammar reads. Nothing makes C and B exclusive: going to the museum does not say it was not sunny.
"""

from __future__ import annotations

import re

_CONDITIONAL = re.compile(r"^[Ii]f (?P<condition>[^,;]+), (?:then )?(?P<result>[^;]+?)[.;,]?$")
_OTHERWISE_INSIDE = re.compile(r"^(?P<rule>[Ii]f [^;]+?)[;,] (?:and )?otherwise,? (?P<other>[^;]+)$")
_OTHERWISE = re.compile(r"^[Oo]therwise,? (?P<other>.+)$")


_SUBJECT_START = re.compile(r"\s(?=(?:we|i|you|he|she|they|it|[A-Z][a-z]+)\b)")


def _with_comma(rule: str) -> str:
    """ "If it is sunny we go to the beach" -> "If it is sunny, we go to the beach": a conditional typed without its
    comma gets one where the only later clause subject (a pronoun or a name) opens the result; unchanged when there
    is a comma already, or no such place, or several ("If it rains it floods" has one: the second "it"; "If Ann
    sees Bo she waves" has two, and is left alone)."""
    if "," in rule:
        return rule
    # the condition's own subject follows "If" at once; a later subject opens the result
    places = [m.start() for m in _SUBJECT_START.finditer(rule) if m.start() > len(rule.split()[0])]
    if len(places) != 1:
        return rule
    return rule[:places[0]] + "," + rule[places[0]:]


def unfold_otherwise(sentences: list[str]) -> list[str]:
    """`sentences` with each "otherwise" after a conditional spelled out as an "unless" rule; others unchanged."""
    out: list[str] = []
    for sentence in sentences:
        text = sentence.strip()
        inside = _OTHERWISE_INSIDE.match(text)
        if inside is not None and _CONDITIONAL.match(_with_comma(inside.group("rule"))) is not None:
            out.append(_with_comma(inside.group("rule")).rstrip(".") + ".")
            text = "Otherwise " + inside.group("other")
        alone = _OTHERWISE.match(text)
        rule = _CONDITIONAL.match(out[-1].strip()) if out and alone is not None else None
        if alone is None or rule is None:
            out.append(sentence if inside is None else text)
            continue
        out.append(f"Unless {rule.group('condition')}, {alone.group('other')}")
    return out
