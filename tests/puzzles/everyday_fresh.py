"""Fresh everyday puzzles and arguments, written before the code that reads them (first-reading measures).

Round A was written before the second grammar round changed any code; round B after it, before it was run.
Each case is (text, expected). SOLVE cases go through `agentlib.solve`: expected is the answer, or None when
the honest outcome is an abstention (the text has two readings). ANALYZE cases go through `agentlib.analyze`:
expected is "valid" / "invalid", with the words the form or fallacy must contain ("" when any).
"""

ROUND_A_SOLVE = [
    # categorical
    ("All dolphins are mammals, and every mammal is warm-blooded. Is a dolphin warm-blooded?", "yes"),
    ("None of my cousins can swim. Priya is one of my cousins. Can Priya swim?", "no"),
    ("Every member of the chess club is a student. Jonas is not a student. Is Jonas a member of the chess club?",
     "no"),
    ("Some of the players are tall. All tall people play basketball. Do some of the players play basketball?",
     "yes"),
    ("All the kids at the party ate cake. Sophie didn't eat cake. Is Sophie one of the kids at the party?", "no"),
    ("Anyone who owns a boat lives near the sea. Marco owns a boat. Does Marco live near the sea?", "yes"),
    ("No lazy person gets promoted. Rita got promoted. Is Rita lazy?", "no"),
    ("Every pilot has a license. Lena does not have a license. Is Lena a pilot?", "no"),
    ("Lions are cats. Cats are carnivores. Are lions carnivores?", "yes"),
    ("Every violinist in the orchestra practises daily. Jasper is a violinist in the orchestra. "
     "Does Jasper practise daily?", "yes"),
    ("No one in our office speaks Japanese. Keiko speaks Japanese. Is Keiko in our office?", "no"),
    # connectives
    ("If the meeting is cancelled, Dave will stay home. The meeting was cancelled. Will Dave stay home?", "yes"),
    ("If I'm late, my boss gets angry. My boss isn't angry. Was I late?", "no"),
    ("If the printer is jammed, nobody can print. Ella can print. Is the printer jammed?", "no"),
    ("Either Kim forgot her keys or she lost them. She didn't forget them. Did she lose them?", "yes"),
    ("We will go to the zoo unless it rains. It is not raining. Will we go to the zoo?", "yes"),
    ("The alarm goes off if and only if the door opens. The alarm did not go off. Did the door open?", "no"),
    ("If Nora gets the job, she'll move to Berlin. If she moves to Berlin, she'll sell her car. Nora got the job. "
     "Will she sell her car?", "yes"),
    ("Neither the baker nor the butcher was at the market. Was the butcher at the market?", "no"),
    ("Max will bring either chips or salsa, but not both. He is bringing salsa. Is he bringing chips?", "no"),
    ("Pat drinks coffee only if it is morning. It is not morning. Does Pat drink coffee?", "no"),
    ("Jenny and Mark both play the piano. Does Mark play the piano?", "yes"),
    ("If it's a holiday, the bank is closed. The bank is open. Is it a holiday?", "no"),
    ("Either the lamp is broken or the bulb is dead. The lamp is not broken. Is the bulb dead?", "yes"),
    ("If Anna goes to the party, Ben goes too. If Ben goes, Carl stays home. Anna is going. Does Carl stay home?",
     "yes"),
    ("Dan has a cat or a dog, maybe both. He doesn't have a dog. Does he have a cat?", "yes"),
    ("It's not true that both Eva and Finn passed. Eva passed. Did Finn pass?", "no"),
    ("Gwen will come to dinner only if Hal comes. Hal isn't coming. Is Gwen coming?", "no"),
    ("If it's sunny and warm, we'll have a picnic. It's sunny but not warm. Will we have a picnic?",
     "cannot be determined"),
    ("Iris is in the kitchen or in the garden. If she is in the garden, she is picking tomatoes. She isn't picking "
     "tomatoes. Is Iris in the kitchen?", "yes"),
    ("Lucy likes jazz. Mark does too. Everyone who likes jazz owns a record player. Does Mark own a record player?",
     "yes"),
    ("The vase was broken by either Tom or Jerry. Tom did not break the vase. Who broke the vase?", "Jerry"),
    ("The thief is either Ron or Sid. Ron is not the thief. Who is the thief?", "Sid"),
    # comparatives and orderings
    ("Harry is shorter than Ivan but taller than Jake. Who is the tallest?", "Ivan"),
    ("Kara finished the test before Liam, and Liam finished before Mona. Who finished the test last?", "Mona"),
    ("Nate is two years older than Omar. Omar is older than Pia. Who is the youngest?", "Pia"),
    ("Five cars are parked in a row. The red car is at the left end. The blue car is next to the red car. The green "
     "car is in the middle. The white car is at the right end. In which position is the black car?", 4),
    ("Quinn, Rosa and Saul are standing in a queue. Rosa is not first. Saul is right behind Quinn. "
     "Who is at the front?", "Quinn"),
    ("Tina scored higher than Uri on the exam. Val scored lower than Uri. Who scored the highest?", "Tina"),
    ("Three boxes sit on a shelf. The red box weighs more than the green box, and the yellow box weighs less than "
     "the green box. Which box is the heaviest?", "the red box"),
    ("Wendy lives on a higher floor than Xavier. Yusuf lives on a lower floor than Xavier. "
     "Who lives on the highest floor?", "Wendy"),
    ("Abby arrived at the party after Ben but before Carla. Who arrived first?", "Ben"),
    ("In a row of four seats, Dina sits two seats to the left of Evan. Fiona sits in seat 1. Gus sits next to Evan. "
     "Who sits in seat 2?", "Dina"),
    ("Four friends, Hana, Ian, Jo and Ken, sit around a round table. Hana sits opposite Ian. Jo sits to Hana's left. "
     "Who sits opposite Jo?", "Ken"),
    ("Rob is older than Sam. Sam is older than Tom. Can Tom be older than Rob?", "no"),
    ("Ursula has more books than Victor, and Victor has more books than Wade. Who has the fewest books?", "Wade"),
    ("The green team scored more points than the red team. The blue team scored fewer points than the red team. "
     "Which team scored the most points?", "the green team"),
    ("Liam is taller than Mia, and Mia is exactly as tall as Noel. Is Liam taller than Noel?", "yes"),
    ("Three people sit in a row. Owen sits immediately to the right of Pia. Pia sits immediately to the right of "
     "Quin. Who is on the left end?", "Quin"),
    ("Tia, Umar and Vera finished a race with no ties. Tia beat Umar. Vera did not win. Umar did not come last. "
     "Who came second?", "Umar"),
    ("Ann, Bo and Cy sit in a row. Ann is not at the left end. How many arrangements are possible?", 4),
    # zebra grids
    ("Three neighbours, Lily, Mateo and Noor, each drive a different car: a Ford, a Honda and a Kia. Lily doesn't "
     "drive the Honda or the Kia. Mateo doesn't drive the Kia. Who drives the Kia?", "Noor"),
    ("Olive, Pedro and Quincy each have a different job: teacher, nurse and chef. The chef is not Olive. Pedro is the "
     "nurse. What is Olive's job?", "teacher"),
    ("Three sisters, Rhea, Sana and Tara, each wear a different colour: red, blue and green. Rhea wears blue. Sana "
     "doesn't wear red. What colour does Tara wear?", "red"),
    ("Uma, Vik and Will each ordered a different dessert: pie, cake and ice cream. Will ordered the cake. Uma didn't "
     "order pie. Who ordered pie?", "Vik"),
    # truth-tellers
    ('On this island, every person is either a truth-teller who never lies or a liar who never tells the truth. '
     'Ana says, "Ben and I are the same type." Ben says, "Ana is a liar." What are Ana and Ben?',
     {"Ana": "liar", "Ben": "truth-teller"}),
    ('Knights never lie and knaves never tell the truth. Cal says: "Dee is a knave." Dee says: "Cal and I are both '
     'knaves." Who is the knight?', "Cal"),
    ('There are two guards, Ed and Fay. One always tells the truth and the other always lies. Ed says: "Fay always '
     'lies." Fay says: "We both tell the truth." Who is the liar?', "Fay"),
    ('One of Gail, Hugo and Iris ate the cake. Gail says, "Hugo ate it." Hugo says, "I didn\'t eat it." Iris says, '
     '"I didn\'t eat it." Exactly one of them is telling the truth. Who ate the cake?', "Iris"),
    ('Jack and Kim live on the island of knights and knaves. Jack says, "At least one of us is a knave." '
     'Is Kim a knave?', "yes"),
    ('Rae says: "Sol is a knight and I am a knave." On this island, knights always tell the truth and knaves always '
     'lie. What are Rae and Sol?', {"Rae": "knave", "Sol": "knave"}),
    # texts whose honest outcome is an abstention (two readings), or "cannot be determined"
    ("Most birds can fly. Tweety is a bird. Can Tweety fly?", "cannot be determined"),
    ("All the doors are not locked. The front door is a door. Is the front door locked?", None),
    ("Ed eats eggs and toast or cereal. Ed does not eat toast. Does Ed eat eggs?", None),
]

ROUND_A_ANALYZE = [
    ("If the dog is barking, someone is at the door. Someone is at the door. So the dog is barking.", "invalid",
     "affirming the consequent"),
    ("Every time it snows, the school closes. The school did not close. Hence it did not snow.", "valid", ""),
    ("All vegans avoid dairy. Priya avoids dairy. So Priya is a vegan.", "invalid", ""),
    ("No honest person cheats. Some students cheat. Therefore some students are not honest.", "valid", ""),
    ("If Tim passes the exam, he'll celebrate. Tim didn't pass the exam. Therefore he won't celebrate.", "invalid",
     "denying the antecedent"),
    ("Either the heater is broken or the window is open. The window is closed. Therefore the heater is broken.",
     "valid", ""),
    ("If we raise prices, sales drop. If sales drop, we lose money. So if we raise prices, we lose money.", "valid",
     "hypothetical syllogism"),
    ("Some doctors are surgeons. Some surgeons are women. Therefore some doctors are women.", "invalid",
     "undistributed middle"),
    ("All artists are creative. Some engineers are not creative. So some engineers are not artists.", "valid", ""),
    ("If Maria is in Paris, she is in France. Maria is not in France. Therefore, she isn't in Paris.", "valid",
     "modus tollens"),
    ("It will rain or snow tomorrow. It won't snow tomorrow. So it will rain tomorrow.", "valid", ""),
    ("All squares are rectangles. Some rectangles are not squares. Hence some squares are not rectangles.",
     "invalid", ""),
    ("If the power is out, the fridge stops. If the fridge stops, the food spoils. The power is out. "
     "Thus the food spoils.", "valid", ""),
    ("Every cat likes fish. Tom doesn't like fish. Therefore Tom is not a cat.", "valid", ""),
    ("If Leo eats peanuts, he gets sick. Leo got sick. Therefore Leo ate peanuts.", "invalid",
     "affirming the consequent"),
    ("Either Sam is lying or Tom is lying. Sam is lying. Therefore Tom is not lying.", "invalid",
     "affirming a disjunct"),
    ("No birds are mammals. All bats are mammals. So no bats are birds.", "valid", ""),
    ("Only registered voters can vote. Jane voted. So Jane is a registered voter.", "valid", ""),
    ("If the bridge is closed, traffic is slow. Traffic is slow. Therefore the bridge is closed.", "invalid",
     "affirming the consequent"),
    ("Whenever Ollie drinks coffee, he stays awake. Ollie did not stay awake. So Ollie did not drink coffee.",
     "valid", ""),
    ("If Ruth studies, she gets an A, and if she sleeps in, she misses class. Ruth either studies or sleeps in. "
     "So she gets an A or misses class.", "valid", ""),
    ("If the car is out of gas, it won't start. If the battery is dead, it won't start either. The car starts. "
     "Therefore the car is not out of gas and the battery is not dead.", "valid", ""),
    ("Most politicians are lawyers. Kim is a politician. Therefore Kim is a lawyer.", "invalid", ""),
]
