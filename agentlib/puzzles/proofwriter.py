"""ProofWriter (depth-5, open world): a controlled-language formalizer for its facts, rules and questions.

Sentences (entities are capitalised names or "the <noun>[ <noun>]"; a variable is "something",
"someone", "it", "they", "them"):
    "Bob is (not) big."                       "The bear (does not) visit(s) the mouse."
    "If <clauses> then <clauses>."            clauses joined by "and" or commas; a clause without a
                                               subject continues the previous one ("is big and red")
    "(All) big, red things/people are (not) kind."
The question "Based on the above information, is the following statement true, false, or unknown?
<clause>" is answered by three-valued entailment (see `rules.decide`): True (entailed), False (its
negation entailed), Unknown (neither) -- the Logic-LM open-world reading, with classical negation.

Left out: rules with two distinct variables and sentences outside these patterns, which are listed
in the verdict, never guessed.
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
)
from agentlib.puzzles.verdict import Verdict

NAME = "proofwriter"
ANSWERS = {"true": "True", "false": "False", "unknown": "Unknown"}
LETTERS = {"A": "True", "B": "False", "C": "Unknown"}

_VARIABLE_WORDS = {"something", "someone", "somebody", "it", "they", "them", "he", "she", "him", "her"}
_PLURAL_SUBJECT_WORDS = {"they"}
_COPULAS = {"is", "are"}
_AUXILIARIES = {"does", "do"}
_GENERIC_NOUNS = r"(?:things|people|persons|animals|ones|someones|somethings)"
_ADJECTIVES = r"[a-z]+(?:\s*,\s*[a-z]+)*(?:\s*,?\s+and\s+[a-z]+)?"
_GENERIC_RE = re.compile(rf"^(?:all\s+)?({_ADJECTIVES})\s+{_GENERIC_NOUNS}\s+are\s+(.+)$", re.I)
_DETERMINERS = {
    "some",
    "no",
    "many",
    "most",
    "few",
    "several",
    "these",
    "those",
    "both",
    "only",
    "other",
    "not",
    "the",
    "all",
}
_IF_RE = re.compile(r"^if\s+(.+?),?\s+then\s+(.+)$", re.I)


def base_form(verb: str) -> str:
    """Third-person singular -> base form ("chases" -> "chase", "watches" -> "watch")."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


class _ClauseParser:
    """Parses clauses into literals; remembers the last subject for subject-less continuations."""

    def __init__(self) -> None:
        self.subject: str | None = None
        self.plural = False

    def term(self, words: list[str], sentence: str) -> str:
        if len(words) == 1 and words[0].lower() in _VARIABLE_WORDS:
            return VARIABLE
        if len(words) == 1 and words[0][:1].isupper() and words[0].isalpha():
            return slug(words[0])
        if len(words) >= 2 and words[0].lower() == "the" and all(w.isalpha() for w in words[1:]):
            return slug(" ".join(words[1:]))
        raise NotUnderstood(f"not an entity: {' '.join(words)!r} in {sentence!r}")

    def clause(self, text: str, sentence: str) -> Literal:
        words = text.split()
        if not words:
            raise NotUnderstood(sentence)
        split = self._predicate_start(words)
        if split == 0:  # no subject: continues the previous clause ("is big and red", "and not red")
            if self.subject is None:
                raise NotUnderstood(sentence)
            return self.predicate(self.subject, words, sentence, self.plural, continuation=True)
        subject_words = words[:split]
        self.subject = self.term(subject_words, sentence)
        self.plural = subject_words[0].lower() in _PLURAL_SUBJECT_WORDS
        return self.predicate(self.subject, words[split:], sentence, self.plural, continuation=False)

    @staticmethod
    def _predicate_start(words: list[str]) -> int:
        first = words[0].lower()
        if first in _COPULAS or first in _AUXILIARIES or first == "not":
            return 0
        if first in _VARIABLE_WORDS or (words[0][:1].isupper() and first != "the"):
            return 1
        if first == "the":
            for i in range(2, len(words)):
                w = words[i].lower()
                if w in _COPULAS or w in _AUXILIARIES or (w.endswith("s") and len(w) > 2):
                    return i
            raise NotUnderstood(" ".join(words))
        if len(words) == 1:  # a bare adjective continuing "is big, red"
            return 0
        return 0 if words[0].endswith("s") else 1

    def predicate(self, subject: str, words: list[str], sentence: str, plural: bool, *, continuation: bool) -> Literal:
        lowered = [w.lower() for w in words]
        if lowered[0] in _COPULAS:
            negated = len(lowered) > 1 and lowered[1] == "not"
            rest = lowered[2:] if negated else lowered[1:]
            return self._property(subject, rest, negated, sentence)
        if continuation and (len(lowered) == 1 or (len(lowered) == 2 and lowered[0] == "not")):  # "and (not) red"
            negated = lowered[0] == "not"
            return self._property(subject, lowered[1:] if negated else lowered, negated, sentence)
        if lowered[0] in _AUXILIARIES:
            if len(lowered) < 3 or lowered[1] != "not":
                raise NotUnderstood(sentence)
            return self._relation(subject, lowered[2], words[3:], True, sentence)
        verb = lowered[0] if plural else base_form(lowered[0])
        if not plural and verb == lowered[0]:
            raise NotUnderstood(sentence)
        return self._relation(subject, verb, words[1:], False, sentence)

    @staticmethod
    def _property(subject: str, rest: list[str], negated: bool, sentence: str) -> Literal:
        if len(rest) != 1 or not rest[0].isalpha():
            raise NotUnderstood(sentence)
        return Literal(slug(rest[0]), (subject,), negated)

    def _relation(self, subject: str, verb: str, object_words: list[str], negated: bool, sentence: str) -> Literal:
        if not verb.isalpha() or not object_words:
            raise NotUnderstood(sentence)
        return Literal(slug(verb), (subject, self.term(object_words, sentence)), negated)

    def clauses(self, text: str, sentence: str) -> tuple[Literal, ...]:
        parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text.strip()) if p]
        if not parts:
            raise NotUnderstood(sentence)
        return tuple(self.clause(part, sentence) for part in parts)


def parse_sentence(sentence: str) -> list[Rule]:
    """One ProofWriter sentence -> one rule (a fact is a rule without a body)."""
    parser = _ClauseParser()
    text = re.sub(r"\s+", " ", sentence.strip())
    if_match = _IF_RE.match(text)
    if if_match:
        body = parser.clauses(if_match.group(1), sentence)
        head = parser.clauses(if_match.group(2), sentence)
        return [Rule(body, head, sentence)]
    generic = _GENERIC_RE.match(text)
    if generic:
        adjectives = [a for a in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", generic.group(1).lower()) if a]
        if not adjectives or any(a in _DETERMINERS for a in adjectives):
            raise NotUnderstood(sentence)  # "Some things are blue" is not a rule about all things
        body = tuple(Literal(slug(a), (VARIABLE,)) for a in adjectives)
        parser.subject, parser.plural = VARIABLE, True
        head = parser.clauses("are " + generic.group(2), sentence)
        return [Rule(body, head, sentence)]
    if text.lower().startswith(("if ", "all ")):
        raise NotUnderstood(sentence)
    head = parser.clauses(text, sentence)
    if any(not lit.is_ground for lit in head):
        raise NotUnderstood(sentence)
    return [Rule((), head, sentence)]


def parse_statement(statement: str) -> Literal:
    """The question's statement: one ground clause."""
    try:
        rules = parse_sentence(statement)
    except NotUnderstood:
        raise NotUnderstood(f"question statement not understood: {statement!r}") from None
    if len(rules) != 1 or rules[0].body or len(rules[0].head) != 1:
        raise NotUnderstood(f"question statement must be one fact: {statement!r}")
    return rules[0].head[0]


def formalize(text: str) -> tuple[Theory, Literal, str]:
    """Text -> (theory, goal literal, statement); raises InputError for empty text or no question."""
    question = split_question(text)
    theory = parse_theory(question.context, parse_sentence)
    return theory, parse_statement(question.statement), question.statement


def solve(text: str) -> Verdict:
    try:
        theory, goal, statement = formalize(text)
    except NotUnderstood as error:
        return Verdict(NAME, "abstained", reason=str(error), failure="not_parsed", unparsed=[str(error)])
    return decide(NAME, theory, goal, statement, ANSWERS, negation="atom")


class ProofWriterFamily:
    name = NAME

    def load(self, data_dir: Path) -> list[PuzzleItem]:
        records = load_logiclm_records(Path(data_dir) / "ProofWriter_dev.json", LETTERS)
        items = []
        for record in records:
            subset = str(record["id"]).split("_")[1].split("-")[0] if "_" in str(record["id"]) else ""
            items.append(
                PuzzleItem(str(record["id"]), render_logiclm_item(record), LETTERS[record["answer"]], subset, record)
            )
        return items

    def detect(self, text: str) -> float:
        if re.search(r"is the following statement true, false, or unknown\?", text, re.I):
            return 0.9
        if re.search(r"\bIf (?:something|someone) .+ then (?:it|they) ", text):
            return 0.5
        return 0.0

    def solve(self, text: str) -> Verdict:
        return solve(text)



FAMILY = ProofWriterFamily()
