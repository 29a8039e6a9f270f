"""A question whether the statements can all hold: "Gina is the only one who likes jazz. Hugo likes jazz. Is this
possible?", "Can both statements be true?", "Is that consistent?". The answer is "yes" when some situation makes
every statement true, "no" when they contradict each other (the sentences that clash are quoted).

It is decided by asking the text, as read, whether its last statement holds: a consistent text answers "yes" (a
statement follows from itself), a contradictory one comes back as contradicting ("unsat"). Anything else (an unread
sentence, a reading in doubt) abstains with its own reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.english.choices import embedded_clause
from agentlib.puzzles.verdict import Verdict

_ASKED = re.compile(
    r"(?:^|(?<=[.!?\x22]) )(?:is|was) (?:this|that|it|the situation|this situation|such a situation) "
    r"(?:possible|consistent|logically possible)\s*\?\s*$|"
    r"(?:^|(?<=[.!?\x22]) )(?:can|could) (?:both|all|all three|all four|all of (?:these|them|the statements)|"
    r"these|they|both statements|all (?:the|these|of these) statements|these statements|the statements) "
    r"(?:all )?(?:be true|"
    r"hold|be true at the same time|be true together|hold together)\s*\?\s*$|"
    r"(?:^|(?<=[.!?\x22]) )(?:are|were) (?:these|the|both|all) (?:statements|claims|sentences|facts) (?:consistent|"
    r"compatible)(?: with each other)?\s*\?\s*$|"
    r"(?:^|(?<=[.!?\x22]) )(?:can|could) this (?:happen|be (?:so|true|the case))\s*\?\s*$", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!]")
_SPEECH = re.compile(r"\b(?:says|said|say|tells|told|claims|claimed|states|stated)\b", re.I)


def asks_consistency(text: str) -> bool:
    return _ASKED.search(text.strip()) is not None


def consistency_verdict(text: str, solve: Callable[[str], Verdict], family: str) -> Verdict | None:
    """The verdict for "Is this possible?" after the statements of `text`; None when there is no last statement to
    ask about."""
    match = _ASKED.search(text.strip())
    assert match is not None
    statements = text.strip()[: match.start()].strip()
    sentences = _SENTENCE.findall(statements)
    plain = [s.strip() for s in sentences if '"' not in s and not _SPEECH.search(s) and s.strip().endswith(".")]
    if not plain:
        return None
    last = plain[-1].rstrip(".")  # a statement, never a speech: "Is it true that Dan says ...?" is not read
    probe = f"{statements} Is it true that {embedded_clause(last)}?"
    verdict = solve(probe)
    if verdict.failure == "unsat":
        return Verdict(family, "verified", answer="no", reason=f"no situation makes every statement true: "
                       f"{verdict.reason}", certificate=verdict.certificate, spec=verdict.spec)
    if verdict.verified and verdict.answer == "yes":
        clash = _opposed_properties(verdict.spec or {}) or _two_kinds_of_one(verdict.spec or {})
        if clash:
            return Verdict(family, "abstained", reason=f"the statements hold together only if '{clash[0]}' and "
                           f"'{clash[1]}' may both be true of one thing, which the words may not mean",
                           failure="ambiguous")
        functions = (verdict.spec or {}).get("functions", {})
        if "r_parent_of" in functions and any(name.startswith("v_") and name != "v_generation" for name in functions):
            return Verdict(family, "abstained", reason="the statements compare kin on a scale (ages, heights); what "
                           "kinship implies there (a parent is older than a child) is not read", failure="ambiguous")
        return Verdict(family, "verified", answer="yes", reason="some situation makes every statement true (the "
                       "statements do not contradict each other)", certificate=verdict.certificate, spec=verdict.spec)
    return Verdict(family, "abstained", reason=verdict.reason, failure=verdict.failure or "ambiguous",
                   unparsed=verdict.unparsed)


def _opposed_properties(spec: dict) -> tuple[str, str] | None:
    """Two one-word properties of the reading that are opposites or siblings in a closed class ("black" and
    "white"): read as unrelated they let the statements hold together, which people would not say."""
    from agentlib.puzzles.english.contrasts import opposed

    words = sorted(name[2:] for name in spec.get("functions", {}) if name.startswith("p_") and "_" not in name[2:])
    return next(((a, b) for a in words for b in words if a < b and opposed(a, b)), None)


_FACT = re.compile(r"\bp_([a-z]+)\(c_(\w+)\)")
_ANY_FACT = re.compile(r"\bp_\w+\(c_\w+\)")


def _two_kinds_of_one(spec: dict) -> tuple[str, str] | None:
    """Two kinds said of one individual ("Tom is a cat." / "Tom is a dog.") that no rule relates: read as unrelated
    they hold together, which people would not say of most kinds."""
    from agentlib.puzzles.english.words import is_word

    kinds: dict[str, set[str]] = {}
    exprs = [c["expr"] for c in spec.get("constraints", [])]
    rules = [e for e in exprs if "forall" in e or "exists" in e]
    for expr in exprs:
        if expr in rules or _ANY_FACT.sub("", expr).replace("and", "").strip("() "):
            continue  # a rule, a condition or a speech, not facts said outright
        for predicate, constant in _FACT.findall(expr):
            if is_word(predicate, "NOUN") and not is_word(predicate, "ADJ"):
                kinds.setdefault(constant, set()).add(predicate)
    for found in kinds.values():
        for a in sorted(found):
            for b in sorted(found):
                if a < b and not any(f"p_{a}(" in rule and f"p_{b}(" in rule for rule in rules):
                    return a, b
    return None
