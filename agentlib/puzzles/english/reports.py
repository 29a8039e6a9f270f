"""Reported claims in prose: who says what ("Ann insisted that P", "according to Bo, P", "Cy was adamant P").

A report is a clause whose subject is a named individual and whose verb is one of saying, believing or being sure,
followed by the clause claimed (with or without "that"):

    "Ann insisted / swore / told us / kept saying / firmly believed / thought that P"
    "Ann was adamant / positive / certain / sure / convinced / confident (that) P"
    "according to Ann, P"      "in Ann's view / opinion, P"      "Ann's view / claim / position is that P"

`split_reports` cuts "A claimed P, while / whereas / but / and B said Q" into its two reports, so the second claim
is never read as part of the first. `disagreement_only` spots a sentence that only says two people disagree
("Ann and Bo had an argument about the keys"): it states no proposition. The paraphrase reader
(`paraphrase.py`) turns each report into a default of its own source, ranked by the question's "if Ann's evidence is
more reliable than Bo's".

Left out: reports of what someone doubts or denies (the claim's polarity is then unclear), nested reports, and
speakers who are not named ("the manager said ...").
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import lemma

SAYING_VERBS = {
    "insist", "claim", "say", "believe", "argue", "assert", "state", "maintain", "think", "report", "suggest",
    "contend", "swear", "tell", "mention", "explain", "announce", "declare", "testify", "stress", "emphasize",
    "emphasise", "guess", "feel", "assume", "conclude", "reckon", "figure", "predict", "hold", "affirm", "allege",
    "add", "answer", "reply", "respond", "agree", "remark", "write", "shout", "yell", "whisper", "exclaim", "promise",
    "assure", "suspect", "expect"}  # not "know", "remember", "see": what those report is a fact, not a claim
SURE_WORDS = {"adamant", "positive", "certain", "sure", "convinced", "confident", "insistent", "persuaded"}
# what may stand between a saying verb and its clause: whom it was told to
_HEARERS = r"(?:(?:us|me|everyone|everybody|them|him|her|the (?:others|group|police|team|class|family)|[a-z]+)\s+)?"
_ADVERBS = r"(?:(?:[a-z]+ly|also|still|even|then|later|once|again|had|has|have|did|does|do|quite|very|so|just|" \
    r"rather|totally)\s+)*"
_CLAUSE_START = {"the", "a", "an", "it", "there", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its",
                 "this", "that", "these", "those", "my", "our", "your", "no", "nobody", "someone", "everyone"}
_FINITE = {"is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "does", "do", "did",
           "not", "must", "should", "may", "might", "won't", "isn't", "wasn't", "doesn't", "didn't", "can't", "aren't"}
_VIEW = r"(?:view|opinion|claim|position|belief|contention|assertion|account|testimony|story|version|argument)"


def report(text: str, names: dict[str, str] | set[str]) -> tuple[str, str] | None:
    """(the speaker's key, the clause claimed) when `text` is one report by a named individual (a name in `names`, or a
    capitalized singular first word: a speaker is someone), else None."""
    low = re.sub(r"\s+", " ", text.strip().lower()).rstrip(" .")
    known = set(names)
    according = re.match(r"^(?:according to|in the (?:view|opinion|words) of) (?P<who>[a-z]+),\s*(?P<what>.+)$", low) \
        or re.match(r"^in (?P<who>[a-z]+)'s (?:view|opinion|words|eyes|mind),\s*(?P<what>.+)$", low) \
        or re.match(rf"^(?P<who>[a-z]+)'s {_VIEW} (?:is|was) that\s+(?P<what>.+)$", low)
    if according is not None:
        return (according.group("who"), according.group("what")) if according.group("who") in known else None
    low = re.sub(r"^(?P<who>[a-z]+),\s*[a-z' ]{1,30},\s*", r"\g<who> ", low)  # "Bo, on the other hand, said ..."
    match = re.match(r"^(?P<who>[a-z]+)\s+(?P<rest>.+)$", low)
    if match is None or not (match.group("who") in known or _speaker(text, match.group("who"))):
        return None
    rest = re.sub(r"^(?:[a-z]+ly\s+)?(?:disagreed|objected|countered|interjected) and\s+", "", match.group("rest"))
    sure = re.match(rf"^(?:was|is|were|are|felt|seemed|remained)\s+{_ADVERBS}(?:{'|'.join(sorted(SURE_WORDS))})"
                    rf"(?:\s+(?:that|about it that))?\s+(?P<what>.+)$", rest)
    if sure is not None:
        what = sure.group("what")
        return (match.group("who"), what) if "that" in rest.split() or _clause(what, known) else None
    said = re.match(rf"^{_ADVERBS}(?:(?:kept|keeps|keep|went on|goes on)\s+)?(?P<verb>[a-z]+)\s+(?P<after>.+)$", rest)
    if said is None:
        return None
    verb = said.group("verb")
    if lemma(verb, "VERB") not in SAYING_VERBS:
        return None
    after = said.group("after")
    that = re.match(rf"^{_HEARERS}that\s+(?P<what>.+)$", after)
    if that is not None:
        return match.group("who"), that.group("what")
    if lemma(verb, "VERB") in ("tell", "promise", "assure") or not _clause(after, known):
        return None  # "told Bo the news", "felt tired": without "that", what follows must be a clause of its own
    return match.group("who"), after


def _speaker(text: str, who: str) -> bool:
    """A capitalized first word that is a singular noun or no word at all: a person's name ("Wren said ...")."""
    return text.strip()[:1].isupper() and who not in _CLAUSE_START and lemma(who, "NOUN") == who and \
        who not in ("one", "each", "every", "some", "any", "all", "many", "most", "nobody", "everybody", "somebody")


def _clause(text: str, names: set[str]) -> bool:
    """A clause with its own subject and a finite verb ("it will rain", "the keys were in the car")."""
    words = re.findall(r"[a-z']+", text)
    if len(words) < 2 or not (words[0] in _CLAUSE_START or words[0] in names):
        return False
    return any(w in _FINITE or (w.endswith(("s", "ed")) and lemma(w, "VERB") != w) for w in words[1:])


def split_reports(text: str, names: dict[str, str] | set[str]) -> list[str] | None:
    """ "A claimed P, while B said Q" -> ["A claimed P", "B said Q"] when both halves are reports; else None."""
    for cut in re.finditer(r",?\s+(?:while|whereas|but|and|yet|though|although|however)\s*,?\s+|;\s*", text, re.I):
        left, right = text[: cut.start()], text[cut.end():]
        if report(left, names) is not None and report(right, names) is not None:
            return [left, right]
    return None


def disagreement_only(text: str) -> bool:
    """ "Ann and Bo had an argument about the keys": two people disagree, and nothing is claimed."""
    return re.search(r"\b(?:ha(?:d|ve|s|ving) (?:an? )?(?:argument|disagreement|debate|dispute|discussion)|"
                     r"(?:disagreed|disagree|argued|argue|debated|quarrell?ed|bickered)\s+(?:about|over|on|regarding)|"
                     r"(?:were|are) (?:having )?(?:an? )?(?:argument|disagreement|debate|dispute|at odds))\b",
                     text, re.I) is not None and not re.search(r"\bthat\b", text, re.I)
