"""The constraint language: parsing into Z3 terms, operations, and typed errors that never run code."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.tools import constraints as cl

SPEC = {
    "sorts": {"Person": ["alice", "bob", "carol"]},
    "variables": {"ka": "Bool", "kb": "Bool", "n": "Int", "x": "Real"},
    "functions": {"pos": {"args": ["Person"], "returns": "Int"}},
    "constraints": [
        {"label": "s1", "expr": "ka <-> not kb"},
        {"label": "s2", "expr": "kb -> ka"},
        {"label": "range", "expr": "forall(p: Person, 1 <= pos(p) and pos(p) <= 3)"},
        {"label": "perm", "expr": "distinct(pos(alice), pos(bob), pos(carol))"},
        {"label": "order", "expr": "pos(alice) < pos(bob) and pos(bob) < pos(carol)"},
        {"label": "arith", "expr": "n * 2 + 1 == 7 and x * 4 == 1"},
    ],
}


def test_model_values_are_plain_json():
    result = cl.model(SPEC)
    assert result.status == "sat"
    assert result.values["ka"] is True and result.values["kb"] is False
    assert result.values["n"] == 3 and result.values["x"] == "1/4"
    assert [result.values[f"pos({p})"] for p in ("alice", "bob", "carol")] == [1, 2, 3]


def test_unique_and_multiple_with_witnesses():
    assert cl.unique(SPEC, ["ka", "kb"]).status == "unique"
    loose = {**SPEC, "constraints": SPEC["constraints"][2:4]}
    result = cl.unique(loose, ["pos(alice)"])
    assert result.status == "multiple"
    assert result.values["pos(alice)"] != result.other["pos(alice)"]


def test_entails_is_three_valued():
    assert cl.entails(SPEC, "pos(carol) == 3").status == "true"
    assert cl.entails(SPEC, "pos(carol) == 1").status == "false"
    loose = {**SPEC, "constraints": SPEC["constraints"][2:4]}
    assert cl.entails(loose, "pos(carol) == 1").status == "unknown"
    contradictory = {**SPEC, "constraints": SPEC["constraints"] + [{"label": "bad", "expr": "ka and kb"}]}
    assert cl.entails(contradictory, "ka").status == "inconsistent"


def test_unsat_core_names_the_conflicting_labels():
    spec = {"variables": {"a": "Bool", "b": "Bool", "c": "Bool"},
            "constraints": [{"label": "one", "expr": "a"}, {"label": "two", "expr": "c or b"},
                            {"label": "three", "expr": "a -> not c"}, {"label": "four", "expr": "not b"}]}
    result = cl.unsat_core(spec)
    assert result.status == "unsat"
    assert result.core == ["one", "two", "three", "four"]
    satisfiable = {**spec, "constraints": spec["constraints"][:3]}
    assert cl.unsat_core(satisfiable).status == "sat"


def test_prove_optimize_and_all_solutions():
    assert cl.prove(SPEC, "ka or kb").status == "valid"
    invalid = cl.prove({**SPEC, "constraints": []}, "ka")
    assert invalid.status == "invalid" and invalid.counterexample["ka"] is False
    spec = {"variables": {"a": "Int"}, "constraints": [{"label": "r", "expr": "a >= 2 and a <= 9 and a % 3 == 1"}]}
    assert cl.optimize(spec, "a", "max").value == 7
    assert cl.optimize(spec, "a", "min").value == 4
    solutions = cl.all_solutions(spec, ["a"], limit=10)
    assert solutions.status == "complete"
    assert sorted(s["a"] for s in solutions.solutions) == [4, 7]
    assert cl.all_solutions(spec, ["a"], limit=1).status == "truncated"


def test_precedence_and_associativity():
    spec = {"variables": {"a": "Bool", "b": "Bool", "c": "Bool"}, "constraints": []}
    # -> is right-associative: a -> b -> c == a -> (b -> c)
    assert cl.prove(spec, "(a -> b -> c) <-> (a -> (b -> c))").status == "valid"
    # and binds tighter than or; not tighter than and
    assert cl.prove(spec, "(a or b and c) <-> (a or (b and c))").status == "valid"
    assert cl.prove(spec, "(not a and b) <-> ((not a) and b)").status == "valid"
    assert cl.prove(spec, "(a xor b) <-> (a != b)").status == "valid"
    assert cl.prove({"variables": {"n": "Int"}, "constraints": []}, "1 + 2 * 3 == 7 and -2 * -3 == 6").status == "valid"


@pytest.mark.parametrize(
    "expr, fragment",
    [
        ("ka +", "expected a term"),
        ("foo", "unknown name 'foo'"),
        ("ka and 3", "expected a Bool term"),
        ("pos(ka)", "argument 1 of 'pos' must be Person"),
        ("pos(alice, bob)", "takes 1 argument"),
        ('__import__("os")', "unexpected character"),
        ("ka; import os", "unexpected character"),
        ("n.__class__", "unexpected character"),
        ("(" * 500 + "ka" + ")" * 500, "nested deeper"),
        ("ka kb", "unexpected text after"),
        ("forall(q: Nobody, true)", "unknown sort"),
        ("1" * 60 + " == n", "number literal too long"),
    ],
)
def test_bad_expressions_are_typed_errors_with_the_label(expr, fragment):
    spec = {**SPEC, "constraints": [{"label": "q7", "expr": expr}]}
    with pytest.raises(cl.SpecError) as error:
        cl.check(spec)
    assert fragment in str(error.value)
    assert "[q7]" in str(error.value)


@pytest.mark.parametrize(
    "spec, fragment",
    [
        ({"variables": {"a": "Colour"}}, "unknown sort"),
        ({"variables": {"and": "Bool"}}, "not a valid identifier"),
        ({"sorts": {"P": []}}, "has no values"),
        ({"sorts": {"P": ["x"], "Q": ["x"]}}, "declared twice"),
        ({"variables": {"a": "Bool"}, "constraints": [{"label": "l", "expr": "a"}, {"label": "l", "expr": "a"}]}, "duplicate"),
        ({"variables": {"a": "Bool"}, "extra": 1}, "extra"),
        ("{not json", "invalid spec"),
    ],
)
def test_bad_specs_are_typed_errors(spec, fragment):
    with pytest.raises(cl.SpecError) as error:
        cl.check(spec)
    assert fragment.lower() in str(error.value).lower()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_random_text_is_parsed_or_rejected_with_a_spec_error(text):
    spec = {**SPEC, "constraints": [{"label": "r", "expr": text or "true"}]}
    try:
        result = cl.check(spec)
    except cl.SpecError:
        return
    assert result.status in ("sat", "unsat", "unknown")


def test_solver_timeout_is_honoured():
    import time

    # pigeonhole: 9 pigeons, 8 holes, as Ints; hard for the solver in the default tactic
    pigeons = [f"p{i}" for i in range(12)]
    spec = {"variables": {p: "Int" for p in pigeons},
            "constraints": [{"label": "r", "expr": " and ".join(f"1 <= {p} and {p} <= 11" for p in pigeons)},
                            {"label": "d", "expr": f"distinct({', '.join(pigeons)})"},
                            {"label": "nl", "expr": " + ".join(f"{p} * {p} * {p}" for p in pigeons) + " == 12345"}]}
    start = time.monotonic()
    result = cl.check(spec, timeout_ms=500)
    assert time.monotonic() - start < 0.5 + 0.5
    assert result.status in ("unknown", "unsat", "sat")
