"""Kinds explained in relative clauses: "Each is a knight, who always tells the truth, or a knave, who always lies."
-> "Each is a knight or a knave." + "A knight always tells the truth." + "A knave always lies.".

The sentence says three things at once: everyone named is one of the two kinds, and what each kind does. Spelled out
as three sentences, each is a statement the grammar already reads, so nothing is guessed; a sentence of any other
shape is left as written.
"""

from __future__ import annotations

import re

_GLOSSED = re.compile(
    r"^(?P<subject>(?:[Ee]ach|[Ee]very one|[Ee]veryone|[Ee]ach one|[Ee]ach of them|[Ee]ach person|[Ee]very person|"
    r"[Ee]very inhabitant|[Ee]ach inhabitant|[Tt]hey|[Hh]e|[Ss]he|[A-Z][a-z]*) (?:is|are)) (?:either )?"
    r"(?P<first_article>an?) (?P<first>[a-z][a-z-]*),? (?:who|that) (?P<first_does>[^,]+?),? or (?:an? )?"
    r"(?P<second>[a-z][a-z-]*),? (?:who|that) (?P<second_does>[^,.]+?)\s*[.!]?$")


def unfold_kind_glosses(sentence: str) -> list[str]:
    """`sentence` as the sentences it says (one, unchanged, when it is not a kind choice glossed by "who")."""
    match = _GLOSSED.match(sentence.strip())
    if match is None:
        return [sentence]
    first, second = match.group("first"), match.group("second")
    second_article = "an" if second[:1] in "aeiou" else "a"
    return [f"{match.group('subject')} {match.group('first_article')} {first} or {second_article} {second}.",
            f"{_article(first).capitalize()} {first} {match.group('first_does').strip()}.",
            f"{_article(second).capitalize()} {second} {match.group('second_does').strip()}."]


def _article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" else "a"
