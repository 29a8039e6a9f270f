""""Has a key" and "has no key": one verb with an indefinite object, read two ways, linked by what they mean.

The grammar reads a verb with an indefinite object as one property ("Kofi has a key" -> have_key(kofi)) and a verb
with a quantified object as a relation ("Kofi has no key" -> no y: key(y) and have(kofi, y)). A text that uses both
speaks of one thing, and without a link the two readings are unrelated symbols: "Every member has a key. Kofi has
no key." would leave Kofi's membership open. The link is the meaning of the indefinite: to have a key is to have
something that is a key, have_key(x) -> some y: key(y) and have(x, y). Only this direction is stated: the property
may come from "has the key" too (the same symbol), and having some key does not give having *the* key.
"""

from __future__ import annotations

from agentlib.puzzles.english.logic import And, Atom, Formula, Implies, Quantified, Var


def object_links(forms: dict[str, tuple[str, str]]) -> list[tuple[str, Formula, str]]:
    """(label, formula, wording) for each property "<verb> a <noun>" in the lexicon `forms` ({predicate: (kind,
    phrase)}) whose verb is also read as a relation ("<verb>_r2") and whose noun is read as a kind."""
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
            link: Formula = Quantified("all", x, Implies(Atom(predicate, (x,)), Quantified("some", y, And((
                Atom(noun, (y,)), Atom(relation, (x, y)))))))
            links.append((f"object_{predicate}", link,
                          f"whoever does '{phrase}' does '{forms[relation][1]}' to something that is a "
                          f"{forms[noun][1]}"))
            break
    return links
