"""Propositional formulas written with letters, in symbols or in words: "P → Q", "¬(P ∧ Q)", "p -> q", "If P then
Q", "P implies Q", "Not Q", "Either A or B", "Neither A nor B", "A if and only if B", "A only if B", "A unless B",
"Either A or B but not both" (and "A ⊕ B", "A xor B": exactly one).

A sentence is read only when every word in it is a letter (one character) or a connective; anything else ("If Sam
studies, he passes") is left to the English grammar. Connectives bind, from the tightest: not, and, or, implies
(to the right: "P → Q → R" is "P → (Q → R)"), if and only if. "if A, B" / "if A then B" and "A only if B" are
implications; "A if B" is "B → A"; "A unless B" is "A or B"; "it is not the case that" denies what follows to the
end of the sentence.

A formula is a tuple tree: ("atom", "P"), ("not", f), and ("and" | "or" | "implies" | "iff", left, right).
"""

from __future__ import annotations

import re

Formula = tuple  # ("atom", "P") | ("not", f) | (op, left, right)

MAX_TOKENS = 400  # a sentence of letters longer than this is not read
MAX_DEPTH = 40  # parentheses nested deeper, or more "not"s, are not read (the parser recurses per level)
_SYMBOLS = [("<->", "iff"), ("<=>", "iff"), ("↔", "iff"), ("⇔", "iff"), ("≡", "iff"), ("->", "implies"),
            ("=>", "implies"), ("→", "implies"), ("⇒", "implies"), ("⊃", "implies"), ("∧", "and"), ("&&", "and"),
            ("&", "and"), ("·", "and"), ("∨", "or"), ("||", "or"), ("|", "or"), ("⊕", "xor"), ("¬", "not"),
            ("~", "not"), ("!", "not"), ("(", "("), (")", ")"), (",", ",")]
_PHRASES = [("but not both", "butnotboth"), ("if and only if", "iff"), ("xor", "xor"),
            ("it is not the case that", "notall"), ("it isn't the case that", "notall"),
            ("it is false that", "notall"), ("only if", "onlyif"), ("iff", "iff"), ("implies", "implies"),
            ("entails", "implies"), ("if", "if"), ("then", "then"), ("and", "and"), ("or", "or"), ("not", "not"),
            ("either", "either"), ("both", "both"), ("neither", "neither"), ("nor", "nor"), ("unless", "unless")]
_TOKEN = re.compile(r"\s*(?:(?P<symbol><->|<=>|->|=>|&&|\|\||[↔⇔≡→⇒⊃∧&·∨|⊕¬~!(),])|(?P<word>[A-Za-z]+))")
_PHRASE = re.compile(r"\s*(?P<phrase>" + "|".join(re.escape(said) for said, _ in
                                                  sorted(_PHRASES, key=lambda p: -len(p[0]))) + r")\b", re.I)


class NotLetters(ValueError):
    """The text is not a formula of letters and connectives."""


def tokens_of(sentence: str) -> list[str]:
    """The sentence as connective names and letters ("P", "q"), or NotLetters for any other word."""
    text = sentence.strip().rstrip(".!").strip()
    found: list[str] = []
    position = 0
    while text[position:].strip():
        if len(found) > MAX_TOKENS:
            raise NotLetters(sentence)
        phrase = _PHRASE.match(text, position)
        if phrase is not None:
            found.append(dict(_PHRASES)[" ".join(phrase["phrase"].lower().split())])
            position = phrase.end()
            continue
        match = _TOKEN.match(text, position)
        if match is None or match["word"] and len(match["word"]) != 1:
            raise NotLetters(sentence)
        found.append(dict(_SYMBOLS)[match["symbol"]] if match["symbol"] else match["word"])
        position = match.end()
    if not any(len(t) == 1 and t.isalpha() for t in found):
        raise NotLetters(sentence)
    depth = deepest = 0
    for token in found:
        depth += {"(": 1, ")": -1}.get(token, 0)
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH or found.count("not") > MAX_DEPTH:
        raise NotLetters(sentence)  # the parser recurses once per level: a bound well inside Python's
    return found


def parse_letters(sentence: str) -> Formula:
    """The formula a sentence of letters says (see the module notes); NotLetters when it is none."""
    tokens = tokens_of(sentence)
    if "notall" in tokens:  # "it is not the case that ...": to the end of the sentence
        at = tokens.index("notall")
        tokens = [*tokens[:at], "not", "(", *tokens[at + 1:], ")"]
    exclusive = tokens[-1:] == ["butnotboth"] or tokens[-2:] == [",", "butnotboth"]
    if exclusive:  # "Either A or B but not both": exactly one
        tokens = tokens[:tokens.index("butnotboth")]
        tokens = tokens[:-1] if tokens[-1:] == [","] else tokens
    parser = _Parser(tokens)
    formula = parser.iff()
    if exclusive:
        if formula[0] != "or":
            raise NotLetters(sentence)
        formula = _exactly_one(formula[1], formula[2])
    if parser.position != len(tokens):
        raise NotLetters(sentence)
    return formula


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or expected is not None and token != expected:
            raise NotLetters(" ".join(self.tokens))
        self.position += 1
        return token

    def iff(self) -> Formula:
        left = self.implies()
        while self.peek() == "iff":
            self.take()
            left = ("iff", left, self.implies())
        return left

    def implies(self) -> Formula:
        if self.peek() == "if":  # "if A then B", "if A, B"
            self.take()
            condition = self.iff_inside_if()
            if self.peek() == ",":
                self.take()
            if self.peek() == "then":
                self.take()
            return ("implies", condition, self.implies())
        left = self.disjunction()
        token = self.peek()
        if token == "implies":
            self.take()
            return ("implies", left, self.implies())
        if token == "onlyif":
            self.take()
            return ("implies", left, self.implies())
        if token == "if":  # "A if B": B → A
            self.take()
            return ("implies", self.implies(), left)
        if token == "unless":  # "A unless B": A or B
            self.take()
            return ("or", left, self.implies())
        return left

    def iff_inside_if(self) -> Formula:
        left = self.disjunction()
        while self.peek() == "iff":
            self.take()
            left = ("iff", left, self.disjunction())
        return left

    def disjunction(self) -> Formula:
        if self.peek() == "either":
            self.take()
        left = self.conjunction()
        while self.peek() in ("or", "xor"):
            joined = self.take()
            right = self.conjunction()
            left = ("or", left, right) if joined == "or" else _exactly_one(left, right)
        return left

    def conjunction(self) -> Formula:
        if self.peek() == "both":
            self.take()
        left = self.negation()
        while self.peek() == "and":
            self.take()
            left = ("and", left, self.negation())
        return left

    def negation(self) -> Formula:
        token = self.peek()
        if token == "not":
            self.take()
            return ("not", self.negation())
        if token == "neither":  # "neither A nor B"
            self.take()
            first = self.negation()
            self.take("nor")
            return ("and", ("not", first), ("not", self.negation()))
        if token == "(":
            self.take()
            inside = self.iff()
            self.take(")")
            return inside
        if token is not None and len(token) == 1 and token.isalpha():
            self.take()
            return ("atom", token)
        raise NotLetters(" ".join(self.tokens))


def _exactly_one(left: Formula, right: Formula) -> Formula:
    return ("and", ("or", left, right), ("not", ("and", left, right)))


def letters_of(formula: Formula) -> set[str]:
    if formula[0] == "atom":
        return {formula[1]}
    return set().union(*(letters_of(part) for part in formula[1:]))


def show(formula: Formula) -> str:
    """The formula in symbols, parenthesized where needed ("P → Q", "¬(P ∧ Q)")."""
    kind = formula[0]
    if kind == "atom":
        return formula[1]
    if kind == "not":
        inner = show(formula[1])
        return f"¬{inner}" if formula[1][0] in ("atom", "not") else f"¬({inner})"
    symbol = {"and": "∧", "or": "∨", "implies": "→", "iff": "↔"}[kind]
    parts = [show(part) if part[0] in ("atom", "not") else f"({show(part)})" for part in formula[1:]]
    return f" {symbol} ".join(parts)
