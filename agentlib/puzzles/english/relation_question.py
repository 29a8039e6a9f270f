""""What is Helen to Zoe?" / "How is Joan related to Karen?": the kinship word that the statements make certain.

Each kinship noun is asked as its own yes/no question ("Is Helen Zoe's grandmother?") over the same statements;
the answer is the most specific noun proved ("grandmother" over "grandparent", "mother" over "mom"). When no noun
is proved, or two different relations are (a cousin who is also a spouse), the question abstains: saying one of
them would hide the other."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from agentlib.puzzles.english.kinship import KIN
from agentlib.puzzles.verdict import Verdict

_ASKED = re.compile(r"(?:^|(?<=[.!?])\s+)(?:what|who) is (?P<x>[A-Z][a-z]+) to (?P<z>[A-Z][a-z]+)\?\s*$|"
                    r"(?:^|(?<=[.!?])\s+)how is (?P<x2>[A-Z][a-z]+) related to (?P<z2>[A-Z][a-z]+)\?\s*$", re.I)
_INFORMAL = frozenset({"dad", "mom", "mum", "grandpa", "grandma"})  # the same as father, mother, ...


def ask_relation(text: str, solve: Callable[[str], Verdict]) -> Verdict | None:
    """The verdict for a "What is X to Z?" question, or None when the text asks something else."""
    match = _ASKED.search(text)
    if match is None:
        return None
    x, z = (match.group("x"), match.group("z")) if match.group("x") else (match.group("x2"), match.group("z2"))
    body = text[: match.start()].strip()
    if not body:
        return None
    proved: dict[str, Verdict] = {}

    def ask(noun: str) -> Verdict:
        verdict = solve(f"{body} Is {x} {z}'s {noun}?")
        if verdict.status == "verified" and verdict.answer == "yes":
            proved[noun] = verdict
        return verdict

    first = ask("parent")
    if first.failure == "not_parsed":
        return None  # the statements themselves are not read: the ordinary path says which
    neutral = {KIN[noun][:2]: noun for noun in KIN if KIN[noun][2] is None}
    for noun in neutral.values():
        if noun != "parent":
            ask(noun)
    for noun in KIN:  # a gendered word only where its neutral word is proved (or the relation has none)
        plain = neutral.get(KIN[noun][:2])
        if noun not in _INFORMAL and KIN[noun][2] is not None and (plain is None or plain in proved):
            ask(noun)
    gendered = {KIN[noun][0] for noun in proved if KIN[noun][2] is not None}
    specific = [noun for noun in proved if KIN[noun][2] is not None or KIN[noun][0] not in gendered]
    if len(specific) == 1:
        noun = specific[0]
        return dataclasses.replace(proved[noun], answer=noun,
                                   reason=f"it follows that {x} is {z}'s {noun} (the most specific word proved)")
    return None
