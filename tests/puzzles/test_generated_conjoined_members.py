"""People named together as members of an owned group ("Ann and Bo are my friends.") meet a rule about that group
("All my friends like jazz."), checked against the rule applied member by member; someone not named stays open.

First sight (before any code change for it): every generated case abstained ("Ann and Bo are my friends." was not
understood); none was answered wrong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.puzzles.english.family import solve

NAMES = ["Anouk", "Bilal", "Carys", "Dagny", "Emeka"]
GROUPS = [("friends", "my"), ("neighbours", "our"), ("coworkers", "my"), ("classmates", "our")]
HABITS = [("like jazz", "Does {n} like jazz?"), ("own dogs", "Does {n} own dogs?"),
          ("play chess", "Does {n} play chess?")]


@given(st.permutations(NAMES), st.integers(2, 3), st.sampled_from(GROUPS), st.sampled_from(HABITS),
       st.sampled_from(["are", "were"]), st.booleans())
@settings(max_examples=25, deadline=None, derandomize=True)
def test_each_named_member_meets_the_groups_rule(names, size, group, habit, be, ask_member):
    members, outsider = names[:size], names[size]
    noun, owner = group
    listed = ", ".join(members[:-1]) + " and " + members[-1]
    asked = members[-1] if ask_member else outsider
    text = f"{listed} {be} {owner} {noun}. All {owner} {noun} {habit[0]}. {habit[1].format(n=asked)}"
    verdict = solve(text)
    if ask_member:
        assert (verdict.status, verdict.answer) == ("verified", "yes"), (text, verdict.reason, verdict.unparsed)
    else:
        assert verdict.status != "verified" or verdict.answer == "cannot be determined", (text, verdict.answer)
