"""Everyday puzzles and arguments in the wording people use (written for these tests, not from a benchmark).

Each case: (text, expected answer). `SOLVE` cases go through `agentlib.solve`, `ANALYZE` cases through
`agentlib.analyze` (expected "valid" / "invalid", and for a named fallacy the words it must contain).
"""

SOLVE = [
    # categorical statements and syllogisms
    ("All men are mortal. Socrates is a man. Is Socrates mortal?", "yes"),
    ("Every dog is an animal. Rex is a dog. Is Rex an animal?", "yes"),
    ("All cats are mammals. All mammals are animals. Are all cats animals?", "yes"),
    ("No reptiles have fur. All snakes are reptiles. Do snakes have fur?", "no"),
    ("Some birds can fly. Penguins are birds. Can penguins fly?", "cannot be determined"),
    ("All students in the class passed the exam. Maria is a student in the class. Did Maria pass the exam?", "yes"),
    ("Each of the employees must wear a badge. Tom is an employee. Does Tom wear a badge?", "yes"),
    ("No vegetarian eats meat. Lisa is a vegetarian. Does Lisa eat meat?", "no"),
    ("Every square is a rectangle. Every rectangle has four sides. Does every square have four sides?", "yes"),
    ("All roses are flowers. Some flowers fade quickly. Do all roses fade quickly?", "cannot be determined"),
    ("Whales are mammals. Mammals breathe air. Do whales breathe air?", "yes"),
    ("Only members can vote. Jake is not a member. Can Jake vote?", "no"),
    ("Everyone who studies passes. Ana studies. Does Ana pass?", "yes"),
    ("Nobody who is late gets a prize. Ben is late. Does Ben get a prize?", "no"),
    ("All the guests who arrived early got a seat. Carl is a guest who arrived early. Did Carl get a seat?", "yes"),
    ("All the guests who arrived early got a seat. Carl arrived early. Did Carl get a seat?", "cannot be determined"),
    # propositional connectives
    ("If it rains, the ground is wet. It is raining. Is the ground wet?", "yes"),
    ("If it rains, the ground is wet. The ground is not wet. Did it rain?", "no"),
    ("If it rains, the ground is wet. The ground is wet. Did it rain?", "cannot be determined"),
    ("If the alarm rings, the guard wakes up. The guard did not wake up. Did the alarm ring?", "no"),
    ("Either the butler or the gardener did it. The butler did not do it. Who did it?", "the gardener"),
    ("Unless it is sunny, we stay inside. We are not staying inside. Is it sunny?", "yes"),
    ("If John studies, he will pass. If he passes, he will graduate. John studies. Will John graduate?", "yes"),
    ("The light is on if and only if the switch is up. The switch is not up. Is the light on?", "no"),
    ("Lily orders cake or ice cream, but not both. Lily orders cake. Does Lily order ice cream?", "no"),
    ("Neither Anna nor Ben went to the party. Did Anna go to the party?", "no"),
    ("It is not the case that the shop is open. Is the shop open?", "no"),
    ("The train is late only if it snows. The train is late. Does it snow?", "yes"),
    ("Both the car and the bike are broken. Is the bike broken?", "yes"),
    ("If the oven is hot, the bread bakes. If the bread bakes, the kitchen smells good. The oven is hot. "
     "Does the kitchen smell good?", "yes"),
    ("Mia is happy whenever it is sunny. It is sunny. Is Mia happy?", "yes"),
    ("Sam plays tennis or Sam plays golf. Sam does not play golf. Does Sam play tennis?", "yes"),
    ("If Kim is at home, the lights are on. Is it true that Kim is at home?", "cannot be determined"),
    # comparatives and orderings
    ("Alice is taller than Bob. Bob is taller than Carol. Who is the shortest?", "Carol"),
    ("Alice is taller than Bob. Bob is taller than Carol. Who is the tallest?", "Alice"),
    ("Alice is taller than Bob. Bob is taller than Carol. Is Alice taller than Carol?", "yes"),
    ("Tom is older than Jerry but younger than Spike. Who is the oldest?", "Spike"),
    ("Max is heavier than Leo. Leo is heavier than Sam. List them from heaviest to lightest.", ["Max", "Leo", "Sam"]),
    ("Ann is older than Bob. Cal is younger than Bob. Who is the youngest?", "Cal"),
    ("Dana runs faster than Eli. Finn runs slower than Eli. Who is the slowest?", "Finn"),
    ("Anna, Ben and Cara sit in a row. Anna sits to the left of Ben. Cara sits to the right of Ben. "
     "Who sits in the middle?", "Ben"),
    ("In a race, Sam finished ahead of Tim, and Tim finished ahead of Uma. Who came last?", "Uma"),
    ("Five runners ran a race: Ann, Bob, Cy, Dee and Eve. Ann finished before Bob. Cy finished after Dee. "
     "Eve finished first. Bob finished before Dee. Who finished last?", "Cy"),
    ("Tom, Ursula and Vic sit in a row of three chairs. Tom is not at either end. Ursula sits to the right of Vic. "
     "Who sits on the far left?", "Vic"),
    ("Gina is richer than Hal. Hal is richer than Ivy. Is Ivy richer than Gina?", "no"),
    ("Lara is shorter than Mo. Nell is taller than Mo. Who is the tallest?", "Nell"),
    # zebra-style grids
    ("Three friends, Amy, Ben and Cal, each have a different pet: a cat, a dog and a fish. Amy does not have the dog. "
     "Ben has the cat. Who has the fish?", "Amy"),
    ("Three friends, Amy, Ben and Cal, each have a different pet: a cat, a dog and a fish. Amy does not have the dog. "
     "Ben has the cat. What pet does Cal have?", "dog"),
    ("There are three houses in a row. The houses are red, green and blue, each a different colour. The owners are "
     "Ann, Bob and Cy, each in a different house. Ann lives in the red house. The green house is immediately to the "
     "right of the red house. Bob lives in the first house. Cy does not live in the blue house. "
     "Who lives in the blue house?", "Bob"),
    ("Dan, Eve and Fay each drink a different drink: tea, coffee and milk. Dan does not drink coffee. "
     "Eve drinks milk. What does Dan drink?", "tea"),
    # truth-tellers and liars
    ('On an island, knights always tell the truth and knaves always lie. Ann says: "Bob is a knave." Bob says: '
     '"Ann and I are both knights." Who is a knight and who is a knave?', {"Ann": "knight", "Bob": "knave"}),
    ('Alice and Bob are each either a truth-teller or a liar. Truth-tellers always tell the truth and liars always '
     'lie. Alice says, "We are both liars." What are Alice and Bob?', {"Alice": "liar", "Bob": "truth-teller"}),
    ('Each of A, B and C is either a knight or a knave. Knights always tell the truth and knaves always lie. '
     'A says: "B is a liar." B says: "C is a liar." C says: "A and B are both liars." '
     'Who is a knight and who is a knave?', {"A": "knave", "B": "knight", "C": "knave"}),
    ('Three suspects: Ann, Bob and Cy. Ann says: "Bob did it." Bob says: "Ann is lying." Cy says: "I did not do it." '
     'Only one of them is telling the truth. One of them did it. Who did it?', "Cy"),
    ('Knights always tell the truth and knaves always lie. Zed says, "I am a knave or Yan is a knight." '
     'Who is a knight and who is a knave?', {"Zed": "knight", "Yan": "knight"}),
    # a second and third round, in other wordings
    ('Every teacher is patient. Mr. Brown is a teacher. Is Mr. Brown patient?', 'yes'),
    ('All squirrels eat nuts. Nutty is a squirrel. Does Nutty eat nuts?', 'yes'),
    ('No penguins can fly. Pingu is a penguin. Can Pingu fly?', 'no'),
    ('Cats are not dogs. Tom is a cat. Is Tom a dog?', 'no'),
    ("If the battery is dead, the car won't start. The car started. Is the battery dead?", 'no'),
    ('Whenever Leo sings, the dog howls. Leo is singing. Is the dog howling?', 'yes'),
    ('If it snows, school is cancelled. School is not cancelled. Is it snowing?', 'no'),
    ('Paul is either in Paris or in Rome. Paul is not in Rome. Is Paul in Paris?', 'yes'),
    ('Kate is smarter than Liam. Liam is smarter than Nina. Who is the smartest?', 'Kate'),
    ('Oscar is younger than Pia. Pia is younger than Quinn. Who is the oldest?', 'Quinn'),
    ('The red box is heavier than the blue box. The blue box is heavier than the green box. Which box is the lightest?', 'the green box'),
    ('Rob is taller than Sue. Sue is taller than Tia. Tia is taller than Uri. Who is the second tallest?', 'Sue'),
    ('Vera finished the race before Walt. Xena finished after Walt. Who finished first?', 'Vera'),
    ('Amy, Ben, and Cleo are sitting on a bench. Amy is to the left of Cleo. Ben is to the right of Cleo. Who is sitting on the right end?', 'Ben'),
    ('Four friends stand in a line: Pat, Quin, Ray and Sal. Pat is first. Sal is last. Quin is directly behind Pat. What position is Ray in?', 3),
    ('A knight always tells the truth and a knave always lies. Ali says "Bea is a knight." Bea says "Ali and I are different types." What are Ali and Bea?', {'Ali': 'knave', 'Bea': 'knave'}),
    ('Two people, Cora and Dov, live on an island of knights and knaves. Cora says: "At least one of us is a knave." Who is the knight?', 'Cora'),
    ('Knights always tell the truth and knaves always lie. Eli says that Fran is a knave. Fran says that Eli and she are both knaves. Who is a knight and who is a knave?', {'Eli': 'knight', 'Fran': 'knave'}),
    ('Three kids, Ava, Bo and Cy, each like a different fruit: apples, bananas and cherries. Ava does not like apples. Bo likes bananas. Who likes apples?', 'Cy'),
    ('Jo, Kai and Lu each own a different car: a red car, a blue car and a white car. Jo owns the blue car. Kai does not own the red car. Who owns the red car?', 'Lu'),
    ('All the books on the shelf are novels. Every novel has a plot. Does every book on the shelf have a plot?', 'yes'),
    ('Some students like math. Is it true that all students like math?', 'cannot be determined'),
    ('If Sara is hungry, she eats. Sara is not eating. Is Sara hungry?', 'no'),
    ('Either the key is in the drawer or it is in the car. The key is not in the drawer. Is the key in the car?', 'yes'),
    ('Gil is faster than Hana. Hana is faster than Ike. Is Ike faster than Gil?', 'no'),
    ('Everyone in my family likes pizza. My brother is in my family. Does my brother like pizza?', 'yes'),
    ('All birds have wings. A robin is a bird. Does a robin have wings?', 'yes'),
    ('Either Jack took the cookie or Jill took the cookie. Jill did not take the cookie. Who took the cookie?', 'Jack'),
    ('No doctors are lazy. Some people are doctors. Are some people not lazy?', 'yes'),
    ('Ben is older than Amy. Amy is older than Cid. Dee is older than Ben. Who is the oldest?', 'Dee'),
    ('Emma is shorter than Liam. Noah is shorter than Emma. Is Noah shorter than Liam?', 'yes'),
    ('Four kids are in a line. Ann is first. Bo is behind Cat. Cat is behind Ann. Dan is last. Who is second?', 'Cat'),
    ('On the island of knights and knaves, you meet Ray and Sid. Ray says: "Sid is a knave." Sid says: "Neither of us is a knave." Who is the knight?', 'Ray'),
    ('One of the three boys broke the window. Tim says: "Sam did it." Sam says: "Tim is lying." Rob says: "I did not break the window." Only one of them tells the truth. Who broke the window?', 'Rob'),
    ("Sue, Tom and Uma each have a different favorite color: red, blue and green. Sue likes red. Tom doesn't like green. What is Uma's favorite color?", 'green'),
    ('Three people live on three floors. Kay lives above Lee. Mo lives below Lee. Who lives on the top floor?', 'Kay'),
    ('All squares are rectangles. All rectangles have four sides. Therefore, do all squares have four sides?', 'yes'),
    ('If Bob is at work, his car is in the parking lot. His car is not in the parking lot. Is Bob at work?', 'no'),
    ('Pam is happy if she is with friends. Pam is with friends. Is Pam happy?', 'yes'),
    ('Rita will go to the beach only if it is sunny. It is not sunny. Will Rita go to the beach?', 'no'),
    ('Some cars are red. All red things are bright. Are some cars bright?', 'yes'),
    # a fourth round
    ('There are four houses in a row. Each house has a different colour: red, blue, green and yellow. Each owner has a different pet: a dog, a cat, a bird and a fish. The red house is the first house. The blue house is immediately to the right of the red house. The green house is next to the yellow house. The dog lives in the red house. The cat lives in the blue house. The bird lives in the yellow house. The fish lives in the third house. Which house is green?', 'house 3'),
    ('A says: "We are both knaves." What are A and B?', {'A': 'knave', 'B': 'knight'}),
    ('Knights always tell the truth; knaves always lie. Pete says, "Quinn is a knight." Quinn says, "Pete and I are of different kinds." Who is the knave?', ['Pete', 'Quinn']),
    ('Lisa is the youngest. Mark is older than Nora. Is Nora older than Lisa?', 'yes'),
    ('Tom runs faster than Ann. Ann runs faster than Bea. Is Bea faster than Tom?', 'no'),
    ('All of my friends are musicians. Some musicians are rich. Are all of my friends rich?', 'cannot be determined'),
    ('If the museum is open, Ella visits it. The museum is open. Does Ella visit the museum?', 'yes'),
    ('Gary is either a doctor or a lawyer. Gary is not a lawyer. Is Gary a doctor?', 'yes'),
    ('No one who smokes is healthy. Carl smokes. Is Carl healthy?', 'no'),
    ('Only students can borrow books. Fred is not a student. Can Fred borrow books?', 'no'),
    ('Jen, Kim and Lea sit in a row. Jen is not next to Kim. Kim is on the left end. Who sits in the middle?', 'Lea'),
    ('Sam is taller than Tim but shorter than Uli. Vic is shorter than Tim. Who is the shortest?', 'Vic'),
    ('If the alarm goes off, everyone leaves the building. The alarm went off. Did Zoe leave the building?', 'yes'),
    ('Every child in the park is happy. Mia is a child in the park. Is Mia happy?', 'yes'),
    ('Three friends each either always tell the truth or always lie. Ann says, "Bob lies." Bob says, "Cy lies." Cy says, "Ann and Bob both lie." Who tells the truth?', 'Bob'),
]

ANALYZE = [
    ("If it rains, the ground is wet. The ground is wet. Therefore it rained.", "invalid", "affirming the consequent"),
    ("If it rains, the ground is wet. It rained. Therefore, the ground is wet.", "valid", "modus ponens"),
    ("If it rains, the ground is wet. The ground is not wet. So it did not rain.", "valid", "modus tollens"),
    ("If it rains, the ground is wet. It did not rain. Therefore the ground is not wet.", "invalid",
     "denying the antecedent"),
    ("All men are mortal. Socrates is a man. Therefore, Socrates is mortal.", "valid", ""),
    ("All cats are mammals. All dogs are mammals. Therefore all cats are dogs.", "invalid", "undistributed middle"),
    ("All mammals are animals. All dogs are mammals. So all dogs are animals.", "valid", "Barbara"),
    ("Either the butler did it or the maid did it. The butler did not do it. Hence the maid did it.", "valid",
     "disjunctive syllogism"),
    ("If John studies, he will pass. If he passes, he will graduate. Therefore, if John studies, he will graduate.",
     "valid", "hypothetical syllogism"),
    ("No fish are mammals. Some pets are fish. So some pets are not mammals.", "valid", "Ferio"),
    ("All unicorns are horses. All unicorns have horns. Therefore some horses have horns.", "invalid",
     "existential fallacy"),
    ("If I study, I pass. I passed. Does it follow that I studied?", "invalid", "affirming the consequent"),
    ("Either Tom is at work or Tom is at home. Tom is at work. Therefore Tom is not at home.", "invalid",
     "affirming a disjunct"),
    ("All birds have feathers. Tweety has feathers. Therefore Tweety is a bird.", "invalid", "affirming the consequent"),
    ("If the store is open, Ana buys bread. If the bakery is open, Ana buys cake. The store is open or the bakery is "
     "open. Therefore Ana buys bread or Ana buys cake.", "valid", "constructive dilemma"),
    # a second and third round, in other wordings
    ('Dogs are loyal. Max is a dog. So Max is loyal.', 'valid', ''),
    ('If the plant gets water, it grows. The plant grows. Therefore, the plant got water.', 'invalid', 'affirming the consequent'),
    ('Some athletes are rich. All rich people are happy. So some athletes are happy.', 'valid', ''),
    ('All poets are dreamers. No dreamers are practical. Therefore no poets are practical.', 'valid', ''),
    ('If the price rises, demand falls. Demand did not fall. Hence the price did not rise.', 'valid', ''),
    ('Either we win or we lose. We did not lose. So we won.', 'valid', ''),
    ('All politicians lie. Bob lies. Therefore Bob is a politician.', 'invalid', ''),
    ('All humans are animals. All animals need food. So all humans need food.', 'valid', ''),
    ('Some dogs are brown. Some brown things are chairs. Therefore some dogs are chairs.', 'invalid', 'categorical syllogism III-1: undistributed middle'),
    ('If you study hard, you will pass. You passed. So you studied hard.', 'invalid', 'affirming the consequent'),
    ('If he is guilty, he will run away. He did not run away. Therefore, he is not guilty.', 'valid', ''),
    ('No reptiles are warm-blooded. All snakes are reptiles. Hence no snakes are warm-blooded.', 'valid', ''),
    ('Either the printer is out of paper or it is broken. The printer is not broken. So it is out of paper.', 'valid', ''),
    ('If it snows, the roads are icy. If the roads are icy, accidents happen. It snows. Therefore accidents happen.', 'valid', ''),
    ('All cats meow. Felix meows. Therefore Felix is a cat.', 'invalid', 'affirming the consequent (undistributed middle)'),
    # a fourth round
    ('All fish live in water. Nemo lives in water. Therefore Nemo is a fish.', 'invalid', 'affirming the consequent (undistributed middle)'),
    ('If the light is red, cars stop. Cars did not stop. Therefore the light was not red.', 'valid', ''),
    ('Some teachers are strict. Some strict people are unfair. So some teachers are unfair.', 'invalid', 'categorical syllogism III-1: undistributed middle'),
    ('Either Alice wins or Bob wins. Alice wins. So Bob does not win.', 'invalid', 'affirming a disjunct'),
    ('All whales are mammals. No mammals are fish. Therefore no whales are fish.', 'valid', ''),
    ('If the team trains, it wins. If it wins, the fans are happy. So if the team trains, the fans are happy.', 'valid', ''),
]
