"""Kin told through a chain of possessives: "Who is my mother's brother's son to me?", "Ann is my father's sister.",
"Zara's dad is Adam's brother." -- each step a person the text does not name.

Read again with each unnamed step named by a stand-in the text does not use: "my mother's brother's son" is "my
mother is Vexa. Vexa's brother is Vorn. Vorn's son is ...", and a sentence that equates two descriptions says each
is one stand-in ("Zara's dad is Vexa. Vexa is Adam's brother."). This is only done when the question asks how two
people are related ("What is X to Y?", "How is X related to Y?", "Who is <chain> to me?", "Is X Y's cousin?"), whose
answer is a kin word or yes / no, never a stand-in; a text with no chain is left alone.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.kinship import KIN

_STAND_INS = ("Vexa", "Vorn", "Vulm", "Vask", "Vetri", "Vunn", "Vobe", "Vird")
_KIN = "|".join(sorted((re.escape(k) for k in KIN), key=len, reverse=True))
_OWNER = r"(?:[A-Z][a-z]+|[Mm]y|[Yy]our)"
_DESCRIPTION = rf"{_OWNER}(?:'s)? (?:(?:{_KIN})'s )*(?:{_KIN})\b"
_CHAIN = re.compile(rf"(?P<owner>{_OWNER})(?:'s)? (?P<steps>(?:(?:{_KIN})'s )+)(?P<last>{_KIN})\b")
_ASKED_CHAIN = re.compile(rf"(?:^|(?<=[.!?]\s))(?:[Ww]ho|[Ww]hat) is (?P<chain>{_DESCRIPTION}) to "
                          rf"(?P<other>me|[A-Z][a-z]+)\?\s*$")
_RELATED = re.compile(r"(?:what is [A-Z][a-z]+ to (?:me|[A-Z][a-z]+)|how is [A-Z][a-z]+ related to (?:me|[A-Z][a-z]+)"
                      r"|is [A-Z][a-z]+ (?:my|[A-Z][a-z]+'s) [a-z-]+)\?\s*$", re.I)
_EQUATED = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<left>{_DESCRIPTION}) is (?P<right>{_DESCRIPTION})\.")


def kin_chains_named(text: str) -> str | None:
    """`text` with each unnamed step of its kin chains named by a stand-in (see the module notes), or None."""
    stand_ins = [name for name in _STAND_INS if name not in text]
    asked = _ASKED_CHAIN.search(text.strip())
    if asked is not None:  # "Who is my mother's brother's son to me?": that one, named, asked what he is
        named = stand_ins.pop(0)
        text = f"{text.strip()[:asked.start()]}{asked.group('chain')} is {named}. What is {named} to " \
               f"{asked.group('other')}?"
    elif _RELATED.search(text.strip()) is None:
        return None
    changed = asked is not None
    for equated in list(_EQUATED.finditer(text))[::-1]:
        if not stand_ins:
            return None
        named = stand_ins.pop(0)
        text = f"{text[:equated.start()]}{equated.group('left')} is {named}. {named} is {equated.group('right')}." \
               f"{text[equated.end():]}"
        changed = True
    while (chain := _CHAIN.search(text)) is not None:
        ends = [found + 2 for mark in (". ", "? ", "! ") if (found := text.rfind(mark, 0, chain.start())) >= 0]
        sentence_start = max(ends, default=0)
        steps = chain.group("steps").split("'s ")[:-1]
        if len(stand_ins) < len(steps):
            return None
        names, stand_ins = stand_ins[:len(steps)], stand_ins[len(steps):]
        owner = chain.group("owner")
        said = [f"{owner}{'' if owner.lower() in ('my', 'your') else chr(39) + 's'} {steps[0]} is {names[0]}."]
        said += [f"{names[k - 1]}'s {steps[k]} is {names[k]}." for k in range(1, len(steps))]
        first = said[0][0].upper() + said[0][1:]
        text = f"{text[:sentence_start]}{' '.join([first, *said[1:]])} {text[sentence_start:chain.start()]}" \
               f"{names[-1]}'s {chain.group('last')}{text[chain.end():]}"
        changed = True
    return text if changed else None
