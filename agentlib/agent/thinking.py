"""Think-tag handling for reasoning models: split `<think>...</think>` from the visible reply.

Reasoning models (Phi-4-mini-flash-reasoning, DeepSeek-R1 style) write their chain of thought in a
think block before answering. A block may be unterminated when generation stopped inside it, and
some chat templates open the block in the prompt so the reply starts mid-thought with only the
closing tag. `split_thinking` handles all three shapes.

`THINK_CLOSE_NUDGE` is what the loop sends when a think budget runs out: the partial thought is
closed with `</think>` and the model is told to act now.
Left out: token-level forcing inside a backend (the loop works through the TextModel protocol).
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN = "<think>"
CLOSE = "</think>"
THINK_CLOSE_NUDGE = (
    "Your thinking budget is used up. Do not think further: reply now with one <tool_call> "
    "or with your final <answer>...</answer>."
)


@dataclass(frozen=True)
class SplitReply:
    """A reply split into `thinking` and the visible `rest`; `open_block` is True when the last
    think block never closed (generation stopped inside it)."""

    thinking: str
    rest: str
    open_block: bool


def split_thinking(text: str) -> SplitReply:
    """Separate think blocks from the visible text of a model reply (one left-to-right scan: linear time)."""
    thoughts: list[str] = []
    if CLOSE in text and OPEN not in text.split(CLOSE, 1)[0]:
        # The template opened the block in the prompt: everything before the first close is thought.
        head, text = text.split(CLOSE, 1)
        thoughts.append(head)
    visible: list[str] = []
    position, open_block = 0, False
    while True:
        start = text.find(OPEN, position)
        if start < 0:
            visible.append(text[position:])
            break
        visible.append(text[position:start])
        end = text.find(CLOSE, start + len(OPEN))
        if end < 0:
            thoughts.append(text[start + len(OPEN) :])
            open_block = True
            break
        thoughts.append(text[start + len(OPEN) : end])
        position = end + len(CLOSE)
    rest = "".join(visible)
    return SplitReply("\n".join(t.strip() for t in thoughts if t.strip()), rest.strip(), open_block)


def close_thinking(partial: str) -> str:
    """The partial reply with its open think block closed, ready to send back as the assistant turn."""
    return partial.rstrip() + "\n" + CLOSE
