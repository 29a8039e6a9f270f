"""Human math notation -> the safe parser's syntax: plain (`3x^2 sin x`), Unicode (`√2·π`, `x²`) and LaTeX.

`to_plain(text)` reads one formula the way a person writes it and returns text for
`agentlib.tools.safe_math.parse_expression(..., calculus=True)`; it never builds SymPy objects and never
evaluates anything, so all text still reaches SymPy only through the AST allow-list. It is a tokenizer and
a recursive-descent parser with the usual reading conventions:

- implicit products (`2x`, `xy` = x*y, `2\\pi r`, `(x+1)(x-1)`, `x(x+1)`): a letter run is split into single
  letters unless it is a known word (sin, log, sqrt, pi, theta, ...);
- function application without parentheses: `\\sin 2x` = sin(2x), `\\sin x \\cos x` = sin(x)*cos(x),
  `\\sin^2 x` = sin(x)^2, `\\sin^{-1} x` = asin(x), `\\log_2 8` = log(8, 2); bare `log` is the natural log;
- `\\frac`, `\\dfrac`, `\\sqrt[n]{}`, `\\binom`, `|x|`, `\\lfloor \\rfloor`, `\\lceil \\rceil`, `n!`,
  `x^\\circ` (degrees, radians inside trigonometric functions), `a \\bmod b`, `50\\%`;
- calculus, written out unevaluated: `\\int_a^b f\\,dx` and `∫ f dx`, `\\sum_{k=1}^{n}`, `\\prod`, `\\lim_{x \\to a^+}`,
  `\\frac{d}{dx}`, `d/dx`, `\\frac{d^2}{dx^2}`; the body of an operator runs to the end of the enclosing
  expression (or to `dx`);
- matrices: `\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}` (also bmatrix, matrix; vmatrix is a determinant),
  `[[1, 2], [3, 4]]`, `[1, 2; 3, 4]`;
- sums written with an ellipsis whose terms are whole numbers in an arithmetic or geometric progression, with
  constant or alternating signs: `1 + 2 + \\dots + 10`, `1 - 2 + 3 - \\cdots - 100`, `1 + 2 + 4 + \\dots + 1024`
  become a `Sum` (the terms after the ellipsis must continue the pattern, else it is refused);
- `i` is the imaginary unit and `e` Euler's number, except where `i` is a bound index (`\\sum_{i=1}`);
  `functions={"f": (["x"], "x**2 + 1")}` expands calls of user-defined functions.

Anything it does not read (words, `\\text{}`, `\\pm`, ellipses, vectors, primes) raises `NotationError` (an
`ExpressionError`) whose `kind` says what it was, so a caller can decide instead of guessing.

Left out: spacing-sensitive readings (`1 -2` in a matrix row), `dy/dx` notation, unit conversion.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from agentlib.tools.safe_math import ExpressionError

NotationKind = Literal["syntax", "words", "ellipsis", "plus_minus", "unsupported", "too_long"]
MAX_NOTATION_CHARS = 4_000
MAX_TOKENS = 2_000
MAX_NESTING = 40


class NotationError(ExpressionError):
    """The formula uses notation this reader does not read; `kind` says which (see `NotationKind`)."""

    def __init__(self, message: str, kind: NotationKind = "syntax"):
        super().__init__(message)
        self.kind: NotationKind = kind


# ---------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------

_UNARY = {  # name as written -> name in the safe parser
    "sin": "sin", "cos": "cos", "tan": "tan", "cot": "cot", "sec": "sec", "csc": "csc", "cosec": "csc",
    "arcsin": "asin", "arccos": "acos", "arctan": "atan", "asin": "asin", "acos": "acos", "atan": "atan",
    "sinh": "sinh", "cosh": "cosh", "tanh": "tanh", "ln": "log", "log": "log", "exp": "exp",
    "sqrt": "sqrt", "cbrt": "cbrt", "abs": "Abs", "floor": "floor", "ceil": "ceiling", "sgn": "sign",
    "Re": "re", "Im": "im",
}
_INVERSE = {"sin": "asin", "cos": "acos", "tan": "atan"}
_TRIG = frozenset(("sin", "cos", "tan", "cot", "sec", "csc"))
_NARY = {"gcd": "gcd", "lcm": "lcm", "max": "Max", "min": "Min"}
_GREEK = {
    "alpha": "alpha", "beta": "beta", "gamma": "gamma", "delta": "delta", "epsilon": "epsilon",
    "varepsilon": "epsilon", "zeta": "zeta", "eta": "eta", "theta": "theta", "vartheta": "theta", "iota": "iota",
    "kappa": "kappa", "lambda": "lamda", "mu": "mu", "nu": "nu", "xi": "xi", "rho": "rho", "sigma": "sigma",
    "tau": "tau", "upsilon": "upsilon", "phi": "phi", "varphi": "phi", "chi": "chi", "psi": "psi", "omega": "omega",
}
_UNICODE_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta", "θ": "theta",
    "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi", "ρ": "rho", "σ": "sigma",
    "τ": "tau", "υ": "upsilon", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega", "π": "pi",
}
# multi-letter words a letter run may contain (longest first); everything else splits into letters
_WORDS = sorted(set(_UNARY) | set(_NARY) | {"pi", "mod", "lim", "inf", "oo", "infty", "infinity", "det"} |
                (set(_GREEK) - {"eta", "nu", "xi", "mu", "chi", "psi", "tau", "rho", "phi", "iota"}) |
                {"theta", "phi", "rho", "tau", "mu"}, key=len, reverse=True)

_UNICODE_SYMBOLS = {
    "×": "*", "·": "*", "⋅": "*", "∙": "*", "∗": "*", "÷": "/", "−": "-", "–": "-", "—": "-", "‐": "-",
    "≤": "<=", "⩽": "<=", "≥": ">=", "⩾": ">=", "≠": "!=", "→": "->", "⟶": "->", "∞": "\\infty",
    "√": "\\surd", "∛": "\\cbrt", "∜": "\\qrt", "∫": "\\int", "∑": "\\sum", "Σ": "\\sum", "∏": "\\prod",
    "∂": "\\partial", "°": "\\circ", "′": "'", "⌊": "\\lfloor", "⌋": "\\rfloor", "⌈": "\\lceil", "⌉": "\\rceil",
    "±": "\\pm", "∓": "\\pm", "…": "\\ldots", "⋯": "\\cdots", "≡": "\\equiv", "∈": "\\in", "∪": "\\cup",
    "∩": "\\cap", "ℝ": "\\mathbb", "≈": "\\approx", "∣": "|", "｜": "|", "⁄": "/", "∕": "/",
}
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿˣⁱ", "0123456789+-()nxi"))
_SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋ₙₖᵢ", "0123456789+-nki"))
_SPACING = {"\\,", "\\;", "\\:", "\\!", "\\ ", "\\quad", "\\qquad", "\\displaystyle", "\\textstyle", "\\limits",
            "\\nolimits", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\bigr", "\\Bigl", "\\Bigr", "\\biggl",
            "\\biggr", "\\left", "\\right", "\\middle", "\\mathstrut", "\\phantom", "\\\\displaystyle", "\\hfill"}
_FRACTIONS = {"\\frac", "\\dfrac", "\\tfrac", "\\cfrac"}
_BINOMIALS = {"\\binom", "\\dbinom", "\\tbinom"}
_TEXT_COMMANDS = {"\\text", "\\mathrm", "\\operatorname", "\\textrm", "\\mathit", "\\textit", "\\rm", "\\mbox"}
_RELATIONS = {"=": "=", "==": "=", "<": "<", ">": ">", "<=": "<=", ">=": ">=", "!=": "!=", "\\le": "<=",
              "\\leq": "<=", "\\leqslant": "<=", "\\ge": ">=", "\\geq": ">=", "\\geqslant": ">=", "\\ne": "!=",
              "\\neq": "!=", "\\lt": "<", "\\gt": ">"}
_MULTIPLY = {"*", "\\cdot", "\\times", "\\ast"}
_DIVIDE = {"/", "\\div"}

# precedences of emitted text: a child is wrapped in parentheses only when it binds looser than needed
_REL, _ADD, _MUL, _NEG, _POW, _ATOM = 0, 1, 2, 3, 4, 5


@dataclass(frozen=True)
class _Token:
    kind: Literal["num", "name", "cmd", "sym", "end"]
    text: str
    spaced: bool = False  # whitespace before it: "1/2 x" is (1/2)x, "1/2x" is ambiguous


@dataclass(frozen=True)
class _Out:
    """Emitted text and how tightly it binds."""

    text: str
    prec: int

    def at(self, prec: int) -> str:
        return self.text if self.prec >= prec else f"({self.text})"


# ---------------------------------------------------------------------------------------------------
# Tokenizer
# ---------------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"[0-9]{1,3}(?:(?:\{,\}|,\\!|,)[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_ASCII_DIGITS = "0123456789"
_COMMAND = re.compile(r"\\([A-Za-z]+|.)", re.S)
_ENVIRONMENT = re.compile(r"\\(begin|end)\s*\{([A-Za-z*]+)\}")
_TEXT_GROUP = re.compile(r"\{([^{}]*)\}")


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, depth = 0, 0
    while i < len(text):
        if len(tokens) > MAX_TOKENS:
            raise NotationError(f"the formula has more than {MAX_TOKENS} parts", "too_long")
        ch = text[i]
        if ch.isspace() or ch == "~":
            i += 1
            if tokens and i < len(text):
                tokens.append(_Token("sym", " "))  # removed below: it only marks the next token as spaced
            continue
        if ch in _SUPERSCRIPTS or ch in _SUBSCRIPTS:
            table, mark = (_SUPERSCRIPTS, "^") if ch in _SUPERSCRIPTS else (_SUBSCRIPTS, "_")
            j = i
            while j < len(text) and text[j] in table:
                j += 1
            tokens += [_Token("sym", mark), _Token("sym", "{")]
            tokens += _tokenize("".join(table[c] for c in text[i:j]))
            tokens.append(_Token("sym", "}"))
            i = j
            continue
        if ch in _UNICODE_GREEK:
            tokens.append(_Token("name", "pi" if ch == "π" else _UNICODE_GREEK[ch]))
            i += 1
            continue
        if ch in _UNICODE_SYMBOLS:
            mapped = _UNICODE_SYMBOLS[ch]
            tokens.append(_Token("cmd" if mapped.startswith("\\") else "sym", mapped))
            i += 1
            continue
        if "\uff01" <= ch <= "\uff5e":  # fullwidth ASCII: the character the person meant
            text = text[:i] + chr(ord(ch) - 0xFEE0) + text[i + 1:]
            continue
        if ch == "\\":
            environment = _ENVIRONMENT.match(text, i)
            if environment:
                tokens.append(_Token("cmd", f"\\{environment.group(1)}:{environment.group(2).rstrip('*')}"))
                i = environment.end()
                continue
            command = _COMMAND.match(text, i)
            if command is None:  # the backslash is the text's last character
                raise NotationError("a formula cannot end with a backslash", "unsupported")
            name = "\\" + command.group(1)
            i = command.end()
            if name in _TEXT_COMMANDS:
                group = _TEXT_GROUP.match(text, _skip_spaces(text, i))
                if group is None:
                    continue
                i = group.end()
                tokens += _text_group_tokens(group.group(1))
                continue
            if name in ("\\mathbb", "\\mathbf", "\\mathcal", "\\vec", "\\overline", "\\overrightarrow", "\\hat",
                        "\\bar", "\\tilde", "\\boldsymbol", "\\bf"):
                raise NotationError(f"{name} is not read here", "unsupported")
            if name in ("\\{", "\\}"):
                tokens.append(_Token("sym", name[1]))
                continue
            if name in ("\\%", "\\$", "\\#"):
                if name == "\\%":
                    tokens.append(_Token("sym", "%"))
                continue
            if name == "\\|":
                raise NotationError("norms are not read here", "unsupported")
            if name not in _SPACING:
                tokens.append(_Token("cmd", name))
            elif name in ("\\left", "\\right") and text[i:i + 1] == ".":
                i += 1  # \left. and \right. are invisible delimiters
            continue
        if ch in _ASCII_DIGITS or (ch == "." and text[i + 1:i + 2] in _ASCII_DIGITS and text[i + 1:i + 2]):
            match = _NUMBER.match(text, i)
            number = match.group()  # type: ignore[union-attr]
            if "," in number and depth > 0 and "{" not in number and "\\!" not in number:
                number = re.match(r"\d+", number).group()  # type: ignore[union-attr]  # "f(100,200)": a list
            tokens.append(_Token("num", re.sub(r"\{,\}|,\\!|,", "", number)))
            i += len(number)
            continue
        if ch.isascii() and ch.isalpha():
            j = i
            while j < len(text) and text[j].isascii() and text[j].isalpha():
                j += 1
            tokens += _split_letters(text[i:j])
            i = j
            continue
        two = text[i:i + 2]
        if two in ("**", "<=", ">=", "!=", "==", "->", "=>"):
            tokens.append(_Token("sym", "^" if two == "**" else two))
            i += 2
            continue
        if ch in "+-*/^_()[]{}|!=<>,;:'&%.?":
            depth += ch in "([{"
            depth -= ch in ")]}"
            tokens.append(_Token("sym", ch))
            i += 1
            continue
        raise NotationError(f"character {ch!r} is not read in a formula", "unsupported" if ch.isascii() else "words")
    return _mark_spaces(tokens)


def _mark_spaces(tokens: list[_Token]) -> list[_Token]:
    out: list[_Token] = []
    spaced = False
    for token in tokens:
        if token.kind == "sym" and token.text == " ":
            spaced = True
            continue
        out.append(_Token(token.kind, token.text, spaced) if spaced else token)
        spaced = False
    return out


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _text_group_tokens(content: str) -> list[_Token]:
    """\\text{...}, \\mathrm{...}, \\operatorname{...}: d, e, i and function names are math; prose is not."""
    word = content.strip()
    if not word:
        return []
    if word in ("d", "e", "i"):
        return [_Token("name", word)]
    if word in _UNARY or word in _NARY or word in ("mod", "det", "lcm", "gcd"):
        return [_Token("name", word)]
    if re.fullmatch(r"[\s,.;:]*", word):
        return []
    raise NotationError(f"text {word[:40]!r} inside a formula", "words")


def _split_letters(run: str) -> list[_Token]:
    """A run of letters: known words (longest first) stay whole, anything else is one letter each."""
    out: list[_Token] = []
    i = 0
    while i < len(run):
        for word in _WORDS:
            if run.startswith(word, i) and (len(word) > 1):
                out.append(_Token("name", word))
                i += len(word)
                break
        else:
            out.append(_Token("name", run[i]))
            i += 1
    return out


# ---------------------------------------------------------------------------------------------------
# Parser
# ---------------------------------------------------------------------------------------------------


def _signed(term: _Out, sign: str) -> _Out:
    return term if sign == "+" else _Out(f"-{term.at(_MUL)}", _NEG)


@dataclass
class _Parser:
    tokens: list[_Token]
    functions: Mapping[str, tuple[Sequence[str], str]]
    position: int = 0
    bound: list[str] = field(default_factory=list)  # index variables in scope (i is then not imaginary)
    integrals: int = 0  # inside an integral body: `d x` ends it
    abs_depth: int = 0  # inside |...|: a bar closes
    trig_argument: int = 0  # inside a trigonometric argument: degrees become radians

    # -- token access -----------------------------------------------------------------------------
    def peek(self, offset: int = 0) -> _Token:
        index = self.position + offset
        return self.tokens[index] if index < len(self.tokens) else _Token("end", "")

    def take(self) -> _Token:
        token = self.peek()
        self.position += 1
        return token

    def accept(self, text: str) -> bool:
        if self.peek().text == text and self.peek().kind != "end":
            self.position += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept(text):
            found = self.peek().text or "the end"
            raise NotationError(f"expected {text!r} but found {found!r}")

    # -- grammar ----------------------------------------------------------------------------------
    def relation(self) -> _Out:
        left = self.expression()
        parts = [left.at(_ADD)]
        while self.peek().text in _RELATIONS:
            operator = _RELATIONS[self.take().text]
            parts += [operator, self.expression().at(_ADD)]
        if self.peek().text in ("\\equiv", "\\approx", "\\in", "\\pm"):
            kind: NotationKind = "plus_minus" if self.peek().text == "\\pm" else "unsupported"
            raise NotationError(f"{self.peek().text} is not read here", kind)
        return left if len(parts) == 1 else _Out(" ".join(parts), _REL)

    def expression(self) -> _Out:
        result = self.term(self.take().text if self.peek().text in ("+", "-") else "+")
        while True:
            token = self.peek()
            if token.text in ("+", "-"):
                self.take()
                right = self.term()
                need = _MUL if token.text == "-" else _ADD
                result = _Out(f"{result.at(_ADD)} {token.text} {right.at(need)}", _ADD)
            elif token.text == "\\pm":
                raise NotationError("± stands for two values", "plus_minus")
            else:
                return result

    def term(self, sign: str = "+") -> _Out:
        """A product, quotient or remainder; `sign` is the one written before it ("-7 mod 3").

        The sign covers a product or quotient whole (-(a·b) is (-a)·b either way) but a remainder takes it on its
        left operand: -7 mod 3 is (-7) mod 3 = 2, as Python's -7 % 3 and every calculator read it, never
        -(7 mod 3) = -1."""
        result = self.unary()
        divided = False  # the last operation was a plain-text division
        while True:
            token = self.peek()
            if token.text in _MULTIPLY:
                self.take()
                result = _Out(f"{result.at(_MUL)}*{self.unary().at(_MUL)}", _MUL)
            elif token.text in _DIVIDE:
                self.take()
                result = _Out(f"{result.at(_MUL)}/{self.unary().at(_POW)}", _MUL)
                divided = True
                continue
            elif divided and self._starts_operand() and not token.spaced:
                raise NotationError("ambiguous: is it a/(bc) or (a/b)c? Write the parentheses", "unsupported")
            elif token.text in ("\\bmod", "mod") or (token.text == "%" and self._starts_operand(1)):
                self.take()
                result, sign = _signed(result, sign), "+"
                result = _Out(f"Mod({result.text}, {self.unary().text})", _ATOM)
            elif token.text == "%" or (token.text == "\\%"):
                self.take()
                result = _Out(f"{result.at(_MUL)}/100", _MUL)
            elif self._starts_operand():
                if result.prec == _ATOM and token.kind == "num" and result.text[-1:].isdigit():
                    raise NotationError("two numbers side by side")
                before = self.tokens[self.position - 1]
                if token.kind == "num" and not token.spaced and before.kind == "name" and len(before.text) == 1:
                    # "x1 + x2 = 3": a subscript (x₁), a power that lost its superscript (x²) or, never written so,
                    # x·1? Read as x·1 it gave verified wrong answers ("x0 + x1 = 3, x0 - x1 = 1": no solution)
                    raise NotationError(f"digits glued to a letter ({before.text}{token.text}): write "
                                        f"{before.text}_{token.text}, {before.text}^{token.text} or "
                                        f"{token.text}{before.text}", "unsupported")
                if result.prec == _POW and token.kind == "num" and token.spaced and re.fullmatch(r"[\d.*()]+",
                                                                                                result.text):
                    # "2^2 1/2": 2²·½, or 2 to the power 2½? a spaced number after a power of numbers has no certain
                    # reading ("x^3 2 times" is left to the reader of derivative orders)
                    raise NotationError("a number after a power: write * or brackets", "unsupported")
                if result.text.isdigit() and token.text in _FRACTIONS and self._numeric_fraction_follows():
                    raise NotationError("2\\frac{1}{4} may be a mixed number or a product: write 2 + 1/4 or "
                                        "2 \\cdot 1/4", "unsupported")
                right = self.unary()
                result = _Out(f"{result.at(_MUL)}*{right.at(_MUL)}", _MUL)
            else:
                return _signed(result, sign)
            divided = False

    def _numeric_fraction_follows(self) -> bool:
        """After \\frac: {digits}{digits} or two single digits (2\\frac{1}{4}, 2\\frac14)."""
        window = [t.text for t in self.tokens[self.position + 1:self.position + 7]]
        braced = len(window) >= 6 and window[0] == "{" and window[1].isdigit() and window[2] == "}" and \
            window[3] == "{" and window[4].isdigit() and window[5] == "}"
        return braced or (bool(window) and window[0].isdigit() and len(window[0]) == 2)

    def unary(self) -> _Out:
        if self.peek().text in ("-", "+"):
            sign = self.take().text
            operand = self.unary()
            return operand if sign == "+" else _Out(f"-{operand.at(_POW)}", _NEG)
        return self.power()

    def power(self) -> _Out:
        base = self.postfix()
        if self.peek().text == "^":
            self.take()
            if self._degree_mark():
                return self._degrees(base)
            exponent = self.exponent()
            return _Out(f"{base.at(_ATOM)}**{exponent.at(_POW)}", _POW)
        if self.peek().text == "\\circ":
            self.take()
            return self._degrees(base)
        return base

    def _degree_mark(self) -> bool:
        if self.peek().text == "\\circ":
            self.take()
            return True
        if self.peek().text == "{" and self.peek(1).text == "\\circ" and self.peek(2).text == "}":
            self.position += 3
            return True
        return False

    def _degrees(self, base: _Out) -> _Out:
        return _Out(f"{base.at(_MUL)}*pi/180", _MUL) if self.trig_argument else base

    def exponent(self, chain: bool = True) -> _Out:
        token = self.peek()
        if token.text == "{":
            return self.group()
        if token.text in ("-", "+"):
            self.take()
            inner = self.exponent()
            return inner if token.text == "+" else _Out(f"-{inner.at(_POW)}", _NEG)
        if token.kind == "num":
            self.take()
            if len(token.text) > 1 and self._starts_operand() and not self.peek().spaced and self.peek().text != "(":
                # x^23y, \log_28\sqrt{2}: TeX reads one digit, a person may mean all of them
                raise NotationError(f"write braces around {token.text} in the exponent or subscript", "unsupported")
            atom = _Out(token.text, _ATOM)
        else:
            atom = self.postfix()
        if chain and self.peek().text == "^":  # 9^9^9: powers chain to the right (not in ∫_0^1)
            self.take()
            return _Out(f"{atom.at(_ATOM)}**{self.exponent().at(_POW)}", _POW)
        return atom

    def postfix(self) -> _Out:
        result = self.primary()
        while True:
            if self.peek().text == "!" and self.peek(1).text != "=":
                self.take()
                if self.peek().text == "!":
                    raise NotationError("double factorials are not read here", "unsupported")
                result = _Out(f"factorial({result.text})", _ATOM)
            elif self.peek().text == "'":
                raise NotationError("primes (f') are not read here", "unsupported")
            else:
                return result

    def group(self) -> _Out:
        self.expect("{")
        inner = self.relation()
        self.expect("}")
        return inner

    # -- primaries --------------------------------------------------------------------------------
    def _starts_operand(self, offset: int = 0) -> bool:
        token = self.peek(offset)
        if token.kind == "num":
            return True
        if token.kind == "name":
            if self.integrals and token.text == "d" and self.peek(offset + 1).kind == "name":
                return False
            return token.text not in ("mod",)
        if token.kind == "cmd":
            return token.text not in _MULTIPLY | _DIVIDE | set(_RELATIONS) | {
                "\\bmod", "\\pm", "\\rfloor", "\\rceil", "\\end", "\\circ", "\\to", "\\rightarrow", "\\equiv",
                "\\approx", "\\in", "\\cup", "\\cap", "\\ldots", "\\cdots", "\\dots", "\\dotsb", "\\rvert",
                "\\right|", "\\\\"} and not token.text.startswith("\\end:") and not (
                self.integrals and token.text == "\\partial")
        if token.text == "|":
            return not self.abs_depth
        return token.text in ("(", "[", "{")

    def primary(self) -> _Out:
        token = self.peek()
        if token.kind == "num":
            self.take()
            if self.peek().text == "_" and not self.peek().spaced:
                before = self.tokens[self.position - 2] if self.position >= 2 else None
                if before is not None and before.kind in ("name", "num") and not token.spaced:
                    # "e3_{16}", "1e3_{16}": the subscript's digits run on from a letter (E3 in hexadecimal?)
                    raise NotationError(f"a base subscript after {before.text}{token.text}: digits with letters "
                                        "(hexadecimal) are not read here", "unsupported")
                return self._based_number(token.text)
            return _Out(token.text, _ATOM)
        if token.kind == "name":
            return self.name()
        if token.kind == "cmd":
            return self.command()
        if token.text == "(":
            self.take()
            first = self.relation()
            if self.accept(","):
                items = [first.text] + [self.relation().text]
                while self.accept(","):
                    items.append(self.relation().text)
                self.expect(")")
                return _Out(f"({', '.join(items)})", _ATOM)
            self.expect(")")
            return _Out(first.at(_ATOM), _ATOM)
        if token.text == "[":
            return self.bracket_matrix()
        if token.text == "{":
            return self.group()
        if token.text == "|":
            self.take()
            self.abs_depth += 1
            inner = self.expression()
            self.abs_depth -= 1
            self.expect("|")
            return _Out(f"Abs({inner.text})", _ATOM)
        if token.kind == "end":
            raise NotationError("the formula ends too early")
        raise NotationError(f"unexpected {token.text!r}")

    def _based_number(self, digits: str) -> _Out:
        """213_{8}, 1011_2: a whole number written in base 2..36 (digits only), as its decimal value."""
        self.expect("_")
        base_token = self.take()
        if base_token.text == "{":
            base_token = self.take()
            self.expect("}")
        if base_token.kind != "num" or not base_token.text.isdigit() or not 2 <= int(base_token.text) <= 36:
            raise NotationError("a number's subscript is its base, from 2 to 36", "unsupported")
        try:
            return _Out(str(int(digits, int(base_token.text))), _ATOM)
        except ValueError:
            raise NotationError(f"{digits} is not a number in base {base_token.text}", "unsupported") from None

    def name(self) -> _Out:
        token = self.take()
        text = token.text
        if text in ("pi",):
            return _Out("pi", _ATOM)
        if text in ("inf", "oo", "infty", "infinity"):
            return _Out("oo", _ATOM)
        if text in _GREEK:
            return self._subscripted(_GREEK[text])
        if text in _UNARY:
            return self.function(text)
        if text in _NARY:
            return self.nary(_NARY[text])
        if text == "lim":
            return self.limit()
        if text == "det":
            return self.determinant_call()
        if text == "mod":
            raise NotationError("'mod' needs a number on each side")
        if text == "d" and self.peek().text == "/" and self.peek(1).text == "d":
            return self.slash_derivative()
        if text in self.functions and self.peek().text == "(":
            return self.defined_call(text)
        if text == "e" and "e" not in self.bound:
            return _Out("E", _ATOM)
        if text == "i" and "i" not in self.bound:
            return _Out("I", _ATOM)
        if text in ("E", "I") and text not in self.bound:
            return _Out(f"{text}_", _ATOM)  # the capital letters E and I are names, not e or i
        return self._subscripted(text)

    def _subscripted(self, name: str) -> _Out:
        if self.peek().text != "_":
            return _Out(name, _ATOM)
        self.take()
        token = self.peek()
        if token.text == "{":
            self.take()
            parts = []
            while self.peek().text != "}" and self.peek().kind != "end":
                part = self.take()
                if part.kind not in ("num", "name") and part.text != ",":
                    raise NotationError("a subscript holds letters and digits", "unsupported")
                parts.append(part.text if part.text != "," else "")
            self.expect("}")
            subscript = "".join(parts)
        elif token.kind in ("num", "name"):
            subscript = self.take().text
        else:
            raise NotationError("a subscript holds letters and digits", "unsupported")
        if not re.fullmatch(r"[A-Za-z0-9]{1,12}", subscript):
            raise NotationError("a subscript holds letters and digits", "unsupported")
        return _Out(f"{name}_{subscript}", _ATOM)

    def command(self) -> _Out:
        token = self.take()
        name = token.text
        word = name[1:]
        if name in _FRACTIONS:
            return self.fraction()
        if name == "\\sqrt":
            return self.root()
        if name == "\\surd":  # √50 is the square root of 50 (not TeX's one-digit argument)
            return _Out(f"sqrt({self.single_argument(whole_numbers=True).text})", _ATOM)
        if name in ("\\cbrt", "\\qrt"):
            argument = self.single_argument(whole_numbers=True)
            return _Out(self._root_text(argument, 3 if name == "\\cbrt" else 4), _ATOM)
        if name in _BINOMIALS:
            top, bottom = self.tex_argument(pair=True), self.tex_argument()
            return _Out(f"binomial({top.text}, {bottom.text})", _ATOM)
        if word == "pi":
            return _Out("pi", _ATOM)
        if word == "infty":
            return _Out("oo", _ATOM)
        if word in _GREEK:
            return self._subscripted(_GREEK[word])
        if word in _UNARY and word not in ("sqrt", "abs", "floor", "ceil", "cbrt"):
            return self.function(word)
        if word in _NARY:
            return self.nary(_NARY[word])
        if word in ("lfloor", "lceil"):
            closing = "\\rfloor" if word == "lfloor" else "\\rceil"
            inner = self.expression()
            self.expect(closing)
            return _Out(f"{'floor' if word == 'lfloor' else 'ceiling'}({inner.text})", _ATOM)
        if word in ("lvert", "vert"):
            inner = self.expression()
            if not (self.accept("\\rvert") or self.accept("\\vert")):
                raise NotationError("an absolute value is not closed")
            return _Out(f"Abs({inner.text})", _ATOM)
        if word == "int":
            return self.integral()
        if word in ("sum", "prod"):
            return self.series("Sum" if word == "sum" else "Product")
        if word == "lim":
            return self.limit()
        if word == "det":
            return self.determinant_call()
        if word in ("ldots", "cdots", "dots", "dotsb", "dotsc", "dotsm"):
            raise NotationError("an ellipsis (…) is not a formula by itself", "ellipsis")
        if word in ("partial",):
            raise NotationError("partial derivatives are read only as \\frac{\\partial}{\\partial x}", "unsupported")
        if name.startswith("\\begin:"):
            return self.environment(name.split(":", 1)[1])
        if word in ("mod", "bmod", "pmod"):
            raise NotationError("'mod' needs a number on each side")
        raise NotationError(f"{name} is not read here", "unsupported")

    # -- functions --------------------------------------------------------------------------------
    def function(self, written: str) -> _Out:
        target = _UNARY[written]
        power: _Out | None = None
        base: _Out | None = None
        if written == "log" and self.peek().text == "_":
            self.take()
            base = self.exponent()
        if self.peek().text == "^":
            self.take()
            power = self.exponent()
            if power.text in ("-1", "(-1)") and written in _INVERSE:
                target, power = _INVERSE[written], None
        trig = written in _TRIG
        self.trig_argument += trig
        try:
            argument = self.function_argument()
        finally:
            self.trig_argument -= trig
        if target == "cbrt":
            text = self._root_text(argument, 3)
        elif base is not None:
            text = f"log({argument.text}, {base.text})"
        else:
            text = f"{target}({argument.text})"
        return _Out(text, _ATOM) if power is None else _Out(f"{text}**{power.at(_POW)}", _POW)

    def function_argument(self) -> _Out:
        """`(...)`, or without parentheses the product that follows up to the next function or operator."""
        if self.peek().text in ("(", "{"):
            inner = self.primary()
            return _Out(_strip_outer(inner.text), _ATOM)
        if not self._starts_operand():
            raise NotationError("a function needs an argument")
        factors = [self.power_of_unary()]
        while self._starts_operand() and (not self._starts_function() or self._radical_of_a_number(factors)):
            factors.append(self.power())
        if len(factors) == 1:
            return factors[0]
        return _Out("*".join(f.at(_MUL) for f in factors), _MUL)

    def _radical_of_a_number(self, factors: list[_Out]) -> bool:
        """log 8√2: a radical after a plain number belongs to the same argument (sin x √2 does not)."""
        token = self.peek()
        radical = token.text in ("\\sqrt", "\\surd", "\\cbrt") or (token.kind == "name" and token.text == "sqrt")
        return radical and all(re.fullmatch(r"[0-9.()/*]+", f.text) for f in factors)

    def power_of_unary(self) -> _Out:
        if self.peek().text == "-":
            self.take()
            return _Out(f"-{self.power().at(_POW)}", _NEG)
        return self.power()

    def _starts_function(self) -> bool:
        token = self.peek()
        if token.kind == "name":
            return token.text in _UNARY or token.text in _NARY or token.text == "lim"
        if token.kind == "cmd":
            word = token.text[1:]
            return word in _UNARY or word in _NARY or word in ("int", "sum", "prod", "lim")
        return False

    def nary(self, target: str) -> _Out:
        if self.peek().text != "(":
            raise NotationError(f"{target} needs its arguments in parentheses")
        self.take()
        items = [self.expression().text]
        while self.accept(","):
            items.append(self.expression().text)
        self.expect(")")
        return _Out(f"{target}({', '.join(items)})", _ATOM)

    def defined_call(self, name: str) -> _Out:
        parameters, body = self.functions[name]
        self.expect("(")
        arguments = [self.expression()]
        while self.accept(","):
            arguments.append(self.expression())
        self.expect(")")
        if len(arguments) != len(parameters):
            raise NotationError(f"{name} takes {len(parameters)} argument(s)")
        values = {p: a.at(_ATOM) for p, a in zip(parameters, arguments)}
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, parameters)) + r")\b")
        return _Out(f"({pattern.sub(lambda m: values[m.group(1)], body)})", _ATOM)

    def fraction(self) -> _Out:
        if self._derivative_fraction():
            return self.leibniz_derivative()
        window = [t.text for t in self.tokens[self.position:self.position + 8]]
        if window[:2] == ["{", "d"] and window[3:6] == ["}", "{", "d"] and len(window[2]) == 1:
            raise NotationError("dy/dx notation is not read here; write d/dx of an expression", "unsupported")
        top, bottom = self.tex_argument(pair=True), self.tex_argument()
        return _Out(f"{top.at(_MUL)}/{bottom.at(_POW)}", _MUL)

    def root(self) -> _Out:
        index = None
        if self.peek().text == "[":
            self.take()
            index = self.expression()
            self.expect("]")
        argument = self.single_argument()
        if index is None:
            return _Out(f"sqrt({argument.text})", _ATOM)
        return _Out(self._root_text(argument, index.text), _ATOM)

    def _root_text(self, argument: _Out, index: object) -> str:
        """An n-th root; a constant radicand with an odd index takes the real root (∛-8 = -2)."""
        constant = not re.search(r"[A-Za-z]", argument.text.replace("pi", "").replace("sqrt", "").replace("E", ""))
        if constant and str(index).isdigit() and int(str(index)) % 2 == 1:
            return f"real_root({argument.text}, {index})"
        return f"root({argument.text}, {index})"

    def single_argument(self, whole_numbers: bool = False) -> _Out:
        """The argument of √, ∛ or \\sqrt: a braced group, a parenthesis, or one primary; a number is whole for
        √ (√50 is sqrt(50)) and a single digit for \\sqrt (TeX's reading, so \\sqrt50 is refused)."""
        if self.peek().text == "{":
            return self.group()
        if self.peek().kind == "num" and whole_numbers:
            return _Out(self.take().text, _ATOM)
        if whole_numbers and self.peek().text == "-" and self.peek(1).kind == "num":
            self.take()  # ∛-27: a sign right after the radical sign can belong to nothing but its number
            return _Out(f"(-{self.take().text})", _ATOM)
        return self.tex_argument()

    def tex_argument(self, pair: bool = False) -> _Out:
        """One TeX argument: a {group} or a single token. A number without braces is one digit: `\\frac12` is
        1/2 (`pair`: a two-digit token is split into both arguments); any other multi-digit number is refused,
        since TeX would split it where a person may not mean to (`\\sqrt50`, `\\frac123`)."""
        token = self.peek()
        if token.text == "{":
            return self.group()
        if token.kind == "num":
            self.take()
            if len(token.text) == 1:
                return _Out(token.text, _ATOM)
            if pair and len(token.text) == 2 and token.text.isdigit():
                self.tokens.insert(self.position, _Token("num", token.text[1:]))
                return _Out(token.text[0], _ATOM)
            raise NotationError(f"write braces around {token.text}: without them TeX reads one digit",
                                "unsupported")
        if token.kind == "name":
            return self.name()
        if token.kind == "cmd":
            return self.command()
        if token.text == "(":
            return self.primary()
        raise NotationError("a \\frac or \\sqrt needs its arguments")

    # -- calculus ---------------------------------------------------------------------------------
    def _bounds(self) -> tuple[_Out | None, _Out | None]:
        lower = upper = None
        for _ in range(2):
            if self.peek().text == "_" and lower is None:
                self.take()
                lower = self.exponent(chain=False)
            elif self.peek().text == "^" and upper is None:
                self.take()
                upper = self.exponent()
        return lower, upper

    def integral(self) -> _Out:
        lower, upper = self._bounds()
        if (lower is None) != (upper is None):
            raise NotationError("an integral needs both bounds or neither")
        self.integrals += 1
        try:
            if self.peek().text == "d" and self.peek(1).kind == "name" and not self._starts_operand(2):
                body = _Out("1", _ATOM)  # ∫ dx
            else:
                body = self.expression()
        finally:
            self.integrals -= 1
        variable = None
        if self.peek().text == "d" and self.peek(1).kind == "name":
            self.take()
            variable = self.take().text
        if variable is None:
            letters = sorted(set(re.findall(r"(?<![A-Za-z_])[a-zA-Z](?![A-Za-z_(])", body.text)) - {"E", "I"})
            if len(letters) != 1:
                raise NotationError("name the integration variable (write dx)")
            variable = letters[0]
        if lower is None or upper is None:
            return _Out(f"Integral({body.text}, {variable})", _ATOM)
        return _Out(f"Integral({body.text}, ({variable}, {lower.text}, {upper.text}))", _ATOM)

    def series(self, kind: str) -> _Out:
        if self.peek().text != "_":
            raise NotationError(f"a {kind.lower()} needs its index, e.g. _{{k=1}}^{{n}}")
        self.take()
        self.expect("{")
        index = self.take()
        if index.kind != "name" or not re.fullmatch(r"[a-zA-Z]", index.text):
            raise NotationError(f"the index of a {kind.lower()} is one letter")
        self.expect("=")
        self.bound.append(index.text)
        try:
            start = self.expression()
            self.expect("}")
            if not self.accept("^"):
                raise NotationError(f"a {kind.lower()} needs an upper limit")
            end = self.exponent()
            body = self.expression()
        finally:
            self.bound.pop()
        return _Out(f"{kind}({body.text}, ({index.text}, {start.text}, {end.text}))", _ATOM)

    def limit(self) -> _Out:
        braced = False
        if self.accept("_"):
            braced = self.accept("{")
        variable = self.take()
        if variable.kind != "name" or not re.fullmatch(r"[a-zA-Z]", variable.text):
            raise NotationError("a limit needs its variable, e.g. lim_{x \\to 0}")
        arrow = self.take()
        if arrow.text not in ("->", "\\to", "\\rightarrow", "\\longrightarrow"):
            raise NotationError("a limit needs an arrow, e.g. x \\to 0")
        direction = self._one_sided(braced)
        self.bound.append(variable.text)
        try:
            point = self.expression() if braced else self.unary()
            if braced:
                self.expect("}")
            elif direction == "Limit":
                direction = self._glued_side()
            body = self.expression()
        finally:
            self.bound.pop()
        return _Out(f"{direction}({body.text}, {variable.text}, {point.text})", _ATOM)

    def _glued_side(self) -> str:
        """A sign glued to an unbraced point, then a space: "lim x→0- cos x" is the limit from the left.

        Regression: the sign was read into the body ("-cos x", answered -1). A glued sign with the body glued
        on too ("x→0-cos x") could be either, so it is refused; a spaced sign ("x→0 -cos x") stays the body's.
        """
        sign = self.tokens[self.position]
        if sign.text not in ("+", "-") or sign.spaced or self.position + 1 >= len(self.tokens):
            return "Limit"
        after = self.tokens[self.position + 1]
        if not (after.spaced or after.kind == "end"):
            raise NotationError(f"is the {sign.text!r} after the limit point one-sided or the body's sign? "
                                f"write x \\to a^{sign.text} for a one-sided limit")
        self.position += 1
        return "LimitRight" if sign.text == "+" else "LimitLeft"

    def _one_sided(self, braced: bool) -> str:
        """Find and remove a one-sided mark (a^+, a^-, a^{+}) in the limit's point; the limit's kind."""
        depth, end = 0, len(self.tokens)
        for index in range(self.position, len(self.tokens)):
            text = self.tokens[index].text
            if braced:
                depth += text == "{"
                if text == "}":
                    if depth == 0:
                        end = index
                        break
                    depth -= 1
        window = [t.text for t in self.tokens[self.position:end]]
        for index, text in enumerate(window):
            if text != "^":
                continue
            for pattern in (["+"], ["-"], ["{", "+", "}"], ["{", "-", "}"]):
                if window[index + 1:index + 1 + len(pattern)] == pattern:
                    after = index + 1 + len(pattern)
                    if braced and after != len(window):
                        continue
                    del self.tokens[self.position + index:self.position + after]
                    return "LimitRight" if "+" in pattern else "LimitLeft"
            if braced:
                break
        return "Limit"

    def _derivative_fraction(self) -> bool:
        """\\frac{d}{dx}, \\frac{d^2}{dx^2}, \\frac{\\partial}{\\partial x} (the tokens after \\frac)."""
        window = [t.text for t in self.tokens[self.position:self.position + 12]]
        return bool(window[:3] in (["{", "d", "}"], ["{", "\\partial", "}"]) or
                    window[:3] in (["{", "d", "^"], ["{", "\\partial", "^"]))

    def leibniz_derivative(self) -> _Out:
        self.expect("{")
        self.take()  # d or \partial
        order = "1"
        if self.accept("^"):
            order = self.exponent().text
        self.expect("}")
        self.expect("{")
        if self.take().text not in ("d", "\\partial"):
            raise NotationError("a derivative is written \\frac{d}{dx}")
        variable = self.take()
        if variable.kind != "name":
            raise NotationError("a derivative needs its variable, e.g. \\frac{d}{dx}")
        if self.accept("^"):
            if self.exponent().text != order:
                raise NotationError("the orders in d^n/dx^n differ")
        self.expect("}")
        body = self.expression()
        return _Out(f"Derivative({body.text}, {variable.text}, {order})", _ATOM)

    def slash_derivative(self) -> _Out:
        """d/dx f, d/dx (f), d/dx [f]."""
        self.expect("/")
        self.expect("d")
        variable = self.take()
        if variable.kind != "name" or len(variable.text) != 1:
            raise NotationError("a derivative needs its variable, e.g. d/dx")
        if self.peek().text == "[":
            self.take()
            body = self.expression()
            self.expect("]")
        else:
            body = self.expression()
        return _Out(f"Derivative({body.text}, {variable.text})", _ATOM)

    # -- matrices ---------------------------------------------------------------------------------
    def environment(self, name: str) -> _Out:
        if name not in ("pmatrix", "bmatrix", "matrix", "vmatrix", "Bmatrix", "smallmatrix"):
            raise NotationError(f"the {name} environment is not a formula here", "unsupported")
        rows: list[list[str]] = [[]]
        while True:
            token = self.peek()
            if token.kind == "end":
                raise NotationError(f"\\begin{{{name}}} is not closed")
            if token.text == f"\\end:{name}":
                self.take()
                break
            if token.text == "&":
                self.take()
                continue
            if token.text == "\\\\":
                self.take()
                rows.append([])
                continue
            rows[-1].append(self.expression().text)
        rows = [r for r in rows if r]
        if not rows or len({len(r) for r in rows}) != 1:
            raise NotationError("the matrix rows have different lengths")
        matrix = "Matrix([" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "])"
        return _Out(f"Determinant({matrix})" if name == "vmatrix" else matrix, _ATOM)

    def bracket_matrix(self) -> _Out:
        self.expect("[")
        if self.peek().text == "[":
            rows = []
            while self.peek().text == "[":
                self.take()
                rows.append(self._row("]"))
                self.expect("]")
                self.accept(",")
            self.expect("]")
        else:
            rows = [self._row("]")]
            if len(rows[0]) == 1 and self.peek().text == "]":  # [x + 1]: brackets used as parentheses
                self.take()
                return _Out(f"({rows[0][0]})", _ATOM)
            while self.accept(";"):
                rows.append(self._row("]"))
            self.expect("]")
            if len(rows) == 1:  # [1, 2, 3]: a column vector
                rows = [[entry] for entry in rows[0]]
        if len({len(r) for r in rows}) != 1:
            raise NotationError("the matrix rows have different lengths")
        return _Out("Matrix([" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "])", _ATOM)

    def _row(self, closing: str) -> list[str]:
        row = [self.expression().text]
        while self.accept(","):
            row.append(self.expression().text)
        return row

    def determinant_call(self) -> _Out:
        argument = self.primary()
        return _Out(f"Determinant({argument.text})", _ATOM)


_ELLIPSES = frozenset(("\\ldots", "\\cdots", "\\dots", "\\dotsb", "\\dotsc"))


def _ellipsis_series(tokens: list[_Token]) -> str | None:
    """`a1 ± a2 ± ... ± an` with whole-number terms in a progression -> a Sum, or None when it is not one."""
    if any(t.text in ("(", ")", "{", "}", "[", "]", "=", "<", ">") for t in tokens):
        return None
    terms: list[tuple[int, str]] = []  # (sign, text) ; text "..." for the ellipsis
    sign = 1
    expect_term = True
    for token in tokens:
        if token.text in ("+", "-") and expect_term and terms == [] and token.text == "-":
            sign = -sign
            continue
        if token.text in ("+", "-"):
            if expect_term:
                return None
            sign = 1 if token.text == "+" else -1
            expect_term = True
            continue
        if not expect_term:
            return None
        if token.text in _ELLIPSES:
            terms.append((sign, "..."))
        elif token.kind == "num" and token.text.isdigit():
            terms.append((sign, token.text))
        else:
            return None
        expect_term = False
    if expect_term or [t for _, t in terms].count("...") != 1:
        return None
    cut = [t for _, t in terms].index("...")
    before = [(s, int(t)) for s, t in terms[:cut]]
    after = [(s, int(t)) for s, t in terms[cut + 1:]]
    if len(before) < 2 or not after:
        return None
    signs = [s for s, _ in before]
    alternating = all(signs[i] == -signs[i - 1] for i in range(1, len(signs)))
    if not alternating and len(set(signs)) != 1:
        return None
    if alternating and len(before) < 3:
        return None

    def sign_at(index: int) -> int:
        return signs[0] * (-1) ** index if alternating else signs[0]

    values = [v for _, v in before]
    difference = values[1] - values[0]
    ratio = values[1] // values[0] if values[0] and values[1] % values[0] == 0 else None
    for kind in ("arithmetic", "geometric"):
        step = difference if kind == "arithmetic" else ratio
        if step is None or (kind == "arithmetic" and step == 0) or (kind == "geometric" and step in (0, 1, -1)):
            continue

        def term(index: int, kind: str = kind, step: int = step) -> int:
            return values[0] + step * index if kind == "arithmetic" else values[0] * step ** index

        if any(term(i) != v for i, v in enumerate(values)):
            continue
        index = _term_index(after[0][1], term, len(values))
        if index is None:
            continue
        if any(term(index + j) != v or sign_at(index + j) != s for j, (s, v) in enumerate(after)):
            continue
        last = index + len(after) - 1
        body = f"{values[0]} + {step}*k" if kind == "arithmetic" else f"{values[0]}*{step}**k"
        factor = ("(-1)**k*" if signs[0] > 0 else "-(-1)**k*") if alternating else ("" if signs[0] > 0 else "-")
        return f"Sum({factor}({body}), (k, 0, {last}))"
    return None


def _term_index(value: int, term: object, start: int, limit: int = 10**6) -> int | None:
    """The index at which the progression `term` takes `value` (searched from `start`), or None."""
    first, second = term(0), term(1)  # type: ignore[operator]
    if second - first and (value - first) % (second - first) == 0 and term(2) - second == second - first:  # type: ignore[operator]
        index = (value - first) // (second - first)
        return index if start <= index <= limit else None
    index = start
    while index < 200:
        current = term(index)  # type: ignore[operator]
        if current == value:
            return index
        if abs(current) > abs(value):
            return None
        index += 1
    return None


def _strip_outer(text: str) -> str:
    """`(a + b)` -> `a + b`; `(a)(b)` and tuples `(a, b)` stay as they are."""
    if text.startswith("(") and text.endswith(")") and _balanced_outer(text) and "," not in _top_level(text[1:-1]):
        return text[1:-1]
    return text


def _top_level(text: str) -> str:
    """The characters of `text` outside any brackets."""
    depth, out = 0, []
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and ch not in ")]}":
            out.append(ch)
    return "".join(out)


def _balanced_outer(text: str) -> bool:
    """True when the outer parentheses of `text` enclose all of it: `(a)(b)` is not."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(text) - 1:
            return False
    return True


_GLUED_LOG_BASE = re.compile(r"(?<![A-Za-z\\])log(\d+)(?=\s*[(A-Za-z])")


def to_plain(text: str, *, functions: Mapping[str, tuple[Sequence[str], str]] | None = None) -> str:
    """One formula in human notation -> safe-parser text. Raises `NotationError` (an `ExpressionError`)."""
    if not isinstance(text, str):
        raise NotationError("a formula must be text")
    if len(text) > MAX_NOTATION_CHARS:
        raise NotationError(f"the formula has more than {MAX_NOTATION_CHARS} characters", "too_long")
    text = text.strip().strip("$").strip()
    text = re.sub(r"^\\[\[(]|\\[\])]$", "", text).strip().rstrip(".,;:?").strip()
    if not text:
        raise NotationError("the formula is empty")
    depth = deepest = 0
    for ch in text:  # refuse deep nesting before the parser recurses on it
        depth += ch in "([{"
        depth -= ch in ")]}"
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        raise NotationError(f"the formula is nested deeper than {MAX_NESTING}", "too_long")
    # "log2(x)", "log10 x": a base glued to log, as programmers and calculators write it (was read log(2*x))
    text = _GLUED_LOG_BASE.sub(r"log_{\1}", text)
    tokens = _tokenize(text)
    if not tokens:
        raise NotationError("the formula is empty")
    if any(t.text in _ELLIPSES for t in tokens):
        series = _ellipsis_series(tokens)
        if series is not None:
            return series
    parser = _Parser(tokens, functions or {})
    try:
        result = parser.relation()
    except RecursionError:
        raise NotationError("the formula is nested too deeply", "too_long") from None
    if parser.peek().kind != "end":
        leftover = parser.peek().text
        if leftover in ("\\ldots", "\\cdots", "\\dots", "\\dotsb"):
            raise NotationError("an ellipsis (…) is not a formula by itself", "ellipsis")
        raise NotationError(f"could not read the formula from {leftover!r} on")
    return result.text
