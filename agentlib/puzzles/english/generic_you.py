"""The generic "you" of a rule: "If you are a student, you get a discount" says it of anyone, not of the reader.

People state rules in the second person ("If you're over 18, you can vote", "When you study, you pass"); in a
puzzle about named people the rule is about each of them. A conditional whose two sides are both about "you" is
read as universal over individuals, exactly as "Anyone who is a student gets a discount" is. Left alone: "you" in
only one side ("If it rains, you get wet": a fact about the listener as much as a rule), "you" in quoted speech
(the speaker's addressee), and any text whose question is itself about "you" ("Do you get a discount?": then the
listener is a participant and the rule is about them too, which the plain reading already says).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.logic import Const, Formula, Iff, Implies, Or, Quantified, Var, constants_of, map_terms

YOU = Const("you")
_GENERIC_START = re.compile(r"^\s*(?:if|when|whenever|once|as long as)\s+you\b", re.I)
# "You can't enter unless you have a ticket", "You can vote only if you are 18": the condition after the main clause
_GENERIC_AFTER = re.compile(r"^\s*you\b[^.?!]*?\b(?:unless|only if|if|when|whenever|as long as|provided(?: that)?)\s+"
                            r"you\b", re.I)
_ASKS_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)


def is_generic_rule(sentence: str, question: str | None) -> bool:
    """The sentence opens with a condition on "you", and the question does not ask about "you"."""
    opens = _GENERIC_START.match(sentence) or _GENERIC_AFTER.match(sentence)
    return bool(opens) and not (question and _ASKS_YOU.search(question))


def generalize_you(formula: Formula, variable: Var) -> Formula | None:
    """`formula` said of every individual in place of "you", or None when it is not a two-sided rule on "you"."""
    if isinstance(formula, Or) and len(formula.parts) == 2:  # "A unless B" is read as "A or B"
        sides = list(formula.parts)
    elif isinstance(formula, (Implies, Iff)):
        sides = [formula.left, formula.right]
    else:
        return None
    if any(YOU.key not in constants_of([side]) for side in sides):
        return None
    return Quantified("all", variable, map_terms(formula, lambda t: variable if t == YOU else t))
