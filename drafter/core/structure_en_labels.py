"""Labels of UK and US acts: the five bracketed label types, the kinds they mean, their order."""

from __future__ import annotations

import re

from drafter.core import model as m

# --- label types -----------------------------------------------------------------------------
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
UK_LEVELS = {DIG: 0, LOW: 1, ROM: 2, UPP: 3, UROM: 4}
US_LEVELS = {LOW: 0, DIG: 1, UPP: 2, ROM: 3, UROM: 4}

_ROMAN_RE = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"
_LOW_ROMAN = re.compile(rf"^(?P<base>{_ROMAN_RE})(?P<suffix>[a-z]{{0,2}})$")
_UP_ROMAN = re.compile(rf"^(?P<base>{_ROMAN_RE.upper()})(?P<suffix>[A-Z]{{0,2}})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


# --- label arithmetic ------------------------------------------------------------------------
def _roman_value(base: str) -> int:
    base = base.lower()
    total = 0
    for i, ch in enumerate(base):
        value = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[base[i + 1]] if i + 1 < len(base) else 0
        total += -value if value < nxt else value
    return total


def candidates(label: str) -> list[str]:
    """The label types ``label`` can be, most likely first when it is ambiguous."""
    if label[0].isdigit() or (len(label) > 1 and any(c.isdigit() for c in label)):
        return [DIG]
    lower = label.islower()
    roman_type, alpha_type = (ROM, LOW) if lower else (UROM, UPP)
    types = []
    roman = (_LOW_ROMAN if lower else _UP_ROMAN).match(label)
    if roman and roman.group("base"):
        types.append(roman_type)
    if len(label) <= 2:
        types.append(alpha_type)
    return types or [alpha_type]


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


def _roman_parts(label: str) -> tuple[int, str] | None:
    match = (_LOW_ROMAN if label.islower() else _UP_ROMAN).match(label)
    if not match or not match.group("base"):
        return None
    return _roman_value(match.group("base")), match.group("suffix").lower()


def roman_follows(prev: str, label: str) -> bool:
    """``label`` is the next numeral after ``prev`` ("iv"→"v"), or one inserted after it."""
    a, b = _roman_parts(prev), _roman_parts(label)
    if a is None or b is None:
        return False
    if not b[1]:
        return b[0] == a[0] + 1
    return b[0] == a[0] and alpha_follows(a[1] or "`", b[1])
