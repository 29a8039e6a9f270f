"""Dependency graph of a trace: step j -> step i when step i uses a value that step j computed.

A value is the result side of an arithmetic claim; a later step uses it when the same number appears
in its text and the problem statement does not already give it (then the step may have read it there).
Logic steps depend on every earlier logic step of the same search (assumptions are cumulative).

Left out: dependencies through words ("the total from before") and through symbols.
"""

from __future__ import annotations

import re

import networkx as nx

from agentlib.checking.report import StepReport

_PRODUCERS = 4  # steps remembered per produced number
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\d)")


def numbers_in(text: str) -> set[str]:
    """The numbers written in a text, thousands separators removed, trailing zeros of decimals kept."""
    return set(_NUMBER.findall(re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)))


def build_graph(problem: str, steps: list[StepReport], produced: dict[int, set[str]]) -> nx.DiGraph:
    """Steps as nodes (their 0-based index), an edge from a producing step to each later step that uses its value.

    Linear in the trace: each number remembers the last few steps that produced it, not all of them."""
    graph: nx.DiGraph[int] = nx.DiGraph()
    graph.add_nodes_from(step.index for step in steps)
    given = numbers_in(problem)
    producers: dict[str, list[int]] = {}
    for step in steps:
        for number in numbers_in(step.text) - given:
            for earlier in producers.get(number, ()):
                graph.add_edge(earlier, step.index)
        for number in produced.get(step.index, set()) - given:
            producers[number] = (producers.get(number, []) + [step.index])[-_PRODUCERS:]
    logic_steps = [s.index for s in steps if any(c.kind == "logic" for c in s.claims)]
    for a, b in zip(logic_steps, logic_steps[1:]):
        graph.add_edge(a, b)
    return graph


def mark_dependents(graph: nx.DiGraph, steps: list[StepReport]) -> None:
    """Flag every step downstream of a step with a refuted claim."""
    wrong = [s.index for s in steps if s.refuted]
    tainted: set[int] = set()
    for index in wrong:
        tainted |= nx.descendants(graph, index)
    for step in steps:
        step.depends_on_error = step.index in tainted
