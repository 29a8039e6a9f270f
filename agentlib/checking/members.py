"""Reading math members: a step's statements split at "=", and one member as a SymPy expression, or None.

`statements` finds the math spans of a step ($...$, $$...$$, \\(...\\), \\[...\\], align/equation/gather),
cuts them at statement breaks ("\\quad", "\\text{...}", "\\implies", ";", "and", ...) and splits each statement
into its "=" members; a display opening with "=" continues the previous display's chain. Members are parsed
with the safe parser (`agentlib.tools.safe_math`); a member with anything it does not read, or that could
mean two things (geometry names like `AB`, words, `e`/`I`, functions we do not model) is None, so no check
can misread it. A subscripted letter (`n_7`, `a_{k-1}`) or a floor is an opaque symbol named by its text.
Logs with a written base (`\\log_2(...)`, `\\log_{10} 5`) and `\\ln` are read; `\\log` alone is not (base 10
or e?). Letters the problem declares alone ("Let $q$ be ...") are read as products ("qab", "q(a-b)").

Two members are compared by evaluating both at random positive points (exact rationals where SymPy keeps
them, 30-digit floats otherwise): a difference at every point is False, agreement at every point True, and
anything else (a mix, a log off its domain, a point that does not evaluate) None.

Left out, as unreadable because a plain expression would misread them (degrees, branches, a log's base 10 or
e, a product for a mixed number): relations, set and order notation, calculus, modular arithmetic, trig, logs
without a base, plus-minus, ellipses, angles, vectors, matrices, mixed numbers ("33\\frac{1}{3}"), more than
four unknowns; and what a floor or a subscript means (floor(r/3) and r are unrelated symbols, so only
rewrites that keep the floor whole can be compared). What the members claim is `identities.py`'s business.
"""

from __future__ import annotations

import random
import re
from typing import Any

# an environment the step does not close (the step ends inside the display) runs to the step's end
MATH_SPAN = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]|"
                       r"\\begin\{(?:align|equation|gather)\*?\}(.+?)(?:\\end|\Z)", re.S)
_STATEMENT_BREAK = re.compile(r"\\\\|\\quad|\\qquad|\\text\s*\{[^{}]*\}|"
                              r"\\(?:implies|Rightarrow|Longrightarrow|iff|to)\b|;|,(?!\d{3}(?!\d))|\band\b")
_MAX_GAP = 12  # characters of prose between two displayed equations that continue one another
# a step without math delimiters: runs of numbers, operators and lone letters (never "a", "I" or a word) joined
# by "=", inside one clause; at least one letter makes it algebra (plain arithmetic is `claims.py`'s)
_PLAIN_TOKEN = r"(?:\d+(?:\.\d+)?(?![\d.])|(?<![A-Za-z'’])[b-zB-HJ-Z](?![A-Za-z'’])|[-+*/^()]|[ \t])"
_PLAIN_RUN = re.compile(rf"(?<![\w'’.]){_PLAIN_TOKEN}+(?:={_PLAIN_TOKEN}+)+")
_PLAIN_CLAUSE = re.compile(r"(?:[^,;:!?\n.]|,(?=\d{3})|\.(?=\d))+")
_TIMES_X = re.compile(r"\d\s+[xX]\s+\(?\d")  # "3 x 4": a times sign, not a letter
_MAX_PLAIN = 300
_CONTINUED_DISPLAY = re.compile(r"[.,;]?\s*(?:\\\]\s*\\\[|\$\$\s*\$\$)\s*(?==)")  # "\[a = b\] \[= c\]" is one chain
# anything the comparison could misread: relations, set and order notation, calculus, modular arithmetic,
# trig and logs without a base (degrees, branches, base 10 or e), floors, factorials, plus-minus, ellipses,
# angles, vectors, matrices
_UNREADABLE = re.compile(
    r"[<>≤≥≠≈≡!|∈]|\\(?:le|ge|lt|gt|neq|ne|approx|equiv|pmod|bmod|mod|in|notin|subset|cup|cap|sum|prod|int|lim|"
    r"binom|choose|sin|cos|tan|cot|sec|csc|log|ln|exp|lfloor|rfloor|lceil|rceil|circ|pm|mp|dots|cdots|ldots|"
    r"infty|mid|angle|triangle|overline|vec|hat|bar|prime|begin|end|matrix|partial|nabla|sim|propto|perp|"
    r"parallel|cong|equiv|theta|alpha|beta|gamma|omega|phi|mathbb|mathcal|over)\b|'|\^\s*\{?\s*\\circ|%|\.\.\.|"
    r"[A-Za-z]\^\{?-1\}?\s*\(|^\s*[+*/^]")
_MAX_MEMBER = 240
_MAX_SYMBOLS = 4
_POINTS = 3
MAX_DIGITS = 300  # a rational with more digits is not worth comparing or solving with
MAX_WRITTEN_EXPONENT = 10_000  # an exponent written larger than this is not evaluated (see `too_large`)
_MAX_ARGUMENT = 10_000  # nor a binomial, exp, log or trigonometric function of a larger number
_EXPONENT = re.compile(r"(?:\^|\*\*)\s*(?:\{([^{}]{0,80})\}|(\(?-?[\d.]+\)?))")
_LARGE_ARGUMENT = re.compile(r"(?:\\binom|binomial|\\exp|exp|\\sin|\\cos|\\tan|\\log|\\ln|sin|cos|tan|log|e\s*\^)"
                             r"\s*[({]?\s*([^(){}]{0,80})")
# a subscripted letter ("n_7", "a_{k-1}") or a floor is one quantity: an opaque symbol named by its text
_SUBSCRIPTED = re.compile(r"(?<![A-Za-z\\])([A-Za-z])_(?:\{([^{}]{1,8})\}|([A-Za-z0-9]))")
_FLOOR = re.compile(r"\\lfloor((?:(?!\\[lr]floor).){1,60}?)\\rfloor")
_ATOMS = "\ue000-\ue0ff"  # placeholders for those symbols while the member is normalized
_MAX_ATOMS = 8
# logs with a written base, and natural logs; `_logs` turns them into calls
_LOG = re.compile(r"\\(?:log\s*_\s*(?:\{\s*([2-9]|[1-9]\d{1,2})\s*\}|([2-9]))|ln(?![A-Za-z]))\s*")
_MAX_LOGS = 4
# declared letters read as products ("qab"), but never these words, nor a call of a usual function name
_WORDS = frozenset({"an", "as", "at", "be", "by", "if", "in", "is", "it", "of", "on", "or", "so", "to", "we",
                    "and", "are", "but", "for", "has", "its", "let", "not", "the", "then", "with"})
_FUNCTION_LETTERS = frozenset("fgh")
_LETTER_LIST = re.compile(r"(?<!\$)\$\s*([a-z](?:\s*,\s*[a-z])*)\s*\$(?!\$)|\\\(\s*([a-z](?:\s*,\s*[a-z])*)\s*\\\)")


def _plain_statements(step: str) -> list[tuple[list[str], bool, str]]:
    """`statements` of a step written without math delimiters ("Distribute: (x - 9)(5x - 1) = 5x^2 - 46x + 9.")."""
    found: list[tuple[list[str], bool, str]] = []
    last_end = 0
    for clause in _PLAIN_CLAUSE.finditer(step):  # short clauses keep the scan linear in the step's length
        if "=" not in clause.group() or len(clause.group()) > _MAX_PLAIN:
            continue
        for match in _PLAIN_RUN.finditer(clause.group()):
            run = match.group().strip()
            if not re.search(r"[A-Za-z]", run) or _TIMES_X.search(run) or not re.search(r"\w\W*=\W*\w", run):
                continue
            start = clause.start() + match.start()
            gap = step[last_end:start]
            found.append(([m.strip() for m in run.split("=")], len(gap.strip(" ,.:;\n")) <= _MAX_GAP, gap))
            last_end = clause.start() + match.end()
    return found


def statements(step: str) -> list[tuple[list[str], bool, str]]:
    """The math statements of a step, each split into its `=` members (LaTeX, not yet normalized), whether it
    follows the previous statement closely (at most a few characters of prose between), and that prose."""
    found = []
    last_end = None
    step = _CONTINUED_DISPLAY.sub(" ", step[:20_000])
    if not MATH_SPAN.search(step):
        return _plain_statements(step)
    for match in MATH_SPAN.finditer(step):
        body = next(g for g in match.groups() if g is not None).replace("&", " ")
        gap = step[last_end or 0:match.start()]
        close = last_end is not None and len(gap.strip(" ,.:;\n")) <= _MAX_GAP
        continues = re.search(r"(?:[-+*/=×·]|\\times|\\cdot|\\div)\s*$", step[max(0, match.start() - 12):match.start()])
        breaks = list(_STATEMENT_BREAK.finditer(body))
        starts = [0] + [b.end() for b in breaks]
        pieces = [body[start:end] for start, end in zip(starts, [b.start() for b in breaks] + [len(body)])]
        for i, part in enumerate(pieces):
            # "25\% \text{ of } \$2,000 = ...": math right before a label means the member began before it
            inside = (i > 0 and breaks[i - 1].group().startswith("\\text") and pieces[i - 1].strip() != ""
                      and not pieces[i - 1].rstrip().endswith(("=", ",", ";", ":", ".")))
            if "=" in part:
                members = [m.strip() for m in re.split(r"(?<![<>!=\\])=(?!=)", part)]
                if re.match(r"[-+*/^]", members[0]) or continues or inside:
                    members[0] = ""  # "\text{Naomi} + 17 = ...": the first member began in a label
                elif (not members[0] and i > 0 and breaks[i - 1].group().startswith("\\text")
                      and not pieces[i - 1].strip()):
                    members[0] = breaks[i - 1].group()  # "\text{Total cost} = ...": the label is the member
                found.append((members, close, gap))
                close, continues, gap = True, None, ""
        last_end = match.end()
    return found


def too_large(text: str) -> bool:
    """Whether `text` may hold a number too large to build or evaluate in time (checked before any parse): an
    exponent past `MAX_WRITTEN_EXPONENT` or itself a power, a binomial or factorial of a large number, `exp` or a
    trigonometric function of a large argument, or a literal of more than `MAX_DIGITS` digits."""
    if re.search(rf"\d{{{MAX_DIGITS + 1}}}", text):
        return True
    for opening in re.finditer(r"\^\s*\{", text):  # "3^{2^{5}}": an exponent that is itself a power
        braced = _braced(text, opening.end() - 1)
        if braced is None or (braced.count("^") > 1 or "^" in braced and
                              any(int(n) > 9 for n in re.findall(r"\d{1,12}", braced))):
            return True
    for exponent in _EXPONENT.finditer(text):
        body = exponent.group(1) or exponent.group(2) or ""
        if "!" in body or any(int(n) > MAX_WRITTEN_EXPONENT for n in re.findall(r"\d{1,12}", body)):
            return True
    for argument in _LARGE_ARGUMENT.finditer(text):
        if any(int(n) > _MAX_ARGUMENT for n in re.findall(r"\d{1,12}", argument.group(1))) or "^" in argument.group(1):
            return True
    return bool(re.search(r"\d{5,}\s*!|\d\s*!\s*!", text))


def _braced(text: str, start: int, limit: int = 200) -> str | None:
    """The text inside the braces opening at `start`, or None when they do not close within `limit` characters."""
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1:i]
    return None


def parse_member(text: str, letters: frozenset[str] = frozenset(), calls: frozenset[str] = frozenset()) -> Any | None:
    """A member as a SymPy expression, or None when it could be misread (see the module docstring).

    `letters` are the problem's declared one-letter variables: a run of them ("qab") or one before a bracket
    ("q(a-b)") is a product. `calls` are letters the problem or trace writes as functions (`called_letters`):
    "d(n + 1)" is then a call, not a product."""
    from agentlib.tools.safe_math import (
        ExpressionError,
        normalize_latex,
        parse_expression,
    )

    text = re.sub(r"\\?\$", "", text).strip().rstrip(".,;:")  # currency
    if too_large(text):
        return None
    logs = _logs(text)
    if logs is None:
        return None
    text = logs
    text = re.sub(r"(?<![\w.])(\d{1,3})\s*!", r"ƒ{\1}", text)  # "5!" (a number's factorial only)
    text = re.sub(r"\\binom\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"ß{\1,\2}", text)
    text = re.sub(r"\\pi\b", "π", text)
    text, atoms = _opaque_atoms(text)
    if atoms is None:
        return None
    if not text or len(text) > _MAX_MEMBER or _UNREADABLE.search(text) or re.search(r"\d\s*\\[dt]?frac", text):
        return None  # ... or a mixed number ("33\frac{1}{3}" is 33 + 1/3, not a product)
    plain = normalize_latex(text.replace("\\", " \\"))  # "\\cdot\\sqrt" must not become "\\cdotsqrt"
    plain = plain.replace("sqrt(", "§(").replace("root(", "¤(")
    if letters:
        plain = re.sub(r"(?<![A-Za-z])[a-z]{2,4}(?![A-Za-z])", lambda m: " ".join(m.group())
                       if set(m.group()) <= letters and m.group() not in _WORDS else m.group(), plain)
        plain = re.sub(rf"(?<![A-Za-z])([{''.join(sorted(letters - _FUNCTION_LETTERS)) or '_'}])\(", r"\1 (", plain)
    called = "".join(sorted(calls - letters))
    # a segment name, a word, e or i (constants to the parser), a subscript we did not read ("x2"), f(x)
    if re.search(rf"[A-Z]{{2}}|[A-Za-z]{{3,}}|\b[eEI]\b|_|[A-Za-z]\d|(?<![a-z])[fghpqrstuvwA-Z{called}]\(", plain):
        return None
    plain = re.sub(f"(?<=[a-zπ{_ATOMS}])(?=[a-zπ{_ATOMS}])", "*", plain)  # "2ab" is 2*a*b
    # "2x", "x(x+1)", ")(" are products
    plain = re.sub(f"(?<=[\\dA-Za-zπ){_ATOMS}])\\s*(?=[A-Za-z(§¤ƒßπł{_ATOMS}])", "*", plain)
    plain = re.sub(r"\)\s*(?=\d)", ")*", plain)
    for mark, name in (("§", "sqrt"), ("¤", "root"), ("ƒ", "factorial"), ("ß", "binomial"), ("π", "pi"), ("ł", "log")):
        plain = plain.replace(mark, name)
    import sympy

    symbols = {}
    for index, (mark, name) in enumerate(atoms.items()):
        plain = plain.replace(mark, f" atom{index} ")
        symbols[f"atom{index}"] = sympy.Symbol(name)
    try:
        value = parse_expression(plain, symbols=symbols)
    except (ExpressionError, ValueError, TypeError, RecursionError, ArithmeticError, AttributeError):
        return None
    if not isinstance(value, sympy.Expr) or value.is_Relational or len(value.free_symbols) > _MAX_SYMBOLS:
        return None
    return value


def _logs(text: str) -> str | None:
    """`\\log_2(2x-2)`, `\\log_{10} 5`, `\\ln x` as calls `ł((arg),(base))` of the parser's log; None when a log's
    argument is not a bracket, a number or a letter (`\\log_2 8x`). `\\log` without a base stays unreadable
    (10 or e?)."""
    for _ in range(_MAX_LOGS):
        head = _LOG.search(text)
        if head is None:
            return text
        text = re.sub(r"\\(?:left|right)\b", "", text)
        head = _LOG.search(text)
        if head is None:
            return None
        base = head.group(1) or head.group(2)
        start = head.end()
        if text[start:start + 1] in ("(", "{"):
            close, depth, end = {"(": ")", "{": "}"}[text[start]], 0, None
            for i in range(start, len(text)):
                depth += text[i] == text[start]
                depth -= text[i] == close
                if depth == 0:
                    end = i
                    break
            if end is None:
                return None
            argument, after = text[start + 1:end], end + 1
        else:
            bare = re.match(r"(\d+(?:\.\d+)?|[a-z])(?![\w^_{(.])", text[start:])
            if bare is None:
                return None
            argument, after = bare.group(1), start + bare.end()
        call = f"ł(({argument}),({base}))" if base else f"ł(({argument}))"
        text = text[:head.start()] + call + text[after:]
    return None if _LOG.search(text) else text


def _opaque_atoms(text: str) -> tuple[str, dict[str, str] | None]:
    """`text` with each floor and subscripted letter replaced by a placeholder, and the placeholders' names
    (None when there are too many to keep apart)."""
    atoms: dict[str, str] = {}
    marks: dict[str, str] = {}

    def mark(name: str) -> str:
        if name not in marks:
            marks[name] = chr(0xE000 + len(marks))
            atoms[marks[name]] = name
        return marks[name]

    text = re.sub(r"\\(?:left|right)\b", "", text) if "\\lfloor" in text else text
    text = _FLOOR.sub(lambda m: mark("floor(" + re.sub(r"\s+", "", m.group(1)) + ")"), text)
    text = _SUBSCRIPTED.sub(lambda m: mark(m.group(1) + "_" + re.sub(r"\s+", "", m.group(2) or m.group(3))), text)
    return text, atoms if len(atoms) <= _MAX_ATOMS else None


def written_symbols(text: str) -> set[str]:
    """The letters and subscripted letters a member is written with, even those that cancel out."""
    names = {m.group(1) + "_" + re.sub(r"\s+", "", m.group(2) or m.group(3)) for m in _SUBSCRIPTED.finditer(text)}
    return names | set(re.findall(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])", _SUBSCRIPTED.sub(" ", text)))


def called_letters(text: str) -> frozenset[str]:
    """Letters `text` writes as functions of one letter or number ("d(n)", "k(3)", "p(x)"): a later "d(n + 1)" is a
    call, never the product d * (n + 1)."""
    return frozenset(re.findall(r"(?<![A-Za-z\\])([a-z])\s*\(\s*(?:[a-z]|\d+)\s*\)", text[:20_000]))


def declared_letters(problem: str) -> frozenset[str]:
    """Lower-case letters the problem writes alone in math ("Let $q$ be", "$a, b, c$"), less e and i (constants)
    and any it calls ("p(x)")."""
    found = set()
    for match in _LETTER_LIST.finditer(problem[:20_000]):
        found |= set(re.findall(r"[a-z]", match.group(1) or match.group(2)))
    called = set(re.findall(r"(?<![A-Za-z\\])([a-z])\s*\(", problem[:20_000]))
    return frozenset(found - called - {"e", "i"})


def same_expression(a: Any, b: Any, seed: int = 0) -> bool | None:
    """True when a and b agree at random positive points, False when they differ at every point, None when unsure."""
    import sympy

    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    rng = random.Random(seed)
    differs = 0
    try:  # rational functions (no floor, root or log) can agree at a point by chance and still differ
        rational = bool(a.is_rational_function(*symbols) and b.is_rational_function(*symbols))
    except (TypeError, ValueError, AttributeError, RecursionError):
        rational = False
    for _ in range(_POINTS):
        point = {s: sympy.Rational(rng.randint(11, 97), rng.randint(7, 13)) for s in symbols}
        try:
            left = complex(sympy.N(a.subs(point), 30))
            right = complex(sympy.N(b.subs(point), 30))
        except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
            return None
        if any(v != v or abs(v) == float("inf") for v in (left, right)):
            return None
        if (left.imag or right.imag) and (a.has(sympy.log) or b.has(sympy.log)):
            return None  # a log off its domain: "\\ln((1-x)^2) = 2\\ln(1-x)" holds where both are real
        scale = max(abs(left), abs(right), 1.0)
        if abs(left - right) > 1e-9 * scale:
            differs += 1
        elif differs and not rational:
            return None  # equal at one point, different at another: a case we do not understand
    if differs and rational:
        return False  # two rational functions that differ at one point differ as expressions
    return False if differs == _POINTS else True if differs == 0 else None


def constant_value(expression: Any) -> float | None:
    """The value of `expression` when it is the same at every random point, else None."""
    import sympy

    rng = random.Random(1)
    symbols = sorted(expression.free_symbols, key=lambda s: s.name)
    values = []
    for _ in range(_POINTS):
        point = {s: sympy.Rational(rng.randint(11, 97), rng.randint(7, 13)) for s in symbols}
        try:
            value = complex(sympy.N(expression.subs(point), 30))
        except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
            return None
        if value != value or abs(value) == float("inf") or abs(value.imag) > 1e-9:
            return None
        values.append(value.real)
    scale = max(1.0, *(abs(v) for v in values))
    if max(values) - min(values) > 1e-9 * scale:
        return None
    return values[0] if abs(values[0]) > 1e-9 * scale else 0.0
