r"""First-order formulas in FOLIO's notation, parsed by hand into Z3 terms (never evaluated as code).

Notation (Unicode as in FOLIO; the other spellings of FOL textbooks, TPTP, Prover9 and LaTeX-free
ASCII are read too, so a formula written with any of them parses):
    quantifiers  ∀x ∃y, several in a row (∀x ∀y, ∀x∃y), a list (∀x,y), an optional '.' or ':' after the
                 variable (∀x. P(x)); ∄x is ¬∃x
    not          ¬ ~ ! - (Prover9's prefix minus)
    and          ∧ & && /\ ⋀ ·
    or           ∨ | || \/ ⋁
    xor          ⊕ ⊻ ↮ <~> ≢
    implies      → -> ⇒ => ⟶ ⟹ ⊃ ⇾ ➔
    iff          ↔ <-> ⇔ <=> ⟷ ⟺ ≡
    constants    ⊤ (true), ⊥ (false)
    brackets     ( ) [ ] { } interchangeably (a mismatched pair is read as a pair, not refused)
    terms        = and ≠ (or !=) between terms; P(a, x), nullary P, nested terms f(a); names may hold
                 apostrophes (straight or curly), hyphens and dots inside (Wasn'tBorn, Mr.Smith)
Precedence, high to low: ¬, ∧, ∨ and ⊕ (left to right), → (right-associative), ↔. A quantifier
reaches as far right as its group allows ("∀x P(x) → Q(x)" is "∀x (P(x) → Q(x))"), which is what
FOLIO's annotators mean and avoids free variables. Following Prover9 (the prover FOLIO's formulas
were checked with), a free variable named u..z (optionally with digits) is universally closed.

Semantics: one uninterpreted sort `Individual`; predicates are uninterpreted Boolean functions,
keyed by name and arity (FOLIO reuses a name with two arities now and then); constants are NOT
assumed distinct (no unique-name assumption, as in FOLIO's own first-order reading), so
"a ≠ b" holds only when the premises force it.

Left out: arithmetic, sorts, higher-order quantification. A malformed formula raises
`FormulaError` naming the formula and the position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from agentlib.errors import InputError

SORT_NAME = "Individual"
MAX_FORMULA_CHARS = 4_000
MAX_DEPTH = 200

_SYMBOLS = {
    "∀": "forall", "∃": "exists", "∄": "nexists",
    "¬": "not", "~": "not", "!": "not", "-": "not",
    "∧": "and", "&": "and", "&&": "and", "/\\": "and", "⋀": "and", "·": "and",
    "∨": "or", "|": "or", "||": "or", "\\/": "or", "⋁": "or",
    "⊕": "xor", "⊻": "xor", "↮": "xor", "<~>": "xor", "≢": "xor",
    "→": "implies", "->": "implies", "⇒": "implies", "=>": "implies", "⟶": "implies", "⟹": "implies",
    "⊃": "implies", "⇾": "implies", "➔": "implies",
    "↔": "iff", "<->": "iff", "⇔": "iff", "<=>": "iff", "⟷": "iff", "⟺": "iff", "≡": "iff",
    "⊤": "true", "⊥": "false",
    "=": "eq", "≠": "neq", "!=": "neq", ",": ",", ".": ".", ":": ":",
    "(": "(", ")": ")", "[": "(", "]": ")", "{": "(", "}": ")",
}
# longest spellings first, so "<->" is not read as "<" "-" ">"
_SYMBOL_ALTERNATIVES = "|".join(re.escape(symbol) for symbol in sorted(_SYMBOLS, key=len, reverse=True))
_NAME_PATTERN = r"\w(?:[\w'’]|[.\-](?=\w))*"
_TOKEN_RE = re.compile(rf"\s*({_NAME_PATTERN}|{_SYMBOL_ALTERNATIVES})")
_FREE_VARIABLE_RE = re.compile(r"^[u-z][0-9]*$")
Grouping = Literal["standard", "right"]


class FormulaError(InputError):
    """A formula is malformed; the message quotes it and says where and what was expected."""


@dataclass(frozen=True)
class Token:
    kind: str  # a symbol kind from _SYMBOLS values, or "name"
    text: str
    position: int


def tokenize(formula: str) -> list[Token]:
    if len(formula) > MAX_FORMULA_CHARS:
        raise FormulaError(f"formula longer than {MAX_FORMULA_CHARS} characters: {formula[:60]!r}...")
    tokens: list[Token] = []
    position = 0
    stripped = formula.rstrip()
    if stripped.endswith(".") and not stripped.endswith(".."):
        stripped = stripped[:-1].rstrip()  # a sentence's full stop after the formula
    while position < len(stripped):
        match = _TOKEN_RE.match(stripped, position)
        if match is None or match.end() == position:
            raise FormulaError(
                f"unexpected character {stripped[position:].lstrip()[:1]!r} at position {position} in {formula!r}"
            )
        text = match.group(1)
        tokens.append(Token(_SYMBOLS.get(text, "name"), text, match.start(1)))
        position = match.end()
    return tokens


@dataclass
class Signature:
    """The symbols of a set of formulas, shared so premises and conclusion talk about one world."""

    ctx: Any = None
    sort: Any = None
    constants: dict[str, Any] = field(default_factory=dict)
    predicates: dict[tuple[str, int], Any] = field(default_factory=dict)
    functions: dict[tuple[str, int], Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import z3

        self.z3 = z3
        self.ctx = z3.Context()
        self.sort = z3.DeclareSort(SORT_NAME, self.ctx)

    def constant(self, name: str) -> Any:
        if name not in self.constants:
            self.constants[name] = self.z3.Const(f"c_{name}", self.sort)
        return self.constants[name]

    def predicate(self, name: str, arity: int) -> Any:
        key = (name, arity)
        if key not in self.predicates:
            sorts = [self.sort] * arity + [self.z3.BoolSort(self.ctx)]
            self.predicates[key] = self.z3.Function(f"P_{name}_{arity}", *sorts)
        return self.predicates[key]

    def function(self, name: str, arity: int) -> Any:
        key = (name, arity)
        if key not in self.functions:
            self.functions[key] = self.z3.Function(f"f_{name}_{arity}", *([self.sort] * (arity + 1)))
        return self.functions[key]


class _Parser:
    def __init__(self, formula: str, signature: Signature, grouping: Grouping = "standard"):
        self.formula = formula
        self.grouping = grouping
        self.mixes_and_or = False
        self.tokens = tokenize(formula)
        self.index = 0
        self.signature = signature
        self.z3 = signature.z3
        self.bound: list[dict[str, Any]] = []
        self.free: dict[str, Any] = {}
        self.depth = 0

    # -- helpers ---------------------------------------------------------------------------
    def peek(self, offset: int = 0) -> Token | None:
        i = self.index + offset
        return self.tokens[i] if i < len(self.tokens) else None

    def error(self, message: str) -> FormulaError:
        token = self.peek()
        where = f"at position {token.position} (near {token.text!r})" if token else "at the end"
        return FormulaError(f"{message} {where} in formula {self.formula!r}")

    def accept(self, kind: str) -> Token | None:
        token = self.peek()
        if token is not None and token.kind == kind:
            self.index += 1
            return token
        return None

    def expect(self, kind: str, what: str) -> Token:
        token = self.accept(kind)
        if token is None:
            raise self.error(f"expected {what}")
        return token

    # -- grammar ---------------------------------------------------------------------------
    def parse(self) -> Any:
        if not self.tokens:
            raise FormulaError(f"empty formula {self.formula!r}")
        term = self.iff()
        if self.peek() is not None:
            raise self.error("unexpected token")
        if self.free:
            variables = list(self.free.values())
            term = self.z3.ForAll(variables, term)
        return term

    def iff(self) -> Any:
        left = self.implies()
        while self.accept("iff"):
            left = left == self.implies()
        return left

    def implies(self) -> Any:
        left = self.or_()
        if self.accept("implies"):
            return self.z3.Implies(left, self.implies())
        return left

    def or_(self) -> Any:
        left = self.and_()
        while True:
            if self.accept("or"):
                left = self.z3.Or(left, self.and_())
            elif self.accept("xor"):
                left = self.z3.Xor(left, self.and_())
            else:
                return left

    def and_(self) -> Any:
        left = self.unary()
        if self.grouping == "right" and self.accept("and"):  # A ∧ B ∨ C read as A ∧ (B ∨ C)
            return self.z3.And(left, self.or_())
        operands = 1
        while self.accept("and"):
            left = self.z3.And(left, self.unary())
            operands += 1
        if operands > 1 and (following := self.peek()) is not None and following.kind in ("or", "xor"):
            self.mixes_and_or = True
        return left

    def unary(self) -> Any:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error("formula nested too deeply")
        try:
            if self.accept("not"):
                return self.z3.Not(self.unary())
            token = self.peek()
            if token is not None and token.kind in ("forall", "exists", "nexists"):
                return self.quantified()
            if self.accept("("):
                inner = self.iff()
                self.expect(")", "a closing bracket")
                return inner
            if self.accept("true"):
                return self.z3.BoolVal(True, self.signature.ctx)
            if self.accept("false"):
                return self.z3.BoolVal(False, self.signature.ctx)
            return self.atom()
        finally:
            self.depth -= 1

    def quantified(self) -> Any:
        token = self.tokens[self.index]
        self.index += 1
        names = [self.expect("name", f"a variable after {token.text!r}").text]
        while self.accept(","):  # ∀x,y: right after a quantifier's variable a comma can only list another
            names.append(self.expect("name", "a variable after ','").text)
        self.accept(".") or self.accept(":")  # ∀x. P(x) and ∀x: P(x)
        scope = {name: self.z3.Const(f"v_{name}_{len(self.bound)}", self.signature.sort) for name in names}
        self.bound.append(scope)
        try:
            body = self.iff()  # wide scope: as far right as the enclosing group goes
        finally:
            self.bound.pop()
        variables = list(scope.values())
        if token.kind == "forall":
            return self.z3.ForAll(variables, body)
        exists = self.z3.Exists(variables, body)
        return self.z3.Not(exists) if token.kind == "nexists" else exists

    def atom(self) -> Any:
        name_token = self.accept("name")
        if name_token is None:
            raise self.error("expected a predicate, a quantifier, '¬' or '('")
        if (following := self.peek()) is not None and following.kind == "(":
            args = self.arguments()
            application = None
            if (following := self.peek()) is not None and following.kind in ("eq", "neq"):  # f(a) = b
                application = self.signature.function(name_token.text, len(args))(*args)
            else:
                return self.signature.predicate(name_token.text, len(args))(*args)
            return self.equality(application)
        if (following := self.peek()) is not None and following.kind in ("eq", "neq"):
            return self.equality(self.variable_or_constant(name_token.text))
        return self.signature.predicate(name_token.text, 0)()

    def equality(self, left: Any) -> Any:
        negated = self.tokens[self.index].kind == "neq"
        self.index += 1
        right = self.term()
        return left != right if negated else left == right

    def arguments(self) -> list[Any]:
        self.expect("(", "'('")
        args = [self.term()]
        while self.accept(","):
            args.append(self.term())
        self.expect(")", "')' or ','")
        return args

    def term(self) -> Any:
        token = self.expect("name", "a term (variable or constant)")
        if (following := self.peek()) is not None and following.kind == "(":
            args = self.arguments()
            return self.signature.function(token.text, len(args))(*args)
        return self.variable_or_constant(token.text)

    def variable_or_constant(self, name: str) -> Any:
        for scope in reversed(self.bound):
            if name in scope:
                return scope[name]
        if _FREE_VARIABLE_RE.match(name):
            if name not in self.free:
                self.free[name] = self.z3.Const(f"free_{name}", self.signature.sort)
            return self.free[name]
        return self.signature.constant(name)


def parse_formula(formula: str, signature: Signature, grouping: Grouping = "standard") -> Any:
    """One FOL formula -> a Z3 Bool term over `signature` (symbols are added as they appear).

    `grouping="right"` reads an unparenthesized "A ∧ B ∨ C" as "A ∧ (B ∨ C)" (the other reading
    annotators mean now and then); "standard" binds ∧ tighter.
    """
    return _parse(formula, signature, grouping)[0]


def _parse(formula: str, signature: Signature, grouping: Grouping) -> tuple[Any, bool]:
    if not isinstance(formula, str) or not formula.strip():
        raise FormulaError(f"empty formula {formula!r}")
    parser = _Parser(formula, signature, grouping)
    term = parser.parse()
    if not signature.z3.is_bool(term):
        raise FormulaError(f"formula is a term, not a statement: {formula!r}")
    return term, parser.mixes_and_or


@dataclass(frozen=True)
class Reading:
    """One way to read a formula: its (possibly repaired) text and the ∧/∨ grouping."""

    text: str
    grouping: Grouping = "standard"
    note: str = ""


def readings(formula: str, signature: Signature | None = None) -> list[Reading]:
    """Every reading of a formula whose syntax leaves room for more than one.

    Two quirks of hand-written formulas are read every way they can be, so that a caller can
    check whether the answer depends on the choice (and abstain when it does):
    - one unmatched parenthesis: each place the missing partner can go and still parse;
    - "A ∧ B ∨ C" without parentheses: both groupings.
    Anything else malformed raises `FormulaError` naming the formula.
    """
    scratch = signature or Signature()
    texts = [(formula, "")]
    kinds = [token.kind for token in tokenize(formula)]
    opened, closed = kinds.count("("), kinds.count(")")
    if abs(opened - closed) == 1:
        texts = _paren_repairs(formula, scratch, missing="(" if closed > opened else ")")
        if not texts:
            try:
                _parse(formula, scratch, "standard")
            except FormulaError as error:
                raise FormulaError(
                    f"unbalanced parentheses ({opened} '(' and {closed} ')'), and no repair parses: {error}"
                ) from None
            raise FormulaError(f"unbalanced parentheses ({opened} '(' and {closed} ')') in formula {formula!r}")
    elif opened != closed:
        raise FormulaError(f"unbalanced parentheses ({opened} '(' and {closed} ')') in formula {formula!r}")
    found: dict[str, Reading] = {}  # keyed by the parsed term, so equivalent repairs count once
    for text, note in texts:
        term, mixed = _parse(text, scratch, "standard")
        found.setdefault(term.sexpr(), Reading(text, "standard", note))
        if mixed:
            right = Reading(text, "right", (note + "; " if note else "") + "read A ∧ B ∨ C as A ∧ (B ∨ C)")
            found.setdefault(_parse(text, scratch, "right")[0].sexpr(), right)
    return list(found.values())


def _paren_repairs(formula: str, scratch: Signature, missing: str) -> list[tuple[str, str]]:
    tokens = tokenize(formula)
    cuts = [t.position for t in tokens] + [len(formula.rstrip())]
    repaired: list[tuple[str, str]] = []
    for cut in cuts:
        text = formula[:cut] + missing + formula[cut:]
        try:
            _parse(text, scratch, "standard")
        except FormulaError:
            continue
        repaired.append((text, f"added a missing {missing!r} at position {cut}"))
    return repaired
