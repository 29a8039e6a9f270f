"""Fresh everyday batch Y: styles the older batches under-use, written before the code that reads them.

Puzzles pasted from puzzle books and forums (a title line, "Clues:", clues numbered "1)"), multiple-choice questions
("Which of the following must be true? (A) ..", "could be true"), "who is lying?" with several claims and "only one
of them is telling the truth", "Suppose ...", stories padded with filler sentences ("It was a sunny Saturday
morning."), British spellings (colour, neighbours, programme, practised), contractions ("Tom's swimming", "won't",
"hasn't got"), the question asked first ("Who sits in the middle? Ann, Ben and Cal ..."), zebra grids of 3-5 people
by 1-3 attributes, seats around round and square tables, ages with numbers ("3 years older than", "twice as old
as"), knights, knaves and normals, "exactly one of these statements is true", family trees, days of the week, and
near-misses whose honest outcome is "cannot be determined" or an abstention (contradictory, world knowledge).

Each case is (text, expected) as in `everyday_fresh_w.py`: expected is the answer ("cannot be determined" when the
question is understood and the facts leave it open), or None when the honest outcome is an abstention. A
multiple-choice answer is the chosen option as typed, "(B) ...". Orders, seats, grids, knights, liars and the
propositional cases were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_fresh_y.py` (recorded before any code change for this batch).
"""

ROUND_Y_SOLVE = [
    # puzzle-book pastes: a title line, "Clues:", numbered "1)"
    ("The Bake Sale\nThree friends, Amy, Beth and Carl, each baked one thing: cookies, a pie or muffins.\nClues:\n"
     "1) Amy didn't bake the pie.\n2) Carl baked the muffins.\nWho baked the pie?", "Beth"),
    ("Logic Puzzle #3: Pets\nDana, Eric and Fran each own a different pet - a cat, a dog or a hamster.\nClues:\n"
     "1) Eric doesn't own the cat or the dog.\n2) Dana doesn't own the cat.\nWhat pet does Fran own?", "cat"),
    ("Puzzle: Summer Jobs\nFour students - Gina, Hugo, Ines and Jake - each had a different summer job: lifeguard, "
     "waiter, tutor or cashier.\nClues:\n1) Gina was not the lifeguard or the waiter.\n2) Hugo was the tutor.\n"
     "3) Jake was not the cashier.\n4) Ines was not the waiter.\nWho was the lifeguard?", "Ines"),
    ("Five co-workers, Ed, Flo, Gus, Hal and Ivy, each drive a car of a different colour: black, white, red, blue "
     "and silver.\nClues:\n1) Ed drives the red car.\n2) Flo doesn't drive the black or the white car.\n3) Gus "
     "drives the white car.\n4) Hal doesn't drive the black car.\nWhat colour is Ivy's car?", "black"),
    ("Four kids - Finn, Gia, Hugo and Isla - each play a different sport (football, tennis, swimming, chess) and "
     "each has a different number of siblings (0, 1, 2, 3).\nClues:\n1) Gia plays tennis.\n2) The chess player has "
     "3 siblings.\n3) Finn has no siblings.\n4) Hugo doesn't play chess or football.\n5) Isla has 3 siblings.\n"
     "6) Hugo has more siblings than Gia.\nHow many siblings does Gia have?", 1),
    # zebra grids of 3-4 people by 2-3 attributes
    ("Four friends - Ava, Ben, Cleo and Dev - each have a different pet (cat, dog, fish, bird) and a different "
     "favourite drink (tea, coffee, milk, juice).\n1. Ava has the dog.\n2. The person with the cat drinks tea.\n"
     "3. Ben drinks coffee.\n4. Cleo has the fish and drinks milk.\n5. Dev doesn't have the bird.\nWho drinks "
     "juice?", "Ava"),
    ("Three sisters, Jane, Kate and Lucy, each have a different job (nurse, teacher, chef), drive a different car "
     "(Ford, Honda, Kia) and live in a different city (Leeds, Derby, York).\n1. The nurse drives the Kia.\n2. Jane "
     "is the teacher.\n3. Kate lives in York.\n4. The chef lives in Leeds.\n5. Lucy drives the Honda.\nWhere does "
     "Jane live?", "Derby"),
    ("Three neighbours, Alfie, Bella and Callum, each painted their front door a different colour: grey, mauve and "
     "turquoise. Alfie's door isn't grey. Bella's door is turquoise. What colour is Callum's door?", "grey"),
    # multiple choice
    ("Pat is older than Quinn. Quinn is older than Rosa. Which of the following must be true?\n(A) Rosa is older "
     "than Pat\n(B) Pat is older than Rosa\n(C) Quinn is the oldest", "(B) Pat is older than Rosa"),
    ("All the cats in the shelter are vaccinated. Milo is a cat in the shelter. Which of the following must be "
     "true? (A) Milo is vaccinated (B) Milo is not vaccinated (C) Milo is a dog", "(A) Milo is vaccinated"),
    ("Which of the following must be true? If Kai studies, he passes. Kai didn't pass. (A) Kai studied (B) Kai "
     "didn't study (C) Kai passed", "(B) Kai didn't study"),
    ("Three runners, Lu, Max and Ned, finished a race with no ties. Lu beat Max. Which of the following could be "
     "true?\n(A) Max finished first.\n(B) Ned finished first.\n(C) Lu finished last.", "(B) Ned finished first"),
    ("All of Mr Lee's students passed. Some students who passed got a prize. Which of the following must be true? "
     "(A) All of Mr Lee's students got a prize. (B) Some of Mr Lee's students got a prize. (C) None of the above.",
     "(C) None of the above"),
    # who is lying / one truth-teller
    ("Someone broke the vase. Ann says, \"Ben did it.\" Ben says, \"Cara did it.\" Cara says, \"I didn't do it.\" "
     "Exactly one of them is lying. Who broke the vase?", "Ben"),
    ("One of the three kids ate the last cookie. Ivy says, \"Jake ate it.\" Jake says, \"I didn't eat it.\" Kim "
     "says, \"I didn't eat it.\" Only one of them is telling the truth. Who ate the cookie?", "Kim"),
    ("Ana says Ben is lying. Ben says Cara is lying. Cara says Ana and Ben are both lying. Who is telling the "
     "truth?", "Ben"),
    ("Dan, Eve or Finn took the car. Dan says \"Eve took the car.\" Eve says \"I didn't take the car.\" Finn says "
     "\"Dan took it.\" Exactly one of them is lying. Who took the car?", "Dan"),
    # suppose
    ("Suppose all members of the chess club wear badges and Nora is a member of the chess club. Does Nora wear a "
     "badge?", "yes"),
    ("Suppose that if the bus is late, Omar misses the meeting. Suppose the bus is late. Does Omar miss the "
     "meeting?", "yes"),
    ("Suppose Rex is taller than Sid and Sid is taller than Tao. Is Tao taller than Rex?", "no"),
    # stories with filler sentences
    ("It was a sunny Saturday morning. Four friends - Lily, Mason, Nadia and Owen - ran a race in the park. "
     "Everyone was excited. Nadia finished ahead of Owen. Lily finished last. Mason finished first. Who finished "
     "third?", "Owen"),
    ("It was a busy day at the café. Three customers, Paul, Rita and Sam, each ordered one drink: tea, coffee or "
     "juice. The café smelled of fresh bread. Paul didn't order coffee. Rita ordered juice. What did Sam order?",
     "coffee"),
    ("The sun was setting over the lake. Vic, Wren and Xander were fishing. Vic caught more fish than Wren. Xander "
     "caught fewer fish than Wren. Who caught the most fish?", "Vic"),
    ("Last week was Grandma's birthday and the whole family came over. It rained all afternoon. My cousin Ted is "
     "older than me, and I am older than my sister Uma. Is Uma older than Ted?", "no"),
    # British spellings
    ("Harriet practised the piano more than Imogen. Imogen practised more than Jasper. Who practised the least?",
     "Jasper"),
    ("All the neighbours on our street recycle. Mrs Patel is a neighbour on our street. Does Mrs Patel recycle?",
     "yes"),
    # contractions
    ("If it's cold, Tom won't swim. Tom's swimming. Is it cold?", "no"),
    ("Kim isn't taller than Lee, and they aren't the same height. Lee's shorter than Max. Who's the tallest?",
     "Max"),
    ("You can't enter unless you've got a ticket. Jo hasn't got a ticket. Can Jo enter?", "no"),
    ("If Sue's late, we'll leave without her. We didn't leave without her. Was Sue late?", "no"),
    ("It isn't true that both Tia and Uri went. Tia went. Did Uri go?", "no"),
    # the question asked first
    ("Who sits in the middle? Ann, Ben and Cal sit in a row. Ann sits on the left end. Cal isn't next to Ann.",
     "Ben"),
    ("Who is the oldest? Dora is older than Evan, and Fiona is older than Dora.", "Fiona"),
    ("Who lives in the middle house? Three friends live in three houses in a row: Ola, Pim and Quin. Ola lives to "
     "the left of Pim. Quin lives on the left end.", "Ola"),
    ("Who is Dan's grandfather if Dan's father is Eli and Eli's father is Finn?", "Finn"),
    # seats around tables
    ("Five friends sit around a round table: Amir, Bree, Cole, Dina and Eli. Amir sits next to Bree and Cole. Dina "
     "does not sit next to Cole. Who sits between Cole and Dina?", "Eli"),
    ("Four people sit at a square table, one on each side: Gwen, Hari, Ivan and Jill. Gwen sits opposite Hari. Ivan "
     "sits to Gwen's left. Who sits opposite Ivan?", "Jill"),
    ("Six people - Kai, Lena, Mo, Nell, Omar and Pia - sit evenly spaced around a round table. Kai sits directly "
     "opposite Lena. Mo sits immediately to Kai's right. Nell sits opposite Mo. Omar sits next to Mo. Who sits "
     "opposite Pia?", "Omar"),
    # ages with numbers
    ("Ann is 3 years older than Bo. Bo is 10. How old is Ann?", 13),
    ("Cal is twice as old as Dee. Dee is 7 years old. How old is Cal?", 14),
    ("Eva is 4 years younger than Fred, and Fred is 2 years older than Gill. Gill is 20. How old is Eva?", 18),
    ("The sum of Hana's and Ivo's ages is 30. Hana is 6 years older than Ivo. How old is Ivo?", 12),
    ("Jim is 5 years older than Kay. Who is older?", "Jim"),
    # knights, knaves and normals
    ("On an island, knights always tell the truth and knaves always lie. A says, \"We are both knaves.\" B says "
     "nothing. What are A and B?", {"A": "knave", "B": "knight"}),
    ("Knights always tell the truth and knaves always lie. Tom says, 'Una is a knave.' Una says, 'Tom and I are "
     "the same type.' What is Tom?", {"Tom": "knight"}),
    ("There are knights who always tell the truth and knaves who always lie. Ada says, \"Bea and I are the same "
     "kind.\" Bea says, \"Ada is a knave.\" What is Bea?", {"Bea": "knight"}),
    ("Cy, Di and Ed are a knight, a knave and a normal, one each. Knights always tell the truth, knaves always lie "
     "and normals can do either. Cy says, \"I am a knave.\" Di says, \"Cy is the normal.\" Ed says, \"Di is a "
     "knave.\" Who is the knave?", "Ed"),
    # exactly one of these statements is true
    ("There are three boxes, A, B and C, and the prize is in one of them. Exactly one of these statements is true: "
     "(1) The prize is in box A. (2) The prize is not in box B. (3) The prize is not in box A. Which box has the "
     "prize?", "B"),
    ("Exactly one of the following is true: Ann took the bus. Ben took the bus. Both Ann and Ben took the bus. Did "
     "Ben take the bus?", "cannot be determined"),
    # family trees
    ("Maria is Tom's mother. Tom is Lucy's father. What is Maria to Lucy?", "grandmother"),
    ("Jack's sister is Emma. Emma's son is Leo. What is Jack to Leo?", "uncle"),  # keyed "aunt or uncle" at first;
    # since round 36 a name borne overwhelmingly by one sex chooses the kinship word where nothing else says the sex
    ("Paul has a son, Sam, and a daughter, Rose. Sam has a daughter called Tia. What is Rose to Tia?", "aunt"),
    # days of the week
    ("The plumber came two days after the electrician. The electrician came on Tuesday. What day did the plumber "
     "come?", "Thursday"),
    ("Amy's party is on Friday. Ben's party is the day before Amy's. Cal's party is three days after Ben's. On what "
     "day is Cal's party?", "Sunday"),
    ("Five meetings were held Monday to Friday, one a day: budget, design, hiring, sales and training. The design "
     "meeting was on Wednesday. The budget meeting was the day after the sales meeting. The hiring meeting was on "
     "Monday. Training was not on Friday. On what day was the budget meeting?", "Friday"),
    ("If today is Wednesday, what day was it three days ago?", "Sunday"),
    # near-misses: cannot be determined, or an abstention
    ("Ann is older than Ben. Cal is older than Ben. Who is the oldest?", None),  # left open
    ("Some cats are black. Some black things are cars. Are some cats cars?", "cannot be determined"),
    ("Ed, Fay and Gil sit in a row. Ed is not at either end. Who sits on the left end?", None),  # left open
    ("If the shop is open, the lights are on. The lights are on. Is the shop open?", "cannot be determined"),
    ("Knights always tell the truth and knaves always lie. Hal says, 'I am a knight.' Is Hal a knight?",
     "cannot be determined"),
    ("Mia is 4 years older than Ned. How old is Ned?", None),  # left open
    ("Ivy is taller than Jon. Jon is taller than Kat. Kat is taller than Ivy. Who is the tallest?", None),
    ("Lola lives in Paris. Does Lola live in France?", None),
    ("Three friends, Una, Vee and Wyn, each have one pet: a cat, a dog or a rabbit. Una doesn't have the cat. Who "
     "has the rabbit?", None),  # left open
]

ROUND_Y_ANALYZE = [
    ("All the programmes on this channel are recorded. The quiz is a programme on this channel. So the quiz is "
     "recorded.", "valid", ""),
    ("If it's snowing, school's closed. School's closed. Therefore it's snowing.", "invalid",
     "affirming the consequent"),
    ("Suppose no reptiles are warm-blooded. Suppose all snakes are reptiles. Then no snakes are warm-blooded.",
     "valid", ""),
    ("Either the kettle's broken or the fuse has blown. The fuse hasn't blown. So the kettle's broken.", "valid", ""),
    ("If Mo revises, Mo passes. Mo didn't revise. Hence Mo didn't pass.", "invalid", "denying the antecedent"),
    ("Some colleagues are vegetarians. All vegetarians eat tofu. So some colleagues eat tofu.", "valid", ""),
]
