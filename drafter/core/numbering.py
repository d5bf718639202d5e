"""Numbers of units as acts print them: their order, superscripts printed flat, and ranges."""

from __future__ import annotations

import re

_COMPONENT = re.compile(r"[.-]")
_DIGITS = re.compile(r"^\d+(?:[.-]\d+)*$")
# A superscript printed flat is always the last component's tail: «61» is 6¹, «205.41» 205.4¹;
# before a hyphenated suffix too: «12316-1» is 123¹⁶-1.
_LAST = re.compile(r"^(.*?)(\d+)$")
_FLAT = re.compile(r"^(.*?)(\d+)((?:-\d+)?)$")
# How far a number may jump over a missing sibling and still read as the next one.
_GAP = 3
# The longest range read as one unit per number («Статьи 5 - 7»): anything longer is a misprint.
MAX_RANGE = 200


def order_key(number: str) -> tuple[int, ...] | None:
    """The number as a tuple for ordering: «19.7.2-1» → (19, 7, 2, 1); None when not numeric.

    A hyphenated suffix («-1») orders like a further level: it follows its base and comes
    before the base's next sibling.
    """
    if not _DIGITS.match(number):
        return None
    return tuple(int(x) for x in _COMPONENT.split(number))


def follows(previous: tuple[int, ...], number: tuple[int, ...], gap: int = 1) -> bool:
    """Whether ``number`` can come right after ``previous`` in an act's own order.

    The next sibling at any level (6.1 → 6.2, 6.1 → 7) or the first child one level down
    (6 → 6.1), ``gap`` allowing that many numbers to be missing at that level.
    """
    if len(number) == len(previous) + 1 and number[:-1] == previous:
        return 1 <= number[-1] <= gap
    if not 1 <= len(number) <= len(previous):
        return False
    head = len(number) - 1
    return number[:head] == previous[:head] and 1 <= number[head] - previous[head] <= gap


def unflattened(printed: str) -> list[str]:
    """The readings of ``printed`` with a flattened superscript, shortest tail first.

    «61» → ["6.1"]; «2052» → ["205.2", "20.52", "2.052"] (a tail never starts with 0);
    «12316-1» → ["1231.6-1", "123.16-1", ...].
    """
    found = _FLAT.match(printed)
    if not found:
        return []
    head, digits, suffix = found.groups()
    return [
        f"{head}{digits[:k]}.{digits[k:]}{suffix}"
        for k in range(len(digits) - 1, 0, -1)
        if digits[k] != "0"
    ]


def resolve(previous: str | None, printed: str) -> str:
    """The number ``printed`` stands for after the sibling numbered ``previous``.

    As printed when it follows ``previous`` in order (or nothing precedes it, or it is not a
    number); else the first flattened-superscript reading that does follow it («61» after 6 is
    6.1, «62» after 6.1 is 6.2, «31» after 3 is 3.1); else as printed.
    """
    if previous is None or _next_plain(previous, printed):
        return printed
    before = order_key(previous)
    as_printed = order_key(printed)
    if before is None or as_printed is None or follows(before, as_printed, _GAP):
        return printed
    readings = [(reading, order_key(reading) or ()) for reading in unflattened(printed)]
    for gap in (1, _GAP):
        for reading, key in readings:
            if follows(before, key, gap):
                return reading
    return printed


def out_of_order(previous: str | None, number: str) -> bool:
    """Whether ``number`` goes back (or stands still) after ``previous``."""
    if previous is None or _next_plain(previous, number):
        return False
    before, after = order_key(previous), order_key(number)
    return before is not None and after is not None and after <= before


def _next_plain(previous: str, number: str) -> bool:
    """The usual case, told fast: plain numbers, the second a little above the first."""
    return previous.isdigit() and number.isdigit() and 0 < int(number) - int(previous) <= _GAP


def expand_range(first: str, last: str) -> list[str] | None:
    """The numbers from ``first`` to ``last`` that differ in their last component only.

    «5.1» – «5.4» → 5.1, 5.2, 5.3, 5.4; «3» – «4» → 3, 4; None when the two do not share
    everything but the last component or the range is empty or implausibly long.
    """
    a, b = _LAST.match(first), _LAST.match(last)
    if not a or not b or a.group(1) != b.group(1):
        return None
    low, high = int(a.group(2)), int(b.group(2))
    if high < low or high - low > MAX_RANGE:
        return None
    return [f"{a.group(1)}{n}" for n in range(low, high + 1)]


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
# A letter and the number after it, however the act joined them: «е1», «е.1», «е-1», «е¹».
_LETTER_NUMBER = re.compile(r"^([^\W\d_]+)[.-]?(\d[\d.-]*)$")


def label_key(label: str) -> str:
    """The label as compared: «е1», «е¹», «е.1», «е-1» are one point; «12¹» is «12.1».

    Acts wrote in-between labels differently over time (superscripts, then dots); a label only
    retyped from one form to the other names the same unit. Plain numbers are left as they are:
    «21» and «2.1» stay different (a flattened superscript is told by the parser, in context).
    """
    text = label.strip()
    if any(ch in _SUPERSCRIPTS for ch in text):
        head = text.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹")
        tail = text[len(head) :].translate(_SUPERSCRIPT)
        text = f"{head}{tail}" if head and not head[-1].isdigit() else f"{head}.{tail}"
    found = _LETTER_NUMBER.match(text)
    if found:
        return found.group(1) + found.group(2).replace("-", ".")
    return text


def same_label(a: str, b: str) -> bool:
    """Whether two labels name the same unit (see :func:`label_key`)."""
    return a == b or label_key(a) == label_key(b)
