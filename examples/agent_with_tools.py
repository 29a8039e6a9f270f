"""Embed the agentlib Agent as a library: a SymPy tool, a scripted (or real) model, a certified answer.

    python examples/agent_with_tools.py                       # offline, scripted model, ~1 s
    python examples/agent_with_tools.py --backend smollm2     # a real (small, imperfect) model
    python examples/agent_with_tools.py --trace run.jsonl     # keep the crash-safe trace

Prints the answer record as JSON; exits 0 when the answer is verified, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys

from agentlib.agent import Agent, Budget, ScriptedModel
from agentlib.errors import AgentlibError


def solve_equation(equation: str, variable: str = "x") -> dict:
    """Solve one equation exactly with SymPy and check every root by substitution.

    Args:
        equation: an equation such as "3*x + 4 = 19" (plain math, no code).
        variable: the unknown to solve for.
    """
    import sympy

    from agentlib.tools.safe_math import parse_equation

    symbol = sympy.Symbol(variable)
    relation = parse_equation(equation, symbols={variable: symbol})
    roots = sympy.solve(relation, symbol)
    checked = all(sympy.simplify(relation.lhs.subs(symbol, r) - relation.rhs.subs(symbol, r)) == 0 for r in roots)
    answer = ", ".join(f"{variable} = {r}" for r in roots)
    return {"answer": answer, "roots": [str(r) for r in roots], "certifies": bool(roots) and checked}


SCRIPT = [
    '{"steps": ["Solve the equation with solve_equation", "Report the root"]}',
    'The equation is linear; let the tool solve it.\n'
    '<tool_call>{"name": "solve_equation", "arguments": {"equation": "3*x + 4 = 19", "variable": "x"}}</tool_call>',
    '<answer cite="o5">x = 5</answer>',
]
TASK = "Solve 3*x + 4 = 19 for x."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", help="model spec for agentlib.backends.load_backend (default: scripted)")
    parser.add_argument("--trace", help="write the JSONL trace here (must not exist)")
    parser.add_argument("--task", default=TASK)
    args = parser.parse_args(argv)
    try:
        if args.backend:
            from agentlib.backends import load_backend

            model = load_backend(args.backend)
        else:
            model = ScriptedModel(SCRIPT)
        budget = Budget(max_steps=4, max_new_tokens=160)
        agent = Agent(model, tools=[solve_equation], skills=False, budget=budget, trace_path=args.trace)
        result = agent.run(args.task)
    except AgentlibError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(json.dumps(result.answer.model_dump(mode="json"), indent=2))
    return 0 if result.verified else 1


if __name__ == "__main__":
    sys.exit(main())
