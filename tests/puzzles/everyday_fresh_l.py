"""Fresh everyday batch L: short reasoning questions as different people type them, written before the code.

Nested quantifiers ("Every student read some book", and the passive "Some book was read by every student", whose
two scopes settle some questions and not others), numbers as individuals ("14 is an even number"), generic
indefinites and bare plurals ("A robin is a bird. Birds lay eggs."), comparisons with amounts ("5 years older
than"), "taller than everyone else in her class" / "the tallest in the class", possessive kin plurals ("Ann's
brothers are all doctors", "my cousins"), agentless passives ("The window was broken"), chains of all / some / no,
"everyone who ... also ...", "nobody except", "at least two", "exactly one", and "most" (never settles a member).
Each case is (text, expected) as in `everyday_fresh_j.py`: expected is the answer ("cannot be determined" when
the question is understood and the facts leave it open), or None when the honest outcome is an abstention (two
readings that answer differently, "most").

First sight (commit 34a2155, before any code change for it): right 20, abstained 23, wrong 1 of 44. The wrong one:
"The cake was eaten by someone. Who ate the cake?" answered "no one" (its expected answer, first written as "cannot be
determined", is now None: a "who" left open abstains, as in batch J), and "How many siblings does Ed have?" was
first keyed 2, though Sara's sisters, if any, are Ed's siblings too: None. After figures are in
`test_everyday_fresh_l.py`.
"""

ROUND_L_SOLVE = [
    # nested quantifiers
    ("Every student read some book. Did every student read a book?", "yes"),
    ("Some book was read by every student. Did every student read a book?", "yes"),
    ("Every student read some book. Did all the students read the same book?", None),
    ("Some book was read by every student. Is there a book that every student read?", None),
    ("Each child has a pet. Mia is a child. Does Mia have a pet?", "yes"),
    ("Every teacher knows some student. Lee is a teacher. Does Lee know every student?", "cannot be determined"),
    # numbers as individuals
    ("14 is an even number. Every even number is divisible by 2. Is 14 divisible by 2?", "yes"),
    ("9 is an odd number. No odd number is divisible by 2. Is 9 divisible by 2?", "no"),
    ("Every multiple of 4 is even. 12 is a multiple of 4. Is 12 even?", "yes"),
    # kinds and members
    ("A robin is a bird. Birds lay eggs. Does a robin lay eggs?", "yes"),
    ("a whale is a mammal and mammals breathe air. does a whale breathe air", "yes"),
    ("A penguin is a bird. Penguins can't fly. Can a penguin fly?", "no"),
    ("Cats are mammals. No mammal is cold-blooded. Is a cat cold-blooded?", "no"),
    ("All roses are flowers. Some flowers fade quickly. Do roses fade quickly?", "cannot be determined"),
    # chains of all / some / no
    ("All squares are rectangles. All rectangles have four sides. Does a square have four sides?", "yes"),
    ("No fish are mammals. All whales are mammals. Are whales fish?", "no"),
    ("Some students are athletes. All athletes are fit. Are some students fit?", "yes"),
    # comparisons with amounts
    ("Ann is 5 years older than Bob. Who is older?", "Ann"),
    ("Ann is 3 years older than Bob, Bob is 10. How old is Ann?", 13),
    ("Cara is 2 years younger than Dan. Dan is 12. How old is Cara?", 10),
    ("Eve is 4 cm taller than Fay. Who is shorter?", "Fay"),
    ("Gus is 6 years older than Hal. Hal is 3 years older than Ida. Who is the youngest?", "Ida"),
    # over a group
    ("Maya is taller than everyone else in her class. Nina is in Maya's class. Who is taller, Maya or Nina?",
     "Maya"),
    ("Leo is the tallest in the class. Max is in the class. Is Max taller than Leo?", "no"),
    ("Tess is the oldest of the cousins. Uma is one of the cousins. Is Uma older than Tess?", "no"),
    # possessive kin plurals
    ("Ann's brothers are all doctors. Ben is Ann's brother. Is Ben a doctor?", "yes"),
    ("All my cousins live in Ohio. Carl is my cousin. Does Carl live in Ohio?", "yes"),
    ("Dora's sisters are all teachers. Eva is a teacher. Is Eva Dora's sister?", "cannot be determined"),
    ("None of Fred's uncles can swim. Gil is Fred's uncle. Can Gil swim?", "no"),
    ("Sara has two brothers, Ed and Finn. How many siblings does Ed have?", None),  # Sara may have sisters
    # agentless passives
    ("The window was broken. Was the window broken?", "yes"),
    ("The cake was eaten by someone. Was the cake eaten?", "yes"),
    ("The door was locked by Jim. Was the door locked?", "yes"),
    ("The window was broken. Did Tom break the window?", "cannot be determined"),
    ("The cake was eaten by someone. Who ate the cake?", None),  # a "who" left open abstains, as in batch J
    # everyone who ... also ...
    ("Everyone who plays chess also plays go. Kai plays chess. Does Kai play go?", "yes"),
    ("Everyone who plays chess also plays go. Lia plays go. Does Lia play chess?", "cannot be determined"),
    # nobody except
    ("Nobody except Mo has a key. Does Ned have a key?", "no"),
    ("No one but Pam passed the test. Did Quin pass the test?", "no"),
    # at least two, exactly one
    ("At least two of Ann, Bob and Cy are coming. Ann is not coming. Is Bob coming?", "yes"),
    ("Exactly one of Dan, Eve and Fay won. Dan didn't win. Eve didn't win. Who won?", "Fay"),
    ("Exactly one of Gil, Hank and Ivy won. Gil didn't win. Did Hank win?", "cannot be determined"),
    # most
    ("Most students passed. Ria is a student. Did Ria pass?", None),
    ("Most birds can fly. A sparrow is a bird. Can a sparrow fly?", None),
]

ROUND_L_ANALYZE: list = []

# An abstention stays right; so is the verdict named here, verified. "Most students passed" says nothing certain of
# Ria, and "cannot be determined" says so (batch args-e keys the same construction so: "Most of the players are
# tall. Joe is a player. Is Joe tall?").
OK_EITHER = {
    "Most students passed. Ria is a student. Did Ria pass?": "cannot be determined",
    "Most birds can fly. A sparrow is a bird. Can a sparrow fly?": "cannot be determined",
}
