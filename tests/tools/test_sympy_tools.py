"""SymPy tools through the sandbox: exact results, typed errors, catalogue and schemas."""

import subprocess
import sys

import pytest

from agentlib.sandbox import ToolInputError
from agentlib.errors import InputError
from agentlib.tools import sympy_tools as st
from agentlib.tools.catalog import builtin_tools


def test_simplify():
    assert st.simplify("(x**2 - 1)/(x - 1)")["result"] == "x + 1"
    assert st.simplify("sin(x)^2 + cos(x)^2")["result"] == "1"
    assert st.simplify("2*x = x + 3")["result"] == "Eq(2*x, x + 3)"


def test_solve_equation_system_and_inequality():
    assert st.solve(["x + y = 3", "x - y = 1"])["solutions"] == [{"x": "2", "y": "1"}]
    roots = st.solve(["x**2 - 5*x + 6"], ["x"])
    assert sorted(s["x"] for s in roots["solutions"]) == ["2", "3"] and roots["count"] == 2
    assert st.solve(["x**2 < 4"])["solution"] == "(-2 < x) & (x < 2)"
    # regression: a chained inequality parsed as And(...) was reduced to False
    assert st.solve(["1 < 2*x < 3"])["solution"] == "(1/2 < x) & (x < 3/2)"
    assert st.solve(["x**2 = 2", "x > 0"])["solution"] == "Eq(x, sqrt(2))"
    assert st.solve(["x**2 = -1"], ["x"])["count"] == 2  # complex roots are reported
    assert st.solve(["x = x + 1"])["solutions"] == []


def test_check_equal():
    assert st.check_equal("(a + b)**2", "a**2 + 2*a*b + b**2") == {"status": "equal", "method": "symbolic",
                                                                    "certifies": True}
    different = st.check_equal("(a + b)**2", "a**2 + b**2")
    assert different["status"] == "not_equal" and different["certifies"] is True
    point = different["counterexample"]
    assert set(point) == {"a", "b"}
    assert st.check_equal("1/3", "0.3333")["status"] == "not_equal"
    # symbols are complex: sqrt(x**2) is not x, and the counterexample is a negative x
    branch = st.check_equal("sqrt(x**2)", "x")
    assert branch["status"] == "not_equal" and branch["counterexample"]["x"].startswith("-")
    assert st.check_equal("0.1 + 0.2", "3/10")["status"] == "equal"  # decimals are exact rationals


def test_calculus():
    assert st.differentiate("x**3", "x")["result"] == "3*x**2"
    assert st.differentiate("x**3", order=3)["result"] == "6"
    assert st.integrate("x*exp(x)")["result"] == "(x - 1)*exp(x)"
    definite = st.integrate("x**2", "x", "0", "3")
    assert definite["result"] == "9" and definite["numeric"].startswith("9.0")
    assert st.integrate("exp(-x^2)", "x", "-oo", "oo")["result"] == "sqrt(pi)"
    assert st.limit("sin(x)/x", "x", "0")["result"] == "1"
    assert st.limit("1/x", "x", "0", "+")["result"] == "oo"
    assert st.limit("(1 + 1/n)**n", "n", "oo")["result"] == "E"
    assert st.series("exp(x)", order=4)["polynomial"] == "x**3/6 + x**2/2 + x + 1"


def test_matrix_operations():
    fib = [["1", "1"], ["1", "0"]]
    assert st.matrix("power", fib, exponent=10)["result"] == [["89", "55"], ["55", "34"]]
    assert st.matrix("determinant", [["a", "b"], ["c", "d"]])["result"] == "a*d - b*c"
    assert st.matrix("inverse", [["1", "2"], ["3", "4"]])["result"] == [["-2", "1"], ["3/2", "-1/2"]]
    assert st.matrix("eigenvalues", [["2", "1"], ["1", "2"]])["eigenvalues"] == {"1": 1, "3": 1}
    assert st.matrix("rank", [["1", "2"], ["2", "4"]])["result"] == 1
    assert st.matrix("multiply", [["1", "2"]], other=[["3"], ["4"]])["result"] == [["11"]]


def test_evaluate():
    assert st.evaluate("sqrt(2)", 20)["result"] == "1.4142135623730950488"
    result = st.evaluate("x**2 + y", substitutions={"x": "3/2", "y": "1"})
    assert result["float"] == 3.25


@pytest.mark.parametrize("call, fragment", [
    (lambda: st.simplify("__import__('os')"), "not allowed"),
    (lambda: st.simplify("x.real"), "not allowed"),
    (lambda: st.simplify("10**10**10"), "too large"),
    (lambda: st.simplify(""), "empty"),
    (lambda: st.solve([]), "non-empty"),
    (lambda: st.solve(["x < 1", "y > 2"]), "one variable"),
    (lambda: st.differentiate("x*y"), "name the variable"),
    (lambda: st.differentiate("x", "x", 0), "order must be"),
    (lambda: st.differentiate("x", "sin(x)"), "plain name"),
    (lambda: st.integrate("x", "x", "0"), "both bounds"),
    (lambda: st.limit("x", "x", "0", "up"), "direction"),
    (lambda: st.series("exp(x)", "x", "0", 500), "order must be"),
    (lambda: st.matrix("inverse", [["1", "2"], ["2", "4"]]), "singular"),
    (lambda: st.matrix("power", [["1", "2"], ["3", "4"]], exponent=10**6), "exponent"),
    (lambda: st.matrix("determinant", [["1", "2"]]), "square"),
    (lambda: st.matrix("multiply", [["1", "2"]], other=[["1", "2"]]), "cannot multiply"),
    (lambda: st.matrix("trace", [["1"]]), "operation must be"),
    (lambda: st.matrix("rank", [["1"] * 9] * 9), "larger than"),
    (lambda: st.evaluate("x"), "no value given"),
    (lambda: st.evaluate("x", 1000), "precision"),
    (lambda: st.evaluate("x", substitutions={"__class__": "1"}), "not allowed"),
    (lambda: st.check_equal("x", "[1, 2]"), "single expression"),
])
def test_bad_input_comes_back_typed_with_a_message(call, fragment):
    with pytest.raises(ToolInputError) as caught:
        call()
    assert isinstance(caught.value, InputError)
    assert fragment in str(caught.value)


def test_catalogue_has_every_tool_with_a_schema():
    from agentlib.agent.tools import ToolSet

    tools = builtin_tools()
    for name in ("simplify", "solve", "check_equal", "differentiate", "integrate", "limit", "series", "matrix",
                 "evaluate", "graph"):
        assert name in tools
    toolset = ToolSet.of(tools)
    schema = toolset.tools["solve"].params.model_json_schema()
    assert schema["required"] == ["equations"]
    assert "x + y = 3" in schema["properties"]["equations"]["description"]


def test_importing_the_tools_does_not_import_sympy_z3_or_torch():
    code = ("import sys; import agentlib.tools.catalog, agentlib.tools.sympy_tools, agentlib.tools.graph_tools; "
            "print(sorted(m for m in ('sympy', 'z3', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]"
