"""A past "when" clause that sets the time of a story, not a condition: "When I was a lad, none of the fishermen
could swim. Jed could swim. Was Jed a fisherman?"

The grammar reads a fronted "when" clause as a condition, which is right for generic rules ("When it rains, the game
is cancelled") and for events the text goes on to state ("When the alarm rang, Bob left. The alarm rang."). A clause
in the past tense of "be" ("When I was a lad", "When we were kids", "When Grandpa was young") whose content nothing
else in the text states or asks is different: the teller is saying when the rest happened, and read as a condition
that nobody settles it leaves open answers the story meant to settle ("cannot be determined" where a listener hears
"no"). Reading it as a frame (the main clause as a plain fact) is not safe either: a question in another tense may
ask about another time. So when the two readings answer differently, the verdict abstains.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.english.logic import Atom, Formula, Implies, walk

# "When I was a lad," / "when we were kids," / "Back when Grandpa was young,": a past state before the first comma
_PAST_FRAME = re.compile(r"^\W*(?:back\s+)?when\s+[^,;:]*?\b(?:was|were)\b[^,;:]*,", re.I)


def frame_clause(sentence: str) -> str:
    """The sentence's opening past "when" clause ("When I was a lad,"), or "" when it opens otherwise."""
    found = _PAST_FRAME.match(sentence)
    return found.group(0).strip(" ,") if found else ""


def frame_doubt(labelled: list[tuple[str, Formula]], sentences: dict[str, str], goal: Formula,
                entails: Callable[[list[tuple[str, Formula]], Formula], str]) -> str:
    """Why an open answer may come from a time frame read as a condition: the clause, or "" when there is none.

    `labelled` are the premises, `sentences` their wordings by label, `goal` the question's formula and `entails`
    the entailment status of a goal under given premises. A premise qualifies when its sentence opens with a past
    "when" clause, it is read as a conditional, and no other premise nor the goal uses a predicate of its condition;
    it makes the doubt when the premises with the main clause as a plain fact decide the goal otherwise."""
    def predicates(formula: Formula) -> set[str]:
        return {n.predicate for n in walk(formula) if isinstance(n, Atom)}

    status = entails(labelled, goal)
    for k, (label, formula) in enumerate(labelled):
        clause = frame_clause(sentences.get(label, ""))
        if not clause or not isinstance(formula, Implies):
            continue
        elsewhere = set().union(predicates(goal), *(predicates(f) for j, (_, f) in enumerate(labelled) if j != k))
        if predicates(formula.left) & elsewhere:
            continue  # the clause's content is stated or asked elsewhere: an ordinary condition
        framed = [*labelled[:k], (label, formula.right), *labelled[k + 1:]]
        if entails(framed, goal) != status:
            return clause
    return ""
