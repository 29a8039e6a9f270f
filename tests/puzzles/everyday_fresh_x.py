"""Fresh everyday batch X: the coordinator's probe of round 34, written before the code that reads it.

Puzzles and arguments of issue 11's kinds as people type them (orderings, seats, colours, grids, knights and knaves,
whodunits, calendars, propositional letters), keyed by hand and checked by trying every assignment in a throwaway
script. Each case is (text, expected) as in `everyday_fresh_w.py`: None means the honest outcome is an abstention.

First sight: see `test_everyday_fresh_x.py`.
"""

ROUND_X_SOLVE = [
    ('Tom, Dick and Harry are brothers. Tom is older than Harry. Dick is younger than Harry. Who is the oldest?',
     'Tom'),
    ('Three houses stand in a row. The green house is immediately to the right of the red house. The blue house is '
     'on the far left. What color is the house in the middle?',
     'the red house'),
    ("If it's sunny, we go to the beach. If we go to the beach, we get ice cream. It's sunny today. Do we get ice "
     'cream?',
     'yes'),
    ('Every cat likes fish. Milo is a cat. Does Milo like fish?',
     'yes'),
    ("A says: 'B is lying.' B says: 'C is lying.' C says: 'A and B are both lying.' Who is telling the truth?",
     'B'),
    ("On an island, knights always tell the truth and knaves always lie. Ann says, 'Bob and I are both knaves.' Is "
     'Bob a knight?',
     'yes'),
    ('Sara is shorter than Mike but taller than Lena. Who is the shortest?',
     'Lena'),
    ('No birds are mammals. All bats are mammals. Are any bats birds?',
     'no'),
    ("Jack, Kate and Liam each have one pet: a dog, a cat or a fish. Jack doesn't have the dog. Kate has the fish. "
     'Who has the cat?',
     'Jack'),
    ('Ella finished the race before Finn. Gail finished after Finn. Hugo finished before Ella. Who came last?',
     'Gail'),
    ('If the printer is out of paper, the light blinks. The light is not blinking. Is the printer out of paper?',
     'no'),
    ("Either Pam or Quinn took the last cookie. Pam didn't take it. Who took the last cookie?",
     'Quinn'),
    ('Four friends sit in a row at the cinema: Ali, Bea, Cem and Dia. Bea sits at the right end. Ali sits next to '
     'Bea. Dia does not sit next to Ali. Who sits at the left end?',
     'Dia'),
    ('Mia is 12. Her brother is 3 years older than her. How old is her brother?',
     15),
    ('All squares are rectangles. Some rectangles are red. Are some squares red?',
     'cannot be determined'),
    ('Ivan is older than Jon. Jon is older than Kim. Is Ivan older than Kim?',
     'yes'),
    ('Ned, Olga and Paul are a doctor, a teacher and a pilot, not necessarily in that order. Olga is not the '
     "doctor. Paul is the teacher. What is Ned's job?",
     'doctor'),
    ('If I study, I pass. I passed. Did I study?',
     'cannot be determined'),
    ('The meeting is on Monday, Tuesday or Wednesday. It is not on Monday. It is not on Wednesday. What day is the '
     'meeting?',
     'Tuesday'),
    ('Five kids lined up for lunch. Amy was first. Ben was right behind Amy. Cara was last. Dan was ahead of Eva. '
     'Where was Eva in line?',
     4),
    ('Rita has more money than Sam. Sam has more money than Tia. Tia has more money than Uri. Who has the least '
     'money?',
     'Uri'),
    ("Knights always tell the truth and knaves always lie. Xena says 'Yuri is a knave.' Yuri says 'Xena and I are "
     "the same kind.' What is Yuri?",
     {'Yuri': 'knave'}),
    ("Zoe, Adam and Beth ran a race. Zoe didn't win. Beth finished right after Zoe. Who won?",
     'Adam'),
    ('Nobody who is late gets a snack. Carl got a snack. Was Carl late?',
     'no'),
    ("Ann sits across from Bob at a round table for four. Cid sits to Ann's left. Who sits to Ann's right?",
     None),
    ('There are three houses in a row. The Brit lives in the red house. The Swede keeps dogs. The Dane drinks tea. '
     'The green house is directly left of the white house. The owner of the green house drinks coffee. The red '
     'house is in the middle. Who lives in the green house?',
     None),
    ('Alice, Bob and Carol each like a different fruit: apples, bananas or cherries. Alice does not like bananas. '
     'The person who likes cherries is Bob. What does Alice like?',
     'apples'),
    ('A, B and C are a knight, a knave and a spy, one of each. Knights always tell the truth, knaves always lie, '
     "and the spy can say anything. A says 'I am a knight.' B says 'A is a knave.' C says 'I am the spy.' Who is "
     'the spy?',
     None),
    ('Dave, Emma and Fred are sitting around a round table. Dave is to the left of Emma. Who is to the right of Emma?',
     'Fred'),
    ('List them from shortest to tallest: Gina is taller than Hank. Hank is taller than Iris.',
     ['Iris', 'Hank', 'Gina']),
    ('Jill is 2 places ahead of Kyle in the queue. There are 4 people in the queue: Jill, Kyle, Lara and Matt. '
     'Matt is last. Lara is first. Where is Kyle?',
     None),
    ("Knights always tell the truth; knaves always lie. Ava says: 'At least one of us is a knave.' Ben says "
     'nothing. What are Ava and Ben?',
     {'Ava': 'knight', 'Ben': 'knave'}),
    ("Cal says 'Dee and I are different kinds.' Dee says 'Cal is a knave.' Each is a knight or a knave. Is Dee a "
     'knight?',
     'no'),
    ('Ed, Flo and Gus own a cat, a dog and a bird. The dog owner is older than Ed. Flo owns the bird. Gus is the '
     'oldest. Who owns the cat?',
     'Ed'),
    ('If John goes to the party, Mary goes too. If Mary goes, Kate stays home. John goes to the party. Does Kate '
     'stay home?',
     'yes'),
    ('It is not the case that both Lily and Max are at home. Lily is at home. Is Max at home?',
     'no'),
    ("Nora will win unless Oscar plays. Oscar doesn't play. Will Nora win?",
     'yes'),
    ('Paula plays tennis if and only if it is dry. It is not dry. Does Paula play tennis?',
     'no'),
    ('Every student in the class has a laptop or a tablet. Ravi is a student in the class and does not have a '
     'laptop. Does Ravi have a tablet?',
     'yes'),
    ('Some birds cannot fly. Penguins are birds. Can penguins fly?',
     'cannot be determined'),
    ('Sam, Tina, Uma and Vic finished a race. Tina beat Sam. Uma beat Tina. Vic came in last. Sam came in third. '
     'Who came second?',
     'Tina'),
    ('Wendy is three years older than Xavier. Xavier is 10. Yolanda is two years younger than Wendy. How old is '
     'Yolanda?',
     11),
    ('Ann, Ben and Cat live on floors 1, 2 and 3 of a building. Ann lives above Ben. Cat lives on floor 1. On '
     'which floor does Ann live?',
     3),
    ('Four friends — Kim, Lee, Max and Ned — each ordered a different drink: tea, coffee, juice and water. Kim '
     "ordered coffee. Lee didn't order tea or water. Max ordered water. What did Ned order?",
     'tea'),
    ("Who is the liar? Ollie says 'Pia did it.' Pia says 'Quin did it.' Quin says 'Pia is lying.' Exactly one of "
     'them did it, and exactly one of them is lying.',
     'Pia'),
    ("On the island of knights and knaves, you meet Zed and Yan. Zed says: 'Yan is a knight.' Yan says: 'Zed and I "
     "are of opposite types.' What are Zed and Yan?",
     {'Zed': 'knave', 'Yan': 'knave'}),
    ("A knight always tells the truth, a knave always lies, and a normal person can do either. Al says 'I am a "
     "knave.' Is Al a normal?",
     'yes'),
    ("Tim, Uma and Val are suspects. Only one of them is guilty. Tim says 'I didn't do it.' Uma says 'Tim did it.' "
     "Val says 'I didn't do it.' Only one of them is telling the truth. Who is guilty?",
     'Val'),
    ("Anna, Beth and Cleo each wear a different color shirt: red, blue or green. Anna's shirt isn't red. Beth's "
     "shirt is blue. What color is Cleo's shirt?",
     'red'),
    ('How many ways can Ann, Bob and Cy stand in a line if Ann must be first?',
     2),
    ('Ann is taller than Bob. Cy is taller than Bob. Who is the tallest?',
     None),
    ('If it rains, the grass gets wet. If the sprinkler is on, the grass gets wet. The grass is not wet. Is the '
     'sprinkler on?',
     'no'),
    ('All of my cousins live in Ohio. Nobody who lives in Ohio surfs. Jake is my cousin. Does Jake surf?',
     'no'),
    ('Which one is the odd one out: Mia is older than Noah, Noah is older than Olivia. Who is in the middle?',
     None),
    ('Kyle said he would come if Lucy came. Lucy came. Did Kyle come?',
     None),
    ('Everyone who plays chess is clever. Some clever people are lazy. Is everyone who plays chess lazy?',
     'cannot be determined'),
    ("Ben is Carl's father. Dan is Ben's father. What is Dan to Carl?",
     'grandfather'),
    ('There are 5 houses in a row. The doctor lives in house 3. The lawyer lives next to the doctor, on the left. '
     'The chef lives in house 5. The artist lives next to the chef. Where does the teacher live?',
     1),
    ("Pat, Quin and Ros ran a race. There were no ties. Pat beat Quin. Ros didn't come last. Quin didn't come "
     'second. Who won?',
     None),
    ("At a round table sit Amy, Ben, Cal and Dee. Amy sits opposite Ben. Cal sits to Amy's right. Who sits to "
     "Amy's left?",
     'Dee'),
    ('Five runners: A, B, C, D, E. A finished two places before C. C finished last. B finished first. D beat E. '
     'Who finished second?',
     'D'),
    ('How many ways can the clues be satisfied? Ann, Bo and Cy sit in a row. Ann is not at either end.',
     2),
    ('Ann, Bo and Cy sit in a row. Ann is not on the left end. Bo is to the right of Cy. Which of the following '
     'must be true? (A) Ann is in the middle (B) Cy is on the left end (C) Bo is on the right end',
     '(B) Cy is on the left end'),
    ("Knights always tell the truth and knaves always lie. A says: 'At least one of us is a knave.' B says: 'A is "
     "a knight.' What are A and B?",
     None),
    ('There are four books on a shelf: a red, a blue, a green and a yellow one. The red book is to the left of the '
     'blue book. The green book is on the far right. The yellow book is between the red and blue books. Which book '
     'is on the far left?',
     'the red book'),
    ('Amy, Beth, Carl and Dan are a doctor, a lawyer, a teacher and an engineer. Amy is not the doctor or the '
     'lawyer. Beth is the engineer. Carl is not the doctor. Who is the doctor?',
     'Dan'),
    ('Olive said that she would go only if Paul went. Paul did not go. Did Olive go?',
     None),
    ('Four friends finished a race. Quinn was faster than Rick. Sue was slower than Rick. Tara was the fastest. In '
     'what order did they finish, from first to last?',
     ['Tara', 'Quinn', 'Rick', 'Sue']),
    ("Uma sits directly opposite Vic at a square table. Walt sits to Uma's left. Xia is the fourth person. Who "
     'sits opposite Walt?',
     'Xia'),
    ("There are two people, Alex and Blair. One always lies and one always tells the truth. Alex says 'Blair is "
     "the liar.' Who is the truth-teller?",
     None),
    ("Knights tell the truth. Knaves lie. Carl says: 'I am a knight and Dana is a knave.' Dana says: 'Carl is a "
     "knave.' What is Carl?",
     None),
    ("You meet three people: Ed, Fay and Gil. Ed says 'Fay is a knave.' Fay says 'Gil is a knave.' Gil says 'Ed "
     "and Fay are both knaves.' Each is a knight or a knave. Who is a knight?",
     'Fay'),
    ("Island of knights (always truthful) and knaves (always lying). Hal: 'Ivy and I are both knights.' Ivy: 'Hal "
     "is a knave.' Determine Hal and Ivy.",
     {'Hal': 'knave', 'Ivy': 'knight'}),
    ("Jo says 'Exactly one of us is a knave.' Kai says 'Jo is a knight.' Knights always tell the truth, knaves "
     'always lie. What is Kai?',
     {'Kai': 'knave'}),
    ('Tom lives on a higher floor than Uma. Vic lives on a lower floor than Uma. Who lives on the lowest floor?',
     'Vic'),
    ('If today is Monday, then tomorrow is Tuesday. Today is Monday. Is tomorrow Tuesday?',
     'yes'),
    ('Tom has two sisters. Each sister has one brother. How many brothers does Tom have?',
     0),
    ('Ann likes Bo. Does Bo like Ann?',
     'cannot be determined'),
]

ROUND_X_ANALYZE = [
    ('If the store is open, the lights are on. The lights are on. Therefore the store is open.',
     'invalid', ''),
    ('All teachers are patient. Maria is a teacher. So Maria is patient.',
     'valid', ''),
    ('If you exercise, you get stronger. You did not get stronger. So you did not exercise.',
     'valid', ''),
    ('Either the battery is dead or the starter is broken. The battery is fine. Hence the starter is broken.',
     None, ''),
    ('All dogs are animals. All cats are animals. Therefore all cats are dogs.',
     'invalid', ''),
    ('If it snows, school closes. It did not snow. So school did not close.',
     'invalid', ''),
    ('My friend says that since every politician lies and Tom lies, Tom must be a politician. Is that valid?',
     'invalid', ''),
    ('If the alarm rings, I wake up. If I wake up, I make coffee. So if the alarm rings, I make coffee.',
     'valid', ''),
    ('No reptiles have fur. Some pets have fur. Therefore some pets are not reptiles.',
     'valid', ''),
    ('Some students are athletes. Some athletes are musicians. So some students are musicians.',
     'invalid', ''),
    ('All mammals breathe air. Whales are mammals. Therefore, whales breathe air.',
     'valid', ''),
    ('If Sam studied, he passed. Sam passed. Therefore Sam studied.',
     'invalid', ''),
    ('Either we take the bus or we walk. We are not taking the bus. So we walk.',
     'valid', ''),
    ('If it is a weekday, the bank is open. The bank is not open. Hence it is not a weekday.',
     'valid', ''),
    ('Some cats are black. Some black things are cars. So some cats are cars.',
     'invalid', ''),
    ('No fish are mammals. All sharks are fish. Therefore no sharks are mammals.',
     'valid', ''),
    ('If I win the lottery, I will buy a boat. I did not win the lottery. Therefore I will not buy a boat.',
     'invalid', ''),
    ('Everyone who exercises is healthy. Maria is healthy. So Maria exercises.',
     'invalid', ''),
    ('If the power is out, the fridge is warm. If the fridge is warm, the milk spoils. The power is out. So the '
     'milk spoils.',
     'valid', ''),
    ('All roses are flowers. Some flowers fade quickly. Therefore some roses fade quickly.',
     'invalid', ''),
    ('Is this valid? All A are B. All B are C. So all A are C.',
     'valid', ''),
    ("You can't be both a vegan and eat cheese. Tom eats cheese. So Tom isn't a vegan.",
     None, ''),
    ('If you heat ice, it melts. The ice melted. So someone heated it.',
     None, ''),
    ('All politicians are liars. Some liars are rich. Therefore, some politicians are rich.',
     'invalid', ''),
    ("If the car starts, the battery works. The battery doesn't work. Therefore, the car won't start.",
     'valid', ''),
    ('If P then Q. Not Q. Therefore not P. Is this valid?',
     'valid', ''),
    ('P or Q. Not P. So Q.',
     'valid', ''),
    ('If p, then q. q. Therefore, p.',
     'invalid', ''),
    ('A implies B, B implies C, so A implies C.',
     'valid', ''),
    ('Whenever it rains, the streets get wet. The streets are not wet. So it is not raining.',
     'valid', ''),
    ('Some politicians are honest, so some honest people are politicians.',
     'valid', ''),
    ('Not all swans are white. Therefore some swans are not white.',
     'valid', ''),
    ('All students who study pass. John did not pass. Therefore John did not study.',
     None, ''),
]
