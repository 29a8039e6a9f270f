"""Question answering: one prefill forked per question, re-send without sessions, tools, retrieval."""

from __future__ import annotations

import pytest

from agentlib.documents.qa import RETRIEVAL, ask, ask_many
from agentlib.documents.reader import Document
from agentlib.errors import InputError
from agentlib.llm import Message, ScriptedModel

DOC = Document.from_text("# Sales\n\nAcme sold 1,200 units in 2021 and 1,500 units in 2022.\n\n# People\n\nThe CEO is Jane Doe.")


class ForkingModel(ScriptedModel):
    """A scripted model with sessions that records how many prefix tokens were prefilled."""

    def __init__(self, script):
        super().__init__(script)
        self.prefilled_messages = 0
        self.forks = 0

    def session(self, messages=()):
        model = self

        class _Session:
            def __init__(self, history):
                self.history = list(history)

            @property
            def turns(self):
                return len(self.history)

            def add(self, *messages):
                model.prefilled_messages += len(messages)
                self.history.extend(messages)

            def generate(self, options=None):
                completion = model.generate(self.history, options)
                self.history.append(Message("assistant", completion.text))
                return completion

            def fork(self):
                model.forks += 1
                return _Session(self.history)

            def rewind(self, turn):
                del self.history[turn:]

        self.prefilled_messages += len(messages)
        return _Session(messages)


def test_document_is_prefilled_once_and_forked_per_question():
    model = ForkingModel(lambda m, o: "The CEO is Jane Doe [P2].")
    answers = ask_many(DOC, ["Who is the CEO?", "Who leads Acme?", "Name the CEO."], backend=model)
    assert model.forks == 3
    assert model.prefilled_messages == 2 + 3  # system + document once, then one question per fork
    assert all(a.text == "The CEO is Jane Doe." for a in answers)


def test_backend_without_sessions_resends_the_document():
    model = ScriptedModel(lambda m, o: "Acme sold 1,500 units in 2022 [P1].")
    answer = ask(DOC, "How many units in 2022?", backend=model)
    assert answer.text == "Acme sold 1,500 units in 2022."
    assert [m.role for m in model.calls[0][0]] == ["system", "user", "user"]
    assert model.calls[0][0][1].trusted is False


def test_calculator_result_supports_a_derived_number_and_other_tools_are_refused():
    replies = iter(['<tool_call>{"name": "shell", "arguments": {"cmd": "rm"}}</tool_call>'
                    '<tool_call>{"name": "calculate", "arguments": {"expression": "1500 - 1200"}}</tool_call>',
                    "Acme sold 300 more units in 2022 than in 2021 [P1]."])
    answer = ask(DOC, "How many more units in 2022?", backend=ScriptedModel(lambda m, o: next(replies)))
    assert answer.refused_tools == ["shell"]
    assert answer.tool_calls[0]["result"] == "300"
    assert answer.text == "Acme sold 300 more units in 2022 than in 2021."


def test_unsupported_answer_is_dropped_not_shown():
    answer = ask(DOC, "Who is the CEO?", backend=ScriptedModel(["The CEO is John Smith [P2]."]))
    assert answer.sentences == [] and answer.dropped[0].text == "The CEO is John Smith."


def test_retrieval_without_model_is_labelled():
    answer = ask(DOC, "Who is the CEO?")
    assert answer.method == RETRIEVAL and answer.text == "The CEO is Jane Doe."
    assert answer.sentences[0].citations == ("P2",)


def test_long_document_is_narrowed_to_matching_paragraphs_within_context():
    paragraphs = [f"Paragraph {i} talks about gardening and soil." for i in range(400)]
    paragraphs[250] = "The treasure is buried under the old oak tree."
    model = ScriptedModel(lambda m, o: "The treasure is buried under the old oak tree [P251].", context_length=2048)
    answer = ask(Document.from_text("\n\n".join(paragraphs)), "Where is the treasure buried?", backend=model,
                 max_new_tokens=128)
    assert "[P251]" in model.calls[0][0][1].content
    assert answer.text == "The treasure is buried under the old oak tree."


def test_empty_question_is_an_input_error():
    with pytest.raises(InputError, match="question is empty"):
        ask(DOC, "  ")
