"""A relative clause set off by commas after a name says a second thing about that person: "Kay is older than Lou,
who is older than Moe." is "Kay is older than Lou. Lou is older than Moe.", and "Lou, who is a nurse, lives next to
Kim." is "Lou lives next to Kim. Lou is a nurse.".

Only after a capitalized name (a non-restrictive clause: the name already picks the person out), so "Everyone who
studies passes" and "the student who won" keep their restrictive "who". A chain ("..., who is older than Moe, who
is older than Ned.") unfolds clause by clause; questions are left as typed.
"""

from __future__ import annotations

import re

_NOT_NAMES = frozenset({"Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Anybody", "Nobody", "No", "The",
                        "A", "An", "Each", "Every", "All", "Some", "Only", "Whoever", "If", "I", "He", "She", "They",
                        "We", "You", "It", "This", "That", "Those", "These"})
_AT_END = re.compile(r"^(?P<main>.*?\b(?P<name>[A-Z][a-z]+)), who (?P<clause>[^,;]+?)\s*(?P<end>[.!]?)$")
_IN_MIDDLE = re.compile(r"^(?P<name>[A-Z][a-z]+), who (?P<clause>[^,;]+), (?P<rest>[a-z][^;]*)$")


def unfold_nonrestrictive(sentence: str) -> list[str]:
    """`sentence` as the sentences it says: its main clause, then one per relative clause after a name."""
    text = sentence.strip()
    if text.endswith("?"):
        return [sentence]
    middle = _IN_MIDDLE.match(text)
    if middle is not None and middle["name"] not in _NOT_NAMES:
        return [*unfold_nonrestrictive(f"{middle['name']} {middle['rest']}"),
                f"{middle['name']} {middle['clause'].rstrip('.')}."]
    end = _AT_END.match(text)
    if end is None or end["name"] in _NOT_NAMES or end["main"] == end["name"]:
        return [sentence]
    main = end["main"]
    return [*unfold_nonrestrictive(main + "."), *unfold_nonrestrictive(f"{end['name']} {end['clause']}.")]
