"""Yes/no questions about propositional letters: "If P then Q. P. Is Q true?", "P ∨ Q, ¬P. Is Q true?", "A → B.
B → C. A. Does C follow?", "If P then Q. Not Q. Is P false?".

The statements are read as formulas of letters (`letter_formulas.py`) and the question names one formula ("Is Q
true?", "Is it true that Q?", "Is P false?", "Must Q be true?", "Does Q follow?", "Can we conclude Q?"). Z3 proves
the answer: "yes" when the statements entail what is asked, "no" when they entail its denial, "cannot be
determined" when both are possible ("Does Q follow?" and "Can we conclude Q?" ask only whether it is entailed, so
there "no"); statements that contradict each other abstain. A text with any other word is
not this reader's (None).
"""

from __future__ import annotations

import re
from typing import Any

from agentlib.puzzles.letter_arguments import MAX_CHARS, MAX_LETTERS, MAX_PREMISES, formula_in_z3, premises_of
from agentlib.puzzles.letter_formulas import Formula, NotLetters, letters_of, parse_letters, show
from agentlib.puzzles.verdict import Certificate, Check, Verdict

MAX_QUESTION_CHARS = 300
_ASKED = re.compile(r"^\s*(?:is it (?:true|the case) that (?P<that>.+?)|(?:is|must|would) (?P<truth>.+?) (?:be )?"
                    r"(?P<value>true|false)|does (?P<follows>.+?) (?:follow|hold)|can (?:we|you|one|i) (?:conclude|"
                    r"infer|deduce)(?: that)? (?P<concluded>.+?))\s*\?\s*$", re.I)


def letter_verdict(text: str, family: str) -> Verdict | None:
    """The answer to a yes/no question about letters (see the module notes), or None when the text is not one."""
    if len(text) > MAX_CHARS:
        return None
    sentences = [s for s in re.split(r"(?<=[.;?!])\s+|\n+", text.strip()) if s.strip()]
    if len(sentences) < 2 or len(sentences[-1]) > MAX_QUESTION_CHARS:
        return None
    asked = _ASKED.match(sentences[-1])
    if asked is None:
        return None
    said = asked["that"] or asked["truth"] or asked["follows"] or asked["concluded"]
    try:
        goal = parse_letters(said)
        premises = [parse_letters(p) for p in premises_of(" ".join(sentences[:-1]))]
    except NotLetters:
        return None
    if asked["value"] and asked["value"].lower() == "false":
        goal = ("not", goal)
    letters = set().union(letters_of(goal), *(letters_of(p) for p in premises))
    if not premises or len(premises) > MAX_PREMISES or len(letters) > MAX_LETTERS:
        return None
    follows = bool(asked["follows"] or asked["concluded"])  # "Does Q follow?" asks only whether it is entailed
    return _answered(premises, goal, sorted(letters), family, follows)


def _answered(premises: list[Formula], goal: Formula, names: list[str], family: str, follows: bool) -> Verdict:
    import z3

    letters = {name: z3.Bool(name) for name in names}

    def possible(extra: Any) -> bool:
        solver = z3.Solver()
        solver.add(*[formula_in_z3(p, letters) for p in premises], extra)
        return solver.check() == z3.sat

    shown = show(goal)
    premises_check = Check(f"all {len(premises)} statements together ({', '.join(show(p) for p in premises)})",
                           "sat")
    if not possible(z3.BoolVal(True)):
        return Verdict(family, "abstained", reason="the statements contradict each other", failure="unsat")
    can_hold, can_fail = possible(formula_in_z3(goal, letters)), possible(z3.Not(formula_in_z3(goal, letters)))
    if can_hold and can_fail and follows:
        return Verdict(family, "verified", answer="no", reason=f"it does not follow: the statements allow {shown} "
                       "to be true or false", certificate=Certificate("counter-model", (
                           premises_check, Check(f"statements + not({shown})", "sat", "a counter-model exists"))))
    checks: tuple[Check, ...]
    if can_hold and can_fail:
        checks = (premises_check, Check(f"statements + ({shown})", "sat", "possible"),
                  Check(f"statements + not({shown})", "sat", "possible"))
        return Verdict(family, "verified", answer="cannot be determined", reason=f"the statements allow {shown} "
                       "to be true or false", certificate=Certificate("both models exist", checks))
    answer = "yes" if can_hold else "no"
    checks = (premises_check, Check(f"statements + {'not' if can_hold else ''}({shown})", "unsat",
                                    "it follows" if can_hold else "its negation follows"))
    entailed = shown if can_hold else f"¬({shown})"
    return Verdict(family, "verified", answer=answer, reason=f"it follows that {entailed}",
                   certificate=Certificate("entailment (negation unsat)", checks))
