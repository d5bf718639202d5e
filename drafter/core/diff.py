"""Act diff: which units of an act changed, were added, repealed or renumbered."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.draft import units_equal
from drafter.core.numbering import label_key, same_label
from drafter.core.worddiff import normal_form, same_text

CHANGED = "changed"
ADDED = "added"
REPEALED = "repealed"
RENUMBERED = "renumbered"
REMOVED = "removed"  # a child that is simply gone in ``after`` (the planner restates its parent)

FIELDS = ("heading", "text", "closing")

# Two siblings whose texts are at least this similar are the same unit, whatever their labels.
SIMILAR = 0.5
_SAME_LABEL_BONUS = 0.05


@dataclass(frozen=True)
class UnitChange:
    """One difference between two versions of an act, in the act's order.

    ``address`` is the unit's address in the current numbering (``before``); for an added unit
    it is the address it has in ``after``, and ``parent`` / ``anchor`` / ``position`` place it
    in the current numbering (anchor: the address of the sibling it follows or precedes;
    position "end" with no anchor: the end of the parent). ``fields`` lists the unit's own
    changed fields (heading, text, closing — children are changes of their own).
    ``new_label`` is set for a renumbered unit.
    """

    status: str  # changed | added | repealed | renumbered | removed
    address: str
    kind: str
    before: m.Unit | None
    after: m.Unit | None
    fields: tuple[str, ...] = ()
    parent: str = ""
    anchor: str | None = None
    position: str | None = None
    new_label: str | None = None


def changed_fields(before: m.Unit, after: m.Unit) -> tuple[str, ...]:
    return tuple(
        name for name in FIELDS if not same_text(getattr(before, name), getattr(after, name))
    )


def _words(unit: m.Unit) -> list[str]:
    """The unit's law text as normalised words, labels left out (they may be re-lettered)."""
    words: list[str] = []
    for u in unit.walk():
        for name in FIELDS:
            value = getattr(u, name)
            if value:
                words.extend(normal_form(value).split(" "))
    return words


def similarity(a: m.Unit, b: m.Unit) -> float:
    wa, wb = _words(a), _words(b)
    if not wa and not wb:
        return 1.0 if same_label(a.number, b.number) else 0.5
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    return matcher.ratio()


def match_children(
    before: list[m.Unit], after: list[m.Unit]
) -> list[tuple[m.Unit | None, m.Unit | None]]:
    """Pair the children of two versions of a unit, in order.

    Same labels in the same order pair by label (compared as labels: «е1» and «е.1» are one
    point, see :func:`drafter.core.numbering.label_key`). Otherwise siblings pair by text similarity
    (an order-keeping alignment), so a point inserted mid-list with the rest re-lettered pairs
    every old point with its re-lettered self. Unpaired entries are (old, None) or (None, new).
    """
    if [(u.kind, label_key(u.number)) for u in before] == [
        (u.kind, label_key(u.number)) for u in after
    ]:
        return list(zip(before, after, strict=True))
    n, k = len(before), len(after)
    memo: dict[tuple[int, int], float] = {}

    def pair_score(i: int, j: int) -> float:
        """Similarity plus a small bonus for an unchanged label; -1 when they cannot pair."""
        if (i, j) not in memo:
            b, a = before[i], after[j]
            sim = similarity(b, a) if b.kind == a.kind else 0.0
            bonus = _SAME_LABEL_BONUS if same_label(b.number, a.number) else 0.0
            memo[i, j] = sim + bonus if sim >= SIMILAR else -1.0
        return memo[i, j]

    score = [[0.0] * (k + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(k - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            value = pair_score(i, j)
            if value >= 0:
                best = max(best, score[i + 1][j + 1] + value)
            score[i][j] = best
    pairs: list[tuple[m.Unit | None, m.Unit | None]] = []
    i = j = 0
    while i < n and j < k:
        b, a = before[i], after[j]
        value = pair_score(i, j)
        if value >= 0 and score[i][j] == score[i + 1][j + 1] + value:
            pairs.append((b, a))
            i += 1
            j += 1
            continue
        if score[i][j] == score[i + 1][j]:
            pairs.append((b, None))
            i += 1
        else:
            pairs.append((None, a))
            j += 1
    pairs.extend((b, None) for b in before[i:])
    pairs.extend((None, a) for a in after[j:])
    return pairs


def placement(
    pairs: list[tuple[m.Unit | None, m.Unit | None]], index: int
) -> tuple[str | None, str]:
    """(anchor address, position) of the added unit ``pairs[index]`` in the current numbering."""
    for b, _ in reversed(pairs[:index]):
        if b is not None:
            following = any(b2 is not None for b2, _ in pairs[index + 1 :])
            return (b.address, "after") if following else (None, "end")
    for b, _ in pairs[index + 1 :]:
        if b is not None:
            return b.address, "before"
    return None, "end"


def _diff_children(before: m.Unit, after: m.Unit, out: list[UnitChange]) -> None:
    pairs = match_children(before.children, after.children)
    for index, (b, a) in enumerate(pairs):
        if b is None and a is not None:
            anchor, position = placement(pairs, index)
            out.append(
                UnitChange(
                    ADDED, a.address, a.kind, None, a, parent=before.address,
                    anchor=anchor, position=position,
                )
            )  # fmt: skip
        elif a is None and b is not None:
            out.append(UnitChange(REMOVED, b.address, b.kind, b, None, parent=before.address))
        elif a is not None and b is not None:
            _diff_unit(b, a, before.address, out)


def _diff_unit(before: m.Unit, after: m.Unit, parent: str, out: list[UnitChange]) -> None:
    if not same_label(before.number, after.number):
        out.append(
            UnitChange(
                RENUMBERED, before.address, before.kind, before, after, parent=parent,
                new_label=after.number,
            )
        )  # fmt: skip
    if after.repealed and not before.repealed:
        out.append(UnitChange(REPEALED, before.address, before.kind, before, after, parent=parent))
        return
    fields = changed_fields(before, after)
    if fields or before.repealed != after.repealed:
        out.append(
            UnitChange(CHANGED, before.address, before.kind, before, after, fields, parent=parent)
        )
    _diff_children(before, after, out)


def diff_acts(before: m.Act, after: m.Act) -> list[UnitChange]:
    """The differences between two versions of an act, unit by unit, in the act's order.

    Top-level units (articles / sections) match by address; ``after`` may be a fragment, so a
    top-level unit it lacks is unchanged (a repeal is a unit marked repealed). Below that,
    children match by label, or by text when the labels were re-lettered (see
    :func:`match_children`). Addresses are (re)assigned on both acts.
    """
    assign_addresses(before)
    assign_addresses(after)
    current = {u.address: u for u in before.top_units()}
    after_top = after.top_units()
    out: list[UnitChange] = []
    for index, unit in enumerate(after_top):
        base = current.get(unit.address)
        if base is None:
            anchor, position = top_placement(after_top, index, current)
            out.append(
                UnitChange(
                    ADDED, unit.address, unit.kind, None, unit, anchor=anchor, position=position
                )
            )
        elif not units_equal(base, unit):
            _diff_unit(base, unit, "", out)
    return out


def top_placement(
    after_top: list[m.Unit], index: int, current: dict[str, m.Unit]
) -> tuple[str | None, str]:
    """Anchor and position of an added top-level unit: after the current unit it follows."""
    for unit in reversed(after_top[:index]):
        if unit.address in current:
            return unit.address, "after"
    for unit in after_top[index + 1 :]:
        if unit.address in current:
            return unit.address, "before"
    return None, "end"
