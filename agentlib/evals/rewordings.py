"""Rewordings of a yes/no question about a context that keep its answer: the ways LogicBench's generator varies one
inference form ("a different person's name", "If A, then B" / "B if A", "does not" / "doesn't" / "fails to", a hedge
in other words, a story sentence before the rules).

Each rewording takes (context, question) and returns the reworded pair, or None where it does not apply or could
change the meaning (a pronoun whose antecedent would move, a sentence that says what is an exception to what came
before). They are text edits, not readings: they never consult the reader under test, so a flip from right to wrong
after one is the reader's fault. Used by `logicbench_rewordings` (which right answers on the tuning half survive) and
by tests over generated items.

Left out: synonyms of a verb phrase (the items restate their rules already) and plural / singular generics (verb
agreement needs a parse).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Pair = tuple[str, str]
Rewording = Callable[[str, str], Pair | None]

# names the benchmark's tuning items do not use, of either gender (the pronouns stay as written)
FRESH_NAMES = ["Teodora", "Kwabena", "Ingvild", "Rustam", "Marisol", "Eoghan", "Zainab", "Bartholomew"]
_PRONOUN_STARTS = re.compile(r"^(?:he|she|they|it|his|her|their|its|him|them|this|that|these|those|however|but|"
                             r"also|conversely|despite|nevertheless|on the other hand|in this|in that|still|yet|"
                             r"so|then|thus|therefore|as a result|even)\b", re.I)
_PRONOUNS = re.compile(r"\b(?:he|she|they|him|her|them|his|their|hers|theirs)\b", re.I)
_STORY = "The following happened during an otherwise ordinary week, long before anyone thought to write it down."
_HEDGE_SWAPS = {"usually": "normally", "normally": "typically", "typically": "generally", "generally": "usually",
                "often": "usually", "commonly": "typically"}


def _sentences(context: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", context.strip()) if s]


def _names(context: str, question: str) -> list[str]:
    """Capitalized words inside sentences that the question also mentions (in any case): the people asked about."""
    found: list[str] = []
    for sentence in _sentences(context):
        for word in re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", sentence):
            if word not in found and re.search(rf"\b{word}\b", question, re.I):
                found.append(word)
    return found


def renamed(context: str, question: str) -> Pair | None:
    """Every person the question asks about, renamed to a fresh name (same case where written)."""
    names = _names(context, question)
    if not names:
        return None
    out_context, out_question = context, question
    fresh = [n for n in FRESH_NAMES if not re.search(rf"\b{n}\b", context + question, re.I)]
    for name, new in zip(names, fresh):
        for old, replacement in ((name, new), (name.lower(), new.lower())):
            out_context = re.sub(rf"\b{old}\b", replacement, out_context)
            out_question = re.sub(rf"\b{old}\b", replacement, out_question)
    return out_context, out_question


def pronoun_asked(context: str, question: str) -> Pair | None:
    """The one person the context names, asked about by the pronoun the context itself uses for them."""
    names = _names(context, question)
    capitalized = set(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", context))
    if len(names) != 1 or len(capitalized) != 1:
        return None
    said = re.search(r"\b(he|she)\b", context, re.I)
    if said is None or re.search(r"\b(?:he|she)\b", question, re.I):
        return None
    pronoun = said.group(1).lower()
    asked = re.sub(rf"(?<!')\b{names[0]}\b(?!'s)", pronoun, question, count=1, flags=re.I)
    return (context, asked) if asked != question else None


_CONTRACT = [(r"\bdoes not\b", "doesn't"), (r"\bdo not\b", "don't"), (r"\bis not\b", "isn't"),
             (r"\bwill not\b", "won't"), (r"\bcannot\b", "can't"), (r"\bdid not\b", "didn't")]
_EXPAND = [(r"\bdoesn't\b", "does not"), (r"\bdon't\b", "do not"), (r"\bisn't\b", "is not"),
           (r"\bwon't\b", "will not"), (r"\bcan't\b", "cannot"), (r"\bdidn't\b", "did not")]


def _respelled(text: str, swaps: list[tuple[str, str]]) -> str:
    for pattern, replacement in swaps:
        text = re.sub(pattern, replacement, text, flags=re.I)
    return text


def negation_respelled(context: str, question: str) -> Pair | None:
    """ "does not" as "doesn't" and back, in the question and the context alike."""
    out = tuple(_respelled(t, _CONTRACT) if re.search(r"\b(?:does|do|is|will|did) not\b|\bcannot\b", t, re.I)
                else _respelled(t, _EXPAND) for t in (context, question))
    return (out[0], out[1]) if out != (context, question) else None


def fails_to(context: str, question: str) -> Pair | None:
    """A denied action in the question said with "fails to": "doesn't bake" / "does not bake" -> "fails to bake"."""
    asked = re.sub(r"\b(?:does not|doesn't)\s+(?!have to\b)([a-z]+)\b", r"fails to \1", question, flags=re.I)
    return (context, asked) if asked != question else None


def never(context: str, question: str) -> Pair | None:
    """A denied action in the question said with "never": "doesn't bake" -> "never bakes"."""
    from agentlib.puzzles.english.words import is_word, third_person

    def third(match: re.Match[str]) -> str:
        verb = match.group(1)
        return f"never {third_person(verb)}" if is_word(verb, "VERB") and verb not in ("be", "have") else match.group(0)

    asked = re.sub(r"\b(?:does not|doesn't)\s+([a-z]+)\b", third, question, flags=re.I)
    return (context, asked) if asked != question else None


_IF_THEN = re.compile(r"^If (?P<a>[^,]+), (?:then )?(?P<b>[^,]+)\.$")
_THEN_IF = re.compile(r"^(?P<b>[A-Z][^,]+?) if (?P<a>[^,]+)\.$")
_SUBJECT = re.compile(r"^(?P<subject>[A-Z][a-z]+|he|she|they|it) (?P<rest>.+)$")


def condition_moved(context: str, question: str) -> Pair | None:
    """A rule about one named person, "If A, (then) B." as "B if A." and "B if A." as "If A, then B."; the name goes
    to the first clause and the pronoun to the second."""
    changed = False
    out = []
    for sentence in _sentences(context):
        front, back = _IF_THEN.match(sentence), _THEN_IF.match(sentence)
        first, second = (front.group("b"), front.group("a")) if front else (
            (back.group("a"), back.group("b")) if back else ("", ""))
        left, right = _SUBJECT.match(first), _SUBJECT.match(second)
        if left is None or right is None or (front is None) == (back is None):
            out.append(sentence)
            continue
        names = [m.group("subject") for m in (left, right) if m.group("subject")[0].isupper()]
        pronouns = [m.group("subject") for m in (left, right) if not m.group("subject")[0].isupper()]
        if len(names) != 1 or len(pronouns) != 1 or pronouns[0] not in ("he", "she"):
            out.append(sentence)
            continue
        name, pronoun = names[0], pronouns[0]
        lead, trail = f"{name} {left.group('rest')}", f"{pronoun} {right.group('rest')}"
        out.append(f"{lead} if {trail}." if front else f"If {lead}, then {trail}.")
        changed = True
    return (" ".join(out), question) if changed else None


def story_first(context: str, question: str) -> Pair | None:
    """A narrative sentence that says nothing the question needs, before everything else."""
    return f"{_STORY} {context.strip()}", question


def topical_story(context: str, question: str) -> Pair | None:
    """A story sentence before everything else in which the person asked about reads about a thing the question
    names: it shares the question's topic and states none of its propositions."""
    from agentlib.puzzles.english.meaning import FUNCTION_WORDS
    from agentlib.puzzles.english.words import is_word

    names = _names(context, question) or [w for w in re.findall(r"\b[A-Z][a-z]+\b", context)
                                          if re.search(rf"\b{w}\b", question, re.I) and not is_word(w.lower())
                                          and w.lower() not in FUNCTION_WORDS | {"if", "the", "either", "when"}]
    nouns = [w for w in re.findall(r"[a-z]+", question.lower()) if len(w) > 3 and is_word(w, "NOUN")
             and not is_word(w, "VERB") and not is_word(w, "ADJ")]
    if not names or not nouns:
        return None
    return f"One afternoon, {names[0]} read a long magazine article about the {nouns[-1]}. {context.strip()}", question


def reordered(context: str, question: str) -> Pair | None:
    """The first two sentences swapped, where neither leans on the other (no pronoun or connective opens the second,
    no pronoun in it whose antecedent only the first names, no exception or remark on what came before)."""
    sentences = _sentences(context)
    for k in range(len(sentences) - 1):
        a, b = sentences[k], sentences[k + 1]
        if any(_PRONOUN_STARTS.match(s) or re.search(r"\bexception|\bstatement|\bwhich one|\buncertain|\bunclear|"
                                                      r"\bthis\b|\bthese\b|\bsuch\b|\bthe former\b|\bthe latter\b",
                                                      s, re.I) for s in (a, b)):
            continue
        if _PRONOUNS.search(b) and set(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+|^[A-Z][a-z]+", a)) - set(
                re.findall(r"\b[A-Z][a-z]+", b)):
            continue
        if _PRONOUNS.search(a) and not re.search(r"(?<=[a-z,] )[A-Z][a-z]+|^[A-Z][a-z]+(?= (?!if\b))", a):
            continue
        out = [*sentences[:k], b, a, *sentences[k + 2:]]
        return " ".join(out), question
    return None


def hedge_respelled(context: str, question: str) -> Pair | None:
    """Each hedge word of the context as another ("usually" -> "normally" -> "typically" -> "generally")."""
    swapped = re.sub(r"\b(" + "|".join(_HEDGE_SWAPS) + r")\b",
                     lambda m: _cap_like(m.group(1), _HEDGE_SWAPS[m.group(1).lower()]), context, flags=re.I)
    return (swapped, question) if swapped != context else None


def as_a_rule(context: str, question: str) -> Pair | None:
    """ "Ns usually P." as "As a rule, Ns P.": a hedge inside a generic sentence moved to its front."""
    changed = False
    out = []
    for sentence in _sentences(context):
        match = re.match(r"^(?P<subject>[A-Z][a-z]+s) (?:usually|typically|normally|generally) (?P<rest>[^,]+\.)$",
                         sentence)
        if match is not None:
            sentence = f"As a rule, {match.group('subject').lower()} {match.group('rest')}"
            changed = True
        out.append(sentence)
    return (" ".join(out), question) if changed else None


def _cap_like(original: str, word: str) -> str:
    return word.capitalize() if original[:1].isupper() else word


REWORDINGS: dict[str, Rewording] = {
    "renamed": renamed, "pronoun asked": pronoun_asked, "negation respelled": negation_respelled,
    "fails to": fails_to, "never": never, "condition moved": condition_moved, "story first": story_first,
    "topical story": topical_story,
    "reordered": reordered, "hedge respelled": hedge_respelled, "as a rule": as_a_rule}
