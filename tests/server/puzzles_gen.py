"""Knights-and-knaves puzzles made on the fly (fresh names and statements for each seed), for server tests."""

from __future__ import annotations

import random

NAMES = ["Ada", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lu", "Max", "Ned", "Oz", "Pia"]


def puzzle(seed: int, people: int = 4) -> str:
    rng = random.Random(seed)
    names = rng.sample(NAMES, people)
    statements = []
    for i, speaker in enumerate(names):
        other = names[(i + 1) % people]
        third = names[(i + 2) % people]
        form = rng.randrange(3)
        if form == 0:
            claim = f"{other} is a {rng.choice(['knight', 'knave'])}"
        elif form == 1:
            claim = f"{other} is a knight and {third} is a knave"
        else:
            claim = f"{other} is a knave or {third} is a knight"
        statements.append(f'{speaker} said, "{claim}".')
    listed = ", ".join(names[:-1]) + f", and {names[-1]}"
    return (
        "A very special island is inhabited only by knights and knaves. Knights always tell the truth, and "
        f"knaves always lie. You meet {people} inhabitants: {listed}. "
        + " ".join(statements)
        + " So who is a knight and who is a knave?"
    )
