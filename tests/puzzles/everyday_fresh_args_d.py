"""Fresh everyday arguments (batch "args d"): written before the code that reads them, to measure `analyze` on sight.

Arguments as people type them in chats and homework: every named form and fallacy in casual wording, the
conclusion first ("X, since Y"), "which means", pronouns, antonyms as negation (up / down, open / closed, on / off,
warm / cold), "unless", "provided that", "only if", "if and only if", "not all", conversions, "not both", and a few
honestly ambiguous ones (quantifier scope, an unclear pronoun, an unstated premise) that must abstain. Each case is
(text, expected, form words) as in `everyday_fresh_args_c.py`: expected "valid" / "invalid" (worked out by truth
table or Venn diagram, modern reading: a universal statement does not assert that its subject exists, "A unless B"
is "A or B"), or None where only an abstention is honest; form words are what the named form or fallacy must
contain ("" for any).

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_d.py`): right 32,
misnamed 0, abstained 7, wrong 0 of 39. The misses: the conclusion first with "since if ...", "which means" after an
instance and a rule, antonym pairs up / down and warm / cold, "it steams" after "the soup", "can't be both at A and
at B", and "every instrument makes sound".
"""

ARGS_D = [
    # modus ponens, conclusion first, "provided that", "which means"
    ("The store is closed, since if the lights are off the store is closed, and the lights are off.", "valid",
     "modus ponens"),
    ("Bo eats dessert provided that he finishes his dinner. Bo finishes his dinner. So he eats dessert.", "valid",
     "modus ponens"),
    ("Ivy is a nurse, and every nurse works shifts, which means Ivy works shifts.", "valid", ""),
    ("Unless the bridge is closed, Ali drives to work. The bridge isn't closed. So Ali drives to work.", "valid", ""),
    # modus tollens with pronouns and antonyms
    ("If the baby cries, she is hungry. She isn't hungry. So the baby doesn't cry.", "valid", "modus tollens"),
    ("If the pool is open, the flag is up. The flag is down. So the pool is closed.", "valid", "modus tollens"),
    ("If Zara wins the lottery, she quits her job. She doesn't quit her job. So Zara doesn't win the lottery.",
     "valid", "modus tollens"),
    ("If the fridge is on, the milk is cold. The milk is warm. So the fridge is off.", "valid", ""),
    ("Lia goes to the beach only if it is sunny. It is not sunny. So Lia doesn't go to the beach.", "valid", ""),
    ("The alarm sounds if and only if the door opens. The alarm doesn't sound. So the door doesn't open.", "valid",
     ""),
    # affirming the consequent / denying the antecedent
    ("If the soup is hot, it steams. The soup steams. So it is hot.", "invalid", "affirming the consequent"),
    ("If Nora studies, she passes. Nora doesn't study, which means she doesn't pass.", "invalid",
     "denying the antecedent"),
    ("Max gets a bonus only if he hits his target. Max hits his target. So Max gets a bonus.", "invalid",
     "affirming the consequent"),
    ("Anyone who speeds gets a ticket. Omar gets a ticket. So Omar speeds.", "invalid", ""),
    # chains, disjunctions, dilemmas
    ("If the team practices, it wins. If it wins, the coach is happy. So if the team practices, the coach is happy.",
     "valid", "hypothetical syllogism"),
    ("Either the battery is dead or the starter is broken. The battery isn't dead. So the starter is broken.",
     "valid", "disjunctive syllogism"),
    ("Either Mia drove or Ken drove. Mia drove. So Ken didn't drive.", "invalid", "affirming a disjunct"),
    ("If Gus takes the train, he reads. If Gus drives, he listens to music. Gus takes the train or he drives. So he "
     "reads or he listens to music.", "valid", "constructive dilemma"),
    ("If the oven is on, the kitchen is warm. If the fan is on, the kitchen is noisy. The kitchen isn't warm or it "
     "isn't noisy. So the oven isn't on or the fan isn't on.", "valid", "destructive dilemma"),
    ("Nia can't be both at the gym and at the office. Nia is at the gym. So she isn't at the office.", "valid", ""),
    ("Lou is tired and hungry. So Lou is hungry.", "valid", ""),
    # categorical: valid moods
    ("Every violin is an instrument and every instrument makes sound, so every violin makes sound.", "valid",
     "Barbara"),
    ("No cats are dogs. All kittens are cats. So no kittens are dogs.", "valid", "Celarent"),
    ("All pilots are trained. Some soldiers are pilots. So some soldiers are trained.", "valid", "Darii"),
    ("No liars are trustworthy. Some salesmen are liars. So some salesmen are not trustworthy.", "valid", "Ferio"),
    ("Nobody who owns a cat is lonely. Pat is lonely. So Pat doesn't own a cat.", "valid", ""),
    ("Not all doctors are rich. So some doctors are not rich.", "valid", ""),
    # categorical fallacies, conversions, "not all"
    ("All dogs have tails. All cats have tails. So all cats are dogs.", "invalid", "undistributed middle"),
    ("All bankers are rich. No teachers are bankers. So no teachers are rich.", "invalid", "illicit major"),
    ("All ravens are black. All ravens are birds. So all birds are black.", "invalid", "illicit minor"),
    ("No fish are birds. Some birds are not pets. So some fish are not pets.", "invalid", "exclusive premises"),
    ("All dragons breathe fire. All dragons are reptiles. So some reptiles breathe fire.", "invalid", "existential"),
    ("All surgeons are doctors. So all doctors are surgeons.", "invalid", ""),
    ("Some teachers are not strict. So some strict people are not teachers.", "invalid", ""),
    ("Not all birds can fly. Robins are birds. So robins can't fly.", "invalid", ""),
    # honestly ambiguous: must abstain
    ("Every student read some book. So there is a book that every student read.", None, ""),  # quantifier scope
    ("Everybody in the club likes someone. So someone is liked by everybody in the club.", None, ""),  # scope
    ("If Tom meets Jake, he is happy. Tom meets Jake. So Jake is happy.", None, ""),  # who is "he"?
    ("Kira is a doctor. So she is rich.", None, ""),  # unstated premise
]

# Outcomes where either an abstention or the named verdict is honest: "right" if the analysis abstains or verifies
# this verdict.
OK_EITHER: dict[str, str] = {}
