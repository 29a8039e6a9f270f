"""Facts-and-rules theories (ProntoQA, ProofWriter): the shared logical form, its spec, and the verdict.

A theory is a list of sentences, each a `Rule`: a conjunction of literals (the body, empty for a
fact) implies a conjunction of literals (the head). A literal is a unary property or a binary
relation over terms; a term is a named entity or the rule's one variable ("something", "they",
"it", "every wumpus"). The family modules (`prontoqa.py`, `proofwriter.py`) parse sentences into
this form; this module turns it into the constraint language and decides a question by
three-valued entailment (two `tools.constraints.prove` calls: the statement, its negation).

The domain is the closed set of named entities (an enum sort). For these theories that is exact,
not an assumption: every rule is a universal clause without existentials or function symbols, so by
Herbrand's theorem a ground literal follows from the theory over all domains iff it follows over its
named constants. The world is open either way: "not big" must be derived, never assumed. Negation
is read one of two ways (`Negation`): "classical" (ProntoQA), or "atom" -- "not big" is an atom of
its own, so entailment is forward chaining without contraposition, as ProofWriter's labels are.

Left out: rules with two different variables, existential sentences, numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal as TypingLiteral

from agentlib.errors import InputError
from agentlib.puzzles.verdict import Certificate, SolverCheck, Verdict

VARIABLE = "?x"  # the rules' variable in a Literal; no entity slug can look like it
_SPEC_VARIABLE = "x"
ENTITY_SORT = "Entity"
Negation = TypingLiteral["classical", "atom"]


class NotUnderstood(InputError):
    """A sentence outside the controlled language of a family."""


@dataclass(frozen=True)
class Literal:
    """`predicate(args)` or its negation; an arg is an entity key or `VARIABLE`."""

    predicate: str
    args: tuple[str, ...]
    negated: bool = False

    def negate(self) -> Literal:
        return Literal(self.predicate, self.args, not self.negated)

    @property
    def is_ground(self) -> bool:
        return VARIABLE not in self.args


@dataclass(frozen=True)
class Rule:
    """body -> head, universally closed over `VARIABLE` when it occurs; a fact has no body."""

    body: tuple[Literal, ...]
    head: tuple[Literal, ...]
    sentence: str

    @property
    def variables(self) -> bool:
        return any(not lit.is_ground for lit in (*self.body, *self.head))


@dataclass
class Theory:
    rules: list[Rule]
    unparsed: list[str]


@dataclass(frozen=True)
class Question:
    context: str
    statement: str


_QUESTION_RE = re.compile(
    r"(?:^|\s)((?:Based on the above information, )?is the following statement true[^?]*\?)\s*", re.I
)
# one line at a time: as a multi-line pattern (`^\s*...\s*$` with re.M) its `\s*` ran over every blank line from
# every start, quadratic in a run of newlines (150,000 of them held `solve` to its deadline)
_OPTION_LINE_RE = re.compile(r"\s*(?:Options:|[A-E]\)\s.*)\s*", re.I)


def split_question(text: str) -> Question:
    """Context and the statement after "Is the following statement true or false?"; options dropped."""
    if not text or not text.strip():
        raise InputError("empty puzzle text: give the facts and rules, then the question")
    body = "\n".join(line for line in text.split("\n") if not _OPTION_LINE_RE.fullmatch(line))
    matches = list(_QUESTION_RE.finditer(body))
    if not matches:
        raise InputError(
            'no question found: end the text with "Is the following statement true or false? <statement>"'
        )
    last = matches[-1]
    statement = body[last.end():].strip()
    first_sentence = split_sentences(statement)
    if not first_sentence:
        raise InputError("the question has no statement after its question mark")
    return Question(body[: last.start()].strip(), first_sentence[0])


def split_sentences(text: str) -> list[str]:
    """Sentences ending in '.', '!' or '?' (or the text's end), without the final punctuation."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    return [p.strip().rstrip(".!?").strip() for p in parts if p.strip().rstrip(".!?").strip()]


def parse_theory(context: str, parse_sentence: Callable[[str], list[Rule]]) -> Theory:
    rules: list[Rule] = []
    unparsed: list[str] = []
    for sentence in split_sentences(context):
        try:
            rules.extend(parse_sentence(sentence))
        except NotUnderstood:
            unparsed.append(sentence)
    return Theory(rules, unparsed)


# ---------------------------------------------------------------------------------------------
# Spec
# ---------------------------------------------------------------------------------------------


def slug(words: str) -> str:
    """A constraint-language name fragment: lower-case letters, digits and underscores."""
    cleaned = re.sub(r"[^a-z0-9]+", "_", words.lower()).strip("_")
    if not cleaned:
        raise NotUnderstood(f"empty name in {words!r}")
    return cleaned


def render_literal(literal: Literal, negation: Negation = "classical") -> str:
    """The literal as a constraint-language expression.

    With `negation="atom"` a negated literal is its own atom (`pn_big(x)` for "not big"), which
    makes every rule a definite Horn clause: entailment is then exactly forward chaining, the
    semantics ProofWriter's labels were generated with (no contraposition).
    """
    args = ", ".join(_SPEC_VARIABLE if a == VARIABLE else f"e_{a}" for a in literal.args)
    if negation == "atom":
        return f"{_function_name(literal, literal.negated)}({args})"
    atom = f"{_function_name(literal, False)}({args})"
    return f"not {atom}" if literal.negated else atom


def _function_name(literal: Literal, negative_atom: bool) -> str:
    kind = "p" if len(literal.args) == 1 else "r"
    return f"{kind}{'n' if negative_atom else ''}_{literal.predicate}"


def _conjunction(literals: Iterable[Literal], negation: Negation) -> str:
    return " and ".join(render_literal(lit, negation) for lit in literals)


def render_rule(rule: Rule, negation: Negation = "classical") -> str:
    head = _conjunction(rule.head, negation)
    formula = f"({_conjunction(rule.body, negation)}) -> ({head})" if rule.body else head
    return f"forall({_SPEC_VARIABLE}: {ENTITY_SORT}, {formula})" if rule.variables else formula


def entities_of(literals: Iterable[Literal]) -> list[str]:
    seen: dict[str, None] = {}
    for lit in literals:
        for arg in lit.args:
            if arg != VARIABLE:
                seen.setdefault(arg, None)
    return list(seen)


def build_spec(rules: list[Rule], goal: Literal, negation: Negation = "classical") -> dict:
    """One enum sort of the named entities, a Bool function per predicate, a constraint per rule.

    Constraint `s<i>` is sentence i. With `negation="atom"`, constraints `d<j>` say a property and
    its negative atom never both hold, so contradictory theories are still detected.
    """
    literals = [lit for rule in rules for lit in (*rule.body, *rule.head)] + [goal, goal.negate()]
    entities = entities_of(literals) or ["something"]
    functions: dict[str, dict] = {}
    predicates: set[tuple[str, int]] = set()
    for lit in literals:
        for negative_atom in {False, negation == "atom"}:
            functions.setdefault(
                _function_name(lit, negative_atom), {"args": [ENTITY_SORT] * len(lit.args), "returns": "Bool"}
            )
        predicates.add((lit.predicate, len(lit.args)))
    constraints = [{"label": f"s{i + 1}", "expr": render_rule(rule, negation)} for i, rule in enumerate(rules)]
    if negation == "atom":
        for j, (predicate, arity) in enumerate(sorted(predicates)):
            names = ("x", "y")[:arity]
            positive = Literal(predicate, names)
            arguments = ", ".join(names)
            atoms = f"{_function_name(positive, False)}({arguments}) and {_function_name(positive, True)}({arguments})"
            bound = ", ".join(f"{n}: {ENTITY_SORT}" for n in names)
            constraints.append({"label": f"d{j + 1}", "expr": f"forall({bound}, not ({atoms}))"})
    return {"sorts": {ENTITY_SORT: [f"e_{e}" for e in entities]}, "functions": functions, "constraints": constraints}


# ---------------------------------------------------------------------------------------------
# Deciding a question
# ---------------------------------------------------------------------------------------------


def decide(
    family: str,
    theory: Theory,
    goal: Literal,
    statement: str,
    answers: dict[str, str],
    *,
    negation: Negation = "classical",
    timeout_ms: int = 10_000,
) -> Verdict:
    """Three-valued entailment of `goal` from the theory, as a certified verdict.

    `answers` maps the outcomes "true" (goal entailed) / "false" (its negation entailed) /
    "unknown" (neither) to the family's answer words; an outcome missing from it (e.g. "unknown"
    for a two-option family) abstains as ambiguous. A contradictory theory abstains with the
    sentences of its unsat core.
    """
    from agentlib.tools import constraints as cl

    if theory.unparsed:
        return Verdict(family, "abstained", reason=f"{len(theory.unparsed)} sentence(s) not understood",
                       failure="not_parsed", unparsed=list(theory.unparsed))
    if not theory.rules:
        return Verdict(family, "abstained", reason="no facts or rules before the question", failure="not_parsed")
    spec = build_spec(theory.rules, goal, negation)
    consistent = cl.check(spec, timeout_ms=timeout_ms).status
    if consistent == "unsat":
        core = cl.unsat_core(spec, timeout_ms=timeout_ms).core
        sentences = [theory.rules[int(label[1:]) - 1].sentence for label in core if label.startswith("s")]
        return Verdict(
            family,
            "abstained",
            reason="the facts and rules contradict each other: " + " / ".join(sentences),
            failure="unsat",
            spec=spec,
        )
    proved = cl.prove(spec, render_literal(goal, negation), timeout_ms=timeout_ms).status
    refuted = cl.prove(spec, render_literal(goal.negate(), negation), timeout_ms=timeout_ms).status
    if "unknown" in (consistent, proved, refuted):
        return Verdict(family, "abstained", reason="the solver gave up (timeout)", failure="error", spec=spec)
    outcome = "true" if proved == "valid" else "false" if refuted == "valid" else "unknown"
    answer = answers.get(outcome)
    if answer is None:
        return Verdict(
            family,
            "abstained",
            reason=f"neither '{statement}' nor its negation follows",
            failure="ambiguous",
            spec=spec,
        )
    reading = "" if negation == "classical" else " (negative facts as atoms: forward chaining, no contraposition)"
    checks = [SolverCheck(f"all {len(theory.rules)} facts and rules{reading}", "sat")]
    if outcome == "true":
        checks.append(SolverCheck(f"facts and rules + not({statement})", "unsat", "the statement is entailed"))
        reason = f"'{statement}' follows from the facts and rules"
    elif outcome == "false":
        checks.append(SolverCheck(f"facts and rules + ({statement})", "unsat", "its negation is entailed"))
        reason = f"the negation of '{statement}' follows from the facts and rules"
    else:
        checks.append(SolverCheck(f"facts and rules + not({statement})", "sat", "the statement is not entailed"))
        checks.append(SolverCheck(f"facts and rules + ({statement})", "sat", "its negation is not entailed"))
        reason = f"neither '{statement}' nor its negation follows (open world)"
    method = "non-entailment (both models exist)" if outcome == "unknown" else "entailment (negation unsat)"
    return Verdict(family, "verified", answer=answer, reason=reason,
                   certificate=Certificate(method=method, checks=tuple(checks)), spec=spec)
