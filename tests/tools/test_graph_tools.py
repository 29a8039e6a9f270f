"""The graph tool: what order relations force, checked against brute force on random orders."""

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentlib.errors import InputError
from agentlib.tools.graph_tools import GraphInputError, graph


def test_relation_forms_agree():
    forms = [["A > B", "B > C"], ["B < A", "C < B"], ["A -> B", "B -> C"], ["B <- A", "C <- B"],
             [["A", "B"], ["B", "C"]], [("A", "B"), ("B", "C")]]
    for relations in forms:
        result = graph(relations, "topological_order")
        assert result["order"] == ["A", "B", "C"], relations
        assert result["status"] == "unique" and result["certifies"] is True


def test_transitive_closure_lists_every_implied_pair():
    result = graph(["A > B", "B > C", "C > D"], "transitive_closure")
    assert result["pairs"] == [["A", "B"], ["A", "C"], ["A", "D"], ["B", "C"], ["B", "D"], ["C", "D"]]
    assert "A > D" in result["relations"]


def test_ambiguous_order_is_not_certified():
    result = graph(["A > B", "A > C"], "topological_order")
    assert result["status"] == "ambiguous" and result["certifies"] is False
    assert result["order"][0] == "A"


def test_cycles_are_contradictions():
    result = graph(["A > B", "B > C", "C > A", "D > E"], "cycles")
    assert result["status"] == "cycles"
    assert sorted(result["cycles"][0]) == ["A", "B", "C"]
    assert graph(["A > B"], "cycles")["status"] == "acyclic"
    assert graph(["A > A"], "topological_order")["status"] == "cycle"


def test_compare_and_reachable():
    relations = ["Ann > Bob", "Bob > Cid", "Dan > Cid"]
    assert graph(relations, "compare", "Ann", "Cid")["status"] == "above"
    assert graph(relations, "compare", "Cid", "Ann")["status"] == "below"
    assert graph(relations, "compare", "Ann", "Dan") == {
        "operation": "compare", "nodes": 4, "edges": 3, "status": "unknown", "certifies": False}
    assert graph(relations, "reachable", "Ann")["reachable"] == ["Bob", "Cid"]
    assert graph(relations, "reachable", "Bob", "Ann")["target_reachable"] is False
    assert graph(["A > B", "B > A"], "compare", "A", "B")["status"] == "contradiction"


def test_extremes():
    result = graph(["A > B", "C > B", "B > D"], "extremes")
    assert result["top"] == ["A", "C"] and result["bottom"] == ["D"]


@pytest.mark.parametrize("relations, operation, source, target, fragment", [
    (["A >> B"], "cycles", None, None, "contains"),
    (["A B"], "cycles", None, None, "cannot read relation"),
    ([["A", "B", "C"]], "cycles", None, None, "exactly two"),
    ([42], "cycles", None, None, "must be text"),
    (["A > B"], "shortest_path", None, None, "unknown operation"),
    (["A > B"], "compare", "A", None, "needs `target`"),
    (["A > B"], "reachable", "Z", None, "not in the relations"),
    (["A > " + "x" * 100], "cycles", None, None, "longer than"),
    (["A > B\x00"], "cycles", None, None, "control characters"),
    ("A > B", "cycles", None, None, "must be a list"),
    (["A > B"] * 1001, "cycles", None, None, "limit"),
])
def test_bad_input_is_a_typed_error(relations, operation, source, target, fragment):
    with pytest.raises(GraphInputError) as caught:
        graph(relations, operation, source, target)
    assert isinstance(caught.value, InputError)
    assert fragment in str(caught.value)


def test_closure_size_is_bounded():
    chain = [f"n{i} > n{i + 1}" for i in range(150)]
    with pytest.raises(GraphInputError, match="closure has"):
        graph(chain, "transitive_closure")


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=6), st.integers(min_value=0, max_value=10_000), st.data())
def test_compare_matches_brute_force_over_linear_orders(size, seed, data):
    names = [f"p{i}" for i in range(size)]
    hidden = names[:]
    random.Random(seed).shuffle(hidden)  # a hidden true order, top first
    rank = {name: i for i, name in enumerate(hidden)}
    pairs = [(a, b) for a, b in itertools.combinations(names, 2)]
    chosen = data.draw(st.lists(st.sampled_from(pairs), max_size=len(pairs), unique=True))
    relations = [f"{a} > {b}" if rank[a] < rank[b] else f"{a} < {b}" for a, b in chosen]
    if not relations:
        return
    consistent = [order for order in itertools.permutations(names)
                  if all((order.index(a) < order.index(b)) == (rank[a] < rank[b]) for a, b in chosen)]
    involved = sorted({n for pair in chosen for n in pair})
    for a, b in itertools.combinations(involved, 2):
        status = graph(relations, "compare", a, b)["status"]
        forced_above = all(order.index(a) < order.index(b) for order in consistent)
        forced_below = all(order.index(a) > order.index(b) for order in consistent)
        expected = "above" if forced_above else "below" if forced_below else "unknown"
        assert status == expected
