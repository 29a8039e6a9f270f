""""Has a key" and "has no key": one verb with an indefinite object, read two ways, linked by what they mean.

The grammar reads a verb with an indefinite object as one property ("Kofi has a key" -> have_key(kofi)) and a verb
with a quantified object as a relation ("Kofi has no key" -> no y: key(y) and have(kofi, y)). A text that uses both
speaks of one thing, and without a link the two readings are unrelated symbols: "Every member has a key. Kofi has
no key." would leave Kofi's membership open. The link is the meaning of the indefinite: to have a key is to have
something that is a key: have_key(x) <-> some y: key(y) and have(x, y). Where the property was also said with "the"
or a possessive ("has the key", the same symbol), only the direction from the property is stated: having some key
does not give having *the* key.
"""

from __future__ import annotations

from agentlib.puzzles.english.logic import And, Atom, Formula, Iff, Implies, Quantified, Var


def object_links(forms: dict[str, tuple[str, str]], definite: set[str]) -> list[tuple[str, Formula, str]]:
    """(label, formula, wording) for each property "<verb> a <noun>" in the lexicon `forms` ({predicate: (kind,
    phrase)}) whose verb is also read as a relation ("<verb>_r2") and whose noun is read as a kind; `definite`: the
    properties also said with "the" or a possessive, linked one way only."""
    links: list[tuple[str, Formula, str]] = []
    for predicate, (kind, phrase) in sorted(forms.items()):
        if kind != "verb" or predicate.endswith("_r2"):
            continue
        for cut in range(1, predicate.count("_") + 1):
            verb, noun = predicate.split("_", cut)[:cut], predicate.split("_", cut)[cut]
            relation = "_".join(verb) + "_r2"
            if forms.get(relation, ("", ""))[0] != "verb" or forms.get(noun, ("", ""))[0] != "noun":
                continue
            x, y = Var("x_object_link"), Var("y_object_link")
            some = Quantified("some", y, And((Atom(noun, (y,)), Atom(relation, (x, y)))))
            link: Formula = Quantified("all", x, Implies(Atom(predicate, (x,)), some) if predicate in definite else
                                       Iff(Atom(predicate, (x,)), some))
            links.append((f"object_{predicate}", link,
                          f"'{phrase}' is '{forms[relation][1]}' something that is a {forms[noun][1]}"))
            break
    return links
