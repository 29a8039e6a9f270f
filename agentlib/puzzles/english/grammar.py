"""A controlled-English grammar: one sentence -> its logical form (`logic.Formula`), or `NotUnderstood`.

Sentences (precedence low -> high; a sentence-initial "if", "unless", "either", "neither", "both",
"when(ever)" scopes to the end of the sentence, as English readers take it):

    S      := 'it is not the case that' S | 'it is true that' S
            | 'if' S (',' | 'then' | ', then') S          | S 'if' S | S 'only if' S | S 'unless' S
            | 'unless' S ',' S | S 'if and only if' S      | 'whenever' S ',' S | S 'whenever' S
            | 'either' S 'or' S [', but not both']        | 'neither' S 'nor' S | 'both' S 'and' S
            | S ('and' | 'but' | ';') S | S 'or' S        | CLAUSE
    CLAUSE := NP VP
    NP     := NAME | 'the' NOUN... | PRONOUN | 'I' | 'we'      (individuals; pronouns take the last one named)
            | ('all' | 'every' | 'each' | 'any' | 'no' | 'some' | 'not all' | 'not every' | 'only') NOUN' [REL]
            | PLURAL-NOUN [REL] (generic: all) | 'everyone' | 'someone' | 'no one' | 'nothing' ... [REL]
            | NP (',' NP)* ('and' | 'or') NP | 'both'/'either'/'neither' NP ... NP
            | ('exactly' | 'at least' | 'at most' | 'only') N 'of' GROUP | 'none'/'all'/'both'/'neither' 'of' GROUP
    REL    := ('who' | 'that' | 'which') VP
    VP     := [AUX] ['not' | 'never'] (COPULA-COMPLEMENT | VERB [OBJECT...]) (('and' | 'but' | 'or') VP)*
    COPULA-COMPLEMENT := ('a' | 'an') NOUN' | ADJECTIVE | 'the' NOUN | COMPARATIVE 'than' NP
            | 'the' SUPERLATIVE | PLACE (to the left of, next to, immediately before, first, last, ...)

A predicate is the lemma of its words ("took an umbrella" and "takes the umbrella" are one predicate
`take_umbrella`; "is raining" and "rains" are `rain`), so tense and number do not split a proposition.
"If a person / someone / anyone ... they ..." is universal over the person. A sentence with two
readings that differ in meaning ("A and B or C") is not understood rather than guessed; so are
hedges ("usually", "might"), "All A are not B" (every or not every?), and any word the grammar
cannot place.

Relative clauses with their own subject ("(that) Bob likes", "every dog I know") are read with the left-out object
at the clause's end (`Grammar._object_relative`). Left out: passives, possessives as relations, a relative clause
whose gap is elsewhere ("the book Ann gave to Bo"), numbers and arithmetic, tense as meaning (past and present are
one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

from agentlib.errors import InputError
from agentlib.puzzles.english import generic_conditions
from agentlib.puzzles.english.collective_predicates import collective_predicate, mutual_word
from agentlib.puzzles.english.focus_words import denies_focus
from agentlib.puzzles.english.kinship import KIN, KIN_FORMS, PAIR_NOUNS, kin_predicate, pair_relation
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
    conj,
    disj,
    distinct_readings,
    event_scale,
    map_terms,
    slug,
    walk,
)
from agentlib.puzzles.english.order_places import places_apart
from agentlib.puzzles.english.permission import is_permission
from agentlib.puzzles.english.relative_adjectives import NOUN_RELATIVE, NOUN_SHIFTING_TAILS
from agentlib.puzzles.english.text import Token  # noqa: F401  (tokens are rebuilt while reading)
from agentlib.puzzles.english.words import (
    ARTICLES,
    AUXILIARIES,
    COPULAS,
    DO,
    FILLER_ADVERBS,
    HAVE,
    HEDGES,
    INTERJECTIONS,
    MODALS_ABILITY,
    MODALS_ASSERT,
    MODALS_POSSIBLE,
    NUMBER_WORDS,
    ORDINALS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    RELATIVES,
    comparative,
    is_word,
    lemma,
    scale_of,
)

MAX_TOKENS = 80
GAP = "__gap"  # the object an object relative clause leaves out ("the book Ann wrote __gap")
# subjects that open a relative clause without "that" after a noun ("every dog I know"): a pronoun or a name
_CLAUSE_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she"})
WEATHER = {"rain", "snow", "hail", "sunny", "cloudy", "windy", "foggy", "cold", "hot", "warm", "dark", "light",
           "storm", "stormy", "thunder", "raining", "snowing", "freeze", "freezing", "humid", "wet", "dry", "late",
           "early", "night", "day", "morning", "noon", "summer", "winter", "weekend", "holiday", "true", "false",
           # the time of "it is Saturday" / "it is May": the same empty "it", never the library named before it
           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
           "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
           "midnight", "afternoon", "evening", "spring", "autumn", "christmas", "bedtime", "lunchtime"}
MAX_READINGS = 6
# The tails that make an "or" exclusive ("..., but not both") or say it is inclusive ("..., or both"), longest first
# so a comma before them is not left on the sentence; every reader of an "or" strips the same ones.
_NOT_BOTH_TAILS = ((",", "but", "not", "both", "of", "them"), ("but", "not", "both", "of", "them"),
                   (",", "but", "not", "both"), ("but", "not", "both"), (",", "not", "both"), ("not", "both"))
_OR_BOTH_TAILS = ((",", "or", "both"), ("or", "both"))


_MAYBE_BOTH = ("maybe", "possibly", "perhaps")


def _inclusive_tail(tokens: list[Token]) -> list[Token]:
    """ "Wes or Xia will drive, maybe both": the hedge is on "both", not on the sentence; it says the "or" is
    inclusive, as ", or both" does (the tokens of that tail, in place of the hedged one)."""
    words = [t.low for t in tokens]
    end = len(words) - (1 if words and words[-1] in (".", "!") else 0)
    for size in (4, 3, 2):
        tail = words[end - size:end]
        if len(tail) == size and tail[-1] == "both" and tail[-2] in _MAYBE_BOTH and \
                all(w in (",", "or") for w in tail[:-2]):
            start = end - size
            comma = tokens[start] if words[start] == "," else None
            rest = [t for t in tokens[start:end] if t.low == "both"]
            made = ([comma] if comma is not None else []) + [Token("or", "or")] + rest
            return tokens[:start] + made + tokens[end:]
    return tokens


def _no_longer_as_not(tokens: list[Token]) -> list[Token]:
    """ "Paul no longer works at the bank", "the shop is no longer open": "no longer" denies the verb phrase now
    (that it held before is not read); "no longer than" is a comparison and stays as written."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        if tokens[k].low == "no" and k + 2 < len(tokens) and tokens[k + 1].low == "longer" and \
                tokens[k + 2].low != "than":
            out.append(Token("not", "not"))
            k += 2
            continue
        out.append(tokens[k])
        k += 1
    return out


# "fails to start" is "does not start", in the tense of "fail"; "fails the course" is a verb of its own
_FAIL_TO = {"fail": "do", "fails": "does", "failed": "did"}


def _failing_as_not(tokens: list[Token]) -> list[Token]:
    """ "The car fails to start", "Ann failed to call": "fail to V" denies V (the auxiliary keeps the tense), so it
    meets "the car started" and "Did Ann call?"; anything but a bare verb after "to" stays as written."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        word = tokens[k].low
        if word in _FAIL_TO and k + 2 < len(tokens) and tokens[k + 1].low == "to" and \
                is_word(tokens[k + 2].low, "VERB") and tokens[k + 2].low not in ARTICLES:
            out += [Token(_FAIL_TO[word], _FAIL_TO[word]), Token("not", "not")]
            k += 2
            continue
        out.append(tokens[k])
        k += 1
    return out


# reciprocal adjectives with no preposition of their own ("alike", "compatible"): said as "compatible with"
_MUTUAL_ADJECTIVES = frozenset({"alike", "acquainted", "compatible", "incompatible", "engaged", "inseparable",
                                "equivalent", "opposite", "adjacent", "parallel", "connected", "divorced",
                                "separated", "reunited", "united", "unrelated"})
# "is / twice / just as long as": the equative comparison, never the condition "as long as"
_EQUATIVE_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "twice", "half", "just",
                              "exactly", "not", "times", "nearly", "almost", "about", "quite"})


def _as_long_as(words: list[str], k: int) -> bool:
    """ "as long as" / "so long as" at word k: the conjunction "provided that" when it opens a clause; after a
    copula or a degree word it is the equative ("the rope is as long as the pole") and `_EQUATIVE_BEFORE` rules
    that out where the grammar reads a mid-sentence one."""
    return words[k:k + 3] in (["as", "long", "as"], ["so", "long", "as"])


def _tail_length(w: list[str], tails: tuple[tuple[str, ...], ...]) -> int:
    """How many words at the end of `w` are one of `tails` (0: none; the words before it must not be empty)."""
    for tail in tails:
        if len(w) > len(tail) and tuple(w[-len(tail):]) == tail:
            return len(tail)
    return 0


_QUANTIFIERS = frozenset({"some", "all", "each", "any", "none", "most", "many", "few", "several", "both", "either",
                          "neither"})
# "some of the guests", "all my friends": the group a quantifier ranges over; the speaker's "my" names no one
_GROUP_DETERMINERS = frozenset({"the", "my", "our", "your"})
_GOVERNED_PREPOSITIONS = frozenset({"of", "to", "at", "in", "with", "about", "for"})
_RELATIONAL_ADJECTIVES = frozenset({"next", "close", "near", "opposite", "adjacent", "similar", "equal", "identical",
                                    "related", "married", "engaged", "kind", "nice", "mean", "rude", "polite"})
_QUANTITY_WORDS = frozenset({"none", "all", "some", "each", "any", "most", "many", "few", "several", "both", "either",
                             "neither", "part", "member", "full", "first", "last", "only", "other", "another"})
# the keys of one thing "it" may mean: "the printer", and one owned by the speaker or the hearer ("your package is
# in the warehouse or on the truck. It is not on the truck."); "his" / "her" / "their" name a person first
_THING_KEYS = ("the_", "my_", "your_", "our_")
# weather words that also describe things: "it is warm" may be the day or the oven named before it
_WEATHER_OR_THING = frozenset({"cold", "hot", "warm", "dark", "light", "wet", "dry", "late", "early", "humid", "true",
                               "false", "freezing"})
# "won" / "beat" there are places
_RACE_WORDS = frozenset({"race", "races", "raced", "racing", "marathon", "relay", "sprint", "runner", "runners",
                         "racer", "racers", "5k", "10k"})
# occasions people are ranked on: beside one, "did better than" and "did best" order the people on it
_OCCASION_WORDS = _RACE_WORDS | frozenset({"test", "tests", "exam", "exams", "quiz", "quizzes", "game", "games",
                                           "match", "contest", "competition", "tournament", "season", "league",
                                           "olympiad", "audition", "tryout", "tryouts", "interview", "interviews"})
_AMOUNT_WORDS = {"more": 1, "less": -1, "fewer": -1}  # "has more apples than", "earns less than"
_EVERYONE_NOUNS = frozenset({"people", "persons", "ones"})  # "the oldest of all the people": no subset named
# verbs whose bare amount is a measure an adjective also names ("weighs more" = "heavier", "costs more" = "more
# expensive"), so that both wordings land on one scale and a question in either wording is asked of it
_VERB_MEASURES = {"weigh": "weight", "cost": "price"}
_AMOUNT_SUPERLATIVES = {"most": "more", "least": "less", "fewest": "fewer"}
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "miss", "madam"}
GROUP_NOUNS = {"inhabitants", "people", "persons", "suspects", "friends", "students", "children", "islanders", "boys",
                "girls", "men", "women", "kids", "brothers", "sisters", "siblings", "guys", "players", "runners",
                "natives", "villagers", "twins"}
_KIND_NOUNS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})


def _counted_plural(words: list[str]) -> bool:
    """ "exactly two runners", "only 3 students": a count, never a class named by its words (`counted_cast.py` reads
    the cast's own noun counted so)."""
    return len(words) > 1 and words[0] in ("exactly", "only", "just", "precisely") and \
        (words[1] in NUMBER_WORDS or words[1].isdigit())


def kinds_compared(words: list[str]) -> bool | None:
    """ "same kind", "alike" -> False; "different types", "opposite kinds", "opposites" -> True (the pair differs);
    None for anything else. Articles and "of" are dropped by the caller."""
    if words in (["alike"], ["same"], ["opposites"]) or (len(words) == 2 and words[0] == "same" and
                                                        words[1] in _KIND_NOUNS):
        return False if words[0] != "opposites" else True
    if words[:1] in (["different"], ["opposite"]) and (len(words) == 1 or (len(words) == 2 and
                                                                          words[1] in _KIND_NOUNS)):
        return True
    return None


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near"})
# verbs of going somewhere: the name after their "to" is where ("moves to Spain", "flies to Rome"), not a person
_MOTION_VERBS = frozenset({"go", "move", "travel", "fly", "drive", "walk", "run", "sail", "relocate", "emigrate",
                           "commute", "cycle", "ride", "hike", "return", "come", "head"})
_BECOMING = frozenset({"get", "gets", "got", "gotten", "become", "becomes", "became"})
FROM_THE_RIGHT = "__from_the_right"  # in `Lexicon.scale_words` when the text counts places from the right
SAME_KIND = "__same_kind"  # "X and I are of the same kind": the speakers reader gives it meaning
TRUTHFUL = "__truthful"  # "X tells the truth" / "X is lying"


_TIME_PHRASES = [["every", x] for x in ("day", "morning", "evening", "night", "week", "weekend", "year", "time")] + \
    [["each", x] for x in ("day", "morning", "evening", "night", "week")] + \
    [["all", "day"], ["all", "night"], ["at", "night"], ["in", "the", "morning"], ["in", "the", "evening"],
     ["these", "days"], ["last", "night"], ["right", "now"], ["on", "weekends"], ["all", "the", "time"]]


def _without_time_phrases(tokens: list[Token]) -> list[Token]:
    """ "Maya practices every day" -> "Maya practices": when something happens is not what the logic is about."""
    words = [t.low for t in tokens]
    keep = [True] * len(tokens)
    for phrase in _TIME_PHRASES:
        for k in range(len(words) - len(phrase) + 1):
            if words[k:k + len(phrase)] == phrase:
                for m in range(k, k + len(phrase)):
                    keep[m] = False
    return [t for t, kept in zip(tokens, keep) if kept]


def _already_about(formula: Formula) -> Predicate:
    """A predicate for a clause already read about its variable (an object relative clause)."""
    return lambda _term: formula


def _terms(node: Formula) -> tuple[Term, ...]:
    if isinstance(node, Atom):
        return node.args
    if isinstance(node, Compare):
        return (node.left, node.right)
    return ()


# words that join or stand for clauses and phrases, never part of a description: "the alarm goes off whenever
# someone ..." is no thing called "the alarm goes off whenever someone"
_NOT_IN_A_NAME = frozenset({
    "if", "when", "whenever", "unless", "because", "since", "provided", "although", "though", "while", "whether",
    "then", "so", "therefore", "hence", "either", "neither", "nor", "it", "he", "she", "they", "him", "them", "someone",
    "somebody", "something", "everyone", "everybody", "everything", "anyone", "anybody", "anything", "nobody",
    "nothing", "whoever", "i", "we", "you", "me", "us", "her",
})


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})


_INDEFINITE_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody"})


def _reduced_relatives(tokens: list[Token]) -> list[Token]:
    """ "Anyone allergic to cats avoids the shelter" -> "anyone who is allergic to cats ...": an adjective right
    after "anyone" / "everyone" / "no one" ... describes the person, as the relative clause says in full."""
    out: list[Token] = []
    for k, token in enumerate(tokens):
        out.append(token)
        pronoun = token.low in _INDEFINITE_PRONOUNS or (token.low == "one" and k > 0 and tokens[k - 1].low == "no")
        if pronoun and k + 1 < len(tokens):
            after = tokens[k + 1].low
            if after not in ("there", "present") and comparative(after) is None and is_word(after, "ADJ") and \
                    not is_word(after, "VERB") or comparative(after) is not None and after not in ("more", "less"):
                out += [Token("who", "who"), Token("is", "is")]
    return out


def _object_read_as_kind(reading: Formula, readings: list[Formula], words: list[str]) -> bool:
    """Whether `reading` took the object after "or" / "and" for a kind the subject is ("likes chess or checkers" read
    as "likes chess or is a checker"), where another reading of the same words has it the verb's object as the first
    one is ("likes checkers"): with no copula after the conjunction, the object reading is the sentence's."""
    from agentlib.puzzles.english.logic import walk

    # each joined word in the spellings a predicate may have it ("physics", "physic")
    joined = [{slug(after), slug(lemma(after, "NOUN")), slug(after[:-1]) if after.endswith("s") else slug(after)}
              for before, after in zip(words, words[1:]) if before in ("or", "and")]
    if not joined or any(before in ("or", "and") and after in AUXILIARIES for before, after in zip(words, words[1:])):
        return False
    predicates = {n.predicate for n in walk(reading) if isinstance(n, Atom) and len(n.args) == 1}
    kinds = [(kind, forms) for forms in joined for kind in predicates & forms]
    if not kinds:
        return False
    for other in readings:
        if other is reading:
            continue
        others = {n.predicate for n in walk(other) if isinstance(n, Atom)}
        if all(kind not in others and any(p.endswith("_" + said) for p in others - predicates for said in forms)
               for kind, forms in kinds):
            return True
    return False


_PLURAL_SUBJECTS = frozenset({"we", "they", "you", "i"})


def _swallows_a_verb_phrase(reading: Formula, readings: list[Formula], words: list[str]) -> bool:
    """Whether `reading` took the verb phrase after "or" / "and" for part of an object or for a subject ("We raise
    prices or cut costs" read as raising "prices or cut costs", or as a "cut" that costs), where another reading has
    that word as a verb of the same subject, in the form the subject takes: the base form after "we", "they", "you",
    "I" ("cut"), the "-s" form after a name ("Ann raises prices or cuts costs"). A past form ("Ann likes cakes or cut
    flowers") is not taken for a verb here: "cut flowers" may be a thing she likes."""
    from agentlib.puzzles.english.logic import walk

    joined = [after for before, after in zip(words, words[1:]) if before in ("or", "and")]
    if not joined:
        return False
    atoms = [n for n in walk(reading) if isinstance(n, Atom)]
    predicates = {a.predicate for a in atoms}
    constants = {t.key for a in atoms for t in a.args if isinstance(t, Const)}
    for other in readings:
        if other is reading:
            continue
        for atom in (n for n in walk(other) if isinstance(n, Atom) and len(n.args) == 1):
            subject = atom.args[0]
            head = atom.predicate.split("_")[0]
            if atom.predicate in predicates or not isinstance(subject, Const):
                continue
            typed = next((word for word in joined if lemma(word, "VERB") == head), None)
            if typed is None or not is_word(head, "VERB"):
                continue
            agrees = (typed == head and subject.key in _PLURAL_SUBJECTS) or \
                (typed != head and typed.endswith("s") and subject.key not in _PLURAL_SUBJECTS)
            swallowed = head in constants or head in predicates or \
                any(p.endswith("_" + atom.predicate) for p in predicates)
            if agrees and swallowed:
                return True
    return False


def _swallows_a_clause(reading: Formula, readings: list[Formula], words: list[str]) -> bool:
    """Whether `reading` took a clause of "A or B" / "A and B" for part of a name, where another reading of the same
    words reads it as a clause: a predicate holding a subject pronoun ("admits the mistake or he fixes it" read as
    admitting "the mistake or he fixes it"), or a description (or a restriction's predicate) that is another
    reading's plus the verb of that reading ("the team wins or the team loses" read as "[the team wins or the team]
    loses")."""
    from agentlib.puzzles.english.logic import walk

    def keys(formula: Formula) -> tuple[set[str], set[str]]:
        atoms = [n for n in walk(formula) if isinstance(n, Atom)]
        return ({a.predicate for a in atoms},
                {t.key for a in atoms for t in a.args if isinstance(t, Const) and t.key.startswith("the_")})

    predicates, things = keys(reading)
    if any(_SUBJECT_PRONOUNS & set(p.split("_")) for p in predicates):
        return True
    # "if I clean my room I can go out" read with "my room I" as one individual: a subject pronoun inside a name
    named = {t.key for n in walk(reading) if isinstance(n, Atom) for t in n.args if isinstance(t, Const)}
    if any((_SUBJECT_PRONOUNS | {"i"}) & set(key.split("_")) for key in named if "_" in key):
        return True
    for other in readings:
        if other is reading:
            continue
        other_predicates, other_things = keys(other)
        heads = {p.split("_")[0] for p in other_predicates}
        for thing in things - other_things:
            shorter, _, last = thing.rpartition("_")
            if shorter in other_things and last in heads:
                return True
        # "all the students in the class like jazz" read as students "in the class like" who "jazz": a restriction
        # that ends with the verb another reading has as its head
        for predicate in predicates - other_predicates:
            shorter, _, last = predicate.rpartition("_")
            if shorter in other_predicates and last in heads and not _noun_before_verb(last, words):
                return True
            # "nobody on the night shift drinks tea" read as nobody "on the night" who "shift(s) drinks tea": the last
            # word of another reading's restriction taken for a verb, though a verb form follows it
            first, _, remainder = predicate.partition("_")
            if remainder in other_predicates and any(f"{kept}_{first}" in other_predicates for kept in predicates) \
                    and _noun_before_verb(first, words):
                return True
            # "nobody who has a fever goes to school" read as nobody who "has a fever goes to" being "school": a
            # restriction that runs on into the verb that heads another reading's predicate
            for kept in other_predicates:
                if not predicate.startswith(kept + "_"):
                    continue
                said, _, after = predicate[len(kept) + 1:].partition("_")
                verb = lemma(said, "VERB")  # "comes" in the run-on words, "come" in the other reading's predicate
                if verb in heads and not _noun_before_verb(said, words) and \
                        any(p.startswith(f"{verb}_{after}" if after else verb) for p in other_predicates):
                    return True  # ("the night shift drinks tea": "shift" is the noun before the verb, kept)
            # "no one who skips training starts the match" read as skipping "training start(s)": a word inside a
            # predicate that the text says as a present verb ("starts") and another reading has as its verb
            if any(word in heads and _said_as_present_verb(word, words) for word in predicate.split("_")[1:]):
                return True
    return False


def _said_as_present_verb(base: str, words: list[str]) -> bool:
    """Whether the text says the verb `base` in its third person present before its object ("starts the match"); a
    form that is also a plural noun at the end of a phrase ("lay eggs") is not told apart from the noun."""
    from agentlib.puzzles.english.verb_forms import finite_form

    return any(finite_form(word) == "present" and lemma(word, "VERB") == base and
               words[k + 1] in ARTICLES | POSSESSIVES for k, word in enumerate(words[:-1]))


# singular nouns for a group of people, which people also call "they" ("the team ... they")
_COLLECTIVE_NOUNS = frozenset({"team", "committee", "band", "crew", "jury", "staff", "club", "company", "council",
                               "board", "government", "audience", "orchestra", "choir", "squad", "family"})


# a past of an intransitive verb that is also the base of a transitive one ("the hen lay down" / "hens lay eggs")
_INTRANSITIVE_PASTS = {"lay": "lie"}


def _noun_before_verb(word: str, words: list[str]) -> bool:
    """Whether `word` occurs right before an inflected verb ("shift drinks", "shift worked"): then it ends the subject
    ("the night shift"), and is not the verb ("students like jazz"). A noun that ends the sentence is an object, not
    that verb: "every bird lays eggs" has no "bird lays" that eggs."""
    last = len(words) - 1
    return any(lemma(w, "VERB") == word or w == word for index, (w, after) in enumerate(zip(words, words[1:]))
               if is_word(after, "VERB") and lemma(after, "VERB") != after and not after.endswith("ing")
               and not (index + 1 == last and is_word(after, "NOUN")))


def _inflected_verb(word: str) -> bool:
    """ "passed", "got", "studies": a verb form that cannot be part of an object noun phrase."""
    if not word.isalpha() or is_word(word, "NOUN") or is_word(word, "ADJ") or word.endswith("ing"):
        return False  # "hiking" after "go" or "likes" is a gerund: a noun
    return is_word(word, "VERB") and lemma(word, "VERB") != word


class NotUnderstood(InputError):
    """A sentence (or part) outside the grammar; `why` says what was not understood."""

    def __init__(self, text: str, why: str = ""):
        super().__init__(f"{text}" + (f" ({why})" if why else ""))
        self.text = text
        self.why = why


Predicate = Callable[[Term], Formula]


@dataclass
class NP:
    kind: Literal["const", "var", "quant", "group", "count"]
    const: Const | None = None
    var: Var | None = None
    det: str = ""  # quant: all / some / no / notall / only
    restriction: Formula | None = None
    members: list[NP] = field(default_factory=list)
    joiner: str = "and"  # group: and / or / neither
    low: int = 0  # count
    high: int = 0
    plural: bool = False
    one_of: bool = False  # "one of them": exactly one for a unique event ("stole the cake"), else unclear
    speaker: bool = False  # "I", "you", "we": verbs take their base form ("I tell", not "I tells")


@dataclass
class Discourse:
    """What pronouns and "we" refer to while a text is read."""

    last: Const | None = None  # the last individual named as a subject
    bound: Var | None = None  # "they" inside "if someone ... they ..."
    speaker: Const | None = None  # "I" and "me"
    reported: Const | None = None  # "he"/"she" in reported speech: the speaker
    last_thing: Const | None = None  # the one thing ("the printer") the previous sentence named, for "it"
    last_objects: dict[str, str] = field(default_factory=dict)  # the previous sentence's objects -> their verbs
    it_meant: Const | None = None  # what an earlier "it" of the text meant
    # what an earlier "it" that meant no thing was said to be ("If it's a weekday, ..."): the same words later ("So
    # it's a weekday") are the same empty "it", never the bank named in between
    empty_it: set[str] = field(default_factory=set)
    last_plural: Const | None = None  # the last plural thing ("the plants"), for "they"
    people: list[Const] = field(default_factory=list)  # "we", "us", "them", "all of us"
    variables: int = 0

    def fresh(self) -> Var:
        self.variables += 1
        return Var(f"x{self.variables}")


@dataclass
class Lexicon:
    """What the grammar learns from the whole text before reading it."""

    names: dict[str, str]  # lower-case name -> display ("socrates" -> "Socrates"); multiword names joined by " "
    adjectives: set[str]  # words used as a predicate after "is"/"are" on their own
    scale_words: frozenset[str] = frozenset()
    kinds: dict[str, str] = field(default_factory=dict)  # kind noun lemma -> role key (speakers puzzles)
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # predicate -> (kind, base phrase) for words
    ranked_words: dict[str, str] = field(default_factory=dict)  # verb lemma -> ranked scale ("finish" -> "finish")
    displays: dict[str, str] = field(default_factory=dict)  # const key -> how the text writes it


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CONDITION_WORDS = frozenset({"if", "unless", "when", "whenever", "otherwise", "provided", "long"})


def _emphasis_length(w: list[str], det: str) -> int:
    """How many words after a determiner only stress it: "every single student", "every (single) one of the tickets",
    "no single guest" say what "every student", "every ticket", "no guest" say. A noun must follow, or nothing is
    skipped ("every single one" alone is a pronoun this grammar does not read)."""
    skip = 1 if w[:1] == ["single"] and det in ("every", "each", "no") else 0
    if det in ("every", "each", "no") and w[skip:skip + 2] == ["one", "of"] and \
            w[skip + 2:skip + 3] and w[skip + 2] in _GROUP_DETERMINERS:
        skip += 3
    return skip if len(w) > skip else 0


def _some_one(w: list[str]) -> bool:
    """ "chases some mouse" says what "chases a mouse" says: a singular "some" object is the indefinite, so "Every
    cat chases some mouse" answers "Does Tom chase a mouse?" (its scope over "every" is then never asked about)."""
    return len(w) == 2 and w[0] == "some" and w[1].isalpha() and lemma(w[1], "NOUN") == w[1] and w[1] not in (
        "one", "body", "thing", "of", "other")


class Grammar:
    def __init__(self, lexicon: Lexicon, discourse: Discourse | None = None,
                 definite_apart: frozenset[str] = frozenset()):
        self.lexicon = lexicon
        self.discourse = discourse or Discourse()
        self.asking = False  # reading a question (`parse_question`), not a statement
        self._memo: dict[tuple[int, int], list[Formula]] = {}
        self._tokens: list[Token] = []
        self.role_nouns: set[str] = set()  # "the thief": exactly one thief is presupposed
        self.plural_things: set[str] = set()
        self.folded_things: list[str] = []  # definite objects folded into predicates, in order
        self.folded_verbs: dict[str, str] = {}  # each folded object -> the verb it was the object of
        # verb-and-object properties said with "the" or a possessive somewhere ("has the key", the same symbol as
        # "has a key"): for these, having some key does not give the property (see `indefinite_objects`)
        self.definite_objects: set[str] = set()
        self.indefinite_objects: set[str] = set()  # the same properties said with "a" / "an" ("has a key")
        self.introduced_objects: set[str] = set()  # said with "a" before any "the": "the key" then refers back
        # properties whose "the" form is read as its own predicate ("has the key": a specific key, which having a
        # key does not give), each mapped to its plain form; see `definite_objects.py` for why both are read
        self.definite_apart = definite_apart
        self.definite_of: dict[str, str] = {}
        # "cooks the soup" -> (the relation "cook", the thing "the soup"): the same fact where the text also reads
        # the verb as a relation ("every dish Mia cooks") and the soup as an individual ("The soup is a dish")
        self.definite_things: dict[str, tuple[str, str]] = {}
        self.presuppositions: list[Formula] = []  # "Cars stop": there are cars (premises only)
        # each verb's amount as the text says it, bare ("scored more") or counted ("scored more points"): one text
        # saying both is not read (`_amount_scale`)
        self.verb_amounts: dict[str, str] = {}
        # a bare plural's class and predicate -> whether statements said it plain (False) or denied (True)
        self.generic_uses: dict[tuple[frozenset[str], frozenset[str]], set[bool]] = {}
        # the every-member formulas read from bare plurals ("Cats purr"), stated and asked apart: a generic
        # tolerates exceptions, so callers check that nothing rests on its holding of unnamed members
        # (`generic_exceptions.py`)
        self.generic_laws: list[Formula] = []
        self.generic_asked: list[Formula] = []
        # set by `analyze` before its conclusion is read: a denied bare plural is then read "none" and the other
        # reading ("not all") kept here as (the "none" formula, the "not all" formula)
        self.denials_read_both = False
        self.denial_readings: tuple[Formula, Formula] | None = None
        self.indefinites: dict[str, Formula] = {}  # "if a student fails": variable name -> what it ranges over
        # "If the oven is on, it is warm": "it" read as the weather, though the thing named before it (shown here,
        # or "" when more than one) may be meant: (sentence, thing) for callers that must weigh both readings
        self.weather_or_thing: list[tuple[str, str]] = []
        # inside a negation or a yes/no question, "anyone" / "anything" asks whether there is one ("Ann doesn't
        # trust anyone": no one; "Is anyone home?": someone?); in a plain statement it is each one ("Anyone can join")
        self.asking_any = False
        self._under_negation = False  # a verb phrase's own "not": "do not like each other"
        self._condition_variables: dict[tuple[int, int], Var] = {}  # see `_condition_variable`
        self.difference_units: dict[str, str] = {}  # scale -> the unit its differences are counted in ("year")

    # -- entry ------------------------------------------------------------------------------
    def sentence(self, tokens: list[Token], original: str) -> Formula:
        """The one reading of a sentence, or NotUnderstood (no reading, or two that differ)."""
        self._condition_variables.clear()
        if denies_focus([t.low for t in tokens]):  # "doesn't just sing": she sings, and more (`focus_words`)
            raise NotUnderstood(original, "'not just' says the claim and more")
        tokens = _without_time_phrases([t for t in tokens if t.low not in FILLER_ADVERBS and t.low not in ("(", ")")])
        # "..., it won't start either": a clause-final "either" is the negative "too", not a connective
        tokens = [t for k, t in enumerate(tokens) if not (
            t.low == "either" and all(after.low in (".", ",", ";", "?", "!") for after in tokens[k + 1:]))]
        # "Lea sings as well.": a clause-final "as well" is "too"
        tokens = [t for k, t in enumerate(tokens) if not (
            ([t.low, *[u.low for u in tokens[k + 1:k + 2]]] == ["as", "well"] or
             (t.low == "well" and k > 0 and tokens[k - 1].low == "as")) and
            all(after.low in (".", ",", ";", "?", "!") for after in tokens[k + (2 if t.low == "as" else 1):]))]
        tokens = _failing_as_not(_no_longer_as_not(tokens))
        # "A even though B", "even though B, A": "although", which asserts both
        tokens = [Token("although", "although") if t.low == "though" and k > 0 and
                  tokens[k - 1].low == "even" else t for k, t in enumerate(tokens)
                  if not (t.low == "even" and tokens[k + 1:k + 2] and tokens[k + 1].low == "though")]
        # discourse markers and chat interjections open a sentence without adding to it ("ok so ...", "well, ...")
        while tokens and (tokens[0].low in (",", "so", "and", "but", "also", "furthermore", "besides")
                          or tokens[0].low in INTERJECTIONS
                          or tokens[0].low == "well" and tokens[1:2] and tokens[1].low == ","):
            tokens = tokens[1:]
        # "the cafe isn't open rn": chat's "right now", the tense the sentence already has
        tokens = [t for k, t in enumerate(tokens) if not (t.low == "rn" and all(
            after.low in (".", ",", ";", "?", "!") for after in tokens[k + 1:]))]
        tokens = self._clause_either(tokens)
        tokens = _reduced_relatives(tokens)
        tokens = _anaphoric_one(tokens)
        if not tokens:
            raise NotUnderstood(original, "no words")
        if len(tokens) > MAX_TOKENS:
            raise NotUnderstood(original, f"longer than {MAX_TOKENS} words")
        tokens = self._kin_subject(tokens)
        tokens = _inclusive_tail(tokens)
        lows = [t.low for t in tokens]
        hedge = next((t.low for k, t in enumerate(tokens) if (t.low in HEDGES or t.low in MODALS_POSSIBLE) and
                      not (t.low == "most" and k > 0 and tokens[k - 1].low in ("the", "at"))  # a rank, a bound
                      and not (t.low in ("many", "few") and k > 0 and tokens[k - 1].low == "as")  # "as many ... as"
                      and not is_permission(lows, k)  # "Dana may take a day off": its own predicate
                      and not self.is_name_token(t)), None)
        hedge = hedge or _hedging_verb(lows)
        if hedge is not None:
            raise NotUnderstood(original, f"'{hedge}' makes it a tendency or a possibility, not a fact")
        try:  # "A dog is allowed only if it is leashed": "if a dog is allowed, it is leashed"
            tokens = generic_conditions.turned_around(tokens, self.is_name_token, frozenset(WEATHER))
        except generic_conditions.PronounOfARule as pronoun:
            raise NotUnderstood(original, f"'{pronoun}' in the condition means any one the rule is about, in a "
                                          "shape not read") from None
        if any(t.low == "would" for t in tokens) and not any(t.low in _CONDITION_WORDS for t in tokens) and \
                not self.asking:
            # "Ann would be at home", "Ann wouldn't lie": what would happen or what she is like, not what is (asked,
            # "would the game be cancelled?" asks what the rules make of it)
            raise NotUnderstood(original, "'would' without a condition says what would be, not what is")
        self._tokens = tokens
        self._memo = {}
        self.folded_things = []
        self.folded_verbs = {}
        from agentlib.puzzles.english.logic import free_variables, walk

        readings = [self._resolve_them(self._resolve_it(r, original)) for r in self.statement(0, len(tokens))
                    if not free_variables(r)]
        if len(readings) > 1:
            words = [t.low for t in tokens]
            # the object reading first: "plays darts or golf" is not "member-plays darts or golfs" (a base-form verb
            # cannot follow the singular subject), and only then may a reading be judged to swallow a clause
            readings = [r for r in readings if not _object_read_as_kind(r, readings, words)] or readings
            readings = [r for r in readings if not _swallows_a_verb_phrase(r, readings, words)] or readings
            readings = [r for r in readings if not _swallows_a_clause(r, readings, words)] or readings
        things = {t.key for r in readings for n in walk(r) if isinstance(n, Atom) for t in n.args
                  if isinstance(t, Const) and t.key.startswith(_THING_KEYS)} or set(self.folded_things)
        self.discourse.last_thing = Const(things.pop()) if len(things) == 1 else None
        if self.folded_verbs:  # kept over a sentence with no object ("Max was at school. He didn't break it.")
            self.discourse.last_objects = dict(self.folded_verbs)
        if not readings:
            raise NotUnderstood(original)
        if len(readings) > 1:
            raise NotUnderstood(original, "it has more than one reading")
        return readings[0]

    def _clause_either(self, tokens: list[Token]) -> list[Token]:
        """ "You either support it or you oppose it": an "either" after the first clause's subject, whose "or" opens a
        second clause with its own subject, marks that "or" as "Either ... or ..." does; it is dropped."""
        if len(tokens) < 5 or tokens[1].low != "either":
            return tokens
        subject = tokens[0]
        if not (self.is_name_token(subject) or subject.low in _SUBJECT_PRONOUNS or subject.low in ("i", "you")):
            return tokens
        for k in range(3, len(tokens) - 1):
            after = tokens[k + 1]
            if tokens[k].low == "or" and (self.is_name_token(after) or after.low in _SUBJECT_PRONOUNS or
                                          after.low in ("i", "you")):
                return [tokens[0], *tokens[2:]]
        return tokens

    def _kin_subject(self, tokens: list[Token]) -> list[Token]:
        """ "Sam's father is Tom" says who the father is: the same as "Tom is Sam's father" (an identity, so the
        sides swap); only a possessive kinship noun, a copula and one name, never a negation or a description."""
        words = [t.low for t in tokens]
        while words and words[-1] in (".", "!"):
            words = words[:-1]
        if len(words) == 4 and words[0].endswith("'s") and words[0][:-2] in self.lexicon.names and words[1] in KIN \
                and words[2] in ("is", "was") and words[3] in self.lexicon.names:
            return [tokens[3], tokens[2], tokens[0], tokens[1], *tokens[4:]]
        return tokens

    def _resolve_it(self, formula: Formula, original: str) -> Formula:
        """ "it" means the one singular thing ("the plant") named before it in the sentence, else the one the previous
        sentence named; never the weather ("it rains") and never a plural ("the fans"). "visits it" names it too."""
        from agentlib.puzzles.english.logic import map_formula, walk

        it = Const("it")
        words = [t.low for t in self._tokens]
        first_it = words.index("it") if "it" in words else len(words)
        things = {t.key for n in walk(formula) if isinstance(n, Atom) for t in n.args
                  if isinstance(t, Const) and t.key.startswith(_THING_KEYS) and t.key not in self.plural_things
                  and self._mentioned_before(t.key, first_it)}
        subject_uses = [n for n in walk(formula) if isinstance(n, Atom) and it in n.args and n.predicate not in WEATHER]
        weather_or_thing = [n for n in walk(formula) if isinstance(n, Atom) and it in n.args
                            and n.predicate in _WEATHER_OR_THING]
        if things and weather_or_thing:
            named = next(iter(things)) if len(things) == 1 else ""
            self.weather_or_thing.append((original, self.lexicon.displays.get(named, "") if named else ""))
        object_uses = [n for n in walk(formula) if isinstance(n, Atom) and n.predicate.endswith("_it")
                       and n.predicate != "do_it"]  # "did it": the deed itself, an idiom
        if not subject_uses and not object_uses:
            return formula
        if not object_uses and {n.predicate for n in subject_uses} <= self.discourse.empty_it:
            return formula
        # "The dog didn't break it": an object "it" is never its own clause's subject (that would be "itself"); a
        # verb repeated from the sentence before takes that sentence's object ("... broke the vase")
        subjects = {a.key for n in object_uses for a in n.args if isinstance(a, Const)}
        things -= subjects
        if not things and object_uses:
            verbs = {n.predicate[: -len("_it")] for n in object_uses}
            parallel = [k for k, verb in self.discourse.last_objects.items() if slug(verb) in verbs]
            if len(parallel) == 1:
                things = {parallel[0]}
        if not things and self.discourse.last_thing is not None and self.discourse.last_thing.key not in subjects:
            things = {self.discourse.last_thing.key}  # "The printer is not broken. So it is out of paper."
        if not things and self.folded_things:
            things = set(self.folded_things)
        if not things:
            if object_uses:
                raise NotUnderstood(original, "what 'it' refers to is not clear")
            self.discourse.empty_it.update(n.predicate for n in subject_uses)
            return formula
        if len(things) > 1:
            raise NotUnderstood(original, "'it' could mean more than one thing")
        earlier = self.discourse.it_meant
        if earlier is not None and earlier.key not in things:
            # "If the car is out of gas, it won't start. If the battery is dead, it won't start": the car or the battery
            raise NotUnderstood(original, "'it' could mean more than one thing")
        thing = Const(things.pop())
        self.discourse.it_meant = thing
        if thing.key not in self.folded_things:
            self.folded_things.append(thing.key)  # "You don't oppose it. So you support it.": still that thing
        thing_words = thing.key.split("_", 1)[1]

        def swap(node: Formula) -> Formula | None:
            if not isinstance(node, Atom):
                return None
            if node.predicate.endswith("_it") and node.predicate != "do_it":  # "visits it" is "visits the museum"
                kind, phrase = self.lexicon.forms.get(node.predicate, ("verb", node.predicate))
                display = self.lexicon.displays.get(thing.key, thing_words)
                display = "the " + display[4:] if display.startswith("The ") else display  # said mid-sentence
                key = self._form(node.predicate[: -len("it")] + thing_words, kind, phrase[: -len("it")] + display)
                return Atom(key, node.args)
            if it in node.args and node.predicate not in WEATHER:
                return Atom(node.predicate, tuple(thing if a == it else a for a in node.args))
            return None
        return map_formula(formula, swap)

    def _resolve_them(self, formula: Formula) -> Formula:
        """ "So you watered them": an object "them" is the plural thing said last ("water the plants"), as "it" is
        the one thing; without one it stays unread (the reader then abstains on the unknown predicate)."""
        from agentlib.puzzles.english.logic import map_formula, walk

        thing = self.discourse.last_plural
        if thing is None or not any(isinstance(n, Atom) and n.predicate.endswith("_them") for n in walk(formula)):
            return formula
        words = thing.key[len("the_"):]
        display = self.lexicon.displays.get(thing.key, words.replace("_", " "))
        display = "the " + display[4:] if display.startswith("The ") else display

        def swap(node: Formula) -> Formula | None:
            if isinstance(node, Atom) and node.predicate.endswith("_them"):
                kind, phrase = self.lexicon.forms.get(node.predicate, ("verb", node.predicate))
                key = self._form(node.predicate[: -len("them")] + words, kind, phrase[: -len("them")] + display)
                return Atom(key, node.args)
            return None
        return map_formula(formula, swap)

    def _mentioned_before(self, key: str, position: int) -> bool:
        words = key[len("the_"):].split("_")
        lows = [lemma(t.low, "NOUN") for t in self._tokens[:position]]
        return words[-1] in lows

    def words(self, i: int, j: int) -> list[str]:
        return [t.low for t in self._tokens[i:j]]

    def text(self, i: int, j: int) -> str:
        return " ".join(t.text for t in self._tokens[i:j])

    # -- statements ---------------------------------------------------------------------------
    def statement(self, i: int, j: int) -> list[Formula]:
        key = (i, j)
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = []  # cut cycles
        try:
            readings = distinct_readings(self._statement(i, j))[: MAX_READINGS + 1]
        except NotUnderstood:
            readings = []
        self._memo[key] = readings
        return readings

    def _statement(self, i: int, j: int) -> list[Formula]:
        w = self.words(i, j)
        if not w:
            return []
        while w and w[-1] in (",", ";", ":"):
            j -= 1
            w = w[:-1]
        while w and w[0] in (",",):
            i += 1
            w = w[1:]
        if not w:
            return []
        for prefix in (["it", "is", "not", "the", "case", "that"], ["it", "is", "false", "that"],
                       ["it", "is", "not", "true", "that"], ["it", "was", "not", "the", "case", "that"]):
            if w[: len(prefix)] == prefix:
                return [Not(r) for r in self.statement(i + len(prefix), j)]
        for prefix in (["it", "is", "true", "that"], ["it", "is", "the", "case", "that"], ["we", "know", "that"],
                       ["it", "is", "known", "that"], ["we", "know"]):
            if w[: len(prefix)] == prefix:
                return self.statement(i + len(prefix), j)
        first = w[0]
        if w[:2] == ["even", "if"]:  # "Even if it rains, Tom goes"
            return [f for k in range(i + 3, j - 1) if self._tokens[k].low == ","
                    for f in self._concessive(k + 1, j, i + 2, k)]
        if first == "although" or (first == "because" and not self.asking):  # "Although it rains, Tom goes"
            return [conj([a, b]) for k in range(i + 2, j - 1) if self._tokens[k].low == ","
                    for a in self.statement(i + 1, k) for b in self.statement(k + 1, j)]
        if first in ("if", "when", "whenever", "unless", "provided", "assuming", "either", "neither", "both") or \
                _as_long_as(w, 0):
            readings = self._attempt(lambda: self.subordinate(i, j))
            readings += self._attempt(lambda: self.infix(i, j, scoped=True))
            if first in ("either", "neither", "both"):
                readings += self._attempt(lambda: self.clause(i, j))
            return readings or self._not_both(i, j)
        return self._attempt(lambda: self.infix(i, j, scoped=False)) + self._attempt(lambda: self.clause(i, j)) \
            or self._not_both(i, j)

    def _not_both(self, i: int, j: int) -> list[Formula]:
        """ "(Either) Mia or Nia took it, but not both": a two-way "or" anywhere in the sentence (here between
        subjects), made exclusive by the tail (", or both" keeps it inclusive); a reading that is not a two-way "or"
        leaves the sentence unread."""
        w = self.words(i, j)
        tail = _tail_length(w, _NOT_BOTH_TAILS)
        if tail:
            readings = self.statement(i, j - tail)
            if readings and all(isinstance(f, Or) and len(f.parts) == 2 for f in readings):
                return [Xor(*f.parts) for f in readings if isinstance(f, Or)]
        tail = _tail_length(w, _OR_BOTH_TAILS)  # "Wes or Xia will drive, or both": the "or" as it is, inclusive
        if tail:
            readings = self.statement(i, j - tail)
            if readings and all(isinstance(f, Or) for f in readings):
                return readings
        return []

    @staticmethod
    def _attempt(parse: Callable[[], list[Formula]]) -> list[Formula]:
        """One way of reading a span; a way that does not apply yields nothing (others may still read it)."""
        try:
            return parse()
        except NotUnderstood:
            return []

    def subordinate(self, i: int, j: int) -> list[Formula]:
        w = self.words(i, j)
        first = w[0]
        out: list[Formula] = []
        # a semicolon joins whole clauses, so it ends the conditional: "If A, B; C" is "(if A, B) and C", read by
        # the split at ";" (never "if A, then B and C")
        if (first in ("if", "when", "whenever", "provided", "assuming", "unless") or _as_long_as(w, 0)) and \
                ";" not in w:
            start = i + 1
            if first in ("provided", "assuming") and len(w) > 1 and w[1] == "that":
                start += 1
            if _as_long_as(w, 0):
                start += 2
            for k in range(start + 1, j - 1):
                word = self._tokens[k].low
                if word not in (",", "then"):
                    continue
                right_start = k + 1
                if word == "," and k + 1 < j and self._tokens[k + 1].low == "then":
                    right_start = k + 2
                out += self.conditional(start, k, right_start, j, negate_condition=first == "unless")
            if not any(self._tokens[k].low in (",", "then") for k in range(start, j)):
                # people often drop the comma ("If it rains the picnic is cancelled"): every cut where both sides
                # read is a reading, so a sentence cut two ways reads two ways and the reader abstains on it
                for k in range(start + 1, j - 1):
                    out += self._attempt(partial(self.conditional, start, k, k, j, negate_condition=first == "unless"))
        if first == "either":
            out += self.choice(i + 1, j, "or")
        if first == "neither":
            for k in range(i + 2, j - 1):
                if self._tokens[k].low == "nor":
                    out += [conj([Not(a), Not(b)]) for a in self.statement(i + 1, k) for b in self.statement(k + 1, j)]
        if first == "both":
            for k in range(i + 2, j - 1):
                if self._tokens[k].low == "and":
                    out += [conj([a, b]) for a in self.statement(i + 1, k) for b in self.statement(k + 1, j)]
        return out

    def conditional(self, i: int, k: int, r: int, j: int, *, negate_condition: bool) -> list[Formula]:
        """ "if A, B": universal over the indefinites A introduces ("if someone is rich, they are happy")."""
        saved_bound, saved_vars = self.discourse.bound, self.discourse.variables
        self.discourse.bound = None
        self._memo.clear()
        conditions = self.statement(i, k)
        introduced = self.discourse.bound
        out: list[Formula] = []
        for condition in conditions:
            free = {t.name for n in walk(condition) for t in _terms(n) if isinstance(t, Var)}
            condition = conj([*(f for name, f in self.indefinites.items() if name in free), condition])
            for result in self.statement(r, j):
                if negate_condition:
                    condition_formula: Formula = Not(condition)
                else:
                    condition_formula = condition
                formula: Formula = Implies(condition_formula, result)
                if introduced is not None:
                    formula = Quantified("all", introduced, formula)
                out.append(formula)
        self._memo.clear()
        self.discourse.bound = saved_bound if introduced is None else saved_bound
        if introduced is None:
            self.discourse.variables = max(self.discourse.variables, saved_vars)
        return out

    def choice(self, i: int, j: int, word: str) -> list[Formula]:
        w = self.words(i, j)
        tail = _tail_length(w, _NOT_BOTH_TAILS)
        exclusive = tail > 0
        j -= tail or _tail_length(w, _OR_BOTH_TAILS)
        out: list[Formula] = []
        for k in range(i + 1, j - 1):
            if self._tokens[k].low == word:
                left_end = k - 1 if self._tokens[k - 1].low == "," else k
                for a in self.statement(i, left_end):
                    for b in self.statement(k + 1, j):
                        out.append(Xor(a, b) if exclusive else disj([a, b]))
        return out

    def infix(self, i: int, j: int, *, scoped: bool) -> list[Formula]:
        """Binary connectives inside a sentence. In a span opened by "if"/"either"/..., only a split whose
        right side opens its own clause the same way ("If A, B, and if C, D") is tried."""
        out: list[Formula] = []
        w = self.words(i, j)
        n = len(w)
        for k in range(1, n - 1):
            word = w[k]
            absolute = i + k
            if scoped and not (w[k - 1] in (",", ";") or word == ";"):
                continue
            after = w[k + 1] if k + 1 < n else ""
            if scoped and word != ";" and after not in ("if", "when", "whenever", "unless", "either", "neither", "it"):
                continue
            left_end = absolute - 1 if w[k - 1] == "," else absolute
            if word == "if" and w[k - 1] == "even" and k >= 2 and not scoped:
                out += self._concessive(i, absolute - 1 - (w[k - 2] == ","), absolute + 1, j)
            elif word == "if" and w[k - 1] != "only" and not (k + 2 < n and w[k + 1:k + 4] == ["and", "only", "if"]):
                out += [Implies(b, a) for a in self.statement(i, left_end) for b in self.statement(absolute + 1, j)]
            elif word == "only" and after in ("if", "when", "whenever"):  # "A only when B": A needs B, as "only if"
                out += [Implies(a, b) for a in self.statement(i, left_end) for b in self.statement(absolute + 2, j)]
            elif word == "if" or word == "iff":
                continue
            elif word == "and" and w[k - 1] == "if":
                continue
            elif w[k:k + 4] == ["if", "and", "only", "if"]:
                pass
            elif word == "unless":
                out += [disj([a, b]) for a in self.statement(i, left_end) for b in self.statement(absolute + 1, j)]
            elif word == "provided" and after == "that" and not scoped:  # "A provided that B": B is A's condition
                out += [Implies(b, a) for a in self.statement(i, left_end) for b in self.statement(absolute + 2, j)]
            elif word in ("whenever", "when") and not scoped and w[k - 1] != "only":
                out += [Implies(b, a) for a in self.statement(i, left_end) for b in self.statement(absolute + 1, j)]
            elif _as_long_as(w, k) and not scoped and w[k - 1] not in _EQUATIVE_BEFORE:
                out += [Implies(b, a) for a in self.statement(i, left_end) for b in self.statement(absolute + 3, j)]
            elif word == "implies" or (word == "means" and after == "that"):
                skip = 2 if word == "means" else 1
                out += [Implies(a, b) for a in self.statement(i, left_end) for b in self.statement(absolute + skip, j)]
            elif word == "because" and not self.asking and not scoped:
                # "A because B" states A and B; the cause it adds is not read, so it is never a conclusion's. After a
                # negation it may deny the cause instead ("Ann didn't leave because Bo came": she left, for another
                # reason), so such a sentence is not read
                if any(x in ("not", "never", "no", "nobody", "nothing") or x.endswith("n't") for x in w[:k]):
                    continue
                out += [conj([a, b]) for a in self.statement(i, left_end) for b in self.statement(absolute + 1, j)]
            elif (word in ("and", "but", ";", "although", "while") and not (word == "and" and w[k - 1] == "if")) or \
                    (word in ("so", "hence", "therefore") and w[k - 1] == ","):  # "A, so B" states both
                out += [conj([a, b]) for a in self.statement(i, left_end) for b in self.statement(absolute + 1, j)]
            elif word == "or":
                out += self._or_split(i, j, k, left_end)
        for k in range(1, n - 3):
            if w[k:k + 4] == ["if", "and", "only", "if"] or (w[k] == "iff") or w[k:k + 3] == ["exactly", "when", ""]:
                skip = 4 if w[k] == "if" else 1
                left_end = i + k - 1 if w[k - 1] == "," else i + k
                if scoped and w[k - 1] not in (",", ";"):
                    continue
                out += [Iff(a, b) for a in self.statement(i, left_end) for b in self.statement(i + k + skip, j)]
        if n >= 3 and w[-3:] == ["if", "and", "only"]:
            pass
        return out

    def _concessive(self, i: int, k: int, r: int, j: int) -> list[Formula]:
        """ "A even if B" asserts A whether or not B: A, and with it "if B, A" (A is tokens i..k, B tokens r..j).
        Reading "even if" as a plain "if" would leave A open when B is false."""
        return [conj([a, Implies(b, a)]) for a in self.statement(i, k) for b in self.statement(r, j)]

    def _or_split(self, i: int, j: int, k: int, left_end: int) -> list[Formula]:
        tail = _tail_length(self.words(i, j), _NOT_BOTH_TAILS)
        exclusive, tail_j = tail > 0, j - tail
        out: list[Formula] = []
        for a in self.statement(i, left_end):
            for b in self.statement(i + k + 1, tail_j):
                out.append(Xor(a, b) if exclusive else disj([a, b]))
        return out

    # -- clauses --------------------------------------------------------------------------------
    def clause(self, i: int, j: int) -> list[Formula]:
        out: list[Formula] = []
        same = self.same_kind(i, j)
        if same is not None:
            return [same]
        there = self._existential(i, j)
        if there is not None:
            return [there]
        for s in range(i + 1, j):
            if not self._may_start_vp(s):
                continue
            outer = self._negated_quantifier(s, j)
            for subject in self.noun_phrases(i, s):
                if outer is not None and not self._denies_predicates(subject, outer, j):
                    out += self._not_all(subject, s, j, outer)
                    continue
                if subject.kind == "group" and subject.joiner == "and":
                    mutual = self._mutual(subject, s, j)  # "Ann and Bo are friends": between them
                    if mutual is not None:
                        out.append(mutual)
                        continue
                    if collective_predicate(self.words(s, j)):
                        continue  # "Ann and Bo are a team": never each of them (`collective_predicates`)
                for predicate in self.verb_phrases(s, j, subject):
                    out.append(self.apply(subject, predicate, negated_vp=self._vp_negated(s, j),
                                          denied_verb=self._verb_denied(s, j)))
        return out

    def _existential(self, i: int, j: int) -> Formula | None:
        """ "There is a fire", "there was no storm", "there are mice in the barn", "there isn't any milk": a fact
        about the scene, one proposition of its own (not a property of anyone), so "If the alarm goes off, there is
        a fire. There is no fire." reads as a modus tollens. None for any other clause, and for one that names a
        person or counts ("there are three houses": a number is a puzzle's cast, read elsewhere)."""
        if j - i < 3 or self._tokens[i].low != "there":
            return None  # before any list is built: `clause` is asked of many spans
        w = self.words(i, j)
        if w[1] not in ("is", "are", "was", "were"):
            return None
        rest, negated = w[2:], False
        if rest[:1] == ["not"]:
            rest, negated = rest[1:], True
        if rest[:1] == ["no"]:
            rest, negated = rest[1:], not negated
        elif rest[:1] and rest[0] in ("a", "an", "some", "any"):
            rest = rest[1:]
        toks = self._tokens[j - len(rest):j]
        if not 1 <= len(rest) <= 5 or not all(x.isalpha() for x in rest) or \
                any(self.is_name_token(t) for t in toks) or \
                any(x in NUMBER_WORDS or x in RELATIVES or x in AUXILIARIES or x in ("than", "and", "or", "not")
                    for x in rest):
            return None
        noun = [lemma(x, "NOUN") for x in rest]
        if set(noun) & _PEOPLE_NOUNS or any(x in self.lexicon.kinds for x in noun):
            return None  # "there is a liar among them", "there was a thief": about the cast, read elsewhere or not
        phrase = " ".join(rest)
        key = self._form(slug("there_is_" + "_".join(noun)), "there", phrase)
        fact = Atom(key, ())
        return Not(fact) if negated else fact

    def _mutual(self, subject: NP, s: int, j: int) -> Formula | None:
        """ "Ann and Bo are (not) friends": the reciprocal relation between every two members, both ways; None when
        the verb phrase is no bare reciprocal word, or a denial would be unclear ("A, B and C are not friends")."""
        said = mutual_word(self.words(s, j))
        members = [m.const for m in subject.members]
        if said is None or any(m is None for m in members) or (said[1] and len(members) > 2):
            return None
        word, negated = said
        phrase = {"together": "together with", "apart": "apart from", "related": "related to", "close": "close to",
                  "similar": "similar to", "equal": "equal to", "identical": "identical to"}.get(
            word, f"{word} with" if word in _MUTUAL_ADJECTIVES else f"a {word} of")  # said as "Ann is a friend of Bo"
        key = self._form(slug(word) + "_mutual", "rel", phrase)
        pairs = conj([Atom(key, (a, b)) for a in members for b in members if a is not None and b is not None and
                      a != b])
        return Not(pairs) if negated else pairs

    def _negated_quantifier(self, s: int, j: int) -> int | None:
        """Where the "not" of "did not both pass" / "are not all knights" is: a negation before a floating
        quantifier denies the whole claim about the group (not both), never each member (neither)."""
        negation: int | None = None
        for k in range(s, j):
            word = self._tokens[k].low
            if word in ("not", "never") and negation is None:
                negation = k
            elif word in ("both", "all", "each"):
                return negation
            elif not (word in COPULAS or word in DO or word in MODALS_ASSERT or word in MODALS_ABILITY):
                return None
        return None

    def _denies_predicates(self, subject: NP, negation: int, j: int) -> bool:
        """ "Lou is not both rich and famous": one person and "not both A and B" deny the two predicates together
        (`verb_phrases` reads it); the group reading of `_not_all` is for plural subjects."""
        rest = [token.low for token in self._tokens[negation + 1:j]]
        return subject.kind not in ("group", "quant") and rest[:1] == ["both"] and "and" in rest

    def _not_all(self, subject: NP, s: int, j: int, negation: int) -> list[Formula]:
        """ "Ann and Ben didn't both pass": not (Ann passed and Ben passed); only a group or a plural subject."""
        if subject.kind not in ("group", "quant") or (subject.kind == "group" and subject.joiner != "and"):
            raise NotUnderstood(self.text(s, j), "a negated 'both' / 'all' needs a group to deny")
        saved = self._tokens
        try:
            self._tokens = saved[:negation] + saved[negation + 1:]
            predicates = self.verb_phrases(s, j - 1, subject)
        finally:
            self._tokens = saved
        return [Not(self.apply(subject, predicate)) for predicate in predicates]

    def same_kind(self, i: int, j: int) -> Formula | None:
        """ "Ann and I are of the same kind" / "... are different types" / "... are alike" (speakers puzzles)."""
        w = self.words(i, j)
        for k in range(1, len(w)):
            if w[k] not in ("are", "were"):
                continue
            rest = [x for x in w[k + 1:] if x not in ("of", "the", "a")]
            negated = rest[:1] == ["not"]
            rest = rest[1:] if negated else rest
            if len(rest) == 1 and rest[0] in PAIR_NOUNS:  # "Kate and Lucy are siblings / cousins / married"
                pair = self.coordinated_np(i, i + k)
                if len(pair) == 1 and len(pair[0].members) == 2 and pair[0].joiner == "and" and \
                        all(m.const is not None for m in pair[0].members):
                    for key, kind, phrase in KIN_FORMS:
                        self._form(key, kind, phrase)
                    a, b = (m.const for m in pair[0].members)
                    assert a is not None and b is not None
                    related = pair_relation(rest[0], a, b)
                    if related is not None:
                        return Not(related) if negated else related
                continue
            different = kinds_compared(rest)
            if different is None:
                continue
            everyone = self.discourse.people
            if w[:k] in (["we"], ["we", "both"], ["we", "all"], ["both", "of", "us"], ["all", "of", "us"]) and \
                    len(everyone) == 2 or (len(everyone) > 2 and not different and w[:k] in (["we"], ["we", "all"],
                                                                                          ["all", "of", "us"])):
                # "We are the same kind": every one of us (the cast) alike; "different" only of a pair
                alike = conj([Atom(SAME_KIND, (everyone[0], other)) for other in everyone[1:]])
                return Not(alike) if different != negated else alike
            subject = self.coordinated_np(i, i + k)
            if len(subject) != 1 or len(subject[0].members) != 2 or subject[0].joiner != "and":
                continue
            a, b = (m.const for m in subject[0].members)
            if a is None or b is None:
                continue
            formula: Formula = Atom(SAME_KIND, (a, b))
            return Not(formula) if different != negated else formula
        return None

    def is_name_token(self, token: Token) -> bool:
        """A capitalized word the text uses as a name: "May" and "Will" are people there, never modals."""
        return token.capitalized and token.low in self.lexicon.names

    def _may_start_vp(self, s: int) -> bool:
        word = self._tokens[s].low
        if self.is_name_token(self._tokens[s]):
            return False
        if word in COPULAS or word in DO or word in HAVE or word in MODALS_ASSERT or word in MODALS_ABILITY:
            return True
        if word in ("not", "never", "both", "all", "each"):
            return True
        if word == "either":  # "Ann either sings or dances"
            return any(t.low == "or" for t in self._tokens[s + 1:])
        return (is_word(word, "VERB") or (not is_word(word) and word.isalpha() and word not in self.lexicon.names)) \
            and word not in ARTICLES and word not in RELATIVES

    def _vp_negated(self, s: int, j: int) -> bool:
        w = self.words(s, min(j, s + 3))
        return "not" in w or "never" in w

    def _verb_denied(self, s: int, j: int) -> bool:
        """A verb denied with "do" or "never" ("didn't pass", "never lies"), not a copula ("is not shiny")."""
        w = self.words(s, min(j, s + 3))
        return ("not" in w and bool(w) and w[0] in DO) or (bool(w) and w[0] == "never")

    def _generic_said(self, restriction: Formula, body: Formula, var: Var) -> None:
        """ "If prices fall, demand grows. ... So prices do not fall.": a conclusion (or question) that denies a bare
        plural a statement affirmed is not read. The denial may say that none does (every member, negation and all)
        or only deny what the statement says of them all (the negation of the rule's condition, as the speaker of a
        modus tollens means it), and the two readings part ways; read as "none", the argument was a wrong
        "invalid". Asking the plain form ("Fish do not fly. Do fish fly?") is answered alike on either reading, and a
        stated denial ("Cars did not stop.") gives the rule's negation on either reading, so both still read."""
        from agentlib.puzzles.english.logic import walk

        denied = isinstance(body, Not)
        core = body.body if isinstance(body, Not) else body
        key = (frozenset(n.predicate for n in walk(restriction) if isinstance(n, Atom)),
               frozenset(n.predicate for n in walk(core) if isinstance(n, Atom)))
        if not self.asking:
            # only a plain use inside a rule matters: a plain statement on its own ("Prices fall.") is denied by
            # the conclusion on either reading alike
            ruled = any(t.low in ("if", "unless", "when", "whenever") for t in self._tokens)
            if denied or ruled:
                self.generic_uses.setdefault(key, set()).add(denied)
        elif denied and False in self.generic_uses.get(key, ()):
            if self.denials_read_both and self.denial_readings is None:
                # `analyze` decides the argument on both readings and answers only where they agree
                self.denial_readings = (Quantified("all", var, Implies(restriction, body)),
                                        Not(Quantified("all", var, Implies(restriction, core))))
                return
            raise NotUnderstood("a bare plural denied", "a statement says it of them, and 'do not' may say that "
                                "none does or only deny that statement")

    def apply(self, subject: NP, predicate: Predicate, *, negated_vp: bool = False,
              denied_verb: bool = False) -> Formula:
        if subject.kind in ("const", "var"):
            term = subject.const if subject.kind == "const" else subject.var
            assert term is not None
            return predicate(term)
        if subject.kind == "group":
            parts = [self.apply(member, predicate) for member in subject.members]
            if subject.joiner == "or":
                return disj(parts)
            if subject.joiner == "neither":
                return conj([Not(p) for p in parts])
            return conj(parts)
        if subject.kind == "count":
            parts = [self.apply(member, predicate) for member in subject.members]
            if subject.one_of and not all(self._unique_event(part) for part in parts):
                raise NotUnderstood("one of", "'one of them' can mean exactly one or at least one")
            return Count(tuple(parts), subject.low, min(subject.high, len(parts)))
        var = subject.var
        assert var is not None and subject.restriction is not None
        body = predicate(var)
        if subject.det == "every" and denied_verb:  # "Every student didn't pass": none did, or not all did?
            # ("Every wumpus is not shiny", a copula denied, is read as logic texts mean it: none is)
            raise NotUnderstood("every ... not", "'Every A didn't B' can mean no A did or not every A did")
        if subject.det in ("each", "every"):  # "Each X is not Y": singular distributive, so no X is Y
            return Quantified("all", var, Implies(subject.restriction, body))
        if subject.det == "all":
            if negated_vp:
                raise NotUnderstood("all ... not", "'All A are not B' can mean no A is B or not every A is B")
            return Quantified("all", var, Implies(subject.restriction, body))
        if subject.det == "generic":  # "Cats are not dogs": a bare plural is every member, negation and all
            self._generic_said(subject.restriction, body, var)
            self.presuppositions.append(Quantified("some", var, subject.restriction))  # and there are cats
            law = Quantified("all", var, Implies(subject.restriction, body))
            (self.generic_asked if self.asking else self.generic_laws).append(law)
            return law
        if subject.det == "some":
            return Quantified("some", var, conj([subject.restriction, body]))
        if subject.det == "no":
            return Quantified("all", var, Implies(subject.restriction, Not(body)))
        if subject.det == "notall":
            return Not(Quantified("all", var, Implies(subject.restriction, body)))
        if subject.det == "only":
            return Quantified("all", var, Implies(body, subject.restriction))
        raise NotUnderstood(subject.det)

    # -- noun phrases -----------------------------------------------------------------------------
    def noun_phrases(self, i: int, j: int) -> list[NP]:
        w = self.words(i, j)
        if not w:
            return []
        out: list[NP] = []
        single = self.simple_np(i, j)
        if single is not None:
            out.append(single)
        out += self.coordinated_np(i, j)
        counted = self.counted_np(i, j)
        if counted is not None:
            out.append(counted)
        return out

    def simple_np(self, i: int, j: int) -> NP | None:
        w = self.words(i, j)
        toks = self._tokens[i:j]
        d = self.discourse
        if len(w) == 1:
            word = w[0]
            if word in ("he", "she", "him", "her") and d.reported is not None and d.bound is None:
                return NP("const", const=d.reported)
            if word in ("i", "me", "myself"):
                if d.speaker is None:
                    return NP("const", const=self._const("i", "I"), speaker=True)
                return NP("const", const=d.speaker, speaker=True)
            if word in ("you",) and d.speaker is None:
                return NP("const", const=self._const("you", "you"), speaker=True)
            if word in PRONOUNS_SINGULAR or word in PRONOUNS_PLURAL:
                if d.bound is not None:
                    return NP("var", var=d.bound)
                if word == "it":  # "it rains", "it is sunny": the weather, never a thing named before
                    return NP("const", const=self._const("it", "it"))
                if word in PRONOUNS_PLURAL and not d.people and d.last_plural is not None:
                    return NP("const", const=d.last_plural, plural=True)  # "If I water the plants, they grow"
                if word in PRONOUNS_PLURAL and d.people:
                    return NP("group", members=[NP("const", const=c) for c in d.people], plural=True)
                if d.last is not None:
                    return NP("const", const=d.last)
                if word in ("he", "him", "she", "her"):  # nobody named yet: "If he is guilty, he runs away"
                    return NP("const", const=self._const(word if word in ("he", "she") else
                                                         {"him": "he", "her": "she"}[word], word))
                if word in ("they", "them") and d.last_plural is None:
                    # nobody named yet: "They sell apples or rent bikes." speaks of one group, as "we" does
                    return NP("const", const=self._const("they", "they"), plural=True)
                return None
            if word in ("we", "us") and len(d.people) >= 2:  # one name is never "we" ("If it is Saturday, we ...")
                return NP("group", members=[NP("const", const=c) for c in d.people], plural=True)
            if word in ("we", "us"):
                return NP("const", const=self._const("we", "we"), plural=True)
            if word in ("anyone", "anybody", "anything") and self._in_condition():
                var = self._condition_variable(i)  # "If anyone breaks the vase, Mom is angry": if someone does
                d.bound = var
                return NP("var", var=var)
            if word in ("anyone", "anybody", "anything"):
                # "Anyone can join": each one; "Ann doesn't trust anyone", "Is anyone home?": is there one?
                return NP("quant", var=d.fresh(), det="some" if self.asking_any else "each", restriction=And(()))
            if word in ("everyone", "everybody", "everything", "whoever"):
                var = d.fresh()
                return NP("quant", var=var, det="all", restriction=And(()))
            if word in ("someone", "somebody", "something"):
                if self._in_condition() and not self._after_condition(i):
                    var = self._condition_variable(i)
                    d.bound = var
                    return NP("var", var=var)
                return NP("quant", var=d.fresh(), det="some", restriction=And(()))
            if word in ("nobody", "nothing"):
                return NP("quant", var=d.fresh(), det="no", restriction=And(()))
        if w[:2] == ["no", "one"] and len(w) == 2:
            return NP("quant", var=d.fresh(), det="no", restriction=And(()))
        pronoun = {"everyone": "all", "everybody": "all", "everything": "all", "anyone": "all", "anybody": "all",
                   "anything": "all", "whoever": "all", "someone": "some", "somebody": "some", "something": "some",
                   "nobody": "no", "nothing": "no"}
        if w[:2] == ["no", "one"] and len(w) > 3 and w[2] in ("but", "except"):
            w, i = ["nobody", *w[2:]], i + 1
        if len(w) >= 3 and w[0] == "nobody" and w[1] in ("but", "except"):
            # "No one but employees parks here": only employees do; a kind, not a name (`exceptives.py`)
            start = i + 2 + (1 if w[2:3] == ["for"] else 0)
            if start >= j or self.is_name_token(self._tokens[start]) or self._tokens[start].low in ARTICLES:
                return None
            var = d.fresh()
            restriction = self.nominal(start, j, var)
            return None if restriction is None else NP("quant", var=var, det="only", restriction=restriction,
                                                       plural=True)
        if w[:2] == ["no", "one"] and len(w) > 3 and (w[2] in RELATIVES or w[2] in PREPOSITIONS or
                                                       self._clause_subject_at(i + 2, j)):
            w = ["nobody", *w[2:]]  # "no one who ...", "no one in the choir", "no one Bo likes": "nobody" in two words
            i += 1
        if len(w) > 2 and w[0] in pronoun and w[1] in PREPOSITIONS and not self._in_condition():
            var = d.fresh()  # "everyone in my family": the place is the restriction
            phrase = [x for x in w[1:] if x not in ARTICLES and x not in POSSESSIVES]
            if len(phrase) < 2 or any(not x.isalpha() or x in AUXILIARIES or x in RELATIVES or _inflected_verb(x)
                                      for x in phrase) or w[-1] in ARTICLES or w[-1] in PREPOSITIONS:
                return None
            key = self._form(slug("_".join(phrase)), "adj", " ".join(w[1:]))
            return NP("quant", var=var, det=pronoun[w[0]], restriction=Atom(key, (var,)))
        if len(w) >= 2 and w[0] == "whoever" and w[1] not in RELATIVES and not self._in_condition():
            w, i = ["anyone", "who", *w[1:]], i - 1  # "whoever wins" is "anyone who wins": the relative is built in
        if len(w) > 2 and w[0] in pronoun and self.words(i + 1, i + 2) == w[1:2] and not self._in_condition() and \
                self._clause_subject_at(i + 1, j):
            var = d.fresh()  # "everyone Bo likes", "something I said": an object relative clause without "that"
            clause = self._object_relative(i + 1, j, var)
            if clause is None:
                return None
            return NP("quant", var=var, det=("some" if self.asking_any else "each") if w[0] in (
                "anyone", "anybody", "anything") else pronoun[w[0]], restriction=clause)
        if len(w) > 2 and w[0] in pronoun and w[1] in RELATIVES and not self._in_condition():
            var = d.fresh()
            saved = d.bound
            d.bound = None
            predicates = self.verb_phrases(i + 2, j, NP("var", var=var))
            d.bound = saved
            clause = self._object_relative(i + 2, j, var) if not predicates else None
            if clause is not None:  # "everyone that Bo likes": Bo likes them
                predicates = [_already_about(clause)]
            if len(predicates) != 1:
                return None
            # "anyone who ... doesn't": "any" stays universal under the negation, as "each" does ("all" would not);
            # in a question or under a negation it asks whether there is one ("Does anyone who studies fail?")
            relative_det = ("some" if self.asking_any else "each") if w[0] in ("anyone", "anybody", "anything") \
                else pronoun[w[0]]
            return NP("quant", var=var, det=relative_det, restriction=predicates[0](var))
        name = self.name_at(i, j)
        if name is not None:
            if name in ("__who", GAP):
                return NP("const", const=Const(name))
            const = self._const(slug(name), name)
            d.last = const
            return NP("const", const=const)
        determiners = {"all": "all", "every": "every", "each": "each", "any": "each", "no": "no", "some": "some",
                       "only": "only"}
        det = None
        start = i + 1
        definite = False  # "all the guests", "none of my friends": a group at hand, so there is one
        if w[0] == "any" and not self._in_condition() and \
                any(t.low in ("if", "when", "whenever", "unless") for t in self._tokens[1:i]):
            return None  # "The teacher is sad if any student fails": "some", not "every"; the binding is not read here
        if w[0] in determiners and not (len(w) > 1 and (w[1] in NUMBER_WORDS or w[1].isdigit() or w[1] == "of")
                                        and w[1:3] != ["one", "of"]) \
                and not (w[0] == "any" and self._in_condition()):  # "If any student fails": as "a student"
            det = determiners[w[0]]
            if w[0] == "all" and len(w) > 1 and w[1] in _GROUP_DETERMINERS:
                start += 1
                definite = True
        elif len(w) > 3 and w[1] == "of" and w[2] in _GROUP_DETERMINERS and \
                w[0] in ("each", "all", "every", "any", "some", "none", "most"):
            if w[0] == "most":
                return None
            det = {"each": "all", "all": "all", "every": "all", "any": "all", "some": "some", "none": "no"}[w[0]]
            if w[0] == "any" and self._in_condition():
                det = "some"  # "If any of the guests is late": some guest is late
            start = i + 3
            definite = w[0] != "any"
        elif w[:2] in (["not", "all"], ["not", "every"]):
            det, start = "notall", i + 2
            if w[1] == "all" and w[2:3] == ["of"] and w[3:4] and w[3] in _GROUP_DETERMINERS and len(w) > 4:
                start += 2  # "not all of the guests"
            elif w[1] == "all" and w[2:3] and w[2] in _GROUP_DETERMINERS and len(w) > 3:
                start += 1  # "not all the lights"
        elif w[:3] == ["not", "a", "single"] or w[:2] == ["not", "one"]:
            # "not a single reptile", "not one guest", "not one of the guests": none ("one of the" is skipped below)
            det, start = "no", i + (3 if w[1] == "a" else 1 if w[2:3] == ["of"] else 2)
        elif w[:3] == ["at", "least", "one"] and w[3:4] != ["of"]:
            det, start = "some", i + 3
        elif w[:2] == ["there", "is"] or w[:2] == ["there", "are"]:
            return None
        if det == "only" and start < j and self.is_name_token(self._tokens[start]):
            return None  # "Only Ann has a key": an exceptive about a person (`exceptives.py`), never a kind "ann"
        if det is not None:
            start += _emphasis_length([t.low for t in self._tokens[start:j]], det)
            var = d.fresh()
            restriction = self.nominal(start, j, var)
            if restriction is None:
                return None
            if definite and det in ("all", "no"):
                self.presuppositions.append(Quantified("some", var, restriction))  # the guests are there
            return NP("quant", var=var, det=det, restriction=restriction, plural=True)
        if w[0] in ("a", "an", "any") and self._in_condition():
            var = d.fresh()
            restriction = self.nominal(i + 1, j, var)
            if restriction is None:
                return None
            d.bound = var
            self.indefinites[var.name] = restriction  # the condition says what the variable is (a student)
            return NP("var", var=var)
        if w[0] in ("a", "an") and i == 0 and self._present_tense_follows(j):
            var = d.fresh()  # "A robin is a bird", "Does a robin have wings?": a generic statement about every one
            restriction = self.nominal(i + 1, j, var)
            if restriction is None:
                return None
            return NP("quant", var=var, det="generic", restriction=restriction)
        if len(w) == 2 and w[0].endswith("'s") and w[0][:-2] in self.lexicon.names and w[1].isalpha():
            owner = self.lexicon.names[w[0][:-2]]  # "Sam's bike": one individual, named by its owner
            noun = lemma(w[1], "NOUN")
            const = self._const(slug(f"{owner}_{noun}"), f"{owner}'s {w[1]}")
            if noun == w[1] and is_word(noun, "NOUN") and noun not in KIN:
                self.presuppositions.append(Atom(self._form(slug(noun), "noun", noun), (const,)))  # it is a bike
            return NP("const", const=const)
        if w[0] in ("my", "our", "your", "his", "her", "their") and 2 <= len(w) <= 3 and \
                all(x.isalpha() and x not in AUXILIARIES and x not in PREPOSITIONS and not _inflected_verb(x)
                    and x not in ("not", "and", "or", "than") for x in w[1:]):
            key = slug(w[0] + "_" + "_".join(lemma(x, "NOUN") for x in w[1:]))  # "my brother": one individual
            shown = self.text(i, j)
            const = self._const(key, shown[:1].lower() + shown[1:])  # "My sister ..." opened a sentence
            if lemma(w[-1], "NOUN") == w[-1]:  # "If my son is hungry, he cries": "he" is my son, as after "the son"
                d.last = const
            noun = w[-1]
            if len(w) == 2 and lemma(noun, "NOUN") == noun and is_word(noun, "NOUN") and noun not in KIN:
                self.presuppositions.append(Atom(self._form(slug(noun), "noun", noun), (const,)))  # my car is a car
            return NP("const", const=const)
        if w[0] in ("this", "that") and len(w) >= 2:  # "this flower": the one flower at hand
            w = ["the", *w[1:]]
        if w[0] == "the":
            if len(w) >= 2 and all(t.text[:1].isalpha() for t in toks[1:]) and not any(x in RELATIVES for x in w) \
                    and not any(x in AUXILIARIES or x in ("not", "never", "and", "or", "but", "than") for x in w) \
                    and not any(x in ARTICLES or x in PREPOSITIONS or _inflected_verb(x) for x in w[1:]) \
                    and not any(x in _NOT_IN_A_NAME for x in w[1:]):
                key = "the_" + "_".join(lemma(x, "NOUN") for x in w[1:])
                const = self._const(slug(key), self.text(i, j))
                noun = lemma(w[-1], "NOUN")
                if is_word(noun, "NOUN") and noun not in ("ground", "weather", "sky"):
                    self.presuppositions.append(Atom(self._form(slug(noun), "noun", noun), (const,)))  # it is one
                if lemma(w[-1], "NOUN") != w[-1]:
                    self.plural_things.add(const.key)  # "the fans": never what "it" refers to
                    d.last_plural = const
                    return NP("const", const=const, plural=True)
                if w[-1] in _COLLECTIVE_NOUNS:  # "If the team wins, they reach the final": a group is also "they"
                    d.last_plural = const
                d.last = const
                return NP("const", const=const)
            return None
        if len(w) >= 1 and (toks[0].text[:1].islower() or (i == 0 and w[0] not in self.lexicon.names)) and \
                w[0] not in ARTICLES and w[0] not in NUMBER_WORDS and not _counted_plural(w) and \
                w[0] not in POSSESSIVES and not any(x in ("not", "never") for x in w) and \
                not any(x in AUXILIARIES for x in w[:_relative_start(w)]):
            # a bare plural: a generic statement about every member of the class ("students who have tickets": the
            # relative clause has a verb of its own, which may be "have" or "are")
            head = w[0] if len(w) == 1 else None
            plural = self._plural_nominal(i, j) and len(lemma(w[-1], "NOUN")) >= 3 and w[0] not in _TITLES
            if plural:
                var = d.fresh()
                restriction = self.nominal(i, j, var)
                if restriction is not None:
                    return NP("quant", var=var, det="generic", restriction=restriction, plural=True)
            gerund = head is not None and head.endswith("ing") and is_word(head, "VERB")
            if head is not None and (is_word(head, "NOUN") or gerund) and not plural and head not in RELATIVES:
                const = self._const(slug(head), head)  # a mass noun: "water is wet"
                return NP("const", const=const)
        return None

    def _unique_event(self, formula: Formula) -> bool:
        """A role ("is the thief") or a deed with a definite object ("stole the cake", "did it")."""
        if not isinstance(formula, Atom):
            return False
        if formula.predicate in self.role_nouns:
            return True
        kind, phrase = self.lexicon.forms.get(formula.predicate, ("", ""))
        words = phrase.split()
        return kind == "verb" and len(words) > 1 and (words[1] == "the" or words[-1] == "it")

    def _present_tense_follows(self, j: int) -> bool:
        """ "A robin is a bird" / "a robin has wings" / "a robin does fly": generic; "A man came" is not."""
        if j >= len(self._tokens):
            return False
        word = self._tokens[j].low
        after = self._tokens[j + 1].low if j + 1 < len(self._tokens) else ""
        if word == "is" and after.endswith("ing") and is_word(after, "VERB") and lemma(after, "VERB") != after:
            return False  # "A dog is barking": one dog now, never every dog
        return word in ("is", "has", "does", "can", "must", "shall", "will") or \
            (word.endswith("s") and is_word(word, "VERB") and not word.endswith("ss"))

    def _condition_variable(self, position: int) -> Var:
        """The variable of the indefinite at token `position` of a condition, the same on every parse attempt:
        "If someone is young and they are kind": the parse that splits at "and" meets "someone" again after
        "they" was read with the first attempt's variable, and two variables made the reading fail."""
        key = (id(self._tokens), position)
        if key not in self._condition_variables:
            self._condition_variables[key] = self.discourse.fresh()
        return self._condition_variables[key]

    def _inside_condition(self, at: int) -> bool:
        """Whether token `at` lies inside a condition clause: after its "if" / "unless" / "when" and before the comma
        or "then" that closes it ("If it should rain, ..."; "..., unless it should rain"). A sentence-opening
        condition with nothing closing it after `at` gives no certain answer, so False."""
        words = [t.low for t in self._tokens]
        for back in range(at - 1, -1, -1):
            if words[back] in (",", "then", ";"):
                return False
            if words[back] in ("if", "unless", "when", "whenever"):
                return back > 0 or any(x in (",", "then") for x in words[at + 1:])
        return False

    def _after_condition(self, at: int) -> bool:
        """Whether token `at` comes after the comma or "then" that closes a sentence-opening condition: "If the dog
        barks, someone is at the door" says there is someone, where "If someone knocks, ..." ranges over anyone."""
        words = [t.low for t in self._tokens]
        return any(word in (",", "then") for word in words[1:at])

    def _in_condition(self) -> bool:
        return bool(self._tokens) and self._tokens[0].low in ("if", "when", "whenever", "unless")

    def _plural_nominal(self, i: int, j: int) -> bool:
        w = self.words(i, j)
        head_end = next((k for k, x in enumerate(w) if x in RELATIVES), len(w))
        if head_end == 0:
            return False
        head = w[head_end - 1]
        return head.endswith("s") and lemma(head, "NOUN") != head or head in ("men", "women", "people", "children",
                                                                              "mice", "geese", "feet", "teeth")

    def name_at(self, i: int, j: int) -> str | None:
        """A name the lexicon knows spanning exactly tokens i..j ("Socrates", "John Smith")."""
        text = " ".join(t.low for t in self._tokens[i:j])
        if text in ("__who", GAP):
            return text
        if not self._tokens[i].text[:1].isupper():
            return None  # names are written with a capital ("a" is an article, "A" may be a person)
        if text in self.lexicon.names:
            return self.lexicon.names[text]
        return None

    def _form(self, key: str, kind: str, phrase: str) -> str:
        """Remember how a predicate is said ("noun", "adj", "verb" + its base phrase) for answers in words."""
        self.lexicon.forms.setdefault(key, (kind, phrase))
        return key

    def _const(self, key: str, display: str) -> Const:
        self.lexicon.displays.setdefault(key, display)
        return Const(key)

    def coordinated_np(self, i: int, j: int) -> list[NP]:
        w = self.words(i, j)
        if not w:
            return []
        joiner = "and"
        start = i
        if w[0] in ("both", "either", "neither"):
            joiner = {"both": "and", "either": "or", "neither": "neither"}[w[0]]
            start = i + 1
        words = self.words(start, j)
        connective = {"and": "and", "or": "or", "neither": "nor"}[joiner]
        if connective not in words and joiner == "and" and "or" in words:
            connective, joiner = "or", "or"
        if connective not in words:
            return []
        parts: list[tuple[int, int]] = []
        begin = start
        for k in range(start, j):
            word = self._tokens[k].low
            if word in (",", connective):
                if k > begin:
                    parts.append((begin, k))
                begin = k + 1
        if begin < j:
            parts.append((begin, j))
        if len(parts) < 2:
            return []
        members = []
        for a, b in parts:
            member = self.simple_np(a, b)
            if member is None or member.kind not in ("const", "var"):
                return []
            members.append(member)
        return [NP("group", members=members, joiner=joiner, plural=True)]

    def counted_np(self, i: int, j: int) -> NP | None:
        """ "exactly two of us", "at least one of Ann, Bob and Cy", "none of them", "both of us"."""
        w = self.words(i, j)
        if "of" not in w:
            return None
        k = w.index("of")
        quantity, group = w[:k], (i + k + 1, j)
        members = self.group_members(*group)
        if members is None:
            return None
        n = len(members)

        def number(word: str) -> int | None:
            if word.isdigit():
                return int(word)
            return NUMBER_WORDS.get(word)

        low = high = None
        if quantity in (["all"], ["each"], ["every", "one"]):
            low = high = n
        elif len(quantity) == 2 and quantity[0] == "all" and number(quantity[1]) is not None:
            if number(quantity[1]) != n:  # "all three of us" beside two people: who "us" is, is unclear
                return None
            low = high = n
        elif quantity == ["both"]:
            if n != 2:
                raise NotUnderstood(self.text(i, j), "'both' needs two")
            low = high = 2
        elif quantity == ["none"]:
            low = high = 0
        elif quantity == ["neither"]:
            if n != 2:
                raise NotUnderstood(self.text(i, j), "'neither' needs two")
            low = high = 0
        elif len(quantity) == 2 and quantity[0] in ("exactly", "only", "just") and number(quantity[1]) is not None:
            low = high = number(quantity[1])
        elif len(quantity) == 3 and quantity[:2] == ["at", "least"] and number(quantity[2]) is not None:
            low, high = number(quantity[2]), n
        elif len(quantity) == 3 and quantity[:2] == ["at", "most"] and number(quantity[2]) is not None:
            low, high = 0, number(quantity[2])
        elif len(quantity) == 1 and number(quantity[0]) is not None:
            low = high = number(quantity[0])
            if low == 1:
                return NP("count", members=members, low=1, high=1, plural=True, one_of=True)
        if low is None or high is None or low > n:
            return None
        return NP("count", members=members, low=low, high=high, plural=True)

    def group_members(self, i: int, j: int) -> list[NP] | None:
        w = self.words(i, j)
        d = self.discourse
        plural_group = (len(w) >= 2 and w[0] in ("the", "these", "those") and w[-1] in GROUP_NOUNS
                        and all(x in NUMBER_WORDS for x in w[1:-1]) and len(w) <= 3) or \
            (len(w) == 2 and w[0] in NUMBER_WORDS and w[1] in GROUP_NOUNS)  # "one of four kids": the four named
        counted_group = (len(w) == 2 and w[1] in ("us", "them") and w[0] in NUMBER_WORDS) or \
            (len(w) == 2 and w[0] in ("us", "them") and w[1] in NUMBER_WORDS) or \
            (len(w) == 4 and w[0] == "the" and w[1] in NUMBER_WORDS and w[2:] in (["of", "us"], ["of", "them"]))
        if w in (["us"], ["them"], ["you"]) or plural_group or counted_group:  # "us three", "the three of us"
            if not d.people:
                return None
            counted = [x for x in w if x in NUMBER_WORDS]
            if counted and NUMBER_WORDS[counted[0]] != len(d.people):
                return None
            return [NP("const", const=c) for c in d.people]
        coordinated = self.coordinated_np(i, j)
        if coordinated:
            return coordinated[0].members
        return None

    def nominal(self, i: int, j: int, var: Var) -> Formula | None:
        """ "red apple", "men", "student who studies", "person in the room" -> a formula about `var`."""
        w = self.words(i, j)
        if not w:
            return None
        rel = next((k for k, x in enumerate(w) if x in RELATIVES), None)
        reduced = None if rel is not None else self._reduced_object_relative(i, j)
        if reduced is not None:  # "dog I know": the head, then a clause with its own subject and no "that"
            clause = self._object_relative(reduced, j, var)
            if w[:reduced - i] in (["person"], ["one"], ["thing"]):
                return clause  # "every person Bo likes": whoever Bo likes ("person" adds nothing, as with "who")
            head = self.nominal(i, reduced, var)
            return None if head is None or clause is None else conj([head, clause])
        head_end = len(w) if rel is None else rel
        if head_end == 0:
            return None
        head_words = [x for x in w[:head_end] if x != ","] if rel is None or "," not in w[rel:] else w[:head_end]
        if any(x in AUXILIARIES or x in ("not", "never", "than", "except", "besides", "excluding") for x in head_words):
            return None  # "every student except Ann": an exception is not part of a name
        if any(x in ARTICLES or x in COPULAS or x in ("not", ",", "and", "or") for x in head_words):
            prep = next((k for k, x in enumerate(head_words) if x in PREPOSITIONS and k > 0), None)
            if prep is None:
                return None
        parts: list[Formula] = []
        prep = next((k for k, x in enumerate(head_words) if x in PREPOSITIONS and k > 0), None)
        core = head_words if prep is None else head_words[:prep]
        if not core or any(not x.isalpha() and "-" not in x for x in core) or any(x in _QUANTIFIERS for x in core):
            return None  # "some | of my friends", "student read some | book": a quantity word is not a kind
        pronouns = PRONOUNS_SINGULAR | PRONOUNS_PLURAL | {"us", "we", "i", "you", "me"}
        if core == ["one"]:
            return None  # "Max is one": a pronoun for a noun said before (`_anaphoric_one`), never a property
        if any(x in PREPOSITIONS or x in pronouns for x in core):
            return None
        if prep is not None and tuple(head_words[prep:]) in NOUN_SHIFTING_TAILS:
            return None  # "a doctor in training" is no doctor yet (`relative_adjectives`)
        if prep is not None and (prep == len(head_words) - 1 or any(_inflected_verb(x) for x in head_words[prep:])
                                 or head_words[-1] in ARTICLES or head_words[-1] in POSSESSIVES):
            return None  # "teacher at the | school drives": a preposition needs its object
        if any(lemma(m, "NOUN") != m or _inflected_verb(m) for m in core[:-1]) or _inflected_verb(core[-1]):
            return None  # "roses fade": a plural or a verb cannot modify the head noun
        noun = lemma(core[-1], "NOUN")
        modifiers = core[:-1]
        kin = self._kin_of_name(noun, modifiers, head_words[prep:] if prep is not None else [], rel)
        if kin is not None:  # "brother of Ann": the kinship relation, as "Ann's brother" says
            return kin(var)
        compound = []
        empty = noun in ("person", "people", "thing", "one", "individual", "somebody", "something")
        for m in modifiers:
            if m in self.lexicon.adjectives and (empty or m not in NOUN_RELATIVE):  # never "a good cook" -> good
                parts.append(Atom(self._form(slug(m), "adj", m), (var,)))
            else:
                compound.append(m)
        key = "_".join([*compound, noun])
        if prep is not None:  # "an apple in the basket": an apple, and in the basket (as "is in the basket" says)
            place = [x for x in head_words[prep:] if x not in ARTICLES and x not in POSSESSIVES]
            parts.append(Atom(self._form(slug("_".join(place)), "adj", " ".join(head_words[prep:])), (var,)))
        phrase = " ".join([*compound, noun])
        empty_head = noun in ("person", "thing", "one", "individual", "somebody", "something") and not compound \
            and prep is None and (parts or rel is not None)
        if not empty_head:  # "rich people" are the rich: "people" adds nothing to "rich"
            parts.insert(0, Atom(self._form(slug(key), "noun", phrase), (var,)))
        if rel is not None:
            saved = self.discourse.bound
            self.discourse.bound = None
            rel_start = i + rel + 1
            predicates = self.verb_phrases(rel_start, j, NP("var", var=var))
            self.discourse.bound = saved
            if len(predicates) != 1:
                clause = self._object_relative(rel_start, j, var) if not predicates else None
                if clause is None:
                    return None
                predicates = [_already_about(clause)]  # "book that Ann wrote": the book is what she wrote
            parts.append(predicates[0](var))
        return conj(parts)

    def _reduced_object_relative(self, i: int, j: int) -> int | None:
        """Where a relative clause without "that" starts after a head noun ("dog | I know", "book | Ann wrote"): a
        subject pronoun or a name after at least one noun word, followed by more words; None when there is none."""
        for k in range(i + 1, j - 1):
            if self._clause_subject_at(k, j):
                head = self.words(i, k)
                if all(x.isalpha() and x not in RELATIVES and x not in AUXILIARIES and x not in PREPOSITIONS
                       and x not in ARTICLES and x not in _NOT_IN_A_NAME for x in head) and is_word(head[-1], "NOUN"):
                    return k
                return None
        return None

    def _clause_subject_at(self, k: int, j: int) -> bool:
        """Whether a relative clause's own subject may start at `k`: a subject pronoun ("I know"), a name ("Bo
        likes") or an owner's noun ("my brother invites", "her aunt owns"; a possessive determiner cannot end the
        noun phrase before it, so it opens the clause)."""
        token = self._tokens[k]
        if token.low in _CLAUSE_SUBJECTS or (token.capitalized and self.name_at(k, k + 1) is not None):
            return True
        return token.low in POSSESSIVES - {"its"} and k + 2 < j and self._tokens[k + 1].low.isalpha() and \
            is_word(self._tokens[k + 1].low, "NOUN")

    def _object_relative(self, i: int, j: int, var: Var) -> Formula | None:
        """An object relative clause ("(that) Ann wrote", "I know", "Bo likes"): its words read as a statement with
        the left-out object at the end ("Ann wrote __gap"), the gap then being `var`; None when that is not one
        reading (a clause whose gap is elsewhere, "Bo gave a book to", is not read)."""
        w = self.words(i, j)
        if len(w) < 2 or w[-1] in PREPOSITIONS or GAP in w:
            return None
        if w[0] in _NOT_IN_A_NAME - _CLAUSE_SUBJECTS or w[0] in RELATIVES or not (
                w[0] in _CLAUSE_SUBJECTS or w[0] in ("the", *POSSESSIVES) or self.name_at(i, i + 1) is not None):
            return None  # a clause's own subject comes first ("who laughs" has none: it is a subject relative)
        saved_tokens, saved_memo = self._tokens, self._memo
        self._tokens, self._memo = [*saved_tokens[i:j], Token(GAP, GAP)], {}
        try:
            readings = self.statement(0, len(self._tokens))
        finally:
            self._tokens, self._memo = saved_tokens, saved_memo
        if len(readings) != 1 or not any(Const(GAP) in _terms(n) for n in walk(readings[0])):
            return None
        return map_terms(readings[0], lambda t: var if t == Const(GAP) else t)

    def _kin_of_name(self, noun: str, modifiers: list[str], tail: list[str], rel: int | None) -> Predicate | None:
        """ "(every) brother of Ann", "uncles of Fred": a kin noun of a named owner is the kinship relation; read as
        a kind ("brother", "of Ann") it would not meet "Ben is Ann's brother" and leave the answer open."""
        if noun not in KIN or modifiers or rel is not None or len(tail) != 2 or tail[0] != "of" or \
                tail[1] not in self.lexicon.names:
            return None
        for key, kind, phrase in KIN_FORMS:
            self._form(key, kind, phrase)
        return kin_predicate(noun, Const(slug(self.lexicon.names[tail[1]])))

    # -- verb phrases ---------------------------------------------------------------------------
    def verb_phrases(self, i: int, j: int, subject: NP) -> list[Predicate]:
        readings: list[Predicate] = []
        w = self.words(i, j)
        if len(w) > 3 and w[1] == "neither" and "nor" in w and (w[0] in COPULAS or w[0] in MODALS_ASSERT):
            k = w.index("nor")
            saved = self._tokens  # "is neither tall nor short": is not tall and is not short
            try:
                self._tokens = saved[:i + 1] + saved[i + 2:i + k] + [Token("and", "and")] + saved[i + k + 1:]
                inner = self.verb_phrases(i, j - 1, subject)
            finally:
                self._tokens = saved
            if len(inner) == 1:
                both = inner[0]

                def neither(t: Term) -> Formula:
                    formula = both(t)
                    parts = formula.parts if isinstance(formula, And) else (formula,)
                    return conj([Not(p) for p in parts])
                return [neither]
            return []
        if len(w) > 4 and w[1:3] == ["not", "both"] and "and" in w and (w[0] in COPULAS or w[0] in MODALS_ASSERT):
            saved = self._tokens  # "is not both rich and famous": not (rich and famous)
            try:
                self._tokens = saved[:i + 1] + saved[i + 2:]
                inner = self.verb_phrases(i, j - 1, subject)
            finally:
                self._tokens = saved
            if len(inner) != 1:
                return []
            conjunction = inner[0]
            return [lambda t: Not(conjunction(t))]
        if len(w) > 3 and w[1] == "either" and "or" in w and (w[0] in COPULAS or w[0] in MODALS_ASSERT):
            saved = self._tokens  # "is either in Paris or in Rome": "either" only marks the coming "or"
            try:
                self._tokens = saved[:i + 1] + saved[i + 2:]
                return self.verb_phrases(i, j - 1, subject)
            finally:
                self._tokens = saved
        if len(w) > 3 and w[0] == "either" and "or" in w[2:]:  # "either sings or dances": "either" marks the "or"
            return [p for p in self.verb_phrases(i + 1, j, subject)]
        single = self.simple_vp(i, j, subject)
        if single is not None:
            readings.append(single)
        listed = self._listed_vps(i, j, subject)
        if listed is not None:
            readings.append(listed)
        w = self.words(i, j)
        for k in range(1, len(w) - 1):
            if w[k] not in ("and", "but", "or"):
                continue
            left_end = i + k - 1 if w[k - 1] == "," else i + k
            left = self.simple_vp(i, left_end, subject)
            if left is None:
                continue
            right, elided = None, False
            if self._modal_spans(w, k):  # "can fly or swim": can (fly or swim), never "can fly" or "swims"
                right = self._continuation(i, i + k + 1, j, subject)
                elided = right is not None
            if right is None:
                right = self.simple_vp(i + k + 1, j, subject)
            if right is None:
                right = self._continuation(i, i + k + 1, j, subject)
                elided = right is not None
            if right is None:
                rest = self.verb_phrases(i + k + 1, j, subject)
                if len(rest) != 1:
                    continue
                right = rest[0]
            joined = self._join(left, right, w[k])
            readings.append(joined)
            if elided and w[k] in ("and", "or") and len(w) > 2 and w[1] in ("not", "never") and \
                    (w[0] in COPULAS or w[0] in MODALS_ASSERT):
                readings.append(self._negated_whole(i, i + k, j, subject, w[k]))  # "isn't rich and famous"
        return readings[:MAX_READINGS]

    @staticmethod
    def _modal_spans(w: list[str], k: int) -> bool:
        """A modal opening the first of two verb phrases joined at w[k] governs the second too when that one opens
        on a bare verb ("can fly or swim", "must wash or dry"); a negated modal is left to the readings it has."""
        return w[0] in MODALS_ABILITY | MODALS_ASSERT and len(w) > k + 1 and w[1] not in ("not", "never") and \
            w[k + 1] not in AUXILIARIES | COPULAS | DO | MODALS_ABILITY | MODALS_ASSERT | MODALS_POSSIBLE

    def _listed_vps(self, i: int, j: int, subject: NP) -> Predicate | None:
        """ "is in the kitchen, in the garden or at the office", "is happy, sad, or angry": three or more
        conjuncts separated by commas, the last joined by "or" / "and"; every later one drops the first one's copula
        or auxiliary (`_continuation`). None unless every item reads."""
        w = self.words(i, j)
        joiner_at = max((k for k, x in enumerate(w) if x in ("or", "and")), default=-1)
        commas = [k for k, x in enumerate(w[:joiner_at]) if x == "," and k != joiner_at - 1]  # an Oxford comma
        if joiner_at < 0 or not commas or any(x in ("or", "and", "but") for x in w[:commas[-1]]):
            return None
        bounds = [0, *[c + 1 for c in commas], joiner_at + 1]
        ends = [*commas, joiner_at - 1 if w[joiner_at - 1] == "," else joiner_at, len(w)]
        if len(bounds) < 3 or any(end <= start for start, end in zip(bounds, ends)):
            return None
        first = self.simple_vp(i, i + ends[0], subject)
        if first is None:
            return None
        items = [first]
        for start, end in zip(bounds[1:], ends[1:]):
            item = self._continuation(i, i + start, i + end, subject)
            if item is None:
                return None
            items.append(item)
        word = w[joiner_at]
        return lambda t: (disj if word == "or" else conj)([item(t) for item in items])

    def _negated_whole(self, i: int, k: int, j: int, subject: NP, word: str) -> Predicate:
        """ "is not rich and famous" may also mean "is not (rich and famous)": that second reading, so the sentence
        has two and abstains unless they agree."""
        saved = self._tokens
        try:
            self._tokens = saved[:i + 1] + saved[i + 2:]
            left = self.simple_vp(i, k - 1 if saved[k - 1].low != "," else k - 2, subject)
            right = self._continuation(i, k, j - 1, subject)
        finally:
            self._tokens = saved
        if left is None or right is None:
            return lambda t: Atom("__unread", (t,))
        positive = self._join(left, right, word)
        return lambda t: Not(positive(t))

    @staticmethod
    def _join(left: Predicate, right: Predicate, word: str) -> Predicate:
        if word == "or":
            return lambda t: disj([left(t), right(t)])
        return lambda t: conj([left(t), right(t)])

    def _continuation(self, vp_start: int, i: int, j: int, subject: NP) -> Predicate | None:
        """A conjunct that drops the copula/auxiliary of the first: "is older than A but younger than B"."""
        aux: list[Token] = []
        for t in self._tokens[vp_start:i]:
            if t.low in COPULAS or t.low in DO or t.low in MODALS_ASSERT or t.low in MODALS_ABILITY:
                aux.append(t)
                break
        counted: list[Token] = []
        if not aux:
            aux = self._shared_verb(vp_start, i, j)  # "arrived earlier than Rhea but later than Saul"
            counted = self._elided_count(vp_start, i, j)
        if not aux:
            return None
        saved = self._tokens
        try:
            self._tokens = saved[:i] + aux + saved[i:i + 1] + counted + saved[i + 1:j]
            return self.simple_vp(i, i + len(aux) + len(counted) + (j - i), subject)
        finally:
            self._tokens = saved

    def _elided_count(self, vp_start: int, i: int, j: int) -> list[Token]:
        """The first conjunct's counted noun, which the second drops: "has more marbles than Bob but fewer than Cy",
        "scored more points than Vi but fewer than Wes" compare one count twice (without it "fewer than Cy" would
        count something else); else []."""
        first = [t.low for t in self._tokens[vp_start:i]]
        rest = self.words(i, j)
        if len(first) < 4 or first[1] not in _AMOUNT_WORDS or "than" not in first or \
                rest[:1] == [] or rest[0] not in _AMOUNT_WORDS or rest[1:2] != ["than"]:
            return []
        return list(self._tokens[vp_start + 2:vp_start + first.index("than")])

    def _shared_verb(self, vp_start: int, i: int, j: int) -> list[Token]:
        """The first conjunct's verb, when the second is only an order or a comparison that needs one ("scored
        more points than Uma but fewer than Vera", "has more marbles than Bob and fewer than Cy", "arrived earlier
        than Rhea but later than Saul"); else []."""
        rest = self.words(i, j)
        first = self._tokens[vp_start].low if vp_start < len(self._tokens) else ""
        after_first = self._tokens[vp_start + 1].low if vp_start + 1 < len(self._tokens) else ""
        owns_amount = first in HAVE and after_first in _AMOUNT_WORDS  # "has more marbles than Bob": "has" a verb
        if not rest or not first.isalpha() or first in COPULAS or first in DO or \
                (first in AUXILIARIES and not owns_amount):
            return []
        opens_order = rest[0] in ("before", "after", "behind") or rest[:2] == ["ahead", "of"]
        compares = len(rest) >= 3 and rest[1] == "than" or len(rest) >= 4 and rest[2] == "than" and \
            rest[0] in ("more", "less", "fewer")
        return [self._tokens[vp_start]] if opens_order or compares else []

    def simple_vp(self, i: int, j: int, subject: NP) -> Predicate | None:
        w = self.words(i, j)
        if not w or w[0] in ("but", "except"):
            return None  # "no one | but employees park here": an exceptive's "but" never starts a verb phrase
        negated = False
        k = 0
        ability = False
        obliged = False
        permitted = False
        copula = False
        have = False
        do_support = False
        while k < len(w):
            word = w[k]
            if word in ("not", "never"):
                negated = not negated
            elif word in COPULAS:
                copula = True
            elif word in _BECOMING and not copula and not ability and k + 2 == len(w) and \
                    is_word(w[k + 1], "ADJ") and (not is_word(w[k + 1], "NOUN") or w[k + 1] in self.lexicon.adjectives):
                copula = True  # "he gets sick", "she got tired": a state reached is a state held ("is he sick?")
            elif word == "may" and not obliged and not ability and not permitted and is_permission(w, k, False) and \
                    not self._inside_condition(i + k):
                permitted = True  # "may take a day off": its own predicate, as "should" (`permission.py`)
            elif word == "should" and not obliged and not ability and not self._inside_condition(i + k):
                obliged = True  # what should be need not be: its own predicate, as "can" has (`_obligation`); in a
                # condition ("if it should rain") it only hedges the condition: if it rains
            elif word in MODALS_ASSERT:
                pass
            elif word in MODALS_ABILITY:
                ability = True
            elif word in DO and not do_support and not copula:
                do_support = True
            elif word in HAVE and not copula and k + 1 < len(w) and (w[k + 1] in ("been", "not", "never") or
                                                                    self._participle(w[k + 1])):
                pass  # the perfect: "has finished", "have been"
            elif word in HAVE and self.asking and not copula and w[k + 1:k + 2] == ["to"] and k + 2 < len(w):
                k += 1  # "So Vera has to have a license": asked or concluded, what must be is what is claimed
            elif word == "got" and self.asking and w[k - 1:k] == ["has"] and w[k + 1:k + 2] == ["to"]:
                k += 1  # "has got to be"
            elif word in ("both", "all", "each") and (copula or k > 0 or subject.kind == "group"):
                pass  # floating quantifiers: "are both knights"
            else:
                break
            k += 1
        rest = w[k:]
        start = i + k
        if not rest:
            return None
        if ability and copula and negated and self.asking:
            ability = False  # "So Nina can't be a vegetarian": concluded or asked, the claim that she is not one
        if w[0] in HAVE and not copula and k == 0:
            have = True
        saved_asking, self.asking_any = self.asking_any, self.asking_any or negated
        saved_negation, self._under_negation = self._under_negation, negated
        try:
            if do_support and not copula and not ability and (rest[0] in ARTICLES or rest[0] in POSSESSIVES
                                                              or rest[0] in ("it", "so", "that", "this", "nothing",
                                                                             "anything", "something")
                                                              or self._judged_on_an_occasion(rest[0])):
                inner = self.verb_object("do", start, j, subject)  # "did it": "do" is the main verb
            elif copula:  # "is a member"; with "can", "can be a member": what one can be (`_ability`)
                inner = self.complement(start, j, subject)
            elif have:
                inner = self.verb_object("have", start + 1, j, subject)
            else:
                inner = self.verb(start, j, subject, base_form=do_support or ability or k > 0)
        finally:
            self.asking_any, self._under_negation = saved_asking, saved_negation
        if inner is None:
            return None
        if ability:
            ability_inner = inner
            inner = self._ability(ability_inner, copula, start, j, subject)
            if inner is None:
                return None
        if obliged:
            inner = self._obligation(inner, i, j)
        if permitted:
            inner = self._modal_predicate(inner, i, j, "may")
        if negated:
            positive = inner
            return lambda t: Not(positive(t))
        return inner

    def _judged_on_an_occasion(self, word: str) -> bool:
        """ "did better than Bo", "did worst": "do" is the main verb, ranked on how well, where the text names the
        one occasion it is judged on ("took a test", "in the race"); without one, better at what is not said."""
        found = comparative(word)
        return found is not None and found[0] in ("good", "bad", "well") and \
            bool(self.lexicon.scale_words & _OCCASION_WORDS)

    def _ability(self, inner: Predicate, copula: bool, i: int, j: int, subject: NP) -> Predicate | None:
        """ "can swim" -> can_swim; "can be a member" -> can_member: a predicate of its own beside "swims" / "is a
        member", which `ability.py` links one way only (whoever is a member can be one)."""
        def able(t: Term) -> Formula:
            formula = inner(t)
            if isinstance(formula, Atom):
                kind, phrase = self.lexicon.forms.get(formula.predicate, ("verb", formula.predicate))
                if copula and kind == "noun":  # shown as said: "can be a member"
                    phrase = f"be {'an' if phrase[:1] in 'aeiou' else 'a'} {phrase}"
                elif copula and kind in ("adj", "the"):
                    phrase = f"be {'the ' if kind == 'the' else ''}{phrase}"
                elif copula:
                    raise NotUnderstood(self.text(i, j), "'can be' before this phrase")
                return Atom(self._form("can_" + formula.predicate, "can", phrase), formula.args)
            raise NotUnderstood(self.text(i, j), "'can' before this phrase")
        return able

    def _modal_predicate(self, inner: Predicate, i: int, j: int, modal: str) -> Predicate:
        """ "may take a day off": the modal and its verb phrase as one predicate of their own."""
        def said(t: Term) -> Formula:
            formula = inner(t)
            if isinstance(formula, Atom):
                kind, phrase = self.lexicon.forms.get(formula.predicate, ("verb", formula.predicate))
                if kind != "verb":
                    raise NotUnderstood(self.text(i, j), f"'{modal}' before this phrase")
                return Atom(self._form(f"{modal}_" + formula.predicate, modal, phrase), formula.args)
            raise NotUnderstood(self.text(i, j), f"'{modal}' before this phrase")
        return said

    def _obligation(self, inner: Predicate, i: int, j: int) -> Predicate:
        """ "Ann should stay home": an obligation or an expectation, never the fact that she does. Read as its own
        predicate ("should stay home"), so a premise with "should" proves only what "should" says; a conclusion
        without it speaks of what no premise mentions, and the reader abstains."""
        def obliged(t: Term) -> Formula:
            formula = inner(t)
            if isinstance(formula, Atom):
                kind, phrase = self.lexicon.forms.get(formula.predicate, ("verb", formula.predicate))
                if kind in ("noun", "adj", "the"):
                    phrase = "be " + (f"the {phrase}" if kind == "the" else
                                      f"{'an' if phrase[:1] in 'aeiou' else 'a'} {phrase}" if kind == "noun" else
                                      phrase)
                return Atom(self._form("should_" + formula.predicate, "should", phrase), formula.args)
            raise NotUnderstood(self.text(i, j), "'should' before this phrase")
        return obliged

    def _adjective_with_object(self, i: int, j: int) -> Predicate | None:
        """ "allergic to cats", "afraid of the dark", "good at chess": an adjective and the preposition it takes,
        with a common noun (bare, or after "the"), read as one property. Never a name after it (relations between
        people, "married to Bob", are the relations' business) nor an adjective that places or compares ("next
        to", "similar to")."""
        w = self.words(i, j)
        if not (3 <= len(w) <= 4 and w[1] in _GOVERNED_PREPOSITIONS and w[0] not in _RELATIONAL_ADJECTIVES
                and w[0] not in NUMBER_WORDS and w[0] not in _QUANTITY_WORDS):
            return None
        noun = w[2:] if w[2] != "the" else w[3:]
        if len(noun) != 1 or not noun[0].isalpha() or noun[0] in self.lexicon.names or \
                not self._tokens[i + len(w) - 1].text[:1].islower() or not is_word(noun[0], "NOUN") or \
                not (is_word(w[0], "ADJ") or w[0] in self.lexicon.adjectives) or _inflected_verb(w[0]):
            return None
        key = self._form(slug("_".join([w[0], w[1], *w[2:-1], lemma(w[-1], "NOUN")])), "adj", " ".join(w))
        return lambda t: Atom(key, (t,))

    @staticmethod
    def _participle(word: str) -> bool:
        return word.endswith(("ed", "en")) or word in ("done", "gone", "been", "made", "taken", "eaten", "seen",
                                                      "won", "lost", "left", "told", "said", "got", "had", "run")

    def complement(self, i: int, j: int, subject: NP) -> Predicate | None:
        """What follows "is": a noun, an adjective, a comparison, a place, a role."""
        w = self.words(i, j)
        toks = self._tokens[i:j]
        if not w:
            return None
        governed = self._adjective_with_object(i, j)
        if governed is not None:
            return governed
        # "able to X" / "unable to X"
        if w[:2] == ["able", "to"] or w[:2] == ["unable", "to"]:
            inner = self.verb(i + 2, j, subject, base_form=True)
            if inner is None:
                return None
            positive = inner

            def able(t: Term) -> Formula:
                formula = positive(t)
                if not isinstance(formula, Atom):
                    raise NotUnderstood(self.text(i, j))
                kind, phrase = self.lexicon.forms.get(formula.predicate, ("verb", formula.predicate))
                return Atom(self._form("can_" + formula.predicate, "can", phrase), formula.args)
            if w[0] == "unable":
                return lambda t: Not(able(t))
            return able
        if len(w) == 2 and w[0].endswith("'s") and w[0][:-2] in self.lexicon.names and w[1] in KIN:
            owner = self.lexicon.names[w[0][:-2]]  # "Bill's father": a kinship relation, not a new individual
            for key, kind, phrase in KIN_FORMS:
                self._form(key, kind, phrase)
            return kin_predicate(w[1], Const(slug(owner)))
        if len(w) >= 4 and w[0] == "the" and w[1] in KIN and w[2] == "of":  # "the father of Sam (and Kim)"
            owners = [x for x in w[3:] if x not in (",", "and")]
            if all(x in self.lexicon.names for x in owners) and w[-1] not in (",", "and"):
                for key, kind, phrase in KIN_FORMS:
                    self._form(key, kind, phrase)
                relations = [kin_predicate(w[1], Const(slug(self.lexicon.names[x]))) for x in owners]
                return lambda t: conj([relation(t) for relation in relations if relation is not None])
        place = self.place(i, j)
        if place is not None:
            return place
        compared = self.comparison(i, j)
        if compared is not None:
            return compared
        if w[0] in ("a", "an") and len(w) >= 2:
            noun_phrase_end = j
            return self._noun_predicate(i + 1, noun_phrase_end)
        if w[0] in ORDINALS and len(w) >= 2:  # "Who is second oldest?": an ordinal superlative without "the"
            superlative = self.superlative(i, j)
            if superlative is not None:
                return superlative
        if w[:2] == ["one", "of"] and w[2:3] and w[2] in _GROUP_DETERMINERS and len(w) >= 4:  # "one of the guests"
            return self._noun_predicate(i + 3, j)
        if _opens_superlative(w[0]) and w[0] not in _AMOUNT_SUPERLATIVES:
            superlative = self.superlative(i, j)  # "Ann was fastest", "is tallest of all": as "the fastest"
            if superlative is not None:
                return superlative
        if w[0] == "the" and len(w) >= 2:
            superlative = self.superlative(i + 1, j)
            if superlative is not None:
                return superlative
            if len(w) == 2 and w[1].replace("-", "").isalpha():  # "the liar", "the truth-teller"
                role = lemma(w[1], "NOUN")
                key = self._form(slug(role), "the", role)
                self.role_nouns.add(key)
                return lambda t: Atom(key, (t,))
            return None
        if w in (["lying"], ["a", "liar"], ["telling", "the", "truth"], ["truthful"], ["honest"], ["dishonest"]):
            truthful = w[0] in ("telling", "truthful", "honest")
            return lambda t: Atom(TRUTHFUL, (t,)) if truthful else Not(Atom(TRUTHFUL, (t,)))
        if kinds_compared([x for x in w if x not in ("of", "the", "a")]) is not None:
            return None  # a reciprocal claim of a pair ("of opposite types"), never a property of each: `same_kind`
        name = self.name_at(i, j)
        if name is not None and len(w) == 1 and subject.kind == "const" and subject.const == Const("it"):
            key = self._form(slug(name), "adj", name)  # "it is Monday": the day, said of the weather-like "it"
            return lambda t: Atom(key, (t,))
        if name is not None or (w[0] not in PREPOSITIONS and any(t.text[:1].isupper() for t in toks)):
            return None  # identity between individuals, or a name inside a predicate: not in this grammar
        if len(w) >= 1 and all(x.isalpha() or "-" in x for x in w):
            if toks[0].low.endswith("ing") and is_word(toks[0].low, "VERB") and lemma(w[0], "VERB") != w[0]:
                return self.verb(i, j, subject, base_form=False, progressive=True)
            if len(w) == 1:
                word = w[0]
                if word == "one" or word in ("me", "him", "her", "us", "them", "you", "myself"):
                    # "Max is one (too)": a pronoun for a noun said before (`_anaphoric_one`); "it was me": who did
                    # something (`knights_deed`), never a property
                    return None
                if subject.plural and lemma(word, "NOUN") != word and (is_word(word, "NOUN") or not is_word(word)):
                    noun = lemma(word, "NOUN")
                    key = self._form(slug(noun), "noun", noun)
                    return lambda t: Atom(key, (t,))
                adjective = word if comparative(word) is not None or not is_word(word, "ADJ") else lemma(word, "ADJ")
                key = self._form(slug(adjective), "adj", adjective)
                return lambda t: Atom(key, (t,))
            connectives = ("if", "and", "or", "but", "unless", "than", "not", "then")
            if (w[0] in PREPOSITIONS or w[:2] == ["out", "of"]) and \
                    not any(x in AUXILIARIES or x in connectives for x in w):
                key = self._form(slug("_".join(x for x in w if x not in ARTICLES and x not in POSSESSIVES)), "adj",
                                 " ".join(w))
                return lambda t: Atom(key, (t,))
            if subject.plural:
                return self._noun_predicate(i, j)
            if len(w) == 2 and w[0] in ("very", "quite", "so", "extremely"):
                key = self._form(slug(w[1]), "adj", w[1])
                return lambda t: Atom(key, (t,))
        return None

    def _noun_predicate(self, i: int, j: int) -> Predicate | None:
        probe = self.discourse.fresh()
        formula = self.nominal(i, j, probe)
        if formula is None:
            return None
        from agentlib.puzzles.english.logic import substitute

        return lambda t: substitute(formula, probe, t)

    def verb(self, i: int, j: int, subject: NP, *, base_form: bool, progressive: bool = False) -> Predicate | None:
        w = self.words(i, j)
        if not w or not w[0].isalpha():
            return None
        word = w[0]
        if word in ARTICLES or word in RELATIVES or word in POSSESSIVES or word in PREPOSITIONS:
            return None
        if not is_word(word, "VERB") and (is_word(word) or not word.isalpha() or word in self.lexicon.names):
            return None  # an unknown word ("meows") may be a verb; a known non-verb may not
        base = lemma(word, "VERB")
        if _INTRANSITIVE_PASTS.get(word) == base and len(w) > 1 and w[1] not in PREPOSITIONS:
            base = word  # "lay eggs": with an object, the transitive verb whose base this is, not the past of "lie"
        if base == "be" or (word in ("up", "down", "out", "off", "away", "back", "on", "in") and len(w) == 1):
            return None  # a particle alone is no verb phrase ("the guard wakes | up")
        if not (base_form or progressive) and base == word and not subject.plural and word not in ("did",):
            # "Tweety fly" is not a sentence; a past tense equal to the base ("put") is the exception
            if not word.endswith(("ed",)) and not self._irregular_past(word):
                if subject.kind in ("const",) and not subject.speaker:
                    return None
        return self.verb_object(base, i + 1, j, subject)

    @staticmethod
    def _irregular_past(word: str) -> bool:
        return word in ("put", "cut", "hit", "let", "set", "read", "hurt", "cost", "quit", "shut", "spread", "beat")

    def verb_object(self, verb: str, i: int, j: int, subject: NP) -> Predicate | None:
        """ "likes Bob" -> like(x, bob); "likes everyone" -> all y like(x, y);
        "takes an umbrella" -> take_umbrella(x)."""
        w = self.words(i, j)
        if (verb in ("tell", "speak") and w == ["the", "truth"]) or (verb == "lie" and not w) or \
                (verb == "tell" and w in (["lies"], ["a", "lie"])):
            truthful = verb != "lie" and w == ["the", "truth"]  # telling the truth or lying: the speaker's kind
            return lambda t: Atom(TRUTHFUL, (t,)) if truthful else Not(Atom(TRUTHFUL, (t,)))
        in_race = bool(self.lexicon.scale_words & _RACE_WORDS)
        if verb == "win" and not w and in_race:
            winner = self._scale_for("order", "finish")  # "Who won?" after a race: who finished first
            return lambda t: Rank(winner, t, 1)
        if verb in ("beat", "lose") and in_race and len(w) > 3 and w[-3:-1] == ["in", "the"] and w[-1] in _RACE_WORDS:
            j -= 3  # "Priya beat Dev in the 5k": the race the text is about
        if verb == "lose" and in_race and w[:1] == ["to"] and self.name_at(i + 1, j) is not None:
            victor = self.simple_np(i + 1, j)  # "Sid lost to Tea" in a race: Tea finished before Sid, as "beat" reads
            if victor is not None and victor.kind == "const" and victor.const is not None:
                ahead, finish = victor.const, self._scale_for("order", "finish")
                return lambda t: Compare(finish, t, ">", ahead)
        if verb == "beat" and in_race and self.name_at(i, j) is not None:
            beaten = self.simple_np(i, j)  # "Mo beat Ned" in a race: Mo finished before Ned
            if beaten is not None and beaten.kind == "const" and beaten.const is not None:
                loser, finish = beaten.const, self._scale_for("order", "finish")
                return lambda t: Compare(finish, t, "<", loser)
        if not w:
            key = self._form(slug(verb), "verb", verb)
            return lambda t: Atom(key, (t,))
        place = self.place(i, j, verb=verb)
        if place is not None:
            return place
        if verb == "win" and (not w or w in (["the", "race"], ["the", "contest"], ["the", "competition"])):
            finish = self._scale_for("order", "finish")  # "won the race": finished first
            return lambda t: Rank(finish, t, 1)
        for k in range(2, min(4, len(w))):  # "finished the race before Walt": the object names the event
            if w[0] in ARTICLES and all(x.isalpha() and x not in RELATIVES for x in w[1:k]):
                place = self.place(i + k, j, verb=verb)
                if place is not None:
                    return place
        if verb in self.lexicon.ranked_words and w[0] in ("at", "to") and len(w) > 3 and w[1] in ARTICLES:
            for k in range(3, min(5, len(w))):  # "arrived at the party before Wen": where, then the order
                if all(x.isalpha() and x not in RELATIVES for x in w[2:k]):
                    place = self.place(i + k, j, verb=verb)
                    if place is not None:
                        return place
        if "than" in w:
            return self.comparison(i, j, verb)  # "runs faster than Eli": the verb only says what is compared
        if "same" in w or w[:2] in (["as", "much"], ["as", "many"]):
            return self._equal_amount(i, j, verb)  # "scored the same as Ora"; "got the same score": no one's own
        if w[0] == "the" and len(w) >= 2:
            superlative = self.superlative(i + 1, j, verb)  # "has the most apples", "earns the least"
            if superlative is not None:
                return superlative
        if _opens_superlative(w[0]):
            superlative = self.superlative(i, j, verb)  # "ran fastest (of all)", "did best": as with "the"
            if superlative is not None:
                return superlative
        if w in (["each", "other"], ["one", "another"]):
            return self._reciprocal(verb, subject)
        obj = None
        if self.name_at(i, j) is not None or (len(w) == 1 and w[0] in {"he", "she", "me", "him", "her"}):
            obj = self.simple_np(i, j)
        elif w[0] in ("everyone", "everybody", "everything", "someone", "somebody", "something", "nobody",
                      "nothing", "anyone", "anybody", "anything") or w[:2] == ["no", "one"]:
            obj = self.simple_np(i, j)
        elif w[0] in ("every", "all", "each", "some", "no") and len(w) > 1 and not _some_one(w):
            obj = self.simple_np(i, j)
        if obj is not None and obj.kind == "quant" and obj.det == "some" and self._under_negation and \
                w[0] not in ("anyone", "anybody", "anything"):
            # "Ann didn't see someone": mostly someone in particular she did not see, not that she saw no one
            raise NotUnderstood(self.text(i, j), "'some' under 'not' may mean one in particular")
        if obj is not None and obj.kind in ("const", "var", "quant"):
            relation = self._form(slug(verb) + "_r2", "verb", verb)  # a two-place relation: its own predicate
            if obj.kind in ("const", "var"):
                target = obj.const if obj.kind == "const" else obj.var
                assert target is not None
                return lambda t: Atom(relation, (t, target))
            quantified = obj

            def relate(t: Term) -> Formula:
                return self.apply(quantified, lambda y: Atom(relation, (t, y)))
            return relate
        objects = self._coordinated_objects(verb, w, subject)
        if objects is not None:
            return objects
        spoken = w[1:] if _some_one(w) else w
        content = [x for x in spoken if x not in ARTICLES and x not in POSSESSIVES and x not in (",",)]
        if not content or any(not (x.isalnum() or "-" in x) for x in content):
            return None
        if any(x in ("and", "or", "if", "but", "unless", "nor", "than", "that", "who", "which", "because", "so", "when",
                     "whenever", "while", "until", "since", "although") for x in content):
            return None
        if any(x in AUXILIARIES for x in content) or any(_inflected_verb(x) for x in content):
            return None  # a second verb: this is not one verb phrase
        for k, x in enumerate(content):
            if x in self.lexicon.names and not (x in _WEEKDAYS and content[k - 1:k] == ["on"]) and \
                    not (k > 0 and content[k - 1] in _PLACE_PREPOSITIONS) and \
                    not (k > 0 and content[k - 1] == "to" and verb in _MOTION_VERBS):
                # a person inside a predicate; "works on Sunday" names a day and "lives in Texas" / "works at Google"
                # a place, part of what is done (a person after "to" or "with" stays a relation's other end)
                return None
        words = [lemma(x, "NOUN") if x.isalpha() else x for x in content]
        if w[0] == "the" and len(w) >= 2 and lemma(w[-1], "NOUN") == w[-1] and "it" not in w:
            self.folded_things.append(slug("the_" + "_".join(words)))  # "ate the last cookie": "it" may follow
            self.folded_verbs[slug("the_" + "_".join(words))] = verb
        if w[0] == "the" and len(w) >= 2 and lemma(w[-1], "NOUN") != w[-1]:  # "water the plants": "they" may follow
            self.discourse.last_plural = self._const(slug("the_" + "_".join(words)), " ".join(w))
            self.plural_things.add(self.discourse.last_plural.key)
        key = self._object_property(verb, words, "a" if _some_one(w) else w[0], " ".join([verb, *w]))
        return lambda t: Atom(key, (t,))

    def _object_property(self, verb: str, words: list[str], article: str, phrase: str) -> str:
        """The predicate of a verb and its object ("takes an umbrella" -> take_umbrella), the object's article
        recorded: said with "a" and with "the" in one text, it is read both ways (`definite_objects.py`)."""
        key = self._form(slug("_".join([verb, *words])), "verb", phrase)
        if article == "the" or article in POSSESSIVES:
            self.definite_objects.add(key)
        if article in ("a", "an"):
            if key not in self.definite_objects:
                self.introduced_objects.add(key)  # "a key" before any "the key": its antecedent
            self.indefinite_objects.add(key)
        if article == "the" and key in self.definite_apart:
            plain = key
            key = self._form(slug("_".join([verb, "the", *words])), "verb", phrase)
            self.definite_of[key] = plain
        if article == "the":
            self.definite_things[key] = (slug(verb) + "_r2", slug("the_" + "_".join(words)))
        return key

    def _reciprocal(self, verb: str, subject: NP) -> Predicate | None:
        """ "Ann and Bob like each other": each named one does it to every other one (read only for a group of
        names joined by "and"; "the twins like each other" does not say who they are). Denied, it is read for two
        ("Ann and Bob don't like each other": neither likes the other)."""
        members = [m.const for m in subject.members] if subject.kind == "group" and subject.joiner == "and" else []
        if len(members) < 2 or any(m is None for m in members) or (len(members) > 2 and self._under_negation):
            return None  # "A, B and C don't like each other": nobody likes anybody, or not all pairs do?
        relation = self._form(slug(verb) + "_r2", "verb", verb)

        def each_other(t: Term) -> Formula:
            return conj([Atom(relation, (t, other)) for other in members if other is not None and other != t])
        return each_other

    def _coordinated_objects(self, verb: str, w: list[str], subject: NP) -> Predicate | None:
        """ "orders cake or ice cream (, but not both)", "plays chess and tennis": one verb, several objects."""
        tail = _tail_length(w, _NOT_BOTH_TAILS)
        exclusive = tail > 0
        tail = tail or _tail_length(w, _OR_BOTH_TAILS)
        w = w[: len(w) - tail]
        joiners = [x for x in w if x in ("or", "and")]
        if not joiners or len(set(joiners)) != 1 or (w and w[0] in ("either", "both")) and len(w) < 3:
            return None
        if w and w[0] in ("either", "both", "neither"):
            w = w[1:]
        parts: list[list[str]] = [[]]
        for x in w:
            if x in ("or", "and", ","):
                if parts[-1]:
                    parts.append([])
            else:
                parts[-1].append(x)
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return None
        keys = []
        for part in parts:
            content = [x for x in part if x not in ARTICLES and x not in POSSESSIVES]
            # one plural noun alone is an object even where it could be a verb too ("plays darts or golf")
            lone_plural = len(content) == 1 and is_word(content[0], "NOUN") and lemma(content[0], "NOUN") != content[0]
            if not content or any(not x.isalpha() or x in AUXILIARIES or x in self.lexicon.names
                                  or (_inflected_verb(x) and not lone_plural)
                                  or x in ("if", "but", "not", "than", "that", "who")
                                  or x in ("it", "them", "him", "her", "me", "us") for x in content) or \
                    (is_word(content[0], "VERB") and not is_word(content[0], "NOUN")):
                return None  # "support the plan or oppose it": a second verb phrase, not a second object
            if any(x in ARTICLES and part[k - 1] not in PREPOSITIONS for k, x in enumerate(part) if k > 0):
                return None  # "sees the bear and the tiger needs the mouse": an article after a verb starts a clause
            words = [lemma(x, "NOUN") for x in content]
            keys.append(self._object_property(verb, words, part[0], " ".join([verb, *part])))
        joiner = joiners[0]
        if exclusive and (joiner != "or" or len(keys) != 2):
            return None

        def predicate(t: Term) -> Formula:
            atoms = [Atom(k, (t,)) for k in keys]
            if exclusive:
                return Xor(atoms[0], atoms[1])
            return disj(atoms) if joiner == "or" else conj(atoms)
        return predicate

    # -- comparisons and places -----------------------------------------------------------------
    def _amount_scale(self, words: list[str], verb: str) -> tuple[str, int] | None:
        """ "more apples" / "fewer stickers" / "less money" after a verb -> (the thing counted, direction); bare
        "more" / "less" -> the verb's own amount ("earns more": earnings). None when not an amount."""
        if not words or words[0] not in _AMOUNT_WORDS or len(words) > 2:
            return None
        direction = _AMOUNT_WORDS[words[0]]
        if len(words) == 1:
            if verb in _VERB_MEASURES:  # "weighs more than Bo" and "is heavier than Bo": one scale
                return _VERB_MEASURES[verb], direction
            return (slug(verb) + "_amount", direction) if verb and verb != "be" else None
        noun = words[1]
        if not noun.isalpha() or is_word(noun, "ADJ") or not is_word(noun, "NOUN"):
            return None  # "more careful": an adjective, read by the comparative rules
        return slug(lemma(noun, "NOUN")) + "_count", direction

    def comparison(self, i: int, j: int, verb: str = "") -> Predicate | None:
        w = self.words(i, j)
        if "than" not in w:
            at_least = w[:2] == ["at", "least"]
            if at_least:
                w, i = w[2:], i + 2
            if len(w) >= 4 and w[0] == "as" and w[2] == "as":
                scale, sign = scale_of(lemma(w[1], "ADJ"), self.lexicon.scale_words)
                equal = self.simple_np(i + 3, j)
                if equal is None or equal.kind != "const" or equal.const is None:
                    return None
                same_as: Const = equal.const
                if at_least or self._under_negation:
                    # "at least as tall as Bob": not shorter; and "not as tall as Bob" denies that, so Ann is shorter
                    # (read as "not equal" it left "taller" open: a wrong "cannot be determined")
                    if sign > 0:
                        return lambda t: Not(Compare(scale, t, "<", same_as))
                    return lambda t: Not(Compare(scale, t, ">", same_as))
                return lambda t: Compare(scale, t, "==", same_as)
            return None
        k = w.index("than")
        adjective_words = w[:k]
        if adjective_words[:1] == ["no"] and len(adjective_words) > 1:  # "no taller than Bob": not taller
            shifted = self.comparison(i + 1, j, verb)
            return None if shifted is None else (lambda t: Not(shifted(t)))
        if len(adjective_words) == 3:  # "5 years older than Bob", "two inches shorter than Cy"
            return self._measured_difference(adjective_words, i + k + 1, j)
        direction = 1
        if self._amount_said_two_ways(adjective_words, verb):
            return None
        amount = self._amount_scale(adjective_words, verb)
        if amount is not None:
            amount_scale, amount_op = amount[0], ">" if amount[1] > 0 else "<"
            other_np = self.noun_phrases(i + k + 1, j)
            if len(other_np) != 1 or other_np[0].kind != "const" or other_np[0].const is None:
                return None
            amount_target = other_np[0].const
            return lambda t: Compare(amount_scale, t, amount_op, amount_target)  # type: ignore[arg-type]
        if len(adjective_words) == 1:
            found = comparative(adjective_words[0])
            if found is None or found[1] != "er":
                return None
            base = found[0]
        elif len(adjective_words) == 2 and adjective_words[0] in ("more", "less"):
            base = lemma(adjective_words[1], "ADJ")
            direction = 1 if adjective_words[0] == "more" else -1
        else:
            return None
        scale, sign = scale_of(base, self.lexicon.scale_words)
        op = ">" if sign * direction > 0 else "<"
        others = self.noun_phrases(i + k + 1, j)
        if len(others) != 1:
            return None
        target_np = others[0]
        if target_np.kind == "const":
            target = target_np.const
            assert target is not None
            return lambda t: Compare(scale, t, op, target)  # type: ignore[arg-type]
        if target_np.kind in ("quant", "group"):
            return lambda t: self.apply(target_np, lambda y: Compare(scale, t, op, y))  # type: ignore[arg-type]
        return None

    def _amount_said_two_ways(self, words: list[str], verb: str) -> bool:
        """Whether the text says this verb's amount both bare ("scored more than Ora") and counted ("scored more
        points than Pim"): one measure in everyday speech, two scales here (read so, a wrong "cannot be determined"
        links them), and which the text means is unsaid, so the second way is not read."""
        if not verb or verb in ("be", "have") or not words or words[0] not in _AMOUNT_WORDS or len(words) > 2:
            return False
        said = lemma(words[1], "NOUN") if len(words) == 2 else ""
        return self.verb_amounts.setdefault(verb, said) != said

    def _equal_amount(self, i: int, j: int, verb: str) -> Predicate | None:
        """ "scored the same as Ora" / "scored as much as Ora" -> equal on the verb's own amount (the scale "scored
        more than" is on); "scored as many points as Ora" -> equal on the count of points. Any other "same" after a
        verb ("Ned and Ora got the same score", "go to the same school") relates a pair, never a property of each
        one, so it is not read (read as each one's property, "the same score" left the two unequal: a wrong "cannot
        be determined"). Under negation "not as many as" is fewer, as "not as tall as" is shorter."""
        w = self.words(i, j)
        if w[:3] == ["the", "same", "as"] or w[:3] == ["as", "much", "as"]:
            said, start, at_least = ["more"], i + 3, w[0] == "as"
        elif len(w) > 4 and w[:2] == ["as", "many"] and w[3] == "as":
            said, start, at_least = ["more", w[2]], i + 4, True
        else:
            return None
        if self._amount_said_two_ways(said, verb):
            return None
        amount = self._amount_scale(said, verb)
        other = self.noun_phrases(start, j)
        if amount is None or len(other) != 1 or other[0].kind != "const" or other[0].const is None:
            return None
        scale, same_as = amount[0], other[0].const
        if at_least and self._under_negation:
            return lambda t: Not(Compare(scale, t, "<", same_as))
        return lambda t: Compare(scale, t, "==", same_as)

    def _measured_difference(self, words: list[str], i: int, j: int) -> Predicate | None:
        """ "5 years older than Bob": on the scale of "old", Ann's value is Bob's plus 5 ("shorter": minus). Every
        difference on one scale must be counted in one unit ("5 cm taller" beside "2 inches taller" would add
        centimetres to inches), else the sentence is not read."""
        number, unit, adjective = words
        count = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
        found = comparative(adjective)
        if not isinstance(count, int) or not unit.isalpha() or found is None or found[1] != "er":
            return None
        scale, sign = scale_of(found[0], self.lexicon.scale_words)
        unit = lemma(unit, "NOUN")
        if self.difference_units.setdefault(scale, unit) != unit:
            return None
        others = self.noun_phrases(i, j)
        if len(others) != 1 or others[0].kind != "const" or others[0].const is None:
            return None
        target = others[0].const
        return lambda t: Compare(scale, t, "==", target, sign * count)

    def _counts_everyone(self, word: str) -> bool:
        """ "three" in "of the three" when exactly three people are named (a smaller group would be a subset)."""
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        return isinstance(count, int) and count == len(set(self.lexicon.names.values()))

    def superlative(self, i: int, j: int, verb: str = "") -> Predicate | None:
        """ "tallest", "second tallest", "most expensive", "oldest of all" (after "the"); after a verb also
        amounts: "has the most apples", "earns the least" (the scales of "more apples than", "earns more than")."""
        w = self.words(i, j)
        if w[-2:] == ["of", "all"] or w[-2:] == ["of", "them"] or w[-2:] == ["of", "us"]:
            w = w[:-2]
        elif len(w) > 3 and w[-3:-1] == ["of", "the"] and self._counts_everyone(w[-1]):
            w = w[:-3]  # "the shortest of the three", when three people are named: the group is everyone
        if verb and w and w[0] in _AMOUNT_SUPERLATIVES:
            amount = self._amount_scale([_AMOUNT_SUPERLATIVES[w[0]], *w[1:]], verb)
            if amount is None:
                return None
            amount_scale, most = amount[0], amount[1] > 0
            return lambda t: Rank(amount_scale, t, 1, from_end=most)
        elif "of" in w and w[w.index("of") + 1:w.index("of") + 2] in (["the"], ["all"]) and \
                lemma(w[-1], "NOUN") != w[-1]:
            group = w[w.index("of") + 2:]
            # "the oldest of the three brothers" (three counts everyone named), "of all the people": the group is
            # everyone; "the oldest of the brothers" may name a few of them ("Bo and Cy are brothers"), so it is
            # not read as everyone
            if not (len(group) == 2 and self._counts_everyone(group[0]) or group[-1] in _EVERYONE_NOUNS):
                return None
            w = w[:w.index("of")]
        rank = 1
        if w and w[0] in ORDINALS and len(w) > 1:
            rank = ORDINALS[w[0]]
            w = w[1:]
        compass = _compass_superlative(w)  # "the northernmost", "the farthest east", "the most southern"
        if compass is not None:
            axis, top = compass
            return lambda t: Rank(axis, t, rank, from_end=top)
        if len(w) == 1:
            found = comparative(w[0])
            if found is None or found[1] != "est":
                return None
            base, direction = found[0], 1
        elif len(w) == 2 and w[0] in ("most", "least"):
            base, direction = lemma(w[1], "ADJ"), 1 if w[0] == "most" else -1
        else:
            return None
        scale, sign = scale_of(base, self.lexicon.scale_words)
        top = sign * direction > 0
        return lambda t: Rank(scale, t, rank, from_end=top)

    def place(self, i: int, j: int, verb: str = "") -> Predicate | None:
        """Places on an ordered scale: left/right of, before/after, next to, between, first/last/Nth."""
        w = self.words(i, j)
        immediate = False
        rest = list(w)
        if verb == "come" and rest[:1] == ["in"] and len(rest) > 1:  # "came in second", "came in right after Ari"
            rest = rest[1:]
        gap = places_apart(rest)
        if gap is not None:  # "two places behind Sal": an exact distance on the order
            distance, rest = gap
        if rest and rest[0] in ("immediately", "directly", "right", "just") and rest[:2] != ["right", "of"]:
            # "right next to" is immediate; "right of" is a side
            immediate = True
            rest = rest[1:]
        steps = _counted_steps(rest) if gap is None else None
        if steps is not None:  # "one floor above", "two seats to the left of": that many places away
            immediate = True
            rest = rest[2:]
        patterns: list[tuple[list[str], str, str]] = [
            (["to", "the", "left", "of"], "row", "<"), (["left", "of"], "row", "<"),
            (["on", "the", "left", "of"], "row", "<"), (["to", "the", "right", "of"], "row", ">"),
            (["right", "of"], "row", ">"), (["on", "the", "right", "of"], "row", ">"),
            (["before"], "order", "<"), (["after"], "order", ">"), (["ahead", "of"], "order", "<"),
            (["behind"], "order", ">"), (["in", "front", "of"], "order", "<"), (["earlier", "than"], "order", "<"),
            (["later", "than"], "order", ">"), (["above"], "vertical", ">"), (["below"], "vertical", "<"),
            (["under"], "vertical", "<"), (["over"], "vertical", ">"), (["underneath"], "vertical", "<"),
            (["beneath"], "vertical", "<"),
            # compass directions: one scale north-south and one east-west, where two places may share a latitude
            *[(lead + [word, "of"], axis, op) for lead in ([], ["to", "the"], ["due"]) for word, axis, op in
              (("north", "north", ">"), ("south", "north", "<"), ("east", "east", ">"), ("west", "east", "<"))],
        ]
        for words, family, op in patterns:
            if rest[: len(words)] == words:
                if family in _COMPASS and (immediate or gap is not None or steps is not None):
                    return None  # "directly north of" is due north, not the next place; distances are not read
                target = self.noun_phrases(i + (len(w) - len(rest)) + len(words), j)
                if len(target) != 1 or target[0].kind != "const" or target[0].const is None:
                    return None
                other = target[0].const
                scale_name = self._scale_for(family, verb)
                if gap is not None and (immediate or family != "order"):
                    return None  # "two places right after", "two places left of": not one reading
                if immediate or gap is not None:
                    step = distance if gap is not None else (steps or 1)
                    offset = -step if op == "<" else step
                    return lambda t: Compare(scale_name, t, "==", other, offset)
                return lambda t: Compare(scale_name, t, op, other)  # type: ignore[arg-type]
        if gap is not None or steps is not None:
            return None  # "one seat next to" / "two floors between" say no distance this reading knows
        if rest[:2] in (["next", "to"], ["beside"][:2]) or rest[:1] == ["beside"] or rest[:2] == ["adjacent", "to"]:
            skip = 1 if rest[0] == "beside" else 2
            target = self.noun_phrases(i + (len(w) - len(rest)) + skip, j)
            if len(target) != 1 or target[0].kind != "const" or target[0].const is None:
                return None
            other = target[0].const
            scale_name = self._scale_for("row", verb)
            return lambda t: Adjacent(scale_name, t, other)
        if rest[:1] == ["between"] and "and" in rest:
            k = rest.index("and")
            offset = i + (len(w) - len(rest))
            first = self.simple_np(offset + 1, offset + k)
            second = self.simple_np(offset + k + 1, j)
            if first is None or second is None or first.const is None or second.const is None:
                return None
            a, b = first.const, second.const
            scale_name = self._scale_for("row", verb)
            if immediate:
                return None
            return lambda t: disj([conj([Compare(scale_name, a, "<", t), Compare(scale_name, t, "<", b)]),
                                   conj([Compare(scale_name, b, "<", t), Compare(scale_name, t, "<", a)])])
        position = self._position(rest, verb)
        if position is not None:
            return position
        return None

    def _position(self, rest: list[str], verb: str) -> Predicate | None:
        words = [x for x in rest if x not in ("in", "at", "the", "seat", "position", "place", "spot", "chair", "house",
                                               "room", "car", "spot")]
        if len(words) > 2 and words[-2] == "of" and words[-1] in ("line", "row", "queue", "race", "group", "list"):
            words = words[:-2]  # "at the back of the line"
        family = "order" if verb in ("finish", "arrive", "come", "cross", "place", "end", "rank", "leave", "start") \
            or (verb.isalpha() and verb not in self.lexicon.ranked_words) else "row"
        scale = self._scale_for(family, verb)
        words = [x for x in words if x not in ("on", "far", "very", "end", "side")] or words
        if words in (["top"], ["top", "floor"], ["highest", "floor"], ["bottom"], ["bottom", "floor"],
                     ["ground", "floor"], ["lowest", "floor"]):
            floor = self._scale_for("vertical", verb)  # above/below: the top floor is the highest place
            top = words[0] in ("top", "highest")
            return lambda t: Rank(floor, t, 1, from_end=top)
        storey = _numbered_floor(words)
        if storey is not None and not (storey > 0 and "ground" in self.lexicon.scale_words):
            # "on floor 3", "on the second floor", "on the middle floor": counted from the bottom (beside a "ground
            # floor" the British count starts one higher, so a numbered floor is not read there)
            floor = self._scale_for("vertical", verb)
            return lambda t: Rank(floor, t, storey)
        if words in (["first"], ["1st"], ["leftmost"], ["left"], ["front"]):
            return lambda t: Rank(scale, t, 1)
        if words in (["last"], ["rightmost"], ["right"], ["back"]):
            return lambda t: Rank(scale, t, 1, from_end=True)
        if len(words) == 1 and words[0] in ORDINALS:
            number = ORDINALS[words[0]]
            return lambda t: Rank(scale, t, number)
        numbered = [x for x in rest if x not in ("in", "at", "on", "the")]
        if len(numbered) == 2 and numbered[0] in ("house", "seat", "position", "place", "spot", "chair", "room",
                                                  "space") and numbered[1].isdigit() and \
                FROM_THE_RIGHT not in self.lexicon.scale_words:  # "numbered from the right": 1 is not the left end
            number = int(numbered[1])  # "in house 1", "in seat 3": the place with that number
            return lambda t: Rank(scale, t, number)
        if len(words) == 3 and words[0] in ORDINALS and words[1:] == ["to", "last"]:
            number = ORDINALS[words[0]]
            return lambda t: Rank(scale, t, number, from_end=True)
        if len(words) == 3 and words[0] in ORDINALS and words[1] == "from" and words[2] in ("left", "right"):
            number = ORDINALS[words[0]]
            from_end = words[2] == "right"
            return lambda t: Rank(scale, t, number, from_end=from_end)
        if words == ["middle"] or words == ["center"] or words == ["centre"]:
            return lambda t: Rank(scale, t, 0)  # resolved by the reader: the middle of an odd row
        if rest[-1:] == ["end"] and words in (["one"], ["an"], ["either"], []):
            return lambda t: disj([Rank(scale, t, 1), Rank(scale, t, 1, from_end=True)])
        return None

    def _scale_for(self, family: str, verb: str) -> str:
        """One scale per puzzle for places in a row or a line (left/right, front/behind, first/last are one
        axis), floors for above/below, and a race's finishing order for "finish"/"arrive"/... verbs."""
        if family == "vertical":
            return "floor"
        if family in _COMPASS:
            return family
        known = self.lexicon.ranked_words.get(verb)
        if known is not None:
            return known
        if family == "order" and verb.isalpha():
            # "The bakery opens before the bank": an order of its own, so "Who closes first?" is not answered
            # from the opening order (a question about another event abstains as a wording gap)
            return event_scale(verb)
        return "row"


_STEP_UNITS = frozenset({"floor", "floors", "storey", "storeys", "story", "stories", "level", "levels", "place",
                         "places", "seat", "seats", "chair", "chairs", "spot", "spots", "position", "positions",
                         "house", "houses", "space", "spaces", "step", "steps", "room", "rooms", "desk", "desks"})


_COMPASS = frozenset({"north", "east"})  # the two axes; south and west are their other ends
_COMPASS_ENDS = {"north": ("north", True), "south": ("north", False), "east": ("east", True), "west": ("east", False)}


# nouns for people: "there is a thief" says something about the cast, never a bare fact about the scene
_PEOPLE_NOUNS = frozenset({"person", "people", "man", "woman", "boy", "girl", "child", "kid", "someone", "somebody",
                           "anyone", "anybody", "student", "thief", "suspect", "liar", "knight", "knave", "spy",
                           "normal", "truth-teller", "culprit", "winner", "loser", "killer", "murderer", "friend",
                           "member", "guest", "player", "one", "other", "each", "everyone", "nobody"})


def _compass_superlative(words: list[str]) -> tuple[str, bool] | None:
    """ "northernmost" / "farthest north" / "furthest to the north" / "most northern" -> ("north", True); "westernmost"
    -> ("east", False); None for other words."""
    if len(words) == 1 and words[0].endswith("ernmost") and words[0][:-7] in _COMPASS_ENDS:
        return _COMPASS_ENDS[words[0][:-7]]
    if len(words) in (2, 4) and words[0] in ("farthest", "furthest") and words[-1] in _COMPASS_ENDS and \
            (len(words) == 2 or words[1:3] == ["to", "the"]):
        return _COMPASS_ENDS[words[-1]]
    if len(words) == 2 and words[0] == "most" and words[1].endswith("ern") and words[1][:-3] in _COMPASS_ENDS:
        return _COMPASS_ENDS[words[1][:-3]]
    return None


def _opens_superlative(word: str) -> bool:
    """ "fastest", "best", "most": a superlative read without "the" after a verb or a copula."""
    found = comparative(word)
    return (found is not None and found[1] == "est") or word in _AMOUNT_SUPERLATIVES


def _counted_steps(words: list[str]) -> int | None:
    """ "one floor above", "two seats to the left of": a counted distance in places (the number), or None."""
    if len(words) < 3 or words[1] not in _STEP_UNITS:
        return None
    number = int(words[0]) if words[0].isdigit() else NUMBER_WORDS.get(words[0])
    if number is None or number < 1 or (number == 1) != (words[1] in _SINGULAR_UNITS):
        return None
    return number


_SINGULAR_UNITS = frozenset({"floor", "storey", "story", "level", "place", "seat", "chair", "spot", "position", "house",
                             "space", "step", "room", "desk"})


def _numbered_floor(words: list[str]) -> int | None:
    """ "floor 3" / "third floor" / "3rd floor" -> 3, "middle floor" -> 0 (the middle, resolved by the reader)."""
    if len(words) != 2 or "floor" not in words:
        return None
    other = words[1] if words[0] == "floor" else words[0]
    if words[0] == "floor" and other.isdigit():
        return int(other)
    if words[1] == "floor" and other in ORDINALS:
        return int(ORDINALS[other])
    if words[1] == "floor" and other in ("middle", "center", "centre"):
        return 0
    return None


def _anaphoric_one(tokens: list[Token]) -> list[Token]:
    """ "If I am a knight, Max is one too": "one" after a copula stands for the one noun said with "a"/"an" before it
    in the sentence ("a knight"); with none, or several different ones, it stays (and is not read as a property)."""
    out = list(tokens)
    for k, token in enumerate(tokens):
        if token.low != "one" or k == 0 or tokens[k - 1].low not in COPULAS:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].low not in (".", ",", "?", "!", "too", "as", "and", "but", "either"):
            continue  # "one of us", "one person": not the pronoun
        nouns = {tokens[m + 1].low for m in range(k - 1) if tokens[m].low in ("a", "an") and tokens[m + 1].low.isalpha()
                 and (m + 2 >= len(tokens) or not tokens[m + 2].low.isalpha() or tokens[m + 2].low in COPULAS)}
        if len(nouns) != 1:
            continue
        noun = nouns.pop()
        out[k] = Token(noun, noun)
        out.insert(k, Token("an" if noun[:1] in "aeiou" else "a", "an" if noun[:1] in "aeiou" else "a"))
        return _anaphoric_one(out)
    return out


def _relative_start(words: list[str]) -> int:
    """Where a relative clause opens in a noun phrase's words ("students who have tickets": 1), or their length."""
    return next((k for k, word in enumerate(words) if k > 0 and word in ("who", "that", "which")), len(words))


_HEDGING_VERBS = {"tend", "tends", "tended", "known", "expected", "inclined", "apt"}


def _hedging_verb(lows: list[str]) -> str | None:
    """ "Cooks tend to / are known to / are expected to wear aprons": a tendency, as "usually" says, unless the "to"
    opens a place or a thing ("tends to the garden", "known to the police")."""
    for k, low in enumerate(lows[:-2]):
        if low in _HEDGING_VERBS and lows[k + 1] == "to" and lows[k + 2] not in ARTICLES | POSSESSIVES | {
                "me", "him", "her", "us", "them", "everyone", "all", "many", "few"}:
            return f"{low} to"
    return None
