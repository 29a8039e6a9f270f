"""Entailment with defaults: what holds in every preferred model of hard facts and ranked soft rules.

A text read loosely (`paraphrase.py`) gives propositional formulas over numbered atoms, each with a rank:
rank 0 is a fact and must hold; rank 1, 2, ... are rules that hold unless something of a lower rank (or a
rule of the same rank that wins instead) contradicts them. "Birds fly. Ostriches are birds that do not
fly." keeps the rule for every bird but the ostrich. This is Brewka's preferred subtheories: an
extension takes the facts, then a maximal set of rank-1 rules consistent with them, then a maximal set
of rank-2 rules consistent with all that, and so on; a statement follows when it holds in every model of
every extension (skeptical entailment). With no conflicts there is one extension, every rule is in it,
and the answer is plain classical entailment.

Bounds: `MAX_ATOMS` atoms, `MAX_SOFT` rules, `MAX_EXTENSIONS` extensions, each Z3 call under
`TIMEOUT_MS`; past them `decide` returns None (no answer) rather than run long. Formulas are tuples:
("atom", k) | ("not", f) | ("and", f...) | ("or", f...) | ("if", f, g) | ("exactly", n, f...).

Left out: specificity (a rule about penguins does not beat one about birds by itself: the text must say
which is the exception), and credulous answers ("it may be that ...").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

MAX_ATOMS = 64
MAX_SOFT = 48
MAX_EXTENSIONS = 32
TIMEOUT_MS = 2_000

Formula = tuple  # ("atom", k) | ("not", f) | ("and", *fs) | ("or", *fs) | ("if", f, g) | ("exactly", n, *fs)


@dataclass(frozen=True)
class Ranked:
    """One statement: rank 0 must hold, higher ranks are rules that yield to what outranks them."""

    formula: Formula
    rank: int = 0


@dataclass(frozen=True)
class Decision:
    answer: Literal["yes", "no"]
    extensions: int  # how many preferred extensions were checked (1 when no rule had to yield)
    yielded: int  # rules left out of some extension because they conflicted


class TooLarge(Exception):
    """The formulas exceed the bounds above; the caller answers nothing."""


def atoms_of(formula: Formula) -> set[int]:
    if formula[0] == "atom":
        return {formula[1]}
    parts = formula[2:] if formula[0] == "exactly" else formula[1:]
    return set().union(*(atoms_of(p) for p in parts)) if parts else set()


def decide(statements: Sequence[Ranked], goal: Formula) -> Decision | None:
    """ "yes" when `goal` holds in every preferred model, "no" when some preferred model falsifies it; None when
    the facts contradict each other, a bound is exceeded, or Z3 gives up."""
    used = set().union(*(atoms_of(s.formula) for s in statements), atoms_of(goal)) if statements else atoms_of(goal)
    soft = [s for s in statements if s.rank > 0]
    if len(used) > MAX_ATOMS or len(soft) > MAX_SOFT:
        return None
    import z3

    # a context of this call's own: Z3's shared default context must never be used from two threads at once (the
    # server answers requests in a thread pool), which aborts the process
    ctx = z3.Context()
    variables = {k: z3.Bool(f"a{k}", ctx) for k in sorted(used)}
    hard = [_z3(s.formula, variables, z3, ctx) for s in statements if s.rank == 0]
    ranks = sorted({s.rank for s in soft})
    levels = [[_z3(s.formula, variables, z3, ctx) for s in soft if s.rank == rank] for rank in ranks]
    target = _z3(goal, variables, z3, ctx)
    try:
        if _status(hard, z3, ctx) != "sat":
            return None
        count = 0
        yielded = 0
        for extension, left_out in _extensions(hard, levels, z3, ctx):
            count += 1
            yielded = max(yielded, left_out)
            if count > MAX_EXTENSIONS:
                return None
            status = _status([*extension, z3.Not(target)], z3, ctx)
            if status == "unknown":
                return None
            if status == "sat":
                return Decision("no", count, yielded)
        return Decision("yes", count, yielded)
    except TooLarge:
        return None


def _extensions(base: list[Any], levels: list[list[Any]], z3: Any, ctx: Any) -> Iterator[tuple[list[Any], int]]:
    if not levels:
        yield base, 0
        return
    level, rest = levels[0], levels[1:]
    for chosen in _maximal_consistent(base, level, z3, ctx):
        for extension, left_out in _extensions([*base, *chosen], rest, z3, ctx):
            yield extension, left_out + len(level) - len(chosen)


def _maximal_consistent(base: list[Any], rules: list[Any], z3: Any, ctx: Any) -> Iterator[list[Any]]:
    """Every maximal subset of `rules` consistent with `base` (found by growing a model, then blocking it)."""
    if _status([*base, *rules], z3, ctx) == "sat":
        yield list(rules)
        return
    found: list[set[int]] = []
    while len(found) < MAX_EXTENSIONS:
        blocking = [z3.Or([rules[k] for k in range(len(rules)) if k not in chosen] or [z3.BoolVal(False, ctx)])
                    for chosen in found]
        solver = _solver(z3, ctx)
        solver.add(*base, *blocking)
        status = solver.check()
        if status == z3.unknown:
            raise TooLarge
        if status == z3.unsat:
            return
        model = solver.model()
        chosen_set = {k for k, rule in enumerate(rules) if z3.is_true(model.eval(rule, model_completion=True))}
        for k in range(len(rules)):
            if k not in chosen_set and _status([*base, *(rules[j] for j in chosen_set), rules[k]], z3, ctx) == "sat":
                chosen_set.add(k)
        found.append(chosen_set)
        yield [rules[k] for k in sorted(chosen_set)]
    raise TooLarge


def _solver(z3: Any, ctx: Any) -> Any:
    solver = z3.Solver(ctx=ctx)
    solver.set("timeout", TIMEOUT_MS)
    return solver


def _status(formulas: list[Any], z3: Any, ctx: Any) -> str:
    solver = _solver(z3, ctx)
    solver.add(*formulas)
    result = solver.check()
    if result == z3.unknown:
        raise TooLarge
    return "sat" if result == z3.sat else "unsat"


def _z3(formula: Formula, variables: dict[int, Any], z3: Any, ctx: Any) -> Any:
    head = formula[0]
    if head == "atom":
        return variables[formula[1]]
    if head == "not":
        return z3.Not(_z3(formula[1], variables, z3, ctx))
    if head == "and":
        return z3.And([_z3(p, variables, z3, ctx) for p in formula[1:]]) if len(formula) > 1 else z3.BoolVal(True, ctx)
    if head == "or":
        return z3.Or([_z3(p, variables, z3, ctx) for p in formula[1:]]) if len(formula) > 1 else z3.BoolVal(False, ctx)
    if head == "if":
        return z3.Implies(_z3(formula[1], variables, z3, ctx), _z3(formula[2], variables, z3, ctx))
    if head == "exactly":
        parts = [_z3(p, variables, z3, ctx) for p in formula[2:]]
        return z3.PbEq([(p, 1) for p in parts], int(formula[1])) if parts else z3.BoolVal(formula[1] == 0, ctx)
    raise ValueError(f"unknown connective {head!r}")
