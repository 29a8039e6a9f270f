"""Lettered answers after an exam's argument: "Which form is this argument? If the lamp is on, ... Therefore the lamp
is not on. (a) modus ponens (b) modus tollens (c) denying the antecedent".

The options name forms, fallacies or verdicts; they say nothing about the world, so they go, and the question before
the argument ("Which form is this argument?", "Identify the fallacy:") is a question about the argument, as "Is this
argument valid?" is (`framing`). Only a run of two to six options at the very end goes, and only when every option
is such a name (`NAMES`); options that state claims ("(a) Rex barks (b) Rex does not bark") stay, for the reader to
take or abstain on.
"""

from __future__ import annotations

import re

NAMES = frozenset({
    "modus ponens", "modus tollens", "affirming the consequent", "denying the antecedent", "affirming a disjunct",
    "affirming the disjunct", "disjunctive syllogism", "hypothetical syllogism", "constructive dilemma",
    "destructive dilemma", "undistributed middle", "the undistributed middle", "illicit major", "illicit minor",
    "existential fallacy", "four terms", "equivocation", "exclusive premises", "begging the question",
    "circular reasoning", "ad hominem", "straw man", "false dilemma", "slippery slope", "affirming the antecedent",
    "denying the consequent", "none", "none of the above", "none of these", "all of the above", "neither", "both",
    "yes", "no", "valid", "invalid", "sound", "unsound", "valid and sound", "valid but unsound", "not valid",
    "barbara", "celarent", "darii", "ferio", "cesare", "camestres", "festino", "baroco", "darapti", "disamis",
    "datisi", "felapton", "bocardo", "ferison", "bramantip", "camenes", "dimaris", "fesapo", "fresison"})
_OPTION = r"(?<!\w)\(?[a-fA-F][).:]\s*[^()]+?"  # a letter standing alone: never the "e." of "late."
_TRAILING = re.compile(rf"(?P<options>(?:\s*{_OPTION}[.;,]?){{2,6}})\s*$")
_ONE = re.compile(r"(?<!\w)\(?([a-fA-F])[).:]\s*([^()]+?)(?=\s*\(?[a-fA-F][).:]|\s*$)")
# a question about the argument's form: "Which form is this argument?", "What fallacy does this commit?",
# "Identify the fallacy", "Name the form"
FORM_QUESTION = (r"(?:which|what)(?: logical)? (?:form|fallacy|rule(?: of inference)?|kind of argument|"
                 r"type of argument) (?:is|does|do) (?:this|that|the following|it)(?: argument| reasoning| inference)?"
                 r"(?: (?:commit|take|have|use|show|illustrate))?"
                 r"|(?:identify|name|state) the (?:form|fallacy|rule)"
                 r"(?: of (?:this|the) argument| (?:committed|used))?")


def without_answer_options(text: str) -> str:
    """`text` without a final run of lettered options that only name forms, fallacies or verdicts."""
    found = _TRAILING.search(text)
    if found is None:
        return text
    options = [option.strip().rstrip(".;,").strip().lower() for _, option in _ONE.findall(found.group("options"))]
    letters = [letter.lower() for letter, _ in _ONE.findall(found.group("options"))]
    if len(options) < 2 or letters != [chr(ord("a") + k) for k in range(len(letters))] or \
            not all(option in NAMES for option in options):
        return text
    return text[:found.start()].rstrip()
