"""Fresh everyday batch O: logic puzzles in voices no earlier batch used, written before the code that reads them.

A grandparent's riddle told at dinner ("Your grandpa used to tell this one at supper", "eh?"), text messages between
friends ("r u up?", "rn", "sry one more"), a school newsletter's brain teaser ("BRAIN TEASER OF THE WEEK (Grades
3-5):", "Answers in next week's issue!"), a detective story excerpt ("Inspector Hale knew that ...", "From chapter
3:"), a reddit post asking for help ("My kid got this homework and I'm stuck", "TIA", "r/puzzles:"), an escape-room
clue sheet ("ESCAPE ROOM - CLUE SHEET #2.", "CLUE 3:"), a tweet thread ("🧵 (1/3)", "Reply with your answer 👇", a
poll's options) and puzzles translated from another language ("In which city lives Kolya?", "at the side of",
"A, B, C, D four persons race"). They cover every family of issue 11: syllogisms ("only", plural and singular, "no X
is Y", "none of"), propositional rules in prose (unless, only if, if and only if, neither ... nor, either ... or but
not both, "when ..., then"), races ("beat", "finished ahead of", "came in third", "two places ahead of"), ages,
heights, events before and after, "who is the shortest", "list them from tallest to shortest", "in what position",
seats in a row and around a round table, zebra grids of 3-4 people by 1-2 attributes and grids with no people
(houses, boxes, portraits), knights, knaves and normals, who-did-it with one liar or one truth-teller, "how many
solutions", "is it true that", "can we conclude", and possessive comparisons ("wendy's birthday is before xena's",
"Nadia's cat is older than Omar's"). Each case is (text, expected) as in `everyday_fresh_n.py`: expected is the
answer ("cannot be determined" when the question is understood and the facts leave it open), or None when the
honest outcome is an abstention. The knights, suspects, seats, lines, grids and counts were keyed by trying every
assignment in a throwaway script.

First sight: see `test_everyday_fresh_o.py` (recorded before any code change for this batch).
"""

ROUND_O_SOLVE = [
    # a grandparent's riddle at dinner
    ("Your grandpa used to tell this one at supper, so listen close. All the hens on our farm laid brown eggs. Old "
     "Bessie was one of our hens. Did Bessie lay brown eggs, then?", "yes"),
    ("Back in my day we had a riddle like this. Four brothers, Amos, Burt, Clem and Dell, raced to the creek. Amos "
     "beat Clem, Burt beat Amos, and Clem beat Dell. Who came in third, eh?", "Clem"),
    ("Grandma's favourite, pass the potatoes: Only the brave cross the old bridge. Walter crossed the old bridge. "
     "Was Walter brave?", "yes"),
    ("Now here's one my father told me. Martha is older than Ruth, and Ruth is older than Edna, but Edna is older "
     "than Pearl. Who is the youngest of the four?", "Pearl"),
    ("When I was a lad, none of the fishermen could swim. Jed could swim. Was Jed a fisherman?", "no"),
    ("Four cousins sat round the kitchen table at Thanksgiving: Hattie, Ike, June and Karl. Hattie sat across from "
     "June. Ike sat on Hattie's right. Who sat on Hattie's left?", "Karl"),
    ("Grandma's puzzle from the church bulletin: Three ladies, Mabel, Nell and Opal, each brought a different pie "
     "(apple, cherry, pecan) in a different dish (glass, tin, clay). Mabel brought the apple pie. The cherry pie came "
     "in the tin dish. Opal's dish was glass. Nell did not bring the pecan pie. Who brought the clay dish?", "Mabel"),
    # text messages between friends
    ("hey r u up? need help w this: if the library is open then the cafe is open. the cafe isn't open rn. is the "
     "library open?", "no"),
    ("omg ok so priya beat dev in the 5k and dev beat sam. did sam beat priya??", "no"),
    ("lol my sis asked me: unless it snows, we have school. we don't have school today. did it snow", "yes"),
    ("k so jo nina and ty are sitting in a row at the movies. nina is in the middle and jo is not on the left. who's "
     "on the left", "Ty"),
    ("bro what does this mean: either the key is in the drawer or it's in the car, not both. it's not in the drawer. "
     "so is it in the car?", "yes"),
    ("ur gonna hate me but: wendy's birthday is before xena's and xena's is before yara's. whose birthday comes "
     "first", "Wendy"),
    ("sry one more: mia is shorter than lu but taller than kai. who's the shortest of the 3", "Kai"),
    # a school newsletter's brain teaser
    ("BRAIN TEASER OF THE WEEK (Grades 3-5): Four students lined up for the bus. Mila is in front of Noah. Oscar is "
     "behind Noah. Piper is in front of Mila. Who is last in line?", "Oscar"),
    ("This week's teaser from Mrs. Alvarez's class: All of the sixth graders went on the field trip. Some of the "
     "students who went on the field trip got sunburned. Did all the sixth graders get sunburned?",
     "cannot be determined"),
    ("Family Puzzle Corner: Three houses on Maple Street are painted red, blue and green. The red house is to the "
     "left of the blue house. The green house is not in the middle. The green house is not on the left. Which house "
     "is in the middle?", "the blue house"),
    ("Answers in next week's issue! The gym is open if and only if a teacher is present. The gym is open. Is a "
     "teacher present?", "yes"),
    ("Puzzle for parents too: Ella, Finn, Gabe and Hana each play one instrument: piano, violin, drums or flute, all "
     "different. Ella plays neither the piano nor the drums. Finn plays the violin. Hana plays the drums. What does "
     "Gabe play?", "piano"),
    ("Ms. Ortiz's riddle: In the spelling bee, Ivy finished two places ahead of Jack, and Kent finished right behind "
     "Ivy. There were only three spellers. In what position did Jack finish?", 3),
    # a detective story excerpt
    ("Inspector Hale knew that exactly one of the three men was the thief, and that only one of them was lying. "
     "Archer said, 'Baines did it.' Baines said, 'I didn't do it.' Carver said, 'Archer did it.' Who is the thief?",
     "Archer"),
    ("The butler, the maid and the cook were in the house that night. Detective Moss reasoned: if the butler did it, "
     "the back door would be unlocked. The back door was not unlocked. Did the butler do it?", "no"),
    ("From chapter 3: Lord Ashby died before the storm began. The storm began before midnight. The maid found the "
     "body after midnight. Did Lord Ashby die before the maid found the body?", "yes"),
    ("Sergeant Pike noted that either the gardener or the chauffeur was lying, but not both. The gardener was not "
     "lying. Was the chauffeur lying?", "yes"),
    ("The detective's notebook read: every guest who wore gloves left no prints. Vance was a guest who wore gloves. "
     "Did Vance leave prints?", "no"),
    ("In the village of Truthmoor, each villager is a knight, who always tells the truth, or a knave, who always "
     "lies. The detective questioned Odo and Pell. Odo said, 'At least one of us is a knave.' What are Odo and Pell?",
     {"Odo": "knight", "Pell": "knave"}),
    ("The case file lists three witnesses: Ruth, Saul and Tess. One always tells the truth, one always lies, and one "
     "is normal, who sometimes lies and sometimes tells the truth. Ruth says, 'I am normal.' Saul says, 'Ruth is "
     "telling the truth.' Tess says, 'I am not normal.' Who is the liar?", "Ruth"),
    # a reddit post asking for help
    ("My kid got this homework and I'm stuck (yes, I know, 5th grade lol). Five friends ran a race. Quinn finished "
     "ahead of Rhea. Sol finished third. Rhea finished right after Sol. Tova finished last. Uri beat Quinn. Who came "
     "in second? Any help appreciated!", "Quinn"),
    ("[Homework help] My daughter's worksheet: No reptiles have fur. All snakes are reptiles. Do snakes have fur? "
     "Thanks in advance!", "no"),
    ("ELI5 please, my son's sheet says: Lily gets dessert only if she finishes her vegetables. Lily got dessert. Did "
     "Lily finish her vegetables?", "yes"),
    ("Stuck on this one, TIA. Four kids, Ada, Ben, Cal and Dee, sit in a row. Ada sits at one end. Ben sits next to "
     "Ada. Cal doesn't sit next to Ben. Who sits next to Cal?", "Dee"),
    ("r/puzzles: Three people, Kim, Lou and Max, are each a knight or a knave. Kim says 'Lou is a knave.' Lou says "
     "'Max is a knave.' How many solutions does this have?", 2),
    ("Throwaway because my kid would kill me. Every poodle is a dog and no dog is a cat. Is it true that no poodle "
     "is a cat?", "yes"),
    # an escape-room clue sheet
    ("ESCAPE ROOM - CLUE SHEET #2. The red box, the blue box and the green box each hold one item: a key, a map or a "
     "coin. The key is not in the red box. The map is in the green box. Which box holds the coin?", "the red box"),
    ("CLUE 3: The lock opens only if the lamp is on. The lamp is not on. Does the lock open?", "no"),
    ("Clue card: Four portraits hang in a row on the wall: the duke, the queen, the bishop and the admiral. The duke "
     "hangs left of the queen. The bishop hangs right of the queen. The admiral hangs at the far left. Which portrait "
     "hangs third from the left?", "the queen"),
    ("Riddle on the door: Exactly one of the clock, the mirror and the vase hides the code. The clock does not hide "
     "the code. Does the mirror hide the code?", "cannot be determined"),
    ("Escape room hint: Everyone who has the blue card stands by the window. Tessa has the blue card. Does Tessa "
     "stand by the window?", "yes"),
    ("Clue sheet #4: Three suspects, Plum, Mustard and Rossi. Exactly one of them hid the key. Plum says: 'Mustard "
     "hid it.' Mustard says: 'Plum is lying.' Rossi says: 'I did not hide it.' Only one of them tells the truth. Who "
     "hid the key?", "Rossi"),
    # a tweet thread
    ("🧵 A logic puzzle thread (1/3)\nFour friends, Amara, Bilal, Chidi and Dana, are standing in a line.\n(2/3) "
     "Bilal is directly behind Amara. Dana is at the front. Chidi is not last.\n(3/3) Who is last? Reply with your "
     "answer 👇", "Bilal"),
    ("this syllogism trips everyone up: all influencers are attention seekers. some attention seekers are shy. can "
     "we conclude that some influencers are shy? 🤔", "no"),
    ("Thread: Zoe is taller than Yan. Xia is shorter than Yan. Wen is taller than Zoe. Now list them from tallest to "
     "shortest. (I got it wrong the first time lol)", ["Wen", "Zoe", "Yan", "Xia"]),
    ("Quick one before bed 🌙 Nadia's cat is older than Omar's, and Omar's cat is older than Pia's. Whose cat is the "
     "youngest?", "Pia"),
    ("Tweeting this so I stop thinking about it: Rin, Sol and Tam live on an island where each person is a knight "
     "(always truthful) or a knave (always lies). Rin says 'Sol is a knave'. Sol says 'Rin and Tam are both knaves'. "
     "Tam says 'Sol is a knight'. Who is a knight?", "Rin"),
    ("Poll time: The meeting is on Tuesday unless the boss is sick. The meeting isn't on Tuesday. Is the boss sick? "
     "A) yes B) no C) can't tell", "yes"),
    # puzzles translated from another language
    ("Problem from Russian olympiad (I translate): Three friends, Vasya, Petya and Kolya, are living in three "
     "different cities: Moscow, Kazan and Omsk. Vasya is not living in Moscow. Petya is not living in Moscow and not "
     "in Kazan. In which city lives Kolya?", "Moscow"),
    ("Translated from a German riddle book: When the rooster crows, then the sun rises. The sun does not rise. Does "
     "the rooster crow?", "no"),
    ("All students of the class of Mrs. Lopez speak English. Marta is a student of the class of Mrs. Lopez. Does "
     "Marta speak English, yes or no?", "yes"),
    ("From a Chinese puzzle book (my translation): A, B, C, D four persons race. A is not the first. B is behind C. "
     "D is the first. C is behind A. Who is the last?", "B"),
    ("Japanese quiz, translated: Yuki's older sister is taller than Yuki. Yuki is taller than Ken. Is Yuki's older "
     "sister taller than Ken?", "yes"),
    ("Translated from French: Only the cats of Marie sleep on the sofa. Minou sleeps on the sofa. Is Minou a cat of "
     "Marie?", "yes"),
    ("(translated from Italian) Five friends sit at a round table: Luca, Marco, Nino, Paolo and Rita. Luca sits at "
     "the side of Marco. Rita sits at the side of Nino and at the side of Luca. Who sits between Marco and Nino?",
     "Paolo"),
]

ROUND_O_ANALYZE: list = []
