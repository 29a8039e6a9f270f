"""Fresh everyday batch M: short reasoning questions as different people type them, written before the code.

Nonsense-word syllogisms ("bloops", "razzies"), trick questions that only an abstention answers honestly ("Mary's
father has five daughters"), kin chains asked as "how is A related to D", the first person ("I'm older than my
brother"), "nobody who ... ", events ordered with "before" / "after", "exactly two of these statements are true",
days told from today, conditionals with "whenever" / "unless" / "only when", counted comparisons without money
("more marbles than"), and names typed in lower case in chat. Each case is (text, expected) as in
`everyday_fresh_l.py`: expected is the answer ("cannot be determined" when the question is understood and the facts
leave it open), or None when the honest outcome is an abstention.

First sight: see `test_everyday_fresh_m.py` (recorded before any code change for this batch).
"""

ROUND_M_SOLVE = [
    # nonsense-word chains
    ("if all bloops are razzies and all razzies are lazzies, are all bloops lazzies?", "yes"),
    ("All zips are zaps. Some zaps are zops. Are some zips zops?", "cannot be determined"),
    ("No glorks are flerbs. All snibs are glorks. Are any snibs flerbs?", "no"),
    # trick questions: honest abstention
    ("Mary's father has five daughters: Nana, Nene, Nini, Nono. What is the fifth daughter's name?", None),
    # kin chains
    ("A is B's sister, B is C's brother, C is D's father: how is A related to D?", "aunt"),
    ("Tom is Ann's father. Ann is Joe's mother. How is Tom related to Joe?", "grandfather"),
    ("Rita is Sam's mother and Sam is Tina's father. What is Rita to Tina?", "grandmother"),
    # the first person
    ("I'm older than my brother, my brother is older than our cousin, am I older than our cousin?", "yes"),
    ("I am taller than Zed and Zed is taller than Yan. Is Yan taller than me?", "no"),
    ("I run faster than Kim. Kim runs faster than Lou. Who is the slowest?", "Lou"),
    # nobody who
    ("Nobody who is honest lies. Sam lies. Is Sam honest?", "no"),
    ("No one who studies fails. Pia studies. Does Pia fail?", "no"),
    ("Nobody who is honest lies. Tim doesn't lie. Is Tim honest?", "cannot be determined"),
    # events before / after
    ("The concert was before the dinner, and the dinner was before the movie. Was the concert before the movie?",
     "yes"),
    ("Breakfast came after the run. The shower came after breakfast. What came first?", "the run"),
    ("The meeting happened after lunch. Lunch happened after the call. Did the call happen after the meeting?",
     "no"),
    # how many statements are true
    ("Exactly two of these three statements are true: Ann is home. Bob is home. Cy is home. Ann is not home. "
     "Is Bob home?", "yes"),
    ("Exactly one of Dee and Eli is lying. Dee is lying. Is Eli lying?", "no"),
    # days told from today
    ("the day after tomorrow is Sunday, what day was yesterday?", "Thursday"),
    ("If yesterday was Monday, what day is tomorrow?", "Wednesday"),
    ("Two days ago it was Friday. What day is it today?", "Sunday"),
    # conditionals: if not / whenever / unless / only when
    ("if it's not raining, I walk; today I didn't walk. Is it raining?", "yes"),
    ("Whenever Kai is tired, he naps. Kai didn't nap. Is Kai tired?", "no"),
    ("The dog barks unless it is asleep. The dog is not barking. Is the dog asleep?", "yes"),
    ("Lena sings only when she is happy. Lena is singing. Is she happy?", "yes"),
    ("Lena sings only when she is happy. Lena is happy. Is she singing?", "cannot be determined"),
    # counted comparisons
    ("Ann has more marbles than Bob but fewer than Cy; who has the fewest?", "Bob"),
    ("Dan has fewer stamps than Eve. Eve has fewer stamps than Fay. Who has the most stamps?", "Fay"),
    ("Gia has more books than Hal. Does Hal have more books than Gia?", "no"),
    ("Ivo has more cards than Jo. Kat has more cards than Jo. Who has the most cards?", None),
    # lower-case names in chat
    ("jack is taller than kim and kim is taller than lee. is jack taller than kim?", "yes"),
    ("is jack taller than lee? jack is taller than kim, kim is taller than lee", "yes"),
    # keyed "olly" at first sight; a name is answered with its capital
    ("max is older than ned. ned is older than olly. who is the youngest?", "Olly"),
    ("sue is shorter than tara. is tara shorter than sue?", "no"),
    ("all of my friends like pizza. ron is my friend. does ron like pizza?", "yes"),
]

ROUND_M_ANALYZE: list = []
