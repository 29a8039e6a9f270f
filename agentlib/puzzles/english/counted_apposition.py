"""A counted group named in apposition: "Three friends, Ann, Ben and Cal, have different heights." says what the
three named people do; the count and its noun introduce them.

Read as two sentences, "Ann, Ben and Cal are friends." and "Ann, Ben and Cal have different heights.", when the
count agrees with the names listed; a count that disagrees ("Two friends, Ann, Ben and Cal, ...") is left as it
is, for the grammar to refuse. The names may also stand between dashes or in parentheses ("Three people - Kim, Lou
and Max - are ..."), and the sentence may end with them ("Two people, Al and Bo.": only the first sentence).
"""

from __future__ import annotations

import re

_ANYONE = {"people", "persons", "individuals", "of", "inhabitants"}  # say nothing about the named ones
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NAME = r"[A-Z][a-z]+"
_APPOSED = re.compile(  # "Three friends, Ann, Ben and Cal, have ...", "Three people - Kim, Lou and Max - are ..."
    rf"^(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[2-8]) (?P<noun>[a-z]+)"
    rf"(?:, | [-–—] | \()(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME})(?:, | [-–—] |\) |\.$)(?P<rest>[a-z].*)?$")


# "Four runners: Ada, Ben, Cal, Dee.", "The runners are Ada, Ben, Cal, Dee.": a list of names that ends its sentence
# after a colon or "are", typed without "and"
_BARE_NAME_LIST = re.compile(rf"^(?P<head>[^,:]{{1,80}}?(?::| are| were)) (?P<names>{_NAME}(?:, {_NAME}){{2,11}})"
                             rf"(?P<end>\.?)$")


# "Five runners: A, B, C, D, E.": one-letter names, only after a word for people (letters after "Grades:" are no cast)
_BARE_LETTER_LIST = re.compile(
    r"^(?P<head>(?:[Tt]he |[Tt]here are |[Tt]here were )?(?:(?i:two|three|four|five|six|seven|eight|[2-8]) )?"
    r"(?i:people|persons|runners|players|suspects|friends|students|children|kids|islanders|inhabitants|"
    r"contestants|swimmers|racers|guests)(?::| are| were)) (?P<names>[A-Z](?:, [A-Z]){2,11})(?P<end>\.?)$")


# "My three cats are Tom, Pip and Max.", "The players were Ann, Bo and Cy.": a group named by its members, said the
# other way round ("Tom, Pip and Max are my cats."), the way the grammar reads a group
_GROUP_IS_NAMES = re.compile(
    rf"^(?P<det>[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?:(?P<count>two|three|four|five|six|seven|eight|[2-8]) )?"
    rf"(?P<noun>[a-z]+s) (?P<verb>are|were) (?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME})\.?$")
# "I have three cats, Tom, Pip and Max.": the names after a comma, as after a colon
_HAVE_COUNTED_COMMA = re.compile(
    rf"^(?P<head>(?:I|We) (?:have|had|own) (?:two|three|four|five|six|seven|eight|[2-8]) [a-z]+s), "
    rf"(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME}\.?)$")


# "Three friends Ann, Bea and Cal went ...", "There are three people Al, Bo and Cy.": the apposition typed without
# its commas or colon; said with them, it is the apposition (or the "there are" roster) the readers know
_UNPUNCTUATED = re.compile(
    rf"^(?P<there>[Tt]here (?:are|were) )?(?P<head>(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
    rf"[Ee]ight|[2-8]) (?P<noun>[a-z]+)) (?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME})"
    rf"(?:\.| (?P<rest>[a-z].*))$")
_SPANS = {"times", "days", "weeks", "months", "years", "hours", "minutes", "seconds", "ago", "of"}  # "Two weeks Ann..."


def _punctuated(sentence: str) -> str:
    """ "Three friends Ann, Bea and Cal went to a race." -> "Three friends, Ann, Bea and Cal, went to a race.";
    "There are three people Al, Bo and Cy." -> "There are three people: Al, Bo and Cy."; the sentence itself
    otherwise, or when the count disagrees with the names (then they may not be the group's)."""
    match = _UNPUNCTUATED.match(sentence)
    if match is None or match.group("noun") in _SPANS:
        return sentence
    count = match.group("count").lower()
    if _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(re.split(r",? and |, ", match.group("names"))):
        return sentence
    if match.group("there"):
        if match.group("rest"):
            return sentence
        return f"{match.group('there')}{match.group('head')}: {match.group('names')}."
    if match.group("rest"):
        return f"{match.group('head')}, {match.group('names')}, {match.group('rest')}"
    return f"{match.group('head')}, {match.group('names')}."


def _group_named(sentence: str) -> str:
    """ "My three cats are Tom, Pip and Max." -> "Tom, Pip and Max are my cats."; the sentence itself otherwise, or
    when its count disagrees with the names."""
    match = _GROUP_IS_NAMES.match(sentence)
    if match is None:
        have = _HAVE_COUNTED_COMMA.match(sentence)
        return f"{have.group('head')}: {have.group('names')}" if have is not None else sentence
    names = re.split(r",? and |, ", match.group("names"))
    count = match.group("count")
    if count is not None and _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(names):
        return sentence
    det = match.group("det").lower()
    owner = "" if det == "the" else f"{det} "
    return f"{match.group('names')} {match.group('verb')} {owner}{match.group('noun')}."


def unfold_counted_apposition(sentence: str) -> list[str]:
    """ "Three friends, Ann, Ben and Cal, have different heights." -> ["Ann, Ben and Cal are friends.",
    "Ann, Ben and Cal have different heights."]; the sentence alone when it is not of that shape. A list of names
    that ends the sentence without "and" gets one before its last name ("Four runners: Ada, Ben, Cal, Dee.")."""
    bare = _BARE_NAME_LIST.match(sentence.strip()) or _BARE_LETTER_LIST.match(sentence.strip())
    if bare is not None:
        names = bare.group("names").split(", ")
        sentence = f"{bare.group('head')} {', '.join(names[:-1])} and {names[-1]}{bare.group('end')}"
    sentence = _group_named(_punctuated(sentence.strip()))
    match = _APPOSED.match(sentence.strip())
    if match is None:
        return [sentence]
    names = re.split(r",? and |, ", match.group("names"))
    count = match.group("count").lower()
    if _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(names):
        return [sentence]
    group = match.group("names")
    noun = match.group("noun")
    said = [] if noun in _ANYONE else [f"{group} are {noun}."]
    if match.group("rest"):
        return [*said, f"{group} {match.group('rest')}"]
    return said or [f"{group} are here."]  # "Two people, Al and Bo.": they are the cast


_DELIMITED = re.compile(  # "Three people - Kim, Lou and Max - are", "Three people (Kim, Lou and Max) are"
    rf"^(?P<head>\s*(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[2-8]) (?P<noun>[a-z]+))"
    rf"(?: [-–—] | \(|, )(?P<names>{_NAME}(?:, {_NAME})*,? and {_NAME})(?: [-–—] |\) |, )(?P<rest>[a-z])")


_DELIMITED_BARE = re.compile(  # "Four friends - Amy, Ben, Cal, Dot - each like": a list without "and", between dashes
    rf"^(?P<head>\s*(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[2-8]) (?P<noun>[a-z]+))"
    rf"(?: [-–—] | \()(?P<names>{_NAME}(?:, {_NAME})+)(?: [-–—] |\) )(?P<rest>[a-z])")


def comma_apposition(text: str) -> str:
    """`text` with an opening counted apposition ("Three friends - Kim, Lou and Max - are ...", "Three people (Kim,
    Lou and Max) are ...", "Three friends, Kim, Lou and Max, are ...") said of the names alone ("Kim, Lou and Max are
    a doctor, a teacher and a chef."), the form every reader of a puzzle (the grids' and the grammar's) knows; the
    count must agree with the names. The group's noun is dropped: a grid's cast is its names. Between dashes or in
    brackets the names may be listed without "and" ("Four friends - Amy, Ben, Cal, Dot - each like ..."). "One of
    four people, Pat, Quin, Rory and Sam, broke it" is said of the names too, at the start of any sentence."""
    from agentlib.puzzles.english.counted_cast import counted_cast_nouns

    text = _CHOSEN.sub(_chosen_names, counted_cast_nouns(text))  # "exactly two runners": two of the six named
    match = _DELIMITED.match(text) or _DELIMITED_BARE.match(text)
    if match is None:
        return text
    count = match.group("count").lower()
    names = re.split(r",? and |, ", match.group("names"))
    if _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(names):
        return text
    listed = match.group("names") if " and " in match.group("names") else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{listed} {match.group('rest')}{text[match.end():]}"


# "One of four people, Pat, Quin, Rory and Sam, broke the printer.", "Exactly one of the three men - Al, Bo and Cy -
# lied.": one of the named ones, as "One of Pat, Quin, Rory and Sam broke the printer." says
_CHOSEN = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<head>(?:[Ee]xactly |[Oo]nly )?(?:[Oo]ne|[Ee]xactly one|[Oo]nly one)) of (?:the )?"
    rf"(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[2-8]) (?P<noun>[a-z]+)"
    rf"(?:, | [-–—] | \()(?P<names>{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME})(?:, | [-–—] |\) )(?P<rest>[a-z])")


def _chosen_names(match: re.Match[str]) -> str:
    count = match.group("count").lower()
    names = re.split(r",? (?:and|or) |, ", match.group("names"))
    if _COUNTS.get(count, int(count) if count.isdigit() else 0) != len(names):
        return match.group(0)  # a count that disagrees is left for the grammar to refuse
    return f"{match.group('head')} of {match.group('names')} {match.group('rest')}"
