"""Fresh everyday batch U: plain everyday wording, harder content, written before the code that reads it.

No voices this time: each puzzle is typed as a person would type it into a reasoning tool, at most with a short
intro. What varies is the content within each family of issue 11: chains of categorical rules ("only", "no", "none
of", "not all", "some ... not", "everyone ... except"), propositional rules (unless, only if, if and only if,
neither ... nor, either ... or but not both, "not both"), orderings of 4-6 people (races, heights, ages, arrivals,
scores; "two places before", "exactly two ... between", "who came third", "list them from tallest to shortest", "in
what position"), seats in a row and around round tables ("opposite", "two seats to the left of"), zebra grids of 3-4
people by 2-3 attributes ("the one who ... also ..."), knights, knaves and normals with compound claims ("at least
one of us", "exactly one of us", "if I am a knight then ...", "X and I are the same kind"), who-did-it with exactly
one liar or one truth-teller, "how many solutions", "is it true that", "can we conclude", numeric facts and kinship.

Each case is (text, expected) as in `everyday_fresh_s.py`: expected is the answer ("cannot be determined" when the
question is understood and the facts leave it open), or None when the honest outcome is an abstention. Orders,
seats, grids, knights and suspects were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_fresh_u.py` (recorded before any code change for this batch).
"""

ROUND_U_SOLVE = [
    # categorical rules
    ("All dentists are graduates. No graduate is illiterate. Can we conclude that no dentist is illiterate?", "yes"),
    ("Only members of the club can use the pool. Rosa is not a member of the club. Can Rosa use the pool?", "no"),
    ("Some painters are musicians. All musicians are patient. Is it true that some painters are patient?", "yes"),
    ("All squares are rectangles. All rectangles are polygons. No polygon is a circle. Is any square a circle?", "no"),
    ("Some students are not athletes. All athletes are early risers. Can we conclude that some students are not "
     "early risers?", "no"),
    ("Everyone in the office except Dan got a bonus. Did Dan get a bonus?", "no"),
    ("None of the kittens in the basket are black. Tom is one of the kittens in the basket. Is Tom black?", "no"),
    ("All of Sue's cousins live in Leeds. Nobody who lives in Leeds owns a boat. Max is one of Sue's cousins. Does "
     "Max own a boat?", "no"),
    ("No reptiles are warm-blooded. Some pets are reptiles. Can we conclude that some pets are not warm-blooded?",
     "yes"),
    ("Not all of the players are tall. Can we conclude that some of the players are not tall?", "yes"),
    ("All the cakes in the window contain nuts. Some of the cakes in the window contain chocolate. Does every cake in "
     "the window contain chocolate?", "cannot be determined"),
    ("Only people with a ticket may enter the hall. Everyone who enters the hall gets a badge. Omar entered the hall. "
     "Does Omar have a ticket?", "yes"),
    # propositional rules
    ("If Kate goes to the party, then Liam goes too. Liam goes to the party only if Mia stays home. Mia does not stay "
     "home. Does Kate go to the party?", "no"),
    ("The team will play unless it snows. The team did not play. Did it snow?", "yes"),
    ("Either Carl or Dina took the car, but not both. If Dina took the car, she drove to the beach. Dina did not "
     "drive to the beach. Did Carl take the car?", "yes"),
    ("The light is on if and only if the switch is up. The switch is not up. Is the light on?", "no"),
    ("Paul and Rita did not both come to the meeting. Paul came to the meeting. Did Rita come to the meeting?", "no"),
    ("If it is sunny, Omar plays tennis. If Omar plays tennis, he is tired in the evening. Omar is not tired in the "
     "evening. Is it sunny?", "no"),
    ("If the printer is out of paper, the light blinks. The light is blinking. Is the printer out of paper?",
     "cannot be determined"),
    ("Neither Hana nor Ian is coming. If Ian is not coming, Jill is coming. Is Jill coming?", "yes"),
    ("Either the cake or the pie is burnt. The cake is not burnt. Is the pie burnt?", "yes"),
    ("Sara goes to the gym if and only if Tom goes. Tom goes to the gym only if it is not raining. It is raining. "
     "Does Sara go to the gym?", "no"),
    # orderings
    ("Five friends, Ana, Ben, Cora, Dev and Eli, ran a race. There were no ties. Ana finished before Ben. Cora "
     "finished after Dev but before Ana. Eli finished last. Who came third?", "Ana"),
    ("Gabe is taller than Fern. Hana is shorter than Ivo. Fern is taller than Ivo. Jude is taller than Gabe. List "
     "them from tallest to shortest.", ["Jude", "Gabe", "Fern", "Ivo", "Hana"]),
    ("Six runners, Kai, Lou, Mo, Ned, Oli and Pam, finished a race with no ties. Kai finished first. Kai finished two "
     "places before Lou. Exactly two runners finished between Mo and Ned, and Mo finished before Ned. Oli finished "
     "after Pam. Who finished last?", "Oli"),
    ("Five guests, Lena, Mo, Noor, Omar and Pia, arrived at a party at different times. Omar arrived first and Pia "
     "arrived last. Lena arrived before Mo but after Noor. Who arrived third?", "Lena"),
    ("Hugo is older than Ivy. Jack is younger than Ivy. Kara is older than Hugo. Who is the second youngest?", "Ivy"),
    ("Five students, Ravi, Sam, Tara, Uma and Vic, got different scores on a test. Ravi scored higher than Sam. Tara "
     "scored lower than Sam. Uma scored higher than Ravi. Vic scored lower than Sam but higher than Tara. Who got the "
     "third highest score?", "Sam"),
    ("Five swimmers, Ada, Bo, Cam, Dot and Em, finished a race with no ties. Ada won. Exactly two swimmers finished "
     "between Ada and Bo. Cam finished right after Dot. Em finished after Cam. In what position did Em finish?", 5),
    ("Nell is shorter than Owen. Owen is shorter than Pat. Quinn is shorter than Nell. Who is the shortest?",
     "Quinn"),
    ("Rex was born before Sia. Tom was born after Sia. Is it true that Tom is older than Rex?", "no"),
    ("Uri is older than Val. Wen is older than Val. Who is the oldest?", "cannot be determined"),
    # seats in a row and around a table
    ("Five people, Ari, Bea, Cruz, Dina and Eli, sit in a row of five chairs. Cruz sits in the middle chair. Ari sits "
     "immediately to the left of Cruz. Bea sits at one of the ends. Dina sits next to Bea. Eli does not sit at the "
     "right end. Who sits at the left end?", "Eli"),
    ("Fay, Gil, Hal and Ida sit in a row of four seats. Gil sits two seats to the right of Fay. Hal sits in the "
     "leftmost seat. Ida is not in the rightmost seat. Who sits in the rightmost seat?", "Gil"),
    ("Six friends, Jan, Kit, Lee, Max, Nia and Ona, sit around a round table with six evenly spaced seats. Jan sits "
     "opposite Max. Kit sits immediately to Jan's left. Lee sits two seats to the left of Max. Nia sits next to Kit. "
     "Who sits opposite Kit?", "Ona"),
    ("Pat, Quin, Rue and Sol sit at a round table with four seats. Quin sits immediately to Pat's left. Rue does not "
     "sit opposite Quin. Who sits opposite Pat?", "Rue"),
    ("Five friends, Uli, Vera, Wes, Xan and Yara, sit around a round table. Vera sits immediately to Uli's left. Wes "
     "sits two seats to Vera's left. Xan does not sit next to Uli. Who sits immediately to Uli's right?", "Yara"),
    # grids
    ("Three friends, Ann, Ben and Cal, each have a different pet (a cat, a dog, a fish) and each drink a different "
     "drink (tea, coffee, milk). Ann does not have the dog. The cat owner drinks milk. Ben drinks tea. Cal does not "
     "have the cat. Who drinks coffee?", "Cal"),
    ("Four friends, Dora, Eli, Finn and Gina, each have a different job (doctor, lawyer, pilot, chef) and each live "
     "in a different city (Oslo, Rome, Paris, Lima). Dora is the pilot. The chef lives in Rome. Eli lives in Rome. "
     "Finn is neither the chef nor the doctor. Dora does not live in Oslo. The lawyer does not live in Oslo. The "
     "pilot does not live in Lima. Where does the doctor live?", "Oslo"),
    ("Hal, Ivy and Jo each live in a different house (red, green, blue), own a different pet (cat, dog, bird) and "
     "drive a different vehicle (a van, a bike, a truck). Hal lives in the red house. The one who lives in the green "
     "house also owns the bird. The dog owner drives the van. Ivy does not own the bird. Jo drives the truck. Hal "
     "does not own the dog. Who drives the bike?", "Hal"),
    ("Kai, Lin and Mei live in three houses in a row, numbered 1 to 3 from left to right. Their houses are red, white "
     "and yellow. Kai lives in house 1. The house in the middle is yellow. Mei's house is not red. Lin does not live "
     "in house 3. What colour is Mei's house?", "white"),
    # knights, knaves and normals
    ("Knights always tell the truth and knaves always lie. Ann says, 'At least one of us is a knave.' Ben says, 'Ann "
     "is a knave.' What are Ann and Ben?", {"Ann": "knight", "Ben": "knave"}),
    ("Cy and Dee are each a knight or a knave. Knights always tell the truth and knaves always lie. Cy says, "
     "'Exactly one of us is a knight.' Dee says, 'Cy and I are the same kind.' Is Dee a knight?", "no"),
    ("On an island, knights always tell the truth and knaves always lie. Eve says, 'If I am a knight, then Fay is a "
     "knave.' Fay says, 'Eve is a knave.' What is Fay?", {"Fay": "knave"}),
    ("Gus, Hal and Ida are each a knight or a knave. Knights always tell the truth and knaves always lie. Gus says, "
     "'Hal and I are both knights.' Hal says, 'Ida is a knave.' Ida says, 'Gus is a knave.' Is Ida a knave?",
     "cannot be determined"),
    ("Wil, Xia, Yan and Zoe are each a knight or a knave. Knights always tell the truth and knaves always lie. Wil "
     "says, 'Exactly two of us are knaves.' Xia says, 'Wil is a knave.' Yan says, 'Xia and Zoe are the same kind.' "
     "Zoe says, 'Yan and Wil are both knights.' Which one of them is a knight?", "Xia"),
    ("Ned, Ola and Pip are each a knight or a knave. Knights always tell the truth and knaves always lie. Ned says, "
     "'Ola or Pip is a knave.' Ola says, 'Ned is a knave.' Pip says, 'Ned and Ola are the same kind.' What are Ned, "
     "Ola and Pip?", {"Ned": "knight", "Ola": "knave", "Pip": "knave"}),
    ("Knights always tell the truth and knaves always lie. Quin and Rosa are each one or the other. Quin says, 'Both "
     "of us are knaves.' Is Rosa a knight?", "yes"),
    ("Sid, Tess and Ugo are each a knight or a knave. Knights always tell the truth and knaves always lie. Sid says, "
     "'Tess is a knight.' Tess says, 'Ugo and Sid are the same kind.' How many solutions are there?", 2),
    ("Knights always tell the truth and knaves always lie. Vi says, 'If Wu is a knight, then I am a knave.' What are "
     "Vi and Wu?", {"Vi": "knight", "Wu": "knave"}),
    ("Jo, Kim and Lu are a knight, a knave and a normal, one of each. The knight always tells the truth, the knave "
     "always lies, and the normal sometimes lies and sometimes tells the truth. Jo says, 'I am the knight.' Kim says, "
     "'Jo is not the knave.' Lu says, 'Kim is the knight.' Who is the normal?", "Kim"),
    # who did it
    ("One of Rob, Sal, Tia and Uri broke the vase. Rob says, 'Sal did it.' Sal says, 'Uri did it.' Tia says, 'I "
     "didn't do it.' Uri says, 'Sal is lying.' Only one of them is telling the truth. Who broke the vase?", "Tia"),
    ("One of Ava, Bram and Cleo took the cookies. Ava says, 'Bram took them.' Bram says, 'I did not take them.' Cleo "
     "says, 'Ava took them.' Exactly one of them is lying. Who took the cookies?", "Ava"),
    ("One of Dan, Eva, Flo and Gil stole the bike. Dan says, 'Eva or Flo stole it.' Eva says, 'Neither Dan nor I "
     "stole it.' Flo says, 'Gil stole it.' Gil says, 'I didn't steal it.' Exactly one of them is lying. Who stole "
     "the bike?", "Flo"),
    # numbers
    ("Cara is 4 years older than Dev. Dev is 9. How old is Cara?", 13),
    ("Eli has twice as many stickers as Fin. Fin has 7 stickers. How many stickers does Eli have?", 14),
    ("Gwen has 6 fewer marbles than Hugo. Hugo has 15 marbles. How many marbles do Gwen and Hugo have together?", 24),
    ("Iris is 3 years younger than Jay, and Jay is 2 years older than Kit. Kit is 10. How old is Iris?", 9),
    ("Leo and Mia have 20 stamps between them. Leo has 4 more stamps than Mia. How many stamps does Mia have?", 8),
    # kinship
    ("Olga is Pete's mother. Quinn is Olga's father. Who is Pete's grandfather?", "Quinn"),
    ("Rosa and Sam are siblings. Tina is Sam's daughter. What is Rosa to Tina?", "aunt or uncle"),
    ("Xavier's father is Yuri. Yuri's sister is Zoe. What is Zoe to Xavier?", "aunt"),
    ("Abe is Bea's father. Bea is Cole's mother. Cole is Dana's father. Who is Dana's great-grandfather?", "Abe"),
    ("Ellen is Gina's mother. Gina is Fred's mother. Is Ellen Fred's grandmother?", "yes"),
]

ROUND_U_ANALYZE: list = []
