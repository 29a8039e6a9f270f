"""A math tutor with checked steps, offline, with no model.

    python examples/math_tutor.py

Reads requests in English and Korean (plain notation, Unicode or LaTeX), answers with a worked solution at
the chosen level whose every displayed step SymPy checked, verifies each answer independently, and makes
practice problems whose answers are re-verified.
"""

from agentlib import practice, solve_math

REQUESTS = [
    ("2x^2 - 3x - 2 = 0을 풀어주세요", "beginner"),
    ("Find the derivative of x^2 sin x", "intermediate"),
    (r"$\int_0^1 x e^x \, dx$", "advanced"),
    ("행렬 [[2, 1], [1, 2]]의 고유값을 구하세요", "intermediate"),
]

for request, level in REQUESTS:
    result = solve_math(request, level=level)
    print(f"== {request}  ({level})")
    print(result.render())
    print()

print("== practice: quadratic equations")
for number, problem in enumerate(practice("quadratic", count=3, level="beginner", seed=1), 1):
    print(problem.render(number))
