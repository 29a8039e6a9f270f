"""Negation said as an ending: "no longer drinks coffee", "has stopped drinking coffee", "gave up smoking",
"does not drink coffee anymore" all deny "drinks coffee" now.

`as_denial(words)` rewrites such a clause's words (lower case, as `paraphrase._words` gives them) into a plain "not"
before the verb phrase, so the loose reader's polarity count sees one negation and its phrase keeps only the
proposition's own words ("drinking coffee", not "longer drinks coffee" or "has stopped drinking coffee").

Left out: "stopped to drink coffee" (stopped in order to: no denial, left as it is) and tense as meaning ("used to
drink coffee" says nothing of now).
"""

from __future__ import annotations

# verbs of ending whose -ing object is what no longer holds ("stopped drinking", "quit smoking")
_ENDING = {"stop", "stops", "stopped", "stopping", "quit", "quits", "quitting", "cease", "ceases", "ceased",
           "ceasing", "discontinue", "discontinues", "discontinued"}
_GIVE_UP = {"give", "gives", "gave", "given", "giving"}
_AUX = {"has", "have", "had", "is", "was", "will", "would", "did", "does", "do"}
_TRAILING = (["anymore"], ["any", "more"], ["any", "longer"])


def as_denial(words: list[str]) -> list[str]:
    """`words` with an ending said as "not" (see the module notes); unchanged when there is none."""
    out = list(words)
    for tail in _TRAILING:  # "does not drink coffee anymore": the "not" is there already
        if len(out) > len(tail) and out[-len(tail):] == tail:
            out = out[: -len(tail)]
            break
    for k in range(len(out) - 1):
        if out[k] == "no" and out[k + 1] == "longer":
            return [*out[:k], "not", *out[k + 2:]]
        ending = 2 if out[k] in _GIVE_UP and out[k + 1] == "up" else 1 if out[k] in _ENDING else 0
        if ending and k + ending < len(out) and out[k + ending].endswith("ing"):
            start = k - 1 if k > 0 and out[k - 1] in _AUX else k
            return [*out[:start], "not", *out[k + ending:]]
    return out
