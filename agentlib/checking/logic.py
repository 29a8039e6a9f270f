"""Logical claims about a formalized knights-and-knaves puzzle, checked with Z3 through the constraint language.

The trace is read as a search: "Assume X is a knight" pushes an assumption, "X cannot be a knave,
because this would contradict the claim of Y that ..." and "No contradiction is found in their claim
that ..." are claims about the assumptions so far, "We have exhausted all possibilities for A and B,
so let us go back and reconsider C" pops. Each claim becomes a satisfiability question on the puzzle's
spec (one Bool per inhabitant, one labelled constraint `speaker <-> claim` per statement):

- "X cannot be R, because this would contradict the claim of Y": unsat(assumptions, X=R, Y's statement);
- "No contradiction is found in Y's claim": sat(assumptions, Y's statement), and no statement about
  assumed people only is false (an assumption already excluded is not "no contradiction");
- "the claim of Y" / "the false claim of Y": Y is assumed truthful / lying;
- "so X is R", "X must be R": entailed by the statements and the assumptions (refuted when excluded).

Left out: claims about counts ("exactly two knights") and puzzle families other than knights and knaves
(their formalizers write the same constraint language, but their entity claims need their own grammar).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agentlib.checking.report import ClaimResult, Rule, Verdict
from agentlib.limits import Deadline

TIMEOUT_MS = 2_000


@dataclass
class Puzzle:
    """What the checker needs from a formalization: names, role words, a variable and statements per name."""

    names: list[str]
    truthful: str
    liar: str
    variables: dict[str, str]  # name -> Bool variable (true = truthful kind)
    statements: dict[str, list[str]]  # speaker -> constraint-language expressions `var <-> (claim)`
    spec: dict[str, Any]
    deadline: Deadline | None = None  # the whole check's: no solver call runs past it

    def timeout_ms(self) -> int:
        """The solver's timeout for one call: `TIMEOUT_MS`, or less when the check's deadline is nearer."""
        if self.deadline is None:
            return TIMEOUT_MS
        return max(1, min(TIMEOUT_MS, int(self.deadline.remaining() * 1000)))


def is_knights_puzzle(problem: str) -> bool:
    """Whether the knights-and-knaves family recognizes `problem` (its `detect`), before formalizing it."""
    from agentlib.puzzles.knights import FAMILY

    return FAMILY.detect(problem) > 0


def puzzle_from_text(problem: str, formalization: dict | None = None) -> Puzzle | None:
    """Formalize a knights-and-knaves puzzle (or adopt the given spec for it); None if it is not one."""
    from agentlib.puzzles.knights import formalize

    try:
        form = formalize(problem)
    except Exception:  # noqa: BLE001 -- any text the formalizer rejects is simply "not a puzzle"
        return None
    if form.unparsed or not form.statements:
        return None
    spec = formalization if formalization else form.spec
    variables = dict(zip(form.names, form.spec["variables"]))
    if set(variables.values()) - set(spec.get("variables", {})):
        return None
    statements: dict[str, list[str]] = {}
    for statement, constraint in zip(form.statements, form.spec["constraints"]):
        statements.setdefault(statement.speaker, []).append(constraint["expr"])
    if formalization:  # the caller's spec: statements are its constraints, attributed by leading variable
        statements = {}
        by_variable = {v: n for n, v in variables.items()}
        for constraint in spec.get("constraints", []):
            head = re.match(r"\s*\(?\s*(\w+)\s*<->", constraint.get("expr", ""))
            if head and head.group(1) in by_variable:
                statements.setdefault(by_variable[head.group(1)], []).append(constraint["expr"])
    return Puzzle(form.names, form.vocabulary.truthful, form.vocabulary.liar, variables, statements, spec)


@dataclass
class SearchState:
    """The assumptions in force, in the order they were made."""

    puzzle: Puzzle
    assumed: dict[str, bool] = field(default_factory=dict)

    def drop_from(self, name: str) -> None:
        """Forget `name` and every assumption made after it."""
        if name in self.assumed:
            keys = list(self.assumed)
            for key in keys[keys.index(name):]:
                del self.assumed[key]


def check_step(state: SearchState, step: str) -> list[ClaimResult]:
    """Check the logical claims of one step and update the assumptions."""
    puzzle = state.puzzle
    names = "|".join(re.escape(n) for n in sorted(puzzle.names, key=len, reverse=True))
    roles = f"{re.escape(puzzle.truthful)}|{re.escape(puzzle.liar)}"
    assume = re.search(rf"\bAssume (?:that )?({names}) is an? ({roles})\b", step, re.I)
    cannot = re.search(rf"\b({names}) (?:cannot|can't|can not) be an? ({roles})\b", step, re.I)
    back = re.search(rf"exhausted all possibilities for (.*?), so let us go back and reconsider ({names})\b", step)
    if back:
        for name in puzzle.names:
            if re.search(rf"\b{re.escape(name)}\b", back.group(1)):
                state.assumed.pop(name, None)
        return []
    if assume:
        name, truthful = _name(puzzle, assume.group(1)), _is_truthful(puzzle, assume.group(2))
        state.drop_from(name)
        state.assumed[name] = truthful
        return _no_contradiction(state, step[assume.start():], name)
    if cannot:
        name, truthful = _name(puzzle, cannot.group(1)), _is_truthful(puzzle, cannot.group(2))
        state.drop_from(name)
        return _cannot_be(state, step[cannot.start():], name, truthful)
    results: list[ClaimResult] = []
    for sentence in re.split(r"(?<=[.!?])\s+", step):
        results.extend(_conclusions(state, sentence, names, roles))
    return results


def _no_contradiction(state: SearchState, sentence: str, name: str) -> list[ClaimResult]:
    found = re.search(r"No contradiction is found in (?:their|the) (false )?claim"
                      r"(?: of ([^,]+?))?(?: that|$|\.)", sentence)
    if not found:
        return []
    puzzle = state.puzzle
    speaker = _speaker(puzzle, found.group(2), name)
    text = sentence.strip()
    if speaker is None:
        return [_claim(text, "unchecked", reason="the speaker of the cited claim is not known")]
    attribution = _attribution(state, speaker, lying=bool(found.group(1)), text=text)
    if attribution is not None:
        return [attribution]
    verdict = _status(puzzle, state.assumed, puzzle.statements.get(speaker, []))
    if verdict == "sat":
        broken = _violated(puzzle, state.assumed)
        if broken:
            return [_claim(text, "refuted",
                           correct=f"under {_describe(puzzle, state.assumed)}, {broken}'s statement is contradicted")]
        return [_claim(text, "verified")]
    if verdict == "unsat":
        return [_claim(text, "refuted",
                            correct=f"under {_describe(puzzle, state.assumed)}, {speaker}'s statement is contradicted")]
    return [_claim(text, "unchecked", reason="the solver gave up")]


def _cannot_be(state: SearchState, sentence: str, name: str, truthful: bool) -> list[ClaimResult]:
    puzzle = state.puzzle
    hypothesis = {**state.assumed, name: truthful}
    cited = re.search(r"contradict (?:the|their) (false )?claim(?: of (their own|[^,]+?))?(?: that|$|\.)", sentence)
    text = sentence.strip()
    role = puzzle.truthful if truthful else puzzle.liar
    if cited is None:
        verdict = _status(puzzle, hypothesis, _all(puzzle))
        cited_statements = None
    else:
        speaker = _speaker(puzzle, cited.group(2), name)
        if speaker is None:
            return [_claim(text, "unchecked", reason="the speaker of the cited claim is not known")]
        attribution = _attribution(SearchState(puzzle, hypothesis), speaker, lying=bool(cited.group(1)), text=text)
        if attribution is not None:
            return [attribution]
        cited_statements = puzzle.statements.get(speaker, [])
        verdict = _status(puzzle, hypothesis, cited_statements)
    if verdict == "unsat":
        return [_claim(text, "verified")]
    if verdict == "sat":
        where = "the cited statement" if cited_statements is not None else "the statements"
        return [_claim(text, "refuted",
                            correct=f"{name} can be a {role} under {_describe(puzzle, state.assumed)}: "
                                    f"no contradiction with {where}")]
    return [_claim(text, "unchecked", reason="the solver gave up")]


def _conclusions(state: SearchState, sentence: str, names: str, roles: str) -> list[ClaimResult]:
    puzzle = state.puzzle
    results = []
    if re.search(r"\b(if|suppose|assume|assuming|when|would|could)\b", sentence, re.I):
        return []  # a hypothetical, not a conclusion
    pattern = (rf"\b(?:so|therefore|thus|hence|means that|conclude that)\s*,?\s+({names}) "
               rf"(?:is|must be) (not )?an? ({roles})\b")
    for match in re.finditer(pattern, sentence, re.I):
        name = _name(puzzle, match.group(1))
        truthful = _is_truthful(puzzle, match.group(3)) != bool(match.group(2))
        text = match.group(0)
        if _status(puzzle, state.assumed, _all(puzzle)) != "sat":
            results.append(_claim(text, "unchecked", reason="the assumptions so far are contradictory"))
        elif _status(puzzle, {**state.assumed, name: truthful}, _all(puzzle)) == "unsat":
            role = puzzle.liar if truthful else puzzle.truthful
            results.append(_claim(text, "refuted",
                                       correct=f"{name} is a {role} under {_describe(puzzle, state.assumed)}"))
        elif _status(puzzle, {**state.assumed, name: not truthful}, _all(puzzle)) == "unsat":
            results.append(_claim(text, "verified"))
        else:
            results.append(_claim(text, "unchecked", reason="not forced by the statements and assumptions"))
    return results


def _attribution(state: SearchState, speaker: str, *, lying: bool, text: str) -> ClaimResult | None:
    """A refutation when the trace calls a claim true (false) but its speaker is assumed to lie (tell the truth)."""
    puzzle = state.puzzle
    if speaker not in state.assumed or state.assumed[speaker] != lying:
        return None
    assumed_role = puzzle.truthful if lying else puzzle.liar
    wording = "false" if lying else "true"
    return _claim(text, "refuted",
                       correct=f"{speaker} is assumed a {assumed_role} here, so their statement is not {wording}")


def _status(puzzle: Puzzle, assumed: dict[str, bool], statements: list[str]) -> str:
    from agentlib.tools import constraints as cl

    facts = [{"label": f"a{i}", "expr": puzzle.variables[n] if v else f"not {puzzle.variables[n]}"}
             for i, (n, v) in enumerate(assumed.items())]
    claims = [{"label": f"c{i}", "expr": expr} for i, expr in enumerate(statements)]
    spec = {**puzzle.spec, "constraints": facts + claims}
    return cl.check(spec, timeout_ms=puzzle.timeout_ms()).status


def _violated(puzzle: Puzzle, assumed: dict[str, bool]) -> str | None:
    """The first speaker whose statement mentions only assumed people and is false under the assumptions."""
    known = {puzzle.variables[n] for n in assumed}
    for speaker, expressions in puzzle.statements.items():
        for expr in expressions:
            mentioned = set(re.findall(r"\w+", expr)) & set(puzzle.variables.values())
            if mentioned <= known and _status(puzzle, assumed, [expr]) == "unsat":
                return speaker
    return None


def _claim(text: str, verdict: Verdict, **evidence: str) -> ClaimResult:
    return ClaimResult("logic", text, verdict, rule=Rule.LOGIC, **evidence)


def _all(puzzle: Puzzle) -> list[str]:
    return [c["expr"] for c in puzzle.spec.get("constraints", [])]


def _speaker(puzzle: Puzzle, cited: str | None, current: str) -> str | None:
    if cited is None or cited.strip() in ("their own", "their"):
        return current
    return next((n for n in puzzle.names if n.lower() == cited.strip().lower()), None)


def _name(puzzle: Puzzle, text: str) -> str:
    return next(n for n in puzzle.names if n.lower() == text.lower())


def _is_truthful(puzzle: Puzzle, role: str) -> bool:
    return role.lower() == puzzle.truthful.lower()


def _describe(puzzle: Puzzle, assumed: dict[str, bool]) -> str:
    if not assumed:
        return "no assumptions"
    return "the assumptions " + ", ".join(f"{n} is a {puzzle.truthful if v else puzzle.liar}"
                                          for n, v in assumed.items())
