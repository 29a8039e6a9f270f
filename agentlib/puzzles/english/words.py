"""Word classes and word forms the English grammar needs: lemmas, comparatives, function words.

Lemmas come from lemminflect (a lexicon of English inflections with rules for unknown words), so
"went" -> "go", "studies" -> "study", "men" -> "man", "taller" -> "tall": two wordings of the same
predicate in different tenses or numbers become one key. Comparative adjectives map to a scale and a
direction, with antonym pairs sharing one scale ("shorter than" is "taller than" reversed).

Left out: synonyms (e.g. "wet" and "damp" stay two predicates; the reader abstains when a question
uses a word no premise uses).
"""

from __future__ import annotations

from functools import lru_cache

COPULAS = {"is", "are", "was", "were", "am", "be", "been", "being"}
MODALS_ASSERT = {"will", "would", "shall", "should", "must"}
MODALS_ABILITY = {"can", "could"}
MODALS_POSSIBLE = {"may", "might"}
DO = {"do", "does", "did"}
HAVE = {"has", "have", "had"}
AUXILIARIES = COPULAS | MODALS_ASSERT | MODALS_ABILITY | MODALS_POSSIBLE | DO | HAVE
ARTICLES = {"a", "an", "the"}
POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}
FILLER_ADVERBS = {"always", "also", "indeed", "really", "actually", "definitely", "certainly", "still", "too",
                  "today", "now", "currently", "truly", "surely", "moreover", "furthermore", "however",
                  "thus", "just", "yesterday", "tomorrow", "tonight", "again", "somewhere",
                  "obviously", "clearly", "evidently", "undeniably",  # "obviously X" states X
                  "ever"}  # "No one who smokes ever runs": under a negative subject it only stresses the "no"
HEDGES = {"usually", "typically", "normally", "generally", "often", "sometimes", "probably", "likely", "mostly",
          "rarely", "seldom", "maybe", "perhaps", "possibly", "most", "many", "few", "several"}
# chat interjections: they open a sentence without adding to it ("ok so ...", "wait, ...", "hmm ...")
INTERJECTIONS = {"ok", "okay", "wait", "oh", "hmm", "alright", "anyway", "um", "uh", "lol", "omg", "ngl", "tbh", "btw",
                 "bro", "yo", "sry", "dude", "bruh"}
PRONOUNS_SINGULAR = {"he", "she", "him", "her", "it"}
PRONOUNS_PLURAL = {"they", "them"}
WH_WORDS = {"who", "whom", "what", "which"}
RELATIVES = {"who", "that", "which", "whom"}
PREPOSITIONS = {"in", "at", "on", "from", "with", "to", "of", "for", "by", "near", "under", "over", "into", "inside",
                "outside", "behind", "about", "without", "across", "through", "during", "after", "before"}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8}

# adjective -> (scale, direction): "taller" raises height, "shorter" lowers it
_ANTONYMS = {
    "tall": ("height", 1), "short": ("height", -1), "old": ("age", 1), "young": ("age", -1),
    "heavy": ("weight", 1), "light": ("weight", -1), "fast": ("speed", 1), "slow": ("speed", -1),
    "quick": ("speed", 1), "rich": ("wealth", 1), "poor": ("wealth", -1), "big": ("size", 1),
    "large": ("size", 1), "small": ("size", -1), "little": ("size", -1), "long": ("length", 1),
    "strong": ("strength", 1), "weak": ("strength", -1), "high": ("height_of", 1), "low": ("height_of", -1),
    "expensive": ("price", 1), "cheap": ("price", -1), "wealthy": ("wealth", 1), "smart": ("smartness", 1),
    "clever": ("smartness", 1), "good": ("goodness", 1), "bad": ("goodness", -1), "hot": ("heat", 1),
    "cold": ("heat", -1), "warm": ("heat", 1), "early": ("time", -1), "late": ("time", 1),
}
_IRREGULAR_COMPARATIVES = {"better": ("good", "er"), "best": ("good", "est"), "worse": ("bad", "er"),
                           "worst": ("bad", "est"), "elder": ("old", "er"), "eldest": ("old", "est"),
                           "more": ("many", "er"), "most": ("many", "est"), "less": ("little", "er"),
                           "least": ("little", "est"), "further": ("far", "er"), "farther": ("far", "er")}


@lru_cache(maxsize=8192)
def lemma(word: str, pos: str) -> str:
    """The lemma of `word` as part of speech `pos` (NOUN, VERB, ADJ); the word itself when unknown."""
    from lemminflect import getLemma

    low = word.lower()
    if pos == "NOUN" and low in ("people", "persons"):
        return "person"
    found = getLemma(low, upos=pos, lemmatize_oov=pos != "NOUN" or low.endswith("s"))
    return found[0] if found else low


@lru_cache(maxsize=8192)
def is_word(word: str, pos: str | None = None) -> bool:
    """Whether the lexicon knows `word` (as `pos`, when given)."""
    from lemminflect import getAllLemmas

    low = word.lower()
    if pos == "VERB" and low in _NEVER_VERBS:
        return False
    found = getAllLemmas(low)
    return bool(found) if pos is None else pos in found


# Nouns for people that the lexicon also lists as verbs ("to people a town", "to man a ship"): in a puzzle they are
# always the noun, and read as a verb "Some tall people swim" had a second reading, "some tall (ones) people-swim"
_NEVER_VERBS = frozenset({"people", "peoples", "persons", "men", "women", "folks", "children"})


@lru_cache(maxsize=8192)
def third_person(verb: str) -> str:
    from lemminflect import getInflection

    if verb == "be":
        return "is"
    if verb == "have":
        return "has"
    forms = getInflection(verb, tag="VBZ")
    return forms[0] if forms else verb + "s"


def is_verb_form(word: str) -> bool:
    return word in AUXILIARIES or is_word(word, "VERB")


def comparative(word: str) -> tuple[str, str] | None:
    """ "taller" -> ("tall", "er"), "tallest" -> ("tall", "est"), "better" -> ("good", "er"); None otherwise."""
    low = word.lower()
    if low in _IRREGULAR_COMPARATIVES:
        return _IRREGULAR_COMPARATIVES[low]
    for suffix in ("est", "er"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            base = lemma(low, "ADJ")
            if base != low and is_word(base, "ADJ"):
                return base, suffix
    return None


def scale_of(adjective: str, text_words: frozenset[str] = frozenset()) -> tuple[str, int]:
    """The scale an adjective measures and its direction; "short" means length when the text says "long"."""
    if adjective == "short" and ({"long", "longer", "longest"} & text_words):
        return "length", -1
    return _ANTONYMS.get(adjective, (adjective, 1))
