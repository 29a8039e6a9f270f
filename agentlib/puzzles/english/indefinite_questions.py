"""A yes/no question about "a" or "any" member of a kind: "Ann is a teacher. Ann is present. Is a teacher present?"

The grammar reads "a teacher" in a question as any teacher (the generic reading that "A robin is a bird. Birds lay
eggs. Does a robin lay eggs?" needs), so the question above asked whether every teacher is present and came out
"cannot be determined" (a wrong verified answer: Ann is one). "Is a teacher present?" may also ask whether there is
one. So both readings are decided: "any" in a question is the existential one ("Is any teacher present?"); with "a"
the generic answer stands when it is settled, and an open generic answer that the existential reading settles
abstains (the question may ask either).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.logic import And, Formula, Implies, Quantified

_INDEFINITE = re.compile(r"^\s*(?:is|are|was|were|does|do|did|can|could|has|have|will)\s+(?P<det>a|an|any)\s+\w",
                         re.I)


def determiner(question: str) -> str:
    """ "a" / "an" / "any" when the question's subject opens with it, else ""."""
    found = _INDEFINITE.match(question)
    return found.group("det").lower() if found else ""


def existential(formula: Formula) -> Formula | None:
    """The existential reading of a universal question ("every teacher is present" -> "some teacher is present"),
    or None when the formula is not one."""
    if isinstance(formula, Quantified) and formula.kind == "all" and isinstance(formula.body, Implies):
        return Quantified("some", formula.var, And((formula.body.left, formula.body.right)))
    return None
