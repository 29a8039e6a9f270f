"""Fresh everyday batch AA: constructions the older batches under-use, written before the code that reads them.

Ages with numbers (differences, sums, "in three years", "three times her age"), counting brothers and sisters
("Each sister has one brother."), square and round tables whose fourth person is named only in a clue, weekday
riddles of "today", "tomorrow" and "yesterday", "next to the doctor, on the left", a cumulative clue about an
attribute's owner ("The dog owner is older than Ed."), one-way relations ("Ann likes Bo. Does Bo like Ann?"),
languages, cities and sports as attributes, schedules by day and by slot, rankings with ties, "exactly one of these
signs is true" and "at most one of them is lying", lowercase chat typing, stories padded with filler, and
near-misses whose honest outcome is "cannot be determined" or an abstention.

Each case is (text, expected) as in `everyday_fresh_w.py`: expected is the answer ("cannot be determined" when the
question is understood and the facts leave it open), or None when the honest outcome is an abstention (a
wh-question the facts leave open is an abstention, as batch Y keys it). Orders, seats, grids, liars, family counts,
days and ages were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_fresh_aa.py` (recorded before any code change for this batch).
"""

ROUND_AA_SOLVE = [
    # ages with numbers
    ("Nina is 5 years older than Omar. Omar is 12. How old is Nina?", 17),
    ("Pete is 8, and his sister Quinn is three years younger than him. How old is Quinn?", 5),
    ("Together Rita and Sam are 40 years old. Rita is 10 years older than Sam. How old is Rita?", 25),
    ("Tara is 14. Uma is 2 years younger than Tara, and Vic is 5 years older than Uma. How old is Vic?", 17),
    ("Wes is 30 and Xia is 24. How many years older is Wes than Xia?", 6),
    ("Yuri is 11 and Zoe is 13. What is the sum of their ages?", 24),
    ("In three years, Abe will be 20. How old is Abe now?", 17),
    ("Dot is 10 years old. Her mum is three times her age. How old is Dot's mum?", 30),
    ("The ages of Tess and Ugo add up to 25. Ugo is 9. How old is Tess?", 16),
    ("Vik is 7, Wen is 9 and Xan is 12. What is their total age?", 28),
    ("Yoko is older than Zara, and Zara is 15. Is Yoko older than 14?", "yes"),
    # counting brothers and sisters
    ("Tom has two sisters. Each sister has one brother. How many children are in the family?", 3),
    # ^ keyed None at first (Tom's sex unsaid); since round 36 a name borne overwhelmingly by one sex is read so where
    # nothing else settles the count (`given_names.py`), and the answer says so
    ("Sally has three brothers. Each of her brothers has two sisters. How many sisters does Sally have?", 1),
    ("Sally has three brothers. Each brother has two sisters. How many children are there in the family?",
     5),  # keyed None at first (6 if Sally were a boy); Sally read as a girl since round 36 (`given_names.py`)
    ("Jon has four sisters, and each of his sisters has two brothers. How many boys are in the family?", 2),
    ("Gina has 2 brothers and 1 sister. How many children are in her family?", 4),
    # square and round tables, the fourth person named only in a clue
    ("Four friends sit around a square table, one on each side. Eve sits across from Fay. Gus sits on Eve's "
     "right. Hal sits next to Eve. Who sits across from Gus?", "Hal"),
    ("Mia, Ned and Ola sit around a round table with four seats. Their friend Pam takes the last seat, opposite "
     "Ned. Who sits opposite Mia?", "Ola"),
    ("Five people sit around a round table: Ray, Sue, Tim, Una and Val. Ray sits between Sue and Tim. Val does not "
     "sit next to Sue. Who sits next to both Val and Sue?", "Una"),
    ("Four players sit at a square card table, one on each side. Wyn sits opposite Xav. Yas sits on Wyn's left. "
     "Zed sits in the remaining seat. Who sits on Yas's left?", "Xav"),
    # today, tomorrow and yesterday
    ("If tomorrow is Saturday, what day was yesterday?", "Thursday"),
    ("The day before yesterday was Monday. What day is tomorrow?", "Thursday"),
    ("If the day after tomorrow is Sunday, what day is today?", "Friday"),
    ("Three days from today it will be Monday. What day was it yesterday?", "Thursday"),
    ("If two days ago was Friday, what day will it be in three days?", "Wednesday"),
    ("Eli's birthday is tomorrow. Today is Monday. On what day is Eli's birthday?", "Tuesday"),
    # next to the doctor, on the left
    ("Three people stand in a row: a doctor, a teacher and a chef. Ada is the doctor. The teacher stands at the "
     "left end. Ben stands next to the doctor, on the right. Cy is the teacher. Who stands in the middle?", "Ada"),
    ("Four neighbours - Gil, Hoa, Ike and Jo - live in four houses in a row, numbered 1 to 4 from left to right. "
     "Hoa is the doctor and lives in house 3. Gil lives next to the doctor, on the left. Jo lives in house 1. Who "
     "lives in house 4?", "Ike"),
    # grids: languages, cities, sports, and a cumulative clue
    ("Three neighbours, Ed, Flo and Guy, are 30, 40 and 50 years old, and each owns one pet: a dog, a cat or a "
     "parrot. The dog owner is older than Ed. Flo is 50. The parrot owner is the youngest. Guy owns the cat. Who "
     "owns the dog?", "Flo"),
    ("Three students, Hana, Ivan and Jodi, each speak a different language: French, German and Spanish. Hana "
     "doesn't speak French. The one who speaks German is Ivan. What language does Jodi speak?", "French"),
    ("Kay, Leo, Mo and Nia each live in a different city: Rome, Oslo, Lima and Cairo. Kay lives in Oslo. Leo "
     "doesn't live in Rome or Lima. Nia doesn't live in Lima. Where does Mo live?", "Lima"),
    ("Owen, Pia, Quin and Rae each play one sport: tennis, golf, hockey or rugby, all different. Owen plays golf. "
     "Pia doesn't play tennis or hockey. Quin isn't the hockey player. What does Quin play?", "tennis"),
    ("Sam, Tia and Uli each have a different favourite fruit (apple, banana, cherry) and a different favourite "
     "colour (red, blue, green). The person who likes bananas likes blue. Sam likes red. Tia likes cherries. Uli "
     "doesn't like green. Who likes apples?", "Sam"),
    ("Vera, Walt and Xena each speak one language - Italian, Dutch or Greek - one each. The Dutch speaker is taller "
     "than Vera. Walt is the shortest of the three. Walt doesn't speak Greek. Who speaks Italian?", "Walt"),
    # one-way relations
    ("Ann likes Bo. Does Bo like Ann?", "cannot be determined"),
    ("Gus helped Hal. Did Hal help Gus?", "cannot be determined"),
    ("Ivy admires Jack. Jack admires Kim. Does Ivy admire Kim?", "cannot be determined"),
    ("Nia loves Omar, and Omar loves everyone who loves him. Does Omar love Nia?", "yes"),
    # schedules: days and slots
    ("Four students - Ada, Ben, Cid and Dee - each present on a different day, Monday to Thursday. Ben presents on "
     "Tuesday. Ada presents the day after Dee. Cid doesn't present on Wednesday. Who presents on Thursday?", "Ada"),
    ("Three speakers, Eve, Finn and Gia, give talks at 9, 10 and 11 o'clock, one each. Finn speaks before Eve. Gia "
     "doesn't speak at 9. Eve doesn't speak at 11. Who speaks at 11?", "Gia"),
    ("Hal, Ida and Joe each have one lesson, on Monday, Wednesday or Friday. Ida's lesson is later in the week than "
     "Hal's. Joe's lesson is on Monday. On what day is Ida's lesson?", "Friday"),
    ("There are four time slots: first, second, third and fourth. Kit, Lia, Moe and Ned each take one. Lia goes "
     "right after Kit. Ned goes first. Moe doesn't go last. Who goes last?", "Lia"),
    # rankings with ties
    ("In a quiz, Ann and Bob tied for first. Cal scored less than Bob but more than Dot. Who came last?", "Dot"),
    ("Eve and Fin got the same score. Gil scored more than Eve. Who scored the most?", "Gil"),
    ("Kai and Lu tied in the race, and both finished ahead of Mo. Did Kai finish ahead of Lu?", "no"),
    ("Ned ran as fast as Oli. Oli ran faster than Pam. Is Ned faster than Pam?", "yes"),
    # exactly one sign is true, at most one of them lies
    ("The cake is in one of three boxes: red, blue or green. Exactly one of the signs on the boxes is true. The red "
     "box says, \"The cake is here.\" The blue box says, \"The cake is not here.\" The green box says, \"The cake is "
     "not in the red box.\" Which box has the cake?", "blue"),
    ("Amy, Bea and Cal were asked who won the game. Amy says, \"Bea won.\" Bea says, \"Cal won.\" Cal says, \"Bea "
     "won.\" One of them won, and at most one of them is lying. Who won?", "Bea"),
    ("One of Gia, Hal and Ivy broke the lamp. Gia says, \"Hal broke it.\" Hal says, \"Ivy broke it.\" Ivy says, "
     "\"I didn't break it.\" At most one of them is lying. Who broke the lamp?", "Hal"),
    ("One of Nat, Oz and Pia took the bike. Nat says, \"I didn't take it.\" Oz says, \"Nat took it.\" Pia says, "
     "\"Oz didn't take it.\" Only one of them is telling the truth. Who took the bike?", "Oz"),
    # lowercase and chat typing
    ("alice sits left of bob and bob sits left of carol. theyre in a row of three. who's in the middle??", "Bob"),
    ("dan is taller than eve. eve is taller than fred. whos the shortest", "Fred"),
    ("ok quick one: if it rains the match is off. it rained. is the match off?", "yes"),
    ("hey so tom is 4 yrs older than his sister mia. mia is 9. how old is tom?", 13),
    ("amy, bo and cy each have one pet: a cat, a dog or a fish. amy has the dog. bo doesnt have the cat. who has "
     "the fish", "Bo"),
    ("ok so kim, lee and max stand in a line. kim is right next to lee, on lee's left. max isnt at the right end. "
     "who's at the right end??", "Lee"),
    # stories padded with filler
    ("Last Sunday my aunt hosted a barbecue in her garden. Three cousins, Lena, Milo and Nico, arrived one after "
     "another. The weather was lovely. Milo arrived after Nico. Lena arrived before Nico. Who arrived last?",
     "Milo"),
    ("The school play was a big success and everyone clapped. Afterwards, four actors - Ola, Pip, Rae and Sol - "
     "lined up in a row for a photo. Pip stood at the far left. Sol stood right next to Pip. Rae was not at the "
     "far right. Who stood at the far right?", "Ola"),
    ("My grandpa loves telling stories about his old farm. He had three animals, a horse, a goat and a cow, named "
     "Bess, Duke and Flora (not in that order). Duke was not the horse. Flora was the cow. Which animal was Bess?",
     "horse"),
    ("It was raining, so the kids stayed indoors and had a drawing contest. Kim drew more pictures than Lou, and "
     "Max drew fewer than Lou. Who drew the most pictures?", "Kim"),
    # near-misses: cannot be determined, or an abstention
    ("Bea is 6 years older than Cy. How old is Bea?", None),  # left open
    ("Ruth is older than Sam. How old is Ruth?", None),  # left open
    ("Tina, Uma, Vic and Walt sit around a square table, one on each side. Tina sits next to Uma. Who sits opposite "
     "Tina?", None),  # Vic or Walt
    ("Yara has two sisters. How many brothers does Yara have?", None),  # left open
    ("Zack is 40. His son is younger than him. How old is his son?", None),  # left open
    ("Kira speaks French. Does Kira live in France?", None),  # world knowledge
    ("Every member of the choir sings. Liam sings. Is Liam in the choir?", "cannot be determined"),
    ("Pia is taller than Quin. Quin is taller than Pia. Who is taller?", None),  # contradictory
    ("Ola, Pat and Ros present on Monday, Tuesday and Wednesday, one each. Ola doesn't present on Monday. Who "
     "presents on Wednesday?", None),  # left open
    ("Jen, Kip and Lin: exactly one of them ate the cake. Jen says, \"Kip ate it.\" Kip says, \"I didn't.\" Lin "
     "says, \"I didn't.\" Exactly two of them are telling the truth. Who ate the cake?", None),  # Jen or Kip
    ("If the day after tomorrow is Friday, is today Thursday?", "no"),
    ("Mo has a brother. Does Mo have a sister?", "cannot be determined"),
]

ROUND_AA_ANALYZE: list = []
