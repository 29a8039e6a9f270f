"""Paraphrased prose read loosely: clauses -> phrases about subjects -> propositions matched by meaning.

The controlled grammar (`grammar.py`) reads a sentence only when every word has a place; prose that says one
thing twice in different words ("consumes ample water" ... "drinks plenty of water") defeats it. This reader
is the fallback for a yes/no question about such a context, and it says so: its answers are `unverified`
(Z3 proves the answer from the reading, but the reading rests on matched wordings, not on a parse).

1. Sentences are cut at their connectives, by structure, into a skeleton over clauses: "if A, (then) B",
   "B if A", "A only if B", "unless A, B", "whenever A, B", "A leads to / results in / means B", "people who A
   (tend to) B", "slender people B", "all N B", "Ns B" (a generic about a class), "this X B" (a rule from what
   was just said),
   "(either) A or B", "at least one of: A or B", "uncertain whether A or B" (one of them holds), "A, while
   B", "A and B"; a subject list distributes ("Ann and Bo are tall"), so does an object list ("unable to save
   on either maintenance or fuel"). Sentences that only remark on what is known ("it is unclear which") say
   nothing.
2. A clause is a `Phrase`: its subject (a named individual, a class, "someone" = any individual, or a pronoun
   resolved to the last one named), its polarity (an odd number of "not", "never", "unable", "fails to",
   "lacks", "refrains from", "unlikely" ... flips it) and its content, the rest of its words, compared by
   meaning (`meaning.py`).
3. Strength: facts hold; rules ("if", "all", generics) hold unless a fact contradicts them; hedged rules and
   facts ("typically", "usually", "tend to", "known for", "often", "likely") are defaults, weaker still;
   "X is an exception" takes X out of the defaults stated before; "a certain N" / "there is one N that" is a member
   of the class other than everyone named. Reports ("Ann insists that P", "according to Bo, P": `reports.py`) are
   defaults of their own, ranked by the question's condition "if Ann's evidence is more reliable than Bo's".
   `defaults.py` decides over these ranks (one extension, i.e. classical logic, when nothing conflicts).
4. Propositions: context phrases are grouped by meaning (`meaning.group`; phrases of two different rules only
   when nearly the same wording or a chain links them, since each rule is stated about its own propositions; a
   fact joins a rule's phrase it is clearly closest to), each question phrase goes to the closest group
   (`meaning.nearest`, a new proposition below the floor), and atoms are (individual, proposition) pairs;
   "Ann's aunt" is another individual than Ann; rules about "someone" or a class are instantiated for every
   individual the text and the question name (a class named as a subject counts as two unnamed members, since it
   is plural).

Left out: quantities, time, tense as meaning, relations between two individuals, and certainty about any
of the above: a wording the matcher pairs wrongly gives a wrong answer, which is why answers are unverified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from agentlib.puzzles.english import (
    affixed_negation,
    cessation,
    defaults,
    descriptions,
    knowledge_remarks,
    meaning,
    mentions,
    near_misses,
    reports,
    specificity,
)
from agentlib.puzzles.english.meaning import root
from agentlib.puzzles.english.text import normalize, split_sentences
from agentlib.puzzles.english.verb_forms import finite_form
from agentlib.puzzles.english.words import (
    ARTICLES,
    NUMBER_WORDS,
    POSSESSIVES,
    PREPOSITIONS,
    is_word,
    lemma,
    third_person,
)

_FUNCTION_WORDS = meaning.FUNCTION_WORDS | {
    "the", "because", "while", "whether", "either", "neither", "if", "when", "unless", "although", "though", "since",
    "whose", "whom", "which", "what", "who", "where", "how", "why", "than", "into", "onto", "upon", "about", "despite",
    "whereas", "moreover", "furthermore", "nevertheless", "nonetheless", "meanwhile", "however", "therefore", "thus",
    "hence", "consequently", "conversely", "additionally", "besides", "indeed", "otherwise", "instead", "likewise",
    "similarly", "accordingly", "regardless", "amidst", "amid", "among", "within", "without", "throughout",
    "towards", "toward", "yet", "nor", "once", "whenever", "wherever", "whoever"}
_AUXILIARY_WORDS = {"does", "is", "was", "has", "always", "sometimes", "perhaps", "thus", "this", "its", "his", "hers",
                    "yes", "less", "unless", "as", "us", "news", "series"}
GENERIC = "?x"  # the subject of a rule about anyone
MAIN = "_"  # the one individual of a text that names nobody ("I", "the main character", "it rains")
FACT, RULE, DEFAULT = 0, 1, 2
MAX_TERMS = 8
MAX_SENTENCES = 60

stem = root  # the word roots the controlled grammar uses to spot two wordings of one property (`family.py`)

_NEGATORS = {"not", "never", "no", "nobody", "nothing", "none", "neither", "nor", "without", "unable", "unlikely",
             "cannot", "inability", "lack", "lacks", "lacked", "lacking", "refrain", "refrains", "refrained",
             "refraining", "absent"}
# verbs that deny what follows them only before "to" / "from" ("fails to study", but "fails the course")
_NEGATING_VERBS = {"fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "neglect",
                   "neglects", "neglected", "neglecting", "forget", "forgets", "forgot", "forgetting", "cease",
                   "ceases", "ceased", "abstain", "abstains", "abstained", "decline",
                   "declines", "declined"}
_HEDGES = {"typically", "usually", "generally", "normally", "often", "commonly", "frequently", "mostly", "likely",
           "probably", "tend", "tends", "tended", "inclined", "naturally", "unlikely", "customarily", "ordinarily"}
_HEDGE_PHRASES = re.compile(r"\b(?:known (?:for|to)|expected to|it is (?:likely|probable|common|typical) (?:that|for)|"
                            r"are|is|were|was) ?(?:known for|known to|expected to)?\b")
_DROP = {"will", "would", "shall", "should", "must", "can", "could", "may", "might", "do", "does", "did", "also",
         "then", "indeed", "definitely", "certainly", "surely", "really", "actually", "always", "still", "even",
         "subsequently", "currently", "now", "today", "truly", "highly", "very", "both", "either", "all",
         "to", "be", "able", "going", "it", "that", "is", "are", "was", "were", "am", "been", "being", "there",
         "seem", "seems", "seemed", "appear", "appears", "appeared", "so", "just", "only", "however", "too",
         "for", "them", "him", "her", "their", "his", "its", "they", "he", "she", "i", "we", "you", "me", "us",
         "one", "of", "a", "an", "the", "as", "well", "at", "same", "time", "known", "expected", "regarded",
         "considered", "likely", "more"}
_MODALS = {"will", "would", "shall", "should", "must", "can", "could", "may", "might", "do", "does", "did",
           "definitely", "certainly", "surely", "really", "actually", "indeed", "subsequently", "also", "still",
           "even", "always", "just", "both", "either", "seem", "seems", "seemed", "appear", "appears", "appeared"}
_LEADING = {"to", "be", "is", "are", "was", "were", "am", "been", "being", "able", "going", "that", "then", "and",
            "so", "it", "there", "as", "for", "of"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me", "you", "we", "us", "his", "my", "our", "your", "it", "its"}
_PLURAL_PRONOUNS = {"they", "them", "their"}
# an auxiliary standing for a verb phrase said before ("Bo never does", "Ann can't")
_ELLIPSIS = {"does", "do", "did", "doesn't", "don't", "didn't", "is", "are", "was", "were", "can", "could", "will",
             "would", "has", "have", "had", "cannot"}
# adjectives that make "a/an N" one particular member of a class, not the class ("a certain owl never does")
_SPECIFIC = {"certain", "particular", "peculiar", "unusual", "exceptional", "specific", "single", "lone", "rare", "odd",
             "strange", "curious", "unique", "solitary", "atypical"}
_GENERIC_WORDS = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "whoever", "individuals",
                  "individual", "person", "persons", "people", "those", "humans", "human", "one", "others"}
# nouns for another individual after a possessive ("Ann's aunt"): a sentence about them says nothing of Ann
_RELATIVES = {"mother", "father", "parent", "brother", "sister", "sibling", "aunt", "uncle", "cousin", "son",
              "daughter", "child", "wife", "husband", "partner", "friend", "neighbor", "neighbour", "colleague", "boss",
              "teacher", "classmate", "roommate", "grandmother", "grandfather", "grandparent", "niece", "nephew",
              "coach", "doctor", "dog", "cat", "pet"}
_QUANTIFIERS = {"all", "every", "each", "any"}
# nouns whose plural is the singular ("trout, salmon and carp lay eggs"): plural as a class subject
_INVARIANT_PLURALS = {"sheep", "deer", "fish", "trout", "salmon", "carp", "cod", "tuna", "bison", "moose", "swine",
                      "aircraft", "spacecraft", "species", "shrimp", "squid", "elk", "reindeer"}
# quantifiers floated after a subject list ("cats, dogs and rabbits all have fur"): they add nothing to the property
_FLOATED = {"all", "both", "each"}
_META = re.compile(
    r"\b(?:uncertain|unknown|unclear|unsure|not sure|(?:do|does|did) not know (?:which|whether|if|what|for)|"
    r"we cannot (?:determine|say|tell)|"
    r"cannot be sure|could be the case|it could be|it is possible that|could simply|possibly|ambiguous|not certain|"
    r"(?:lack|do not possess|do not have) (?:of )?(?:any )?(?:knowledge|information)|veracity|accuracy|"
    r"which (?:one|of these|statement|specific|option)|exact combination|the (?:first|second) statement|only \(1\)|"
    r"solely|rephrased|or even both|or both (?:are|of them|could|statements)|both could|one of these scenarios)\b",
    re.I)
_OPENERS = re.compile(
    r"^(?:(?:typically|usually|generally|normally|often|commonly|in general|as a rule|conversely|however|moreover|"
    r"furthermore|additionally|also|and|but|so|then|now|today|still|yet|"
    r"nevertheless|nonetheless|meanwhile|besides|in addition|in fact|indeed|in this (?:particular )?"
    r"(?:situation|case|context|instance|scenario)|in this case|on the other hand|similarly|likewise|"
    r"as a result|in the end|specifically|here|one (?:day|morning|afternoon|evening|night|weekend)|in particular|"
    r"at the same time|despite this|(?:just )?(?:unlike|like) (?:the|most|many|all|other|his|her|their)"
    r"(?: [a-z']+){0,4}(?=,)|"
    r"in general|generally speaking|importantly|interestingly|notably|of course|it is important to note that|"
    r"we (?:also )?(?:do )?know (?:for (?:certain|sure) )?that|we are (?:also )?aware that|"
    r"(?:[a-z]+ ){1,4}?(?:knows?|knew) (?:this|the following|that much)(?=:)|"
    r"it is (?:also )?(?:known|certain|true|clear|evident|a fact|established|given) that|it is known|"
    r"it is (?:generally|usually|typically|normally|often|always) (?:true|the case) that|"
    r"the only thing we know (?:for (?:certain|sure) )?is that|the situation is that|the fact is that|"
    r"(?:the specific case|the context|this context|the case) [a-z ]{0,30}?(?:concludes|states|says|shows) that|"
    r"out of the two options|in (?:this|that|the) [a-z]+(?: [a-z]+)?,)[,:]?\s+)+", re.I)
# discourse adverbs set off by commas inside a clause ("Ottilie, however, is ...") and "at all" after a denial: they
# mark a contrast or stress, never a proposition
_ASIDES = re.compile(r",\s*(?:however|though|on the other hand|in contrast|by contrast|meanwhile|nevertheless|"
                     r"for (?:his|her|their) part|in turn|instead)\s*,\s*|\s+at all\b", re.I)
_SCENE = re.compile(r"^(?:(?:in|on|at|amidst|amid|among|across|throughout|within|during|over) (?:the|a|an|this|that|"
                    r"our|their)\b[^,]{0,80}?(?:,\s*|\s+(?:where|in which)\s+(?P<where>[^,]+),\s*)|"
                    r"(?:it (?:is|was) (?:an? )?(?:undisputed|well-known|widely known|known|established|common) "
                    r"(?:truth|fact|knowledge)? ?that)\s+|(?:[a-z ,]{0,60}\bwe (?:discover|find|learn|realize|"
                    r"notice|see) that)\s+)", re.I)

@dataclass(frozen=True)
class Phrase:
    """One clause: who it is about, whether it is denied, and what it says (the words compared for meaning)."""

    text: str
    subject: str  # a term key, GENERIC, MAIN, or "@other:<class>" (a member of the class other than the named)
    content: str
    negated: bool = False


Skeleton = tuple  # ("lit", Phrase) | ("not", s) | ("and", s...) | ("or", s...) | ("if", s, s) | ("exactly", n, s...)


@dataclass
class Statement:
    skeleton: Skeleton
    rank: int  # FACT, RULE or DEFAULT (see the module notes); reports carry their source instead
    sentence: str
    source: str = ""  # the individual a report comes from ("Ann insists that ...")


@dataclass
class Reading:
    statements: list[Statement] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # key -> as written
    terms: list[str] = field(default_factory=list)  # individuals and class members, in order of mention
    members: dict[str, list[str]] = field(default_factory=dict)  # class content -> its unnamed members
    classes: set[str] = field(default_factory=set)  # classes generic sentences speak of ("car")
    exceptions: list[tuple[str, int]] = field(default_factory=list)  # (term, defaults before this statement)
    skipped: list[str] = field(default_factory=list)  # sentences that remark on what is known
    last_subjects: list[str] = field(default_factory=list)
    introduced: dict[str, str] = field(default_factory=dict)  # noun -> the individual introduced with it


@dataclass
class Asked:
    """The question: a skeleton, the reports' ranks its condition sets, and the condition itself."""

    skeleton: Skeleton
    condition: Skeleton | None = None
    report_ranks: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class LooseAnswer:
    answer: Literal["yes", "no"]
    propositions: list[list[str]]  # each proposition's wordings, as matched
    extensions: int
    similarity: str


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*|\d+|,", text.lower().replace("'s ", " 's ").replace("’", "'"))


def _is_plural_noun(word: str) -> bool:
    if word in _GENERIC_WORDS or word in _PLURAL_PRONOUNS or word in _AUXILIARY_WORDS or len(word) < 3:
        return False
    base = lemma(word, "NOUN")
    if base != word and not is_word(word) and len(word) >= 6 and word.endswith(("ers", "ists", "ians", "ors")):
        return True  # a word the lexicon lacks, made by a suffix for people ("glassblowers", "beatboxers")
    return base != word and is_word(base, "NOUN") and not word.endswith("ss")


def _is_class_plural(word: str) -> bool:
    """A plural noun, or one whose plural is the singular ("salmon"), as the head of a class subject."""
    return _is_plural_noun(word) or word in _INVARIANT_PLURALS


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def _calendar_word(low: str, before: str) -> bool:
    """A day, or a month after a preposition ("on Monday", "in June"): a time, not a person ("June" alone may be)."""
    return low in _WEEKDAYS or low in _MONTHS and before in PREPOSITIONS | {"since", "until", "last", "next", "every"}


def find_names(text: str) -> dict[str, str]:
    """Capitalized words inside sentences (and unknown capitalized first words): the individuals named."""
    found: dict[str, str] = {}
    # a capital after a colon begins a sentence ("Everyone knows this: Firefighters are brave"), not a name
    parts = [part for sentence in split_sentences(normalize(text)) for part in re.split(r":\s+(?=[A-Z])", sentence)]
    for sentence in parts:
        words = re.findall(r"[A-Za-z]+", sentence)
        for k, word in enumerate(words):
            low = word.lower()
            if not word[:1].isupper() or low in _DROP | _NEGATORS | _GENERIC_WORDS | _FUNCTION_WORDS | {"if", "i"}:
                continue
            if k > 0 and words[k - 1].lower() in ("the", "a", "an") and is_word(low):
                continue
            listed_with_name = k >= 2 and words[k - 1].lower() in ("and", "or") and words[k - 2].lower() in found
            if _is_plural_noun(low) and not is_word(low) and not listed_with_name:
                continue  # "Glassblowers tend to ...": a class, not a name ("Ann and Anders" are two people)
            if _calendar_word(low, words[k - 1].lower() if k > 0 else ""):
                continue
            if k > 0 or not is_word(low) and not re.search(rf"(?<![.!?]\s)\b{low}\b", text):
                found.setdefault(low, word)  # a first word written in lower case elsewhere is no name
    for sentence in split_sentences(normalize(text)):  # "Mark and Lisa ...": a first word listed with a name
        first = re.match(r"^([A-Z][a-z]+)\s+(?:and|or)\s+([A-Z][a-z]+)\b", sentence.strip())
        if first is not None and first.group(2).lower() in found and first.group(1).lower() not in _FUNCTION_WORDS:
            found.setdefault(first.group(1).lower(), first.group(1))
    for _before, word in re.findall(r"(^|[,;:(]|\b(?:[Aa]nd|[Oo]r|[Tt]hat|[Ii]f|[Ee]ither|[Ww]hether|[Bb]ut|[Ww]hen|"
                                   r"[Ww]hile|[Ss]o|[Bb]ecause|[Tt]hen)\b)\s*\b([a-z]{3,})\b", normalize(text)):
        if not is_word(word) and word not in found and word not in _FUNCTION_WORDS and not _is_plural_noun(word):
            found[word] = word.capitalize()  # a name written in lower case where a subject begins ("and jane won't")
    return found


# ---------------------------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, reading: Reading):
        self.reading = reading
        self.last_content = ""
        self.last_class = ""  # the class a generic sentence was about ("Cars ..."), for a following "they"

    # subjects --------------------------------------------------------------------------------

    def term(self, key: str) -> str:
        if key not in self.reading.terms:
            self.reading.terms.append(key)
        return key

    def subjects(self, words: list[str], generic: bool) -> tuple[list[str], list[str]]:
        """(subject keys, the words after the subject). A clause whose subject is "someone", a pronoun inside a
        generic rule, or a class is about GENERIC; a pronoun elsewhere is the last individual named."""
        names = self.reading.names
        k = 0
        while k < len(words) and words[k] in ("and", "that", "then", "so"):
            k += 1
        described = descriptions.introduction(words[k:], set(names)) or descriptions.reference(
            words[k:], self.reading.introduced)
        if described is not None:  # "my neighbor Sam ...", "Ruth, a retired teacher, ...", "the intern ..."
            key = self.term(described[0])
            if len(described) == 3:
                descriptions.remember(self.reading.introduced, described[1], described[0])
                kind = descriptions.kind_said(words[k:])
                if kind:  # "Vesna, a tram driver, ...": she is one, as "one tram driver named Vesna" says
                    self.reading.statements.append(Statement(("lit", Phrase(kind, key, kind)), FACT, kind))
            self.reading.last_subjects = [key]
            return [key], described[-1]
        while k < len(words) and words[k] == "the":
            k += 1
        rest = words[k:]
        if not rest:
            return [], words
        for j in range(min(len(rest) - 1, 10)):
            if rest[j] in ("named", "called") and rest[j + 1] in names:  # "a person named John, whose ..."
                name = self.term(rest[j + 1])
                self.reading.last_subjects = [name]
                before = [w for w in rest[:j] if w != ","]
                kind = before[-1] if before and before[-1] not in _GENERIC_WORDS | {"a", "an", "one"} else ""
                if kind:  # "one child named Emily": Emily is a child (and "the child" is Emily)
                    descriptions.remember(self.reading.introduced, lemma(kind, "NOUN"), name)
                    self.reading.statements.append(Statement(("lit", Phrase(kind, name, kind)), FACT, kind))
                after = [w for w in rest[j + 2:] if w != ","]
                return [name], after[1:] if after[:1] and after[0] in ("who", "whose", "which") else after
        head = rest[0]
        noun = lemma(head, "NOUN")
        if noun in self.reading.terms and noun not in names:  # "the cats" where cats were named as a kind
            return [noun], rest[1:]
        if head in ("this", "that", "the") and len(rest) > 1 and lemma(rest[1], "NOUN") in self.reading.classes and \
                lemma(rest[1], "NOUN") == rest[1]:  # "this car": a member of a class the text has a rule about
            kind = rest[1]
            key = self.term(f"{kind}#{head}")
            if key not in self.reading.members.get(kind, []):
                self.reading.members.setdefault(kind, []).append(key)
            after = rest[2:]
            while after and after[0] in ("with", "of", "in", "on") and len(after) > 1:
                after = after[2:] if after[1] in NUMBER_WORDS or after[1] in ("a", "an", "the", "all", "its") \
                    else after[1:]
                while after and not (after[0] in _MODALS or after[0] in _LEADING or is_word(after[0], "VERB")):
                    after = after[1:]
            return [key], after
        if head in names:
            listed, j = [head], 1
            while j + 1 < len(rest) and rest[j] in ("and", ",", "or"):
                while j + 1 < len(rest) and rest[j] in ("and", ",", "or") and rest[j + 1] in ("and", ",", "or"):
                    j += 1
                if rest[j + 1] not in names:
                    break
                listed.append(rest[j + 1])
                j += 2
            if j < len(rest) and rest[j] in ("'s", "s"):  # `_words` leaves the "s" of "Ann's"
                j += 1
                if len(listed) == 1 and j < len(rest) and lemma(rest[j], "NOUN") in _RELATIVES:
                    # "Ann's aunt is a librarian": said of someone else, not of Ann
                    return [self.term(f"{head}'s {lemma(rest[j], 'NOUN')}")], rest[j + 1:]
            keys = [self.term(n) for n in listed]
            self.reading.last_subjects = keys
            return keys, rest[j:]
        member = self.particular_member(rest)
        if member is not None:
            return member
        if head in ("it", "there") and not generic:
            return [MAIN], rest[1:]  # "it will rain", "there is a blackout": about no one named, whoever was last
        if head in _PERSON_PRONOUNS:
            return [GENERIC] if generic else self.last(), rest[1:]
        if head in _PLURAL_PRONOUNS:
            return [GENERIC] if generic else (self.reading.last_subjects or self.last()), rest[1:]
        if head in ("no", "nobody") and (len(rest) == 1 or rest[1] in ("one", "body") or head == "nobody"):
            skip = 1 if head == "nobody" else 2
            return [GENERIC], ["not", *rest[skip:]]
        if head in _GENERIC_WORDS or (head in ("a", "an", "any", "every", "each") and len(rest) > 1 and
                                       rest[1] in _GENERIC_WORDS):
            skip = 1 if head in _GENERIC_WORDS else 2
            return [GENERIC], rest[skip:]
        if head in ("a", "an", "this", "that", "these", "those", "my", "his", "her", "our", "your", "its") or \
                words[0] == "the" and head not in _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _GENERIC_WORDS:
            return [MAIN], words  # "the train has left": the thing is part of what is said

        return [], words

    def particular_member(self, rest: list[str]) -> tuple[list[str], list[str]] | None:
        """ "one owl", "a certain owl", "there is one owl that ...": a member of a class the text has a rule about,
        other than every individual named (an exception not named is someone else)."""
        k = 2 if rest[:1] == ["there"] and rest[1:2] and rest[1] in ("is", "was", "exists", "existed", "lived") else 0
        if k >= len(rest) or rest[k] not in ("one", "a", "an"):
            return None
        for j in range(k + 1, min(len(rest), k + 4)):
            noun = lemma(rest[j], "NOUN")
            if j + 1 < len(rest) and f"{rest[j]} {rest[j + 1]}" in self.reading.classes:
                j, noun = j + 1, f"{rest[j]} {rest[j + 1]}"  # "a particular ferry captain": a compound class
            if noun in self.reading.classes and rest[j] == noun.split()[-1]:
                if rest[k] != "one" and not any(w in _SPECIFIC for w in rest[k + 1:j]):
                    return None  # "a swimmer trains": any swimmer, not one in particular
                kind = noun
                key = self.term(f"{kind}#{len(self.reading.members.get(kind, [])) + 1}")
                self.reading.members.setdefault(kind, []).append(key)
                after = [w for w in rest[j + 1:] if w not in (",", "however", "though", "too")]
                if after[:1] and after[0] in ("who", "that", "which"):
                    after = after[1:]
                return [key], after
            if rest[j] in _SPECIFIC or (is_word(rest[j], "ADJ") and not is_word(rest[j], "VERB")):
                continue
            return None
        return None

    def last(self) -> list[str]:
        named = [t for t in self.reading.terms if t in self.reading.names]
        return [named[-1]] if named else [MAIN]

    # phrases ---------------------------------------------------------------------------------

    def phrase(self, text: str, subject: list[str] | None, generic: bool) -> list[Phrase]:
        """The clause `text` as one phrase per subject (a subject list distributes); `subject` overrides."""
        words = _words(text)
        found, rest = self.subjects(words, generic)
        if subject is not None and not found:
            found = subject
        if not found:
            found = [GENERIC] if generic else self.last()
        rest = _person_who(rest)
        rest = cessation.as_denial(rest)  # "no longer drinks", "has stopped drinking": "not" + the proposition
        rest = affixed_negation.as_denial(rest)  # "is impatient", "dislikes jazz": "not" + the word denied
        denial = [w in _NEGATORS or (w in _NEGATING_VERBS and k + 1 < len(rest) and rest[k + 1] in ("to", "from"))
                  for k, w in enumerate(rest)]
        negated = sum(denial) % 2 == 1
        kept = [w for w, denies in zip(rest, denial) if not denies and w not in _HEDGES and w not in _MODALS
                and w not in self.reading.names and w not in ("'s", ",")]
        while kept and (kept[0] in _LEADING or kept[0] in _FLOATED):
            kept = kept[1:]
        content = " ".join(kept)
        if not meaning.roots(content):
            if not (_ELLIPSIS & set(rest)) or not self.last_content:
                return []
            content = self.last_content  # "..., but Bo never does": the verb phrase said last
        return [Phrase(text.strip(" ,.;:"), s, content, negated) for s in found]

    def literal(self, text: str, subject: list[str] | None = None, generic: bool = False) -> Skeleton | None:
        """One clause as a literal per subject; two verb phrases joined by "and" ("share secrets and display
        loyalty") as two literals about the same subjects."""
        verbs = _split_verb_phrases(text)
        if verbs is not None:
            left = self.literal(verbs[0], subject, generic)
            first = _first_phrase(left)
            if left is not None and first is not None:
                right = self.literal(verbs[1], [first.subject] if subject is None else subject, generic)
                if right is not None:
                    return ("and", left, right)
        phrases = self.phrase(text, subject, generic)
        if not phrases:
            return None
        phrases = [self.resolve_property(p) for p in phrases]
        self.last_content = phrases[-1].content
        lits = [("lit", p) for p in phrases]
        return lits[0] if len(lits) == 1 else ("and", *lits)

    def resolve_property(self, phrase: Phrase) -> Phrase:
        """ "lack this characteristic" -> what was last said of someone ("have exquisite fur")."""
        if re.fullmatch(r"(?:this|that|such|these|the same) (?:characteristic|trait|feature|quality|property|"
                        r"ability|behaviou?r|habit|attribute|norm|rule|pattern)s?", phrase.content) and \
                self.last_content:
            return Phrase(phrase.text, phrase.subject, self._last_default() or self.last_content, phrase.negated)
        return phrase

    def _last_default(self) -> str:
        """What the last default said of its class ("cats, dogs and rabbits, all known for their fur" -> "known for
        their fur"): a story's "this characteristic" points at the norm its exception departs from, even when a
        plain fact was said after it in the same sentence ("... inhabit this world, all known for their fur")."""
        for s in reversed(self.reading.statements):
            if s.rank == DEFAULT and not s.source and s.skeleton[0] in ("lit", "if"):
                said = s.skeleton if s.skeleton[0] == "lit" else s.skeleton[2]
                if said[0] == "lit":
                    return said[1].content
        return ""

    # sentences -------------------------------------------------------------------------------

    def sentence(self, raw: str) -> list[Statement]:
        hedged_opening = re.match(r"^(?:it is )?(?:generally|usually|typically|normally|often|as a rule)\b",
                                  raw.strip(), re.I)
        text = re.sub(r"\((?:\d|[a-e])\)\s*", "", raw.strip())
        text = _uninverted(knowledge_remarks.without_remark(re.sub(r"\s+", " ", text).strip(" .")), self.reading.names)
        scene = _SCENE.match(text) or re.match(r"^(?:where|in which)\s+(?P<where>[^,]+),\s*", text, re.I)
        while scene is not None:  # "In a town where children play outside, ..." keeps what the where-clause says
            where = scene.group("where")
            rest = text[scene.end():]
            plural = [w for w in _words(scene.group(0)) if _is_plural_noun(w)]
            if plural and re.match(r"^(?:most|many|all|each|some|nearly all|almost all) of them\b", rest, re.I):
                # "In a town full of owls, most of them hunt at night": "them" is the class the scene names
                rest = re.sub(r"^(\w+(?: all)?) of them\b", rf"\1 {plural[-1]}", rest, flags=re.I)
            if where:
                return self.sentence(where) + self.sentence(rest)
            text = rest
            scene = _SCENE.match(text) or re.match(r"^(?:where|in which)\s+(?P<where>[^,]+),\s*", text, re.I)
        # "In a small town, as a rule, tailors ...": a hedge after the scene still makes the sentence a default
        hedged_opening = hedged_opening or re.match(r"^(?:it is )?(?:generally|usually|typically|normally|often|"
                                                    r"as a rule)\b", text, re.I)
        text = _OPENERS.sub("", text).strip(" .!;:")
        text = _ASIDES.sub(" ", text).strip()
        if not text:
            return []
        text = _uninverted(text, self.reading.names)
        # "It is common for owls to hunt at night": the generic said with "it" up front
        text = re.sub(r"^it is (?:quite |very |fairly |perfectly )?(?:common|typical|usual|normal|customary|natural|"
                      r"standard|characteristic) (?:for|among) (?P<who>[^,]+?) to (?P<what>.+)$",
                      r"\g<who> usually \g<what>", text, flags=re.I)
        two_reports = reports.split_reports(text, self.reading.names)
        if two_reports is not None:  # "A claimed P, but B said Q": never read Q as part of A's claim
            return [s for part in two_reports for s in self.sentence(part)]
        if reports.disagreement_only(text):
            self.reading.skipped.append(raw)
            return []
        one_of = re.match(r"^(?:exactly one of|at least one of|one of)\s+(?P<a>[a-z]+)\s+(?:and|or)\s+(?P<b>[a-z]+)"
                          r"(?:,?\s+and only one,)?\s+(?P<p>.+)$", text, re.I)
        if one_of is not None and {one_of.group("a").lower(), one_of.group("b").lower()} <= set(self.reading.names):
            options = f"either {one_of.group('a')} or {one_of.group('b')} {_singular_predicate(one_of.group('p'))}"
            if text.lower().startswith("exactly") or "only one" in text.lower():
                text = options + ", but not both"
            elif text.lower().startswith("at least"):  # "at least one of A and B P": A P or B P, or both
                text = options
        exclusive = re.match(r"^(?P<body>.+?),?\s+(?:but|and) not both$", text, re.I)
        if exclusive is not None:  # "either A or B, but not both": exactly one of the two
            found = self.sentence(exclusive.group("body"))
            if len(found) == 1 and found[0].skeleton[0] == "or" and len(found[0].skeleton) == 3:
                return [Statement(("exactly", 1, *found[0].skeleton[1:]), found[0].rank, raw)]
            return []  # the two options were not read: say nothing rather than "or both"
        splice = "" if re.match(r"^(?:if|when|whenever|once|unless|as long as|provided|since|because|although|"
                                r"though|while|in case|assuming)\b", text, re.I) else \
            r"|,\s*(?=(?:they|he|she|it|we)\s+(?:are|is|was|were|will|can|would|should|must|have|has|do|does|did|" \
            r"tend|usually|typically|often)\b)"  # a comma splice: "Cars have four wheels, they are drivable"
        parts = re.split(r",?\s*(?:;|,\s*while\s+|,\s*whereas\s+|,\s*and that\s+|,\s*but\s+(?=if\b)|,\s*and\s+(?=if\b)|"
                         r"\s+while\s+(?=[a-z]+\s+(?:was|is|were|are|claimed|insisted|said)\b)" + splice + r")\s*",
                         text, flags=re.I)
        if len(parts) > 1:
            return [s for part in parts for s in self.sentence(part)]
        low = text.lower()
        hedged = _hedged(low) or hedged_opening is not None
        if _is_exception(low):
            # "Ann is the exception: she never swims": what follows the colon says what the exception is
            head, colon, elaboration = text.partition(":")
            self.exception(head.lower() if colon else low)
            return self.sentence(elaboration) if colon and elaboration.strip() else []
        claim = reports.report(text, self.reading.names)
        if claim is not None:
            self.reading.names.setdefault(claim[0], claim[0].capitalize())  # a speaker is someone ("Wren said ...")
            return self.report(claim[0], claim[1], raw)
        text = re.sub(r"\b(?:the )?(?:first|second) (?:statement|option) is true,? and\s+", "", text, flags=re.I)
        uncertain = re.match(r"^.*?\b(?:uncertain|unsure|not sure|unclear|unknown)\s+(?:as to\s+)?(?:whether|if)\s+"
                             r"(?P<a>.+?),?\s+or\s+(?:if\s+|whether\s+)?(?P<b>.+)$", text, re.I)
        if uncertain is not None and not re.search(r"\bonly\b|\bstatement|\bboth\b", text, re.I):
            return self.disjunction(uncertain.group("a"), uncertain.group("b"), raw)
        if _META.search(text):
            self.reading.skipped.append(raw)
            return []
        at_least = re.match(r"^.*?\bat least one of [^:]*:\s*(?:either\s+)?(?P<rest>.+)$", text, re.I) or \
            re.match(r"^.*?\bat least one of (?:the following|these|two|the two|them)(?: [a-z]+)? (?:is|are|holds?) "
                     r"(?:true|the case|accurate)\s*,?\s*(?:either\s+)?(?P<rest>.+)$", text, re.I)
        if at_least is not None:
            body = at_least.group("rest")
            split = _split_or(body)
            if split is not None:
                return self.disjunction(split[0], split[1], raw)
        only_one = re.match(r"^(?:exactly|only) one of (?:the following|these|the two|them)(?: [a-z]+)? (?:is|holds?) "
                            r"(?:true|the case)\s*[:,]\s*(?:either\s+)?(?P<rest>.+)$", text, re.I)
        if only_one is not None:  # "Exactly one of these is true: A, or B": one and only one of the two
            split = _split_or(only_one.group("rest"))
            found = self.disjunction(split[0], split[1], raw) if split is not None else []
            return [Statement(("exactly", 1, *s.skeleton[1:]), s.rank, raw) for s in found]
        rule = self.rule(text, raw, hedged)
        if rule is not None:
            return rule
        either = re.match(r"^(?:either\s+)(?P<a>.+?),?\s+or\s+(?P<b>.+?)(?:,?\s*or both)?$", text, re.I)
        if either is not None:
            return self.disjunction(either.group("a"), either.group("b"), raw)
        inner = re.match(r"^(?P<head>.+?)\s+either\s+(?P<a>.+?)\s+or\s+(?P<b>.+?)(?:,?\s*or both)?$", text, re.I)
        if inner is not None:
            head = inner.group("head")
            return self.disjunction(f"{head} {inner.group('a')}", f"{head} {inner.group('b')}", raw)
        split = _split_or(re.sub(r",?\s*or both$", "", text))
        if split is not None and _clause_like(split[1], self.reading.names):
            return self.disjunction(split[0], split[1], raw)
        return self.fact(text, raw, hedged)

    def fact(self, text: str, raw: str, hedged: bool) -> list[Statement]:
        """A statement about individuals (one per conjunct, so each can yield on its own), or a generic about a
        class ("Cats hunt", "They are usually drivable" right after one)."""
        contrast = re.match(r"^(?P<a>.+?),\s*but\s+(?P<b>.+)$", text, re.I)
        if contrast is not None and _clause_like(contrast.group("b"), self.reading.names) and \
                _clause_like(contrast.group("a"), self.reading.names):
            # "Hollis and Mira are bakers, but Hollis does not bake": "but" only adds a contrast, both are said
            return self.fact(contrast.group("a"), raw, hedged) + self.fact(contrast.group("b"), raw, hedged)
        they = re.match(r"^(?:they|these|those)\s+(?P<rest>.+)$", text, re.I)
        if they is not None and self.last_class and not self.reading.last_subjects:
            text = f"{self.last_class} {they.group('rest')}"
        trailing = re.match(r"^(?P<main>.+?),\s*(?:all|both|each)\s+(?P<rest>(?:known|famous|noted|renowned|expected|"
                            r"[a-z]+ed)\b.+)$", text, re.I)
        if trailing is not None:  # "Cats and dogs live here, all known for their fur": two things said of them
            first = self.fact(trailing.group("main"), raw, hedged and not _hedged(trailing.group("rest")))
            subjects = self.reading.last_subjects
            if subjects:
                second = [Statement(("lit", p), DEFAULT if hedged or _hedged(trailing.group("rest")) else FACT, raw)
                          for k in subjects for p in self.phrase(trailing.group("rest"), [k], False)]
                return first + second
        return [part for statement in self.fact_parts(text, raw, hedged) for part in _split_and(statement)]

    def fact_parts(self, text: str, raw: str, hedged: bool) -> list[Statement]:
        appositive = re.match(r"^(?P<subject>[^,]+),\s*(?:being|like other|like|as|both (?:categorized|classified|"
                              r"known) as|two [a-z]+ known for|known for|who (?:is|are|was|were))\s+"
                              r"(?P<what>[^,]+),\s*(?P<rest>.+)$", text, re.I)
        appositive = appositive or re.match(r"^(?P<subject>[^,]+),\s*(?P<what>one of the [^,]+),\s*(?P<rest>.+)$",
                                            text, re.I)  # "Amara, one of the pastry chefs, ..."
        if appositive is not None:
            subject = appositive.group("subject")
            first = self.fact(f"{subject} {_copula(subject)} {appositive.group('what')}", raw, False)
            return first + self.fact(f"{subject} {appositive.group('rest')}", raw, hedged)
        words = _words(text)
        plural = self.plural_subject(words) or (self.definite_class(words) if hedged else None)
        if plural is not None:
            nouns, rest = plural
            if len(nouns) > 1:  # "Kites and eagles can fly": facts about each kind
                keys = [self.term(n) for n in nouns]
                for key in keys:
                    if key not in self.reading.members.get(key, []):
                        self.reading.members.setdefault(key, []).append(key)
                self.reading.last_subjects = keys
                return [Statement(s, DEFAULT if hedged else FACT, raw)
                        for s in [self.literal(" ".join(rest), [k]) for k in keys] if s is not None]
            head = ("lit", Phrase(nouns[0], GENERIC, nouns[0]))
            self.reading.classes.add(nouns[0])
            self.last_class = " ".join(w for w in words[: len(words) - len(rest)] if w not in _QUANTIFIERS)
            self.reading.last_subjects = []
            body = self.literal(" ".join(rest), [GENERIC], generic=True)
            return _split_and(Statement(("if", head, body), DEFAULT if hedged else RULE, raw)) \
                if body is not None else []
        skeleton = self.conjunction(text, generic=False)
        if skeleton is None:
            return []
        return [Statement(skeleton, DEFAULT if hedged else FACT, raw)]

    def conjunction(self, text: str, generic: bool) -> Skeleton | None:
        """ "A and B" of two clauses (the second with its own subject) as a conjunction; else one clause."""
        match = re.match(r"^(?P<a>.+?),?\s+and\s+(?P<b>.+)$", text, re.I)
        if match is not None and _clause_like(match.group("b"), self.reading.names) and \
                _clause_like(match.group("a"), self.reading.names, need_subject=False):
            left, right = self.literal(match.group("a"), generic=generic), self.literal(match.group("b"),
                                                                                        generic=generic)
            if left is not None and right is not None:
                return ("and", left, right)
        return self.literal(text, generic=generic)

    def definite_class(self, words: list[str]) -> tuple[list[str], list[str]] | None:
        """ "the cooks in this kitchen usually taste ..." -> (["cook in this kitchen"], ["usually", "taste", ...]): a
        definite plural, with a place after it, said of with a hedge is a default about the group's members (the
        caller asks for the hedge: "the streets get wet" is about those streets, not a class)."""
        if len(words) < 3 or words[0] != "the" or not _is_plural_noun(words[1]) or words[1] in self.reading.names:
            return None
        hedge = next((k for k, w in enumerate(words[:9]) if k >= 2 and (w in _HEDGES or w in ("all", "both"))), None)
        k = 2
        if words[k] in ("here", "there"):
            k += 1
        elif words[k] in ("in", "at", "on", "from", "of", "near"):
            if hedge is not None:
                k = hedge
            else:  # "As a rule, the cooks in this kitchen taste ...": the place ends at its first noun
                k += 1
                while k < len(words) and not (is_word(words[k], "NOUN") and words[k] not in _FUNCTION_WORDS |
                                              {"this", "that", "these", "those", "each", "every"}):
                    k += 1
                k += 1
                while k < len(words) and is_word(words[k], "NOUN") and not is_word(words[k], "VERB"):
                    k += 1
        if k >= len(words) or k > 8 or (hedge is not None and k != hedge):
            return None
        return [" ".join([lemma(words[1], "NOUN"), *words[2:k]])], words[k:]

    def plural_subject(self, words: list[str]) -> tuple[list[str], list[str]] | None:
        """ "cats, dogs, and rabbits have fur" -> (["cat", "dog", "rabbit"], ["have", "fur"]); "all employees
        must ..." -> (["employee"], ...); None when the subject is not a class."""
        every = _every_member(words)
        if every is not None:
            return every
        k = 0
        if words and words[0] in _QUANTIFIERS | {"most", "many"}:
            k = 1
        nouns: list[str] = []
        start = k
        while k < len(words) and k - start < 5:
            word = words[k]
            if word in self.reading.names or word in _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _GENERIC_WORDS or \
                    word in _FUNCTION_WORDS - {"and"} or word in ("this", "that", "these", "those", "a", "an"):
                return None
            if _is_class_plural(word) and (k + 1 == len(words) or not _is_plural_noun(words[k + 1])):
                nouns.append(" ".join(words[start:k + 1]))
                k += 1
                if k < len(words) and words[k] in (",", "and", "or") or (k + 1 < len(words) and words[k] == "and"):
                    while k < len(words) and words[k] in (",", "and", "or"):
                        k += 1
                    start = k
                    continue
                break
            if word in ("and", ",") and not nouns:
                return None
            k += 1
        if not nouns or k >= len(words):
            return None
        next_word = words[k]
        if next_word in ("who", "that", "which", "with", "of", "in", "on", "at", "to", "from", "'s"):
            return None
        return [_class_key(n) for n in nouns], words[k:]

    def rule(self, text: str, raw: str, hedged: bool) -> list[Statement] | None:
        rank = DEFAULT if hedged else RULE
        patterns = [
            (r"^(?:if|when|whenever|once|provided that|as long as|in case|assuming that)\s+(?P<a>.+?)"
             r"(?:,\s*then\s+|\s+then\s+|,\s*)(?P<b>.+)$", False),
            (r"^unless\s+(?P<a>.+?),\s*(?P<b>.+)$", True),
            (r"^(?P<a>.+?)\s+only if\s+(?P<b>.+)$", False),
            (r"^(?P<b>.+?)\s+unless\s+(?P<a>.+)$", True),
            (r"^(?P<b>.+?)(?<!\bor)(?<!\band)(?<!,)\s+(?:if|whenever|provided that|as long as)\s+(?P<a>.+)$", False),
        ]
        for pattern, negate in patterns:
            match = re.match(pattern, text, re.I)
            if match is None:
                continue
            a, b = match.group("a"), _strip_consequent(match.group("b"))
            if match.start("b") < match.start("a"):  # "Ann stays in if she is tired": read Ann first
                generic = self.is_generic(b)
                right = self.literal_or_list(b, generic)
                left = self.literal_or_list(a, generic, subject_from=right)
            else:
                generic = self.is_generic(a)
                left = self.literal_or_list(a, generic)
                right = self.literal_or_list(b, generic, subject_from=left)
            if left is None or right is None:
                return None
            if negate:
                left = ("not", left)
            return _split_and(Statement(("if", left, right), rank, raw))
        causal = re.match(r"^(?P<a>.+?),?\s+(?:which|this|it|that)?\s*(?:can|will|may|would|could|should|often|"
                          r"usually|typically|generally|is likely to|tends? to|is bound to)?\s*(?:means?|implies|"
                          r"leads? to|results? in|causes?|ensures?|guarantees?|brings? about|gives? rise to|"
                          r"helps?(?: to)?|allows?|enables?|contributes? to|produces?)(?: that)?\s+(?P<b>.+)$",
                          text, re.I)
        if causal is not None:
            generic = self.reading.names == {} or not any(w in self.reading.names for w in _words(text))
            if re.match(r"^(?:this|that|these|such|doing so|it)\b", causal.group("a"), re.I):
                return self.anaphoric_rule(causal.group("b"), raw, rank)
            left = self.literal(_gerund_clause(causal.group("a")), generic=generic)
            right = self.literal(causal.group("b"), generic=generic)
            if left is not None and right is not None:
                return [Statement(("if", left, right), rank, raw)]
        text = re.sub(r"^whoever\s+", "people who ", text, flags=re.I)  # "whoever studied hard passed"
        relative = re.match(r"^(?:all\s+|any\s+|the\s+|most\s+|many\s+)?(?P<who>people|individuals|persons|those|"
                            r"anyone|someone|everyone|whoever|[a-z]+s)\s+(?P<link>who|that|which|with|on|in|at|from)\s+(?P<rest>.+)$",
                            text, re.I)
        if relative is not None:
            split = _split_relative(relative.group("rest"))
            if split is not None and relative.group("link").lower() in ("on", "in", "at", "from"):
                split = (f"{relative.group('link')} {split[0]}", split[1])  # "people on a diet": the place is the class
            if split is not None:
                a, b = split
                if relative.group("who").lower() not in _GENERIC_WORDS:
                    a = f"{relative.group('who')} {a}"
                left = self.literal(a, [GENERIC], generic=True)
                right = self.literal(b, [GENERIC], generic=True)
                if left is not None and right is not None:
                    return _split_and(Statement(("if", left, right), DEFAULT if hedged or _hedged(b) else RULE, raw))
        described = re.match(r"^(?:all\s+|most\s+|many\s+)?(?P<kind>(?:[a-z-]+\s+){1,3}?)"
                             r"(?:people|individuals|persons)\s+(?P<rest>.+)$", text, re.I)
        if described is not None and _describes(described.group("kind").split()) and \
                not re.match(r"^(?:who|that|which|with|on|in|at|from|of|are|is|were|was)\b", described.group("rest"),
                             re.I):
            # "slender people drink coffee": a generic rule about whoever the adjectives describe
            left = self.literal(described.group("kind"), [GENERIC], generic=True)
            right = self.literal(described.group("rest"), [GENERIC], generic=True)
            if left is not None and right is not None:
                return _split_and(Statement(("if", left, right), rank, raw))
        if re.match(r"^(?:this|that|these|such)\s+[a-z]+", text, re.I) and self.reading.statements:
            rest = re.sub(r"^(?:this|that|these|such)\s+(?:[a-z]+\s+){0,3}?(?=(?:will|would|can|could|may|might|"
                          r"is|are|was|were|has|have|does|do|gives?|grants?|makes?|keeps?|brings?|allows?|"
                          r"provides?|leads?|results?)\b)", "", text, flags=re.I)
            if rest != text:
                return self.anaphoric_rule(rest, raw, rank)
        return None

    def literal_or_list(self, text: str, generic: bool, subject_from: Skeleton | None = None) -> Skeleton | None:
        subject = None
        if subject_from is not None:
            first = _first_phrase(subject_from)
            subject = [first.subject] if first is not None else None
        split = _split_or(text)
        if split is not None and re.match(r"^either\b", text, re.I):
            a, b = self.literal(re.sub(r"^either\s+", "", split[0], flags=re.I), subject, generic), \
                self.literal(split[1], subject, generic)
            return ("or", a, b) if a is not None and b is not None else None
        return self.literal(text, subject, generic)

    def anaphoric_rule(self, consequent: str, raw: str, rank: int) -> list[Statement] | None:
        """ "This sense of peace grants them more free time": a rule from what the last statement concluded."""
        previous = self.reading.statements[-1].skeleton if self.reading.statements else None
        if previous is None:
            return None
        antecedent = previous[2] if previous[0] == "if" else previous
        first = _first_phrase(antecedent)
        generic = first is not None and first.subject == GENERIC
        right = self.literal(consequent, [GENERIC] if generic else None, generic)
        if right is None:
            return None
        return [Statement(("if", antecedent, right), rank, raw)]

    def disjunction(self, a: str, b: str, raw: str) -> list[Statement]:
        a, b = _strip_meta_clause(a), _strip_meta_clause(b)
        if not _clause_like(a, self.reading.names, need_subject=False) and \
                _clause_like(b, self.reading.names, need_subject=False):
            found, predicate = self.subjects(_words(b), False)
            if found:  # "either the cats or dogs lack fur": the predicate is said of each
                a = f"{a} {' '.join(predicate)}"
        left = self.literal(a)
        if left is None:
            return []
        first = _first_phrase(left)
        right = self.literal(re.sub(r",?\s*or both$", "", b),
                             [first.subject] if first is not None and not _clause_like(b, self.reading.names)
                             else None)
        if right is None:
            return []
        return [Statement(("or", left, right), FACT, raw)]

    def is_generic(self, antecedent: str) -> bool:
        words = _words(antecedent)
        if words and words[0] in _PERSON_PRONOUNS:
            return False  # "Ann goes out if she is bored": the pronoun is someone named
        found, _ = self.subjects(words, generic=True)
        if found == [GENERIC]:
            return True
        if found:
            return False
        return not self.reading.names and self.plural_subject(words) is not None or \
            bool(re.match(r"^(?:all|every|each|any)\b", antecedent.strip(), re.I))

    def exception(self, low: str) -> None:
        index = len(self.reading.statements)
        named = [w for w in _words(low) if w in self.reading.names]
        for name in dict.fromkeys(named):
            self.reading.exceptions.append((self.term(name), index))

    def report(self, who: str, what: str, raw: str) -> list[Statement]:
        self.term(who)
        skeleton = self.literal(what, [MAIN])
        if skeleton is None:
            return []
        return [Statement(skeleton, DEFAULT, raw, source=who)]


_SINGULAR_AUXILIARIES = {"do": "does", "don't": "doesn't", "are": "is", "aren't": "isn't", "have": "has",
                         "haven't": "hasn't", "were": "was", "weren't": "wasn't"}


def _singular_predicate(predicate: str) -> str:
    """A predicate said of "at least one of A and B" ("never work", "fail to need", "don't swim") in the form it
    takes after one of them ("never works", "fails to need", "doesn't swim"): each option is then a clause."""
    words = predicate.split()
    k = 1 if words[:1] and words[0].lower() in ("never", "always", "also", "still", "really", "usually",
                                                 "often") else 0
    if k >= len(words):
        return predicate
    word = words[k].lower()
    if word in _SINGULAR_AUXILIARIES:
        words[k] = _SINGULAR_AUXILIARIES[word]
    elif is_word(word, "VERB") and lemma(word, "VERB") == word and word not in _MODALS:
        words[k] = third_person(word)
    return " ".join(words)


def _split_and(statement: Statement) -> list[Statement]:
    """A conjunction of facts or defaults as separate statements; a rule concluding a conjunction as one rule per
    conjunct (so a fact contradicting one part leaves the other standing)."""
    skeleton = statement.skeleton
    if skeleton[0] == "and" and statement.rank >= FACT:
        return [part for p in skeleton[1:] for part in _split_and(Statement(p, statement.rank, statement.sentence,
                                                                             statement.source))]
    if skeleton[0] == "if" and skeleton[2][0] == "and":
        return [part for p in skeleton[2][1:] for part in _split_and(Statement(("if", skeleton[1], p), statement.rank,
                                                                                statement.sentence, statement.source))]
    return [statement]


_PERSON_WHO = re.compile(r"^(?:(?:has|have|had) (?:always |never )?been|is|are|was|were)(?: always| simply)? "
                         r"(?:(?:a|an|the) (?:(?:kind|type|sort) of )?(?:person|individual|one)|someone|somebody) "
                         r"(?:who|that) ",
                         re.I)


def _person_who(rest: list[str]) -> list[str]:
    """ "has always been a person who does not share secrets" -> "does not share secrets": being someone who does
    something is doing it (words after the subject; "never been" is left alone, since it denies)."""
    text = " ".join(rest)
    match = _PERSON_WHO.match(text)
    if match is None or "never" in match.group(0).split():
        return rest
    return text[match.end():].split()


def _split_verb_phrases(text: str) -> tuple[str, str] | None:
    """ "share secrets, and display loyalty" -> ("share secrets", "display loyalty"): "and" before a verb in its
    base or present form (not a noun phrase: "black and white", "anticipation and enthusiasm")."""
    match = re.match(r"^(?P<a>.+?),?\s+and\s+(?:also\s+)?(?P<b>(?P<verb>[a-z]+)\b.*)$", text.strip(), re.I)
    if match is None:
        return None
    verb = match.group("verb").lower()
    right = _words(match.group("b"))
    if verb in ("does", "do", "did", "is", "was", "will", "can", "would") and right[1:2] == ["not"] and \
            any(is_word(w, "VERB") for w in _words(match.group("a"))):
        return match.group("a"), match.group("b")  # "values privacy and does not share secrets"
    if verb in ("is", "are", "was", "were") and len(right) >= 2 and \
            any(is_word(w, "VERB") for w in _words(match.group("a"))):
        return match.group("a"), match.group("b")  # "trim the roses and are cheerful": a verb, then a copula
    if verb in _DROP or verb in _NEGATORS or verb in _PERSON_PRONOUNS | _PLURAL_PRONOUNS or verb in ("does", "do"):
        return None
    if not is_word(verb, "VERB") or is_word(verb, "ADJ") or (is_word(verb, "NOUN") and len(right) < 2):
        return None
    if not any(is_word(w, "VERB") for w in _words(match.group("a"))):
        return None
    return match.group("a"), match.group("b")


def _uninverted(text: str, names: dict[str, str]) -> str:
    """ "Among the drivers are Ann, Bo and Cy" -> "Ann, Bo and Cy are among the drivers": a place or group fronted
    before its verb, with the subject (names only) after it, put back in subject order."""
    inverted = re.match(r"^(?P<where>(?:among|in|at|on|with) [^,]+?) (?P<verb>are|is|were|was) (?P<who>[A-Za-z ,]+)$",
                        text, re.I)
    if inverted is None:
        return text
    listed = [w for w in re.split(r"\s*,\s*|\s+and\s+", inverted.group("who").strip()) if w]
    if len(listed) < 1 or any(w.lower() not in names for w in listed):
        return text
    return f"{inverted.group('who')} {inverted.group('verb')} {inverted.group('where')[0].lower()}" \
           f"{inverted.group('where')[1:]}"


def _hedged(low: str) -> bool:
    words = set(_words(low))
    hedge_phrase = re.search(r"\bknown (?:for|to)\b|\bexpected to\b|\bmost\b|\bmany\b", low)
    return bool(words & _HEDGES) or hedge_phrase is not None


def _is_exception(low: str) -> bool:
    return re.search(r"\bexception\b|\bexceptional\b|\bdeviat|\bdoes not conform\b|\bdefies?\b", low) is not None \
        and not re.search(r"\b(?:if|either)\b", low)


def _copula(subject: str) -> str:
    words = _words(subject)
    plural = len(words) > 1 and "and" in words or (words and _is_plural_noun(words[-1]))
    return "are" if plural else "is"


_SINGULAR_VERBS = {"is", "has", "does", "can", "will", "must", "should", "needs", "gets"}


def _every_member(words: list[str]) -> tuple[list[str], list[str]] | None:
    """ "every boat is a vehicle", "each rainforest cactus needs ...": the class of a singular noun phrase after
    "every" / "each" (at most three words, the last a noun), and what is said of each member."""
    if len(words) < 3 or words[0] not in ("every", "each"):
        return None
    for k in range(2, min(5, len(words))):
        if words[k] in _SINGULAR_VERBS:
            phrase = words[1:k]
            if any(w in _FUNCTION_WORDS | _GENERIC_WORDS or not w.isalpha() for w in phrase) or \
                    not is_word(phrase[-1], "NOUN"):
                return None  # "every person is ..." is about anyone, not a class
            return [_class_key(" ".join(phrase))], words[k:]
    return None


def _class_key(noun_phrase: str) -> str:
    words = noun_phrase.split()
    return " ".join([*words[:-1], lemma(words[-1], "NOUN")])


def _strip_consequent(text: str) -> str:
    return re.sub(r"^(?:it (?:means|is (?:likely|certain|probable|clear)) (?:that|for (?:them|him|her) to)|"
                  r"this means(?: that)?|that means(?: that)?|we know(?: that)?|(?:i|you|we) know that)\s+", "",
                  text.strip(), flags=re.I)


def _strip_meta_clause(text: str) -> str:
    return re.sub(r"^(?:the (?:first|second) (?:statement|option) is true and|(?:it is )?(?:true|known) that)\s+",
                  "", text.strip(), flags=re.I).strip(" ,.")


def _gerund_clause(text: str) -> str:
    return re.sub(r"\s+by\s+(?:them|him|her|someone|a person)\b", "", text.strip(), flags=re.I)


def _split_or(text: str) -> tuple[str, str] | None:
    match = re.match(r"^(?:either\s+)?(?P<a>.+?),?\s+or\s+(?:if\s+|whether\s+)?(?P<b>.+)$", text.strip(), re.I)
    if match is None:
        return None
    return match.group("a"), match.group("b")


def _split_relative(rest: str) -> tuple[str, str] | None:
    """ "take breaks tend to enjoy ..." -> ("take breaks", "tend to enjoy ..."): the main verb starts at a hedge, a
    modal or an auxiliary after the relative clause's first word; failing those, at a verb in its plain form right
    after a noun phrase's last word (a plural noun, a gerund, a noun after an article: "ride bicycles | read the
    news", "love gardening | wake up early", "on a vegetarian diet | go hiking"): inside one clause a plain verb
    follows a noun phrase only after a causative ("make the kids eat"), so elsewhere the subject ends there."""
    words = rest.split()
    for k in range(1, len(words)):
        word = words[k].lower().strip(",")
        if word in {"tend", "tends", "will", "would", "can", "could", "should", "must", "usually", "often",
                    "typically", "generally", "normally", "always", "are", "is", "have", "get", "become", "feel",
                    "likely", "frequently", "commonly", "never"} or words[k - 1].endswith(","):
            return " ".join(words[:k]).strip(","), " ".join(words[k:])
    low = [w.lower() for w in words]

    def main_verb_at(k: int) -> bool:
        word, before = low[k], low[k - 1]
        noun_phrase_end = _is_plural_noun(before) or before.endswith("ing") and is_word(before, "VERB") or \
            is_word(before, "NOUN") and any(w in ("a", "an", "the") for w in low[max(0, k - 4):k - 1]) or \
            k == 2 and is_word(before, "NOUN") and is_word(low[0], "VERB")  # "make sauce | sell": a bare object
        return is_word(word, "VERB") and lemma(word, "VERB") == word and not word.endswith(("ing", "ed")) and \
            noun_phrase_end

    for k in range(2, len(words) - 1):
        if any(lemma(w, "VERB") in _CAUSATIVES for w in low[:k - 1]):
            break  # "make the kids eat": a plain verb after its causative's object stays in the clause
        if main_verb_at(k):
            while k + 2 < len(words) and main_verb_at(k + 1):
                k += 1  # "a vegetarian diet go": "diet" could be a verb, but the noun phrase runs on to "go"
            return " ".join(words[:k]), " ".join(words[k:])
    return _split_at_agreeing_verb(low, words)


def _split_at_agreeing_verb(low: list[str], words: list[str]) -> tuple[str, str] | None:
    """ "skips the lecture passes the exam" -> ("skips the lecture", "passes the exam"): a relative clause whose verb
    is finite ends before the next verb in the same finite form ("studied hard | passed"), unless that word follows
    an article, a possessive, a preposition or "to", where it is a noun or an adjective ("a boiled egg")."""
    tense = finite_form(low[0])
    if tense is None:
        return None
    for k in range(2, len(words)):
        if finite_form(low[k]) == tense and low[k - 1] not in ARTICLES | POSSESSIVES | PREPOSITIONS | {"to"}:
            return " ".join(words[:k]), " ".join(words[k:])
    return None


def _describes(words: list[str]) -> bool:
    """Adjectives (an adverb may grade them: "very tall") that pick out a kind of people, not a quantity or a
    determiner ("many", "other", "these")."""
    lowered = [w.lower() for w in words]
    return bool(lowered) and is_word(lowered[-1], "ADJ") and \
        all(is_word(w, "ADJ") or is_word(w, "ADV") for w in lowered) and \
        not set(lowered) & (_QUANTIFIERS | _FUNCTION_WORDS | {"most", "many", "few", "other", "some", "these", "those",
                                                              "such", "certain", "both", "several", "all", "no"})


_CAUSATIVES = {"make", "let", "help", "have", "see", "watch", "hear", "bid"}


def _clause_like(text: str, names: dict[str, str], need_subject: bool = True) -> bool:
    words = _words(text)
    if not words:
        return False
    at = 1 if words[0] in ("the", "a", "an") and len(words) > 1 else 0
    head = words[at]
    has_subject = head in names or head in _PERSON_PRONOUNS | _PLURAL_PRONOUNS | _GENERIC_WORDS or \
        words[0] in ("the", "a", "an", "no", "nobody", "exactly") or _is_class_plural(head)
    has_verb = any(w in {"is", "are", "was", "were", "will", "would", "can", "could", "does", "do", "did", "has",
                         "have", "had", "not", "never", "must", "should", "may", "might"} or
                   (w.endswith(("s", "ed")) and lemma(w, "VERB") != w) or finite_form(w) == "past"
                   for w in words[at + 1:])  # "drove", "sold": a past tense without the -ed; "the violins": no verb
    # "I exercise regularly", "they bake bread": a present verb after "I", "you", "we", "they" has no -s
    has_verb = has_verb or (words[0] in ("i", "you", "we", "they") or _is_class_plural(words[0])) and \
        len(words) > 1 and is_word(words[1], "VERB")
    return has_verb and (has_subject or not need_subject)


def _first_phrase(skeleton: Skeleton | None) -> Phrase | None:
    if skeleton is None:
        return None
    if skeleton[0] == "lit":
        return skeleton[1]
    for part in skeleton[1:]:
        if isinstance(part, tuple):
            found = _first_phrase(part)
            if found is not None:
                return found
    return None


def read_context(context: str) -> Reading:
    """The context as statements (see the module notes)."""
    reading = Reading(names=find_names(context))
    reader = _Reader(reading)
    for raw in split_sentences(normalize(context))[:MAX_SENTENCES]:
        reading.statements.extend(reader.sentence(raw))
    return reading


# ---------------------------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------------------------

_ASK = r"(?:does|do|can|could|would|is|will|did)\s+(?:this|that|it|the context|the information|the statement|" \
       r"the passage|the text)\s+(?:imply|implies|mean|means|entail|entails|conclude|concludes|suggest|suggests|" \
       r"indicate|indicates|follow|show|shows|prove|proves)(?:\s+that)?"
_RELIABLE = re.compile(r"^(?P<a>[a-z]+)'s\s+(?:evidence|claim|testimony|word|statement|account|information|report|"
                       r"opinion|source|argument|belief|view)\s+(?:is|was)\s+(?P<cmp>more|less)\s+(?:reliable|"
                       r"trustworthy|credible|accurate|believable|convincing|dependable)\s+than\s+(?P<b>[a-z]+)'s"
                       r"(?:\s+[a-z]+)?$", re.I)


def read_question(question: str, reading: Reading) -> Asked | None:
    """The yes/no question as a skeleton over phrases; None for a question form this reader does not know."""
    text = re.sub(r"\s+", " ", normalize(question).strip()).rstrip("?. ")
    text = re.sub(r"^based on (?:the )?context,?\s*", "", text, flags=re.I)
    for key, display in find_names(text).items():
        reading.names.setdefault(key, display)
    reader = _Reader(reading)
    at_least = re.match(r"^can we say,?\s+at least one of the following must (?:always )?be true\??"
                        r"\s*\(a\)\s*(?P<a>.+?)\s*(?:and|,)?\s*\(b\)\s*(?P<b>.+)$", text, re.I)
    if at_least is not None:
        option_a = statement(at_least.group("a").strip(" ."), reader)
        option_b = statement(at_least.group("b").strip(" ."), reader)
        return Asked(("or", option_a, option_b)) if option_a is not None and option_b is not None else None
    conditional = re.match(rf"^if\s+(?P<c>.+?),\s*{_ASK}\s+(?P<s>.+)$", text, re.I)
    if conditional is not None:
        reliable = _RELIABLE.match(conditional.group("c").strip())
        condition = statement(conditional.group("c"), reader) if reliable is None else None
        goal = statement(conditional.group("s"), reader)
        if goal is None:
            return None
        if reliable is not None:
            a, b = reliable.group("a").lower(), reliable.group("b").lower()
            if not {a, b} <= {s.source for s in reading.statements}:
                return None  # the question ranks a source whose claim the reading did not find: no answer rests on it
            stronger, weaker = (a, b) if reliable.group("cmp").lower() == "more" else (b, a)
            return Asked(goal, report_ranks={stronger: 1, weaker: 2})
        return Asked(("if", condition, goal), condition=condition) if condition is not None else None
    plain = re.match(rf"^{_ASK}\s+(?P<s>.+)$", text, re.I)
    if plain is not None:
        goal = statement(plain.group("s"), reader)
        return Asked(goal) if goal is not None else None
    direct = re.match(r"^(?P<aux>does|do|did|is|are|was|were|can|could|will|would|has|have|should|must)\s+"
                      r"(?P<s>.+)$", text, re.I)
    if direct is not None:
        words = direct.group("s").split()
        aux = direct.group("aux").lower()
        subject_length = 1 if words and (words[0].lower() in reading.names or words[0].lower() in
                                         _PERSON_PRONOUNS | _PLURAL_PRONOUNS) else 0
        if subject_length == 0:
            return None
        restated = " ".join([*words[:subject_length], aux if aux not in ("does", "do", "did") else "", *words[1:]])
        goal = statement(restated, reader)
        return Asked(goal) if goal is not None else None
    return None


def statement(text: str, reader: _Reader) -> Skeleton | None:
    """A statement asked about: "S1 and S2", "exactly one of A or B P", "exactly one N P", "all other Ns than X
    P", "someone P" / "no one P", or one clause."""
    text = text.strip(" .,")
    pair = re.match(r"^both\s+(?P<a>[a-z]+)\s+and\s+(?P<b>[a-z]+)\s+(?P<p>.+)$", text, re.I)
    if pair is not None and {pair.group("a").lower(), pair.group("b").lower()} <= set(reader.reading.names):
        # "both Ann and Bo swim": the predicate of each
        a, b = (statement(f"{pair.group(k)} {pair.group('p')}", reader) for k in ("a", "b"))
        return ("and", a, b) if a is not None and b is not None else None
    both = re.match(r"^(?P<a>.+?)\s+and\s+(?P<b>(?:exactly|all|no one|someone|both)\b.+|(?P<who>[a-z]+)\s+.+)$", text,
                    re.I)
    if both is not None and _clause_like(both.group("a"), reader.reading.names) and \
            (_clause_like(both.group("b"), reader.reading.names) or re.match(r"^both\b", both.group("b"), re.I)) and (
                both.group("who") is None or both.group("who").lower() in reader.reading.names or
                both.group("who").lower() in _PERSON_PRONOUNS | _PLURAL_PRONOUNS):
        a, b = statement(both.group("a"), reader), statement(both.group("b"), reader)
        return ("and", a, b) if a is not None and b is not None else None
    exactly_of = re.match(r"^exactly one of (?:the\s+)?(?P<a>[a-z]+) (?:or|and) (?:the\s+)?(?P<b>[a-z]+)\s+(?P<p>.+)$",
                          text, re.I)
    if exactly_of is not None:
        parts = []
        for noun in (exactly_of.group("a"), exactly_of.group("b")):
            key = noun.lower() if noun.lower() in reader.reading.names else _class_key(noun.lower())
            lit = reader.literal(exactly_of.group("p"), [reader.term(key)])
            if lit is None:
                return None
            parts.append(lit)
        return ("exactly", 1, *parts)
    exactly = re.match(r"^exactly one (?P<noun>(?:[a-z]+ ){0,3}?[a-z]+?)\s+(?P<p>(?:does|do|is|are|can|has|have|will|"
                       r"doesn't|don't|won't|never|no longer)\b.+|[a-z]+s\b.*)$", text, re.I)
    if exactly is not None:
        noun = exactly.group("noun").lower()
        # the members the story told of: those named as one ("one child named Emily") and those it singled out
        # unnamed ("a certain goat", kept under its class as "goat#1"); two more members stand for the rest
        told = list(reader.reading.members.get(_class_key(noun), []))
        members = [t for t in reader.reading.terms if _member_of(t, noun, reader.reading)] + told
        others = [f"{noun}#other{k}" for k in (1, 2)]
        reader.reading.members[noun] = [*told, *others]
        parts = []
        for term in [*members, *others]:
            lit = reader.literal(exactly.group("p"), [reader.term(term)])
            if lit is None:
                return None
            parts.append(("and", ("lit", Phrase(noun, term, noun)), lit))
        return ("exactly", 1, *parts)
    other = re.match(r"^all (?:the )?other (?P<noun>[a-z ]+?) (?:than|except|besides|apart from) (?P<x>[a-z]+)\s+"
                     r"(?P<p>.+)$", text, re.I)
    if other is not None:
        noun = _class_key(other.group("noun").lower())
        key = reader.term(f"{noun}#other")
        reader.reading.members.setdefault(noun, []).append(key)
        return reader.literal(other.group("p"), [key])
    some = re.match(r"^(?P<q>someone|somebody|anyone|no one|nobody|no)\s+(?P<p>.+)$", text, re.I)
    if some is not None:
        predicate = some.group("p")
        terms = [t for t in reader.reading.terms] or [MAIN]
        lits = [reader.literal(predicate, [t]) for t in terms]
        if any(lit is None for lit in lits):
            return None
        exists = ("or", *lits)
        return ("not", exists) if some.group("q").lower() in ("no one", "nobody", "no") else exists
    plural = reader.plural_subject(_words(text))
    if plural is not None and len(plural[0]) == 1:
        noun = plural[0][0]
        key = reader.term(noun)
        reader.reading.members.setdefault(noun, []).append(key)
        return reader.literal(" ".join(plural[1]), [key])
    return reader.literal(text)


def _member_of(term: str, noun: str, reading: Reading) -> bool:
    """A named individual said to be one of `noun` ("one child named Emily")."""
    if term not in reading.names:
        return False
    head = root(noun.split()[-1])
    for s in reading.statements:
        if term in s.sentence.lower() and head in {root(w) for w in _words(s.sentence)}:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Deciding
# ---------------------------------------------------------------------------------------------


def _phrases(skeleton: Skeleton) -> list[Phrase]:
    if skeleton[0] == "lit":
        return [skeleton[1]]
    parts = skeleton[2:] if skeleton[0] == "exactly" else skeleton[1:]
    return [p for part in parts for p in _phrases(part)]


def _other_rules_apart(contents: list[str], in_rule: list[bool], statement_of: list[int], links: set[frozenset[int]],
                       similarity: meaning.Similarity) -> set[frozenset[int]]:
    """Pairs of phrases from two different rules that stay apart: a text states each rule about its own propositions
    ("if she repairs the fence ..., if she waters the plants, she paints the fence"), so two rules share a proposition
    only when one's conclusion is the next one's condition (a chain, `links`, in a text of rules alone) or when the
    two wordings are nearly the same (`meaning.SAME`), not when they merely share a topic word ("repair the fence" /
    "paint the fence")."""
    rule_index = [k for k, flag in enumerate(in_rule) if flag]
    if len(rule_index) < 2:
        return set()
    chain = all(in_rule)  # as in `_group_rules_first`: only a text of rules alone is read as a chain
    scores = similarity.matrix([contents[k] for k in rule_index], [contents[k] for k in rule_index])
    out: set[frozenset[int]] = set()
    for a, i in enumerate(rule_index):
        for b, j in enumerate(rule_index):
            if i < j and statement_of[i] != statement_of[j] and (frozenset((i, j)) not in links or not chain) and \
                    contents[i] != contents[j] and scores[a][b] < meaning.SAME:
                out.add(frozenset((i, j)))
    return out


def _group_rules_first(contents: list[str], in_rule: list[bool], sides: list[tuple[str, bool] | None],
                       apart: set[frozenset[int]], links: set[frozenset[int]], similarity: meaning.Similarity
                       ) -> list[int]:
    """Groups of context phrases: the rules' phrases first (joined at `meaning.JOIN`; in a text of rules only, a rule's
    condition also joins an earlier conclusion it is clearly closest to: such a text is a chain), then each fact's
    phrase goes to the rule group it is clearly closest to (a fact in a text of rules instantiates a rule's condition
    or conclusion), and what is left is grouped among itself."""
    rule_index = [k for k, flag in enumerate(in_rule) if flag]
    rule_apart = {frozenset((rule_index.index(i), rule_index.index(j))) for pair in apart for i, j in [tuple(pair)]
                  if i in rule_index and j in rule_index} if all(len(p) == 2 for p in apart) else set()
    chain = {frozenset((rule_index.index(i), rule_index.index(j))) for pair in links for i, j in [tuple(pair)]
             if i in rule_index and j in rule_index} if all(in_rule) else set()
    rule_groups = meaning.group([contents[k] for k in rule_index], rule_apart, similarity, chain=chain)
    out = [-1] * len(contents)
    for k, g in zip(rule_index, rule_groups):
        out[k] = g
    count = max(rule_groups) + 1 if rule_groups else 0
    members = [[contents[k] for k, g2 in zip(rule_index, rule_groups) if g2 == g] for g in range(count)]
    rest = [k for k, flag in enumerate(in_rule) if not flag]
    # a fact is taken for a rule's proposition only by what it states, not by a topic or an act it merely mentions
    stated = [mentions.asserted(contents[k]) for k in rest]
    nearest = meaning.nearest([s or contents[k] for s, k in zip(stated, rest)], members, similarity,
                              floor=meaning.FACT_FLOOR, margin=meaning.CLEAR_MARGIN,
                              lead=(meaning.LEAD_FLOOR, meaning.WIDE_MARGIN)) if members else [None] * len(rest)
    nearest = [None if not meaning.roots(s) else g for s, g in zip(stated, nearest)]
    said: dict[tuple[int, str], bool] = {}  # (group, subject) -> polarity a fact gave it
    for k, fact_group in sorted(zip(rest, nearest), key=lambda pair: pair[0]):
        if fact_group is None:
            continue
        rival = next((m for m in rest if out[m] == fact_group and frozenset((k, m)) in apart), None)
        if rival is not None:  # two options of one disjunction are two propositions: the closer one keeps the group
            closeness = similarity.matrix([contents[k], contents[rival]], members[fact_group])
            if max(closeness[0]) <= max(closeness[1]):
                continue
            out[rival] = -1
        side = sides[k]
        if side is not None:
            subject, negated = side
            if said.get((fact_group, subject), negated) != negated:
                continue  # two facts would say opposite things of one individual: they are not one proposition
            said[(fact_group, subject)] = negated
        out[k] = fact_group
    leftover = [k for k in rest if out[k] < 0]
    position = {k: n for n, k in enumerate(leftover)}
    left_apart = {frozenset(position[k] for k in pair) for pair in apart if all(k in position for k in pair)}
    left_stated = [mentions.asserted(contents[k]) for k in leftover]
    left_apart |= {frozenset((i, j)) for i, said_i in enumerate(left_stated) if not meaning.roots(said_i)
                   for j in range(len(leftover)) if j != i and contents[leftover[j]] != contents[leftover[i]]}
    left_groups = meaning.group([said or contents[k] for said, k in zip(left_stated, leftover)], left_apart,
                                similarity)
    for k, g in zip(leftover, left_groups):
        out[k] = count + g
    return out


def _side(index: int, bounds: list[int]) -> int:
    """Which part of a statement a phrase index falls in (`bounds`: each part's first index; the rest is the last)."""
    return sum(index >= b for b in bounds[1:])


def _class_rule(skeleton: Skeleton) -> tuple[Phrase, Phrase] | None:
    """A rule about a class as (its class, what it says): "if ?x is a bird, ?x flies"."""
    if skeleton[0] != "if" or skeleton[1][0] != "lit" or skeleton[2][0] != "lit":
        return None
    condition, conclusion = skeleton[1][1], skeleton[2][1]
    return (condition, conclusion) if condition.subject == GENERIC and not condition.negated else None


def _specificity(statements: list[Statement], group_of: dict[int, int]) -> dict[int, int]:
    """Statement index -> the height of its class among the classes that rules and defaults speak of (0 for a
    statement about no class): "Birds are animals" makes the class of birds one below animals."""
    classes: dict[int, int] = {}
    inclusions: set[tuple[int, int]] = set()
    for index, s in enumerate(statements):
        rule = _class_rule(s.skeleton) if s.rank > FACT and not s.source else None
        if rule is None:
            continue
        condition, conclusion = rule
        classes[index] = group_of[id(condition)]
        if s.rank == RULE and conclusion.subject == GENERIC and not conclusion.negated:
            inclusions.add((group_of[id(condition)], group_of[id(conclusion)]))
    if not inclusions:
        return {}
    by_class = specificity.heights(inclusions, classes.values())
    return {index: by_class.get(c, 0) for index, c in classes.items()}


def _names_class(content: str, noun: str, class_words: set[str]) -> bool:
    """Whether a proposition's wording can name the class `noun`: it shares a word root with it, or a rule speaks of
    it as a class ("if ?x is a physician"). "have strings" never names the class of violins, however close the
    two score ("violins, cellos and violas usually have strings")."""
    return content in class_words or bool(meaning.roots(content) & meaning.roots(noun))


def _noun_key(phrase: str) -> tuple[str, ...]:
    """A class wording's content words as nouns in the singular ("a jazz drummer", "jazz drummers" alike)."""
    return tuple(lemma(w, "NOUN") for w in re.findall(r"[a-z]+", phrase.lower()) if w not in _FUNCTION_WORDS)


def _included_classes_apart(statements: list[Statement], contents: list[str]) -> set[frozenset[int]]:
    """Pairs of phrases naming two classes that a rule says one includes ("Amphibious boats are boats"): the text
    treats them as two classes, so "amphibious boat" and "boat" never join, however close their wordings."""
    stated = set()
    for s in statements:
        rule = _class_rule(s.skeleton) if s.rank == RULE else None
        if rule is not None and rule[1].subject == GENERIC and not rule[1].negated:
            a, b = _noun_key(rule[0].content), _noun_key(rule[1].content)
            if a and b and a != b:
                stated.add(frozenset((a, b)))
    if not stated:
        return set()
    keys = [_noun_key(c) for c in contents]
    return {frozenset((i, j)) for i in range(len(contents)) for j in range(i + 1, len(contents))
            if frozenset((keys[i], keys[j])) in stated}


def _undecided_match(context_phrases: list[Phrase], groups: list[int], asked_phrases: list[Phrase],
                     asked_groups: list[int | None], similarity: meaning.Similarity) -> bool:
    """Whether the matcher joined two clauses into one proposition that may be two (`near_misses.py`: a thing
    swapped under one verb, "all" against "some"): then no answer rests on the match."""
    members: dict[int, list[str]] = {}
    for phrase, g in zip(context_phrases, groups):
        members.setdefault(g, []).append(phrase.content)
    if any(near_misses.any_undecided(contents, similarity) for contents in members.values()):
        return True
    return any(g is not None and near_misses.any_undecided([p.content, *members.get(g, [])], similarity)
               for p, g in zip(asked_phrases, asked_groups))


def decide(reading: Reading, asked: Asked, similarity: meaning.Similarity | None = None) -> LooseAnswer | None:
    """ "yes" when the reading entails the asked statement in every preferred model, else "no"; None when the
    context says nothing this reader can use, contradicts itself, or exceeds the bounds."""
    similarity = similarity or meaning.default_similarity()
    if not reading.statements:
        return None
    context_phrases: list[Phrase] = []
    apart: set[frozenset[int]] = set()
    links: set[frozenset[int]] = set()
    conclusions: list[int] = []
    for s in reading.statements:
        start = len(context_phrases)
        found = _phrases(s.skeleton)
        context_phrases.extend(found)
        if s.skeleton[0] == "if":
            left = len(_phrases(s.skeleton[1]))
            links.update(frozenset((c, k)) for c in conclusions for k in range(start, start + left))
            conclusions.extend(range(start + left, start + len(found)))
        if s.skeleton[0] in ("if", "or", "exactly"):  # two sides of a rule, two options: two propositions
            parts = s.skeleton[2:] if s.skeleton[0] == "exactly" else s.skeleton[1:]
            bounds = [start]
            for part in parts if s.skeleton[0] != "if" else parts[:1]:
                bounds.append(bounds[-1] + len(_phrases(part)))
            for i in range(start, start + len(found)):
                for j in range(i + 1, start + len(found)):
                    same = context_phrases[i].content == context_phrases[j].content
                    if _side(i, bounds) != _side(j, bounds) and not same:
                        apart.add(frozenset((i, j)))
    contents = [p.content for p in context_phrases]
    apart |= _included_classes_apart(reading.statements, contents)
    in_rule = [False] * len(context_phrases)
    is_fact = [False] * len(context_phrases)
    position = 0
    for s in reading.statements:
        size = len(_phrases(s.skeleton))
        for k in range(position, position + size):
            in_rule[k] = s.skeleton[0] == "if"
            is_fact[k] = s.skeleton[0] == "lit"
        position += size
    sides = [(p.subject, p.negated) if fact else None for p, fact in zip(context_phrases, is_fact)]
    statement_of = [k for k, s in enumerate(reading.statements) for _ in _phrases(s.skeleton)]
    apart |= _other_rules_apart(contents, in_rule, statement_of, links, similarity)
    groups = _group_rules_first(contents, in_rule, sides, apart, links, similarity)
    count = max(groups) + 1 if groups else 0
    members: list[list[str]] = [[] for _ in range(count)]
    for content, g in zip(contents, groups):
        members[g].append(content)
    asked_phrases = _phrases(asked.skeleton)
    # A conditional question's condition is part of its skeleton already, so `asked_phrases` includes it.
    asked_groups = meaning.nearest([p.content for p in asked_phrases], members, similarity)
    if _undecided_match(context_phrases, groups, asked_phrases, asked_groups, similarity):
        return None
    cluster: dict[tuple[str, str], int] = {}
    for phrase, g in zip(context_phrases, groups):
        cluster[("c", phrase.content)] = g
    new_groups: dict[str, int] = {}
    asked_cluster: dict[str, int] = {}
    for asked_phrase, asked_group in zip(asked_phrases, asked_groups):
        if asked_group is None:
            asked_group = new_groups.setdefault(asked_phrase.content, count + len(new_groups))
            if asked_group >= len(members):
                members.append([asked_phrase.content])
        asked_cluster[asked_phrase.content] = asked_group
    terms = [t for t in reading.terms] or [MAIN]
    people = [t for t in terms if t in reading.names]
    only = people[0] if len(people) == 1 else None  # "I" / "the main character" / "it rains" in a text about one person
    if MAIN not in terms and any(p.subject == MAIN for p in [*context_phrases, *asked_phrases]):
        terms.append(MAIN)
    if len(terms) > MAX_TERMS:
        return None
    atoms: dict[tuple[str, int], int] = {}

    def atom(term: str, group_id: int) -> int:
        return atoms.setdefault((term, group_id), len(atoms))

    context_of = {id(p): g for p, g in zip(context_phrases, groups)}

    def ground(skeleton: Skeleton, term: str | None, asked_side: bool) -> tuple:
        head = skeleton[0]
        if head == "lit":
            phrase: Phrase = skeleton[1]
            group_id = asked_cluster[phrase.content] if asked_side else context_of[id(phrase)]
            subject = term if phrase.subject == GENERIC and term is not None else phrase.subject
            if subject == GENERIC:
                subject = terms[-1]
            if subject == MAIN and only is not None:
                subject = only
            literal = ("atom", atom(subject, group_id))
            return ("not", literal) if phrase.negated else literal
        if head == "exactly":
            return ("exactly", skeleton[1], *(ground(p, term, asked_side) for p in skeleton[2:]))
        return (head, *(ground(p, term, asked_side) for p in skeleton[1:]))

    height = _specificity(reading.statements, context_of)
    ranked: list[defaults.Ranked] = []
    for index, s in enumerate(reading.statements):
        generic = any(p.subject == GENERIC for p in _phrases(s.skeleton))
        rank = s.rank
        if s.source:
            rank = 1 + asked.report_ranks.get(s.source, 1)
        elif s.rank > FACT:
            rank = s.rank + 1  # reports rank 2-3 only when a question orders them; rules stay above defaults
        # tens keep the order above; a more specific class's rule comes first within its tens (`specificity.py`)
        rank = 10 * rank + height.get(index, 0)
        for term in terms if generic else [None]:
            if s.rank > FACT and any(t == (term or "") and index < before for t, before in reading.exceptions):
                continue
            if s.rank > FACT and term is None and any(
                    p.subject == t and index < before for p in _phrases(s.skeleton)
                    for t, before in reading.exceptions):
                continue
            ranked.append(defaults.Ranked(ground(s.skeleton, term, False), rank))
    class_words = {rule[0].content for s in reading.statements for rule in [_class_rule(s.skeleton)] if rule}
    for noun, keys in reading.members.items():
        # kinds the text names side by side are siblings, never one another's class: "moths and wasps ... wasps cannot
        # fly underwater" says nothing of moths, however close "moth" and "wasp" score
        siblings = [meaning.roots(other) for other in reading.members if meaning.roots(other) != meaning.roots(noun)]
        own = [[] if any(meaning.roots(m) in siblings for m in group) or not any(
            _names_class(m, noun, class_words) for m in group) else group for group in members]
        noun_group = meaning.nearest([noun], own, similarity)[0]
        if noun_group is None:
            continue
        for key in keys:
            ranked.append(defaults.Ranked(("atom", atom(key, noun_group)), FACT))
    goal = ground(asked.skeleton, None, True)
    decision = defaults.decide(ranked, goal)
    if decision is None:
        return None
    return LooseAnswer(decision.answer, members, decision.extensions, similarity.name)
