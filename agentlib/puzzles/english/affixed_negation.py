"""Negation said by a word's affix: "is impatient" says "is not patient", "dislikes jazz" says "does not like jazz".

Prose paraphrases a denial inside a word as often as with "not": a rule "if someone is patient, they succeed" and a
question "is Mara impatient?" are about one proposition. `as_denial(words)` rewrites the first such word of a
clause (lower case, as `paraphrase._words` gives them) into "not" and the word it negates, so the loose reader's
polarity count sees one negation and its phrase keeps the proposition's own word ("patient", "like").

What counts, by morphology and the lexicon, not by a list of examples:
- an adjective "un-X", "dis-X", "non-X", or "in-X" (spelled "im-" before b/m/p, "il-" before l, "ir-" before r)
  whose X is an adjective or a participle, when the whole word is no verb form, adverb or preposition itself
  ("informed" is "inform", "disappointed" is "disappoint", "inside" and "inland" are places: all stay as they are);
- an adjective "X-less" beside an adjective "X-ful" ("careless" / "careful", "harmless" / "harmful");
- "dis-" or "mis-" before a verb of attitude ("dislike", "distrust", "disagree", "disobey", "disapprove",
  "disbelieve", "disrespect", "disallow", "mistrust"): a closed class, since "discover", "display" and "dismiss"
  show that "dis-" before other verbs does not negate.

This is the everyday reading, not the strict one: "unhappy" is a contrary of "happy" (one may be neither), which
the controlled grammar keeps (`contradictories.py`); the loose reader's answers are `unverified` for this reason
among others. Left out: adverbs ("impatiently"), nouns ("dishonesty"), and words whose prefix no longer negates
(`_NOT_NEGATING`: "invaluable" is very valuable, "indifferent" is not "not different").
"""

from __future__ import annotations

from agentlib.puzzles.english.words import PREPOSITIONS, is_word

_ATTITUDE_VERBS = {"like", "trust", "agree", "obey", "approve", "believe", "respect", "allow"}
_VERB_ENDINGS = ("", "s", "d", "ed", "es", "ing")
# prefixed adjectives that do not deny their base (the lexicon cannot tell them apart)
_NOT_NEGATING = {"invaluable", "inflammable", "infamous", "indifferent", "incredible", "unbelievable", "inhabitable",
                 "impassive", "innumerable", "unravelled", "untold"}


def _negated_adjective(word: str) -> str | None:
    if word in _NOT_NEGATING or word in PREPOSITIONS or not is_word(word, "ADJ") or is_word(word, "VERB") \
            or is_word(word, "ADV"):  # "inside", "inward", "inland": a place, not a denial
        return None
    for prefix in ("un", "dis", "non", "in", "im", "il", "ir"):
        base = word[len(prefix):].lstrip("-")
        if not word.startswith(prefix) or len(base) < 3:
            continue
        if prefix in ("im", "il", "ir") and base[0] not in {"im": "bmp", "il": "l", "ir": "r"}[prefix]:
            continue
        if prefix == "in" and base[0] in "bmplr":
            continue
        if is_word(base, "ADJ") or (base.endswith("ed") and is_word(base, "VERB")):
            return base
    if word.endswith("less") and is_word(word[:-4] + "ful", "ADJ"):
        return word[:-4] + "ful"
    return None


def _negated_verb(word: str) -> str | None:
    for prefix in ("dis", "mis"):
        if word.startswith(prefix):
            base = word[len(prefix):]
            if any(base == verb + ending or (verb.endswith("e") and base == verb[:-1] + ending)
                   for verb in _ATTITUDE_VERBS for ending in _VERB_ENDINGS):
                return base
    return None


def negated(word: str) -> str | None:
    """The word that `word` denies by its affix ("impatient" -> "patient", "dislikes" -> "likes"), else None."""
    low = word.lower()
    return _negated_verb(low) or _negated_adjective(low)


def as_denial(words: list[str]) -> list[str]:
    """`words` with the first word that denies by its affix written as "not" and the word it denies."""
    for k, word in enumerate(words):
        base = negated(word)
        if base is not None:
            return [*words[:k], "not", base, *words[k + 1:]]
    return words
