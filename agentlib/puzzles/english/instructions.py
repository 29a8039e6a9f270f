"""Instructions to the solver typed around a puzzle: "Read each clue carefully and answer the question.", "Circle yes
or no.", "Show your work.", "Use the clues below."

An imperative has no subject and states nothing true or false, so it is no premise. A sentence is read as one when
it opens with a verb in its base form that is no adjective ("Long day, ..." is a remark, not an order) followed by
something that is not a verb ("Mark sits ..." and "Sue is ..." open with a name that is also a verb, and a verb
follows). Imperatives that carry content stay: those that ask the question ("List them ...", "Find the liar.",
"Figure out who ..."), those that suppose ("Assume ...", "Suppose ...", "Note that ..."), and any with an embedded
clause ("that", "if", "whether", a wh-word).
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import AUXILIARIES, is_verb_form, is_word, lemma

# Verbs whose imperative asks the puzzle's question or adds a supposition: never dropped
_CONTENT_VERBS = {"list", "rank", "name", "order", "sort", "arrange", "put", "find", "determine", "identify", "figure",
                  "work", "tell", "decide", "deduce", "prove", "say", "state", "give", "assume", "suppose", "imagine",
                  "consider", "note", "remember", "recall", "let", "pretend", "know", "keep", "bear", "notice",
                  "observe", "pick", "choose", "select", "match", "count", "calculate", "compute", "solve", "guess",
                  "help"}
_CLAUSE = re.compile(r"\b(?:that|if|whether|who|whom|whose|what|which|where|when|how|why|because|unless)\b", re.I)
_SEQUENCE = re.compile(r"^(?:then|now|please|first|next|finally|and then)\b,?\s+", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|[^\sA-Za-z]")


def is_instruction(sentence: str) -> bool:
    """Whether `sentence` is an imperative addressed to the solver that states nothing about the puzzle."""
    stepped = _SEQUENCE.sub("", sentence.strip())  # "Then answer the question.": the order of the steps, no content
    return _imperative(sentence.strip()) or stepped != sentence.strip() and _imperative(stepped)


def _imperative(text: str) -> bool:
    if not text or text.endswith("?") or _CLAUSE.search(text):
        return False
    tokens = _WORD.findall(text)
    if len(tokens) < 2 or not tokens[0].isalpha() or not tokens[1][:1].isalpha():
        return False
    verb, following = tokens[0].lower(), tokens[1].lower()
    if verb in _CONTENT_VERBS or verb in AUXILIARIES or not is_word(verb, "VERB") or lemma(verb, "VERB") != verb:
        return False
    if is_word(verb, "ADJ"):
        return False  # "Long day, brain fried.", "Last one, I swear.": an adjective opens a remark, not an order
    if following == "and" and len(tokens) > 2 and tokens[2].islower() and (
            _imperative(" ".join(tokens[2:])) or _bare_order(tokens[2], tokens[3:])):
        return True  # "Read and answer.", "Read and answer the question.": two orders, each stating nothing
    return following not in {"and", "or", "nor"} and not is_verb_form(following)


def _bare_order(verb: str, rest: list[str]) -> bool:
    """ "answer." after "Read and": a verb in its base form alone, with only marks after it."""
    return all(not t[:1].isalnum() for t in rest) and verb not in _CONTENT_VERBS and verb not in AUXILIARIES and \
        is_word(verb, "VERB") and lemma(verb, "VERB") == verb and not is_word(verb, "ADJ")
