"""Equations about "a number" said in words: "Twice a number plus 3 is 11. What is the number?", "Five less than
three times a number is 16", "The sum of a number and its double is 36", "If I double a number and add 3, I get
11", "Think of a number, multiply it by 4, subtract 7 and you get 25".

Two shapes are read, both into one equation in x (the number), which is then solved, shown and checked like a
typed equation:

- a phrase about the number, then "is" / "equals" / "gives" and a value (or another phrase). The phrase grammar is
  English's: "twice", "k times", "half of", "the square of", "its double"; "the sum / difference / product /
  quotient of A and B"; "N more than A" (A + N), "N less than A" (A - N, never N - A); and "plus", "minus",
  "times", "multiplied by", "divided by", "increased by", "decreased by" applied left to right as spoken ("a
  number multiplied by 4, minus 7"). A chain that mixes "plus" / "minus" with "times" / "divided by" after them
  ("a number plus 3 times 2") has two readings, so it is not read.
- steps done to the number ("double it", "add 3", "multiply it by 4", "subtract 7", "divide the result by 2",
  "square it") and their result ("I get 11", "the result is 11", "you end up with 11").

Anything else (an unknown word, "a number less than 5" as an inequality, two numbers) is not this reader's, and
the request abstains as before.
"""

from __future__ import annotations

import re
from fractions import Fraction

from agentlib.mathsolve.request import MathRequest
from agentlib.numwords import numbers_in_digits

_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")
_THE_NUMBER = ("a number", "the number", "a certain number", "some number", "my number", "that number",
               "the same number", "this number", "an unknown number", "the unknown number", "it")
_QUESTION = re.compile(
    r"(?:so )?(?:what is (?:the|my|this|that) number|what is it|what number is it|what number (?:did|do) i "
    r"(?:think of|start with|pick|choose)|what was (?:the|my) (?:original |starting )?number|find (?:the|this|that) "
    r"number|find it|(?:can you )?(?:work out|figure out|guess) (?:the|my) number|what is the original number|"
    r"which number is it|solve|find the value of the number)")
_VERBS = r"(?:is equal to|is the same as|equals|is|gives(?: you)?|makes|results in|yields|will be|was)"
_MULTIPLIERS = {"twice": 2, "double": 2, "triple": 3, "thrice": 3, "half": Fraction(1, 2), "half of": Fraction(1, 2),
                "a third of": Fraction(1, 3), "one third of": Fraction(1, 3), "a quarter of": Fraction(1, 4),
                "one quarter of": Fraction(1, 4), "two thirds of": Fraction(2, 3), "three quarters of": Fraction(3, 4)}
_ITS = {"double": "2*({x})", "half": "({x})/2", "square": "({x})**2", "triple": "3*({x})", "cube": "({x})**3"}


class _Unread(Exception):
    """The words are not this grammar's."""


def _value(token: str) -> str:
    if token.startswith("-"):
        return f"(-{_value(token[1:])})"
    if "/" in token:
        top, bottom = token.split("/")
        if int(bottom) == 0:
            raise _Unread(token)
        return f"({top}/{bottom})"
    return token


class _Phrase:
    """A recursive-descent reader of one phrase about the number, over its words."""

    def __init__(self, words: list[str]):
        self.words = words
        self.at = 0
        self.mentions = 0  # how often the number itself is named
        # the last term was "N less than A" (any operation after it has two readings) or "the sum of A and B"
        # (a "times" after it has two readings: "the sum of a number and 4 times 3")
        self.open_end: str | None = None

    def peek(self, *expected: str) -> bool:
        for option in expected:
            parts = option.split()
            if self.words[self.at:self.at + len(parts)] == parts:
                return True
        return False

    def take(self, *expected: str) -> str | None:
        for option in sorted(expected, key=lambda o: -len(o.split())):
            parts = option.split()
            if self.words[self.at:self.at + len(parts)] == parts:
                self.at += len(parts)
                return option
        return None

    def done(self) -> bool:
        return self.at == len(self.words)

    def number(self) -> str | None:
        if self.at < len(self.words) and _NUMBER.fullmatch(self.words[self.at]):
            self.at += 1
            return _value(self.words[self.at - 1])
        return None

    def chain(self) -> str:
        """term (op operand)*, applied left to right as spoken."""
        formula = self.term()
        additive_seen = False
        while True:
            comma = self.take(",") is not None
            open_end, self.open_end = self.open_end, None
            op = self.take("plus", "minus", "times", "multiplied by", "divided by", "increased by", "decreased by",
                           "reduced by", "added to", "subtracted from", "and then", "then")
            if op is None:
                return formula
            if op in ("and then", "then"):
                raise _Unread(op)
            multiplicative = op in ("times", "multiplied by", "divided by")
            if open_end == "relation" or (open_end == "pair" and multiplicative and not comma):
                raise _Unread(f"{op} after a phrase it may or may not include")
            operand = self.term()
            if op in ("times", "multiplied by", "divided by"):
                if additive_seen:
                    raise _Unread("a chain mixing plus or minus with times")
                formula = f"({formula})*{operand}" if op != "divided by" else f"({formula})/({operand})"
            else:
                additive_seen = True
                formula = {"plus": f"{formula} + {operand}", "increased by": f"{formula} + {operand}",
                           "added to": f"{operand} + {formula}", "minus": f"{formula} - ({operand})",
                           "decreased by": f"{formula} - ({operand})", "reduced by": f"{formula} - ({operand})",
                           "subtracted from": f"{operand} - ({formula})"}[op]

    def term(self) -> str:
        if self.take(*_THE_NUMBER):
            self.mentions += 1
            return "x"
        if self.take("its", "the number's"):
            kind = self.take(*_ITS)
            if kind is None:
                raise _Unread("its")
            self.mentions += 1
            return _ITS[kind].format(x="x")
        factor = self.take(*_MULTIPLIERS)
        if factor is not None:
            return f"({_MULTIPLIERS[factor]})*({self.term()})"
        for name, shape in (("the sum of", "{a} + {b}"), ("the difference of", "{a} - ({b})"),
                            ("the difference between", "{a} - ({b})"), ("the product of", "({a})*({b})"),
                            ("the quotient of", "({a})/({b})")):
            if self.take(name):
                first = self.term()  # terms, not chains: "the sum of a number and 4 times 3" has two readings
                if not self.take("and"):
                    raise _Unread(name)
                second = self.term()
                self.open_end = "pair"
                return "(" + shape.format(a=first, b=second) + ")"
        if self.take("the square of"):
            return f"({self.term()})**2"
        if self.take("the cube of"):
            return f"({self.term()})**3"
        value = self.number()
        if value is not None:
            if self.take("times"):
                if self.peek(*_THE_NUMBER, "the sum of", "the difference", "its", "the square of"):
                    return f"{value}*({self.term()})"
                self.at -= 1  # "x plus 3 times 2": the chain decides
                return value
            relation = self.take("more than", "greater than", "larger than", "bigger than", "less than",
                                 "fewer than", "smaller than")
            if relation is not None:
                other = self.term()
                self.open_end = "relation"
                return f"{other} + {value}" if relation in ("more than", "greater than", "larger than",
                                                             "bigger than") else f"{other} - {value}"
            return value
        raise _Unread(" ".join(self.words[self.at:self.at + 3]))


_TOKEN = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?|[a-z']+|,")


def _words(text: str) -> list[str]:
    """The phrase's words and numbers; any other mark ("%", "$", "(") makes it unread, never skipped: "a number
    plus 20% is 60" read without its "%" was x + 20 = 60."""
    words = _TOKEN.findall(text)
    if _TOKEN.sub("", text).strip():
        raise _Unread(_TOKEN.sub("", text).strip())
    return words


def _phrase(text: str) -> tuple[str, int]:
    reader = _Phrase(_words(text))
    formula = reader.chain()
    if not reader.done():
        raise _Unread(" ".join(reader.words[reader.at:]))
    return formula, reader.mentions


_STEP_SHAPES: tuple[tuple[str, str], ...] = (
    (r"(?:double|doubled) (?:it|the result|that)", "2*({x})"),
    (r"(?:triple|tripled) (?:it|the result|that)", "3*({x})"),
    (r"(?:halve|halved) (?:it|the result|that)", "({x})/2"),
    (r"square (?:it|the result|that)", "({x})**2"),
    (r"(?:add|added|plus) (?P<n>N)(?: to (?:it|the result|that))?", "{x} + {n}"),
    (r"(?:subtract|subtracted|take away|took away|minus) (?P<n>N)(?: from (?:it|the result|that))?", "{x} - {n}"),
    (r"(?:multiply|multiplied|multiplies) (?:it |the result |that )?by (?P<n>N)", "({x})*{n}"),
    (r"(?:times) (?P<n>N)", "({x})*{n}"),
    (r"(?:divide|divided|divides) (?:it |the result |that )?by (?P<n>N)", "({x})/({n})"),
)
_RESULT = re.compile(r"(?:and |then )?(?:(?:i|you|we) (?:get|got|end up with|ended up with|have|am left with|are left"
                     r" with)|the (?:result|answer|total) is|(?:it|that) (?:gives|makes|is|equals)|"
                     r"(?:the result|this) (?:gives|equals)|to get|and get|which gives|giving) (?P<n>-?N)"
                     .replace("N", _NUMBER.pattern))
_START = re.compile(r"(?:(?:i|you) )?(?:think of|thought of|(?:am|are) thinking of|pick|picked|choose|chose|take|took"
                    r"|have|start with|started with) (?:a|some) (?:certain |secret )?number")
_IF_START = re.compile(r"(?:if|when) (?:i|you|we) (?P<first>.+?) (?:a|the|some) number(?P<rest>.*)")


def _steps(clauses: list[str]) -> str | None:
    formula = "x"
    for clause in clauses:
        clause = re.sub(r"^(?:and |then |and then |next,? |after that,? )+", "", clause.strip())
        clause = re.sub(r"^(?:(?:if|when) )?(?:i|you|we) ", "", clause)
        for shape, result in _STEP_SHAPES:
            match = re.fullmatch(shape.replace("N", _NUMBER.pattern), clause)
            if match:
                value = _value(match.group("n")) if "n" in match.groupdict() else ""
                formula = result.format(x=formula, n=value)
                break
        else:
            return None
    return formula if formula != "x" else None


def _clean(text: str) -> str:
    text = numbers_in_digits(text.lower().replace("\u2019", "'"))
    text = re.sub(r"\bwhat's\b", "what is", text)
    text = re.sub(r"\bi'm\b", "i am", text)
    return " ".join(text.split())


def _procedure(sentences: list[str]) -> tuple[str, str] | None:
    """"Think of a number, double it, add 3 and you get 11." -> ("2*(x) + 3", "11")."""
    body = " , ".join(sentences)
    clauses = [c.strip() for c in re.split(r"\s*,\s*|\s+and then\s+|\s+then\s+|\s+and\s+(?=(?:i |you )?(?:add|"
                                           r"subtract|take|multiply|divide|double|triple|halve|square|times|minus|"
                                           r"plus))", body) if c.strip()]
    if not clauses:
        return None
    first = clauses[0]
    opening = _IF_START.fullmatch(first)
    if opening:
        clauses = [opening.group("first") + " it" + opening.group("rest")] + clauses[1:]
    elif _START.fullmatch(first):
        clauses = clauses[1:]
    else:
        return None
    result = None
    steps: list[str] = []
    for clause in clauses:
        found = _RESULT.search(clause)
        if found:
            if result is not None or clause[found.end():].strip():
                return None
            before = clause[:found.start()].strip()
            if before:
                steps.append(before)
            result = _value(found.group("n"))
            continue
        if result is not None:
            return None
        steps.append(clause)
    formula = _steps(steps)
    if formula is None or result is None:
        return None
    return formula, result


def _statement(sentence: str) -> tuple[str, str] | None:
    """"twice a number plus 3 is 11" -> ("(2)*(x) + 3", "11")."""
    for verb in re.finditer(rf"\s{_VERBS}\s", f" {sentence} "):
        left, right = sentence[:verb.start()].strip(" ,"), sentence[verb.end() - 1:].strip(" ,")
        try:
            left_formula, left_mentions = _phrase(left)
            right_formula, right_mentions = _phrase(right)
        except _Unread:
            continue
        if left_mentions + right_mentions == 0:
            continue
        return left_formula, right_formula
    return None


def read_number_sentence(text: str) -> MathRequest | None:
    """The equation `text` states about "a number" in words, as a request to solve for it; None otherwise."""
    plain = _clean(text)
    if len(plain) > 400 or not re.search(r"\bnumber\b", plain):
        return None
    sentences = [s.strip(" ,") for s in re.split(r"(?<=[.?!;])\s*", plain) if s.strip(" .?!;,")]
    sentences = [s.rstrip(".?!; ") for s in sentences]
    asked = [s for s in sentences if _QUESTION.fullmatch(s)]
    stated = [s for s in sentences if not _QUESTION.fullmatch(s)]
    if len(asked) > 1 or not stated:
        return None
    if len(stated) == 1 and (tail := re.fullmatch(r"(.+?),? (?:what is (?:the|my) number|find the number)",
                                                   stated[0])):
        stated = [tail.group(1)]
    equation = _statement(stated[0]) if len(stated) == 1 else None
    if equation is None:
        equation = _procedure(stated)
    if equation is None:
        return None
    left, right = equation
    shown = f"{left} = {right}"
    return MathRequest(task="solve", items=(shown,), shown=(_pretty(shown),), variable="x",
                       notes=(f"read as: x the number: {_pretty(shown)}",))


def _pretty(formula: str) -> str:
    return formula.replace("**", "^").replace("*", "\u00b7")
