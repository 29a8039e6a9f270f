"""Fresh everyday arguments and rule questions (batch "args l"): written before the code that reads them.

Arguments in voices people use when they paste into a chatbot, which the earlier batches did not use: a student's
philosophy homework ("Is this argument valid? P1: ... P2: ... C: ..."), a teacher's quiz ("Premise 1: ... Premise
2: ... Conclusion: ..."), a reddit comment, text messages between friends (lower case, "u", "doesnt"), a workplace
email ("Hi team, since the server is down, ..."), a news op-ed, a sales pitch, a conspiracy-style chain, a child's
reasoning ("Mom said ..."); premises after the conclusion, enthymemes, contrapositive chains, "all and only", "not
both", "at least one of", "whenever", "no one who ... is ...", "only those who ...", "except", negated quantifiers,
the named fallacies, and four terms / equivocation that only an abstention answers honestly. With them the round's
open classes: "most" / "few" / "almost all" / "many" (a statistical syllogism is not deductively valid; "most X are
Y" gives "some X are Y"), a standing rule said to "you" and a fact in the past tense ("If you study hard, you will
pass, and you studied hard."), arguments in one run-on line ("and so", "which means", "that's why", "because of
that", "therefore" mid-sentence), and a question about the reasoning after the text ("Does it follow that ...?",
"Is this reasoning valid?", "Is this a good argument?"). Then rule questions for `solve` in chat style.

Keys by truth table, Venn diagram or a small model by hand, modern reading: a universal statement does not assert
that its subject exists, "A only if B" is "if A then B", "all and only A are B" is "A exactly when B", "everyone
except Y is Z" says the others are Z and Y is not; "most A are B" is "more A are B than are not" (so it is false of
no A at all, and gives "some A are B"), "few A are B" leaves any one A open, "almost all" / "many" likewise. An
analyze case is (text, expected, form words) with expected "valid" / "invalid", or None where only an abstention is
honest (`OK_EITHER` names a verdict that is honest too); a solve case is (text, expected) with expected "yes" / "no"
/ "cannot be determined", or None where only an abstention is honest.

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_l.py`): right 44,
abstained 25, wrong 0 of 69. Then "None of the kids who ate the cake got sick. Mia got sick. Did Mia eat the cake?"
re-keyed as an abstention (Mia need not be one of the kids; "cannot be determined" honest too): right 45, abstained
24. The abstentions: every "most" / "few" / "many" / "almost all" sentence (six arguments, three questions), the
run-on lines ("... and so whales breathe air", "... a member of the club therefore Kim pays dues", ", that's why
...", ", and because of that ..."), "If you study hard, you will pass, and you studied hard." (read as a condition
restated after "and"), "Is this a good argument?" after the conclusion, the text messages' "its raining", "mia
doesnt", "u" / "ur", "my lease says I can sublet only if ...", "Hi team, since the server is down, either ...",
"the launch goes ahead only if QA signs off, and QA does not sign off" (two groupings), "You want to be
successful.", "chemtrail plane" (a compound noun not linked to "plane"), and in `solve`: "my mom says if i clean
my room i can go out", "Only people over 21 can rent the car".

After "most" / "almost all" / "many" / "few" are read (`proportions.py`: an argument is valid where the weakest
sense, "some A is B" or nothing for "few", gives the conclusion, invalid where a finite world of the strongest
sense, nine in ten and an exception, refutes it; `solve` answers only what the weakest sense settles, since a
question about one member has a default reading beside the deductive one, so "Most of the staff drive to work. ...
Does Ivy drive to work?" and "... Do all of the cookies ...?" are re-keyed as abstentions with "cannot be determined"
honest too): right 51, abstained 18. After a conclusion marked inside a run-on line ("... and so ...", "...
therefore ..." with no comma, ", that's why", ", which is why", ", and because of that"), "Is this a good
argument?" read as the validity question, and a rule's condition repeated in the past read as a fact ("If you study
hard, you will pass, and you studied hard."): right 58, abstained 11, wrong 0. After a premise that gives its
reason first ("since the server is down, either ...") read as both statements, a letter's greeting taken off in
`analyze` ("Hi team,"), "its" typed for "it's" at a clause's start ("if its raining", "its not raining"), and "I"
never read inside a name ("if i clean my room i can go out" had "my room I" as one individual): right 61,
abstained 8, wrong 0. After a rule a source puts on the asker ("my lease says I can sublet only if the landlord
agrees") is read as the rule: right 62, abstained 7, wrong 0. Still abstaining: "mia does" / "mia doesnt" (an
elided verb phrase, negated), "u" / "ur", "the launch goes ahead only if QA signs off, and QA does not sign off"
(two groupings), "chemtrail plane", "voters in this town", "is locked out", "Only people over 21", and "Most of the
staff ... Does Ivy ...?" / "Do all of the cookies ...?" (re-keyed abstentions, right).
"""

ARGS_L = [
    # a student's philosophy homework
    ("Is this argument valid? P1: If God is all-powerful, God can prevent evil. P2: God cannot prevent evil. "
     "C: God is not all-powerful.", "valid", "modus tollens"),
    ("Is this argument valid? P1: All philosophers are thinkers. P2: Some thinkers are poets. C: Some "
     "philosophers are poets.", "invalid", "undistributed middle"),
    ("P1: Either free will exists or determinism is true. P2: Determinism is true. C: Free will does not exist. "
     "Is this valid?", "invalid", "affirming a disjunct"),
    # a teacher's quiz with labels
    ("Premise 1: No reptiles are mammals. Premise 2: All snakes are reptiles. Conclusion: No snakes are mammals.",
     "valid", "Celarent"),
    ("Premise 1: All squares are rectangles. Premise 2: No triangle is a square. Conclusion: No triangle is a "
     "rectangle.", "invalid", "illicit major"),
    ("Premise 1: All unicorns have horns. Premise 2: All unicorns are horses. Conclusion: Some horses have horns.",
     "invalid", "existential fallacy"),
    ("Premise 1: All poets are dreamers. Premise 2: All poets are writers. Conclusion: All writers are dreamers.",
     "invalid", "illicit minor"),
    # a reddit comment
    ("If the game had good servers, nobody would complain. Plenty of people complain. So the game does not have "
     "good servers.", "valid", ""),
    ("OP is wrong. Not every vaccine has side effects, so some vaccines do not have side effects.", "valid", ""),
    ("my lease says I can sublet only if the landlord agrees. the landlord agreed. so I can sublet, right?",
     "invalid", "affirming the consequent"),
    # text messages between friends
    ("dude if its raining the game is cancelled. its not raining. so the game isnt cancelled", "invalid",
     "denying the antecedent"),
    ("ok so either sam has the keys or mia does. mia doesnt. so sam has the keys", "valid",
     "disjunctive syllogism"),
    ("if u come to the party, i come too. i'm not coming. so ur not coming either", "valid", "modus tollens"),
    # a workplace email
    ("Hi team, since the server is down, either the backup failed or the power went out. The power did not go "
     "out, so the backup failed.", "valid", ""),
    ("Everyone who works remotely submits a weekly report. Jordan does not submit a weekly report. Hence Jordan "
     "does not work remotely.", "valid", ""),
    ("Quick update: the launch goes ahead only if QA signs off, and QA does not sign off, so the launch does not "
     "go ahead.", "valid", ""),
    # a news op-ed
    ("If the city raises taxes, businesses leave. Businesses are leaving. Therefore the city raised taxes.",
     "invalid", "affirming the consequent"),
    ("Whenever unemployment rises, crime rises, and crime did not rise, which means unemployment did not rise.",
     "valid", "modus tollens"),
    # a sales pitch
    ("Everyone who uses SuperClean has a spotless kitchen. Ana has a spotless kitchen. So Ana uses SuperClean.",
     "invalid", "affirming the consequent"),
    ("Every successful person reads our newsletter. You want to be successful. So you should read our "
     "newsletter.", None, ""),
    # a conspiracy-style chain
    ("If the birds are drones, the government built the birds. If the government built the birds, the government "
     "is spying on us. The birds are drones. So the government is spying on us.", "valid", ""),
    ("All chemtrail planes fly high. That plane flies high. So that plane is a chemtrail plane.", "invalid",
     "affirming the consequent"),
    # a child's reasoning
    ("Mom said if I eat my vegetables I get dessert. I ate my vegetables. So I get dessert!", "valid", ""),
    ("Cats have four legs. My dog has four legs. So my dog is a cat.", "invalid", ""),
    # most, few, almost all, many
    ("Most voters in this town are Democrats. Ann is a voter in this town. So Ann is a Democrat.", "invalid", ""),
    ("Most students passed. So Ann passed.", None, ""),
    ("Most students passed the exam. So some students passed the exam.", "valid", ""),
    ("Most dentists recommend Brightwhite. So all dentists recommend Brightwhite.", "invalid", ""),
    ("Few politicians are honest. Senator Lee is a politician. So Senator Lee is not honest.", "invalid", ""),
    ("Almost all the guests left early. Tom was a guest. So Tom left early.", "invalid", ""),
    ("Many doctors smoke. Rita is a doctor. Therefore Rita smokes.", "invalid", ""),
    # a standing rule said to "you", and a fact in the past
    ("If you study hard, you will pass, and you studied hard. So you will pass.", "valid", "modus ponens"),
    ("If you water the plant, the plant grows. You did not water the plant. So the plant did not grow.",
     "invalid", "denying the antecedent"),
    # one run-on line
    ("all mammals breathe air and whales are mammals and so whales breathe air", "valid", ""),
    ("If Jo forgets her keys, Jo is locked out. Jo forgets her keys, and because of that Jo is locked out.",
     "valid", "modus ponens"),
    ("Every member of the club pays dues and Kim is a member of the club therefore Kim pays dues.", "valid", ""),
    ("No vegetarian eats meat, Raj eats meat, that's why Raj is not a vegetarian.", "valid", ""),
    # a question about the reasoning after the text
    ("Everyone in the choir sings. Lily sings. Does it follow that Lily is in the choir?", "invalid",
     "affirming the consequent"),
    ("All cats are mammals. Some mammals are black. Therefore some cats are black. Is this reasoning valid?",
     "invalid", "undistributed middle"),
    ("If the bridge is closed, we take the ferry. We do not take the ferry. So the bridge is not closed. Is this "
     "a good argument?", "valid", "modus tollens"),
    # contrapositive chains, premises after the conclusion
    ("If the oven is hot, the bread rises. If the bread rises, the loaf is soft. The loaf is not soft, so the oven "
     "is not hot.", "valid", ""),
    ("Nora is not a lawyer, because every lawyer passed the bar and Nora did not pass the bar.", "valid", ""),
    # all and only, not both, at least one of, whenever, no one who, only those who, except, negated quantifiers
    ("All and only the students who finished the quiz got a sticker. Ben is a student. Ben did not get a sticker. "
     "So Ben did not finish the quiz.", "valid", ""),
    ("The printer and the scanner are not both working. The printer is working. Therefore the scanner is not "
     "working.", "valid", ""),
    ("At least one of Lea and Max broke the vase. So Lea broke the vase.", "invalid", ""),
    ("Whenever the kettle whistles, the water is boiling. The water is boiling. So the kettle whistles.",
     "invalid", "affirming the consequent"),
    ("No one who cheats on the exam gets a scholarship. Hana gets a scholarship. So Hana does not cheat on the "
     "exam.", "valid", ""),
    ("Only those who bought a ticket entered the hall. Omar entered the hall. So Omar bought a ticket.", "valid",
     ""),
    ("Everyone except Ned voted for the plan. So Ned did not vote for the plan.", "valid", ""),
    ("Not all of the apples are ripe. So none of the apples are ripe.", "invalid", ""),
    ("It is not the case that some guests were late. So no guest was late.", "valid", ""),
    # equivocation and four terms
    ("Banks are next to rivers. I keep my money in a bank. So I keep my money next to a river.", None, ""),
    ("All pens are writing tools. The pig lives in a pen. So the pig lives in a writing tool.", None, ""),
]

SOLVE_L = [
    # the round's open classes
    ("Most of the staff drive to work. Ivy is on the staff. Does Ivy drive to work?", None),
    ("Most of the cookies have chocolate chips. Do all of the cookies have chocolate chips?",
     None),
    ("Most of the cookies have chocolate chips. Do some of the cookies have chocolate chips?", "yes"),
    ("If you study hard, you pass. You studied hard. Did you pass?", "yes"),
    ("Ann will be a doctor. Is Ann a doctor?", None),
    # rules in chat style
    ("my mom says if i clean my room i can go out. i cleaned my room. can i go out?", "yes"),
    ("Every plant on the balcony needs water. The fern is a plant on the balcony. Does the fern need water?",
     "yes"),
    ("None of the kids who ate the cake got sick. Mia got sick. Did Mia eat the cake?", None),
    ("Only people over 21 can rent the car. Leo is not over 21. Can Leo rent the car?", "no"),
    ("Whenever the heater is on, the windows fog up. The windows do not fog up. Is the heater on?", "no"),
    ("All the kids except Sara went swimming. Did Sara go swimming?", "no"),
    ("If the meeting runs late, I miss the bus. I didn't miss the bus. Did the meeting run late?", "no"),
    ("Sam is shorter than Tia and Tia is shorter than Uli. Is Uli shorter than Sam?", "no"),
    ("If it rains, the picnic is off. The picnic is off. Did it rain?", "cannot be determined"),
    ("Neither Ola nor Pim likes jazz. Does Pim like jazz?", "no"),
    ("Not every passenger had a ticket. Did some passenger not have a ticket?", "yes"),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # asked of one member, "most" has a default reading ("presumably yes") beside the deductive "cannot be
    # determined"; "all" after "most" has a reading with the "not all" it implies ("no") beside the open one
    "Most of the staff drive to work. Ivy is on the staff. Does Ivy drive to work?": "cannot be determined",
    "Most of the cookies have chocolate chips. Do all of the cookies have chocolate chips?": "cannot be determined",
    # Mia may have eaten the cake without being one of the kids: strictly it is open
    "None of the kids who ate the cake got sick. Mia got sick. Did Mia eat the cake?": "cannot be determined",
    # wanting to be successful is not being successful, and "should" is not said by any premise: it does not follow
    "Every successful person reads our newsletter. You want to be successful. So you should read our newsletter.":
        "invalid",
    # "most" leaves Ann open (and the premise does not say Ann is a student): the conclusion does not follow
    "Most students passed. So Ann passed.": "invalid",
    # a generic read literally (one sense of "bank") tolerates exceptions: the conclusion does not follow
    "Banks are next to rivers. I keep my money in a bank. So I keep my money next to a river.": "invalid",
}
