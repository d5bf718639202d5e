"""Renumbering in a proposed text: the warning, and the in-between number to give instead."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.diff import SIMILAR, similarity
from drafter.core.draft import units_equal
from drafter.messages import N_, Message, message

_RENUMBERED = N_(
    "{where}: the proposed text renumbers {old} as {new}; the drafting recommendations do not "
    "allow renumbering — give the new unit the in-between number {suggested} instead."
)
_RENUMBERED_FIRST = N_(
    "{where}: the proposed text renumbers {old} as {new}; the drafting recommendations do not "
    "allow renumbering — keep the numbers and add the new unit at the end instead."
)
_LOOK_BACK = 3  # how many articles back a shifted article's text is looked for
_SHIFTED = 0.8  # an article this similar to an earlier one was renumbered, not rewritten


def inbetween(label: str, profile: str) -> str:
    """The number a unit inserted right after ``label`` takes: 322 → 322.1, 322.3 → 322.4,
    «а» → «а.1» (Russian acts); 5 → 5A, 5A → 5B, a → aa (English acts)."""
    if profile.startswith("ru") or not re.fullmatch(r"[0-9A-Za-z]+", label):
        found = re.fullmatch(r"(.+\.)(\d+)", label)  # 322.3 → 322.4: the next in-between
        return f"{found[1]}{int(found[2]) + 1}" if found else f"{label}.1"
    found = re.fullmatch(r"(\d+)([A-Z])", label)
    if found:  # 5A → 5B
        return found[1] + chr(ord(found[2]) + 1)
    if label.isdigit():
        return f"{label}A"
    return label + label[-1]


def _warning(where: str, pairs: list[tuple[str, str]], before: str | None, profile: str) -> Message:
    old = ", ".join(a for a, _ in pairs)
    new = ", ".join(b for _, b in pairs)
    if before is None:
        return message(_RENUMBERED_FIRST, where=where, old=old, new=new)
    suggested = inbetween(before, profile)
    return message(_RENUMBERED, where=where, old=old, new=new, suggested=suggested)


def _previous_label(siblings: list[m.Unit], label: str) -> str | None:
    for index, unit in enumerate(siblings):
        if unit.number == label:
            return siblings[index - 1].number if index > 0 else None
    return None


def renumbering_warnings(before: m.Act, after: m.Act, ops: list[m.Operation]) -> list[Message]:
    """A warning for each place the proposed text renumbers units (the plan does as it says).

    Points and parts re-lettered in a list come from the plan's renumber_units operations;
    articles shifted by one (old 323 now 324 after a new 323) are told by their texts.
    """
    assign_addresses(before)
    out: list[Message] = []
    where_act = before.title or before.slug
    for op in ops:
        if op.op != m.RENUMBER_UNITS or not op.renumber:
            continue
        parent = before.find(op.address) if op.address else None
        siblings = parent.children if parent is not None else before.top_units()
        previous = _previous_label(siblings, op.renumber[0][0])
        where = op.address or where_act
        out.append(_warning(where, list(op.renumber), previous, before.profile))
    shifted = _shifted_articles(before, after)
    if shifted:
        current = before.top_units()
        previous = _previous_label(current, shifted[0][0])
        out.append(_warning(where_act, shifted, previous, before.profile))
    return out


def _shifted_articles(before: m.Act, after: m.Act) -> list[tuple[str, str]]:
    """(old, new) numbers of articles the proposed text moved to another number."""
    assign_addresses(after)
    current = before.top_units()
    index = {u.address: i for i, u in enumerate(current)}
    found: list[tuple[str, str]] = []
    end = 0  # the articles before this one in the current text: current[:end]
    for unit in after.top_units():
        at = index.get(unit.address)
        if at is not None:
            end = at
            if units_equal(current[at], unit) or similarity(current[at], unit) >= SIMILAR:
                end = at + 1
                continue  # the same article, perhaps amended
        for earlier in reversed(current[max(0, end - _LOOK_BACK) : end]):
            if earlier.number != unit.number and similarity(earlier, unit) >= _SHIFTED:
                found.append((earlier.number, unit.number))
                break
        if at is not None:
            end = at + 1
    return found
