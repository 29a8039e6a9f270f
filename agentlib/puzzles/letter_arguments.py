"""Arguments in propositional letters: "If P then Q. Not Q. Therefore not P.", "P → Q, ¬Q ⊢ ¬P", "A implies B, B
implies C, so A implies C.", "Premises: p → q, q → r. Conclusion: p → r.".

Every premise and the conclusion must read as a formula of letters (`letter_formulas.py`); then Z3 decides validity
over the letters as Booleans (premises + not conclusion unsat: valid; sat: invalid, with the model as the
counter-model), and the form is named where it has a name (modus ponens and tollens, hypothetical and disjunctive
syllogism, the dilemmas, simplification, conjunction, addition; the fallacies affirming the consequent, denying the
antecedent, affirming a disjunct and the converse). A text with any other word is not this reader's: it returns
None and the English grammar reads it ("A implies B" with A and B as people would otherwise be a relation between
two names, and "A implies C" would not follow).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from agentlib.puzzles.argument import ArgumentAnalysis
from agentlib.puzzles.letter_formulas import Formula, NotLetters, letters_of, parse_letters, show
from agentlib.puzzles.verdict import Certificate, Check

MAX_LETTERS = 26
MAX_PREMISES = 50
MAX_CHARS = 5_000  # an argument in letters is short; a longer text is the grammar's, with its own bounds
_ASKED_TAIL = 300  # the validity question is looked for in the text's last characters only (no quadratic scan)
_MARKER = re.compile(r"(?:⊢|∴|\|-|(?:^|[\s,.;])(?:therefore|so|hence|thus|consequently|it follows that|we conclude "
                     r"that|conclusion:)(?=[\s,:]))", re.I)
_ASKED = re.compile(r"\s*(?:is (?:this|that|it|the argument|this argument|this reasoning|the inference|this inference)"
                    r"(?: logically)? (?:valid|sound|correct)|valid or (?:invalid|not)|is it valid)\s*\??\s*$", re.I)
_FOLLOWS = re.compile(r"^\s*(?:does|do) (?P<goal>.+?) (?:follow|hold)(?: from (?:these|the|them|this).*)?\s*\?\s*$|"
                      r"^\s*can (?:we|you|one|i) (?:conclude|infer|deduce)(?: that)? (?P<goal2>.+?)\s*\?\s*$", re.I)
_LABEL = re.compile(r"^\s*(?:premises?\s*\d*|p\d+)\s*[:.)]\s*", re.I)


def letter_argument(text: str) -> ArgumentAnalysis | None:
    """The analysis of an argument written in letters, or None when the text is not one (see the module notes)."""
    if len(text) > MAX_CHARS:
        return None
    split = _split(text)
    if split is None:
        return None
    premise_texts, conclusion_text = split
    try:
        premises = [parse_letters(p) for p in premise_texts]
        conclusion = parse_letters(conclusion_text)
    except NotLetters:
        return None
    letters = set().union(letters_of(conclusion), *(letters_of(p) for p in premises))
    if not premises or len(premises) > MAX_PREMISES or len(letters) > MAX_LETTERS:
        return None
    return _judged(premises, conclusion, premise_texts, conclusion_text)


def _split(text: str) -> tuple[list[str], str] | None:
    body = text.strip()
    tail = body[-_ASKED_TAIL:]
    body = body[:-len(tail)] + _ASKED.sub("", tail) if tail else body
    sentences = [s for s in re.split(r"(?<=[.;?!])\s+|\n+", body) if s.strip()]
    if sentences and sentences[-1].rstrip().endswith("?"):
        follows = _FOLLOWS.match(sentences[-1])
        if follows is None:
            return None
        return premises_of(" ".join(sentences[:-1])), follows["goal"] or follows["goal2"]
    markers = list(_MARKER.finditer(body))
    if not markers:
        return None
    last = markers[-1]
    before, after = body[:last.start()], body[last.end():]
    conclusion = after.strip().lstrip(",:").strip()
    if not conclusion or _MARKER.search(conclusion):
        return None
    return premises_of(before), conclusion


def premises_of(text: str) -> list[str]:
    """The premises of `text`: its sentences, and the parts of a sentence between commas when the sentence is no one
    formula ("P → Q, ¬Q")."""
    found: list[str] = []
    for sentence in re.split(r"(?<=[.;])\s+|\n+|;", text):
        sentence = _LABEL.sub("", sentence).strip().rstrip(".;,").strip()
        if not sentence:
            continue
        try:
            parse_letters(sentence)
            found.append(sentence)
        except NotLetters:
            found += [part.strip() for part in sentence.split(",") if part.strip()]
    return found


def formula_in_z3(formula: Formula, letters: dict[str, Any]) -> Any:
    import z3

    kind = formula[0]
    if kind == "atom":
        return letters[formula[1]]
    if kind == "not":
        return z3.Not(formula_in_z3(formula[1], letters))
    left, right = formula_in_z3(formula[1], letters), formula_in_z3(formula[2], letters)
    return {"and": z3.And, "or": z3.Or, "implies": z3.Implies, "iff": lambda a, b: a == b}[kind](left, right)


def _judged(premises: list[Formula], conclusion: Formula, premise_texts: list[str],
            conclusion_text: str) -> ArgumentAnalysis:
    import z3

    names = sorted(set().union(letters_of(conclusion), *(letters_of(p) for p in premises)))
    letters = {name: z3.Bool(name) for name in names}
    together = z3.Solver()
    together.add(*[formula_in_z3(p, letters) for p in premises])
    consistent = together.check() == z3.sat
    shown = show(conclusion)
    premises_check = Check(f"all {len(premises)} premises together ({', '.join(show(p) for p in premises)})",
                           "sat" if consistent else "unsat")
    together.add(z3.Not(formula_in_z3(conclusion, letters)))
    outcome = together.check()
    form, valid_form = _form(premises, conclusion)
    analysis = ArgumentAnalysis("verified", premises=premise_texts, conclusion=conclusion_text)
    if outcome == z3.unsat:
        analysis.answer = "valid"
        analysis.reason = f"the conclusion follows: whenever the premises are true, {shown} is true" + (
            "" if consistent else " (vacuously: the premises contradict each other)")
        analysis.form = form if valid_form else ""
        analysis.certificate = Certificate("entailment (negation unsat)", (
            premises_check, Check(f"premises + not({shown})", "unsat", "no counter-model exists")))
        return analysis
    model = together.model()
    values = [f"{name} is {'true' if z3.is_true(model.eval(letters[name], model_completion=True)) else 'false'}"
              for name in names]
    analysis.answer = "invalid"
    analysis.fallacy = form if form and not valid_form else ""
    analysis.counter_model = "the premises can all be true while the conclusion is false: e.g. " + ", ".join(values)
    analysis.reason = "the conclusion does not follow from the premises"
    analysis.certificate = Certificate("counter-model (premises + negated conclusion sat)", (
        premises_check, Check(f"premises + not({shown})", "sat", "a counter-model exists")))
    return analysis


# (name, valid, premise patterns, conclusion pattern); a pattern's "$X" stands for any formula, the same each time
_FORMS: list[tuple[str, bool, list[Any], Any]] = [
    ("modus ponens", True, [("implies", "$P", "$Q"), "$P"], "$Q"),
    ("modus tollens", True, [("implies", "$P", "$Q"), ("not", "$Q")], ("not", "$P")),
    ("hypothetical syllogism", True, [("implies", "$P", "$Q"), ("implies", "$Q", "$R")], ("implies", "$P", "$R")),
    ("disjunctive syllogism", True, [("or", "$P", "$Q"), ("not", "$P")], "$Q"),
    ("disjunctive syllogism", True, [("or", "$P", "$Q"), ("not", "$Q")], "$P"),
    ("constructive dilemma", True, [("implies", "$P", "$Q"), ("implies", "$R", "$S"), ("or", "$P", "$R")],
     ("or", "$Q", "$S")),
    ("destructive dilemma", True, [("implies", "$P", "$Q"), ("implies", "$R", "$S"),
                                   ("or", ("not", "$Q"), ("not", "$S"))], ("or", ("not", "$P"), ("not", "$R"))),
    ("simplification", True, [("and", "$P", "$Q")], "$P"),
    ("simplification", True, [("and", "$P", "$Q")], "$Q"),
    ("conjunction", True, ["$P", "$Q"], ("and", "$P", "$Q")),
    ("addition", True, ["$P"], ("or", "$P", "$Q")),
    ("affirming the consequent", False, [("implies", "$P", "$Q"), "$Q"], "$P"),
    ("denying the antecedent", False, [("implies", "$P", "$Q"), ("not", "$P")], ("not", "$Q")),
    ("affirming a disjunct", False, [("or", "$P", "$Q"), "$P"], ("not", "$Q")),
    ("confusing a conditional with its converse", False, [("implies", "$P", "$Q")], ("implies", "$Q", "$P")),
]


def _form(premises: list[Formula], conclusion: Formula) -> tuple[str, bool]:
    """The name of the argument's form and whether that form is valid; ("", True) when it has none here."""
    for name, valid, patterns, goal in _FORMS:
        if len(patterns) != len(premises):
            continue
        for order in itertools.permutations(premises):
            bound: dict[str, Formula] = {}
            if all(_match(pattern, premise, bound) for pattern, premise in zip(patterns, order)) and \
                    _match(goal, conclusion, bound):
                return name, valid
    return "", True


def _match(pattern: Any, formula: Formula, bound: dict[str, Formula]) -> bool:
    if isinstance(pattern, str):
        if pattern in bound:
            return bound[pattern] == formula
        bound[pattern] = formula
        return True
    if pattern[0] != formula[0] or len(pattern) != len(formula):
        return False
    return all(_match(p, f, bound) for p, f in zip(pattern[1:], formula[1:]))
