"""How many ways people can line up: "How many ways can 3 people sit in a row?", "In how many ways can Ann, Bo, Cy
and Di stand in a line if Bo is not next to Cy?".

A row of n distinct people has n! orders; a condition keeps those that satisfy it, counted by trying every order
(n at most 8): "X is (not) next to Y", "X and Y (do not) sit next to each other", "X is (not) at an end", "X is
(not) first / last". Seats around a table are left out (whether turning or mirroring the table gives a new way is a
convention), as are people counted without being distinct ("3 boys and 2 girls"); those texts are given back (None).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from agentlib.numwords import small_number
from agentlib.puzzles.verdict import Certificate, Check, Verdict

_NAMES = r"[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+"
_ASKED = re.compile(rf"^(?:in )?how many (?:different )?ways (?:can|could|are there (?:for|to)) (?P<cast>\w+ "
                    rf"(?:people|persons|friends|kids|children|students)|{_NAMES}) (?:to )?(?:sit|stand|line up|be "
                    rf"seated|be arranged|be lined up|be placed)(?: in (?:a|one) (?:row|line)(?: of \w+ (?:seats|"
                    rf"chairs))?)?(?: if (?P<condition>.+?))?\?$", re.I)
Order = tuple[str, ...]


def solve_arrangement_count(text: str) -> Verdict | None:
    """The number of orders a line-up question asks for, or None when the text is not one this reader reads."""
    match = _ASKED.match(text.strip())
    if match is None:
        return None
    cast = match.group("cast")
    counted = re.fullmatch(r"(?P<count>\w+) \w+", cast)
    if counted is not None:
        size = small_number(counted.group("count"))
        people = [f"p{k}" for k in range(size)] if size is not None else []
    else:
        people = re.findall(r"[A-Z][a-z]+", cast)
    if not 1 <= len(people) <= 8:
        return None
    tests: list[Callable[[Order], bool]] = []
    if match.group("condition") is not None:
        pieces = re.split(r",? and ", match.group("condition"))
        if len(pieces) > 8:  # the ways to group the pieces grow fast; a person types a few conditions
            return None
        readings = _conditions(pieces, set(people))
        if len(readings) != 1:  # unread, or "and" joins its clauses two ways
            return None
        tests = readings[0]
    count = sum(all(test(order) for test in tests) for order in itertools.permutations(people))
    checks = (Check(f"every order of the {len(people)} people tried ({len(people)}! in all)", "sat",
                    f"{count} satisfy the question's condition" if tests else f"{count} orders"),)
    return Verdict("english", "verified", answer=count, reason=f"{count} orders fit",
                   certificate=Certificate("count of the orders of a row, by enumeration", checks))


def _conditions(pieces: list[str], people: set[str]) -> list[list[Callable[[Order], bool]]]:
    """Every way to read the pieces between "and"s as whole conditions ("X and Y sit next to each other" keeps its
    own "and")."""
    if not pieces:
        return [[]]
    readings = []
    for end in range(1, len(pieces) + 1):
        test = _condition(" and ".join(pieces[:end]).strip(), people)
        if test is not None:
            readings += [[test, *rest] for rest in _conditions(pieces[end:], people)]
    return readings


def _condition(text: str, people: set[str]) -> Callable[[Order], bool] | None:
    pair = re.fullmatch(r"(?P<a>[A-Z][a-z]+) (?:is|sits|stands|must sit|must stand|must be)(?P<neg> not)? (?:next to|"
                        r"beside) (?P<b>[A-Z][a-z]+)|(?P<a2>[A-Z][a-z]+) and (?P<b2>[A-Z][a-z]+) (?:must )?(?P<neg2>"
                        r"do not |must not |can not |cannot )?(?:sit|stand|be) (?:next to each other|together|side by "
                        r"side)", text)
    if pair is not None:
        a, b = pair.group("a") or pair.group("a2"), pair.group("b") or pair.group("b2")
        if {a, b} - people or a == b:
            return None
        apart = bool(pair.group("neg") or pair.group("neg2"))
        return lambda order: (abs(order.index(a) - order.index(b)) == 1) != apart
    place = re.fullmatch(r"(?P<a>[A-Z][a-z]+) (?:is|sits|stands|must sit|must stand|must be)(?P<neg> not)? "
                         r"(?P<where>at (?:an|one|either) end|first|last|at the front|at the back)", text)
    if place is None or place.group("a") not in people:
        return None
    who, denied, where = place.group("a"), bool(place.group("neg")), place.group("where")
    if "end" in where:
        return lambda order: (order.index(who) in (0, len(order) - 1)) != denied
    # "first" and "at the front" name the same end of the row, "last" and "at the back" the other one
    spot = 0 if where in ("first", "at the front") else -1
    return lambda order: (order[spot] == who) != denied
