"""An argument typed into `solve` with a question about its validity ("... Therefore some pets are mammals. Is this
argument valid?", "Valid or invalid?", "Does the conclusion follow?"): answered as `analyze` answers it, "valid" or
"invalid" with Z3's proof or counter-model, instead of abstaining on a question form the puzzle grammar does not ask.

Only a question about the argument as a whole is handed over (`framing.unframe` recognises it); any other question
stays with the puzzle grammar.
"""

from __future__ import annotations

import re

from agentlib.puzzles.verdict import Verdict

# the question names validity or following: "Is that correct?" after a puzzle's statement is not handed over
_VALIDITY_WORD = re.compile(r"\b(?:in)?valid\b|\bsound\b|\bdoes (?:the|this|that) (?:conclusion|argument) follow\b|"
                            r"\bdoes (?:it|this|that) (?:really |logically )?follow\s*"
                            r"(?:from (?:the|its|these) premises\s*)?\?|"
                            r"\b(?:argument|reasoning|logic) (?:hold(?: up)?|work|check out)\s*\?|"
                            # "Is this logic correct?", "Is my reasoning right?" name the argument they judge
                            r"\b(?:is|was) (?:this|that|the|my) (?:argument|reasoning|logic|inference) "
                            r"(?:correct|right|good|logical)\b", re.I)


# "Is that right?" names no validity, but typed right after a conclusion said with its marker ("So some of my
# coworkers are patient. Is that right?") it asks whether the conclusion follows; after a plain statement it stays
# a puzzle's question ("Ann is taller than Bo. Is that correct?")
_JUDGED_CONCLUSION = re.compile(r"(?:^|[.!?]\s+)(?:so|therefore|thus|hence|consequently|that means|which means)\b"
                                r"[^.!?]{1,300}[.!]\s*(?:(?:is|was) (?:that|this|it|my reasoning|my logic) "
                                r"(?:right|correct)|am i (?:right|correct)|(?:right|correct))\s*\?+\s*$", re.I)


def asks_validity(text: str) -> bool:
    from agentlib.puzzles.english.framing import strip_labels, unframe
    from agentlib.puzzles.english.text import normalize, split_sentences

    if _VALIDITY_WORD.search(text) is None and _JUDGED_CONCLUSION.search(text[-400:]) is None:
        return False
    return unframe(split_sentences(normalize(strip_labels(text)))).asked_validity


def validity_verdict(text: str, family: str) -> Verdict:
    """The analysis of the argument in `text` as a verdict of `family`: the answer "valid" / "invalid"."""
    from agentlib.puzzles.argument import ArgumentAnalysis, analyze_in_place

    analysis = ArgumentAnalysis.from_dict(analyze_in_place(text))
    named = analysis.fallacy or analysis.form
    reason = f"{analysis.answer} ({named}): {analysis.reason}" if analysis.answer and named else analysis.reason
    if analysis.counter_model:
        reason += f"; {analysis.counter_model}"
    return Verdict(family, analysis.status, answer=analysis.answer, reason=reason, certificate=analysis.certificate,
                   failure=analysis.failure, unparsed=analysis.unparsed, reader=analysis.reader)
