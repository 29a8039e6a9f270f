"""LogicalDeduction (BIG-bench): ordering puzzles in a controlled language, solved with Z3.

Each object gets an Int position 1..N, all distinct, on ONE axis chosen by the puzzle's wording:
left-to-right, oldest-to-newest, cheapest-to-most-expensive, or first-to-last finish. Sentences are
exact positions ("the leftmost", "the third from the right", "the second-cheapest", "finished
second-to-last") or comparisons ("to the left of", "older than", "less expensive than", "finished
above"). Each multiple-choice option is parsed the same way and tested by entailment; the answer is
the one option the constraints force. A sentence on a second axis, or one the grammar does not
cover, is listed as not understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentlib.errors import InputError
from agentlib.numwords import CARDINALS
from agentlib.puzzles.family import PuzzleItem, load_logiclm_records, render_logiclm_item
from agentlib.puzzles.verdict import Certificate, SolverCheck, Verdict

NAME = "logicaldeduction"

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
}
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))

# axis -> words: each superlative/comparative maps to a position counted from the axis's start (1)
# or from its end (N), and comparatives to "<" (closer to the start) or ">".
SUPERLATIVES = {
    "leftmost": ("left-right", "start"), "rightmost": ("left-right", "end"),
    "oldest": ("age", "start"), "newest": ("age", "end"), "youngest": ("age", "end"),
    "cheapest": ("price", "start"), "least expensive": ("price", "start"), "most expensive": ("price", "end"),
}
RANKED = {  # "the third-newest", "the second from the left", "the fourth-most expensive"
    "from the left": ("left-right", "start"), "from the right": ("left-right", "end"),
    "oldest": ("age", "start"), "newest": ("age", "end"), "youngest": ("age", "end"),
    "cheapest": ("price", "start"), "least expensive": ("price", "start"), "most expensive": ("price", "end"),
}
COMPARATIVES = {
    "to the left of": ("left-right", "<"), "left of": ("left-right", "<"),
    "to the right of": ("left-right", ">"), "right of": ("left-right", ">"),
    "older than": ("age", "<"), "newer than": ("age", ">"), "younger than": ("age", ">"),
    "less expensive than": ("price", "<"), "cheaper than": ("price", "<"), "more expensive than": ("price", ">"),
    "above": ("finish", "<"), "below": ("finish", ">"), "ahead of": ("finish", "<"), "behind": ("finish", ">"),
}


class NotUnderstood(InputError):
    pass


@dataclass(frozen=True)
class Relation:
    axis: str
    expr: str  # constraint-language expression over position variables


_INTRO_RE = re.compile(
    r"(?P<count>\d+|" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r") [\w ]+?: (?P<list>[^:]+?)\.(?:\s|$)",
    re.I,
)


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I).strip()


class DeductionParser:
    def __init__(self, objects: list[str]):
        self.objects = objects
        self.n = len(objects)
        self.variables = {o.lower(): f"p{i}_{re.sub(r'[^A-Za-z0-9]', '_', o)}"[:60] for i, o in enumerate(objects)}
        alternatives = "|".join(re.escape(o) for o in sorted(objects, key=len, reverse=True))
        self.object_re = re.compile(rf"^(?:the |a |an )?({alternatives})$", re.I)

    def resolve(self, text: str) -> str:
        match = self.object_re.match(text.strip())
        if match is None:
            raise NotUnderstood(text)
        return self.variables[match.group(1).lower()]

    def relation(self, sentence: str) -> Relation:
        text = re.sub(r"\s+", " ", sentence.strip().rstrip(".").strip())
        finished = re.match(r"^(?P<x>.+?) finished (?P<pred>.+)$", text, re.I)
        if finished is not None:
            return self._finish(self.resolve(finished.group("x")), finished.group("pred").lower())
        copula = re.match(r"^(?P<x>.+?) (?:is|are|was|were) (?P<pred>.+)$", text, re.I)
        if copula is None:
            raise NotUnderstood(sentence)
        return self._copula(self.resolve(copula.group("x")), copula.group("pred"))

    def _position(self, axis: str, anchor: str, rank: int) -> tuple[str, int]:
        if not 1 <= rank <= self.n:
            raise NotUnderstood(f"rank {rank} outside 1..{self.n}")
        return axis, rank if anchor == "start" else self.n + 1 - rank

    def _copula(self, x: str, predicate: str) -> Relation:
        pred = predicate.lower().strip()
        for phrase, (axis, op) in COMPARATIVES.items():
            if pred.startswith(phrase + " "):
                y = self.resolve(predicate[len(phrase) + 1 :])
                return Relation(axis, f"{x} {op} {y}")
        bare = re.sub(r"^the ", "", pred)
        if bare in SUPERLATIVES:
            axis, position = self._position(*SUPERLATIVES[bare], 1)
            return Relation(axis, f"{x} == {position}")
        ranked = re.match(rf"^({_ORD})(?:-| )(.+)$", bare)
        if ranked is not None and ranked.group(2) in RANKED:
            axis, position = self._position(*RANKED[ranked.group(2)], ORDINALS[ranked.group(1)])
            return Relation(axis, f"{x} == {position}")
        raise NotUnderstood(predicate)

    def _finish(self, x: str, pred: str) -> Relation:
        pred = pred.strip()
        for phrase in ("above", "below", "ahead of", "behind"):
            if pred.startswith(phrase + " "):
                y = self.resolve(pred[len(phrase) + 1 :])
                return Relation("finish", f"{x} {COMPARATIVES[phrase][1]} {y}")
        if pred == "last":
            return Relation("finish", f"{x} == {self.n}")
        to_last = re.match(rf"^({_ORD})(?:-| )to(?:-| )last$", pred)
        if to_last is not None:
            axis, position = self._position("finish", "end", ORDINALS[to_last.group(1)])
            return Relation(axis, f"{x} == {position}")
        if pred in ORDINALS:
            axis, position = self._position("finish", "start", ORDINALS[pred])
            return Relation(axis, f"{x} == {position}")
        raise NotUnderstood(pred)


@dataclass
class Formalization:
    objects: list[str]
    spec: dict[str, Any]
    sentences: list[str]
    axis: str | None
    unparsed: list[str]


def parse_objects(paragraph: str) -> tuple[list[str], int]:
    match = _INTRO_RE.search(paragraph)
    if match is None:
        raise NotUnderstood("no list of objects found (expected 'there are N things: a X, a Y, and a Z.')")
    listed = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("list").strip())
    objects = [_strip_article(o) for o in listed if o.strip()]
    count = match.group("count").lower()
    expected = CARDINALS.get(count.lower()) or int(count)
    if expected != len(objects):
        raise NotUnderstood(f"the puzzle announces {expected} objects but lists {len(objects)}")
    if len({o.lower() for o in objects}) != len(objects):
        raise NotUnderstood("an object is listed twice")
    return objects, match.end()


def formalize(context: str) -> Formalization:
    if not context.strip():
        raise InputError("empty puzzle text")
    paragraph = context.split("\n\n")[-1] if "\n\n" in context else context
    objects, end = parse_objects(paragraph)
    parser = DeductionParser(objects)
    variables = {v: "Int" for v in parser.variables.values()}
    names = list(variables)
    constraints = [
        {"label": "range", "expr": " and ".join(f"1 <= {v} and {v} <= {len(names)}" for v in names)},
        {"label": "distinct", "expr": f"distinct({', '.join(names)})"},
    ]
    sentences, unparsed, axes = [], [], set()
    for sentence in re.split(r"(?<=\.)\s+", paragraph[end:].strip()):
        if not sentence.strip():
            continue
        try:
            relation = parser.relation(sentence)
        except NotUnderstood:
            unparsed.append(sentence)
            continue
        axes.add(relation.axis)
        sentences.append(sentence)
        constraints.append({"label": f"s{len(sentences)}", "expr": relation.expr})
    if len(axes) > 1:
        unparsed.append(f"sentences mix orderings ({', '.join(sorted(axes))}); one ordering per puzzle is supported")
    return Formalization(objects, {"variables": variables, "constraints": constraints}, sentences,
                         next(iter(axes)) if len(axes) == 1 else None, unparsed)


_OPTION_RE = re.compile(r"^\s*\(?([A-Z])\)\s*(.+)$")
_OPTIONS_QUESTION = re.compile(r"(?:Question: )?Which of the following is true\?\s*$")


def split_problem(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Context and lettered options ("A) ...") from a problem text."""
    context_lines, options = [], []
    for line in text.splitlines():
        match = _OPTION_RE.match(line)
        if match is not None:
            options.append((match.group(1), match.group(2).strip()))
        elif not options:
            context_lines.append(line)
    context = "\n".join(context_lines)
    # the question is cut where its words start (the strip takes the newlines before it): a leading `\n*` in the
    # pattern retried at every newline of a run, quadratic ("Alice" + 20,000 newlines held `solve` 56 s)
    question = _OPTIONS_QUESTION.search(context)
    return (context[:question.start()] if question else context).strip(), options


def solve(text: str) -> Verdict:
    from agentlib.tools import constraints as cl

    context, options = split_problem(text)
    if not options:
        return Verdict(NAME, "abstained", failure="not_parsed", reason="no lettered options (A) ... found")
    try:
        form = formalize(context)
    except NotUnderstood as error:
        return Verdict(NAME, "abstained", failure="not_parsed", reason=str(error), unparsed=[str(error)])
    parser = DeductionParser(form.objects)
    option_exprs: dict[str, str] = {}
    for letter, option in options:
        try:
            relation = parser.relation(option)
        except NotUnderstood:
            form.unparsed.append(f"{letter}) {option}")
            continue
        if form.axis is not None and relation.axis != form.axis:
            form.unparsed.append(f"{letter}) {option} (another ordering than the puzzle's)")
            continue
        option_exprs[letter] = relation.expr
    if form.unparsed:
        return Verdict(NAME, "abstained", failure="not_parsed",
                       reason=f"{len(form.unparsed)} sentence(s) not understood",
                       unparsed=form.unparsed, spec=form.spec)
    base = cl.check(form.spec)
    if base.status == "unsat":
        core = cl.unsat_core(form.spec).core
        named = [form.sentences[int(label[1:]) - 1] if label.startswith("s") else label for label in core]
        return Verdict(NAME, "abstained", failure="unsat", reason="contradiction: " + " / ".join(named), spec=form.spec)
    forced = {letter: cl.entails(form.spec, expr).status for letter, expr in option_exprs.items()}
    true_options = [letter for letter, status in forced.items() if status == "true"]
    if len(true_options) != 1:
        undecided = [letter for letter, status in forced.items() if status == "unknown"]
        return Verdict(NAME, "abstained", failure="ambiguous", spec=form.spec,
                       reason=f"options forced: {true_options or 'none'}; still possible: {undecided or 'none'}")
    answer = true_options[0]
    certificate = Certificate(
        method="entailment (negation unsat)",
        checks=(
            SolverCheck(f"{len(form.sentences)} sentences + distinct positions 1..{len(form.objects)}", "sat"),
            SolverCheck(f"sentences + not({dict(options)[answer]})", "unsat", "the option is forced"),
        ),
    )
    return Verdict(NAME, "verified", answer=answer, reason=f"option {answer} is the only option the sentences force",
                   certificate=certificate, spec=form.spec)


class LogicalDeduction:
    name = NAME

    def load(self, data_dir: Path) -> list[PuzzleItem]:
        path = Path(data_dir) / "LogicalDeduction_dev.json"
        if not path.is_file():
            found = sorted(Path(data_dir).glob("LogicalDeduction*.json"))
            if not found:
                raise InputError(f"no LogicalDeduction_*.json in {data_dir}")
            path = found[0]
        items = []
        for record in load_logiclm_records(path):
            text = render_logiclm_item(record)
            count = len(record["options"])
            items.append(PuzzleItem(record["id"], text, record["answer"], f"{count} objects", record))
        return items

    def detect(self, text: str) -> float:
        context, options = split_problem(text)
        if len(options) < 2:
            return 0.0
        try:
            formalize(context)
        except InputError:
            return 0.1
        return 0.9

    def solve(self, text: str) -> Verdict:
        return solve(text)



FAMILY = LogicalDeduction()
