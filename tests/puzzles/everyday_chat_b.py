"""Everyday chat batch, round two: puzzles and arguments typed into a chat box, written before reading the code.

What fast typing does, beyond the first chat batch: "ur", "u", "r", "w/" and "w/o", "&", "then" for "than", "didnt" and
"isnt" without the apostrophe, a lowercase "i", "adn" and "teh" for "and" and "the", British spellings ("favourite",
"colour", "neighbour") and thanks ("ta", "cheers"), emoji inside the facts, "1)" and "•" lists, "## Puzzle" headers,
"Q:" with an empty "A:", a question in **bold**, and copy-pastes broken mid-sentence. The logic under each case is
simple (orders, syllogisms, conditionals, knights, grids of three); the point is the typing.
Near-misses must abstain: single-letter names "u" and "r" are names, not "you" and "are"; "then" followed by a clause
is time, not "than"; a "> " chain with no measure; a fact that left one name unplaced.

Each case is (text, expected) as in `everyday_chat.py`: expected is the answer, "cannot be determined" when the
question is understood and the facts leave it open, or None when the honest outcome is an abstention. Orders, grids
and knights were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_chat_b.py` (recorded before any code change for this batch).
"""

CHAT_SOLVE = [
    # orders: shorthand, greetings, typos in function words
    ("yo! ur help needed: kai is taller than leo, leo is taller than max. who's the shortest??", "Max"),
    ("nina is older then omar. omar is older then pia. who is the oldest", "Nina"),
    ("hiya 👋 who is the fastest? rosa runs faster than sid. sid runs faster than tara. cheers!", "Rosa"),
    ("Q: Uma is heavier than Vera. Vera is heavier than Walt. Who is the lightest?\nA:", "Walt"),
    ("four runners: ana, ben, cara and dan. ana finished before ben, ben finished before cara, cara finished before "
     "dan. who finished third", "Cara"),
    ("ed is taller then fay adn fay is taller then gus. who is teh tallest", "Ed"),
    ("can u tell me who's oldest? dee is older than eli, eli is older than fox", "Dee"),
    ("gia 🏃 is faster than hal. hal is faster than ivy 🐢. who is the slowest?", "Ivy"),
    ("1) jo is taller than kay\n2) kay is taller than lu\nwho is tallest?", "Jo"),
    ("• Mel is older than Ned\n• Ned is older than Ora\nwho's the youngest", "Ora"),
    ("## Puzzle\nPat is shorter than Quinn. Quinn is shorter than Ray.\n**Who is the shortest?**", "Pat"),
    ("Sam is older than\nTed. Ted is older\nthan Una. Who is\nthe youngest?", "Una"),
    ("is vik taller than wen?? vik is taller than xu and xu is taller than wen", "yes"),
    ("amy, bob & cat r siblings. amy is older than bob. cat is older than amy. who is the youngest", "Bob"),
    ("alice is taller than bob, bob is taller then carol?? is carol taller than alice", "no"),
    # syllogisms
    ("all dogs r animals. fido is a dog. is fido an animal??", "yes"),
    ("hey 😊 all my cousins live in leeds. jack is my cousin. does jack live in leeds? ta", "yes"),
    ("no cats r reptiles. tom is a cat. is tom a reptile", "no"),
    ("Every nurse at the hospital is vaccinated. Amal is a nurse at teh hospital. Is Amal vaccinated?", "yes"),
    # conditionals
    ("if it snows, school is closed. it snowed. is school closed", "yes"),
    ("If Raj is late, he misses the bus. Raj didnt miss the bus. Was Raj late?", "no"),
    ("- if max trains he wins\n- max won\n- did max train?", "cannot be determined"),
    ("If the oven is on the kitchen is warm. The kitchen isnt warm. Is the oven on? cheers", "no"),
    # knights and knaves
    ("knights always tell the truth & knaves always lie. A says \"we r both knaves\". what r A and B",
     {"A": "knave", "B": "knight"}),
    ("Knights always tell the truth, knaves always lie 🙂 Cy says: 'Dee is a knave.' Dee says: 'Cy is a knave.' "
     "Is Cy a knight?", "cannot be determined"),  # exactly one is a knight, either way round
    ("on an island, knights always tell the truth and knaves always lie. ed says \u201ceither i am a knave or fay is "
     "a knight\u201d. what r ed and fay?", {"Ed": "knight", "Fay": "knight"}),
    # grids of three
    ("three friends - ann, bo and cy - each have a different pet: dog, cat or parrot. ann has the cat. bo doesn't "
     "have the parrot. who has the parrot?", "Cy"),
    ("Jed, Kim and Lou each have a different favourite colour: red, grey or green. Jed's favourite colour is grey. "
     "Kim's favourite colour isn't red. Whose favourite colour is red?", "Lou"),
    ("three kids - ali, bea, cam - each live w/ one pet: a dog, a cat or a hamster. ali lives w/ the cat. bea "
     "doesn't live w/ the dog. who lives w/ the dog", "Cam"),
    ("Three colleagues, Dev, Eli and Fay, each drink one of tea, coffee and cocoa. Dev drinks neither tea nor "
     "coffee. Eli doesn't drink tea. Who drinks tea?", "Fay"),
    ("who has the green bike?? gus, hal and ida each own one bike: red, blue or green. gus owns the red one. ida "
     "doesn't own the blue one", "Ida"),
    ("Q: Jen, Ken and Len each play an instrument: piano, violin or drums. Jen plays the violin. Len does not play "
     "the piano. Who plays the drums?\nA: ?", "Len"),
    ("mia, ned and oz sit in a row. mia sits at the left end. oz isn't in the middle. who sits at the right end",
     "Oz"),
    ("My three neighbours, Ros, Stu and Tam, each have a car: a Fiat, a Ford or a Mini 🚗\n1. Ros has the Mini\n2. "
     "Tam hasn't got the Fiat\nwho has the Fiat??", "Stu"),
    # near-misses
    ("u is older than v. v is older than w. who is the youngest", "W"),  # "u" is a name here, not "you"
    ("R is taller than S. S is taller than T. Who is the tallest?", "R"),  # "R" is a name here, not "are"
    ("kim was taller than lee then lee grew. who is taller now", None),  # "then" starts a clause: time, not "than"
    ("ava is older than ben. who is the oldest, ava, ben or cal?", None),  # cal unplaced
    ("ann > ben > cy, who's oldest", None),  # ">" with no measure
    ("Who is older? idk lol 😂", None),  # no facts
    ("If it rains, the picnic is cancelled. Is the picnic cancelled?", "cannot be determined"),  # rain never said
]

CHAT_ANALYZE = [
    ("is this valid?? all birds have feathers. tweety is a bird. so tweety has feathers", "valid", ""),
    ("either the bus is late or i missed it. i didnt miss it. therefore the bus is late", "valid", ""),
    ("If Nia trains, Nia wins. Nia didn't train. So Nia didn't win. cheers", "invalid", "denying the antecedent"),
    ("1. all squares r rectangles\n2. all rectangles have four sides\n3. so all squares have four sides", "valid", ""),
    ("no fish r mammals. some pets r fish. so some pets r not mammals", "valid", ""),
    ("**Q:** if the match is on, the pub is full. the pub is full. so the match is on. valid or not??", "invalid",
     "affirming the consequent"),
    ("all cats r mammals & some mammals r black. so some cats r black", "invalid", ""),
    ("If the oven is on, the kitchen is warm. The kitchen isnt warm. Therefore the oven isnt on.", "valid", ""),
]
