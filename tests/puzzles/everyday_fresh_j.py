"""Fresh everyday batch J: puzzles as different people type them, written before the code that reads them.

Forum posts, homework, riddles and chatty wording with filler sentences ("Here's a puzzle my kid brought home"),
case slips ("bob", "who's"): seats and positions ("the third seat", "two seats to the right of", "in the middle"),
numbers in puzzles (ages, "5 more apples"), "taller than everyone else in her class", passives ("was broken by"),
nested quantifiers ("Every cat chases some mouse"), small grids with "next to" / "directly left of", knights,
knaves and normals, one liar among three suspects, days of the week, kinship and "how many" questions. Each case is
(text, expected) as in `everyday_fresh_i.py`: expected is the answer, or None when the honest outcome is an
abstention. The knights, liar and grid keys were worked out by trying every assignment.

First sight (before any code change for it) is recorded in `test_everyday_fresh_j.py`.
"""

ROUND_J_SOLVE = [
    # positions in a row
    ("Ann, Bo, Cy and Di sit in four seats in a row. Bo sits in the first seat. Cy is in the third seat. Ann is "
     "not in the second seat. Who is in the fourth seat?", "Ann"),
    ("Cy, Bo and Ed sit in a row of three seats. Bo sits two seats to the right of Cy. Who is in the middle?", "Ed"),
    ("Three houses in a row are painted red, blue and green, one colour each. The third house is blue. The red "
     "house is not the first house. What colour is the first house?", "green"),
    ("Five friends are standing in line for ice cream. Gia is at the front. Hal is right behind Gia. Ivy is last. "
     "Jo is ahead of Kai. Who is in the middle?", "Jo"),
    ("Lu, Mo and Ned are in a line. Lu is not first and not last. Mo is ahead of Ned. who's first?", "Mo"),
    ("Three kids, Rex, Sam and Tom, sit in a row. Rex is in the middle. Sam is to the left of Rex. Who sits at the "
     "right end?", "Tom"),
    # numbers in puzzles
    ("Ann is 3 years older than Bob. Bob is 10. How old is Ann?", 13),
    ("Cal is twice as old as Dee. Dee is 7 years old. How old is Cal?", 14),
    ("Sue has 5 more apples than Tim. Tim has 4 apples. How many apples does Sue have?", 9),
    # superlatives over a group
    ("Maya is taller than everyone else in her class. Nina is in Maya's class. Is Nina taller than Maya?", "no"),
    ("Omar is the tallest boy in his class. Pete is a boy in Omar's class. Is Pete taller than Omar?", "no"),
    # passives
    ("The vase was broken by Tom. Did Tom break the vase?", "yes"),
    ("The window was broken by either Sam or Ted. Sam didn't break the window. Who broke the window?", "Ted"),
    ("Every letter was signed by the manager. The red letter is a letter. Was the red letter signed by the "
     "manager?", "yes"),
    # nested quantifiers
    ("Every cat chases some mouse. Tom is a cat. Does Tom chase a mouse?", "yes"),
    ("Every student read some book. Is there a book that every student read?", None),
    ("There is a teacher who helps every student. Ana is a student. Does some teacher help Ana?", "yes"),
    ("Nobody likes everyone. Does Ben like everyone?", "no"),
    # grids
    ("Three friends, Ann, Ben and Cho, live in three houses in a row. Each has a different pet: a dog, a parrot "
     "and a fish. Ann lives in the first house. The dog owner lives directly left of the fish owner. Ben lives "
     "next to Ann. Ben owns the dog. Who owns the fish?", "Cho"),
    ("Dan, Eli, Fay and Gus sit in a row of four chairs, numbered 1 to 4 from left to right. Each drinks a "
     "different drink: tea, coffee, milk and juice. Dan sits in chair 1. The tea drinker sits directly right of "
     "Dan. Fay drinks juice and sits at the right end. Eli sits next to Fay. Dan does not drink milk. Who drinks "
     "coffee?", "Dan"),
    ("Hana, Ivo and Jin each have a different favourite colour (red, blue, green) and play a different game "
     "(tennis, golf, chess). The person who likes red plays golf. Ivo likes blue. Jin plays chess. Hana doesn't "
     "like green. What game does Ivo play?", "tennis"),
    ("Here's a puzzle my kid brought home, we're stumped! Wes, Xia and Yul each have one pet: a cat, a dog or a "
     "hamster. Wes has the hamster. Xia doesn't have the dog. Who has the dog?", "Yul"),
    # knights, knaves, normals
    ("On an island every person is either a knight (always tells the truth) or a knave (always lies). You meet Pat "
     "and Quin. Pat says: 'At least one of us is a knave.' What are Pat and Quin?",
     {"Pat": "knight", "Quin": "knave"}),
    ("Ok so my teacher gave us this: Rae says 'Sol is a knave'. Sol says 'Rae and I are the same type'. Each one "
     "is a knight or knave. who is the knight?", "Rae"),
    ('A knight always tells the truth, a knave always lies, and a normal sometimes lies. Ann, Bo and Cy are one '
     'knight, one knave and one normal, in some order. Ann says "Bo is the knave." Bo says "Cy is the normal." Cy '
     'says "I am not the knight." Who is the knight?', "Bo"),
    ("Tim sometimes lies. Tim says the door is locked. Is the door locked?", None),
    ("Kim and Lee are each a knight or a knave. Kim says 'We are both knaves.' How many solutions are there?", 1),
    # one liar among three suspects
    ('Someone ate the last cookie. It was Ann, Bo or Cy. Ann says: "Cy did it." Bo says: "Ann did it." Cy says: '
     '"I didn\'t do it." Only one of them is lying. Who ate the cookie?', "Ann"),
    # days of the week
    ("If the day after tomorrow is Friday, what day was yesterday?", "Tuesday"),
    ("Today is Monday. What day will it be in 10 days?", "Thursday"),
    ("Today is Wednesday. What day was it 3 days ago?", "Sunday"),
    ("Ann's party is two days before Bob's party. Bob's party is on Saturday. What day is Ann's party?",
     "Thursday"),
    # kinship
    ("My kid asked me this one: Kate's mother is Lisa. Lisa's sister is Mona. What is Mona to Kate?", "aunt"),
    ("Nick is the son of Olga. Olga's father is Paul. What is Paul to Nick?", "grandfather"),
    ("Tia and Uma are sisters. Uma has a son named Vic. How is Tia related to Vic?", "aunt"),
    # counting and everyday orderings
    ("How many ways can Ann, Bob and Cy stand in a line if Bob is not next to Cy?", 2),
    ("Ann is older than Bob. bob is older than Cy. who is the youngest??", "Cy"),
    ("Lia finished before Max but after Ned in the race. Who finished first?", "Ned"),
    ("Olly is shorter than Pia. Quim is taller than Pia. Is Olly the shortest of the three?", "yes"),
    ("There are 3 people in a room: Zed, Amy and Bo. Zed is older than Amy. Bo is the oldest. Who is second "
     "oldest?", "Zed"),
    ("Everyone in the club plays chess or go. Dee is in the club and doesn't play chess. Does Dee play go?", "yes"),
    ("No reptiles have fur. A snake is a reptile. Does a snake have fur?", "no"),
]

ROUND_J_ANALYZE: list = []
