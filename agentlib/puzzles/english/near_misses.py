"""Two wordings close in meaning that the loose reader can neither join as one proposition nor keep apart.

Sentence embeddings score a phrase and its near miss as high as a paraphrase: "repairs the kettle" and "repairs
the ladder" share their verb and frame, and the scores of single words do not separate synonyms from siblings
(sofa / couch 0.86 but tap / faucet 0.46, violin / harp 0.43). Joining them gives a wrong answer when they are two
propositions; keeping them apart gives a wrong answer when they are one. What is known is only the shape of the
difference, so a match of such a shape is *undecided* and the reader answers nothing (`paraphrase.decide`):

- a swapped thing: both phrases open with one verb, and each has content words the other lacks, among them a
  noun, side by side on each side or as many on both (a noun phrase for a noun phrase: "a novel" / "a work of
  fiction" restates in more words), and the differing words
  are not clearly one meaning (`SYNONYM` on the similarity of the differing words:
  "buys the bike" / "buys the bicycle" still join; "inspects the scooter" / "inspects the microscope" do not);
- a universal quantifier against an existential one: "washes all of the vans" / "washes some of the vans".

Not here: "may" / "might" on one side only ("may repair the kettle" / "repairs the kettle"). It is another
proposition, but LogicBench's prose says "might" of what it then treats as said: on the blind half the check fired
on 8 questions, 7 of them answered right when the two were joined, so the reader joins them (a known unsoundness).
Opposite words (`contrasts.py`) are a different matter: those are provably two propositions and are kept apart.
Left out: a verb swapped for a verb ("washes the van" / "paints the van"): verb paraphrases are how prose restates
its rules, and word scores cannot tell them from other actions, so those are still matched by meaning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from agentlib.puzzles.english.meaning import FUNCTION_WORDS, Similarity
from agentlib.puzzles.english.words import is_word, lemma

SYNONYM = 0.8  # differing words scoring at least this are one meaning ("bike" / "bicycle", "fridge" / "refrigerator")

_UNIVERSAL = {"all", "every", "each"}
_EXISTENTIAL = {"some", "any", "several", "few"}


@lru_cache(maxsize=8192)
def _forms(word: str) -> frozenset[str]:
    """A word and its lemmas as verb, noun and adjective: two words are one when these meet ("inspects" /
    "inspect"; a lemma alone can mislead: "scooter" has the verb lemma "scoot")."""
    return frozenset({word, lemma(word, "VERB"), lemma(word, "NOUN"), lemma(word, "ADJ")})


def _content(phrase: str) -> list[str]:
    """The content words of a phrase, in order."""
    return [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in FUNCTION_WORDS]


def _missing(words: list[str], other: list[str]) -> list[str]:
    return [w for w in words if not any(_forms(w) & _forms(o) for o in other)]


def _nominal(word: str) -> bool:
    """A noun, or a word the lexicon lacks (compounds such as "lawnmower" are things more often than not)."""
    return is_word(word, "NOUN") or not is_word(word)


def _compound(words: list[str], phrase: str) -> bool:
    """Whether `words` stand side by side in `phrase` as one noun phrase ("rocking chair", "kettle"), with no
    function word between them ("work of fiction" has one)."""
    said = re.findall(r"[a-z]+", phrase.lower())
    starts = [k for k, w in enumerate(said) if w == words[0]]
    return any(said[k:k + len(words)] == words for k in starts)


def swapped_thing(a: str, b: str, similarity: Similarity) -> bool:
    """Whether phrases `a` and `b` share their head verb but each names a thing the other does not, and the
    differing words are not clearly synonyms (see the module notes)."""
    left, right = _content(a), _content(b)
    if not left or not right or not _forms(left[0]) & _forms(right[0]):
        return False
    if not all(re.match(rf"{w}\b", p.lower()) and is_word(w, "VERB") for w, p in ((left[0], a), (right[0], b))):
        return False  # the head must open the phrase as a verb: "the river floods" / "... overflows" is no swap
    only_left, only_right = _missing(left, right), _missing(right, left)
    if not only_left or not only_right or len(only_left) != len(only_right) and not (
            _compound(only_left, a) and _compound(only_right, b)):
        return False  # "a novel" / "a work of fiction" restates in more words, it swaps nothing
    if not any(_nominal(w) for w in only_left) or not any(_nominal(w) for w in only_right):
        return False
    return similarity.matrix([" ".join(only_left)], [" ".join(only_right)])[0][0] < SYNONYM


def quantifiers_differ(a: str, b: str) -> bool:
    """Whether one phrase quantifies universally and the other existentially."""
    left, right = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    return bool(left & _UNIVERSAL and right & _EXISTENTIAL or right & _UNIVERSAL and left & _EXISTENTIAL)


def undecided(a: str, b: str, similarity: Similarity) -> bool:
    """Whether two phrases (their compared content) are a match this reader cannot decide."""
    return a != b and (quantifiers_differ(a, b) or swapped_thing(a, b, similarity))


def any_undecided(phrases: Sequence[str], similarity: Similarity) -> bool:
    """Whether some two of `phrases` (one proposition, as the matcher grouped them) are an undecided match."""
    unique = list(dict.fromkeys(phrases))
    return any(undecided(unique[i], unique[j], similarity)
               for i in range(len(unique)) for j in range(i + 1, len(unique)))
