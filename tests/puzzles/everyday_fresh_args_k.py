"""Fresh everyday arguments and rule questions (batch "args k"): written before the code that reads them.

Arguments in voices the earlier batches did not use: a letter to the editor ("Dear Editor, ..."), a product review
thread ("Reply from Tom: ..."), a school debate rebuttal ("Honorable judges, ..."), a terms-of-service clause
("Section 4.2: ..."), a detective novel's deduction, a podcast transcript ("HOST: ... GUEST: ..."), a parenting
forum (lower case), a logic textbook's "Symbolize and test" exercise, a lawyer's memo ("MEMO. Re: ..."), a sports
commentator; premises after the conclusion, conclusions as questions, enthymemes, contrapositive chains, "all and
only", "not both", "at least one of", "whenever", "no one who ... is ...", "only those who ...", "except", negated
quantifiers, relational chains ("Everyone who knows Ann trusts her"), the named fallacies, and equivocation that
only an abstention answers honestly. Then rule questions for `solve` in chat style. With them the round's two open
classes: a bare generic taken for a universal ("Cats purr. So every cat purrs.": generics tolerate exceptions, so
the step is not valid), and two verbs with different meanings merged as one proposition ("borrows" / "returns",
"sells" / "buys", "lends" / "borrows").

Keys by truth table, Venn diagram or a small model by hand, modern reading: a universal statement does not assert
that its subject exists, "A only if B" is "if A then B", "not A unless B" is "if not B then not A", "all and only
A are B" is "A exactly when B", "everyone except Y is Z" says the others are Z and Y is not. An analyze case is
(text, expected, form words) with expected "valid" / "invalid", or None where only an abstention is honest
(`OK_EITHER` names a verdict that is honest too); a solve case is (text, expected) with expected "yes" / "no" /
"cannot be determined", or None where only an abstention is honest.

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_k.py`): right 32,
abstained 29, wrong 2 of 63. The two wrong are the round's generic class: "Cats purr. So every cat purrs." verified
"valid" and "Birds sing. Is it true that every bird sings?" verified "yes" (a bare generic read as a universal).
The abstentions: a letter's salutation ("Dear Editor,", "To the editor:", "Sir,"), "traffic on Elm Street will
double", a review thread's "Review by Kim:" / "Reply from Tom:", "Honorable judges,", "My opponent's argument
runs:", "Section 4.2:", "the thief was either the butler or the gardener", "had powder on his hands" / "had no
powder", "The murderer knew", "HOST: ... GUEST: Exactly.", "has had chickenpox" (and "every toddler in our
playgroup" leaves Noah's being a toddler open: re-keyed as an abstention, "invalid" honest too), "Symbolize and
test for validity:" / "Exercise 3.7.", "MEMO. Re: Smith lease.", "signed contracts", "United win tonight ... folks",
"Is the bakery closed? It must be, because ...", "Ravi misses the train, for ...", "Everyone except the goalie",
"does not return the book" beside "borrows the book", and in `solve`: "borrows" / "returns", "sells" / "buys",
"my landlord says if ...", "can't both be on call".
"""

ARGS_K = [
    # a letter to the editor
    ("Dear Editor, if the new bridge is built, traffic on Elm Street will double. Traffic on Elm Street will not "
     "double. So the new bridge will not be built.", "valid", "modus tollens"),
    ("To the editor: Every politician who supports the tax is a hypocrite. Senator Grey does not support the tax. "
     "Therefore Senator Grey is not a hypocrite.", "invalid", "denying the antecedent"),
    ("Sir, crime did not fall. If crime had fallen, arrests would have fallen, and arrests did not fall.", "valid",
     "modus tollens"),
    # a product review thread
    ("Review by Kim: If a blender is loud, it is powerful. My blender is powerful. So my blender is loud.",
     "invalid", "affirming the consequent"),
    ("Reply from Tom: No blender that costs under fifty dollars lasts a year. This blender lasts a year. So this "
     "blender does not cost under fifty dollars.", "valid", ""),
    ("Reply from Ivy: Either the charger is faulty or the battery is dead. The charger is faulty. So the battery "
     "is not dead.", "invalid", "affirming a disjunct"),
    # a school debate rebuttal
    ("Honorable judges, if homework is banned, students will read more. Students will not read more. Therefore "
     "homework will not be banned.", "valid", "modus tollens"),
    ("My opponent's argument runs: all athletes are disciplined, and all soldiers are disciplined, so all athletes "
     "are soldiers.", "invalid", "undistributed middle"),
    ("Not every student who fails a test is lazy. So some student who fails a test is not lazy.", "valid", ""),
    # a terms-of-service clause
    ("Section 4.2: The user may cancel the subscription only if the user has paid all fees. The user has not paid "
     "all fees. Therefore the user may not cancel the subscription.", "valid", ""),
    ("Section 7: Any account that violates these terms is suspended. Maria's account is suspended. So Maria's "
     "account violates these terms.", "invalid", "affirming the consequent"),
    ("Refunds are not available unless the product is defective. The product is not defective. So refunds are "
     "not available.", "valid", ""),
    # a detective novel's deduction
    ("The thief was either the butler or the gardener. The gardener was in London all night. No one who was in "
     "London all night was the thief. Therefore the butler was the thief.", "valid", ""),
    ("Whoever fired the shot had powder on his hands. The colonel had no powder on his hands. So the colonel did "
     "not fire the shot.", "valid", ""),
    ("The murderer knew the code to the safe. Lady Ashford knew the code to the safe. Therefore Lady Ashford is "
     "the murderer.", "invalid", ""),
    # a podcast transcript
    ("HOST: If you drink coffee after noon, you sleep badly. GUEST: Exactly. HOST: Well, I do not sleep badly. "
     "So I do not drink coffee after noon.", "valid", "modus tollens"),
    ("GUEST: Some billionaires are philanthropists. All philanthropists are generous. So some billionaires are "
     "generous.", "valid", "Darii"),
    ("GUEST: All dragons breathe fire. All dragons are reptiles. So some reptiles breathe fire.", "invalid",
     "existential fallacy"),
    # a parenting forum
    ("if the baby naps after 4, she wont sleep at night. she didnt nap after 4. so she will sleep at night, "
     "right?", "invalid", "denying the antecedent"),
    ("Every toddler in our playgroup has had chickenpox. Noah has not had chickenpox. So Noah is not in our "
     "playgroup.", None, ""),
    ("Mia and Leo can't both have the iPad. Mia has the iPad. So Leo does not have the iPad.", "valid", ""),
    # a logic textbook's "Symbolize and test"
    ("Symbolize and test for validity: If Jones is elected, taxes rise. If taxes rise, businesses leave. Jones is "
     "elected. Therefore businesses leave.", "valid", ""),
    ("Exercise 3.7. Symbolize and test: Either the senator lied or the newspaper erred. The newspaper did not err. "
     "So the senator lied.", "valid", "disjunctive syllogism"),
    ("Exercise 3.8. Symbolize and test: If the museum is open, the guards are on duty. The museum is not open. "
     "Therefore the guards are not on duty.", "invalid", "denying the antecedent"),
    # a lawyer's memo
    ("MEMO. Re: Smith lease. A tenant who keeps a pet must pay a deposit. Mr. Smith is a tenant who keeps a pet. "
     "Therefore Mr. Smith must pay a deposit.", "valid", ""),
    ("All and only signed contracts are binding. This contract is binding. So this contract is signed.", "valid",
     ""),
    ("Only those who registered can vote. Tom can vote. Hence Tom registered.", "valid", ""),
    # a sports commentator
    ("And if United win tonight, they clinch the title! But they will not clinch the title, folks, so they will "
     "not win tonight.", "valid", "modus tollens"),
    ("Every team that scores first wins. The Hawks win. So the Hawks score first.", "invalid",
     "affirming the consequent"),
    ("Nobody on the bench is injured. Diaz is injured. So Diaz is not on the bench.", "valid", ""),
    ("Kelly is faster than Ruiz, and Ruiz is faster than Ochoa. So Ochoa is not faster than Kelly.", "valid", ""),
    # relational chains
    ("Everyone who knows Ann trusts her. Ben knows Ann. So Ben trusts Ann.", "valid", ""),
    ("Everyone who knows Ann trusts her. Ben trusts Ann. So Ben knows Ann.", "invalid", "affirming the consequent"),
    # premises after the conclusion, questions, enthymemes, chains
    ("Is the bakery closed? It must be, because whenever the lights are off the bakery is closed, and the lights "
     "are off.", "valid", "modus ponens"),
    ("Ravi misses the train, for he leaves late, and anyone who leaves late misses the train.", "valid", ""),
    ("Gina is a vegan, so Gina does not eat cheese.", None, ""),
    ("If the pipes freeze, the pipes burst. If the pipes burst, the kitchen floods. The kitchen does not flood. So "
     "the pipes do not freeze.", "valid", ""),
    ("It is false that no senator voted yes. So some senator voted yes.", "valid", ""),
    ("No one who is a member pays at the door. Kay pays at the door. So Kay is not a member.", "valid", ""),
    ("Everyone except the goalie wore red. Pat is not the goalie. So Pat wore red.", "valid", ""),
    # illicit minor and major, equivocation
    ("All swans are birds. All swans are white. So all white things are birds.", "invalid", "illicit minor"),
    ("All cyclists are fit. No smoker is a cyclist. So no smoker is fit.", "invalid", "illicit major"),
    ("The end of a thing is its perfection. Death is the end of life. So death is the perfection of life.", None,
     ""),
    # the round's open classes: a generic is not a universal; related verbs are not synonyms
    ("Cats purr. So every cat purrs.", None, ""),
    ("All owls hunt at night. Hoot is an owl. So Hoot hunts at night.", "valid", ""),
    ("If Lia borrows the book, Lia reads the book. Lia does not read the book. So Lia does not return the book.",
     "invalid", ""),
    ("If Omar sells the bike, Omar is happy. Omar buys the bike. So Omar is happy.", "invalid", ""),
    ("If Eve lends the ladder, Max fixes the roof. Eve borrows the ladder. So Max fixes the roof.", "invalid", ""),
]

SOLVE_K = [
    # the round's open classes
    ("Birds sing. Is it true that every bird sings?", None),
    ("If Ana borrows the car, she fills the tank. Ana returns the car. Does Ana fill the tank?",
     "cannot be determined"),
    ("If Max sells the house, he moves to Spain. Max buys the house. Does Max move to Spain?",
     "cannot be determined"),
    # rules in chat style
    ("hey so my landlord says if the rent is late there's a fee. the rent isn't late. is there a fee?",
     "cannot be determined"),
    ("Every dog in the shelter is vaccinated. Max is a dog in the shelter. Is Max vaccinated?", "yes"),
    ("Lou and Mo can't both be on call. Lou is on call. Is Mo on call?", "no"),
    ("Either Jen or Kai locked the door. Jen didn't lock the door. Did Kai lock the door?", "yes"),
    ("Only people with a badge get in. Ola doesn't have a badge. Does Ola get in?", "no"),
    ("Whenever Pip barks, the cat hides. The cat doesn't hide. Does Pip bark?", "no"),
    ("Everyone who knows Zed likes him. Amy knows Zed. Does Amy like Zed?", "yes"),
    ("Nobody who is vegan eats eggs. Rob eats eggs. Is Rob vegan?", "no"),
    ("Jo is older than Kim, and Kim is older than Lee. Is Lee older than Jo?", "no"),
    ("All and only the members vote. Sue votes. Is Sue a member?", "yes"),
    ("It's not true that all the cookies are gone. Are some of the cookies not gone?", "yes"),
    ("Everybody on the team except Ivy is tall. Is Ivy tall?", "no"),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # a generic tolerates exceptions: it leaves the universal open, so "invalid" / "cannot be determined" is honest
    "Cats purr. So every cat purrs.": "invalid",
    "Birds sing. Is it true that every bird sings?": "cannot be determined",
    # Noah may be in the playgroup without being a toddler (a parent, say): strictly the conclusion does not follow
    "Every toddler in our playgroup has had chickenpox. Noah has not had chickenpox. So Noah is not in our "
    "playgroup.": "invalid",
}
