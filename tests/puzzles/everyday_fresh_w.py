"""Fresh everyday batch W: puzzles typed the way people type them, written before the code that reads them.

Short and plain, often sloppy: lower case, a missing question mark, "whos" and "doesnt", run-on sentences joined by
commas, numbers in digits, and worksheet pastes with numbered clues ("1.", "Clue 2:"), dashes and bullets ("- ",
"•"). The families are issue 11's: syllogisms, propositional rules (unless, only if, iff, neither ... nor, not both,
either ... or but not both), orderings of 3-6 people (ages, heights, scores, races, floors of a building, "2 places
ahead of", "exactly two people between", "whos the youngest", "rank them", "what position"), seats in a row and
around a round table, zebra grids of 3-4 people by 1-2 attributes, knights and knaves of 2-3 people, a whodunit with
one liar or one truth-teller, kinship ("my mother's brother's son"), numeric facts, and near-misses whose honest
outcome is an abstention (underdetermined, contradictory, needing world knowledge).

Each case is (text, expected) as in `everyday_fresh_u.py`: expected is the answer ("cannot be determined" when the
question is understood and the facts leave it open), or None when the honest outcome is an abstention. Knights,
suspects, seats, orders and grids were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_fresh_w.py` (recorded before any code change for this batch).
"""

ROUND_W_SOLVE = [
    # syllogisms
    ("all roses are flowers and all flowers need water, so do all roses need water?", "yes"),
    ("no fish can walk. goldie is a fish. can goldie walk", "no"),
    ("Some doctors are runners. All runners are fit. are some doctors fit?", "yes"),
    ("all pilots wear a uniform. jen wears a uniform. is jen a pilot?", "cannot be determined"),
    ("every student in my class passed the exam. Raj is in my class. did Raj pass the exam?", "yes"),
    ("No vegetarians eat meat. Some of my friends are vegetarians. Can we say that some of my friends don't eat "
     "meat?", "yes"),
    # propositional rules
    ("if it rains the picnic is cancelled. the picnic wasnt cancelled. did it rain?", "no"),
    ("we go hiking unless its windy. we didnt go hiking. was it windy?", "yes"),
    ("Lisa will come only if Mark comes. Mark isn't coming. Is Lisa coming?", "no"),
    ("the alarm goes off if and only if there's smoke. there is smoke. does the alarm go off", "yes"),
    ("neither sam nor tina passed the test. did tina pass the test?", "no"),
    ("Jo and Kim are not both on the team. Jo is on the team. is Kim on the team?", "no"),
    ("either the red key or the blue key opens the door, but not both. the red key doesnt open the door. does the "
     "blue key open the door?", "yes"),
    ("If Ann is home then the lights are on. If the lights are on, the dog barks. Ann is home. Does the dog bark?",
     "yes"),
    ("if the shop is open Ben buys milk. Ben doesnt buy milk. is the shop open?", "no"),
    # orderings
    ("amy is older than ben. ben is older than cat. whos the youngest", "Cat"),
    ("Dan is taller than Eve but shorter than Finn. Gia is taller than Finn. rank them from tallest to shortest",
     ["Gia", "Finn", "Dan", "Eve"]),
    ("5 runners: Hal, Ian, Jay, Kim and Lou. Kim finished first and Jay finished last. Hal finished 2 places ahead "
     "of Ian. what place did Ian finish?", 4),
    ("5 people live on different floors of a 5 floor building. Mia lives on the top floor. Ned lives right below "
     "Mia. Ola lives on the first floor. Pam lives above Quin. what floor does Quin live on?", 2),
    ("Ray scored more than Sue. Tom scored less than Sue. Uma scored more than Ray. who got the second highest "
     "score?", "Ray"),
    ("Six kids stand in a line: Ava, Ben, Cal, Dee, Eli and Fay. Ava is first and Fay is last. There are exactly two "
     "people between Ava and Dee. Ben is right behind Ava. Eli is in front of Cal. What position is Cal in?", 5),
    ("Gus arrived after Hana. Ivy arrived before Hana. Jack arrived after Gus. who arrived first?", "Ivy"),
    ("Kira is heavier than Leo and Leo is heavier than Max, is Max heavier than Kira?", "no"),
    ("Nina ran faster than Omar, Omar ran faster than Pete, Pete ran faster than Quinn. who is the slowest", "Quinn"),
    ("4 friends, Rob, Sara, Tim and Uma, did a quiz with no ties. Sara came 2nd. Rob scored higher than Tim. Uma came "
     "last. who won?", "Rob"),
    ("Yara finished 3rd out of 5. Zack finished just before Yara and Abe finished just after her. Bea finished "
     "before Cody. what position did Cody finish in?", 5),
    # seats
    ("Ana, Ben, Cal and Dot sit in a row. Ana is on the far left. Dot is next to Ana. Ben is not next to Dot. who is "
     "on the far right?", "Ben"),
    ("five people sit in a row: Eve, Finn, Gail, Hank and Iris. Gail is in the middle. Eve sits immediately to the "
     "right of Gail. Finn is at the left end. Iris is not next to Finn. who sits second from the left?", "Hank"),
    ("4 people sit around a round table: Jon, Kay, Lou and Mel. Jon sits across from Kay. Lou sits on Jon's right. "
     "who sits on Jon's left?", "Mel"),
    ("Six friends sit evenly spaced around a round table: Ned, Oli, Pia, Rae, Sol and Tam. Ned is opposite Pia. Oli "
     "sits immediately to Ned's left. Rae is opposite Oli. Sol sits next to Pia. Who sits opposite Sol?", "Tam"),
    ("Uma, Val and Wes sit in a row of three chairs. uma isnt in the middle. wes is to the left of uma. val isnt on "
     "the left end. who is in the middle?", "Val"),
    # grids
    ("3 friends - Ali, Bob and Cy - each have a different favourite colour: red, green or blue.\n1. Ali doesn't like "
     "red.\n2. Bob likes green.\nWhats Cy's favourite colour?", "red"),
    ("Dee, Eli and Flo each own one pet: a cat, a dog or a parrot. Each lives in a different town: York, Bath or "
     "Hull.\n- Dee owns the dog\n- the cat owner lives in Bath\n- Eli lives in Hull\n- Flo doesn't live in York\nwho "
     "owns the parrot?", "Eli"),
    ("Four kids (Gus, Hana, Ian and Jill) each play one instrument: piano, drums, flute or violin.\nClue 1: Gus plays "
     "the drums.\nClue 2: Hana doesn't play the piano or the flute.\nClue 3: Ian doesn't play the piano.\nWho plays "
     "the piano?", "Jill"),
    ("• Kate, Liam and Mona each ordered a different drink: tea, coffee or juice\n• Kate didn't order coffee\n• Liam "
     "ordered juice\nwhat did Kate order", "tea"),
    ("Three neighbours, Nick, Opal and Paul, each drive a different car (an audi, a bmw, a fiat) and each have a "
     "different job (nurse, chef, cop).\n1. The chef drives the audi.\n2. Opal is the cop.\n3. Paul isn't the chef.\n"
     "4. Opal doesn't drive the bmw.\nWhat car does Paul drive?", "bmw"),
    ("Ravi, Sia, Theo and Una each live on a different street: Oak, Elm, Pine and Main. Ravi lives on Oak. Sia "
     "doesn't live on Elm or Main. Theo doesn't live on Main. Where does Una live?", "Main"),
    ("Three houses stand in a row. Vera, Walt and Xia live in them, one each. The houses are red, blue and white. "
     "Walt lives in the middle house. The red house is on the far right. Vera lives in the blue house. Xia doesn't "
     "live on the left. What colour is Walt's house?", "white"),
    # knights and knaves
    ('knights tell the truth, knaves lie. A says "B is a knave". B says "we are both knights". what are A and B?',
     {"A": "knight", "B": "knave"}),
    ("Knights always tell the truth and knaves always lie. Zed says 'I am a knave or Yan is a knight.' What is Yan?",
     {"Yan": "knight"}),
    ("There are two people, Cole and Dana. Each is a knight or a knave. Cole says 'we are both knaves'. what is "
     "dana?", {"Dana": "knight"}),
    ("Eli, Fox and Gem are each a knight or a knave (knights always tell the truth, knaves always lie). Eli says "
     "'Fox is a knave.' Fox says 'Gem is a knave.' Gem says 'Eli and Fox are both knaves.' who is the knight?",
     "Fox"),
    ("knights always tell the truth and knaves always lie. Hal says: 'Ivy and I are different kinds.' Ivy says: 'Hal "
     "is a knight.' is Ivy a knight?", "no"),
    ("Jen, Kip and Lou are each a knight or a knave. Knights always tell the truth, knaves always lie. Jen says 'at "
     "least two of us are knaves'. Kip says 'Jen is lying'. Lou says 'Jen and Kip are different kinds'. how many "
     "knights are there?", 2),
    # who did it
    ("someone ate the cake, it was Mo, Ned or Ola. Mo says 'it wasnt me'. Ned says 'it was Ola'. Ola says 'Ned is "
     "lying'. only one of them is telling the truth. who ate the cake?", "Mo"),
    ("One of four kids broke the window: Pat, Quin, Rae or Sam.\nPat: 'Quin did it.'\nQuin: 'Sam did it.'\nRae: 'I "
     "didn't do it.'\nSam: 'Quin is lying.'\nOnly one of them is telling the truth. who broke the window?", "Rae"),
    ("one of Tom, Ula and Vin took the money. exactly one of them is lying. Tom says 'Ula took it'. Ula says 'I didnt "
     "take it'. Vin says 'Tom took it'. who took the money?", "Tom"),
    # kinship
    ("who is my mother's brother's son to me?", "cousin"),
    ("Pam is Rob's sister. Rob is Sue's father. what is Pam to Sue?", "aunt"),
    ("Tia's mom is Uma. Uma's mom is Vera. what is Vera to Tia?", "grandmother"),
    ("Will is the son of Xena. Yoko is Xena's sister. what is Will to Yoko?", "nephew"),
    ("Zara's dad is Adam's brother. Bella is Adam's daughter. what is Bella to Zara?", "cousin"),
    # numbers
    ("Cid has 4 more cards than Dee. Dee has 9 cards. how many cards does Cid have", 13),
    ("Eve is twice as old as Fay. Fay is 6. how old is Eve?", 12),
    ("Gil has 10 coins and Hope has 3 fewer coins than Gil. how many coins do they have altogether?", 17),
    ("Ian is 5 years older than Jo. Jo is 3 years older than Kai. Kai is 7. how old is Ian", 15),
    ("Lea has 12 sweets. Max has 5 sweets fewer than Lea. how many sweets does Max have?", 7),
    # near-misses: the honest outcome is "cannot be determined" or an abstention
    ("Nat finished before Oz and Pia finished before Oz. who came first?", None),
    ("Quinn is taller than Ron. Ron is taller than Sal. Sal is taller than Quinn. who is the tallest?", None),
    ("Tina lives in Paris. Is Tina in France?", None),
    ("whales live in the sea. is a whale a fish?", None),
    ("Uri, Vic and Wan each have a different pet: a cat, a dog or a hamster. Uri doesn't have the cat. who has the "
     "dog?", None),
    ("knights always tell the truth and knaves always lie. Xi says 'Yo is a knight'. Yo says 'Xi is a knight'. is Xi "
     "a knight?", "cannot be determined"),
    ("if it rains the road gets wet. the road is wet. did it rain?", "cannot be determined"),
    ("Some birds can't fly. Tweety is a bird. can tweety fly?", "cannot be determined"),
    ("Zoe is tall. Amy is taller than most people. who is taller?", None),
    ("Dan has more apples than Eva. Eva has 4 apples. how many apples does Dan have?", None),
]

ROUND_W_ANALYZE: list = []
