"""Fresh everyday batch R: the constructions of the round that read them, in voices of people who type puzzles.

Superlatives over a named group ("Ann, Bo and Cy are brothers. ... Who is the youngest brother?", "Which of the
sisters is tallest?", "the middle brother"), a thing hidden in one of a few containers (boxes and gold, cups and a
ball, doors and a car, drawers and a key, labels of which "exactly one is true"), grids whose values are several words
("drives a red car", "works as a bus driver", "lives in New York"), owners typed in lower case or named by a common
noun ("the baker's dog"), and object relatives with a possessive subject ("Everyone my brother invites"). Voices: a
parent helping with homework, a teacher's worksheet, a quiz host, a chat message, a non-native speaker, a puzzle book,
a forum post.

Each case is (text, expected) as in `everyday_fresh_p.py`: expected is the answer ("cannot be determined" when the
question is understood and the facts leave it open), or None when the honest outcome is an abstention. The group
orders and the hidden things were keyed by trying every order / every container by hand and in a throwaway script.

First sight: see `test_everyday_fresh_r.py`.
"""

ROUND_R_SOLVE = [
    # a parent helping with homework
    ("helping my son with his homework. Ravi, Sami and Theo are brothers. Ravi is older than Theo. Sami is younger "
     "than Theo. Who is the youngest brother?", "Sami"),
    ("My daughter's worksheet: There are three boxes: red, blue and green. The gold is in one of them. The gold is "
     "not in the red box. The blue box is empty. Which box has the gold?", "the green box"),
    ("Lily, Mae and Nora are sisters. Opal is taller than Lily. Lily is taller than Mae. Nora is shorter than Mae. "
     "Which of the sisters is tallest?", "Lily"),
    # a teacher's worksheet
    ("Question 4. Ben, Carl and Dan are brothers. Ann is older than Ben. Ben is older than Dan. Carl is younger than "
     "Dan. Who is the oldest brother?", "Ben"),
    ("Question 5. Dev, Eve and Fox each drive a different car: a red car, a blue car and a green car. Dev drives the "
     "red car. Eve does not drive the green car. Who drives the green car?", "Fox"),
    ("Question 6. Tom, Udo and Vic are three brothers. Tom is older than Udo. Vic is older than Tom. Which brother is "
     "the youngest?", "Udo"),
    # a quiz host
    ("For 50 points: Hal, Ike and Jon are brothers. Jon is older than Hal. Ike is older than Jon. Who is the middle "
     "brother?", "Jon"),
    ("There are three doors: A, B and C. A car is behind one of them. Door A says: 'The car is behind this door.' "
     "Door B says: 'The car is not behind door C.' All the signs are false. Which door should you open?", "door C"),
    ("Final round! Pam, Quin, Rhea and Sol are sisters. Pam is older than Quin. Rhea is older than Pam. Sol is "
     "younger than Quin. Who is the second oldest sister?", "Pam"),
    # a chat message
    ("ok so there are three cups: red, white and blue. A ball is under one of the cups. The ball isn't under the "
     "white cup. The red cup doesn't hide the ball. Where is the ball?", "the blue cup"),
    ("quick one: jo's bike is faster than kim's. kim's bike is faster than lee's. whose bike is the slowest?",
     "Lee"),
    ("Kai, Lia and Moe are cousins. Kai is older than Moe. Lia is older than Kai. Nia is older than Lia. Who is the "
     "youngest of the cousins?", "Moe"),
    # a non-native speaker
    ("I have four drawers, numbered 1, 2, 3 and 4. The key is in one of them. The key is not in drawer 1 or drawer "
     "2. Drawer 4 is empty. Which drawer has the key?", "drawer 3"),
    ("Gil, Hope and Ian each live in a different city: New York, Paris and Rome. Gil lives in Rome. Hope does not "
     "live in New York. Who lives in New York?", "Ian"),
    ("Ada, Bea and Cal are students. Ada is taller than Bea. Cal is taller than Ada. Which student is the shortest?",
     "Bea"),
    # a puzzle book
    ("There are three chests: gold, silver and bronze. The treasure is in one of them. The gold chest says: 'The "
     "treasure is in this chest.' The silver chest says: 'The treasure is not in this chest.' The bronze chest says: "
     "'The treasure is not in the gold chest.' Exactly one of the statements is true. Which chest has the treasure?",
     "the silver chest"),
    ("There are two boxes: A and B. The ring is in one of them. Box A says: 'The ring is in box B.' Box B says: 'The "
     "ring is in this box.' Only one label is true. Is the ring in box A?", None),
    ("Ann, Bo, Cy and Di are sisters. Ann is older than Bo. Bo is older than Cy. Cy is older than Di. Who is the "
     "middle sister?", None),
    ("Dev, Eve and Fox each have a different job: bus driver, cook and nurse. Dev is not the cook. Eve is the nurse. "
     "Who is the bus driver?", "Dev"),
    # a forum post
    ("Saw this one: The baker's dog is older than the teacher's. The teacher's dog is older than the nurse's. Whose "
     "dog is the youngest?", "the nurse's dog"),
    ("There are three boxes: red, blue and green. The coin is in one of them. The coin is not in the red box. Which "
     "box has the coin?", "cannot be determined"),
    ("Everyone my brother invites comes to the party. My brother invites Ann. Does Ann come to the party?", "yes"),
    ("Every dog my aunt owns is friendly. Rex is a dog my aunt owns. Is Rex friendly?", "yes"),
    ("Lu, Max and Ned are brothers. Ona is their sister. Ona is younger than Ned. Max is older than Lu. Lu is older "
     "than Ned. Who is the youngest brother?", "Ned"),
    ("Three friends, Pia, Rex and Sue, each work as something different: a bus driver, a cook and a nurse. Pia works "
     "as a cook. Rex does not work as a bus driver. Who works as a bus driver?", "Sue"),
]

ROUND_R_ANALYZE: list[tuple[str, str, str]] = []
