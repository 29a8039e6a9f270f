"""The usual sex of common English given names: "Sally has three brothers. Each brother has two sisters. How many
sisters does Sally have?" is the family-counting riddle everyone reads with Sally a girl (1 sister), and "Ed and Flo
are siblings. Flo is Gil's mother. What is Ed to Gil?" is answered "uncle".

A name alone is read as a boy's or a girl's only where the statements leave the sex open: `kin_count.py` tries
without it first, and a kinship word ("uncle", not "aunt or uncle") is chosen by it only where no word of the text
speaks of sex otherwise. The answer says so. Only names borne overwhelmingly by one sex are listed; names given to
both (Alex, Sam, Jordan, Taylor, Chris, Pat, Jamie, Robin, Jesse, Casey, Morgan, Riley, Kim, Lee ...) are not, so
a puzzle about them stays open.
"""

from __future__ import annotations

GIRLS = frozenset("""
abigail ada alice alison amanda amelia amy andrea angela ann anna anne barbara beatrice becky beth betty bianca
bonnie brenda bridget carla carol caroline catherine charlotte chloe christina claire clara cynthia daisy deborah
debra diana diane donna dorothy edith eleanor elena elizabeth ella ellen emily emma erica esther eva eve evelyn fiona
florence frances gemma georgia grace hannah harriet heather helen holly ida irene isabel isabella jane janet jennifer
jenny jessica jill joan joanna josephine joy judith judy julia julie karen kate katherine kathy katie laura lauren
leah linda lisa lois louise lucy lydia maggie margaret maria marie martha mary megan melissa mia michelle molly monica
nancy natalie nina nora olivia paula pauline penny rachel rebecca rita rose ruth sally samantha sandra sara sarah
sharon sophia sophie stella susan sue tina tracy ursula vanessa vera victoria violet wendy zoe
""".split())

BOYS = frozenset("""
aaron adam alan albert ed eddie alexander andrew anthony arthur ben benjamin bill bob brian bruce carl charles charlie
christopher colin craig dan daniel david dennis derek donald douglas edward eric ethan frank fred frederick gary
george gerald gordon graham greg gregory harold harry henry howard ian jack jacob jake james jason jeff jeffrey jim
joe john jonathan joseph joshua keith ken kenneth kevin larry leo liam luke mark martin matthew michael mike nathan
neil nick nicholas noah oliver oscar patrick paul peter philip ralph raymond richard rob robert roger ronald ryan
samuel scott sean simon stephen steve steven thomas tim timothy tom tony victor walter william
""".split())


def usual_sex(name: str) -> str | None:
    """ "girl" for Sally, "boy" for Tom, None for a name given to both or not listed."""
    low = name.lower()
    return "girl" if low in GIRLS else "boy" if low in BOYS else None
