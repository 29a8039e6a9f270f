"""The notation reader against expressions whose meaning is known: hypothesis builds an expression tree,
renders it as a person would write it (plain with implicit products, Unicode, or LaTeX), and the reading
must be exactly the tree's SymPy value. This is what catches a reading that is plausible but wrong
(√50 read as √5·0 once passed every other test)."""

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.tools.notation import to_plain
from agentlib.tools.safe_math import parse_expression

x, y = sp.symbols("x y")
VARIABLES = {"x": x, "y": y}


@st.composite
def trees(draw, depth=0):
    """(kind, children...) with kinds: num, var, add, sub, mul, div, pow, sqrt, sin, neg."""
    if depth >= 3 or draw(st.booleans()) and depth > 0:
        if draw(st.booleans()):
            return ("num", draw(st.integers(1, 60)))
        return ("var", draw(st.sampled_from(["x", "y"])))
    kind = draw(st.sampled_from(["add", "sub", "mul", "div", "pow", "sqrt", "sin", "neg"]))
    if kind == "pow":
        return ("pow", draw(trees(depth=depth + 1)), draw(st.integers(2, 5)))
    if kind in ("sqrt", "sin", "neg"):
        return (kind, draw(trees(depth=depth + 1)))
    return (kind, draw(trees(depth=depth + 1)), draw(trees(depth=depth + 1)))


def value(tree):
    kind = tree[0]
    if kind == "num":
        return sp.Integer(tree[1])
    if kind == "var":
        return VARIABLES[tree[1]]
    if kind == "pow":
        return value(tree[1]) ** tree[2]
    if kind == "sqrt":
        return sp.sqrt(value(tree[1]))
    if kind == "sin":
        return sp.sin(value(tree[1]))
    if kind == "neg":
        return -value(tree[1])
    a, b = value(tree[1]), value(tree[2])
    return {"add": a + b, "sub": a - b, "mul": a * b, "div": a / b}[kind]


def plain(tree, unicode=False):
    """Plain human notation: parentheses around every compound operand, implicit products where natural."""
    kind = tree[0]
    if kind == "num":
        return str(tree[1])
    if kind == "var":
        return tree[1]
    if kind == "pow":
        base = plain(tree[1], unicode)
        base = base if tree[1][0] in ("num", "var") else f"({base})"
        return base + ("²³⁴⁵"[tree[2] - 2] if unicode else f"^{tree[2]}")
    if kind == "sqrt":
        return ("√" if unicode else "sqrt") + f"({plain(tree[1], unicode)})"
    if kind == "sin":
        return f"sin({plain(tree[1], unicode)})"
    if kind == "neg":
        return f"-({plain(tree[1], unicode)})"
    a, b = f"({plain(tree[1], unicode)})", f"({plain(tree[2], unicode)})"
    if kind == "mul":
        if tree[1][0] == "num" and tree[2][0] == "var":
            return f"{tree[1][1]}{tree[2][1]}"  # 3x
        return a + ("·" if unicode else " ") + b if kind == "mul" and unicode else a + b  # (a)(b)
    return a + {"add": " + ", "sub": " - ", "div": " / "}[kind] + b


def latex(tree):
    kind = tree[0]
    if kind == "num":
        return str(tree[1])
    if kind == "var":
        return tree[1]
    if kind == "pow":
        base = latex(tree[1])
        return (base if tree[1][0] in ("num", "var") else rf"\left({base}\right)") + f"^{{{tree[2]}}}"
    if kind == "sqrt":
        return rf"\sqrt{{{latex(tree[1])}}}"
    if kind == "sin":
        return rf"\sin\left({latex(tree[1])}\right)"
    if kind == "neg":
        return rf"-\left({latex(tree[1])}\right)"
    a, b = latex(tree[1]), latex(tree[2])
    if kind == "div":
        return rf"\frac{{{a}}}{{{b}}}"
    if kind == "mul":
        return rf"\left({a}\right) \cdot \left({b}\right)"
    return rf"\left({a}\right) {'+' if kind == 'add' else '-'} \left({b}\right)"


def read(text):
    return parse_expression(to_plain(text), calculus=True)


def _zero_division(tree):
    """Some division in the tree is by zero (the parser refuses those; they have no value to compare)."""
    if tree[0] in ("num", "var"):
        return False
    children = [t for t in tree[1:] if isinstance(t, tuple)]
    if tree[0] == "div" and sp.simplify(value(tree[2])) == 0:
        return True
    return any(_zero_division(t) for t in children) or value(tree).has(sp.zoo, sp.nan)


@settings(max_examples=200, deadline=None)
@given(trees())
def test_plain_notation_reads_exactly(tree):
    if _zero_division(tree):
        return
    assert sp.simplify(read(plain(tree)) - value(tree)) == 0, plain(tree)


@settings(max_examples=150, deadline=None)
@given(trees())
def test_unicode_notation_reads_exactly(tree):
    if _zero_division(tree):
        return
    assert sp.simplify(read(plain(tree, unicode=True)) - value(tree)) == 0, plain(tree, unicode=True)


@settings(max_examples=200, deadline=None)
@given(trees())
def test_latex_reads_exactly(tree):
    if _zero_division(tree):
        return
    assert sp.simplify(read(latex(tree)) - value(tree)) == 0, latex(tree)


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 999), st.sampled_from(["√{n}", "\\sqrt{{{n}}}", "sqrt({n})", "√({n})"]))
def test_square_roots_of_whole_numbers(n, template):
    assert read(template.format(n=n)) == sp.sqrt(n)
