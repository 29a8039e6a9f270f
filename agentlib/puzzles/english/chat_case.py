"""Names typed in lower case in chat ("is jack taller than kim?"): given their capitals where grammar says a name.

The reader learns names from capitals, so a text typed all in lower case names nobody. Grammar still tells a name
from a common noun: a singular common noun needs a determiner ("the jack", "a sailor"), a name never takes one. So
in a text with no capital at all, a bare singular word that is neither a function word nor a kinship, day or number
word, that the text never puts after a determiner, and that stands where a subject or the object of "than" stands
("jack is ...", "jack passed", "is jack ...", "... than kim"), is a name and is written with its capital
everywhere. Mass and abstract nouns in those places ("water is colder than ice") become individuals too, which reads
the same. In a text with capitals, only a name the text itself writes with its capital is given it again where
grammar says a name ("Uma, Val and Wes sit in a row. uma isnt in the middle."): a writer who capitalized it once
dropped the capital by haste, not to name something else. A capital counts as naming when it is not the first word
of a sentence, or when the word is no dictionary word at all ("Tweety is a bird. can tweety fly?"); "Will is ... we
will go" keeps its verb, which stands where no name does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agentlib.puzzles.english.kinship import KIN
from agentlib.puzzles.english.meaning import FUNCTION_WORDS
from agentlib.puzzles.english.words import INTERJECTIONS, NUMBER_WORDS, ORDINALS, is_word, lemma

_DETERMINERS = {"a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "every", "each", "some", "no",
                "any", "all", "this", "that", "these", "those", "another", "which", "what", "whose"}
NOT_NAMES = FUNCTION_WORDS | _DETERMINERS | {
    "i", "im", "it", "who", "whom", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
    "nothing", "everything", "something", "none", "one", "today", "tomorrow", "yesterday", "tonight", "if", "not",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yes", "no", "either", "neither",
    "both", "only", "how", "why", "when", "where", "whenever", "unless", "than", "because", "since", "while"}
_SINGULAR_VERBS = {"is", "was", "has", "does", "did", "can", "will", "isn't", "wasn't", "doesn't", "didn't", "can't",
                   "won't", "hasn't", "isnt", "wasnt", "doesnt", "didnt", "cant", "wont", "hasnt"}
_QUESTION_STARTS = {"is", "was", "does", "did", "can", "will", "has", "isn't", "doesn't", "isnt", "doesnt"}
# where a clause may start: after a mark, a conjunction, or a verb of saying ("ed says fi is a knave")
_CLAUSE_STARTS = {"", ",", ";", ":", ".", "?", "!", "and", "but", "so", "if", "then", "that", "while", "or", "nor",
                  "says", "said", "claims", "claimed", "thinks", "replies", "answers", "well"} | INTERJECTIONS
_COORDINATORS = {"and", "or", "nor"}
# words a name the text already capitalizes may follow as their object ("to the left of uma", "next to val")
_NAME_OBJECT_WORDS = {"of", "to", "from", "with", "behind", "beside", "besides", "than", "after", "before",
                      "between", "by", "near", "beat", "beats", "and", "or", "nor", "says", "said"}


def cased_chat(text: str) -> str:
    """`text` with the names it types in lower case given their capitals; in a text with capitals, only the names
    it capitalizes elsewhere (see the module notes)."""
    if re.search(r"[A-Z]", text):
        return _recased_known_names(text)
    tokens = re.findall(r"[a-z]+(?:'[a-z]+)?|[.,;:?!]", text)
    names = _named_in_place(tokens, _may_name)
    if not names:
        return text
    return re.sub(r"\b[a-z]+\b", lambda m: m.group(0).capitalize() if m.group(0) in names else m.group(0), text)


def _named_in_place(tokens: list[str], may_name: Callable[[str], bool]) -> set[str]:
    """The lower-case words of `tokens` standing where grammar says a name that `may_name` allows and no determiner
    ever precedes (see `_name_places`)."""
    after_determiner = {tokens[k + 1] for k, t in enumerate(tokens[:-1]) if t in _DETERMINERS}
    names = {tokens[k] for k in _name_places(tokens) if may_name(tokens[k]) and tokens[k] not in after_determiner}
    return names | _coordinated(tokens, names, after_determiner, may_name)


def _name_places(tokens: list[str]) -> list[int]:
    """Where in `tokens` (lower case) a name may stand: a subject before a singular or past verb, the one a yes/no
    question asks about, or the object of "than"."""
    places = []
    for k in range(len(tokens)):
        before = tokens[k - 1] if k > 0 else ""
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        subject = before in _CLAUSE_STARTS and (following in _SINGULAR_VERBS or _singular_verb(following)
                                                 or _past_verb(following))
        asked = before in _QUESTION_STARTS and (k == 1 or tokens[k - 2] in _CLAUSE_STARTS)
        if subject or asked or before == "than":
            places.append(k)
    return places


def _recased_known_names(text: str) -> str:
    """`text` with each lower-case repeat of a name it capitalizes elsewhere given the capital where it stands as a
    name; the same word elsewhere is left as typed ("Will is tall. we will go")."""
    known = {word for word in _capitalized_names(text) if word not in NOT_NAMES and word not in KIN}
    if not known:
        return text
    matches = list(re.finditer(r"[A-Za-z]+(?:'[a-z]+)?|[.,;:?!]", text))
    tokens = [match.group(0).lower() for match in matches]
    typed_lower = [match.group(0)[:1].islower() for match in matches]
    places = set(_name_places(tokens)) | {k for k in range(1, len(tokens)) if tokens[k - 1] in _NAME_OBJECT_WORDS}
    recased = {k for k in places if typed_lower[k] and tokens[k] in known}
    for k, word in enumerate(tokens):  # "val and uma": coordination joins like with like
        beside = [k + 2 for _ in [0] if k + 2 < len(tokens) and tokens[k + 1] in _COORDINATORS]
        beside += [k - 2 for _ in [0] if k >= 2 and tokens[k - 1] in _COORDINATORS]
        if typed_lower[k] and word in known and any(j in recased or not typed_lower[j] and tokens[j] in known
                                                     for j in beside):
            recased.add(k)
    if not recased:
        return text
    pieces, last = [], 0
    for k in sorted(recased):
        pieces += [text[last:matches[k].start()], matches[k].group(0).capitalize()]
        last = matches[k].end()
    return "".join(pieces) + text[last:]


def _capitalized_names(text: str) -> set[str]:
    """The lower-case forms of the words `text` writes with a capital as a name: not first in a sentence (or a
    line), or not a dictionary word."""
    known = set()
    for match in re.finditer(r"\b[A-Z][a-z]+\b", text):
        word = match.group(0).lower()
        opening = re.search(r"(?:^|[.!?:\n\"'\u2022-])\s*$", text[:match.start()]) is not None
        if not opening or not is_word(word):
            known.add(word)
    return known


def _coordinated(tokens: list[str], names: set[str], after_determiner: set[str],
                 may_name: Callable[[str], bool]) -> set[str]:
    """Words joined to a name by "and", "or" or "nor" ("neither ana nor ben came"): coordination joins like with
    like, so a bare singular word beside a name is a name too."""
    found: set[str] = set()
    for k, word in enumerate(tokens):
        beside = [tokens[k + 2] for _ in [0] if k + 2 < len(tokens) and tokens[k + 1] in _COORDINATORS]
        beside += [tokens[k - 2] for _ in [0] if k >= 2 and tokens[k - 1] in _COORDINATORS]
        if any(other in names for other in beside) and may_name(word) and word not in after_determiner:
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
    if len(word) < 2 or not word.isalpha() or word in NOT_NAMES or word in KIN or word in NUMBER_WORDS or \
            word in ORDINALS:
        return False
    if is_word(word, "ADJ") and not is_word(word, "NOUN"):
        return False  # "is tall", "than usual"
    return not (word.endswith("s") and lemma(word, "NOUN") != word)
