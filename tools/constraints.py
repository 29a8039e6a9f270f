"""The Z3 constraint language: a typed JSON spec whose constraints are text in a small grammar.

It is the lingua franca of agentlib: deterministic formalizers and models write it, the solver
reads it, the trace checker checks claims against it, and grammar-constrained decoding enforces it.

    {"sorts": {"Person": ["alice", "bob"]},
     "open_sorts": ["Thing"],
     "variables": {"knight_alice": "Bool", "n": "Int", "x": "Real", "owner": "Person"},
     "functions": {"pos": {"args": ["Person"], "returns": "Int"}},
     "constraints": [{"label": "s1", "expr": "knight_alice <-> not knight_bob"},
                     {"label": "range", "expr": "forall(p: Person, 1 <= pos(p) and pos(p) <= 2)"}]}

Grammar (precedence low -> high; `->` is right-associative):

    expr   := iff ;  iff := imp (('<->' | 'iff') imp)* ;  imp := or ('->' | 'implies') imp | or
    or     := xor (('or' | '|') xor)* ;  xor := and ('xor' and)* ;  and := not (('and' | '&') not)*
    not    := ('not' | '!') not | cmp ;  cmp := sum (('=='|'!='|'<'|'<='|'>'|'>=') sum)?
    sum    := prod (('+'|'-') prod)* ;  prod := unary (('*'|'/'|'%') unary)* ;  unary := '-' unary | atom
    atom   := NUMBER | 'true' | 'false' | NAME | NAME '(' expr (',' expr)* ')' | '(' expr ')'
            | 'if' '(' expr ',' expr ',' expr ')' | 'distinct' '(' ... ')' | 'count' '(' ... ')' | 'abs' '(' expr ')'
            | ('forall' | 'exists') '(' NAME ':' SORT (',' NAME ':' SORT)* ',' expr ')'

`sorts` are finite enumerations (exactly the listed values, all different); `open_sorts` are
uninterpreted sorts with any number of individuals, unnamed ones included (first-order semantics: what
holds for every possible domain, as categorical syllogisms need), named by variables of that sort.

Text is tokenized and parsed by hand into Z3 terms: nothing is ever evaluated as code. Every
error is a `SpecError` naming the constraint label and position, short enough to feed back to a
model for repair. `/` on two Ints is Z3's integer division.

Each spec compiles into its own `z3.Context`, so specs never share declarations and compilation
is thread-safe.
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from agentlib.errors import InputError

BUILTIN_SORTS = ("Bool", "Int", "Real")
KEYWORDS = {
    "and", "or", "not", "xor", "implies", "iff", "true", "false",
    "if", "distinct", "count", "abs", "forall", "exists",
}
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

MAX_EXPR_CHARS = 4_000
MAX_DEPTH = 48  # each level costs ~12 Python frames; stays far below the recursion limit
MAX_DECLARATIONS = 50_000
MAX_ENUM_SIZE = 20_000
DEFAULT_TIMEOUT_MS = 10_000


class SpecError(InputError):
    """The spec is malformed; the message says where and what was expected."""


# ---------------------------------------------------------------------------------------------
# The JSON spec
# ---------------------------------------------------------------------------------------------


class FunctionDecl(BaseModel):
    model_config = ConfigDict(extra="forbid")
    args: list[str] = Field(min_length=1)
    returns: str


class Constraint(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=1, max_length=200)
    expr: str = Field(min_length=1, max_length=MAX_EXPR_CHARS)


class Spec(BaseModel):
    """A validated constraint-language spec (names, sorts and sizes; expressions parse at compile)."""

    model_config = ConfigDict(extra="forbid")
    sorts: dict[str, list[str]] = Field(default_factory=dict)
    open_sorts: list[str] = Field(default_factory=list, max_length=20)
    variables: dict[str, str] = Field(default_factory=dict)
    functions: dict[str, FunctionDecl] = Field(default_factory=dict)
    constraints: list[Constraint] = Field(default_factory=list)

    @field_validator("open_sorts")
    @classmethod
    def _check_open_sorts(cls, open_sorts: list[str]) -> list[str]:
        for name in open_sorts:
            _check_name(name, "sort")
        if len(set(open_sorts)) != len(open_sorts):
            raise ValueError("an open sort is declared twice")
        return open_sorts

    @field_validator("sorts")
    @classmethod
    def _check_sorts(cls, sorts: dict[str, list[str]]) -> dict[str, list[str]]:
        seen: set[str] = set()
        for name, values in sorts.items():
            _check_name(name, "sort")
            if name in BUILTIN_SORTS:
                raise ValueError(f"sort {name!r} is built in; choose another name")
            if not values:
                raise ValueError(f"sort {name!r} has no values")
            if len(values) > MAX_ENUM_SIZE:
                raise ValueError(f"sort {name!r} has {len(values)} values (limit {MAX_ENUM_SIZE})")
            for value in values:
                _check_name(value, f"value of sort {name!r}")
                if value in seen:
                    raise ValueError(f"enum value {value!r} is declared twice (values must be unique across sorts)")
                seen.add(value)
        return sorts

    @field_validator("variables")
    @classmethod
    def _check_variables(cls, variables: dict[str, str]) -> dict[str, str]:
        if len(variables) > MAX_DECLARATIONS:
            raise ValueError(f"{len(variables)} variables (limit {MAX_DECLARATIONS})")
        for name in variables:
            _check_name(name, "variable")
        return variables

    @field_validator("constraints")
    @classmethod
    def _check_constraints(cls, constraints: list[Constraint]) -> list[Constraint]:
        if len(constraints) > MAX_DECLARATIONS:
            raise ValueError(f"{len(constraints)} constraints (limit {MAX_DECLARATIONS})")
        labels = [c.label for c in constraints]
        duplicates = sorted({x for x in labels if labels.count(x) > 1}) if len(labels) < 2000 else _dupes(labels)
        if duplicates:
            raise ValueError(f"duplicate constraint labels: {', '.join(duplicates[:5])}")
        return constraints

    def model_post_init(self, _context: Any) -> None:
        clash = sorted(set(self.open_sorts) & (set(self.sorts) | set(BUILTIN_SORTS)))
        if clash:
            raise SpecError(f"sort {clash[0]!r} is declared both open and enumerated (or is built in)")
        known = set(BUILTIN_SORTS) | set(self.sorts) | set(self.open_sorts)
        for name, sort in self.variables.items():
            if sort not in known:
                raise SpecError(f"variable {name!r} has unknown sort {sort!r}; known sorts: {', '.join(sorted(known))}")
        for name, decl in self.functions.items():
            _check_name(name, "function")
            for sort in [*decl.args, decl.returns]:
                if sort not in known:
                    raise SpecError(f"function {name!r} uses unknown sort {sort!r}")
        names = [*self.variables, *self.functions, *(v for vs in self.sorts.values() for v in vs)]
        clash = _dupes(names)
        if clash:
            raise SpecError(f"name used twice among variables, functions and enum values: {', '.join(clash[:5])}")

    @classmethod
    def parse(cls, data: Any) -> Spec:
        """Validate a dict (or JSON text) into a Spec, raising SpecError with a short summary."""
        try:
            if isinstance(data, (str, bytes)):
                return cls.model_validate_json(data)
            return cls.model_validate(data)
        except ValidationError as error:
            raise SpecError(_summarize_validation(error)) from None


def _dupes(items: list[str]) -> list[str]:
    seen: set[str] = set()
    dupes: set[str] = set()
    for item in items:
        (dupes if item in seen else seen).add(item)
    return sorted(dupes)


def _check_name(name: str, what: str) -> None:
    if not NAME_RE.match(name) or name in KEYWORDS or name in BUILTIN_SORTS:
        raise ValueError(f"{what} name {name!r} is not a valid identifier (letters, digits, _; not a keyword)")


def _summarize_validation(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:3]:
        where = ".".join(str(p) for p in item["loc"])
        parts.append(f"{where}: {item['msg']}" if where else item["msg"])
    return "invalid spec: " + "; ".join(parts)


# ---------------------------------------------------------------------------------------------
# Tokens and parser
# ---------------------------------------------------------------------------------------------

# ASCII only: `\d` would also match other scripts' digits (Bengali "৪" is 4 though it looks like 8), and
# `int()` would read them; `re.ASCII` keeps `\s` to ASCII white space as well.
_TOKEN_RE = re.compile(
    r"\s*(?:(?P<number>[0-9]+(?:\.[0-9]+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op><->|->|==|!=|<=|>=|[<>+\-*/%(),:!&|]))",
    re.ASCII,
)


@dataclass(frozen=True)
class Token:
    kind: Literal["number", "name", "op", "end"]
    text: str
    position: int


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN_RE.match(text, position)
        if match is None or match.end() == position:
            bad = text[position:].lstrip()[:1]
            at = position + (len(text[position:]) - len(text[position:].lstrip()))
            raise SpecError(f"unexpected character {bad!r} at position {at}")
        kind = match.lastgroup
        tokens.append(Token(kind, match.group(kind), match.start(kind)))  # type: ignore[arg-type]
        position = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


class _Parser:
    """Recursive descent from tokens straight to Z3 terms, with scoped bound variables."""

    def __init__(self, text: str, env: _Env, label: str):
        if len(text) > MAX_EXPR_CHARS:
            raise SpecError(f"[{label}] expression has {len(text)} characters (limit {MAX_EXPR_CHARS})")
        self.text = text
        try:
            self.tokens = tokenize(text)
        except SpecError as error:
            raise SpecError(f"[{label}] {error}") from None
        nesting = 0
        for token in self.tokens:
            nesting += token.text == "(" and token.kind == "op"
            nesting -= token.text == ")" and token.kind == "op"
            if nesting > MAX_DEPTH:
                raise SpecError(f"[{label}] expression nested deeper than {MAX_DEPTH} at position {token.position}")
        self.index = 0
        self.env = env
        self.label = label
        self.depth = 0
        self.bound: list[dict[str, Any]] = []

    # -- helpers ------------------------------------------------------------------------------
    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def error(self, message: str, token: Token | None = None) -> SpecError:
        token = token or self.token
        near = token.text or "end of expression"
        return SpecError(f"[{self.label}] {message} at position {token.position} (near {near!r})")

    def accept(self, *texts: str) -> Token | None:
        token = self.token
        if token.kind in ("op", "name") and token.text in texts:
            self.index += 1
            return token
        return None

    def expect(self, text: str) -> Token:
        token = self.accept(text)
        if token is None:
            raise self.error(f"expected {text!r}")
        return token

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(f"expression nested deeper than {MAX_DEPTH}")

    def parse(self) -> Any:
        term = self.expr()
        if self.token.kind != "end":
            raise self.error("unexpected text after a complete expression")
        return term

    # -- grammar ------------------------------------------------------------------------------
    def expr(self) -> Any:
        self.enter()
        try:
            return self.iff()
        finally:
            self.depth -= 1

    def iff(self) -> Any:
        left = self.implies()
        while (token := self.accept("<->", "iff")) is not None:
            right = self.implies()
            left = self.boolean(left, token) == self.boolean(right, token)
        return left

    def implies(self) -> Any:
        left = self.or_()
        token = self.accept("->", "implies")
        if token is None:
            return left
        self.enter()
        try:
            right = self.implies()
        finally:
            self.depth -= 1
        return self.env.z3.Implies(self.boolean(left, token), self.boolean(right, token))

    def or_(self) -> Any:
        terms = [self.xor()]
        token = None
        while (t := self.accept("or", "|")) is not None:
            token = t
            terms.append(self.xor())
        if len(terms) == 1:
            return terms[0]
        return self.env.z3.Or(*[self.boolean(t, token) for t in terms])

    def xor(self) -> Any:
        left = self.and_()
        while (token := self.accept("xor")) is not None:
            right = self.and_()
            left = self.env.z3.Xor(self.boolean(left, token), self.boolean(right, token))
        return left

    def and_(self) -> Any:
        terms = [self.not_()]
        token = None
        while (t := self.accept("and", "&")) is not None:
            token = t
            terms.append(self.not_())
        if len(terms) == 1:
            return terms[0]
        return self.env.z3.And(*[self.boolean(t, token) for t in terms])

    def not_(self) -> Any:
        token = self.accept("not", "!")
        if token is None:
            return self.comparison()
        self.enter()
        try:
            return self.env.z3.Not(self.boolean(self.not_(), token))
        finally:
            self.depth -= 1

    def comparison(self) -> Any:
        left = self.sum()
        token = self.accept("==", "!=", "<", "<=", ">", ">=")
        if token is None:
            return left
        right = self.sum()
        try:
            if token.text == "==":
                return left == right
            if token.text == "!=":
                return left != right
            self.numeric(left, token), self.numeric(right, token)
            return {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
                    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}[token.text](left, right)
        except self.env.z3.Z3Exception as error:
            raise self.error(f"cannot compare these terms with {token.text!r} ({_z3_message(error)})", token) from None

    def sum(self) -> Any:
        left = self.product()
        while (token := self.accept("+", "-")) is not None:
            right = self.product()
            a, b = self.numeric(left, token), self.numeric(right, token)
            left = a + b if token.text == "+" else a - b
        return left

    def product(self) -> Any:
        left = self.unary()
        while (token := self.accept("*", "/", "%")) is not None:
            right = self.unary()
            a, b = self.numeric(left, token), self.numeric(right, token)
            if token.text == "%":
                if not (self.env.z3.is_int(a) and self.env.z3.is_int(b)):
                    raise self.error("'%' needs two Int terms", token)
                left = a % b
            else:
                left = a * b if token.text == "*" else a / b
        return left

    def unary(self) -> Any:
        token = self.accept("-")
        if token is None:
            return self.atom()
        self.enter()
        try:
            return -self.numeric(self.unary(), token)
        finally:
            self.depth -= 1

    def atom(self) -> Any:
        z3 = self.env.z3
        token = self.token
        if token.kind == "number":
            self.index += 1
            if len(token.text) > 40:
                raise self.error("number literal too long", token)
            if "." in token.text:
                return z3.RealVal(str(Fraction(token.text)), self.env.ctx)
            return z3.IntVal(int(token.text), self.env.ctx)
        if self.accept("("):
            inner = self.expr()
            self.expect(")")
            return inner
        if token.kind != "name":
            raise self.error("expected a term")
        self.index += 1
        name = token.text
        if name == "true":
            return z3.BoolVal(True, self.env.ctx)
        if name == "false":
            return z3.BoolVal(False, self.env.ctx)
        if name in ("forall", "exists"):
            return self.quantifier(name, token)
        if name in ("if", "distinct", "count", "abs"):
            return self.builtin(name, token)
        if name in KEYWORDS:
            raise self.error(f"{name!r} cannot start a term", token)
        for scope in reversed(self.bound):
            if name in scope:
                if self.token.text == "(" and self.token.kind == "op":
                    raise self.error(f"{name!r} is a bound variable, not a function", token)
                return scope[name]
        if name in self.env.functions:
            return self.application(name, token)
        if name in self.env.constants:
            if self.token.kind == "op" and self.token.text == "(":
                raise self.error(f"{name!r} is not a function", token)
            return self.env.constants[name]
        raise self.error(f"unknown name {name!r}{self.env.suggest(name)}", token)

    def arguments(self) -> list[Any]:
        self.expect("(")
        args = [self.expr()]
        while self.accept(","):
            args.append(self.expr())
        self.expect(")")
        return args

    def application(self, name: str, token: Token) -> Any:
        function = self.env.functions[name]
        args = self.arguments()
        if len(args) != function.arity():
            raise self.error(f"{name!r} takes {function.arity()} argument(s), got {len(args)}", token)
        for i, arg in enumerate(args):
            expected = function.domain(i)
            if not arg.sort().eq(expected):
                raise self.error(f"argument {i + 1} of {name!r} must be {expected}, got {arg.sort()}", token)
        return function(*args)

    def builtin(self, name: str, token: Token) -> Any:
        z3 = self.env.z3
        args = self.arguments()
        try:
            if name == "if":
                if len(args) != 3:
                    raise self.error("if(condition, then, else) takes 3 arguments", token)
                return z3.If(self.boolean(args[0], token), args[1], args[2])
            if name == "distinct":
                if len(args) < 2:
                    raise self.error("distinct(...) needs at least 2 arguments", token)
                return z3.Distinct(*args)
            if name == "count":
                one, zero = z3.IntVal(1, self.env.ctx), z3.IntVal(0, self.env.ctx)
                return z3.Sum(*[z3.If(self.boolean(a, token), one, zero) for a in args])
            if len(args) != 1:
                raise self.error("abs(x) takes 1 argument", token)
            x = self.numeric(args[0], token)
            return z3.If(x >= 0, x, -x)
        except z3.Z3Exception as error:
            raise self.error(f"bad arguments to {name}() ({_z3_message(error)})", token) from None

    def quantifier(self, name: str, token: Token) -> Any:
        z3 = self.env.z3
        self.expect("(")
        scope: dict[str, Any] = {}
        while True:
            var = self.token
            if var.kind != "name" or var.text in KEYWORDS:
                raise self.error("expected a variable name")
            self.index += 1
            self.expect(":")
            sort_token = self.token
            if sort_token.kind != "name":
                raise self.error("expected a sort name")
            self.index += 1
            sort = self.env.sort(sort_token.text)
            if sort is None:
                raise self.error(f"unknown sort {sort_token.text!r}", sort_token)
            scope[var.text] = z3.Const(f"{var.text}!{len(self.bound)}", sort)
            self.expect(",")
            # another "NAME :" pair follows, or the body
            if self.token.kind == "name" and self.tokens[self.index + 1].text == ":":
                continue
            break
        self.bound.append(scope)
        try:
            body = self.boolean(self.expr(), token)
        finally:
            self.bound.pop()
        self.expect(")")
        maker = z3.ForAll if name == "forall" else z3.Exists
        return maker(list(scope.values()), body)

    # -- type guards --------------------------------------------------------------------------
    def boolean(self, term: Any, token: Token | None) -> Any:
        if not self.env.z3.is_bool(term):
            raise self.error(f"expected a Bool term, got {term.sort()}", token)
        return term

    def numeric(self, term: Any, token: Token | None) -> Any:
        if not (self.env.z3.is_int(term) or self.env.z3.is_real(term)):
            raise self.error(f"expected an Int or Real term, got {term.sort()}", token)
        return term


def _z3_message(error: Exception) -> str:
    text = str(getattr(error, "value", error))
    return text[:120]


# ---------------------------------------------------------------------------------------------
# Compilation
# ---------------------------------------------------------------------------------------------


class _Env:
    """Z3 declarations of one spec, in its own context."""

    def __init__(self, spec: Spec):
        import z3

        self.z3 = z3
        self.ctx = z3.Context()
        self.sorts: dict[str, Any] = {
            "Bool": z3.BoolSort(self.ctx), "Int": z3.IntSort(self.ctx), "Real": z3.RealSort(self.ctx)
        }
        self.constants: dict[str, Any] = {}
        self.enum_values: dict[str, list[Any]] = {}
        for sort_name in spec.open_sorts:
            self.sorts[sort_name] = z3.DeclareSort(sort_name, self.ctx)
        for sort_name, values in spec.sorts.items():
            sort, constants = z3.EnumSort(sort_name, values, ctx=self.ctx)
            self.sorts[sort_name] = sort
            self.enum_values[sort_name] = list(constants)
            self.constants.update(zip(values, constants))
        self.variables: dict[str, Any] = {}
        for name, sort_name in spec.variables.items():
            self.variables[name] = z3.Const(name, self.sorts[sort_name])
        self.constants.update(self.variables)
        self.functions: dict[str, Any] = {}
        for name, decl in spec.functions.items():
            self.functions[name] = z3.Function(name, *[self.sorts[s] for s in decl.args], self.sorts[decl.returns])

    def sort(self, name: str) -> Any | None:
        return self.sorts.get(name)

    def suggest(self, name: str) -> str:
        import difflib

        pool = [*self.constants, *self.functions]
        close = difflib.get_close_matches(name, pool, n=3) if len(pool) < 5000 else []
        return f"; did you mean {', '.join(close)}?" if close else ""


@dataclass
class Compiled:
    """A spec compiled into Z3 terms: one Bool term per labelled constraint."""

    spec: Spec
    env: _Env
    constraints: dict[str, Any] = field(default_factory=dict)

    def term(self, text: str, label: str = "expression") -> Any:
        """Parse an extra expression (a goal, a query term) against this spec's declarations."""
        return _Parser(text, self.env, label).parse()

    def formula(self, text: str, label: str = "goal") -> Any:
        term = self.term(text, label)
        if not self.env.z3.is_bool(term):
            raise SpecError(f"[{label}] expected a Bool expression, got {term.sort()}")
        return term

    def solver(self, timeout_ms: int) -> Any:
        solver = self.env.z3.Solver(ctx=self.env.ctx)
        solver.set("timeout", int(timeout_ms))
        solver.add(*self.constraints.values())
        return solver


_RECENT = threading.local()  # per thread: a Z3 context must not be shared between threads
_RECENT_SIZE = 8


def compile_spec(spec: Spec | dict | str) -> Compiled:
    """Validate and compile a spec; every expression error names its constraint label.

    The few most recent compilations of this thread are reused for an identical spec (a dict or JSON text):
    deciding several goals against one set of statements parses the statements once, not once per goal (parsing
    is most of the cost of a small entailment). Callers never mutate a `Compiled`; each operation makes its own
    solver."""
    if isinstance(spec, Spec):
        return _compile(spec)
    try:
        key = spec if isinstance(spec, str) else json.dumps(spec, sort_keys=True)
    except (TypeError, ValueError):
        return _compile(Spec.parse(spec))
    recent: OrderedDict[str, Compiled] = _RECENT.__dict__.setdefault("compiled", OrderedDict())
    if key in recent:
        recent.move_to_end(key)
        return recent[key]
    compiled = _compile(Spec.parse(spec))
    recent[key] = compiled
    if len(recent) > _RECENT_SIZE:
        recent.popitem(last=False)
    return compiled


def _compile(spec: Spec) -> Compiled:
    env = _Env(spec)
    compiled = Compiled(spec, env)
    for constraint in spec.constraints:
        term = _Parser(constraint.expr, env, constraint.label).parse()
        if not env.z3.is_bool(term):
            raise SpecError(f"[{constraint.label}] a constraint must be a Bool expression, got {term.sort()}")
        compiled.constraints[constraint.label] = term
    return compiled


# ---------------------------------------------------------------------------------------------
# Operations
# ---------------------------------------------------------------------------------------------

CheckStatus = Literal["sat", "unsat", "unknown"]


class CheckResult(BaseModel):
    status: CheckStatus
    reason: str = ""


class ModelResult(BaseModel):
    status: CheckStatus
    values: dict[str, Any] = Field(default_factory=dict)


class UniqueResult(BaseModel):
    status: Literal["unique", "multiple", "none", "unknown"]
    values: dict[str, Any] = Field(default_factory=dict)  # the unique solution, or the first witness
    other: dict[str, Any] = Field(default_factory=dict)  # a second witness when multiple


class SolutionsResult(BaseModel):
    status: Literal["complete", "truncated", "unknown"]
    solutions: list[dict[str, Any]]


class ProveResult(BaseModel):
    status: Literal["valid", "invalid", "unknown"]
    counterexample: dict[str, Any] = Field(default_factory=dict)


class EntailResult(BaseModel):
    status: Literal["true", "false", "unknown", "inconsistent", "undecided"]
    detail: str = ""


class CoreResult(BaseModel):
    status: CheckStatus
    core: list[str] = Field(default_factory=list)


class OptimizeResult(BaseModel):
    status: CheckStatus
    value: Any = None
    values: dict[str, Any] = Field(default_factory=dict)


def _status(result: Any) -> CheckStatus:
    return str(result)  # type: ignore[return-value]  # z3 prints sat / unsat / unknown


def value_of(compiled: Compiled, model: Any, term: Any) -> Any:
    """A Z3 model value as plain JSON: bool, int, a fraction string, or an enum value name."""
    z3 = compiled.env.z3
    value = model.eval(term, model_completion=True)
    if z3.is_true(value):
        return True
    if z3.is_false(value):
        return False
    if z3.is_int_value(value):
        return value.as_long()
    if z3.is_rational_value(value):
        fraction = Fraction(value.numerator_as_long(), value.denominator_as_long())
        return int(fraction) if fraction.denominator == 1 else str(fraction)
    if z3.is_algebraic_value(value):
        return value.as_decimal(12)
    return str(value)


def _values(compiled: Compiled, model: Any, terms: dict[str, Any] | None = None) -> dict[str, Any]:
    terms = terms if terms is not None else _default_terms(compiled)
    return {name: value_of(compiled, model, term) for name, term in terms.items()}


def _default_terms(compiled: Compiled) -> dict[str, Any]:
    """All variables, plus every function applied to all enum arguments (small domains only)."""
    terms = dict(compiled.env.variables)
    for name, decl in compiled.spec.functions.items():
        domains = [compiled.env.enum_values.get(s) for s in decl.args]
        if any(d is None for d in domains):
            continue
        size = 1
        for d in domains:
            size *= len(d)  # type: ignore[arg-type]
        if size > 2000:
            continue
        for args in _product(domains):  # type: ignore[arg-type]
            terms[f"{name}({', '.join(str(a) for a in args)})"] = compiled.env.functions[name](*args)
    return terms


def _product(domains: list[list[Any]]) -> Iterator[tuple[Any, ...]]:
    import itertools

    return itertools.product(*domains)


def _query_terms(compiled: Compiled, terms: list[str] | None) -> dict[str, Any]:
    if not terms:
        return _default_terms(compiled)
    return {text: compiled.term(text, "term") for text in terms}


def check(spec: Spec | dict, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> CheckResult:
    compiled = compile_spec(spec)
    solver = compiled.solver(timeout_ms)
    status = _status(solver.check())
    return CheckResult(status=status, reason=solver.reason_unknown() if status == "unknown" else "")


def model(spec: Spec | dict, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> ModelResult:
    compiled = compile_spec(spec)
    solver = compiled.solver(timeout_ms)
    status = _status(solver.check())
    if status != "sat":
        return ModelResult(status=status)
    return ModelResult(status=status, values=_values(compiled, solver.model()))


def _block(compiled: Compiled, model: Any, terms: dict[str, Any]) -> Any:
    z3 = compiled.env.z3
    return z3.Or(*[term != model.eval(term, model_completion=True) for term in terms.values()])


def unique(spec: Spec | dict, terms: list[str] | None = None, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> UniqueResult:
    """Is the solution unique on `terms` (default: all variables)? Blocking-clause check."""
    compiled = compile_spec(spec)
    query = _query_terms(compiled, terms)
    solver = compiled.solver(timeout_ms)
    first = _status(solver.check())
    if first == "unsat":
        return UniqueResult(status="none")
    if first == "unknown":
        return UniqueResult(status="unknown")
    witness = solver.model()
    values = _values(compiled, witness, query)
    if not query:
        return UniqueResult(status="unique", values=values)
    solver.add(_block(compiled, witness, query))
    second = _status(solver.check())
    if second == "unsat":
        return UniqueResult(status="unique", values=values)
    if second == "unknown":
        return UniqueResult(status="unknown", values=values)
    return UniqueResult(status="multiple", values=values, other=_values(compiled, solver.model(), query))


def all_solutions(
    spec: Spec | dict, terms: list[str] | None = None, *, limit: int = 20, timeout_ms: int = DEFAULT_TIMEOUT_MS
) -> SolutionsResult:
    if limit < 1 or limit > 10_000:
        raise SpecError("limit must be between 1 and 10000")
    compiled = compile_spec(spec)
    query = _query_terms(compiled, terms)
    solver = compiled.solver(timeout_ms)
    solutions: list[dict[str, Any]] = []
    while len(solutions) < limit:
        status = _status(solver.check())
        if status == "unsat":
            return SolutionsResult(status="complete", solutions=solutions)
        if status == "unknown":
            return SolutionsResult(status="unknown", solutions=solutions)
        witness = solver.model()
        solutions.append(_values(compiled, witness, query))
        if not query:
            return SolutionsResult(status="complete", solutions=solutions)
        solver.add(_block(compiled, witness, query))
    status = _status(solver.check())
    return SolutionsResult(status="complete" if status == "unsat" else "truncated", solutions=solutions)


def prove(spec: Spec | dict, goal: str, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> ProveResult:
    """Is `goal` true in every model of the constraints? (constraints + not goal is unsat)"""
    compiled = compile_spec(spec)
    solver = compiled.solver(timeout_ms)
    solver.add(compiled.env.z3.Not(compiled.formula(goal)))
    status = _status(solver.check())
    if status == "unsat":
        return ProveResult(status="valid")
    if status == "unknown":
        return ProveResult(status="unknown")
    return ProveResult(status="invalid", counterexample=_values(compiled, solver.model()))


def entails(spec: Spec | dict, expr: str, *, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> EntailResult:
    """Three-valued, open-world: "true" if entailed, "false" if its negation is, "unknown" if neither.

    "inconsistent" when the constraints have no model at all; "undecided" when Z3 gave up.
    """
    compiled = compile_spec(spec)
    z3 = compiled.env.z3
    goal = compiled.formula(expr)
    solver = compiled.solver(timeout_ms)
    base = _status(solver.check())
    if base == "unsat":
        return EntailResult(status="inconsistent", detail="the constraints have no model")
    solver.push()
    solver.add(z3.Not(goal))
    negation_possible = _status(solver.check())
    solver.pop()
    solver.add(goal)
    goal_possible = _status(solver.check())
    if negation_possible == "unsat":
        return EntailResult(status="true", detail="constraints + not(goal) is unsat")
    if goal_possible == "unsat":
        return EntailResult(status="false", detail="constraints + goal is unsat")
    if "unknown" in (negation_possible, goal_possible, base):
        return EntailResult(status="undecided", detail="the solver gave up (timeout or quantifiers)")
    return EntailResult(status="unknown", detail="both the goal and its negation are consistent")


def unsat_core(spec: Spec | dict, *, timeout_ms: int = DEFAULT_TIMEOUT_MS, minimize: bool = True) -> CoreResult:
    """Labels of constraints that together are contradictory (minimal when `minimize`)."""
    compiled = compile_spec(spec)
    z3 = compiled.env.z3
    solver = z3.Solver(ctx=compiled.env.ctx)
    solver.set("timeout", int(timeout_ms))
    solver.set("unsat_core", True)
    if minimize:
        solver.set("core.minimize", True)
    trackers = {}
    for label, term in compiled.constraints.items():
        tracker = z3.Bool(f"__label__{label}", compiled.env.ctx)
        trackers[str(tracker)] = label
        solver.assert_and_track(term, tracker)
    status = _status(solver.check())
    if status != "unsat":
        return CoreResult(status=status)
    core = sorted((trackers[str(t)] for t in solver.unsat_core()), key=list(compiled.constraints).index)
    return CoreResult(status="unsat", core=core)


def optimize(
    spec: Spec | dict, objective: str, direction: Literal["min", "max"] = "min", *, timeout_ms: int = DEFAULT_TIMEOUT_MS
) -> OptimizeResult:
    compiled = compile_spec(spec)
    z3 = compiled.env.z3
    target = compiled.term(objective, "objective")
    if not (z3.is_int(target) or z3.is_real(target)):
        raise SpecError("[objective] must be an Int or Real expression")
    optimizer = z3.Optimize(ctx=compiled.env.ctx)
    optimizer.set("timeout", int(timeout_ms))
    optimizer.add(*compiled.constraints.values())
    handle = optimizer.minimize(target) if direction == "min" else optimizer.maximize(target)
    status = _status(optimizer.check())
    if status != "sat":
        return OptimizeResult(status=status)
    best = optimizer.model()
    value = value_of(compiled, best, target)
    if (
        isinstance(handle.value(), z3.ArithRef)
        and not z3.is_rational_value(handle.value())
        and not z3.is_int_value(handle.value())
    ):
        return OptimizeResult(status="unknown", values=_values(compiled, best))  # unbounded
    return OptimizeResult(status="sat", value=value, values=_values(compiled, best))
