"""Fresh everyday arguments and rule questions (batch "args j"): written before the code that reads them.

Arguments in voices the earlier batches did not use: a courtroom cross-examination ("Counsel: ... correct?"), a
customer-service chat ("Agent: ..."), a medical pamphlet ("If you have a fever and a rash, ..."), a teenager's text
messages (lower case, no apostrophes), a philosophy exam with lettered options ("Which form is this? (a) ... (b)
..."), an HR policy ("Employees who ... may ..."), a weather forecaster, a coach's team rules, a conspiracy forum
post (fallacies), a cookbook; premises after the conclusion, conclusions as questions, enthymemes, contrapositive
chains, "all and only", "not both", "at least one of", "whenever", "no one who ... is ...", "only those who ...",
"except", negated quantifiers, relational chains, the named fallacies, and four terms / equivocation that only an
abstention answers honestly. Then rule questions for `solve` in chat style, with the round's open classes among
them: an empty-"it" condition affirmed ("If it's a weekday, the bank is open. The bank is open."), a generic rule
over bare plurals denied (modus tollens), and a past state carried through a rule ("Ann was a nurse.").

Keys by truth table, Venn diagram or a small model by hand, modern reading: a universal statement does not assert
that its subject exists, "A only if B" / "A only when B" is "if A then B", "all and only A are B" is "A exactly when
B", "all X except Y are Z" says the Y among the X are not Z (the exceptive reading), "not both" is "not (A and B)".
An analyze case is (text, expected, form words) with expected "valid" / "invalid", or None where only an abstention
is honest (`OK_EITHER` names a verdict that is honest too); a solve case is (text, expected) with expected "yes" /
"no" / "cannot be determined", or None where only an abstention is honest.

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_j.py`): right 39,
abstained 21, wrong 3 of 63. The three wrong: "Agent: If your order has shipped, you have a tracking number. ..."
invalid (a chat turn's label read as a speaker whose words may be false, so the agent's rule was never granted),
and the two equivocations ("Nothing is better than freedom. ..." and "Feathers are light. Light is not dark. ...")
verified "invalid", first keyed as abstentions, then re-keyed (`OK_EITHER`): read literally ("nothing" a quantifier,
"light" the noun) the conclusion does not follow, which is the textbook's verdict on an equivocation too. The
abstentions: "Counsel: Isn't it true that ...?", "..., correct?" / "..., right?" after a conclusion, "It is not on
the truck" (the package as "it"), "the patient" beside "Sam is a patient", the teenager's "didnt" / "doesnt" /
"texts me back", "Which form is this argument?" / "Identify the fallacy:" / lettered options after the conclusion,
"may" in an HR rule, "All staff except contractors", the generic bare plurals of modus tollens ("If roads are icy,
drivers slow down. Drivers do not slow down."), "Only players who attend every practice start the game", "Wake up
people.", "a sauce made with flour", "Does it follow that Ella passed? ..." asked first, and in `solve`: "they stay
home" after "someone", "No one under 18", "the dog barks the baby wakes up" without a comma.
"""

ARGS_J = [
    # a courtroom cross-examination
    ("Counsel: Isn't it true that if you were at the bar, the bartender would remember you? The bartender does "
     "not remember you. So you were not at the bar.", "valid", "modus tollens"),
    ("Counsel: You said that everyone who entered the building signed the log. The defendant did not sign the "
     "log. So the defendant did not enter the building, correct?", "valid", ""),
    ("If the defendant owned the car, his name would be on the title. His name is on the title. Therefore he owned "
     "the car.", "invalid", "affirming the consequent"),
    # a customer-service chat
    ("Agent: Refunds are issued only if the item is unopened. Customer: My item is unopened, so I get a refund, "
     "right?", "invalid", "affirming the consequent"),
    ("Agent: If your order has shipped, you have a tracking number. You do not have a tracking number. So your "
     "order has not shipped.", "valid", "modus tollens"),
    ("Agent: Every premium account includes free shipping. Your account is not a premium account. So your "
     "account does not include free shipping.", "invalid", "denying the antecedent"),
    ("Agent: Your package is in the warehouse or on the truck. It is not on the truck. So it is in the "
     "warehouse.", "valid", "disjunctive syllogism"),
    # a medical pamphlet
    ("If a patient has a fever and a rash, the patient is contagious. Sam is a patient. Sam is not contagious. "
     "Sam has a fever. So Sam does not have a rash.", "valid", ""),
    ("Whenever you take the pill with food, you do not feel sick. You feel sick. So you do not take the pill "
     "with food.", "valid", "modus tollens"),
    ("No one who is allergic to penicillin takes this drug. Ella takes this drug. So Ella is not allergic to "
     "penicillin.", "valid", ""),
    ("If you have a fever and a rash, you have measles. You have a fever. So you have measles.", "invalid", ""),
    # a teenager's text messages
    ("omg if jake texts me back he likes me. he didnt text me back. so he doesnt like me", "invalid",
     "denying the antecedent"),
    ("everyone at the party was a senior. tyler was at the party. so tyler was a senior", "valid", ""),
    ("if ana goes, bea goes. if bea goes, cal goes. cal doesnt go. so ana doesnt go", "valid", ""),
    # a philosophy exam with lettered options
    ("Question 4. Which form is this argument? If the lamp is on, the room is bright. The room is not bright. "
     "Therefore the lamp is not on. (a) modus ponens (b) modus tollens (c) denying the antecedent", "valid",
     "modus tollens"),
    ("Question 5. Identify the fallacy: All roses are flowers. Some flowers fade quickly. Therefore some roses fade "
     "quickly. (a) undistributed middle (b) affirming the consequent (c) none", "invalid", "undistributed middle"),
    ("Question 6. Is this valid? No saints are liars. Some priests are liars. Therefore some priests are not "
     "saints. (a) yes (b) no", "valid", "Festino"),
    # an HR policy
    ("Employees who work overtime may take a day off. Dana is an employee who works overtime. So Dana may take a "
     "day off.", "valid", ""),
    ("Only employees who have completed training may operate the forklift. Raj may operate the forklift. So Raj "
     "has completed training.", "valid", ""),
    ("All staff except contractors receive a bonus. Lena is staff. Lena is not a contractor. So Lena receives a "
     "bonus.", "valid", ""),
    # a weather forecaster
    ("If the pressure drops, it will rain tomorrow. The pressure drops. So it will rain tomorrow.", "valid",
     "modus ponens"),
    ("Whenever the wind comes from the north, the temperature falls. The temperature does not fall. So the wind "
     "does not come from the north.", "valid", "modus tollens"),
    ("If it is cloudy, it is cold. It is cold. So it is cloudy.", "invalid", "affirming the consequent"),
    ("If roads are icy, drivers slow down. Drivers do not slow down. So roads are not icy.", "valid",
     "modus tollens"),
    ("If prices fall, shoppers buy more. Prices do not fall. So shoppers do not buy more.", "invalid",
     "denying the antecedent"),
    # a coach's team rules
    ("No one who skips practice plays on Saturday. Mia plays on Saturday. So Mia does not skip practice.",
     "valid", ""),
    ("Only players who attend every practice start the game. Leo attends every practice. So Leo starts the game.",
     "invalid", ""),
    ("The captain and the goalie cannot both sit out. The captain sits out. So the goalie does not sit out.",
     "valid", ""),
    ("Any player who is late runs extra laps. Zoe runs extra laps. So Zoe is late.", "invalid",
     "affirming the consequent"),
    # a conspiracy forum post
    ("If the moon landing was faked, NASA would hide the footage. NASA hides the footage. So the moon landing was "
     "faked.", "invalid", "affirming the consequent"),
    ("All government agencies keep secrets. My neighbor keeps secrets. So my neighbor is a government agency.",
     "invalid", "undistributed middle"),
    ("Wake up people. Either the water is poisoned or the government is lying. The government is lying. So the "
     "water is not poisoned.", "invalid", "affirming a disjunct"),
    ("Nothing is better than freedom. A sandwich is better than nothing. So a sandwich is better than freedom.",
     None, ""),
    # a cookbook
    ("The cake is done only when the toothpick comes out clean. The toothpick comes out clean. So the cake is "
     "done.", "invalid", "affirming the consequent"),
    ("All sauces made with flour thicken. This gravy is a sauce made with flour. So this gravy thickens.", "valid",
     ""),
    ("All and only ripe bananas are sweet. This banana is not sweet. So this banana is not ripe.", "valid", ""),
    # premises after the conclusion, questions, enthymemes
    ("Fido is not a cat, since no cat barks and Fido barks.", "valid", ""),
    ("Does it follow that Ella passed? Everyone who studied passed, and Ella studied.", "valid", ""),
    ("Rex is a dog, so Rex barks.", None, ""),
    # relational chains, negated quantifiers, at least one of
    ("The red box is heavier than the blue box. The blue box is heavier than the green box. So the green box is "
     "lighter than the red box.", "valid", ""),
    ("Not all the muffins are burnt. So some of the muffins are not burnt.", "valid", ""),
    ("It is not true that every player scored. So at least one player did not score.", "valid", ""),
    ("At least one of Ron and Kay added salt. Ron did not add salt. So Kay added salt.", "valid", ""),
    # illicit major and minor, four terms
    ("All surgeons are doctors. No nurse is a surgeon. So no nurse is a doctor.", "invalid", "illicit major"),
    ("All whales are mammals. All whales swim. So everything that swims is a mammal.", "invalid", "illicit minor"),
    ("All dogs are animals. All cats are mammals. So all dogs are mammals.", "invalid", ""),
    ("Feathers are light. Light is not dark. So feathers are not dark.", None, ""),
]

SOLVE_J = [
    # the round's open classes
    ("If it's a weekday, the bank is open. The bank is open. Is it a weekday?", "cannot be determined"),
    ("Ann was a nurse. All nurses are kind. Is Ann kind?", None),
    ("Ann was a nurse. All nurses are kind. Was Ann kind?", "yes"),
    # rules in chat style
    ("quick q: everyone in my group chat has a cat. Liz doesn't have a cat. is Liz in my group chat?", "no"),
    ("If someone has a fever and a cough, they stay home. Jo has a fever but no cough. Does Jo stay home?",
     "cannot be determined"),
    ("Only members get the discount. Kai got the discount. Is Kai a member?", "yes"),
    ("The store is open whenever the sign is lit. The sign is lit. Is the store open?", "yes"),
    ("ugh. whenever it snows, school closes. school didn't close. did it snow?", "no"),
    ("At least one of Pia and Quin is coming. Pia is not coming. Is Quin coming?", "yes"),
    ("Rae and Sol are not both driving. Rae is driving. Is Sol driving?", "no"),
    ("All and only the winners get a medal. Tia is not a winner. Does Tia get a medal?", "no"),
    ("Everyone except Uma finished the race. Did Uma finish the race?", "no"),
    ("Vic is taller than Wes. Wes is taller than Xan. Is Xan taller than Vic?", "no"),
    ("No one under 18 has a license. Yas has a license. Is Yas under 18?", "no"),
    ("lol if the dog barks the baby wakes up. the baby didn't wake up. did the dog bark?", "no"),
    ("The bus is late only if it rains. It is not raining. Is the bus late?", "no"),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # a past state carried through a present rule: the reading LogicBench keys (see the batch's test)
    "Ann was a nurse. All nurses are kind. Is Ann kind?": "yes",
    # an equivocation read literally ("nothing" the quantifier, "light" the noun): the conclusion does not follow,
    # the textbook's verdict on the fallacy too; only "valid" (the two senses merged) would be wrong
    "Nothing is better than freedom. A sandwich is better than nothing. So a sandwich is better than freedom.":
        "invalid",
    "Feathers are light. Light is not dark. So feathers are not dark.": "invalid",
}
