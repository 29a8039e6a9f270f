"""Comparisons inside an assignment grid: "The person who owns the snake is older than Amy.", "Bill is the
youngest.", "The tea drinker is taller than the one with the cat."

A grid gives each person (or, in a row of houses, each place) an index from 1 to n, and each attribute value an
owner among them. A scale ("age", "height": `words.scale_of` of the adjective, so "younger" and "older" are one
scale read in two directions) adds one Int per index, from 1 to n, not necessarily distinct: nothing says two
people differ in age unless a clue does. "A is older than B" says A's value is greater; "A is the oldest" says it is
greater than every other index's. The sides are found by what the clue mentions: a named person, or an attribute
value said of a person ("the person who owns the snake", "the snake owner", "the one with the snake", "the tea
drinker", "the person in the first house"). A value mentioned bare ("older than the cat") is the thing itself, not
its owner, so that clue is not read.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentlib.puzzles.english.grammar import NotUnderstood
from agentlib.puzzles.english.logic import slug
from agentlib.puzzles.english.words import comparative, scale_of

# nouns that name the person who has a value ("the snake owner", "the tea drinker")
AGENT_NOUNS = frozenset({"owner", "owners", "drinker", "keeper", "lover", "player", "driver", "reader", "smoker",
                         "eater", "wearer", "fan", "student", "buyer", "rider"})
_MARKS_OF_A_PERSON = frozenset({"who", "whose", "with"})


@dataclass(frozen=True)
class ScaleClue:
    """A clue on a scale: `subject` compared with `other` (None: with everyone, a superlative)."""

    scale: str
    sign: int  # +1: the subject is higher on the scale ("older"), -1: lower ("younger")
    subject: int  # index of the subject's mention
    other: int | None
    used: tuple[int, ...]  # the word positions the comparison took ("older", "than", "the" of "the oldest")


def variable(scale: str, index: int) -> str:
    return f"s_{slug(scale)}_{index}"


def find_scale_clue(words: list[str], spans: list[tuple[int, int]], text_words: frozenset[str]) -> ScaleClue | None:
    """The comparison a clue makes between the things at `spans` (word ranges of its mentions), or None when no
    word outside them is a comparative before "than" or a superlative after "the"."""
    inside = {k for start, end in spans for k in range(start, end)}
    for position, word in enumerate(words):
        found = None if position in inside else comparative(word)
        if found is None:
            continue
        base, degree = found
        scale, sign = scale_of(base, text_words)
        if degree == "er" and words[position + 1:position + 2] == ["than"]:
            before = [k for k, (start, end) in enumerate(spans) if end <= position]
            after = [k for k, (start, end) in enumerate(spans) if start > position + 1]
            if len(before) != 1 or len(after) != 1 or len(spans) != 2:
                raise NotUnderstood(" ".join(words), "a comparison of other than two people")
            return ScaleClue(scale, sign, before[0], after[0], (position, position + 1))
        if degree == "est" and position > 0 and words[position - 1] == "the":
            if len(spans) != 1 or spans[0][1] > position:
                raise NotUnderstood(" ".join(words), "a superlative said of other than one person")
            return ScaleClue(scale, sign, 0, None, (position - 1, position))
    return None


def names_a_person(words: list[str], start: int, end: int, kind: str, category: str) -> bool:
    """Whether the mention at words[start:end] stands for a person: a name, a place's occupant ("in the first
    house"), or a value said of its owner ("the snake owner", "who owns the snake", "with the snake")."""
    if category == "person":
        return True
    if kind == "place":
        return bool({"in", "at", "on"} & set(words[max(0, start - 2):start]))
    if kind != "value":
        return False
    if end < len(words) and words[end] in AGENT_NOUNS:
        return True
    look_back = words[max(0, start - 4):start]
    marks = [k for k, w in enumerate(look_back) if w in _MARKS_OF_A_PERSON]
    return bool(marks) and "than" not in look_back[marks[-1]:]


def scale_expression(clue: ScaleClue, terms: list[str], size: int) -> str:
    """The constraint-language expression of `clue` over index terms (constants or owner variables)."""
    subject = terms[clue.subject]

    def higher(i: int, j: int) -> str:
        return f"{variable(clue.scale, i)} > {variable(clue.scale, j)}" if clue.sign > 0 else \
            f"{variable(clue.scale, i)} < {variable(clue.scale, j)}"

    if clue.other is None:
        cases = [f"({subject} == {i} and " + " and ".join(higher(i, k) for k in range(1, size + 1) if k != i) + ")"
                 for i in range(1, size + 1)]
        return "(" + " or ".join(cases) + ")"
    other = terms[clue.other]
    cases = [f"({subject} == {i} and {other} == {j} and {higher(i, j)})"
             for i in range(1, size + 1) for j in range(1, size + 1) if i != j]
    return "(" + " or ".join(cases) + ")"


def with_scales(spec: dict, scales: set[str] | frozenset[str], size: int) -> dict:
    """`spec` with an Int from 1 to `size` per index on each scale it lacks (ties allowed)."""
    variables = dict(spec["variables"])
    constraints = list(spec["constraints"])
    for scale in sorted(scales):
        names = [variable(scale, k) for k in range(1, size + 1)]
        if names[0] in variables:
            continue
        variables.update({name: "Int" for name in names})
        constraints.append({"label": f"scale_{slug(scale)}",
                            "expr": " and ".join(f"1 <= {n} and {n} <= {size}" for n in names)})
    return {**spec, "variables": variables, "constraints": constraints}


def superlative_asked(words: list[str]) -> ScaleClue | None:
    """ "Who is the oldest?", "Which person is the tallest?": the scale and end asked about, else None."""
    if len(words) < 4 or words[:2] not in (["who", "is"], ["who", "was"]) and words[:3] not in (
            ["which", "person", "is"], ["which", "one", "is"]):
        return None
    rest = words[2:] if words[0] == "who" else words[3:]
    if len(rest) != 2 or rest[0] != "the":
        return None
    found = comparative(rest[1])
    if found is None or found[1] != "est":
        return None
    scale, sign = scale_of(found[0], frozenset(words))
    return ScaleClue(scale, sign, 0, None, ())
