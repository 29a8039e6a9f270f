"""A percent asked after a short story: a change told with its two values ("price went from $80 to $92, whats the
percent change", "my rent rose from 1,200 to 1,290. by what percent?") and a score ("I got 42 out of 50 on my test,
what percent is that", "scored 17/20 on the quiz, what's my percentage").

Clauses (`clause_scan.py`), in any order: the story (a change "from a to b" with at most two words naming what
changed and a verb of change, or a score "got a out of b" with where it was got), and one question for a percent.
A change is (new - old) / old × 100; a question that names a direction must agree with the numbers ("percent
decrease" of a rise is no question to answer) and a decrease is said as its size, (old - new) / old × 100; a change
from 0 has no percent. A score is part / whole × 100, with the part at most the whole (the share missed, when the
question asks what was wrong). Any other word leaves the
request unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.clause_scan import once_each, scan
from agentlib.mathsolve.everyday_formulas import MOST_DIGITS, Worded, plain_request, priced

_N = r"(?:[$£€] ?)?(?P<{}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,12}}(?:\.\d+)?)"
_RISES = ("rose", "grew", "increased", "jumped", "climbed", "went up", "has gone up", "has risen", "has increased")
_FALLS = ("fell", "dropped", "decreased", "declined", "went down", "has gone down", "has fallen", "has dropped")
_VERB = "|".join(sorted(_RISES + _FALLS + ("went", "changed", "moved", "has changed", "has gone"), key=len,
                        reverse=True))
_NOT_A_NAME = r"(?!(?:from|to|by|and|then|what|how|percent|out|of|i|we|got|scored)\b)"
_NAME = rf"(?:(?:the|my|our|its|his|her|their|a) )?(?:{_NOT_A_NAME}[a-z]{{2,15}} ){{0,2}}"
_KINDS = {
    "change": re.compile(rf"(?:(?:if|when) )?{_NAME}(?P<verb>{_VERB}) from " + _N.format("old") + " to " +
                         _N.format("new") + r"|from " + _N.format("old2") + " to " + _N.format("new2")),
    "score": re.compile(r"(?:(?:if|when) )?(?:(?:i|we|he|she|they|you) )?(?:got|scored|get|score|answered|had) " +
                        _N.format("part") + r"(?: out of | ?/ ?)" + _N.format("whole") +
                        r"(?: (?:questions|points|marks|right|correct))?(?: (?:right|correct))?"
                        r"(?: (?:on|in) (?:my|the|his|her|their|our|a|an) [a-z]{2,15}(?: [a-z]{2,15})?)?"),
    "ask_change": re.compile(
        r"(?:what is |what was |find )?(?:the )?percent(?:age)? (?P<word>change|increase|decrease|rise|drop|fall|"
        r"growth)(?: is that| was that| is it)?(?: in (?:the |my |its )?[a-z]{2,15})?|"
        r"by what percent(?:age)?(?: did (?:it|that) (?P<did>change|increase|"
        r"decrease|rise|fall|drop|go up|go down))?|by how many percent"),
    "ask_score": re.compile(r"what percent(?:age)? (?:did (?:i|we|he|she|they) (?P<missed>get wrong|miss|lose)|"
                            r"(?P<wrong>was|is) wrong)|"
                            r"what percent(?:age)?(?: (?:is that|is it|was that|did (?:i|we|he|she|they) "
                            r"(?:get|score)))?|"
                            r"(?:what is |find )?(?:my|his|her|their|the) (?:score |grade )?(?:as a )?percent(?:age)?|"
                            r"(?:as|in) (?:a )?percent(?:age)?"),
}
_UP = frozenset(("increase", "rise", "growth", "go up"))
_DOWN = frozenset(("decrease", "drop", "fall", "go down"))


def _number(text: str) -> Fraction | None:
    return Fraction(text.replace(",", "")) if len(text) <= MOST_DIGITS else None


def _change(story: re.Match[str], ask: re.Match[str]) -> Worded | None:
    old, new = _number(story["old"] or story["old2"]), _number(story["new"] or story["new2"])
    if old is None or new is None or old == 0 or old == new:
        return None
    rising = new > old
    verb, asked = story["verb"], ask["word"] or ask["did"]
    if verb in _RISES and not rising or verb in _FALLS and rising:
        return None  # "rose from 92 to 80": the words and the numbers disagree
    if asked in _UP and not rising or asked in _DOWN and rising:
        return None
    if asked in _DOWN:  # "the percent decrease": the size of the fall, as people say it
        return priced(Worded(f"(({old}) - ({new}))/({old})*100", "percent decrease = (old - new) / old × 100"),
                      (old - new) / old * 100)
    return priced(Worded(f"(({new}) - ({old}))/({old})*100", "percent change = (new - old) / old × 100"),
                  (new - old) / old * 100)


def _score(story: re.Match[str], missed: bool) -> Worded | None:
    """part / whole × 100, or the share missed, (whole - part) / whole × 100, when the question asks what was wrong."""
    part, whole = _number(story["part"]), _number(story["whole"])
    if part is None or whole is None or whole == 0 or part > whole:
        return None
    if missed:
        return priced(Worded(f"(({whole}) - ({part}))/({whole})*100", "percent missed = (whole - part) / whole × 100"),
                      (whole - part) / whole * 100)
    return priced(Worded(f"({part})/({whole})*100", "percent = part / whole × 100"), part / whole * 100)


def read_percent_story(text: str) -> Worded | None:
    """The percent change or score percent `text` tells and asks for, or None when it is not this request."""
    plain = re.sub(r"[.:]\s+", ", ", plain_request(text).replace("’", "'").replace("what's", "what is"))
    plain = plain.replace("?", "").strip(" ,")
    found = scan(plain, _KINDS)
    if found is None:
        return None
    kinds = {kind for kind, _ in found}
    if kinds == {"change", "ask_change"}:
        said = once_each(found, {"change", "ask_change"}, set())
        return None if said is None else _change(said["change"], said["ask_change"])
    if kinds == {"score", "ask_score"}:
        said = once_each(found, {"score", "ask_score"}, set())
        return None if said is None else _score(said["score"], bool(said["ask_score"]["missed"] or
                                                                    said["ask_score"]["wrong"]))
    return None


__all__ = ["read_percent_story"]
