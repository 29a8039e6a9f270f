"""Formalize-and-solve with a model: the model writes the constraint spec, Z3 decides, votes must agree.

One typed tool, `formalize_and_solve(problem, backend)`:
1. Prompt the model with the constraint language and a worked example; ask for one JSON object
   (`grammar.Formalization`: a spec and the question). Backends with grammar support decode under
   the JSON schema; others are validated after the fact.
2. Repair (bounded): a reply that is not JSON, does not fit the schema, or does not compile is sent
   back with the exact error, and the model tries again.
3. Vote: K formalizations are sampled, from one forked session where the backend has sessions (the
   prompt is prefilled once). Every formalization that solves must give the same answer, or the
   run abstains; a single vote is allowed but says so in the certificate.
4. Solve and certify with `tools.constraints`: values -> uniqueness, entails -> three-valued
   entailment, choice -> exactly one forced option. A model-written spec can be arbitrarily
   expensive, so each decision runs in the sandbox worker under the caller's deadline
   (`bounded.run_bounded`); the verdict says `reader="model"`.

The model's text is parsed as JSON and then by the constraint language's own parser: never
evaluated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from agentlib.errors import InputError
from agentlib.limits import SOLVE_DEADLINE_S, Deadline
from agentlib.llm import GenerateOptions, Message, TextModel
from agentlib.puzzles.bounded import run_bounded
from agentlib.puzzles.grammar import Formalization, formalization_schema_text
from agentlib.puzzles.verdict import Certificate, Failure, SolverCheck, Verdict
from agentlib.tools import constraints as cl

FAMILY = "model-formalized"

INSTRUCTIONS = """You translate logic puzzles into a constraint language that the Z3 solver checks.
Reply with ONE JSON object and nothing else:
{"spec": {"sorts": {...}, "variables": {...}, "functions": {...}, "constraints": [{"label": "...", "expr": "..."}]},
 "question": {"kind": "values" | "entails" | "choice", "terms": [...], "expr": "...", "options": {"A": "...", ...}}}

Sorts: Bool, Int, Real, or your own enumerations ("sorts": {"Person": ["alice", "bob"]}).
Expressions: names, numbers, true, false, f(a, b), not, and, or, xor, -> (implies), <-> (iff),
== != < <= > >=, + - * / %, if(c, a, b), distinct(a, b, ...), count(b1, b2, ...), abs(x),
forall(x: Sort, body), exists(x: Sort, body). Give every constraint a short label naming its sentence.
Question kinds: "values" (which values do these terms take?), "entails" (is expr true, false, or unknown?),
"choice" (which option expression is forced?).

Example puzzle: Ann says "Bob is a knave". Bob says "Ann and I are knights". Who is a knight?
{"spec": {"variables": {"ann": "Bool", "bob": "Bool"}, "constraints": [
  {"label": "ann_says", "expr": "ann <-> not bob"}, {"label": "bob_says", "expr": "bob <-> (ann and bob)"}]},
 "question": {"kind": "values", "terms": ["ann", "bob"]}}"""


@dataclass
class Attempt:
    formalization: Formalization | None
    answer: Any = None
    verdict: Verdict | None = None
    error: str = ""


def extract_json(text: str) -> Any:
    """The first complete JSON object in a reply (after any <think> block), or InputError."""
    visible, position = [], 0
    while (opened := text.find("<think>", position)) >= 0:  # one scan (a regex was quadratic in "<think>"s)
        visible.append(text[position:opened])
        closed = text.find("</think>", opened)
        position = len(text) if closed < 0 else closed + len("</think>")  # an unclosed block runs to the end
    text = "".join(visible) + text[position:]
    start = text.find("{")
    if start < 0:
        raise InputError("no JSON object found; reply with one JSON object")
    decoder = json.JSONDecoder()
    try:
        value, _ = decoder.raw_decode(text[start:])
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON at character {error.pos}: {error.msg}") from None
    except (ValueError, RecursionError):  # an integer past Python's 4,300-digit limit; nesting too deep
        raise InputError("the JSON nests too deeply or holds a number too long to read") from None
    return value


def parse_formalization(text: str, *, compile_spec: bool = True) -> Formalization:
    """A reply's formalization, validated against the schema (and compiled, unless `compile_spec` is False:
    the bounded path compiles it in the sandbox, where a huge spec cannot hurt the caller)."""
    data = extract_json(text)
    try:
        formalization = Formalization.model_validate(data)
    except ValidationError as error:
        parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()[:3]]
        raise InputError("the JSON does not fit the schema: " + "; ".join(parts)) from None
    if compile_spec:
        cl.compile_spec(formalization.spec.model_dump())  # raises SpecError with the label and position
    return formalization


def decide_in_place(formalization: dict[str, Any]) -> dict[str, Any]:
    """`decide` on a formalization as JSON, returning the verdict as JSON (what the sandbox runs)."""
    return decide(Formalization.model_validate(formalization)).to_dict()


def decide_bounded(formalization: Formalization, deadline: Deadline) -> Verdict:
    """`decide` in the sandbox worker under what is left of `deadline`."""
    return run_bounded("agentlib.puzzles.formalize:decide_in_place", {"formalization": formalization.model_dump()},
                       deadline, Verdict.from_dict,
                       lambda failure, reason: Verdict(FAMILY, "abstained", failure=failure, reason=reason,  # type: ignore[arg-type]
                                                       reader="model"))


def decide(formalization: Formalization) -> Verdict:
    """Solve one formalization into a verdict with its certificate."""
    verdict = _decide(formalization)
    verdict.reader = "model"
    return verdict


def _decide(formalization: Formalization) -> Verdict:
    spec = formalization.spec.model_dump()
    question = formalization.question
    base = cl.check(spec)
    if base.status == "unsat":
        core = cl.unsat_core(spec).core
        return Verdict(FAMILY, "abstained", failure="unsat", spec=spec,
                       reason=f"the formalized constraints contradict each other (core: {', '.join(core)})")
    if base.status == "unknown":
        return Verdict(FAMILY, "abstained", failure="error", spec=spec, reason="the solver gave up")
    sat = SolverCheck(f"{len(spec['constraints'])} formalized constraints", "sat")
    if question.kind == "values":
        result = cl.unique(spec, question.terms or None)
        if result.status == "multiple":
            return Verdict(FAMILY, "abstained", failure="ambiguous", spec=spec,
                           reason=f"several solutions, e.g. {result.values} and {result.other}")
        if result.status != "unique":
            return Verdict(FAMILY, "abstained", failure="error", spec=spec, reason=f"uniqueness check: {result.status}")
        checks = (sat, SolverCheck("constraints + (some queried term differs)", "unsat", "the values are forced"))
        return Verdict(FAMILY, "verified", answer=result.values, spec=spec, reason="the only solution",
                       certificate=Certificate("unique model", checks))
    if question.kind == "entails":
        result = cl.entails(spec, question.expr)
        if result.status not in ("true", "false", "unknown"):
            return Verdict(FAMILY, "abstained", failure="error", spec=spec, reason=result.detail)
        detail = {"true": ("not(goal)", "unsat"), "false": ("goal", "unsat"), "unknown": ("goal and its negation", "sat")}
        claim, outcome = detail[result.status]
        checks = (sat, SolverCheck(f"constraints + {claim}", outcome, result.detail))  # type: ignore[arg-type]
        return Verdict(FAMILY, "verified", answer=result.status.capitalize(), spec=spec, reason=result.detail,
                       certificate=Certificate("three-valued entailment", checks))
    statuses = {letter: cl.entails(spec, expr).status for letter, expr in question.options.items()}
    forced = [letter for letter, status in statuses.items() if status == "true"]
    if len(forced) != 1:
        return Verdict(FAMILY, "abstained", failure="ambiguous", spec=spec, reason=f"options forced: {forced or 'none'}")
    checks = (sat, SolverCheck(f"constraints + not(option {forced[0]})", "unsat", "the option is forced"))
    return Verdict(FAMILY, "verified", answer=forced[0], spec=spec, reason=f"only option {forced[0]} is forced",
                   certificate=Certificate("entailment (negation unsat)", checks))


def formalize_and_solve(
    problem: str, backend: TextModel, *, votes: int = 3, repairs: int = 2, temperature: float = 0.7,
    max_new_tokens: int = 1536, deadline: Deadline | None = None,
) -> Verdict:
    """Have the model formalize `problem`, solve each formalization, and return the agreed answer.

    Args:
        problem: puzzle text (untrusted: it goes to the model as data).
        backend: any TextModel; one with sessions prefills the prompt once and forks per vote.
        votes: formalizations to sample (1 = greedy, no voting).
        repairs: extra turns per vote in which the model sees its error and fixes the spec.
        deadline: the overall budget (default `SOLVE_DEADLINE_S` from now); a vote past it is not
            sampled, and a decision that runs past it abstains with the failure "deadline".
    """
    deadline = deadline or Deadline(SOLVE_DEADLINE_S)
    if not problem.strip():
        raise InputError("the problem is empty")
    if votes < 1 or repairs < 0:
        raise InputError("votes must be >= 1 and repairs >= 0")
    messages = [Message("system", INSTRUCTIONS), Message("user", f"Puzzle:\n{problem}", trusted=False)]
    base_options = GenerateOptions(
        max_new_tokens=max_new_tokens, temperature=temperature if votes > 1 else 0.0,
        grammar=formalization_schema_text() if backend.supports_grammar else None, grammar_kind="json_schema",
    )
    root = backend.session(messages)
    attempts = []
    for vote in range(votes):
        if deadline.expired:
            break
        attempts.append(_attempt(backend, root, messages, base_options.with_(seed=vote), repairs, deadline))
    if not attempts:
        return Verdict(FAMILY, "abstained", failure="deadline", reader="model",
                       reason=f"the deadline of {deadline.seconds:g} s was reached before the model formalized the text")
    solved = [a for a in attempts if a.verdict is not None and a.verdict.verified]
    if not solved:
        reasons = "; ".join(a.error or (a.verdict.reason if a.verdict else "") for a in attempts)[:400]
        failure: Failure = next((a.verdict.failure for a in attempts if a.verdict is not None and a.verdict.failure),
                                "not_parsed")
        return Verdict(FAMILY, "abstained", failure=failure, reason=f"no formalization could be solved: {reasons}",
                       reader="model")
    answers = {json.dumps(a.verdict.answer, sort_keys=True, default=str) for a in solved}  # type: ignore[union-attr]
    if len(answers) > 1:
        return Verdict(FAMILY, "abstained", failure="ambiguous", reader="model",
                       reason=f"{len(solved)} formalizations disagree: {', '.join(sorted(answers))}")
    chosen = solved[0].verdict
    assert chosen is not None and chosen.certificate is not None
    agreement = SolverCheck(f"{len(solved)} of {votes} sampled formalizations", "valid", "all solved ones agree")
    chosen.certificate = Certificate(f"{chosen.certificate.method}; text read by a model's formalization",
                                     (*chosen.certificate.checks, agreement))
    return chosen


def _attempt(backend: TextModel, root: Any, messages: list[Message], options: GenerateOptions, repairs: int,
             deadline: Deadline) -> Attempt:
    session = root.fork() if root is not None else None
    history = list(messages)
    error = ""
    for _ in range(repairs + 1):
        if session is not None:
            reply = session.generate(options).text
        else:
            reply = backend.generate(history, options).text
        try:
            formalization = parse_formalization(reply, compile_spec=False)
            verdict = decide_bounded(formalization, deadline)  # a spec that does not compile: SpecError from the worker
        except InputError as problem:
            error = str(problem)
            feedback = Message("user", f"Error: {error}\nFix it and reply with the whole corrected JSON object only.")
            history += [Message("assistant", reply), feedback]
            if session is not None:
                session.add(feedback)
            continue
        return Attempt(formalization, verdict.answer, verdict, "")
    return Attempt(None, error=error)
