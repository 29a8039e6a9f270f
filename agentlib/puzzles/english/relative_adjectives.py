"""Adjectives whose meaning before a noun depends on that noun: "a good cook" is good as a cook, not good.

"Ann is a good cook. So Ann is good." and "Ed is a small elephant. So Ed is small." are invalid: the noun sets the
standard (a small elephant is a large animal; a good cook may be a bad driver), and "a fake doctor", "a former
senator" are not doctors or senators at all. Before such a noun the adjective stays part of one compound kind
("good cook"), so a premise with the compound proves only what the compound says, and a conclusion with the bare
adjective or another noun finds nothing to follow from. Before an empty head ("a good person", "big ones") the
adjective is the property itself. A phrase after the noun can shift it the same way ("a doctor in training" is no
doctor yet); such a noun phrase is not read. Left out: dimension words that everyday speech reads intersectively
("a tall woman" is tall) and colours, shapes, materials, which are.
"""

from __future__ import annotations

# evaluative and size words graded by the noun, and words that deny or shift the noun (privative, temporal)
NOUN_RELATIVE = frozenset({"good", "bad", "great", "poor", "excellent", "terrible", "awful", "lousy", "skilled",
                           "skillful", "talented", "gifted", "big", "small", "large", "little", "huge", "tiny",
                           "heavy", "light", "fake", "former", "alleged", "future", "false", "would-be", "ex",
                           "possible", "potential", "likely", "supposed", "so-called", "apparent", "mere",
                           "counterfeit", "imitation", "toy", "artificial"})

# phrases after a noun that make it not (yet) one: "a doctor in training", "a bride to be"
NOUN_SHIFTING_TAILS = frozenset({("in", "training"), ("to", "be"), ("in", "the", "making"), ("in", "waiting"),
                                 ("of", "the", "future")})
