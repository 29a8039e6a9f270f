"""Assignment grids (zebra puzzles): people x attributes, every attribute value used exactly once.

Declarations name the categories and their values, from the text itself:

    "Three friends, Amy, Ben and Cal, each have a different pet: a cat, a dog and a fish."
    "Each house is painted a different colour: red, green and blue."     "They drink tea, coffee and milk."
    "There are three houses in a row."  (positions 1..n, so "left of", "next to", "the middle house" mean places)

Clues are read by what they mention -- values, names, places -- and the relation words between them:

    same owner      "Amy has the cat", "The dog owner drinks tea", "The person in the red house keeps the fish"
    different       "Amy does not have the dog", "The tea drinker is not Ben"
    either          "Amy has either the cat or the fish"
    places          "The green house is immediately to the left of the blue house", "... next to ...",
                    "... left of ...", "Amy lives in the first / middle / last / second house"

Every other word of a clue must be a linking word: articles, "person", "one", "who", "lives", "in",
"house", a verb the declarations use, or a verb of having (have, own, keep, drink, eat, like, play,
wear, drive, live, sit ...). A clue with any other word ("Amy hates the dog") is not understood, so
the grid abstains rather than read "hates" as "has". The solver gives each value an Int owner
(a person's number, or a house's place), distinct within its category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agentlib.puzzles.english.grammar import NotUnderstood
from agentlib.puzzles.english.grid_calendar import (
    EVENT_NOUNS,
    CalendarClue,
    calendar_expression,
    calendar_of,
    find_calendar_clue,
)
from agentlib.puzzles.english.grid_reciprocal import unfold_reciprocal
from agentlib.puzzles.english.grid_scales import (
    AGENT_NOUNS,
    ScaleClue,
    find_scale_clue,
    names_a_person,
    scale_expression,
    superlative_asked,
    with_scales,
)
from agentlib.puzzles.english.logic import slug
from agentlib.puzzles.english.row_in_order import unfold_row_in_order
from agentlib.puzzles.english.text import normalize, split_sentences, strip_titles
from agentlib.puzzles.english.words import NUMBER_WORDS, ORDINALS, is_word, lemma
from agentlib.puzzles.ordered import comes_after
from agentlib.puzzles.verdict import Certificate, Check, Verdict

LINKING = {
    "the", "a", "an", "person", "one", "who", "whose", "that", "lives", "live", "living", "in", "house", "home",
    "is", "are", "was", "were", "does", "do", "did", "with", "of", "by", "someone", "man", "woman", "friend",
    "people", "owner", "owns", "own", "has", "have", "had", "keeps", "keep", "drinks", "drink", "eats", "eat",
    "likes", "like", "loves", "love", "plays", "play", "wears", "wear", "drives", "drive", "sits", "sit", "stands",
    "stand", "prefers", "prefer", "from", "comes", "come", "also", "guy", "girl", "boy", "lady", "pet",
    "drinker", "keeper", "player", "driver", "lover", "smoker", "smokes", "smoke", "reads", "read", "reader",
    "studies", "study", "student", "speaks", "speak", "works", "work", "as", "at", "chose", "chooses", "picked",
    "picks", "ordered", "orders", "got", "gets", "bought", "buys", "grows", "grow", "paints", "painted", "favorite",
    "favourite", "their", "his", "her", "its", "color", "colour", "owned", "kept", "liked", "played",
    "drove", "wore", "ate", "drank", "sat", "stood", "lived", "it", "there", "belongs", "belong", "belonged", "to",
    "pets", "drunk", "eaten", "worn", "driven", "on",
    # base forms after "did not" / "doesn't" ("Amy didn't get pizza") and other verbs of choosing one's item
    "get", "gotten", "choose", "chosen", "pick", "order", "buy", "take", "takes", "took", "taken", "select",
    "selects", "selected",
}
NEGATIONS = {"not", "never", "no", "neither", "nor"}
# "the houses are numbered", "five seats side by side": places that come in an order (`comes_after`: linear)
_PLACE_NOUN = re.compile(r"\b(?:houses?|seats?|chairs?|rooms?|spots?|places?)\b")
_PLACES_IN_ORDER = re.compile(r"\b(?:in a row|in a line|side by side|numbered|next to each other)\b")
_DECLARATION = re.compile(
    r"^(?P<head>.*?\b(?:different|distinct|unique|each|one of)\b[^:]*?)(?::|\bis\b|\bare\b|\(|\bfrom\b)\s*"
    r"(?P<list>[^:()]+?)\)?\s*\.?$", re.I)


@dataclass
class Category:
    name: str  # "pet", "colour", "person", "position"
    values: list[str]  # lower-case, articles dropped ("cat", "red")
    display: dict[str, str] = field(default_factory=dict)
    # the thing whose colour the category is ("a different colour shirt": "shirt"), said in clues as the category
    # itself ("Anna's shirt is blue", "Beth wears the red shirt")
    aliases: set[str] = field(default_factory=set)


_COLOUR_WORDS = {"colour", "color", "coloured", "colored"}
# "each wear a different colour shirt", "a different coloured hat": the worn or owned thing told apart by its colour
_COLOURED_THING = re.compile(r"\b(?:different|distinct)\s+colou?r(?:ed)?\s+([a-z]+)\b")


@dataclass
class Grid:
    size: int
    people: Category | None
    categories: list[Category]
    positional: bool
    verbs: set[str]
    verb_category: dict[str, str] = field(default_factory=dict)  # "drink" -> "drink" category name
    place_noun: str = "place"  # "house", "seat": how answers name a place

    def all_values(self) -> dict[str, Category]:
        found: dict[str, Category] = {}
        for category in [*([self.people] if self.people else []), *self.categories]:
            for value in category.values:
                found[value] = category
        return found


def _roles_one_each(sentence: str) -> list[str] | None:
    """ "One is a doctor, one is a teacher, and one is a lawyer." -> the roles, in order; None for other sentences.
    The first part must say "one"; the others "one", "another", "the other", "the third", ..."""
    text = normalize(sentence).strip().rstrip(".").lower()
    parts = [p.strip() for p in re.split(r",|;|\band\b(?=\s+(?:one|another|the))", text) if p.strip()]
    if len(parts) < 2 or len(parts) > 12:
        return None
    matches = [_ONE_ROLE.match(part) for part in parts]
    if any(m is None for m in matches) or matches[0]["who"] != "one":  # type: ignore[index]
        return None
    roles = [m["role"] for m in matches if m is not None]
    return roles if len(set(roles)) == len(roles) else None


def _split_list(text: str) -> list[str]:
    parts = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", text.strip().rstrip("."))
    items = [re.sub(r"^(?:a|an|the|one)\s+", "", p.strip(), flags=re.I).strip() for p in parts if p.strip()]
    if len(items) >= 2 and all(re.search(r"\s+one$", item) for item in items):  # "a red one, a blue one"
        items = [re.sub(r"\s+one$", "", item) for item in items]
    return items


def read_declarations(sentences: list[str]) -> tuple[Grid, list[str]] | None:
    """The grid a text declares, and its remaining sentences (clues and the question); None if no grid."""
    people: Category | None = None
    categories: list[Category] = []
    rest: list[str] = []
    size = 0
    positional = False
    verbs: set[str] = set()
    verb_category: dict[str, str] = {}
    place_noun = "place"
    sentences = [part for sentence in sentences for part in _semicolon_parts(sentence)]
    for sentence in sentences:
        low = sentence.lower()
        residents = _RESIDENTS.match(normalize(sentence).strip())
        if residents is not None:  # "Fay, Gil, Hope and Ivan live in them": the cast of the houses
            cast_names = _split_list(residents.group("names"))
            people = Category("person", [v.lower() for v in cast_names], {v.lower(): v for v in cast_names})
            continue
        intro = _CAST_INTRO.match(normalize(sentence).strip())
        if intro is not None and people is None:
            cast_names = _split_list(intro.group("names"))
            counted = intro.group("count")
            if counted is None or NUMBER_WORDS.get(counted.lower(), -1) == len(cast_names) or counted == str(
                    len(cast_names)):
                people = Category("person", [v.lower() for v in cast_names], {v.lower(): v for v in cast_names})
                continue
        roles = _roles_one_each(sentence)
        if roles is not None and people is not None and len(roles) == len(people.values) and not categories:
            names = [people.display.get(v, v) for v in people.values]
            said_roles = ", ".join(f"{'an' if r[0] in 'aeiou' else 'a'} {r}" for r in roles[:-1])
            sentence = f"{', '.join(names[:-1])} and {names[-1]} are {said_roles} and " \
                       f"{'an' if roles[-1][0] in 'aeiou' else 'a'} {roles[-1]}."
            low = sentence.lower()
        spread = _THE_NOUNS_ARE.match(normalize(sentence).strip())
        if spread is not None and positional:  # "the pets are a cat, a dog, a fish and a horse": one each
            values = _split_list(spread.group("list"))
            kind = lemma(spread.group("noun"), "NOUN")
            if kind in ("house", "home") and all(v.lower() in _COLOURS for v in values):
                kind = "colour"
            categories.append(Category(kind, [v.lower() for v in values], {v.lower(): v for v in values}))
            continue
        if (comes_after(_PLACE_NOUN, _PLACES_IN_ORDER, low, one_line=True) or re.search(r"\bin a row\b", low)) \
                and not re.search(r"\bdifferent\b", low):
            positional = True
            noun = re.search(r"\b(house|seat|chair|room|spot|place)s?\b", low)
            place_noun = noun.group(1) if noun else "place"
            count = re.search(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\b", low)
            if count is not None:
                size = int(count.group(1)) if count.group(1).isdigit() else NUMBER_WORDS[count.group(1)]
            listed = re.search(r"\b([A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*)\b", normalize(sentence))
            if listed is not None and people is None:  # "Four people, Pam, Quin, Ray and Sue, sit in a row of seats"
                cast_names = [v for v in _split_list(listed.group(1)) if v.lower() not in NUMBER_WORDS]
                people = Category("person", [v.lower() for v in cast_names], {v.lower(): v for v in cast_names})
            owned = _AND_OWN.search(normalize(sentence).rstrip("."))
            if owned is not None and people is not None and _declaration(sentence) is None:
                # "Abe, Bo, Cy and Di live in four houses in a row and own a cat, a dog, a fish and a bird": as many
                # things as people, one each
                values = _split_list(owned.group("list"))
                verb = lemma(owned.group("verb"), "VERB")
                if len(values) == len(people.values) == (size or len(values)) and len(set(values)) == len(values):
                    categories.append(Category(verb, [v.lower() for v in values], {v.lower(): v for v in values}))
                    verbs.add(verb)
                    verb_category[verb] = verb
                    continue
            if _declaration(sentence) is None:
                continue  # else the row sentence also declares: "Ann, Ben and Cy live in three houses in a row"
        elif re.search(r"\b(?:houses?|seats?|chairs?|rooms?)\b[^.]*\bin a row\b", low):
            positional = True  # "... live in three houses in a row, and each drinks something different: ..."
            noun = re.search(r"\b(house|seat|chair|room)s?\b", low)
            place_noun = noun.group(1) if noun else "place"
        in_parentheses = _parenthesized_categories(sentence)
        if in_parentheses:  # "each have a different drink (tea, coffee, milk) and a different pet (cat, dog, bird)"
            for name, values, verb in in_parentheses:
                if name == "person":
                    people = Category("person", [v.lower() for v in values], {v.lower(): v for v in values})
                    continue
                categories.append(Category(name, [v.lower() for v in values], {v.lower(): v for v in values}))
                if verb:
                    verbs.add(verb)
                    if verb not in ("have", "get", "be"):  # "What does Kara have?" names no one category
                        verb_category[verb] = name
            cast_list = re.search(r"\b([A-Z]\w*(?:\s*,\s*[A-Z]\w*)*\s*,?\s*and\s+[A-Z]\w*)\b", normalize(sentence))
            if cast_list is not None and all(name != "person" for name, _, _ in in_parentheses):
                cast_names = [v for v in _split_list(cast_list.group(1)) if v.lower() not in NUMBER_WORDS]
                people = Category("person", [v.lower() for v in cast_names], {v.lower(): v for v in cast_names})
            continue
        declared = _declaration(sentence)
        if declared is None:
            rest.append(sentence)
            continue
        name, values, cast, verb = declared
        if verb:
            verbs.add(verb)
            if values:
                verb_category[verb] = name
        if cast:
            people = Category("person", [v.lower() for v in cast], {v.lower(): v for v in cast})
        if values:
            categories.append(Category(name, [v.lower() for v in values], {v.lower(): v for v in values}))
            coloured = _COLOURED_THING.search(low)
            if coloured is not None and is_word(coloured.group(1), "NOUN") and coloured.group(1) not in LINKING:
                categories[-1].aliases.add(lemma(coloured.group(1), "NOUN"))
    if not categories:
        return None
    sizes = {len(c.values) for c in categories} | ({len(people.values)} if people else set())
    sizes |= {size} if size else set()
    if len(sizes) != 1:
        raise NotUnderstood("the lists", f"the categories have different sizes ({sorted(sizes)})")
    return Grid(sizes.pop(), people, categories, positional, verbs, verb_category, place_noun), rest


_NOT_ITEM = r"(?!(?:are|is|were|was|have|has|and|or)\b)"
_ITEM = rf"\b(?:(?:a|an|the)\s+)?{_NOT_ITEM}[\w-]+(?:\s+{_NOT_ITEM}[\w-]+){{0,2}}"
_LIST = re.compile(rf"{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|or)\s+{_ITEM}")
# "Hana, Ian and Jay are a pilot, a nurse and a cook": as many people as roles, each role indefinite, one each
_ROLES_OF_CAST = re.compile(r"^[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w* (?:are|were) "
                            r"(?:an?) [a-z]+(?:, (?:an?) [a-z]+)*,? and (?:an?) [a-z]+$")
_SPEAKING = re.compile(r"\b(?:always|never|sometimes) (?:lies?|tells? (?:the truth|lies))\b|"
                       r"\b(?:tells?|telling|told) the truth\b|\bmakes? (?:a|one) (?:statement|claim)\b|"
                       r"\b(?:honest|dishonest|lying|liars?|knights?|knaves?|truth-tellers?)\b", re.I)
_DECLARING = re.compile(r"\b(?:different|distinct|unique|each|every|one of|owners are|names are|are named)\b", re.I)


# "Amy, Bill and Cora ordered tea, coffee and juice, one each": read as "... each ordered one of tea, coffee and juice"
_EACH_AT_THE_END = re.compile(r"^(?P<names>[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*) (?P<verb>[a-z]+) "
                              r"(?P<list>[a-z][^.]*?),? (?:one|1) (?:each|apiece)$")

# "Each of Xia, Yan and Zoe has a different pet: ...": the cast named after "each of", said as "X, Y and Z each have"
_EACH_OF_CAST = re.compile(r"^Each of (?P<names>[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*) (?P<verb>[a-z]+)\b")
_PLURAL_OF = {"has": "have", "is": "are", "was": "were", "does": "do"}


def _each_of_cast(text: str) -> str:
    """ "Each of Xia, Yan and Zoe has ..." -> "Xia, Yan and Zoe each have ..."; other text as it is."""
    match = _EACH_OF_CAST.match(text)
    if match is None:
        return text
    verb = match["verb"]
    plural = _PLURAL_OF.get(verb) or (lemma(verb, "VERB") if verb.endswith("s") and is_word(verb, "VERB") else verb)
    return f"{match['names']} each {plural}{text[match.end():]}"


# "each own one pet: a cat, a dog, a fish": a list after a colon with commas only, its last item joined by "and"
_COMMAS_ONLY = re.compile(r"^(?P<head>[^:]+:\s*)(?P<items>[a-z][a-z ]*(?:, [a-z][a-z ]*)+), (?P<last>[a-z][a-z ]*)$")


# "..., in some order" / "but not necessarily in that order": the list is spread one each, which way is unknown
_ORDER_UNKNOWN = re.compile(r",?\s+(?:but\s+)?(?:not\s+(?:necessarily\s+)?in\s+(?:that|this|the\s+same)\s+order|"
                            r"in\s+(?:some|no\s+particular|any|an?\s+unknown|random)\s+order)$", re.I)


def _declaration(sentence: str) -> tuple[str, list[str], list[str], str] | None:
    """(category name, values, names of people, verb) from a declaring sentence, or None.

    A declaring sentence has one list of two or more items ("red, green and blue", "a cat, a dog and a
    fish") and says the items are spread one each ("different", "each", "one of", "the owners are", "in some
    order"). Capitalized items are people.
    """
    text = _each_of_cast(normalize(sentence).strip().rstrip("."))
    order_unknown = _ORDER_UNKNOWN.search(text)
    if order_unknown is not None:
        text = text[:order_unknown.start()]
        if not _ROLES_OF_CAST.match(text) and not _DECLARING.search(text):
            text += ", one each"
    text = _EACH_AT_THE_END.sub(r"\g<names> each \g<verb> one of \g<list>", text)
    commas_only = _COMMAS_ONLY.match(text)
    if commas_only is not None and not re.search(r"\b(?:and|or|nor)\b", text[commas_only.start("items"):]):
        text = f"{commas_only.group('head')}{commas_only.group('items')} and {commas_only.group('last')}"
    homes = _homes_of_cast(text) or _one_each(text)
    if homes is not None:
        return homes
    if '"' in text or _SPEAKING.search(text):
        # 'Ned says, "One of us is a knave and the other a knight."', "one of them always lies and the other always
        # tells the truth": claims, or kinds of speakers (reader.py), never values spread one each
        return None
    if not _DECLARING.search(text) and not _ROLES_OF_CAST.match(text):
        return None
    lists: list[re.Match[str]] = []
    position = 0
    while True:
        match = _LIST.search(text, position)
        if match is None:
            break
        lists.append(match)
        position = match.end()
    cast: list[str] = []
    names_list = re.search(r"\b([A-Z]\w*(?:\s*,\s*[A-Z]\w*)*\s*,?\s*and\s+[A-Z]\w*)\b", text)
    if names_list is not None:
        cast = [v for v in _split_list(names_list.group(1)) if v.lower() not in NUMBER_WORDS]
    best = None
    for match in lists:
        items = [v for v in _split_list(match.group(0)) if v.lower() not in ("each", "every", "different", "one")]
        names = [v for v in items if v[:1].isupper() and " " not in v and v.lower() not in NUMBER_WORDS]
        if len(names) >= 2 and len(names) >= len(items) - 1 and names == items[len(items) - len(names):]:
            cast = names
        elif len(items) >= 2 and not any(v[:1].isupper() for v in items) and \
                (best is None or len(items) > len(_split_list(best.group(0)))):
            best = match
    if best is None:
        proper = _proper_values(text)
        if proper is None:
            return ("person", [], cast, "") if cast else None
        best, cast = proper
    values = _split_list(best.group(0))
    if values and re.match(r"^of (?:an? |the )?\w", values[0], re.I):  # "each own one of a cat, a dog ...": the list
        values[0] = re.sub(r"^of (?:an? |the )?", "", values[0], flags=re.I)
    painted = re.match(r"^(?:painted|colou?red) ", values[0].lower()) if values else None
    if painted is not None:  # "houses are painted red, blue and green": the houses' colours
        values[0] = values[0][painted.end():]
    if len(values) < 2 or any(len(v.split()) > 3 for v in values):
        return None
    if len(values) == 2 and re.search(r"\beither\b|\bor\b", best.group(0)):
        return None  # "each is either a knight or a knave" types people; it spreads nothing one each
    outside = (text[: best.start()] + " " + text[best.end():]).lower()
    noun = re.search(r"\b(?:different|distinct|unique)\s+(\w+)", outside)
    subject = re.match(r"^(?:the\s+)?(\w+)\s+(?:are|is)\b", outside.strip())
    verb = ""
    after_cast = re.search(r"\b[A-Z]\w*,? and [A-Z]\w* (?:each |all |both )?([a-z]+)\b", text)
    if after_cast is not None and is_word(after_cast.group(1), "VERB") and \
            after_cast.group(1) not in ("is", "are", "was", "were", "has", "have"):
        verb = lemma(after_cast.group(1), "VERB")  # "Pia, Quinn and Ray owns one pet": the cast's own verb first
    for match in ([] if verb else re.finditer(r"\b(?:each|all|they|everyone|who|one|every)\s+(?:(\w+)\s+)?(\w+)",
                                              outside)):
        if match.group(2) in ("is", "are", "has", "was", "were"):
            continue  # "each house is painted": a noun, then the copula
        for word in (match.group(1), match.group(2)):  # "each have", "each owner drinks"
            if word and is_word(word, "VERB") and word not in ("a", "an", "the", "different", "is", "are"):
                verb = lemma(word, "VERB")
                break
        if verb:
            break
    name = lemma(noun.group(1), "NOUN") if noun else "colour" if painted else \
        lemma(subject.group(1), "NOUN") if subject else verb or slug(values[0])
    as_typed = all(w[:1].isupper() for v in values for w in v.split())  # "New York": displayed as typed
    return name, values if as_typed else [v.lower() for v in values], cast, verb


_PROPER_AFTER_CAST = re.compile(r"^(?:(?P<cast>[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*)|(?P<pronoun>(?:[Ee]ach|[Tt]hey"
                                r"(?: each| all)?|[Ee]veryone|[Ee]ach (?:one|of them|person|friend))\b)) "
                                r"[^:]*\b(?:different|distinct)\b"
                                r"[^:]*: (?P<list>[A-Z][\w ]*(?:, [A-Z][\w ]*)*,? (?:and|or) [A-Z][\w ]*)$")


def _proper_values(text: str) -> tuple[re.Match[str], list[str]] | None:
    """ "Gil, Hope and Ian each live in a different city: New York, Paris and Rome": the cast before the verb (or
    "Each" / "They" for a cast named before), and after the colon values that are proper names (places, one or two
    words each), one each."""
    match = _PROPER_AFTER_CAST.match(text)
    if match is None:
        return None
    cast = _split_list(match.group("cast")) if match.group("cast") else []
    values = _split_list(match.group("list"))
    if cast and len(values) != len(cast) or any(len(v.split()) > 2 or not all(w[:1].isupper() for w in v.split())
                                       for v in values):
        return None
    listed = re.compile(re.escape(match.group("list")))
    found = listed.search(text, match.start("list"))
    return (found, cast) if found is not None else None


_LIVE_IN = re.compile(r"^(?P<names>[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*) (?:live|lived) in "
                      r"(?P<list>(?:the|a|an) .+)$")
_COLOURS = frozenset({"red", "blue", "green", "yellow", "white", "black", "pink", "purple", "orange", "brown", "grey",
                      "gray", "silver", "beige"})


def _homes_of_cast(text: str) -> tuple[str, list[str], list[str], str] | None:
    """ "Nico, Opal and Pete live in the red house, the blue house and the yellow house" / "... live in a red, a blue
    and a yellow house": as many houses as people, and no one lives in two, so one house each (the colour category
    when the houses are told apart by colour)."""
    match = _LIVE_IN.match(text)
    if match is None:
        return None
    cast = _split_list(match.group("names"))
    items = [re.sub(r"\s+(?:house|home)s?$", "", v.lower()) for v in _split_list(match.group("list"))]
    if len(items) != len(cast) or len(set(items)) != len(items) or any(not re.fullmatch(r"[a-z-]+", v) for v in items):
        return None
    name = "colour" if all(v in _COLOURS for v in items) else "house"
    return name, items, cast, "live"


_RESIDENTS = re.compile(r"^(?P<names>[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*) (?:live|lived) in (?:them|these houses|"
                        r"the houses)(?:, one (?:each|per house|to a house))?\.?$")
# "Ann, Bo and Cy are three friends.": the cast, introduced by a group noun that says nothing the grid asks about
_CAST_INTRO = re.compile(r"^(?P<names>[A-Z]\w*(?:, [A-Z]\w*)*,? and [A-Z]\w*) are (?:all )?(?:(?P<count>\w+) )?"
                         r"(?:good |old |close |best )?(?:friends|colleagues|co-workers|coworkers|neighbou?rs|people|"
                         r"students|classmates|roommates|kids|children|guests|teammates)\.?$")
# "One is a doctor, one is a teacher, and one is a lawyer.": roles spread one each over the cast just named
_ONE_ROLE = re.compile(r"^(?:and )?(?P<who>one|another|the other|the second|the third|the fourth|the last|"
                       r"the remaining one)(?: of them)?(?: is)? (?:an? )?(?P<role>[a-z][a-z-]*)$")
_ITEM_OF_LIST = r"(?:(?:a|an) )?[a-z-]+"
_THE_NOUNS_ARE = re.compile(rf"^(?:[Tt]he|[Tt]heir) (?P<noun>[a-z]+s) are (?:painted |coloured |colored )?"
                            rf"(?P<list>{_ITEM_OF_LIST}(?:, {_ITEM_OF_LIST})*,? and {_ITEM_OF_LIST})\.?$")
# (lower-case items only: "The owners are Ed, Flo and Guy" names the cast, `_declaration`)


def _semicolon_parts(sentence: str) -> list[str]:
    """ "Fay, Gil, Hope and Ivan live in them; the houses are red, green, blue and white": one declaration a part
    (never inside quotes)."""
    if ";" not in sentence or '"' in sentence:
        return [sentence]
    return [part.strip().rstrip(".") + "." for part in sentence.split(";") if part.strip()]


_AND_OWN = re.compile(r"\bin a row,? and (?P<verb>own|have|keep|drink|drive|play|wear) (?P<list>(?:a|an) [a-z-]+"
                      r"(?:, (?:a|an) [a-z-]+)*,? and (?:a|an) [a-z-]+)$")
_ONE_EACH = re.compile(r"^one (?P<verb>has|owns|keeps|drinks|drives|plays|likes|wears|eats|is) (?:a |an |the )?"
                       r"(?P<first>[a-z-]+)(?P<rest>(?:, one (?:a |an |the )?[a-z-]+)*,? and one (?:a |an |the )?"
                       r"[a-z-]+)$", re.I)


def _one_each(text: str) -> tuple[str, list[str], list[str], str] | None:
    """ "One has a cat, one a dog and one a fish": a value for each person, the verb said once."""
    match = _ONE_EACH.match(text)
    if match is None:
        return None
    values = [match.group("first").lower()] + [re.sub(r"^(?:one )?(?:a |an |the )?", "", v).lower()
                                               for v in _split_list(match.group("rest"))]
    verb = lemma(match.group("verb").lower(), "VERB")
    if len(set(values)) != len(values) or verb == "be":
        return None
    return verb, values, [], verb


# the nouns for the one who lives in or owns a place: their parenthesized list is the cast ("a different owner
# (Ann, Ben, Cat)")
_RESIDENT_NOUNS = frozenset(("owner", "resident", "occupant", "tenant", "inhabitant"))
_NAME = re.compile(r"[A-Z][a-z]+")
# things named with a capital that a grid spreads one each ("a different city (Oslo, Rome, Paris)")
_NAMED_VALUE_NOUNS = frozenset({"city", "country", "town", "state", "language", "team", "brand", "company", "band",
                                "car", "university", "school", "month", "day", "island", "street", "planet"})
_PARENTHESIZED = re.compile(r"\b(?:(?P<verb>[a-z]+) (?:(?:in|at|on|from) )?)?(?:each )?(?:a |an |one )?"
                            r"(?:different |distinct )?(?P<noun>[a-z]+) \((?P<list>[^()]+)\)")


def _parenthesized_categories(sentence: str) -> list[tuple[str, list[str], str]]:
    """(category, values, verb) for each "NOUN (v1, v2, v3)" of a sentence that spreads them one each ("each have a
    different drink (tea, coffee, milk) and a different pet (cat, dog, bird)"); [] for any other sentence. A list
    named only "thing" / "item" takes its verb's name ("each drink one thing (tea, ...)": the drink)."""
    text = normalize(sentence).strip()
    if '"' in text or _SPEAKING.search(text) or not re.search(r"\b(?:each|every|different|distinct)\b", text, re.I):
        return []
    found = []
    outside = set(re.findall(r"[A-Z]\w*", _PARENTHESIZED.sub(" ", text)))
    for match in _PARENTHESIZED.finditer(text):
        values = _split_list(match.group("list"))
        noun = lemma(match.group("noun"), "NOUN")
        if noun in _RESIDENT_NOUNS and len(values) >= 2 and all(_NAME.fullmatch(v) for v in values):
            found.append(("person", values, ""))  # "... and a different owner (Ann, Ben, Cat)": the cast
            continue
        if len(values) < 2 or any(len(v.split()) > 3 for v in values):
            return []
        if any(v[:1].isupper() for v in values) and (match.group("noun") not in _NAMED_VALUE_NOUNS or
                                                     any(w in outside for v in values for w in v.split())):
            return []  # "(Ann, Bo, Cy)": the cast, not values; "a different city (Oslo, Rome, Paris)": values
        verb = match.group("verb") or ""
        verb = lemma(verb, "VERB") if verb and is_word(verb, "VERB") and verb not in ("each", "a", "one") else ""
        if noun in ("thing", "item", "one"):
            if not verb:
                return []
            noun = verb
        found.append((noun, values, verb))
    if len({name for name, _, _ in found}) != len(found):
        return []
    return found


# ---------------------------------------------------------------------------------------------
# Clues
# ---------------------------------------------------------------------------------------------

@dataclass
class Mention:
    start: int
    end: int
    kind: str  # "value" / "place" / "end" (either end of the row)
    value: str = ""
    place: int = 0  # 1-based place; 0 = the middle


class GridReader:
    def __init__(self, grid: Grid):
        self.grid = grid
        self.values = grid.all_values()
        self.by_words = sorted(self.values, key=lambda v: -len(v.split()))
        self.category_names = {c.name for c in grid.categories} | {a for c in grid.categories for a in c.aliases} | \
            {"person"}
        self.scales: set[str] = set()  # the scales comparisons were read on ("age"), each an Int per index

    def mentions(self, words: list[str]) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(words):
            hit = None
            for value in self.by_words:
                parts = value.split()
                for form in (parts, [*parts[:-1], parts[-1] + "s"], [*parts[:-1], parts[-1] + "es"]):
                    if words[i:i + len(form)] == form:
                        hit = Mention(i, i + len(form), "value", value)
                        break
                if hit:
                    break
            if hit is None:
                place = self._place(words, i)
                if place is not None:
                    hit = place
            if hit is not None:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        return found

    def _place(self, words: list[str], i: int) -> Mention | None:
        if not self.grid.positional:
            return None
        word = words[i]
        nouns = ("house", "seat", "chair", "place", "position", "room", "spot")
        follows_noun = i + 1 < len(words) and words[i + 1] in nouns
        after_the = i > 0 and words[i - 1] == "the"
        if word in ORDINALS and (follows_noun or after_the):
            return Mention(i, i + 2 if follows_noun else i + 1, "place", place=ORDINALS[word])
        if word in ("one", "an", "either") and i > 0 and words[i - 1] == "at" and words[i + 1:i + 2] == ["end"]:
            return Mention(i - 1, i + 2, "end")  # "at one end", "at an end", "at either end": place 1 or the last
        ends = {"left": 1, "leftmost": 1, "right": self.grid.size, "rightmost": self.grid.size}
        of_follows = i + 1 < len(words) and words[i + 1] == "of"
        if word in ends and i > 0 and words[i - 1] in ("far", "the") and not of_follows:
            # "at the far right", "on the left end": an end of the row, never "left of" / "right of"
            end = i + 2 if i + 1 < len(words) and words[i + 1] == "end" else i + 1
            return Mention(i - 1 if words[i - 1] == "far" else i, end, "place", place=ends[word])
        if word in ("middle", "center", "centre") and after_the and not follows_noun:
            return Mention(i, i + 1, "place", place=0)
        if word in ("last",) and after_the and not follows_noun:
            return Mention(i, i + 1, "place", place=self.grid.size)
        if word in ("middle", "center", "centre") and i + 1 < len(words) and words[i + 1] in (
                "house", "seat", "chair", "place", "position", "room", "spot"):
            return Mention(i, i + 2, "place", place=0)
        if word in ("last", "rightmost") and i + 1 < len(words) and words[i + 1] in ("house", "seat", "chair", "place",
                                                                                   "position", "room", "spot"):
            return Mention(i, i + 2, "place", place=self.grid.size)
        if word in ("house", "seat", "chair", "position", "number", "room") and i + 1 < len(words) and (
                words[i + 1].isdigit() or words[i + 1] in NUMBER_WORDS):
            number = int(words[i + 1]) if words[i + 1].isdigit() else NUMBER_WORDS[words[i + 1]]
            return Mention(i, i + 2, "place", place=number)
        return None

    def clue(self, sentence: str) -> str:
        """One clue -> a constraint-language expression over `o_<value>` owners."""
        words = _words(sentence)
        if words[-1:] == ["either"] and NEGATIONS & set(words) and "or" not in words:
            words = words[:-1]  # "Fern doesn't own the dog either": the negative "too"
        mentions = self.mentions(words)
        if not mentions:
            raise NotUnderstood(sentence, "no person, value or place it speaks of")
        covered = {k for m in mentions for k in range(m.start, m.end)}
        gaps = [w for k, w in enumerate(words) if k not in covered]
        negated = sum(w in NEGATIONS for w in gaps) % 2 == 1
        calendar = self._calendar_category()
        timed = find_calendar_clue(words, [(m.start, m.end) for m in mentions]) if calendar is not None else None
        if timed is not None and calendar is not None:
            return self._calendar_clue(sentence, words, mentions, timed, calendar, negated)
        scale = find_scale_clue(words, [(m.start, m.end) for m in mentions], frozenset(words))
        if scale is not None:
            return self._scale_clue(sentence, words, mentions, scale, negated)
        relation_words = " ".join(gaps)
        relation, gaps = self._relation(relation_words, gaps)
        nor = "neither" in gaps or "nor" in gaps  # "neither A nor B", "not A nor B": one negation of the pair
        either = "either" in gaps or nor or (("or" in gaps) and len(mentions) == 3)
        gaps = [w for w in gaps if w not in NEGATIONS and w not in ("either", "or", "and", "both", "but")]
        unknown = self._unknown_words(gaps)
        if unknown:
            raise NotUnderstood(sentence, f"the words {', '.join(repr(w) for w in unknown[:3])} are not a relation "
                                          "the grid reads")
        terms = [self._term(m) for m in mentions]
        if either:
            if len(terms) != 3:
                raise NotUnderstood(sentence, "an 'either ... or' between other than two options")
            joints = [k for k, w in enumerate(words) if w in ("or", "nor")]
            if len(joints) != 1:
                raise NotUnderstood(sentence, "an 'either ... or' whose two options are unclear")
            if mentions[0].end <= joints[0] <= mentions[1].start:  # "Either Kim or Lou is the chef": options first
                b, c, a = terms
                expr = f"({self._relate(b, a, relation)}) or ({self._relate(c, a, relation)})"
            else:  # "Kim is either the doctor or the nurse": options last
                a, b, c = terms
                expr = f"({self._relate(a, b, relation)}) or ({self._relate(a, c, relation)})"
            if nor:
                return f"not ({expr})"
            return f"not ({expr})" if negated else expr
        ends = [k for k, m in enumerate(mentions) if m.kind == "end"]
        if ends:  # "The red house is at one end": its place is the first or the last
            if len(mentions) != 2 or relation != "same" or either:
                raise NotUnderstood(sentence, "an end of the row related other than by being at it")
            term = terms[1 - ends[0]]
            expr = f"({term} == 1) or ({term} == {self.grid.size})"
            return f"not ({expr})" if negated else expr
        if len(terms) == 1:
            raise NotUnderstood(sentence, "a clue about one thing only")
        if len(terms) > 2:
            if relation == "same" and not negated:
                return " and ".join(f"{terms[0]} == {t}" for t in terms[1:])
            raise NotUnderstood(sentence, "more than two things related at once")
        expr = self._relate(terms[0], terms[1], relation)
        return f"not ({expr})" if negated else expr

    def _unknown_words(self, words: list[str]) -> list[str]:
        """The words of a clue that are neither linking words, the grid's verbs nor its category names."""
        return [w for w in words if w not in LINKING and lemma(w, "VERB") not in self.grid.verbs
                and w not in self.category_names and lemma(w, "NOUN") not in self.category_names]

    def _calendar_category(self) -> Category | None:
        """The one category of days or months, whose values come in the calendar's order."""
        found = [c for c in self.grid.categories if calendar_of(c.values) is not None]
        return found[0] if len(found) == 1 else None

    def _calendar_clue(self, sentence: str, words: list[str], mentions: list[Mention], clue: CalendarClue,
                       category: Category, negated: bool) -> str:
        """ "Ann visits before Bo.", "Cy's appointment is the day after Ann's." (`grid_calendar`)."""
        sides: list[tuple[str, str | None]] = []
        for mention in mentions:
            if mention.kind == "value" and self.values[mention.value] is category:
                sides.append(("", mention.value))
                continue
            kind = self.values[mention.value].name if mention.kind == "value" else mention.kind
            if not names_a_person(words, mention.start, mention.end, mention.kind, kind):
                raise NotUnderstood(sentence, "a time compared with something that is not a person or a day")
            sides.append((self._term(mention), None))
        if all(day is not None for _, day in sides):
            raise NotUnderstood(sentence, "two days compared, no person")
        covered = {k for m in mentions for k in range(m.start, m.end)} | set(clue.used)
        rest = [w for k, w in enumerate(words) if k not in covered and w not in NEGATIONS and w not in EVENT_NOUNS
                and w not in AGENT_NOUNS]
        unknown = self._unknown_words(rest)
        if unknown or {"either", "or", "nor", "neither", "both"} & set(words):
            raise NotUnderstood(sentence, f"the words {', '.join(repr(w) for w in unknown[:3]) or 'or'} beside a "
                                          "time are not read")
        calendar = calendar_of(category.values)
        assert calendar is not None
        expr = calendar_expression(clue, calendar, category.values,
                                   {v: owner(category.name, v) for v in category.values}, sides)
        return f"not ({expr})" if negated else expr

    def _scale_clue(self, sentence: str, words: list[str], mentions: list[Mention], scale: ScaleClue,
                    negated: bool) -> str:
        """ "The snake owner is older than Amy", "Bill is the youngest": a comparison of people (`grid_scales`)."""
        for mention in mentions:
            category = self.values[mention.value].name if mention.kind == "value" else mention.kind
            if not names_a_person(words, mention.start, mention.end, mention.kind, category):
                raise NotUnderstood(sentence, "a comparison with something that is not a person")
        covered = {k for m in mentions for k in range(m.start, m.end)} | set(scale.used)
        rest = [w for k, w in enumerate(words) if k not in covered and w not in NEGATIONS and w not in AGENT_NOUNS]
        unknown = self._unknown_words(rest)
        if unknown or {"either", "or", "nor", "neither", "both"} & set(words):
            raise NotUnderstood(sentence, f"the words {', '.join(repr(w) for w in unknown[:3]) or 'or'} beside a "
                                          "comparison are not read")
        self.scales.add(scale.scale)
        expr = scale_expression(scale, [self._term(m) for m in mentions], self.grid.size)
        return f"not ({expr})" if negated else expr

    def _relation(self, text: str, gaps: list[str]) -> tuple[str, list[str]]:
        patterns = [
            (r"\b(?:immediately|directly|just|right) (?:to the )?left of\b", "just_left"),
            (r"\b(?:immediately|directly|just|right) (?:to the )?right of\b", "just_right"),
            (r"\b(?:to the |on the )?left of\b", "left"), (r"\b(?:to the |on the )?right of\b", "right"),
            (r"\bnext (?:door )?to\b|\bbeside\b|\badjacent to\b|\bneighbou?rs? of\b", "next"),
        ]
        for pattern, name in patterns:
            match = re.search(pattern, text)
            if match is not None:
                if not self.grid.positional:
                    raise NotUnderstood(text, "a place relation in a puzzle without places in a row")
                used = match.group(0).split()
                rest = list(gaps)
                for word in used:
                    if word in rest:
                        rest.remove(word)
                return name, rest
        return "same", gaps

    def _term(self, mention: Mention) -> str:
        if mention.kind == "end":
            return "0"  # never compared: `clue` reads an end before relating terms
        if mention.kind == "place":
            place = mention.place or (self.grid.size + 1) // 2
            if mention.place == 0 and self.grid.size % 2 == 0:
                raise NotUnderstood("the middle", f"{self.grid.size} places have no middle")
            return str(place)
        category = self.values[mention.value]
        if category.name == "person" and not self.grid.positional:
            return str(category.values.index(mention.value) + 1)
        return owner(category.name, mention.value)

    @staticmethod
    def _relate(a: str, b: str, relation: str) -> str:
        return {"same": f"{a} == {b}", "left": f"{a} < {b}", "right": f"{a} > {b}", "just_left": f"{a} + 1 == {b}",
                "just_right": f"{a} == {b} + 1", "next": f"abs({a} - {b}) == 1"}[relation]


def owner(category: str, value: str) -> str:
    return f"o_{slug(category)}_{slug(value)}"


def _words(sentence: str) -> list[str]:
    text = normalize(sentence).lower()
    text = re.sub(r"'s\b", "", text)
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text)


def grid_spec(grid: Grid, clues: list[tuple[str, str]], scales: set[str] | frozenset[str] = frozenset()) -> dict:
    variables: dict[str, str] = {}
    constraints: list[dict[str, str]] = []
    groups = [*grid.categories] + ([grid.people] if grid.people and grid.positional else [])
    for category in groups:
        names = [owner(category.name, v) for v in category.values]
        for name in names:
            variables[name] = "Int"
        bounds = " and ".join(f"1 <= {n} and {n} <= {grid.size}" for n in names)
        constraints.append({"label": f"range_{slug(category.name)}", "expr": bounds})
        constraints.append({"label": f"distinct_{slug(category.name)}", "expr": f"distinct({', '.join(names)})"})
    for label, expr in clues:
        constraints.append({"label": label, "expr": expr})
    return with_scales({"variables": variables, "constraints": constraints}, scales, grid.size)


def solve_grid(text: str) -> Verdict | None:
    """A verdict for a grid puzzle; None when the text declares no grid."""
    from agentlib.tools import constraints as cl

    sentences = unfold_row_in_order([unfold_reciprocal(s) for s in split_sentences(normalize(strip_titles(text)))])
    declared = read_declarations(sentences)
    if declared is None:
        return None
    grid, rest = declared
    reader = GridReader(grid)
    question = next((s for s in reversed(rest) if s.strip().endswith("?")), None)
    clues: list[tuple[str, str]] = []
    names = frozenset(grid.people.values if grid.people else [])
    said: dict[str, str] = {}
    unparsed: list[str] = []
    for index, sentence in enumerate(rest):
        if sentence is question:
            continue
        for part, clause in enumerate(_shared_subject(sentence, names)):
            label = f"c{index + 1}" + (f"_{part}" if part else "")
            try:
                clues.append((label, reader.clue(clause)))
                said[label] = sentence
            except NotUnderstood as error:
                unparsed.append(sentence + (f" ({error.why})" if error.why else ""))
                break
    if question is None:
        unparsed.append("(no question: end with one such as 'Who owns the fish?')")
    if unparsed:
        return Verdict("english", "abstained", failure="not_parsed", unparsed=unparsed,
                       reason=f"{len(unparsed)} sentence(s) not understood")
    spec = grid_spec(grid, clues, reader.scales)
    base = cl.check(spec).status
    if base == "unsat":
        core = cl.unsat_core(spec).core
        for label in core:
            if label.startswith(("range_", "distinct_")):
                said[label] = f"each {label.split('_', 1)[1]} belongs to exactly one of the {grid.size}"
        contradiction = " / ".join(dict.fromkeys(said.get(label, label) for label in core))
        return Verdict("english", "abstained", failure="unsat", spec=spec,
                       reason="the clues contradict each other: " + contradiction)
    assert question is not None
    return _answer(grid, reader, question, spec)


_SHARED_SUBJECT = re.compile(r"^(?P<subject>[A-Z][\w'-]*) (?P<first>[^,;]+?),? and (?P<second>(?:also |then )?"
                             r"(?:does not|doesn't|is not|isn't|never|is|does|lives|owns|has|keeps|drinks|drives|"
                             r"sits|works|plays|likes|eats|wears|reads)\b[^,;]*?)\.?$")


_WHICH_IS = re.compile(r"^(?P<main>[^,]+ (?P<thing>the [a-z]+(?: [a-z]+)?)), which (?P<rest>(?:is|stands|lies) [^,]+?)"
                       r"\.?$")


def _shared_subject(sentence: str, people: frozenset[str]) -> list[str]:
    """ "Xiu drinks water and doesn't own the parrot" -> "Xiu drinks water." + "Xiu doesn't own the parrot.": two
    clues about one named subject (one of `people`, lower case); "Cal lives in the green house, which is left of
    Ann's" -> "Cal lives in the green house." + "The green house is left of Ann's."; any other sentence stays whole
    ("The cat owner lives in the red house and drinks tea" relates three things at once, as written)."""
    clauses = re.split(r",? and (?=[A-Z]\w* (?:is|does|lives|owns|has|sits)\b)", normalize(sentence).strip())
    if len(clauses) == 2 and all(c.split(" ", 1)[0].lower() in people for c in clauses):
        # "Eli doesn't own the dog, and Fern is not next to Dana": two clues
        return [*_shared_subject(clauses[0].rstrip(".") + ".", people), *_shared_subject(clauses[1], people)]
    which = _WHICH_IS.match(normalize(sentence).strip())
    if which is not None:
        thing = which.group("thing")
        return [f"{which.group('main')}.", f"{thing[:1].upper()}{thing[1:]} {which.group('rest')}."]
    match = _SHARED_SUBJECT.match(normalize(sentence).strip())
    if match is None or re.search(r"\b(?:either|neither|both|or|nor)\b", match.group("first")) or \
            match.group("subject").lower() not in people:
        return [sentence]
    subject = match.group("subject")
    return [f"{subject} {match.group('first')}.", f"{subject} {match.group('second')}."]


_YES_NO = frozenset({"is", "are", "was", "were", "does", "do", "did"})


def _yes_no_answer(reader: GridReader, question: str, words: list[str], spec: dict) -> Verdict:
    """ "Is Ravi the chef?", "Does Sam own the dog?", "Is the tea drinker next to Ann?": the question read as a clue,
    answered "yes" when the clues entail it, "no" when they entail its negation, else "cannot be determined". A
    negative question ("Isn't Ravi the chef?") and a choice ("Is Ravi the chef or the cook?") are not read."""
    from agentlib.tools import constraints as cl

    if words[1:2] in (["not"], ["n't"]) or "or" in words:
        return Verdict("english", "abstained", failure="not_parsed", unparsed=[question],
                       reason="a negative or a choice question is not read as a yes/no question about the grid")
    try:
        expr = reader.clue(" ".join(words[1:]))
    except NotUnderstood as error:
        return Verdict("english", "abstained", failure="not_parsed", unparsed=[question + f" ({error.why})"],
                       reason="the question is not understood")
    spec = with_scales(spec, reader.scales, reader.grid.size)  # "Is Amy older than Cory?" with no age clue
    entailed = cl.entails(spec, expr).status
    base = Check(f"all {len(spec['constraints'])} clues and grid rules together (read by the grid grammar)", "sat")
    checks: tuple[Check, ...]
    if entailed == "true":
        checks = (base, Check("clues + not (the question's claim)", "unsat", "it follows"))
        return Verdict("english", "verified", answer="yes", spec=spec, reason="it follows from the clues",
                       certificate=Certificate("entailment (negation unsat)", checks))
    if entailed == "false":
        checks = (base, Check("clues + (the question's claim)", "unsat", "its negation follows"))
        return Verdict("english", "verified", answer="no", spec=spec, reason="the clues rule it out",
                       certificate=Certificate("entailment (negation unsat)", checks))
    if entailed == "unknown":
        checks = (base, Check("clues + (the question's claim)", "sat", "possible"),
                  Check("clues + not (the question's claim)", "sat", "possible"))
        return Verdict("english", "verified", answer="cannot be determined", spec=spec,
                       reason="the clues allow it both ways", certificate=Certificate("both models exist", checks))
    return Verdict("english", "abstained", failure="deadline", spec=spec, reason="the solver did not decide")


def _answer(grid: Grid, reader: GridReader, question: str, spec: dict) -> Verdict:
    from agentlib.tools import constraints as cl

    words = _words(question)
    if words[:1] and words[0] in _YES_NO:
        return _yes_no_answer(reader, question, words, spec)
    top = superlative_asked(words)
    if top is not None and grid.people is not None:
        return _superlative_answer(grid, top, spec)
    mentions = reader.mentions(words)
    target = _target_category(words, grid)
    if len(mentions) != 1 or target is None:
        return Verdict("english", "abstained", failure="not_parsed", unparsed=[question],
                       reason="the question should ask for one attribute of one person, value or place")
    known = reader._term(mentions[0])
    candidates: list[tuple[str, str]] = []
    if target.name == "person" and not grid.positional:
        candidates = [(v, str(i + 1)) for i, v in enumerate(target.values)]
    elif target.name == "place":
        candidates = [(str(k), str(k)) for k in range(1, grid.size + 1)]
    else:
        candidates = [(v, owner(target.name, v)) for v in target.values]
    forced = [value for value, term in candidates if cl.entails(spec, f"{term} == {known}").status == "true"]
    if len(forced) != 1:
        possible = [value for value, term in candidates if cl.entails(spec, f"{term} == {known}").status != "false"]
        return Verdict("english", "abstained", failure="ambiguous", spec=spec,
                       reason=f"several answers remain: {', '.join(target.display.get(p, p) for p in possible)}",
                       shared={"possible": [target.display.get(p, p) for p in possible]})
    answer = target.display.get(forced[0], forced[0])
    checks = (Check(f"all {len(spec['constraints'])} clues and grid rules together (read by the grid grammar)", "sat"),
              Check(f"clues + (the answer is not {answer})", "unsat", "no other answer fits"))
    return Verdict("english", "verified", answer=answer, spec=spec, reason="the only answer consistent with every clue",
                   certificate=Certificate("entailment (negation unsat)", checks))


def _superlative_answer(grid: Grid, top: ScaleClue, spec: dict) -> Verdict:
    """ "Who is the oldest?": the one person every solution puts above all the others on that scale."""
    from agentlib.tools import constraints as cl

    assert grid.people is not None
    spec = with_scales(spec, {top.scale}, grid.size)
    people = grid.people.values
    terms = [owner("person", p) if grid.positional else str(k + 1) for k, p in enumerate(people)]
    forced = [p for p, term in zip(people, terms)
              if cl.entails(spec, scale_expression(top, [term], grid.size)).status == "true"]
    if len(forced) != 1:
        return Verdict("english", "abstained", failure="ambiguous", spec=spec,
                       reason="the clues do not say who is above everyone else on that scale")
    answer = grid.people.display.get(forced[0], forced[0])
    checks = (Check(f"all {len(spec['constraints'])} clues and grid rules together (read by the grid grammar)", "sat"),
              Check(f"clues + ({answer} is not above everyone else)", "unsat", "no other answer fits"))
    return Verdict("english", "verified", answer=answer, spec=spec, reason="the only answer consistent with every clue",
                   certificate=Certificate("entailment (negation unsat)", checks))


_ROLE_WORDS = frozenset({"job", "jobs", "occupation", "profession", "role", "career", "trade"})


def _target_category(words: list[str], grid: Grid) -> Category | None:
    if words[:1] in (["who"], ["whose"]) or words[:2] == ["which", "person"]:
        return grid.people  # "Whose favourite colour is red?" asks for the owner, never for the colour named
    if words[:1] == ["when"] or words[:3] in (["on", "which", "day"], ["on", "what", "day"]):
        timed = [c for c in grid.categories if calendar_of(c.values) is not None]  # "When does Bo visit?"
        return timed[0] if len(timed) == 1 else None
    if words[:2] in (["which", "house"], ["what", "house"], ["where", "does"], ["where", "is"]) or \
            words[:3] in (["in", "which", "house"], ["in", "what", "house"], ["in", "which", "position"]):
        if grid.positional:
            places = [str(k) for k in range(1, grid.size + 1)]
            return Category("place", places, {k: f"{grid.place_noun} {k}" for k in places})
    if words[:2] in (["where", "does"], ["where", "did"], ["where", "do"]) and not grid.positional:
        # "Where does the doctor live?" after "each live in a different city (Oslo, Rome, Paris)"
        name = grid.verb_category.get(lemma(words[-1], "VERB"))
        matching = [c for c in grid.categories if c.name == name]
        return matching[0] if len(matching) == 1 else None
    for category in grid.categories:
        if category.name in words or (category.name + "s") in words or \
                any(lemma(w, "NOUN") == category.name for w in words[:4]):
            return category
    for category in grid.categories:  # "What colour is Cleo's hat?" after "a different coloured hat"
        said = category.aliases | (_COLOUR_WORDS if category.name in _COLOUR_WORDS else set())
        if said and any(w in said or lemma(w, "NOUN") in said for w in words[:5]):
            return category
    if _ROLE_WORDS & set(words):  # "What is Ida's job?" when the roles are the grid's one attribute
        attributes = [c for c in grid.categories if c.name not in ("person", "place")]
        if len(attributes) == 1:
            return attributes[0]
    if words[:2] in (["what", "is"], ["what", "was"]) and len(words) == 3:
        # "What is Jay?" after "Jay, Kay and Lee are a doctor, a nurse and a pilot": the one attribute declared
        # with "be" is what someone is (one declared with a verb, "have a cat", is not what they are)
        attributes = [c for c in grid.categories if c.name not in ("person", "place")]
        if len(attributes) == 1 and attributes[0].name not in grid.verb_category.values():
            return attributes[0]
    if words[:2] in (["what", "does"], ["what", "did"]) and len(words) >= 4 and words[3] == "do" and \
            words[4:] in ([], ["for", "a", "living"], ["for", "work"]):
        # "What does Jay do (for a living)?": the one attribute declared with "be" (roles: "are a doctor, ...")
        attributes = [c for c in grid.categories if c.name not in ("person", "place")]
        if len(attributes) == 1 and attributes[0].name not in grid.verb_category.values():
            return attributes[0]
        return None
    if words[:2] in (["what", "does"], ["what", "did"]) and len(words) > 3:
        name = grid.verb_category.get(lemma(words[-1], "VERB"))
        matching = [c for c in grid.categories if c.name == name]
        if len(matching) == 1:
            return matching[0]
        attributes = [c for c in grid.categories if c.name not in ("person", "place")]
        if len(attributes) == 1 and lemma(words[-1], "VERB") in _HAVING_VERBS:
            return attributes[0]  # "What did Beth get?" when the grid has one attribute (ordered pizza, pasta, ...)
    return None


# verbs that say which item of the grid's one attribute a person has, whatever verb the declaration used
_HAVING_VERBS = frozenset({"have", "own", "get", "choose", "pick", "order", "buy", "take", "select", "keep"})
