"""Questions with answer options and "True or false" questions, read as yes/no questions about each statement.

"... Which of the following must be true? (A) Cy is taller than Ann. (B) Ann is taller than Cy." asks, for each
option, whether the statements entail it; "could be true" asks whether it is consistent with them; "must be false"
/ "cannot be true" whether its negation is entailed. Every option is decided by the same grammar and solver as a
yes/no question, and the answer is the one option that qualifies; when an option is not understood, or none or
several qualify, the puzzle abstains and says which (a guess between options is never given).

The question may come first, its statements between it and the options ("Which of the following must be true? If
Kai studies, he passes. Kai didn't pass. (A) ..."); statements on both sides of it leave the text unread.

"True or false: S." (or "S. True or false?") is the yes/no question "Is it true that S?", answered "true", "false"
or "cannot be determined".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from agentlib.puzzles.verdict import Certificate, Check, Verdict

Mode = Literal["must", "could", "cannot"]

_CHOICE_QUESTION = re.compile(
    r"(?P<question>\b(?:which|what)\b(?:\s+(?:one|ones|statements?|options?|answers?|choices?))?(?:\s+of\s+(?:these|those|them|the\s+"
    r"(?:following|statements|options|choices|answers)))?(?:\s+(?:statements?|options?))?\s+"
    r"(?P<verb>must|could|can|cannot|can't|can not|might|is|are)\s*(?P<not>not\s+)?(?:(?:also|necessarily)\s+)?"
    r"(?:be\s+)?(?P<value>true|false|correct|incorrect|possible|impossible)\b[^?:]*[?:])", re.I)
_LABEL = re.compile(r"(?:^|(?<=\s))(?:\((?P<a>[A-Ea-e1-5])\)|(?P<b>[A-Ea-e1-5])[).:])\s+")
# The statement ends at a non-space (a space only before "." or ","), and no two `\s*` sit side by side around an
# optional mark: otherwise each end tried inside a long run of spaces scans the run again (quadratic or cubic).
_TRUE_OR_FALSE = re.compile(r"^\s*(?:true\s+or\s+false|t\s*/\s*f)\s*[:?,-]\s*(?P<statement>.*?\S)(?:\s*[.?])?\s*$",
                            re.I)
_TRAILING_TRUE_OR_FALSE = re.compile(r"^(?P<statement>.*?(?:\S|\s(?=[.,])))[.,]?\s*(?:\(|-\s*)?true\s+or\s+false\??\)?"
                                     r"\s*$", re.I)
# "Is the following statement true or false? S." -- the benchmark families' own question, typed by a person whose
# facts are not in a benchmark's shape (with "true, false, or unknown" ProofWriter's reader claims it first)
_FOLLOWING_TRUE_OR_FALSE = re.compile(
    r"(?:based on (?:the|this) (?:above )?information,?\s*)?(?:is )?the following (?:statement|sentence|claim) "
    r"true or false\s*\??", re.I)


@dataclass(frozen=True)
class Choices:
    """The statements before the question, what an option must be, and the options with their labels."""

    premises: str
    mode: Mode
    labels: tuple[str, ...]
    options: tuple[str, ...]


def read_choices(text: str) -> Choices | None:
    """The options question in `text`, or None when it has none (two or more labelled options after a "which ...
    must / could / cannot be true" question)."""
    question = None
    for match in _CHOICE_QUESTION.finditer(text):
        question = match
    if question is None:
        return None
    after = text[question.end():]
    labels = list(_LABEL.finditer(after))
    if len(labels) < 2:
        return None
    premises = text[:question.start()].strip()
    between = after[:labels[0].start()].strip()
    if between and premises:
        return None  # statements on both sides of the question: which the options speak of is unclear
    premises = premises or between  # "Which of the following must be true? If Kai studies, ... (A) ..."
    options = []
    for k, label in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(after)
        option = after[label.end():end].strip().rstrip(";,").strip()
        if not option:
            return None
        options.append(option.rstrip(".") + ".")
    mode = _mode(question.group("verb").lower(), bool(question.group("not")), question.group("value").lower())
    if mode is None:
        return None
    names = tuple((label.group("a") or label.group("b")).upper() for label in labels)
    return Choices(premises, mode, names, tuple(options))


def _mode(verb: str, negated: bool, value: str) -> Mode | None:
    if value in ("possible",):
        value, verb = "true", "could"
    if value == "impossible":
        value, verb = "true", "cannot"
    positive = value in ("true", "correct")
    if verb in ("cannot", "can't", "can not") or (verb in ("could", "can", "might") and negated):
        return "cannot" if positive else None
    if verb in ("could", "can", "might"):
        return "could" if positive else None
    if verb in ("must", "is", "are"):
        if negated:
            return None
        return "must" if positive else "cannot"
    return None


def true_or_false(text: str) -> tuple[str, str] | None:
    """(premises, statement) for "... True or false: S." / "... S. True or false?", else None."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    last = sentences[-1] if sentences else ""
    match = _TRUE_OR_FALSE.match(last)
    if match is not None:
        return " ".join(sentences[:-1]), match.group("statement")
    if re.fullmatch(r"\s*true\s+or\s+false\s*\??\s*", last, re.I) and len(sentences) >= 3:
        return " ".join(sentences[:-2]), sentences[-2].rstrip(".")
    if len(sentences) >= 3 and _FOLLOWING_TRUE_OR_FALSE.fullmatch(sentences[-2].strip()):
        return " ".join(sentences[:-2]), last.strip().rstrip(".")
    match = _TRAILING_TRUE_OR_FALSE.match(last)
    if match is not None and len(sentences) >= 2:
        return " ".join(sentences[:-1]), match.group("statement")
    return None


def solve_choices(choices: Choices, decide: Callable[[str], Verdict]) -> Verdict:
    """The verdict for an options question: `decide` answers one yes/no question text with the grammar's solver."""
    asked = "Is it possible that" if choices.mode == "could" else "Is it true that"
    wanted = {"must": "yes", "could": "yes", "cannot": "no"}[choices.mode]
    qualifying: list[int] = []
    checks: list[Check] = []
    for k, option in enumerate(choices.options):
        statement = option.rstrip(".")
        verdict = decide(f"{choices.premises} {asked} {embedded_clause(statement)}?")
        if verdict.status != "verified":
            return Verdict("english", "abstained", reason=f"option ({choices.labels[k]}) was not settled: "
                           f"{verdict.reason}", failure=verdict.failure, unparsed=list(verdict.unparsed))
        if verdict.answer == wanted:
            qualifying.append(k)
        checks.append(Check(f"option ({choices.labels[k]}) {statement}", "holds" if verdict.answer == wanted
                            else "fails", f"{asked.lower()} it: {verdict.answer}"))
    what = {"must": "must be true", "could": "could be true", "cannot": "cannot be true"}[choices.mode]
    if len(qualifying) != 1:
        which = ", ".join(f"({choices.labels[k]})" for k in qualifying) or "none"
        return Verdict("english", "abstained", reason=f"exactly one option should be one that {what}; these are: "
                       f"{which}", failure="ambiguous", certificate=Certificate("options, each decided", tuple(checks)))
    k = qualifying[0]
    return Verdict("english", "verified", answer=f"({choices.labels[k]}) {choices.options[k].rstrip('.')}",
                   reason=f"of the options, only ({choices.labels[k]}) {what}",
                   certificate=Certificate("options, each decided as a yes/no question", tuple(checks)))


def solve_true_or_false(premises: str, statement: str, decide: Callable[[str], Verdict]) -> Verdict:
    """ "True or false: S" as "Is it true that S?": the answer is "true", "false" or "cannot be determined"."""
    statement = statement.strip().rstrip(".")
    verdict = decide(f"{premises} Is it true that {embedded_clause(statement)}?")
    if verdict.status == "verified":
        verdict.answer = {"yes": "true", "no": "false"}.get(str(verdict.answer), verdict.answer)
    return verdict


_LOWERED_STARTS = frozenset({"the", "a", "an", "all", "some", "no", "every", "each", "none", "it", "there", "they",
                             "he", "she", "exactly", "at", "neither", "either", "both", "not", "if", "nobody",
                             "everyone", "someone", "only"})


def embedded_clause(statement: str) -> str:
    """A statement as the clause after "that": its first word in lower case unless it is a name."""
    first = statement.split(" ", 1)[0]
    return statement[0].lower() + statement[1:] if first.lower() in _LOWERED_STARTS else statement
