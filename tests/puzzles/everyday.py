"""Everyday puzzles and arguments in the wording people use (written for these tests, not from a benchmark).

Each case: (text, expected answer). `SOLVE` cases go through `agentlib.solve`, `ANALYZE` cases through
`agentlib.analyze` (expected "valid" / "invalid", and for a named fallacy the words it must contain).
"""

SOLVE = [
    # categorical statements and syllogisms
    ("All men are mortal. Socrates is a man. Is Socrates mortal?", "yes"),
    ("Every dog is an animal. Rex is a dog. Is Rex an animal?", "yes"),
    ("All cats are mammals. All mammals are animals. Are all cats animals?", "yes"),
    ("No reptiles have fur. All snakes are reptiles. Do snakes have fur?", "no"),
    ("Some birds can fly. Penguins are birds. Can penguins fly?", "cannot be determined"),
    ("All students in the class passed the exam. Maria is a student in the class. Did Maria pass the exam?", "yes"),
    ("Each of the employees must wear a badge. Tom is an employee. Does Tom wear a badge?", "yes"),
    ("No vegetarian eats meat. Lisa is a vegetarian. Does Lisa eat meat?", "no"),
    ("Every square is a rectangle. Every rectangle has four sides. Does every square have four sides?", "yes"),
    ("All roses are flowers. Some flowers fade quickly. Do all roses fade quickly?", "cannot be determined"),
    ("Whales are mammals. Mammals breathe air. Do whales breathe air?", "yes"),
    ("Only members can vote. Jake is not a member. Can Jake vote?", "no"),
    ("Everyone who studies passes. Ana studies. Does Ana pass?", "yes"),
    ("Nobody who is late gets a prize. Ben is late. Does Ben get a prize?", "no"),
    ("All the guests who arrived early got a seat. Carl is a guest who arrived early. Did Carl get a seat?", "yes"),
    ("All the guests who arrived early got a seat. Carl arrived early. Did Carl get a seat?", "cannot be determined"),
    # propositional connectives
    ("If it rains, the ground is wet. It is raining. Is the ground wet?", "yes"),
    ("If it rains, the ground is wet. The ground is not wet. Did it rain?", "no"),
    ("If it rains, the ground is wet. The ground is wet. Did it rain?", "cannot be determined"),
    ("If the alarm rings, the guard wakes up. The guard did not wake up. Did the alarm ring?", "no"),
    ("Either the butler or the gardener did it. The butler did not do it. Who did it?", "the gardener"),
    ("Unless it is sunny, we stay inside. We are not staying inside. Is it sunny?", "yes"),
    ("If John studies, he will pass. If he passes, he will graduate. John studies. Will John graduate?", "yes"),
    ("The light is on if and only if the switch is up. The switch is not up. Is the light on?", "no"),
    ("Lily orders cake or ice cream, but not both. Lily orders cake. Does Lily order ice cream?", "no"),
    ("Neither Anna nor Ben went to the party. Did Anna go to the party?", "no"),
    ("It is not the case that the shop is open. Is the shop open?", "no"),
    ("The train is late only if it snows. The train is late. Does it snow?", "yes"),
    ("Both the car and the bike are broken. Is the bike broken?", "yes"),
    ("If the oven is hot, the bread bakes. If the bread bakes, the kitchen smells good. The oven is hot. "
     "Does the kitchen smell good?", "yes"),
    ("Mia is happy whenever it is sunny. It is sunny. Is Mia happy?", "yes"),
    ("Sam plays tennis or Sam plays golf. Sam does not play golf. Does Sam play tennis?", "yes"),
    ("If Kim is at home, the lights are on. Is it true that Kim is at home?", "cannot be determined"),
    # comparatives and orderings
    ("Alice is taller than Bob. Bob is taller than Carol. Who is the shortest?", "Carol"),
    ("Alice is taller than Bob. Bob is taller than Carol. Who is the tallest?", "Alice"),
    ("Alice is taller than Bob. Bob is taller than Carol. Is Alice taller than Carol?", "yes"),
    ("Tom is older than Jerry but younger than Spike. Who is the oldest?", "Spike"),
    ("Max is heavier than Leo. Leo is heavier than Sam. List them from heaviest to lightest.", ["Max", "Leo", "Sam"]),
    ("Ann is older than Bob. Cal is younger than Bob. Who is the youngest?", "Cal"),
    ("Dana runs faster than Eli. Finn runs slower than Eli. Who is the slowest?", "Finn"),
    ("Anna, Ben and Cara sit in a row. Anna sits to the left of Ben. Cara sits to the right of Ben. "
     "Who sits in the middle?", "Ben"),
    ("In a race, Sam finished ahead of Tim, and Tim finished ahead of Uma. Who came last?", "Uma"),
    ("Five runners ran a race: Ann, Bob, Cy, Dee and Eve. Ann finished before Bob. Cy finished after Dee. "
     "Eve finished first. Bob finished before Dee. Who finished last?", "Cy"),
    ("Tom, Ursula and Vic sit in a row of three chairs. Tom is not at either end. Ursula sits to the right of Vic. "
     "Who sits on the far left?", "Vic"),
    ("Gina is richer than Hal. Hal is richer than Ivy. Is Ivy richer than Gina?", "no"),
    ("Lara is shorter than Mo. Nell is taller than Mo. Who is the tallest?", "Nell"),
    # zebra-style grids
    ("Three friends, Amy, Ben and Cal, each have a different pet: a cat, a dog and a fish. Amy does not have the dog. "
     "Ben has the cat. Who has the fish?", "Amy"),
    ("Three friends, Amy, Ben and Cal, each have a different pet: a cat, a dog and a fish. Amy does not have the dog. "
     "Ben has the cat. What pet does Cal have?", "dog"),
    ("There are three houses in a row. The houses are red, green and blue, each a different colour. The owners are "
     "Ann, Bob and Cy, each in a different house. Ann lives in the red house. The green house is immediately to the "
     "right of the red house. Bob lives in the first house. Cy does not live in the blue house. "
     "Who lives in the blue house?", "Bob"),
    ("Dan, Eve and Fay each drink a different drink: tea, coffee and milk. Dan does not drink coffee. "
     "Eve drinks milk. What does Dan drink?", "tea"),
    # truth-tellers and liars
    ('On an island, knights always tell the truth and knaves always lie. Ann says: "Bob is a knave." Bob says: '
     '"Ann and I are both knights." Who is a knight and who is a knave?', {"Ann": "knight", "Bob": "knave"}),
    ('Alice and Bob are each either a truth-teller or a liar. Truth-tellers always tell the truth and liars always '
     'lie. Alice says, "We are both liars." What are Alice and Bob?', {"Alice": "liar", "Bob": "truth-teller"}),
    ('Each of A, B and C is either a knight or a knave. Knights always tell the truth and knaves always lie. '
     'A says: "B is a liar." B says: "C is a liar." C says: "A and B are both liars." '
     'Who is a knight and who is a knave?', {"A": "knave", "B": "knight", "C": "knave"}),
    ('Three suspects: Ann, Bob and Cy. Ann says: "Bob did it." Bob says: "Ann is lying." Cy says: "I did not do it." '
     'Only one of them is telling the truth. One of them did it. Who did it?', "Cy"),
    ('Knights always tell the truth and knaves always lie. Zed says, "I am a knave or Yan is a knight." '
     'Who is a knight and who is a knave?', {"Zed": "knight", "Yan": "knight"}),
]

ANALYZE = [
    ("If it rains, the ground is wet. The ground is wet. Therefore it rained.", "invalid", "affirming the consequent"),
    ("If it rains, the ground is wet. It rained. Therefore, the ground is wet.", "valid", "modus ponens"),
    ("If it rains, the ground is wet. The ground is not wet. So it did not rain.", "valid", "modus tollens"),
    ("If it rains, the ground is wet. It did not rain. Therefore the ground is not wet.", "invalid",
     "denying the antecedent"),
    ("All men are mortal. Socrates is a man. Therefore, Socrates is mortal.", "valid", ""),
    ("All cats are mammals. All dogs are mammals. Therefore all cats are dogs.", "invalid", "undistributed middle"),
    ("All mammals are animals. All dogs are mammals. So all dogs are animals.", "valid", "Barbara"),
    ("Either the butler did it or the maid did it. The butler did not do it. Hence the maid did it.", "valid",
     "disjunctive syllogism"),
    ("If John studies, he will pass. If he passes, he will graduate. Therefore, if John studies, he will graduate.",
     "valid", "hypothetical syllogism"),
    ("No fish are mammals. Some pets are fish. So some pets are not mammals.", "valid", "Ferio"),
    ("All unicorns are horses. All unicorns have horns. Therefore some horses have horns.", "invalid",
     "existential fallacy"),
    ("If I study, I pass. I passed. Does it follow that I studied?", "invalid", "affirming the consequent"),
    ("Either Tom is at work or Tom is at home. Tom is at work. Therefore Tom is not at home.", "invalid",
     "affirming a disjunct"),
    ("All birds have feathers. Tweety has feathers. Therefore Tweety is a bird.", "invalid", "affirming the consequent"),
    ("If the store is open, Ana buys bread. If the bakery is open, Ana buys cake. The store is open or the bakery is "
     "open. Therefore Ana buys bread or Ana buys cake.", "valid", "constructive dilemma"),
]
