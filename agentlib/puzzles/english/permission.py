"""Permission with "may": "Employees who work overtime may take a day off. Dana is an employee who works overtime. So
Dana may take a day off."

A policy's "may" grants leave to do something; read as its own predicate ("may take a day off"), as "should" and
"can" are, a premise with "may" proves only what "may" says, and a conclusion without it speaks of something no
premise mentions (the reader then abstains). The "may" of possibility ("It may rain", "Ann may be at home") reads
the same way and is as safe: "may rain" proves nothing about rain. What stays a hedge (the sentence is not read):
"may" denied ("may not leave" is a ban, "may not be home" a guess: two meanings), "may" before "be" / "have" (a
guess about a state, "may be late", "may have left"), and "might".
"""

from __future__ import annotations

from agentlib.puzzles.english.words import is_word

_NOT_PERMITTED_VERBS = frozenset({"be", "have", "not", "never", "well", "also", "still", "only", "even", "just"})


def is_permission(words: list[str], k: int, in_sentence: bool = True) -> bool:
    """Whether `words[k]` is a "may" that grants something: after a subject (in a whole sentence; a verb phrase
    starts with it), before a verb's base form other than "be" / "have", not denied."""
    if words[k] != "may" or (in_sentence and k == 0) or k + 1 >= len(words):
        return False
    after = words[k + 1]
    return after not in _NOT_PERMITTED_VERBS and after.isalpha() and is_word(after, "VERB")
