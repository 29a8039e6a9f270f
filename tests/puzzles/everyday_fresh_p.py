"""Fresh everyday batch P: the constructions of the round that read them, in voices of people who type puzzles.

Object relative clauses ("Every dog I know", "Everyone Bo likes", "a book that Ann wrote"), speeches that answer the
one before with the verb phrase left out ("Rae says she took the cake. Sam says she didn't."), comparisons of things
named by their owners ("Ann's car is faster than Bo's"), rows of things with no people ("Three houses stand in a
row, painted red, blue and green"), and "a key" against "the key" (first keyed as abstentions; after the round, "the key" after "a key" refers back
to it, as English reads a definite after its indefinite, and the three were re-keyed to that reading). Voices: a parent helping with homework, a teacher's
worksheet, a quiz host, a chat message, a non-native speaker, a puzzle book, a forum post.

Each case is (text, expected) as in `everyday_fresh_n.py`: expected is the answer ("cannot be determined" when the
question is understood and the facts leave it open), or None when the honest outcome is an abstention. The
whodunits, knights and rows were keyed by trying every assignment in a throwaway script, the whodunits under both
readings of the elided speech's pronoun (a reading that makes the statements contradict each other set aside).

First sight: see `test_everyday_fresh_p.py`.
"""

ROUND_P_SOLVE = [
    # a parent helping with homework
    ("helping my son with his logic homework. Every dog I know is friendly. Rex is a dog I know. Is Rex friendly?",
     "yes"),
    ("My daughter's worksheet: Every dog I know is friendly. Max is a dog. Is Max friendly?", "cannot be determined"),
    ("Homework question 4. Nobody Dana trusts is dishonest. Dana trusts Eli. Is Eli dishonest?", "no"),
    ("Kid's puzzle: Three houses stand in a row, painted red, blue and green. The red house is left of the blue one. "
     "The green house is not in the middle. The blue house is not on the right. Which house is in the middle?",
     "the blue house"),
    # a teacher's worksheet
    ("Worksheet 7, question 2. Everyone Bo likes is kind. Bo likes Cai. Is Cai kind?", "yes"),
    ("Question 3. Every book that Ann wrote is long. Dune is a book that Ann wrote. Is Dune long?", "yes"),
    ("Question 5. Ivo's bike is faster than Jas's. Jas's bike is faster than Kit's. Is Kit's bike faster than Ivo's?",
     "no"),
    ("Question 6. Ann has a key. Does Ann have the key?", "yes"),  # re-keyed after round 29: "the" refers back
    # a quiz host
    ("For 100 points: Fay's dog is heavier than Gil's. Gil's dog is heavier than Hal's. Which dog is the lightest?",
     "Hal's dog"),
    ("Knights always tell the truth and knaves always lie. Tom says he is a knight. Uma says he isn't. Wes says Tom "
     "and Uma are both knights. What is Wes?", {"Wes": "knave"}),
    ("Next question! Three cars are parked in a row: a red one, a white one and a black one. The white car is left of "
     "the red one. The red car is not on the left. The black car is not in the middle. The black car is next to the "
     "red one. Which car is on the right?", "the black car"),
    ("Lightning round: No song that Lena sings is sad. Aurora is a song. Lena sings Aurora. Is Aurora sad?", "no"),
    # a chat message
    ("ok so. Every dish Mia cooks is spicy. The soup is a dish. Mia cooks the soup. is the soup spicy?", "yes"),
    ("ann's car is faster than bo's, and cy's car is slower than bo's. whose car is the fastest?", "Ann's car"),
    ("if it rains, lu takes an umbrella. it rains. does lu take the umbrella?", "yes"),  # re-keyed: refers back
    ("One of Rae, Sam and Tia took the cake. Rae says she took the cake. Sam says she didn't. Tia says Rae took the "
     "cake. Exactly two of them are telling the truth. Who took the cake?", "Rae"),
    # a non-native speaker
    ("Please help me. Everyone my brother invite to the party is polite. My brother invites Tomas. Tomas is polite?",
     "yes"),
    ("Cy's house is taller than Di's. Di's house is taller than Ed's. Whose house is the tallest?", "Cy's house"),
    ("Kai took the umbrella. Did Kai take an umbrella?", "yes"),
    # a puzzle book
    ("Puzzle 31. One of Rae, Sam and Tia took the cake. Rae says she took the cake. Sam says she didn't. Tia says Sam "
     "didn't take the cake. Exactly one of them is telling the truth. Who took the cake?", "Sam"),
    ("Puzzle 32. Four boxes sit in a row on a shelf: a big one, a small one, a tall one and a flat one. The big box "
     "is left of the small one. The tall box is next to the flat one. The flat box is on the left. Which box is on "
     "the right?", "the small box"),
    ("Puzzle 33. Wendy's birthday is before Xena's. Xena's birthday is before Yara's. Is Wendy's birthday before "
     "Yara's?", "yes"),
    ("Puzzle 34. Wendy's birthday is before Xena's. Xena's birthday is before Yara's. Whose birthday is first?",
     "Wendy's birthday"),
    # a forum post
    ("Saw this on a forum and can't settle it. Everyone Dana trusts is honest. Eli is not honest. Does Dana trust "
     "Eli?", "no"),
    ("Stuck on this one: Ivy's phone is older than Jon's, but newer than Kim's. Whose phone is the oldest?",
     "Kim's phone"),
    ("Everyone Bo likes is kind. Cai is kind. Does Bo like Cai?", "cannot be determined"),
]

ROUND_P_ANALYZE = [
    ("Ann has a key. So Ann has the key.", "valid", ""),  # re-keyed after round 29: "the key" is the key said
    ("Ben has the ticket. Therefore Ben has a ticket.", "valid", ""),
    ("Every dog I know is friendly. Rex is a dog I know. Therefore Rex is friendly.", "valid", ""),
    ("Everyone Bo likes is kind. Cy is kind. So Bo likes Cy.", "invalid", "affirming the consequent"),
    ("Ann's car is faster than Bo's. So Bo's car is slower than Ann's.", "valid", ""),
]
