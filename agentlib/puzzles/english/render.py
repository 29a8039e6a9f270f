"""Formulas back into English, for answers, certificates and counter-models ("the ground is wet but it did
not rain" rather than `p_wet(c_the_ground) and not q_rain`).

Each predicate remembers how the text said it (`Lexicon.forms`: a noun, an adjective, a verb phrase, an
ability "can ..."), so a fact is said again in the same words, in the present tense.
"""

from __future__ import annotations

from agentlib.puzzles.english.grammar import SAME_KIND, TRUTHFUL, Lexicon
from agentlib.puzzles.english.logic import (
    Adjacent,
    And,
    Atom,
    Compare,
    Const,
    Count,
    Formula,
    Iff,
    Implies,
    Not,
    Or,
    Quantified,
    Rank,
    Term,
    Var,
    Xor,
    is_ordered_place,
)
from agentlib.puzzles.english.words import is_word, lemma, third_person

_SCALE_WORDS = {"height": ("taller", "shorter"), "age": ("older", "younger"), "weight": ("heavier", "lighter"),
                "speed": ("faster", "slower"), "wealth": ("richer", "poorer"), "size": ("bigger", "smaller"),
                "length": ("longer", "shorter"), "price": ("more expensive", "cheaper"), "row": ("to the right of",
                                                                                                "to the left of"),
                "finish": ("behind", "ahead of"), "order": ("after", "before"), "floor": ("above", "below"),
                "arrival": ("later than", "earlier than"), "strength": ("stronger", "weaker"),
                "north": ("north of", "south of"), "east": ("east of", "west of")}


_SUPERLATIVES = {"height": ("tallest", "shortest"), "age": ("oldest", "youngest"), "weight": ("heaviest", "lightest"),
                 "speed": ("fastest", "slowest"), "wealth": ("richest", "poorest"), "size": ("biggest", "smallest"),
                 "length": ("longest", "shortest"), "price": ("most expensive", "cheapest"),
                 "strength": ("strongest", "weakest"), "smartness": ("smartest", "least smart"),
                 "heat": ("hottest", "coldest"), "goodness": ("best", "worst"),
                 "north": ("northernmost", "southernmost"), "east": ("easternmost", "westernmost")}


_OBJECT_FORMS = {"I": "me", "we": "us", "they": "them", "he": "him", "she": "her"}


def object_name(term: Term, lexicon: Lexicon) -> str:
    """`name` in an object's place: the speaker is "me" there ("Mark ignores me", not "Mark ignores I")."""
    said = name(term, lexicon)
    return _OBJECT_FORMS.get(said, said)


def name(term: Term, lexicon: Lexicon) -> str:
    if isinstance(term, Var):
        return "it"
    if term.key == "__who":
        return "who"
    display = lexicon.displays.get(term.key, term.key.replace("_", " "))
    # a description opening its sentence ("This shape has three sides.") is lower case inside another one
    return display[0].lower() + display[1:] if display.lower().startswith(("the ", "this ", "that ", "these ",
                                                                            "those ")) else display


def atom(fact: Atom, lexicon: Lexicon, positive: bool = True, subject_text: str | None = None,
         plural_subject: bool = False) -> str:
    kind, phrase = lexicon.forms.get(fact.predicate, ("adj", fact.predicate.replace("_", " ")))
    phrase = _names_capitalized(phrase, lexicon)  # "in paris" -> "in Paris": a name keeps its capital
    if fact.predicate not in lexicon.forms and len(fact.args) == 1 and "_" not in fact.predicate and \
            is_word(fact.predicate, "NOUN") and not is_word(fact.predicate, "ADJ"):
        kind = "noun"  # a kind the reader made itself ("knight" from "Knights always tell the truth"): "a knight"
    if kind == "verb" and phrase in lexicon.adjectives:  # "is black or white": a one-word predicate after "is"
        kind = "adj"
    if fact.predicate == TRUTHFUL:
        kind, phrase = "verb", "tell the truth"
    if fact.predicate.startswith("__truthful_speaker"):
        kind, phrase = "verb", "tell the truth"
    if fact.predicate == SAME_KIND:
        return f"{name(fact.args[0], lexicon)} and {name(fact.args[1], lexicon)} are " + \
            ("" if positive else "not ") + "of the same kind"
    if subject_text is not None:
        subject = subject_text
    elif not fact.args:
        subject = "it"
    else:
        subject = name(fact.args[0], lexicon)
    plural = plural_subject or subject.lower() in ("i", "you", "we", "they") or _plural_description(subject)
    copula = "am" if subject == "I" else "are" if plural else "is"
    if kind in ("noun",) and plural and subject.lower() not in ("i", "you", "we", "they"):
        body = f"{copula} {'' if positive else 'not '}{_plural(phrase)}"  # "the lights are lights"
    elif kind in ("noun",):
        body = f"{copula} {'' if positive else 'not '}{_article(phrase)} {phrase}"
    elif kind == "the":
        body = f"{copula} {'' if positive else 'not '}the {phrase}"
    elif kind == "adj":
        body = f"{copula} {'' if positive else 'not '}{phrase}"
    elif kind == "rel" and len(fact.args) == 2:  # "a parent of": a relation read with "is"
        body = f"{copula} {'' if positive else 'not '}{phrase} {object_name(fact.args[1], lexicon)}"
    elif kind == "there":  # "there is a fire", "there are mice", "there is no fire": a fact about the scene
        if not positive:
            return f"there is no {phrase}"
        head = phrase.split()[0]
        return f"there are {phrase}" if lemma(head, "NOUN") != head else f"there is {_article(phrase)} {phrase}"
    elif kind == "can":
        body = f"{'can' if positive else 'cannot'} {phrase}"
    elif kind == "should":
        body = f"{'should' if positive else 'should not'} {phrase}"
    elif kind == "may":
        body = f"{'may' if positive else 'may not'} {phrase}"
    else:
        words = phrase.split()
        if len(fact.args) == 2:
            words = [*words, object_name(fact.args[1], lexicon)]
        if positive:
            verb = words[0] if plural else third_person(words[0])
            body = " ".join([verb, *words[1:]])
        else:
            body = " ".join([("do" if plural else "does") + " not", *words])
    return f"{subject} {body}"


def _names_capitalized(phrase: str, lexicon: Lexicon) -> str:
    """`phrase` with each word that is a name of the text written as the text writes it."""
    if not lexicon.names:
        return phrase
    return " ".join(lexicon.names.get(word, word) if word.islower() else word for word in phrase.split(" "))


def _plural_description(subject: str) -> bool:
    """ "the lights", "the doors": a definite description whose head noun is plural takes "are" and "do"."""
    words = subject.lower().split()
    if len(words) < 2 or words[0] != "the" or not words[-1].isalpha() or not words[-1].endswith("s"):
        return False
    return lemma(words[-1], "NOUN") != words[-1]


def _plural(phrase: str) -> str:
    return phrase + ("es" if phrase.endswith(("s", "x", "ch", "sh")) else "s")


def _article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


_COUNT = "_count"  # a scale of how many things each has ("book_count"), ordered by more and fewer


def formula(f: Formula, lexicon: Lexicon) -> str:
    """A formula in plain words (nested connectives in brackets)."""
    if isinstance(f, Atom):
        return atom(f, lexicon)
    if isinstance(f, Not) and isinstance(f.body, Atom):
        return atom(f.body, lexicon, positive=False)
    if isinstance(f, Not):
        return f"it is not the case that {formula(f.body, lexicon)}"
    if isinstance(f, Compare) and f.scale.endswith(_COUNT) and f.op in (">", "<") and not f.offset:
        things = _plural(f.scale[:-len(_COUNT)].replace("_", " "))  # "Leo has more books than Nat"
        more = "more" if f.op == ">" else "fewer"
        return f"{name(f.left, lexicon)} has {more} {things} than {name(f.right, lexicon)}"
    if isinstance(f, Rank) and f.scale.endswith(_COUNT) and f.position == 1:
        things = _plural(f.scale[:-len(_COUNT)].replace("_", " "))  # "Oli has the fewest apples"
        return f"{name(f.term, lexicon)} has the {'most' if f.from_end else 'fewest'} {things}"
    if isinstance(f, Compare):
        words = _SCALE_WORDS.get(f.scale, (f"higher on {f.scale} than", f"lower on {f.scale} than"))
        left, right = name(f.left, lexicon), name(f.right, lexicon)
        if f.op == "==" and f.offset:
            side = words[0] if f.offset > 0 else words[1]
            if not is_ordered_place(f.scale):  # "5 years older than Bob": a difference of values, not of places
                joiner = "" if side.endswith(" than") else " than"
                return f"{left} is {side}{joiner} {right} by {abs(f.offset)}"
            return f"{left} is immediately {side} {right}"
        if f.op in ("==", "!="):  # "Ann and Bo are equal in height" (was "Ann is level with than Bo")
            return f"{left} and {right} are {'' if f.op == '==' else 'not '}equal in {f.scale.replace('_', ' ')}"
        relation = {">": words[0], "<": words[1]}[f.op]
        joiner = "" if relation.endswith((" of", " than", "behind", "before", "after", "above", "below")) else " than"
        return f"{left} is {relation}{joiner} {right}"
    if isinstance(f, Adjacent):
        return f"{name(f.left, lexicon)} is next to {name(f.right, lexicon)}"
    if isinstance(f, Rank):
        ordinal = {1: "", 2: "second ", 3: "third ", 4: "fourth ", 5: "fifth ", 6: "sixth ", 7: "seventh "}.get(
            f.position, f"number {f.position} ")
        if f.scale in _SUPERLATIVES:
            top, bottom = _SUPERLATIVES[f.scale]
            return f"{name(f.term, lexicon)} is the {ordinal}{top if f.from_end else bottom}"
        place = (ordinal.strip() or "first") if not f.from_end else (f"{ordinal}to last" if ordinal else "last")
        return f"{name(f.term, lexicon)} is {place} in the {f.scale}"
    if isinstance(f, And):
        return " and ".join(_wrap(p, lexicon) for p in f.parts) if f.parts else "true"
    if isinstance(f, Or):
        return "either " + " or ".join(_wrap(p, lexicon) for p in f.parts)
    if isinstance(f, Xor):
        return f"either {_wrap(f.left, lexicon)} or {_wrap(f.right, lexicon)}, but not both"
    if isinstance(f, Implies):
        return f"if {_wrap(f.left, lexicon)}, then {_wrap(f.right, lexicon)}"
    if isinstance(f, Iff):
        return f"{_wrap(f.left, lexicon)} if and only if {_wrap(f.right, lexicon)}"
    if isinstance(f, Count):
        return f"between {f.low} and {f.high} of: " + "; ".join(formula(p, lexicon) for p in f.parts)
    if isinstance(f, Quantified):
        said = _categorical(f, lexicon)
        if said is not None:
            return said
        return f"{'for everything' if f.kind == 'all' else 'for something'}: {formula(f.body, lexicon)}"
    return repr(f)


def _categorical(f: Quantified, lexicon: Lexicon) -> str | None:
    """ "every cat is a mammal", "some bird can fly", "no reptile has fur", "some cat is not black"."""
    body = f.body
    if f.kind == "all" and isinstance(body, Implies):
        restriction, claim = body.left, body.right
    elif f.kind == "some" and isinstance(body, And) and len(body.parts) == 2:
        restriction, claim = body.parts
    else:
        return None
    if not (isinstance(restriction, Atom) and restriction.args == (f.var,)):
        return None
    kind, phrase = lexicon.forms.get(restriction.predicate, ("noun", restriction.predicate.replace("_", " ")))
    if kind != "noun":
        return None
    negative = isinstance(claim, Not)
    core = claim.body if isinstance(claim, Not) else claim
    if not (isinstance(core, Atom) and core.args[:1] == (f.var,)):
        return None
    if f.kind == "all" and negative:
        return atom(core, lexicon, positive=True, subject_text=f"no {phrase}")
    determiner = "every" if f.kind == "all" else "some"
    return atom(core, lexicon, positive=not negative, subject_text=f"{determiner} {phrase}")


def _wrap(f: Formula, lexicon: Lexicon) -> str:
    text = formula(f, lexicon)
    return f"({text})" if isinstance(f, (And, Or, Implies, Iff, Xor)) else text


def kind_word(role: str) -> str:
    """A kind's key back to its word ("truth_teller" -> "truth-teller": kinds are one word, hyphens kept)."""
    return "other" if role == "__other" else role.replace("_", "-")


__all__ = ["atom", "formula", "name", "kind_word", "Const"]
