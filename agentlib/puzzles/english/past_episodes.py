"""A "when" clause in the past may tell one event or a habit: "Ann left when Bo arrived." says that Bo arrived and Ann
left (one evening), or that each time Bo arrived, Ann left (a rule about those days). The grammar reads "when" as a
rule; read as an event both clauses are facts.

`told_as_events` spells each such sentence as its two facts ("Bo arrived. Ann left."), so the verdict can be taken
under both readings: where they differ ("Did Bo arrive?": yes as an event, not settled as a rule), no answer is
given. Only a sentence with one "when" (or "as soon as", spelled "when" by `condition_words.py`) whose both
clauses are in the simple past; "whenever", "every time" and the present ("Ann leaves when Bo arrives") are rules.
"""

from __future__ import annotations

import re

from agentlib.puzzles.english.words import AUXILIARIES, is_word, lemma

_SENTENCE = re.compile(r"[^.!?]+[.!?]+")
_FRONTED = re.compile(r"^(?P<when>[Ww]hen) (?P<event>[^,;]+), (?P<main>[^,;]+?)(?P<end>[.!])$")
_AFTER = re.compile(r"^(?P<main>[^,;]+?) when (?P<event>[^,;]+?)(?P<end>[.!])$")
# past forms of "be" and "have", and of the verbs whose past ends in no "-ed"
_PAST_WORDS = frozenset({"was", "were", "had", "did", "went", "came", "left", "ran", "sat", "stood", "saw", "got",
                         "took", "gave", "made", "said", "told", "ate", "drank", "won", "lost", "fell", "began",
                         "broke", "bought", "brought", "caught", "found", "heard", "kept", "knew", "met", "paid",
                         "put", "read", "rode", "rang", "sang", "sent", "slept", "spoke", "spent", "swam", "threw",
                         "thought", "wore", "wrote", "cried", "laughed", "didn't", "wasn't", "weren't", "hadn't"})


def _past_clause(clause: str) -> bool:
    """Whether `clause` holds a verb in the simple past (and no present or future auxiliary)."""
    words = re.findall(r"[a-z']+", clause.lower())
    if any(w in AUXILIARIES and w not in ("was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't")
           for w in words):
        return False  # "will", "is", "can": not a past event
    for word in words[1:]:
        if word in _PAST_WORDS:
            return True
        if word.endswith("ed") and is_word(lemma(word, "VERB"), "VERB") and lemma(word, "VERB") != word:
            return True
    return False


def told_as_events(text: str) -> str | None:
    """`text` with each past "when" sentence said as its two facts (event first); None when there is none."""
    from agentlib.puzzles.english.condition_words import spell_conditions

    out, changed = [], False
    for match in _SENTENCE.finditer(text):
        sentence = spell_conditions(match.group(0).strip())  # "as soon as" is "when"
        if sentence.lower().count(" when ") + sentence.lower().startswith("when ") != 1 or "?" in sentence:
            out.append(sentence)
            continue
        found = _FRONTED.match(sentence) or _AFTER.match(sentence)
        if found is None or not (_past_clause(" " + found["event"]) and _past_clause(found["main"])):
            out.append(sentence)
            continue
        event = found["event"].strip()
        main = found["main"].strip()
        out.append(f"{event[:1].upper()}{event[1:]}{found['end']} {main[:1].upper()}{main[1:]}{found['end']}")
        changed = True
    rest = text[sum(len(m.group(0)) for m in _SENTENCE.finditer(text)):]
    return " ".join(out) + rest if changed else None
