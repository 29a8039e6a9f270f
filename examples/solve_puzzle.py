"""Solve logic puzzles with solver verification, offline, with no model.

    python examples/solve_puzzle.py

Each answer comes with its certificate: the solver facts that force it. A puzzle with no solution
or several is not answered; the verdict says why.
"""

from agentlib import solve

KNIGHTS = (
    "A very special island is inhabited only by knights and knaves. Knights always tell the truth, and knaves "
    "always lie. You meet 3 inhabitants: Riley, Owen, and Emily. Riley expressed that If Riley is a knight then "
    'Emily is a knight. Owen commented, "Emily is a knight". According to Emily, "Emily is a knight if and only if '
    'Riley is a knight". So who is a knight and who is a knave?'
)

ORDERING = """A fruit stand sells three fruits: peaches, pears, and mangoes. The mangoes are less expensive than the pears. The peaches are the cheapest.

Which of the following is true?
A) The peaches are the second-cheapest.
B) The pears are the most expensive.
C) The mangoes are the most expensive."""

PARADOX = (
    "An island is inhabited only by knights and knaves. You meet 2 inhabitants: Ann and Bob. "
    'Bob said, "Ann is a knight." Ann says, "I am a knave." So who is a knight and who is a knave?'
)

for title, puzzle in [("knights and knaves", KNIGHTS), ("ordering", ORDERING), ("a paradox", PARADOX)]:
    verdict = solve(puzzle)
    print(f"== {title} ({verdict.family})")
    print(verdict.render())
    print()
