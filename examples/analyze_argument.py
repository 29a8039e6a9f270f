"""Judge arguments written in plain English: valid with Z3's proof, or invalid with a counter-model.

    python examples/analyze_argument.py

Each analysis names the premises, the conclusion and the form (modus ponens, a categorical mood, ...);
an invalid argument gets the fallacy's name and a world in which every premise is true and the
conclusion false. A sentence the grammar does not read makes the analysis abstain, quoting it.
"""

from agentlib import analyze, solve

ARGUMENTS = [
    "If it rains, the ground is wet. The ground is wet. Therefore it rained.",
    "All men are mortal. Socrates is a man. Therefore, Socrates is mortal.",
    "All cats are mammals. All dogs are mammals. So all cats are dogs.",
]

for text in ARGUMENTS:
    print(f"== {text}")
    print(analyze(text).render())
    print()

# The same grammar answers questions about everyday puzzles.
for puzzle in ["Alice is taller than Bob. Bob is taller than Carol. Who is the shortest?",
               "Three friends, Amy, Ben and Cal, each have a different pet: a cat, a dog and a fish. "
               "Amy does not have the dog. Ben has the cat. Who has the fish?"]:
    print(f"== {puzzle}")
    print(solve(puzzle).render())
    print()
