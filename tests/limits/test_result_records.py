"""Regression: a stored result read back with `from_dict` raised KeyError, AttributeError or TypeError when the record
was damaged or foreign (`Verdict.from_dict("x")`, `MathResult.from_dict({})`), and `ArgumentAnalysis.from_dict` took
`{"status": 5}` as an analysis. Now a record is read back as it was written or refused with `InputError`."""

from __future__ import annotations

from typing import Any, get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib import ArgumentAnalysis, Certificate, Check, InputError, MathResult, Verdict
from agentlib.certificate import CheckResult
from agentlib.mathsolve.result import MathStep
from agentlib.puzzles.verdict import Status

CERTIFICATE = Certificate("entailment (negation unsat)", (Check("constraints", "sat"), Check("not answer", "unsat")))
RESULTS: list[Any] = [
    Verdict("english", "verified", answer={"Ann": "knight"}, reason="forced", certificate=CERTIFICATE),
    Verdict("english", "abstained", failure="ambiguous", unparsed=["Bob is blue."], shared={"Ann": "knight"}),
    ArgumentAnalysis("verified", answer="invalid", premises=["p", "q"], conclusion="r", fallacy="affirming",
                     certificate=CERTIFICATE),
    ArgumentAnalysis("abstained", failure="not_parsed", reader="model"),
    MathResult("Solve x^2=4", "verified", answer="x = -2 or x = 2", verification=CERTIFICATE, level="beginner",
               steps=(MathStep("Take roots", "x = ±2", check=Check("4 = 4", "holds"), role="key"),)),
    MathResult("What is love?", "abstained", reason="no formula", failure="not_math"),
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def damaged(record: dict[str, Any], data: st.DataObject) -> object:
    """The record with one field removed or replaced by any JSON value, or something that is no record."""
    how = data.draw(st.sampled_from(["drop", "replace", "replace", "whole"]))
    if how == "whole":
        return data.draw(json_values)
    key = data.draw(st.sampled_from(sorted(record)))
    changed = dict(record)
    if how == "drop":
        del changed[key]
    else:
        changed[key] = data.draw(json_values)
    return changed


def test_results_read_back_as_they_were_written():
    for result in RESULTS:
        assert type(result).from_dict(result.to_dict()) == result
    assert Certificate.from_dict(CERTIFICATE.to_dict()) == CERTIFICATE


@given(index=st.integers(0, len(RESULTS) - 1), data=st.data())
@settings(max_examples=300, deadline=None)
def test_a_damaged_record_is_read_or_refused_with_input_error(index, data):
    result = RESULTS[index]
    record = damaged(result.to_dict(), data)
    try:
        back = type(result).from_dict(record)  # type: ignore[arg-type]
    except InputError as error:
        assert str(error).startswith("not a")
        return
    assert back.status in get_args(Status)
    assert back.verified == (back.status == "verified")


@given(data=st.data())
@settings(max_examples=100, deadline=None)
def test_a_damaged_certificate_is_refused_with_input_error(data):
    broken = damaged(CERTIFICATE.to_dict(), data)
    try:
        back = Certificate.from_dict(broken)  # type: ignore[arg-type]
    except InputError:
        return
    assert all(check.result in get_args(CheckResult) for check in back.checks)
