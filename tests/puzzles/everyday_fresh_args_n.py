"""Fresh everyday arguments and rule questions (batch "args n"): written before the code that reads them.

Arguments as people type them: a disjunctive predicate after a quantifier ("Every member plays darts or golf."), an
adjective on a noun beside the bare adjective ("honest people" and "honest" in one argument), a subject shared by
two verbs after "either" ("We either raise prices or cut costs."), "X in case Y", "most" carried to a superset, two
majorities overlapping and the converse of "most", premises in bullets in the passive voice, "Is this reasoning
sound?" / "Is that right?" after the argument, the conclusion first (essay and op-ed style), an unstated premise
(invalid, not guessed), negative premises ("No one who ... ever ..."), "not every", chains of "only if", "unless"
both ways, an exclusive "or" said outright, relational premises ("Everyone who knows Ann likes her"), and
near-misses where only an abstention is honest (vague terms, world knowledge). Then rule questions for `solve`.

Keys by a throwaway brute-force script (every valuation of the atoms for the propositional cases; every world of
up to six people over the predicates for the quantified and "most" cases), modern reading: a universal statement
does not assert that its subject exists, "A only if B" is "if A then B", "unless A, B" is "if not A then B", "A or
B" is inclusive unless "but not both" / "exactly one" says otherwise, "most A are B" is "more A are B than are not".
An analyze case is (text, expected, form words) with expected "valid" / "invalid", or None where only an abstention
is honest (`OK_EITHER` names a verdict that is honest too); a solve case is (text, expected) with expected "yes" /
"no" / "cannot be determined", or None likewise.
"""

ARGS_N = [
    # a disjunctive predicate after a quantifier
    ("Every member plays darts or golf. Tom is a member. Tom does not play golf. So Tom plays darts.", "valid",
     ""),
    ("Each student takes French or Spanish. Lea is a student and she does not take French. Therefore Lea takes "
     "Spanish.", "valid", ""),
    ("All the drivers own a car or a van. Raj is a driver. Raj owns a car. So Raj does not own a van.", "invalid",
     ""),
    ("Every guest drinks tea or coffee. Nina does not drink tea and Nina does not drink coffee. So Nina is not a "
     "guest.", "valid", ""),
    # an adjective on a noun beside the bare adjective
    ("All honest people keep their promises. Carl is honest. Carl is a person. So Carl keeps his promises.",
     "valid", ""),
    ("Honest people never cheat. Dora is honest. So Dora does not cheat.", "valid", ""),
    ("All careful drivers wear seat belts. Eli wears a seat belt. So Eli is a careful driver.", "invalid",
     "affirming the consequent"),
    ("Every brave soldier is honored. Finn is a soldier. So Finn is honored.", "invalid", ""),
    # a subject shared by two verbs after "either"
    ("We either raise prices or cut costs. We do not raise prices. So we cut costs.", "valid",
     "disjunctive syllogism"),
    ("The club either hires a coach or buys new kit. It does not buy new kit. So the club hires a coach.", "valid",
     "disjunctive syllogism"),
    ("Mia either walks to work or takes the bus. Mia walks to work. So Mia does not take the bus.", "invalid",
     "affirming a disjunct"),
    ("If we raise prices, sales fall. If we cut costs, staff leave. We either raise prices or cut costs. So sales "
     "fall or staff leave.", "valid", "constructive dilemma"),
    # X in case Y
    ("The siren sounds in case there is a fire. There is a fire. So the siren sounds.", "valid", "modus ponens"),
    ("The lights switch on in case someone enters. The lights do not switch on. So nobody enters.", "valid",
     "modus tollens"),
    ("The pump runs in case the tank is low. The pump runs. So the tank is low.", "invalid",
     "affirming the consequent"),
    # most
    ("Most A are B. All B are C. So most A are C.", "valid", ""),
    ("Most of the hikers are students. All students get a discount. So most of the hikers get a discount.",
     "valid", ""),
    ("Most runners are early risers. Most runners are vegans. So some early risers are vegans.", "valid", ""),
    ("Most of the nurses work nights. Most of the nurses have children. So some who work nights have children.",
     "valid", ""),
    ("Most pilots are men. So most men are pilots.", "invalid", ""),
    ("Most of the voters are farmers. So most of the farmers are voters.", "invalid", ""),
    ("Most dancers are singers. Most singers are actors. So most dancers are actors.", "invalid", ""),
    # bullets with the passive voice
    ("- The report was approved by the board.\n- If the report was approved by the board, the budget is set.\n- "
     "So the budget is set.", "valid", "modus ponens"),
    ("- If the letter was signed by the mayor, it is official.\n- The letter is not official.\n- Therefore the "
     "letter was not signed by the mayor.", "valid", "modus tollens"),
    ("- If the window was broken by the storm, the insurer pays.\n- The insurer pays.\n- So the window was broken "
     "by the storm.", "invalid", "affirming the consequent"),
    # "is this sound?" / "is that right?" after the argument
    ("If Omar trained, he won. Omar did not train. So Omar did not win. Is this reasoning sound?", "invalid",
     "denying the antecedent"),
    ("All cooks are tidy. Vera is a cook. So Vera is tidy. Is that right?", "valid", ""),
    ("Either the bus is late or my watch is fast. My watch is not fast. So the bus is late. Is this reasoning "
     "sound?", "valid", "disjunctive syllogism"),
    # conclusion first, essay and op-ed style
    ("The park must be closed. If the gate is locked, the park is closed, and the gate is locked.", "valid",
     "modus ponens"),
    ("Sam cannot be a pilot. Every pilot has a license, and Sam has no license.", "valid", ""),
    ("Clearly the council should act. After all, if the river rises the council should act, and the council "
     "should act whenever the mayor asks. The mayor asks.", "valid", ""),
    ("Ivy is a lawyer, because all lawyers read a lot and Ivy reads a lot.", "invalid", "undistributed middle"),
    # an unstated premise: invalid with a counter-model, not a guess
    ("Rex is a dog. So Rex barks.", "invalid", ""),
    ("If Ana wins, she is happy. So Ana is happy.", "invalid", ""),
    ("All poets are dreamers. So Lou is a dreamer.", "invalid", ""),
    # negative premises
    ("No one who smokes ever runs a marathon. Ken runs a marathon. So Ken does not smoke.", "valid", ""),
    ("No one who cheats ever wins a prize. Hal does not cheat. So Hal wins a prize.", "invalid", ""),
    ("Nobody who works here is ever late. Ula is late. So Ula does not work here.", "valid", ""),
    # not every
    ("Not every singer is famous. So some singers are not famous.", "valid", ""),
    ("Not every bird flies. Tweety is a bird. So Tweety does not fly.", "invalid", ""),
    ("Every actor is vain. So it is not the case that not every actor is vain.", "valid", ""),
    # only if chains
    ("Jo passes only if Jo studies. Jo studies only if Jo has time. Jo passes. So Jo has time.", "valid", ""),
    ("The deal closes only if the bank agrees. The bank agrees only if the audit is clean. The audit is not "
     "clean. So the deal does not close.", "valid", ""),
    ("Kai swims only if the pool is open. The pool is open. So Kai swims.", "invalid", "affirming the consequent"),
    # unless both ways
    ("The game goes ahead unless it rains. The game does not go ahead. So it rains.", "valid", ""),
    ("Unless you book early, you pay more. You book early. So you do not pay more.", "invalid", ""),
    ("We eat outside unless it is cold. It is not cold. So we eat outside.", "valid", ""),
    # exclusive or stated
    ("Either Pat wins or Quinn wins, but not both. Pat wins. So Quinn does not win.", "valid", ""),
    ("Exactly one of Ray and Sid is guilty. Ray is not guilty. So Sid is guilty.", "valid", ""),
    ("Either the red wire or the blue wire is live, but not both. The red wire is not live. So the blue wire is "
     "not live.", "invalid", ""),
    # relational premises
    ("Everyone who knows Ann likes her. Ben knows Ann. So Ben likes Ann.", "valid", ""),
    ("Everyone who knows Ann likes her. Cal likes Ann. So Cal knows Ann.", "invalid", "affirming the consequent"),
    ("Anyone who trusts Dev lends him money. Eve does not lend Dev money. So Eve does not trust Dev.", "valid",
     ""),
    ("Everybody who meets Gus admires him. Nobody admires Gus. So nobody meets Gus.", "valid", ""),
    # near-misses: vague terms, world knowledge
    ("Tall people are good at volleyball. Tim is quite tall. So Tim is good at volleyball.", None, ""),
    ("Ice melts in the sun. So the ice cube on the porch will melt.", None, ""),
    ("Most politicians are rich. Lana is a senator. So Lana is rich.", None, ""),
    ("Dogs are loyal. Max is a puppy. So Max is loyal.", None, ""),
]

SOLVE_N = [
    ("Every member plays darts or golf. Tom is a member and does not play darts. Does Tom play golf?", "yes"),
    ("We either raise prices or cut costs. We do not cut costs. Do we raise prices?", "yes"),
    ("The siren sounds in case there is a fire. The siren does not sound. Is there a fire?", "no"),
    ("Most of the hikers are students. All students get a discount. Do some of the hikers get a discount?", "yes"),
    ("Everyone who knows Ann likes her. Ben knows Ann. Does Ben like Ann?", "yes"),
    ("No one who smokes ever runs a marathon. Ken runs a marathon. Does Ken smoke?", "no"),
    ("The game goes ahead unless it rains. It does not rain. Does the game go ahead?", "yes"),
    ("Either Pat wins or Quinn wins, but not both. Pat wins. Does Quinn win?", "no"),
    ("Jo passes only if Jo studies. Jo studies only if Jo has time. Jo passes. Does Jo have time?", "yes"),
    ("Not every singer is famous. Lu is a singer. Is Lu famous?", "cannot be determined"),
    ("All honest people keep their promises. Carl is an honest person. Does Carl keep his promises?", "yes"),
    ("If the report was approved by the board, the budget is set. The budget is not set. Was the report approved "
     "by the board?", "no"),
]

# Outcomes where either an abstention or the named verdict is honest.
OK_EITHER = {
    # "quite tall" is not "tall", and a generic tolerates exceptions: it does not follow
    "Tall people are good at volleyball. Tim is quite tall. So Tim is good at volleyball.": "invalid",
    # without the premise that the porch is in the sun, it does not follow formally
    "Ice melts in the sun. So the ice cube on the porch will melt.": "invalid",
    # "most" of one group says nothing of one member, and a senator is not said to be a politician
    "Most politicians are rich. Lana is a senator. So Lana is rich.": "invalid",
    # a puppy is not said to be a dog, and a generic tolerates exceptions
    "Dogs are loyal. Max is a puppy. So Max is loyal.": "invalid",
}
