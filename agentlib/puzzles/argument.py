"""`agentlib.analyze(text)`: is an argument valid? Premises, conclusion, the form's name, and Z3's proof.

1. Split the text: the conclusion is the sentence marked "therefore / so / hence / thus / it follows
   that / consequently / we can conclude that ..." (or the clause after ", so" in the last sentence),
   or the statement of a final question ("Is Socrates mortal?", "Does it follow that ...?"); every
   other sentence is a premise.
2. Read premises and conclusion with the controlled-English grammar (`english/`); any sentence not
   understood makes the analysis abstain, quoting it.
3. Z3 decides validity: premises + not(conclusion) unsat -> `valid` (the certificate is that unsat
   check); sat -> `invalid`, with a counter-model in words ("the premises can all be true while the
   conclusion is false: e.g. the ground is wet and it does not rain"). Premises that contradict each
   other are reported (an argument from inconsistent premises is valid, but vacuously).
4. The form is named where it has a name (`english/forms.py`), and for an invalid argument the fallacy.

`status` is "verified" whenever Z3 settled validity either way, "abstained" when the reading is not
certain. With a backend, text the grammar does not read is formalized by the model (the certificate
and `reader` say so). Everything runs in the sandbox worker under `deadline_s`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from agentlib.errors import InputError
from agentlib.limits import ANALYZE_DEADLINE_S, Deadline
from agentlib.llm import TextModel, check_backend
from agentlib.puzzles.bounded import run_bounded
from agentlib.puzzles.english.pronouns import unclear_pronoun
from agentlib.puzzles.verdict import Certificate, Check, Failure, Reader, Status
from agentlib.records import choice, fields, optional_text, reading

Validity = Literal["valid", "invalid"]

_CONCLUSION_MARKERS = (
    "therefore", "so", "hence", "thus", "consequently", "it follows that", "this means that", "which means that",
    "we can conclude that", "we conclude that", "as a result", "accordingly", "this shows that", "this proves that",
    "it must be that", "ergo", "then it follows that", "clearly", "that means",
    "that is why", "this is why", "that's why",
)


@dataclass
class ArgumentAnalysis:
    """The verdict on an argument: `answer` is "valid" / "invalid" when Z3 settled it (`status` "verified")."""

    status: Status
    answer: Validity | None = None
    premises: list[str] = field(default_factory=list)
    conclusion: str = ""
    form: str = ""  # e.g. "modus ponens", "categorical syllogism AAA-1 (Barbara)"
    fallacy: str = ""  # for an invalid argument whose form has a name
    counter_model: str = ""  # in words: premises true, conclusion false
    reason: str = ""
    certificate: Certificate | None = None
    failure: Failure | None = None
    unparsed: list[str] = field(default_factory=list)
    reader: Reader = "grammar"

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["certificate"] = self.certificate.to_dict() if self.certificate is not None else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArgumentAnalysis:
        """The inverse of `to_dict`.

        Raises:
            InputError: `data` is not an analysis (not an object, no status, an unknown status, answer or reader).
        """
        with reading("an argument analysis"):
            data = fields(data)
            certificate = data.get("certificate")
            given = {k: data[k] for k in ("premises", "conclusion", "form", "fallacy", "counter_model", "reason",
                                          "unparsed") if k in data}
            answer = data.get("answer")
            return cls(**given, status=choice(data["status"], Status, "status"),
                       answer=None if answer is None else choice(answer, Validity, "answer"),
                       failure=optional_text(data.get("failure"), "failure"),  # type: ignore[arg-type]
                       reader=choice(data.get("reader", "grammar"), Reader, "reader"),
                       certificate=Certificate.from_dict(certificate) if certificate else None)

    def render(self) -> str:
        lines = [f"answer: {self.answer or '(none)'}", f"status: {self.status}" + (
            f" ({self.failure})" if self.failure else "")]
        if self.premises:
            lines.append("premises:")
            lines += [f"  {i}. {p}" for i, p in enumerate(self.premises, 1)]
        if self.conclusion:
            lines.append(f"conclusion: {self.conclusion}")
        if self.form:
            lines.append(f"form: {self.form}")
        if self.fallacy:
            lines.append(f"fallacy: {self.fallacy}")
        if self.counter_model:
            lines.append(f"counter-model: {self.counter_model}")
        if self.reason:
            lines.append(f"reason: {self.reason}")
        if self.unparsed:
            lines.append("not understood:")
            lines += [f"  - {s}" for s in self.unparsed]
        if self.certificate is not None:
            lines.append(self.certificate.render())
        return "\n".join(lines)


def analyze(text: str, *, backend: TextModel | None = None, deadline_s: float = ANALYZE_DEADLINE_S) -> ArgumentAnalysis:
    """Judge the validity of an argument written in English.

    Args:
        text: premises and a conclusion (marked by "therefore", "so", ... or asked as a final question).
        backend: a model used only when the grammar does not read the text (the model path).
        deadline_s: the overall budget; past it the analysis abstains with the failure "deadline".

    Raises:
        ProblemTypeError: `text` is not a str. LookalikeNames, InputError: bad text or deadline.
    """
    from agentlib.puzzles.solve import check_problem_text

    deadline = Deadline(deadline_s)
    check_problem_text(text, "argument")
    backend = check_backend(backend)
    analysis = run_bounded("agentlib.puzzles.argument:analyze_in_place", {"text": text}, deadline,
                           ArgumentAnalysis.from_dict,
                           lambda failure, reason: ArgumentAnalysis("abstained", failure=failure,
                                                                    reason=reason))
    if analysis.failure != "not_parsed" or backend is None:
        return analysis
    return _with_model(text, analysis, backend, deadline)


def is_argument(text: str) -> bool:
    """Whether `text` states a conclusion ("therefore", "so", "hence", "it follows that", "does it follow that ...?"),
    so `analyze` fits it; otherwise it is a puzzle or a question for `solve`. The server routes by this."""
    from agentlib.puzzles.english.framing import strip_labels, unframe
    from agentlib.puzzles.english.text import normalize, split_sentences

    unframed = unframe(split_sentences(normalize(strip_labels(text))))
    sentences = unframed.sentences
    if unframed.asked_validity or (sentences and re.match(r"^(?:does it follow|can we conclude)", sentences[-1],
                                                          re.I)):
        return True
    premises, conclusion, asked = split_argument(sentences)
    return conclusion is not None and not asked


def split_argument(sentences: list[str]) -> tuple[list[str], str | None, bool]:
    """(premises, conclusion, asked): the conclusion sentence without its marker; `asked` when it was a question."""
    premises = list(sentences)
    if not premises:
        return [], None, False
    last = premises[-1].strip()
    if last.endswith("?"):
        return premises[:-1], last, True
    answered = _ANSWERED_QUESTION.match(premises[1].strip()) if len(premises) >= 2 else None
    if premises[0].strip().endswith("?") and answered is not None:
        # "Is the bakery closed? It must be, because ...": the question, answered yes, is the conclusion
        reason = answered.group("reason")
        return [reason[:1].upper() + reason[1:]] + premises[2:], premises[0].strip(), True
    opening = _QUESTION_FIRST.match(premises[0].strip())
    if opening is not None and len(premises) >= 2 and not any(_strip_marker(p) is not None for p in premises[1:]):
        # "So is Omar a chef? Every chef owns a knife, and Omar owns a knife.": the question asked, then the reasons
        question = opening.group("question") or opening.group("follows")
        return premises[1:], question[0].upper() + question[1:], True
    for index in range(len(premises) - 1, -1, -1):
        stripped = _strip_marker(premises[index])
        if stripped is not None:
            return premises[:index] + premises[index + 1:], stripped, False
    inline = _INLINE_CONCLUSION.split(last, maxsplit=1)
    if len(inline) == 2:
        return premises[:-1] + [inline[0].strip() + "."], inline[1].strip(), False
    # typed without a comma ("the lights aren't on so you're not home"): "so" before a subject, never "so tall"
    bare = re.split(r"\s+so\s+(?=(?:i|you|he|she|it|we|they|the|a|an|this|that|there|[A-Z]\w*)\b)", last, maxsplit=1)
    if len(bare) == 2 and bare[0].strip() and len(premises) >= 2:
        return premises[:-1] + [bare[0].strip() + "."], bare[1].strip(), False
    return _conclusion_first(premises)


# a conclusion marked inside the last sentence: after a comma or semicolon (", so", "; hence", ", that's why",
# ", and because of that"), after a bare "and" ("... and so whales breathe air"), or bare where the marker is never
# an adverb of manner ("... a member therefore Kim pays dues"); "and so is the party" says "too", not "therefore"
_INLINE_MARKER = (r"(?:so(?!\s+(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|much|many|far|on|"
                  r"forth)\b)|"
                  r"therefore|hence|thus|consequently|as a result|because of (?:that|this)|it follows that|"
                  r"which (?:proves|shows|means)(?: that)?|(?:that|this|which)(?:'s| is) why|(?:this|that) means"
                  r"(?: that)?)")
_INLINE_CONCLUSION = re.compile(rf"(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s+(?=(?:therefore|hence|consequently)\b))"
                                rf"{_INLINE_MARKER}\s*,?\s+", re.I)
# "So is Omar a chef? ...", "Does it follow that Ella passed? ...": the conclusion asked before its reasons
_QUESTION_FIRST = re.compile(r"^(?:(?:so|then|therefore|thus|hence),?\s+"
                             r"(?P<question>(?:is|are|was|were|does|do|did|can|has|have|will)\b[^?]*\?)"
                             r"|(?P<follows>(?:does it follow|can we conclude|can it be concluded) that\b[^?]*\?))$",
                             re.I | re.S)
_REASON = re.compile(r"^(?P<conclusion>\S.*?)(?:,?\s+(?:because|since|given that|as shown by the fact that)|"
                     r",\s+for(?=\s+(?:he|she|it|they|we|i|you|there)\b))\s+"  # ", for he leaves late"
                     r"(?P<reason>\S.*)$", re.I | re.S)
# the answer to a question asked first, affirmed with its reasons: "It must be, because ...", "Yes, since ..."
_ANSWERED_QUESTION = re.compile(r"^(?:yes|(?:yes,?\s+)?(?:it|he|she|they|we|i|you)\s+(?:must|has to|have to|is|are|"
                                r"does|do|did|was|were|will|can)(?:\s+be)?),?\s+(?:because|since|given that)\s+"
                                r"(?P<reason>\S.*)$", re.I | re.S)


_LEADING_REASON = re.compile(r"^(?:since|because|given that)\s+(?P<reason>[^,]+(?:,[^,]+)*?),\s+(?P<conclusion>[^,]+)$",
                             re.I | re.S)


def _conclusion_first(sentences: list[str]) -> tuple[list[str], str | None, bool]:
    """ "X, because Y" / "X, since Y": the conclusion comes first and the reasons after it. Only one sentence of the
    text may have this shape (two would leave open which claim is the argument's point). "Since Y, X" as the last
    sentence: the conclusion is the clause after the last comma."""
    found = [(index, match) for index, sentence in enumerate(sentences)
             if (match := _REASON.match(sentence.strip())) is not None]
    if not found and sentences:
        leading = _LEADING_REASON.match(sentences[-1].strip())
        if leading is not None:  # "Since all dogs bark and Rex is a dog, Rex barks.": the conclusion ends the text
            reason = leading.group("reason").strip()
            reason = reason[0].upper() + reason[1:]
            return sentences[:-1] + [reason + "."], leading.group("conclusion").strip(), False
    if len(found) != 1:
        return sentences, None, False
    index, match = found[0]
    reason = match.group("reason").strip()
    reason = reason[0].upper() + reason[1:]
    conclusion = match.group("conclusion").strip()
    return sentences[:index] + [reason if reason[-1] in ".!" else reason + "."] + sentences[index + 1:], \
        conclusion[0].upper() + conclusion[1:] + ".", False


def _strip_marker(sentence: str) -> str | None:
    low = sentence.strip().lower()
    for marker in sorted(_CONCLUSION_MARKERS, key=len, reverse=True):
        if low.startswith(marker + " ") or low.startswith(marker + ","):
            return sentence.strip()[len(marker):].lstrip(" ,")
    return None


def analyze_in_place(text: str) -> dict[str, Any]:
    """The grammar path, run where it is called (the sandbox worker); an analysis as JSON."""
    return _analyze(text).to_dict()


def _analyze(text: str) -> ArgumentAnalysis:
    from agentlib.emphasis import without_emphasis
    from agentlib.puzzles.english import opponent_claims
    from agentlib.puzzles.english.ability import stated as stated_premises
    from agentlib.puzzles.english.ability import with_ability
    from agentlib.puzzles.english.accented_words import FoldRefused, fold_accents
    from agentlib.puzzles.english.chat_case import cased_chat
    from agentlib.puzzles.english.chat_spellings import spelled_chat
    from agentlib.puzzles.english.contradictories import contraries_as_complements, read_complements
    from agentlib.puzzles.english.definite_objects import said_both_ways
    from agentlib.puzzles.english.family import (
        _merged_wordings,
        _past_state_doubt,
        build_world,
        idle_fact_readings,
        stray_statement,
    )
    from agentlib.puzzles.english.forms import name_form
    from agentlib.puzzles.english.framing import strip_labels, unframe
    from agentlib.puzzles.english.grammar import NotUnderstood
    from agentlib.puzzles.english.letter_frame import without_letter_frame
    from agentlib.puzzles.english.logic import constants_of, predicates_of
    from agentlib.puzzles.english.past_episodes import told_as_events
    from agentlib.puzzles.english.questions import YesNo, parse_question
    from agentlib.puzzles.english.text import letter_kinds, normalize, split_sentences, strip_titles
    from agentlib.puzzles.english.typed_layout import lines_as_sentences, with_apostrophes
    from agentlib.puzzles.letter_arguments import letter_argument
    from agentlib.tools import constraints as cl

    text = without_emphasis(text)  # "**Therefore Rex barks.**": the marks a chat window adds
    lettered = letter_argument(text)  # "If P then Q. Not Q. Therefore not P.", "P → Q, ¬Q ⊢ ¬P"
    if lettered is not None:
        return lettered
    try:
        folding = fold_accents(text)  # "Zoë is a poet.": read in plain letters, shown as typed
    except FoldRefused as refused:
        return ArgumentAnalysis("abstained", failure="not_parsed", reason=str(refused))
    if folding is not None:
        analysis = _analyze(folding.text)
        folding.restore_fields(analysis, ("answer", "premises", "conclusion", "counter_model", "reason", "unparsed"))
        return analysis
    # "if sam studies he passes. sam passed.": names typed in lower case, given their capitals (see chat_case)
    # "Hi team, since ...", "... Thanks, Dana": a letter's greeting and sign-off state nothing (`letter_frame`)
    unframed = unframe(split_sentences(letter_kinds(normalize(strip_titles(strip_labels(cased_chat(
        spelled_chat(with_apostrophes(without_letter_frame(text))))))))))
    sentences = unframed.sentences
    premises_text, conclusion_text, asked = split_argument(sentences)
    if conclusion_text is None and unframed.asked_validity and len(sentences) >= 2:
        premises_text, conclusion_text = sentences[:-1], sentences[-1]  # "A. B. C. Is this valid?": C is concluded
    if conclusion_text is None:
        lined = lines_as_sentences(text)  # "1. all A r B\n2. ...\n3. so ...": a premise a line, typed without stops
        if lined is not None:
            return _analyze(lined)
        return ArgumentAnalysis("abstained", premises=premises_text, failure="not_parsed",
                                reason="no conclusion found: mark it with 'therefore', 'so', 'hence' ... or ask it "
                                       "as a final question")
    asked_text = conclusion_text if asked else f"Is it true that {conclusion_text.rstrip('.')}?"
    premises_text = [part for p in premises_text for clause in _semicolon_parts(p)
                     for part in _given_reason_parts(clause)]
    premises_text, claims = opponent_claims.set_aside(premises_text)
    if claims and _status_of(premises_text + claims, asked_text) != _status_of(premises_text, asked_text):
        return ArgumentAnalysis("abstained", premises=premises_text, conclusion=conclusion_text, failure="ambiguous",
                                reason=f"the verdict depends on whether '{claims[0]}' is granted or only reported")
    proportional = _proportional_analysis(premises_text, conclusion_text, asked_text)
    if proportional is not None:  # "Most voters ...": judged between the quantifier's weakest and strongest senses
        return proportional
    nested: list[tuple[str, str]] = []  # "If A, B, and if C, D" split in two: the second rule may be inside the first
    premises_text, reading = _read_premises(premises_text, asked_text, nested)
    if not asked and _conclusion_first(sentences)[1] == conclusion_text:
        resolved = _cataphora(premises_text, conclusion_text, reading.lexicon.names)
        if resolved != premises_text:
            premises_text, reading = _read_premises(resolved, asked_text, nested)
    analysis = ArgumentAnalysis("abstained", premises=premises_text, conclusion=conclusion_text)
    unclear = unclear_pronoun([*premises_text, conclusion_text], reading)
    if unclear is not None:
        analysis.failure, analysis.unparsed = "ambiguous", [unclear[0]]
        analysis.reason = f"'{unclear[1]}' could mean {' or '.join(unclear[2])}: the argument is not judged"
        return analysis
    unparsed = list(reading.unparsed)
    goal = None
    try:
        if reading.question is None:
            raise NotUnderstood(conclusion_text)
        reading.grammar.denials_read_both, reading.grammar.denial_readings = True, None
        try:
            question = parse_question(reading.question, reading.grammar, reading.people)
        finally:
            reading.grammar.denials_read_both = False
        if not isinstance(question, YesNo) or question.possible:
            raise NotUnderstood(conclusion_text, "not a statement that can follow or not")
        goal = question.formula
        denial = reading.grammar.denial_readings
        if denial is not None and goal != denial[0]:  # the denial inside a larger claim: not decided both ways
            raise NotUnderstood(conclusion_text, "a bare plural denied inside it may say none or not all")
    except NotUnderstood as error:
        unparsed.append(conclusion_text + (f" ({error.why})" if error.why else ""))
    if unparsed or goal is None:
        analysis.failure, analysis.unparsed = "not_parsed", unparsed
        analysis.reason = f"{len(unparsed)} sentence(s) not understood"
        return analysis
    try:
        world = build_world(reading)
    except NotUnderstood as error:
        analysis.failure, analysis.unparsed, analysis.reason = "not_parsed", [str(error)], f"not understood: {error}"
        return analysis
    try:
        goal = world.reading.rewrite(goal)  # words about speakers mean their kinds, as in the premises
    except NotUnderstood as error:
        analysis.failure, analysis.unparsed, analysis.reason = "not_parsed", [str(error)], f"not understood: {error}"
        return analysis
    world, goal, complements = read_complements(world, goal)  # "off" and "on" in one argument: "off" is "not on"
    world = with_ability(world, goal)  # "used the pool" gives "can use the pool"
    world = _condition_reports(world)  # "If you study hard, you will pass, and you studied hard.": a rule and a fact
    shown_goal = goal  # said in the grammar's words even where the propositional reading decides
    generic = _generic_reading(world, goal, [*premises_text, conclusion_text])
    if generic is not None:
        fol_valid = _counter_model_search(world, goal)[2] == "unsat" or (
            denial is not None and world.entails(world.reading.rewrite(denial[1])) == "unsat")
        world, goal = generic
        if fol_valid and _counter_model_search(world, goal)[2] != "unsat":
            analysis.failure, analysis.unparsed = "ambiguous", [conclusion_text]
            analysis.reason = ("read as laws about the kinds the argument is not valid, read of every member it is: "
                               "the validity depends on which is meant")
            return analysis
    elif denial is not None and _denial_readings_part(world, denial, complements):
        analysis.failure, analysis.unparsed = "ambiguous", [conclusion_text]
        analysis.reason = ("the conclusion's 'not' may say that none does or only that not all do, and the argument "
                           "is valid on one reading and not on the other")
        return analysis
    if _rests_on_unnamed_members(world, goal):
        analysis.failure, analysis.unparsed = "ambiguous", [conclusion_text]
        analysis.reason = ("a bare plural ('cats purr') tolerates exceptions: the conclusion follows only if it holds "
                           "of every member, not just the ones named")
        return analysis
    premise_formulas = stated_premises(world.labelled)  # not a law only the conclusion needs ("can be" beside "is")
    if re.search(r"\bit\b", conclusion_text, re.I) and "it" in constants_of(premise_formulas) and \
            "it" not in constants_of([goal]):
        # "If it is Sunday, the shop is closed. ... So it is not Sunday.": the premises' "it" is the day or the
        # weather, the conclusion's was read as the thing last named
        analysis.failure, analysis.unparsed = "ambiguous", [conclusion_text]
        analysis.reason = "'it' in the conclusion was read as a thing, in the premises as the weather or the time"
        return analysis
    base = cl.check(world.spec(), timeout_ms=5_000).status
    stated = [f for label, f in world.labelled if re.fullmatch(r"s\d+|say\d+", label)]  # not what they presuppose
    form = name_form(stated, goal)
    analysis.form = form.name if form is not None else ""
    # a law about kinds is said as the conclusion says it, not as "every member" or "no member"
    said = conclusion_text.rstrip(".") if generic is not None else world.say(shown_goal)
    premises_check = Check(f"all {len(stated)} premises together (read by the controlled-English grammar)",
                           "unsat" if base == "unsat" else "sat")
    if base == "unsat" and unframed.turns_dropped:
        analysis.failure = "ambiguous"
        analysis.reason = "the speakers' turns contradict each other: they are not one argument to judge"
        return analysis
    if base == "unsat":
        analysis.status, analysis.answer = "verified", "valid"
        analysis.reason = "the premises contradict each other, so anything follows from them (valid, but vacuously)"
        analysis.certificate = Certificate("inconsistent premises", (premises_check,))
        return analysis
    compiled, solver, status = _counter_model_search(world, goal)
    if status == "unknown":
        analysis.failure, analysis.reason = "error", "the solver could not decide"
        return analysis
    missing = [p for p in predicates_of([goal]) if p not in predicates_of(premise_formulas)]
    strangers = [c for c in constants_of([goal]) if c not in constants_of(premise_formulas)]
    if status == "sat" and (missing or strangers):  # a proof needs no more; a counter-model may be a wording gap
        words = [reading.lexicon.forms.get(p, ("", p.replace("_", " ")))[1] for p in missing] + \
            [reading.lexicon.displays.get(c, c) for c in strangers]
        analysis.form, analysis.failure = "", "not_parsed"
        analysis.reason = (f"the conclusion speaks of {', '.join(repr(w) for w in words)}, which no premise mentions: "
                           "the argument needs an unstated premise, so its validity is not judged")
        return analysis
    if status == "unsat":
        past = _past_state_doubt(world, goal, asked_text)
        if past:
            analysis.failure, analysis.unparsed = "ambiguous", [past]
            analysis.reason = (f"'{past}' says what holds at another time than the conclusion speaks of, which it "
                               "does not settle")
            return analysis
    restated = _restated_condition(world, goal, status)
    if restated:
        analysis.failure, analysis.unparsed = "ambiguous", [restated]
        analysis.reason = (f"'{restated}' repeats its condition after 'and': read as a rule and a fact, or as one "
                           "rule, and the validity depends on which")
        return analysis
    events = [told_as_events(p) for p in premises_text]
    if any(e is not None for e in events):  # "Ann left when Bo arrived.": one event, or a habit?
        told = [part for p, e in zip(premises_text, events) for part in ([p] if e is None else split_sentences(e))]
        if _status_of(told, asked_text) != status:
            analysis.failure = "ambiguous"
            analysis.reason = ("a 'when' in the past may tell one event (both clauses happened) or a habit (a rule), "
                               "and the validity depends on which")
            return analysis
    complemented = contraries_as_complements(world, goal)
    if complemented is not None and _counter_model_search(complemented[0], complemented[1])[2] != status:
        said = ", ".join(f"'{a.replace('_', ' ')}' / '{b.replace('_', ' ')}'" for a, b in complemented[2])
        analysis.failure = "ambiguous"
        analysis.reason = (f"the validity depends on whether {said} only exclude each other (one may be neither) or "
                           "one is the plain negation of the other")
        return analysis
    variant = _merged_wordings(world, YesNo(goal))
    if variant is not None:
        merged_world, merged_question, wording, _ = variant
        assert isinstance(merged_question, YesNo)
        if _counter_model_search(merged_world, merged_question.formula)[2] != status:
            analysis.failure = "ambiguous"
            analysis.reason = f"the validity depends on whether {wording} mean the same thing"
            return analysis
    both_ways = said_both_ways(reading.grammar)
    if both_ways and _status_of(premises_text, asked_text, both_ways) != status:
        analysis.failure = "ambiguous"  # "Ann has a key. So Ann has the key.": that key, or a specific one?
        analysis.reason = ("the validity depends on whether 'the' in "
                           f"'{reading.lexicon.forms.get(sorted(both_ways)[0], ('', ''))[1]}' means the one said "
                           "with 'a' or a specific one")
        return analysis
    for sentence, thing in reading.grammar.weather_or_thing:
        as_thing = _it_as_thing(sentence, thing) if sentence in premises_text else None
        other = None if as_thing is None else _status_of([as_thing if p == sentence else p for p in premises_text],
                                                         asked_text)
        if other != status:
            analysis.failure, analysis.unparsed = "ambiguous", [sentence]
            analysis.reason = (f"in '{sentence}', 'it' could mean the weather or {thing or 'a thing named before it'}"
                               ", and the validity depends on which")
            return analysis
    for first, second in zip(premises_text, premises_text[1:]):
        alternative = _rule_inside_rule(first, second)
        if alternative is None or (first, second) not in nested:
            continue
        other = _status_of([h for p in premises_text for h in (alternative if p == second else [p])], asked_text)
        if other != status:
            analysis.failure, analysis.unparsed = "ambiguous", [f"{first[:-1]}, and {second[0].lower()}{second[1:]}"]
            analysis.reason = (f"'{first[:-1]}, and {second[0].lower()}{second[1:]}' can be read as two rules or as "
                               "the second rule inside the first, and the validity depends on which")
            return analysis
    for sentence, halves in _other_groupings(premises_text):
        other = _status_of([h for p in premises_text for h in (halves if p == sentence else [p])], asked_text)
        if other != status:  # None: the other grouping is not read, so it cannot be ruled out
            analysis.failure, analysis.unparsed = "ambiguous", [sentence]
            analysis.reason = (f"'{sentence}' can be grouped two ways ('{halves[0]}' and then '{halves[1]}', or the "
                               "condition reaching over the 'and'), and the validity depends on which")
            return analysis
    if status != "unsat":
        unstated = _unstated_membership(world, goal, status)
        if unstated is not None:
            analysis.failure = "ambiguous"
            analysis.reason = (f"valid if {unstated}, which no premise says: the argument may take it for granted "
                               "(strictly it does not follow)")
            return analysis
        for reading_world, reading_goal, merged in idle_fact_readings(world, goal):
            if _counter_model_search(reading_world, reading_goal)[2] != status:
                analysis.failure = "ambiguous"
                analysis.reason = (f"a premise shares nothing with the rest: if {merged}, the argument is valid")
                return analysis
        stray = stray_statement(world, goal)
        if stray:
            analysis.failure = "ambiguous"
            analysis.reason = (f"'{stray}' shares a word with the rest of the argument and no meaning: it was probably "
                               "meant to matter and was read as something else")
            return analysis
    analysis.status = "verified"
    if status == "unsat":
        analysis.answer = "valid"
        analysis.reason = f"the conclusion follows: whenever the premises are true, {said}" + (
            f" ({complements})" if complements else "")
        analysis.certificate = Certificate("entailment (negation unsat)", (
            premises_check, Check(f"premises + not({said})", "unsat", "no counter-model exists")))
        if form is not None and form.fallacy:
            analysis.form = form.name + " (yet valid here because of what the premises say)"
        return analysis
    analysis.answer = "invalid"
    if form is not None and form.fallacy:
        analysis.fallacy = form.name
    # two unnamed witnesses alike are told once ("there is something that is a shark and swims")
    facts = list(dict.fromkeys(_describe_model(compiled, solver.model(), world, [*premise_formulas, goal])))
    analysis.counter_model = ("the premises can all be true while the conclusion is false: e.g. " + "; ".join(facts)
                              if facts else "the premises can all be true while the conclusion is false")
    analysis.reason = "the conclusion does not follow from the premises" + (f" ({complements})" if complements else "")
    analysis.certificate = Certificate("counter-model (premises + negated conclusion sat)", (
        premises_check, Check(f"premises + not({said})", "sat", "a counter-model exists")))
    return analysis


def _proportional_analysis(premises: list[str], conclusion: str, asked: str) -> ArgumentAnalysis | None:
    """The verdict where a premise says "most / almost all / many / few A are B" (`proportions.py`): valid where
    the quantifier's weakest sense gives the conclusion, invalid where a finite world makes the premises true in
    their strongest sense and the conclusion false; otherwise an abstention. None where no premise has such a
    quantifier or the text is not read so (the grammar's path then abstains on the quantifier)."""
    from agentlib.puzzles.english.grammar import NotUnderstood
    from agentlib.puzzles.english.logic import Not, constants_of, predicates_of
    from agentlib.puzzles.english.proportions import is_individual_claim, read_proportional

    analysis = ArgumentAnalysis("abstained", premises=premises, conclusion=conclusion)
    try:
        read = read_proportional(premises, asked)
    except NotUnderstood:
        return None  # the grammar's own path says what it does not read
    if read is None:
        return None
    said = read.world.say(read.goal)
    premise_formulas = [*read.others, *(law for _, law in read.laws)]
    if read.follows(read.goal):
        analysis.status, analysis.answer = "verified", "valid"
        analysis.reason = f"the conclusion follows from what 'most' (or 'many') says in every sense: {said}"
        analysis.certificate = Certificate("entailment (negation unsat)", (
            Check(f"premises, each proportional one as its weakest sense + not({said})", "unsat",
                  "no counter-model exists"),))
        return analysis
    if not (set(predicates_of([read.goal])) <= set(predicates_of(premise_formulas)) and
            set(constants_of([read.goal])) <= set(constants_of(premise_formulas))):
        analysis.failure = "not_parsed"
        analysis.reason = ("the conclusion speaks of what no premise mentions: the argument needs an unstated "
                           "premise, so its validity is not judged")
        return analysis
    if not read.possible(Not(read.goal)):
        analysis.failure = "ambiguous"
        analysis.reason = ("the conclusion does not follow from the weakest sense of the proportional quantifier, "
                           "and no small world refutes it under the strongest: its validity is not judged")
        return analysis
    analysis.status, analysis.answer = "verified", "invalid"
    if is_individual_claim(read.goal):
        analysis.form = analysis.fallacy = "statistical syllogism (not deductively valid: the one named may be an " \
                                           "exception)"
    analysis.counter_model = ("the premises can all be true while the conclusion is false: a world where nine in "
                              "ten of the kind are as said (few: are not), and an exception is enough")
    analysis.reason = "the conclusion does not follow: 'most', 'many' and 'few' allow exceptions"
    analysis.certificate = Certificate("counter-model (finite world, premises in their strongest sense)", (
        Check(f"premises, each proportional one as nine in ten + not({said})", "sat", "a counter-model exists"),))
    return analysis


_SCOPE_WORDS = re.compile(r"\b(?:if|unless|whenever|when|provided|either|neither|both|whether|not the case|only|"
                          r"because|since|while|although|though)\b", re.I)


_GIVEN_REASON = re.compile(r"^(?:since|because|given that|seeing that|now that)\s+(?P<reason>[^,]+),\s+(?P<main>\S.*)$",
                           re.I | re.S)


def _given_reason_parts(premise: str) -> list[str]:
    """ "Since the server is down, either the backup failed or the power went out." as a premise states both its
    reason and its main clause ("since" and "because" presuppose what they give as the reason), so it is read as
    the two statements. A "since" of time ("Since Monday, ...") leaves a reason that is no statement, which the
    grammar then does not read."""
    match = _GIVEN_REASON.match(premise.strip())
    if match is None:
        return [premise]
    reason, main = match.group("reason").strip(), match.group("main").strip()
    return [reason[0].upper() + reason[1:] + ".", main[0].upper() + main[1:]]


def _semicolon_parts(sentence: str) -> list[str]:
    """ "If it snows, school closes; it snows.": a semicolon ends a clause, and no condition reaches over it."""
    parts = [p.strip() for p in sentence.split(";") if p.strip()]
    if len(parts) < 2:
        return [sentence]
    end = sentence.rstrip()[-1] if sentence.rstrip()[-1] in ".!" else "."
    return [p[0].upper() + p[1:] + ("" if p[-1] in ".!" else end) for p in parts]


def _generic_reading(world: Any, goal: Any, texts: list[str]) -> tuple[Any, Any] | None:
    """(world, goal) with bare plurals said only of their kinds read as propositions (`generic_propositions`), or
    None where that reading does not apply."""
    from agentlib.puzzles.english.family import World
    from agentlib.puzzles.english.generic_propositions import propositional_reading

    nouns = {predicate: phrase for predicate, (kind, phrase) in world.reading.lexicon.forms.items() if kind == "noun"}
    read = propositional_reading([f for _, f in world.labelled] + [goal], texts, nouns)
    if read is None:
        return None
    labelled = [(label, formula) for (label, _), formula in zip(world.labelled, read)]
    return World(world.reading, labelled, world.sentences, world.builder), read[-1]


def _rests_on_unnamed_members(world: Any, goal: Any) -> bool:
    """Whether the conclusion follows with each stated generic read of every member but not with it read of the
    named members only (`generic_exceptions`): "Birds sing. So every bird sings." """
    from agentlib.puzzles.english.family import World
    from agentlib.puzzles.english.generic_exceptions import tolerant_labelled

    tolerant = tolerant_labelled(world.labelled, goal, world.reading.grammar, world.reading.rewrite)
    if tolerant is None or _counter_model_search(world, goal)[2] != "unsat":
        return False
    return _counter_model_search(World(world.reading, tolerant, world.sentences, world.builder), goal)[2] != "unsat"


def _denial_readings_part(world: Any, denial: tuple[Any, Any], complements: str) -> bool:
    """Whether the premises entail the conclusion on one reading of its denied bare plural ("no price falls") and
    not on the other ("not every price falls"); also where complementary words were rewritten, which the second
    reading did not go through."""
    if complements:
        return True
    none, not_all = (world.reading.rewrite(f) for f in denial)
    return world.entails(none) != world.entails(not_all)


def _read_premises(premises: list[str], asked: str,
                   nested: list[tuple[str, str]] | None = None) -> tuple[list[str], Any]:
    """The reading of premises + question; a premise the grammar does not read as a whole is tried as two sentences
    at one of its "and"s ("Pat eats meat and no vegetarian eats meat"), kept only when both halves are read: two
    statements mean their conjunction, so the split changes no meaning, only what the grammar must parse at once.
    No split after a word whose scope could reach over the "and" ("if", "unless", "either", "only", ...), except
    between two rules ("If A, B, and if C, D"), whose halves are added to `nested` for the caller to compare with
    the other grouping."""
    from agentlib.puzzles.english.reader import read_text

    reading = read_text(" ".join(premises) + " " + asked)
    for _ in range(3):  # at most three sentences are split, each once per round
        failed = [p for p in premises if any(u.startswith(p) for u in reading.unparsed)]
        if not failed:
            break
        sentence = failed[0]
        for match in list(re.finditer(r",?\s+and\s+", sentence))[:4]:
            left, right = sentence[:match.start()].strip(), sentence[match.end():].strip()
            bare = "," not in match.group()  # "A or B and C" groups either way; "A or B, and C" does not
            two_rules = not bare and _TWO_RULES.match(left) is not None and _TWO_RULES.match(right) is not None
            if not two_rules and (not left or not right or _SCOPE_WORDS.search(left) or
                                  (bare and re.search(r"\bor\b", left, re.I))):
                continue  # "If A, B and C": the condition may reach over the "and", so no split is certain
            halves = [left.rstrip(".") + ".", right[0].upper() + right[1:]]
            candidate = [h for p in premises for h in (halves if p is sentence else [p])]
            again = read_text(" ".join(candidate) + " " + asked)
            if not any(u.startswith(h) for u in again.unparsed for h in halves):
                premises, reading = candidate, again
                if two_rules and nested is not None:
                    nested.append((halves[0], halves[1]))
                break
        else:
            break
    return premises, reading


_TWO_RULES = re.compile(r"^if\s+(?P<condition>[^,]+),\s*(?P<result>[^,]+?)\.?$", re.I)


def _rule_inside_rule(first: str, second: str) -> list[str] | None:
    """ "If A, B, and if C, D." is split into two rules when read; the other reading puts the second rule inside the
    first: "if A, (B, and if C, D)", which says "If A, B." and "If A and C, D.". For two consecutive premises that
    are such rules, the second one in the other reading; None otherwise. (Callers compare the two readings.)"""
    one, two = _TWO_RULES.match(first.strip()), _TWO_RULES.match(second.strip())
    if one is None or two is None:
        return None
    return [f"If {one.group('condition')} and {two.group('condition')}, {two.group('result').rstrip('.')}."]


def _it_as_thing(sentence: str, thing: str) -> str | None:
    """The sentence with its one "it" replaced by the thing named before it ("If the oven is on, it is warm" ->
    "..., the oven is warm"); None when there is no single thing or not exactly one "it" after it."""
    if not thing:
        return None
    at = sentence.lower().find(thing.lower())
    found = list(re.finditer(r"\bit\b", sentence[at + len(thing):], re.I)) if at >= 0 else []
    if len(found) != 1 or re.search(r"\bit\b", sentence[:at], re.I):
        return None
    start = at + len(thing) + found[0].start()
    return sentence[:start] + thing + sentence[start + 2:]


def _other_groupings(premises: list[str]) -> list[tuple[str, list[str]]]:
    """(sentence, halves) for a premise read whole whose condition or "or" may or may not reach over an "and" after a
    comma: "If A, B, and C" is "(if A, B) and C" to some readers and "if A, (B and C)" to others; "either A or B, and
    C" likewise."""
    found = []
    for sentence in premises:
        for match in list(re.finditer(r",\s+and\s+", sentence))[:2]:
            left, right = sentence[:match.start()].strip(), sentence[match.end():].strip()
            if left and right and (_SCOPE_WORDS.search(left) or re.search(r"\bor\b", left, re.I)):
                found.append((sentence, [left + ".", right[0].upper() + right[1:]]))
    return found[:3]


def _status_of(premises: list[str], asked: str, definite_apart: frozenset[str] = frozenset()) -> str | None:
    """"unsat" (valid) / "sat" / "unknown" for premises + not(conclusion), or None when the text is not fully read."""
    from agentlib.puzzles.english.ability import with_ability
    from agentlib.puzzles.english.contradictories import read_complements
    from agentlib.puzzles.english.family import build_world
    from agentlib.puzzles.english.grammar import NotUnderstood
    from agentlib.puzzles.english.questions import YesNo, parse_question
    from agentlib.puzzles.english.reader import read_text

    reading = read_text(" ".join(premises) + " " + asked, definite_apart)
    if reading.unparsed or reading.question is None:
        return None
    try:
        question = parse_question(reading.question, reading.grammar, reading.people)
        if not isinstance(question, YesNo) or question.possible:
            return None
        world = build_world(reading)
        goal = world.reading.rewrite(question.formula)
    except NotUnderstood:
        return None
    world, goal, _ = read_complements(world, goal)
    world = with_ability(world, goal)
    return _counter_model_search(world, goal)[2]


def _cataphora(premises: list[str], conclusion: str, names: dict[str, str]) -> list[str]:
    """In "Socrates is mortal, since he is a man and ...", the reasons come after the conclusion that names the one
    person "he" can mean; read first, they would find nobody before "he". Such a "he / she / him" (in the reasons
    before any name, exactly one person named in the conclusion) is replaced by that person's name."""
    named = [names[w.lower()] for w in dict.fromkeys(re.findall(r"[A-Za-z][A-Za-z'-]*", conclusion))
             if w.lower() in names]
    if len(named) != 1:
        return premises
    out = list(premises)
    for index, sentence in enumerate(premises):
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", sentence)]
        if any(w in names for w in words):
            break  # from here on a pronoun has someone named before it
        out[index] = re.sub(r"\b(?:[Hh]e|[Ss]he|[Hh]im)\b", named[0], sentence)
    return out


def _unstated_membership(world: Any, goal: Any, status: str) -> str | None:
    """ "Kids who eat vegetables are healthy. Mo eats vegetables. So Mo is healthy." ("If a student fails, the
    teacher is sad. Ann fails."): the premises give Mo every condition of the rule but the noun ("kid"), and say
    nothing of that noun for Mo. Strictly invalid, yet the noun
    reads as the rule's domain, which the speaker may take for granted. The membership (said in words) when adding
    it makes the argument valid, so the analysis abstains instead of answering "invalid" to a point of wording."""
    from agentlib.puzzles.english import render
    from agentlib.puzzles.english.family import World
    from agentlib.puzzles.english.logic import And, Atom, Const, Implies, Quantified, walk

    lexicon = world.reading.lexicon
    formulas = [f for _, f in world.labelled] + [goal]
    mentioned = {repr(n) for f in formulas for n in walk(f) if isinstance(n, Atom)}
    people = list(dict.fromkeys(a for f in formulas for n in walk(f) if isinstance(n, Atom) for a in n.args
                                if isinstance(a, Const)))[:8]
    tried: set[str] = set()
    for _, formula in world.labelled:
        if not (isinstance(formula, Quantified) and formula.kind == "all" and isinstance(formula.body, Implies)
                and isinstance(formula.body.left, And)):
            continue
        for condition in formula.body.left.parts:
            if not (isinstance(condition, Atom) and condition.args == (formula.var,)
                    and lexicon.forms.get(condition.predicate, ("",))[0] == "noun"):
                continue
            for person in people:
                fact = Atom(condition.predicate, (person,))
                if repr(fact) in mentioned or repr(fact) in tried:
                    continue
                tried.add(repr(fact))
                assumed = World(world.reading, [*world.labelled, ("assumed", fact)], world.sentences, world.builder)
                if _counter_model_search(assumed, goal)[2] != status:
                    return render.atom(fact, lexicon)
    return None


def _restated_condition(world: Any, goal: Any, status: str) -> str:
    """The premise whose consequent repeats its condition (see `restated_conditions.py`) when its other grouping
    changes the validity, else ""."""
    from dataclasses import replace

    from agentlib.puzzles.english.restated_conditions import regrouped

    for label, formula in world.labelled:
        other = regrouped(formula)
        if other is None:
            continue
        labelled = [(lab, other if lab == label else f) for lab, f in world.labelled]
        if _counter_model_search(replace(world, labelled=labelled), goal)[2] != status:
            return world.sentences.get(label, label)
    return ""


def _condition_reports(world: Any) -> Any:
    """`world` with each rule whose repeated condition is said in the past read as the rule and a fact
    (`restated_conditions.reports_its_condition`), its one sensible grouping."""
    from dataclasses import replace

    from agentlib.puzzles.english.restated_conditions import regrouped, reports_its_condition

    labelled = [(label, other if (other := regrouped(formula)) is not None and
                 reports_its_condition(world.sentences.get(label, "")) else formula)
                for label, formula in world.labelled]
    return replace(world, labelled=labelled)


def _counter_model_search(world: Any, goal: Any) -> tuple[Any, Any, str]:
    """(compiled spec, solver, status) of premises + not(conclusion): "sat" is a counter-model."""
    from agentlib.puzzles.english.family import World
    from agentlib.puzzles.english.logic import Not
    from agentlib.tools import constraints as cl

    negated = World(world.reading, [*world.labelled, ("not_conclusion", Not(goal))], world.sentences, world.builder)
    compiled = cl.compile_spec(negated.spec())
    solver = compiled.solver(5_000)
    return compiled, solver, str(solver.check())


def _describe_model(compiled: Any, model: Any, world: Any, formulas: list[Any]) -> list[str]:
    """The ground facts of the argument in the counter-model, and what its unnamed individuals are like."""
    from agentlib.puzzles.english import render
    from agentlib.puzzles.english.grammar import TRUTHFUL
    from agentlib.puzzles.english.logic import Atom, Compare, Const, Quantified, walk

    def said(predicate: str) -> bool:  # internal helpers ("__other", a speaker's kind slot) have no words
        return not predicate.startswith("__") or predicate == TRUTHFUL

    z3 = compiled.env.z3
    lexicon = world.reading.lexicon
    facts: list[str] = []
    seen: set[str] = set()
    for formula in formulas:
        for node in walk(formula):
            ground_atom = isinstance(node, Atom) and all(isinstance(a, Const) for a in node.args) and \
                said(node.predicate)
            ground_comparison = isinstance(node, Compare) and isinstance(node.left, Const) and \
                isinstance(node.right, Const)
            if not (ground_atom or ground_comparison) or repr(node) in seen:
                continue
            seen.add(repr(node))
            holds = z3.is_true(model.eval(compiled.term(world.expr(node)), model_completion=True))
            if isinstance(node, Atom):
                text = render.atom(node, lexicon, positive=holds)
                if re.fullmatch(r"the (.+) is an? \1", text):  # "the dog is a dog": what "the dog" presupposes
                    continue
            else:
                text = render.formula(node, lexicon)
                text = text if holds else text.replace(" is ", " is not ", 1)
            facts.append(text)
    unary = sorted({n.predicate for f in formulas for n in walk(f)
                    if isinstance(n, Atom) and len(n.args) == 1 and said(n.predicate)})
    if any(isinstance(n, Quantified) for f in formulas for n in walk(f)) and unary:
        named = {str(model.eval(compiled.term(world.builder.term(Const(k))), model_completion=True))
                 for k in world.builder.constants}
        thing = compiled.env.sorts.get("Thing")
        universe = model.get_universe(thing) if thing is not None else None
        for element in (universe or [])[:4]:
            if str(element) in named:
                continue
            traits = []
            for predicate in unary:
                function = compiled.env.functions.get(f"p_{predicate}")
                if function is None:
                    continue
                holds = z3.is_true(model.eval(function(element), model_completion=True))
                probe = Atom(predicate, (Const("__something"),))
                text = render.atom(probe, world.reading.lexicon, positive=holds, subject_text="")
                traits.append(text.strip())
            if traits:
                facts.append("there is something that " + " and ".join(traits))
    return facts[:8]


def _with_model(text: str, grammar_analysis: ArgumentAnalysis, backend: TextModel,
                deadline: Deadline) -> ArgumentAnalysis:
    """The model path: the model formalizes premises and conclusion as a spec with an "entails" question."""
    from agentlib.puzzles.formalize import formalize_and_solve

    prompt = (f"{text}\n\nQuestion: does the conclusion follow from the premises? Formalize the premises as "
              "constraints and ask kind 'entails' with the conclusion as expr.")
    verdict = formalize_and_solve(prompt, backend, deadline=deadline)
    analysis = ArgumentAnalysis("abstained", premises=grammar_analysis.premises, conclusion=grammar_analysis.conclusion,
                                reader="model", unparsed=grammar_analysis.unparsed)
    if not verdict.verified:
        analysis.failure, analysis.reason = verdict.failure, verdict.reason
        return analysis
    analysis.status = "verified"
    analysis.answer = "valid" if verdict.answer == "True" else "invalid"
    analysis.reason = f"formalized by the model: {verdict.reason}"
    analysis.certificate = verdict.certificate
    return analysis


__all__ = ["ArgumentAnalysis", "analyze", "is_argument", "split_argument", "InputError"]
