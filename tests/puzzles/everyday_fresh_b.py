"""Fresh everyday batch B: puzzles and arguments written before the code that reads them (first-reading measure).

Written for the third grammar round, before any of its code changed, with the gap kinds seen by hand in mind
(a scene sentence that counts the people or things, "has more N than" comparatives, kinship by possessives) next
to ordinary syllogisms, connectives, knights and knaves, small grids and orderings. Each case is (text, expected)
as in `everyday_fresh.py`: SOLVE expected is the answer, or None when the honest outcome is an abstention; ANALYZE
cases are (text, "valid" / "invalid", words the form must contain or "").
"""

ROUND_B_SOLVE = [
    # scene sentences that declare the domain
    ("Five runners finished a race. Dana finished before Eli. Eli finished before Fay. Gus finished last. "
     "Hal finished first. Who finished third?", "Eli"),
    ("Four friends sat in a row. Ines sat to the left of Jon. Jon sat to the left of Kai. Kai sat to the left of Lou. "
     "Who sat at the right end?", "Lou"),
    ("Three kids ran a race. Mo beat Ned. Ned beat Oli. Who came last?", "Oli"),
    ("Four students took a test. Pam scored higher than Quentin. Quentin scored higher than Ravi. Ravi scored higher "
     "than Sue. Who scored the lowest?", "Sue"),
    ("Three runners finished a race. Tom finished before Uma. Uma finished before Vic. Wes finished last. "
     "Who finished first?", None),
    ("Four cars are parked in a row. The blue car is left of the red car. The red car is left of the green car. "
     "The green car is left of the white car. Which car is second from the left?", "the red car"),
    ("Five swimmers finished a race. Abe finished after Bea. Bea finished after Cal. Dot finished after Abe. "
     "Eve finished after Dot. Who won?", "Cal"),
    ("Three sisters are in a line. Fern stands in front of Gia. Hope stands behind Gia. Who is in the middle?",
     "Gia"),
    # has more / fewer / less ... than, earns, scored, runs
    ("Jack has more apples than Jill. Jill has more apples than Jim. Who has the fewest apples?", "Jim"),
    ("Jack has more apples than Jill. Jill has more apples than Jim. Who has the most apples?", "Jack"),
    ("Kate has less money than Leo. Leo has less money than Mia. Who has the most money?", "Mia"),
    ("Nina earns more than Oscar. Oscar earns more than Paul. Who earns the least?", "Paul"),
    ("Quinn runs faster than Rob. Sara runs faster than Quinn. Who runs the fastest?", "Sara"),
    ("Tess scored higher than Ugo. Ugo scored higher than Val. Did Tess score higher than Val?", "yes"),
    ("Wanda has fewer stickers than Xena. Yoko has fewer stickers than Wanda. Who has the most stickers?", "Xena"),
    ("Zack owns more books than Amy. Amy owns more books than Ben. Does Ben own more books than Zack?", "no"),
    ("Carl has more cousins than Dina. Erin has more cousins than Dina. Who has the most cousins?", None),
    ("Fred earns less than Gina. Hank earns less than Fred. Does Hank earn less than Gina?", "yes"),
    ("Ivy has more pencils than Joe, and Joe has more pencils than Kim. Who has the fewest pencils?", "Kim"),
    # kinship by possessives
    ("Adam is Bill's father. Bill is Carl's father. Who is Carl's grandfather?", "Adam"),
    ("Dora is Ella's mother. Ella is Fiona's mother. Who is Fiona's grandmother?", "Dora"),
    ("Gary is Hugo's father. Hugo is Ian's father. Is Gary Ian's grandfather?", "yes"),
    ("Jane is Kurt's mother. Jane is Liz's mother. Who is Kurt's mother?", "Jane"),
    # categorical and connectives
    ("All birds have feathers. A robin is a bird. Does a robin have feathers?", "yes"),
    ("Every nurse in this hospital works nights. Olga is a nurse in this hospital. Does Olga work nights?", "yes"),
    ("No reptiles are warm-blooded. Snakes are reptiles. Are snakes warm-blooded?", "no"),
    ("If it snows, the roads are icy. The roads are not icy. Did it snow?", "no"),
    ("Either Pete took the bus or he walked. He didn't take the bus. Did he walk?", "yes"),
    ("If the shop is open, Rosa buys bread. The shop is open. Does Rosa buy bread?", "yes"),
    ("Sam goes hiking only if it is dry. It is not dry. Does Sam go hiking?", "no"),
    ("All chefs can cook. Some chefs are tall. Is every tall person a chef?", "cannot be determined"),
    # knights and knaves
    ('Knights always tell the truth and knaves always lie. Ali says, "Bo is a knave." Bo says, "Ali and I are both '
     'knights." What are Ali and Bo?', {"Ali": "knight", "Bo": "knave"}),
    ('Every islander is a knight or a knave. Cy says, "I am a knave or Di is a knight." Is Di a knight?', "yes"),
    ('Knights always tell the truth and knaves always lie. Ed says, "Fay is a knight." Fay says, "Ed and I are '
     'different kinds." What are Ed and Fay?', {"Ed": "knave", "Fay": "knave"}),
    # zebra-lite
    ("Gus, Hal and Ian each own a different pet: a cat, a dog and a parrot. Gus does not own the dog. Hal owns the "
     "parrot. Who owns the dog?", "Ian"),
    ("Jo, Kay and Lee each like a different fruit: apples, pears and plums. Jo likes plums. Kay does not like "
     "apples. What fruit does Lee like?", "apples"),
    ("Three houses stand in a row: red, blue and green. The red house is first. The green house is not in the "
     "middle. Which house is in the middle?", "the blue house"),
    # orderings
    ("Mark is older than Nell. Nell is older than Owen. Who is the youngest?", "Owen"),
    ("Pia arrived before Rex. Sue arrived after Rex. Who arrived first?", "Pia"),
    ("Tim is taller than Ula. Vic is shorter than Ula. Is Tim taller than Vic?", "yes"),
    ("Will is heavier than Xia. Yan is heavier than Will. Who is the lightest?", "Xia"),
]

ROUND_B_ANALYZE = [
    ("If the oven is on, the kitchen is warm. The kitchen is warm. Therefore the oven is on.", "invalid",
     "affirming the consequent"),
    ("All poets are dreamers. Some teachers are poets. So some teachers are dreamers.", "valid", ""),
    ("If Ada studies, she passes. Ada studies. So she passes.", "valid", "modus ponens"),
    ("Either the fuse blew or the switch is off. The switch is not off. Therefore the fuse blew.", "valid", ""),
    ("No fish can fly. Some pets are fish. Therefore some pets cannot fly.", "valid", ""),
    ("If Ben is hungry, he eats. Ben is not hungry. Therefore Ben does not eat.", "invalid",
     "denying the antecedent"),
]
