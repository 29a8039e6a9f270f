"""Fresh everyday batch I: puzzles and arguments as people type them, written before the code that reads them.

Written at the start of the round after batch H's (the one that read "beat" in races was run in parallel and is
not what this batch is for), plain and short: rules with "every ... in the shelter", "except", "only", chains of
"if", a liar's claim, knights and knaves with "or" about oneself, rows, weights and heights, "it's not true that
both", "neither ... nor", kinship through a mother and a brother, a grid of drinks, a prize in one of three boxes,
generics ("Cats are mammals"), a location by elimination; and arguments with tense changes, dilemmas and the
categorical moods. Each solve case is (text, expected) as in `everyday_fresh_h.py`: expected is the answer, or None
when the honest outcome is an abstention; each analyze case is (text, "valid" / "invalid", form words). The
knights-and-knaves keys were worked out by trying every assignment.
"""

ROUND_I_SOLVE = [
    # rules about everyone, only, except
    ("Every dog in the shelter has been vaccinated. Max is a dog in the shelter. Has Max been vaccinated?", "yes"),
    ("Only members can vote. Rex voted. Is Rex a member?", "yes"),
    ("All of Uma's friends like jazz. Val doesn't like jazz. Is Val Uma's friend?", "no"),
    ("Every student in the class passed the test except Sal. Tara is a student in the class. Did Tara pass the "
     "test?", "yes"),
    ("Cats are mammals. Mammals have fur. Does a cat have fur?", "yes"),
    ("All squares are rectangles. Some rectangles are not squares. Is every rectangle a square?", "no"),
    # if-chains and connectives
    ("If the alarm rings, the dog barks. If the dog barks, the baby wakes up. The alarm rang. Did the baby wake "
     "up?", "yes"),
    ("If you study, you pass. You didn't pass. Did you study?", "no"),
    ("It's not true that both Tom and Uma passed. Tom passed. Did Uma pass?", "no"),
    ("Neither Vic nor Wes was at the meeting. Was Vic at the meeting?", "no"),
    ("If it is a weekend, the shop is closed. The shop is open. Is it a weekend?", "no"),
    ("If Lena wins, Max will be happy. If Lena loses, Nora will be happy. Lena lost. Will Nora be happy?", "yes"),
    ("Exactly one of Ari, Bo and Cy broke the vase. Ari didn't break it. Bo didn't break it. Who broke the vase?",
     "Cy"),
    ("Wendy is either in the kitchen or in the garden. She is not in the garden. Is Wendy in the kitchen?", "yes"),
    # liars and knights
    ("Anna always lies. Anna says it is raining. Is it raining?", "no"),
    ('Knights always tell the truth and knaves always lie. A says, "B is a knave." B says, "A and I are both '
     'knights." What is A?', {"A": "knight"}),
    ('Knights always tell the truth and knaves always lie. Jo says, "I am a knave or Kip is a knight." What is '
     'Kip?', {"Kip": "knight"}),
    # orderings
    ("Mia lives to the left of Noah. Noah lives to the left of Olga. Who lives in the middle?", "Noah"),
    ("Pete is heavier than Quinn. Rita is heavier than Pete. Who is the lightest?", "Quinn"),
    ("Gus has more marbles than Hal. Hal has more marbles than Ian. Does Ian have more marbles than Gus?", "no"),
    ("Olive is taller than Pam, and Pam is taller than Quin. Is Olive taller than Quin?", "yes"),
    ("Sam is older than Tia. Who is younger?", "Tia"),
    # kinship
    ("Xena is Yusuf's mother. Zane is Xena's brother. What is Zane to Yusuf?", "uncle"),
    ("Rob and Sid are brothers. Sid's son is Ted. What is Rob to Ted?", "uncle"),
    # grids and elimination
    ("Jake, Kim and Liam each ordered a different drink: tea, coffee and juice. Kim didn't order coffee or juice. "
     "Liam didn't order juice. Who ordered the juice?", "Jake"),
    ("Ava, Ben and Cal each own one pet: a cat, a dog and a bird. Ava's pet can fly. Ben doesn't own the dog. Who "
     "owns the dog?", None),
    # ^ "can fly" says nothing the grid knows about birds: the honest outcome is an abstention
    ("Dan, Eve and Fay finished a race. Eve finished first. Dan did not finish last. Who finished last?", "Fay"),
]

ROUND_I_ANALYZE = [
    ("If I eat too much, I feel sick. I feel sick. Therefore I ate too much.", "invalid", "affirming the consequent"),
    ("Either the battery is dead or the fuse blew. The fuse didn't blow. Hence the battery is dead.", "valid",
     "disjunctive syllogism"),
    ("If the road is icy, driving is dangerous. Driving is not dangerous. Therefore the road is not icy.", "valid",
     "modus tollens"),
    ("No fish are mammals. All sharks are fish. Therefore no sharks are mammals.", "valid", "Celarent"),
    ("If it's sunny we go hiking, and if it's rainy we go to the museum. It's sunny or rainy. So we go hiking or we "
     "go to the museum.", "valid", "constructive dilemma"),
    ("Everyone who runs daily is healthy. Zoe is healthy. So Zoe runs daily.", "invalid", ""),
    ("Some teachers are strict. All strict people are respected. Therefore some teachers are respected.", "valid",
     "Darii"),
    ("If the cake is chocolate, Ann will eat it. The cake is not chocolate. So Ann will not eat it.", "invalid",
     "denying the antecedent"),
    ("All poets are dreamers. Some dreamers are lawyers. So some poets are lawyers.", "invalid", ""),
    ("Whenever the bell rings, class ends. The bell rang. So class ended.", "valid", "modus ponens"),
]
