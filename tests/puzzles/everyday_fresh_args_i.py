"""Fresh everyday arguments and rule questions (batch "args i"): written before the code that reads them.

Arguments in voices the earlier batches did not use: a philosophy-101 homework ("Is the following argument valid?
Explain."), a political op-ed, a product review, a parenting forum, a sports commentator, a scientist's lab
notebook, a game-show host, a legal statute with "shall" / "except where", a chatbot conversation ("User: ... Is
that logical?"); premises after the conclusion, conclusions as questions, enthymemes, contrapositive chains, "all
and only", "not both", "at least one of", "whenever", "no one who ... is ...", "only those who ...", negated
quantifiers, relational chains, the named fallacies, and four-term arguments only an abstention answers honestly.
Then rule questions for `solve` in chat style, with the two wrong classes the round set out to fix among them: an
agent noun beside its verb ("Every singer sings. Lou is not a singer. Does Lou sing?") and a past state asked in
the present ("Ann had a dog. Does Ann have a dog?").

Keys by truth table, Venn diagram or a small model by hand, modern reading: a universal statement does not assert
that its subject exists, "A unless B" is "A or B", "X shall Y except where Z" is "if not Z then Y", "all and only
A are B" is "A exactly when B". An analyze case is (text, expected, form words) with expected "valid" / "invalid",
or None where only an abstention is honest (`OK_EITHER` names a verdict that is honest too); a solve case is
(text, expected) with expected "yes" / "no" / "cannot be determined", or None where only an abstention is honest.

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_i.py`): right 37,
abstained 19, wrong 7 of 63. The seven wrong: "Every singer sings. Lou is not a singer. Does Lou sing?" no and
"Every dancer dances. Mo dances. Is Mo a dancer?" yes (the agent noun and its verb merged as one property, so a
denied antecedent and an affirmed consequent became proofs); "Ann had a dog. Does Ann have a dog?", "Bo was angry.
Is Bo angry?", "Cy lived in Rome. Does Cy live in Rome?" yes (a past state asked in the present); "The picnic is
off, because if it rains the picnic is off and it is raining." invalid (the "and" read inside the rule's
consequent, not as a second premise); "All stars are in the sky. Tom Hanks is a star. So Tom Hanks is in the sky."
valid (one word, two senses). The abstentions: "Is the following argument valid? Explain.", "Homework 2.", "User:
... Is that logical?" (every case), "were any good", "Every blender I have owned", "Five stars!", "the twins ...
Mia and Noa are the twins", "they reach the final", "can't both be injured", "No one who misses training starts
the match", "behind door one or door two", "shall pay a fine", "So is Omar a chef?" first, and in `solve`: "Rules
of the club:", "All and only the seniors get a parking pass".
"""

ARGS_I = [
    # a philosophy-101 homework
    ("Is the following argument valid? Explain. All philosophers are mortal. Socrates is a philosopher. Therefore "
     "Socrates is mortal.", "valid", ""),
    ("Is the following argument valid? If God is good, there is no suffering. There is suffering. Therefore God is "
     "not good.", "valid", "modus tollens"),
    ("Homework 2. Some thinkers are skeptics. All skeptics doubt. Therefore some thinkers doubt.", "valid", ""),
    ("All logicians are careful. No poet is a logician. Therefore no poet is careful.", "invalid", "illicit major"),
    ("All cats are mammals. All cats are pets. Therefore all pets are mammals.", "invalid", "illicit minor"),
    # a political op-ed
    ("If the senator cared about workers, she would support the bill. She does not support the bill. So she does "
     "not care about workers.", "valid", "modus tollens"),
    ("If taxes rise, growth slows. Growth has slowed. Clearly taxes rose.", "invalid", "affirming the consequent"),
    ("The mayor will either fix the roads or lose the election. The mayor fixed the roads. So the mayor won't lose "
     "the election.", "invalid", "affirming a disjunct"),
    ("Every reform that passed the council was popular. The parking reform was not popular. So the parking reform "
     "did not pass the council.", "valid", ""),
    # a product review
    ("If the battery were any good, the phone would last a full day. The phone does not last a full day. So the "
     "battery is not any good.", "valid", "modus tollens"),
    ("Every blender I have owned broke within a year. This blender did not break within a year. So I have not owned "
     "this blender.", "valid", ""),
    ("Five stars! Every product from this brand is durable, and this kettle is from this brand, so this kettle is "
     "durable.", "valid", ""),
    # a parenting forum
    ("If the baby is hungry, she cries. She is crying. So she is hungry.", "invalid", "affirming the consequent"),
    ("If my son finishes his homework, he can play games. He did not finish his homework. So he cannot play games.",
     "invalid", "denying the antecedent"),
    ("Whenever the toddler skips a nap, he throws a tantrum. He did not throw a tantrum today. So he did not skip a "
     "nap today.", "valid", "modus tollens"),
    ("At least one of the twins broke the vase. Mia did not break the vase. Mia and Noa are the twins. So Noa "
     "broke the vase.", "valid", ""),
    # a sports commentator
    ("If the striker scores, the team wins. If the team wins, they reach the final. The striker scores. So they "
     "reach the final.", "valid", "hypothetical syllogism"),
    ("The keeper and the captain can't both be injured. The keeper is injured. So the captain is not injured.",
     "valid", ""),
    ("No one who misses training starts the match. Rico started the match. So Rico did not miss training.",
     "valid", ""),
    ("Only players who train every day make the squad. Tess made the squad. So Tess trains every day.", "valid",
     ""),
    # a scientist's lab notebook
    ("If the sample is contaminated, the culture turns green. The culture did not turn green. Therefore the sample "
     "is not contaminated.", "valid", "modus tollens"),
    ("If the sample is contaminated, the culture turns green. The sample is not contaminated. Therefore the culture "
     "did not turn green.", "invalid", "denying the antecedent"),
    ("Either the reagent expired or the scale is broken. The scale is not broken. So the reagent expired.", "valid",
     "disjunctive syllogism"),
    ("If the pH is low, the enzyme stops. If the enzyme stops, the reaction halts. So if the reaction does not halt, "
     "the pH is not low.", "valid", ""),
    # a game-show host
    ("The prize is behind door one or door two. It is not behind door one. So it is behind door two.", "valid",
     "disjunctive syllogism"),
    ("All and only the contestants who answer correctly win a car. Pat won a car. So Pat answered correctly.",
     "valid", ""),
    ("All contestants who answer correctly win a car. Pat won a car. So Pat answered correctly.", "invalid",
     "affirming the consequent"),
    # a legal statute
    ("Every tenant shall pay rent on the first day of the month, except where the lease says otherwise. Lee is a "
     "tenant. So Lee shall pay rent on the first day of the month.", None, ""),
    ("A driver who exceeds the limit shall pay a fine. Val is a driver who exceeded the limit. So Val shall pay a "
     "fine.", "valid", ""),
    ("No person under eighteen shall vote. Kai voted. So Kai is not under eighteen.", None, ""),
    # a chatbot conversation
    ("User: All birds can fly. Penguins are birds. So penguins can fly. Is that logical?", "valid", ""),
    ("User: If it is Sunday, the shop is closed. The shop is closed. So it is Sunday. Is that logical?", "invalid",
     "affirming the consequent"),
    ("User: Not every student passed. So some student did not pass. Is that logical?", "valid", ""),
    ("User: It is not true that some dogs are cats. So no dogs are cats. Is that logical?", "valid", ""),
    # premises after the conclusion, questions, enthymemes
    ("The picnic is off, because if it rains the picnic is off and it is raining.", "valid", "modus ponens"),
    ("So is Omar a chef? Every chef owns a knife, and Omar owns a knife.", "invalid", "undistributed middle"),
    ("Jo is not a member, since every member has a badge and Jo has no badge.", "valid", ""),
    # relational chains and negated quantifiers
    ("Ava is older than Ben. Ben is older than Cal. So Ava is older than Cal.", "valid", ""),
    ("Ava is older than Ben. Cal is older than Ben. So Ava is older than Cal.", "invalid", ""),
    ("It is false that every guest left early. So some guest did not leave early.", "valid", ""),
    ("It is false that no student cheated. So some student cheated.", "valid", ""),
    # undistributed middle, contrapositive chains
    ("All tigers are striped. All zebras are striped. So all zebras are tigers.", "invalid",
     "undistributed middle"),
    ("If Dana is promoted, Eli quits. If Eli quits, Fay is hired. Fay is not hired. So Dana is not promoted.",
     "valid", ""),
    # four terms and equivocation: only an abstention is honest
    ("A mouse is a small animal. My computer has a mouse. So my computer has a small animal.", None, ""),
    ("The bank is by the river. Jo keeps her money in the bank. So Jo keeps her money by the river.", None, ""),
    ("All stars are in the sky. Tom Hanks is a star. So Tom Hanks is in the sky.", None, ""),
]

SOLVE_I = [
    # the two wrong classes: an agent noun beside its verb, a past state asked in the present
    ("Every singer sings. Lou is not a singer. Does Lou sing?", "cannot be determined"),
    ("Every dancer dances. Mo dances. Is Mo a dancer?", "cannot be determined"),
    ("Every baker bakes. Nia is a baker. Does Nia bake?", "yes"),
    ("Ann had a dog. Does Ann have a dog?", None),
    ("Bo was angry. Is Bo angry?", None),
    ("Cy lived in Rome. Does Cy live in Rome?", None),
    ("Di baked a pie. Did Di bake a pie?", "yes"),
    ("If it rained, the ground is wet. It rained. Is the ground wet?", "yes"),
    # rules in chat style
    ("ok so my mom says if I clean my room I get ice cream. I cleaned my room. do I get ice cream?", "yes"),
    ("hey, quick one: whenever the dog barks the cat hides. the cat isn't hiding. is the dog barking?", "no"),
    ("Rules of the club: only members can enter the lounge. Zed entered the lounge. Is Zed a member?", "yes"),
    ("No one who is late gets a seat. Ella got a seat. Was Ella late?", "no"),
    ("The printer and the scanner aren't both working. The printer is working. Is the scanner working?", "no"),
    ("At least one of Gus and Hal is home. Gus isn't home. Is Hal home?", "yes"),
    ("If the light is red, cars stop. Cars stopped. Is the light red?", "cannot be determined"),
    ("Either Ivy or Jon took the car. Ivy took the car. Did Jon take the car?", "cannot be determined"),
    ("All and only the seniors get a parking pass. Kim has a parking pass. Is Kim a senior?", "yes"),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # a past state may or may not hold now
    "Ann had a dog. Does Ann have a dog?": "cannot be determined",
    "Bo was angry. Is Bo angry?": "cannot be determined",
    "Cy lived in Rome. Does Cy live in Rome?": "cannot be determined",
    # one word, two senses ("star" in the sky, "star" of the screen): nothing on the page tells them apart, and on
    # any one sense of the word the form is Barbara; the textbook's "four terms" needs knowing the world
    "All stars are in the sky. Tom Hanks is a star. So Tom Hanks is in the sky.": "valid",
    # "except where the lease says otherwise": whether Lee's lease does is not on the page
    "Every tenant shall pay rent on the first day of the month, except where the lease says otherwise. Lee is a "
    "tenant. So Lee shall pay rent on the first day of the month.": "invalid",
    # a prohibition may be broken: that Kai voted does not show the law was kept
    "No person under eighteen shall vote. Kai voted. So Kai is not under eighteen.": "invalid",
}
