"""Two rounds of a draft compared: the units that differ and where each unit of the earlier
round is in the later one."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.core import model as m
from drafter.core.diff import changed_fields, match_children
from drafter.core.draft import proposed_act, units_equal

CHANGED = "changed"
ADDED = "added"
REMOVED = "removed"
RENUMBERED = "renumbered"
STATUSES = (CHANGED, ADDED, REMOVED, RENUMBERED)

# Round A's address → its address in round B (None: the unit is gone), per act slug.
AddressMap = dict[str, str | None]


@dataclass(frozen=True)
class UnitChange:
    """One unit whose proposed text differs between round A and round B, deepest unit first
    that differs (a parent whose own words stay is not listed for its changed child).

    ``address`` is the unit's address in round A's proposed text (for an added unit: its
    address in round B); ``new_address`` its address in round B ("" when removed); ``parent``
    the round-A address of the unit it lies in ("" for a top-level unit). ``fields`` names the
    unit's own changed fields (heading, text, closing; "repealed" when it is repealed or
    restored). ``remarks`` are the ids of the remarks behind the change (filled by the service).
    """

    act: str
    address: str
    status: str  # STATUSES
    before: m.Unit | None
    after: m.Unit | None
    remarks: tuple[int, ...] = ()
    new_address: str = ""
    parent: str = ""
    fields: tuple[str, ...] = ()


@dataclass
class ActComparison:
    """An act in two rounds: its proposed text in each, the changes and the address map."""

    slug: str
    before: m.Act
    after: m.Act
    changes: list[UnitChange]
    addresses: AddressMap
    _after_index: set[str] | None = None

    def in_after(self, address: str) -> bool:
        """Does round B's proposed text have a unit at ``address``?"""
        if self._after_index is None:
            self._after_index = {u.address for u in self.after.walk()}
        return address in self._after_index


def compare_acts(before: m.Act, after: m.Act) -> ActComparison:
    """Compare two proposed texts of one act (round A's ``before``, round B's ``after``).

    Top-level units (articles / sections) pair by address; those left over on both sides pair
    by text when similar (an added article relabelled between the rounds). Below that children
    pair by label, or by text when re-lettered (:func:`drafter.core.diff.match_children`): a
    part inserted before others in the proposed text relabels the following ones, and each
    keeps its remarks under its new label. Both acts keep the addresses they have.
    """
    walker = _Walker(before.slug)
    a_top, b_top = before.top_units(), after.top_units()
    b_by_address = {u.address: u for u in b_top}
    a_addresses = {u.address for u in a_top}
    a_left = [u for u in a_top if u.address not in b_by_address]
    b_left = [u for u in b_top if u.address not in a_addresses]
    relabelled = {
        x.address: y for x, y in match_children(a_left, b_left) if x is not None and y is not None
    }
    b_order = {u.address: i for i, u in enumerate(b_top)}
    groups: list[tuple[float, list[UnitChange]]] = []
    place = -0.5  # a removed article goes after the article it followed in round A
    for x in a_top:
        walker.changes = []
        y = b_by_address.get(x.address) or relabelled.get(x.address)
        if y is None:
            walker.removed(x, "")
            groups.append((place + 0.25, walker.changes))
        else:
            walker.pair(x, y, "")
            place = b_order[y.address]
            groups.append((place, walker.changes))
    paired_b = {y.address for y in relabelled.values()}
    for y in b_top:
        if y.address not in a_addresses and y.address not in paired_b:
            added = UnitChange(before.slug, y.address, ADDED, None, y, (), y.address)
            groups.append((b_order[y.address], [added]))
    groups.sort(key=lambda g: g[0])
    changes = [c for _key, group in groups for c in group]
    containers = {u.address for u in after.walk() if u.is_container}
    for u in before.walk():
        if u.is_container:  # chapters and sections of the act: the draft never moves them
            walker.addresses[u.address] = u.address if u.address in containers else None
    return ActComparison(before.slug, before, after, changes, walker.addresses)


class _Walker:
    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.changes: list[UnitChange] = []
        self.addresses: AddressMap = {}

    def removed(self, x: m.Unit, parent: str) -> None:
        self.changes.append(UnitChange(self.slug, x.address, REMOVED, x, None, parent=parent))
        for u in x.walk():
            self.addresses[u.address] = None

    def pair(self, x: m.Unit, y: m.Unit, parent: str) -> None:
        if units_equal(x, y):
            for u, v in zip(x.walk(), y.walk(), strict=True):
                self.addresses[u.address] = v.address
            return
        self.addresses[x.address] = y.address
        fields = changed_fields(x, y)
        if x.repealed != y.repealed:
            fields = (*fields, "repealed")
        if fields:
            self._note(CHANGED, x, y, parent, fields)
        elif x.number != y.number and x.number and y.number:
            self._note(RENUMBERED, x, y, parent, ())
        if x.repealed or y.repealed:
            for gone in x.walk():
                self.addresses.setdefault(gone.address, None)
            return
        for old, new in match_children(x.children, y.children):
            if old is None and new is not None:
                self.changes.append(
                    UnitChange(self.slug, new.address, ADDED, None, new, (), new.address, x.address)
                )
            elif new is None and old is not None:
                self.removed(old, x.address)
            elif old is not None and new is not None:
                self.pair(old, new, x.address)

    def _note(
        self, status: str, x: m.Unit, y: m.Unit, parent: str, fields: tuple[str, ...]
    ) -> None:
        self.changes.append(
            UnitChange(self.slug, x.address, status, x, y, (), y.address, parent, fields)
        )


def round_changes(
    acts_a: list[m.Act], draft_a: m.Draft, acts_b: list[m.Act], draft_b: m.Draft
) -> dict[str, ActComparison]:
    """Each act of round A's draft against round B's (``acts_*``: the acts as current when the
    round was made), keyed by slug, in round B's order of acts; the acts neither draft amends
    are left out."""
    by_slug_a = {act.slug: act for act in acts_a}
    amended = {d.slug for d in (*draft_a.acts, *draft_b.acts) if d.proposals}
    out: dict[str, ActComparison] = {}
    for act_b in acts_b:
        act_a = by_slug_a.get(act_b.slug)
        if act_b.slug not in amended or act_a is None:
            continue
        before = proposed_act(act_a, _act_draft(draft_a, act_a.slug))
        after = proposed_act(act_b, _act_draft(draft_b, act_b.slug))
        out[act_b.slug] = compare_acts(before, after)
    return out


def _act_draft(draft: m.Draft, slug: str) -> m.ActDraft | None:
    return next((d for d in draft.acts if d.slug == slug), None)


def map_address(comparison: ActComparison, address: str) -> str | None:
    """Where the unit at ``address`` (round A's numbering; a heading address too) is in round
    B: its address there, or None when it is gone. An address round A's proposed text lacks (a
    unit of the current text the draft removes) is itself when round B has it, else None."""
    base, suffix = address, ""
    if address.endswith(m.HEADING_SUFFIX):
        base, suffix = address[: -len(m.HEADING_SUFFIX)], m.HEADING_SUFFIX
    if not base:
        return address
    if base in comparison.addresses:
        found = comparison.addresses[base]
    else:
        found = base if comparison.in_after(base) else None
    return None if found is None else found + suffix


def ancestors(address: str) -> list[str]:
    """``address`` and the units it lies in, innermost first ("" — the act — left out)."""
    base = address.removesuffix(m.HEADING_SUFFIX)
    parts = base.split("/") if base else []
    return ["/".join(parts[:n]) for n in range(len(parts), 0, -1)]
