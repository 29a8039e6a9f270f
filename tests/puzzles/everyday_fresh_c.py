"""Fresh everyday batch C: puzzles and arguments written before the code that reads them (first-reading measure).

Written for the fourth grammar round, before any of its code changed, as different people type: casual wording,
contractions, the question first or last, names that are also words (Will, May, Rose, Mark, Grace, Bill, June,
Summer), scene nouns of any kind (books on a shelf, floors, a queue, a relay team), positions counted from either
end, kinship (siblings, aunts and uncles, cousins, in-laws, "Sam's father is Tom"), small grids, truth-tellers in
free wording (normals who "sometimes lie", "exactly one of them is lying") and "how many" questions. Each case is
(text, expected) as in `everyday_fresh_b.py`: SOLVE expected is the answer, or None when the honest outcome is an
abstention; ANALYZE cases are (text, "valid" / "invalid", words the form must contain or "").

First reading, before any code change (commit of this file): 30 of 78 right (verified and right, or the right
abstention), 48 abstained, 0 wrong. Two of the abstentions were misreadings caught only by a contradiction:
"Ann and Ben didn't both pass" read as "neither passed", "Kim is neither the doctor nor the nurse" read wrongly.
"""

ROUND_C_SOLVE = [
    # syllogisms and categorical questions
    ("All dolphins are mammals, and all mammals are warm-blooded. Are dolphins warm-blooded?", "yes"),
    ("Quick question: is Rover an animal if all dogs are animals and Rover is a dog?", "yes"),
    ("No fish are mammals. Some pets are fish. Are all pets mammals?", "no"),
    ("Every teacher at my school likes coffee. Grace is a teacher at my school. Does Grace like coffee?", "yes"),
    ("All the cookies in the jar are sweets. No sweets are healthy. Are the cookies in the jar healthy?", "no"),
    ("Some athletes are vegetarians. All vegetarians eat beans. Do some athletes eat beans?", "yes"),
    ("Pingu is a bird. Pingu can't fly. Can we say that all birds can fly?", "no"),
    ("Are all squares shapes? All squares are rectangles and all rectangles are shapes.", "yes"),
    ("Mark is a lawyer. No lawyers are poor. Is Mark poor?", "no"),
    ("All of Rose's friends are artists. Bill is one of Rose's friends. Is Bill an artist?", "yes"),
    ("Every member of the club pays dues. May doesn't pay dues. Is May a member of the club?", "no"),
    ("Some of the students are musicians. Are all of the students musicians?", "cannot be determined"),
    ("Can we conclude that some cats are black, given that all cats are animals and some animals are black?", "no"),
    # connectives
    ("We'll go to the beach unless it rains. We didn't go to the beach. Did it rain?", "yes"),
    ("Unless June finishes her homework, she can't watch TV. June is watching TV. Did June finish her homework?",
     "yes"),
    ("The party is on only if Summer comes. Summer isn't coming. Is the party on?", "no"),
    ("Neither Will nor Grace ate the cake. Did Grace eat the cake?", "no"),
    ("Ann and Ben didn't both pass. Ann passed. Did Ben pass?", "no"),
    ("If the printer is out of paper, the light blinks. The light isn't blinking. Is the printer out of paper?", "no"),
    ("Bill is either at home or at work. He's not at work. Is Bill at home?", "yes"),
    ("If Rose calls, Mark answers. If Mark answers, they talk for an hour. Rose calls. Do they talk for an hour?",
     "yes"),
    ("The alarm sounds if and only if the door is open. The alarm is not sounding. Is the door open?", "no"),
    ("Tom will come only if Ann comes. Ann won't come. Will Tom come?", "no"),
    ("The keys are either in the car or in the kitchen, but not both. They're in the kitchen. Are the keys in the "
     "car?", "no"),
    ("If it's sunny, Lily goes running. Lily doesn't go running. Is it sunny?", "no"),
    # comparatives and orderings with scene nouns
    ("Five books are on a shelf. The black book is the leftmost. The red book is to the left of the blue book. The "
     "blue book is left of the yellow book. The yellow book is left of the green book. Which book is in the middle?",
     "the blue book"),
    ("Four friends live on the four floors of a building. Cy lives on the top floor. Ann lives on a higher floor "
     "than Ben. Ben lives above Dee. Who lives on the bottom floor?", "Dee"),
    ("There's a queue at the bank. Will is ahead of May, May is ahead of Rose, and Rose is ahead of Mark. Who is at "
     "the back of the queue?", "Mark"),
    ("A relay team has four runners: Ada, Ben, Cal and Dev. Cal runs first and Ben runs last. Ada runs before Dev. "
     "Who runs second?", "Ada"),
    ("Which is the heaviest: the suitcase, the backpack or the box? The suitcase is heavier than the backpack. The "
     "box is heavier than the suitcase.", "the box"),
    ("Grace is taller than Will. Will is taller than June. June is taller than Bill. Who's the second shortest?",
     "June"),
    ("Summer is younger than Rose but older than May. Who is the oldest of the three?", "Rose"),
    ("Four shops are on the four floors of a mall: a bakery, a gym, a dentist and a bank. The bakery is on the "
     "first floor. The bank is directly above the gym. The dentist is not on the fourth floor. Which floor is the "
     "bank on?", 4),
    ("Five kids are in a queue for ice cream: Eli, Fay, Gus, Hal and Ivy. Eli is first. Fay is right behind Eli. "
     "Gus is last. Hal is ahead of Ivy. Who is in the middle of the queue?", "Hal"),
    ("Rose is taller than Mark. June is taller than Mark. Who's the tallest?", None),
    ("Three cars raced: a red one, a blue one and a silver one. The silver car finished ahead of the red car. The "
     "blue car did not win. The red car was not last. Which car won?", "the silver car"),
    # positions
    ("Ann, Bob, Cat, Dan and Eve stand in a row in that order from left to right. Who is second from the right?",
     "Dan"),
    ("Four friends, Lea, Max, Ned and Ola, sit in a row. Lea is at the left end and Ned is at the right end. How "
     "many people are between Lea and Ned?", 2),
    ("Five runners, Pat, Quin, Ron, Sid and Tia, ran a race. Ron finished first. Pat finished third. Quin finished "
     "right after Pat. Sid finished ahead of Tia. In what position did Tia finish?", 5),
    ("Four girls, Ivy, Jo, Kim and Liv, stand in a line. Kim is second from the left. Ivy is immediately to the "
     "right of Kim. Jo isn't at the right end. What position is Liv in?", 4),
    ("Ann, Bob, Cat, Dan and Eve stand in a row in that order. How many people are between Bob and Eve?", 2),
    ("Six people wait in line at the post office. Una is third. Vic is right in front of Una. Wes is right behind "
     "Una. Xan is last. Yul is ahead of Zoe. Who is first in line?", "Yul"),
    # kinship
    ("Sam's father is Tom. Tom's father is Joe. Who is Sam's grandfather?", "Joe"),
    ("Tom is the father of Sam. Sam is the father of Leo. Is Tom Leo's grandfather?", "yes"),
    ("Ben is Anna's brother. Carl is Anna's son. Is Ben Carl's uncle?", "yes"),
    ("Mary is the mother of Kate and Lucy. Are Kate and Lucy siblings?", "yes"),
    ("Rose is Mark's sister. Mark is June's father. Who is June's aunt?", "Rose"),
    ("Paul's mother is Eva. Nora is Eva's sister. Ida is Nora's daughter. Is Ida Paul's cousin?", "yes"),
    ("Will is Grace's husband. Grace's mother is Helen. Is Helen Will's mother-in-law?", "yes"),
    ("Fay is Eli's sister. Dan is Eli's son. Is Fay Dan's aunt?", "yes"),
    ("Bill has two children, Amy and Joe. Joe's son is Max. Who is Max's grandfather?", "Bill"),
    ("Is Carol Dave's grandmother? Carol is the mother of Dave's mother.", "yes"),
    # zebra-style grids
    ("There are three houses in a row: a red one, a blue one and a white one. The red house is on the left end. The "
     "white house is not next to the red house. Which house is in the middle?", "the blue house"),
    ("Three friends, Ana, Ben and Cy, each have a different pet: a cat, a dog and a rabbit. Ben doesn't own the cat. "
     "Cy owns the rabbit. Who owns the dog?", "Ben"),
    ("Four coworkers, Kim, Lou, Mo and Ned, each have a different job: doctor, nurse, chef and pilot. Kim is neither "
     "the doctor nor the nurse. Lou is the chef. Mo isn't the nurse. What is Ned's job?", "nurse"),
    ("Rose, Will and May live in three houses in a row, and each drinks something different: tea, coffee or juice. "
     "Rose lives in the middle house. The coffee drinker lives in the first house. Will drinks juice. Who drinks "
     "tea?", "Rose"),
    ("Ann, Ben and Cy live in three houses in a row, and each has a different pet: a cat, a dog and a bird. Ben "
     "lives in the first house. Ann doesn't live in the middle house. The person who owns the cat lives next to Ann. "
     "Ben owns the bird. Who owns the dog?", "Ann"),
    ("Grace, Bill and Mark each live in one of three houses: red, green and yellow. Grace lives in the green house. "
     "Bill doesn't live in the red house. Who lives in the red house?", "Mark"),
    ("Four friends, Al, Bo, Cy and Di, each ordered a different drink: tea, coffee, milk and juice. Al ordered "
     "coffee. Bo didn't order tea or milk. Di didn't order tea. Who ordered milk?", "Di"),
    ("Three houses in a row are painted red, white and blue. The white house is directly to the right of the blue "
     "house. The red house isn't at the left end. Which house is in the middle?", "the white house"),
    ("Four people, Pam, Quin, Ray and Sue, sit in a row of four seats. Each has a different drink: tea, cola, water "
     "and juice. Pam sits in seat 1. The person with the cola sits next to Pam. Ray drinks water and sits at the far "
     "right. Pam doesn't drink tea. Quin is not in seat 2. Who drinks juice?", "Pam"),
    # truth-tellers and liars in free wording
    ('Ann and Ben live on the island of knights and knaves. Ann says, "Ben and I are both knaves." Which is which?',
     {"Ann": "knave", "Ben": "knight"}),
    ('Two guys, Will and Mark: one always lies and the other always tells the truth. Will says, "Mark is the liar." '
     'Who tells the truth?', None),
    ('Rose says, "Summer always lies." Summer says, "Rose and I both tell the truth." Each of them either always '
     'tells the truth or always lies. Who is lying?', "Summer"),
    ('There are three people, Pia, Quin and Ray. One is a knight who always tells the truth, one is a knave who '
     'always lies, and one is a normal who sometimes lies. Pia says, "I am the knave." Quin says, "Pia is the '
     'normal." Who is the knave?', "Ray"),
    ('One of Jan, Kim and Lou ate the last cookie. Jan says, "Kim ate it." Kim says, "Jan is lying." Lou says, '
     '"Jan ate it." Exactly one of them is lying. Who ate the cookie?', "Jan"),
    ('Ed and Flo each either always tell the truth or always lie. Ed says, "At least one of us is a liar." Who is '
     'the liar?', "Flo"),
    ('Knights always tell the truth and knaves always lie. Gil says, "Hana is a knave." Hana says, "Gil is a '
     'knave." Iris says, "Gil and Hana are both knaves." Is Iris a knight?', "no"),
    ('A and B are from the island of knights and knaves. A says, "B is a knight and I am a knave." What are A and '
     'B?', {"A": "knave", "B": "knave"}),
    ('On this island knights always tell the truth, knaves always lie, and normals sometimes lie. Ana, Bo and Cy are '
     'one of each. Ana says, "I am a knight." Bo says, "Ana is a knave." Cy says, "I am a normal." Who is the '
     'knight?', None),
    # how many solutions
    ("Ann, Bob and Cy sit in a row. Ann isn't at either end. How many arrangements are possible?", 2),
    ("Four people, Al, Bea, Cy and Dee, stand in a line. Al is somewhere ahead of Bea. How many different orders "
     "are possible?", 12),
    ('Kim and Lee are each a knight or a knave. Kim says, "Lee is a knight." How many solutions are there?', 2),
    ("Ada, Bo and Cal stand in a line. Ada is next to Bo. In how many ways can they stand?", 4),
]

ROUND_C_ANALYZE = [
    ("If Will studies, he passes. Will passes. So Will studies.", "invalid", "affirming the consequent"),
    ("All roses are flowers. Some flowers are red. So some roses are red.", "invalid", ""),
    ("Either May drives or she takes the train. May doesn't drive. Therefore she takes the train.", "valid", ""),
    ("If the store is open, the lights are on. The lights aren't on. So the store isn't open.", "valid",
     "modus tollens"),
]
