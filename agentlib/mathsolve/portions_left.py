"""The fraction of a whole left after people eat some of its equal pieces: "pizza has 12 slices, i ate 3 and my
sister ate 4, what fraction of the pizza is left", "i ate 3 of 8 slices and my friend ate 2, what fraction is left",
"a cake is cut into 10 pieces, tom eats 2, sue eats 3, what fraction remains".

Clauses (`clause_scan.py`): the whole in equal pieces ("has 12 slices", "cut into 10 pieces", or "3 of 8 slices"
in an eating clause), one or more eating clauses (someone ate N), and the question, which must ask for a fraction
left (a count of slices left is another question). The whole is said once; what is left is (whole - eaten) / whole,
exact. More eaten than there is, or nothing said to be eaten, is not read.
"""

from __future__ import annotations

import re

from agentlib.mathsolve.clause_scan import scan
from agentlib.mathsolve.everyday_formulas import Worded, plain_request

_PIECES = r"(?:equal )?(?:slices|pieces|squares|parts)"
_THING = r"(?:pizza|cake|pie|chocolate bar|bar of chocolate|pan of brownies|loaf|tart|quiche)"
_WHO = r"(?:i|we|they|he|she|my [a-z]{2,12}|his [a-z]{2,12}|her [a-z]{2,12}|[a-z]{2,12})"
_ATE = r"(?:ate|eat|eats|had|took|takes|has eaten|have eaten)"
_KINDS = {
    "whole": re.compile(rf"(?:(?:a|the|my|our) )?{_THING} (?:has|had|is cut into|was cut into|is sliced into|"
                        rf"was sliced into|is divided into|was divided into|cut into|with) (?P<whole>\d{{1,4}}) "
                        rf"{_PIECES}"),
    "eaten": re.compile(rf"{_WHO} {_ATE} (?P<eaten>\d{{1,4}})(?: of (?:the |a |our |my )?(?P<of>\d{{1,4}}))?"
                        rf"(?: {_PIECES})?(?: of (?:it|them|the {_THING}))?"),
    "ask": re.compile(rf"what fraction(?: of (?:it|the {_THING}|the {_PIECES}))? (?:is|was|are|were) "
                      r"(?:left|remaining|left over|not eaten)|what fraction (?:remains|is left)"),
}


def read_portion_left(text: str) -> Worded | None:
    """The fraction of the whole not eaten, or None when `text` is not this request."""
    plain = plain_request(text).replace("’", "'")
    found = scan(plain, _KINDS)
    if found is None or [kind for kind, _ in found].count("ask") != 1 or found[-1][0] != "ask":
        return None
    wholes = [int(m["whole"]) for kind, m in found if kind == "whole"] + \
             [int(m["of"]) for kind, m in found if kind == "eaten" and m["of"] is not None]
    eaten = [int(m["eaten"]) for kind, m in found if kind == "eaten"]
    if len(wholes) != 1 or not eaten or wholes[0] == 0 or sum(eaten) > wholes[0]:
        return None
    whole = wholes[0]
    return Worded(f"({whole} - " + " - ".join(map(str, eaten)) + f")/{whole}",
                  "fraction left = (pieces - pieces eaten) / pieces")


__all__ = ["read_portion_left"]
