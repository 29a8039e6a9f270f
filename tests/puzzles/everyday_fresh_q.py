"""Fresh everyday batch Q: logic puzzles in voices no earlier batch used, written before the code that reads them.

A puzzle-book page with numbered clues ("PUZZLE PAGE 7 - The Bake Sale", "Clues:", "1."), a parent quizzing a child
in the car ("Okay buddy", "kiddo", "no peeking"), job-interview questions ("Senior analyst interview, question 2:"),
a teacher's warm-up on a whiteboard (terse, "Do now:", "Y/N", "(1 pt)", "iff"), a podcast transcript ("[HOST 1]:",
"CO-HOST:", a listener's letter), an office party game (secret Santa, "Icebreaker:", "Two truths and a lie"), a
non-native speaker's forum question ("is having", "more tall", "Nobody of the students"), board-game rule disputes
("Rule 4:", "the rulebook says"), a magazine logic grid of four people by three attributes, and sports-league tables
("won more games than", "finished above", "two places below"). They cover every family of issue 11: syllogisms
("only", plural and singular, "no X is Y", "none of the"), propositional rules in prose (unless, only if, if and only
if, neither ... nor, either ... or but not both), orderings (races, ages, heights, scores, events before and after,
"N places after", "who is the shortest", "list them from tallest to shortest", "in what position", "the middle
one"), seats in a row and around round tables ("opposite", "to Ari's left"), a zebra grid, knights, knaves and spies,
who-did-it with one liar or one truth-teller, "how many solutions", "is it true that", "can we conclude" and
possessive comparisons. Each case is (text, expected) as in `everyday_fresh_o.py`: expected is the answer ("cannot be
determined" when the question is understood and the facts leave it open), or None when the honest outcome is an
abstention. Knights, spies, suspects, seats, the grid and the counts were keyed by trying every assignment in a
throwaway script.

First sight: see `test_everyday_fresh_q.py` (recorded before any code change for this batch).
"""

ROUND_Q_SOLVE = [
    # a puzzle-book page with numbered clues
    ("PUZZLE PAGE 7 - The Bake Sale\nClues:\n1. Four friends, Gwen, Hugo, Iris and Jude, each baked one thing: "
     "muffins, scones, brownies or cookies.\n2. Gwen did not bake muffins or scones.\n3. Hugo baked the cookies.\n4. "
     "Iris baked the scones.\nWho baked the brownies?", "Gwen"),
    ("Page 12, puzzle 3. Clues: (1) Kara is taller than Liv. (2) Moe is shorter than Liv. (3) Ned is taller than "
     "Kara. Question: Who is the second tallest?", "Kara"),
    ("Page 14, puzzle 5.\n1. Every member of the chess club is a student.\n2. No student may park in Lot B.\n3. Raj "
     "is a member of the chess club.\nMay Raj park in Lot B?", "no"),
    ("Puzzle 9 (knights and knaves). Clue 1: Each of Abe and Bo is a knight (always truthful) or a knave (always "
     "lying). Clue 2: Abe says, 'We are both knights.' Clue 3: Bo says, 'Abe is a knave.' What are Abe and Bo?",
     {"Abe": "knave", "Bo": "knight"}),
    ("Puzzle 11. Six runners finished a race with no ties.\n1. Ula finished third.\n2. Vic finished two places after "
     "Ula.\n3. Wyn finished right before Ula.\n4. Xan finished last.\n5. Yul beat Zed.\nIn what position did Zed "
     "finish?", 4),
    # a parent quizzing a child in the car
    ("Okay buddy, riddle while we drive. If the light is red, we stop. We didn't stop. Was the light red?", "no"),
    ("Alright kiddo, car game! Grandma is older than Grandpa, and Grandpa is older than Aunt Jo. Who's the youngest "
     "of the three?", "Aunt Jo"),
    ("Think about this one till we get to school: all the ducks at the pond are hungry. Fluffy is a duck at the "
     "pond. Is Fluffy hungry?", "yes"),
    ("Back-seat brain teaser, no peeking at your brother! Three cars wait in a line at the light: a red car, a blue "
     "car and a gray car. The blue car is behind the red car. The gray car is in front of the red car. Which car is "
     "last in line?", "the blue car"),
    ("Okay, one more and then quiet time. Ella, Max and Zoe are in the back seat. Ella is to the left of Max, and "
     "Zoe is to the left of Ella. Who is the middle one?", "Ella"),
    # a job-interview logic question
    ("Senior analyst interview, question 2: Every manager at the firm reviews budgets. Some people who review "
     "budgets are auditors. Can we conclude that some managers are auditors?", "no"),
    ("At my interview they asked: five candidates, A, B, C, D and E, wait in a queue. A is ahead of B. C is directly "
     "behind A. D is first. E is last. Who is third?", "C"),
    ("Classic interview one: one of four people, Pat, Quin, Rory and Sam, broke the printer. Pat says 'Quin did "
     "it.' Quin says 'Sam did it.' Rory says 'I didn't do it.' Sam says 'Quin is lying.' Exactly one of them is "
     "telling the truth. Who broke the printer?", "Rory"),
    ("Interview brain teaser: If the server is down, the alarm sounds. If the alarm sounds, the on-call engineer is "
     "paged. The on-call engineer was not paged. Is the server down?", "no"),
    ("From a quant interview: in how many ways can Ava, Ben, Cal and Dee stand in a line if Ava must stand next to "
     "Ben?", 12),
    # a teacher's warm-up on a whiteboard
    ("WARM-UP (5 min)\n- All sq. are rect.\n- All rect. are polygons.\nQ: Are all sq. polygons? Y/N", "yes"),
    ("Do now: Al taller than Bo. Cy shorter than Bo. Di taller than Al. Who's tallest?", "Di"),
    ("Warm-up #3: Gym class is outside iff it's sunny. It's not sunny. Is gym class outside?", "no"),
    ("Board: race results - Eva beat Fin, Gus beat Eva, Fin beat Hal. Who was 2nd?", "Eva"),
    ("Bell ringer: No fish can fly. A trout is a fish. Can a trout fly? (1 pt)", "no"),
    ("Whiteboard: Lu is taller than Mo. Ned is shorter than Mo. Oz is taller than Lu. List them from tallest to "
     "shortest.", ["Oz", "Lu", "Mo", "Ned"]),
    # a podcast transcript
    ("[HOST 1]: Okay, puzzle segment! [HOST 2]: Oh no. [HOST 1]: So Rina, Sol and Tao are sitting in a row on a "
     "bench. Sol is not next to Tao. Who's in the middle? [HOST 2]: Hmm...", "Rina"),
    ("HOST: Welcome back to Puzzled Minds, episode 42. Today's listener puzzle comes from Dana in Ohio. She writes: "
     "'Neither my brother nor my sister likes olives. Does my sister like olives?'", "no"),
    ("MAYA: So the rule is, the show goes on unless the lead actor is sick. JON: And the show didn't go on. MAYA: "
     "Right, so was the lead actor sick?", "yes"),
    ("Listener mailbag: 'Six people sit evenly around a round table: Ari, Bex, Cy, Dot, Eli and Fin. Ari sits "
     "opposite Dot. Bex sits immediately to Ari's left. Cy sits immediately to Dot's left. Eli is not next to Ari. "
     "Who sits immediately to Ari's right?'", "Fin"),
    ("CO-HOST: Okay, knights and knaves time. Knights always tell the truth, knaves always lie. You meet Gil and "
     "Hope. Gil says, 'If I am a knight, then Hope is a knave.' HOST: So what are Gil and Hope?",
     {"Gil": "knight", "Hope": "knave"}),
    ("HOST: Quick history one. The concert happened after the parade, and the parade happened after the picnic. "
     "What happened first?", "the picnic"),
    # an office party game
    ("Secret Santa at work: Ana, Bill, Cara and Dev each drew a different coworker's name out of a hat, and nobody "
     "drew their own. Ana drew Bill. Bill drew Cara. Cara did not draw Ana. Whose name did Dev draw?", "Ana"),
    ("Team-building trivia, question 4: Everyone in Accounting wears a badge. Nobody who wears a badge may enter the "
     "vault. Ravi is in Accounting. May Ravi enter the vault?", "no"),
    ("Party game card: one of Jan, Kim and Lee took the last donut, and exactly one of them is lying. Jan says, 'Kim "
     "took the last donut.' Kim says, 'I didn't take it.' Lee says, 'Jan is telling the truth.' Who took the last "
     "donut?", "Kim"),
    ("Office party seating: Tara, Umar, Vera, Walt and Xena sat in a row at the bar. Tara sat at the left end. Xena "
     "sat next to Tara. Walt sat in the middle. Umar did not sit at the right end. Who sat at the right end?",
     "Vera"),
    ("Icebreaker: Of Mo, Nell and Otto, one is a knight who always tells the truth, one is a knave who always lies, "
     "and one is a spy who may do either. Mo says, 'Nell is the knave.' Nell says, 'I am the spy.' Otto says, 'Mo is "
     "the spy.' Who is the knave?", "Nell"),
    ("Holiday party game: Pam, Quentin and Rosa are each a knight or a knave. Pam says 'Quentin is a knight.' "
     "Quentin says 'Pam is a knight.' How many solutions are there?", 4),
    # a non-native speaker's forum question
    ("Hello all, I am from Brazil and my English is not so good. In my book is this problem: All the birds is having "
     "wings. The penguin is a bird. The penguin is having wings? Thank you very much.", "yes"),
    ("Sorry for my english. How I can solve this: Marco is more tall than Luis, Luis is more tall than Pablo. Who is "
     "the more short?", "Pablo"),
    ("Please somebody explain me. If it is raining, the street is wet. The street is not wet. So it is raining or "
     "not?", "no"),
    ("Question for exam, I don't understand: Nobody of the students has a car. Kenji is a student. Kenji has a car?",
     "no"),
    ("Hi, in my country we have this riddle. Four friend sit in one line: Olga, Piotr, Radek and Sofia. Olga is next "
     "to Piotr. Sofia is at the right end. Radek is not next to Sofia. Who is at the left end?", "Radek"),
    ("None of the teachers in my school speak Chinese. Mrs. Wang speaks Chinese. Is Mrs. Wang a teacher in my "
     "school?", "no"),
    # a board-game rule dispute
    ("Settling a board game argument. The rulebook says: a player may build a city only if the player has a "
     "settlement. Tom built a city. Does Tom have a settlement?", "yes"),
    ("Game night fight. Rule 4: whoever rolls a six rolls again. Lena rolled again. Did Lena roll a six?",
     "cannot be determined"),
    ("We're arguing about the rules. Nia collects a coin unless she lands on a trap. Nia didn't collect a coin. Did "
     "Nia land on a trap?", "yes"),
    ("Board game dispute: in our game, every red card is an action card, and no action card is playable on the "
     "first turn. Is a red card playable on the first turn?", "no"),
    ("Final scores from game night: Dana scored more points than Eli, Eli scored more points than Finn, and Gia "
     "scored fewer points than Finn. Who scored the fewest points?", "Gia"),
    ("Chess club argument: Kai either moved the knight or moved the bishop last turn, but not both. Kai moved the "
     "knight. Did Kai move the bishop?", "no"),
    # a magazine logic grid: four people by three attributes
    ("MIND BENDERS, Grid #88. Alice, Bruce, Clara and Derek each drink a different drink (tea, coffee, cocoa, "
     "juice), play a different instrument (harp, oboe, tuba, viola) and wear a different scarf (red, blue, green, "
     "yellow). Alice plays the harp. The person who drinks coffee wears the red scarf. Bruce wears the blue scarf and "
     "does not drink tea. The tuba player drinks juice. Clara plays neither the oboe nor the tuba. Derek drinks "
     "cocoa. The viola player wears the green scarf. Alice does not wear the yellow scarf. Who drinks tea?",
     "Clara"),
    ("MIND BENDERS, Grid #88, part two. Alice, Bruce, Clara and Derek each drink a different drink (tea, coffee, "
     "cocoa, juice), play a different instrument (harp, oboe, tuba, viola) and wear a different scarf (red, blue, "
     "green, yellow). Alice plays the harp. The person who drinks coffee wears the red scarf. Bruce wears the blue "
     "scarf and does not drink tea. The tuba player drinks juice. Clara plays neither the oboe nor the tuba. Derek "
     "drinks cocoa. The viola player wears the green scarf. Alice does not wear the yellow scarf. What does Derek "
     "play?", "oboe"),
    # a sports-league table
    ("League table puzzle: The Hawks won more games than the Bears. The Lions won fewer games than the Bears. The "
     "Wolves won more games than the Hawks. Which team is in second place?", "the Hawks"),
    ("Our Sunday league: the Tigers finished above the Sharks, and the Sharks finished above the Eagles. Did the "
     "Eagles finish above the Tigers?", "no"),
    ("Five teams, no ties in the standings. The Reds finished first. The Blues finished two places below the Reds. "
     "The Greens finished directly below the Blues. The Golds did not finish last. In what position did the Whites "
     "finish?", 5),
    ("Standings question: the Jets won more games than the Colts, and the Colts won more games than the Rams. Is it "
     "true that the Jets won more games than the Rams?", "yes"),
    ("Pub quiz, sports round: Ana's team scored more goals than Ben's, and Ben's team scored more goals than Cy's. "
     "Whose team scored the fewest goals?", "Cy's team"),
]

ROUND_Q_ANALYZE: list = []
