"""A yes/no question about a context: "does this imply that ...?" answered by entailment.

`answer_about(context, question)` reads the context with the controlled-English grammar and turns
the question into the statement it asks about:

    "Does this imply / mean / entail / conclude that S?"          -> S
    "If A, does this imply that S?"                               -> A -> S
    "Can we say at least one of the following must always be true? (a) S1 and (b) S2"   -> S1 or S2

The answer is "yes" when the context entails the statement and "no" when it does not (its negation
follows, or both are possible): "does this imply" asks for entailment, so "not implied" is "no". The
verdict is verified either way -- Z3 settled it -- and abstains when any sentence is not understood.
This is the model-free reader behind `agentlib eval logicbench` and a caller's "question about a
context" (the server's logical-reasoning endpoint).
"""

from __future__ import annotations

import re

from agentlib.limits import SOLVE_DEADLINE_S
from agentlib.puzzles.english.most_quantifier import most_as_some
from agentlib.puzzles.verdict import Verdict

_ASK = r"(?:does|do|can|could|would|is|will)\s+(?:this|that|it|the context|the information|the statement)\s+" \
       r"(?:imply|implies|mean|means|entail|entails|conclude|concludes|suggest|suggests|indicate|indicates|follow)" \
       r"(?:\s+that)?"
_IF_ASK = re.compile(rf"^if\s+(?P<condition>.+?),\s*{_ASK}\s+(?P<statement>.+)$", re.I)
_PLAIN_ASK = re.compile(rf"^(?:based on (?:the )?context,?\s*)?{_ASK}\s+(?P<statement>.+)$", re.I)
_AT_LEAST_ONE = re.compile(r"^(?:based on (?:the )?context,?\s*)?can we say,?\s+at least one of the following must "
                           r"(?:always )?be true\??\s*\(a\)\s*(?P<a>.+?)\s*(?:and|,)?\s*\(b\)\s*(?P<b>.+)$", re.I)


def statement_asked(question: str) -> str | None:
    """The yes/no question as "Is it true that S?" text the grammar reads; None for other questions."""
    text = re.sub(r"\s+", " ", question.strip()).rstrip("?. ")
    match = _AT_LEAST_ONE.match(text)
    if match is not None:
        a, b = (match.group(k).strip().rstrip(".") for k in ("a", "b"))
        return f"Is it true that either {a} or {b}?"
    match = _IF_ASK.match(text)
    if match is not None:
        return f"Is it true that if {match.group('condition')}, then {match.group('statement')}?"
    match = _PLAIN_ASK.match(text)
    if match is not None:
        return f"Is it true that {match.group('statement')}?"
    return None


def answer_about(context: str, question: str, *, deadline_s: float = SOLVE_DEADLINE_S) -> Verdict:
    """A verified "yes"/"no" for an entailment question about `context`, or the paraphrase reader's unverified
    answer when the grammar does not read the text, or an abstention (see the module notes)."""
    from agentlib.puzzles.solve import solve

    asked = statement_asked(question)
    entailment_question = asked is not None
    text = f"{context.strip()}\n{asked if asked is not None else question.strip()}"
    verdict = solve(text, family="english", deadline_s=deadline_s)
    if verdict.verified and entailment_question and verdict.answer == "cannot be determined" and \
            most_as_some(text) is not None:
        # "Most Xs P. ... Does this imply that A Ps?": read strictly, "most" leaves it open; a context of defaults
        # asked what it implies is answered as defaults are (the loose reader), else not at all
        open_strictly = Verdict(verdict.family, "abstained", failure="ambiguous", unparsed=verdict.unparsed,
                                reason="'most' read strictly leaves it open, and read as a default it may follow")
        return _loosely(context, question, open_strictly)
    if verdict.verified and entailment_question and verdict.answer == "cannot be determined":
        verdict.answer = "no"
        verdict.reason = "it does not follow: " + verdict.reason
    if verdict.failure == "not_parsed":
        return _loosely(context, question, verdict)
    return verdict


def _loosely(context: str, question: str, strict: Verdict) -> Verdict:
    """The paraphrase reader's answer, `unverified` (its propositions are matched wordings, not a parse)."""
    from agentlib.puzzles.english.paraphrase import decide, read_context, read_question

    reading = read_context(context)
    asked = read_question(question, reading)
    found = decide(reading, asked) if asked is not None else None
    if found is None:
        return strict
    wordings = "; ".join(" ~ ".join(dict.fromkeys(group)) for group in found.propositions if len(set(group)) > 1)
    return Verdict("english", "unverified", answer=found.answer, reader="grammar", unparsed=strict.unparsed,
                   reason=f"read loosely ({found.similarity}): propositions matched by meaning, not parsed"
                          + (f" [{wordings}]" if wordings else "") + "; the grammar did not read every sentence")
