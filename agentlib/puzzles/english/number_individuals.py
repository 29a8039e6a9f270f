"""Numbers as individuals: "14 is an even number. Every even number is divisible by 2. Is 14 divisible by 2?".

A numeral that is a sentence's subject ("14 is ...", "Is 14 ...?") names an individual, as a name does; it is read
under a stand-in name (the grammar takes digits for counts and places) and shown as the numeral again. "divisible by
2" becomes one adjective ("divisible-by-2"), as the grammar reads no "by" phrase after an adjective.

Arithmetic knows some of what the sentences say (even, odd, prime, divisible by, a multiple or a factor of), so the
reading is checked against it: a sentence arithmetic denies ("15 is an even number") leaves the text unread, and a
question arithmetic settles ("Is 14 divisible by 2?") is answered only when the reasoning from the sentences gives
arithmetic's answer; a property arithmetic does not know ("lucky") is the sentences' alone.

Left out: numbers in other places of a sentence ("2 is smaller than 14"), sums and comparisons of numbers (the math
reader's), and a numeral subject beside counts of things ("3 people"): then the text is left to the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.verdict import Verdict

_SUBJECT = re.compile(r"(?:(?<=^)|(?<=[.!?;]\s)|(?<=\b[Ii]s\s)|(?<=\b[Ii]sn't\s))(?P<n>\d{1,6})(?=\s+is\b|\s+isn't\b|"
                      r"\s+(?:an?|even|odd|prime|composite|divisible|not)\b[^.?!]*\?)", re.M)
_STATED = re.compile(r"(?:(?<=^)|(?<=[.!?;]\s))(?P<n>\d{1,6}) (?:is|isn't)\b", re.M)
_DIVISIBLE = re.compile(r"\b(?:evenly )?divisible by (\d{1,6})\b")
_CLAIM = re.compile(r"^(?:is\s+)?(?P<n>\d{1,6})\s+(?:is\s+)?(?P<neg>not\s+|isn't\s+)?(?P<phrase>[^.?!]+?)\s*[.?!]?$",
                    re.I)
_DIGIT_LETTERS = "abcdefghij"


def _stand_in(number: str) -> str:
    """A name the grammar takes for a person's ("Numeralbe" for 14), never a word of the text."""
    return "Numeral" + "".join(_DIGIT_LETTERS[int(d)] for d in number)


def _is_prime(n: int) -> bool:
    return n > 1 and all(n % k for k in range(2, int(n ** 0.5) + 1))


_KNOWN: list[tuple[re.Pattern[str], Callable[[int, int], bool]]] = [
    (re.compile(r"^(?:an? )?even(?: number| integer)?$"), lambda n, _: n % 2 == 0),
    (re.compile(r"^(?:an? )?odd(?: number| integer)?$"), lambda n, _: n % 2 == 1),
    (re.compile(r"^(?:an? )?prime(?: number)?$|^a prime$"), lambda n, _: _is_prime(n)),
    (re.compile(r"^(?:an? )?composite(?: number)?$"), lambda n, _: n > 1 and not _is_prime(n)),
    (re.compile(r"^(?:evenly )?divisible by (\d+)$"), lambda n, k: k != 0 and n % k == 0),
    (re.compile(r"^a multiple of (\d+)$"), lambda n, k: k != 0 and n % k == 0),
    (re.compile(r"^(?:a factor|a divisor) of (\d+)$"), lambda n, k: n != 0 and k % n == 0),
]


def arithmetic(number: int, phrase: str) -> bool | None:
    """What arithmetic says of "14 is <phrase>", or None for a property it does not know."""
    said = " ".join(phrase.lower().split())
    for pattern, holds in _KNOWN:
        m = pattern.match(said)
        if m:
            return holds(number, int(m.group(1)) if m.groups() else 0)
    return None


def _claims(sentence: str) -> tuple[int, bool, bool | None] | None:
    """(number, negated, what arithmetic says of the phrase) for "14 is (not) <phrase>" / "Is 14 <phrase>?"."""
    m = _CLAIM.match(sentence.strip())
    if m is None:
        return None
    return int(m.group("n")), bool(m.group("neg")), arithmetic(int(m.group("n")), m.group("phrase"))


def solve_number_individuals(text: str, solve: Callable[[str], Verdict]) -> Verdict | None:
    """The verdict on a text whose individuals include numbers, or None when it has none (or is not for here)."""
    from agentlib.puzzles.english.text import split_sentences

    stated = set(_STATED.findall(text))
    if not stated or re.search(r"\b\d+\s+(?:people|persons|friends|kids|children|men|women|boys|girls)\b", text):
        return None
    sentences = [s.strip() for s in split_sentences(text) if s.strip()]
    for sentence in sentences[:-1]:
        claim = _claims(sentence)
        if claim is not None and claim[2] is not None and claim[2] == claim[1]:
            return Verdict("english", "abstained", failure="unsat",
                           reason=f"arithmetic denies '{sentence}': the sentences are not about these numbers")
    rewritten = _DIVISIBLE.sub(lambda m: f"divisible-by-{m.group(1)}", text)
    rewritten = _SUBJECT.sub(lambda m: _stand_in(m.group("n")) if m.group("n") in stated else m.group("n"), rewritten)
    if rewritten == text:
        return None
    verdict = solve(rewritten)
    shown = {_stand_in(n): n for n in stated}
    back = re.compile("|".join(sorted(shown, key=len, reverse=True)))
    if verdict.reason:
        verdict.reason = back.sub(lambda m: shown[m.group(0)], verdict.reason).replace("divisible-by-", "divisible by ")
    if isinstance(verdict.answer, str):
        verdict.answer = back.sub(lambda m: shown[m.group(0)], verdict.answer)
    asked = _claims(sentences[-1]) if sentences and sentences[-1].endswith("?") else None
    if verdict.verified and asked is not None and asked[2] is not None:
        expected = "yes" if asked[2] != asked[1] else "no"
        if verdict.answer != expected:
            return Verdict("english", "abstained", failure="ambiguous",
                           reason=f"arithmetic answers '{sentences[-1]}' {expected}, the sentences "
                                  f"{verdict.answer!r}: the reasoning does not settle it")
    return verdict


__all__ = ["arithmetic", "solve_number_individuals"]
