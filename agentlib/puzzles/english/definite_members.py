"""A member named with "the" or a possessive, of a class a rule narrows: "All the hens on our farm laid brown eggs.
Bessie was one of our hens. Did Bessie lay brown eggs?"

"One of the hens", "one of our hens", "our hen" point back at hens the text has in mind, and the hens it has just
spoken of are those on the farm; the grammar keeps only the noun ("Bessie is a hen"), so the rule's other condition
("on the farm") looks unsettled and the answer came out "cannot be determined" where the teller means "yes". A plain
indefinite ("Bessie is a hen") stays the textbook trap it is (open). So an open answer abstains when the asked
individual is given the rule's class with "the" or a possessive and lacks only where that class is ("on the farm",
"in the class"); a condition of another kind ("All students who studied passed") stays open.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.logic import Atom, Const, Formula, Implies, Not, Quantified, walk

_POINTING = r"(?:the|our|my|his|her|their|your|its|these|those)"


def _points_back(sentence: str, noun: str) -> bool:
    """Whether `sentence` names the class `noun` (its last word, singular or plural) with "the" or a possessive."""
    head = re.escape(noun.split()[-1])
    return re.search(rf"\b(?:one|some|each|any|all|none|either|neither|both) of {_POINTING}\s+(?:\w+\s+)?{head}|"
                     rf"\b{_POINTING}\s+(?:\w+\s+)?{head}(?:e?s)?\b", sentence, re.I) is not None


_PLACE = re.compile(r"(?:in|on|at|from|of)\b")


def definite_member_doubt(labelled: list[tuple[str, Formula]], sentences: dict[str, str], goal: Formula,
                          forms: dict[str, tuple[str, str]]) -> str:
    """The class phrase that may carry where a rule's class is, or "" when there is none. `forms` maps a predicate
    to its part of speech and words ("hen" -> ("noun", "hen"), "on_farm" -> ("adj", "on the farm"))."""
    core = goal.body if isinstance(goal, Not) else goal
    if not (isinstance(core, Atom) and len(core.args) == 1 and isinstance(core.args[0], Const)):
        return ""
    who = core.args[0]
    for k, (_, formula) in enumerate(labelled):
        rule = formula.body if isinstance(formula, Quantified) else formula
        if not isinstance(rule, Implies) or core.predicate not in {n.predicate for n in walk(rule.right)
                                                                   if isinstance(n, Atom)}:
            continue
        needed = {n.predicate for n in walk(rule.left) if isinstance(n, Atom)}
        known = {f.predicate for _, f in labelled if isinstance(f, Atom) and f.args == (who,)}
        places = needed - known
        if not places or not all(_PLACE.match(forms.get(p, ("", ""))[1]) for p in places):
            continue
        for label, fact in labelled:
            if label == labelled[k][0] or not isinstance(fact, Atom) or fact.args != (who,):
                continue
            form, noun = forms.get(fact.predicate, ("", ""))
            if form == "noun" and fact.predicate in needed and _points_back(sentences.get(label, ""), noun):
                return noun
    return ""
