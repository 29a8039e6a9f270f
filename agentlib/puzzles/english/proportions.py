"""Proportional quantifiers: "most", "almost all", "nearly all", "the majority of", "many", "few" A are B.

"Most A are B" counts: more A are B than are not (Barwise and Cooper 1981, generalized quantifiers). That is not
first-order, and its vague neighbours ("almost all", "many", "few") have no one threshold, so a premise of this kind
is judged between two first-order-or-finite readings that every sense of the word lies between:

- the weakest claim every sense makes proves: "most / almost all / many A are B" says at least that some A is B
  (a majority of nothing is nothing), "few A are B" says nothing certain. What follows from the weakest claims,
  over any domain (Z3, open sort), follows from the premise.
- the strongest sense refutes: at least nine in ten of the A are B and at least one A is not (for "few", the mirror
  image: at least one A is B, at least nine in ten are not). A model of the premises read so in which the
  conclusion fails, found by Z3 over a finite domain (the named individuals and a dozen unnamed ones, the counts as
  sums), is a counter-model under every sense of the word.

Between the two the caller abstains. So "Most students passed. Ann is a student. So Ann passed." is not valid (a
statistical syllogism: Ann may be the exception), "Most students passed. So some students passed." is valid, and
"Most A are B. Most A are C. So some A is B and C." (true by counting) abstains. The premise is read by the grammar
with "all" in the quantifier's place; only the shape "Q A are B" (a universal over a restrictor and a scope) is
taken. Left out: a proportional word in the conclusion, "a few" (which is "some"), and "most" anywhere but a
sentence's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import count
from typing import Any, Literal

from agentlib.puzzles.english.logic import (
    And,
    Atom,
    Count,
    Formula,
    Iff,
    Implies,
    Not,
    Or,
    Quantified,
    Var,
    Xor,
    constants_of,
    walk,
)

Sense = Literal["most", "few"]  # "most" for most / almost all / many (mostly B); "few" for few (mostly not B)

_PROPORTIONAL = re.compile(r"^(?P<word>most|almost all|nearly all|virtually all|the (?:vast |great )?majority|"
                           r"many|(?:very |quite )?few)\s+(?P<of>of\s+)?(?P<rest>[a-z].*)$", re.I | re.S)
_DETERMINER = re.compile(r"(?:the|my|our|your|his|her|their|these|those)\s", re.I)
_ADVERBIAL = re.compile(r"(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:time|times|days|nights|mornings|evenings|weeks|months|"
                        r"years|cases|occasions)\b|(?:\S+\s+){0,3}?\S+,", re.I)
_UNNAMED = 12  # room for nine in ten of a kind and an exception, beside the named
_RATIO = 9


@dataclass(frozen=True)
class Proportional:
    """A premise "Q A are B" as typed, its quantifier's sense, and the same sentence with "All" in Q's place."""

    typed: str
    sense: Sense
    universal: str


def proportional(sentence: str) -> Proportional | None:
    """The premise's proportional quantifier at its start, or None."""
    match = _PROPORTIONAL.match(sentence.strip())
    if match is None:
        return None
    if _ADVERBIAL.match(match.group("rest")):
        return None  # "Most of the time, ...", "Many days it rains": how often, not how many
    word = match.group("word").lower()
    sense: Sense = "few" if word.endswith("few") else "most"
    rest = match.group("rest")
    # "most of the guests" -> "all of the guests"; "the majority of guests" -> "all guests"
    of = match.group("of") if _DETERMINER.match(rest) else ""
    return Proportional(sentence, sense, "All " + (of or "") + rest)


def mentions_proportion(sentence: str) -> bool:
    """Whether a proportional word appears anywhere ("So most voters ..."): such a conclusion is not judged here."""
    return re.search(r"\b(?:most|almost all|nearly all|majority|many|few)\b", sentence, re.I) is not None


def law_parts(formula: Formula) -> tuple[Var, Formula, Formula] | None:
    """(variable, restrictor, scope) of "all A are B" as the grammar reads it, or None for any other shape."""
    if isinstance(formula, Quantified) and formula.kind == "all" and isinstance(formula.body, Implies):
        return formula.var, formula.body.left, formula.body.right
    return None


def weakest(sense: Sense, law: Formula) -> Formula:
    """What every sense of the premise says: "some A is B" (most, many, almost all), nothing (few)."""
    parts = law_parts(law)
    assert parts is not None
    var, restrictor, scope = parts
    return Quantified("some", var, And((restrictor, scope))) if sense == "most" else And(())


class _Unsupported(Exception):
    """A formula with scales or places, which the finite grounding does not take."""


@dataclass
class _Grounding:
    """Formulas grounded over a finite domain of named and unnamed individuals, as Z3 Booleans."""

    domain: list[str]
    z3: Any
    atoms: dict[str, Any]

    def ground(self, formula: Formula, env: dict[Var, str]) -> Any:
        z3 = self.z3
        if isinstance(formula, Atom):
            args = [env[a] if isinstance(a, Var) else a.key for a in formula.args]
            key = f"{formula.predicate}({','.join(args)})"
            if key not in self.atoms:
                self.atoms[key] = z3.Bool(key)
            return self.atoms[key]
        if isinstance(formula, Not):
            return z3.Not(self.ground(formula.body, env))
        if isinstance(formula, (And, Or)):
            parts = [self.ground(p, env) for p in formula.parts]
            if isinstance(formula, And):
                return z3.And(parts) if parts else z3.BoolVal(True)
            return z3.Or(parts) if parts else z3.BoolVal(False)
        if isinstance(formula, (Implies, Iff, Xor)):
            left, right = self.ground(formula.left, env), self.ground(formula.right, env)
            return {Implies: z3.Implies, Iff: lambda a, b: a == b, Xor: z3.Xor}[type(formula)](left, right)
        if isinstance(formula, Quantified):
            cases = [self.ground(formula.body, {**env, formula.var: d}) for d in self.domain]
            return z3.And(cases) if formula.kind == "all" else z3.Or(cases)
        if isinstance(formula, Count):
            total = self.tally([self.ground(p, env) for p in formula.parts])
            return z3.And(total >= formula.low, total <= formula.high)
        raise _Unsupported(type(formula).__name__)

    def tally(self, cases: list[Any]) -> Any:
        z3 = self.z3
        return z3.Sum([z3.If(c, 1, 0) for c in cases]) if cases else z3.IntVal(0)

    def strongest(self, sense: Sense, law: Formula) -> Any:
        """Nine in ten of the A are B and at least one is not ("few": the mirror image), over the domain."""
        parts = law_parts(law)
        assert parts is not None
        var, restrictor, scope = parts
        inside = [self.ground(restrictor, {var: d}) for d in self.domain]
        holds = [self.ground(scope, {var: d}) for d in self.domain]
        agree = self.tally([self.z3.And(a, b) for a, b in zip(inside, holds)])
        differ = self.tally([self.z3.And(a, self.z3.Not(b)) for a, b in zip(inside, holds)])
        many, rest = (agree, differ) if sense == "most" else (differ, agree)
        return self.z3.And(rest >= 1, many >= _RATIO * rest)


def finite_model(formulas: list[Formula], laws: list[tuple[Sense, Formula]], constants: list[str],
                 timeout_ms: int = 5_000) -> bool | None:
    """Whether some finite world (the named individuals, pairwise different, and unnamed ones) makes `formulas` true
    and each law true in its strongest sense: True (found), False (none that small), None (not groundable, or the
    solver gave up)."""
    import z3

    named = list(dict.fromkeys([*constants, *constants_of([*formulas, *(law for _, law in laws)])]))
    fresh = count(1)
    grounding = _Grounding([*named, *(f"#unnamed{next(fresh)}" for _ in range(_UNNAMED))], z3, {})
    solver = z3.Solver()
    solver.set("timeout", timeout_ms)
    try:
        for formula in formulas:
            solver.add(grounding.ground(formula, {}))
        for sense, law in laws:
            solver.add(grounding.strongest(sense, law))
    except (_Unsupported, KeyError):  # KeyError: a variable free where the grammar's formulas have none
        return None
    status = solver.check()
    return None if status == z3.unknown else status == z3.sat


def is_individual_claim(goal: Formula) -> bool:
    """Whether the conclusion speaks of named individuals only (no quantifier): "Ann passed"."""
    return not any(isinstance(node, Quantified) for node in walk(goal)) and bool(constants_of([goal]))


@dataclass
class ProportionalReading:
    """Premises with proportional laws: the rest as read, each law in its two senses, and the conclusion asked."""

    world: Any  # the premises with each law in its weakest sense (family.World)
    others: list[Formula]  # every other formula of the premises, presuppositions included
    laws: list[tuple[Sense, Formula]]  # each law as "all A are B", with its quantifier's sense
    goal: Formula

    def follows(self, goal: Formula) -> bool:
        """Whether the weakest senses entail `goal` over any domain."""
        return bool(self.world.entails(goal) == "true")

    def possible(self, goal: Formula) -> bool:
        """Whether a finite world makes the premises true in their strongest senses, and `goal` true."""
        return finite_model([*self.others, goal], self.laws, list(self.world.builder.constants)) is True


def read_proportional(premises: list[str], asked: str) -> ProportionalReading | None:
    """The reading of premises and a yes/no question where a premise starts with a proportional quantifier; None
    where none does.

    Raises:
        NotUnderstood: a sentence the grammar does not read, a proportional word in the question, or a law that
            is not of the shape "Q A are B" once read.
    """
    from agentlib.puzzles.english.family import World, build_world
    from agentlib.puzzles.english.grammar import NotUnderstood
    from agentlib.puzzles.english.questions import YesNo, parse_question
    from agentlib.puzzles.english.reader import read_text

    found = [(p, proportional(p)) for p in premises]
    if not any(law is not None for _, law in found):
        return None
    if mentions_proportion(asked):
        raise NotUnderstood(asked, "a proportional quantifier in what is asked is not judged")
    said = [law.universal if law is not None else p for p, law in found]
    reading = read_text(" ".join(said) + " " + asked)
    if reading.unparsed or reading.question is None:
        raise NotUnderstood(reading.unparsed[0] if reading.unparsed else asked)
    question = parse_question(reading.question, reading.grammar, reading.people)
    if not isinstance(question, YesNo) or question.possible:
        raise NotUnderstood(asked, "not a statement that holds or not")
    world = build_world(reading)
    goal = world.reading.rewrite(question.formula)
    senses: dict[str, Sense] = {}
    for law in (law for _, law in found if law is not None):
        labels = [label for label, sentence in world.sentences.items() if _plain(sentence) == _plain(law.universal)]
        if len(labels) != 1 or law_parts(dict(world.labelled)[labels[0]]) is None:
            raise NotUnderstood(law.typed, "not of the shape 'most A are B'")
        senses[labels[0]] = law.sense
    laws = [(senses[label], f) for label, f in world.labelled if label in senses]
    weak = [(label, weakest(senses[label], f) if label in senses else f) for label, f in world.labelled]
    return ProportionalReading(World(world.reading, weak, world.sentences, world.builder),
                               [f for label, f in world.labelled if label not in senses], laws, goal)


def _plain(sentence: str) -> str:
    return " ".join(sentence.lower().rstrip(".!").split())


def proportional_verdict(text: str, family: str) -> Any:
    """`solve`'s verdict on a yes/no question after premises with a proportional quantifier: "yes" / "no" where the
    weakest senses give the answer. Otherwise None, and the text is the grammar's (which abstains on the quantifier)
    and the loose default reader's: asked of one member ("Most of the staff drive. Ivy is on the staff. Does Ivy
    drive?"), a question has a default reading ("presumably yes", as default-reasoning benchmarks key it) beside
    the deductive "cannot be determined", so neither is verified; an argument's validity (`analyze`) has only the
    deductive reading."""
    from agentlib.puzzles.english.grammar import NotUnderstood
    from agentlib.puzzles.english.text import normalize, split_sentences
    from agentlib.puzzles.verdict import Certificate, Check, Verdict

    sentences = split_sentences(normalize(text))
    if len(sentences) < 2 or not sentences[-1].strip().endswith("?"):
        return None
    try:
        read = read_proportional(sentences[:-1], sentences[-1])
    except NotUnderstood:
        return None  # the grammar's own path says what it does not read ("Many thanks." is a closing remark)
    if read is None:
        return None
    said = read.world.say(read.goal)
    for answer, goal in (("yes", read.goal), ("no", Not(read.goal))):
        if read.follows(goal):
            return Verdict(family, "verified", answer=answer, reason=f"it follows from what every sense of the "
                           f"quantifier says that {'' if answer == 'yes' else 'it is not the case that '}{said}",
                           certificate=Certificate("entailment (negation unsat)", (Check(
                               f"statements, each proportional one as its weakest sense + not({said})"
                               if answer == "yes" else f"... + ({said})", "unsat", "it follows"),)))
    return None
