"""Arguments in propositional letters, in symbols or words ("If P then Q. Not Q. Therefore not P.", "P → Q, ¬Q ⊢ ¬P",
"A implies B, B implies C, so A implies C."). They abstained, and "A implies B, B implies C, so A implies C." was a
verified "invalid": A, B and C were read as people and "implies" as a relation between them
(`letter_formulas.py`, `letter_arguments.py`).

Random formulas over fresh letters, written in random mixes of symbols and words, keyed by a truth table here; the
classic forms with fresh letters and wordings keyed by their names."""

from __future__ import annotations

import itertools
import random

import pytest

from agentlib.puzzles.argument import _analyze

LETTERS = ["P", "Q", "R", "S", "A", "B", "p", "q"]


def _formula(rng: random.Random, letters: list[str], depth: int):  # noqa: ANN202 (text, evaluator)
    if depth == 0 or rng.random() < 0.3:
        letter = rng.choice(letters)
        return letter, lambda v, letter=letter: v[letter]
    kind = rng.choice(["not", "and", "or", "implies", "iff"])
    if kind == "not":
        text, value = _formula(rng, letters, depth - 1)
        said = rng.choice([f"¬({text})", f"~({text})", f"not ({text})"])
        return said, lambda v: not value(v)
    (lt, lv), (rt, rv) = _formula(rng, letters, depth - 1), _formula(rng, letters, depth - 1)
    symbol = rng.choice({"and": ["∧", "&", "and"], "or": ["∨", "|", "or"], "implies": ["→", "->", "implies"],
                         "iff": ["↔", "<->", "if and only if"]}[kind])
    evaluate = {"and": lambda a, b: a and b, "or": lambda a, b: a or b, "implies": lambda a, b: (not a) or b,
                "iff": lambda a, b: a == b}[kind]
    return f"({lt}) {symbol} ({rt})", lambda v: evaluate(lv(v), rv(v))


@pytest.mark.parametrize("seed", range(40))
def test_random_letter_arguments_are_judged_as_a_truth_table_judges_them(seed):
    rng = random.Random(seed)
    letters = rng.sample(LETTERS[:4] if rng.random() < 0.5 else LETTERS[4:], rng.randint(2, 3))
    premises = [_formula(rng, letters, rng.randint(1, 2)) for _ in range(rng.randint(1, 3))]
    conclusion = _formula(rng, letters, rng.randint(0, 2))
    rows = [dict(zip(letters, values)) for values in itertools.product([True, False], repeat=len(letters))]
    valid = all(conclusion[1](row) for row in rows if all(p[1](row) for p in premises))
    joined = rng.choice([". ", "; "])
    marker = rng.choice([". Therefore ", ". So ", " ⊢ ", ". Hence ", " ∴ "])
    text = joined.join(p[0] for p in premises) + marker + conclusion[0] + rng.choice(["", ". Is this valid?"])
    analysis = _analyze(text)
    assert analysis.status == "verified" and analysis.answer == ("valid" if valid else "invalid"), (
        text, analysis.answer, analysis.reason)


FORMS = [
    ("modus ponens", "valid", ["If {a} then {b}", "{a}"], "{b}"),
    ("modus tollens", "valid", ["{a} implies {b}", "not {b}"], "not {a}"),
    ("hypothetical syllogism", "valid", ["{a} implies {b}", "{b} implies {c}"], "{a} implies {c}"),
    ("disjunctive syllogism", "valid", ["Either {a} or {b}", "not {a}"], "{b}"),
    ("affirming the consequent", "invalid", ["If {a}, then {b}", "{b}"], "{a}"),
    ("denying the antecedent", "invalid", ["{a} → {b}", "¬{a}"], "¬{b}"),
    ("constructive dilemma", "valid", ["{a} → {b}", "{c} → {d}", "{a} ∨ {c}"], "{b} ∨ {d}"),
]


@pytest.mark.parametrize("seed", range(21))
def test_the_classic_forms_are_named(seed):
    rng = random.Random(seed)
    name, verdict, premises, conclusion = FORMS[seed % len(FORMS)]
    a, b, c, d = rng.sample(LETTERS, 4)
    filled = [p.format(a=a, b=b, c=c, d=d) for p in premises]
    rng.shuffle(filled)
    text = ". ".join(filled) + f". {rng.choice(['Therefore', 'So', 'Thus'])} {conclusion.format(a=a, b=b, c=c, d=d)}."
    analysis = _analyze(text)
    assert analysis.status == "verified" and analysis.answer == verdict, (text, analysis.answer, analysis.reason)
    assert (analysis.form if verdict == "valid" else analysis.fallacy) == name, (text, analysis.form,
                                                                                 analysis.fallacy)


def test_sentences_with_other_words_are_left_to_the_grammar():
    from agentlib.puzzles.letter_arguments import letter_argument

    assert letter_argument("If Sam studies, he passes. Sam studies. Therefore he passes.") is None


@pytest.mark.parametrize("depth", [10, 500, 5000])
def test_deep_nesting_is_refused_not_crashed(depth):
    text = "(" * depth + "P" + ")" * depth + ". Therefore P."
    analysis = _analyze(text)
    assert analysis.status in ("verified", "abstained")
    assert depth > 40 or analysis.answer == "valid"


@pytest.mark.parametrize("seed", range(24))
def test_yes_no_questions_about_letters(seed):
    """"If P then Q. P. Is Q true?" through `solve` (`letter_questions.py`), keyed by a truth table."""
    from agentlib.puzzles.english.family import solve

    rng = random.Random(seed)
    letters = rng.sample(LETTERS[:4], 3)
    premises = [_formula(rng, letters, rng.randint(1, 2)) for _ in range(rng.randint(1, 3))]
    asked = _formula(rng, letters, rng.randint(0, 1))
    rows = [dict(zip(letters, values)) for values in itertools.product([True, False], repeat=len(letters))]
    models = [row for row in rows if all(p[1](row) for p in premises)]
    question, negated = rng.choice([("Is {f} true?", False), ("Is it true that {f}?", False),
                                    ("Is {f} false?", True), ("Does {f} follow?", False)])
    text = ". ".join(p[0] for p in premises) + ". " + question.format(f=asked[0])
    verdict = solve(text)
    if not models:
        assert verdict.status != "verified", text
        return
    truths = {asked[1](row) != negated for row in models}
    expected = "cannot be determined" if len(truths) == 2 else "yes" if truths.pop() else "no"
    if question.startswith("Does"):  # whether it is entailed
        expected = "yes" if expected == "yes" else "no"
    assert verdict.status == "verified" and verdict.answer == expected, (text, verdict.answer, verdict.reason)
