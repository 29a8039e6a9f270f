"""Reading a whole text: names, kinds of speakers, premises, and the question.

1. Names come from the text itself: a capitalized word (or run of them) anywhere but the start of a
   sentence is a name, and so is a sentence-initial one that the lexicon does not know as a common
   word or that appears as a name elsewhere. A list "A, B and C" after a colon names the cast.
2. Kinds of speakers: "knights always tell the truth", "liars always lie", "a normal sometimes lies",
   "spies can say anything" define kinds (truthful, lying, free); without a definition the usual
   words (knight, knave, truth-teller, liar, normal, spy) mean what they usually mean. A sentence that
   attributes words to one person ('Ann says, "..."', "Ann says that ...", '"...," Bob said.') makes
   that person's kind decide the claim: truthful -> the claim holds, lying -> it does not, free ->
   nothing. With no kinds at all, each speaker is simply truthful or not ("only one of them is lying").
   Kinds may also be typed with a gloss ("honest (they always tell the truth)"), counted ("Gail, Hiro and Ines:
   exactly one of them always lies, the other two always tell the truth") or listed as a roster ("Ada, Ben and Col
   are one knight, one knave and one normal"); a whodunit's deed stands behind "X did it" / "It wasn't me"
   (`knights_deed.py`).
3. Every other sentence goes through the grammar (`grammar.py`); the question is the sentence with a
   question mark (or the last one, when it starts like a question).

Any sentence that is not understood is listed, and the whole text abstains (never a partial reading).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from agentlib.puzzles.english.all_and_only import unfold_all_and_only
from agentlib.puzzles.english.assumptions import split_assumptions
from agentlib.puzzles.english.birth_order import rewrite_birth_order, unfold_birth_question
from agentlib.puzzles.english.calendar_lists import spell_calendar_prepositions
from agentlib.puzzles.english.chatter import is_chatter, without_chatter_lead
from agentlib.puzzles.english.condition_words import spell_conditions
from agentlib.puzzles.english.counted_apposition import unfold_counted_apposition
from agentlib.puzzles.english.ellipsis import complete_bare_verbs, resolve_ellipsis, unfold_echo_sentences
from agentlib.puzzles.english.exceptives import find_exceptive, instantiate
from agentlib.puzzles.english.focus_words import spell_anything_but
from agentlib.puzzles.english.fronted_only_if import unfront_only_if
from agentlib.puzzles.english.generic_you import generalize_you, is_generic_rule
from agentlib.puzzles.english.grammar import (
    FROM_THE_RIGHT,
    SAME_KIND,
    TRUTHFUL,
    Discourse,
    Grammar,
    Lexicon,
    NotUnderstood,
)
from agentlib.puzzles.english.grid_reciprocal import unfold_reciprocal
from agentlib.puzzles.english.group_superlatives import unfold_group_superlatives
from agentlib.puzzles.english.kind_glosses import unfold_kind_glosses
from agentlib.puzzles.english.kinship import KIN
from agentlib.puzzles.english.knights_deed import asked_deed, find_deed, one_culprit, restore_deed
from agentlib.puzzles.english.letter_grades import spell_letter_grades
from agentlib.puzzles.english.logic import (
    Atom,
    Const,
    Count,
    Formula,
    Iff,
    Implies,
    Not,
    Rank,
    Var,
    conj,
    constants_of,
    disj,
    slug,
    walk,
)
from agentlib.puzzles.english.named_appositions import merge_titled_names, unfold_named_appositions
from agentlib.puzzles.english.named_kin import unfold_named_kin
from agentlib.puzzles.english.no_ties import says_no_ties
from agentlib.puzzles.english.nonrestrictive_relatives import unfold_nonrestrictive
from agentlib.puzzles.english.not_only import unfold_not_only
from agentlib.puzzles.english.noun_ellipsis import unfold_noun_ellipsis
from agentlib.puzzles.english.one_true import about_statements, spell_one_true
from agentlib.puzzles.english.otherwise import unfold_otherwise
from agentlib.puzzles.english.passives import active_voice, someone_for_agentless
from agentlib.puzzles.english.place_counts import counted_places
from agentlib.puzzles.english.placement_participles import without_placement_participle
from agentlib.puzzles.english.possessive_kinds import speaker_kin_groups, spell_possessive_kinds
from agentlib.puzzles.english.reported_rules import reported_rule
from agentlib.puzzles.english.same_measure import spell_same_measure
from agentlib.puzzles.english.scene import (
    SCENE_OBJECTS,
    cast_scene,
    leading_count,
    listed_scene,
    listed_things,
    scene_count,
    spell_listed_things,
)
from agentlib.puzzles.english.score_phrases import spell_score_phrases
from agentlib.puzzles.english.text import (
    Token,
    letter_kinds,
    normalize,
    split_sentences,
    strip_heading,
    strip_titles,
    tokenize,
)
from agentlib.puzzles.english.than_ellipsis import without_than_auxiliary
from agentlib.puzzles.english.time_anchors import mixed_times
from agentlib.puzzles.english.with_possession import spell_with_possession
from agentlib.puzzles.english.without_phrases import spell_without
from agentlib.puzzles.english.words import (
    ARTICLES,
    AUXILIARIES,
    COPULAS,
    FILLER_ADVERBS,
    MODALS_ASSERT,
    MODALS_POSSIBLE,
    NUMBER_WORDS,
    ORDINALS,
    RELATIVES,
    WH_WORDS,
    is_word,
    lemma,
)
from agentlib.puzzles.ordered import ends_after

TRUTHFUL_WORDS = {"knight", "truth-teller", "truthteller", "truth-tellers", "saint", "angel", "hero", "honest"}
LYING_WORDS = {"knave", "liar", "sinner", "devil", "villain", "dishonest"}
FREE_WORDS = {"normal", "spy", "joker", "trickster", "random"}
_SPEECH_VERBS = ("says", "said", "say", "claims", "claimed", "claim", "states", "stated", "state", "asserts",
                 "asserted",
                 "declares", "declared", "replies", "replied", "answers", "answered", "insists", "insisted",
                 "remarks", "remarked", "tells you", "told you", "tells us", "told us", "announces", "announced",
                 "exclaims", "exclaimed", "responds", "responded", "adds", "added", "argues", "argued")
WHO = "__who"


@dataclass
class KindSet:
    truthful: list[str] = field(default_factory=list)  # role keys
    lying: list[str] = field(default_factory=list)
    free: list[str] = field(default_factory=list)
    defined: list[str] = field(default_factory=list)  # sentences that defined kinds

    @property
    def all(self) -> list[str]:
        return [*self.truthful, *self.lying, *self.free]


@dataclass
class Speech:
    speaker: Const
    claim: Formula
    sentence: str


@dataclass
class Reading:
    """A text read: premises (label, formula, sentence), speeches, the question's sentence."""

    premises: list[tuple[str, Formula, str]]
    speeches: list[Speech]
    question: str | None
    unparsed: list[str]
    lexicon: Lexicon
    people: list[Const]
    kinds: KindSet
    grammar: Grammar
    sentences: list[str]
    rewrite: Callable[[Formula], Formula] = lambda formula: formula  # speech words -> kinds, set by resolve_speech
    declared: list[tuple[int, str]] = field(default_factory=list)  # (cast size, sentence): "Five runners ran a race."
    untied: list[str] = field(default_factory=list)  # "There were no ties.": every ranking strict (`no_ties.py`)
    places: list[tuple[int, str]] = field(default_factory=list)  # (count, sentence): "6 chairs" (`place_counts.py`)


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

_FUNCTION_WORDS = {"if", "then", "either", "neither", "both", "all", "every", "each", "some", "no", "not", "only",
                   "unless", "when", "whenever", "who", "what", "which", "where", "is", "are", "does", "do", "did",
                   "can", "could", "will", "would", "was", "were", "so", "therefore", "hence", "thus", "it", "there",
                   "i", "you", "he", "she", "we", "they", "a", "an", "the", "one", "exactly", "at", "none",
                   "nobody", "everyone", "someone", "nothing", "everything", "in", "on", "of", "to", "for", "since",
                   "consequently", "but", "and", "or", "because", "given", "suppose", "assume", "let", "how", "based",
                   "list", "rank", "order", "name", "among", "after", "before", "yes", "many", "must", "should", "has",
                   "have", "had", "may", "might", "note", "also", "however", "today", "finally", "accordingly",
                   "although", "though", "even"}


_MODAL_NAMES = MODALS_ASSERT | MODALS_POSSIBLE  # never capitalized inside a sentence, unlike the names Will and May


def _inverted_question(tokens: list[Token], index: int) -> bool:
    """"Will Tom come?", "May Ann leave?": a sentence-initial modal asking a question, never a name."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return index == 0 and tokens[-1].low == "?" and tokens[0].low in _MODAL_NAMES and following is not None and \
        (following.capitalized or following.low in ("he", "she", "it", "they", "we", "you", "i", "the"))


def _modal_as_name(tokens: list[Token], index: int) -> bool:
    """"Will is taller than May", "May finished first": a modal before a finite verb is a name (a modal takes a
    subject or a bare verb after it: "Will Tom come?", "May be"), and so is one joined to a name ("Will and Ann")."""
    following = tokens[index + 1].low if index + 1 < len(tokens) else ""
    return tokens[index].low in _MODAL_NAMES and following not in ("be", "have", "not", "never", "you", "i", "we") \
        and _followed_by_verb(tokens, index) and following not in _MODAL_NAMES


def find_names(sentences: list[list[Token]]) -> dict[str, str]:
    """Lower-case name -> display, learned from capitals (see the module notes); "Sam's" names Sam."""
    kin_owners = {t.low[:-2] for tokens in sentences for k, t in enumerate(tokens[:-1])
                  if _owns_kin(t, tokens[k + 1])}
    sentences = [[Token(t.text[:-2], t.low[:-2]) if t.low.endswith("'s") and t.text[:-2].isalpha() else t
                  for t in tokens] for tokens in sentences]
    mid: dict[str, str] = {}
    lower_words: set[str] = set()
    for tokens in sentences:
        for index, token in enumerate(tokens):
            if not token.capitalized:
                lower_words.add(token.low)
            elif index > 0 and tokens[index - 1].low not in (":", '"') and token.low not in {"i"} and \
                    (token.low not in _FUNCTION_WORDS or token.low in _MODAL_NAMES):
                mid[token.low] = token.text  # a capital inside a sentence: a name, even "Will" or "May"
            elif len(token.text) == 1 and token.text != "I" and (index > 0 or _followed_by_verb(tokens, index)):
                mid[token.low] = token.text  # "A says ...", "B is a knave": single letters name people
    alone = {t.low for tokens in sentences for k, t in enumerate(tokens) if t.capitalized and
             not (k > 0 and tokens[k - 1].capitalized and k > 1) and
             not (k + 1 < len(tokens) and tokens[k + 1].capitalized)}  # names written on their own somewhere
    names: dict[str, str] = {}
    for tokens in sentences:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            is_name = token.capitalized and (token.low not in _FUNCTION_WORDS or token.low in mid or
                                             token.low in kin_owners or _modal_as_name(tokens, index)) and \
                token.text.isalpha() and token.text != "I" and token.low not in NUMBER_WORDS and \
                token.low not in ORDINALS
            following = tokens[index + 1].low if index + 1 < len(tokens) else ""
            if is_name and token.low not in mid and following in ("are", "were", "have", "do") and \
                    token.low.endswith("s"):
                is_name = False  # "Tumpuses are temperate": a plural class, however unknown the word
            elif is_name and (index == 0 or tokens[index - 1].low in (":", '"', ",")) and token.low not in mid \
                    and token.low not in kin_owners:
                singular_verb = index + 1 < len(tokens) and tokens[index + 1].low in (
                    "is", "was", "has", "does", "says", "said", "claims", "claimed", "states", "stated", "replies",
                    "replied", "answers", "answered", "insists", "insisted", "tells", "told", "asks", "asked")
                is_name = (not is_word(token.low) or (token.low not in lower_words and _followed_by_verb(tokens, index)
                                                      and ((lemma(token.low, "NOUN") == token.low
                                                            and not token.low.endswith("s")) or singular_verb)))
            if not is_name or _inverted_question(tokens, index):
                index += 1
                continue
            end = index + 1
            while end < len(tokens) and tokens[end].capitalized and tokens[end].text.isalpha() \
                    and tokens[end].low not in _FUNCTION_WORDS \
                    and not (token.low in alone and tokens[end].low in alone):  # "Is Eve Cy's cousin": two names
                end += 1
            words = [t.text for t in tokens[index:end]]
            names[" ".join(w.lower() for w in words)] = " ".join(words)
            index = end
    return names


_KIN_PLURALS = frozenset({"parents", "children", "kids", "sons", "daughters", "brothers", "sisters", "siblings",
                          "cousins", "grandchildren", "grandparents", "aunts", "uncles", "nieces", "nephews"})


def _owns_kin(token: Token, following: Token) -> bool:
    """"Tape's father", "Ripe's cousins": a capitalised possessor of a kinship noun is a person, even when the
    name is also an English word (kin belong to people); "Mom's sister" keeps Mom a kinship word."""
    owner = token.low[:-2]
    return token.capitalized and token.low.endswith("'s") and token.text[:-2].isalpha() and \
        (following.low in KIN or following.low in _KIN_PLURALS) and owner not in KIN and \
        (owner not in _FUNCTION_WORDS or owner in _MODAL_NAMES) and owner not in NUMBER_WORDS  # "Will's father"


_SAME_FORM_PASTS = frozenset({"beat", "hit", "put", "cut", "let", "set", "quit", "shut", "hurt", "cost"})  # "Lope beat"


def _followed_by_verb(tokens: list[Token], index: int) -> bool:
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].low
    if following in ("always", "never", "also", "then", "now"):
        return _followed_by_verb(tokens, index + 1)
    return following in AUXILIARIES or following in (",", "and", "or", ":") or following in _SAME_FORM_PASTS or \
        (is_word(following, "VERB") and (following.endswith("s") or lemma(following, "VERB") != following))


def find_adjectives(sentences: list[list[Token]]) -> set[str]:
    """Words used alone after a copula ("is mortal", "are not wet", "Is he sick?")."""
    found: set[str] = set()
    for tokens in sentences:
        words = [t.low for t in tokens]
        for index, word in enumerate(words[:-1]):
            if word not in COPULAS:
                continue
            k = index + 1
            if index == 0 and len(words) == 3 and words[0] in ("is", "are", "was", "were") and \
                    (tokens[1].capitalized or words[1] in ("he", "she", "it", "they")):
                k = 2  # "Is he sick?", "Was Ann late?": the subject comes between the copula and the adjective
            elif index == 0 and len(words) == 4 and words[0] in ("is", "are", "was", "were") and \
                    words[1] in ("the", "my", "your", "his", "her", "our", "their", "this", "that"):
                k = 3  # "Is the grass wet?": a subject of two words, then the adjective
            while k < len(words) and words[k] in ("not", "never", "very", "also", "both", "all"):
                k += 1
            if k < len(words) and (k + 1 == len(words) or words[k + 1] in (",", "and", "or", "but", ";", "if",
                                                                         "then", "unless")):
                if words[k].isalpha() and words[k] not in ARTICLES and (lemma(words[k], "NOUN") == words[k]
                                                                         or is_word(words[k], "ADJ")):
                    found.add(words[k])
    return found


# ---------------------------------------------------------------------------------------------
# Kinds of speakers
# ---------------------------------------------------------------------------------------------

# the longer behaviours first: "lie and sometimes tell the truth" must not stop at "lie" with the rest unread
_KIND_DEFINITION = re.compile(
    r"^(?:the\s+|all\s+|every\s+|each\s+|a\s+|an\s+)?(?!(?:sometimes|always|never|only|often|usually|also|either|"
    r"one|ones|other|others|another|both|each|all|some|someone|somebody|everyone|everybody|anyone|nobody|none|they|we|"
    r"he|she|it|you|i|first|second|third|last|rest)\b)"
    r"(?P<kind>[a-z][a-z-]*?)s?(?:\s+(?:person|people))?\s+"
    r"(?:always\s+|only\s+|never\s+|sometimes\s+|can\s+|may\s+|will\s+|do\s+not\s+|does\s+not\s+|either\s+)*"
    r"(?P<behaviour>lies?\s+and\s+sometimes\s+tells?\s+the\s+truth|tells?\s+the\s+truth\s+and\s+sometimes\s+lies?|"
    r"lies?\s+or\s+tells?\s+the\s+truth|tells?\s+the\s+truth\s+or\s+lies?|tells?\s+(?:only\s+)?the\s+truth|"
    r"speaks?\s+the\s+truth|tells?\s+lies|lies?|says?\s+anything|do\s+either|go\s+either\s+way|say\s+whatever)"
    r"(?P<rest>(?:\s*,?\s*(?:and|while|whereas|but)\s+.*)?)$")


_KIND_CLAUSE_SPLIT = re.compile(
    r"(?:,?\s*(?:\band\b|\bwhile\b|\bwhereas\b|\bbut\b|;)|,)\s*(?=(?:the |all |every |each |a |an )?"
    r"(?!(?:sometimes|always|never|only|often|usually|also|either|at times)\b)[a-z-]+s? "
    r"(?:(?:person|people) )?(?:always|only|never|sometimes|can|may|will|either|do|does|tell|lie|speak|say))")


def kind_definitions(sentence: str, kinds: KindSet, names: dict[str, str] | None = None) -> bool:
    """Read "Knights always tell the truth, and knaves always lie." into `kinds`; True when it was one. A subject
    that is one of the puzzle's `names` ("Gina always tells the truth", "Ines always lies") is a person, not a kind."""
    text = re.sub(r"[.!]$", "", normalize(sentence).strip().lower())
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"^(?:(?:on|in|at|here on) [^,]{1,40}, |here,? )", "", text)
    text = re.sub(r"^(?:on|in) (?:an|the|this) (?:island|land|village|town)\s+", "", text)
    text = re.sub(r"^there (?:are|live) (?:only )?(?:two kinds of (?:people|inhabitants): )?", "", text)
    text = re.sub(r",? (?:who|which|that) ", " ", text)
    clauses = [c.strip() for c in _KIND_CLAUSE_SPLIT.split(text)]
    found = []
    for clause in clauses:
        match = _KIND_DEFINITION.match(clause)
        if match is None:
            return False
        word = clause[match.start("kind"):].split(" ", 1)[0]
        if names and (word in names or match.group("kind") in names):
            return False  # "Gina always tells the truth": a person, not a kind of people
        # the whole word, not the match's stem: "spies" is a spy (the stem "spie" is no word)
        kind = word[:-1] if word.endswith("-tellers") else lemma(word, "NOUN")
        behaviour = match.group("behaviour")
        if match.group("rest"):
            return False
        sometimes = "sometimes" in clause or " or " in behaviour or "anything" in behaviour or \
            "either" in behaviour or "whatever" in behaviour or "can " in clause \
            or "may " in clause or ("and sometimes" in behaviour)
        if sometimes:
            found.append((kind, "free"))
        elif "never" in clause or "do not" in clause or "does not" in clause:
            found.append((kind, "lying" if "truth" in behaviour else "truthful"))
        elif "truth" in behaviour:
            found.append((kind, "truthful"))
        else:
            found.append((kind, "lying"))
    for kind, role in found:
        key = slug(kind)
        target = {"truthful": kinds.truthful, "lying": kinds.lying, "free": kinds.free}[role]
        if key not in kinds.all:
            target.append(key)
    kinds.defined.append(sentence)
    return True


_TYPING = re.compile(r"^(?:.*?\b)?(?:(?:is|are)(?: each| all| both)?|, each(?: one)?) (?:either )?(?:a |an )?"
                     r"([a-z][a-z-]*) or (?:a |an )?([a-z][a-z-]*)(?:,? but not both)?$")


_ISLAND = re.compile(r"\b(?:island|land|village|town|world) (?:of|inhabited (?:only )?by|where there are (?:only )?) "
                     r"([a-z][a-z-]*) and ([a-z][a-z-]*)\b")


# "Each (of the three) either always tells the truth or always lies": the subject, then the behaviour that ends it
_BEHAVIOUR_SUBJECT = re.compile(r"\b(?:each|all|every one of them|they|both|everyone)\b")
# the truthful side said as a verb or as an adjective: "always tells the truth", "is always honest", "truthful"
_TRUTHFUL_BEHAVIOUR = r"(?:tells? the truth|(?:(?:is|are) )?(?:always )?(?:honest|truthful))"
_LYING_BEHAVIOUR = r"(?:lies?|(?:(?:is|are) )?(?:always )?(?:lying|dishonest))"
_BEHAVIOUR_AT_END = re.compile(r"\b(?:either )?(?:always )?"
                               rf"(?:{_TRUTHFUL_BEHAVIOUR},? or (?:always )?{_LYING_BEHAVIOUR}|"
                               rf"{_LYING_BEHAVIOUR},? or (?:always )?{_TRUTHFUL_BEHAVIOUR})$")
# "honest (they always tell the truth)": a parenthesis that says what the kind word before it means
_KIND_GLOSS = re.compile(r"\b([a-z][a-z-]*) \((?:who |they |he |she |that |i\.e\. |meaning |= )?"
                         r"(?:(?:is|are) )?(?:always |only |never )*(tells? the truth|tells? lies|lies?|truthful|"
                         r"honest|lying|dishonest)\)")  # "a knight (always truthful)": the adjective says it too


_ONE_OR_THE_OTHER = re.compile(r"^(?:[a-z][\w'-]*(?:, [a-z][\w'-]*)*,? and [a-z][\w'-]*|they|we|each of them|"
                               r"each of us|both of them|both) (?:are|is) (?:each |both |all )?(?:either )?"
                               r"one or the other$")


def kind_typing(sentence: str, kinds: KindSet) -> bool:
    """ "Each of them is either a knight or a knave." -> both kinds, with their usual meanings."""
    text = re.sub(r"[.!]$", "", normalize(sentence).strip().lower())
    for gloss in list(_KIND_GLOSS.finditer(text)):
        if not _gloss_agrees(gloss):
            return False  # the gloss contradicts the usual word ("honest (they always lie)"): read nothing
        text = text.replace(gloss.group(0), gloss.group(1))
    # "Three friends each either always tell the truth or always lie."
    if ends_after(_BEHAVIOUR_SUBJECT, _BEHAVIOUR_AT_END, text):
        for key, target in (("truth_teller", kinds.truthful), ("liar", kinds.lying)):
            if key not in kinds.all:
                target.append(key)
        kinds.defined.append(sentence)
        return True
    if _ONE_OR_THE_OTHER.match(text) and len(kinds.all) == 2 and not kinds.free:
        kinds.defined.append(sentence)  # "Quin and Rosa are each one or the other": of the two kinds just defined
        return True
    match = _TYPING.match(text) or _ISLAND.search(text)
    if match is None:
        return False
    found = [lemma(w, "NOUN") if not w.endswith("-tellers") else w[:-1] for w in match.groups()]
    roles = [_usual_role(w) for w in found]
    if any(r is None for r in roles):
        return False
    for word, role in zip(found, roles):
        target = {"truthful": kinds.truthful, "lying": kinds.lying, "free": kinds.free}[role]  # type: ignore[index]
        if slug(word) not in kinds.all:
            target.append(slug(word))
    kinds.defined.append(sentence)
    return True


def _usual_role(word: str) -> str | None:
    if word in TRUTHFUL_WORDS or word.rstrip("s") in TRUTHFUL_WORDS:
        return "truthful"
    if word in LYING_WORDS:
        return "lying"
    if word in FREE_WORDS:
        return "free"
    return None


_BEHAVIOURS = [
    (r"(?:always )?tells? the truth|is (?:a |an )?(?:knight|truth-teller|truthteller)|is honest|never lies?",
     "truth-teller", "truthful"),
    (r"(?:always )?lies|is (?:a |an )?(?:knave|liar)|never tells? the truth", "liar", "lying"),
    (r"sometimes (?:lies|tells the truth)(?: and sometimes (?:lies|tells the truth))?|"
     r"can (?:either )?lie or tell the truth|"
     r"is (?:a |an )?(?:normal|spy)|may lie or tell the truth|says anything|"
     r"(?:can|may|could|might) (?:do either|go either way|say anything|say whatever)", "normal", "free"),
]


_DISTRIBUTED = re.compile(
    r"^(?:exactly )?(?P<who>one|another|the third|the last|the remaining one|(?P<lead>two|three|four)|"
    r"(?:the other|the remaining|the rest|the "
    r"others)(?: (?P<number>two|three|four|five))?)(?: of (?:them|us|the (?:\w+ )?(?:people|inhabitants|suspects|three|"
    r"friends)))?(?: person| ones?)? (?P<behaviour>.+)$")
# "Jo, Kim and Lu are a knight, a knave and a normal, one of each": the list spread one to each person
_ONE_OF_EACH = re.compile(r",? (?:one of each(?: kind| type)?|one each|in some order|in no particular order)$")
_UNKNOWN_WHICH = re.compile(r",? but (?:i|we|you) (?:do not|don't|cannot|can't) (?:know|tell|say) which"
                            r"(?: (?:is|one is) which)?$")


_THERE_ARE_KINDS = re.compile(r"^(?:(?:among|of) (?P<names>[^:]+?),? )?there (?:is|are) (?:exactly )?"
                              r"(?P<kinds>(?:one|two|three|four|\d+) [a-z-]+(?:(?:,| and|, and) (?:exactly )?"
                              r"(?:one|two|three|four|\d+) [a-z-]+)+)(?: among (?P<after>them|us|[^:]+))?$")


def _counted_kinds(text: str) -> str:
    """ "Among Ada, Bo and Cy there is exactly one knight, one knave and one spy" / "There is one knight, one knave
    and one spy": the distribution in the form `kind_distribution` reads ("ada, bo and cy: one is a knight, one is a
    knave and one is a spy"); any other text unchanged."""
    match = _THERE_ARE_KINDS.match(text)
    if match is None:
        return text
    parts = re.split(r",? and |, ", match.group("kinds"))
    said = []
    for part in parts:
        number, kind = part.removeprefix("exactly ").split(" ", 1)
        said.append(f"{number} {'is' if number in ('one', '1') else 'are'} "
                    + (f"a {kind}" if number in ("one", "1") else kind))
    names = match.group("names") or (match.group("after") if match.group("after") not in ("them", "us") else None)
    body = ", ".join(said)  # commas only: `kind_distribution` splits "and two are ..." only after a comma
    return f"{names}: {body}" if names else body


def kind_distribution(sentence: str, kinds: KindSet, people: list[Const]) -> list[tuple[str, Formula, str]] | None:
    """ "One of them always tells the truth, one always lies, and one sometimes lies." -> one person per kind;
    "Gail, Hiro and Ines: exactly one of them always lies, the other two always tell the truth" -> one liar, two
    truth-tellers among the three named before the colon; "one of them is honest and the other is not" -> one each.
    A gloss in parentheses ("a knight (always tells the truth)") must agree with its word."""
    text = re.sub(r"[.!]$", "", normalize(sentence).strip().lower())
    text = _UNKNOWN_WHICH.sub("", text)
    text = _counted_kinds(text)
    members = people
    head, colon, rest = text.partition(":")
    if colon:  # "Two brothers, Leo and Max: ...": the ones named before the colon
        named = [p for p in people if re.search(rf"\b{re.escape(p.key.replace('_', ' '))}\b", head)]
        if len(named) < 2:
            return None
        members, text = named, rest.strip()
    for gloss in list(_KIND_GLOSS.finditer(text)):
        if not _gloss_agrees(gloss):
            return None
        text = text.replace(gloss.group(0), gloss.group(1))
    for gloss in list(_KIND_APPOSITIVE.finditer(text)):  # "one is normal, who sometimes lies and sometimes ..."
        if _appositive_role(gloss.group("behaviour")) != _usual_role(gloss.group("kind")):
            return None
        text = text.replace(gloss.group(0), gloss.group("head"))
    clauses = [c.strip() for c in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:one|another|the other|the third|the "
                                             r"last|the remaining|the rest))", text) if c.strip()]
    if len(clauses) < 2 or not members:
        return None
    found: list[tuple[str, str, int | None]] = []
    for clause in clauses:
        match = _DISTRIBUTED.match(clause)
        if match is None:
            return None
        behaviour = match.group("behaviour").strip()
        number = match.group("number") or match.group("lead")
        count: int | None = NUMBER_WORDS[number] if number else 1
        if match.group("who") in ("the rest", "the others"):
            count = None  # everyone not counted yet
        relative = re.match(r"^is (?:a |an )?([a-z-]+),? (?:who|that) (.+)$", behaviour)
        if relative is not None:  # "one is a knight who always tells the truth": the clause must fit the word
            said = next((role for pattern, _, role in _BEHAVIOURS if re.fullmatch(pattern, relative.group(2))), None)
            if said is None or _usual_role(lemma(relative.group(1), "NOUN")) != said:
                return None
            behaviour = f"is a {relative.group(1)}"
        if re.fullmatch(r"is not|isn't|does not|doesn't|do not|are not", behaviour) and found and \
                found[-1][1] in ("truthful", "lying"):  # "one of them is honest and the other is not"
            found.append(next((k, r, count) for k, r in (("truth_teller", "truthful"), ("liar", "lying"))
                              if r != found[-1][1]))
            continue
        word = re.match(r"^(?:is|are) (?:a |an )?([a-z-]+)$", behaviour)
        behaviour = re.sub(r"^are\b", "is", re.sub(r"\b(tell|lie)\b", r"\1s", behaviour)) if count != 1 else behaviour
        for pattern, default_word, role in _BEHAVIOURS:
            if re.fullmatch(pattern, behaviour) or (word is not None and
                                                    re.fullmatch(pattern, f"is a {lemma(word.group(1), 'NOUN')}")):
                name = default_word
                if word is not None and _usual_role(lemma(word.group(1), "NOUN")) == role:
                    name = lemma(word.group(1), "NOUN")
                found.append((slug(name), role, count))
                break
        else:
            return None
    counted = sum(c for _, _, c in found if c is not None)
    if sum(1 for _, _, c in found if c is None) > 1 or counted > len(members):
        return None
    spread = [(k, r, c if c is not None else len(members) - counted) for k, r, c in found]
    if sum(c for _, _, c in spread) != len(members):
        return None  # "one lies and the other two ..." among two people: the counts do not fit the cast
    premises: list[tuple[str, Formula, str]] = []
    for key, role, _ in spread:
        target = {"truthful": kinds.truthful, "lying": kinds.lying, "free": kinds.free}[role]
        if key not in kinds.all:
            target.append(key)
        total = sum(c for k, _, c in spread if k == key)
        premises.append((f"one_{key}", Count(tuple(Atom(key, (p,)) for p in members), total, total), sentence))
    kinds.defined.append(sentence)
    return list({label: (label, f, s) for label, f, s in premises}.values())


_ROSTER = re.compile(r"^(?P<names>[a-z][\w'-]*(?:, [a-z][\w'-]*)*,? and [a-z][\w'-]*) are "
                     r"(?P<list>(?:a|an|one|two|three) [a-z-]+(?:(?:,? and |, )(?:a|an|one|two|three) [a-z-]+)+)$")


def kind_roster(sentence: str, kinds: KindSet, people: list[Const]) -> list[tuple[str, Formula, str]] | None:
    """ "Ada, Ben and Col are one knight, one knave and one normal" / "Gia and Hank are a knight and a knave (but
    I don't know which is which)": so many of each kind among the people named, in some order."""
    text = _UNKNOWN_WHICH.sub("", re.sub(r"[.!]$", "", normalize(sentence).strip().lower()))
    each = _ONE_OF_EACH.search(text)
    text = text[:each.start()] if each is not None else text
    match = _ROSTER.match(text)
    if match is None:
        return None
    by_name = {p.key.replace("_", " "): p for p in people}
    named = [by_name.get(n) for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("names")) if n]
    members = [p for p in named if p is not None]
    if len(members) != len(named) or len(set(members)) != len(members):
        return None
    counts: dict[tuple[str, str], int] = {}
    for item in re.split(r",?\s+and\s+|,\s+", match.group("list")):
        amount, word = item.split(" ", 1)
        noun = lemma(word, "NOUN")
        role = _usual_role(noun)
        if role is None:
            return None
        number = 1 if amount in ("a", "an") else NUMBER_WORDS[amount]
        counts[(slug(noun), role)] = counts.get((slug(noun), role), 0) + number
    if sum(counts.values()) != len(members) or (each is not None and set(counts.values()) != {1}):
        return None  # "one of each" says every kind listed once
    premises: list[tuple[str, Formula, str]] = []
    for (key, role), total in counts.items():
        target = {"truthful": kinds.truthful, "lying": kinds.lying, "free": kinds.free}[role]
        if key not in kinds.all:
            target.append(key)
        premises.append((f"roster_{key}", Count(tuple(Atom(key, (p,)) for p in members), total, total), sentence))
    kinds.defined.append(sentence)
    return premises


_ONE_AND_THE_OTHER = re.compile(r"^(?P<one>one of (?:us|them)) (?P<copula>is) (?P<first>[^,]+?),? and the "
                                r"other(?: one)? is (?P<second>.+?)\.?$", re.I)


def _one_and_the_other(claim: str, cast_size: int) -> str:
    """ "One of us is a knave and the other is a knight" between two people: exactly one of the two is each."""
    match = _ONE_AND_THE_OTHER.match(claim.strip())
    if match is None or cast_size != 2:
        return claim
    return (f"exactly {match.group('one').lower()} is {match.group('first')} and exactly "
            f"{match.group('one').lower()} is {match.group('second')}")


# "is normal, who sometimes lies and sometimes tells the truth": a kind glossed after a comma, as in parentheses
_KIND_APPOSITIVE = re.compile(r"(?P<head>\bis (?:a |an )?(?P<kind>[a-z][a-z-]*)),? who (?P<behaviour>[^,]+?)(?=,|$)")


def _appositive_role(behaviour: str) -> str | None:
    """The role a whole behaviour clause gives ("sometimes lies and sometimes tells the truth": free), or None."""
    return next((role for pattern, _, role in _BEHAVIOURS if re.fullmatch(pattern, behaviour.strip())), None)


def _gloss_agrees(gloss: re.Match[str]) -> bool:
    """ "honest (they always tell the truth)": the parenthesis says what the usual word means."""
    role = _usual_role(lemma(gloss.group(1), "NOUN"))
    lies = "lie" in gloss.group(2) or gloss.group(2) in ("lying", "dishonest")
    said = ("truthful" if lies else "lying") if "never" in gloss.group(0) else ("lying" if lies else "truthful")
    return role == said


# ---------------------------------------------------------------------------------------------
# Speech
# ---------------------------------------------------------------------------------------------

_QUOTE_RE = re.compile(r'"([^"]+)"')


def split_speech(sentence: str, names: dict[str, str]) -> tuple[str, str] | None:
    """(speaker display, claim text) when the sentence attributes words to one named person."""
    text = normalize(sentence).strip()
    quoted = _QUOTE_RE.findall(text)
    if len(quoted) == 1:
        outside = _QUOTE_RE.sub(" ", text)
        claim = quoted[0]
    elif not quoted:
        match = re.search(r"\b(?:" + "|".join(_SPEECH_VERBS) + r")\b(?:\s+that)?\s*[:,]?\s*", text, re.I)
        if match is None:
            colon = re.match(r"^([A-Z][\w ]*?)\s*:\s*(.+)$", text)
            if colon is None:
                return None
            outside, claim = colon.group(1), colon.group(2)
        else:
            outside, claim = text[: match.start()], text[match.end():]
    else:
        return None
    outside_low = " " + re.sub(r"[^\w\s]", " ", outside.lower()) + " "
    speakers = [display for low, display in names.items() if re.search(rf"\b{re.escape(low)}\b", outside_low)]
    if len(speakers) != 1:
        return None
    rest = re.sub(rf"\b{re.escape(speakers[0].lower())}\b", " ", outside_low)
    rest_words = [w for w in rest.split() if w not in ("that", "then", "next", "also", "finally", "and", "first",
                                                       "to", "you", "us", "me", "according", "as", "put", "it",
                                                       "in", "words", "s", "the", "inhabitant", "person", "says",
                                                       "says:", "when", "asked", "later")]
    verbs = {v.split()[0] for v in _SPEECH_VERBS} | {"tells", "told"}
    rest_words = [w for w in rest_words if w not in verbs]
    if any(w in ("not", "never", "denies", "denied", "lies", "lied", "falsely", "wrongly", "whispered") for w in
           rest.split()) or rest_words:
        return None
    return speakers[0], claim.strip().rstrip(".!").strip()


# ---------------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------------

_QUESTION_START = {"who", "whom", "what", "which", "is", "are", "was", "were", "does", "do", "did", "can", "could",
                   "will", "would", "has", "have", "must", "should", "list", "rank", "order", "name", "how", "where",
                   "in"}
_CAST_RE = re.compile(r":\s*([A-Z][\w']*(?:\s+[A-Z][\w']*)*(?:\s*,\s*(?:and\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*)*)*"
                      r"(?:\s*,?\s*and\s+[A-Z][\w']*(?:\s+[A-Z][\w']*)*))\s*\.?\s*$")


def is_question(sentence: str) -> bool:
    stripped = sentence.strip()
    if stripped.endswith("?"):
        return True
    first = stripped.split(" ", 1)[0].lower().strip(",")
    if stripped[-1:] not in ".!:;\"'" and first in _QUESTION_START - {"in", "will"}:
        return True  # "does a whale breathe air": typed without its mark ("In the park ...", "Will is ..." state)
    if first in ("sort", "arrange", "put"):  # "Put them in order from youngest to oldest."
        return bool(re.search(r"\bfrom\b.+\bto\b", stripped, re.I))
    if re.match(r"^(?:please )?(?:figure|work) out\b|^tell me (?:what|who|which)\b|^classify\b", stripped, re.I):
        return True  # "Figure out who is who.", "Tell me what they are."
    return first in ("list", "rank", "order", "name", "determine", "identify", "find")


_STATEMENT_QUESTION = re.compile(r"(?:based on the above information,\s*)?is the following statement true(?:,| or)"
                                 r" false,?(?: or (?:unknown|uncertain))?\?\s*(?P<statement>[^\n]+)", re.I)


def _cast_of_things(sentence: str, names: dict[str, str], people: list[Const], grammar: Grammar) -> None:
    """With nobody named, the things a scene lists ("Three houses stand in a row: a red house, ...") are the cast:
    each holds a place in the row though no clue names it (added to `people`, once)."""
    if names:
        return
    for thing in listed_things(sentence):
        const = grammar._const(slug(thing), thing)
        if const not in people:
            people.append(const)


def read_text(text: str, definite_apart: frozenset[str] = frozenset()) -> Reading:
    """Split, learn names and kinds, parse every premise; the question stays text for `questions.py`.
    `definite_apart`: properties whose "the" form is read as a specific thing (`definite_objects.py`)."""
    asked = _STATEMENT_QUESTION.search(text)
    if asked is not None:  # "Is the following statement true or false? Max is a wumpus." -> ask about it
        statement = asked.group("statement").strip().rstrip(".")
        text = text[: asked.start()] + f"\nIs it true that {statement}?"
    sentences = [_strip_setting(active_voice(spell_score_phrases(without_placement_participle(s)))) for s in
                 split_sentences(rewrite_birth_order(letter_kinds(normalize(merge_titled_names(strip_titles(
                     strip_heading(text)))))))]
    sentences = unfold_group_superlatives(someone_for_agentless(spell_one_true(sentences)))
    sentences = [without_chatter_lead(s) for s in sentences if not is_chatter(s)]  # "Help!", "Any ideas?"
    sentences = [part for s in sentences for part in split_assumptions(s) for glossed in unfold_kind_glosses(part)
                 for part in unfold_all_and_only(unfold_not_only(glossed))]
    sentences = unfold_echo_sentences(unfold_otherwise(sentences))  # "Ann is a doctor. So is Bo."
    sentences, places = counted_places(sentences)  # "There are 6 chairs in a row.": the order's size, no claim
    sentences = [without_than_auxiliary(spell_same_measure(spell_conditions(spell_anything_but(reported_rule(
                     spell_with_possession(spell_letter_grades(s)))))))
                 for s in sentences]
    context = " ".join(sentences)
    sentences = [part for s in sentences
                 for part in _unfold_condition(resolve_ellipsis(unfold_reciprocal(s)), context)]
    sentences = [part for s in sentences for clause in _split_so(s) for part in unfold_nonrestrictive(clause)]
    # "Ann's car is faster than Bo's": Bo's car; "the red house is left of the blue one": the blue house
    sentences = [unfold_noun_ellipsis(spell_listed_things(s)) for s in sentences]
    sentences = [spell_calendar_prepositions(s) for s in sentences]  # "on Monday or Tuesday": on each day
    sentences = [spell_without(s) for s in sentences]  # "Without a ticket, no one gets in.": who gets in has one
    sentences = unfold_named_appositions(sentences)  # "Jake is older than his sister Mia.": older than Mia
    kin_groups = speaker_kin_groups(context)  # "All of my cousins ...": then "Jake is my cousin" is one of them
    sentences = complete_bare_verbs([part for s in sentences for apposed in unfold_counted_apposition(s)
                                     for part in unfold_named_kin(spell_possessive_kinds(unfront_only_if(
                                         unfold_birth_question(apposed)), kin_groups))])
    token_lists = [tokenize(s) for s in sentences]
    names = find_names(token_lists)
    numbered_from_right = re.search(r"\bnumbered\b[^.]*?\b(?:right to left|from the right)\b", text, re.I)
    from_right = {FROM_THE_RIGHT} if numbered_from_right else set()
    # the words of a setting taken off a sentence ("In a race, Kim beat Lee.") still say what the scales are
    setting_words = {t.low for s in split_sentences(text) if (m := _SETTING_RE.match(s.strip())) for t in
                     tokenize(m.group(0))}
    lexicon = Lexicon(names=names, adjectives=find_adjectives(token_lists),
                      scale_words=frozenset(t.low for ts in token_lists for t in ts) | setting_words | from_right)
    lexicon.ranked_words = {"finish": "finish", "arrive": "arrival", "come": "finish", "cross": "finish",
                            "place": "finish", "rank": "finish", "end": "finish", "leave": "departure",
                            "sit": "row", "stand": "row", "park": "row", "live": "row", "be": "row"}
    question_index = next((k for k in range(len(sentences) - 1, -1, -1) if is_question(sentences[k])), None)
    timing = ""  # a wh-question ("What day was yesterday?") asks about the times themselves
    if question_index is None or not re.match(r"(?:who|whom|what|which|when|where|how)\b", sentences[question_index],
                                              re.I):
        timing = mixed_times(sentences, question_index)
    if question_index is not None:
        sentences[question_index] = _winner_asked(sentences[question_index], sentences)
        token_lists[question_index] = tokenize(sentences[question_index])
    discourse = Discourse()
    grammar = Grammar(lexicon, discourse, definite_apart)
    kinds = KindSet()
    people: list[Const] = []
    cast = [m for s in sentences for m in [_CAST_RE.search(s)] if m]
    if cast:
        for display in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", cast[0].group(1)):
            display = display.strip()
            if display and display.lower() in names:
                people.append(Const(slug(display)))
                lexicon.displays.setdefault(slug(display), display)
    if not people:
        for display in names.values():
            people.append(Const(slug(display)))
            lexicon.displays.setdefault(slug(display), display)
    discourse.people = people
    premises: list[tuple[str, Formula, str]] = []
    speeches: list[Speech] = []
    unparsed: list[str] = [f"when ({timing})"] if timing else []
    declared: list[tuple[int, str]] = []
    untied: list[str] = []
    has_speech = any(split_speech(s, names) is not None for k, s in enumerate(sentences) if k != question_index)
    deed = find_deed(sentences)
    if has_speech and deed is not None and deed[1].startswith("be "):  # "One of them is guilty.": the one culprit
        sentences = [one_culprit(s) for s in sentences]
        token_lists = [tokenize(s) for s in sentences]
    for index, (sentence, tokens) in enumerate(zip(sentences, token_lists)):
        if index == question_index:
            continue
        if about_statements(sentence):  # "Exactly one of these is true." with no list found: never a premise
            unparsed.append(sentence)
            continue
        # "Politicians lie" is a premise; it defines a kind of speaker only in a puzzle where people speak
        if has_speech and (kind_definitions(sentence, kinds, names) or kind_typing(sentence, kinds)):
            continue
        if says_no_ties(sentence):
            untied.append(sentence)
            continue
        if _is_scene_setting(sentence, tokens, names):
            count = leading_count(sentence)
            if count is not None:
                declared.append((count, sentence))
                _cast_of_things(sentence, names, people, grammar)
            continue
        ordered = _in_that_order(sentence, names)
        if ordered is not None:  # "Ann, Bob and Cy stand in a row in that order": each name's place
            scale = grammar._scale_for("row", "stand")
            premises += [(f"s{index + 1}_{k}", Rank(scale, Const(slug(name)), k + 1), sentence)
                         for k, name in enumerate(ordered)]
            continue
        named_cast = cast_scene(sentence)  # "Four girls, Ivy, Jo, Kim and Liv, stand in a line.": cast and size
        count = named_cast[0] if named_cast is not None else \
            scene_count(sentence, named=any(t.low in names for t in tokens))
        if count is None and not any(t.low in names for t in tokens):
            count = listed_scene(sentence)  # "A cat, a dog and a mouse are in a race.": three things, no claim
            if count is not None:
                _cast_of_things(sentence, names, people, grammar)
        if count is not None:  # "Five runners finished a race.": the cast's size, no claim about anyone
            declared.append((count, sentence))
            continue
        distribution = kind_distribution(sentence, kinds, people) or kind_roster(sentence, kinds, people)
        if distribution is not None:
            premises.extend(distribution)
            continue
        speech = split_speech(sentence, names)
        if speech is not None:
            speaker_display, claim = speech
            claim = _one_and_the_other(resolve_ellipsis(claim), len(people))  # "If I am honest, then Eli is too"
            claim = restore_deed(claim, deed)  # "Tam did it", "It wasn't me": the whodunit's deed
            speaker = Const(slug(speaker_display))
            indirect = '"' not in normalize(sentence)
            # in reported speech "he"/"she" is the speaker ("Fran says that Eli and she are knaves")
            discourse.speaker, discourse.last = speaker, None
            discourse.reported = speaker if indirect else None
            try:
                formula = grammar.sentence(tokenize(normalize(claim)), claim)
                speeches.append(Speech(speaker, formula, sentence))
            except NotUnderstood as error:
                unparsed.append(sentence + (f" ({error.why})" if error.why else ""))
            finally:
                discourse.speaker = discourse.reported = None
            continue
        exceptive = find_exceptive(sentence, names)
        if exceptive is not None:  # "Everyone except Ann passed": the others passed, Ann did not
            try:
                plain = grammar.sentence(tokenize(normalize(exceptive.plain)), exceptive.plain)
                said = instantiate(plain, people, [Const(slug(n)) for n in exceptive.excepted], exceptive.negative)
            except NotUnderstood:
                said = None
            if said is None:
                unparsed.append(sentence + " (an exception to a rule that was not understood)")
            else:
                premises += [(f"s{index + 1}_{k}", formula, sentence) for k, formula in enumerate(said)]
            continue
        grammar.presuppositions.clear()
        try:
            formula = grammar.sentence(tokens, sentence)
            if is_generic_rule(sentence, sentences[question_index] if question_index is not None else None):
                formula = generalize_you(formula, discourse.fresh()) or formula
            premises.append((f"s{index + 1}", formula, sentence))
            # only what the reading kept: a parse tried and dropped ("the red" + "book ...") presupposes nothing
            kept = [p for p in grammar.presuppositions if set(constants_of([p])) <= set(constants_of([formula]))]
            for k, presupposed in enumerate(dict.fromkeys(map(repr, kept))):
                formula_k = next(p for p in kept if repr(p) == presupposed)
                premises.append((f"s{index + 1}_p{k}", formula_k, f"(presupposed by '{sentence}')"))
        except NotUnderstood as error:
            clauses = _clause_list(sentence, grammar)
            if clauses is None:
                unparsed.append(sentence + (f" ({error.why})" if error.why else ""))
            else:
                premises += [(f"s{index + 1}_{k}", clause, sentence) for k, clause in enumerate(clauses)]
    question = asked_deed(sentences[question_index], deed) if question_index is not None else None
    return Reading(premises, speeches, question, unparsed, lexicon, people, kinds, grammar, sentences,
                   declared=declared, untied=untied, places=places)


_WHO_WON = re.compile(r"^who (?:won|wins|was the winner|is the winner)(?: the race| it)?\?$", re.I)
_FINISH_WORDS = re.compile(r"\b(?:finish(?:ed|es)?|came in|crossed the line)\b", re.I)
_WIN_WORDS = re.compile(r"\b(?:win|wins|won|winner|winning|lost|lose|loses)\b", re.I)


def _winner_asked(question: str, sentences: list[str]) -> str:
    """"Who won?" after statements only about finishing order asks who finished first; where any statement speaks
    of winning itself ("If Ann won, ..."), the question keeps its own words."""
    statements = [s for s in sentences if s is not question]
    if _WHO_WON.match(question.strip()) and any(_FINISH_WORDS.search(s) for s in statements) and \
            not any(_WIN_WORDS.search(s) for s in statements):
        return "Who finished first?"
    return question


_LEAD_IN = re.compile(r"^(?:quick question|question|here is one|riddle|puzzle|ok|okay|so)\s*[:,-]\s*", re.I)
_CONDITIONED = re.compile(
    r"^(?P<question>(?:is|are|was|were|does|do|did|can|could|will|would|must|has|have|who|which|what|can we "
    r"(?:conclude|say|infer) that)\b.+?),? (?:given that|if|assuming that|supposing that|provided that) "
    r"(?P<given>[^?]+)\?$", re.I)


# "If all dogs bark and Rex is a dog, does Rex bark?": the condition first, then the question
_CONDITION_FIRST = re.compile(
    r"^(?:(?:so|and|then|ok so|okay so|now),? )?(?:if|given that|assuming that|supposing that|suppose that) "
    r"(?P<given>[^?\"]{1,600}?)(?:,(?: then)?| then) "
    r"(?P<question>(?:is|are|was|were|does|do|did|can|could|will|would|must|has|have|who|which|what|where)\b"
    r"[^?\"]{1,600})\?$", re.I)
_NESTED_CONDITION = re.compile(r"\b(?:if|then|unless|when|whenever)\b", re.I)


_SO_CLAUSE = re.compile(r"^(?P<first>[^\"?]+?),? (?:and )?so (?P<second>(?:he|she|it|they|we|i|you|the|[A-Z][a-z]+)\b"
                        r"[^\"?]*?[.!]?)$")


def _split_so(sentence: str) -> list[str]:
    """ "Max was at school all day so he didn't break it": two statements, both asserted (the "so" says why the
    second holds, and the puzzle takes both as given). Only a "so" followed by a new clause's subject (a pronoun,
    "the ..." or a name) splits: "so tall", "so much" stay; questions and quoted speech stay whole."""
    if '"' in sentence or "?" in sentence:  # tested first: on such text the pattern fails after scanning
        return [sentence]  # the rest at every "so", which is quadratic in a long sentence
    match = _SO_CLAUSE.match(sentence.strip())
    if match is None or sentence.lstrip().lower().startswith(("so ", "if ", "when ", "unless ")):
        return [sentence]
    first, second = match.group("first").strip(), match.group("second").strip()
    if len(first.split()) < 2 or len(second.split()) < 2:
        return [sentence]
    return [first.rstrip(",") + ".", second[:1].upper() + second[1:] + ("" if second[-1:] in ".!" else ".")]


_NOT_NAMES = {"I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
              "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
              "December"}


def _names_in(text: str) -> set[str]:
    """Capitalized words that are no common word or sit inside a sentence, days and months left out: who a pronoun
    may mean."""
    inside = {m.group(1) for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\b", text)}
    first = {m.group(1) for m in re.finditer(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\b", text) if not is_word(m.group(1).lower())}
    return (inside | first) - _NOT_NAMES


def _unfold_condition(sentence: str, context: str = "") -> list[str]:
    """"Is Rover an animal if all dogs are animals and Rover is a dog?" asks whether the question follows from what
    the condition states: the condition becomes a statement before the question (the same entailment). A lead-in
    ("Quick question:") drops."""
    if not sentence.rstrip().endswith("?"):
        return [sentence]
    stripped = _LEAD_IN.sub("", sentence.strip())
    sentence = stripped[:1].upper() + stripped[1:] if stripped != sentence.strip() else sentence
    first = _CONDITION_FIRST.match(sentence)
    if first is not None and not _NESTED_CONDITION.search(first.group("given")) and \
            not re.match(r"^(?:it true|it the case|it possible)\b", first.group("question").split(" ", 1)[-1], re.I):
        # assuming what the condition says, is the question answered? (the condition joins the statements; asked
        # as "is it true that if A, B?" instead, a "no" would need A itself to follow)
        given, question = first.group("given").strip(), first.group("question").strip()
        return [given[:1].upper() + given[1:] + ".", question[:1].upper() + question[1:] + "?"]
    match = _CONDITIONED.match(sentence)
    if match is None or '"' in sentence or _NESTED_CONDITION.search(match.group("given")) or \
            re.search(r"\bthat$", match.group("question").strip(), re.I):
        return [sentence]  # "Is it true that if A, B?": the condition is part of the statement asked about
    given = match.group("given").strip()
    if re.search(r"\b(?:he|she|him|her|his)\b", given, re.I):
        # "Does Dev get a bonus if he works on Saturday?": moved before the question, "he" would point at no one
        # (and became a person of its own); it is the text's one name, else the question is left whole
        named = _names_in(match.group("question").strip())
        if len(named) != 1 or _names_in(context) | _names_in(given) != named:
            return [sentence]  # another name in the text could be the one meant
        name = named.pop()
        given = re.sub(r"\b(?:he|she|him|her)\b", name, given, flags=re.I)
        given = re.sub(r"\bhis\b", f"{name}'s", given, flags=re.I)
    return [given[:1].upper() + given[1:] + ".", match.group("question").strip() + "?"]


_SUBORDINATORS = {"if", "unless", "when", "whenever", "either", "neither", "both", "only", "because", "since",
                  "although", "though", "while", "whereas", "but", "or", "nor", "so", "then", "therefore", "that"}


def _clause_list(sentence: str, grammar: Grammar) -> list[Formula] | None:
    """"A is ahead of B, B is ahead of C, and C is ahead of D": three statements joined by commas, each read on its
    own; None unless every part is a whole sentence and nothing (if, unless, but, or, quotes) joins them otherwise."""
    if '"' in sentence or "," not in sentence:
        return None
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?", sentence.strip().rstrip(".!")) if p.strip()]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", sentence)}
    if len(parts) < 2 or words & _SUBORDINATORS:
        return None
    formulas = []
    for part in parts:
        try:
            formulas.append(grammar.sentence(tokenize(normalize(part)), part))
        except NotUnderstood:
            return None
    return formulas


_SCENE_RE = re.compile(
    r"^(?:there (?:are|were) (?:two|three|four|five|six|seven|eight|\d+) (?:houses|seats|chairs|rooms|spots|places) "
    r"(?:in a row|in a line|side by side|next to each other)|"
    r"(?:there (?:are|were) )?(?:two|three|four|five|six|seven|eight|\d+) [a-z]+ (?:are|sit|stand|live|wait|"
    r"park|line up|were)(?: standing| sitting| parked| lined up| seated)? (?:in|on|at) "
    r"(?:a|an|the|two|three|four|five|six|seven|eight|\d+) "
    r"(?:row|line|queue|bench|floors?|storeys?|stories|chairs?|seats?|houses?)\b|"
    r"(?:two|three|four|five|six|seven|eight|\d+) [a-z]+ (?:lined|line|queued|queue) up(?: (?:for|at|outside|by) "
    r"(?:(?:the|a|an) )?[a-z]+(?: [a-z]+)?)?\s*[.!]?$|"  # "Four students lined up for the bus.": a line
    r"there (?:are|were) (?:\w+ )?(?:people|friends|inhabitants|suspects|students|runners|children|persons)|"
    r"(?:you|we) meet |(?:an?|the) (?:very )?(?:\w+ )?island |on an island|consider |here are |meet )", re.I)


# a scene's words may be hyphenated ("At the go-kart track,", "In the 100-metre race,"): a hyphen joins, never repeats
_SETTING_RE = re.compile(r"^(?:in|at|on|during|for) (?:a|an|the|this|that|one|their|our) [a-z0-9]+(?:-[a-z0-9]+)*"
                         r"(?: (?!are\b|is\b|there\b|were\b)[a-z]+(?:-[a-z]+)*){0,3}, ",
                         re.I)


_ANY_ORDER_RE = re.compile(r",? in (?:some|any|no particular|an unknown|some unknown) order(?=[.!]?$)", re.I)


def _strip_setting(sentence: str) -> str:
    """ "In a race, Sam finished ahead of Tim." -> "Sam finished ahead of Tim." (a scene, not a claim); "..., in some
    order." at the end says only that who is which is not told, which the cast already leaves open."""
    sentence = _ANY_ORDER_RE.sub("", sentence)
    match = _SETTING_RE.match(sentence)
    if match is None:
        return sentence
    rest = sentence[match.end():]
    return rest[:1].upper() + rest[1:]


_IN_THAT_ORDER = re.compile(
    r"^(?P<names>[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*) (?:stand|sit|are|wait|line up|are standing|are sitting|"
    r"are seated|stood|sat|were)(?: standing| sitting| seated)? in (?:a|the) (?:row|line|queue),? "
    r"in (?:that|this) order"
    r"(?:,? (?:from )?(?P<direction>left to right|right to left|front to back|back to front|first to last))?\.?$")


def _in_that_order(sentence: str, names: dict[str, str]) -> list[str] | None:
    """The names in their places, first (left, front) to last, for "A, B and C sit in a row in that order
    (from left to right)"; None for any other sentence or a name the text does not know."""
    match = _IN_THAT_ORDER.match(sentence.strip())
    if match is None:
        return None
    listed = [n for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("names")) if n]
    if any(n.lower() not in names for n in listed) or len(set(listed)) != len(listed):
        return None
    shown = [names[n.lower()] for n in listed]
    return shown[::-1] if match.group("direction") in ("right to left", "back to front") else shown


_FLOOR_NUMBER = r"(?:\d+|first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|top|bottom|ground)"
_FLOORS_OF_CAST = re.compile(
    rf"^[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w* (?:live|lived|work|worked|are|were) on (?:the )?"
    rf"(?:floors {_FLOOR_NUMBER}(?:, {_FLOOR_NUMBER})*,? and {_FLOOR_NUMBER}|floors \d+ (?:to|through) \d+|"
    rf"{_FLOOR_NUMBER}(?:, {_FLOOR_NUMBER})*,? and {_FLOOR_NUMBER} floors)"
    r"(?: of (?:a|an|the) [\w -]+)?\.?$")


def _floors_of_cast(sentence: str) -> bool:
    """As many floors as people, one each: "A, B and C live on floors 1, 2 and 3" / "... on floors 1 to 3"."""
    match = _FLOORS_OF_CAST.match(sentence)
    if match is None:
        return False
    named = len(re.findall(r"\b[A-Z]\w*", sentence[: sentence.find(" on ")]))
    span = re.search(r"floors (\d+) (?:to|through) (\d+)", sentence)
    floors = int(span.group(2)) - int(span.group(1)) + 1 if span else \
        len(re.findall(rf"\b{_FLOOR_NUMBER}\b", sentence[sentence.find(" on "):].split(" of ")[0]))
    return floors == named


def _is_scene_setting(sentence: str, tokens: list[Token], names: dict[str, str]) -> bool:
    """ "You meet three inhabitants: A, B and C." / "There are three friends: ..." -- the cast, no claim."""
    if re.match(r"^(?:the|their) (?:owners|names|people|friends|players|runners|residents|tenants) are "
                r"[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*\.?$", sentence.strip(), re.I):
        return True  # "The owners are Ed, Flo and Guy." names the cast
    if re.match(r"^(?i:there (?:are|were) (?:\w+ )?)(?:people|persons|inhabitants|islanders|friends|suspects|kids|"
                r"children|students), [A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*\.?$", sentence.strip()):
        return True  # "There are three people, Pia, Quin and Ray.": the cast
    if _floors_of_cast(normalize(sentence).strip()):
        return True  # "Yara, Zane and Abby live on the first, second and third floors": one floor each, no claim
    if re.match(r"^(?i:(?:an? |the )?[a-z]+ (?:meets|met|encounters|encountered|comes across|came across) "
                r"(?:two|three|four|five|\d+) (?:people|persons|inhabitants|islanders|natives|strangers|guards|men|"
                r"women)), [A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*\.?$", sentence.strip()):
        return True  # "A logician meets two people, Kit and Lex.": the visitor and the cast, no claim
    met = re.match(r"^(?:you|we|i) (?:meet|met|encounter|encountered|come across|came across|run into|ran into)"
                   r"(?: (?:two|three|four|five|\d+) (?:people|persons|inhabitants|islanders|natives|strangers),?)? "
                   r"(?P<names>[A-Z][\w'-]*(?:(?:, | and |, and )[A-Z][\w'-]*)*)\.?$", sentence.strip(), re.I)
    if met is not None and all(n.lower() in names for n in re.split(r", and |, | and ", met.group("names"))):
        return True  # "You meet Pip and Quin.": who the puzzle is about, no claim
    scene = re.match(r"^there (?:is|was) (?:a|an) (?:long |short )?(\w+)(?: (?:at|in|on|outside|for) (?:the|a|an) "
                     r"[a-z]+(?: [a-z]+)?)?\.?$", normalize(sentence).strip(), re.I)
    if scene is not None and scene.group(1).lower() in SCENE_OBJECTS:
        return True  # "There's a queue at the bank.": where the puzzle happens, no claim
    cast = _CAST_RE.search(sentence)
    if cast is not None and len(sentence[: cast.start()].split()) <= 8 and \
            not any(w in sentence[: cast.start()].lower().split() for w in ("not", "says", "said", "than", "if")):
        return True
    if _SCENE_RE.match(sentence.strip()) and (":" in sentence or not any(t.low in names for t in tokens)):
        return ":" in sentence or sentence.strip().lower().startswith(("you meet", "we meet", "there are", "there were",
                                                                       "meet")) or \
            re.match(r"^(?:two|three|four|five|six|seven|eight|\d+) ", sentence.strip().lower()) is not None
    return False


def resolve_speech(reading: Reading) -> list[tuple[str, Formula, str]]:
    """Speeches and kinds as premises: kind(speaker) decides the claim; every person has exactly one kind."""
    kinds = reading.kinds
    mentioned = {node.predicate for _, f, _ in reading.premises for node in walk(f) if isinstance(node, Atom)} | \
        {node.predicate for s in reading.speeches for node in walk(s.claim) if isinstance(node, Atom)}
    if not kinds.all:
        for word in sorted(mentioned):
            if word in {slug(w) for w in TRUTHFUL_WORDS}:
                kinds.truthful.append(word)
            elif word in {slug(w) for w in LYING_WORDS}:
                kinds.lying.append(word)
            elif word in {slug(w) for w in FREE_WORDS}:
                kinds.free.append(word)
        if kinds.free and not kinds.truthful and not kinds.lying:
            kinds.free.clear()
        partners = {"knight": "knave", "knave": "knight", "liar": "truth_teller", "truth_teller": "liar",
                    "truthteller": "liar"}
        if len(kinds.truthful) + len(kinds.lying) == 1:  # "We are both knaves": the other kind is the knight
            only = (kinds.truthful + kinds.lying)[0]
            partner = partners.get(only)
            if partner is not None:
                (kinds.lying if kinds.truthful else kinds.truthful).append(partner)
    out: list[tuple[str, Formula, str]] = []
    by_speaker: dict[Const, list[Formula]] = {}
    for speech in reading.speeches:
        by_speaker.setdefault(speech.speaker, []).append(speech.claim)
    truth_of: dict[Const, Formula] = {}
    if kinds.all:
        if kinds.truthful and not kinds.lying and len(kinds.all) == 1:
            kinds.lying.append("__other")
        for person in reading.people:
            out.append((f"kind_{person.key}", Count(tuple(Atom(k, (person,)) for k in kinds.all), 1, 1),
                        f"{reading.lexicon.displays.get(person.key, person.key)} is of exactly one kind"))
            truth_of[person] = disj([Atom(k, (person,)) for k in kinds.truthful]) if not kinds.free else \
                conj(by_speaker.get(person, [])) if person in by_speaker else Atom("__unknown_truth", (person,))
    elif reading.speeches:
        for person in reading.people:
            truth_of[person] = Atom("__truthful_speaker", (person,))

    truthful_words = {slug(w) for w in TRUTHFUL_WORDS}
    lying_words = {slug(w) for w in LYING_WORDS}

    def rewrite(formula: Formula) -> Formula:
        if isinstance(formula, Atom) and kinds.all and formula.predicate not in kinds.all and \
                len(formula.args) == 1 and (formula.predicate in truthful_words or formula.predicate in lying_words) \
                or isinstance(formula, Atom) and not kinds.all and truth_of and len(formula.args) == 1 and \
                formula.predicate in SPEAKER_WORDS:
            # "B is a liar" in a puzzle of knights and knaves: B is lying, i.e. of a lying kind; "Who is the liar?"
            # of speakers with no kinds: whose statement is false
            truthful = Atom(TRUTHFUL, formula.args)
            formula = truthful if formula.predicate in truthful_words else Not(truthful)
            return rewrite(formula)
        if isinstance(formula, Atom):
            if formula.predicate == TRUTHFUL and not isinstance(formula.args[0], Const) and kinds.all:
                # "Some politicians are honest" beside "honest people" (a kind): whoever is truthful is of a truthful
                # kind, as for a named person; with kinds of free speakers, or no truthful kind, that is not fixed
                if kinds.free or not kinds.truthful:
                    raise NotUnderstood("tells the truth", "which kinds tell the truth is not fixed")
                return disj([Atom(k, formula.args) for k in kinds.truthful])
            if formula.predicate == TRUTHFUL and isinstance(formula.args[0], Const) and truth_of:
                target = truth_of.get(formula.args[0])
                if target is None or (isinstance(target, Atom) and target.predicate == "__unknown_truth"):
                    raise NotUnderstood("tells the truth", "whose statement is meant is not clear")
                return target
            if formula.predicate == SAME_KIND and len(formula.args) == 2:
                a, b = formula.args
                return conj([Iff(Atom(k, (a,)), Atom(k, (b,))) for k in kinds.all])
            return formula
        from agentlib.puzzles.english.logic import children
        if not children(formula):
            return formula
        return _rebuild(formula, rewrite)

    reading.rewrite = rewrite
    rewritten = [(label, rewrite(f), s) for label, f, s in reading.premises]
    for number, speech in enumerate(reading.speeches, 1):
        claim = rewrite(speech.claim)
        label = f"say{number}"
        if kinds.all:
            parts = [Implies(Atom(k, (speech.speaker,)), claim) for k in kinds.truthful]
            parts += [Implies(Atom(k, (speech.speaker,)), Not(claim)) for k in kinds.lying]
            out.append((label, conj(parts), speech.sentence))
        else:
            out.append((label, Iff(Atom("__truthful_speaker", (speech.speaker,)), claim), speech.sentence))
    return rewritten + out


# Words for one whose statement is true or false, as a question about plain speakers may use them ("Who is the liar?",
# "Which of them is the truth-teller?"); "knight" and "knave" name kinds, and only a puzzle of kinds asks of them.
SPEAKER_WORDS = {"liar", "truth_teller", "truthteller", "honest", "dishonest"}


def _rebuild(formula: Formula, rewrite) -> Formula:  # type: ignore[no-untyped-def]
    from agentlib.puzzles.english import logic as lg

    if isinstance(formula, lg.Not):
        return lg.Not(rewrite(formula.body))
    if isinstance(formula, lg.And):
        return lg.And(tuple(rewrite(p) for p in formula.parts))
    if isinstance(formula, lg.Or):
        return lg.Or(tuple(rewrite(p) for p in formula.parts))
    if isinstance(formula, lg.Count):
        return lg.Count(tuple(rewrite(p) for p in formula.parts), formula.low, formula.high)
    if isinstance(formula, lg.Quantified):
        return lg.Quantified(formula.kind, formula.var, rewrite(formula.body))
    return type(formula)(rewrite(formula.left), rewrite(formula.right))  # type: ignore[call-arg, union-attr]


__all__ = ["Reading", "Speech", "KindSet", "read_text", "resolve_speech", "is_question", "find_names", "WHO",
           "ORDINALS", "RELATIVES", "WH_WORDS", "FILLER_ADVERBS", "Var"]
