"""A role noun both as a subject ("The thief is tall") and as what a named person may be ("Is Ann the thief?").

Regression: "The murderer is left-handed. Colonel Mustard is left-handed. So Colonel Mustard is the murderer." was
verified valid: "the murderer" became an individual kept apart from every name while "is the murderer" counted one
murderer among the named people, so the only name had to be the murderer. In any model where the described one is
someone else, the named person is not the role's holder, so "yes" / "valid" is never right; the reader abstains
(identity between a description and a name is not read). A whodunit that never uses the description as a subject
still answers, checked by brute force over who the culprit is.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.argument import _analyze
from agentlib.puzzles.english.family import solve

NAMES = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal"]
ROLES = ["thief", "murderer", "culprit", "spy", "winner"]
TRAITS = ["tall", "left-handed", "a woman", "nervous", "a gardener"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(ROLES), st.sampled_from(TRAITS), st.booleans())
def test_a_shared_trait_never_makes_the_named_person_the_described_one(name, role, trait, as_question):
    told = f"The {role} is {trait}. {name} is {trait}."
    if as_question:
        verdict = solve(f"{told} Is {name} the {role}?")
        assert verdict.status != "verified" or verdict.answer == "cannot be determined"
    else:
        analysis = _analyze(f"{told} So {name} is the {role}.")
        assert analysis.status != "verified" or analysis.answer == "invalid"


@settings(max_examples=10, deadline=None)
@given(st.permutations(NAMES).map(lambda names: names[:3]), st.sampled_from(ROLES), st.integers(0, 2))
def test_a_whodunit_without_the_description_as_subject_still_answers(cast, role, culprit):
    cleared = [name for k, name in enumerate(cast) if k != culprit]
    text = (f"{cast[0]}, {cast[1]} and {cast[2]} are suspects. Exactly one of them is the {role}. "
            f"{cleared[0]} is not the {role}. {cleared[1]} is not the {role}. Who is the {role}?")
    # brute force: the one suspect no statement clears
    holders = [name for name in cast if name not in cleared]
    verdict = solve(text)
    assert verdict.status == "verified" and verdict.answer == holders[0]
