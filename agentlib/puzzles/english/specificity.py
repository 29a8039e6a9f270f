"""Priority between defaults by specificity: a default about a subclass beats one about the class above it.

"Animals normally do not fly. Birds are animals. Birds normally fly. Penguins are birds. Penguins normally do not
fly." For a bird the two first defaults conflict; the text says birds are animals, so the default about birds is
the more specific one and wins (Tweety flies), and for a penguin the default about penguins wins over both. This
is the inheritance reading of Lifschitz's benchmark problems (group B, "Benchmark problems for formal
nonmonotonic reasoning", 1989) that LogicBench's "reasoning about exceptions" items follow: a default applies to
an individual unless a more specific default or a stated fact about that individual contradicts it.

`heights(inclusions, classes)` gives each default's class its height: 0 for a class with no class of a default
below it, else one more than the highest such class. `defaults.decide` takes lower ranks first, so a default's rank
grows with its height: the most specific default is taken first and the general one yields where they conflict.
Defaults about unrelated classes (Quakers / Republicans) keep one rank, so where they conflict nothing follows.

Left out: a subclass said only by a fact about an individual ("Tweety is a bird and an animal"), and inclusions
read from anything but a plain rule "Xs are Ys".
"""

from __future__ import annotations

from collections.abc import Iterable


def _below(inclusions: set[tuple[int, int]]) -> dict[int, set[int]]:
    """class -> every class included in it (through chains of inclusions), itself left out."""
    parents: dict[int, set[int]] = {}
    for sub, sup in inclusions:
        if sub != sup:
            parents.setdefault(sub, set()).add(sup)
    below: dict[int, set[int]] = {}
    for start in parents:
        seen: set[int] = set()
        frontier = [start]
        while frontier:
            for sup in parents.get(frontier.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    frontier.append(sup)
        for sup in seen - {start}:
            below.setdefault(sup, set()).add(start)
    return below


def heights(inclusions: Iterable[tuple[int, int]], classes: Iterable[int]) -> dict[int, int]:
    """Each class of `classes` (the antecedents of defaults) -> its height among them; `inclusions` are (subclass,
    class) pairs read from rules. Two classes each included in the other are one class and add no height."""
    below = _below(set(inclusions))
    wanted = set(classes)
    out: dict[int, int] = {}

    def height(c: int, path: frozenset[int]) -> int:
        if c in out:
            return out[c]
        strictly = [d for d in below.get(c, ()) if d in wanted and c not in below.get(d, ()) and d not in path]
        value = max((height(d, path | {c}) + 1 for d in strictly), default=0)
        out[c] = value
        return value

    for c in wanted:
        height(c, frozenset())
    return out
