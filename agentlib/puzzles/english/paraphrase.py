"""Paraphrased prose read loosely: clauses become propositions matched by their shared word stems.

The controlled grammar (`grammar.py`) reads a sentence only when every word has a place; prose that
says the same thing twice in different words ("consumes ample water" ... "drinks plenty of water",
"a sugar crash will ensue" ... "she will experience a sugar crash") defeats it. This reader is the
fallback for a yes/no question about such a context, and it says so: its verdicts are `unverified`
(Z3 proves the answer from the reading, but the reading itself is a match of wordings, not a parse).

1. Sentences are cut at their connectives into clauses: "if A, (then) B", "A if B", "whenever A, B",
   "A, which means B", "either A or B", "at least one of: (1) A or (2) B", "A and B". Sentences that
   only talk about what is known ("it is uncertain which", "it could be that ...") carry no claim.
2. A clause is a polarity (an odd number of "not", "never", "no", "unable", "fails to" ... flips it) and
   a set of stems of its content words; subjects (names, pronouns, "someone", "a person") are left
   out, so "If someone is hungry, they eat" and "John is hungry" share the proposition "hungry".
3. Clauses are the same proposition when their stems overlap enough (`SAME`); a question clause must
   match one context proposition clearly better than any other, or the reader abstains.
4. Z3 decides whether the context's propositional skeleton entails the question's.

Left out: quantities, several individuals that must be kept apart, defaults ("usually"), synonyms that
share no stem ("film" / "movie").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from agentlib.puzzles.english.words import lemma

SAME = 0.5  # share of the smaller clause's stems that another clause must have to be the same proposition
MARGIN = 0.1  # how much better the best match must be than the next
_NEGATIONS = {"not", "never", "no", "nobody", "nothing", "neither", "nor", "unable", "cannot", "without", "lack",
              "lacks", "fail", "fails", "failed", "refrain", "refrains", "n't", "none", "lacking", "unaware"}
_STOP = {
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "shall", "should",
    "must", "can", "could", "may", "might", "do", "does", "did", "have", "has", "had", "to", "of", "in", "on", "at",
    "for", "with", "by", "from", "as", "that", "this", "these", "those", "it", "its", "they", "them", "their", "he",
    "him", "his", "she", "her", "i", "me", "my", "we", "us", "our", "you", "your", "someone", "somebody", "person",
    "individual", "people", "one", "anyone", "everyone", "who", "which", "what", "also", "then", "so", "very",
    "really", "certain", "certainly", "definitely", "likely", "able", "going", "get", "gets", "got", "make", "makes",
    "there", "here", "any", "some", "all", "each", "every", "just", "only", "even", "too", "more", "much", "many",
    "lot", "lots", "such", "particular", "specific", "case", "situation", "context", "instance", "known", "know",
    "if", "and", "or", "but", "either", "both", "however", "therefore", "thus", "hence", "consequently",
    "conversely", "moreover", "today", "now", "always", "usually", "typically", "generally", "often", "tend",
    "tends", "inclined", "chance", "opportunity", "state", "sense", "activity", "choose", "chooses", "decide",
    "decides", "decided", "intend", "intends", "result", "results", "lead", "leads", "cause", "causes", "ensure",
    "named", "called", "s", "new", "other", "others", "way", "well", "when", "whenever", "while", "mean", "means", "meant", "imply", "implies", "entail", "entails", "hand", "need", "needs", "want", "wants",
}
_META = re.compile(r"\b(?:uncertain|unknown|not sure|do not know|don't know|we cannot determine|cannot be sure|"
                   r"could be the case|it could be that|it is possible that|remains? (?:unclear|unknown|ambiguous)|"
                   r"which (?:one|of these|statement)|only the first|only the second|or both (?:are|of them)|"
                   r"ambiguous|not certain|lack (?:of )?(?:knowledge|information)|veracity|accuracy of)\b", re.I)


@dataclass(frozen=True)
class Clause:
    text: str
    stems: frozenset[str]
    negated: bool


@dataclass
class Skeleton:
    """Propositional formulas over clauses: ("atom", clause) | ("not"|"and"|"or"|"if", parts...)."""

    formulas: list[tuple] = field(default_factory=list)


def stem(word: str) -> str:
    """A word's root: lemma, then common derivational suffixes off ("hydration" and "hydrated" -> "hydrat")."""
    low = word.lower()
    for pos in ("VERB", "NOUN", "ADJ"):
        base = lemma(low, pos)
        if base != low:
            low = base
            break
    for suffix in ("ations", "ation", "ions", "ion", "ments", "ment", "ness", "ities", "ity", "ing", "ers", "er",
                   "ed", "ful", "ive", "ous", "al", "ly", "es", "e", "s", "y"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            return low[: -len(suffix)]
    return low


def clause(text: str, names: frozenset[str] = frozenset()) -> Clause | None:
    raw = re.sub(r"\bn't\b", " not", text.lower().replace("n't", " not"))
    words = [w for w in re.findall(r"[a-z]+", raw) if w not in names]
    negated = sum(w in _NEGATIONS or w.startswith("un") and lemma(w, "ADJ") != w and False for w in words) % 2 == 1
    stems = frozenset(stem(w) for w in words if w not in _STOP and w not in _NEGATIONS and len(w) > 2)
    if not stems:
        return None
    return Clause(text.strip(), stems, negated)


def similarity(a: Clause, b: Clause) -> float:
    """The share of the smaller clause's stems that the other one has."""
    shared = len(a.stems & b.stems)
    return shared / min(len(a.stems), len(b.stems)) if shared else 0.0


_IF_THEN = re.compile(r"^(?:conversely,?\s*|however,?\s*|also,?\s*|and\s+|moreover,?\s*)?(?:if|when|whenever|once|"
                      r"provided that|in case)\s+(?P<a>.+?)(?:,\s*then\s+|\s+then\s+|,\s*)(?P<b>.+)$", re.I)
_WHO = re.compile(r"^(?:conversely,?\s*|also,?\s*)?(?:people|individuals|persons|those|anyone|someone|everyone|"
                  r"whoever|students|children|employees|workers)\s+(?:who|that)\s+(?P<a>.+?)\s+(?P<b>(?:tend to|will|"
                  r"are|usually|often|always|must|should|can|get|become|have|enjoy|feel)\b.+)$", re.I)
_IF_AFTER = re.compile(r"^(?P<b>.+?)\s+(?:if|whenever|when)\s+(?P<a>.+)$", re.I)
_MEANS = re.compile(r"^(?P<a>.+?),?\s+(?:which means|this means|it means|means that|implies that|leads to|results in|"
                    r"will result in|will lead to|can lead to|causes)\s+(?P<b>.+)$", re.I)
_EITHER = re.compile(r"^(?:.*?\b(?:is true|are true|holds|hold|is the case)\s*:?\s*)?(?:either\s+)?"
                     r"(?:\(1\)\s*|\(a\)\s*)?"
                     r"(?P<a>.+?),?\s+or\s+(?:\(2\)\s*|\(b\)\s*)?(?P<b>.+?)(?:,?\s*or both)?$", re.I)


def _strip(text: str) -> str:
    text = re.sub(r"^(?:it is (?:known|certain|true) that|we know that|we do know that|the (?:only )?thing we know "
                  r"(?:for certain )?is that|in this (?:particular )?(?:case|situation),?|however,?|today,?|"
                  r"one day,?|the situation is that|it is known that|in this context,?|specifically,?)\s*", "",
                  text.strip(), flags=re.I)
    return text.strip(" ,.;:")


def find_names(text: str) -> frozenset[str]:
    """Capitalized words inside sentences (and unknown capitalized first words): people, left out of the stems."""
    from agentlib.puzzles.english.words import is_word

    found = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = re.findall(r"[A-Za-z]+", sentence)
        for k, word in enumerate(words):
            if word[:1].isupper() and (k > 0 or not is_word(word.lower())) and word.lower() not in _STOP | {"i"}:
                found.add(word.lower())
    return frozenset(found)


def read_sentence(sentence: str, names: frozenset[str] = frozenset()) -> list[tuple]:
    """One sentence's skeletons (one per independent clause), none when it only remarks on what is known."""
    text = _strip(sentence)
    if not text or _META.search(text):
        return []
    parts = re.split(r",?\s*(?:;|,\s*while\s+|,\s*whereas\s+|,\s*but\s+(?=if\b)|,\s*and\s+(?=if\b))\s*", text)
    if len(parts) > 1:
        return [f for part in parts for f in read_sentence(part, names)]
    found = _read_clause(text, names)
    return [found] if found is not None else []


def _read_clause(text: str, names: frozenset[str]) -> tuple | None:
    text = re.sub(r"^[^,]{1,40},\s*(?=(?:if|when|whenever|once)\b)", "", text, flags=re.I)  # "On the other hand, if"
    clause_of = lambda t: clause(t, names)  # noqa: E731
    for pattern in (_IF_THEN, _MEANS, _WHO):
        match = pattern.match(text)
        if match is not None:
            a, b = clause_of(match.group("a")), clause_of(match.group("b"))
            if a is not None and b is not None:
                return ("if", ("atom", a), ("atom", b))
    if re.search(r"\b(?:either|or)\b", text):
        match = _EITHER.match(text)
        if match is not None:
            a, b = clause_of(_strip(match.group("a"))), clause_of(_strip(match.group("b")))
            if a is not None and b is not None:
                return ("or", ("atom", a), ("atom", b))
    match = _IF_AFTER.match(text)
    if match is not None:
        a, b = clause_of(match.group("a")), clause_of(match.group("b"))
        if a is not None and b is not None:
            return ("if", ("atom", a), ("atom", b))
    single = clause_of(text)
    return ("atom", single) if single is not None else None


def read_context(context: str, names: frozenset[str] | None = None) -> list[tuple]:
    names = find_names(context) if names is None else names
    sentences = re.split(r"(?<=[.!?])\s+", context.strip())
    return [f for s in sentences for f in read_sentence(s, names)]


def atoms(formula: tuple) -> list[Clause]:
    if formula[0] == "atom":
        return [formula[1]]
    return [c for part in formula[1:] for c in atoms(part)]


def entails(context: list[tuple], goal: tuple) -> str | None:
    """ "yes" / "no" by truth tables over matched propositions; None when a question clause matches nothing clearly."""
    context_clauses = [c for f in context for c in atoms(f)]
    groups: list[list[Clause]] = []
    index: dict[Clause, int] = {}
    for c in context_clauses:
        best = max(((similarity(c, g[0]), k) for k, g in enumerate(groups)), default=(0.0, -1))
        if best[0] >= SAME and not _same_formula(c, groups[best[1]], context):
            groups[best[1]].append(c)
            index[c] = best[1]
        else:
            groups.append([c])
            index[c] = len(groups) - 1
    for c in atoms(goal):
        scores = sorted(((max(similarity(c, m) for m in g), k) for k, g in enumerate(groups)), reverse=True)
        if not scores or scores[0][0] < SAME or (len(scores) > 1 and scores[0][0] - scores[1][0] < MARGIN):
            return None
        index[c] = scores[0][1]
    n = len(groups)
    if n > 14:
        return None

    def value(f: tuple, bits: tuple[bool, ...]) -> bool:
        if f[0] == "atom":
            c: Clause = f[1]
            return bits[index[c]] != c.negated
        if f[0] == "not":
            return not value(f[1], bits)
        if f[0] == "and":
            return all(value(p, bits) for p in f[1:])
        if f[0] == "or":
            return any(value(p, bits) for p in f[1:])
        return (not value(f[1], bits)) or value(f[2], bits)

    worlds = [bits for bits in product((False, True), repeat=n) if all(value(f, bits) for f in context)]
    if not worlds:
        return None
    return "yes" if all(value(goal, bits) for bits in worlds) else "no"


def _same_formula(c: Clause, group: list[Clause], context: list[tuple]) -> bool:
    """Two clauses of one rule ("if A then B") are never one proposition."""
    for f in context:
        inside = atoms(f)
        if c in inside and any(g in inside for g in group):
            return True
    return False


def question_skeleton(statement: str, names: frozenset[str] = frozenset()) -> tuple | None:
    """The asked statement as a skeleton (the question forms are parsed by `entailment.statement_asked`)."""
    match = re.match(r"^if (?P<a>.+?), then (?P<b>.+)$", statement, re.I)
    if match is not None:
        a, b = clause(match.group("a"), names), clause(match.group("b"), names)
        return ("if", ("atom", a), ("atom", b)) if a and b else None
    match = re.match(r"^either (?P<a>.+?) or (?P<b>.+)$", statement, re.I)
    if match is not None:
        a, b = clause(match.group("a"), names), clause(match.group("b"), names)
        return ("or", ("atom", a), ("atom", b)) if a and b else None
    single = clause(statement, names)
    return ("atom", single) if single is not None else None
