"""Fresh everyday arguments and rule questions (batch "args m"): written before the code that reads them.

Arguments as people type them into chats, essays, op-eds, homework and forums: "My friend argues that ...", "Is
this reasoning sound?", "Check my logic:", premises in bullets, the conclusion first ("X, because Y and Z"),
"which means" / "so clearly", categorical syllogisms with everyday nouns (plural and singular mixed, "anyone who",
"whoever", "nobody who", "only those who"), conditionals ("provided that", "as long as", "in case", "whenever",
"without ... no one ...", "unless"), disjunctive syllogisms and dilemmas, chains of three and four conditionals,
contrapositives, inverses and converses said in other words, "most" (two majorities of one group overlap; a majority
inside a subset stays a majority of the superset), the named fallacies, and near-misses where only an abstention
is honest (vague terms, world knowledge, two words for one thing). Then rule questions for `solve` in chat style.

Keys by truth table or a small model by hand (a throwaway brute-force script over the propositional cases and over
worlds of up to six people for "most"), modern reading: a universal statement does not assert that its subject
exists, "A only if B" is "if A then B", "unless A, B" is "if not A then B", "without A, no one B" is "whoever B has
A", "most A are B" is "more A are B than are not". An analyze case is (text, expected, form words) with expected
"valid" / "invalid", or None where only an abstention is honest (`OK_EITHER` names a verdict that is honest too); a
solve case is (text, expected) with expected "yes" / "no" / "cannot be determined", or None likewise.

First reading, before any code change (`python tests/puzzles/test_everyday_fresh_args_m.py`): right 56,
abstained 15, wrong 1 of 72. The wrong one was a key: "Rich people are happy. Max has a lot of money. So Max is
happy." was answered "invalid", which is honest (a generic tolerates exceptions, and no premise says having a lot of
money is being rich), so `OK_EITHER` names it: right 57, abstained 15, wrong 0. The abstentions, by cause: a frame
before the argument ("My friend argues that ...", "Is this reasoning sound?", "Check my logic:", "Is that right?"
after it: four); premises in bullets ("- Either ...", "- Therefore ..."); a conclusion first with its reason a
conditional ("Ali will miss the flight, because if the taxi is late ..."); a bare plural premise under an "every"
conclusion ("Flowers need sunlight"); "without a ticket, no one gets in" and "without a key, nobody opens the safe"
(also in `solve`); "X in case Y"; "We either raise prices or cut prices" (the subject shared by the two verbs); an
adjective on the subject noun ("honest witnesses" / "an honest witness"); and "most" beyond one member or "some":
two majorities overlapping, a majority carried to a superset, and the converse of "most" (invalid).
"""

ARGS_M = [
    # "my friend argues", "is this sound", "check my logic"
    ("My friend argues that if the store is open, the lights are on, and the lights are on, so the store is open. "
     "Is that right?", "invalid", "affirming the consequent"),
    ("My friend argues that Rex is vaccinated, since every dog in the shelter is vaccinated and Rex is a dog in "
     "the shelter.", "valid", ""),
    ("Is this reasoning sound? If Paul studied, he passed. Paul passed. So Paul studied.", "invalid",
     "affirming the consequent"),
    ("Check my logic: if the train is late, I miss the meeting. If I miss the meeting, my boss is upset. The train "
     "is late. So my boss is upset.", "valid", ""),
    # premises in bullets
    ("Premises:\n- All nurses are caring.\n- Some caring people are tired.\nConclusion: Some nurses are tired.",
     "invalid", "undistributed middle"),
    ("- Either the fridge is broken or the door was left open.\n- The door was not left open.\n- Therefore the "
     "fridge is broken.", "valid", "disjunctive syllogism"),
    # the conclusion first
    ("Lena is not a member, because all members have badges and Lena does not have a badge.", "valid", ""),
    ("The street is wet, since it is raining and whenever it rains the street is wet.", "valid", "modus ponens"),
    ("Ali will miss the flight, because if the taxi is late Ali will miss the flight and the taxi is late.",
     "valid", "modus ponens"),
    # which means, so clearly
    ("If the alarm goes off, the guards come. The guards do not come, which means the alarm does not go off.",
     "valid", "modus tollens"),
    ("Either we take the car or we take the train. We take the car. So clearly we do not take the train.",
     "invalid", "affirming a disjunct"),
    # categorical syllogisms with everyday nouns
    ("All teachers are patient. Some parents are teachers. Therefore some parents are patient.", "valid", "Darii"),
    ("No cat is a fish. Every goldfish is a fish. So no goldfish is a cat.", "valid", ""),
    ("All violinists are musicians. No drummer is a violinist. So no drummer is a musician.", "invalid",
     "illicit major"),
    ("All bakers are early risers. All bakers are cooks. So all cooks are early risers.", "invalid",
     "illicit minor"),
    ("All spies are liars. Some liars are politicians. So some spies are politicians.", "invalid",
     "undistributed middle"),
    ("Every tulip is a flower. Flowers need sunlight. So every tulip needs sunlight.", "valid", ""),
    ("All owls are birds, and Hedwig is an owl, which means Hedwig is a bird.", "valid", ""),
    # anyone who, whoever, nobody who, only those who
    ("Anyone who skips breakfast gets hungry by noon. Marco skips breakfast. So Marco gets hungry by noon.",
     "valid", ""),
    ("Whoever owns a boat pays the harbor fee. Dana does not pay the harbor fee. So Dana does not own a boat.",
     "valid", ""),
    ("Nobody who lies is trusted. Greg is trusted. So Greg does not lie.", "valid", ""),
    ("Only those who registered voted. Pia voted. So Pia registered.", "valid", ""),
    ("Only members swim in the pool. Ivan is a member. So Ivan swims in the pool.", "invalid", ""),
    ("Anyone who reads the manual can fix the printer. Zoe can fix the printer. So Zoe reads the manual.",
     "invalid", "affirming the consequent"),
    # provided that, as long as, in case, whenever, without, unless
    ("Provided that the weather is good, the match is played. The weather is good. So the match is played.",
     "valid", "modus ponens"),
    ("As long as you pay the fee, you can join. You do not pay the fee. So you cannot join.", "invalid",
     "denying the antecedent"),
    ("Whenever Ada sings, the dog howls. The dog does not howl. So Ada does not sing.", "valid", "modus tollens"),
    ("Without a ticket, no one gets in. Kim gets in. So Kim has a ticket.", "valid", ""),
    ("Unless it snows, the school is open. It does not snow. So the school is open.", "valid", ""),
    ("The party is on only if Mo comes. Mo comes. So the party is on.", "invalid", "affirming the consequent"),
    ("The generator starts in case the power fails. The power fails. So the generator starts.", "valid",
     "modus ponens"),
    # disjunctive and dilemma forms
    ("Either Jen cooks or we order pizza. If Jen cooks, dinner is late. If we order pizza, dinner is expensive. "
     "So dinner is late or dinner is expensive.", "valid", "constructive dilemma"),
    ("If we raise prices, we lose customers. If we cut prices, we lose money. We either raise prices or cut "
     "prices. So we lose customers or we lose money.", "valid", "constructive dilemma"),
    ("If Ravi wins, Ravi celebrates. If Ravi loses, Ravi sulks. Ravi does not celebrate and Ravi does not sulk. "
     "So Ravi does not win and Ravi does not lose.", "valid", "destructive dilemma"),
    ("Either the key is in the car or the key is in the kitchen. The key is in the kitchen. So the key is not in "
     "the car.", "invalid", "affirming a disjunct"),
    ("The cat is in the garden or the cat is in the shed. The cat is not in the shed. So the cat is in the "
     "garden.", "valid", "disjunctive syllogism"),
    # chains of three and four conditionals
    ("If Ella gets the job, she moves to Paris. If she moves to Paris, she sells her car. If she sells her car, "
     "she buys a bike. Ella gets the job. Therefore Ella buys a bike.", "valid", ""),
    ("If the river floods, the road closes. If the road closes, the bus is late. If the bus is late, the class "
     "starts late. If the class starts late, the test is short. The test is not short. So the river does not "
     "flood.", "valid", ""),
    ("If the dam breaks, the valley floods. If the valley floods, the crops fail. The crops fail. So the dam "
     "breaks.", "invalid", "affirming the consequent"),
    ("If Zoe trains, Zoe gets fit. If Zoe gets fit, Zoe runs the race. If Zoe runs the race, Zoe wins a medal. "
     "Zoe does not train. So Zoe does not win a medal.", "invalid", "denying the antecedent"),
    # contrapositives, inverses and converses in other words
    ("If the shop is closed, the sign is up. So if the sign is not up, the shop is not closed.", "valid",
     "contraposition"),
    ("If the shop is closed, the sign is up. So if the shop is not closed, the sign is not up.", "invalid", ""),
    ("If the shop is closed, the sign is up. So if the sign is up, the shop is closed.", "invalid", ""),
    ("All honest witnesses tell the same story. Ben does not tell the same story. So Ben is not an honest "
     "witness.", "valid", ""),
    # most
    ("Most of the players are tall. Most of the players are fast. So some of the players are tall and fast.",
     "valid", ""),
    ("Most cats like fish. Tiddles is a cat. So Tiddles likes fish.", "invalid", ""),
    ("Most of my classmates walk to school. So some of my classmates walk to school.", "valid", ""),
    ("Most students like pizza. Everyone who likes pizza likes cheese. So most students like cheese.", "valid",
     ""),
    ("Most of the guests are vegetarians. So most of the vegetarians are guests.", "invalid", ""),
    # the named fallacies
    ("If Sue is sick, she stays home. Sue stays home. So Sue is sick.", "invalid", "affirming the consequent"),
    ("If it is a holiday, the bank is closed. It is not a holiday. So the bank is not closed.", "invalid",
     "denying the antecedent"),
    ("All roses are plants. All trees are plants. So all roses are trees.", "invalid", "undistributed middle"),
    ("All dogs are animals. No cats are dogs. So no cats are animals.", "invalid", "illicit major"),
    ("All whales are mammals. All whales are swimmers. So all swimmers are mammals.", "invalid", "illicit minor"),
    ("All cars have engines. My bike is a vehicle. So my bike has an engine.", "invalid", ""),
    # near-misses: two words for one thing, vague terms, world knowledge
    ("All lawyers are clever. Some attorneys are rich. So some rich people are clever.", None, ""),
    ("Tall people are good at basketball. Sam is fairly tall. So Sam is good at basketball.", None, ""),
    ("Paris is in France. So Paris is in Europe.", None, ""),
    ("Rich people are happy. Max has a lot of money. So Max is happy.", None, ""),
    ("Whales are mammals. So whales do not lay eggs.", None, ""),
]

SOLVE_M = [
    ("Anyone who finishes the puzzle gets a prize. Omar finishes the puzzle. Does Omar get a prize?", "yes"),
    ("Whoever is late pays a fine. Lin does not pay a fine. Is Lin late?", "no"),
    ("Nobody who plays chess is bored. Kay is bored. Does Kay play chess?", "no"),
    ("Provided that the shop is open, Jo buys bread. The shop is open. Does Jo buy bread?", "yes"),
    ("If the light is red, the cars stop. The cars stop. Is the light red?", "cannot be determined"),
    ("Either Ben or Cal took the cookie. Ben did not take the cookie. Did Cal take the cookie?", "yes"),
    ("Most of the guests ate cake. Did some of the guests eat cake?", "yes"),
    ("Unless it rains, we hike. We do not hike. Does it rain?", "yes"),
    ("If Ana sings, Ben dances. If Ben dances, Cy claps. Ana sings. Does Cy clap?", "yes"),
    ("Only students borrow laptops. Tim borrows a laptop. Is Tim a student?", "yes"),
    ("Without a key, nobody opens the safe. Ray opens the safe. Does Ray have a key?", "yes"),
    ("Whenever the bell rings, the kids line up. The kids do not line up. Does the bell ring?", "no"),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # read literally, "attorneys" is a fourth term and the conclusion does not follow
    "All lawyers are clever. Some attorneys are rich. So some rich people are clever.": "invalid",
    # "fairly tall" is not "tall", and a generic tolerates exceptions: it does not follow
    "Tall people are good at basketball. Sam is fairly tall. So Sam is good at basketball.": "invalid",
    # without the premise "France is in Europe" the conclusion does not follow formally
    "Paris is in France. So Paris is in Europe.": "invalid",
    "Whales are mammals. So whales do not lay eggs.": "invalid",
    # a generic ("rich people") tolerates exceptions, and "has a lot of money" is not said to be "rich"
    "Rich people are happy. Max has a lot of money. So Max is happy.": "invalid",
}
