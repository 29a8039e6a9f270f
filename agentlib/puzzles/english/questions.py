"""The questions people ask of a puzzle or an argument, parsed into what must be decided.

    yes/no        "Is Socrates mortal?", "Does Tweety fly?", "Is it true that S?", "Can we conclude that S?",
                  "Does it follow that S?", "Must S be true?"             -> `YesNo(formula)`
    possible      "Is it possible that S?", "Could S?"                     -> `YesNo(formula, possible=True)`
    who / which   "Who is the shortest?", "Who did it?", "Which of them is lying?", "Who is taller, A or B?"
                                                                             -> `Who(formula over WHO, choices)`
    roles         "Who is a knight and who is a knave?", "What are A and B?", "What is each of them?"
                                                                             -> `Roles()`
    order         "List them from tallest to shortest", "In what order did they finish?"
                                                                             -> `Order(scale, descending)`
    position      "In what position is A?", "Where does A sit?", "What place did A finish in?"
                                                                             -> `Position(name)`
    count         "How many solutions are there?"                          -> `CountSolutions()`

The wh-word is read as a placeholder name, so "Who is the shortest?" is parsed by the same grammar as
"Ann is the shortest" and decided for each person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agentlib.puzzles.english.grammar import Grammar, NotUnderstood
from agentlib.puzzles.english.logic import Const, Formula, slug
from agentlib.puzzles.english.text import Token, normalize, tokenize
from agentlib.puzzles.english.words import AUXILIARIES, NUMBER_WORDS, comparative, lemma, scale_of

WHO_KEY = "__who"


@dataclass
class YesNo:
    formula: Formula
    possible: bool = False
    follows: bool = False  # "Can we conclude that ...?": asks whether it follows, so an open answer is "no"


@dataclass
class Who:
    formula: Formula  # mentions Const(WHO_KEY)
    choices: list[Const] = field(default_factory=list)  # empty: every person


@dataclass
class Roles:
    only: list[Const] = field(default_factory=list)  # empty: everyone


@dataclass
class Order:
    scale: str
    descending: bool  # True: from the top of the scale (tallest) down


@dataclass
class Position:
    person: Const


@dataclass
class Between:
    """ "How many people are between Ann and Eve?": how many places of the row lie strictly between the two."""

    left: Const
    right: Const


@dataclass
class CountSolutions:
    pass


Question = YesNo | Who | Roles | Order | Position | Between | CountSolutions

_PREFIXES = [
    "based on the above", "based on this", "based on the information", "based on the statements", "given this",
    "given the above", "according to the statements", "from the statements", "then", "so", "therefore", "now",
    "in that case", "if so",
]
_ENTAILMENT_FORMS = frozenset({
    "can we conclude that", "can we say that", "can we infer that", "can it be concluded that", "does it follow that",
    "do we know that", "must it be true that", "is it necessarily true that", "must it be that", "is it certain that",
    "can we deduce that", "does this imply that", "does that imply that",
})
_THAT_FORMS = [
    ("is it true that", False), ("is it the case that", False), ("can we conclude that", False),
    ("can we say that", False), ("can we infer that", False), ("can it be concluded that", False),
    ("does it follow that", False), ("does this mean that", False), ("does that mean that", False),
    ("do we know that", False), ("must it be true that", False), ("is it necessarily true that", False),
    ("must it be that", False), ("is it certain that", False), ("does this imply that", False),
    ("does it mean that", False), ("does that imply that", False), ("can we deduce that", False),
    ("is it possible that", True), ("could it be that", True), ("can it be that", True),
    ("might it be that", True),
]


def parse_question(question: str, grammar: Grammar, people: list[Const]) -> Question:
    text = normalize(question).strip().rstrip("?.! ").strip()
    low = text.lower()
    for prefix in _PREFIXES:
        if low.startswith(prefix + ","):
            text, low = text[len(prefix) + 1:].strip(), low[len(prefix) + 1:].strip()
        elif low.startswith(prefix + " ") and prefix in ("then", "so", "therefore", "now"):
            text, low = text[len(prefix) + 1:].strip(), low[len(prefix) + 1:].strip()
    for form, possible in _THAT_FORMS:
        if low.startswith(form + " "):
            statement = text[len(form) + 1:]
            return YesNo(_statement(statement, grammar), possible, follows=form in _ENTAILMENT_FORMS)
    if re.match(r"^(?:in )?how many (?:different |possible |distinct )?(?:solutions|answers|ways|arrangements|orders|"
                r"orderings|possibilities|seating arrangements)\b", low):
        return CountSolutions()
    between = re.match(r"^how many (?:people|persons|children|\w+s) (?:are|were|is|sit|sat|stand|stood|finished|"
                       r"wait|waited)(?: there)? (?:sitting |standing )?between (.+?) and (.+)$", low)
    if between is not None:
        pair = [grammar.lexicon.names.get(part.strip()) for part in between.groups()]
        if None in pair or pair[0] == pair[1]:
            raise NotUnderstood(question, "'between' needs two names of the puzzle")
        return Between(*(Const(slug(display)) for display in pair if display is not None))
    if low in ("which is which", "who is who", "which one is which", "who is which", "what is each one"):
        return Roles()
    roles = _roles_question(low, grammar, people)
    if roles is not None:
        return roles
    order = _order_question(low, grammar)
    if order is not None:
        return order
    position = _position_question(text, low, grammar)
    if position is not None:
        return position
    first = low.split(" ", 1)[0]
    if first in ("who", "whom", "which", "what"):
        return _who_question(text, low, grammar, people)
    if first in AUXILIARIES:
        return YesNo(_inverted(text, grammar))
    raise NotUnderstood(question, "a question form the grammar does not know")


def _statement(text: str, grammar: Grammar) -> Formula:
    return grammar.sentence(tokenize(normalize(text)), text)


def _inverted(text: str, grammar: Grammar) -> Formula:
    """ "Is Socrates mortal" -> "Socrates is mortal"; "Does Tweety fly" -> "Tweety does fly"."""
    tokens = tokenize(text)
    aux, rest = tokens[0], tokens[1:]
    readings: list[Formula] = []
    errors: list[str] = []
    for split in range(len(rest) - 1, 0, -1):  # longest subject first: "Did [the red team] win?"
        candidate = rest[:split] + [Token(aux.low, aux.low)] + rest[split:]
        if candidate[0].low in AUXILIARIES and not grammar.is_name_token(candidate[0]):
            continue
        try:
            readings.append(grammar.sentence(candidate, text))
        except NotUnderstood as error:
            errors.append(error.why)

    if not readings:
        raise NotUnderstood(text + "?", "")
    # a question's subject is the whole noun phrase after its auxiliary: the longest split that reads wins
    return readings[0]


def _whole_cast(text: str, people: list[Const]) -> str:
    """ "Who is the oldest of the three?" / "... of them all" / "... among them": the words name the whole cast,
    so they drop; a number that is not the cast's size stays (and the question is not understood)."""
    match = re.search(r",?\s+(?:of|among)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?:(\w+)(?:\s+of\s+(?:them|us))?"
                      r"(?:\s+(?:friends|people|kids|children|runners|students|of them|of us))?|them|us)(?:\s+all)?$",
                      text, re.I)
    if match is None:
        return text
    word = (match.group(1) or "").lower()
    if word and word not in ("them", "us", "all") and NUMBER_WORDS.get(word, -1) != len(people) and \
            not (word.isdigit() and int(word) == len(people)):
        return text
    return text[:match.start()]


def _who_question(text: str, low: str, grammar: Grammar, people: list[Const]) -> Who:
    if re.match(r"^(?:who|which \w+) (?:is|was|are|were) the \w+(?: \w+)? (?:of|among)\b", low):
        text = _whole_cast(text, people)
    # "Who is first in line?", "Who is last in the queue?": the line is the row the statements already order
    text = re.sub(r"^((?:who|which \w+) (?:is|was|stands|came|finished) (?:the )?(?:first|last|\w+(?:st|nd|rd|th)))"
                  r" in (?:the )?(?:line|queue|row|race)$", r"\1", text, flags=re.I)
    tokens = tokenize(text)
    choices: list[Const] = []
    match = re.match(r"^(.*?),\s*(.+?)\s+or\s+(.+?)$", text)
    if match is not None:  # "Who is taller, Ann or Bob"
        for name in (match.group(2), match.group(3)):
            key = name.strip().lower()
            if key not in grammar.lexicon.names:
                raise NotUnderstood(text + "?", f"{name!r} is not a name in the puzzle")
            choices.append(Const(slug(grammar.lexicon.names[key])))
        tokens = tokenize(match.group(1))
    words = [t.low for t in tokens]
    skip = 1
    if words[:3] in (["which", "of", "them"], ["who", "of", "them"], ["which", "of", "us"]) or \
            words[:3] == ["which", "one", "of"] and words[3:4] == ["them"]:
        skip = 3 if words[1] == "of" else 4
    elif words[:2] in (["which", "one"], ["which", "person"]):
        skip = 2
    elif words[0] in ("which", "what") and len(words) > 2 and words[1] not in AUXILIARIES:
        noun = lemma(words[1], "NOUN")  # "Which box is the lightest?": the boxes the statements name
        if noun in ("person", "one", "friend", "child", "student", "runner", "people"):
            skip = 2
        else:
            known = [Const(key) for key in grammar.lexicon.displays if key.startswith("the_") and
                     key.endswith("_" + slug(noun))]
            if not known:
                raise NotUnderstood(text + "?", f"no {noun} is named in the statements")
            choices, skip = known, 2
    grammar.lexicon.names[WHO_KEY] = WHO_KEY
    placeholder = Token(WHO_KEY, WHO_KEY)
    rest = tokens[skip:]
    if len(rest) >= 2 and rest[0].low in ("is", "was", "are", "were") and \
            (comparative(rest[1].low) or ("", ""))[1] == "est":
        rest = [rest[0], Token("the", "the"), *rest[1:]]  # "Who is oldest?": a bare superlative, as "the oldest"
    try:
        formula = grammar.sentence([placeholder, *rest], text)
    finally:
        grammar.lexicon.names.pop(WHO_KEY, None)
    return Who(formula, choices)


def _roles_question(low: str, grammar: Grammar, people: list[Const]) -> Roles | None:
    if re.match(r"^(?:so )?who is (?:a |an |the )?[\w-]+(?: and who is (?:a |an |the )?[\w-]+)+$", low) and \
            " and who is " in low:
        return Roles()
    if re.match(r"^(?:what|which) (?:kind|type|sort)s? (?:of (?:person|inhabitant|people) )?(?:is|are) "
                r"(?:each|everyone|each of them|they|the (?:\w+ )?inhabitants)$", low) or \
            low in ("what is each of them", "what are they", "who is what", "what is everyone"):
        return Roles()
    match = re.match(r"^what (?:is|are) (.+)$", low)
    if match is not None:
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group(1))
        found = []
        for name in names:
            if name not in grammar.lexicon.names:
                return None
            found.append(Const(slug(grammar.lexicon.names[name])))
        return Roles(found)
    return None


def _order_question(low: str, grammar: Grammar) -> Order | None:
    match = re.search(r"from (?:the )?(\w+(?: \w+)?) to (?:the )?(\w+(?: \w+)?)$", low)
    if match is None or not re.match(r"^(?:list|rank|order|name|sort|arrange|put|give|what is the order|"
                                     r"in what order|can you (?:list|rank|order))", low):
        return None
    first, last = match.group(1), match.group(2)
    if (first, last) in (("left", "right"), ("first", "last"), ("front", "back"), ("top", "bottom")):
        scale = "row" if first == "left" else "finish" if first == "first" else "row"
        return Order(scale, descending=False)
    if (first, last) in (("right", "left"), ("last", "first")):
        return Order("row" if first == "right" else "finish", descending=True)
    superlative = comparative(first.split()[-1])
    if superlative is None or superlative[1] != "est":
        return None
    scale, sign = scale_of(superlative[0], grammar.lexicon.scale_words)
    return Order(scale, descending=sign > 0)


def _position_question(text: str, low: str, grammar: Grammar) -> Position | None:
    patterns = [r"^in (?:what|which) (?:position|place|seat|spot) (?:is|does|did|was) (.+?)"
                r"(?: sit| stand| finish| in)*$",
                r"^where (?:is|does|did) (.+?)(?: sit| stand| finish| park)?$",
                r"^what (?:position|place|seat|spot) (?:is|does|did) (.+?)(?: in| sit| stand| finish| come)*$",
                r"^what is (.+?)'?s? (?:position|place|seat)$"]
    for pattern in patterns:
        match = re.match(pattern, low)
        if match is not None:
            name = match.group(1).strip()
            if name in grammar.lexicon.names:
                return Position(Const(slug(grammar.lexicon.names[name])))
            if name.startswith("the ") and slug("the_" + "_".join(lemma(w, "NOUN") for w in name.split()[1:])) in \
                    grammar.lexicon.displays:  # "Where is the green car?"
                return Position(Const(slug("the_" + "_".join(lemma(w, "NOUN") for w in name.split()[1:]))))
            return None
    return None


__all__ = ["Question", "YesNo", "Who", "Roles", "Order", "Position", "Between", "CountSolutions", "parse_question",
           "WHO_KEY", "lemma"]
