"""ProntoQA (fictional ontologies): a controlled-language formalizer for its facts, rules and questions.

Sentences, with made-up class nouns ("wumpus") and ordinary adjectives:
    "Every/Each <noun> is (not) (a|an) <noun>."   "Every/Each <noun> is (not) <adjective>."
    "<Nouns> are (not) <nouns | adjective>."      "<Name> is (not) (a|an) <noun> | <adjective>."
The question "Is the following statement true or false? <Name> is (not) ..." is True when the
statement is entailed and False when its negation is (`rules.decide`, classical negation).

Nouns are told from adjectives by the text itself: a word after "a/an/every/each" is a noun, and
so is every plural subject ("Jompuses are ..."); a plural object ("... are vumpuses") is that noun
when its singular is known, else the word stands for itself (an adjective).

Left out: sentences outside these patterns (listed in the verdict, never guessed).
"""

from __future__ import annotations

import re
from pathlib import Path

from agentlib.puzzles.family import PuzzleItem, load_logiclm_records, render_logiclm_item
from agentlib.puzzles.rules import (
    VARIABLE,
    Literal,
    NotUnderstood,
    Rule,
    Theory,
    decide,
    parse_theory,
    slug,
    split_question,
    split_sentences,
)
from agentlib.puzzles.verdict import Verdict

NAME = "prontoqa"
ANSWERS = {"true": "True", "false": "False"}
LETTERS = {"A": "True", "B": "False"}

_UNIVERSAL_RE = re.compile(r"^(?:every|each|all)\s+([a-z]+)\s+(?:is|are)\s+(not\s+)?(?:(an?)\s+)?([a-z]+)$", re.I)
_PLURAL_RE = re.compile(r"^([a-z]+)\s+are\s+(not\s+)?([a-z]+)$", re.I)
_FACT_RE = re.compile(r"^([A-Z][a-z]+)\s+is\s+(not\s+)?(?:(an?)\s+)?([a-z]+)$")
_NOUN_AFTER_RE = re.compile(r"\b(?:a|an|every|each)\s+([a-z]+)\b", re.I)
_PLURAL_SUBJECT_RE = re.compile(r"^([a-z]+)\s+are\s", re.I)


def singular(plural: str) -> str:
    word = plural.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("uses", "sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


class Lexicon:
    """Which words are class nouns, and the noun each plural form names."""

    def __init__(self, sentences: list[str]):
        self.nouns: set[str] = set()
        for sentence in sentences:
            self.nouns.update(w.lower() for w in _NOUN_AFTER_RE.findall(sentence))
            subject = _PLURAL_SUBJECT_RE.match(sentence)
            if subject and subject.group(1).lower() not in {"they"}:
                self.nouns.add(self._noun_of_plural(subject.group(1).lower()))

    def _noun_of_plural(self, word: str) -> str:
        for candidate in (word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ies") else ""):
            if candidate and candidate in self.nouns:
                return candidate
        return singular(word)

    def predicate(self, word: str, *, plural: bool) -> str:
        """A noun or adjective word -> its predicate key."""
        word = word.lower()
        if not plural or word in self.nouns:
            return slug(word)
        noun = self._noun_of_plural(word)
        return slug(noun) if noun in self.nouns else slug(word)


def parse_sentence(sentence: str, lexicon: Lexicon) -> list[Rule]:
    text = re.sub(r"\s+", " ", sentence.strip())
    universal = _UNIVERSAL_RE.match(text)
    if universal:
        subject, negated, _article, obj = universal.groups()
        plural_object = text.split()[2].lower() == "are"
        body = Literal(lexicon.predicate(subject, plural=plural_object), (VARIABLE,))
        head = Literal(lexicon.predicate(obj, plural=plural_object), (VARIABLE,), bool(negated))
        return [Rule((body,), (head,), sentence)]
    fact = _FACT_RE.match(text)
    if fact:
        name, negated, _article, obj = fact.groups()
        return [Rule((), (Literal(lexicon.predicate(obj, plural=False), (slug(name),), bool(negated)),), sentence)]
    plural = _PLURAL_RE.match(text)
    if plural:
        subject, negated, obj = plural.groups()
        body = Literal(lexicon.predicate(subject, plural=True), (VARIABLE,))
        head = Literal(lexicon.predicate(obj, plural=True), (VARIABLE,), bool(negated))
        return [Rule((body,), (head,), sentence)]
    raise NotUnderstood(sentence)


def formalize(text: str) -> tuple[Theory, Literal, str]:
    """Text -> (theory, goal literal, statement); raises InputError for empty text or no question."""
    question = split_question(text)
    lexicon = Lexicon(split_sentences(question.context) + [question.statement])
    theory = parse_theory(question.context, lambda s: parse_sentence(s, lexicon))
    try:
        rules = parse_sentence(question.statement, lexicon)
    except NotUnderstood:
        raise NotUnderstood(f"question statement not understood: {question.statement!r}") from None
    if rules[0].body:
        raise NotUnderstood(f"question statement must be a fact about one individual: {question.statement!r}")
    return theory, rules[0].head[0], question.statement


def solve(text: str) -> Verdict:
    try:
        theory, goal, statement = formalize(text)
    except NotUnderstood as error:
        return Verdict(NAME, "abstained", reason=str(error), failure="not_parsed", unparsed=[str(error)])
    return decide(NAME, theory, goal, statement, ANSWERS)


class ProntoQAFamily:
    name = NAME

    def load(self, data_dir: Path) -> list[PuzzleItem]:
        records = load_logiclm_records(Path(data_dir) / "ProntoQA_dev.json", LETTERS)
        items = []
        for record in records:
            items.append(
                PuzzleItem(str(record["id"]), render_logiclm_item(record), LETTERS[record["answer"]], "", record)
            )
        return items

    def detect(self, text: str) -> float:
        if not re.search(r"is the following statement true or false\?", text, re.I):
            return 0.0
        if re.search(r"\b(?:Every|Each) [a-z]+ is\b", text):
            return 0.9
        return 0.5

    def solve(self, text: str) -> Verdict:
        return solve(text)



FAMILY = ProntoQAFamily()
