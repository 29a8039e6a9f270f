"""Facts-and-rules theories (ProntoQA, ProofWriter): the shared logical form, its spec, and the verdict.

A theory is a list of sentences, each a `Rule`: a conjunction of literals (the body, empty for a
fact) implies a conjunction of literals (the head). A literal is a unary property or a binary
relation over terms; a term is a named entity or the rule's one variable ("something", "they",
"it", "every wumpus"). The family modules (`prontoqa.py`, `proofwriter.py`) parse sentences into
this form; this module turns it into the constraint language and decides a question by three-valued
entailment (`tools.constraints.entails`).

The domain is the closed set of named entities (an enum sort). For these theories that is exact,
not an assumption: every rule is a universal clause without existentials or function symbols, so by
Herbrand's theorem a ground literal follows from the theory over all domains iff it follows over its
named constants. Negation is classical (open world): "not big" must be derived, never assumed.

Left out: rules with two different variables, existential sentences, numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from agentlib.errors import InputError
from agentlib.puzzles.verdict import Certificate, SolverCheck, Verdict

VARIABLE = "x"
ENTITY_SORT = "Entity"


class NotUnderstood(InputError):
    """A sentence outside the controlled language of a family."""


@dataclass(frozen=True)
class Literal:
    """`predicate(args)` or its negation; an arg is an entity key or `VARIABLE`."""

    predicate: str
    args: tuple[str, ...]
    negated: bool = False

    def negate(self) -> "Literal":
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


_QUESTION_RE = re.compile(r"(?:^|\s)((?:Based on the above information, )?is the following statement true[^?]*\?)\s*", re.I)
_OPTION_LINE_RE = re.compile(r"^\s*(?:Options:|[A-E]\)\s.*)\s*$", re.I | re.M)


def split_question(text: str) -> Question:
    """Context and the statement after "Is the following statement true or false?"; options dropped."""
    if not text or not text.strip():
        raise InputError("empty puzzle text: give the facts and rules, then the question")
    body = _OPTION_LINE_RE.sub("", text)
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


def render_literal(literal: Literal) -> str:
    args = ", ".join(VARIABLE if a == VARIABLE else f"e_{a}" for a in literal.args)
    atom = f"{_function_name(literal)}({args})"
    return f"not {atom}" if literal.negated else atom


def _function_name(literal: Literal) -> str:
    return f"{'p' if len(literal.args) == 1 else 'r'}_{literal.predicate}"


def _conjunction(literals: Iterable[Literal]) -> str:
    return " and ".join(render_literal(lit) for lit in literals)


def render_rule(rule: Rule) -> str:
    head = _conjunction(rule.head)
    formula = f"({_conjunction(rule.body)}) -> ({head})" if rule.body else head
    return f"forall({VARIABLE}: {ENTITY_SORT}, {formula})" if rule.variables else formula


def entities_of(literals: Iterable[Literal]) -> list[str]:
    seen: dict[str, None] = {}
    for lit in literals:
        for arg in lit.args:
            if arg != VARIABLE:
                seen.setdefault(arg, None)
    return list(seen)


def build_spec(rules: list[Rule], goal: Literal) -> dict:
    """One enum sort of the named entities, a Bool function per predicate, a constraint per rule."""
    literals = [lit for rule in rules for lit in (*rule.body, *rule.head)] + [goal]
    entities = entities_of(literals) or ["something"]
    functions: dict[str, dict] = {}
    for lit in literals:
        functions.setdefault(_function_name(lit), {"args": [ENTITY_SORT] * len(lit.args), "returns": "Bool"})
    constraints = [{"label": f"s{i + 1}", "expr": render_rule(rule)} for i, rule in enumerate(rules)]
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
    timeout_ms: int = 10_000,
) -> Verdict:
    """Three-valued entailment of `goal` from the theory, as a certified verdict.

    `answers` maps the entailment outcomes "true" / "false" / "unknown" to the family's answer
    words; an outcome missing from it (e.g. "unknown" for a two-option family) abstains as
    ambiguous. A contradictory theory abstains with the sentences of its unsat core.
    """
    from agentlib.tools import constraints as cl

    if theory.unparsed:
        return Verdict(family, "abstained", reason=f"{len(theory.unparsed)} sentence(s) not understood",
                       failure="not_parsed", unparsed=list(theory.unparsed))
    if not theory.rules:
        return Verdict(family, "abstained", reason="no facts or rules before the question", failure="not_parsed")
    spec = build_spec(theory.rules, goal)
    goal_expr = render_literal(goal)
    result = cl.entails(spec, goal_expr, timeout_ms=timeout_ms)
    if result.status == "inconsistent":
        core = cl.unsat_core(spec, timeout_ms=timeout_ms).core
        sentences = [theory.rules[int(label[1:]) - 1].sentence for label in core]
        return Verdict(family, "abstained", reason="the facts and rules contradict each other: " + " / ".join(sentences),
                       failure="unsat", spec=spec)
    if result.status == "undecided":
        return Verdict(family, "abstained", reason="the solver gave up (timeout)", failure="error", spec=spec)
    answer = answers.get(result.status)
    if answer is None:
        return Verdict(family, "abstained", reason=f"neither '{statement}' nor its negation follows", failure="ambiguous",
                       spec=spec)
    n = len(theory.rules)
    checks = [SolverCheck(f"all {n} facts and rules", "sat")]
    if result.status == "true":
        checks.append(SolverCheck(f"facts and rules + not({statement})", "unsat", "the statement is entailed"))
        reason = f"'{statement}' follows from the facts and rules"
    elif result.status == "false":
        checks.append(SolverCheck(f"facts and rules + ({statement})", "unsat", "the negation is entailed"))
        reason = f"the negation of '{statement}' follows from the facts and rules"
    else:
        checks.append(SolverCheck(f"facts and rules + ({statement})", "sat", "the statement is possible"))
        checks.append(SolverCheck(f"facts and rules + not({statement})", "sat", "its negation is possible"))
        reason = f"neither '{statement}' nor its negation follows (open world)"
    method = "three-valued entailment" if result.status == "unknown" else "entailment (negation unsat)"
    return Verdict(family, "verified", answer=answer, reason=reason,
                   certificate=Certificate(method=method, checks=tuple(checks)), spec=spec)
