"""Whether a noun in "Which vehicle is faster?" is a word for each thing the statements compare ("the red truck").

The question asks of every thing named only when its noun covers them all: the thing's own head noun, a word for
any thing at all ("thing", "one", "item"), or a kind this closed table lists above it (a truck is a vehicle, a dog
is an animal). A noun the table does not know, or a thing it does not list under the noun, is no reading: "Which
animal is faster?" over two cars abstains rather than answer with a car. The table is small on purpose; a missing
entry only abstains.
"""

from __future__ import annotations

from agentlib.puzzles.english.words import lemma

_ANY_THING = {"thing", "one", "item", "object"}
_PETS = {"dog", "cat", "fish", "goldfish", "parrot", "rabbit", "hamster", "puppy", "kitten", "budgie", "canary",
         "guinea-pig", "pony", "mouse", "rat", "turtle", "tortoise", "lizard", "snake", "ferret", "gerbil"}
_FARM = {"horse", "goat", "sheep", "cow", "pig", "donkey", "chicken", "hen", "duck", "goose", "lamb", "calf", "ox",
         "bull", "mule", "llama", "rooster", "turkey"}
_WILD = {"lion", "tiger", "bear", "wolf", "fox", "deer", "elephant", "giraffe", "zebra", "monkey", "cheetah",
         "leopard", "rhino", "hippo", "kangaroo", "koala", "panda", "owl", "eagle", "hawk", "frog", "toad",
         "squirrel", "hare", "camel", "moose", "badger", "otter", "whale", "dolphin", "shark", "snail", "ant",
         "bee", "spider", "crocodile", "alligator", "penguin", "ostrich", "crow", "sparrow", "bat", "seal"}
_BIRDS = {"parrot", "budgie", "canary", "chicken", "hen", "duck", "goose", "rooster", "turkey", "owl", "eagle",
          "hawk", "penguin", "ostrich", "crow", "sparrow", "bird"}
_VEHICLES = {"car", "truck", "van", "bus", "bike", "bicycle", "motorbike", "motorcycle", "scooter", "tractor",
             "lorry", "taxi", "train", "tram", "boat", "ship", "plane", "jeep", "coach", "ambulance", "minibus",
             "trailer", "wagon", "cart", "limo", "limousine", "sedan", "pickup", "suv", "moped"}
_FRUIT = {"apple", "pear", "banana", "orange", "plum", "peach", "grape", "melon", "lemon", "mango", "cherry",
          "kiwi", "lime", "watermelon", "pineapple", "apricot", "strawberry"}
_CONTAINERS = {"box", "bag", "bucket", "jar", "bottle", "basket", "crate", "can", "tin", "cup", "mug", "glass",
               "bowl", "sack", "suitcase", "case", "chest", "carton", "pot", "barrel", "tank", "jug", "vase"}
_KINDS: dict[str, set[str]] = {
    "pet": _PETS,
    "animal": _PETS | _FARM | _WILD | _BIRDS | {"bird", "insect", "mammal", "reptile", "fish"},
    "bird": _BIRDS,
    "vehicle": _VEHICLES,
    "fruit": _FRUIT,
    "container": _CONTAINERS,
}


def covers(noun: str, thing_key: str) -> bool:
    """Whether `noun` ("vehicle", "vehicles") is a word for the thing keyed `thing_key` ("the_green_truck")."""
    kind = lemma(noun.lower(), "NOUN")
    head = thing_key.split("_")[-1]
    return kind == head or kind in _ANY_THING or head in _KINDS.get(kind, set())


def known_thing(thing_key: str) -> bool:
    """Whether the table lists the thing's head noun under some kind: an animal, a vehicle, a fruit, a container;
    never a person, so "Which person is slowest?" asked of such things alone is no question about them."""
    head = thing_key.split("_")[-1]
    return any(head in members for members in _KINDS.values())
