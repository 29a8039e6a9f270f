"""Names typed in lower case in chat ("is jack taller than kim?"): given their capitals where grammar says a name.

The reader learns names from capitals, so a text typed all in lower case names nobody. Grammar still tells a name
from a common noun: a singular common noun needs a determiner ("the jack", "a sailor"), a name never takes one. So
in a text with no capital at all, a bare singular word that is neither a function word nor a kinship, day or number
word, that the text never puts after a determiner, and that stands where a subject or the object of "than" stands
("jack is ...", "jack passed", "is jack ...", "... than kim"), is a name and is written with its capital
everywhere. Mass and abstract nouns in those places ("water is colder than ice") become individuals too, which reads
the same. A text with any capital is left alone: its writer uses capitals, so a lower-case word is no name.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.kinship import KIN
from agentlib.puzzles.english.meaning import FUNCTION_WORDS
from agentlib.puzzles.english.words import INTERJECTIONS, NUMBER_WORDS, ORDINALS, is_word, lemma

_DETERMINERS = {"a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "every", "each", "some", "no",
                "any", "all", "this", "that", "these", "those", "another", "which", "what", "whose"}
_NOT_NAMES = FUNCTION_WORDS | _DETERMINERS | {
    "i", "im", "it", "who", "whom", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
    "nothing", "everything", "something", "none", "one", "today", "tomorrow", "yesterday", "tonight", "if", "not",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yes", "no", "either", "neither",
    "both", "only", "how", "why", "when", "where", "whenever", "unless", "than", "because", "since", "while"}
_SINGULAR_VERBS = {"is", "was", "has", "does", "did", "can", "will", "isn't", "wasn't", "doesn't", "didn't", "can't",
                   "won't", "hasn't"}
_QUESTION_STARTS = {"is", "was", "does", "did", "can", "will", "has", "isn't", "doesn't"}
# where a clause may start: after a mark, a conjunction, or a verb of saying ("ed says fi is a knave")
_CLAUSE_STARTS = {"", ",", ";", ":", ".", "?", "!", "and", "but", "so", "if", "then", "that", "while", "or", "nor",
                  "says", "said", "claims", "claimed", "thinks", "replies", "answers", "well"} | INTERJECTIONS
_COORDINATORS = {"and", "or", "nor"}


def cased_chat(text: str) -> str:
    """`text` with the names it types in lower case given their capitals; unchanged when it has any capital."""
    if re.search(r"[A-Z]", text):
        return text
    tokens = re.findall(r"[a-z]+(?:'[a-z]+)?|[.,;:?!]", text)
    after_determiner = {tokens[k + 1] for k, t in enumerate(tokens[:-1]) if t in _DETERMINERS}
    names: set[str] = set()
    for k, word in enumerate(tokens):
        before = tokens[k - 1] if k > 0 else ""
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        subject = before in _CLAUSE_STARTS and (following in _SINGULAR_VERBS or _singular_verb(following)
                                                 or _past_verb(following))
        asked = before in _QUESTION_STARTS and (k == 1 or tokens[k - 2] in _CLAUSE_STARTS)
        compared = before == "than"
        if (subject or asked or compared) and _may_name(word) and word not in after_determiner:
            names.add(word)
    names |= _coordinated(tokens, names, after_determiner)
    if not names:
        return text
    return re.sub(r"\b[a-z]+\b", lambda m: m.group(0).capitalize() if m.group(0) in names else m.group(0), text)


def _coordinated(tokens: list[str], names: set[str], after_determiner: set[str]) -> set[str]:
    """Words joined to a name by "and", "or" or "nor" ("neither ana nor ben came"): coordination joins like with
    like, so a bare singular word beside a name is a name too."""
    found: set[str] = set()
    for k, word in enumerate(tokens):
        beside = [tokens[k + 2] for _ in [0] if k + 2 < len(tokens) and tokens[k + 1] in _COORDINATORS]
        beside += [tokens[k - 2] for _ in [0] if k >= 2 and tokens[k - 1] in _COORDINATORS]
        if any(other in names for other in beside) and _may_name(word) and word not in after_determiner:
            found.add(word)
    return found


def _singular_verb(word: str) -> bool:
    """ "runs", "likes": a verb's third person singular (a name before it is a subject)."""
    return word.endswith("s") and word not in FUNCTION_WORDS and is_word(word, "VERB") and lemma(word, "VERB") != word


def _past_verb(word: str) -> bool:
    """ "passed", "went": a verb's past tense, which agrees with any subject, so only a bare word before it that
    is not a pronoun or a plural is taken for a name (`_may_name`)."""
    return len(word) > 2 and word not in FUNCTION_WORDS and not word.endswith(("s", "ing")) and \
        is_word(word, "VERB") and lemma(word, "VERB") != word


def _may_name(word: str) -> bool:
    """Not a word that grammar keeps from naming someone: a function, kinship, number or day word, or a plural."""
    if len(word) < 2 or not word.isalpha() or word in _NOT_NAMES or word in KIN or word in NUMBER_WORDS or \
            word in ORDINALS:
        return False
    if is_word(word, "ADJ") and not is_word(word, "NOUN"):
        return False  # "is tall", "than usual"
    return not (word.endswith("s") and lemma(word, "NOUN") != word)
