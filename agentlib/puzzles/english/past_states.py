"""A past fact asked about in the present: "Ann had a dog. Does Ann have a dog?", "Bo was angry. Is Bo angry?".

The grammar reads a clause's proposition without its tense, which is right where tense only tells a story's order
("If it rained, the ground is wet. It rained. Is the ground wet?") and where the question keeps the fact's time
("Did Di bake a pie?", "Has Di baked a pie?"). A question in the present about the very proposition a past-tense
fact states is different: what held then need not hold now (Ann may have given the dog away), so the fact cannot
answer it. When dropping such facts changes the verdict, the verdict rests on reading past as present, and the
caller abstains.

A present fact asked about in the past ("Ann is a doctor. Was Ann a doctor?") is the mirror case: what holds now
need not have held then. A fact said in the future ("Ann will be a doctor. Is Ann a doctor?") is the same case the
other way round: what will hold need not hold yet (it usually does not), so both are set aside alike.

Left out: a past fact that reaches a present question through a rule ("Ann was a nurse. All nurses are kind. Is
Ann kind?"), which the grammar keeps reading as one time, and the tense of facts inside rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.english.logic import And, Atom, Compare, Formula, Not, Rank, walk
from agentlib.puzzles.english.verb_forms import finite_form

_FACTS = (Atom, Rank, Compare)  # a fact's atoms: a property, a place in an order ("won the race"), a comparison

# a question's first word that asks about now ("Is Bo angry?", "Does Ann have a dog?")
_PRESENT_ASK = {"is", "are", "am", "does", "do", "isn't", "aren't", "doesn't", "don't"}
_PAST_AUX = {"was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't"}
_PRESENT_AUX = {"is", "are", "am", "isn't", "aren't", "has", "have", "hasn't", "haven't", "does", "do", "doesn't",
                "don't", "will", "won't", "can", "can't", "cannot", "must", "shall", "may", "might", "would",
                "should", "could"}


_STATED = re.compile(r"s\d+|say\d+")  # a stated sentence's label; others are what the reading presupposes
_THAT_CLAUSE = re.compile(r"^\W*(?:is it (?:true|the case)|does it follow|must it be (?:true|the case)) that (.+)$",
                          re.I | re.S)


def asks_now(question: str) -> bool:
    """Whether a yes/no question asks in the present tense: its first word "is" / "does" / ..., or, asked as "Is it
    true that ...?" (how an argument's conclusion is put to the solver), a clause in the simple present."""
    clause = _THAT_CLAUSE.match(question)
    if clause is not None:
        return _said_now(clause.group(1))
    words = re.findall(r"[A-Za-z']+", question)
    return bool(words) and words[0].lower() in _PRESENT_ASK


def _asks_then(clause: str) -> bool:
    """Whether a question (or an argument's conclusion) asks in the past: "Was Ann a doctor?", "Ann was a doctor"."""
    words = re.findall(r"[A-Za-z']+", clause)
    return bool(words) and (words[0].lower() in _PAST_AUX or said_in_past(clause))


def _first_finite(words: list[str]) -> int | None:
    """The index of a clause's first finite verb or auxiliary; capitalized words are names, not verbs ("Rose lives
    here")."""
    for k, word in enumerate(words):
        low = word.lower()
        if low in _PAST_AUX or low in _PRESENT_AUX or (not word[0].isupper() and finite_form(low) is not None):
            return k
    return None


def _said_now(clause: str) -> bool:
    """Whether a clause is in the present, not the present perfect ("Ann has a dog", not "Ann has had a dog")."""
    words = re.findall(r"[A-Za-z']+", clause)
    k = _first_finite(words)
    if k is None:
        return False
    low = words[k].lower()
    if low in {"has", "have", "hasn't", "haven't"} and k + 1 < len(words):
        after = words[k + 1].lower()
        after = words[k + 2].lower() if after in {"not", "never", "already", "always"} and k + 2 < len(words) else after
        if finite_form(after) == "past" or after in {"been", "had", "done", "gone", "seen", "known", "given"}:
            return False
    return low in _PRESENT_AUX or finite_form(low) == "present"


def said_in_past(sentence: str) -> bool:
    """Whether every finite verb of a sentence is past ("had", "was", "lived", "didn't"): "Ada stayed in because
    the lawn is wet" also says what holds now."""
    words = re.findall(r"[A-Za-z']+", sentence)
    finite = []
    while (k := _first_finite(words)) is not None:
        finite.append(words[k].lower())
        words = words[k + 1:]
    return bool(finite) and all(word in _PAST_AUX or finite_form(word) == "past" for word in finite)


def said_in_future(sentence: str) -> bool:
    """Whether a sentence's first finite verb is the future "will" / "won't" / "is going to" ("Ann will be a doctor"),
    with no rule around it (a rule's "will" is its consequence's, as in "If it rains, the game will be off")."""
    words = re.findall(r"[A-Za-z']+", sentence)
    if any(w.lower() in ("if", "unless", "when", "whenever", "once", "until", "because", "since") for w in words):
        return False
    if words[:1] == ["Will"] and len(words) > 1 and finite_form(words[1]) is not None:
        words = words[1:]  # "Will stands ahead of Ripe.": a name before its own verb (the future takes a base form)
    elif words and words[0].lower() in ("will", "won't", "shall"):  # asked: "Will Ann be a doctor?"
        return True
    k = _first_finite(words)
    if k is None:
        return False
    low = words[k].lower()
    return low in ("will", "won't", "shall") or (low in ("is", "are", "am") and _going_to_do(words[k + 1:k + 4]))


# "is going to" before a noun phrase is motion now ("is going to the park", "to Rome"), the future only before a verb
_PLACE_OPENERS = {"the", "a", "an", "my", "his", "her", "their", "our", "your", "its", "this", "that", "these",
                  "those", "some", "every", "each"}


def _going_to_do(words: list[str]) -> bool:
    """Whether `words` (after the copula) are the future's "going to" + a verb, not "going to" + where."""
    if words[:2] != ["going", "to"]:
        return False
    after = words[2] if len(words) > 2 else ""
    return not (after.lower() in _PLACE_OPENERS or after[:1].isupper())


def _said_all_now(sentence: str) -> bool:
    """Whether every finite verb of a sentence is present and none is the future's ("Ann is a doctor"; not "Ada is
    the only one who passed", whose "passed" says what held then)."""
    words = re.findall(r"[A-Za-z']+", sentence)
    finite = []
    while (k := _first_finite(words)) is not None:
        finite.append(words[k].lower())
        words = words[k + 1:]
    return bool(finite) and all(word not in ("will", "won't", "shall") and word not in _PAST_AUX and
                                (word in _PRESENT_AUX or finite_form(word) == "present") for word in finite)


def _literals(formula: Formula) -> list[Formula] | None:
    """A fact's literals (an atom, a negated atom, or a conjunction of them); None for anything else."""
    if isinstance(formula, And):
        parts = [_literals(part) for part in formula.parts]
        return None if any(p is None for p in parts) else [lit for p in parts for lit in p or []]
    if isinstance(formula, _FACTS) or (isinstance(formula, Not) and isinstance(formula.body, _FACTS)):
        return [formula]
    return None


def past_state_doubt(labelled: list[tuple[str, Formula]], sentences: dict[str, str], question: str, goal: Formula,
                     entails: Callable[[list[tuple[str, Formula]], Formula], str]) -> str:
    """The past-tense fact a present question's answer rests on (see the module notes), or "" when there is none.

    `labelled` are the premises, `sentences` their wordings by label, `question` the question's wording, `goal` its
    formula and `entails` the entailment status of a goal under given premises."""
    now = asks_now(question)
    clause = _THAT_CLAUSE.match(question)
    then = not now and _asks_then(clause.group(1) if clause is not None else question)  # "Was Ann a doctor?"
    if not now and not then:
        return ""
    asked = {node for node in walk(goal) if isinstance(node, _FACTS)}
    later = said_in_future(clause.group(1) if clause is not None else question)  # "Will Ann be a doctor?"
    past = []
    for label, formula in labelled:
        literals = _literals(formula)
        said = sentences.get(label, "")
        if literals is None:
            continue
        # a future fact of any kind; a past one only as a property (a past race or comparison is the story's own)
        kinds: tuple[type, ...]
        if then:  # a present fact does not say what held before: "Ann is a doctor. Was Ann a doctor?"
            kinds = (Atom,) if _said_all_now(said) else ()
        else:
            kinds = _FACTS if said_in_future(said) and not later else (Atom,) if said_in_past(said) else ()
        if kinds and asked & {node for lit in literals for node in walk(lit) if isinstance(node, kinds)}:
            past.append(label)
    if not past:
        return ""
    # what "the captain" presupposes ("there is exactly one captain") is said with the past fact and goes with it
    asked_predicates = {atom.predicate for atom in asked if isinstance(atom, Atom)}
    past += [label for label, formula in labelled if not _STATED.fullmatch(label) and asked_predicates & {
        node.predicate for node in walk(formula) if isinstance(node, Atom)}]
    kept = [(label, formula) for label, formula in labelled if label not in past]
    if all(entails(kept, side) == entails(labelled, side) for side in (goal, Not(goal))):  # "yes" or "no" alike
        return ""
    return sentences.get(past[0], "")
