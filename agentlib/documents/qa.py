"""Questions about a document: prefill it once, fork the state per question, cite and check answers.

With a backend that has sessions, the system prompt and the fenced document are prefilled once
(`backend.session(prefix)`); each question runs on a `fork()` of that state, so it costs only its own
tokens. Backends without sessions re-send the prefix with every question. A document too long for
the context is answered through an in-memory knowledge base (`agentlib.kb`): each question gets the
passages that BM25 and MiniLM embeddings rank best, within budget. `kb=` answers from a saved base.
Tools: the task fixes `allowed_tools` (default: a calculator over `agentlib.tools.safe_math`, which
parses with an AST allow-list, never eval); a tool call naming anything else is refused and recorded,
whatever the document says. Without a backend, `ask` returns the best supporting sentences, labelled
"retrieval (no model)".
Left out: multi-hop retrieval; tools beyond the calculator.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Sequence, cast

from agentlib.documents.budget import guarded_generate
from agentlib.documents.chunking import Paragraph, render_paragraphs, split_paragraphs
from agentlib.documents.citations import CheckedSentence, best_paragraphs, cite_and_check
from agentlib.documents.faithfulness import SourceIndex, check_sentence, content_words, stem
from agentlib.documents.injection import neutralize
from agentlib.documents.prompts import messages_tokens, qa_document_messages, question_message
from agentlib.documents.reader import Document
from agentlib.documents.sentences import split_sentences
from agentlib.documents.summarize import as_document
from agentlib.errors import InputError
from agentlib.llm import GenerateOptions, Message, TextModel

if TYPE_CHECKING:
    from agentlib.kb.base import KnowledgeBase

RETRIEVAL = "retrieval (no model)"
DEFAULT_TOOLS = ("calculate",)
_TOOL_CALL = re.compile(r"<tool_call>(.*?)(?:</tool_call>|$)", re.S)


@dataclass
class AnswerWithCitations:
    """An answer: checked sentences, dropped (unsupported) ones, tool activity and how it was made."""

    question: str
    sentences: list[CheckedSentence]
    dropped: list[CheckedSentence]
    method: str
    tool_calls: list[dict] = field(default_factory=list)
    refused_tools: list[str] = field(default_factory=list)
    prompt_tokens: int = 0

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences) or "No supported answer found in the document."

    def render(self) -> str:
        """Human-readable: each sentence with its citations and verdict, then what was dropped."""
        from agentlib.documents.render import render_answer

        return render_answer(self)

    def to_dict(self) -> dict:
        return {"question": self.question, "method": self.method, "answer": self.text,
                "sentences": [s.to_dict() for s in self.sentences], "dropped": [s.to_dict() for s in self.dropped],
                "tool_calls": self.tool_calls, "refused_tools": self.refused_tools}


def ask(source: str | Path | Document | KnowledgeBase | None, question: str, *, backend: TextModel | None = None,
        context_length: int | None = None, allowed_tools: Sequence[str] = DEFAULT_TOOLS,
        max_new_tokens: int = 512, max_tool_steps: int = 3,
        kb: KnowledgeBase | str | Path | None = None) -> AnswerWithCitations:
    """Answer one question about a document, or about a knowledge base (`kb=`, source None; see module docstring)."""
    return ask_many(source, [question], backend=backend, context_length=context_length,
                    allowed_tools=allowed_tools, max_new_tokens=max_new_tokens, max_tool_steps=max_tool_steps,
                    kb=kb)[0]


def ask_many(source: str | Path | Document | KnowledgeBase | None, questions: Sequence[str], *,
             backend: TextModel | None = None, context_length: int | None = None,
             allowed_tools: Sequence[str] = DEFAULT_TOOLS, max_new_tokens: int = 512, max_tool_steps: int = 3,
             kb: KnowledgeBase | str | Path | None = None) -> list[AnswerWithCitations]:
    """Answer several questions over one prefilled document state (forked per question).

    `kb` (a `KnowledgeBase` or its folder, with `source` None; or a `KnowledgeBase` as `source`) answers from
    the passages each question retrieves instead (`agentlib.kb.answer`).
    Raises:
        InputError: an empty question, an unreadable document, or both a document and a knowledge base.
    """
    knowledge = _knowledge_base(source, kb)
    if knowledge is not None:
        from agentlib.kb.answer import ask_kb

        return ask_kb(knowledge, questions, backend=backend, context_length=context_length,
                      allowed_tools=allowed_tools, max_new_tokens=max_new_tokens, max_tool_steps=max_tool_steps)
    document = as_document(cast("str | Path | Document", source))  # a KnowledgeBase source returned above
    for question in questions:
        if not isinstance(question, str) or not question.strip():
            raise InputError("the question is empty; ask something about the document")
    paragraphs = split_paragraphs(document)
    if backend is None:
        return [_retrieve(question, paragraphs) for question in questions]
    context = context_length or backend.context_length
    tools = tuple(allowed_tools)
    options = GenerateOptions(max_new_tokens=max_new_tokens)
    longest_question = max(messages_tokens([question_message(q)], backend.count_tokens) for q in questions)
    reserve = longest_question + max_new_tokens * (1 + max_tool_steps) + 64
    prefix = _prefix(paragraphs, tools, backend, context - reserve)
    if prefix is None:  # larger than the context: answer from the passages each question retrieves
        from agentlib.kb.answer import ask_kb
        from agentlib.kb.base import KnowledgeBase

        return ask_kb(KnowledgeBase.from_documents([document]), questions, backend=backend, context_length=context,
                      allowed_tools=tools, max_new_tokens=max_new_tokens, max_tool_steps=max_tool_steps)
    session = backend.session(prefix)
    answers = []
    for question in questions:
        turn = _Turn(backend, session.fork() if session is not None else None, prefix, context, options, tools)
        reply = turn.run(question, max_tool_steps)
        # Results of allowed tool calls are evidence too: "300 more" may be 1,500 - 1,200.
        tool_evidence = " ".join(f"{c['arguments'].get('expression', '')} = {c['result']}" for c in turn.tool_calls)
        checked = cite_and_check(reply, paragraphs, extra_evidence=tool_evidence)
        answers.append(AnswerWithCitations(question, [s for s in checked if s.verdict.supported],
                                           [s for s in checked if not s.verdict.supported],
                                           f"model:{backend.name}", turn.tool_calls, turn.refused))
    return answers


def _prefix(paragraphs: list[Paragraph], tools: tuple[str, ...], backend: TextModel,
            budget: int) -> list[Message] | None:
    """The whole document as the shared prefix, or None when it does not fit `budget`."""
    messages = qa_document_messages(render_paragraphs(paragraphs), tools)
    if messages_tokens(messages, lambda t: backend.count_tokens(neutralize(t))) <= budget:
        return messages
    return None


def _knowledge_base(source: object, kb: object) -> KnowledgeBase | None:
    """The knowledge base to answer from (`kb=`, or a KnowledgeBase passed as the source), else None."""
    from agentlib.kb.base import KnowledgeBase

    if isinstance(source, KnowledgeBase):
        if kb is not None:
            raise InputError("give the knowledge base once: as the source or as kb=, not both")
        return source
    if kb is None:
        return None
    if source is not None:
        raise InputError("give a document or a knowledge base (kb=), not both")
    if isinstance(kb, KnowledgeBase):
        return kb
    if isinstance(kb, (str, Path)):
        return KnowledgeBase.load(kb)
    raise InputError(f"kb must be a KnowledgeBase or its folder, not {type(kb).__name__}")


class _Turn:
    """One question's exchange: the model may call allowed tools, bounded by `max_tool_steps`."""

    def __init__(self, backend: TextModel, session, prefix: list[Message], context: int,
                 options: GenerateOptions, tools: tuple[str, ...]):
        self.backend, self.session, self.prefix, self.context = backend, session, prefix, context
        self.options, self.tools = options, tools
        self.history: list[Message] = []
        self.tool_calls: list[dict] = []
        self.refused: list[str] = []

    def send(self, message: Message) -> str:
        self.history.append(message)
        if self.session is not None:
            self.session.add(message)
            text = self.session.generate(self.options).text
        else:
            text = guarded_generate(self.backend, [*self.prefix, *self.history], self.options, self.context).text
        self.history.append(Message("assistant", text))
        return text

    def run(self, question: str, max_tool_steps: int) -> str:
        reply = self.send(question_message(question))
        for _ in range(max_tool_steps):
            calls = _TOOL_CALL.findall(reply)
            if not calls:
                break
            results = [self.execute(raw) for raw in calls]
            reply = self.send(Message("tool", neutralize("\n".join(results)), trusted=False))
        return _TOOL_CALL.sub("", reply).strip()

    def execute(self, raw: str) -> str:
        try:
            call = json.loads(raw.strip())
            name, arguments = str(call["name"]), dict(call.get("arguments") or {})
        except (ValueError, KeyError, TypeError):
            return "error: a tool call must be JSON {\"name\": ..., \"arguments\": {...}}"
        if name not in self.tools:
            self.refused.append(name)
            return f"error: tool {name!r} is not allowed for this task (allowed: {', '.join(self.tools) or 'none'})"
        result = calculate(str(arguments.get("expression", "")))
        self.tool_calls.append({"name": name, "arguments": arguments, "result": result})
        return f"{name} -> {result}"


def calculate(expression: str) -> str:
    """Evaluate an arithmetic expression with the safe SymPy parser (AST allow-list, never eval)."""
    try:
        from agentlib.tools.safe_math import parse_expression
    except ImportError:
        return "error: the calculator (agentlib.tools.safe_math) is not installed"
    try:
        value = parse_expression(expression)
        number = float(value.evalf(15))
        return str(int(number)) if number.is_integer() else f"{number:.10g}"
    except Exception as error:  # the parser raises typed errors; report any as the tool's answer
        return f"error: {error}"


def _retrieve(question: str, paragraphs: list[Paragraph]) -> AnswerWithCitations:
    """Without a model: the sentences of the best matching paragraphs that share most with the question."""
    target = {stem(w) for w in content_words(question)}
    sentences: list[tuple[int, str, Paragraph]] = []
    for paragraph in best_paragraphs(question, paragraphs, k=3):
        for sentence in split_sentences(paragraph.text):
            overlap = len(target & {stem(w) for w in content_words(sentence.text)})
            if overlap:
                sentences.append((overlap, sentence.text, paragraph))
    sentences.sort(key=lambda item: -item[0])
    checked = [CheckedSentence(" ".join(text.split()), (p.id,), ((p.start, p.end),), check_sentence(text, SourceIndex.build(p.text)))
               for _, text, p in sentences[:3]]
    return AnswerWithCitations(question, checked, [], RETRIEVAL)
