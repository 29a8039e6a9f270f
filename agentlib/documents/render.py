"""Human-readable output: each sentence with its citations and verdict, then what was dropped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from agentlib.documents.citations import CheckedSentence

if TYPE_CHECKING:  # render is imported by summarize and qa, so it names their result types only for checkers
    from agentlib.documents.qa import AnswerWithCitations
    from agentlib.documents.summarize import Summary


def render_sentences(sentences: Sequence[CheckedSentence], dropped: Sequence[CheckedSentence] = ()) -> str:
    """Numbered sentences with `[P#]` citations and a verdict line; dropped sentences listed after."""
    lines = []
    for number, sentence in enumerate(sentences, 1):
        how = "" if sentence.explicit else " (support found by overlap)"
        cites = ", ".join(sentence.citations) or "none"
        lines.append(f"{number}. {sentence.text}")
        lines.append(f"   [{cites}]{how}  {'OK' if sentence.verdict.supported else 'FLAG'}: {sentence.verdict.label}")
    if dropped:
        lines.append("")
        lines.append(f"dropped ({len(dropped)} unsupported):")
        for sentence in dropped:
            lines.append(f"  - {sentence.text}  [{', '.join(sentence.citations) or 'none'}]  {sentence.verdict.label}")
    return "\n".join(lines)


def render_summary(summary: Summary) -> str:
    """A `Summary` as text: a header naming the method, the checked sentences, the drop list."""
    header = (f"summary of {summary.source} - {summary.method}; {summary.chunks} chunk(s), "
              f"{summary.rounds} merge round(s)")
    return header + "\n\n" + render_sentences(summary.sentences, summary.dropped)


def render_answer(answer: AnswerWithCitations) -> str:
    """An `AnswerWithCitations` as text."""
    lines = [f"Q: {answer.question}", f"A ({answer.method}): {answer.text}", "",
             render_sentences(answer.sentences, answer.dropped)]
    if answer.tool_calls:
        lines.append("")
        lines.extend(f"tool {c['name']}({c['arguments']}) -> {c['result']}" for c in answer.tool_calls)
    if answer.refused_tools:
        lines.append(f"refused tool calls (not allowed for this task): {', '.join(answer.refused_tools)}")
    return "\n".join(lines)
