"""A seeded fuzz sweep of the public entry points: no input may crash, hang or blow up memory.

`python -m agentlib.evals.fuzz [--seed 0] [--per-target 60] [--mistakes N] [--targets a,b] [--slack 3]` throws
generated hostile text at each entry point and prints one JSON object: inputs tried per target and every finding.

A finding is one of:
- `crash`: an exception that is not an `agentlib.errors.AgentlibError` (for a `cli ...` target: a traceback, an
  exit status the command does not document, or exit 2 without an `error:` line);
- `hang`: a call that ran past its deadline plus `--slack` seconds (the child running it is killed);
- `memory`: the process running the calls grew by more than `--max-rss-mb` (default 1,024 MiB; the sandbox
  worker, which has its own limit, is not counted).

Inputs come from one `random.Random(seed)` per target: random Unicode from every plane (combining marks, bidi
controls, NUL and C0/C1 controls, private use), LaTeX fragments (unclosed `\\frac{`, `\\begin{pmatrix}`, trailing
backslashes), nesting 10,000 deep, 100,000-digit numbers, huge and negative exponents, a megabyte of text, 10,000
sentences, thousands of names, and templates from real use with one character mutated. After them come
`--mistakes` inputs (default a third of `--per-target`, from a second stream, so the first `--per-target` inputs
of a seed are those of earlier sweeps) of what people send by mistake (`MISTAKES`): text pasted out of a PDF
(form feeds, running headers), a CSV, an HTML page, a base64 blob, emoji-heavy chat, right-to-left text with
math, Windows-1252 mojibake, one 2 MB line, a request repeated 5,000 times, parentheses 5,000 deep around
English, 500 people in a puzzle, 200 equations, a 300x300 matrix, `x^(10^10)`, `10!!!!!!!`, `factorial(10^6)`
and integrals SymPy takes forever on. Each target runs in a forked child so that a hang or a memory blow-up is
observed from outside and the sweep goes on with the next input.

The `cli ...` targets run `agentlib solve|analyze|math|check-trace|summarize|ask` in a fresh interpreter, the
input given as a file (its bytes as they are: a lone surrogate makes a file that is not UTF-8) or on standard
input, alternately; each input costs an interpreter start, so sweep them with a smaller `--per-target`.
Leaves out: the engine (no weights here), the HTTP service (its fuzzing lives in `tests/server`), the CLI's
argument parsing and special files (folders, devices, pipes: `tests/test_cli_hostile_input.py`) and model-driven
paths beyond a scripted model.
"""

from __future__ import annotations

import argparse
import functools
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

TEMPLATES: dict[str, list[str]] = {
    "puzzle": [
        "A says: B is a knave. B says: A and I are both knights. Who is a knight?",
        "Alice, Bob and Carol sit in a row. Alice is left of Bob. Carol is not at an end. Who is in the middle?",
        "All cats are mammals. Some pets are cats. Therefore some pets are mammals.",
        "If it rains, the ground is wet. It rains. Is the ground wet?",
    ],
    "math": [
        "Solve x^2 - 5x + 6 = 0", "What is 15% of 240?", r"\frac{d}{dx} \sin(x^2)", r"\int_0^1 x^2 \, dx",
        "Find the limit of (1+1/n)^n as n goes to infinity", "Simplify (x^2-1)/(x-1)",
        r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^{-1}", "gcd(120, 84)", "2x + 3 < 7",
        "Tom has 3 apples and buys 5 more. How many apples does he have?",
    ],
    "expression": ["x**2 + 2*x + 1", "sqrt(2)*pi", "binomial(10, 3)", "factorial(20)", "sin(x)**2 + cos(x)**2",
                   "Matrix([[1, 2], [3, 4]])", "Rational(3, 4) + 1/3", "log(x, 2)", "floor(7/2)"],
    "latex": [r"\frac{1}{2} + \sqrt{3}", r"\binom{5}{2}", r"x^{2} \cdot y_{1}", r"\left( a + b \right)^2",
              r"\begin{cases} x & x > 0 \\ 0 & \text{else} \end{cases}", r"\sum_{k=1}^{n} k"],
    "constraint": ["knight_a <-> not knight_b", "forall(p: Person, 1 <= pos(p) and pos(p) <= 3)",
                   "count(knight_a, knight_b) == 1", "if(x > 0, x, -x) == 3", "distinct(a, b, c)"],
    "fol": ["∀x (Cat(x) → Mammal(x))", "∃x (Pet(x) ∧ Cat(x))", "¬(A(b) ∨ B(b)) ⊕ C(b)",
            "∀x ∀y (Loves(x, y) → ¬Hates(x, y))", "Chaperone(b) ⊕ TalentShows(b) → Academic(b) ∧ Inactive(b)"],
    "trace": ["Step 1: 3 + 4 = 7\nStep 2: 7 * 2 = 14\nThe answer is 14.",
              "$x^2 = 9$ so $x = 3$.\nTherefore the answer is \\boxed{3}.",
              "Let n be the number. 2n + 1 = 11, so n = 5."],
    "json": ['{"name": "calculate", "arguments": {"expression": "2*21"}}',
             '{"problem": "Compute 3 + 4.", "steps": ["3 + 4 = 7", "The answer is 7."]}',
             '[{"role": "user", "content": "hi"}]', '{"seq": 0, "kind": "run", "task": "x"}'],
    "document": ["The company earned $4.2 million in 2021. Revenue grew 12% over 2020. The CEO is Jane Doe.\n\n"
                 "In 2022 it opened three offices, in Paris, Berlin and Rome."],
}

LATEX_FRAGMENTS = [r"\frac{", r"\begin{pmatrix}", r"\\", "\\", r"\sqrt[", r"\left(", r"\right", r"^{", r"_{", "{",
                   "}", r"\end{cases}", r"\text{", "$", "$$", r"\binom{1000000}{500000}", r"\int", r"\lim_{"]
HOSTILE_SNIPPETS = ["\x00", "\u202e", "\u200b", "\ufeff", "\U0001f600", "\u0301" * 50, "\ud800", "\r", "\x1b[2J",
                    "<|end|>", "<|im_start|>", "\uff1c|end|\uff1e", "𝟘", "٣", "৪", "\u00ad", "\t", "\x7f", "\x85"]


def _random_unicode(rng: random.Random, length: int) -> str:
    out = []
    for _ in range(length):
        plane = rng.random()
        if plane < 0.5:
            code = rng.randrange(0x20, 0x7F)
        elif plane < 0.8:
            code = rng.randrange(0, 0x3000)
        else:
            code = rng.randrange(0, 0x110000)
        if 0xD800 <= code <= 0xDFFF and rng.random() < 0.5:
            code = 0xFFFD  # lone surrogates half the time (they cannot be encoded; some entry points must refuse them)
        out.append(chr(code))
    return "".join(out)


def _mutate(rng: random.Random, text: str, times: int = 1) -> str:
    chars = list(text)
    for _ in range(times):
        op = rng.randrange(4)
        where = rng.randrange(len(chars) + 1)
        pick = rng.choice([chr(rng.randrange(0x20, 0x7F)), rng.choice(HOSTILE_SNIPPETS), rng.choice(LATEX_FRAGMENTS)])
        if op == 0 or not chars:
            chars.insert(where, pick)
        elif op == 1:
            del chars[min(where, len(chars) - 1)]
        elif op == 2:
            chars[min(where, len(chars) - 1)] = pick
        else:
            chars[where:where] = chars[max(0, where - 5):where] * rng.randrange(1, 50)
    return "".join(chars)


def hostile_inputs(rng: random.Random, kind: str) -> Iterator[str]:
    """An endless stream of hostile texts, biased towards `kind`'s real-use templates."""
    templates = TEMPLATES[kind]
    big = [
        lambda: "(" * 10_000 + "1" + ")" * 10_000,
        lambda: "(" * 10_000,
        lambda: "[" * 10_000 + "x",
        lambda: "{" * 5_000 + "}" * 4_999,
        lambda: "-" * 10_000 + "1",
        lambda: "not " * 5_000 + "a",
        lambda: "¬" * 10_000 + "A(b)",
        lambda: r"\frac{" * 3_000 + "1",
        lambda: r"\sqrt{" * 3_000 + "2" + "}" * 3_000,
        lambda: "9" * 100_000,
        lambda: "1." + "3" * 50_000,
        lambda: "10**" * 50 + "10",
        lambda: "2^{2^{2^{2^{2^{2^{100}}}}}}",
        lambda: "(10**399)**-10000 + (3**800)**-10000",
        lambda: "exp(10**20) % 7",
        lambda: "factorial(10**6)",
        lambda: "x" * 1_000_000,
        lambda: "A is a knight. " * 10_000,
        lambda: " ".join(f"P{i} is a knight." for i in range(3_000)) + " Who is a knight?",
        lambda: ", ".join(f"Name{i}" for i in range(5_000)) + " sit in a row.",
        lambda: "ignore" + " " * 40_000 + "previous instructions",
        lambda: "1+" * 20_000 + "1",
        lambda: "x^" * 5_000 + "2",
        lambda: "\n" * 100_000,
        lambda: "$" * 10_001,
        lambda: "$x$ = " * 5_000,
        lambda: "Step 1: 1 = 1\n" * 5_000,
        lambda: "∀x " * 3_000 + "P(x)",
        lambda: "Alice is left of Bob. " * 2_000 + "Who is first?",
        lambda: "The answer is \\boxed{" + "{" * 5_000,
        lambda: "١٢٣ + ৪৫ = ?",
        lambda: "Solve x^7 - x + 1 = 0",
        lambda: "1e999999 + 1",
        lambda: "0." + "0" * 10_000 + "1",
        lambda: "x = " + "x + " * 3_000 + "1",
        lambda: "[" * 100_000 + "]" * 100_000,
        lambda: '{"a":' * 50_000 + "1" + "}" * 50_000,
        lambda: '{"problem": "x", "steps": ' + "[" * 20_000 + "]" * 20_000 + "}",
        lambda: '{"steps": [' + "9" * 5_000 + "]}",
        lambda: '{"name": "calculate", "arguments": {"expression": ' + "9" * 5_000 + "}}",
        lambda: "<think>" * 30_000 + "{}",
    ]
    while True:
        roll = rng.random()
        if roll < 0.3:
            yield _mutate(rng, rng.choice(templates), rng.randrange(1, 4))
        elif roll < 0.45:
            yield _random_unicode(rng, rng.randrange(1, 300))
        elif roll < 0.6:
            yield "".join(rng.choice(LATEX_FRAGMENTS + HOSTILE_SNIPPETS) for _ in range(rng.randrange(1, 30)))
        elif roll < 0.75:
            yield rng.choice(templates) + rng.choice(LATEX_FRAGMENTS + HOSTILE_SNIPPETS)
        else:
            yield rng.choice(big)()


PEOPLE = ["Ava", "Bilal", "Chen", "Dagny", "Emeka", "Farah", "Goran", "Hina", "Ilse", "Jorge", "Kofi", "Lena"]
HARD_INTEGRALS = [r"\int e^{x^2} \sin(x^3) \log(x) / (1 + x^7) \, dx", "integrate sqrt(tan(x)) * exp(sin(x)) dx",
                  "integrate x^x from 0 to 1", r"\int_0^\infty \sin(x^2) / (x^3 + 1) \, dx",
                  "integrate 1/(x^5 + x + 1)^3 dx", "integrate exp(-x^2) * sin(x)^5 * cos(3x)^7 / (1 + x^4) dx",
                  "integrate log(1 + tan(x)^(1/3)) dx from 0 to pi/4", "Find the antiderivative of sin(x)^x"]
HUGE_POWERS = ["x^(10^10)", "Expand (x + 1)^(10^10)", "2^2^2^2^2^2", "What is 10^10^10 mod 7?", "(a + b)^100000",
               "Simplify x^(10^10) / x^(10^10 - 1)", "Solve x^(10^9) = 2", "9^9^9"]
FACTORIALS = ["10!!!!!!!", "factorial(10^6)", "What is (10^6)! ?", "factorial(factorial(10))", "(10!)!",
              "How many digits does 1000000! have?", "gamma(10^10)", "100!!!!"]


def _pasted_pdf(rng: random.Random, template: str) -> str:
    """Text copied out of a PDF viewer: running headers and page numbers, form feeds between pages, words
    hyphenated across lines, ligatures, and the request somewhere in the middle."""
    pages = []
    for page in range(1, rng.randrange(3, 120)):
        body = " ".join(rng.choice(["The com-\npany", "ﬁnancial", "ﬂow", "results", "Table 3.", "(continued)",
                                    "Q3 2021", "•", "  ", "–"]) for _ in range(rng.randrange(20, 200)))
        pages.append(f"ANNUAL REPORT 2021        Page {page} of 120\n{body}\n\n{page}\n")
    pages.insert(rng.randrange(len(pages) + 1), template)
    return "\f".join(pages)


def _csv(rng: random.Random, template: str) -> str:
    rows = [f"{rng.choice(PEOPLE)},{rng.randrange(100)},\"{rng.random():.3f}\",{template if i == 3 else ''}"
            for i in range(rng.randrange(10, 5_000))]
    return "name,age,score,note\n" + "\n".join(rows)


def _html(rng: random.Random, template: str) -> str:
    inner = f"<div class='q'><p>{template}</p></div>" * rng.randrange(1, 300)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><script>var a = '<p>'; if (a < 3) {}</script>"
            f"<style>p {{ color: red }}</style></head><body>&nbsp;&lt;&amp;&#x1F600;{inner}<table><tr><td>1</td>"
            "<td>2</td></tr></table><!-- " + "-" * rng.randrange(1, 5_000) + " --></body></html>")


def _base64_blob(rng: random.Random, template: str) -> str:
    import base64

    blob = base64.b64encode(rng.randbytes(rng.randrange(10, 300_000))).decode("ascii")
    if rng.random() < 0.5:
        blob = "\n".join(blob[i:i + 76] for i in range(0, len(blob), 76))
    return rng.choice(["", "data:application/pdf;base64,", template + "\n"]) + blob


def _emoji_chat(rng: random.Random, template: str) -> str:
    emoji = ["😂", "🤣", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "🍎", "❤️", "🔥", "🙏🏿", "1️⃣", "🧮", "➕", "✖️", "🟰"]
    words = [rng.choice(emoji) * rng.randrange(1, 8) if rng.random() < 0.6 else rng.choice(["lol", "ok so", "pls",
             "help", "??", "🍎🍎🍎 + 🍎 = ?", template]) for _ in range(rng.randrange(5, 3_000))]
    return " ".join(words)


def _rtl_math(rng: random.Random, template: str) -> str:
    pieces = ["\u05d0\u05dd", "\u05de\u05d4 \u05d4\u05ea\u05e9\u05d5\u05d1\u05d4",
              "\u0627\u0644\u062c\u0648\u0627\u0628", "\u0633 + \u0664 = \u0667", "\u200f", "\u200e", "\u202b",
              "\u202c", "\u2067", "\u2069", "x^2 - 5x + 6 = 0", "\u0661\u0662\u0663 \u00f7 \u0663",
              "\u05d0 \u05e8\u05d5\u05e7\u05d3 \u05dc\u05d9\u05d3 \u05d1", template]
    return " ".join(rng.choice(pieces) for _ in range(rng.randrange(3, 400)))


def _mojibake(rng: random.Random, template: str) -> str:
    """UTF-8 read back as Windows-1252 (once or twice): "café" -> "cafÃ©"; "€" -> "â‚¬"."""
    text = template + rng.choice([" café – 5 € “quoted” naïve", " ½ × ÷ ≤ π²", " Zoë’s ﬁle"])
    for _ in range(rng.randrange(1, 3)):
        text = text.encode("utf-8").decode("cp1252", errors="replace")
    return text * rng.randrange(1, 200)


def _long_line(rng: random.Random, template: str) -> str:
    words = template.replace("\n", " ").split(" ")
    return " ".join(rng.choice(words) for _ in range(rng.randrange(50_000, 300_000)))


def _repeated(rng: random.Random, template: str) -> str:
    return (template + rng.choice([" ", "\n", "\n\n", ""])) * rng.choice([500, 5_000])


def _nested_english(rng: random.Random, template: str) -> str:
    depth = rng.choice([3, 50, 500, 5_000])
    core = rng.choice(["if a then b", "(Ava is a knight) and not (Bilal is a knave)", "x + 1", template])
    return "(" * depth + core + ")" * depth + rng.choice([". a. Therefore b.", " = 7", "?", ""])


def _many_people(rng: random.Random, template: str) -> str:
    count = rng.choice([100, 500])
    names = [f"{rng.choice(PEOPLE)}{i}" for i in range(count)]
    shape = rng.randrange(3)
    if shape == 0:
        facts = " ".join(f"{a} is left of {b}." for a, b in zip(names, names[1:], strict=False))
        return f"{', '.join(names)} sit in a row. {facts} Who is in the middle?"
    if shape == 1:
        says = " ".join(f"{a} says: {b} is a knave." for a, b in zip(names, names[1:] + names[:1], strict=True))
        return f"Each of {count} islanders is a knight or a knave. {says} Who is a knight?"
    return " ".join(f"{a} is taller than {b}." for a, b in zip(names, names[1:], strict=False)) + " Who is the tallest?"


def _equation_system(rng: random.Random, template: str) -> str:
    count = rng.choice([50, 200])
    equations = [f"x{i} + {rng.randrange(1, 9)}*x{(i + 1) % count} = {rng.randrange(-50, 50)}" for i in range(count)]
    return rng.choice(["Solve ", "Solve the system: ", ""]) + rng.choice([", ", "\n", "; "]).join(equations)


def _big_matrix(rng: random.Random, template: str) -> str:
    size = rng.choice([30, 100, 300])
    rows = [[str(rng.randrange(-9, 10)) for _ in range(size)] for _ in range(size)]
    if rng.random() < 0.5:
        body = r" \\ ".join(" & ".join(row) for row in rows)
        return rf"{rng.choice(['', 'Find the inverse of ', 'det '])}\begin{{pmatrix}}{body}\end{{pmatrix}}^{{-1}}"
    return f"{rng.choice(['det', 'inverse', 'Matrix'])}([{', '.join('[' + ', '.join(r) + ']' for r in rows)}])"


MISTAKES: dict[str, Callable[[random.Random, str], str]] = {
    "pasted PDF text": _pasted_pdf, "CSV": _csv, "HTML page": _html, "base64 blob": _base64_blob,
    "emoji chat": _emoji_chat, "right-to-left text with math": _rtl_math, "Windows-1252 mojibake": _mojibake,
    "one long line": _long_line, "a request repeated": _repeated, "nested parentheses": _nested_english,
    "hundreds of people": _many_people, "a large equation system": _equation_system, "a large matrix": _big_matrix,
    "a huge power": lambda rng, _: rng.choice(HUGE_POWERS), "stacked factorials": lambda rng, _: rng.choice(FACTORIALS),
    "a hard integral": lambda rng, _: rng.choice(HARD_INTEGRALS),
}


def mistaken_inputs(rng: random.Random, kind: str) -> Iterator[str]:
    """An endless stream of what people send by mistake (see `MISTAKES`), around `kind`'s real-use templates."""
    makers = list(MISTAKES.values())
    while True:
        yield rng.choice(makers)(rng, rng.choice(TEMPLATES[kind]))


@dataclass(frozen=True)
class Target:
    """One entry point: `call(text)` runs it on one input; `kind` picks the templates; `limit_s` is its
    deadline (the sweep reports a hang past `limit_s + slack`)."""

    name: str
    kind: str
    limit_s: float
    call: Callable[[str], object]


def add(a: int, b: int) -> dict[str, object]:
    """Add two integers (the tool the fuzzed agent runs).

    Args:
        a: the first integer.
        b: the second integer.
    """
    return {"answer": str(a + b), "certifies": True}


def _targets() -> list[Target]:
    # Imports stay inside so that `--help` is fast and a broken entry point fails the sweep, not the import.
    import agentlib
    from agentlib.commands.tokenizer import read_chat
    from agentlib.llm import ScriptedModel
    from agentlib.puzzles import fol
    from agentlib.report import load_run
    from agentlib.tools import constraints, notation, safe_math

    deadline = 4.0

    def constraint_spec(text: str) -> object:
        spec = {"sorts": {"Person": ["a", "b", "c"]}, "variables": {"knight_a": "Bool", "knight_b": "Bool",
                "x": "Int", "a": "Int", "b": "Int", "c": "Int"},
                "functions": {"pos": {"args": ["Person"], "returns": "Int"}},
                "constraints": [{"label": "c1", "expr": text}]}
        return constraints.check(spec, timeout_ms=int(deadline * 1000))

    def scripted_ask(text: str) -> object:
        model = ScriptedModel([text, "The answer is 42 [1]."])
        return agentlib.ask(agentlib.Document.from_text(TEMPLATES["document"][0]), "What did the company earn?",
                            backend=model, deadline_s=deadline)

    def scripted_tool_call(text: str) -> object:
        model = ScriptedModel([f"<tool_call>{text}</tool_call>", "The answer is 42."])
        return agentlib.ask(agentlib.Document.from_text(TEMPLATES["document"][0]), "What is 2*21?", backend=model,
                            deadline_s=deadline)

    def json_file(reader: Callable[[Path], object]) -> Callable[[str], object]:
        def call(text: str) -> object:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "input.json"
                path.write_text(text, encoding="utf-8", errors="surrogatepass")
                return reader(path)
        return call

    def check_trace_command(path: Path) -> object:
        from agentlib.commands import check_trace

        return check_trace._parse(path.read_text(encoding="utf-8", errors="surrogatepass"), path.name)

    def agent_run(text: str) -> object:
        from agentlib.agent import Agent, Budget

        plan = '{"steps": ["Add the numbers with add", "Report the sum"]}'
        call = '<tool_call>{"name": "add", "arguments": {"a": 2, "b": 3}}</tool_call>'
        script = [plan, call, '<answer cite="o2">5</answer>']
        script[len(text) % 3] = text  # the hostile reply replaces one turn; the turns after it still come
        agent = Agent(ScriptedModel([*script, text, text]), tools=[add], skills=text.startswith("{"),
                      budget=Budget(max_steps=4, max_new_tokens=160))
        return agent.run("What is 2 + 3?", deadline_s=deadline)

    def scripted_solve(text: str) -> object:
        model = ScriptedModel([text] * 6)
        return agentlib.solve("Who is a knight? " + text[:200], backend=model, deadline_s=deadline)

    def scripted_math(text: str) -> object:
        return agentlib.solve_math("What is the answer?", backend=ScriptedModel([text] * 4), deadline_s=deadline)

    def kb_from_text(text: str) -> object:
        from agentlib.kb import KnowledgeBase
        from agentlib.limits import Deadline

        base = KnowledgeBase.from_documents([agentlib.Document.from_text(text)], deadline=Deadline(deadline))
        return base.search("What did the company earn?", k=3)

    def kb_build_and_search(text: str) -> object:
        from agentlib.kb import KnowledgeBase

        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "notes.txt").write_bytes(text.encode("utf-8", errors="surrogatepass"))
            KnowledgeBase.build([Path(folder) / "notes.txt"], Path(folder) / "kb", deadline_s=deadline)
            return KnowledgeBase.load(Path(folder) / "kb").search(text[:2_000] or "?", k=3)

    def kb_query(text: str) -> object:
        return _fixed_base().search(text, k=5)

    return [
        Target("safe_math.parse_expression", "expression", deadline, lambda t: safe_math.parse_expression(t)),
        Target("notation.to_plain", "latex", deadline, lambda t: notation.to_plain(t)),
        Target("constraints.tokenize+check", "constraint", deadline, constraint_spec),
        Target("constraints.compile_spec(json)", "constraint", deadline, lambda t: constraints.compile_spec(t)),
        Target("fol.readings", "fol", deadline, lambda t: fol.readings(t)),
        Target("solve", "puzzle", deadline, lambda t: agentlib.solve(t, deadline_s=deadline)),
        Target("analyze", "puzzle", deadline, lambda t: agentlib.analyze(t, deadline_s=deadline)),
        Target("solve_math", "math", deadline, lambda t: agentlib.solve_math(t, deadline_s=deadline)),
        Target("practice", "math", deadline, lambda t: agentlib.practice(t, count=1, deadline_s=deadline)),
        Target("check_trace", "trace", deadline,
               lambda t: agentlib.check_trace("Compute 3 + 4, then double it.", t, deadline_s=deadline)),
        Target("check_trace(problem)", "math", deadline,
               lambda t: agentlib.check_trace(t, "3 + 4 = 7\nThe answer is 7.", deadline_s=deadline)),
        Target("summarize(text)", "document", deadline,
               lambda t: agentlib.summarize(agentlib.Document.from_text(t), cache=False, deadline_s=deadline)),
        Target("ask(scripted reply)", "trace", deadline, scripted_ask),
        Target("ask(scripted tool call)", "json", deadline, scripted_tool_call),
        Target("Agent.run(scripted reply)", "json", deadline, agent_run),
        Target("report.load_run(file)", "json", deadline, json_file(lambda p: load_run(p))),
        Target("check-trace JSON file", "json", deadline, json_file(check_trace_command)),
        Target("tokenizer chat file", "json", deadline, json_file(lambda p: read_chat(p))),
        Target("solve(scripted reply)", "constraint", deadline, scripted_solve),
        Target("solve_math(scripted reply)", "math", deadline, scripted_math),
        Target("ask(document) without a model", "document", deadline,
               lambda t: agentlib.ask(agentlib.Document.from_text(t), "What did the company earn?",
                                      deadline_s=deadline)),
        Target("ask(question) without a model", "puzzle", deadline,
               lambda t: agentlib.ask(agentlib.Document.from_text(TEMPLATES["document"][0]), t, deadline_s=deadline)),
        Target("kb.from_documents+search", "document", deadline, kb_from_text),
        Target("kb.build+load+search(file)", "document", deadline, kb_build_and_search),
        Target("kb.search(query)", "puzzle", deadline, kb_query),
        *(Target(f"cli {command}", kind, deadline + CLI_START_S, _cli_call(command, deadline))
          for command, kind in CLI_COMMANDS.items()),
    ]


@functools.lru_cache(maxsize=1)
def _fixed_base() -> Any:
    import agentlib
    from agentlib.kb import KnowledgeBase

    return KnowledgeBase.from_documents([agentlib.Document.from_text(TEMPLATES["document"][0])])


# Seconds a fresh interpreter may take to start a CLI command on a loaded machine (imports), on top of --deadline.
CLI_START_S = 8.0
# command -> the templates its inputs are built around
CLI_COMMANDS = {"solve": "puzzle", "analyze": "puzzle", "math": "math", "check-trace": "trace",
                "summarize": "document", "ask": "document"}
CLI_EXIT_CODES = {"check-trace": (0, 1, 2, 3)}  # 3: some steps not checked (deadline); others: 0, 1 or 2


class CliFailure(RuntimeError):
    """A CLI command that printed a traceback, exited with an undocumented status, or failed without one
    `error:` line (raised inside the sweep's child, so it is reported as a crash)."""


def _cli_call(command: str, deadline_s: float) -> Callable[[str], object]:
    """Runs `agentlib COMMAND` in a fresh interpreter on `text` as a user would: as a file (bytes written as they
    are, so lone surrogates make a file that is not UTF-8) or on standard input (`-`), alternately."""
    def call(text: str) -> object:
        data = text.encode("utf-8", errors="surrogatepass")
        on_stdin = len(text) % 2 == 1
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "input.txt"
            path.write_bytes(data)
            source = "-" if on_stdin else str(path)
            arguments = {"ask": [source, "What did the company earn?"],
                         "check-trace": [source, "--problem", "Compute 3 + 4, then double it."],
                         "summarize": [source, "--no-cache", "--no-progress"]}.get(command, [source])
            done = subprocess.run([sys.executable, "-m", "agentlib", command, *arguments, "--deadline",
                                   str(deadline_s)], input=data if on_stdin else b"", capture_output=True, check=False)
        stderr = done.stderr.decode("utf-8", errors="replace")
        last = stderr.strip().splitlines()[-1][:160] if stderr.strip() else ""
        if "Traceback (most recent call last)" in stderr:
            raise CliFailure(f"traceback, exit {done.returncode}: {last}")
        if done.returncode not in CLI_EXIT_CODES.get(command, (0, 1, 2)):
            raise CliFailure(f"exit {done.returncode}: {last}")
        if done.returncode == 2 and not last.startswith("error: "):
            raise CliFailure(f"exit 2 without an 'error:' line: {last}")
        return done.returncode
    return call


@dataclass
class Finding:
    target: str
    kind: str  # "crash" | "hang" | "memory"
    detail: str
    input_preview: str
    input_length: int


@dataclass
class TargetSummary:
    tried: int = 0
    findings: list[Finding] = field(default_factory=list)


def _preview(text: str) -> str:
    return ascii(text[:120]) + ("..." if len(text) > 120 else "")


def _child(target: Target, inputs: list[str], start: int, progress: Any, results: Any) -> None:
    from agentlib.errors import AgentlibError

    os.setpgid(0, 0)  # a group of its own, so that a hang is ended with everything the call started
    progress[2] = _rss_mb(os.getpid())  # growth is measured from here (a fork's resident size is not its parent's)
    for index in range(start, len(inputs)):
        progress[0], progress[1] = index, time.monotonic()
        try:
            target.call(inputs[index])
        except AgentlibError:
            pass
        except RecursionError as error:  # reported like any other crash, with the frame that raised it
            results.put((index, "crash", f"RecursionError: {str(error)[:80]}"))
        except BaseException as error:  # noqa: BLE001 - the sweep records every non-agentlib exception
            frames = traceback.extract_tb(error.__traceback__)
            where = f"{frames[-1].filename.rsplit('/', 2)[-1]}:{frames[-1].lineno}" if frames else "?"
            results.put((index, "crash", f"{type(error).__name__}: {str(error)[:120]} at {where}"))
    progress[0] = len(inputs)


def _kill_group(pid: int) -> None:
    """Kill the child and everything it started (it leads its own process group: the sandbox worker too)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _rss_mb(pid: int) -> float:
    """Resident memory of one process in MiB (Linux /proc; 0 where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def sweep_target(target: Target, inputs: list[str], *, slack_s: float, max_rss_mb: int,
                 first_call_s: float = 20.0) -> TargetSummary:
    """Runs `inputs` through `target` in forked children, restarting one after each hang or blow-up."""
    context = multiprocessing.get_context("fork")
    summary = TargetSummary(tried=len(inputs))
    start = 0
    while start < len(inputs):
        progress = context.Array("d", [float(start), time.monotonic(), -1.0])
        results = context.Queue()
        process = context.Process(target=_child, args=(target, inputs, start, progress, results), daemon=False)
        process.start()
        pid = cast(int, process.pid)
        stopped: tuple[str, str] | None = None
        while process.is_alive():
            time.sleep(0.05)
            index, began = int(progress[0]), progress[1]
            if index >= len(inputs):
                break
            elapsed = time.monotonic() - began
            rss_mb = _rss_mb(pid) - progress[2] if progress[2] >= 0 else 0.0
            if rss_mb > max_rss_mb:  # first: a call that blows up memory is usually slow too
                stopped = ("memory", f"grew by {rss_mb:.0f} MiB")
            elif elapsed > target.limit_s + slack_s + first_call_s * (index == start):  # the first call also imports
                stopped = ("hang", f"still running after {elapsed:.1f} s (deadline {target.limit_s} s)")
            if stopped:
                _kill_group(pid)
                break
        process.join(timeout=5)
        while not results.empty():
            index, kind, detail = results.get()
            summary.findings.append(Finding(target.name, kind, detail, _preview(inputs[index]), len(inputs[index])))
        index = int(progress[0])
        if stopped:
            summary.findings.append(Finding(target.name, stopped[0], stopped[1], _preview(inputs[index]),
                                            len(inputs[index])))
            start = index + 1
        elif index < len(inputs):  # the child died on its own (a segfault, os._exit)
            summary.findings.append(Finding(target.name, "crash", f"child exited with {process.exitcode}",
                                            _preview(inputs[index]), len(inputs[index])))
            start = index + 1
        else:
            start = len(inputs)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-target", type=int, default=60, help="inputs per entry point")
    parser.add_argument("--targets", default="", help="comma-separated target names (default: all)")
    parser.add_argument("--slack", type=float, default=3.0, help="seconds past a deadline that count as a hang")
    parser.add_argument("--max-rss-mb", type=int, default=1024)
    parser.add_argument("--mistakes", type=int, default=None,
                        help="inputs per entry point of what people send by mistake, after the hostile ones "
                             "(default: a third of --per-target)")
    args = parser.parse_args(argv)
    chosen = [t for t in _targets() if not args.targets or t.name in args.targets.split(",")]
    report: dict[str, Any] = {"seed": args.seed, "per_target": args.per_target, "targets": {}, "findings": []}
    started = time.monotonic()
    for target in chosen:
        rng = random.Random(f"{args.seed}:{target.name}")
        stream = hostile_inputs(rng, target.kind)
        inputs = [next(stream) for _ in range(args.per_target)]
        mistakes = mistaken_inputs(random.Random(f"{args.seed}:{target.name}:mistakes"), target.kind)
        inputs += [next(mistakes) for _ in range(args.per_target // 3 if args.mistakes is None else args.mistakes)]
        summary = sweep_target(target, inputs, slack_s=args.slack, max_rss_mb=args.max_rss_mb)
        report["targets"][target.name] = {"tried": summary.tried, "findings": len(summary.findings)}
        report["findings"].extend(vars(f) for f in summary.findings)
        print(f"{target.name}: {summary.tried} inputs, {len(summary.findings)} findings", file=sys.stderr, flush=True)
    report["seconds"] = round(time.monotonic() - started, 1)
    report["total_findings"] = len(report["findings"])
    print(json.dumps(report, ensure_ascii=True, indent=1))
    return 1 if report["findings"] else 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
