"""Several cards drawn from one standard deck, all of one kind: "two cards drawn without replacement, probability
both are hearts", "probability of drawing 2 aces in a row without replacement", "3 cards are drawn with replacement,
what is the chance all three are red".

Draws from a 52-card deck: without replacement the chance that all k are of a kind with m cards is
m/52 × (m-1)/51 × ... (k factors); with replacement it is (m/52)^k. Whether the cards go back changes the answer, so
it must be said ("with" or "without replacement"); a second kind ("an ace and a king"), a kind not in the table, a
deck that is not the standard one, or any word outside the few connecting ones is not read here.
"""

from __future__ import annotations

import re
from itertools import product

from agentlib.mathsolve.everyday_formulas import Worded, plain_request

_SUITS, _RANKS = "HDCS", range(1, 14)
_KINDS = {"ace": lambda s, r: r == 1, "king": lambda s, r: r == 13, "queen": lambda s, r: r == 12,
          "jack": lambda s, r: r == 11, "heart": lambda s, r: s == "H", "diamond": lambda s, r: s == "D",
          "club": lambda s, r: s == "C", "spade": lambda s, r: s == "S", "red": lambda s, r: s in "HD",
          "black": lambda s, r: s in "CS", "face card": lambda s, r: r >= 11, "red card": lambda s, r: s in "HD",
          "black card": lambda s, r: s in "CS"}
_KIND = r"(face cards?|red cards?|black cards?|aces?|kings?|queens?|jacks?|hearts?|diamonds?|clubs?|spades?|red|black)"
_ANY_KIND = _KIND.replace("(", "(?:", 1)
_COUNTS = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5, "both": 2}
_COUNT = r"(two|three|four|five|[2-5])"
_ALL = r"(?:both|all(?: (?:two|three|four|five|[2-5]))?|each|they)"
_CONNECTING = frozenset("""
the a an of what is are that probability chance cards card drawn draw drawing draws pick picked picking get getting
from deck standard regular normal shuffled in row at random randomly one after another if and then both all each
are they be will
""".split())


def read_cards_drawn(text: str) -> Worded | None:
    """The chance that every card drawn is of the one kind `text` names, or None when it is not this request."""
    plain = plain_request(text).replace("’", "'").replace("52-card", "").replace("?", " ").replace(",", " ")
    replaced = re.findall(r"\bwith(out)? replacement\b", plain)
    if len(replaced) != 1 or not re.search(r"\b(?:probability|chance)\b", plain):
        return None
    rest = re.sub(r"\bwith(?:out)? replacement\b", " ", plain)
    rest = re.sub(r"\bdeck of 52 cards\b|\b52 cards\b", " deck ", rest)
    kinds = list(re.finditer(rf"\b{_KIND}\b", rest))
    if len({_singular(k.group(1)) for k in kinds}) != 1:
        return None
    kind = _singular(kinds[0].group(1))
    counts = {_COUNTS[c] for c in re.findall(rf"\b{_COUNT}\b(?= (?:cards?|{_ANY_KIND}|are drawn|drawn))", rest)}
    counts |= {_COUNTS[c] for c in re.findall(rf"\ball {_COUNT}\b", rest)}
    if re.search(r"\bboth\b", rest):
        counts.add(2)
    if len(counts) != 1:
        return None
    k = counts.pop()
    rest = re.sub(rf"\b{_KIND}\b|\b{_COUNT}\b", " ", rest)
    if re.search(r"\d", rest) or any(w not in _CONNECTING for w in re.findall(r"[a-z']+", rest)):
        return None
    m = sum(1 for suit, rank in product(_SUITS, _RANKS) if _KINDS[kind](suit, rank))
    if replaced[0]:
        formula = "*".join(f"({m - i})/({52 - i})" for i in range(k))
        note = f"P(all {k} are {kind}s) = " + " × ".join(f"{m - i}/{52 - i}" for i in range(k)) + \
            " (each draw leaves one card fewer)"
    else:
        formula, note = f"({m}/52)**{k}", f"P(all {k} are {kind}s) = ({m}/52)^{k} (each card put back)"
    return Worded(formula, note)


def _singular(word: str) -> str:
    word = word.removesuffix("s") if word not in ("red", "black") else word
    return {"red card": "red", "black card": "black"}.get(word, word)


__all__ = ["read_cards_drawn"]
