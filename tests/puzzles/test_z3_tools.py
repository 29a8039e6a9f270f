"""Z3 tools through the sandbox: results, certification flags, typed errors, honoured timeouts."""

import time

import pytest

from agentlib.sandbox import ToolInputError
from agentlib.tools.z3_tools import TOOLS, z3_check, z3_entails, z3_optimize, z3_prove, z3_unique, z3_unsat_core

SPEC = {"variables": {"a": "Bool", "b": "Bool", "n": "Int"},
        "constraints": [{"label": "one", "expr": "a <-> not b"}, {"label": "two", "expr": "b -> a"},
                        {"label": "three", "expr": "n > 2 and n < 5"}]}


def test_operations_and_certification_flags():
    assert z3_check(SPEC) == {"status": "sat", "reason": "", "certifies": False}
    unique = z3_unique(SPEC, ["a", "b"])
    assert unique["status"] == "unique" and unique["values"] == {"a": True, "b": False} and unique["certifies"]
    assert z3_prove(SPEC, "a")["certifies"] is True
    invalid = z3_prove(SPEC, "n == 3")
    assert invalid["status"] == "invalid" and invalid["counterexample"]["n"] == 4 and not invalid["certifies"]
    assert z3_entails(SPEC, "not b")["status"] == "true"
    assert z3_optimize(SPEC, "n", "max")["value"] == 4
    core = z3_unsat_core({**SPEC, "constraints": SPEC["constraints"] + [{"label": "four", "expr": "b"}]})
    assert core["status"] == "unsat" and core["core"] == ["one", "two", "four"] and core["certifies"]


def test_bad_spec_is_a_typed_error_for_the_model():
    with pytest.raises(ToolInputError) as error:
        z3_check({"variables": {"a": "Bool"}, "constraints": [{"label": "x", "expr": "a and zz"}]})
    assert "[x] unknown name 'zz'" in str(error.value)


def test_z3_timeout_is_honoured_within_the_sandbox_backstop():
    # sums of three cubes: nonlinear integer arithmetic that Z3 cannot settle
    hard = {"variables": {"x": "Int", "y": "Int", "z": "Int"},
            "constraints": [{"label": "cubes", "expr": "x*x*x + y*y*y + z*z*z == 114 and x > 1000"}]}
    z3_check(SPEC)  # warm worker
    timeout = 1.0
    start = time.monotonic()
    try:
        result = z3_check(hard, timeout_s=timeout)
        assert result["status"] == "unknown"
    except Exception as error:  # the sandbox deadline (timeout + 1 s) is the backstop
        assert type(error).__name__ == "ToolTimeout"
    assert time.monotonic() - start < timeout + 2.0  # Z3's own timeout, else the sandbox deadline (timeout + 1 s)


def test_every_tool_has_a_docstring_with_args():
    for name, function in TOOLS.items():
        assert function.__doc__ and "Args:" in function.__doc__, name
