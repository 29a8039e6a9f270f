"""What the other side says, in a debate: "You say the new law will reduce crime. But if it does, ...".

A sentence that reports what the listener (or an unnamed "they", "some people", "critics", "my opponent", the other
side in court: "the prosecution") says, claims or thinks asserts nothing about the world: the speaker usually quotes
it to refute it. `set_aside` takes such sentences out of the premises and returns their claims, and the caller
judges the argument both with and without the claims as premises: the same verdict both ways is the verdict; a
different one means the argument turns on whether the claim was granted, and only an abstention is honest.

Left out: a named speaker ("Ann says that ..."), which knights-and-knaves puzzles read as testimony, and a quoted
claim that is itself an argument.
"""

from __future__ import annotations

import re

_REPORT = re.compile(
    r"^(?:but\s+)?(?:you|they|some people|many people|people|critics|my opponent|opponents|the other side|"
    r"the prosecution|the prosecutor|the defen[cs]e|the plaintiff|the defendant)\s+"
    r"(?:(?:keep|keeps)\s+saying|(?:say|says|said|claim|claims|claimed|think|thinks|thought|believe|believes|"
    r"believed|argue|argues|argued|insist|insists|insisted|suggest|suggests|suggested))"
    r"(?:\s+that)?\s+(?P<claim>\S.*?)\s*[.!]?$", re.I | re.S)


def set_aside(premises: list[str]) -> tuple[list[str], list[str]]:
    """(the premises without reports of what the other side says, the claims reported, each as a sentence)."""
    kept: list[str] = []
    claims: list[str] = []
    for premise in premises:
        match = _REPORT.match(premise.strip())
        if match is None:
            kept.append(premise)
            continue
        claim = match.group("claim")
        claims.append(claim[0].upper() + claim[1:] + ".")
    return kept, claims


__all__ = ["set_aside"]
