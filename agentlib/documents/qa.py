"""Questions about a document: prefill it once, fork the state per question, cite and check answers.

With a backend that has sessions, the system prompt and the fenced document are prefilled once
(`backend.session(prefix)`); each question runs on a `fork()` of that state, so it costs only its own
tokens. Backends without sessions re-send the prefix with every question. A document too long for
the context is answered through an in-memory knowledge base (`agentlib.kb`): each question gets the
passages that BM25 and MiniLM embeddings rank best, within budget. `kb=` answers from a saved base.
Tools: the task fixes `allowed_tools` (default: a calculator, SymPy behind `agentlib.tools.safe_math`'s
AST allow-list, run in the sandbox worker with a deadline of `CALCULATE_DEADLINE_S`); a tool call
naming anything else is refused and recorded, whatever the document says. Tool results reach the
model neutralized (`agentlib.untrusted`). Without a backend, `ask` returns the best supporting
sentences, labelled "retrieval (no model)".
The whole call has a wall-clock deadline (`deadline_s`, default `agentlib.limits.ASK_DEADLINE_S`)
that every model and tool call runs within; a question not answered by then gets the retrieval
answer with `ended_by="deadline"`, never an exception.
Left out: multi-hop retrieval; tools beyond the calculator.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from agentlib.documents.budget import PromptGrowth, guarded_generate, overflow_error, session_generate
from agentlib.documents.chunking import Paragraph, paragraphs_until, render_paragraphs
from agentlib.documents.citations import CheckedSentence, best_paragraphs, cite_and_check
from agentlib.documents.faithfulness import SourceIndex, check_sentence, content_words, stem
from agentlib.documents.injection import neutralize
from agentlib.documents.prompts import messages_tokens, qa_document_messages, question_message
from agentlib.documents.reader import Document
from agentlib.documents.sentences import split_sentences
from agentlib.documents.summarize import as_document
from agentlib.errors import ContextOverflowError, DeadlineReached, InputError, ToolFailure
from agentlib.limits import ASK_DEADLINE_S, CALCULATE_DEADLINE_S, SUMMARY_FALLBACK_S, Deadline, check_count
from agentlib.llm import ChatSession, GenerateOptions, Message, TextModel, check_backend

if TYPE_CHECKING:
    from agentlib.kb.base import KnowledgeBase

RETRIEVAL = "retrieval (no model)"
RETRIEVAL_AFTER_DEADLINE = "retrieval (the deadline passed before the model answered)"
RETRIEVAL_PARTIAL = "retrieval (no model; the deadline passed before the whole document was searched)"
DEFAULT_TOOLS = ("calculate",)
MIN_TOOL_DEADLINE_S = 0.5  # below this a sandbox call would only time out (and restart the worker)
MAX_RESULT_CHARS = 200
_TOOL_CALL = re.compile(r"<tool_call>(.*?)(?:</tool_call>|$)", re.S)
EndedBy = Literal["complete", "deadline"]


@dataclass
class AnswerWithCitations:
    """An answer: checked sentences, dropped (unsupported) ones, tool activity and how it was made."""

    question: str
    sentences: list[CheckedSentence]
    dropped: list[CheckedSentence]
    method: str
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    refused_tools: list[str] = field(default_factory=list)
    prompt_tokens: int = 0
    ended_by: EndedBy = "complete"

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences) or "No supported answer found in the document."

    def render(self) -> str:
        """Human-readable: each sentence with its citations and verdict, then what was dropped."""
        from agentlib.documents.render import render_answer

        return render_answer(self)

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "method": self.method, "answer": self.text,
                "sentences": [s.to_dict() for s in self.sentences], "dropped": [s.to_dict() for s in self.dropped],
                "tool_calls": self.tool_calls, "refused_tools": self.refused_tools, "ended_by": self.ended_by}

# a question is matched word by word against every paragraph several times over: a megabyte of question ran 5 s
# past a 3 s deadline (12 MB: 14 s)
MAX_QUESTION_CHARS = 20_000


def ask(source: str | Path | Document | KnowledgeBase | None, question: str, *, backend: TextModel | None = None,
        context_length: int | None = None, allowed_tools: Sequence[str] = DEFAULT_TOOLS,
        max_new_tokens: int = 512, max_tool_steps: int = 3, deadline_s: float | None = None,
        kb: KnowledgeBase | str | Path | None = None) -> AnswerWithCitations:
    """Answer one question about a document, or about a knowledge base (`kb=`, source None; see module docstring).

    Raises:
        InputError: as `ask_many` (a bad question, deadline, document, backend or count);
            `KnowledgeBaseError` (an `InputError` with a typed `reason`) for a `kb` folder that is not a usable base.
    """
    return ask_many(source, [question], backend=backend, context_length=context_length,
                    allowed_tools=allowed_tools, max_new_tokens=max_new_tokens, max_tool_steps=max_tool_steps,
                    deadline_s=deadline_s, kb=kb)[0]


def ask_many(source: str | Path | Document | KnowledgeBase | None, questions: Sequence[str], *,
             backend: TextModel | None = None, context_length: int | None = None,
             allowed_tools: Sequence[str] = DEFAULT_TOOLS, max_new_tokens: int = 512, max_tool_steps: int = 3,
             deadline_s: float | None = None,
             kb: KnowledgeBase | str | Path | None = None) -> list[AnswerWithCitations]:
    """Answer several questions over one prefilled document state (forked per question).

    `kb` (a `KnowledgeBase` or its folder, with `source` None; or a `KnowledgeBase` as `source`) answers from
    the passages each question retrieves instead (`agentlib.kb.answer`).

    Args:
        deadline_s: wall-clock seconds for all the questions (default `ASK_DEADLINE_S`); a question
            not answered by then gets the retrieval answer with `ended_by="deadline"`.
    Raises:
        InputError: a question that is not text, empty or longer than `MAX_QUESTION_CHARS`, a bad deadline, an
            unreadable document, or both a document and a knowledge base; a backend that is not a `TextModel`, or a
            token or step count that is not a whole number.
    """
    deadline = Deadline(ASK_DEADLINE_S if deadline_s is None else deadline_s)
    backend = check_backend(backend)
    check_count(max_new_tokens, "max_new_tokens")
    check_count(max_tool_steps, "max_tool_steps", 0)
    if context_length is not None:
        check_count(context_length, "context_length")
    if isinstance(allowed_tools, str) or not isinstance(allowed_tools, Iterable):
        raise InputError(f"allowed_tools must be a list of tool names, not {type(allowed_tools).__name__}")
    if isinstance(questions, str):
        raise InputError("questions must be a list of questions, not one string; use ask() for one")
    if not isinstance(questions, Iterable):
        raise InputError(f"questions must be a list of questions, not {type(questions).__name__}")
    questions = list(questions)  # read several times below: a generator would be spent by the first check
    for question in questions:
        if not isinstance(question, str):
            raise InputError(f"a question must be text, not {type(question).__name__}")
        if len(question) > MAX_QUESTION_CHARS:
            raise InputError(f"the question has {len(question):,} characters; the limit is {MAX_QUESTION_CHARS:,} "
                             "(a document goes in as the source, not as the question)")
    knowledge = _knowledge_base(source, kb)
    if knowledge is not None:
        from agentlib.kb.answer import ask_kb

        return ask_kb(knowledge, questions, backend=backend, context_length=context_length,
                      allowed_tools=allowed_tools, max_new_tokens=max_new_tokens, max_tool_steps=max_tool_steps,
                      deadline=deadline)
    document = as_document(cast("str | Path | Document", source))  # a KnowledgeBase source returned above
    for question in questions:
        if not question.strip():
            raise InputError("the question is empty; ask something about the document")
    paragraphs, complete = paragraphs_until(document, deadline)
    if backend is None or not complete:  # with a model: no time left to ask it, so answer by retrieval
        return [_retrieve_within(question, paragraphs, complete, deadline, backend is not None)
                for question in questions]
    context = context_length or backend.context_length
    tools = tuple(allowed_tools)
    options = GenerateOptions(max_new_tokens=max_new_tokens)
    longest_question = max(messages_tokens([question_message(q)], backend.count_tokens) for q in questions)
    reserve = longest_question + max_new_tokens * (1 + max_tool_steps) + 64
    prefix = _prefix(paragraphs, tools, backend, context - reserve)
    if prefix is None:  # larger than the context: answer from the passages each question retrieves
        from agentlib.kb.answer import ask_kb
        from agentlib.kb.base import KnowledgeBase

        try:
            knowledge = KnowledgeBase.from_documents([document], deadline=deadline)
        except DeadlineReached:  # embedding a long document did not finish: answer by retrieval, say so
            cut = Deadline(SUMMARY_FALLBACK_S)  # one bound for all the questions' fallbacks
            fallback = [_retrieve(question, paragraphs, cut) for question in questions]
            for answer in fallback:
                answer.method, answer.ended_by = RETRIEVAL_AFTER_DEADLINE, "deadline"
            return fallback
        return ask_kb(knowledge, questions, backend=backend, context_length=context, allowed_tools=tools,
                      max_new_tokens=max_new_tokens, max_tool_steps=max_tool_steps, deadline=deadline)
    session = backend.session(prefix)
    answers = []
    late_deadline: Deadline | None = None  # started by the first question the deadline cuts; shared by the rest
    for question in questions:
        turn = _Turn(backend, session.fork() if session is not None else None, prefix, context, options, tools,
                     deadline)
        try:
            reply = turn.run(question, max_tool_steps)
        except DeadlineReached:
            late_deadline = late_deadline or Deadline(SUMMARY_FALLBACK_S)
            late = _retrieve(question, paragraphs, late_deadline)
            late.method, late.ended_by, late.tool_calls = RETRIEVAL_AFTER_DEADLINE, "deadline", turn.tool_calls
            late.refused_tools = turn.refused
            answers.append(late)
            continue
        # Results of allowed tool calls are evidence too: "300 more" may be 1,500 - 1,200.
        tool_evidence = " ".join(f"{c['arguments'].get('expression', '')} = {c['result']}" for c in turn.tool_calls)
        # checking gets what is left, or the fallback's grace: a reply of megabytes (a scripted or remote model)
        # would otherwise be checked sentence by sentence past any deadline
        checking = Deadline(max(deadline.remaining(), SUMMARY_FALLBACK_S))
        checked = cite_and_check(reply, paragraphs, extra_evidence=tool_evidence, deadline=checking)
        answers.append(AnswerWithCitations(question, [s for s in checked if s.verdict.supported],
                                           [s for s in checked if not s.verdict.supported],
                                           f"model:{backend.name}", turn.tool_calls, turn.refused,
                                           ended_by="deadline" if checking.expired else "complete"))
    return answers


# More characters a token than any tokenizer averages over a document: a document longer than this many characters a
# token of the budget cannot fit, and is sent to retrieval without being neutralized and counted whole (a 13 MB file
# took 3.7 s, past a 2 s deadline, only to learn that it does not fit). A wrong guess costs only the retrieval path.
_MAX_CHARS_PER_TOKEN = 32


def _prefix(paragraphs: list[Paragraph], tools: tuple[str, ...], backend: TextModel,
            budget: int) -> list[Message] | None:
    """The whole document as the shared prefix, or None when it does not fit `budget`."""
    if sum(len(p.text) for p in paragraphs) > max(budget, 0) * _MAX_CHARS_PER_TOKEN:
        return None
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

    def __init__(self, backend: TextModel, session: ChatSession | None, prefix: list[Message], context: int,
                 options: GenerateOptions, tools: tuple[str, ...], deadline: Deadline):
        self.backend, self.session, self.prefix, self.context = backend, session, prefix, context
        self.options, self.tools, self.deadline = options, tools, deadline
        self.history: list[Message] = []
        self.tool_calls: list[dict[str, Any]] = []
        self.refused: list[str] = []

    def send(self, message: Message, growth: PromptGrowth) -> str:
        """One model turn within the deadline (raises DeadlineReached past it). `growth` says what `message` is,
        so a context overflow names what filled the context (the question, or the model's own exchange)."""
        self.history.append(message)
        if self.session is not None:
            try:
                self.session.add(message)
                text = session_generate(self.session, self.options, self.deadline).text
            except ContextOverflowError as error:
                raise overflow_error(error.prompt_tokens, self.options.max_new_tokens, error.context_length,
                                     growth) from error
        else:
            messages = [*self.prefix, *self.history]
            text = guarded_generate(self.backend, messages, self.options, self.context, self.deadline, growth).text
        self.history.append(Message("assistant", text))
        return text

    def run(self, question: str, max_tool_steps: int) -> str:
        reply = self.send(question_message(question), "question")
        for _ in range(max_tool_steps):
            calls = _TOOL_CALL.findall(reply)
            if not calls:
                break
            results = [self.execute(raw) for raw in calls]
            reply = self.send(Message("tool", neutralize("\n".join(results)), trusted=False), "exchange")
        return _TOOL_CALL.sub("", reply).strip()

    def execute(self, raw: str) -> str:
        try:
            call = json.loads(raw.strip())
            name, arguments = str(call["name"]), dict(call.get("arguments") or {})
        except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: JSON nested too deeply
            return "error: a tool call must be JSON {\"name\": ..., \"arguments\": {...}}"
        if name not in self.tools:
            self.refused.append(name)
            return f"error: tool {name!r} is not allowed for this task (allowed: {', '.join(self.tools) or 'none'})"
        result = calculate(str(arguments.get("expression", "")), deadline_s=self.deadline.cap(CALCULATE_DEADLINE_S))
        self.tool_calls.append({"name": name, "arguments": arguments, "result": result})
        return f"{name} -> {result}"


def calculate(expression: str, deadline_s: float = CALCULATE_DEADLINE_S) -> str:
    """The value of an arithmetic expression, as text for a model ("300", "0.3333333333", "error: ...").

    The expression is parsed by `agentlib.tools.safe_math` (AST allow-list, never eval) and evaluated
    by SymPy inside the sandbox worker (`agentlib.sandbox`: memory limit, `deadline_s` wall clock,
    the worker killed and replaced past it), so no expression can hang or exhaust this process.
    """
    if deadline_s < MIN_TOOL_DEADLINE_S:
        return "error: no time left for the calculator"
    if len(expression) > 2000:
        return "error: the expression is too long (over 2000 characters)"
    try:
        from agentlib.sandbox import default_sandbox
    except ImportError:
        return "error: the calculator (agentlib.sandbox, agentlib.tools) is not installed"
    try:
        out = default_sandbox().call("agentlib.tools.sympy_ops:evaluate", {"expression": expression, "precision": 15},
                                     deadline_s=deadline_s)
    except (InputError, ToolFailure) as error:  # a refused expression, a deadline, a crashed worker
        return f"error: {error}"[:MAX_RESULT_CHARS]
    number = out.get("float") if isinstance(out, dict) else None
    if isinstance(number, (int, float)) and math.isfinite(number):
        return str(int(number)) if float(number).is_integer() and abs(number) < 1e15 else f"{number:.10g}"
    text = str(out.get("result", "")) if isinstance(out, dict) else str(out)
    return text if len(text) <= MAX_RESULT_CHARS else f"{text[:MAX_RESULT_CHARS]}... ({len(text)} characters)"


def _retrieve_within(question: str, paragraphs: list[Paragraph], complete: bool, deadline: Deadline,
                     had_model: bool) -> AnswerWithCitations:
    """`_retrieve` within `deadline`: from the paragraphs read and scored in time, with `ended_by="deadline"` when
    the deadline cut the reading or the scoring short."""
    answer = _retrieve(question, paragraphs, deadline)
    if not complete or deadline.expired:
        answer.ended_by = "deadline"
        answer.method = RETRIEVAL_AFTER_DEADLINE if had_model else RETRIEVAL_PARTIAL
    return answer


_CHECK_WINDOW = 4_000  # characters on each side of a quoted sentence that its check reads in a long paragraph
_SENTENCES_BETWEEN_CHECKS = 256  # sentences scored between two looks at the deadline


def _retrieve(question: str, paragraphs: list[Paragraph], deadline: Deadline | None = None) -> AnswerWithCitations:
    """Without a model: the sentences of the best matching paragraphs that share most with the question (of the
    paragraphs scored before `deadline`, when given).

    With `deadline`, the sentences of those paragraphs are split and scored until `SUMMARY_FALLBACK_S` past it (a
    paragraph of a megabyte with no blank line took 17 s past a 5 s deadline), and each quoted sentence is checked
    against the paragraph within `_CHECK_WINDOW` characters of it: the sentence is the source's own words, so the
    window holds its support, and a smaller source only makes the check stricter."""
    target = {stem(w) for w in content_words(question)}
    left = math.inf if deadline is None else deadline.remaining() + SUMMARY_FALLBACK_S
    scan = Deadline(left) if 0 < left < math.inf else None
    sentences: list[tuple[int, str, Paragraph, int, int]] = []
    try:
        if left <= 0:
            raise DeadlineReached("no time was left to score sentences")
        for paragraph in best_paragraphs(question, paragraphs, k=3, deadline=deadline):
            for number, sentence in enumerate(split_sentences(paragraph.text, deadline=scan)):
                if scan is not None and number % _SENTENCES_BETWEEN_CHECKS == 0 and scan.expired:
                    raise DeadlineReached("the deadline passed while scoring sentences")
                overlap = len(target & {stem(w) for w in content_words(sentence.text)})
                if overlap:
                    sentences.append((overlap, sentence.text, paragraph, sentence.start, sentence.end))
    except DeadlineReached:
        pass  # the best of the sentences scored so far; `_retrieve_within` says "deadline"
    sentences.sort(key=lambda item: -item[0])
    checked = [CheckedSentence(" ".join(text.split()), (p.id,), ((p.start, p.end),),
                               check_sentence(text, SourceIndex.build(
                                   p.text[max(0, start - _CHECK_WINDOW):end + _CHECK_WINDOW])))
               for _, text, p, start, end in sentences[:3]]
    return AnswerWithCitations(question, checked, [], RETRIEVAL)
