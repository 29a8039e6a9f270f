"""Symbolic rewrites: "= A = B" chains and "C = A" then "C = B" lines claim that A and B are the same expression.

A chain of three or more members ("(x+1)^2 = x^2 + 2x + 1 = ...") rewrites one expression; two equations
in a row with one side in common ("2000 = 10(90/d + 5) - ..." then "2000 = 900/d + 50 - ...") rewrite the
other side; a displayed expression that a rewrite verb ("combine like terms:") introduces right after
another one restates it, across steps too. Two members with the same free symbols must agree as expressions.
Numeric equations in LaTeX ("\\sqrt{50} = 5\\sqrt{2}", "8 = 4b - 4b", where symbols cancel) are checked as numbers,
rounding-aware, unless the arithmetic extractor (`claims.py`) already checked the same pair of values. Symbolic members
are compared by evaluating both at random positive points (exact rationals where SymPy keeps them,
30-digit floats otherwise): a difference at every point refutes, agreement verifies. Members are parsed
with the safe parser (`agentlib.tools.safe_math`); a member with anything it does not read, or that
could mean two things (geometry names like `AB`, words, `e`/`I`, functions we do not model) is skipped.

An equation that "simplifying", "expanding", "rearranging" ... introduces right after another in the same step
must restate it: the numerators of lhs - rhs differ by a constant factor (a factor in unknowns the new equation
lost is a division, left unchecked).

The last equation with symbols is remembered across prose and steps: a later equation in the same single unknown
with the same number on one side rewrites the other side ("8(8^x) = 2^{61}" ... "2^3 \\cdot 2^x = 2^{61}"); two
equations in the same two or more unknowns whose lhs - rhs differ by a nonzero constant cannot both hold; "A = T"
that rewrote A, then "T = B", goes on rewriting, so B must be T. None of these follows prose that opens another
case or tries a value ("case", "if", "otherwise", "check", ...). A subscripted letter (`n_7`, `a_{k-1}`) or a
floor is an opaque symbol named by its text; a display opening with "=" continues the previous display's chain;
a function the problem defines (`definitions.py`) is written out at numbers; "A \\ne B" between two numbers is
refuted when they are equal. The next equation in the same single unknown must share a real solution with the last
one (`roots.py`). Logs with a written base (`\\log_2(...)`, `\\log_{10} 5`) and `\\ln` are read; `\\log` alone is not.
An inline expression that only a restating phrase ("can be rewritten as", "factors as") follows restates the one
before; letters the problem declares alone ("Let $q$ be ...") are read as products ("qab", "q(a-b)"). Numbers a step
lists as the solutions must meet the problem's one condition (`answers.py`).

Left out: two-member equations on their own (an equation to solve, not a rewrite), equivalence of
equations without such a verb (multiplying out, squaring), inequalities, and rewrites that use an earlier condition
(a member is compared only with members holding exactly its own symbols); remembered equations in two or more
unknowns that share a side (usually a system), and what a floor or a subscript means (floor(r/3) and r are
unrelated symbols, so only rewrites that keep the floor whole are checked).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from fractions import Fraction

from agentlib.checking.arithmetic import compare, format_number
from agentlib.checking.answers import Condition, check_listed, problem_condition
from agentlib.checking.definitions import Definition, expand_calls, function_definitions
from agentlib.checking.report import ClaimResult
from agentlib.checking.roots import disjoint_solutions

_SPAN = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]|\\begin\{(?:align|equation|gather)\*?\}(.+?)\\end", re.S)
_STATEMENT_BREAK = re.compile(r"\\\\|\\quad|\\qquad|\\text\s*\{[^{}]*\}|\\(?:implies|Rightarrow|Longrightarrow|iff|to)\b|;|,(?!\d{3}(?!\d))|\band\b")
# anything the comparison could misread: relations, set and order notation, calculus, modular arithmetic,
# trig and logs without a base (degrees, branches, base 10 or e), floors, factorials, plus-minus, ellipses, angles, vectors, matrices
_UNREADABLE = re.compile(
    r"[<>≤≥≠≈≡!|∈]|\\(?:le|ge|lt|gt|neq|ne|approx|equiv|pmod|bmod|mod|in|notin|subset|cup|cap|sum|prod|int|lim|"
    r"binom|choose|sin|cos|tan|cot|sec|csc|log|ln|exp|lfloor|rfloor|lceil|rceil|circ|pm|mp|dots|cdots|ldots|"
    r"infty|mid|angle|triangle|overline|vec|hat|bar|prime|begin|end|matrix|partial|nabla|sim|propto|perp|"
    r"parallel|cong|equiv|theta|alpha|beta|gamma|omega|phi|mathbb|mathcal|over)\b|'|\^\s*\{?\s*\\circ|%|\.\.\.|"
    r"[A-Za-z]\^\{?-1\}?\s*\(|^\s*[+*/^]")
_MAX_MEMBER = 240
_MAX_SYMBOLS = 4
_POINTS = 3
_LONE_LETTER = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?)?\s*$")
_GIVES_UP = re.compile(r"contradict|impossible|not possible|no solution|never|cannot|can't|inconsistent", re.I)
_BARE_NUMBER = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*$")
_DISPLAY = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]", re.S)
_REWRITE_VERB = re.compile(r"\b(?:combin|simplif|rewrit|collect|reduc|becomes|this is|which is)", re.I)
_MAX_CONDITIONS = 30
_SIMPLIFIES = re.compile(r"\b(?:simplif\w*|expand\w*|rearrang\w*|combin\w*|collect\w*|becomes|reduces? to|distribut\w*)\b[^.$\\]{0,40}$", re.I)
_ANOTHER = re.compile(r"\b(?:second|other|another|next|first|third|similarly|also)\b", re.I)
_MAX_DIGITS = 300
_MAX_GAP = 12  # characters of prose between two displayed equations that continue one another
_CONTINUED_DISPLAY = re.compile(r"[.,;]?\s*(?:\\\]\s*\\\[|\$\$\s*\$\$)\s*(?==)")  # "\[a = b\] \[= c\]" is one chain
# a subscripted letter ("n_7", "a_{k-1}") or a floor is one quantity: an opaque symbol named by its text
_SUBSCRIPTED = re.compile(r"(?<![A-Za-z\\])([A-Za-z])_(?:\{([^{}]{1,8})\}|([A-Za-z0-9]))")
_FLOOR = re.compile(r"\\lfloor((?:(?!\\[lr]floor).){1,60}?)\\rfloor")
_ATOMS = "\ue000-\ue0ff"  # placeholders for those symbols while the member is normalized
_MAX_ATOMS = 8
# prose that starts another case or tries a value: an equation after it need not follow from the one before
_ALTERNATIVE = re.compile(r"\b(?:case|or|if|suppose|assum\w*|try|consider|check\w*|verif\w*|test\w*|otherwise|"
                          r"instead|second|other|another|next|similarly|also|alternativ\w*)\b", re.I)
_EQUATION_WORDS = re.compile(r"\b(?:equation|solv\w*|set(?:ting)?|equal to|roots?|intersect\w*)\b", re.I)
# logs with a written base, and natural logs; `_logs` turns them into calls
_LOG = re.compile(r"\\(?:log\s*_\s*(?:\{\s*([2-9]|[1-9]\d{1,2})\s*\}|([2-9]))|ln(?![A-Za-z]))\s*")
_MAX_LOGS = 4
# declared letters read as products ("qab"), but never these words, nor a call of a usual function name
_WORDS = frozenset({"an", "as", "at", "be", "by", "if", "in", "is", "it", "of", "on", "or", "so", "to", "we",
                    "and", "are", "but", "for", "has", "its", "let", "not", "the", "then", "with"})
_FUNCTION_LETTERS = frozenset("fgh")
_INLINE = re.compile(r"\\\((.+?)\\\)|(?<!\$)\$([^$]+?)\$(?!\$)", re.S)
# all the prose between two inline expressions when the second restates the first
_RESTATED = re.compile(r"^[\s.,:]*(?:(?:this|which|that|it)\s+)?(?:(?:can|may)\s+be\s+|is\s+)?(?:re-?written|expressed|"
                       r"simplified|simplifies|expands?|expanded|factored|factors|is\s+equivalent)\s+(?:as|to|into)"
                       r"\s*:?\s*$", re.I)
# prose before an equation in one unknown that may make it about another case or quantity than the last one
_NEW_QUANTITY = re.compile(r"\b(?:case|or|if|suppose|assum\w*|try|consider|check\w*|verif\w*|test\w*|otherwise|"
                           r"instead|second|other|another|next|similarly|also|alternativ\w*|and|each|either|both|"
                           r"let|denot\w*|defin\w*|when|where|roots?|factors?|extraneous|reject\w*|part|new|for)\b", re.I)
_OPENING = re.compile(r"^\W*next\s*,", re.I)  # "Next, ..." opens a sentence; it is not "the next case"
_LETTER_LIST = re.compile(r"(?<!\$)\$\s*([a-z](?:\s*,\s*[a-z])*)\s*\$(?!\$)|\\\(\s*([a-z](?:\s*,\s*[a-z])*)\s*\\\)")
_UNEQUAL = re.compile(r"([^=<>,;:]+?)\s*(?:\\neq?(?![A-Za-z])|≠)\s*([^=<>,;:]+)")
_UNEQUAL_END = re.compile(r"\\(?:implies|Rightarrow|iff|quad|qquad|text\s*\{[^{}]*\})|\\\\|\band\b")


def statements(step: str) -> list[tuple[list[str], bool, str]]:
    """The math statements of a step, each split into its `=` members (LaTeX, not yet normalized), whether it
    follows the previous statement closely (at most a few characters of prose between), and that prose."""
    found = []
    last_end = None
    step = _CONTINUED_DISPLAY.sub(" ", step[:20_000])
    for match in _SPAN.finditer(step):
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


def parse_member(text: str, letters: frozenset[str] = frozenset()) -> Any | None:
    """A member as a SymPy expression, or None when it could be misread (see the module docstring).

    `letters` are the problem's declared one-letter variables: a run of them ("qab") or one before a bracket
    ("q(a-b)") is a product."""
    from agentlib.tools.safe_math import ExpressionError, normalize_latex, parse_expression

    text = re.sub(r"\\?\$", "", text).strip().rstrip(".,;:")  # currency
    text = _logs(text)
    if text is None:
        return None
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
    if re.search(r"[A-Z]{2}|[A-Za-z]{3,}|\b[eEI]\b|_|[A-Za-z]\d|(?<![a-z])[fghpqrstuvwA-Z]\(", plain):
        return None  # a segment name, a word, e or i (constants to the parser), a subscript we did not read ("x2"), f(x)
    plain = re.sub(f"(?<=[a-zπ{_ATOMS}])(?=[a-zπ{_ATOMS}])", "*", plain)  # "2ab" is 2*a*b
    plain = re.sub(f"(?<=[\\dA-Za-zπ){_ATOMS}])\\s*(?=[A-Za-z(§¤ƒßπł{_ATOMS}])", "*", plain)  # "2x", "x(x+1)", ")(" are products
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
    argument is not a bracket, a number or a letter (`\\log_2 8x`). `\\log` without a base stays unreadable (10 or e?)."""
    for _ in range(_MAX_LOGS):
        head = _LOG.search(text)
        if head is None:
            return text
        text = re.sub(r"\\(?:left|right)\b", "", text)
        head = _LOG.search(text)
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


def same_expression(a: Any, b: Any, seed: int = 0) -> bool | None:
    """True when a and b agree at random positive points, False when they differ at every point, None when unsure."""
    import sympy

    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    rng = random.Random(seed)
    differs = 0
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
        elif differs:
            return None  # equal at one point, different at another: a case we do not understand
    return False if differs == _POINTS else True if differs == 0 else None


def check_step(step: str, checked: set[frozenset] = frozenset(), context: Context | None = None) -> list[ClaimResult]:
    """Claims of one step: every rewrite in a chain, the changed side of consecutive equations, and numeric
    equations whose pair of values is not in `checked` (the arithmetic extractor's, so none is counted twice)."""
    results: list[ClaimResult] = []
    context = context if context is not None else Context()
    previous: list[tuple[str, Any]] | None = None
    equation = None  # the step's last equation with symbols, as the numerator of lhs - rhs
    context.age += 1
    for members, close, gap in statements(step):
        parsed = [(m, parse_member(expand_calls(m, context.functions), context.letters)) for m in members]
        rewrites = []  # pairs that must be the same expression
        numeric = []  # pairs that must be the same number
        offsets = []  # "... = 0" then "... - 5 = 0": equations that cannot both hold
        if len(parsed) >= 3:
            rewrites = list(zip(parsed, parsed[1:]))
            numeric = list(rewrites)
            if parsed[0][1] is not None and any(parsed[0][1] in sides for sides in context.sides):
                rewrites = rewrites[1:]  # "rs+st+rt = ..." after "rs+st+rt = (a^2-81)/2": may use that equation
        elif len(parsed) == 2:
            numeric.append((parsed[0], parsed[1]))
            a, b = parsed[0][1], parsed[1][1]
            lone = a is not None and b is not None and (a.is_Symbol or b.is_Symbol)  # "set x = x + 1": a substitution
            if a is not None and b is not None and a.free_symbols and not (a - b).free_symbols and not lone and not _GIVES_UP.search(step):
                numeric.append(((parsed[0][0], a - b), (parsed[1][0], b - b)))  # "x - 14 - 7 = x - 21": symbols cancel
            if close and previous is not None and len(previous) == 2:
                for side in (0, 1):
                    shared, before, now = previous[side], previous[1 - side], parsed[1 - side]
                    same_text = (_show(shared[0]) == _show(parsed[side][0]) != ""
                                 and not _LONE_LETTER.match(shared[0]))
                    same_number = shared[1] is not None and shared[1] == parsed[side][1] and shared[1].is_number and abs(shared[1]) > 1
                    if same_number:
                        rewrites.append((before, now))  # "2000 = A" right before "2000 = B"
                    if same_text or same_number:
                        numeric.append((before, now))  # "Jojo's points = 251 - 239" right before "Jojo's points = 12"
            follows = not _GIVES_UP.search(step) and not _ALTERNATIVE.search(gap)
            near = close and previous is not None and len(previous) == 2 and _has_symbols(previous)
            earlier = previous if near else context.equation
            if not near and earlier is not None and len(earlier) == 2 and follows:
                rewrites.extend(_shared_side(earlier, parsed))
            if earlier is not None and len(earlier) == 2 and follows:
                offsets = _constant_offset(earlier, parsed)
            if earlier is not None and not rewrites and (near or context.age <= 1) and not _GIVES_UP.search(step):
                offsets.extend(_disjoint(earlier, parsed, gap, context.sides))
            if context.statement is not None and follows and not _EQUATION_WORDS.search(step):
                results.extend(_continued(context.statement, parsed, context.conditions))
        for (a_text, a), (b_text, b) in numeric:
            if a is not None and b is not None and not a.free_symbols and not b.free_symbols:
                result = _numeric(a, a_text, b, b_text, f"{_show(a_text)} = {_show(b_text)}", checked)
                if result is not None:
                    results.append(result)
        for (a_text, a), (b_text, b) in rewrites:
            if a is None or b is None or a.is_Symbol or b.is_Symbol or not a.free_symbols:
                continue
            if a.free_symbols != b.free_symbols:
                continue
            text = f"{_show(a_text)} = {_show(b_text)}"
            verdict = same_expression(a, b)
            if verdict is True:
                results.append(ClaimResult("algebra", text, "verified"))
            elif verdict is False and _uses_condition(a - b, context.conditions):
                results.append(ClaimResult("algebra", text, "unchecked", reason="agrees once an earlier equation is used"))
            elif verdict is False:
                results.append(ClaimResult("algebra", text, "refuted",
                                           correct=f"the two sides differ as expressions (e.g. {_witness(a, b)})"))
        if len(parsed) == 2 and parsed[0][1] is not None and parsed[1][1] is not None:
            condition = parsed[0][1] - parsed[1][1]
            if condition.free_symbols:
                context.conditions = (context.conditions + [condition])[-_MAX_CONDITIONS:]
                context.sides = (context.sides + [(parsed[0][1], parsed[1][1])])[-_MAX_CONDITIONS:]
                if equation is not None and _SIMPLIFIES.search(gap[-60:]) and not _ANOTHER.search(gap):
                    result = _equivalent(equation, condition, text=f"{_show(members[0])} = {_show(members[1])}")
                    if result is not None:
                        results.append(result)
                        offsets = []  # the restatement check already compared the two
                equation = (condition, f"{_show(members[0])} = {_show(members[1])}")
            else:
                equation = None
        else:
            equation = None
        results.extend(offsets)
        previous = context.statement = parsed
        if len(parsed) >= 2 and _has_symbols(parsed):
            context.equation, context.age = parsed, 0
    results.extend(_unequal(step))
    return results


def _has_symbols(statement: list[tuple[str, Any]]) -> bool:
    return any(value is not None and value.free_symbols for _, value in statement)


def _shared_side(earlier: list[tuple[str, Any]], parsed: list[tuple[str, Any]]) -> list[tuple]:
    """"8(8^x) = 2^{61}", some prose, then "2^3 \\cdot 2^x = 2^{61}": the same number on one side, so the other
    sides must be one expression. Only in one unknown: in two, equations sharing a value are usually a system."""
    pairs = []
    for side in (0, 1):
        shared, before, now = earlier[side], earlier[1 - side], parsed[1 - side]
        if (shared[1] is not None and shared[1].is_number and shared[1] == parsed[side][1] and abs(shared[1]) > 1
                and before[1] is not None and now[1] is not None and len(before[1].free_symbols) == 1):
            pairs.append((before, now))
    return pairs


def _constant_offset(earlier: list[tuple[str, Any]], parsed: list[tuple[str, Any]]) -> list[ClaimResult]:
    """Two equations in the same two or more unknowns whose `lhs - rhs` differ by a nonzero constant cannot
    both hold: "(x^2 + 4x) + y^2 + 5 = 0" then "x^2 + 4x + 4 + y^2 + 5 - 4 - 5 = 0" lost a term."""
    if any(value is None for _, value in earlier + parsed) or any(_LONE_LETTER.match(text) for text, _ in earlier + parsed):
        return []
    old, new = earlier[0][1] - earlier[1][1], parsed[0][1] - parsed[1][1]
    if len(old.free_symbols) < 2 or old.free_symbols != new.free_symbols:
        return []
    for sign in (1, -1):
        offset = _constant_value(new - sign * old)
        if offset is not None and offset != 0:
            text = f"{_show(parsed[0][0])} = {_show(parsed[1][0])}"
            return [ClaimResult("algebra", f"{text} restates {_show(earlier[0][0])} = {_show(earlier[1][0])}", "refuted",
                                correct=f"the two equations differ by the constant {format_number(offset)}, so not both hold")]
    return []


def _disjoint(earlier: list[tuple[str, Any]], parsed: list[tuple[str, Any]], gap: str,
              sides: list[tuple[Any, Any]]) -> list[ClaimResult]:
    """The ends of the last equation and this one, in the same one unknown, must share a real solution
    (`roots.py`); not after prose that opens a case or names a new quantity, nor for "x = 5" (a value, reused).
    Called only when no rewrite already compares the two (a shared number side)."""
    ends = [earlier[0], earlier[-1], parsed[0], parsed[-1]]
    if (any(value is None for _, value in ends) or any(_LONE_LETTER.match(text) for text, _ in ends)
            or _NEW_QUANTITY.search(_OPENING.sub("", gap))):
        return []
    if {ends[0][1], ends[1][1]} & {value for _, value in ends[2:] if value.free_symbols}:
        return []  # "x^2 + 3x = 4" then "x^2 + 3x = 10": one expression set to values in turn
    shown = [_show(text).rstrip(".,;:") for text, _ in ends]
    return disjoint_solutions((ends[0][1], ends[1][1], f"{shown[0]} = {shown[1]}"),
                              (ends[2][1], ends[3][1], f"{shown[2]} = {shown[3]}"), sides)


def _continued(last: list[tuple[str, Any]], parsed: list[tuple[str, Any]], conditions: list[Any]) -> list[ClaimResult]:
    """"A = T" rewrote A into T; a next line "T = B" goes on rewriting, so B must be T
    ("x^2 + (10x - 2x^2) + ... = x^2 - 2x^2 + x^2 + 10x - 10x + 25", then "x^2 - 2x^2 + ... + 25 = x^2")."""
    if len(last) < 2 or len(parsed) < 2:
        return []
    (rewritten_text, rewritten), (last_text, last_value), (new_text, new) = last[-2], last[-1], parsed[1]
    if (_show(last_text) != _show(parsed[0][0]) or not _show(last_text) or rewritten is None or last_value is None
            or new is None or not new.free_symbols or same_expression(rewritten, last_value) is not True):
        return []
    if not {s.name for s in new.free_symbols} <= _written_symbols(last_text):
        return []
    if same_expression(last_value, new) is False and not _uses_condition(last_value - new, conditions):
        return [ClaimResult("algebra", f"{_show(last_text)} = {_show(new_text)}", "refuted",
                            correct=f"it continues the rewrite {_show(rewritten_text)} = {_show(last_text)}, "
                                    f"but the two differ (e.g. {_witness(last_value, new)})")]
    return []


def _written_symbols(text: str) -> set[str]:
    """The letters and subscripted letters a member is written with, even those that cancel out."""
    names = {m.group(1) + "_" + re.sub(r"\s+", "", m.group(2) or m.group(3)) for m in _SUBSCRIPTED.finditer(text)}
    return names | set(re.findall(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])", _SUBSCRIPTED.sub(" ", text)))


def _constant_value(expression: Any) -> float | None:
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


def _unequal(step: str) -> list[ClaimResult]:
    """"3 + 4 \\ne 7": a claim that two numbers differ, refuted when they are the same number."""
    results = []
    for match in _SPAN.finditer(step[:20_000]):
        body = next(g for g in match.groups() if g is not None)
        for claim in _UNEQUAL.finditer(body):
            left, right = _UNEQUAL_END.split(claim.group(1))[-1], _UNEQUAL_END.split(claim.group(2))[0]
            a, b = parse_member(left), parse_member(right)
            if a is None or b is None or a.free_symbols or b.free_symbols:
                continue
            if same_expression(a, b) is True:
                results.append(ClaimResult("arithmetic", f"{_show(left)} ≠ {_show(right)}", "refuted",
                                           correct=f"both sides are {format_number(_as_number(a))}"))
    return results


def _as_number(value: Any) -> Any:
    return Fraction(int(value.p), int(value.q)) if value.is_Rational else float(value)


def _equivalent(before: tuple[Any, str], after: Any, text: str) -> ClaimResult | None:
    """"Simplifying, we get E2" after E1: E2 must be E1 with its sides rewritten, so the numerators of
    lhs - rhs (over a common denominator) differ by a constant factor.

    E2 may lose unknowns of E1 ("35k + A = 33k + B" -> "A = B" lost k): then the factor may hold only the lost
    ones (dividing "2g^2 b = 12g^2" by 2g^2 gives "b = 6"); right after a substitution ("a = c") E1 is not compared."""
    import sympy

    lost = before[0].free_symbols - after.free_symbols
    if not after.free_symbols <= before[0].free_symbols or (lost and _substitution(before[1])):
        return None
    try:
        ratio = sympy.cancel(sympy.fraction(sympy.together(before[0]))[0] / sympy.fraction(sympy.together(after))[0])
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError, sympy.PolynomialError):
        return None
    claim = f"{text} restates {before[1]}"
    if lost and ratio != 0 and ratio.free_symbols and not ratio.free_symbols & after.free_symbols:
        return ClaimResult("algebra", claim, "unchecked", reason="divided by a factor in the unknowns it lost")
    if not ratio.free_symbols and ratio != 0:
        return ClaimResult("algebra", claim, "verified")
    return ClaimResult("algebra", claim, "refuted", correct="it is a different equation (lhs - rhs is not a constant multiple)")


def _substitution(equation: str) -> bool:
    """"a = c", "x_1 = 2y": an equation that gives one unknown, which the next line may substitute."""
    return any(_LONE_LETTER.match(side.strip().rstrip(".")) for side in equation.split("="))


def _uses_condition(difference: Any, conditions: list[Any]) -> bool:
    """Does `difference` vanish once an earlier equation, solved for a symbol it holds linearly, is substituted?
    ("(x+y)^2 - 2xy = 10^2 - 2xy" after "x + y = 10" substitutes; it does not rewrite wrongly.)"""
    import sympy

    for condition in reversed(conditions):
        for symbol in condition.free_symbols & difference.free_symbols:
            try:
                slope = sympy.diff(condition, symbol)
                if symbol in slope.free_symbols or slope == 0:
                    continue  # not linear in this symbol
                value = -condition.subs(symbol, 0) / slope
                if same_expression(difference.subs(symbol, value), sympy.Integer(0)) is True:
                    return True
            except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
                continue
    return False


@dataclass
class Context:
    """What a trace has written so far: the last displayed expression standing alone (no relation) and
    the equations with symbols (as `lhs - rhs`), which a later rewrite may use as a condition."""

    last: tuple[str, Any] | None = None
    conditions: list[Any] = field(default_factory=list)
    functions: dict[str, Definition] = field(default_factory=dict)  # the problem's f(x) = ..., see definitions.py
    statement: list[tuple[str, Any]] | None = None  # the last statement, parsed: a next line may continue it
    equation: list[tuple[str, Any]] | None = None  # the last statement with symbols and two or more members
    sides: list[tuple[Any, Any]] = field(default_factory=list)  # the two sides of each of those equations
    letters: frozenset[str] = frozenset()  # the problem's one-letter variables: "qab" is a product
    condition: Condition | None = None  # the problem's one condition, which listed solutions must meet
    age: int = 0  # texts checked since `equation` was set: an equation two steps back may be about something else

    @classmethod
    def for_problem(cls, problem: str) -> "Context":
        """What the problem gives before any step: its functions, variables and condition."""
        return cls(functions=function_definitions(problem), letters=declared_letters(problem),
                   condition=problem_condition(problem))


def declared_letters(problem: str) -> frozenset[str]:
    """Lower-case letters the problem writes alone in math ("Let $q$ be", "$a, b, c$"), less e and i (constants)
    and any it calls ("p(x)")."""
    found = set()
    for match in _LETTER_LIST.finditer(problem[:20_000]):
        found |= set(re.findall(r"[a-z]", match.group(1) or match.group(2)))
    called = set(re.findall(r"(?<![A-Za-z\\])([a-z])\s*\(", problem[:20_000]))
    return frozenset(found - called - {"e", "i"})


def check_displays(context: Context, step: str) -> list[ClaimResult]:
    """A displayed expression that a rewrite verb ("combine", "simplify", ...) introduces right after
    another displayed expression claims the two are equal: `$$\\sqrt{3\\cdot(2\\cdot3)}$$ Combine: $$\\sqrt{2\\cdot3^2}$$`;
    so does an inline one that only a restating phrase follows ("\\( 2ab \\). This can be rewritten as \\( ... \\)").
    Numbers a step lists as the solutions must meet the problem's condition (`answers.py`)."""
    results = _inline_rewrites(context, step)
    if context.condition is not None:
        results.extend(check_listed(context.condition, step, context.letters))
    gap_start = 0
    for match in _DISPLAY.finditer(step[:20_000]):
        body = next(g for g in match.groups() if g is not None).strip().rstrip(".,")
        gap = step[gap_start:match.start()]
        gap_start = match.end()
        if re.search(r"[=<>≤≥≈]|\\(?:le|ge|neq|approx|quad|text)", body):
            context.last = None
            continue
        value = parse_member(body, context.letters)
        before, context.last = context.last, (body, value) if value is not None else None
        if value is None or before is None or not _REWRITE_VERB.search(gap) or len(gap) > 160:
            continue
        if before[1].free_symbols != value.free_symbols:
            continue
        text = f"{_show(before[0])} = {_show(body)}"
        if not value.free_symbols:
            result = _numeric(before[1], before[0], value, body, text, set())
            if result is not None:
                results.append(result)
            continue
        verdict = same_expression(before[1], value)
        if verdict is not None:
            results.append(ClaimResult("algebra", text, "verified" if verdict else "refuted",
                                       correct="" if verdict else f"the two differ (e.g. {_witness(before[1], value)})"))
    return results


def _inline_rewrites(context: Context, step: str) -> list[ClaimResult]:
    """Two inline expressions with only a restating phrase between them ("can be rewritten as", "simplifies to",
    "is equivalent to") are one expression written twice."""
    results = []
    spans = [m for m in _INLINE.finditer(step[:20_000]) if not _LONE_LETTER.match(next(g for g in m.groups() if g))]
    for first, second in zip(spans, spans[1:]):
        gap = step[first.end():second.start()]
        sentences = re.split(r"(?<=\.)\s+", gap)
        # "\( qab \), where \( a \) and \( b \) are ... . This can be rewritten as": letters named between
        if not _RESTATED.match(gap) and not (len(sentences) == 2 and re.match(r"(?:this|it)\b", sentences[1], re.I)
                                             and _RESTATED.match(sentences[1]) and len(gap) <= 160):
            continue
        texts = [next(g for g in m.groups() if g is not None).strip().rstrip(".,") for m in (first, second)]
        if any(re.search(r"[=<>≤≥≈]|\\(?:le|ge|neq|approx|quad|text)", t) or _LONE_LETTER.match(t) for t in texts):
            continue
        a, b = (parse_member(expand_calls(t, context.functions), context.letters) for t in texts)
        if a is None or b is None or a.free_symbols != b.free_symbols:
            continue
        text = f"{_show(texts[0])} = {_show(texts[1])}"
        if not a.free_symbols:
            result = _numeric(a, texts[0], b, texts[1], text, set())
            if result is not None:
                results.append(result)
            continue
        verdict = same_expression(a, b)
        if verdict is not None:
            results.append(ClaimResult("algebra", text, "verified" if verdict else "refuted",
                                       correct="" if verdict else f"the two differ (e.g. {_witness(a, b)})"))
    return results


def _numeric(a: Any, a_text: str, b: Any, b_text: str, text: str, checked: set[frozenset]) -> ClaimResult | None:
    """A numeric equation ("\\binom{5}{2} = 10", "8 = 4b - 4b"): exact for rationals, rounding-aware otherwise."""
    import sympy

    if _BARE_NUMBER.match(a_text) and _BARE_NUMBER.match(b_text):
        return None  # "0 = 5": a contradiction the trace states on purpose
    try:
        values = [v if v.is_Rational else sympy.N(v, 30) for v in (a, b)]
        if not all(v.is_real for v in values):
            return None
        if any(v.is_Rational and max(len(str(abs(v.p))), len(str(v.q))) > _MAX_DIGITS for v in values):
            return None  # too large to check
        numbers = [Fraction(int(v.p), int(v.q)) if v.is_Rational else float(v) for v in values]
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return None
    if frozenset(numbers) in checked:
        return None
    written = b_text if _operations(b_text) <= _operations(a_text) else a_text
    decimals = max((len(d) for d in re.findall(r"\d\.(\d+)", written)), default=0)
    approximate = "." in a_text + b_text or any(not v.is_Rational for v in values)
    try:
        outcome = compare(numbers[0], numbers[1], decimals=decimals, approximate=approximate)
    except (OverflowError, ValueError, ArithmeticError):
        return None
    if outcome.verdict == "refuted":
        return ClaimResult("arithmetic", text, "refuted", correct=f"{format_number(numbers[0])} ≠ {format_number(numbers[1])}")
    return ClaimResult("arithmetic", text, outcome.verdict, reason=outcome.reason)


def _operations(text: str) -> int:
    return len(re.findall(r"[-+*/^]|\\(?:frac|sqrt|times|cdot|div|binom)", text.lstrip("-")))


def _show(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _witness(a: Any, b: Any) -> str:
    import sympy

    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    point = {s: sympy.Integer(2 + i) for i, s in enumerate(symbols)}
    try:
        shown = ", ".join(f"{s} = {v}" for s, v in point.items())
        return f"at {shown}: {sympy.nsimplify(a.subs(point))} vs {sympy.nsimplify(b.subs(point))}"
    except (TypeError, ValueError, ArithmeticError, AttributeError, RecursionError):
        return "at a random point"
