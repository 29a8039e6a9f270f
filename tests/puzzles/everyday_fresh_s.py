"""Fresh everyday batch S: logic puzzles in voices no earlier batch used, written before the code that reads them.

A student's email to a tutor ("Hi Ms. Patel,", "I'm stuck on this one:", "Thanks, Jordan"), a crossword magazine's
logic corner ("LOGIC CORNER (answers on page 38)"), a kid's riddle book ("RIDDLE 12!", "Turn the page for the
answer!"), a pub quiz sheet ("ROUND 5 - BRAIN BOX (2 points each)", "Q3."), a language learner's textbook ("Exercise
4. Read the text. Answer the question."), a manager's team-building email ("Subject:", "Hi team,", "Cheers, Dana"),
a sibling argument ("Mum said ..."), a question-and-answer site ("Title:", "EDIT:", "Thanks in advance!"), a
voice-dictated message (no punctuation, "question mark"), a chess club's newsletter and a retiree's puzzle of the
week. They cover every family of issue 11: syllogisms ("only", plural and singular, "no X is Y", "none of the"),
propositional rules in prose (unless, only if, if and only if, neither ... nor, either ... or but not both), orderings
(races, ages, heights, weights, events before and after, times of day, "N places before", "who is the shortest",
"list them from oldest to youngest", "in what position", "the middle one"), seats in a row and around a round table,
zebra grids of 3-4 people by 1-2 attributes, knights, knaves and normals, who-did-it with one liar, "how many
solutions", "is it true that", "can we conclude" and possessive comparisons. Each case is (text, expected) as in
`everyday_fresh_q.py`: expected is the answer ("cannot be determined" when the question is understood and the facts
leave it open), or None when the honest outcome is an abstention. Knights, suspects, seats, lines, grids and counts
were keyed by trying every assignment in a throwaway script.

First sight: see `test_everyday_fresh_s.py` (recorded before any code change for this batch).
"""

ROUND_S_SOLVE = [
    # a student's email to a tutor
    ("Hi Ms. Patel,\n\nI'm stuck on this one: All violinists in the orchestra read music. Some people who read music "
     "are singers. Can we conclude that some violinists are singers?\n\nThanks,\nJordan", "no"),
    ("Hi Tom, sorry to bother you again. I'm stuck on question 3 of the problem set: Five runners, Ada, Ben, Cleo, Dax "
     "and Eve, finished a race with no ties. Ben finished first. Ada finished right after Ben. Cleo finished two "
     "places before Eve. In what position did Dax finish? Best, Sam", 4),
    ("Dear tutor, here is the one I can't get. If the pool is open, the lifeguard is on duty. The lifeguard is on duty "
     "only if it is not raining. It is raining. Is the pool open? Regards, Mina", "no"),
    ("Hello! Quick question from my homework, I hope that's okay. Knights always tell the truth and knaves always lie. "
     "Ava says, 'Bo is a knave.' Bo says, 'Ava and I are both knaves.' What are Ava and Bo? Thank you so much!",
     {"Ava": "knight", "Bo": "knave"}),
    ("Hi Mr. Lee, I'm stuck on this one: The alarm rings if and only if the door is open. The alarm is not ringing. Is "
     "the door open? Thanks for your help!", "no"),
    # a crossword magazine's logic corner
    ("LOGIC CORNER (answers on page 38)\nThree neighbours, Fenwick, Gloria and Horace, each keep a different pet (a "
     "cat, a dog, a parrot) and drive a different car (a van, a sedan, a jeep). Gloria keeps the parrot. The dog owner "
     "drives the jeep. Fenwick does not drive the van. Horace does not keep the dog. The parrot owner does not drive "
     "the van. Who drives the sedan?", "Gloria"),
    ("Logic Corner, No. 214. Five friends queued for the ferry: Iona, Jasper, Kit, Lorcan and Mabel. Iona was "
     "directly behind Jasper. Kit was first in the queue. Lorcan was behind Iona but not last. Mabel was not second. "
     "Who was last?", "Mabel"),
    ("LOGIC CORNER - Quickie. No crossword setter is impatient. Some puzzle fans are impatient. Is it true that some "
     "puzzle fans are not crossword setters?", "yes"),
    ("Logic Corner. Four diners, Pia, Quincy, Rosa and Sven, sit around a round table. Pia sits opposite Rosa. Quincy "
     "sits immediately to Pia's left. Who sits immediately to Pia's right?", "Sven"),
    ("LOGIC CORNER, puzzle 2. Four sisters, Hana, Ines, Jade and Kiri, each own a different bike (red, blue, green, "
     "white) and each play a different sport (tennis, golf, hockey, rugby). Hana owns the red bike. The golfer owns "
     "the blue bike. Ines plays hockey. Jade does not own the blue bike or the green bike. Kiri does not play rugby. "
     "The tennis player owns the white bike. Who plays rugby?", "Hana"),
    # a kid's riddle book
    ("RIDDLE 12! Tilly, Pip and Moss had a race. Pip was faster than Tilly. Moss was faster than Pip. Who came last? "
     "Turn the page for the answer!", "Tilly"),
    ("Can you help Benny Bear? All the bears in the forest love honey. Benny is a bear in the forest. Does Benny love "
     "honey?", "yes"),
    ("Puzzle time! The cow is taller than the pig. The pig is taller than the hen. Is the hen taller than the cow?",
     "no"),
    ("Riddle: I have three friends, Dot, Ed and Flo. Dot is older than Ed, and Flo is younger than Ed. Who is the "
     "middle one?", "Ed"),
    ("Ribbit riddle! None of the frogs in the pond can fly. Freddie is a frog in the pond. Can Freddie fly? Hop to "
     "the next page!", "no"),
    # a pub quiz sheet
    ("ROUND 5 - BRAIN BOX (2 points each)\nQ1. The darts final was after the quiz, and the quiz was after the raffle. "
     "What happened first?", "the raffle"),
    ("Q2. Ali left the pub at 11pm, Bea left at 10:30pm and Col left at 11:15pm. Who left first?", "Bea"),
    ("Q3. Neither Dot nor Ed ordered chips. Did Ed order chips? (1 point)", "no"),
    ("Q4. Fi, Gus, Hal and Ivy sit in a row at the bar. Fi sits at the left end. Ivy sits at the right end. Gus does "
     "not sit next to Fi. Who sits second from the left? No phones!", "Hal"),
    ("Q5. The match is played unless the pitch is frozen. The match was not played. Was the pitch frozen?", "yes"),
    # a language learner's textbook
    ("Exercise 4. Read the text. Answer the question.\nMaria is older than Tom. Tom is older than Lisa. Who is the "
     "youngest?", "Lisa"),
    ("Lesson 7: comparatives. Read and answer. The red bag is heavier than the blue bag. The green bag is heavier than "
     "the red bag. Which bag is the lightest?", "the blue bag"),
    ("Exercise 9. Answer the question. Peter has a dog or a cat, but not both. Peter does not have a cat. Does Peter "
     "have a dog?", "yes"),
    ("Unit 3, exercise B. Read the sentences. Then answer the question. Anna gets up at 7:15. Ben gets up at 6:45. "
     "Carla gets up at 7:00. Who gets up last?", "Anna"),
    ("Exercise 2. Answer the question. Tim is taller than Sara. Sara is taller than Jack. Who is the shortest?",
     "Jack"),
    # a manager's team-building email
    ("Subject: Friday team-building puzzle\n\nHi team,\n\nAs promised, here's this week's brain teaser. Priya, Omar, "
     "Lena and Raj each lead a different project: Apollo, Borealis, Cosmos or Delta. Priya leads Cosmos. Omar does not "
     "lead Apollo or Delta. Lena does not lead Apollo. Who leads Apollo?\n\nFirst correct reply wins a coffee!\n\n"
     "Cheers,\nDana", "Raj"),
    ("Hi all, quick one before standup: if the build passes, we deploy. We deploy only if QA signs off. QA did not "
     "sign off. Did the build pass? Reply all with your answer. Thanks, Greg", "no"),
    ("Team, here's a fun one for the offsite. Everyone in Sales uses the CRM. No one who uses the CRM works nights. "
     "Jun is in Sales. Does Jun work nights? See you Thursday!", "no"),
    ("Hello everyone, our puzzle of the week: one of Ana, Ben and Cal ate the last slice of cake in the break room. "
     "Ana says, 'Ben ate it.' Ben says, 'I didn't eat it.' Cal says, 'Ana ate it.' Exactly one of them is lying. Who "
     "ate the last slice? Best, HR", "Ana"),
    # a sibling argument
    ("Mum, tell Sam he's wrong! Mum said: if it rains, we don't go to the park. We went to the park. Did it rain?",
     "no"),
    ("Me and my brother are arguing. Mum said we can have ice cream only if we tidy our room. We had ice cream. So "
     "did we tidy our room?", "yes"),
    ("Mum said Zoe is older than Max and Max is older than Ivy. Ivy says she is the oldest. Is Ivy the oldest?", "no"),
    ("Mum said that either Tom or Ella walks the dog tonight, but not both. Tom walks the dog tonight. Does Ella walk "
     "the dog tonight?", "no"),
    # a question-and-answer site
    ("Title: Help with a seating puzzle\n\nI've been staring at this for an hour. Five people, Ana, Ben, Cara, Dev and "
     "Eli, sit in a row of five chairs. Cara sits in the middle. Ana sits at the left end. Ben sits next to Ana. Eli "
     "does not sit at the right end. Who sits at the right end?\n\nEDIT: fixed a typo in the names.\n\nThanks in "
     "advance!", "Dev"),
    ("Why is the answer 'cannot be determined'? All managers attend the meeting. Lin attends the meeting. Is Lin a "
     "manager?\n\nEDIT: I know it's basic, sorry.\nThanks in advance.", "cannot be determined"),
    ("Knights and knaves question (not homework). On an island, knights always tell the truth and knaves always lie. "
     "A says: 'At least one of us is a knave.' B says nothing. What are A and B?\n\nEDIT 2: B really says nothing, "
     "that's not a typo.\nThanks in advance for any help.", {"A": "knight", "B": "knave"}),
    ("How many solutions does this have? Three people, Xia, Yul and Zed, are each a knight or a knave. Xia says 'Yul "
     "is a knave.' Yul says 'Zed is a knave.' Zed says 'Xia and Yul are both knaves.'\nEDIT: knights always tell the "
     "truth, knaves always lie. Thanks in advance.", 1),
    # a voice-dictated message
    ("okay so here's the puzzle comma all the cats in the shelter are vaccinated period milo is a cat in the shelter "
     "period is milo vaccinated question mark", "yes"),
    ("text to Jamie anna finished before bo and bo finished before cal who finished last question mark", "Cal"),
    ("note to self puzzle for tomorrow if the shop is closed then we eat at home we did not eat at home was the shop "
     "closed question mark", "no"),
    ("reply to Sam the blue house is left of the red house the green house is right of the red house which house is "
     "in the middle question mark", "the red house"),
    # a chess club's newsletter
    ("CHESS CLUB NEWSLETTER - March\nPuzzle corner: In our club ladder, Boris is ranked above Carla, Dmitri is ranked "
     "below Carla, and Anya is ranked above Boris. Who is ranked third?", "Carla"),
    ("From the newsletter: every grandmaster in our club has a rating over 2500. Nobody with a rating over 2500 plays "
     "in the junior section. Is it true that some grandmaster in our club plays in the junior section?", "no"),
    ("Club tournament report: Ivan played before Jana, Kofi played after Jana, and Lev played before Ivan. Who played "
     "last? Congratulations to all players!", "Kofi"),
    ("Newsletter brainteaser: at our club dinner Nadia, Oleg, Pavel and Rita sat around a round table. Nadia sat "
     "opposite Pavel. Oleg sat on Nadia's left. Who sat on Nadia's right? Answers to the secretary by Friday.",
     "Rita"),
    ("Final standings of the spring blitz: six players, Ola, Pia, Rex, Sid, Tom and Uma, no ties. Ola finished first. "
     "Pia finished second. Pia finished three places before Rex. Sid finished right after Rex. Uma finished after "
     "Tom. In what position did Uma finish?", 4),
    # a retiree's puzzle of the week
    ("Puzzle of the week from Harold (retired maths teacher, so be warned!): Four friends, Agnes, Bernard, Cecil and "
     "Doris, were born in different years. Agnes is older than Cecil. Doris is younger than Cecil. Bernard is older "
     "than Agnes. List them from oldest to youngest.", ["Bernard", "Agnes", "Cecil", "Doris"]),
    ("My puzzle of the week, for the bridge ladies. Edna's garden is bigger than Flora's, and Flora's garden is bigger "
     "than Gwen's. Whose garden is the smallest?", "Gwen's garden"),
    ("This week's puzzle, as promised at coffee. Ken, Len and Mo are each a knight, who always tells the truth, or a "
     "knave, who always lies. Ken says, 'Len is a knave.' Len says, 'Ken and Mo are the same kind.' Mo says, 'Ken is "
     "a knight.' Is Mo a knight?", "no"),
    ("Only members can vote at the AGM. Walter voted at the AGM. Is Walter a member? Answers on a postcard, please.",
     "yes"),
    ("For the puzzle club: on this island live knights, who never lie, knaves, who never tell the truth, and normals, "
     "who may do either. Una, Val and Wes are one of each kind. Una says, 'I am a normal.' Val says, 'Una is telling "
     "the truth.' Wes says, 'I am not a normal.' Who is the knave?", "Una"),
]

ROUND_S_ANALYZE: list = []
