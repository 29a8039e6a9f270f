"""Fresh everyday arguments and rule questions (batch "args f"): written before the code that reads them.

Arguments as different people type them: a student's logic homework ("Determine whether the argument is valid:
..."), numbered premises ("Premise 1: ... Conclusion: ..."), a debater ("You say ... But if ..."), a lawyer before a
jury, a news comment with a counterfactual, a text message in lower case; "If P then Q" with P and Q spelled out
("it is not the case that ..."); conclusions with "must", "can't", "has to", "it follows that", "we can conclude";
chains of three conditionals; constructive and destructive dilemmas; the categorical moods with plural and
singular subjects and quantity words ("every single", "not a single", "none of the"), adjectives against nouns
("All cats are cute" / "Felix is cute"), tense changes; the named fallacies (affirming the consequent, denying the
antecedent, undistributed middle, illicit major and minor, affirming a disjunct, the existential fallacy) and
equivocations that only an abstention answers honestly. Then rule questions for `solve` in chat style, and
adversarial near-misses: "not every" against "every ... not", "only if" against "if", the direction of "unless",
"no one but", "not both" against "neither", "except", "at most one", "either ... or" with and without "but not
both", comparatives inside conditionals, names that are words (Will, Rose, May, Bill, Grace, Hope, June), pronouns
with two antecedents (abstain), "before" (its clause need not have happened), "might" / "may" (a possibility,
never a fact).

Keys by truth table or Venn diagram, modern reading: a universal statement does not assert that its subject exists,
"A unless B" is "A or B" (inclusive), "either ... or" alone is inclusive, "only A are B" is "every B is an A",
"everyone except X did P" says X did not. An analyze case is (text, expected, form words) with expected "valid" /
"invalid", or None where only an abstention is honest (`OK_EITHER` names a verdict that is honest too); a solve
case is (text, expected) with expected "yes" / "no" / "cannot be determined", or None where only an abstention is
honest.

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_f.py`): right 80,
abstained 27, wrong 1 of 108. The wrong one: "Every single one of the tickets was sold. The blue ticket is one of the
tickets. So the blue ticket was sold." verified invalid (the first premise not read as about tickets). The
abstentions: the homework lead-ins "Determine whether the argument is valid:" and "... valid or invalid.",
"1. ... 2. ..." numbering, "You say ... But if ...", "Members of the jury, ...", the counterfactual "had cut ...
would have closed", lower case without a full stop, "can't be a vegetarian", "has to have", "every single student
in the class", "not a single reptile", "some honest people", "no one but employees" (both ways), "taller than"
inside a conditional, "Bill pays the bill", and in `solve`: lower-case chat, "every member of the team", "nobody on
the night shift", "a dog is allowed ... only if it is on a leash", "my boss says ...", "ok so all the kids in my
class", "the light is not blinking", "are all the lights off?", "did every guest bring a gift?", "Hope invites her",
and "Pat might be at the gym".
"""

ARGS_F = [
    # homework, numbered premises, "if P then Q" spelled out
    ("Determine whether the argument is valid: If the factory closes, many workers lose their jobs. The factory "
     "closes. Therefore, many workers lose their jobs.", "valid", "modus ponens"),
    ("Determine whether the following argument is valid or invalid. Premise 1: If Maria studies hard, she will pass "
     "the exam. Premise 2: Maria did not pass the exam. Conclusion: Maria did not study hard.", "valid",
     "modus tollens"),
    ("Is this argument valid? If the bridge is closed, we take the ferry. We did not take the ferry. So the bridge "
     "is not closed.", "valid", "modus tollens"),
    ("If the oven is on, then the kitchen is warm. It is not the case that the kitchen is warm. Therefore, it is not "
     "the case that the oven is on.", "valid", "modus tollens"),
    ("Premise 1: All dogs are mammals. Premise 2: Rex is a dog. Conclusion: Rex is a mammal.", "valid", ""),
    ("1. If it snows, the school is closed. 2. If the school is closed, Mia stays home. 3. It snows. Therefore, Mia "
     "stays home.", "valid", ""),
    ("Premise 1: If you exercise, you will be healthy. Premise 2: You don't exercise. Conclusion: You won't be "
     "healthy.", "invalid", "denying the antecedent"),
    # a debater, a lawyer, a news comment, a text message
    ("You say the new law will reduce crime. But if the new law reduces crime, the prisons will empty, and the "
     "prisons will not empty. So the new law will not reduce crime.", "valid", "modus tollens"),
    ("If we raise the minimum wage, prices will rise. Prices are rising. Therefore we raised the minimum wage.",
     "invalid", "affirming the consequent"),
    ("Members of the jury, if my client was at the bank at noon, he was seen on the camera. He was not seen on the "
     "camera. It follows that my client was not at the bank at noon.", "valid", "modus tollens"),
    ("If the mayor had cut the budget, the library would have closed. The library did not close. So the mayor did "
     "not cut the budget.", "valid", "modus tollens"),
    ("if you're home the lights are on. the lights aren't on so you're not home", "valid", "modus tollens"),
    ("If the game goes to overtime, I'll be late. It went to overtime. So I'll be late.", "valid", "modus ponens"),
    # must / can't / has to / it follows that / we can conclude
    ("Everyone in the band plays guitar. Leo is in the band. So Leo must play guitar.", "valid", ""),
    ("No vegetarian eats meat. Nina eats meat. So Nina can't be a vegetarian.", "valid", ""),
    ("If the package arrived, it is on the porch. It isn't on the porch. We can conclude that the package did not "
     "arrive.", "valid", "modus tollens"),
    ("Every employee has a badge. Omar is an employee. It follows that Omar has a badge.", "valid", ""),
    ("All pilots have licenses. Vera is a pilot. So Vera has to have a license.", "valid", ""),
    # chains of three conditionals
    ("If the alarm rings, Jen wakes up. If Jen wakes up, she makes coffee. If she makes coffee, the kitchen smells "
     "nice. So if the alarm rings, the kitchen smells nice.", "valid", "hypothetical syllogism"),
    ("If Ray wins the lottery, he quits his job. If he quits his job, he travels. If he travels, he writes a book. "
     "Ray writes a book. So Ray won the lottery.", "invalid", "affirming the consequent"),
    ("If the pump fails, the tank overflows. If the tank overflows, the floor gets wet. If the floor gets wet, the "
     "alarm sounds. The alarm did not sound. So the pump did not fail.", "valid", ""),
    # dilemmas, disjunctions, biconditionals
    ("If Ada takes the job, she will be busy. If Ada stays in school, she will be broke. Ada will take the job or "
     "she will stay in school. So Ada will be busy or she will be broke.", "valid", "constructive dilemma"),
    ("If the bill passes, the farmers protest. If the bill fails, the unions protest. Either the bill passes or it "
     "fails. Therefore, either the farmers protest or the unions protest.", "valid", "constructive dilemma"),
    ("If Tim is honest, he returns the wallet. If Tim is smart, he keeps quiet. Either Tim doesn't return the "
     "wallet or he doesn't keep quiet. So either Tim isn't honest or he isn't smart.", "valid",
     "destructive dilemma"),
    ("Either we leave now or we miss the train. We are not leaving now. So we will miss the train.", "valid",
     "disjunctive syllogism"),
    ("Either the battery is dead or the fuse is blown. The battery is dead. Therefore the fuse is not blown.",
     "invalid", "affirming a disjunct"),
    ("You get a refund if and only if you keep the receipt. You didn't keep the receipt. So you don't get a "
     "refund.", "valid", ""),
    ("The store is open and the manager is in. So the manager is in.", "valid", ""),
    # categorical moods, quantity words, adjectives against nouns
    ("Every single student in the class passed the test. Jonah is a student in the class. So Jonah passed the "
     "test.", "valid", ""),
    ("Not a single reptile is warm-blooded. All lizards are reptiles. So no lizard is warm-blooded.", "valid",
     "Celarent"),
    ("None of the guests were late. Kim was one of the guests. So Kim was not late.", "valid", ""),
    ("All cats are cute. Felix is a cat. So Felix is cute.", "valid", ""),
    ("All whales are mammals. Some sea animals are whales. So some sea animals are mammals.", "valid", "Darii"),
    ("No fish has lungs. Some pets have lungs. So some pets are not fish.", "valid", "Festino"),
    ("Some doctors are runners. All doctors are graduates. So some graduates are runners.", "valid", "Disamis"),
    ("Some cats are not friendly. All cats are animals. So some animals are not friendly.", "valid", "Bocardo"),
    ("Nobody who lies is trustworthy. Jake is trustworthy. So Jake does not lie.", "valid", ""),
    ("Some politicians are honest. So some honest people are politicians.", "valid", ""),
    ("Every single one of the tickets was sold. The blue ticket is one of the tickets. So the blue ticket was "
     "sold.", "valid", ""),
    # the named fallacies
    ("All cats are cute. Felix is cute. So Felix is a cat.", "invalid", ""),
    ("All roses are plants. All trees are plants. So all roses are trees.", "invalid", "undistributed middle"),
    ("Some of my friends are doctors. Some doctors are rich. So some of my friends are rich.", "invalid",
     "undistributed middle"),
    ("All dogs are animals. No cats are dogs. So no cats are animals.", "invalid", "illicit major"),
    ("All bankers are rich. All bankers are people. So all people are rich.", "invalid", "illicit minor"),
    ("All unicorns are horses. All horses are animals. So some unicorns are animals.", "invalid",
     "existential fallacy"),
    ("If the team won, the fans celebrated. The fans celebrated. So the team won.", "invalid",
     "affirming the consequent"),
    # equivocation: only an abstention is honest
    ("The end of a thing is its perfection. Death is the end of life. So death is the perfection of life.", None,
     ""),
    ("Nothing is better than eternal happiness. A ham sandwich is better than nothing. So a ham sandwich is better "
     "than eternal happiness.", None, ""),
]

SOLVE_F = [
    ("hey quick q: if the shop is closed on sunday we go to the market. the shop is closed on sunday. do we go to "
     "the market?", "yes"),
    ("If the baby is asleep, the house is quiet. The house isn't quiet. Is the baby asleep?", "no"),
    ("Every member of the team trains on Monday. Lola doesn't train on Monday. Is Lola a member of the team?", "no"),
    ("Either Gus or Hal cooked dinner, but not both. Hal didn't cook dinner. Did Gus cook dinner?", "yes"),
    ("If Nia passes the test, she gets a car. Nia got a car. Did Nia pass the test?", "cannot be determined"),
    ("Nobody on the night shift drinks coffee. Raj is on the night shift. Does Raj drink coffee?", "no"),
    ("If Ava sings, Ben plays the piano. If Ben plays the piano, Cal dances. Ava sings. Does Cal dance?", "yes"),
    ("The alarm goes off unless the code is entered. The alarm didn't go off. Was the code entered?", "yes"),
    ("A dog is allowed in the park only if it is on a leash. Rex is a dog and he is not on a leash. Is Rex allowed "
     "in the park?", "no"),
    ("Neither Lia nor Max has a car. Does Max have a car?", "no"),
    ("If it's sunny, Pia goes to the beach. Pia didn't go to the beach. Was it sunny?", "no"),
    ("If Tom is late, Una is angry. Tom is not late. Is Una angry?", "cannot be determined"),
    ("Everyone at the party knew Jo. Kai was at the party. Did Kai know Jo?", "yes"),
    ("My boss says everyone who works on Saturday gets a bonus. So, does Dev get a bonus if he works on Saturday?",
     "yes"),
    ("ok so all the kids in my class have a phone. Ella is in my class. does Ella have a phone?", "yes"),
    ("If the printer is out of paper, the light blinks. The light is not blinking. Is the printer out of paper?",
     "no"),
]

# Adversarial near-misses: a shallow reading answers these wrongly.
NEAR_MISS_ARGS = [
    ("Not every player scored. Ivan is a player. So Ivan didn't score.", "invalid", ""),
    ("Every player did not score. Ivan is a player. So Ivan didn't score.", None, ""),  # scope
    ("The car starts only if the battery is charged. The battery is charged. So the car starts.", "invalid",
     "affirming the consequent"),
    ("The car starts if the battery is charged. The car doesn't start. So the battery isn't charged.", "valid",
     "modus tollens"),
    ("The picnic is on unless it rains. It rains. So the picnic is not on.", "invalid", ""),
    ("The picnic is on unless it rains. The picnic is not on. So it rains.", "valid", ""),
    ("No one but employees parks here. Sara parks here. So Sara is an employee.", "valid", ""),
    ("No one but employees parks here. Sara is an employee. So Sara parks here.", "invalid", ""),
    ("Ann and Bo are not both guilty. Ann is guilty. So Bo is not guilty.", "valid", ""),
    ("Ann and Bo are not both guilty. So Ann is not guilty.", "invalid", ""),
    ("Neither Ann nor Bo is guilty. So Ann is not guilty.", "valid", ""),
    ("At most one of Ann and Bo won a prize. Ann won a prize. So Bo didn't win a prize.", "valid", ""),
    ("At most one of Ann and Bo won a prize. Ann didn't win a prize. So Bo won a prize.", "invalid", ""),
    ("Either Ann or Bo will drive. Ann will drive. So Bo won't drive.", "invalid", "affirming a disjunct"),
    ("Either Ann or Bo will drive, but not both. Ann will drive. So Bo won't drive.", "valid", ""),
    ("If Ann is taller than Bo, Ann plays center. Bo is taller than Ann. So Ann doesn't play center.", "invalid",
     ""),
    ("If Hope wins, Grace cheers. Grace cheers. So Hope wins.", "invalid", "affirming the consequent"),
    ("Will will come if May comes. May comes. So Will will come.", "valid", "modus ponens"),
    ("Bill pays the bill if Rose is late. Rose is late. So Bill pays the bill.", "valid", "modus ponens"),
    ("Hope is a lawyer. All lawyers read. So Hope reads.", "valid", ""),
    ("If Ann sees Bea, she smiles. Ann sees Bea. So Bea smiles.", None, ""),  # who is "she"?
    ("Max died before he finished the novel. So Max finished the novel.", None, ""),
    ("If it rains, the match might be cancelled. It rains. So the match is cancelled.", None, ""),
    ("Ann may be at home. So Ann is at home.", None, ""),
    ("Some dogs are not pets. So some pets are not dogs.", "invalid", ""),
    ("No one who was late got a seat. Kim got a seat. So Kim was not late.", "valid", ""),
    ("Every student who was late missed the quiz. Kim missed the quiz. So Kim was late.", "invalid", ""),
]

# Outcomes where either an abstention or the named verdict is honest: the conclusion does not follow, and a reading
# that sees "before" / "might" / "may" as something other than a plain fact would say so.
OK_EITHER = {
    "Max died before he finished the novel. So Max finished the novel.": "invalid",
    "If it rains, the match might be cancelled. It rains. So the match is cancelled.": "invalid",
    "Ann may be at home. So Ann is at home.": "invalid",
}

NEAR_MISS_SOLVE = [
    ("The gym opens only if the coach is there. The coach is there. Is the gym open?", "cannot be determined"),
    ("Not all the lights are on. Are all the lights off?", "cannot be determined"),
    ("Unless Jay calls, Kim leaves. Kim leaves. Did Jay call?", "cannot be determined"),
    ("Unless Jay calls, Kim leaves. Kim didn't leave. Did Jay call?", "yes"),
    ("Nobody but Lee knows the code. Does Mia know the code?", "no"),
    ("Everyone except Raj came to the party. Did Raj come to the party?", "no"),
    ("Either the red door or the blue door is locked, but not both. The red door is not locked. Is the blue door "
     "locked?", "yes"),
    ("Not every guest brought a gift. Did every guest bring a gift?", "no"),
    ("If Will is taller than Rose, Will plays. Rose is taller than Will. Does Will play?", "cannot be determined"),
    ("The shop closes at noon if it's Sunday. It's not Sunday. Does the shop close at noon?", "cannot be determined"),
    ("Grace visits only if Hope invites her. Grace visits. Did Hope invite Grace?", "yes"),
    ("When Tom met Sam, he was tired. Was Sam tired?", None),  # who is "he"?
    ("The cat and the dog are not both hungry. The cat is hungry. Is the dog hungry?", "no"),
    ("The cat and the dog are not both hungry. Is the cat hungry?", "cannot be determined"),
    ("Pat might be at the gym. Is Pat at the gym?", "cannot be determined"),
    ("May is at home if June is at home. June is at home. Is May at home?", "yes"),
    ("At most one of Ivy and Joe is at work. Ivy is at work. Is Joe at work?", "no"),
]
