"""Fresh everyday arguments and rule questions (batch "args g"): written before the code that reads them.

Arguments in voices the earlier batches did not use: an op-ed, a philosophy-class handout ("P1. ... P2. ...
C. ..."), a customer complaint, a parent and a teen, a scientist about an experiment, a sports commentator, a
product review, a Socratic dialogue; premises after the conclusion ("X, because Y and Z", "X, since Y"),
conclusions as questions ("So doesn't that mean ...?", "So isn't ...?"), enthymemes whose missing premise is
stated as "obviously", contrapositive chains, "all and only", "if and only if", "not both", "at least one of",
"whenever", negated quantifiers ("not all", "not every", "none of the"), existential import, relational
syllogisms ("older than", "taller than", "north of"), and the named fallacies; four terms and equivocation only an
abstention answers honestly. Then rule questions for `solve` in chat style, and adversarial near-misses where a
shallow reading goes wrong: "because" (a premise marker, not a conditional), "even if", "only ... if", "if ...
then ...; otherwise", "except when", "not only ... but also", "all ... are not" (two readings), "any" under
negation and in a question, "few" / "most" / "many" (not first-order), names that are words (Will, Rose, Mark,
Summer, Young), "the same" and "different", double negation, tense and modality ("used to", "will", "might",
"could").

Keys by truth table or Venn diagram, modern reading: a universal statement does not assert that its subject exists,
"A unless B" is "A or B", "either ... or" alone is inclusive, "all and only A are B" is "A exactly when B",
"Q even if P" asserts Q, "X because Y" asserts both X and Y, "most" is read over finite groups (more than half).
An analyze case is (text, expected, form words) with expected "valid" / "invalid", or None where only an
abstention is honest (`OK_EITHER` names a verdict that is honest too); a solve case is (text, expected) with
expected "yes" / "no" / "cannot be determined", or None where only an abstention is honest (again with
`OK_EITHER`).

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_g.py`): right 75,
abstained 40, wrong 2 of 117. The two wrong: "Kofi is not a member of the club, since every member of the club has
a key and Kofi has no key." verified invalid (the conclusion's "a member of the club" read as "a member" and "of the
club", the premise's as one noun), and "Tom goes even if it rains. It doesn't rain. Does Tom go?" answered "cannot
be determined" ("even if" read as "if", with "goes even" as the verb). The abstentions: "because" and "since"
before the premises when a conditional follows ("..., because if ..."), the "P1. ... C. ..." handout, counterfactual
"would have been", "the box is dented", "has won a title before", "worth buying", "phones from this brand", the
Socratic dialogue, "So doesn't that mean ...?", "So isn't ...?", "obviously", "all and only", "lives north of",
"because" in a premise (every case), "even if", "if ... then ...; otherwise", "except when", "not only ... but
also", "did not eat any of the cookies", "the same size", "different teachers", the landlord in lower case with
"there's a fee", and in `solve`: "If any of the lights are on, someone is home", "Not only did Lee pass", "Mark and
Will have the same coach".
"""

ARGS_G = [
    # an op-ed, premises after the conclusion
    ("The new parking plan will not cut traffic, because if the plan cut traffic, the buses would be faster, and "
     "the buses are not faster.", "valid", "modus tollens"),
    ("The road is wet, because it rained, and if it rained, the road is wet.", "valid", "modus ponens"),
    ("Kofi is not a member of the club, since every member of the club has a key and Kofi has no key.", "valid",
     ""),
    ("Lena misses the bus, since she leaves late and everyone who leaves late misses the bus.", "valid", ""),
    # a philosophy-class handout
    ("P1. If knowledge is justified true belief, then Gettier cases are knowledge. P2. Gettier cases are not "
     "knowledge. C. Knowledge is not justified true belief.", "valid", "modus tollens"),
    ("P1. Every virtue is a habit. P2. Courage is a virtue. C. Courage is a habit.", "valid", ""),
    ("P1. Either free will exists or determinism is true. P2. Determinism is not true. C. Free will exists.",
     "valid", "disjunctive syllogism"),
    ("P1. If determinism is true, no one is responsible. P2. Someone is responsible. C. Determinism is not true.",
     "valid", "modus tollens"),
    # a customer complaint
    ("Your system does not work, since if your system worked, I would not have been charged twice, and I was "
     "charged twice.", "valid", "modus tollens"),
    ("You did not send the blue jacket. If you had read my order, you would have sent the blue jacket. So you did "
     "not read my order.", "valid", "modus tollens"),
    ("If the package was damaged in the warehouse, the box is dented. The box is dented. So the package was "
     "damaged in the warehouse.", "invalid", "affirming the consequent"),
    # a parent and a teen
    ("You can go to the party only if your homework is done. Your homework is not done. So you can't go to the "
     "party.", "valid", ""),
    ("If you stay up late, you'll be tired tomorrow. And if you're tired tomorrow, you'll fail the quiz. So if you "
     "stay up late, you'll fail the quiz.", "valid", "hypothetical syllogism"),
    ("All my friends have phones, so I should have a phone.", None, ""),
    # a scientist about an experiment
    ("If the enzyme is active, the solution turns blue. The solution did not turn blue. So the enzyme is not "
     "active.", "valid", "modus tollens"),
    ("The mice gained weight. If the diet causes weight gain, the mice gain weight. So the diet causes weight "
     "gain.", "invalid", "affirming the consequent"),
    ("Either the sample was contaminated or the reading is correct. The sample was not contaminated. Hence the "
     "reading is correct.", "valid", "disjunctive syllogism"),
    ("Whenever the culture is heated, it dies. The culture was heated. So the culture died.", "valid", ""),
    # a sports commentator
    ("If the Hawks win tonight, they go top of the league. They go top of the league, so they must have won "
     "tonight.", "invalid", "affirming the consequent"),
    ("Every team in the final has won a title before. The Tigers have not won a title before. So the Tigers are "
     "not in the final.", "valid", ""),
    # a product review
    ("This blender is not worth buying, since if it were worth buying, it would crush ice, and it does not crush "
     "ice.", "valid", "modus tollens"),
    ("All the phones from this brand overheat. My phone overheats. So my phone is from this brand.", "invalid", ""),
    ("Not all the reviews are honest. So some reviews are not honest.", "valid", ""),
    # a Socratic dialogue
    ("Socrates: Is every just act a good act? Meno: It is. Socrates: And is every good act beneficial? Meno: "
     "Certainly. Socrates: Then every just act is beneficial.", "valid", "Barbara"),
    # conclusions as questions
    ("If the printer is jammed, the page does not print. The page printed. So doesn't that mean the printer is "
     "not jammed?", "valid", "modus tollens"),
    ("All the seats in the front row are taken. Seat four is in the front row. So isn't seat four taken?", "valid",
     ""),
    # enthymemes with "obviously"
    ("Obviously every bird has feathers. Tweety is a bird. So Tweety has feathers.", "valid", ""),
    ("Zoe is a doctor, and obviously all doctors went to college. So Zoe went to college.", "valid", ""),
    # contrapositive chains
    ("If Ken is not at work, he is at home. If Ken is at home, the car is in the driveway. The car is not in the "
     "driveway. So Ken is at work.", "valid", ""),
    ("If it is not raining, the kids play outside. If the kids play outside, they get muddy. The kids do not get "
     "muddy. So it is raining.", "valid", ""),
    # all and only, if and only if, not both, at least one of
    ("All and only members vote. Pia votes. So Pia is a member.", "valid", ""),
    ("All and only citizens are voters. Raul is not a citizen. So Raul is not a voter.", "valid", ""),
    ("The alarm sounds if and only if the door is open. The alarm does not sound. So the door is not open.",
     "valid", ""),
    ("The light is green if and only if the road is clear. The road is clear. So the light is green.", "valid", ""),
    ("It is not the case that both Ida and Jon passed. Jon passed. So Ida did not pass.", "valid", ""),
    ("At least one of Ava and Ben is lying. Ava is not lying. So Ben is lying.", "valid", ""),
    ("At least one of Cy and Di is home. Cy is home. So Di is not home.", "invalid", ""),
    # negated quantifiers and existential import
    ("Not every senator voted for the bill. So some senator did not vote for the bill.", "valid", ""),
    ("None of the apples are ripe. The green apple is one of the apples. So the green apple is not ripe.", "valid",
     ""),
    ("Not all birds fly. Penguins are birds. So penguins do not fly.", "invalid", ""),
    ("All dragons breathe fire. So some dragons breathe fire.", "invalid", "existential fallacy"),
    # relations
    ("Ann is older than Bob, and Bob is older than Cy, so Ann is older than Cy.", "valid", ""),
    ("Dee is taller than Eve. Fay is taller than Eve. So Dee is taller than Fay.", "invalid", ""),
    ("Gil lives north of Hal, and Hal lives north of Ian. So Ian lives north of Gil.", "invalid", ""),
    # the named fallacies
    ("If the museum is free, it is crowded. It is crowded. So it is free.", "invalid", "affirming the consequent"),
    ("If Pedro trains daily, he will win the race. Pedro does not train daily. So he will not win the race.",
     "invalid", "denying the antecedent"),
    ("All poets are dreamers. All children are dreamers. So all children are poets.", "invalid",
     "undistributed middle"),
    ("All chefs are artists. No painters are chefs. So no painters are artists.", "invalid", "illicit major"),
    ("All squares are rectangles. All squares are shapes. So all shapes are rectangles.", "invalid",
     "illicit minor"),
    ("Either Uma brings the salad or Vic brings the salad. Uma brings the salad. So Vic does not bring the salad.",
     "invalid", "affirming a disjunct"),
    # four terms / equivocation: only an abstention is honest
    ("Banks are beside rivers. Ola keeps her money in a bank. So Ola keeps her money beside a river.", None, ""),
    ("A feather is light. Whatever is light is not dark. So a feather is not dark.", None, ""),
]

SOLVE_G = [
    ("so my landlord says if the rent is late there's a fee. the rent was not late this month. is there a fee?",
     "cannot be determined"),
    ("Quick question - all the managers get parking spots, and Ola is a manager. Does Ola get a parking spot?",
     "yes"),
    ("If the oven is hot, the cake goes in. If the cake goes in, the timer is set. The timer is not set. Is the "
     "oven hot?", "no"),
    ("The pool is open if and only if the lifeguard is on duty. The lifeguard is on duty. Is the pool open?", "yes"),
    ("At least one of Rita and Sol is at the office. Rita isn't at the office. Is Sol at the office?", "yes"),
    ("None of the kids in the car are asleep. Tia is one of the kids in the car. Is Tia asleep?", "no"),
    ("Not all of the cookies are burnt. Is every cookie burnt?", "no"),
    ("Whenever it snows, the school is closed. It snows today. Is the school closed today?", "yes"),
    ("Uma is older than Val and Val is older than Wes. Is Wes older than Uma?", "no"),
    ("All and only the winners get medals. Xia gets a medal. Is Xia a winner?", "yes"),
    ("It's not the case that both the printer and the scanner work. The printer works. Does the scanner work?",
     "no"),
    ("If Yara is invited, Zed comes too. Zed comes. Is Yara invited?", "cannot be determined"),
    ("Every student in the lab wears goggles. Abe does not wear goggles. Is Abe a student in the lab?", "no"),
    ("Either the key is in the drawer or it's in the car. It's not in the drawer. Is the key in the car?", "yes"),
    ("The meeting is cancelled unless Bo shows up. Bo does not show up. Is the meeting cancelled?", "yes"),
]

# Adversarial near-misses: a shallow reading answers these wrongly.
NEAR_MISS_ARGS = [
    # "because" asserts both of its sides; it is not a conditional
    ("The lawn is wet because the sprinkler was on. So the sprinkler was on.", "valid", ""),
    ("Because the store was closed, Ben went home. So Ben went home.", "valid", ""),
    ("Ben went home because the store was closed. So the store was closed.", "valid", ""),
    ("Ben went home because the store was closed. So the store was not closed.", "invalid", ""),
    # "even if" asserts its main clause
    ("Tom will go even if it rains. It rains. So Tom will go.", "valid", ""),
    ("Tom will go even if it rains. It does not rain. So Tom will go.", "valid", ""),
    # "only ... if", "if ... then ...; otherwise"
    ("Only if the key fits does the door open. The door opens. So the key fits.", "valid", ""),
    ("The door opens only if the key fits. The key fits. So the door opens.", "invalid", ""),
    ("If it is sunny, then we go to the beach; otherwise we go to the museum. It is not sunny. So we go to the "
     "museum.", "valid", ""),
    ("If it is sunny, then we go to the beach; otherwise we go to the museum. We go to the museum. So it is not "
     "sunny.", "invalid", ""),
    # "except when"
    ("The shop is open except when it is a holiday. The shop is not open. So it is a holiday.", "valid", ""),
    ("The shop is open except when it is a holiday. It is a holiday. So the shop is not open.", None, ""),
    # "not only ... but also"
    ("Not only did Kai win the race, but he also broke the record. So Kai broke the record.", "valid", ""),
    ("Not only did Kai win the race, but he also broke the record. So Kai did not win the race.", "invalid", ""),
    # "all ... are not": two readings that disagree here
    ("All the doors are not locked. The back door is one of the doors. So the back door is not locked.", None, ""),
    ("All that glitters is not gold. This ring glitters. So this ring is not gold.", None, ""),
    # "any" under negation and in a condition
    ("Lia did not eat any of the cookies. The oat cookie is one of the cookies. So Lia did not eat the oat "
     "cookie.", "valid", ""),
    ("If any guest is late, the dinner is delayed. Mo is a guest and Mo is late. So the dinner is delayed.",
     "valid", ""),
    ("Not just anyone can join the club. So no one can join the club.", None, ""),
    # "few" / "most" / "many": not first-order
    ("Most students like pizza. Ana is a student. So Ana likes pizza.", None, ""),
    ("Few politicians are honest. Ed is a politician. So Ed is not honest.", None, ""),
    ("Many dogs bark. Rex is a dog. So Rex barks.", None, ""),
    # names that are words
    ("If Will wins, Rose will sing. Will wins. So Rose will sing.", "valid", "modus ponens"),
    ("Mark will mark the tests if Summer is away. Summer is away. So Mark will mark the tests.", "valid",
     "modus ponens"),
    ("Young is a young person. All young people are reckless. So Young is reckless.", "valid", ""),
    ("Rose is a rose. All roses have thorns. So Rose has thorns.", "valid", ""),
    # "the same" and "different"
    ("Ann and Bo wear the same size. Bo wears size eight. So Ann wears size eight.", "valid", ""),
    ("Ann and Bo have different teachers. Ann's teacher is Mr. Lee. So Bo's teacher is Mr. Lee.", "invalid", ""),
    # double negation
    ("It is not true that Ann didn't go. So Ann went.", "valid", ""),
    ("It is not true that Ann didn't go. So Ann didn't go.", "invalid", ""),
    # tense and modality
    ("Ann used to smoke. So Ann smokes.", None, ""),
    ("If it rains, the game will be cancelled. It will rain. So the game will be cancelled.", "valid",
     "modus ponens"),
    ("Ben could win the race. So Ben will win the race.", None, ""),
    ("If Ann studies, she might pass. Ann studies. So Ann passes.", None, ""),
]

NEAR_MISS_SOLVE = [
    ("Ben went home because the store was closed. Was the store closed?", "yes"),
    ("Tom goes even if it rains. It doesn't rain. Does Tom go?", "yes"),
    ("If any of the lights are on, someone is home. None of the lights are on. Is someone home?",
     "cannot be determined"),
    ("All the kids are asleep. Is any kid not asleep?", "no"),
    ("Most of the guests ate cake. Ana is a guest. Did Ana eat cake?", None),
    ("Will will drive if Rose is busy. Rose is busy. Will Will drive?", "yes"),
    ("It is not true that Kim didn't call. Did Kim call?", "yes"),
    ("Ann and Bo are not both home. Ann is not home. Is Bo home?", "cannot be determined"),
    ("Not only did Lee pass, but Max passed too. Did Lee pass?", "yes"),
    ("All the windows are not open. The kitchen window is one of the windows. Is the kitchen window open?", None),
    ("Pat used to live in Rome. Does Pat live in Rome?", None),
    ("Only if the code is right does the safe open. The safe opens. Is the code right?", "yes"),
    ("If the dog barks, then the cat hides; otherwise the cat sleeps. The dog does not bark. Does the cat sleep?",
     "yes"),
    ("Ivy is taller than Jo. Jo is taller than Kai. Is Kai taller than Ivy?", "no"),
    ("Few of the players were tired. Lu is a player. Was Lu tired?", None),
    ("Mark and Will have the same coach. Mark's coach is Dana. Is Will's coach Dana?", "yes"),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # a normative conclusion ("should") from a fact never follows
    "All my friends have phones, so I should have a phone.": "invalid",
    # "most", "few", "many" give no verdict about one member; a reader that knows that says invalid
    "Most students like pizza. Ana is a student. So Ana likes pizza.": "invalid",
    "Few politicians are honest. Ed is a politician. So Ed is not honest.": "invalid",
    "Many dogs bark. Rex is a dog. So Rex barks.": "invalid",
    "Most of the guests ate cake. Ana is a guest. Did Ana eat cake?": "cannot be determined",
    "Few of the players were tired. Lu is a player. Was Lu tired?": "cannot be determined",
    # a past habit, a possibility: the conclusion does not follow
    "Ann used to smoke. So Ann smokes.": "invalid",
    "Ben could win the race. So Ben will win the race.": "invalid",
    "If Ann studies, she might pass. Ann studies. So Ann passes.": "invalid",
    "Pat used to live in Rome. Does Pat live in Rome?": "cannot be determined",
    # "not just anyone can" is "not everyone can": no one being able does not follow
    "Not just anyone can join the club. So no one can join the club.": "invalid",
}
