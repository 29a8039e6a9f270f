"""A rule relating two people, said with generic "you" and "someone ... them" or with letters: "If you love someone,
you trust them.", "Anyone who helps someone thanks them.", "If X hires Y, then X pays Y." Each says of every two
people that the first relation gives the second; the grammar reads a rule about one person at a time, so the rule
is said of each ordered pair of the people it can meet ("If Ann loves Bo, Ann trusts Bo.").

Saying a universal rule of some of its instances says less than the rule, so this is a weaker reading (`solve`
keeps its answer only where more premises would keep it). The instances are the ordered pairs of different people
named as a subject or an object of either verb elsewhere in the text. Read only for one-word verbs the lexicon
knows, with the second side plain or denied ("you don't trust them"); letters only where no other sentence names
them (then they are variables, not people); a question about "you" leaves the rule as typed (see `generic_you`).
"""

from __future__ import annotations

import re
from itertools import permutations

from agentlib.puzzles.english.meaning import FUNCTION_WORDS
from agentlib.puzzles.english.words import AUXILIARIES, is_word, lemma, third_person

_DENIED = r"(?P<denied>do not |don't |does not |doesn't |never )?"
_RULES = [
    re.compile(rf"^(?:If|When|Whenever) you (?P<first>[a-z]+) (?:someone|somebody|a person|another person),? "
               rf"(?:then )?you {_DENIED}(?P<second>[a-z]+) (?:them|him or her)\.$"),
    re.compile(rf"^(?:Anyone|Anybody|Everyone|Everybody|Whoever) (?:who )?(?P<first>[a-z]+) (?:someone|somebody) "
               rf"(?:also )?{_DENIED}(?P<second>[a-z]+) (?:them|him or her)\.$"),
    re.compile(rf"^(?:If|When|Whenever) (?P<x>[A-Z]) (?P<first>[a-z]+) (?P<y>[A-Z]),? (?:then )?(?P=x) {_DENIED}"
               rf"(?P<second>[a-z]+) (?P=y)\.$"),
]
_SENTENCE = re.compile(r"[^.!?]+[.!?]+")
_YOU = re.compile(r"\b(?:you|your)\b", re.I)


def relation_rules_grounded(text: str) -> str | None:
    """`text` with each two-person rule said of every ordered pair it can meet; None when there is no such rule."""
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(text)]
    if not sentences or _YOU.search(sentences[-1]):
        return None
    out, changed = [], False
    for k, sentence in enumerate(sentences):
        rule = next((m for m in (p.match(sentence) for p in _RULES) if m is not None), None)
        grounded = _grounded(rule, sentences[:k] + sentences[k + 1:]) if rule is not None else None
        out.append(grounded if grounded is not None else sentence)
        changed = changed or grounded is not None
    return " ".join(out) if changed else None


def _grounded(rule: re.Match[str], others: list[str]) -> str | None:
    first, second = lemma(rule["first"], "VERB"), lemma(rule["second"], "VERB")
    if not (is_word(first, "VERB") and is_word(second, "VERB")) or rule["second"] in ("not", "never"):
        return None
    letters = [rule[g] for g in ("x", "y") if g in rule.re.groupindex]
    if any(re.search(rf"\b{letter}\b", s) for letter in letters for s in others):
        return None  # "If A beats B, ...": A and B are people of the puzzle, not variables
    people = _people(others, {first, second})
    if len(people) < 2:
        return None
    then = (f"does not {second}" if rule["denied"] else third_person(second))
    return " ".join(f"If {a} {third_person(first)} {b}, {a} {then} {b}." for a, b in permutations(people, 2))


def _people(sentences: list[str], verbs: set[str]) -> list[str]:
    """The names that stand right before or after a form of one of `verbs` ("Ann loves Bo", "Does Ann trust Bo?")."""
    found: list[str] = []
    for sentence in sentences:
        words = re.findall(r"[A-Za-z']+", sentence)
        for k, word in enumerate(words):
            if lemma(word.lower(), "VERB") not in verbs:
                continue
            for near in (words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""):
                if re.fullmatch(r"[A-Z][a-z]+", near) and near not in found and near.lower() not in FUNCTION_WORDS \
                        and near.lower() not in AUXILIARIES:
                    found.append(near)
    return found
