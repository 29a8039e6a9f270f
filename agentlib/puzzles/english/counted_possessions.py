"""Counts of one thing had are exclusive: "This shape has three sides." rules out "has four sides", as "Ann has two
brothers" rules out "has three brothers". In a puzzle, "has N things" says how many, not "at least N", so two
different counts of one thing never hold of one individual.

For every pair of one-place predicates "have N X" / "have M X" (N ≠ M, said in digits or number words, the same
X) the reader adds "nothing has both". Nothing more: "has three sides" does not say which other count is false
beyond those the text names, and "has no sides" is left to its own reading.
"""

from __future__ import annotations

import re
from itertools import combinations

from agentlib.puzzles.english.logic import And, Atom, Formula, Not, Quantified, Var, walk
from agentlib.puzzles.english.words import NUMBER_WORDS

_COUNTED = re.compile(r"^have_(?P<n>\d{1,6}|[a-z]+)_(?P<thing>[a-z][a-z_]*)$")


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def count_exclusions(formulas: list[Formula]) -> list[tuple[str, Formula, str]]:
    """"Nothing has both N X and M X" for each two counts of one thing among the one-place predicates of
    `formulas` (labelled premises, with what they say)."""
    counted: dict[str, dict[int, str]] = {}
    for formula in formulas:
        for node in walk(formula):
            if not isinstance(node, Atom) or len(node.args) != 1:
                continue
            found = _COUNTED.match(node.predicate)
            if found is None or (number := _count(found["n"])) is None:
                continue
            counted.setdefault(found["thing"], {})[number] = node.predicate
    exclusions: list[tuple[str, Formula, str]] = []
    for thing, by_count in sorted(counted.items()):
        for (n, first), (m, second) in combinations(sorted(by_count.items()), 2):
            x = Var(f"x_count_{len(exclusions)}")
            both = And((Atom(first, (x,)), Atom(second, (x,))))
            exclusions.append((f"counts_{len(exclusions)}", Quantified("all", x, Not(both)),
                               f"nothing has both {n} and {m} {thing.replace('_', ' ')}s"))
    return exclusions
