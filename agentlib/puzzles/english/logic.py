"""The logical form the English grammar produces, and its translation into the constraint language.

Formulas are small frozen dataclasses: `Atom` (a predicate of terms, or a proposition with no terms),
`Compare` (two individuals on a numeric scale: taller, older, to the left of), `Rank` (an individual at
a position of a scale: first, last, the tallest), `Not`, `And`, `Or`, `Xor`, `Implies`, `Iff`,
`Quantified` (all / some over individuals, with a bound `Var`) and `Count` (between `low` and `high` of
some formulas hold). A term is a `Const` (a named individual, "the ground") or a `Var`.

`to_spec` renders a set of formulas as one spec of `tools/constraints.py`: an open sort `Thing` of
individuals (any number of them, unnamed ones included: first-order semantics, so "All A are B. Some
C are A." is judged over every possible world, not only the named individuals), the named individuals
as pairwise different constants of it (two names are two individuals, as people read them), a Bool
function per predicate, an Int function per scale, and one labelled constraint per formula. Scales
whose positions are places in a row (`RankedScale`) get distinct positions 1..n over the named
individuals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import product
from typing import Literal

THING = "Thing"


@dataclass(frozen=True)
class Const:
    key: str  # a slug: "socrates", "the_ground"


@dataclass(frozen=True)
class Var:
    name: str


Term = Const | Var


@dataclass(frozen=True)
class Atom:
    predicate: str  # a slug: "man", "take_umbrella"; a proposition when `args` is empty
    args: tuple[Term, ...] = ()


@dataclass(frozen=True)
class Compare:
    """`value(left) op value(right) + offset` on `scale` (e.g. height(a) > height(b))."""

    scale: str
    left: Term
    op: Literal["<", ">", "==", "!="]
    right: Term
    offset: int = 0


@dataclass(frozen=True)
class Adjacent:
    """`left` and `right` hold neighbouring positions on `scale` (|a - b| == 1)."""

    scale: str
    left: Term
    right: Term


@dataclass(frozen=True)
class Rank:
    """`term` holds position `position` (1-based) of `scale`, counted from the top (`from_end` False) or bottom."""

    scale: str
    term: Term
    position: int
    from_end: bool = False


@dataclass(frozen=True)
class Not:
    body: Formula


@dataclass(frozen=True)
class And:
    parts: tuple[Formula, ...]


@dataclass(frozen=True)
class Or:
    parts: tuple[Formula, ...]


@dataclass(frozen=True)
class Xor:
    left: Formula
    right: Formula


@dataclass(frozen=True)
class Implies:
    left: Formula
    right: Formula


@dataclass(frozen=True)
class Iff:
    left: Formula
    right: Formula


@dataclass(frozen=True)
class Quantified:
    kind: Literal["all", "some"]
    var: Var
    body: Formula


@dataclass(frozen=True)
class Count:
    parts: tuple[Formula, ...]
    low: int
    high: int


Formula = Atom | Compare | Adjacent | Rank | Not | And | Or | Xor | Implies | Iff | Quantified | Count

TRUE = And(())


def conj(parts: Iterable[Formula]) -> Formula:
    flat: list[Formula] = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, And) else [part])
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def disj(parts: Iterable[Formula]) -> Formula:
    flat: list[Formula] = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, Or) else [part])
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def negate(formula: Formula) -> Formula:
    return formula.body if isinstance(formula, Not) else Not(formula)


def children(formula: Formula) -> tuple[Formula, ...]:
    if isinstance(formula, Not):
        return (formula.body,)
    if isinstance(formula, (And, Or, Count)):
        return formula.parts
    if isinstance(formula, (Xor, Implies, Iff)):
        return (formula.left, formula.right)
    if isinstance(formula, Quantified):
        return (formula.body,)
    return ()


def walk(formula: Formula) -> Iterator[Formula]:
    yield formula
    for child in children(formula):
        yield from walk(child)


def terms_of(formula: Formula) -> list[Term]:
    found: list[Term] = []
    for node in walk(formula):
        if isinstance(node, Atom):
            found.extend(node.args)
        elif isinstance(node, (Compare, Adjacent)):
            found.extend((node.left, node.right))
        elif isinstance(node, Rank):
            found.append(node.term)
    return found


def constants_of(formulas: Iterable[Formula]) -> list[str]:
    seen: dict[str, None] = {}
    for formula in formulas:
        for term in terms_of(formula):
            if isinstance(term, Const):
                seen.setdefault(term.key, None)
    return list(seen)


def predicates_of(formulas: Iterable[Formula]) -> dict[str, int]:
    """Predicate -> arity."""
    found: dict[str, int] = {}
    for formula in formulas:
        for node in walk(formula):
            if isinstance(node, Atom):
                found.setdefault(node.predicate, len(node.args))
    return found


def scales_of(formulas: Iterable[Formula]) -> set[str]:
    return {node.scale for f in formulas for node in walk(f) if isinstance(node, (Compare, Rank, Adjacent))}


def free_variables(formula: Formula, bound: frozenset[Var] = frozenset()) -> set[Var]:
    """Variables not bound by a quantifier above them (a reading with any is not a reading)."""
    if isinstance(formula, Quantified):
        return free_variables(formula.body, bound | {formula.var})
    if isinstance(formula, (Atom, Compare, Adjacent, Rank)):
        return {t for t in terms_of(formula) if isinstance(t, Var) and t not in bound}
    found: set[Var] = set()
    for child in children(formula):
        found |= free_variables(child, bound)
    return found


def substitute(formula: Formula, var: Var, term: Term) -> Formula:
    """`formula` with `var` replaced by `term` (bound occurrences of the same name are left alone)."""
    def t(x: Term) -> Term:
        return term if x == var else x

    if isinstance(formula, Atom):
        return Atom(formula.predicate, tuple(t(a) for a in formula.args))
    if isinstance(formula, Compare):
        return Compare(formula.scale, t(formula.left), formula.op, t(formula.right), formula.offset)
    if isinstance(formula, Adjacent):
        return Adjacent(formula.scale, t(formula.left), t(formula.right))
    if isinstance(formula, Rank):
        return Rank(formula.scale, t(formula.term), formula.position, formula.from_end)
    if isinstance(formula, Not):
        return Not(substitute(formula.body, var, term))
    if isinstance(formula, And):
        return And(tuple(substitute(p, var, term) for p in formula.parts))
    if isinstance(formula, Or):
        return Or(tuple(substitute(p, var, term) for p in formula.parts))
    if isinstance(formula, Count):
        return Count(tuple(substitute(p, var, term) for p in formula.parts), formula.low, formula.high)
    if isinstance(formula, Quantified):
        return formula if formula.var == var else Quantified(formula.kind, formula.var,
                                                             substitute(formula.body, var, term))
    kind = type(formula)
    return kind(substitute(formula.left, var, term), substitute(formula.right, var, term))


# ---------------------------------------------------------------------------------------------
# Propositional skeletons: truth tables for telling readings apart
# ---------------------------------------------------------------------------------------------


def _ground_key(formula: Formula) -> str:
    """A key equal for formulas that differ only in the names of their bound variables."""
    renamed: dict[str, str] = {}

    def collect(node: Formula) -> None:
        if isinstance(node, Quantified):
            renamed.setdefault(node.var.name, f"v{len(renamed)}")
        for child in children(node):
            collect(child)

    def rename(term: Term) -> Term:
        return Var(renamed[term.name]) if isinstance(term, Var) and term.name in renamed else term

    def rebind(node: Formula) -> Formula | None:
        if isinstance(node, Quantified):
            return Quantified(node.kind, Var(renamed.get(node.var.name, node.var.name)), node.body)
        return None

    collect(formula)
    return repr(map_formula(map_terms(formula, rename), rebind))


def atoms_of(formula: Formula) -> list[Formula]:
    """The leaves a truth table ranges over (atoms, comparisons and whole quantified formulas)."""
    leaves: dict[str, Formula] = {}

    def visit(node: Formula) -> None:
        if isinstance(node, (Atom, Compare, Rank, Adjacent, Quantified)):
            leaves.setdefault(_ground_key(node), node)
            return
        for child in children(node):
            visit(child)

    visit(formula)
    return list(leaves.values())


def evaluate(formula: Formula, values: dict[str, bool]) -> bool:
    if isinstance(formula, (Atom, Compare, Rank, Adjacent, Quantified)):
        return values[_ground_key(formula)]
    if isinstance(formula, Not):
        return not evaluate(formula.body, values)
    if isinstance(formula, And):
        return all(evaluate(p, values) for p in formula.parts)
    if isinstance(formula, Or):
        return any(evaluate(p, values) for p in formula.parts)
    if isinstance(formula, Count):
        true = sum(evaluate(p, values) for p in formula.parts)
        return formula.low <= true <= formula.high
    left, right = evaluate(formula.left, values), evaluate(formula.right, values)
    if isinstance(formula, Xor):
        return left != right
    if isinstance(formula, Implies):
        return (not left) or right
    return left == right


def equivalent(a: Formula, b: Formula, max_atoms: int = 12) -> bool:
    """Same truth table over their leaves (None-safe for small formulas; larger ones compare by structure)."""
    leaves = {_ground_key(x): x for x in [*atoms_of(a), *atoms_of(b)]}
    if len(leaves) > max_atoms:
        return a == b
    keys = list(leaves)
    for bits in product((False, True), repeat=len(keys)):
        values = dict(zip(keys, bits))
        if evaluate(a, values) != evaluate(b, values):
            return False
    return True


def distinct_readings(readings: Iterable[Formula]) -> list[Formula]:
    kept: list[Formula] = []
    for reading in readings:
        if not any(equivalent(reading, other) for other in kept):
            kept.append(reading)
    return kept


# ---------------------------------------------------------------------------------------------
# The constraint language
# ---------------------------------------------------------------------------------------------


def slug(text: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return cleaned or "x"


def constant_name(key: str) -> str:
    return f"c_{key}"


def predicate_name(predicate: str, arity: int) -> str:
    return f"{'q' if arity == 0 else 'p' if arity == 1 else 'r'}_{predicate}"


EVENT_SCALE_SUFFIX = "_order"


def event_scale(verb: str) -> str:
    """The order of one kind of event ("opens" -> "open_order"): ordered like a race's finish, kept apart from
    every other event's order."""
    return slug(verb) + EVENT_SCALE_SUFFIX


def is_ordered_place(scale: str) -> bool:
    """A scale whose members take distinct places 1..n (a row, a race, floors, an event's order)."""
    return scale in ("row", "finish", "order", "floor", "arrival", "departure") or scale.endswith(EVENT_SCALE_SUFFIX)


def scale_name(scale: str) -> str:
    return f"v_{slug(scale)}"


@dataclass
class SpecBuilder:
    """Collects the symbols of formulas and renders them as one constraint-language spec."""

    constants: list[str] = field(default_factory=list)
    ranked_scales: dict[str, int] = field(default_factory=dict)  # scale -> number of positions
    # scales whose places go beyond the people named ("Sue finished third" of two named): the others are unnamed,
    # so the number of places is only bounded, and only answers every longer line-up keeps may stand
    open_scales: set[str] = field(default_factory=set)
    ranked_members: dict[str, list[str]] = field(default_factory=dict)  # scale -> the constants placed on it
    # scale -> the constants it values, on a scale of values ("5 years older"), not of places
    measured_members: dict[str, list[str]] = field(default_factory=dict)
    _vars: int = 0

    def expr(self, formula: Formula) -> str:
        if isinstance(formula, Atom):
            name = predicate_name(formula.predicate, len(formula.args))
            if not formula.args:
                return name
            return f"{name}({', '.join(self.term(a) for a in formula.args)})"
        if isinstance(formula, Compare):
            left, right = self.value(formula.scale, formula.left), self.value(formula.scale, formula.right)
            offset = f" + {formula.offset}" if formula.offset > 0 else f" - {-formula.offset}" if formula.offset else ""
            return f"{left} {formula.op} {right}{offset}"
        if isinstance(formula, Adjacent):
            return f"abs({self.value(formula.scale, formula.left)} - {self.value(formula.scale, formula.right)}) == 1"
        if isinstance(formula, Rank):
            size = self.ranked_scales.get(formula.scale)
            members = self.measured_members.get(formula.scale)
            if size is None and members is not None and formula.position == 1:
                # "the tallest" among values: above (or "the shortest": below) every other one named
                op = ">" if formula.from_end else "<"
                value = self.value(formula.scale, formula.term)
                others = [f"({self.term(formula.term)} == {constant_name(m)} or {value} {op} "
                          f"{self.value(formula.scale, Const(m))})" for m in members]
                return " and ".join(others) if others else "true"
            if size is None:
                raise ValueError(f"scale {formula.scale!r} has no positions")
            position = size + 1 - formula.position if formula.from_end else formula.position
            return f"{self.value(formula.scale, formula.term)} == {position}"
        if isinstance(formula, Not):
            return f"not ({self.expr(formula.body)})"
        if isinstance(formula, And):
            return " and ".join(f"({self.expr(p)})" for p in formula.parts) if formula.parts else "true"
        if isinstance(formula, Or):
            return " or ".join(f"({self.expr(p)})" for p in formula.parts) if formula.parts else "false"
        if isinstance(formula, Count):
            counted = f"count({', '.join(f'({self.expr(p)})' for p in formula.parts)})"
            if formula.low == formula.high:
                return f"{counted} == {formula.low}"
            return f"{counted} >= {formula.low} and {counted} <= {formula.high}"
        if isinstance(formula, Quantified):
            return f"{'forall' if formula.kind == 'all' else 'exists'}({formula.var.name}: {THING}, " \
                   f"{self.expr(formula.body)})"
        op = {Xor: "xor", Implies: "->", Iff: "<->"}[type(formula)]
        return f"({self.expr(formula.left)}) {op} ({self.expr(formula.right)})"

    def term(self, term: Term) -> str:
        return term.name if isinstance(term, Var) else constant_name(term.key)

    def value(self, scale: str, term: Term) -> str:
        return f"{scale_name(scale)}({self.term(term)})"

    def spec(self, labelled: list[tuple[str, Formula]], extra_formulas: Iterable[Formula] = ()) -> dict:
        """One spec: symbols of `labelled` and `extra_formulas` (goals), constraints for `labelled` only."""
        every = [f for _, f in labelled] + list(extra_formulas)
        constants = list(dict.fromkeys([*self.constants, *constants_of(every)]))
        self.constants = constants
        functions: dict[str, dict] = {}
        variables: dict[str, str] = {}
        for predicate, arity in predicates_of(every).items():
            if arity == 0:
                variables[predicate_name(predicate, 0)] = "Bool"
            else:
                functions[predicate_name(predicate, arity)] = {"args": [THING] * arity, "returns": "Bool"}
        for scale in sorted(scales_of(every) | set(self.ranked_scales)):
            functions[scale_name(scale)] = {"args": [THING], "returns": "Int"}
        for key in constants:
            variables[constant_name(key)] = THING
        constraints = [{"label": label, "expr": self.expr(f)} for label, f in labelled]
        if len(constants) > 1:
            constraints.append({"label": "names", "expr": f"distinct({', '.join(map(constant_name, constants))})"})
        for scale, size in sorted(self.ranked_scales.items()):
            members = self.ranked_members.get(scale, constants)
            values = [f"{scale_name(scale)}({constant_name(c)})" for c in members]
            bounds = " and ".join(f"1 <= {v} and {v} <= {size}" for v in values)
            constraints.append({"label": f"positions_{slug(scale)}", "expr": bounds})
            if len(values) > 1:
                constraints.append({"label": f"distinct_{slug(scale)}", "expr": f"distinct({', '.join(values)})"})
        return {"open_sorts": [THING], "variables": variables, "functions": functions, "constraints": constraints}


def map_terms(formula: Formula, fn: Callable[[Term], Term]) -> Formula:
    """`formula` with every term replaced by `fn(term)` (bound variables included: rename with care)."""
    if isinstance(formula, Atom):
        return Atom(formula.predicate, tuple(fn(a) for a in formula.args))
    if isinstance(formula, Compare):
        return Compare(formula.scale, fn(formula.left), formula.op, fn(formula.right), formula.offset)
    if isinstance(formula, Adjacent):
        return Adjacent(formula.scale, fn(formula.left), fn(formula.right))
    if isinstance(formula, Rank):
        return Rank(formula.scale, fn(formula.term), formula.position, formula.from_end)
    if isinstance(formula, Not):
        return Not(map_terms(formula.body, fn))
    if isinstance(formula, And):
        return And(tuple(map_terms(p, fn) for p in formula.parts))
    if isinstance(formula, Or):
        return Or(tuple(map_terms(p, fn) for p in formula.parts))
    if isinstance(formula, Count):
        return Count(tuple(map_terms(p, fn) for p in formula.parts), formula.low, formula.high)
    if isinstance(formula, Quantified):
        return Quantified(formula.kind, formula.var, map_terms(formula.body, fn))
    return type(formula)(map_terms(formula.left, fn), map_terms(formula.right, fn))


def map_formula(formula: Formula, fn: Callable[[Formula], Formula | None]) -> Formula:
    """Rewrite bottom-up: `fn(node)` returns a replacement or None to keep the (rebuilt) node."""
    if isinstance(formula, Not):
        rebuilt: Formula = Not(map_formula(formula.body, fn))
    elif isinstance(formula, And):
        rebuilt = And(tuple(map_formula(p, fn) for p in formula.parts))
    elif isinstance(formula, Or):
        rebuilt = Or(tuple(map_formula(p, fn) for p in formula.parts))
    elif isinstance(formula, Count):
        rebuilt = Count(tuple(map_formula(p, fn) for p in formula.parts), formula.low, formula.high)
    elif isinstance(formula, Quantified):
        rebuilt = Quantified(formula.kind, formula.var, map_formula(formula.body, fn))
    elif isinstance(formula, (Xor, Implies, Iff)):
        rebuilt = type(formula)(map_formula(formula.left, fn), map_formula(formula.right, fn))
    else:
        rebuilt = formula
    replaced = fn(rebuilt)
    return rebuilt if replaced is None else replaced
