"""Fresh everyday batch N: logic puzzles in voices no earlier batch used, written before the code that reads them.

A teacher's worksheet ("Worksheet 4", "Clue A:", "Show your work."), a tired parent typing late at night, a quiz show
host ("For 200 points:"), a chat message with typos and no capitals ("taler then", "r", "whos"), a non-native
speaker ("more older", "is true that", "I have 20 years"), a puzzle book ("Puzzle 14."), a job-interview brain teaser
and a Discord message (mentions, emoji, "ngl", "lol"). They cover every family of issue 11: syllogisms with plural
and singular subjects and "only", propositional rules in prose (unless, only if, if and only if, neither ... nor,
either ... or but not both), races ("beat", "finished ahead of", "came in third", "two places before"), ages,
heights and weights, events before and after, "list them from tallest to shortest", "in what position", seats in a
row and around a round table, zebra grids of 3-4 people by 2-3 attributes, knights, knaves and spies with and
without a counting opener, who-did-it with one liar, "how many solutions", "is it true that" and "can we conclude".
Each case is (text, expected) as in `everyday_fresh_m.py`: expected is the answer ("cannot be determined" when the
question is understood and the facts leave it open), or None when the honest outcome is an abstention. The
knights, spies, suspects, seats, grids and counts were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_fresh_n.py` (recorded before any code change for this batch).
"""

ROUND_N_SOLVE = [
    # a teacher's worksheet
    ("Worksheet 4 - Logic\nName: __________\n1) All mammals have hair. A dolphin is a mammal. Does a dolphin have "
     "hair? Circle yes or no.", "yes"),
    ("Read each clue carefully and answer the question.\nClue A: Priya is older than Sam.\nClue B: Sam is older than "
     "Theo.\nClue C: Uma is younger than Theo.\nQuestion: Who is the oldest? Show your work.", "Priya"),
    ("Exercise 2. Five students stand in line for lunch: Ali, Bea, Cole, Dina and Eli. Ali is first. Bea is two "
     "places behind Ali. Cole is right behind Bea. Dina is not last. In what position is Eli?", 5),
    ("Worksheet question 3: Only students with a permission slip may go on the trip. Nora went on the trip. Did "
     "Nora have a permission slip?", "yes"),
    ("Lesson 6 practice. The soup is served hot unless the cook is away. The soup is not served hot. Is the cook "
     "away?", "yes"),
    ("Q5. Every square is a rectangle. No rectangle is a circle. Is it true that no square is a circle?", "yes"),
    # a tired parent
    ("ok my son has this for homework and i am way too tired for it. if it rains the game is cancelled. the game "
     "wasn't cancelled. did it rain?", "no"),
    ("Long day, brain fried. Kid's homework: Four kids ran a race. Mo beat Lia. Lia beat Sid. Sid beat Kat. Who came "
     "in third?", "Sid"),
    ("please someone help before i lose it. my daughter's sheet says: Jen, Ken and Len each have a different pet: a "
     "hamster, a parrot and a turtle. Jen doesn't have the parrot. Ken has the turtle. who has the hamster?", "Jen"),
    ("It's 11pm and I'm still doing fourth grade logic. The bakery is open if and only if the sign is lit. The sign "
     "is not lit. Is the bakery open?", "no"),
    ("My twins are arguing about this one. You can ride the roller coaster only if you are tall enough. Jake rode "
     "the roller coaster. Is Jake tall enough?", "yes"),
    ("Last one I swear. There are two people, Ada and Bex. Each is a knight or a knave. Ada says 'Bex is a knight.' "
     "Bex says 'Ada and I are different.' What is Ada?", {"Ada": "knave"}),
    # a quiz show host
    ("Welcome back to Brain Busters! For 200 points: Greta finished ahead of Hank, and Hank finished ahead of Ivan. "
     "Did Ivan finish ahead of Greta?", "no"),
    ("Contestants, your next question. Three guests, Ada, Ben and Cleo, sit around a round table. Ben sits on Ada's "
     "right. Who sits on Ada's left?", "Cleo"),
    ("And now for the jackpot! Knights always tell the truth and knaves always lie. Rex says, 'Sue and I are both "
     "knaves.' What is Sue?", {"Sue": "knight"}),
    ("Lightning round! Either the red door or the blue door hides the prize, but not both. The red door doesn't "
     "hide the prize. Does the blue door hide the prize?", "yes"),
    ("Final question, for the win: Dora, Eric and Fay each ordered a different dessert: pie, cake or ice cream. The "
     "person who ordered pie is not Dora. Eric ordered cake. What did Fay order?", "pie"),
    ("For 300 points, list them from tallest to shortest: Rosa is taller than Tim, Uma is shorter than Tim, and Vera "
     "is taller than Rosa.", ["Vera", "Rosa", "Tim", "Uma"]),
    ("Our history round: the bridge was built before the tower, and the castle was built after the tower. Which was "
     "built last?", "the castle"),
    # a chat message with typos and no capitals
    ("ok so tom is taler than jim and jim is taller then bob. whos the shortest", "Bob"),
    ("quick q: all cats r animals, tibbles is a cat. is tibbles an animal", "yes"),
    ("if sam goes to the party then lia goes too. lia didnt go. did sam go", "no"),
    ("wait so neither ana nor ben came to the party. did ben come", "no"),
    ("ppl pls help: ria sits left of zed in a row of 3, and max is at the right end. who is in the middle", "Zed"),
    ("so theres 4 houses in a row, 1 to 4 left to right. amy bob cal dee live in them one each. amy lives in house "
     "2. bob lives right next to amy but not in 3. dee lives left of cal. who lives in house 4?", "Cal"),
    # a non-native speaker
    ("Hello, please I need help. Anna is more older than Boris and Boris is more older than Carla. Who is most "
     "young?", "Carla"),
    ("Every farmer wake up early. Pedro is a farmer. Does Pedro wake up early?", "yes"),
    ("Please to solve: Three persons, Ivan, Olga and Pavel, are standing in one row. Olga stands between Ivan and "
     "Pavel. Ivan is on the left end. Who is on the right end?", "Pavel"),
    ("My brother is 3 years more old than me, and I have 20 years. How old is my brother?", 23),
    ("Is true that Greta is older than Ivo? Greta is older than Hank and Hank is older than Ivo.", "yes"),
    # a puzzle book
    ("Puzzle 12. Four friends, Alma, Bruno, Chen and Dara, sit in a row of four seats numbered 1 to 4 from left to "
     "right. Bruno sits in seat 3. Alma sits directly to the left of Bruno. Dara does not sit in seat 4. Who sits in "
     "seat 4?", "Chen"),
    ("Puzzle 13. Three houses stand in a row: a red, a blue and a yellow one. Ed, Flo and Gil each live in one, and "
     "each keeps a different pet: a dog, a cat or a fish. The red house is in the middle. Ed lives in the blue "
     "house. Flo lives to the right of the red house. The dog lives in the yellow house. Gil has the cat. Who has "
     "the fish?", "Ed"),
    ("Puzzle 14. Five runners - Kai, Lena, Milo, Nico and Opal - finished a race with no ties. Lena finished two "
     "places before Opal. Milo finished right after Lena. Kai finished last. Nico finished first. In what position "
     "did Lena finish?", 2),
    ("Puzzle 15. On an island, every inhabitant is a knight, who always tells the truth, or a knave, who always "
     "lies. You meet three inhabitants, Ula, Vik and Wes. Ula says, 'Exactly one of us is a knave.' Vik says, 'Ula "
     "is a knave.' Wes says, 'Vik and I are the same kind.' Who is a knight?", "Vik"),
    ("Puzzle 16. Four friends - Ari, Bo, Cas and Dev - sit evenly around a round table. Ari sits directly opposite "
     "Cas. Bo sits on Ari's left. Who sits on Cas's left?", "Dev"),
    ("Puzzle 18. Five friends sit around a round table: Hugo, Iris, Jake, Kira and Liam. Hugo sits next to Iris and "
     "next to Jake. Kira does not sit next to Jake. Who sits next to both Kira and Jake?", "Liam"),
    ("Puzzle 19. Three friends - Nadia, Omar and Petra - each have a different job (doctor, pilot, chef) and a "
     "different car colour (red, white, black). The doctor drives the white car. Omar is the chef. Petra drives the "
     "black car. Nadia is not the pilot. What colour is Omar's car?", "red"),
    ("Puzzle 21. Of Amos, Bess and Carl, one is a knight (always truthful), one is a knave (always lies) and one is "
     "a spy (may say anything). Amos says, 'I am the spy.' Bess says, 'Amos is telling the truth.' Carl says, 'I am "
     "not the spy.' Who is the spy?", "Bess"),
    ("Puzzle 22. Four colleagues - Hana, Ivo, Jun and Kat - each brought a different lunch (salad, soup, sushi, "
     "tacos) and a different drink (tea, coffee, water, juice). Hana brought soup. The person with sushi drinks "
     "tea. Ivo drinks coffee. Jun brought neither salad nor tacos. Kat drinks juice. Who drinks water?", "Hana"),
    # a job-interview brain teaser
    ("I got this in a job interview: A, B and C are suspects and exactly one of them is guilty. A says 'I am "
     "innocent.' B says 'A is guilty.' C says 'B is innocent.' Exactly one of them is lying. Who is guilty?", None),
    ("Got asked this at an interview today: if all bloggers are writers and some writers are editors, can we "
     "conclude that some bloggers are editors?", "no"),
    ("Interview puzzle: In how many ways can four candidates, Ann, Bo, Cy and Di, be ranked if Ann must be ranked "
     "above Bo?", 12),
    ("A hiring manager asked me this: Every engineer at the company uses Linux. Kim doesn't use Linux. Is Kim an "
     "engineer at the company?", "no"),
    ("Interview warm-up: the vase is broken and one of four kids did it. Mia: 'It was Ned.' Ned: 'It wasn't me.' "
     "Ola: 'It wasn't Mia.' Pat: 'It was Ola.' Only one of them is telling the truth. Who broke the vase?", "Mia"),
    # a Discord message
    ("@everyone puzzle of the day 🧩 zoe, yuki and xavi each have a different fav game: chess, checkers or poker. "
     "zoe hates poker and doesn't play checkers. yuki plays poker. what does xavi play? first correct answer gets a "
     "role lol", "checkers"),
    ("ngl this one got me: knights always tell the truth, knaves always lie. pip says 'i'm a knave or quinn is a "
     "knight'. what are pip and quinn?", {"Pip": "knight", "Quinn": "knight"}),
    ("puzzle time!! the movie starts after dinner, and dinner is after the walk. what happens first?", "the walk"),
    ("mods pls pin 🙏 Uri is heavier than Val. Wyn is lighter than Val. Is Uri heavier than Wyn?", "yes"),
    ("lol settle this: mei is shorter than nia, oli is shorter than mei, pax is taller than nia. who is the "
     "shortest", "Oli"),
    ("bored so here's one: ed, fi and gu are each a knight or a knave. ed says 'fi is a knave'. how many solutions "
     "are there?", 4),
    ("neither the cat nor the dog ate the cake, and either the dog or the parrot ate it. did the parrot eat it",
     "yes"),
]

ROUND_N_ANALYZE: list = []
