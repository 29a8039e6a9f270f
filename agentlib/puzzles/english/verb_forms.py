"""Which finite form a verb is in: third person present ("passes") or past ("passed"), or neither.

A relative clause and the main clause after it agree in tense in plain prose ("whoever studied hard passed",
"everyone who skips the lecture passes the exam"), so the main verb of a sentence whose subject is "people who
..." is the next verb in the relative verb's own finite form (`paraphrase._split_relative`). Forms come from the
lemminflect tables the lexicon already uses (`words.lemma`).

Left out: the plain present ("people who ride bicycles read ..."), whose forms are also the infinitive and many
nouns; the caller handles it by what comes before the verb.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from agentlib.puzzles.english.words import is_word, lemma

Finite = Literal["present", "past"]


@lru_cache(maxsize=8192)
def finite_form(word: str) -> Finite | None:
    """ "passes" -> "present", "sold" / "passed" -> "past"; None for a plain form, an -ing form or a non-verb. A
    form that is both past and plain ("put", "read") is neither: its tense cannot be told from the word."""
    from lemminflect import getInflection

    low = word.lower()
    if not is_word(low, "VERB"):
        return None
    base = lemma(low, "VERB")
    if low == base:
        return None
    if low in getInflection(base, tag="VBZ"):
        return "present"
    if low in getInflection(base, tag="VBD"):
        return "past"
    return None
