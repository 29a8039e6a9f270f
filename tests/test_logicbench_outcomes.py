"""The LogicBench eval's outcome table: right / wrong / abstained per logic type and gold label, from random results
checked against a count done here."""

from __future__ import annotations

import random

from agentlib.evals.harness import ItemResult
from agentlib.evals.logicbench import outcome_rows


def test_outcome_rows_count_each_type_and_label():
    rng = random.Random(11)
    results = []
    for k in range(200):
        expected = rng.choice(["yes", "no"])
        predicted = rng.choice(["yes", "no", None])
        results.append(ItemResult(str(k), predicted == expected, predicted, expected,
                                  subset=rng.choice(["first_order_logic", "propositional_logic"])))
    rows = outcome_rows(results)
    assert [row[:2] for row in rows] == [["first_order_logic", "yes"], ["first_order_logic", "no"],
                                         ["propositional_logic", "yes"], ["propositional_logic", "no"]]
    for subset, label, right, wrong, abstained in rows:
        part = [r for r in results if r.subset == subset and r.expected == label]
        assert right == sum(r.predicted == label for r in part)
        assert wrong == sum(r.predicted not in (label, None) for r in part)
        assert abstained == sum(r.predicted is None for r in part)
        assert right + wrong + abstained == len(part)
