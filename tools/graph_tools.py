"""Order and reachability over named relations: the graph tool (networkx, in process, no SymPy).

Relations are directed edges between names, written as text ("A > B", "B < C", "A -> B",
"A <- B") or as pairs ["A", "B"] meaning A -> B. For "greater/less" puzzles an edge A -> B reads
"A is above B" ("A > B"). The operations answer what the edges force: the transitive closure, a
topological order (and whether it is the only one), cycles (contradictions), what a node reaches,
and how two nodes compare.

Left out: weights, shortest paths and undirected graphs; sizes are bounded (`MAX_RELATIONS`).
Results are plain JSON-compatible dicts; one that proves something carries `"certifies": True`.
"""

from __future__ import annotations

import re
from typing import Any, Literal

import networkx as nx

from agentlib.errors import InputError

MAX_RELATIONS = 1_000
MAX_NAME_CHARS = 80
MAX_CYCLES = 20
MAX_CLOSURE_PAIRS = 5_000

Operation = Literal["transitive_closure", "topological_order", "cycles", "reachable", "compare", "extremes"]
_OPERATIONS = ("transitive_closure", "topological_order", "cycles", "reachable", "compare", "extremes")

# longest operators first, so "->" is not read as ">"
_RELATION = re.compile(r"^\s*(.+?)\s*(->|<-|>=|<=|>|<)\s*(.+?)\s*$")


class GraphInputError(InputError):
    """A relation or operation the graph tool cannot read; the message says how to write it."""


def _name(text: Any) -> str:
    if not isinstance(text, str):
        raise GraphInputError(f"a node name must be text, got {type(text).__name__}")
    name = " ".join(text.split())
    if not name:
        raise GraphInputError("a node name is empty")
    if len(name) > MAX_NAME_CHARS:
        raise GraphInputError(f"node name longer than {MAX_NAME_CHARS} characters: {name[:40]!r}...")
    if any(not ch.isprintable() for ch in name):
        raise GraphInputError(f"node name {name[:40]!r} has control characters")
    if "<" in name or ">" in name:
        raise GraphInputError(f"node name {name[:40]!r} contains '<' or '>'; write one relation per item, e.g. 'A > B'")
    return name


def _edge(relation: Any) -> tuple[str, str]:
    """One relation -> an edge (upper, lower)."""
    if isinstance(relation, (list, tuple)):
        if len(relation) != 2:
            raise GraphInputError(f"a pair relation needs exactly two names, got {len(relation)}")
        return _name(relation[0]), _name(relation[1])
    if not isinstance(relation, str):
        raise GraphInputError(f"a relation must be text like 'A > B' or a pair, got {type(relation).__name__}")
    match = _RELATION.match(relation)
    if match is None:
        raise GraphInputError(f"cannot read relation {relation[:60]!r}; write 'A > B', 'A < B', 'A -> B' or 'A <- B'")
    left, operator, right = _name(match.group(1)), match.group(2), _name(match.group(3))
    return (left, right) if operator in (">", ">=", "->") else (right, left)


def _build(relations: list[Any]) -> nx.DiGraph:
    if not isinstance(relations, list):
        raise GraphInputError("relations must be a list")
    if len(relations) > MAX_RELATIONS:
        raise GraphInputError(f"{len(relations)} relations (limit {MAX_RELATIONS}); split the problem")
    graph: nx.DiGraph[str] = nx.DiGraph()
    for relation in relations:
        upper, lower = _edge(relation)
        graph.add_edge(upper, lower)  # "A > A" stays as a self-loop: a cycle of length one
    return graph


def _need(graph: nx.DiGraph, name: str | None, role: str, operation: str) -> str:
    if name is None:
        raise GraphInputError(f"operation {operation!r} needs `{role}`")
    node = _name(name)
    if node not in graph:
        known = ", ".join(sorted(graph.nodes)[:20])
        raise GraphInputError(f"{role} {node!r} is not in the relations; known names: {known}")
    return node


def _topological_order(graph: nx.DiGraph) -> dict[str, Any]:
    if not nx.is_directed_acyclic_graph(graph):
        cycle = [u for u, _ in nx.find_cycle(graph)]
        return {"status": "cycle", "cycle": cycle, "certifies": True}
    order = list(nx.topological_sort(graph))
    # the order is unique exactly when every consecutive pair is joined by an edge (a Hamiltonian path)
    unique = all(graph.has_edge(a, b) for a, b in zip(order, order[1:]))
    return {"status": "unique" if unique else "ambiguous", "order": order, "certifies": unique}


def _cycles(graph: nx.DiGraph) -> dict[str, Any]:
    cycles: list[list[str]] = []
    for cycle in nx.simple_cycles(graph):
        cycles.append(cycle)
        if len(cycles) >= MAX_CYCLES:
            break
    return {"status": "cycles" if cycles else "acyclic", "cycles": cycles, "certifies": bool(cycles)}


def _compare(graph: nx.DiGraph, source: str, target: str) -> dict[str, Any]:
    if source == target:
        return {"status": "same", "certifies": True}
    if nx.has_path(graph, source, target):
        path = nx.shortest_path(graph, source, target)
        if nx.has_path(graph, target, source):
            return {"status": "contradiction", "path": path, "back_path": nx.shortest_path(graph, target, source),
                    "certifies": True}
        return {"status": "above", "path": path, "certifies": True}
    if nx.has_path(graph, target, source):
        return {"status": "below", "path": nx.shortest_path(graph, target, source), "certifies": True}
    return {"status": "unknown", "certifies": False}


def graph(relations: list[str | tuple[str, str]], operation: Operation, source: str | None = None,
          target: str | None = None) -> dict[str, Any]:
    """Answer what a set of order relations forces (closure, order, cycles, reachability, comparison).

    Args:
        relations: edges as text "A > B" (A above B), "A < B", "A -> B", "A <- B", or pairs ["A", "B"] for A -> B.
        operation: "transitive_closure" (every implied pair), "topological_order" (an order from top to
            bottom and whether it is unique), "cycles" (contradictions), "reachable" (names below `source`,
            or whether `target` is below it), "compare" (is `source` above or below `target`), "extremes"
            (names with nothing above them, and with nothing below them).
        source: the start name for "reachable" and "compare".
        target: the other name for "compare" (optional for "reachable").
    """
    if operation not in _OPERATIONS:
        raise GraphInputError(f"unknown operation {operation!r}; use one of: {', '.join(_OPERATIONS)}")
    g = _build(relations)
    result: dict[str, Any] = {"operation": operation, "nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    if operation == "transitive_closure":
        closure = nx.transitive_closure(g, reflexive=False)
        if closure.number_of_edges() > MAX_CLOSURE_PAIRS:
            raise GraphInputError(f"the closure has {closure.number_of_edges()} pairs (limit {MAX_CLOSURE_PAIRS}); "
                                  "ask 'compare' or 'reachable' about the names you need")
        result["pairs"] = sorted([u, v] for u, v in closure.edges if u != v)
        result["relations"] = [f"{u} > {v}" for u, v in result["pairs"]]
    elif operation == "topological_order":
        result.update(_topological_order(g))
    elif operation == "cycles":
        result.update(_cycles(g))
    elif operation == "reachable":
        start = _need(g, source, "source", operation)
        below = sorted(nx.descendants(g, start))
        result["reachable"] = below
        if target is not None:
            end = _need(g, target, "target", operation)
            result["target_reachable"] = end in below
            result["certifies"] = True
    elif operation == "compare":
        result.update(_compare(g, _need(g, source, "source", operation), _need(g, target, "target", operation)))
    else:
        result["top"] = sorted(n for n in g.nodes if g.in_degree(n) == 0)
        result["bottom"] = sorted(n for n in g.nodes if g.out_degree(n) == 0)
    return result


TOOLS = {"graph": graph}
