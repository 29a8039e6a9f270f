"""`python -m agentlib.evals.logicbench_rewordings --data DIR`: which right answers on LogicBench's tuning half survive
a rewording that keeps the answer (`rewordings.py`), a direct measure of how the reader generalises to new wording.

Every tuning item the reader answers right is reworded each way that applies and asked again. Prints, per rewording:
items it applied to, still right, abstained, wrong (and of the wrong, how many say "yes" where gold is "no"); then
the totals. `--show` prints each flip (context, question, gold, answer). The blind half is refused: its items are
read only by `agentlib eval logicbench`, and only for aggregates.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from agentlib.errors import InputError
from agentlib.evals.logicbench import BQAItem, load, predict
from agentlib.evals.rewordings import REWORDINGS
from agentlib.evals.split import select_half
from agentlib.limits import SOLVE_DEADLINE_S


def survival(items: list[BQAItem], deadline_s: float, show: bool = False) -> dict[str, Counter[str]]:
    """Per rewording: "applied", "right", "abstained", "wrong", "wrong yes" counts over the items answered right."""
    table: dict[str, Counter[str]] = {name: Counter() for name in REWORDINGS}
    for item in items:
        if predict(item, deadline_s)[0] != item.answer:
            continue
        for name, reword in REWORDINGS.items():
            pair = reword(item.context, item.question)
            if pair is None:
                continue
            answer, reason = predict(BQAItem(item.id, pair[0], pair[1], item.answer, item.logic_type, item.axiom),
                                     deadline_s)
            outcome = "right" if answer == item.answer else ("abstained" if answer is None else "wrong")
            table[name].update(["applied", outcome] + (["wrong yes"] if answer == "yes" != item.answer else []))
            if show and outcome != "right":
                print(f"--- {name}: {item.id} gold {item.answer}, got {answer}\n{pair[0]}\nQ: {pair[1]}\n"
                      f"({reason[:200]})", flush=True)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agentlib.evals.logicbench_rewordings")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", action="store_true", help="print every flip (tuning half only)")
    parser.add_argument("--half", default="tuning", choices=["tuning"],
                        help="the tuning half only: blind items are not to be read item by item")
    args = parser.parse_args(argv)
    try:
        items = select_half(load(args.data), args.half, key=lambda item: item.context)[: args.limit]
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    table = survival(items, SOLVE_DEADLINE_S, show=args.show)
    total: Counter[str] = Counter()
    print(f"{'rewording':<20} applied  right  abstained  wrong  (wrong yes)")
    for name, counts in table.items():
        total.update(counts)
        print(f"{name:<20} {counts['applied']:>7} {counts['right']:>6} {counts['abstained']:>10} {counts['wrong']:>6}"
              f"  ({counts['wrong yes']})")
    print(f"survived: {total['right']} of {total['applied']} ({100 * total['right'] / max(total['applied'], 1):.1f}%), "
          f"abstained {total['abstained']}, wrong {total['wrong']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
