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
    relation      "What is Jill to Liam?", "How is Ann related to Ben?"    -> `Relation(person, other, candidates)`

The wh-word is read as a placeholder name, so "Who is the shortest?" is parsed by the same grammar as
"Ann is the shortest" and decided for each person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from agentlib.puzzles.english.grammar import Grammar, NotUnderstood
from agentlib.puzzles.english.how_many_f import who_text
from agentlib.puzzles.english.kind_nouns import covers, known_thing
from agentlib.puzzles.english.kinship import kin_predicate
from agentlib.puzzles.english.logic import Const, Formula, conj, predicates_of, slug
from agentlib.puzzles.english.order_count import how_many_people
from agentlib.puzzles.english.text import Token, normalize, tokenize
from agentlib.puzzles.english.words import AUXILIARIES, NUMBER_WORDS, comparative, is_word, lemma, scale_of

WHO_KEY = "__who"
OTHER_KEY = "other_choice_q"  # a name token (capitalised text, this key): slug-stable, unlike "__who"
_SIDEWAYS = re.compile(r"^(?:is|are|was|were|sits|sat|stands|stood)? ?(?:further|farther|more)(?: to the)? (left|right)"
                       r"$|^(?:is|are|was|were|sits|sat|stands|stood)? ?(?:closer to|nearer to|nearer) the (left|right)"
                       r"(?: end| side)?$")


@dataclass
class YesNo:
    formula: Formula
    possible: bool = False
    follows: bool = False  # "Can we conclude that ...?": asks whether it follows, so an open answer is "no"


@dataclass
class Who:
    formula: Formula  # mentions Const(WHO_KEY)
    choices: list[Const] = field(default_factory=list)  # empty: every person
    versus: bool = False  # "Who is taller, Ann or Bob?": Const(OTHER_KEY) in `formula` is the other choice
    counting: bool = False  # "How many are taller than Jem?": the answer is how many people it holds for


@dataclass
class HowMany(Who):
    """ "How many knights are there?": how many people the "who" formula holds for (`how_many_f.py`)."""


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
    scale: str | None = None  # "Which floor ...?" names its scale; "Where is ...?" leaves it to the puzzle
    # "In what position is Ben, counting from the tallest?": a place on a scale of comparisons, counted from the
    # top of the scale (True) or its bottom (False); None for the places of a row, a race or a building
    from_top: bool | None = None


@dataclass
class Between:
    """ "How many people are between Ann and Eve?": how many places of the row lie strictly between the two."""

    left: Const
    right: Const


@dataclass
class CountSolutions:
    pass


@dataclass
class Conclude:
    """ "What can we conclude (about Socrates)?": every property of a named individual (of `about`, when given)
    that the statements force, true or false, beyond what they say outright."""

    about: Const | None = None


@dataclass
class Relation:
    """ "What is Jill to Liam?": which kinship words hold of the pair. `candidates` are (noun, "person is other's
    noun") for every kinship noun, parsed by the same grammar as the statements."""

    person: Const
    other: Const
    candidates: list[tuple[str, Formula]]

    @property
    def formula(self) -> Formula:
        """Every candidate at once: the relations the world's kinship axioms must cover."""
        return conj([f for _, f in self.candidates])


Question = YesNo | Who | Roles | Order | Position | Between | CountSolutions | Relation | Conclude

# the kinship nouns a relation question is answered with (no synonyms: "mom" is "mother")
RELATION_NOUNS = ("mother", "father", "parent", "daughter", "son", "child", "grandmother", "grandfather",
                  "grandparent", "granddaughter", "grandson", "grandchild", "sister", "brother", "sibling", "aunt",
                  "uncle", "niece", "nephew", "cousin", "wife", "husband", "spouse", "mother-in-law",
                  "father-in-law", "daughter-in-law", "son-in-law", "great-grandmother", "great-grandfather",
                  "great-grandparent", "great-granddaughter", "great-grandson", "great-grandchild", "brother-in-law",
                  "sister-in-law")
# nouns for people: "Which friend is tallest?" asks of the cast
_PERSON_NOUNS = ("person", "friend", "child", "student", "runner", "people")
_RELATION_FORMS = (
    r"^what (?:is|was) (?P<a>.+?) to (?P<b>.+)$",
    r"^how (?:is|was) (?P<a>.+?) related to (?P<b>.+)$",
    r"^what relation (?:is|was) (?P<a>.+?) (?:to|of) (?P<b>.+)$",
    r"^what (?:is|was) (?P<a>.+?)'s relation(?:ship)? to (?P<b>.+)$",
    r"^what (?:is|was) the relation(?:ship)? of (?P<a>.+?) to (?P<b>.+)$",
    r"^(?P<a>.+?) (?:is|was) (?P<b>.+?)'s what$",
)

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
    ("is it true that", False), ("is true that", False), ("is it the case that", False),  # "is true": "it" left out
    ("can we conclude that", False), ("can we say that", False), ("can we infer that", False),
    ("can it be concluded that", False),
    ("does it follow that", False), ("does this mean that", False), ("does that mean that", False),
    ("do we know that", False), ("must it be true that", False), ("is it necessarily true that", False),
    ("must it be that", False), ("is it certain that", False), ("does this imply that", False),
    ("does it mean that", False), ("does that imply that", False), ("can we deduce that", False),
    ("is it possible that", True), ("could it be that", True), ("can it be that", True),
    ("might it be that", True),
]


_CONCLUDE = re.compile(r"^(?:so |then |therefore |now )?what (?:can|could|may|must|do|does|should) (?:we|you|one|i) "
                       r"(?:conclude|infer|deduce|say|tell|know)(?: for (?:sure|certain))?(?: about (?P<about>.+?))?"
                       r"(?: from (?:this|these|that|the statements|the above))?$|"
                       r"^what (?:else )?(?:follows|can be concluded|can be inferred|must be true)"
                       r"(?: about (?P<about2>.+?))?(?: from (?:this|these|that|the statements|the above))?$")


# Closing words that add nothing to what is asked: "Who is the liar here?", "Who is lying, then?", "Who is the thief
# in this case?"; "here" after a verb of place or the copula ("Who lives here?", "Is the clerk not here?") is where,
# and stays.
_CLOSING_ADVERB = re.compile(r",? (?:here|then|in this case|in this puzzle|in this story)$", re.I)
_PLACE_VERB_HERE = re.compile(r"\b(?:lives?|living|sits?|sitting|stays?|staying|works?|working|parks?|parked|comes?|"
                              r"came|goes|went|stands?|standing|is|are|am|was|were|be|been|not|n't) here$", re.I)


# "Who is the one lying?" / "Who is the one who stole it?": who is lying, who stole it ("the only one" presupposes a
# single answer, and stays)
_THE_ONE = re.compile(r"^(?P<who>who|which of them) is the (?:one|person)"
                      r"(?: (?:who|that)(?= )| (?P<participle>(?=\w+ing\b)))", re.I)


def parse_question(question: str, grammar: Grammar, people: list[Const]) -> Question:
    saved, grammar.asking = grammar.asking, True  # what is asked is not stated: "would" may ask what the rules give
    try:
        return _parse_question(question, grammar, people)
    finally:
        grammar.asking = saved


def _parse_question(question: str, grammar: Grammar, people: list[Const]) -> Question:
    text = normalize(question).strip().rstrip("?.! ").strip()
    text = _CLOSING_ADVERB.sub("", text) if not _PLACE_VERB_HERE.search(text) else text  # "Who is the liar here?"
    text = _THE_ONE.sub(lambda m: f"{m['who']} is " if m["participle"] else f"{m['who']} ", text)  # "the one lying"
    low = text.lower()
    for prefix in _PREFIXES:
        if low.startswith(prefix + ","):
            text, low = text[len(prefix) + 1:].strip(), low[len(prefix) + 1:].strip()
        elif low.startswith(prefix + " ") and prefix in ("then", "so", "therefore", "now"):
            text, low = text[len(prefix) + 1:].strip(), low[len(prefix) + 1:].strip()
    denied = re.match(r"^(?P<aux>does|do|did|is|are|was|were|can|will|has|have) not (?P<rest>\S.*)$", text, re.I)
    if denied is not None:  # "Doesn't the express stop at York?" asks what "Does it stop ...?" asks, answered alike
        text = f"{denied.group('aux')} {denied.group('rest')}"
        low = text.lower()
    could = re.match(r"^(?:could|can|might|may) (?P<subject>.+?) (?:possibly )?be (?P<rest>.+)$", text, re.I)
    if could is not None and could.group("subject").split(" ", 1)[0].lower() not in ("it", "there"):
        subject = could.group("subject")  # "Could Cy be taller than Ann?": is it possible that Cy is ...
        subject = re.sub(r"^(?:a|an|any) ", "some ", subject, flags=re.I)  # "Can a poet be ...?": some poet
        copula = "are" if re.search(r"\band\b", subject) or subject.lower() in ("they", "we", "you") else "is"
        return YesNo(_statement(f"{subject} {copula} {could.group('rest')}", grammar), True)
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
    conclude = _CONCLUDE.match(low)
    if conclude is not None:
        about = conclude.group("about") or conclude.group("about2")
        if about is None:
            return Conclude()
        display = grammar.lexicon.names.get(about.strip())
        if display is None:
            raise NotUnderstood(question, "conclusions are drawn about a person the puzzle names")
        return Conclude(Const(slug(display)))
    # a count every solution agrees on (`how_many_f.py`); else a count of the people each settled (`order_count.py`)
    counted = who_text(low, len(people))
    if counted is not None:
        named = " ".join(grammar.lexicon.names.get(word, word) for word in counted.split())  # names keep capitals
        asked = _who_question(named, counted, grammar, people)
        return HowMany(asked.formula)
    counted = how_many_people(text)
    if counted is not None:
        asked = _who_question(counted, counted.lower(), grammar, people)
        return Who(asked.formula, asked.choices, asked.versus, counting=True)
    if low in ("which is which", "who is who", "which one is which", "who is which", "what is each one"):
        return Roles()
    relation = _relation_question(low, grammar)
    if relation is not None:
        return relation
    roles = _roles_question(low, grammar, people)
    if roles is not None:
        return roles
    order = _order_question(low, grammar)
    if order is not None:
        return order
    position = _ranked_position_question(low, grammar) or _position_question(text, low, grammar)
    if position is not None:
        return position
    first = low.split(" ", 1)[0]
    if first in ("who", "whom", "which", "what") or (first == "whose" and len(low.split()) > 2):
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
    readings: list[tuple[bool, Formula]] = []
    said = set(grammar.lexicon.forms)  # the predicates the statements use, before the question adds its own
    named = set(grammar.lexicon.displays)  # the things they name: a longer split read first adds "the printer out"
    for split in range(len(rest) - 1, 0, -1):  # longest subject first: "Did [the red team] win?"
        candidate = rest[:split] + [Token(aux.low, aux.low)] + rest[split:]
        if candidate[0].low in AUXILIARIES and not grammar.is_name_token(candidate[0]):
            continue
        if aux.low in ("do", "does", "did") and (_not_a_verb(rest[split].low) or
                                                 _only_a_verb(rest[split - 1], grammar)):
            continue  # "Did every guest bring a gift?": the verb comes right after the subject, and is not in it
        saved, grammar.asking_any = grammar.asking_any, True  # "Is anyone home?": is someone home
        try:
            readings.append((_known_subject(rest[:split], grammar, named), grammar.sentence(candidate, text)))
        except NotUnderstood:
            continue
        finally:
            grammar.asking_any = saved
    if not readings:
        raise NotUnderstood(text + "?", "")
    # a question's subject is the whole noun phrase after its auxiliary: the longest split that reads wins, unless
    # a shorter one is a thing the statements name ("Did [the cat] break the vase?", not "[the cat break] ...") or
    # is the only one in the statements' words ("Did [every student] read a book?", not "[every student read] ...")
    known = [formula for is_known, formula in readings if is_known]
    if known:
        return known[0]
    worded = [formula for _, formula in readings if set(predicates_of([formula])) <= said]
    return worded[0] if worded else readings[0][1]


def _not_a_verb(word: str) -> bool:
    return word in ("a", "an", "the", "some", "any", "my", "his", "her", "their", "its", "our", "your")


def _only_a_verb(token: Token, grammar: Grammar) -> bool:
    """A word that can end no subject: a verb's base form that is no noun ("bring", "eat"), and no name."""
    word = token.low
    return word.isalpha() and not grammar.is_name_token(token) and is_word(word, "VERB") and \
        lemma(word, "VERB") == word and not is_word(word, "NOUN")


def _known_subject(tokens: list[Token], grammar: Grammar, named: set[str]) -> bool:
    """Whether `tokens` are a name or a thing the statements named (`named`: the things named before the question
    was read, since reading a split names its subject)."""
    words = " ".join(t.low for t in tokens)
    return words in grammar.lexicon.names or slug(words) in named


def _whole_cast(text: str, people: list[Const]) -> str:
    """ "Who is the oldest of the three?" / "... of them all" / "... among them": the words name the whole cast,
    so they drop; a number that is not the cast's size stays (and the question is not understood)."""
    match = re.search(r",?\s+(?:of|among)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?:(\w+)(?:\s+of\s+(?:them|us))?"
                      r"(?:\s+(?:friends|people|kids|children|runners|students|of them|of us))?|(?:them|us)"
                      r"(?:\s+(\w+))?)(?:\s+all)?$", text, re.I)  # "of us three": the number after, as "the three"
    if match is None:
        return text
    word = (match.group(1) or match.group(2) or "").lower()
    # "us" counts the speaker too ("Ann is older than me. Who is the youngest of us three?")
    size = len({p.key for p in people} | ({"i"} if re.search(r"\bus\b", match.group(0), re.I) else set()))
    if word and word not in ("them", "us", "all") and NUMBER_WORDS.get(word, -1) != size and \
            not (word.isdigit() and int(word) == size):
        return text
    return text[:match.start()]


# "Who is taller, Ann or Bob": the choices after the first comma, each beginning and ending with a word (a lazy
# group over every comma, or one ending in spaces, rescanned the rest of a long question at each: quadratic)
_CHOICES = re.compile(r"^([^,]*),\s*(\S(?:.*?\S)??)\s+or\s+(.+?)$")
_EMPTY_CHOICE = re.compile(r"^[^,]*,\s\s+or\s+\S")  # "Who is taller,  or Bob"


def _who_question(text: str, low: str, grammar: Grammar, people: list[Const]) -> Who:
    if re.match(r"^(?:who|which \w+) (?:is|was|are|were) the \w+(?: \w+)? (?:of|among)\b", low):
        text = _whole_cast(text, people)
    # "Who is first in line?", "Who is last in the queue?": the line is the row the statements already order
    text = re.sub(r"^((?:who|which \w+) (?:is|was|stands|came|finished) (?:the )?(?:first|last|\w+(?:st|nd|rd|th)))"
                  r" in (?:the )?(?:line|queue|row|race)$", r"\1", text, flags=re.I)
    tokens = tokenize(text)
    choices: list[Const] = []
    match = _CHOICES.match(text)
    if match is None and _EMPTY_CHOICE.match(text):
        raise NotUnderstood(text + "?", "a choice before 'or' is empty")
    if match is not None:  # "Who is taller, Ann or Bob"
        for name in (match.group(2), match.group(3)):
            choice = _choice(name, grammar)
            if choice is None:
                raise NotUnderstood(text + "?", f"{name!r} is not a name in the puzzle")
            choices.append(choice)
        tokens = tokenize(match.group(1))
    words = [t.low for t in tokens]
    skip = 1
    if words[0] == "which" and len(words) > 2 and lemma(words[1], "NOUN") in _PERSON_NOUNS and people and \
            all(p.key.startswith("the_") and known_thing(p.key) for p in people):
        raise NotUnderstood(text + "?", f"no {words[1]} is among the things compared")  # "Which person ...?" of cars
    if words[:3] in (["which", "of", "them"], ["who", "of", "them"], ["which", "of", "us"]) or \
            words[:3] == ["which", "one", "of"] and words[3:4] == ["them"]:
        skip = 3 if words[1] == "of" else 4
    elif words[:2] in (["which", "one"], ["which", "person"]):
        skip = 2
    elif words[0] in ("which", "what", "whose") and len(words) > 2 and words[1] not in AUXILIARIES:
        noun = lemma(words[1], "NOUN")  # "Which box is the lightest?": the boxes the statements name
        if noun in (*_PERSON_NOUNS, "one") and words[0] != "whose":
            skip = 2
        else:
            # "Which car is the fastest?" / "Whose car is ...?" after "Ann's car is faster than Bo's car": the cars
            # named with an owner (keys "ann_car"), and for "which" also those named with "the"
            known = [Const(key) for key, display in grammar.lexicon.displays.items()
                     if key.endswith("_" + slug(noun)) and (
                         (key.startswith("the_") and words[0] != "whose") or
                         re.fullmatch(rf"[A-Z][\w-]*'s {re.escape(words[1])}", display))]
            # the things of the statements: a display a dropped parse attempt left ("the green" of "the green
            # truck") is no thing
            things = [Const(key) for key in grammar.lexicon.displays if key.startswith("the_")
                      and (not people or Const(key) in people)]
            if known:
                choices, skip = known, 2
            elif all(p.key.startswith("the_") for p in people) and len(things) >= 2 and words[0] == "which" and \
                    not _reads_as_who(tokens, grammar):
                # "The dog is older than the cat. Which pet is younger?": no one is named, so the noun is a word
                # for the things the statements compare ("pet", "animal", "vehicle"), asked of them all
                if not all(covers(words[1], thing.key) for thing in things):
                    # "Which animal is faster?" over two cars: the noun is no word for what the statements compare
                    raise NotUnderstood(text + "?", f"{noun!r} is not known to be a word for every thing compared")
                choices, skip = things, 2
            elif not _reads_as_who(tokens, grammar):  # "Which opens first?": a verb, not a noun, follows "which"
                raise NotUnderstood(text + "?", f"no {noun} is named in the statements")
    rest = tokens[skip:]
    if len(choices) == 2 or not choices and len(people) == 2:  # "Who is taller?" asks of the two the text names
        versus = _versus(rest, grammar, text)
        if versus is not None:
            return Who(versus, choices or list(people), versus=True)
    if len(rest) >= 2 and rest[0].low in ("is", "was", "are", "were") and \
            (comparative(rest[1].low) or ("", ""))[1] == "est":
        rest = [rest[0], Token("the", "the"), *rest[1:]]  # "Who is oldest?": a bare superlative, as "the oldest"
    with _placeholders(grammar, WHO_KEY):
        formula = grammar.sentence([Token(WHO_KEY, WHO_KEY), *rest], text)
    return Who(formula, choices)


@contextmanager
def _placeholders(grammar: Grammar, *keys: str) -> Iterator[None]:
    """`keys` read as names while the block parses ("WHO is taller than OTHER"); only those added here are removed
    after, so a nested use keeps the outer placeholder."""
    added = [key for key in keys if key not in grammar.lexicon.names]
    for key in added:
        grammar.lexicon.names[key] = key
    try:
        yield
    finally:
        for key in added:
            grammar.lexicon.names.pop(key, None)


def _versus(rest: list[Token], grammar: Grammar, text: str) -> Formula | None:
    """ "Who is taller, Ann or Bob?" -> "WHO is taller than OTHER" (OTHER: the other choice); "Which is further left,
    A or B?" -> "WHO is left of OTHER". None when the words after "who" are no bare comparison."""
    words = [t.low for t in rest]
    sideways = _SIDEWAYS.match(" ".join(words))
    if sideways is not None:
        side = sideways.group(1) or sideways.group(2)
        compared = [Token("is", "is"), Token(side, side), Token("of", "of")]
    elif 1 <= len(words) <= 3 and (comparative(words[-1]) or ("", ""))[1] == "er" or \
            2 <= len(words) <= 4 and words[-2] in ("more", "less"):
        compared = [*rest, Token("than", "than")]  # "is taller", "runs faster", "is more careful": + "than OTHER"
    else:
        return None
    with _placeholders(grammar, WHO_KEY, OTHER_KEY):
        try:
            return grammar.sentence([Token(WHO_KEY, WHO_KEY), *compared, Token("Other", OTHER_KEY)], text)
        except NotUnderstood:
            return None


def _relation_question(low: str, grammar: Grammar) -> Relation | None:
    """ "What is Jill to Liam?" when both are names of the puzzle; each kinship noun becomes a statement to decide."""
    for form in _RELATION_FORMS:
        match = re.match(form, low)
        if match is None:
            continue
        first, second = (grammar.lexicon.names.get(match.group(g).strip()) for g in ("a", "b"))
        if first is None or second is None or first == second:
            return None
        person, other = Const(slug(first)), Const(slug(second))
        candidates = []
        for noun in RELATION_NOUNS:
            said = kin_predicate(noun, other)
            if said is not None:
                candidates.append((noun, said(person)))
        return Relation(person, other, candidates)
    return None


def _choice(words: str, grammar: Grammar) -> Const | None:
    """One option of "..., A or B?": a name, a thing the statements name ("the red book"), or the one word that
    tells one such thing apart ("red" when "the red book" is the only red thing)."""
    key = words.strip().lower()
    if key in grammar.lexicon.names:
        return Const(slug(grammar.lexicon.names[key]))
    if slug(key) in grammar.lexicon.displays:
        return Const(slug(key))
    if key.isalpha():
        things = [k for k in grammar.lexicon.displays if k.startswith("the_") and key in k.split("_")[1:-1]]
        if len(things) == 1:
            return Const(things[0])
    return None


def _reads_as_who(tokens: list[Token], grammar: Grammar) -> bool:
    """ "Which opens first?" reads as "Who opens first?" when the grammar parses that (the word after "which" is
    the verb of the statements, not a noun of the puzzle)."""
    with _placeholders(grammar, WHO_KEY):
        try:
            grammar.sentence([Token(WHO_KEY, WHO_KEY), *tokens[1:]], " ".join(t.text for t in tokens))
            return True
        except NotUnderstood:
            return False


_FIND = r"(?:please )?(?:determine|identify|find(?: out)?|work out|figure out|decide|classify|say|tell me)"


def _roles_question(low: str, grammar: Grammar, people: list[Const]) -> Roles | None:
    if re.match(r"^(?:so )?who is (?:a |an |the )?[\w-]+(?: and who is (?:a |an |the )?[\w-]+)+$", low) and \
            " and who is " in low:
        return Roles()
    if re.match(r"^(?:what|which) (?:kind|type|sort)s? (?:of (?:person|inhabitant|people) )?(?:is|are) "
                r"(?:each|everyone|each of them|they|the (?:\w+ )?inhabitants)$", low) or \
            low in ("what is each of them", "what are they", "who is what", "what is everyone"):
        return Roles()
    # "Determine Hal and Ivy.", "Identify each.", "Figure out who is who.": the kinds asked as an instruction
    told = re.match(rf"^{_FIND} (?:each(?: (?:of them|one|person))?|everyone|all of them|them|who is who|"
                    r"what each(?: (?:one|person|of them))? is|what they are|"
                    r"the (?:type|kind)s?(?: of each(?: of them)?)?|"
                    r"(?:the )?(?:type|kind) of each(?: (?:person|one))?)$", low)
    if told is not None:
        return Roles()
    match = re.match(r"^what (?:is|are) (.+)$", low) or \
        re.match(rf"^{_FIND}(?: what)? (.+?)(?: (?:is|are))?$", low)
    if match is not None:
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group(1))
        found = []
        for name in names:
            if name not in grammar.lexicon.names:
                return None
            found.append(Const(slug(grammar.lexicon.names[name])))
        return Roles(found)
    return None


# "What order did they finish in?", "In what order did the runners arrive?": the order of the verb's own scale
_VERB_ORDER = re.compile(r"^(?:in )?(?:what|which) order did (?:they|the \w+|all of them|they all) (?P<verb>finish|"
                         r"arrive|come|cross the line|leave|place)(?: in)?$")


def _order_question(low: str, grammar: Grammar) -> Order | None:
    by_verb = _VERB_ORDER.match(low)
    if by_verb is not None:
        scale = grammar.lexicon.ranked_words.get(by_verb.group("verb").split()[0])
        return Order(scale, descending=False) if scale is not None else None
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


_RANKED_PLACE = (
    re.compile(r"^(?:in )?(?:what|which) (?:position|place|rank) (?:is|does|would) (?P<name>.+?)(?: come| be| stand)?,?"
               r" (?:counting |starting |going |numbering )?from the (?P<first>\w+)(?: one| end| person)?$"),
    re.compile(r"^(?:in )?(?:what|which) (?:position|place) (?:is|does|would) (?P<name>.+?)(?: come| be| stand)?,? "
               r"(?:if|when) (?:we|you|i) (?:line|put|order|rank|sort|arrange|list) them(?: up| all)? from "
               r"(?:the )?(?P<first>\w+) to (?:the )?\w+$"),
    re.compile(r"^where does (?P<name>.+?) (?:come|rank|stand),? (?:with )?(?:the )?(?P<first>\w+) first$"),
    re.compile(r"^what is (?P<name>.+?)'s? (?:rank|position|place),? (?:counting |starting )?from the "
               r"(?P<first>\w+)(?: one| end)?$"),
)


def _ranked_position_question(low: str, grammar: Grammar) -> Position | None:
    """ "In what position is Ben, counting from the tallest?", "... if we line them up from tallest to shortest?",
    "Where does Ben come, tallest first?": a place on the scale of a superlative, counted from the end it names."""
    for pattern in _RANKED_PLACE:
        match = pattern.match(low)
        if match is None:
            continue
        superlative = comparative(match.group("first"))
        name = match.group("name").strip()
        if superlative is None or superlative[1] != "est" or name not in grammar.lexicon.names:
            return None
        scale, sign = scale_of(superlative[0], grammar.lexicon.scale_words)
        return Position(Const(slug(grammar.lexicon.names[name])), scale, from_top=sign > 0)
    return None


_NUMBERED_PLACE = re.compile(
    r"^(?:on |in |at )?(?:which|what) (?P<noun>floor|storey|story|level|house|position|place|seat|chair|spot|space|"
    r"room|desk|locker|lane|rank) "
    r"(?:number )?(?:is|does|did|was) (?P<rest>.+?)(?: (?:live|lives|living|sit|sits|stand|stands|park|parked|"
    r"stay|stays|work|works|finish|finished|come|came|get|got|take|took|end up|land|landed))?(?: (?:on|in|at))?$")


_IN_THE_LINE = re.compile(r" in (?:the )?(?:line|queue|row|race)$")


def _position_question(text: str, low: str, grammar: Grammar) -> Position | None:
    patterns = [r"^in (?:what|which) (?:position|place|seat|spot) (?:is|does|did|was) (.+?)"
                r"(?: sit| stand| finish| in)*$",
                r"^where (?:is|was|does|did) (.+?)(?: sit| stand| finish| park| end up)?$",
                r"^what (?:position|place|seat|spot) (?:is|was|does|did) (.+?)(?: in| sit| stand| finish| come)*$",
                r"^what (?:is|was) (.+?)'?s? (?:position|place|seat|chair|rank|ranking|placing)$"]
    scale = None
    low = _IN_THE_LINE.sub("", low)  # "Where was Eva in line?", "What place was Bo in the queue?"
    numbered = _NUMBERED_PLACE.match(low)
    if numbered is not None:  # "Which floor does Kim live on?", "Which house is Ian in?", "What position is Jo in?"
        patterns = [r"^(.+)$"]
        low = numbered.group("rest")
        scale = "floor" if numbered.group("noun") in ("floor", "storey", "story", "level") else None
    for pattern in patterns:
        match = re.match(pattern, low)
        if match is not None:
            name = match.group(1).strip()
            if name in grammar.lexicon.names:
                return Position(Const(slug(grammar.lexicon.names[name])), scale)
            if name.startswith("the ") and slug("the_" + "_".join(lemma(w, "NOUN") for w in name.split()[1:])) in \
                    grammar.lexicon.displays:  # "Where is the green car?"
                return Position(Const(slug("the_" + "_".join(lemma(w, "NOUN") for w in name.split()[1:]))))
            return None
    return None


__all__ = ["OTHER_KEY", "Question", "YesNo", "Who", "HowMany", "Roles", "Order", "Position", "Between",
           "CountSolutions", "Relation",
           "RELATION_NOUNS", "parse_question",
           "WHO_KEY", "lemma"]
