"""A rule whose consequent repeats its own condition: "If it rains the picnic is off and it is raining."

Read with the condition reaching over the "and", the sentence is "if it rains, (the picnic is off and it rains)",
whose second conjunct says nothing (given the condition, it holds by itself). People do not state what says
nothing, so the writer most likely meant "(if it rains, the picnic is off) and it is raining": the "and" joins a
rule and a fact. `regrouped` gives that other grouping, for the caller to read both ways and abstain when they
differ.

Where the repeated condition is said in the past and the rule's own condition is not ("If you study hard, you will
pass, and you studied hard."), the repetition reports that the condition came about: a consequence does not reach
back in time, so only the rule-and-fact grouping is left (`reports_its_condition`), and the caller reads it so.

Left out: a consequent conjunct that follows from the condition less directly (through another premise).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.logic import And, Formula, Implies
from agentlib.puzzles.english.past_states import said_in_past

_RULE_AND_CLAUSE = re.compile(r"^\s*(?:if|when|whenever)\s+(?P<condition>[^,]+),.+,\s+and\s+"
                              r"(?P<clause>[^,]+?)[.!]?\s*$", re.I | re.S)


def regrouped(formula: Formula) -> Formula | None:
    """`(if c then rest) and c` for `if c then (... and c and ...)`; None when the rule's consequent does not
    repeat its condition."""
    if not isinstance(formula, Implies) or not isinstance(formula.right, And):
        return None
    parts = formula.right.parts
    rest = tuple(part for part in parts if part != formula.left)
    if not rest or len(rest) == len(parts):
        return None
    kept = rest[0] if len(rest) == 1 else And(rest)
    return And((Implies(formula.left, kept), formula.left))


def reports_its_condition(sentence: str) -> bool:
    """Whether a rule's clause after its last ", and" is in the past while its condition is not: "If you study hard,
    you will pass, and you studied hard." (see the module notes)."""
    match = _RULE_AND_CLAUSE.match(sentence)
    return match is not None and said_in_past(match.group("clause")) and not said_in_past(match.group("condition"))
