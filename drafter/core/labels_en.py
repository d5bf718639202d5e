"""English bracketed labels: their five types, the unit kind each means, roman numerals."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.profiles import Profile

# A bracketed label "(x)" is one of five types; the profile says which kind each type means.
DIG = "digit"  # (1) (2A) (A1)
LOW = "lower"  # (a) (aa) (za)
ROM = "roman"  # (i) (iv) (ia)
UPP = "upper"  # (A) (AA)
UROM = "upper-roman"  # (I) (IV)

UK_SECTION_KINDS = {
    DIG: m.SUBSECTION,
    LOW: m.PARAGRAPH,
    ROM: m.SUBPARAGRAPH,
    UPP: m.CLAUSE,
    UROM: m.SUBCLAUSE,
}
# In a UK Schedule, paragraph 3 has sub-paragraphs (1), then paragraphs (a), sub-paragraphs (i).
UK_SCHEDULE_KINDS = {**UK_SECTION_KINDS, DIG: m.SUBPARAGRAPH}
US_KINDS = {
    LOW: m.SUBSECTION,
    DIG: m.PARAGRAPH,
    UPP: m.SUBPARAGRAPH,
    ROM: m.CLAUSE,
    UROM: m.SUBCLAUSE,
}
# How deep each label type sits below the section (the order labels nest in).
UK_LEVELS = {DIG: 0, LOW: 1, ROM: 2, UPP: 3, UROM: 4}
US_LEVELS = {LOW: 0, DIG: 1, UPP: 2, ROM: 3, UROM: 4}


def is_us(profile: Profile) -> bool:
    return profile.name == "us"


def kinds(profile: Profile, schedule: bool = False) -> dict[str, str]:
    """Label type → unit kind in a section of ``profile`` (in a UK Schedule with ``schedule``)."""
    if is_us(profile):
        return US_KINDS
    return UK_SCHEDULE_KINDS if schedule else UK_SECTION_KINDS


def levels(profile: Profile) -> dict[str, int]:
    """Label type → depth below the section in ``profile``."""
    return US_LEVELS if is_us(profile) else UK_LEVELS


# --- roman numerals ----------------------------------------------------------------------------
ROMAN_RE = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"
LOW_ROMAN = re.compile(rf"^(?P<base>{ROMAN_RE})(?P<suffix>[a-z]{{0,2}})$")
UP_ROMAN = re.compile(rf"^(?P<base>{ROMAN_RE.upper()})(?P<suffix>[A-Z]{{0,2}})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def roman_value(base: str) -> int:
    """The value of a roman numeral in either case ("iv" → 4)."""
    base = base.lower()
    total = 0
    for i, ch in enumerate(base):
        value = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[base[i + 1]] if i + 1 < len(base) else 0
        total += -value if value < nxt else value
    return total


def roman_parts(label: str) -> tuple[int, str] | None:
    """(value, letter suffix) of a roman label ("iva" → (4, "a")), None when it is not one."""
    match = (LOW_ROMAN if label.islower() else UP_ROMAN).match(label)
    if not match or not match.group("base"):
        return None
    return roman_value(match.group("base")), match.group("suffix").lower()


def _roman_shaped(label: str) -> bool:
    match = LOW_ROMAN.match(label.lower())
    return bool(match and match.group("base"))


def label_types(label: str) -> list[str]:
    """The types ``label`` can be, the likelier first ("i": ROM then LOW; "ii": ROM only)."""
    if any(c.isdigit() for c in label):
        return [DIG]
    if label.islower():
        types = [ROM] if _roman_shaped(label) else []
        if len(label) <= 2:
            types.append(LOW)
        return types or [LOW]
    types = [UROM] if _roman_shaped(label) and label[:1].isupper() else []
    if len(label) <= 2:
        types.append(UPP)
    return types or [UPP]


# --- label sequences ---------------------------------------------------------------------------
def alpha_follows(prev: str, label: str) -> bool:
    """``label`` is the letter after ``prev`` ("h"→"i") or one inserted after it ("a"→"aa")."""
    prev, label = prev.lower(), label.lower()
    if len(label) == 1:
        return ord(label) == ord(prev[0]) + 1
    if label == prev + "a":
        return True
    return (
        len(label) == len(prev) == 2 and label[0] == prev[0] and ord(label[1]) == ord(prev[1]) + 1
    )


def roman_follows(prev: str, label: str) -> bool:
    """``label`` is the next numeral after ``prev`` ("iv"→"v"), or one inserted after it."""
    a, b = roman_parts(prev), roman_parts(label)
    if a is None or b is None:
        return False
    if not b[1]:
        return b[0] == a[0] + 1
    return b[0] == a[0] and alpha_follows(a[1] or "`", b[1])
