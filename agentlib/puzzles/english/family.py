"""The controlled-English family: a puzzle in everyday words -> premises and a question -> Z3 -> a verdict.

`solve(text)` reads the text (`reader.py`), turns speeches and kinds into premises, renders everything
as one constraint-language spec (`logic.SpecBuilder`), and decides the question (`questions.py`) by
entailment with `tools.constraints`:

- yes/no: "yes" when the premises entail it, "no" when they entail its negation, otherwise the verified
  answer "cannot be determined" (both are possible, each shown by a model); "Can we conclude ...?" is
  "no" when it does not follow;
- who / roles / order / position: the one answer every model shares; when several remain the verdict
  abstains as ambiguous and `shared` says what every solution has in common.

Before any answer: every sentence must be understood (else "not_parsed", quoting it), the premises must
be consistent (else "unsat" with the sentences of an unsat core), and the question may only use
predicates and names the premises use (a question about "flies" cannot be settled by premises about
"can fly": that would be an answer from a wording gap, so it abstains).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from agentlib.errors import InputError
from agentlib.numwords import is_ordinal
from agentlib.puzzles.english import render
from agentlib.puzzles.english.ability import stated, with_ability
from agentlib.puzzles.english.counted_possessions import count_exclusions
from agentlib.puzzles.english.definite_objects import definite_links, said_both_ways, thing_links
from agentlib.puzzles.english.grammar import FROM_THE_RIGHT, NotUnderstood
from agentlib.puzzles.english.indefinite_objects import object_links
from agentlib.puzzles.english.kinship import (
    COUSIN,
    GENERATION,
    GRANDPARENT,
    GREAT_GRANDPARENT,
    KIN,
    MALE,
    MAX_PEOPLE,
    MAX_PEOPLE_COUSINS,
    PARENT,
    PARENT_IN_LAW,
    PIBLING,
    SIBLING,
    SIBLING_IN_LAW,
    SPOUSE,
    kinship_axioms,
    kinship_relations,
    uses_kinship,
)
from agentlib.puzzles.english.logic import (
    TRUE,
    Adjacent,
    And,
    Atom,
    Compare,
    Const,
    Count,
    Formula,
    Implies,
    Not,
    Or,
    Quantified,
    Rank,
    SpecBuilder,
    Var,
    conj,
    constants_of,
    disj,
    is_ordered_place,
    map_formula,
    map_terms,
    predicates_of,
    scales_of,
    walk,
)
from agentlib.puzzles.english.pair_pronouns import named_pair
from agentlib.puzzles.english.questions import (
    OTHER_KEY,
    RELATION_NOUNS,
    WHO_KEY,
    Between,
    Conclude,
    CountSolutions,
    HowMany,
    Order,
    Position,
    Question,
    Relation,
    Roles,
    Who,
    YesNo,
    parse_question,
)
from agentlib.puzzles.english.reader import SPEAKER_WORDS, Reading, is_question, read_text, resolve_speech
from agentlib.puzzles.english.same_measure import spell_same_measure
from agentlib.puzzles.english.vacuous import negated_words_apart, vacuous_statement, world_apart
from agentlib.puzzles.english.words import NUMBER_WORDS, ORDINALS, lemma
from agentlib.puzzles.family import PuzzleItem
from agentlib.puzzles.ordered import comes_after
from agentlib.puzzles.verdict import Certificate, Check, Verdict

NAME = "english"
TIMEOUT_MS = 5_000
_FREE_SCALES_EQUALITY = ("==",)


@dataclass
class World:
    """Premises as labelled formulas, with their sentences, ready to render and decide."""

    reading: Reading
    labelled: list[tuple[str, Formula]]
    sentences: dict[str, str]
    builder: SpecBuilder
    scale_alias: dict[str, str] = field(default_factory=dict)  # "row" -> "finish" when a race has bare "first"

    def spec(self, *goals: Formula) -> dict:
        return self.builder.spec(self.labelled, goals)

    def expr(self, formula: Formula) -> str:
        return self.builder.expr(formula)

    def entails(self, goal: Formula) -> str:
        from agentlib.tools import constraints as cl

        return cl.entails(self.spec(goal), self.expr(goal), timeout_ms=TIMEOUT_MS).status

    def consistent_with(self, goal: Formula) -> str:
        from agentlib.tools import constraints as cl

        spec = self.spec(goal)
        spec["constraints"].append({"label": "__goal", "expr": self.expr(goal)})
        return cl.check(spec, timeout_ms=TIMEOUT_MS).status

    def say(self, formula: Formula) -> str:
        return render.formula(formula, self.reading.lexicon)

    def name(self, const: Const) -> str:
        return render.name(const, self.reading.lexicon)


def _refuse_described_roles(roles: set[str], formulas: list[Formula]) -> None:
    """ "The murderer is left-handed. Is Colonel Mustard the murderer?": "the murderer" as a subject is an individual
    of its own, kept apart from every name, while "is the murderer" counts one murderer among the named people; the
    two readings together would make Mustard the murderer. Whether the description and a name are one individual is
    identity, which this grammar does not read, so the text is refused."""
    described = set(constants_of(formulas))
    for role in sorted(roles):
        if f"the_{role}" in described:
            raise NotUnderstood(f"the {role}", "a role said of a named person and of 'the ...' itself")


def build_world(reading: Reading, asked: Formula | None = None) -> World:
    labelled_sentences = resolve_speech(reading)
    people = reading.people
    roles = reading.grammar.role_nouns - set(reading.kinds.all)  # "who is the knave?" asks, it does not count
    # a role only the question names ("Is Pia the culprit?") is no statement's: its "exactly one" would hide that
    # the statements never speak of it (the question's wording gap abstains, never "cannot be determined")
    # ("Who is the liar?" among plain speakers is read as whose statement is false, `reader.SPEAKER_WORDS`)
    stated = predicates_of(f for _, f, _ in labelled_sentences)
    roles = {role for role in roles if role in stated or role in SPEAKER_WORDS}
    extra: list[tuple[str, Formula, str]] = []
    if people:  # the count of one role holder among the people is made only when there are people
        _refuse_described_roles(roles, [f for _, f, _ in labelled_sentences] + ([asked] if asked is not None else []))
    for role in sorted(roles):
        if people:
            extra.append((f"the_{role}", Count(tuple(Atom(role, (p,)) for p in people), 1, 1),
                          f"there is exactly one {role}"))
    if uses_kinship([f for _, f, _ in labelled_sentences]):
        used = kinship_relations([f for _, f, _ in labelled_sentences] + ([asked] if asked is not None else []))
        limit = MAX_PEOPLE_COUSINS if COUSIN in used else MAX_PEOPLE
        if len(people) > limit:
            raise NotUnderstood("kinship", f"more than {limit} people")
        extra.extend(kinship_axioms(people, used))
    # "has no key" speaks of what "has a key" says
    extra.extend(object_links(reading.lexicon.forms, reading.grammar.definite_objects))
    extra.extend(definite_links(reading.grammar))  # "has the key", read apart, gives "has a key"
    extra.extend(count_exclusions([f for _, f, _ in labelled_sentences]))  # "has three sides": not four
    # "Mia cooks the soup" and "every dish Mia cooks": one fact about the soup
    extra.extend(thing_links(reading.grammar, set(constants_of([f for _, f, _ in labelled_sentences]))))
    every = [f for _, f, _ in labelled_sentences + extra]
    builder = SpecBuilder()
    scales = scales_of(every)
    equal_scales = {n.scale for f in every for n in walk(f) if isinstance(n, Compare) and n.op == "==" and not n.offset}
    others = {s for s in scales if is_ordered_place(s)} - {"row"}
    alias: dict[str, str] = {}
    if "row" in scales and len(others) == 1:  # "Mona was not first" in a race: the race's order, not a row
        race = others.pop()
        alias["row"] = race
        every = [_rename_scale(f, "row", race) for f in every]
        labelled_sentences = [(label, _rename_scale(f, "row", race), said) for label, f, said in labelled_sentences]
        extra = [(label, _rename_scale(f, "row", race), said) for label, f, said in extra]
        scales = scales_of(every)
    measured = _measured_scales(every)
    if reading.untied and measured:  # "There were no ties." beside "2 years older than Bob" (`no_ties.py`)
        raise NotUnderstood(reading.untied[0], "no ties among measured values")
    ties = set() if reading.untied else _tie_scales(every, asked)
    # a scale of values, not the places 1..n of a ranking: one measured in units, or one where two may be equal
    # ("Quentin scored the same as Rhea"), whose top ("Who scored the most?") is whoever is above every other one
    # named, answered only where one person is in every solution (`_tied_extreme`)
    valued = measured | {s for s in (equal_scales | ties) - {GENERATION} if not is_ordered_place(s)}
    for scale in sorted(valued):
        builder.measured_members[scale] = list(dict.fromkeys([*(p.key for p in people), *_scale_members(every, scale)]))
    # "Who ran fastest?": a superlative asked ranks everyone named, so "Ann ran fastest" answers it (left out of the
    # ranking, Bo and Cy could have held its top too); only where the scale ranks people ("Ana's team" is no person)
    asked_tops = {n.scale for n in walk(asked) if isinstance(n, Rank) and n.term == Const(WHO_KEY)} \
        if asked is not None else set()
    for scale in sorted(scales - equal_scales - measured - ties - {GENERATION}):
        members = _scale_members(every, scale)
        if scale in asked_tops and not is_ordered_place(scale) and set(members) <= {p.key for p in people}:
            members = list(dict.fromkeys([*(p.key for p in people), *members]))
        if is_ordered_place(scale):
            # the cast holds places in the row, except an owner whose thing is placed there ("Wendy's birthday is
            # before Xena's": the birthdays are in order, not Wendy beside them)
            shown = reading.lexicon.displays
            cast = [p.key for p in people if p.key in members or not any(
                shown.get(m, "").startswith(shown.get(p.key, p.key) + "'s ") for m in members)]
            members = list(dict.fromkeys([*cast, *_listed_alike(labelled_sentences, members), *members]))
        # a race of one is no race: "Flo finishes in first place" is not true of the only one named, since the
        # others a race has go unnamed (one place more leaves her first only where the text says so)
        lone = is_ordered_place(scale) and len(members) == 1
        builder.ranked_scales[scale] = 2 if lone else max(1, len(members))
        builder.ranked_members[scale] = members
        beyond = _places_beyond_the_named(every, asked, scale, len(members))
        if beyond and is_ordered_place(scale) and not reading.declared and not reading.places:
            builder.ranked_scales[scale] = beyond + len(members)  # room for everyone named after the furthest
            builder.open_scales.add(scale)
    _size_the_places(reading, builder)
    _refuse_opaque_places(every, builder)
    middle_fixed = []
    for label, formula, sentence in labelled_sentences + extra:
        middle_fixed.append((label, _resolve_middles(formula, builder), sentence))
    builder.constants = list(dict.fromkeys([*(p.key for p in people), *constants_of([f for _, f, _ in middle_fixed])]))
    return World(reading, [(label, f) for label, f, _ in middle_fixed],
                 {label: said for label, _, said in middle_fixed}, builder, alias)


def _listed_alike(labelled: list[tuple[str, Formula, str]], members: list[str]) -> list[str]:
    """Things said to be of one kind ("The green book is a book.", as a listing says them, `listed_things.py`) that
    share the kind of every thing placed in an order: all of them hold its places, as a cast of people does ("The
    red book is first. The yellow book is not last." over four listed books: a row of four, not of the two
    named, which made the two clues contradict)."""
    kinds: dict[str, list[str]] = {}
    for label, formula, _ in labelled:
        if re.search(r"_p\d+$", label):
            continue  # "The blue book is heavy." presupposes a blue book: no listing of what the order holds
        if isinstance(formula, Atom) and len(formula.args) == 1 and isinstance(formula.args[0], Const) \
                and formula.args[0].key.endswith("_" + formula.predicate):
            kinds.setdefault(formula.predicate, []).append(formula.args[0].key)
    shared = [kind for kind, things in kinds.items() if members and set(members) <= set(things)]
    return kinds[shared[0]] if len(shared) == 1 else []


def _size_the_places(reading: Reading, builder: SpecBuilder) -> None:
    """A count of places ("There are 6 chairs in a row.", `place_counts.py`) is the size of the text's one order; the
    people on it take different places among them, and places beyond them leave the order open (empty, or held by
    people not named). Refused beside several orders, with two counts, or with more people than places."""
    counts = {count for count, _ in reading.places}
    if not counts:
        return
    sentence = reading.places[0][1]
    ordered = [scale for scale in builder.ranked_scales if is_ordered_place(scale)]
    if len(ordered) > 1 or len(counts) > 1:
        raise NotUnderstood(sentence, "a count of places beside several orders or counts")
    if not ordered:
        return  # places no statement puts anyone in: a scene, no claim
    (scale,), (count,) = ordered, counts
    placed = len(builder.ranked_members.get(scale, []))
    if count < placed:
        raise NotUnderstood(sentence, f"{count} places for {placed} people")
    builder.ranked_scales[scale] = count
    if count > placed:
        builder.open_scales.add(scale)


def _measured_scales(formulas: list[Formula]) -> set[str]:
    """Scales with a difference in units ("5 years older than Bob"): values, not the places 1..n of a ranking,
    which could not be 5 apart among three people."""
    return {n.scale for f in formulas for n in walk(f)
            if isinstance(n, Compare) and n.offset and not is_ordered_place(n.scale)}


def _tied_extreme(world: World, question: Question) -> str:
    """ "Who is the oldest?" on a scale of values ("2 years older than Bob" twice) may have two at the top, and then
    neither is "the oldest" nor is anyone else: the question is answered only when one named person is above all
    the others in every solution."""
    formula = getattr(question, "formula", None)
    if formula is None:
        return ""
    for rank in (n for n in walk(formula) if isinstance(n, Rank) and n.scale in world.builder.measured_members):
        members = [Const(m) for m in world.builder.measured_members[rank.scale]]
        if world.entails(disj(Rank(rank.scale, m, 1, rank.from_end) for m in members)) != "true":
            return f"on the {rank.scale} scale two people may share the {'top' if rank.from_end else 'bottom'}"
    return ""


def _tie_scales(formulas: list[Formula], asked: Formula | None) -> set[str]:
    """Scales on which two people may be equal: "Rolf is not taller than Ines" says height(Rolf) <= height(Ines),
    and nothing says the two differ, so "Is Ines taller than Rolf?" is not settled. Other scales keep the reading
    that people compared are all different (a strict ranking), as puzzles mean it; so does a scale with a
    superlative ("Who is the tallest?"), whose answer needs the ranking's places. A question whether two are equal
    ("Are Bo and Cy the same height?") asks about a tie, so its scale allows them: read as a strict ranking, "Ann is
    taller than Bo and than Cy" answered it "no" (a verified wrong answer)."""
    every = [*formulas, *([asked] if asked is not None else [])]
    denied = {n.body.scale for f in every for n in walk(f)
              if isinstance(n, Not) and isinstance(n.body, Compare) and n.body.op in ("<", ">") and not n.body.offset}
    ranked = {n.scale for f in every for n in walk(f) if isinstance(n, Rank)}
    tied = {n.scale for n in walk(asked) if isinstance(n, Compare) and n.op == "==" and not n.offset} \
        if asked is not None else set()
    return {s for s in (denied - ranked) | tied if not is_ordered_place(s)}


def _rename_scale(formula: Formula, old: str, new: str) -> Formula:
    def rename(node: Formula) -> Formula | None:
        if isinstance(node, Rank) and node.scale == old:
            return Rank(new, node.term, node.position, node.from_end)
        if isinstance(node, Compare) and node.scale == old:
            return Compare(new, node.left, node.op, node.right, node.offset)
        if isinstance(node, Adjacent) and node.scale == old:
            return Adjacent(new, node.left, node.right)
        return None
    return map_formula(formula, rename)


def _structural(label: str) -> str:
    """What a constraint the reader added (not a sentence) means, for an unsat core."""
    if label.startswith(("positions_", "distinct_")):
        return f"each place on the {label.split('_', 1)[1]} scale holds exactly one of them"
    if label == "names":
        return "different names are different individuals"
    return label


def _scale_members(formulas: list[Formula], scale: str) -> list[str]:
    found: dict[str, None] = {}
    for f in formulas:
        for node in walk(f):
            if isinstance(node, (Compare, Adjacent)) and node.scale == scale:
                for term in (node.left, node.right):
                    if isinstance(term, Const):
                        found.setdefault(term.key, None)
            elif isinstance(node, Rank) and node.scale == scale and isinstance(node.term, Const):
                found.setdefault(node.term.key, None)
    return list(found)


_PLACE_WORDS = frozenset(ORDINALS) | {"last"}
# nouns of places in an order, and of those who take them: with a number in a property ("on different floors of a
# 5-storey building", "ran in a race with 8 runners") they count the places
_PLACE_NOUNS = frozenset({"floor", "storey", "story", "level", "seat", "chair", "house", "place", "position", "spot",
                          "row", "step", "lane", "room", "apartment", "flat", "runner", "racer", "competitor",
                          "contestant", "participant", "entrant", "player", "swimmer", "rider", "driver", "cyclist",
                          "athlete", "horse", "car", "team", "people", "person", "student", "kid", "child"})


def _names_a_place(words: list[str]) -> bool:
    """Whether a predicate's words hold an ordinal of any size: "twelfth", "fortieth", or digits whose suffix the
    predicate keeps apart ("12th" is `12_th`)."""
    glued = [a + b for a, b in zip(words, words[1:]) if a.isdigit() and b in ("st", "nd", "rd", "th")]
    return any(is_ordinal(word) for word in words + glued)


_BESIDE_WORDS = frozenset({"above", "below", "under", "underneath", "beneath", "behind"})
_BESIDE_OF_WORDS = frozenset({"top", "bottom", "front", "left", "right", "ahead"})


def _places_beside(words: list[str]) -> bool:
    """Whether a property's words place its holder beside something ("on top of the blue box", "behind the shed"):
    read as a property beside a ranking, the thing it is placed against is left out of the ranking ("The red box is
    on top of the blue box. The green box is under the red box. Which box is at the bottom?" answered green, though
    the blue box may be lower)."""
    return any(word in _BESIDE_WORDS or (word in _BESIDE_OF_WORDS and words[k + 1:k + 2] == ["of"])
               for k, word in enumerate(words))


def _refuse_opaque_places(formulas: list[Formula], builder: SpecBuilder) -> None:
    """A place or a count of places read as a plain property ("finished fifth in the race", "live on different
    floors of a 5-storey building": one predicate, the words after the place unread) beside a ranking of the same
    people: the ranking would ignore it ("Bo finished right after Ann. Who came last?" answered Bo, though Ann was
    fifth; "the top floor" of three named people was the third), so the text is refused."""
    if not any(is_ordered_place(scale) for scale in builder.ranked_scales):
        return
    for formula in formulas:
        for node in walk(formula):
            if not isinstance(node, Atom):
                continue
            words = set(node.predicate.split("_"))
            counts = {int(w) if w.isdigit() else NUMBER_WORDS[w] for w in words if w.isdigit() or w in NUMBER_WORDS}
            counts = {c for c in counts if c > 1}  # "one per floor" counts nothing
            sizes = {size for scale, size in builder.ranked_scales.items() if is_ordered_place(scale)}
            counted = counts and {lemma(w, "NOUN") for w in words} & _PLACE_NOUNS and not counts <= sizes
            if words & _PLACE_WORDS or _names_a_place(node.predicate.split("_")) or counted or \
                    _places_beside(node.predicate.split("_")):
                raise NotUnderstood(node.predicate.replace("_", " "), "a place read as a property beside a ranking")


def _places_beyond_the_named(formulas: list[Formula], asked: Formula | None, scale: str, named: int) -> int:
    """The furthest place counted from the front on `scale` when it lies beyond the number of people named ("Sue
    finished third. Tim finished right after Sue."), else 0; 0 too where a place is counted from the end or is the
    middle (those need the number of places, which the text does not give)."""
    ranks = [n for f in [*formulas, *([asked] if asked is not None else [])] for n in walk(f)
             if isinstance(n, Rank) and n.scale == scale]
    if any(r.from_end or r.position == 0 for r in ranks):
        return 0
    furthest = max((r.position for r in ranks), default=0)
    return furthest if furthest > named else 0


def _resolve_middles(formula: Formula, builder: SpecBuilder) -> Formula:
    def fix(node: Formula) -> Formula | None:
        if isinstance(node, Rank):
            size = builder.ranked_scales.get(node.scale)
            if size is None and node.scale in builder.measured_members and node.position == 1:
                return None  # "the tallest" on a scale of values: above everyone named (`SpecBuilder.expr`)
            if size is None:
                raise NotUnderstood(f"{node.scale} position", "a position on a scale where ties are allowed")
            if node.position == 0:
                if size % 2 == 0:
                    raise NotUnderstood("the middle", f"a row of {size} has no middle place")
                return Rank(node.scale, node.term, (size + 1) // 2)
            if node.position > size:
                raise NotUnderstood(f"position {node.position}", f"only {size} places")
        return None

    return map_formula(formula, fix)


# ---------------------------------------------------------------------------------------------
# Solving
# ---------------------------------------------------------------------------------------------


def abstain(reason: str, failure: str, **extra: Any) -> Verdict:
    return Verdict(NAME, "abstained", reason=reason, failure=failure, **extra)  # type: ignore[arg-type]


def solve(text: str) -> Verdict:
    """The puzzle's verdict. A question about an argument's validity is answered as `analyze` answers it. When the
    text as typed abstains, it is read again in words the grammar reads (`_other_readings`), then with one clue a
    line ended as a sentence (`lines_as_sentences`), and without remarks that share nothing with it ("Long day,
    brain fried.", "Puzzle 12.", `unrelated_remarks.py`); the first reading that is read is kept."""
    if not text or not text.strip():
        raise InputError("empty puzzle text")
    from agentlib.emphasis import without_emphasis
    from agentlib.puzzles.english.accented_words import FoldRefused, fold_accents
    from agentlib.puzzles.english.typed_layout import without_empty_answer

    text = without_empty_answer(without_emphasis(text))  # "*Is Ann taller than Bo?*"; "... Who is it?\nA: ?"

    try:
        folding = fold_accents(text)  # "José is taller than Zoë.": read in plain letters, shown as typed
    except FoldRefused as refused:
        return abstain(str(refused), "not_parsed")
    if folding is not None:
        verdict = solve(folding.text)
        folding.restore_fields(verdict, ("answer", "reason", "shared", "unparsed"))
        return verdict
    from agentlib.puzzles.english.letter_frame import without_letter_frame
    from agentlib.puzzles.english.question_tags import without_question_tags
    from agentlib.puzzles.english.spoken_marks import written_marks
    from agentlib.puzzles.english.typed_layout import lines_as_sentences
    from agentlib.puzzles.english.unrelated_remarks import without_unrelated_remarks
    from agentlib.puzzles.english.validity_question import asks_validity, validity_verdict

    text = without_question_tags(text)  # "..., eh?", "Now list them ...": the same question
    text = without_letter_frame(written_marks(text))  # "Hi Ms. Patel, ... Thanks, Jordan"; "... question mark"
    from agentlib.puzzles.english.most_quantifier import most_as_some, with_most_said

    weakest = most_as_some(text)  # "Most dogs bark.": what it certainly says, as "Some dogs bark."
    if weakest is not None:
        read = solve(weakest[0])
        if read.verified:
            read.reason = with_most_said(read.reason, weakest[1])
            return read
    if asks_validity(text):  # "... Therefore some pets are mammals. Is this argument valid?"
        return validity_verdict(text, NAME)
    from agentlib.puzzles.letter_questions import letter_verdict

    lettered = letter_verdict(text, NAME)  # "If P then Q. P. Is Q true?": propositional letters
    if lettered is not None:
        return lettered
    from agentlib.puzzles.english.cumulative_lists import cumulative_sentence, either_reading

    cumulative = cumulative_sentence(text)  # "Ed, Flo and Gus own a cat, a dog and a bird.": all each, or one each
    if cumulative is not None:
        return either_reading(text, cumulative, solve, NAME)
    from agentlib.puzzles.english.consistency_question import asks_consistency, consistency_verdict

    if asks_consistency(text):  # "... Hugo likes jazz. Is this possible?": can the statements all hold?
        consistent = consistency_verdict(text, solve, NAME)
        if consistent is not None:
            return consistent
    from agentlib.puzzles.english.proportions import proportional_verdict

    proportional = proportional_verdict(text, NAME)  # "Most of the staff drive. Ivy is on the staff. Does Ivy ...?"
    if proportional is not None:
        return proportional
    verdict = _solve_readings(text)
    if verdict.status == "verified":
        return verdict
    for reading in _other_readings():
        rewritten = reading(text)
        if rewritten is not None:
            retried = solve(rewritten)  # each reading removes what it rewrites, so this ends
            if retried.status == "verified" or retried.failure != "not_parsed":
                return retried  # read so, the puzzle answers or says why not ("Ann or Cy")
    if verdict.failure == "not_parsed":  # "Three friends ... Mia ... Noah ... What did the third friend order?"
        from agentlib.puzzles.english.unnamed_member import unnamed_member_verdict

        unnamed = unnamed_member_verdict(text, solve)
        if unnamed is not None:
            return unnamed
    if verdict.failure == "not_parsed":  # "Pete has a cat, a dog or a parrot. ... What pet does Pete have?"
        from agentlib.puzzles.english.object_questions import object_question_verdict

        things = object_question_verdict(text, solve, NAME)
        if things is not None:
            return things
    if verdict.failure == "not_parsed":  # "None of the students failed. Zara is a student.": the kind and the cast
        from agentlib.puzzles.english.group_or_kind import group_or_kind_verdict

        agreed = group_or_kind_verdict(text, solve)
        if agreed is not None:
            return agreed
    for weakening in _weaker_readings():
        weaker = weakening(text)
        if weaker is not None and _holds_with_more_premises(retried := solve(weaker)):
            return retried  # read with less than the text says, an answer the rest would keep
    # "Premises:\nEveryone who studies passes\nJo studies\nDoes Jo pass?": one clue a line, without punctuation
    lined = lines_as_sentences(text) if verdict.unparsed else None
    understood = verdict
    for candidate in (text, lined):
        if candidate is None:
            continue
        attempt = verdict if candidate is text else _solve_readings(candidate)
        if attempt.status == "verified":
            return attempt
        if not attempt.unparsed:
            understood = attempt  # read in full, and still open: its reason says why ("more than one answer ...")
        pruned = without_unrelated_remarks(candidate, attempt.unparsed, read_too=not attempt.unparsed)
        if pruned is not None and _holds_with_more_premises(retried := _solve_readings(pruned)):
            return retried
    return understood


def _solve_readings(text: str) -> Verdict:
    """The verdict of the text, or where an elided speech has two readings ("Sam says she didn't": of the one the
    speech before spoke of, or of Sam), the verdict they agree on; a reading under which the statements contradict
    each other is set aside while another is consistent (see `speech_ellipsis.py`)."""
    from agentlib.puzzles.english.speech_ellipsis import speech_ellipsis_readings

    readings = speech_ellipsis_readings(text)
    if readings is None:
        return _past_events_agree(text, _owned_members_agree(text, _solve_as_typed(text)))
    verdicts = [_solve_as_typed(reading) for reading in readings]
    consistent = [v for v in verdicts if v.failure != "unsat"]
    if not consistent:
        return verdicts[0]
    first = consistent[0]
    if all(v.verified and (v.answer, v.certificate is None) == (first.answer, first.certificate is None)
           for v in consistent):
        if len(readings) > 1:
            first.reason += (" (the elided speech read both ways it can be, and the answer is the same)"
                             if len(consistent) > 1 else
                             " (the elided speech read as its other reading makes the statements contradict)")
        return first
    if not any(v.verified for v in consistent):
        return first  # no reading answers: its abstention, with what it did not read
    answers = [v.answer if v.verified else "no answer" for v in consistent]
    return abstain("the answer depends on whom the pronoun of an elided speech means "
                   f"({' or '.join(map(str, answers))})", "ambiguous")


def _other_readings() -> list:
    """Rewritings of a text that say the same thing in words the grammar reads, tried in turn after the text as typed
    abstains: "Pike noted that S" (S, `factive_reports.py`), "Three houses are painted red, blue and green" (a scene,
    `painted_rows.py`), "Nadia's cat is older than Omar's" (the owners, `possessive_comparisons.py`), "Every poodle
    is a dog and no dog is a cat" (two sentences, `clause_conjunctions.py`), "It was sunny on Tuesday. Did Ann walk on
    Tuesday?" (the one day all of it is told of, `one_day.py`), a knights puzzle's "Bo says nothing." (no claim,
    `silent_speakers.py`), "Ann and Bo are my friends." (each of them, `conjoined_members.py`), "No one may park
    here. May Raj park here?" (a permission, `permission_may.py`), "Al taller than Bo." (`verbless_clues.py`), "Bea
    left at 10:30pm" (an order, `clock_times.py`), "Who is the middle one?" (`middle_one.py`), "Kit was first in the
    queue" (`line_positions.py`), "Anna scored higher than Ben on the test." (the one occasion,
    `comparison_scope.py`), "Dev is my uncle. ... What is Raj to me?" (`speaker_kin.py`), "Is it possible that Sam, a
    student, failed?" (what the apposition says, as a sentence before it: `question_appositions.py`), "Who is my
    mother's brother's son to me?" (`kin_chains.py`), "Three houses stand in a row. The red house ... What colour is
    the house in the middle?" (one house of each colour the clues name, `colour_names.py`), "Tom lives on a higher
    floor than Uma." ("above", `floor_comparisons.py`), "If today is Saturday, we hike." ("it is",
    `today_as_it.py`), "Of Kate, Liam and Mona, exactly one is a doctor." (the count first,
    `fronted_partitives.py`), "A red, a blue and a green ball are in a bag." (one sentence per thing,
    `listed_things.py`), "hiya 👋 who is the fastest?" (an emoji as a sentence's end, `emoji_marks.py`)."""
    from agentlib.puzzles.english.clause_conjunctions import split_clauses
    from agentlib.puzzles.english.clock_times import clock_order
    from agentlib.puzzles.english.colour_names import colours_as_names
    from agentlib.puzzles.english.comparison_scope import without_one_occasion
    from agentlib.puzzles.english.conjoined_members import members_one_by_one
    from agentlib.puzzles.english.emoji_marks import emoji_as_marks
    from agentlib.puzzles.english.factive_reports import reports_as_facts
    from agentlib.puzzles.english.floor_comparisons import floors_as_above
    from agentlib.puzzles.english.fronted_partitives import counts_with_group_after
    from agentlib.puzzles.english.kin_chains import kin_chains_named
    from agentlib.puzzles.english.line_positions import line_places
    from agentlib.puzzles.english.listed_things import things_one_by_one
    from agentlib.puzzles.english.middle_one import middle_one_asked
    from agentlib.puzzles.english.one_day import without_one_day
    from agentlib.puzzles.english.painted_rows import painted_as_row
    from agentlib.puzzles.english.permission_may import may_as_permission
    from agentlib.puzzles.english.possessive_comparisons import owners_for_possessions
    from agentlib.puzzles.english.question_appositions import apposition_as_statement
    from agentlib.puzzles.english.silent_speakers import without_silent_speakers
    from agentlib.puzzles.english.speaker_kin import speaker_as_named
    from agentlib.puzzles.english.today_as_it import today_as_it
    from agentlib.puzzles.english.verbless_clues import verbless_as_said

    return [emoji_as_marks, reports_as_facts, painted_as_row, owners_for_possessions, split_clauses, without_one_day,
            without_silent_speakers, members_one_by_one, may_as_permission, verbless_as_said, clock_order,
            middle_one_asked, line_places, without_one_occasion, speaker_as_named, apposition_as_statement,
            kin_chains_named, colours_as_names, floors_as_above, today_as_it, counts_with_group_after,
            things_one_by_one]


def _weaker_readings() -> list:
    """Rewritings of a text that keep part of what it says in words the grammar reads, tried after the text as typed
    abstains; an answer from one stands only where more premises would keep it (`_holds_with_more_premises`):
    "Ann left at 3pm. Bo left at 2:30 pm." as "Bo left before Ann." (`stamped_order.py`), "Ann went to the park with
    a friend." as "Ann went to the park." (`company_adjuncts.py`), "Zoe has two pets: a dog and a cat." as "Zoe has
    a dog and a cat." (`counted_lists.py`), "If you love someone, you trust them." said of each two people named
    (`relation_rules.py`), "I'm older than my cousin Raj." as "I'm older than Raj." (`kin_appositions.py`), "The red
    box is on top of the blue one." as "above" (`stack_tops.py`)."""
    from agentlib.puzzles.english.company_adjuncts import without_company
    from agentlib.puzzles.english.counted_lists import counted_as_listed
    from agentlib.puzzles.english.kin_appositions import without_kin_introductions
    from agentlib.puzzles.english.relation_rules import relation_rules_grounded
    from agentlib.puzzles.english.stack_tops import on_top_as_above
    from agentlib.puzzles.english.stamped_order import stamped_as_order

    return [stamped_as_order, without_company, counted_as_listed, relation_rules_grounded, without_kin_introductions,
            on_top_as_above]


def _past_events_agree(text: str, verdict: Verdict) -> Verdict:
    """`verdict`, unless a past "when" sentence ("Ann left when Bo arrived.") read as the events it may tell answers
    otherwise (`past_episodes.py`): read as a rule, "Did Bo arrive?" is not settled; read as events, it is."""
    from agentlib.puzzles.english.past_episodes import told_as_events

    if not verdict.verified:
        return verdict
    events = told_as_events(text)
    if events is None:
        return verdict
    other = _solve_as_typed(events)
    if (other.status, other.answer) == (verdict.status, verdict.answer):
        return verdict
    return abstain("a 'when' in the past may tell one event (both clauses happened) or a habit (a rule), and the "
                   f"answer differs: {verdict.answer} as a rule, "
                   f"{other.answer if other.verified else 'not settled'} as events", "ambiguous")


def _owned_members_agree(text: str, verdict: Verdict) -> Verdict:
    """`verdict`, unless a member typed without the group's possessive ("All my hens lay eggs. Bessie is a hen.")
    carries it: read without those sentences, the answer must be the same (see `possessive_groups.py`)."""
    from agentlib.puzzles.english.possessive_groups import bare_members, without_sentences

    if not verdict.verified:
        return verdict
    members = bare_members(text)
    if not members:
        return verdict
    weaker = _solve_as_typed(without_sentences(text, members))
    if weaker.verified and weaker.answer == verdict.answer:
        return verdict
    return abstain(f"'{members[0].strip()}' does not say it is one of the group the text owns ('my', 'our', "
                   f"'your'): read either way, the answer differs", "ambiguous")


def _holds_with_more_premises(verdict: Verdict) -> bool:
    """Whether `verdict` would stand with the dropped remarks added back: an entailed answer or the one model does
    (more premises keep it, unless they contradict), but an open answer, a possibility or a count of solutions may
    not ("It's pouring." may settle "Is it raining?" for a reader who knows the words the grammar does not)."""
    method = verdict.certificate.method if verdict.certificate is not None else ""
    monotone = method.startswith(("entailment", "unique model", "linear equations"))
    return verdict.status == "verified" and monotone and verdict.answer != "cannot be determined"


def _solve_as_typed(text: str, definite_apart: frozenset[str] = frozenset()) -> Verdict:
    from agentlib.puzzles.english.chat_case import cased_chat
    from agentlib.puzzles.english.chat_spellings import spelled_chat
    from agentlib.puzzles.english.choices import read_choices, solve_choices, solve_true_or_false, true_or_false
    from agentlib.puzzles.english.counted_apposition import comma_apposition
    from agentlib.puzzles.english.declarative_questions import inverted_question
    from agentlib.puzzles.english.deed_question import name_the_deeds_object
    from agentlib.puzzles.english.embedded_questions import direct_questions
    from agentlib.puzzles.english.lineup_by_measure import middle_by_measure
    from agentlib.puzzles.english.one_true import spell_numbered_one_true
    from agentlib.puzzles.english.question_tail import split_question_tail
    from agentlib.puzzles.english.text import strip_heading
    from agentlib.puzzles.english.typed_layout import tidy_layout
    from agentlib.puzzles.english.unnamed_cast import named_from_clues
    from agentlib.puzzles.english.whodunit_cast import gather_suspects

    # numbered clue lines and chatty openings; "Three people - Kim, Lou and Max - are ...": the cast; "Someone took
    # the cake. The suspects are ...": one of them did it; "Five kids line up by height. Who is in the middle?"
    # "is jack taller than kim?": names typed in lower case, given their capitals where grammar says a name
    # "..., am I older than Cy?": a question typed after the statements' comma, as its own sentence
    # "alice is taller then bob", "all cats r animals": slips spelled as meant before the names are cased
    # "can u tell me who's oldest?": the direct question it embeds, in the same words
    text = inverted_question(split_question_tail(cased_chat(direct_questions(spelled_chat(text)))))
    text = spell_numbered_one_true(text)  # "Only one of these is true: (1) ... (2) ...": before the numbers go
    text = named_from_clues(strip_heading(tidy_layout(text)))  # "Four runners ran a race. Ann finished first. ..."
    # "One of them ate the last cookie. ... Who ate the cookie?": the only cookie spoken of is the last one
    text = middle_by_measure(gather_suspects(name_the_deeds_object(comma_apposition(text))))
    from agentlib.puzzles.english.arrangement_count import solve_arrangement_count
    from agentlib.puzzles.english.grid import solve_grid
    from agentlib.puzzles.english.hidden_object import solve_hidden_object
    from agentlib.puzzles.english.kin_count import solve_family_count
    from agentlib.puzzles.english.line_ranks import solve_line_ranks
    from agentlib.puzzles.english.named_amounts import solve_named_amounts
    from agentlib.puzzles.english.order_days import solve_weekdays
    from agentlib.puzzles.english.value_assignment import solve_value_assignment
    from agentlib.puzzles.english.week_schedule import solve_week_schedule

    # readers of one kind of question each, tried in turn; the first that recognises the text answers it
    for special in (solve_family_count,  # "Rita has two brothers and one sister. How many children ...?"
                    solve_weekdays,  # "The dentist is the day before the haircut. ... What day is the dentist?"
                    solve_arrangement_count,  # "How many ways can 3 people sit in a row?"
                    solve_week_schedule,  # "Three meetings ... are on Monday, Tuesday and Wednesday, one per day."
                    solve_named_amounts,  # "Ann is 3 years older than Bob. Bob is 10. How old is Ann?"
                    solve_line_ranks,  # "Lucy is the third oldest of five sisters. How many are older ...?"
                    solve_value_assignment,  # "Ava, Ben and Cole are 8, 10 and 12 years old, in some order. ..."
                    solve_hidden_object):  # "There are three boxes: red, blue and green. The gold is in one ..."
        verdict = special(text)
        if verdict is not None:
            return verdict
    from agentlib.puzzles.english.number_individuals import solve_number_individuals

    numbers = solve_number_individuals(text, solve)  # "14 is an even number. ... Is 14 divisible by 2?"
    if numbers is not None:
        return numbers

    choices = read_choices(text)
    if choices is not None:
        return solve_choices(choices, solve)
    statement = true_or_false(text)
    if statement is not None:
        return solve_true_or_false(*statement, solve)
    from agentlib.puzzles.english.group_ranks import read_group_rank, solve_group_rank

    group_rank = read_group_rank(text)  # "Ann, Bo and Cy are brothers. ... Who is the youngest brother?"
    if group_rank is not None:
        return solve_group_rank(group_rank, solve)
    try:
        grid_verdict = solve_grid(text)
    except NotUnderstood as error:
        return abstain(f"not understood: {error}", "not_parsed", unparsed=[str(error)])
    if grid_verdict is not None:
        return grid_verdict
    from agentlib.puzzles.english.grid_round_table import solve_round_table

    table_verdict = solve_round_table(text)
    if table_verdict is not None:
        return table_verdict
    try:
        reading = read_text(text, definite_apart)
    except NotUnderstood as error:
        return abstain(f"not understood: {error}", "not_parsed", unparsed=[str(error)])
    if reading.question is None:
        return abstain("no question found (end with a question such as 'Who is the shortest?')", "not_parsed",
                       unparsed=[])
    question: Question | None = None
    unparsed = list(reading.unparsed)
    try:
        # "Can both be knights?" about a cast of two: the two names
        asked = named_pair(reading.question, [reading.lexicon.displays.get(p.key, p.key) for p in reading.people])
        if asked != reading.question:  # "Are they the same height?": the pair's measures compared
            asked = spell_same_measure(asked)
        question = parse_question(asked, reading.grammar, reading.people or _unnamed_cast(reading))
    except NotUnderstood as error:
        unparsed.append(f"{reading.question}" + (f" ({error.why})" if error.why else ""))
    if unparsed or question is None:
        return abstain(f"{len(unparsed)} sentence(s) not understood", "not_parsed", unparsed=unparsed)
    if not reading.premises and not reading.speeches:
        return abstain("no statements before the question", "not_parsed", unparsed=[])
    from agentlib.puzzles.english.pronouns import unclear_pronoun

    # "If Kim meets Lu, she waves": the grammar would guess; a speech's "she" is its speaker ("Fran says that Eli
    # and she are knaves"), so speeches are left to the grammar
    said = [sentence for _, _, sentence in reading.premises]
    unclear = unclear_pronoun([*dict.fromkeys(said), reading.question], reading)
    if unclear is not None:
        return abstain(f"'{unclear[1]}' could mean {' or '.join(unclear[2])}", "ambiguous", unparsed=[unclear[0]])
    try:
        world = build_world(reading, getattr(question, "formula", None))
    except NotUnderstood as error:
        return abstain(f"not understood: {error}", "not_parsed", unparsed=[str(error)])
    try:
        question = _resolve_question(question, world)
    except NotUnderstood as error:
        return abstain(f"not understood: {error}", "not_parsed", unparsed=[reading.question])
    complements = ""
    if isinstance(question, (YesNo, Who)):
        world, question, complements = _complements_read(world, question)
    world = with_ability(world, getattr(question, "formula", None))  # "used the pool" gives "can use the pool"
    miscount = _miscount(world, question)
    if miscount:
        return abstain(miscount, "not_parsed", unparsed=[miscount])
    gap = _wording_gap(world, question)
    # "Only adults can be members. Lia is not an adult. Is Lia a member?": "member" is said only as "can be a member";
    # the one-way law (whoever is one can be one) may still prove "no", and only a proof is answered
    asked_ability_gap = bool(gap) and not _wording_gap(world, question, with_asked_laws=True)
    if gap and not asked_ability_gap:
        return abstain(gap, "not_parsed", unparsed=[reading.question])
    from agentlib.tools import constraints as cl

    base_spec = world.spec()
    base = cl.check(base_spec, timeout_ms=TIMEOUT_MS).status
    if base == "unsat":
        core = cl.unsat_core(base_spec, timeout_ms=TIMEOUT_MS).core
        said = [world.sentences.get(label) or _structural(label) for label in core]
        read_as = f" (with {complements})" if complements else ""
        return abstain(f"the statements contradict each other{read_as}: " + " / ".join(said), "unsat", spec=base_spec)
    if base == "unknown":
        return abstain("the solver could not decide the statements", "error", spec=base_spec)
    variant = _merged_wordings(world, question)
    same_words = ""
    if variant is not None and variant[3]:  # "play chess" / "chess player": one property, so the merged reading
        world, question, same_words = variant[0], variant[1], variant[2]
        base_spec = world.spec()
        variant = None
        if cl.check(base_spec, timeout_ms=TIMEOUT_MS).status != "sat":
            return abstain(f"read as one property, {same_words} make the statements contradict each other",
                           "unsat", spec=base_spec)
    verdict = _decide(world, question, base_spec)
    if asked_ability_gap and not (verdict.verified and verdict.answer in ("yes", "no")):
        return abstain(gap, "not_parsed", unparsed=[reading.question])
    if world.builder.open_scales and verdict.verified and (not _holds_with_more_premises(verdict) or
                                                           verdict.answer == "no one"):
        return abstain("places go beyond the people named, and who (if anyone) holds the others is not said: "
                       f"'{verdict.answer}' would not hold for every way of filling them", "ambiguous", spec=base_spec)
    if verdict.verified and isinstance(question, YesNo) and _rests_on_unnamed_members(world, question, verdict):
        return abstain("a bare plural ('cats purr') tolerates exceptions: the answer holds only if it holds of every "
                       "member, not just the ones named", "ambiguous", spec=base_spec)
    if verdict.verified and isinstance(question, YesNo):
        past = _past_state_doubt(world, question.formula, reading.question)
        if past:
            return abstain(f"'{past}' says what holds at another time than the question asks about, which it does "
                           "not settle", "ambiguous", spec=base_spec)
    some = _existential_reading(world, question, reading.question, verdict, base_spec)
    if some is not None:
        return some
    if same_words and verdict.verified:
        verdict.reason += f" (reading {same_words} as one property: the same words in another form)"
    if complements and verdict.verified:
        verdict.reason += f" ({complements})"
        doubt = _affix_doubt(world, question, verdict)
        if doubt:
            return abstain(doubt, "ambiguous", spec=base_spec)
    if variant is not None and verdict.verified:
        merged_world, merged_question, words, _ = variant
        other = _decide(merged_world, merged_question, merged_world.spec())
        if (other.status, other.answer) != (verdict.status, verdict.answer):
            return abstain(f"the answer depends on whether {words} mean the same thing ({verdict.answer} if not, "
                           f"{other.answer if other.verified else 'no answer'} if so)", "ambiguous", spec=base_spec)
    if verdict.verified:
        doubt = _vacuous_doubt(world, question, verdict)
        if doubt:
            return abstain(doubt, "ambiguous", spec=base_spec)
    from agentlib.puzzles.english.unweighed_speeches import unweighed_speech_doubt

    unweighed = unweighed_speech_doubt(world, question, verdict, text, _decide,  # "Mum said ...": believed or not?
                                       verdict.answer == "cannot be determined" or isinstance(question, HowMany))
    if unweighed:
        return abstain(unweighed, "ambiguous", spec=base_spec)
    kept = _kept_rules_doubt(world, question, verdict) or _bare_verb_doubt(world, question, verdict)
    if kept:
        return abstain(kept, "ambiguous", spec=base_spec)
    kin_doubt = _kinship_doubt(world, question, verdict)
    if kin_doubt:
        return abstain(kin_doubt, "ambiguous", spec=base_spec)
    if isinstance(question, Who) and verdict.answer == "no one" and _is_middle_by_comparison(question.formula):
        return abstain("nobody has as many people above as below: a tie leaves no one in the middle", "ambiguous",
                       spec=base_spec)
    if verdict.verified and verdict.answer == "cannot be determined" and isinstance(question, YesNo):
        status = world.entails(question.formula)
        for reading_world, reading_goal, merged in idle_fact_readings(world, question.formula):
            if reading_world.entails(reading_goal) != status:
                return abstain(f"the statements allow both, but a stated fact shares nothing with the rest: if "
                               f"{merged}, the answer would differ", "ambiguous", spec=base_spec)
        moments = _timeline_doubt(world, question.formula, status)
        if moments:
            return abstain(f"the statements allow both, but different verbs' before / after place {moments}; read on "
                           "one timeline, the answer would differ", "ambiguous", spec=base_spec)
        frame = _frame_doubt(world, question.formula)
        if frame:
            return abstain(f"the statements allow both, but '{frame}' may say when the story happens rather than set "
                           "a condition, and read so the answer would differ", "ambiguous", spec=base_spec)
        stray = stray_statement(world, question.formula)
        if stray:
            return abstain(f"the statements allow both, but '{stray}' shares a word with the rest and nothing it "
                           "could mean: it was probably meant to matter and was read as something else", "ambiguous",
                           spec=base_spec)
    both_ways = said_both_ways(reading.grammar)
    if verdict.verified and both_ways and not definite_apart:
        apart = _solve_as_typed(text, both_ways)  # "a key" ... "the key": the same key, or a specific one?
        if (apart.status, apart.answer) != (verdict.status, verdict.answer):
            phrase = reading.lexicon.forms.get(sorted(both_ways)[0], ("", ""))[1]
            return abstain(f"the answer depends on whether 'the' in '{phrase}' means the one said with 'a' or a "
                           f"specific one ({verdict.answer} if the same, "
                           f"{apart.answer if apart.verified else 'no answer'} if not)", "ambiguous", spec=base_spec)
    return verdict


def _existential_reading(world: World, question: Question, asked: str, verdict: Verdict,
                         spec: dict) -> Verdict | None:
    """The verdict for "Is a / any teacher present?" read as "is there one", when it replaces the generic reading
    (see `indefinite_questions.py`); None when the generic verdict stands."""
    from agentlib.puzzles.english.indefinite_questions import determiner, existential

    det = determiner(asked)
    if not isinstance(question, YesNo) or not det or not verdict.verified:
        return None
    some = existential(question.formula)
    if some is None:
        return None
    other = _decide(world, YesNo(some, question.possible, question.follows), spec)
    if (other.status, other.answer) == (verdict.status, verdict.answer):
        return None
    if det == "any":
        return other
    if verdict.answer == "cannot be determined" and other.verified:
        return abstain(f"'{asked}' may ask about every one ({verdict.answer}) or whether there is one "
                       f"({other.answer})", "ambiguous", spec=spec)
    return None


def _affix_doubt(world: World, question: Question, verdict: Verdict) -> str:
    """Why the answer is not settled when it differs between reading "impatient" as a contrary of "patient", or
    "down" of "up" (one may be neither: the reading taken), and as its plain negation; "" when both readings agree
    (`contradictories.contraries_as_complements`)."""
    from agentlib.puzzles.english.contradictories import contraries_as_complements

    asked = getattr(question, "formula", None)
    strong = contraries_as_complements(world, asked) if asked is not None else None
    if strong is None:
        return ""
    strong_world, strong_goal, pairs = strong
    other = _decide(strong_world, replace(question, formula=strong_goal), strong_world.spec())  # type: ignore[arg-type]
    if (other.status, other.answer) == (verdict.status, verdict.answer):
        return ""
    said = ", ".join(f"'{b.replace('_', ' ')}' / '{a.replace('_', ' ')}'" for a, b in pairs)
    return (f"the answer depends on whether {said} only exclude each other ({verdict.answer}) or one is the plain "
            f"negation of the other ({other.answer if other.verified else 'not settled'})")


def _kept_rules_doubt(world: World, question: Question, verdict: Verdict) -> str:
    """Why the answer is not settled when "may X" (or "should X") and plain "X" are both said and reading the rules
    as kept (`permission_acts.py`) answers otherwise; "" when nothing is said both ways or both readings agree."""
    from agentlib.puzzles.english.permission_acts import kept_rules

    kept = kept_rules(world) if verdict.verified else None
    if kept is None:
        return ""
    other = _decide(kept, question, kept.spec())
    if (other.status, other.answer) == (verdict.status, verdict.answer):
        return ""
    return (f"the answer depends on whether doing what a rule says one 'may' or 'should' do means one kept the rules "
            f"({other.answer if other.verified else 'not settled'} if so, {verdict.answer} if not)")


def _bare_verb_doubt(world: World, question: Question, verdict: Verdict) -> str:
    """Why the answer is not settled when a verb said bare, read as the one complemented form of it the text uses
    (`bare_verbs.py`: "Max goes" beside "go to the party"), answers otherwise; "" when there is none or both agree."""
    from agentlib.puzzles.english.bare_verbs import completed

    if not verdict.verified or not isinstance(question, (YesNo, Who)):
        return ""
    found = completed(world, question.formula)
    if found is None:
        return ""
    merged_world, goal, said = found
    other = _decide(merged_world, replace(question, formula=goal), merged_world.spec())  # type: ignore[arg-type]
    if (other.status, other.answer) == (verdict.status, verdict.answer):
        return ""
    return (f"the answer depends on whether a bare verb means what it said in full ({said}: "
            f"{other.answer if other.verified else 'not settled'} if so, {verdict.answer} if not)")


def _vacuous_doubt(world: World, question: Question, verdict: Verdict) -> str:
    """Why the answer is not the speaker's, when a stated sentence says nothing as read (see `vacuous`) and the
    reading with its negated word apart answers otherwise; "" when none does or both readings agree."""
    said, predicates = vacuous_statement(world, TIMEOUT_MS)
    if not said:
        return ""
    asked = getattr(question, "formula", None)
    if asked is None:
        return f"'{said}' says nothing as read, so its words were probably meant as different properties"
    apart = world_apart(world, predicates)
    other = _decide(apart, replace(question, formula=negated_words_apart(asked, predicates)),  # type: ignore[arg-type]
                    apart.spec())
    if (other.status, other.answer) == (verdict.status, verdict.answer):
        return ""
    return (f"'{said}' says nothing if its words mean one property and its negation ({verdict.answer} then); read "
            f"as different properties, the answer is {other.answer if other.verified else 'not settled'}")


def _complements_read(world: World, question: YesNo | Who) -> tuple[World, YesNo | Who, str]:
    """The world and question with complementary adjectives read as negations ("the shop is closed" as "the shop is
    not open") where both words of a pair occur; unchanged, with an empty note, where none does."""
    from dataclasses import replace

    from agentlib.puzzles.english.contradictories import read_complements

    rewritten, goal, note = read_complements(world, question.formula)
    if not note:
        return world, question, ""
    return rewritten, replace(question, formula=goal), note


def _decide(world: World, question: Question, base_spec: dict) -> Verdict:
    premises_check = Check(f"all {len(world.labelled)} statements together (read by the controlled-English grammar)",
                           "sat")
    tied = _tied_extreme(world, question)
    if tied:
        return abstain(tied, "ambiguous", spec=base_spec)
    if isinstance(question, YesNo):
        return _yes_no(world, question, premises_check, base_spec)
    if isinstance(question, HowMany):
        return _how_many(world, question, premises_check, base_spec)
    if isinstance(question, Who):
        return _who(world, question, premises_check, base_spec)
    if isinstance(question, Roles):
        return _roles(world, question, premises_check, base_spec)
    if isinstance(question, Order):
        return _order(world, question, premises_check, base_spec)
    if isinstance(question, Position):
        return _position(world, question, premises_check, base_spec)
    if isinstance(question, Between):
        return _between(world, question, premises_check, base_spec)
    if isinstance(question, Relation):
        return _relation(world, question, premises_check, base_spec)
    if isinstance(question, Conclude):
        return _conclude(world, question, premises_check, base_spec)
    assert isinstance(question, CountSolutions)
    return _count(world, premises_check, base_spec)


MAX_CONCLUSION_CHECKS = 120


def _without_complements(world: World, found: list[Formula]) -> list[Formula]:
    """The conclusions less "Ann is not a knave" beside "Ann is a knight" where the statements make the two kinds
    complements for everyone (each person is exactly one of them): the negation says nothing more."""
    from agentlib.puzzles.english.logic import Iff, Quantified

    positive = [f for f in found if isinstance(f, Atom) and len(f.args) == 1]
    kept: list[Formula] = []
    for conclusion in found:
        body = conclusion.body if isinstance(conclusion, Not) else None
        if isinstance(body, Atom) and len(body.args) == 1:
            x = Var("x_complement")
            partners = [f for f in positive if f.args == body.args and f.predicate != body.predicate]
            exactly_one = {frozenset(n.parts) for _, f in world.labelled for n in walk(f)
                           if isinstance(n, Count) and n.low == n.high == 1 and len(n.parts) == 2}
            if any(frozenset((f, body)) in exactly_one for f in partners):
                continue  # "each is a knight or a knave": per person
            if any(world.entails(Quantified("all", x, Iff(Atom(f.predicate, (x,)), Not(Atom(body.predicate, (x,))))))
                   == "true" for f in partners):
                continue
        kept.append(conclusion)
    return kept


def _conclude(world: World, question: Conclude, premises: Check, spec: dict) -> Verdict:
    """ "What can we conclude (about X)?": each one-place property of each named person (or of X) that the
    statements force true or false and do not say outright, every one proved by an entailment check."""
    stated: set[Formula] = set()
    for _, formula in world.labelled:
        for part in (formula.parts if isinstance(formula, And) else (formula,)):
            stated.add(part.body if isinstance(part, Not) else part)
    properties = [p for p, arity in predicates_of(f for _, f in world.labelled).items()
                  if arity == 1 and not p.startswith("__")]
    premise_constants = [Const(k) for k in constants_of(f for _, f in world.labelled)]
    people = [question.about] if question.about is not None else \
        list(dict.fromkeys([*world.reading.people, *premise_constants]))
    candidates: list[Formula] = [Atom(p, (person,)) for person in people for p in properties]
    candidates += [Atom(p) for p, arity in predicates_of(f for _, f in world.labelled).items()
                   if arity == 0 and not p.startswith("__") and question.about is None]
    candidates = [atom for atom in candidates if atom not in stated]
    compared = {(n.scale, frozenset((n.left, n.right))) for _, f in world.labelled for n in walk(f)
                if isinstance(n, Compare) and n.op in ("<", ">") and not n.offset}
    scales = {scale for scale, _ in compared}
    ordered = [Compare(scale, a, ">", b) for scale in sorted(scales) for a in people for b in people
               if a != b and (scale, frozenset((a, b))) not in compared
               and any(scale == s and a in pair for s, pair in compared)
               and any(scale == s and b in pair for s, pair in compared)]
    if len(candidates) + len(ordered) > MAX_CONCLUSION_CHECKS:
        return abstain(f"{len(candidates)} properties to check: ask about one person ('What can we conclude about "
                       f"...?') or ask one question", "not_parsed", spec=spec)
    found: list[Formula] = []
    checks: list[Check] = [premises]
    for atom in candidates:
        status = world.entails(atom)
        if status in ("undecided", "inconsistent"):
            return abstain("the solver gave up", "error", spec=spec)
        if status in ("true", "false"):
            conclusion: Formula = atom if status == "true" else Not(atom)
            found.append(conclusion)
            checks.append(Check(f"statements + not({world.say(conclusion)})", "unsat", "it follows"))
    for comparison in ordered:  # only what holds: "Ann is taller than Cy" (its converse is then false)
        status = world.entails(comparison)
        if status in ("undecided", "inconsistent"):
            return abstain("the solver gave up", "error", spec=spec)
        if status == "true":
            found.append(comparison)
            checks.append(Check(f"statements + not({world.say(comparison)})", "unsat", "it follows"))
    if not found:
        about = f" about {world.name(question.about)}" if question.about is not None else ""
        return Verdict(NAME, "verified", answer="nothing beyond the statements", spec=spec,
                       reason=f"no property{about} is forced beyond what the statements say",
                       certificate=Certificate("non-entailment of each property", tuple(checks)))
    found = _without_complements(world, found)
    said = [world.say(f) for f in found]
    return Verdict(NAME, "verified", answer="; ".join(said), spec=spec,
                   reason="each follows from the statements: " + "; ".join(said),
                   certificate=Certificate("entailment (negation unsat) of each conclusion", tuple(checks)))


MAX_COUNTED_SOLUTIONS = 1_000


def _count(world: World, premises: Check, spec: dict) -> Verdict:
    """How many solutions: distinct assignments of every fact about the named individuals (and their places)."""
    from agentlib.tools import constraints as cl

    facts = {repr(n): n for _, f in world.labelled for n in walk(f)
             if isinstance(n, Atom) and all(isinstance(a, Const) for a in n.args)}
    terms = [world.expr(n) for n in facts.values()]
    for scale, members in world.builder.ranked_members.items():
        terms += [world.builder.value(scale, Const(m)) for m in members]
    if not terms:
        return abstain("nothing to count: the statements name no facts", "not_parsed", spec=spec)
    result = cl.all_solutions(spec, terms, limit=MAX_COUNTED_SOLUTIONS, timeout_ms=TIMEOUT_MS)
    if result.status != "complete":
        return abstain(f"more than {MAX_COUNTED_SOLUTIONS} solutions, or the solver gave up", "ambiguous", spec=spec)
    count = len(result.solutions)
    checks = (premises, Check(f"statements + differs from all {count} solutions found", "unsat", "no other solution"))
    return Verdict(NAME, "verified", answer=count, spec=spec, reason=f"{count} assignment(s) of the facts fit every "
                   "statement", certificate=Certificate("enumeration (blocking clauses)", checks))


from agentlib.puzzles.english.paraphrase import stem  # noqa: E402  (word roots, shared with the loose reader)

_LIGHT_WORDS = {"get", "become", "feel", "be", "stay", "remain", "keep", "seem", "look", "turn", "grow", "can", "go",
                "do", "will", "have"}


def _merged_wordings(world: World, question: Question) -> tuple[World, Question, str, bool] | None:
    """The world and question with predicates that differ only by a light verb merged ("get tired" / "tired",
    "can fly" / "fly"), or None when the text has no such pair. If the answer changes, the wording decides it."""
    predicates = predicates_of([f for _, f in world.labelled] + ([question.formula] if isinstance(
        question, (YesNo, Who)) else []))
    groups: dict[frozenset[str], list[str]] = {}
    for predicate, arity in predicates.items():
        if arity == 1 and not predicate.startswith("__"):
            content = frozenset(stem(w) for w in predicate.split("_") if w not in _LIGHT_WORDS)  # "play chess" ~
            # "chess player", "get tired" ~ "tired"
            if content:
                groups.setdefault(content, []).append(predicate)
    groups = {content: members for content, members in groups.items() if not _linked_by_a_statement(world, members)}
    merges = {p: sorted(members)[0] for members in groups.values() if len(members) > 1 for p in members}
    if not any(p != q for p, q in merges.items()):
        return None
    # "play chess" / "chess player", "teach" / "teacher": the same words in another form (every word's root kept)
    # mean the same property; "get tired" / "tired" differ by a light verb, which may change the meaning
    definitional = all(len({frozenset(stem(w) for w in p.split("_")) for p in members}) == 1
                       for members in groups.values() if len(members) > 1)

    def merge(node: Formula) -> Formula | None:
        if isinstance(node, Atom) and node.predicate in merges:
            return Atom(merges[node.predicate], node.args)
        return None

    labelled = [(label, map_formula(f, merge)) for label, f in world.labelled]
    merged = World(world.reading, labelled, world.sentences, world.builder)
    if isinstance(question, YesNo):
        question = YesNo(map_formula(question.formula, merge), question.possible, question.follows)
    elif isinstance(question, Who):
        question = Who(map_formula(question.formula, merge), question.choices, question.versus,
                       question.counting)
    forms = world.reading.lexicon.forms
    pair = next(members for members in groups.values() if len(members) > 1)
    def said(p: str) -> str:
        phrase = forms.get(p, ("", p.replace("_", " ")))[1]
        return "can " + phrase if p.startswith("can_") and not phrase.startswith("can ") else phrase
    words = " and ".join(f"'{said(p)}'" for p in pair)
    return merged, question, words, definitional


def _linked_by_a_statement(world: World, members: list[str]) -> bool:
    """Whether one statement names two of the wordings ("Every singer sings"): a text that states a rule linking
    the two forms treats them as two properties, so merging them would turn the rule's converse into a premise
    (a denied antecedent or an affirmed consequent would then prove the question)."""
    return len(members) > 1 and any(len(set(members) & set(predicates_of([formula]))) > 1
                                    for _, formula in world.labelled)


def _kinship_doubt(world: World, question: Question, verdict: Verdict) -> str:
    """Where a kinship answer rests on what the text cannot say: "no one" is Bill's mother only among the people
    named (everyone has one), and "Is Bill Adam's son?" is open only because no sentence gives Bill's sex, which a
    reader takes from the name. Both abstain rather than answer from that gap. "Adam is Beth's father. Beth is
    Carl's sister. Who is Carl's father?" is open because a sister may be a half sister: the abstention says so."""
    if not isinstance(question, (YesNo, Who)) or not uses_kinship([question.formula]):
        return ""
    if not verdict.verified:
        asked = kinship_relations([question.formula])
        said = kinship_relations([f for _, f in world.labelled])
        if verdict.failure == "ambiguous" and PARENT in asked and SIBLING in said:
            return "a sister or brother may be a half sibling, sharing one parent and not the other, so the parent " \
                   "of one need not be the parent of the other"
        return ""
    if isinstance(question, Who) and verdict.answer == "no one":
        return "the one asked about may be someone the text does not name"
    if isinstance(question, YesNo) and verdict.answer == "cannot be determined" and \
            kinship_relations([question.formula, *(f for _, f in world.labelled)]) - {PARENT, GRANDPARENT}:
        return "siblings, aunts, cousins and in-laws are read one way only (half siblings, unnamed parents): " \
               "an open answer may be a gap of that reading, not of the text"
    if isinstance(question, YesNo) and verdict.answer == "cannot be determined":
        def sexless(node: Formula) -> Formula | None:
            if isinstance(node, Not) and node.body == TRUE:  # "not male", its atom already dropped (bottom-up)
                return TRUE
            if isinstance(node, Atom) and node.predicate == MALE:
                return TRUE
            return None
        if world.entails(map_formula(question.formula, sexless)) in ("true", "false"):
            return "the answer turns on someone's sex, which no sentence states"
    return ""


def _miscount(world: World, question: Question) -> str:
    """ "Five runners finished a race." next to four named runners: the fifth, unnamed, could hold any place, so the
    count must agree with the individuals the text names (the question's included), else the puzzle abstains; unless
    a count of places holds them all (`place_counts.py`), on an order left open to the unnamed."""
    named = set(world.builder.constants)
    for part in (getattr(question, "formula", None), getattr(question, "person", None)):
        if isinstance(part, Const):
            named.add(part.key)
        elif part is not None:
            named.update(constants_of([part]))
    named.discard(WHO_KEY)
    named.discard(OTHER_KEY)
    places = max((count for count, _ in world.reading.places), default=0)
    for count, sentence in world.reading.declared:
        if len(named) <= count <= places and world.builder.open_scales:
            continue  # "Five people live in a building of 5 floors": the unnamed hold floors the order leaves open
        if count != len(named):
            return f"'{sentence}' counts {count}, but the text names {len(named)}"
    return ""


def _resolve_question(question: Question, world: World) -> Question:
    """Places like "the middle" need the size of the row, known only once every statement is read; words about
    speakers ("who tells the truth?") mean their kinds, as in the statements."""
    from agentlib.puzzles.english.race_speed import FINISH, SPEED, as_speed, finish_by_speed

    ranked = set(world.builder.ranked_scales)
    positional = {s for s in ranked if is_ordered_place(s)} - {"row"}
    alias = dict(world.scale_alias)
    if "row" not in ranked and len(positional) == 1:  # "Who was first?" about a race
        alias["row"] = next(iter(positional))
    if len(ranked) == 1 and is_ordered_place(next(iter(ranked))) and \
            not re.search(r"\b(?:finish|finished|ends?|ended)\b", world.reading.question or "", re.I):
        # "The dinner starts after the speech ... What happens first?": a verb that says only that something takes
        # place asks about the one order of events the text gives (never "finished", which has its own order, and
        # never a measure: "Ann ran faster than Bob. Who came first?" is not about speeds)
        for scale in _GENERIC_EVENT_SCALES - ranked:
            alias.setdefault(scale, next(iter(ranked)))
    by_speed = finish_by_speed(ranked, positional, world.reading.sentences)  # "... had a race. Who came last?"

    def place(formula: Formula) -> Formula:
        for old, new in alias.items():
            formula = _rename_scale(formula, old, new)
        if by_speed:
            formula = as_speed(formula)
        return _resolve_middles(formula, world.builder)

    if isinstance(question, YesNo):
        return YesNo(world.reading.rewrite(place(question.formula)), question.possible, question.follows)
    if isinstance(question, Who):  # a HowMany stays one: only its formula changes
        middle = _middle_by_comparison(question.formula, world) if "row" not in ranked and not positional else None
        return replace(question, formula=middle if middle is not None else place(question.formula))
    if isinstance(question, Order) and question.scale in alias:
        target = alias[question.scale]
        if target == SPEED and question.scale in _GENERIC_EVENT_SCALES:
            # "from first to last" over speeds: in a race the first is the fastest, the top of the speed scale
            # (as `as_speed` turns places); with no race, which end is "first" is not said
            return Order(SPEED, not question.descending) if by_speed else question
        return Order(target, question.descending)
    if isinstance(question, Order) and question.scale == FINISH and by_speed:
        return Order(SPEED, not question.descending)  # "List them from first to last" after "... had a race"
    return question


_GENERIC_EVENT_SCALES = frozenset({"happen_order", "occur_order", "finish", "row"})


def _middle_by_comparison(formula: Formula, world: World) -> Formula | None:
    """ "Zoe is shorter than Yan. Xi is taller than Yan. Who is in the middle?": with no row, the middle of the one
    scale the statements compare people on is whoever has as many people strictly above as strictly below (half of
    the others each way); a tie that leaves nobody there leaves the question unanswered. None when the question is
    not "who is in the middle" or the text compares on several scales or on none."""
    if not (isinstance(formula, Rank) and formula.scale == "row" and formula.position == 0
            and formula.term == Const(WHO_KEY)):
        return None
    compared = {n.scale for _, f in world.labelled for n in walk(f) if isinstance(n, Compare)}
    people = [Const(key) for key in world.builder.constants if not key.startswith("__")]
    if len(compared) != 1 or len(people) % 2 == 0 or len(people) < 3:
        return None
    scale, half, who = next(iter(compared)), (len(people) - 1) // 2, Const(WHO_KEY)
    above = Count(tuple(Compare(scale, p, ">", who) for p in people), half, half)
    below = Count(tuple(Compare(scale, who, ">", p) for p in people), half, half)
    return And((above, below))


def _is_middle_by_comparison(formula: Formula) -> bool:
    return isinstance(formula, And) and len(formula.parts) == 2 and all(isinstance(p, Count) for p in formula.parts) \
        and all(isinstance(c, Compare) for p in formula.parts if isinstance(p, Count) for c in p.parts)


def _unnamed_cast(reading: Reading) -> list[Const]:
    """The individuals of a puzzle that names nobody ("My mom is older than my dad ... Who is the youngest of the
    three?"): everyone the statements speak of, so that "of the three" can be checked against them."""
    keys = constants_of(f for _, f, _ in reading.premises)
    return [Const(key) for key in dict.fromkeys(keys) if key not in ("it", "there") and not key.startswith("__")]


def _wording_gap(world: World, question: Question, with_asked_laws: bool = False) -> str:
    formulas: list[Formula] = []
    if isinstance(question, (YesNo, Who)):
        formulas.append(question.formula)
    # not a law only the question needs (`ability`), unless asked to count it
    premise_predicates = predicates_of(f for _, f in world.labelled) if with_asked_laws else \
        predicates_of(stated(world.labelled))
    premise_constants = set(constants_of(f for _, f in world.labelled)) | {p.key for p in world.reading.people}
    premise_scales = scales_of(f for _, f in world.labelled)
    for predicate in predicates_of(formulas):
        if predicate not in premise_predicates and not predicate.startswith("__"):
            kind, phrase = world.reading.lexicon.forms.get(predicate, ("", predicate.replace("_", " ")))
            return f"the question asks about '{phrase}', which no statement mentions"
    general = {n.predicate for _, f in world.labelled for n in walk(f) if isinstance(n, Atom) and
               any(isinstance(a, Var) for a in n.args)}
    ground = {n for _, f in world.labelled for n in walk(f) if isinstance(n, Atom)}
    for formula in formulas:
        for node in walk(formula):
            if isinstance(node, Atom) and node.args and all(isinstance(a, Const) for a in node.args) and \
                    node not in ground and node.predicate not in general and \
                    not any(isinstance(a, Const) and a.key in (WHO_KEY, OTHER_KEY) for a in node.args):
                return f"the question asks whether {world.say(node)}, which no statement says or implies"
    for key in constants_of(formulas):
        if key not in (WHO_KEY, OTHER_KEY) and key not in premise_constants:
            return f"the question names '{world.reading.lexicon.displays.get(key, key)}', whom no statement mentions"
    for scale in scales_of(formulas):
        if scale not in premise_scales:
            return f"the question compares by {scale}, which no statement does"
    return ""


def _rests_on_unnamed_members(world: World, question: YesNo, verdict: Verdict) -> bool:
    """Whether the answer changes with each stated generic read of its named members only (`generic_exceptions`):
    "Birds sing. Is it true that every bird sings?" """
    from agentlib.puzzles.english.generic_exceptions import tolerant_labelled

    tolerant = tolerant_labelled(world.labelled, question.formula, world.reading.grammar, world.reading.rewrite)
    if tolerant is None:
        return False
    weaker = World(world.reading, tolerant, world.sentences, world.builder, world.scale_alias)
    again = _decide(weaker, question, weaker.spec())
    return not again.verified or again.answer != verdict.answer


def _yes_no(world: World, question: YesNo, premises: Check, spec: dict) -> Verdict:
    goal = question.formula
    said = world.say(goal)
    if question.possible:
        status = world.consistent_with(goal)
        if status == "unknown":
            return abstain("the solver gave up", "error", spec=spec)
        answer = "yes" if status == "sat" else "no"
        check = Check(f"statements + ({said})", status,  # type: ignore[arg-type]
                      "possible" if status == "sat" else "impossible")
        return Verdict(NAME, "verified", answer=answer, spec=spec,
                       certificate=Certificate("consistency", (premises, check)),
                       reason=f"{said}: {'possible' if answer == 'yes' else 'impossible'} given the statements")
    presupposed = _presupposition(goal)
    if presupposed is not None:  # "Do snakes have fur?" is about snakes that exist
        world = World(world.reading, [*world.labelled, ("presupposition", presupposed)],
                      {**world.sentences, "presupposition": world.say(presupposed)}, world.builder)
    status = world.entails(goal)
    if status in ("undecided", "inconsistent"):
        return abstain("the solver gave up", "error", spec=spec)
    if status == "true":
        checks = (premises, Check(f"statements + not({said})", "unsat", "it follows"))
        return Verdict(NAME, "verified", answer="yes", reason=f"it follows that {said}", spec=spec,
                       certificate=Certificate("entailment (negation unsat)", checks))
    if status == "false":
        checks = (premises, Check(f"statements + ({said})", "unsat", "its negation follows"))
        return Verdict(NAME, "verified", answer="no", reason=f"it follows that it is not the case that {said}",
                       spec=spec, certificate=Certificate("entailment (statement unsat)", checks))
    near = _near_miss(world, goal)
    if near:
        return abstain(f"the statements allow both, but {near}: if that was meant, the answer would differ",
                       "ambiguous", spec=spec)
    from agentlib.puzzles.english.definite_members import definite_member_doubt

    pointed = definite_member_doubt(world.labelled, world.sentences, goal, world.reading.lexicon.forms)
    if pointed:  # "Bessie was one of our hens" after "All the hens on our farm ...": those hens, surely
        return abstain(f"the statements allow both, but the '{pointed}' named with 'the' or a possessive may be the "
                       "ones the rule speaks of, and then the answer would differ", "ambiguous", spec=spec)
    outsider = _unranked_in_question(world, goal)
    if outsider:  # "Ann is the tallest. Is Bob taller than Ann?": Bob was surely meant to be among them
        return abstain(f"the statements rank others, not {outsider}, on what the question compares: say whether "
                       f"{outsider} is among them", "ambiguous", spec=spec)
    both: tuple[Check, ...] = (premises, Check(f"statements + not({said})", "sat", "a world where it is false"),
                               Check(f"statements + ({said})", "sat", "a world where it is true"))
    if question.follows:  # "Can we conclude that ...?": it does not follow, so no
        return Verdict(NAME, "verified", answer="no", spec=spec,
                       reason=f"it does not follow: the statements allow both {said} and its negation",
                       certificate=Certificate("non-entailment (both models exist)", both))
    return Verdict(NAME, "verified", answer="cannot be determined", spec=spec,
                   reason=f"the statements allow both: {said}, or not",
                   certificate=Certificate("non-entailment (both models exist)", both))


def _unranked_in_question(world: World, goal: Formula) -> str | None:
    """A person the question places on a scale where a statement gives a position or a superlative ("Ann is the
    tallest": of everyone, surely) but whom no statement ranks: the positions 1..n left them out, so "cannot be
    determined" would be an artifact of that. (Beside plain comparisons, a new person is honestly undetermined.)"""
    positioned = {node.scale for _, formula in world.labelled for node in walk(formula) if isinstance(node, Rank)}
    for node in walk(goal):
        if isinstance(node, (Compare, Rank, Adjacent)) and node.scale in positioned:
            terms = [node.term] if isinstance(node, Rank) else [node.left, node.right]
            members = world.builder.ranked_members.get(node.scale, [])
            for term in terms:
                if isinstance(term, Const) and term.key not in members:
                    return world.reading.lexicon.displays.get(term.key, term.key)
    return None


def _timeline_doubt(world: World, goal: Formula, status: str) -> str:
    """Events placed by different verbs read as one timeline, when a non-person ties them (`event_timelines.py`)."""
    from agentlib.puzzles.english.event_timelines import on_one_timeline, timeline_doubt

    def merged_status() -> str:
        premises = [(label, on_one_timeline(f), said) for label, f, said in world.reading.premises]
        merged = build_world(replace(world.reading, premises=premises), on_one_timeline(goal))
        return merged.entails(on_one_timeline(goal))

    people = {p.key for p in world.reading.people}
    moments = timeline_doubt([f for _, f in world.labelled], goal, people, status, merged_status)
    return " and ".join(world.name(Const(key)) for key in moments)


def _past_state_doubt(world: World, goal: Formula, asked: str) -> str:
    """A past-tense fact the answer to a present question rests on (see `past_states.py`)."""
    from agentlib.puzzles.english.past_states import past_state_doubt

    def entails(labelled: list[tuple[str, Formula]], side: Formula) -> str:
        return replace(world, labelled=labelled).entails(side)

    return past_state_doubt(world.labelled, world.sentences, asked, goal, entails)


def _frame_doubt(world: World, goal: Formula) -> str:
    """A past "when" clause read as a condition that may be the story's time instead (see `time_frames.py`)."""
    from agentlib.puzzles.english.time_frames import frame_doubt

    def entails(labelled: list[tuple[str, Formula]], asked: Formula) -> str:
        return replace(world, labelled=labelled).entails(asked)

    return frame_doubt(world.labelled, world.sentences, goal, entails)


def idle_fact_readings(world: World, goal: Formula) -> list[tuple[World, Formula, str]]:
    """Other readings of the stated facts that share nothing with the rest: (world, goal, what was merged) each.

    A fact (a literal, or a conjunction of literals) that no other statement nor the goal mentions cannot matter,
    and people do not state facts that cannot matter: an idle fact usually means one proposition read as two
    ("she didn't forget them" / "Kim forgot her keys", "Anna is going" / "Anna goes to the party", "the bank is
    open" / "the bank is closed"). Each idle atom is merged with each atom of the text it is near: one whose
    predicate shares a word root (read as the same proposition), or one about the same individual with other words
    that is mentioned once too (read as the same and as the opposite: "open" may be "not closed"). Callers
    re-decide each reading before answering "cannot be determined" or "invalid", and abstain when one changes the
    answer. Atoms that share
    nothing with anything (a distractor: "Fenze is not glumpish") give no reading, and rules are left out (a rule
    whose consequent nothing else mentions is ordinary: "If Kim is at home, the lights are on. Is Kim at home?").
    Two atoms are shared when they have one predicate and either equal arguments or a variable among them."""
    def atoms(formula: Formula) -> list[Atom]:
        return [n for n in walk(formula) if isinstance(n, Atom) and not n.predicate.startswith("__")]

    def shared(a: Atom, b: Atom) -> bool:
        return a.predicate == b.predicate and (a.args == b.args or any(isinstance(t, Var) for t in (*a.args, *b.args)))

    def is_fact(formula: Formula) -> bool:
        if isinstance(formula, And):
            return all(is_fact(part) for part in formula.parts)
        return isinstance(formula.body if isinstance(formula, Not) else formula, Atom)

    def roots(predicate: str) -> set[str]:
        return {stem(w) for w in predicate.split("_") if w not in _LIGHT_WORDS}

    def ground(atom: Atom) -> bool:
        return all(isinstance(t, Const) for t in atom.args)

    def phrase(atom: Atom) -> str:
        return world.say(atom)

    per_formula = [atoms(f) for _, f in world.labelled]
    goal_atoms = atoms(goal)

    def mentions(atom: Atom) -> int:
        return sum(any(shared(atom, other) for other in found) for found in [*per_formula, goal_atoms])

    everything = {a for found in per_formula for a in found if ground(a)} | {a for a in goal_atoms if ground(a)}
    predicates = {(a.predicate, len(a.args)) for found in per_formula for a in found}
    readings: list[tuple[World, Formula, str]] = []
    for k, (label, formula) in enumerate(world.labelled):
        if not (re.fullmatch(r"s\d+|say\d+", label) and is_fact(formula)):
            continue  # what a sentence presupposes, or a rule
        others = [a for j, found in enumerate(per_formula) if j != k for a in found] + goal_atoms
        for idle in per_formula[k]:
            if not ground(idle) or any(shared(idle, other) for other in others):
                continue
            for near in sorted(everything - {idle}, key=repr):
                if len(near.args) != len(idle.args):
                    continue
                if _twin_of_one({idle.predicate}, {near.predicate}):
                    replacements: list[Formula] = [Not(near)]  # "loses the match" / "wins the match": never the same
                elif roots(near.predicate) & roots(idle.predicate):
                    replacements = [near]
                elif near.args == idle.args and mentions(near) == 1:
                    replacements = [near, Not(near)]  # both dangle: "the bank is open" / "... the bank is closed"
                else:
                    continue
                for replacement in replacements:
                    merged, merged_goal = _with_atom_replaced(world, goal, idle, replacement)
                    how = "the same as" if replacement == near else "the opposite of"
                    readings.append((merged, merged_goal, f"'{phrase(idle)}' means {how} '{phrase(near)}'"))
            readings += _sibling_readings(world, goal, idle, predicates, phrase)
    return readings


def _sibling_readings(world: World, goal: Formula, idle: Atom, predicates: set[tuple[str, int]],
                      phrase: Any) -> list[tuple[World, Formula, str]]:
    """The readings of an idle fact whose one word is a sibling in a closed class (or the opposite) of a word a
    rule says of anyone: "This apple is green" beside "All the apples in the basket are red" is idle only while
    green and red are read as unrelated; read as excluding each other (as people mean colours), the apple is not
    red, so not in the basket. The fact is read as the negation of the sibling said of the same individual."""
    from agentlib.puzzles.english.contrasts import opposed

    if not idle.args or "_" in idle.predicate:
        return []
    found = []
    for predicate, arity in sorted(predicates):
        if arity != len(idle.args) or "_" in predicate or not opposed(idle.predicate, predicate):
            continue
        sibling = Atom(predicate, idle.args)
        merged, merged_goal = _with_atom_replaced(world, goal, idle, Not(sibling))
        found.append((merged, merged_goal, f"'{phrase(idle)}' excludes '{phrase(sibling)}'"))
    return found


def _with_atom_replaced(world: World, goal: Formula, atom: Atom, replacement: Formula) -> tuple[World, Formula]:
    """The world and goal with every occurrence of `atom` read as `replacement`."""
    def swap(node: Formula) -> Formula | None:
        return replacement if node == atom else None

    labelled = [(label, map_formula(f, swap)) for label, f in world.labelled]
    return World(world.reading, labelled, world.sentences, world.builder, world.scale_alias), map_formula(goal, swap)


def _near_miss(world: World, goal: Formula) -> str:
    """Why "cannot be determined" may be a wording gap rather than the logic: a rule speaks of the asked property
    (concludes it, or has it in its condition, as modus tollens reads the rule backwards), the individual asked
    about is said (or, in an "if" question, supposed) to have another property the rule or a rule before it
    speaks of, and what the individual lacks is a class the rule's condition needs ("the guests who arrived early
    got a seat" / "Carl arrived early": is Carl a guest?; "if a person waxes the board, they ride the waves" /
    "Kofi does not ride the waves": is Kofi a person?). Empty when there is no such rule."""

    supposed: frozenset[str] = frozenset()
    if isinstance(goal, Implies):  # "if Zofia services the boiler, ...": what the question supposes of her
        supposed = frozenset(n.predicate for n in walk(goal.left) if isinstance(n, Atom))
        goal = goal.right
    core = goal.body if isinstance(goal, Not) else goal
    if isinstance(core, Compare) and isinstance(core.left, Const) and isinstance(core.right, Const):
        # "Every person in the class is shorter than Maya" / "Nina is in the class": "Is Nina taller than Maya?"
        return next((found for who in (core.left, core.right) if (found := _near_miss_of(world, who, core))), "")
    # an atom, or each atom of an "or" / "and" asked ("at least one of: (a) ... (b) ...")
    asked = [(who, n) for n in walk(core) if isinstance(n, Atom) and len(n.args) == 1
             for who in n.args if isinstance(who, Const)]
    if not (isinstance(core, Atom) or isinstance(core, (And, Or)) and asked):
        return ""
    # what the question itself names is never the gap: "Is Val Uma's friend?" asks the class the rule needs
    questioned = supposed | {atom.predicate for _, atom in asked}
    return next((found for who, atom in asked if (found := _near_miss_of(world, who, atom, supposed, questioned))), "")


def _rules(world: World) -> list[tuple[int, Implies]]:
    """The stated rules (a rule, or one said of each named: `exceptives.instantiate`) with their statement index."""
    out: list[tuple[int, Implies]] = []
    for k, (_, formula) in enumerate(world.labelled):
        rule = formula.body if isinstance(formula, Quantified) else formula
        if isinstance(rule, Implies):
            out.append((k, rule))
    return out


def _atoms_of(formula: Formula) -> set[str]:
    return {n.predicate for n in walk(formula) if isinstance(n, Atom)}


def _near_miss_of(world: World, who: Const, core: Atom | Compare, supposed: frozenset[str] = frozenset(),
                  questioned: frozenset[str] = frozenset()) -> str:
    """`_near_miss` for one individual of the asked atom or comparison."""
    asked = core.predicate if isinstance(core, Atom) else core.scale
    forms = world.reading.lexicon.forms
    rules = _rules(world)
    toward = {asked}  # what leads to the asked property through the rules ("a person files -> refund -> repays")
    for _ in rules:
        toward |= {p for _, rule in rules if _atoms_of(rule.right) & toward for p in _atoms_of(rule.left)}
    for k, rule in rules:
        known = {n.predicate for j, (_, f) in enumerate(world.labelled) if j != k for n in walk(f)
                 if isinstance(n, Atom) and n.args == (who,)} | set(supposed)  # said of `who` outside this rule
        known_roots = {stem(w) for p in known for w in p.split("_")}
        concluded = {n.predicate if isinstance(n, Atom) else n.scale for n in walk(rule.right)
                     if isinstance(n, (Atom, Compare))}
        needed = {n.predicate for n in walk(rule.left) if isinstance(n, Atom)}
        if not concluded & toward and asked not in needed:
            continue
        # an unstated class ("a guest") is the usual gap; an unstated property ("red") is plain logic
        # (the asked class itself is no gap: "Every dancer dances. Mo dances. Is Mo a dancer?" is plainly open)
        missing = {p for p in needed - known - {asked} - questioned if forms.get(p, ("", ""))[0] == "noun"}
        if concluded & toward:
            shared = (needed & known) or {p for p in needed if {stem(w) for w in p.split("_")} & known_roots}
        else:  # read backwards: what is known of `who` is what the rule concludes
            shared = (concluded & known) - {asked}
        if missing and not shared and concluded & toward:
            # a chain: another rule reaches this one's condition from what is said or supposed of `who`
            reached = set(known)
            for _, earlier in rules:
                if _atoms_of(earlier.left) & reached:
                    reached |= _atoms_of(earlier.right)
            shared = (needed - missing) & reached
        if missing and shared:
            lacking = sorted(missing)[0]
            phrase = forms.get(lacking, ("", lacking.replace("_", " ")))[1]
            return f"{world.name(who)} meets part of a rule's condition, and nothing says whether '{phrase}' holds"
    return ""


def stray_statement(world: World, goal: Formula) -> str:
    """A stated sentence that shares no predicate with any other statement nor the question, yet shares a word root
    with one ("Only people with a badge can enter" / "Yan has no badge"): one notion read as two unconnected ones,
    so an open answer would come from the reading, not from the text. Its wording, or "" when there is none. A
    sentence that shares no root either is a plain distractor ("Fenze is not glumpish") and is not returned."""
    def predicates(formula: Formula) -> set[str]:
        return {n.predicate for n in walk(formula) if isinstance(n, Atom) and not n.predicate.startswith("__")}

    def roots(names: set[str]) -> set[str]:
        return {stem(w) for p in names for w in p.split("_")
                if w not in _LIGHT_WORDS and not re.fullmatch(r"r\d+", w)}  # "have_r2": a relation's tag

    # each conjunct of a stated sentence stands alone: "Every member has a key and Kofi has no key" hides a stray
    # half inside a sentence that, as a whole, shares its predicates with the rest
    stated = [(label, predicates(part)) for label, f in world.labelled
              for part in (f.parts if isinstance(f, And) else (f,))]
    for k, (label, own) in enumerate(stated):
        if not re.fullmatch(r"s\d+", label) or not own:
            continue
        others = set().union(predicates(goal), *(found for j, (_, found) in enumerate(stated) if j != k))
        if not own & others and roots(own) & roots(others) and not _twin_of_one(own, others):
            return world.sentences.get(label, label)
    return ""


def _twin_of_one(own: set[str], others: set[str]) -> bool:
    """A predicate one opposed word away from another ("arrive at the office late" beside "... early"): a distractor
    stated on purpose, not one notion read as two."""
    from agentlib.puzzles.english.contrasts import opposed_words

    return any(opposed_words(p.split("_"), q.split("_")) for p in own for q in others)


def _presupposition(goal: Formula) -> Formula | None:
    """ "Are all A B?" presupposes that there are A (existential import of the question's subject)."""
    from agentlib.puzzles.english.logic import Implies, Quantified

    if isinstance(goal, Quantified) and goal.kind == "all" and isinstance(goal.body, Implies):
        return Quantified("some", goal.var, goal.body.left)
    return None


def _candidates(world: World, choices: list[Const], asked: Formula | None = None) -> list[Const]:
    """Who a "who" question may answer: the choices it offers, else the named people, else (a text of
    descriptions: "the butler", "the maid") the individuals the premises say the asked predicate of, so "Who did
    it?" weighs the butler and the maid, not the door that "was locked"; else every individual."""
    if choices:
        return choices
    people = list(world.reading.people)
    if people:
        return people
    every = [Const(k) for k in world.builder.constants if k not in (WHO_KEY, OTHER_KEY)]
    if asked is None:
        return every
    predicates = {n.predicate for n in walk(asked) if isinstance(n, Atom) and Const(WHO_KEY) in n.args}
    said_of = {t for _, f in world.labelled for n in walk(f)
               if isinstance(n, Atom) and n.predicate in predicates for t in n.args if isinstance(t, Const)}
    return [c for c in every if c in said_of] or every


def _with(formula: Formula, const: Const, world: World | None = None) -> Formula:
    filled = map_terms(formula, lambda t: const if isinstance(t, Const) and t.key == WHO_KEY else t)
    return world.reading.rewrite(filled) if world is not None else filled


def _filled(question: Who, candidate: Const, world: World) -> Formula:
    """The question said of `candidate`; in "Who is taller, Ann or Bob?" the other choice is compared with, and
    the question presupposes the two differ (see `_presupposing`)."""
    formula = question.formula
    if question.versus:
        other = next(c for c in question.choices if c != candidate)
        formula = map_terms(formula, lambda t: other if isinstance(t, Const) and t.key == OTHER_KEY else t)
    return _with(formula, candidate, world)


def _presupposing(world: World, question: Who) -> World:
    """ "Who is taller, Ann or Bob?" presupposes that one of them is: on a scale where two people may be equal
    (see `_tie_scales`) the question adds that the two choices differ, as a premise the certificate names."""
    if not question.versus or len(question.choices) != 2:
        return world
    formula = _filled(question, question.choices[0], world)
    if not (isinstance(formula, Compare) and formula.op in ("<", ">") and not formula.offset
            and isinstance(formula.left, Const) and isinstance(formula.right, Const)
            and formula.scale not in world.builder.ranked_scales):
        return world
    differ = Not(Compare(formula.scale, formula.left, "==", formula.right))
    said = f"the question presupposes that {world.name(formula.left)} and {world.name(formula.right)} differ"
    return replace(world, labelled=[*world.labelled, ("presupposition", differ)],
                   sentences={**world.sentences, "presupposition": said})


def _forced_count(world: World, question: Who, candidates: list[Const]) -> int | None:
    """How many of `candidates` the question holds for, when every solution agrees ("exactly one of A and B is
    the knight"): what the solutions share even though none of them is the answer."""
    parts = tuple(_filled(question, c, world) for c in candidates)
    possible = [n for n in range(len(candidates) + 1) if world.consistent_with(Count(parts, n, n)) == "sat"]
    return possible[0] if len(possible) == 1 else None


def _someone_unnamed(world: World, question: Who) -> bool:
    """ "The cake was eaten by someone. Who ate the cake?": no one named did it, yet the statements say someone
    did, so "no one" would deny a premise; the one asked for is someone the text does not name."""
    x = Var("x_who")
    body = map_terms(question.formula, lambda t: x if isinstance(t, Const) and t.key == WHO_KEY else t)
    return world.entails(Quantified("some", x, world.reading.rewrite(body))) == "true"


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _who(world: World, question: Who, premises: Check, spec: dict) -> Verdict:
    world = _presupposing(world, question)
    candidates = _candidates(world, question.choices, question.formula)
    yes, no, open_ = [], [], []
    for candidate in candidates:
        status = world.entails(_filled(question, candidate, world))
        if status == "true":
            yes.append(candidate)
        elif status == "false":
            no.append(candidate)
        elif status == "unknown":
            open_.append(candidate)
        else:
            return abstain("the solver gave up", "error", spec=spec)
    if not yes and not open_ and not question.choices and not question.counting and _someone_unnamed(world, question):
        return abstain(f"the statements say someone fits '{world.say(question.formula)}' but not who: no one named "
                       "does", "ambiguous", spec=spec)
    names = [world.name(c) for c in yes]
    asked = world.say(question.formula) if not question.versus else \
        world.say(_filled(question, question.choices[0], world)) + " (or the reverse)"
    if not question.choices and world.reading.people:  # a name not taken for a person ("Lope beat Jinmu")
        keys = {c.key for c in candidates}
        for other in (Const(k) for k in world.builder.constants if k not in keys and k not in (WHO_KEY, OTHER_KEY)):
            if world.entails(_filled(question, other, world)) != "false":
                return abstain(f"'{asked}' may hold for {world.name(other)}, which the text does not name as a "
                               "person", "ambiguous", spec=spec)
    if question.counting and not open_:
        return _counted(world, question, yes, no, premises, spec)
    if open_:
        shared: dict[str, Any] = {}
        if yes:
            shared["certainly"] = names
        if no:
            shared["certainly not"] = [world.name(c) for c in no]
        shared["undetermined"] = [world.name(c) for c in open_]
        reason = (f"more than one answer fits '{asked}': it holds for " + _either(shared["undetermined"])
                  + " in some solutions and not in others")
        forced = _forced_count(world, question, open_)
        if forced is not None and len(open_) > 1:
            shared[f"exactly {forced} of"] = shared["undetermined"]
            reason += f"; in every solution it holds for exactly {forced} of them"
        return abstain(reason,
                       "ambiguous", spec=spec, shared=shared)
    if question.choices and len(yes) != 1:
        return abstain(f"'{asked}' holds for {len(yes)} of the choices", "ambiguous" if yes else "unsat", spec=spec)
    answer: Any = names[0] if len(names) == 1 else names if names else "no one"
    checks = [premises]
    for c in yes:
        checks.append(Check(f"statements + not({world.say(_filled(question, c, world))})", "unsat", "forced"))
    if no:
        checks.append(Check(f"statements + ({asked}) for each of {', '.join(world.name(c) for c in no)}", "unsat",
                            "excluded"))
    reason = "the only answer consistent with every statement"
    if "presupposition" in world.sentences:
        reason += f" ({world.sentences['presupposition']})"
    return Verdict(NAME, "verified", answer=answer, spec=spec, reason=reason,
                   certificate=Certificate("entailment for each candidate", tuple(checks)))


def _how_many(world: World, question: HowMany, premises: Check, spec: dict) -> Verdict:
    """How many of the people the question's formula holds for, when every solution has the same number."""
    people = list(world.reading.people)
    asked = world.say(question.formula)
    keys = {p.key for p in people}
    for other in (Const(k) for k in world.builder.constants if k not in keys and k not in (WHO_KEY, OTHER_KEY)):
        if world.entails(_with(question.formula, other, world)) != "false":
            return abstain(f"'{asked}' may hold for {world.name(other)}, which the text does not name as a person",
                           "ambiguous", spec=spec)
    parts = tuple(_with(question.formula, person, world) for person in people)
    possible = [n for n in range(len(people) + 1) if world.consistent_with(Count(parts, n, n)) == "sat"]
    if len(possible) != 1:
        return abstain(f"the number for whom '{asked}' holds is not determined: it may be "
                       + ", ".join(map(str, possible)), "ambiguous" if possible else "unsat", spec=spec,
                       shared={"possible counts": possible})
    count = possible[0]
    checks = (premises, Check(f"statements + (any number other than {count} for whom {asked})", "unsat", "forced"))
    return Verdict(NAME, "verified", answer=count, spec=spec, reason=f"in every solution exactly {count} of the "
                   f"{len(people)} fit '{asked}'", certificate=Certificate("entailment", checks))


def _counted(world: World, question: Who, yes: list[Const], no: list[Const], premises: Check, spec: dict) -> Verdict:
    """ "How many are taller than Jem?": every named person is settled one way, so the count is theirs."""
    checks = [premises, *(Check(f"statements + not({world.say(_filled(question, c, world))})", "unsat", "forced")
                          for c in yes)]
    if no:
        checks.append(Check(f"statements + ({world.say(question.formula)}) for each of "
                            f"{', '.join(world.name(c) for c in no)}", "unsat", "excluded"))
    who = ", ".join(world.name(c) for c in yes) or "no one"
    return Verdict(NAME, "verified", answer=len(yes), spec=spec,
                   reason=f"{len(yes)} of the {len(yes) + len(no)} people named: {who}",
                   certificate=Certificate("entailment for each person named", tuple(checks)))


_SEX_WORDS = re.compile(r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|lad(?:y|ies)|gentlem[ae]n|females?|males?|she|he|her|"
                        r"him|his|hers|herself|himself|gal|guy|lass|lad)\b", re.I)
_NEUTRAL_KIN = {(PARENT, True): "parent", (PARENT, False): "child", (GRANDPARENT, True): "grandparent",
                (GRANDPARENT, False): "grandchild", (GREAT_GRANDPARENT, True): "great-grandparent",
                (GREAT_GRANDPARENT, False): "great-grandchild", (SIBLING, True): "sibling",
                (PIBLING, True): "aunt or uncle", (PIBLING, False): "niece or nephew", (COUSIN, True): "cousin",
                (SPOUSE, True): "spouse",
                (PARENT_IN_LAW, True): "parent-in-law", (PARENT_IN_LAW, False): "child-in-law",
                (SIBLING_IN_LAW, True): "sibling-in-law"}


def _relation(world: World, question: Relation, premises: Check, spec: dict) -> Verdict:
    """The kinship words every solution gives the pair: for each relation that must hold, the gendered word when
    the person's sex is stated ("grandmother"), else the neutral one ("grandparent"). None forced: the statements
    do not settle it (or only through someone unnamed)."""
    if not uses_kinship([f for _, f in world.labelled]):
        return abstain("the question asks how two people are related, but no statement is about family",
                       "not_parsed", spec=spec)
    person, other = question.person, question.other
    sex = world.entails(Atom(MALE, (person,)))
    named_sex = ""
    if sex == "unknown" and not _SEX_WORDS.search(" ".join(world.reading.sentences)):
        # "Ed and Flo are siblings. Flo is Gil's mother.": Ed read as the man his name says, where no word of the text
        # speaks of anyone's sex otherwise ("Ed is a woman", "she") than through the kinship nouns read already
        from agentlib.puzzles.english.given_names import usual_sex

        usual = usual_sex(world.name(person))
        if usual is not None:
            sex = "true" if usual == "boy" else "false"
            named_sex = f" (reading {world.name(person)} as {'a man' if usual == 'boy' else 'a woman'}, as the " \
                        "name usually is)"
    words: list[str] = []
    for (relation, owner_younger), neutral in _NEUTRAL_KIN.items():
        related = Atom(relation, (person, other)) if owner_younger else Atom(relation, (other, person))
        status = world.entails(world.reading.rewrite(related))
        if status not in ("true", "false", "unknown") or sex not in ("true", "false", "unknown"):
            return abstain("the solver gave up", "error", spec=spec)
        if status != "true":
            continue
        gendered = [noun for noun, (r, y, male) in KIN.items() if (r, y) == (relation, owner_younger) and
                    male is not None and (sex == "true") == male and noun in RELATION_NOUNS]
        words.append(gendered[0] if sex in ("true", "false") and gendered else neutral)
    shown_person, shown_other = world.name(person), world.name(other)
    if not words:
        return abstain(f"the statements do not settle how {shown_person} is related to {shown_other} (the link may "
                       "be someone the text does not name)", "ambiguous", spec=spec)
    answer = " and ".join(words)
    checks = (premises, *(Check(f"statements + not({shown_person} is {shown_other}'s {w})", "unsat", "forced")
                          for w in words))
    return Verdict(NAME, "verified", answer=answer, spec=spec, reason=f"{shown_person} is {shown_other}'s {answer} "
                   f"in every solution{named_sex if answer not in _NEUTRAL_KIN.values() else ''}",
                   certificate=Certificate("entailment for each kinship relation", checks))


def _roles(world: World, question: Roles, premises: Check, spec: dict) -> Verdict:
    kinds = world.reading.kinds.all
    if not kinds:
        return abstain("the question asks for kinds, but the puzzle defines none", "not_parsed", spec=spec)
    people = question.only or world.reading.people
    answer: dict[str, str] = {}
    undetermined: list[str] = []
    for person in people:
        forced = [k for k in kinds if k != "__other" and world.entails(Atom(k, (person,))) == "true"]
        if len(forced) == 1:
            answer[world.name(person)] = render.kind_word(forced[0])
        else:
            undetermined.append(world.name(person))
    if undetermined:
        return abstain(f"more than one solution: the kind of {', '.join(undetermined)} is not determined",
                       "ambiguous", spec=spec, shared=answer)
    described = ", ".join(f"{n} is a {k}" for n, k in answer.items())
    checks = (premises, Check(f"statements + not({described})", "unsat", "no other assignment of kinds exists"))
    return Verdict(NAME, "verified", answer=answer, spec=spec, reason="the only assignment consistent with every "
                   "statement", certificate=Certificate("unique model", checks))


def _order(world: World, question: Order, premises: Check, spec: dict) -> Verdict:
    scale = question.scale
    if scale not in world.builder.ranked_scales:
        candidates = [s for s in world.builder.ranked_scales if s not in ("row",)] or list(world.builder.ranked_scales)
        if len(candidates) != 1:
            return abstain(f"the question orders by {scale}, which no statement does", "not_parsed", spec=spec)
        if is_ordered_place(scale) and not is_ordered_place(candidates[0]):
            # "List them from first to last" (or left to right) over heights or speeds: which end comes first is
            # not said (a race's finish is read as speed before this, where the fastest is first)
            return abstain(f"'{question.scale}' says nothing of which end of the {candidates[0]} order comes first",
                           "not_parsed", spec=spec)
        scale = candidates[0]
    members = [Const(k) for k in world.builder.ranked_members.get(scale, [])]
    size = len(members)
    order: list[str] = []
    for position in range(1, size + 1):
        found = [m for m in members if world.entails(Rank(scale, m, position, from_end=question.descending)) == "true"]
        if len(found) != 1:
            return abstain(f"the order is not determined at place {position}", "ambiguous", spec=spec,
                           shared={"determined so far": order})
        order.append(world.name(found[0]))
    checks = (premises, Check(f"statements + (any other order of {', '.join(order)})", "unsat", "the order is forced"))
    return Verdict(NAME, "verified", answer=order, spec=spec, reason="the only order consistent with every statement",
                   certificate=Certificate("unique model", checks))


def _position(world: World, question: Position, premises: Check, spec: dict) -> Verdict:
    if question.from_top is not None:
        return _ranked_position(world, question, premises, spec)
    scales = [s for s in world.builder.ranked_scales if s in ("row", "finish", "order", "floor", "arrival")]
    if question.scale is not None:  # "Which floor ...?": only that scale answers it
        scales = [s for s in scales if s == question.scale]
    if FROM_THE_RIGHT in world.reading.lexicon.scale_words:
        return abstain("the places are numbered from the right, and a place is counted here from the left",
                       "not_parsed", spec=spec)
    if not scales and question.scale is None:
        located = _location(world, question, premises, spec)
        if located is not None:
            return located
    if len(scales) != 1:
        return abstain("the question asks for a position, but the puzzle has " +
                       ("no row or order" if not scales else "several orders"), "not_parsed", spec=spec)
    scale = scales[0]
    size = world.builder.ranked_scales[scale]
    for position in range(1, size + 1):
        if world.entails(Rank(scale, question.person, position)) == "true":
            checks = (premises, Check(f"statements + not({world.name(question.person)} in place {position})", "unsat",
                                      "the place is forced"))
            return Verdict(NAME, "verified", answer=position, spec=spec,
                           reason=f"{world.name(question.person)} can only be in place {position}" +
                           ("" if scale in world.builder.open_scales else f" of {size}"),
                           certificate=Certificate("entailment", checks))
    return abstain(f"the place of {world.name(question.person)} is not determined", "ambiguous", spec=spec)


def _ranked_position(world: World, question: Position, premises: Check, spec: dict) -> Verdict:
    """ "In what position is Ben, counting from the tallest?": the place every solution gives him on that scale,
    counted from the end the question names (as "List them from tallest to shortest" lists them)."""
    scale = question.scale
    if scale not in world.builder.ranked_scales:
        return abstain(f"the question counts places by {scale}, which no statement compares", "not_parsed", spec=spec)
    name = world.name(question.person)
    for position in range(1, world.builder.ranked_scales[scale] + 1):
        if world.entails(Rank(scale, question.person, position, from_end=bool(question.from_top))) == "true":
            checks = (premises, Check(f"statements + not({name} in place {position})", "unsat", "the place is forced"))
            return Verdict(NAME, "verified", answer=position, spec=spec,
                           reason=f"{name} can only be in place {position}, counted as the question counts",
                           certificate=Certificate("entailment", checks))
    return abstain(f"the place of {name} is not determined", "ambiguous", spec=spec)


_PLACE_PREDICATE = re.compile(r"^(?:in|at|on|inside|under|behind|near)_")


def _location(world: World, question: Position, premises: Check, spec: dict) -> Verdict | None:
    """ "Tom is either in the kitchen or in the garden. He isn't in the kitchen. Where is Tom?": the one place
    ("in the garden") the statements force among the places they say of him; None when they name no place."""
    person = question.person
    places = [p for p, arity in predicates_of([f for _, f in world.labelled]).items()
              if arity == 1 and _PLACE_PREDICATE.match(p)
              and any(isinstance(n, Atom) and n.predicate == p and n.args == (person,)
                      for _, f in world.labelled for n in walk(f))]
    if not places:
        return None
    said = {p: world.say(Atom(p, (person,))) for p in places}
    forced = [p for p in places if world.entails(Atom(p, (person,))) == "true"]
    if len(forced) != 1:
        return abstain(f"where {world.name(person)} is is not determined: "
                       + ("; ".join(said[p] for p in forced) + " all follow" if forced else
                          "no place the statements name is forced"), "ambiguous", spec=spec)
    place = forced[0]
    subject = world.name(person)
    answer = said[place].removeprefix(f"{subject} is ").removeprefix(f"{subject} ")
    checks = (premises, Check(f"statements + not({said[place]})", "unsat", "the place is forced"))
    return Verdict(NAME, "verified", answer=answer, spec=spec, reason=f"it follows that {said[place]}",
                   certificate=Certificate("entailment", checks))


def _between(world: World, question: Between, premises: Check, spec: dict) -> Verdict:
    """The number of places strictly between two people of the one row or order, when every solution agrees."""
    scales = [s for s in world.builder.ranked_scales if s in ("row", "finish", "order", "floor", "arrival")]
    if len(scales) != 1:
        return abstain("the question asks what lies between two places, but the puzzle has " +
                       ("no row or order" if not scales else "several orders"), "not_parsed", spec=spec)
    scale, (a, b) = scales[0], (question.left, question.right)
    for gap in range(world.builder.ranked_scales[scale] - 1):
        apart = disj([Compare(scale, a, "==", b, gap + 1), Compare(scale, b, "==", a, gap + 1)])
        if world.entails(apart) == "true":
            checks = (premises, Check(f"statements + not({gap} between {world.name(a)} and {world.name(b)})",
                                      "unsat", "the gap is forced"))
            return Verdict(NAME, "verified", answer=gap, spec=spec,
                           reason=f"{world.name(a)} and {world.name(b)} are {gap + 1} places apart",
                           certificate=Certificate("entailment", checks))
    return abstain(f"how far apart {world.name(a)} and {world.name(b)} are is not determined", "ambiguous", spec=spec)


# ---------------------------------------------------------------------------------------------
# The family
# ---------------------------------------------------------------------------------------------

_QUESTION_MARK_AT_LINE_END = re.compile(r"\?\s*$", re.M)
_ORDERING_VERB = re.compile(r"\b(?:list|rank|sort|arrange|order|put)\b", re.I)
_FROM = re.compile(r"\bfrom\b", re.I)


_DETECT_SPAN = 20_000  # detection looks at the text's end only: a question asked first is asked near it


def _questionish(text: str) -> bool:
    """A line that ends with "?", or one that asks to list, rank, sort ... from (one to the other)."""
    return bool(_QUESTION_MARK_AT_LINE_END.search(text)) or comes_after(_ORDERING_VERB, _FROM, text, one_line=True)


class EnglishFamily:
    """Everyday puzzles in plain English (no dataset folder of its own)."""

    name = NAME

    def load(self, data_dir: Path) -> list[PuzzleItem]:
        raise InputError("the controlled-English family has no benchmark folder; use `agentlib eval logicbench`")

    def detect(self, text: str) -> float:
        """0.6 for any text that asks a question in prose: the benchmark families claim their own (0.8 - 0.95)."""
        from agentlib.puzzles.english.choices import read_choices, true_or_false
        from agentlib.puzzles.english.question_tags import without_question_tags
        from agentlib.puzzles.english.validity_question import asks_validity

        if _questionish(without_question_tags(text).strip()) or true_or_false(text) is not None or \
                read_choices(text) is not None:
            return 0.6
        if asks_validity(text):  # "Is this argument valid? All cats ...": the question first
            return 0.6
        last = text.strip().rsplit(".", 1)[-1]
        if last.strip() and is_question(last):  # "... does a whale breathe air": a question typed without its mark
            return 0.6
        end = text.strip()[-_DETECT_SPAN:]
        final = re.split(r"[.!?]['\"’”]?\s+", end)[-1].rstrip(".!")  # the last sentence, after any quoted speech
        if re.search(r"\?\s+\S", end) or final and is_question(final):
            return 0.6  # "Who is the liar? Ollie says ..." (asked first); "Determine Hal and Ivy." (an instruction)
        return 0.0

    def solve(self, text: str) -> Verdict:
        try:
            return solve(text)
        except (InputError, RecursionError):
            raise
        except Exception as error:  # noqa: BLE001 -- a reader bug must end as an abstention, never a wrong answer
            return abstain(f"the English reader failed ({type(error).__name__}); nothing was concluded", "error")


FAMILY = EnglishFamily()

__all__ = ["FAMILY", "NAME", "World", "build_world", "solve", "Var", "Not", "conj"]
