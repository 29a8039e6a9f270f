"""A document's headings before an argument (`document_headings.py`): "Section 4.2: ...", "Review by Kim: ...",
"MEMO. Re: Smith lease. ...", "Honorable judges, ...", "Symbolize and test for validity: ..." made the argument
abstain. Fresh headings (numbers, authors, addressees) before fresh arguments of known forms, keyed by truth table:
the verdict is the argument's own, and a heading that claims something keeps its claim.
"""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.document_headings import heading

NAMES = ["Kim", "Tom", "Ana", "Raj", "Lena", "Omar"]
CLAUSES = [("the lamp is on", "the lamp is not on"), ("the road is wet", "the road is not wet"),
           ("the shop is open", "the shop is not open"), ("the train is late", "the train is not late"),
           ("the oven is hot", "the oven is not hot")]


def _headings(rng: random.Random) -> list[str]:
    number = f"{rng.randint(1, 12)}.{rng.randint(1, 9)}"
    name = rng.choice(NAMES)
    return [f"Section {number}: ", f"Clause {rng.randint(1, 30)}: ", f"Review by {name}: ", f"Reply from {name}: ",
            f"Posted by {name}: ", f"Exercise {number}. ", f"MEMO. Re: {name} lease. ", "To the editor: ",
            "Honorable judges, ", "Symbolize and test for validity: ", f"Exercise {number}. Symbolize and test: ",
            "My opponent's argument runs: "]


def _holds(premises, conclusion) -> bool:
    """Truth table over the two clauses: every row making the premises true makes the conclusion true."""
    return all(conclusion(p, q) for p, q in itertools.product([False, True], repeat=2)
               if all(f(p, q) for f in premises))


FORMS = [  # (text from (a, not a, b, not b), premises, conclusion) over p = a, q = b
    (lambda a, na, b, nb: f"If {a}, {b}. {a[0].upper() + a[1:]}. So {b}.",
     [lambda p, q: not p or q, lambda p, q: p], lambda p, q: q),
    (lambda a, na, b, nb: f"If {a}, {b}. {nb[0].upper() + nb[1:]}. So {na}.",
     [lambda p, q: not p or q, lambda p, q: not q], lambda p, q: not p),
    (lambda a, na, b, nb: f"If {a}, {b}. {b[0].upper() + b[1:]}. So {a}.",
     [lambda p, q: not p or q, lambda p, q: q], lambda p, q: p),
    (lambda a, na, b, nb: f"If {a}, {b}. {na[0].upper() + na[1:]}. So {nb}.",
     [lambda p, q: not p or q, lambda p, q: not p], lambda p, q: not q),
    (lambda a, na, b, nb: f"Either {a} or {b}. {na[0].upper() + na[1:]}. So {b}.",
     [lambda p, q: p or q, lambda p, q: not p], lambda p, q: q),
]


@pytest.mark.parametrize("seed", range(10))
def test_a_heading_leaves_the_arguments_verdict(seed):
    rng = random.Random(seed)
    (a, na), (b, nb) = rng.sample(CLAUSES, 2)
    form, premises, conclusion = rng.choice(FORMS)
    expected = "valid" if _holds(premises, conclusion) else "invalid"
    body = form(a, na, b, nb)
    for lead in rng.sample(_headings(rng), 4):
        analysis = _analyze(lead + body)
        assert (analysis.status, analysis.answer) == ("verified", expected), lead + body


def test_a_heading_that_claims_something_keeps_the_claim():
    kept = heading("Section 4: all users are adults.")
    assert kept is not None and kept.rest == "All users are adults."
    assert heading("Re: all users are adults.") is None  # a subject line that claims is no heading to drop
    assert heading("Reviews are useful.") is None and heading("Sir Lancelot is brave.") is None
