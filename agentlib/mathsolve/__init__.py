"""agentlib.mathsolve: math from text in any language, solved exactly, explained step by step, checked.

`solve_math(problem, level=..., backend=None, deadline_s=...)` reads the math in a request (plain notation,
Unicode or LaTeX inside English, Korean or other text), decides what is asked from its words and symbols,
computes the answer with SymPy in the sandbox worker, shows a worked solution whose displayed steps are
checked, and verifies the final answer independently. `practice(topic, ...)` generates exercises whose
answers SymPy re-verifies. Word problems without a formula need a model (`backend`), whose solution is
checked with `agentlib.check_trace`.

Named `mathsolve`, not `math`, so that it never shadows the standard library's `math` in a reader's mind.
"""

from agentlib.mathsolve.request import MathRequest
from agentlib.mathsolve.result import MathResult, MathStep

__all__ = ["MathRequest", "MathResult", "MathStep"]
