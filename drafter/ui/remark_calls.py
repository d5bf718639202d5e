"""The remark calls the app makes on the open draft (services/remarks.py, rounds.py, round_diff.py)
and which remarks count as open, in the draft's order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.draft import proposed_act
from drafter.messages import N_
from drafter.services import remarks as remarks_service
from drafter.services import round_diff
from drafter.services import rounds as rounds_service

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument

Key = tuple[str, str]  # (act slug, top-level address)


def is_open(remark: r.Remark) -> bool:
    """Still to decide (as the round's summary counts it): no decision yet, and neither a reply
    to another item nor a part of a grouped remark (its head stands for it)."""
    return remark.undecided


def open_counts(remarks: list[r.Remark], where: dict[int, str | None]) -> dict[Key, int]:
    """(act, top-level address as the draft reads now) → the open remarks there."""
    counts: dict[Key, int] = {}
    for remark in remarks:
        now = where.get(remark.id, remark.address)
        if now and is_open(remark):
            key = (remark.act, top_of(now))
            counts[key] = counts.get(key, 0) + 1
    return counts


def top_of(address: str) -> str:
    """The top-level unit an address lies in («art:322.1/part:2» → «art:322.1»)."""
    return address.split("/")[0]


class RemarkCalls:
    """Over the open draft's project: every change is saved at once and announced by the
    document's ``remarks_changed`` (the window refreshes the tab, the badges and the status bar)."""

    def __init__(self, document: DraftDocument) -> None:
        self.document = document

    # --- reading ------------------------------------------------------------------------------
    def remarks(self) -> list[r.Remark]:
        return self.document.project.remarks()

    def rounds(self) -> list[r.Round]:
        return self.document.project.rounds()

    def where_now(self, remarks: list[r.Remark]) -> dict[int, str | None]:
        """Remark id → the address of its unit in the draft now (None: the unit is gone)."""
        self.document.flush()  # the draft as typed: where_now reads the project file
        return round_diff.where_now(self.document.project, remarks)

    def removed_since(self, remarks: list[r.Remark]) -> dict[int, int | None]:
        """Remark id → the first round without its unit (0: only the draft now lacks it)."""
        return round_diff.removed_since(self.document.project, remarks)

    def open_counts(self) -> dict[Key, int]:
        remarks = self.remarks()
        return open_counts(remarks, self.where_now(remarks) if remarks else {})

    def changed_since(self, number: int) -> set[Key]:
        """The top-level units whose proposed text differs from what round ``number`` sent."""
        self.document.flush()
        changed = round_diff.changed_since(self.document.project, number)
        return {
            (slug, top_of(address)) for slug, addresses in changed.items() for address in addresses
        }

    def summary(self) -> dict[str, Any] | None:
        """{"round", "answers", "recipients", "open"} of the latest round (None: no round yet)."""
        return rounds_service.round_summary(self.document.project)

    def answers(self) -> dict[tuple[int, str], str]:
        """(round, agency key) → the agency's answer to the round (core ANSWER_STATUSES)."""
        return {
            (x.number, r.name_key(y.agency)): y.status for x in self.rounds() for y in x.recipients
        }

    def order(self) -> dict[Key, int]:
        """Each unit of the draft (every depth) → its place in the draft as it reads now."""
        document = self.document
        places: dict[Key, int] = {}
        for act in document.acts:
            shown = proposed_act(act, document.draft.for_act(act.slug))
            for unit in _walk(shown.units):
                places.setdefault((act.slug, unit.address), len(places))
        return places

    # --- deciding and editing (each saved at once) -------------------------------------------
    def resolve(self, remark_id: int, status: str, reason: str, *, settled: bool) -> r.Remark:
        """Decide on a remark, or change the decision already taken; the draft is left as it is
        (the window applies a wording through its own undo)."""
        decided = self._find(remark_id).status != "new"
        remark, _ = remarks_service.resolve(
            self.document.project, remark_id, status, reason,
            keep_draft=True, settled=settled, change=decided,
        )  # fmt: skip
        return self._changed(remark)

    def undecide(self, remark_id: int) -> r.Remark:
        return self._changed(remarks_service.undecide(self.document.project, remark_id))

    def edit(self, remark_id: int, *, grounds: str, grounds_kind: str, severity: str) -> r.Remark:
        remark = remarks_service.edit_remark(
            self.document.project, remark_id,
            grounds=grounds, grounds_kind=grounds_kind, severity=severity,
        )  # fmt: skip
        return self._changed(remark)

    def set_settled(self, remark_id: int, settled: bool) -> r.Remark:
        return self._changed(remarks_service.set_settled(self.document.project, remark_id, settled))

    def link(self, remark_id: int, earlier: int | None) -> r.Remark:
        return self._changed(remarks_service.link_remark(self.document.project, remark_id, earlier))

    def unlink(self, remark_id: int) -> r.Remark:
        return self._changed(remarks_service.unlink_auto(self.document.project, remark_id))

    def group(self, ids: list[int]) -> r.Remark:
        """The items of ``ids`` grouped into the first: one remark, counted once."""
        return self._changed(remarks_service.group_remarks(self.document.project, ids))

    def ungroup(self, remark_id: int) -> r.Remark:
        return self._changed(remarks_service.ungroup(self.document.project, remark_id))

    def wording(self, remark: r.Remark) -> tuple[m.Proposal | None, m.Proposal | None, str]:
        """The unit's proposal before and after taking the agency's wording, and the top-level
        address (pending typing is saved first: the wording goes into the text as it is now)."""
        self.document.flush()
        return remarks_service.agency_wording(self.document.project, remark)

    def _find(self, remark_id: int) -> r.Remark:
        found = next((x for x in self.remarks() if x.id == remark_id), None)
        if found is None:
            raise remarks_service.RemarkError(
                N_("{name} has no remark {id}."),
                name=self.document.project.name, id=remark_id,
            )  # fmt: skip
        return found

    def _changed(self, remark: r.Remark) -> r.Remark:
        self.document.remarks_changed.emit()
        return remark


def _walk(units: list[m.Unit]):
    for unit in units:
        yield unit
        yield from _walk(unit.children)
