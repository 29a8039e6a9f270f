"""Read a number riddle ("I'm thinking of a number between 1 and 10. It's even. It's bigger than 6.
It isn't 10. What is it?") into clues about one whole number and the question asked of it.

The grammar is small and closed: an opening that introduces the number ("I'm thinking of a number",
"I am a two-digit number", "A number is ..."), clauses whose subject is the number ("it", "the
number", "my number", "I" after "I am a ... number") or its digits ("the sum of its digits", "its
tens digit"), and a question ("What is it?", "How many numbers fit?", "Is it 8?"). Clauses may be
joined by "and", "but" and commas, and each may be negated. A sentence outside this grammar is
returned as not understood, so the whole riddle abstains quoting it: a riddle read in part is never
answered.

"between 1 and 10" is kept as a `Between` clue whose ends may or may not be included; the solver
answers only when both readings give the same answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

import z3

from agentlib.numwords import MULTIPLIERS, numbers_in_digits
from agentlib.puzzles.number_clues import (
    Clue,
    Compare,
    DigitAt,
    DigitLength,
    DigitRelation,
    DigitSum,
    DistinctDigits,
    FactorOf,
    Power,
    Prime,
    Remainder,
)

QuestionKind = Literal["value", "count", "list", "is"]
# a riddle people write has a dozen clues; a text of more sentences, or a sentence of more clauses, is not read as
# one (reading 20,000 clauses took seconds, only to abstain)
MAX_SENTENCES = 60
MAX_CLAUSES = 30
# numbers a riddle states are small; a longer digit string is not a riddle's and would make the formulas huge
MAX_STATED_DIGITS = 12


@dataclass(frozen=True)
class Between(Compare):
    """"between 20 and 30": the ends are included or not (`inclusive`), which the solver tries both ways;
    "from 20 to 30" and "between 20 and 30 inclusive" fix `inclusive` (`settled`)."""

    upper: int = 0
    inclusive: bool = True
    settled: bool = False

    def _holds(self, n: int) -> bool:
        return self.value <= n <= self.upper if self.inclusive else self.value < n < self.upper

    def _formula(self, x: z3.ArithRef, digits: int, upper: int) -> z3.BoolRef:
        if self.inclusive:
            return z3.And(x >= self.value, x <= self.upper)
        return z3.And(x > self.value, x < self.upper)

    def _describe(self) -> str:
        return f"{self.value} {'<=' if self.inclusive else '<'} n {'<=' if self.inclusive else '<'} {self.upper}"


@dataclass(frozen=True)
class Question:
    kind: QuestionKind
    value: int | None = None  # "Is it 8?"


@dataclass
class Riddle:
    clues: list[Clue] = field(default_factory=list)
    question: Question | None = None
    sentences: list[str] = field(default_factory=list)  # the clue sentences, as written
    unparsed: list[str] = field(default_factory=list)
    opened: bool = False  # an opening introduced the number


_CONTRACTIONS = [
    (r"\bit's\b", "it is"), (r"\bisn't\b", "is not"), (r"\bi'm\b", "i am"), (r"\bwhat'?s\b", "what is"),
    (r"\bim\b", "i am"), (r"\bdoesn't\b", "does not"), (r"\bcan't\b", "cannot"), (r"\baren't\b", "are not"),
    (r"\bhere's\b", "here is"),
    (r"\bi've\b", "i have"), (r"\bdon't\b", "do not"), (r"\bwon't\b", "will not"), (r"\bthat's\b", "that is"),
]
_SUBJECTS = (r"(?:it|the number|my number|the secret number|the mystery number|this number|that number|"
             r"my secret number|the number i am thinking of|the number i have in mind|the number|i)")
_OPENING = re.compile(
    r"^(?:(?:ok(?:ay)?|so|now|alright),? )?(?:"
    r"i am thinking of|i have (?:thought of|picked|chosen)|i(?: have)? (?:picked|chose|thought of)|"
    r"i have|i am|think of|imagine|there is|here is|guess)"
    r" (?:a|an|some) (?P<rest>.*?)(?: in (?:my )?mind)?$")
_CHATTER = re.compile(
    r"^(?:here is a (?:little |fun |quick )?(?:number )?(?:riddle|puzzle)|(?:a )?number riddle|riddle|"
    r"guess my (?:secret )?number|can you solve (?:this|it)|try this(?: one)?|let us play a game)$")
_NUMBER_NOUN = r"(?:whole number|positive (?:whole )?number|positive integer|integer|number)"


def normalize(sentence: str) -> str:
    """Lower case, contractions opened, curly quotes straightened, number words in digits."""
    text = sentence.lower().replace("\u2019", "'").replace("\u2018", "'").strip()
    for pattern, replacement in _CONTRACTIONS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = re.sub(r"\s+", " ", text)
    return numbers_in_digits(text).strip(" ,;:")


_N = r"(\d{1," + str(MAX_STATED_DIGITS) + "})"
_PLACE = {"ones": 0, "units": 0, "unit": 0, "one's": 0, "tens": 1, "ten's": 1, "hundreds": 2, "thousands": 3}
_PLACE_WORD = r"(ones|units|unit|one's|tens|ten's|hundreds|thousands)"
_GREATER = r"(?:greater|bigger|larger|more|higher)"
_LESS = r"(?:less|smaller|lower|fewer)"


def _numbered(pattern: str) -> str:
    """A pattern whose "<N>" slots each match a stated number."""
    return pattern.replace("<N>", _N)


def _adjective(word: str) -> list[Clue] | None:
    """One adjective of "an odd two-digit prime number"."""
    if word == "even":
        return [Remainder(False, 2, 0)]
    if word == "odd":
        return [Remainder(False, 2, 1)]
    if word == "prime":
        return [Prime(False)]
    if word == "composite":
        return [Prime(True), Compare(False, ">", 1)]
    if word == "positive":
        return [Compare(False, ">", 0)]
    if word in ("whole", "natural", "secret", "mystery"):
        return []
    match = re.fullmatch(r"(\d)-digit", word)
    if match and int(match.group(1)) >= 1:
        return [DigitLength(False, int(match.group(1)))]
    return None


def _predicate(text: str, nested: bool = False) -> list[Clue] | None:
    """What follows "is" in a clause: "even", "a multiple of 7", "between 20 and 30", "8"; None if unread."""
    text = re.sub(r"^(?:also|still|definitely|exactly) ", "", text.strip())
    if match := re.fullmatch(_N, text):
        return [Compare(False, "==", int(match.group(1)))]
    if match := re.fullmatch(r"equal to " + _N, text):
        return [Compare(False, "==", int(match.group(1)))]
    if match := re.fullmatch(_numbered(r"between <N> and <N>(?P<incl> inclusive| inclusively)?"), text):
        low, high = int(match.group(1)), int(match.group(2))
        if low > high:
            return None
        return [Between(False, ">=", low, high, True, bool(match.group("incl")))]
    if match := re.fullmatch(_numbered(r"from <N> to <N>"), text):
        low, high = int(match.group(1)), int(match.group(2))
        return [Between(False, ">=", low, high, True, True)] if low <= high else None
    comparisons = [(_GREATER + r" than", ">"), (_LESS + r" than", "<"), (r"at least", ">="), (r"at most", "<="),
                   (r"no (?:more|greater|bigger|larger) than", "<="), (r"no (?:less|smaller|fewer) than", ">="),
                   (r"(?:over|above)", ">"), (r"(?:under|below)", "<"),
                   (_GREATER + r" than or equal to", ">="), (_LESS + r" than or equal to", "<=")]
    for words, op in comparisons:
        if match := re.fullmatch(words + " " + _N, text):
            return [Compare(False, op, int(match.group(1)))]  # type: ignore[arg-type]
    if match := re.fullmatch(r"(?:a )?multiple of " + _N, text):
        return [Remainder(False, int(match.group(1)))] if int(match.group(1)) > 0 else None
    if match := re.fullmatch(r"(?:evenly |exactly )?divisible by " + _N, text):
        return [Remainder(False, int(match.group(1)))] if int(match.group(1)) > 0 else None
    if match := re.fullmatch(r"(?:a )?(?:factor|divisor) of " + _N, text):
        return [FactorOf(False, int(match.group(1)))] if int(match.group(1)) > 0 else None
    if re.fullmatch(r"(?:a )?(?:perfect square|square number)", text):
        return [Power(False, 2)]
    if re.fullmatch(r"(?:a )?(?:perfect cube|cube number|cubed number)", text):
        return [Power(False, 3)]
    if match := re.fullmatch(r"(?:an? )?((?:[a-z0-9-]+ )*?)(?:" + _NUMBER_NOUN + r"|prime|square)(?P<rest> .*)?",
                             text):
        adjectives = match.group(1).split()
        head = text[match.end(1):].split(" ")[0]
        clues: list[Clue] = []
        for word in adjectives + ([head] if head in ("prime",) else []):
            adjective = _adjective(word)
            if adjective is None:
                return None
            clues += adjective
        if head == "square":
            clues.append(Power(False, 2))
        if match.group("rest"):
            if nested:  # "a number that is a number that is ...": one relative clause is all a riddle needs
                return None
            rest = re.sub(r"^ (?:that is|which is|that's)", "", match.group("rest"))
            more = _predicate(rest, nested=True)
            if more is None:
                return None
            clues += more
        return clues
    clues = []
    for word in text.split(" "):
        adjective = _adjective(word)
        if adjective is None:
            return None
        clues += adjective
    return clues or None


def _digit_value(text: str) -> int | None:
    return int(text) if re.fullmatch(r"\d", text) else None


def _verb_clause(text: str) -> list[Clue] | None:
    """A clause with a verb other than "is": "has 2 digits", "ends in 5", "leaves a remainder of 2 when divided
    by 5"; the subject already removed. None if unread."""
    negated = False
    if match := re.match(r"(?:does not|did not|does n't|cannot) ", text):
        negated, text = True, text[match.end():]
        text = re.sub(r"^(have|end|leave|give|divide)\b", lambda m: m.group(1) + {"have": "", "end": "s"}.get(
            m.group(1), "s"), text)
        text = re.sub(r"^be ", "can be ", text)
    clues: list[Clue] | None = None
    if match := re.fullmatch(r"has (?:exactly )?(\d) digits?", text):
        clues = [DigitLength(False, int(match.group(1)))] if int(match.group(1)) >= 1 else None
    elif match := re.fullmatch(r"ends (?:in|with) (?:a |an )?(\d{1,6})", text):
        ending = match.group(1)
        clues = [DigitAt(False, 0, int(ending))] if len(ending) == 1 else [Remainder(False, 10 ** len(ending),
                                                                                       int(ending))]
    elif match := re.fullmatch(_numbered(r"(?:leaves|gives|has) (?:a )?remainder (?:of )?<N> when "
                                         r"(?:it is |you )?divided by <N>"), text):
        clues = _remainder(int(match.group(2)), int(match.group(1)))
    elif match := re.fullmatch(_numbered(r"divided by <N> (?:leaves|gives|has) (?:a )?remainder (?:of )?<N>"), text):
        clues = _remainder(int(match.group(1)), int(match.group(2)))
    elif match := re.fullmatch(_numbered(r"can be (?:evenly |exactly )?divided by <N>"
                                         r"(?: evenly| exactly| with no remainder)?"), text):
        clues = _remainder(int(match.group(1)), 0)
    elif match := re.fullmatch(_numbered(r"(?:divides|goes into) <N>(?: evenly| exactly| with no remainder)?"), text):
        clues = [FactorOf(False, int(match.group(1)))] if int(match.group(1)) > 0 else None
    elif re.fullmatch(r"has no repeated digits|has no repeating digits|has all different digits", text):
        clues = [DistinctDigits(False)]
    if clues is None or not negated:
        return clues
    if len(clues) != 1:
        return None
    return [replace(clues[0], negated=not clues[0].negated)]


def _remainder(divisor: int, remainder: int) -> list[Clue] | None:
    return [Remainder(False, divisor, remainder)] if 0 <= remainder < divisor else None


def _digit_sentence(text: str) -> list[Clue] | None:
    """A sentence about the number's digits: "the sum of its digits is 9", "its tens digit is twice its ones
    digit", "its digits are all different"."""
    its = r"(?:its|the|my number's|the number's|my)"
    match = re.fullmatch(r"(?:the )?(sum|product) of (?:its|the|my|the number's) digits (is|equals|is equal to) "
                         + _N, text)
    if match:
        return [DigitSum(False, int(match.group(3)), match.group(1) == "product")]
    if match := re.fullmatch(r"(?:its|the|my) digits (add up to|add to|sum to|total|multiply to) " + _N, text):
        return [DigitSum(False, int(match.group(2)), match.group(1) == "multiply to")]
    if match := re.fullmatch(r"(?:its|the) digit sum is " + _N, text):
        return [DigitSum(False, int(match.group(1)))]
    if re.fullmatch(r"(?:all (?:of )?)?(?:its|the|my) digits are (?:all )?(?:different|distinct|unique)"
                    r"(?: from each other)?", text) or re.fullmatch(r"no digit (?:is repeated|repeats)", text):
        return [DistinctDigits(False)]
    if re.fullmatch(r"(?:all (?:of )?)?(?:its|the|my) digits are (?:all )?the same", text):
        return [DistinctDigits(False, True)]
    match = re.fullmatch(its + r" (last|final) digit (is|is not) (\d)", text)
    if match:
        return [DigitAt(match.group(2) == "is not", 0, int(match.group(3)))]
    match = re.fullmatch(its + r" " + _PLACE_WORD + r" digit (is not|is) (.+)", text)
    if not match:
        return None
    left, negated, rest = _PLACE[match.group(1)], match.group(2) == "is not", match.group(3)
    if (digit := _digit_value(rest)) is not None:
        return [DigitAt(negated, left, digit)]
    other = r"(?:its|the|my|the number's) " + _PLACE_WORD + r" digit"
    if match := re.fullmatch(r"(twice|double|triple|thrice|(\d) times) " + other, rest):
        factor = MULTIPLIERS.get(match.group(1)) or int(match.group(2))
        return [DigitRelation(negated, left, _PLACE[match.group(3)], "==", factor, 0)]
    if match := re.fullmatch(r"(\d) (more|less|bigger|greater|smaller|larger) than " + other, rest):
        sign = 1 if match.group(2) in ("more", "bigger", "greater", "larger") else -1
        return [DigitRelation(negated, left, _PLACE[match.group(3)], "==", 1, sign * int(match.group(1)))]
    for words, op in ((_GREATER + " than", ">"), (_LESS + " than", "<"), ("(?:equal to|the same as)", "==")):
        if match := re.fullmatch(words + " " + other, rest):
            return [DigitRelation(negated, left, _PLACE[match.group(1)], op)]  # type: ignore[arg-type]
    return None


def _clauses(text: str) -> list[str]:
    """"even, less than 20 and not 10" -> the three clauses; "between 20 and 30" stays whole, and "a multiple of
    4 and of 6" / "divisible by 3 and 5" repeat their head for the second number."""
    protected = re.sub(r"between (\d+) and (\d+)", r"between \1 & \2", text)
    parts = [part.replace(" & ", " and ").strip()
             for part in re.split(r",? (?:and|but|and also|but also)(?: it)? |, ", protected) if part.strip()]
    heads = r"(.*?\b(?:multiple|multiples|factor|divisor) of|.*?\bdivisible by) \d+$"
    for index in range(1, len(parts)):
        previous = re.fullmatch(heads, parts[index - 1])
        bare = re.fullmatch(r"(?:of|by) (\d+)|(\d+)", parts[index])
        if previous and bare:
            parts[index] = previous.group(1) + " " + (bare.group(1) or bare.group(2))
    return parts


def _copula_clause(text: str, verb_said: bool, negated_before: bool) -> tuple[list[Clue] | None, bool]:
    """One clause of a sentence about the number; returns its clues and whether it was negated. A clause with
    no verb takes the sentence's "is": "It is even and less than 20", "It is not even and not prime"; but in
    "It is not even and prime" whether "not" reaches "prime" is unsaid, so that clause is not read."""
    if match := re.fullmatch(r"(?:(?:is|am) )?neither (.+) nor (.+)", text):
        first, second = _predicate(match.group(1)), _predicate(match.group(2))
        if first is None or second is None or len(first) != 1 or len(second) != 1:
            return None, False
        return [replace(first[0], negated=True), replace(second[0], negated=True)], True
    if match := re.match(r"(?:is|am|must be|would be)(?P<neg> not| never)? ", text + " "):
        negated, predicate = bool(match.group("neg")), text[match.end():]
    elif match := re.match(r"(?:not|never) ", text):
        if not verb_said:
            return None, False
        negated, predicate = True, text[match.end():]
    else:
        verb = _verb_clause(text)
        if verb is not None:
            return verb, any(clue.negated for clue in verb)
        if not verb_said or negated_before:
            return None, False
        negated, predicate = False, text
    clues = _predicate(predicate)
    if clues is None:
        return None, False
    if negated:
        if len(clues) != 1:  # "not an odd prime": not one clue, so not one negation
            return None, False
        clues = [replace(clues[0], negated=True)]
    return clues, negated


def read_clause_sentence(text: str, subject_i: bool) -> list[Clue] | None:
    """A sentence whose subject is the number, or one about its digits; None if any part is unread."""
    text = re.sub(r"^(?:and|but|so|also|plus|oh and),? ", "", text)
    digits = _digit_sentence(text)
    if digits is not None:
        return digits
    fronted = _fronted_remainder(text)
    if fronted is not None:
        return fronted
    match = re.match(_SUBJECTS + r" ", text)
    if not match or (match.group(0).strip() == "i" and not subject_i):
        return None
    clues: list[Clue] = []
    verb_said = negated_before = False
    clauses = _clauses(text[match.end():])
    if len(clauses) > MAX_CLAUSES:
        return None
    for clause in clauses:
        found, negated = _copula_clause(clause, verb_said, negated_before)
        if found is None:
            return None
        clues += found
        verb_said, negated_before = True, negated
    return clues


def _fronted_remainder(text: str) -> list[Clue] | None:
    """"When divided by 4, it leaves a remainder of 3." / "When you divide it by 4, the remainder is 3."."""
    match = re.fullmatch(_numbered(r"(?:when|if) (?:it is |you )?(?:divided|divide it) by <N>,? "
                                   r"(?:it (?:leaves|gives|has) (?:a )?remainder(?: of)?|the remainder is|"
                                   r"you get (?:a )?remainder(?: of)?|there is (?:a )?remainder of) <N>"), text)
    return _remainder(int(match.group(1)), int(match.group(2))) if match else None


def read_opening(text: str) -> tuple[list[Clue], bool] | None:
    """"I'm thinking of a number between 1 and 10" -> its clues, and whether "I" now names the number
    ("I am a two-digit number")."""
    if match := re.fullmatch(r"(?:an? |the )(?:secret |mystery )?(?:whole |positive )?number (is|has|can|ends|"
                             r"leaves|gives|divided) (.+)", text):
        stated = read_clause_sentence("it " + match.group(1) + " " + match.group(2), False)
        return (stated, False) if stated is not None else None
    match = _OPENING.fullmatch(text)
    if not match:
        return None
    rest = match.group("rest")
    phrase = re.fullmatch(r"((?:[a-z0-9-]+ )*?)(?:secret |mystery )?" + _NUMBER_NOUN + r"(?: (.*))?", rest)
    if phrase is None:
        return None
    clues: list[Clue] = []
    for word in phrase.group(1).split():
        adjective = _adjective(word)
        if adjective is None:
            return None
        clues += adjective
    tail = phrase.group(2)
    if tail:
        tail = re.sub(r"^(?:that is|which is|that's)\s+", "", tail)
        more = _predicate(tail) or (_verb_clause(re.sub(r"^(?:that|which) ", "", tail)) if re.match(
            r"(?:that|which) ", tail) else None)
        if more is None:
            return None
        clues += more
    return clues, text.startswith("i am ") and not text.startswith("i am thinking")


def read_question(text: str) -> Question | None:
    subject = r"(?:it|the number|my number|the secret number|this number|the mystery number)"
    value_forms = [
        r"(?:what|which) (?:is|could be|might be) " + subject,
        r"(?:what|which) (?:number|integer) (?:is it|am i|am i thinking of|is the number|could it be|is this|"
        r"do i have(?: in mind)?|have i (?:picked|chosen|got)|did i (?:pick|choose))",
        r"(?:what|which) (?:is|could be) the number i am thinking of",
        r"what am i", r"who am i", r"what could it be", r"guess (?:the|my) number", r"guess what it is",
        r"(?:can|could) you (?:guess|find|figure out|work out|tell me) (?:it|the number|my number|what it is|"
        r"what the number is|which number it is)", r"find the number", r"what is the answer",
        r"so what is (?:it|the number)", r"what number fits(?: all the clues)?",
    ]
    if any(re.fullmatch(form, text) for form in value_forms):
        return Question("value")
    if re.fullmatch(r"how many (?:such |possible |different )?(?:numbers|possibilities|options|answers|values)"
                    r"(?: are there| could it be| fit(?: all the clues| these clues)?| are possible| are left| work)?",
                    text):
        return Question("count")
    if re.fullmatch(r"(?:list (?:them|all (?:the )?(?:possibilities|numbers|options))|what are the possibilities|"
                    r"which numbers (?:fit|are possible|could it be|work))", text):
        return Question("list")
    if match := re.fullmatch(r"(?:is it|is the number|could it be|is my number) " + _N, text):
        return Question("is", int(match.group(1)))
    return None


def read_riddle(text: str, split: list[str]) -> Riddle:
    """The riddle in `split` (the text cut into sentences): its clues, its question and what was not read."""
    riddle = Riddle()
    subject_i = False
    if len(split) > MAX_SENTENCES:
        riddle.unparsed.append(f"(a text of {len(split)} sentences: a riddle of more than {MAX_SENTENCES} is not read)")
        riddle.opened = read_opening(normalize(split[0].rstrip("?!. "))) is not None
        return riddle
    for sentence in split:
        plain = normalize(sentence.rstrip("?!. "))
        if not plain or _CHATTER.fullmatch(plain):
            riddle.opened = riddle.opened or bool(re.fullmatch(r"guess my (?:secret )?number", plain))
            continue
        question = read_question(plain) if sentence.rstrip().endswith("?") or riddle.question is None else None
        if question is not None:
            if riddle.question is not None:
                riddle.unparsed.append(sentence)  # two questions: answer neither rather than pick one
            riddle.question = question
            continue
        opening = read_opening(plain) if not riddle.opened else None
        if opening is not None:
            clues, names_i = opening
            riddle.opened, subject_i = True, names_i
            riddle.clues += clues
            riddle.sentences.append(sentence)
            continue
        read = read_clause_sentence(plain, subject_i) if riddle.opened else None
        if read is None:
            riddle.unparsed.append(sentence)
            continue
        riddle.clues += read
        riddle.sentences.append(sentence)
    return riddle


__all__ = ["Between", "Question", "Riddle", "normalize", "read_riddle"]
