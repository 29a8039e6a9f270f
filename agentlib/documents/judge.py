"""Model-assisted support judgement: the model reads a sentence and its evidence spans and says yes/no.

Used by `agentlib eval summedits|qags --backend` on top of the tools-only checker. The evidence is
fenced as untrusted data; an unparseable reply counts as "supported" so the model can only add flags
it states plainly.
"""

from __future__ import annotations

from collections.abc import Callable

from agentlib.documents.faithfulness import SupportVerdict
from agentlib.documents.injection import fence
from agentlib.llm import GenerateOptions, Message, TextModel

JUDGE_SYSTEM = ("You check whether a sentence is fully supported by evidence passages. Answer with one word: "
                "yes if every fact in the sentence is stated in the evidence, no otherwise.")


def make_judge(backend: TextModel) -> Callable[[str, SupportVerdict], bool]:
    """A function (sentence, checker verdict) -> True when the model says the evidence supports it."""
    options = GenerateOptions(max_new_tokens=4)

    def judge(sentence: str, verdict: SupportVerdict) -> bool:
        evidence = "\n".join(verdict.evidence) or "(no matching passage)"
        messages = [Message("system", JUDGE_SYSTEM), Message("user", fence(evidence, "EVIDENCE"), trusted=False),
                    Message("user", fence(sentence, "SENTENCE"), trusted=False),
                    Message("user", "Is the sentence supported? Answer yes or no.")]
        reply = backend.generate(messages, options).text.strip().lower()
        return not reply.startswith("no")

    return judge
