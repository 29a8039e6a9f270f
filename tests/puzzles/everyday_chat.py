"""Everyday chat batch: puzzles and arguments typed into a chat box, written before reading the code that reads them.

People type fast: lowercase names ("alice is taller than bob"), no final stop, "??", "pls help", "hey can u", "r" for
"are", "u" for "you", numbers as words, typos in function words ("teh", "thier"), British spellings, emoji, a
greeting before and a thanks after, the question before the facts, facts as a numbered or bulleted list, curly and
straight quotes, "Q:" labels, markdown (**bold**, `code`, "- " lists) and copy-pastes broken mid-sentence. The logic
under each case is simple (orders, syllogisms, knights, conditionals, grids of 3); the point is the typing.
Near-misses must abstain: a typo that changes the meaning ("no" for "not"), shorthand we cannot be sure of.

Each case is (text, expected) as in `everyday_fresh_y.py`: expected is the answer, "cannot be determined" when the
question is understood and the facts leave it open, or None when the honest outcome is an abstention. Orders, grids
and knights were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_chat.py` (recorded before any code change for this batch).
"""

CHAT_SOLVE = [
    # orders in lowercase, no stop, greetings and thanks
    ("alice is taller than bob. bob is taller than carol. who is the tallest", "Alice"),
    ("hey can u help me?? tom is older than sam and sam is older than joe. who is youngest", "Joe"),
    ("hi! quick one: Mia runs faster than Lee, Lee runs faster than Kim. who is the slowest? thanks!!", "Kim"),
    ("pls help 🙏 Ann is shorter than Ben. Ben is shorter than Cal. Who is the tallest?", "Cal"),
    ("Who is the oldest? Dan is older than Eve. Eve is older than Fay. thx", "Dan"),
    ("ok so\n- Gus is heavier than Hal\n- Hal is heavier than Ida\nwho is the lightest", "Ida"),
    ("1. Jo finished before Kay\n2. Kay finished before Lou\nWho finished last??", "Lou"),
    ("**Puzzle**: Max is taller than Ned. Ned is taller than Oli. Who is the shortest?", "Oli"),
    ("Q: Pia is younger than Quin. Quin is younger than Rob. Who is the oldest?", "Rob"),
    ("Sue is taller than Tim. Tim is taller\nthan Uma. Who is in the middle?", "Tim"),
    ("Vic is older than Wes, Wes is older than Xia... who's the youngest 😅", "Xia"),
    ("hello! three friends: Amy, Bo and Cy. Amy is taller than Bo. Cy is shorter than Bo. who is the tallest? "
     "thank you so much", "Amy"),
    ("Dee is faster than Eli. Eli is faster than Flo. Is Dee faster than Flo?", "yes"),
    ("is gil older than hana?? gil is younger than ivo and ivo is younger than hana", "no"),
    # syllogisms and properties
    ("all cats r mammals. tom is a cat. is tom a mammal", "yes"),
    ("All dogs are loyal. Rex is a dog. Is Rex loyal??", "yes"),
    ("hey, all the students in my class passed. lena is a student in my class. did lena pass?", "yes"),
    ("No fish are mammals. Nemo is a fish. Is Nemo a mammal? thanks in advance", "no"),
    ("Every teacher in our school is certified. Mr Park is a teacher in our school. Is Mr Park certified?", "yes"),
    # conditionals
    ("if it rains, the match is cancelled. it rained. is the match cancelled", "yes"),
    ("If Sam studies, he passes. Sam didn't pass. Did Sam study?", "no"),
    ("- if the alarm rings, Jo wakes up\n- the alarm rang\ndid Jo wake up?", "yes"),
    ("If the shop is open, Ana buys bread. Ana did not buy bread. Is the shop open?", "no"),
    # knights and knaves
    ("on an island knights always tell the truth and knaves always lie. A says \u201cB is a knave.\u201d B says "
     "\u201cA and I are both knights.\u201d what r A and B?", {"A": "knight", "B": "knave"}),
    ("Knights always tell the truth, knaves always lie. Zed says 'I am a knave and Yan is a knight.' What is Zed?",
     {"Zed": "knave"}),  # a knight could not say it; a knave's lie is false whatever Yan is
    ("Knights always tell the truth and knaves always lie. Ari says: \"Bea is a knight.\" Bea says: \"Ari and I "
     "are different.\" What is Ari?", {"Ari": "knave"}),
    # grids of three
    ("three friends - ana, ben and dev - each have one pet: a dog, a cat or a fish. ana doesn't have the dog. ben "
     "has the fish. who has the dog?", "Dev"),
    ("Help pls!! Three kids, Dom, Eva and Finn, each like a different colour: red, blue or green.\n1. Dom likes "
     "blue\n2. Eva doesn't like red\nWho likes red?", "Finn"),
    ("Gia, Hal and Ivy each play one sport: tennis, golf or chess. Gia doesn't play golf or chess. Ivy plays golf. "
     "What does Hal play?", "chess"),
    ("**Three** neighbours, Jay, Kit and Lev, each drive a different car (Ford, Kia, Audi).\n* Jay drives the "
     "Audi\n* Lev doesn't drive the Ford\nWho drives the Ford?", "Kit"),
    # the question first, then the facts
    ("who sits in the middle? mo, nia and ola sit in a row. mo sits on the left end. nia is not in the middle",
     "Ola"),
    ("What does Pam drink? Pam, Ray and Sal each drink one of tea, coffee or juice. Ray drinks tea. Sal drinks "
     "coffee.", "juice"),
    # markdown, code, odd line breaks
    ("`Tia` is older than `Uri`. `Uri` is older than `Val`. Who is the youngest?", "Val"),
    ("Wyn is taller than Xan.\n\nXan is taller than Yul.\n\n\nWho is the tallest?", "Wyn"),
    ("Zoe is older than Abe.\nAbe is older than\nBea. Who is the oldest?", "Zoe"),
    # near-misses that must abstain
    ("alice is taller than bob. carol is taller than bob. who is the tallest", None),  # left open
    ("Tom is older than Sam. Sam is older then Joe?? who is oldest", "Tom"),  # "then" for "than": the only reading
    ("Ann is no taller than Ben. Who is taller?", "Ben"),  # "no" reads as "not"; the question presupposes one is
    ("if it rains the match is off. the match is off. did it rain", "cannot be determined"),  # open
    ("All birds can fly. Pingu is a penguin. Can Pingu fly?", "cannot be determined"),  # not said to be a bird
    ("Cal is taller than Dee. Dee is taller than Cal. Who is the tallest?", None),  # contradictory
    ("Eli is older than Fay. Who is older, Fay or Gus?", None),  # Gus not placed
    ("who is the tallest? idk the names lol", None),  # no facts
    ("Hugo > Ivan, Ivan > Jill. Who is the tallest?", None),  # ">" with no measure: shorthand we cannot be sure of
]

CHAT_ANALYZE = [
    ("all dogs r mammals. rex is a dog. so rex is a mammal", "valid", ""),
    ("hey is this valid?? if it rains the grass is wet. the grass is wet. therefore it rained", "invalid",
     "affirming the consequent"),
    ("If Jo revises, Jo passes. Jo didn't revise. So Jo didn't pass. thanks!", "invalid", "denying the antecedent"),
    ("**Argument:** Either the printer is broken or it's out of ink. It isn't out of ink. So the printer is broken.",
     "valid", ""),
    ("Q: All teachers are graduates. Some graduates are rich. So some teachers are rich?", "invalid", ""),
    ("no reptiles r warm-blooded. all snakes are reptiles. so no snakes are warm-blooded", "valid", ""),
]
