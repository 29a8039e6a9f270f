"""Permission rules said and asked with "may" ("No student may park here. May Raj park here?"), checked against the
rule applied by hand over both values of the permission; an act told beside its permission ("Raj parked here.")
is never taken to show the permission.

First sight (before any code change for it): every generated case abstained ("'may' makes it a tendency or a
possibility, not a fact", and "May Raj park here?" was no question form); none was answered wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
KINDS = [("student", "students"), ("member", "members"), ("guest", "guests"), ("visitor", "visitors")]
ACTS = ["enter the vault", "use the pool", "vote", "park in the lot"]
# rule form -> (text, permission when of the kind, permission when not): None where the rule leaves it open
RULES = {"no": ("No {k} may {a}.", False, None), "every": ("Every {k} may {a}.", True, None),
         "only": ("Only {ks} may {a}.", None, False), "plural not": ("{Ks} may not {a}.", False, None)}


@given(st.sampled_from(NAMES), st.sampled_from(KINDS), st.sampled_from(ACTS), st.sampled_from(sorted(RULES)),
       st.booleans())
@settings(max_examples=30, deadline=None, derandomize=True)
def test_a_permission_rule_applied_to_someone(name, kind, act, form, of_kind):
    one, many = kind
    rule, when_of_kind, when_not = RULES[form]
    said = rule.format(k=one, ks=many, Ks=many.capitalize(), a=act)
    fact = f"{name} is a {one}." if of_kind else f"{name} is not a {one}."
    text = f"{said} {fact} May {name} {act}?"
    allowed = when_of_kind if of_kind else when_not
    verdict = solve(text)
    if allowed is None:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)
    else:
        assert (verdict.status, verdict.answer) == ("verified", "yes" if allowed else "no"), (text, verdict.reason)


def test_an_act_is_no_permission():
    for text in ["Only members may use the pool. Anouk used the pool. May Anouk use the pool?",
                 "No student may park in the lot. Anouk parks in the lot. May Anouk park in the lot?"]:
        verdict = solve(text)
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)
