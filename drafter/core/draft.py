"""The draft's proposals: building the proposed act, and recording proposals from an AFTER text."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.address import assign_addresses, assign_children
from drafter.core.numbering import label_key, same_label
from drafter.core.profiles import get_profile
from drafter.core.worddiff import same_text


def units_equal(a: m.Unit, b: m.Unit, *, label: bool = True) -> bool:
    """Same law text under normalisation (editorial notes and addresses are not compared).

    Strings are compared as they are first; only those that differ are normalised
    (:func:`drafter.core.worddiff.same_text`), so comparing a whole code with itself is fast.
    ``label=False`` leaves out the unit's own number (a parent renumbers it); its children's
    numbers are still compared, as labels («е1» is «е.1»).
    """
    if (
        a.kind != b.kind
        or (label and not same_label(a.number, b.number))
        or a.repealed != b.repealed
        or len(a.children) != len(b.children)
    ):
        return False
    for x, y in ((a.heading, b.heading), (a.text, b.text), (a.closing, b.closing)):
        if not same_text(x, y):
            return False
    return all(units_equal(x, y) for x, y in zip(a.children, b.children, strict=True))


def keep_labels(current: m.Unit, proposed: m.Unit) -> m.Unit:
    """``proposed`` (changed in place) with the current labels where the draft only retyped them.

    «е.1» typed for the act's «е1» is the same point: every output (instructions, comparison
    table, redline) then shows it unchanged rather than struck and re-added.
    """
    if same_label(current.number, proposed.number) and current.kind == proposed.kind:
        proposed.number = current.number
    by_label = {(c.kind, label_key(c.number)): c for c in current.children if c.number}
    for child in proposed.children:
        twin = by_label.get((child.kind, label_key(child.number)))
        if twin is not None:
            keep_labels(twin, child)
    return proposed


def repealed_unit(unit: m.Unit) -> m.Unit:
    """The proposed form of a repealed unit: its kind and number, no text."""
    return m.Unit(kind=unit.kind, number=unit.number, repealed=True)


def proposed_act(act: m.Act, act_draft: m.ActDraft | None) -> m.Act:
    """The act as it reads with the draft's proposals applied (a new tree; ``act`` is untouched)."""
    result = act.copy()
    if act_draft is None or not act_draft.proposals:
        return result
    profile = get_profile(act.profile)
    by_address = act_draft.proposals

    def rebuild(units: list[m.Unit]) -> list[m.Unit]:
        out: list[m.Unit] = []
        for unit in units:
            if unit.is_container:
                unit.children = rebuild(unit.children)
                out.append(unit)
                continue
            proposal = by_address.get(unit.address)
            if proposal is not None and proposal.status in (m.CHANGED, m.REPEALED):
                out.append(keep_labels(unit, proposal.unit.copy()))
            else:
                out.append(unit)
        return out

    result.units = rebuild(result.units)
    # Added units go after the unit they follow (chains of additions resolve in order).
    pending = [p for p in by_address.values() if p.status == m.ADDED]
    placed_any = True
    while pending and placed_any:
        placed_any = False
        for proposal in list(pending):
            if _insert_after(result.units, proposal.after or "", proposal.unit.copy()):
                pending.remove(proposal)
                placed_any = True
    for proposal in pending:  # the unit it follows is gone: keep it, at the end
        _append_top(result.units, proposal.unit.copy())
    assign_children("", result.units, profile)
    return result


def _insert_after(units: list[m.Unit], after: str, new: m.Unit) -> bool:
    if after == "":
        target = units
        while target and target[0].is_container:
            target = target[0].children
        target.insert(0, new)
        return True
    for i, unit in enumerate(units):
        if unit.is_container:
            if _insert_after(unit.children, after, new):
                return True
        elif unit.address == after:
            new.address = ""
            units.insert(i + 1, new)
            return True
    return False


def _append_top(units: list[m.Unit], new: m.Unit) -> None:
    target = units
    while target and target[-1].is_container:
        target = target[-1].children
    target.append(new)


def proposals_between(before: m.Act, after: m.Act) -> dict[str, m.Proposal]:
    """Proposals that turn ``before`` into ``after``, top-level unit by top-level unit.

    ``after`` may be a fragment: units it does not contain are unchanged, never repealed; a
    repeal is a unit marked repealed in ``after``.
    """
    assign_addresses(before)
    assign_addresses(after)
    current = {u.address: u for u in before.top_units()}
    proposals: dict[str, m.Proposal] = {}
    previous = ""
    for unit in after.top_units():
        base = current.get(unit.address)
        if base is None:
            proposals[unit.address] = m.Proposal(unit.address, m.ADDED, unit.copy(), previous)
        elif not units_equal(base, unit):
            status = m.REPEALED if unit.repealed and not base.repealed else m.CHANGED
            proposals[unit.address] = m.Proposal(unit.address, status, unit.copy())
        previous = unit.address
    return proposals


def changed_count(draft: m.Draft) -> int:
    return sum(len(a.proposals) for a in draft.acts)
