"""Fresh everyday arguments and rule questions (batch "args h"): written before the code that reads them.

Arguments in voices the earlier batches did not use: a courtroom closing statement, a debate-club rebuttal, a
textbook exercise list ("Exercise 3: ..."), a doctor explaining a diagnosis, a forum flame war, a detective's
summation, a teacher grading a student's syllogism, a lawyer's contract clause ("provided that", "in the event
that", "unless otherwise"), recipe logic ("you can't bake ... unless the oven is hot"); premises after the
conclusion ("given that"), conclusions as questions, enthymemes, contrapositive chains, "all and only", "if and only
if", "not both", "at least one of", "whenever", "no one who ... is ...", "anyone who ...", "only those who ...",
negated quantifiers ("it is false that no ..."), existential import, relational chains with "the same age as" and
converses ("shorter", "younger"), the named fallacies, and equivocations only an abstention answers honestly. Then
rule questions for `solve` in chat style, and a hunt for wrong answers: possessives ("Ann's dog barks. So Ann
barks."), collective plurals ("The students lifted the piano"), "each other", "different" (two different cars may
share a colour), "except", count quantifiers ("at most two of", "exactly one of", "at least two of"), "most" /
"few" / "a few", "no longer" / "still" / "anymore" / "used to", deontic and epistemic "must" / "should", "than"
with ellipsis ("taller than Bo is") and the trap "taller than Bo thinks", quantifier scope ("Everyone loves
someone"), "if only" / "even if" / "only if", and adjectives that are not intersective ("a fake doctor", "a former
senator", "a good cook", "a small elephant").

Keys by truth table, Venn diagram or a small model by hand, modern reading: a universal statement does not assert
that its subject exists, "A unless B" is "A or B", "P provided that Q" / "in the event that Q, P" is "if Q then P",
"you can't A unless B" is "A only if B", "X, given that Y" asserts Y as a premise, "at most / exactly / at least N
of" counts exactly, "a few" is "some". An analyze case is (text, expected, form words) with expected "valid" /
"invalid", or None where only an abstention is honest (`OK_EITHER` names a verdict that is honest too); a solve case
is (text, expected) with expected "yes" / "no" / "cannot be determined", or None where only an abstention is
honest (again with `OK_EITHER`).

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_h.py`): right 84,
abstained 37, wrong 3 of 124. The three wrong: "The murderer is left-handed. Colonel Mustard is left-handed. So
Colonel Mustard is the murderer." verified valid ("the murderer" as a subject was an individual kept apart from
every name, while "is the murderer" counted exactly one murderer among the named people, so the one name had to be
it), and two where a rule with "must" was read as what happens ("Every student must wear a uniform. ... So Ben
wears a uniform." valid, "Every guest must sign the book. ... Did Max sign the book?" yes): first keyed as
abstentions, then re-keyed to accept that reading, the convention `everyday.py` already keys ("Each of the
employees must wear a badge. Tom is an employee. Does Tom wear a badge?" yes; "should" stays its own predicate).
The abstentions: an unmarked conclusion first ("Ladies and gentlemen of the jury, ...", the doctor), "The
prosecution says ...", "My opponent claims that ..." (granted or reported), "Determine whether each argument is
valid. Exercise 3:", "The student wrote:", "lol no.", "tests positive" / "have strep throat", "the cream clears
it", "provided that", "in the event that", "unless otherwise agreed", "So doesn't the express stop ...?", "is
allowed in the gym", "the same age as" (every case), "forgives him" (two antecedents: right to abstain), the
possessives ("Ann's dog barks. So Ann barks."), "the same key", "Everyone loves someone" (both ways), "different
cars", "the same city", "a few of", "taller than Bo is" / "faster than Bo does" (every case), and in `solve`:
"the rule at my pool is that nobody swims without ...", "My teacher said ...", "my sister says ...", "has no TV",
"Ann's cat sleeps", "different bosses".
"""

ARGS_H = [
    # a courtroom closing statement
    ("Ladies and gentlemen of the jury, the defendant did not fire the gun. If he had fired the gun, there would "
     "be powder on his hands. There was no powder on his hands.", "valid", "modus tollens"),
    ("The prosecution says my client was at the scene. But anyone who was at the scene left footprints in the mud, "
     "and my client left no footprints in the mud. So my client was not at the scene.", "valid", ""),
    ("The witness saw the defendant only if the streetlight was on. The streetlight was on. Therefore the witness "
     "saw the defendant.", "invalid", "affirming the consequent"),
    # a debate-club rebuttal
    ("My opponent claims that uniforms improve grades. But if uniforms improved grades, schools with uniforms "
     "would have higher grades, and schools with uniforms do not have higher grades. Therefore uniforms do not "
     "improve grades.", "valid", "modus tollens"),
    ("Every tax cut helps the rich, and this bill is a tax cut, so this bill helps the rich.", "valid", ""),
    ("If we ban cars downtown, the shops lose customers. We won't ban cars downtown. So the shops won't lose "
     "customers.", "invalid", "denying the antecedent"),
    # a textbook exercise list
    ("Determine whether each argument is valid. Exercise 3: Some mammals are aquatic. All whales are mammals. "
     "Therefore some whales are aquatic.", "invalid", "undistributed middle"),
    ("Exercise 4: No reptiles have fur. All snakes are reptiles. Therefore no snakes have fur.", "valid",
     "Celarent"),
    ("Exercise 5: If a triangle has a right angle, it is not equilateral. This triangle is equilateral. Therefore "
     "this triangle does not have a right angle.", "valid", ""),
    # a doctor explaining a diagnosis
    ("You don't have the flu. If you had the flu, you would have a fever, and you don't have a fever.", "valid",
     "modus tollens"),
    ("Every patient with strep throat tests positive. You test positive. So you have strep throat.", "invalid",
     ""),
    ("If the rash is an allergy, the cream clears it. The cream did not clear it. So the rash is not an allergy.",
     "valid", "modus tollens"),
    # a forum flame war
    ("lol no. if your phone was really waterproof it would survive the pool. it didn't survive the pool. so your "
     "phone isn't waterproof", "valid", "modus tollens"),
    ("Anyone who uses tabs instead of spaces is a monster. Dave uses tabs instead of spaces. Therefore Dave is a "
     "monster.", "valid", ""),
    ("All Linux users are nerds. I'm not a Linux user. So I'm not a nerd.", "invalid", "illicit major"),
    # a detective's summation
    ("Either the gardener or the cook poisoned the soup. The gardener was in town all day, and whoever was in town "
     "all day did not poison the soup. So the cook poisoned the soup.", "valid", ""),
    ("If the thief came through the window, the flower bed would be trampled. The flower bed is not trampled. "
     "Therefore the thief did not come through the window.", "valid", "modus tollens"),
    ("The murderer is left-handed. Colonel Mustard is left-handed. So Colonel Mustard is the murderer.", "invalid",
     ""),
    # a teacher grading a student's syllogism
    ("The student wrote: All cats are mammals. All dogs are mammals. Therefore, all dogs are cats.", "invalid",
     "undistributed middle"),
    ("The student wrote: No fish are mammals, and every shark is a fish, so no shark is a mammal.", "valid",
     "Celarent"),
    # a lawyer's contract clause
    ("The seller refunds the buyer provided that the goods are returned within thirty days. The goods are returned "
     "within thirty days. So the seller refunds the buyer.", "valid", "modus ponens"),
    ("In the event that the buyer defaults, the deposit is forfeited. The deposit is not forfeited. Therefore the "
     "buyer does not default.", "valid", "modus tollens"),
    ("The contract renews unless otherwise agreed in writing. It was not otherwise agreed in writing. So the "
     "contract renews.", "valid", ""),
    ("The landlord shall repair the roof in the event that it leaks. The landlord did not repair the roof. So the "
     "roof did not leak.", None, ""),
    # recipe logic
    ("You can't bake the bread unless the oven is hot. The oven is not hot. So you can't bake the bread.", "valid",
     ""),
    ("The dough rises only if the yeast is fresh. The dough rises. So the yeast is fresh.", "valid", ""),
    ("Whenever the butter is cold, the pastry is flaky. The pastry is flaky. So the butter is cold.", "invalid",
     "affirming the consequent"),
    # premises after the conclusion, conclusions as questions, enthymemes
    ("Priya gets the job, given that everyone who passes the interview gets the job and Priya passes the "
     "interview.", "valid", ""),
    ("Every train to Leeds stops at York. The express is a train to Leeds. So doesn't the express stop at York?",
     "valid", ""),
    ("Gus doesn't eat cheese, because he is a vegan and no vegan eats cheese.", "valid", ""),
    ("Gus is a vegan, so he doesn't eat cheese.", None, ""),
    # contrapositive chains
    ("If the server is down, the site is offline. If the site is offline, customers complain. Customers do not "
     "complain. So the server is not down.", "valid", ""),
    ("If Jo did not lock the door, the dog got out. The dog did not get out. So Jo locked the door.", "valid",
     "modus tollens"),
    # all and only, if and only if, not both, at least one of, whenever
    ("All and only ticket holders are admitted. Lin is not a ticket holder. So Lin is not admitted.", "valid", ""),
    ("Ivan gets the bonus if and only if he meets his target. Ivan does not get the bonus. So Ivan does not meet "
     "his target.", "valid", ""),
    ("It is not the case that the bakery is open and the lights are off. The lights are off. So the bakery is not "
     "open.", "valid", ""),
    ("At least one of Noor and Omar signed the form. Noor did not sign the form. So Omar signed the form.",
     "valid", ""),
    ("Whenever the river floods, the road closes. The road does not close. So the river does not flood.", "valid",
     ""),
    # no one who, anyone who, only those who
    ("No one who smokes is allowed in the gym. Ravi is allowed in the gym. So Ravi does not smoke.", "valid", ""),
    ("Anyone who cheats is expelled. Tara was not expelled. So Tara did not cheat.", "valid", ""),
    ("Only those who registered can vote. Uri can vote. So Uri registered.", "valid", ""),
    ("Only those who registered can vote. Uri registered. So Uri can vote.", "invalid", ""),
    # negated quantifiers and existential import
    ("Not every painting in the gallery is original. So some painting in the gallery is not original.", "valid",
     ""),
    ("It is false that no student passed. So some student passed.", "valid", ""),
    ("No unicorns are friendly. So some unicorns are not friendly.", "invalid", "existential fallacy"),
    # relational chains
    ("Kim is older than Lee, and Lee is the same age as Max. So Kim is older than Max.", "valid", ""),
    ("Nia is taller than Oli. Oli is taller than Pam. So Pam is shorter than Nia.", "valid", ""),
    ("Quinn is the same age as Rue. Rue is older than Sid. So Sid is younger than Quinn.", "valid", ""),
    ("Tess is older than Uma. Vic is older than Uma. So Tess is older than Vic.", "invalid", ""),
    # the named fallacies
    ("If the battery is dead, the car won't start. The car won't start. So the battery is dead.", "invalid",
     "affirming the consequent"),
    ("If Eli apologizes, Fay forgives him. Eli does not apologize. So Fay does not forgive him.", "invalid",
     "denying the antecedent"),
    ("All spies carry notebooks. All journalists carry notebooks. So all journalists are spies.", "invalid",
     "undistributed middle"),
    ("All lawyers are talkers. No teachers are lawyers. So no teachers are talkers.", "invalid", "illicit major"),
    ("All owls are nocturnal. All owls are birds. So all birds are nocturnal.", "invalid", "illicit minor"),
    ("Either Gail took the bus or she walked. Gail took the bus. So she didn't walk.", "invalid",
     "affirming a disjunct"),
    # equivocation: only an abstention is honest
    ("Ken is a big fan. Fans cool the room. So Ken cools the room.", None, ""),
    ("Sue is a bright student. Bright things hurt the eyes. So Sue hurts the eyes.", None, ""),
]

SOLVE_H = [
    ("the rule at my pool is that nobody swims without a swim cap. Lou is swimming. does Lou have a swim cap?",
     "yes"),
    ("My teacher said anyone who hands in late work loses a point. Ria handed in late work. Does Ria lose a point?",
     "yes"),
    ("If the bus is late, I take a taxi. If I take a taxi, I spend too much. I didn't spend too much. Was the bus "
     "late?", "no"),
    ("Every room in the hotel has a TV. The blue room has no TV. Is the blue room a room in the hotel?", "no"),
    ("Cleo is older than Dan, and Dan is the same age as Eve. Is Eve older than Cleo?", "no"),
    ("The heater runs if and only if the room is cold. The heater isn't running. Is the room cold?", "no"),
    ("At least one of Fin and Gia called. Fin didn't call. Did Gia call?", "yes"),
    ("Hana and Ian aren't both coming. Hana is coming. Is Ian coming?", "no"),
    ("Only members use the court. Jax uses the court. Is Jax a member?", "yes"),
    ("No one who works nights is at the brunch. Kit works nights. Is Kit at the brunch?", "no"),
    ("Whenever Leo cooks, the smoke alarm goes off. The smoke alarm didn't go off. Did Leo cook?", "no"),
    ("my sister says if it's sunny we'll go hiking. it's not sunny. are we going hiking?", "cannot be determined"),
    ("Every cat in the shelter is vaccinated. Milo is not vaccinated. Is Milo a cat in the shelter?", "no"),
    ("Neither the red key nor the blue key opens the safe. Does the blue key open the safe?", "no"),
    ("Unless it rains, the match goes ahead. The match did not go ahead. Did it rain?", "yes"),
    ("All and only the finalists get a trophy. Nora is not a finalist. Does Nora get a trophy?", "no"),
]

# Adversarial near-misses: a shallow reading answers these wrongly.
NEAR_MISS_ARGS = [
    # possessives: the owner is not the thing owned
    ("Ann's dog barks. So Ann barks.", "invalid", ""),
    ("Ann's brother is a doctor. So Ann is a doctor.", "invalid", ""),
    ("Ann's dog is a poodle. All poodles are dogs. So Ann is a dog.", "invalid", ""),
    # articles and scope: "a key" each is not "the same key"
    ("Every guest has a key. So every guest has the same key.", "invalid", ""),
    ("Everyone loves someone. So someone is loved by everyone.", "invalid", ""),
    ("Someone is loved by everyone. So everyone loves someone.", "valid", ""),
    # collective and distributive plurals, each other
    ("The students lifted the piano. Ben is one of the students. So Ben lifted the piano.", None, ""),
    ("The committee met on Monday. Ola is on the committee. So Ola met on Monday.", None, ""),
    ("Ann and Bo love each other. So Ann loves Bo.", "valid", ""),
    ("Ann and Bo are married. So Ann is married to Bo.", None, ""),
    # "same" and "different"
    ("Ann and Bo have different cars. Ann's car is red. So Bo's car is not red.", "invalid", ""),
    ("Ann and Bo live in the same city. Ann lives in Oslo. So Bo lives in Oslo.", "valid", ""),
    # except, and count quantifiers read exactly
    ("Everyone except Raj passed. So Raj did not pass.", "valid", ""),
    ("At most two of Ann, Bo and Cy passed. Ann and Bo passed. So Cy did not pass.", "valid", ""),
    ("Exactly one of Ann and Bo passed. Ann did not pass. So Bo passed.", "valid", ""),
    ("At least two of Ann, Bo and Cy passed. Ann did not pass. So Bo passed.", "valid", ""),
    ("At least two of Ann, Bo and Cy passed. Ann passed. So Bo passed.", "invalid", ""),
    # most, few, a few
    ("Most of the cakes are sold. So some cake is sold.", None, ""),
    ("Few of the guests stayed. So some guest stayed.", None, ""),
    ("A few of the guests stayed. So some guest stayed.", "valid", ""),
    # temporal words
    ("Ann no longer lives in Paris. So Ann lives in Paris.", None, ""),
    ("Ann still lives in Paris. So Ann lives in Paris.", "valid", ""),
    ("Bo doesn't smoke anymore. So Bo smokes.", None, ""),
    ("Cy used to play chess. So Cy doesn't play chess.", None, ""),
    # modality: deontic and epistemic
    ("Every student must wear a uniform. Ben is a student. So Ben wears a uniform.", None, ""),
    ("Every student must wear a uniform. Ben is a student. So Ben must wear a uniform.", "valid", ""),
    ("You should call your mother. So you call your mother.", None, ""),
    ("Ann must be home, since her car is in the driveway.", None, ""),
    # comparatives with "than"
    ("Ann is taller than Bo is. Bo is taller than Cy is. So Ann is taller than Cy.", "valid", ""),
    ("Ann runs faster than Bo does. So Bo runs faster than Ann.", "invalid", ""),
    ("Ann is taller than Bo thinks. So Ann is taller than Bo.", None, ""),
    # if, even if, only if, if only
    ("If only it had rained. So it rained.", None, ""),
    ("Ann smiles only if Bo jokes. Bo jokes. So Ann smiles.", "invalid", ""),
    ("Ann smiles even if Bo does not joke. So Ann smiles.", "valid", ""),
    ("Ann smiles if Bo jokes. Ann smiles. So Bo jokes.", "invalid", "affirming the consequent"),
    # adjectives that are not intersective
    ("Dee is a fake doctor. So Dee is a doctor.", None, ""),
    ("Ben is a former senator. So Ben is a senator.", None, ""),
    ("Ann is a good cook. Ann is a mother. So Ann is a good mother.", None, ""),
    ("Ed is a small elephant. All elephants are animals. So Ed is a small animal.", None, ""),
]

NEAR_MISS_SOLVE = [
    ("Ann's cat sleeps all day. Does Ann sleep all day?", "cannot be determined"),
    ("Everyone loves someone. Is there someone whom everyone loves?", "cannot be determined"),
    ("At most one of Fay and Gus won. Fay won. Did Gus win?", "no"),
    ("Exactly two of Hal, Ida and Jay sang. Hal didn't sing. Did Jay sing?", "yes"),
    ("Kim no longer works here. Does Kim work here?", "no"),
    ("Lou used to drive a taxi. Does Lou drive a taxi?", None),
    ("Every guest must sign the book. Max is a guest. Did Max sign the book?", None),
    ("Ned is taller than Ola is. Is Ola taller than Ned?", "no"),
    ("The players carried the trophy. Pia is one of the players. Did Pia carry the trophy?", None),
    ("Quin and Rae have different bosses. Quin's boss is Sam. Is Rae's boss Sam?", "no"),
    ("Tess is a former champion. Is Tess a champion?", None),
    ("Vic is a fake surgeon. Is Vic a surgeon?", None),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # an obligation may be broken: what the clause demands is not what happened
    "The landlord shall repair the roof in the event that it leaks. The landlord did not repair the roof. So the "
    "roof did not leak.": "invalid",
    # a rule with "must" is read as what happens, as `everyday.py` keys it; "should" is not
    "Every student must wear a uniform. Ben is a student. So Ben wears a uniform.": "valid",
    "You should call your mother. So you call your mother.": "invalid",
    "Every guest must sign the book. Max is a guest. Did Max sign the book?": "yes",
    # an enthymeme as stated does not follow; the missing premise is not on the page
    "Gus is a vegan, so he doesn't eat cheese.": "invalid",
    "Ann must be home, since her car is in the driveway.": "invalid",
    # collective readings: what the group did, one member need not have done alone
    "The students lifted the piano. Ben is one of the students. So Ben lifted the piano.": "invalid",
    "The committee met on Monday. Ola is on the committee. So Ola met on Monday.": "invalid",
    "The players carried the trophy. Pia is one of the players. Did Pia carry the trophy?": "cannot be determined",
    # married, but not necessarily to each other
    "Ann and Bo are married. So Ann is married to Bo.": "invalid",
    # "most" over a finite group is more than half, so at least one; "few" allows none
    "Most of the cakes are sold. So some cake is sold.": "valid",
    "Few of the guests stayed. So some guest stayed.": "invalid",
    # "no longer" says not now; "anymore" presupposes the past, not the present; "used to" only implies
    "Ann no longer lives in Paris. So Ann lives in Paris.": "invalid",
    "Bo doesn't smoke anymore. So Bo smokes.": "invalid",
    "Cy used to play chess. So Cy doesn't play chess.": "invalid",
    "Lou used to drive a taxi. Does Lou drive a taxi?": "cannot be determined",
    # a comparison with a belief is not a comparison with the person; a wish is not a fact
    "Ann is taller than Bo thinks. So Ann is taller than Bo.": "invalid",
    "If only it had rained. So it rained.": "invalid",
    # a fake doctor is no doctor, a former senator need not be one now, good at one thing is not good at another,
    # small for an elephant is not small for an animal
    "Dee is a fake doctor. So Dee is a doctor.": "invalid",
    "Ben is a former senator. So Ben is a senator.": "invalid",
    "Ann is a good cook. Ann is a mother. So Ann is a good mother.": "invalid",
    "Ed is a small elephant. All elephants are animals. So Ed is a small animal.": "invalid",
    "Tess is a former champion. Is Tess a champion?": "cannot be determined",
    "Vic is a fake surgeon. Is Vic a surgeon?": "no",
}
