"""Remarks as the drafter works with them: list them (`drafter remarks`) and decide on one
(`drafter resolve`), applying an accepted agency's wording to the draft as one undoable edit."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.draft import proposed_act, units_equal
from drafter.core.serialize import proposal_to_dict
from drafter.errors import DrafterError, ProjectError
from drafter.io.project import Project
from drafter.messages import N_
from drafter.services.export import DEFAULT_AUTHOR
from drafter.services.projects import open_project
from drafter.services.round_diff import remark_places

_ROLE_FIELDS = {"heading": "heading", "closing": "closing"}  # any other role: the unit's text


class RemarkError(DrafterError):
    """A remark that cannot be decided or edited as asked (unknown, already decided, grouped...)."""


# `edit_remark(proposed=KEEP)`: leave the agency's wording as it is (None clears it).
KEEP: Any = object()

_NO_REMARK = N_("{name} has no remark {id}.")
_IN_GROUP = N_("Remark {id} is grouped into remark {head}: work on remark {head}.")
_NOT_DECIDED = N_("Remark {id} is not decided yet.")


def list_remarks(
    project_path: str | os.PathLike[str],
    number: int | None = None,
    agency: str | None = None,
    *,
    open_only: bool = False,
    unit: str | None = None,
) -> list[dict[str, Any]]:
    """``drafter remarks --json`` on the project file at ``project_path``; see remarks_json."""
    with open_project(Path(project_path), read_only=True) as project:
        return remarks_json(project, number, agency, open_only=open_only, unit=unit)


def remarks_json(
    project: Project,
    number: int | None = None,
    agency: str | None = None,
    *,
    open_only: bool = False,
    unit: str | None = None,
) -> list[dict[str, Any]]:
    """The remarks of ``project`` as ``drafter remarks --json`` lists them: of round ``number``,
    of ``agency``, only the undecided ones (``open_only``), only those on ``unit`` (an address,
    the units inside it included) when given. A group is listed once, as its head with the
    members' texts joined; replies and members are not listed on their own."""
    found = project.find_agency(agency) if agency is not None else None
    if agency is not None and found is None:
        raise RemarkError(N_("{name} has no agency «{agency}»."), name=project.name,
                          agency=agency)  # fmt: skip
    everything = project.remarks()
    answers = {(x.number, y.agency): y.status for x in project.rounds() for y in x.recipients}
    links = r.repeated(everything)
    members: dict[int, list[r.Remark]] = {}
    for x in everything:
        if x.group is not None:
            members.setdefault(x.group, []).append(x)
    places = remark_places(project, everything)
    return [
        remark_json(x, links.get(x.id), members.get(x.id, []), answers.get((x.round, x.agency), ""))
        | places[x.id]
        for x in everything
        if x.group is None
        and (number is None or x.round == number)
        and (found is None or r.same_name(x.agency, found.short_name))
        and (not open_only or x.status == "new")
        and (unit is None or x.address == unit or x.address.startswith(unit + "/"))
    ]


def remark_json(
    remark: r.Remark, repeats: int | None, members: list[r.Remark] | None = None, answer: str = ""
) -> dict[str, Any]:
    """One remark as ``drafter remarks --json`` prints it (a group's head with its members)."""
    decided = remark.status != "new"
    members = members or []
    text = "\n".join(x.text for x in [remark, *members] if x.text)
    return {
        "id": remark.id,
        "round": remark.round,
        "agency": remark.agency,
        "act": remark.act or None,
        "address": remark.address or None,
        "kind": remark.kind,
        "severity": r.severity_of(remark, answer),
        "quote": remark.quote,
        "text": text or None,
        "grounds": remark.grounds or None,
        "grounds_kind": remark.grounds_kind or None,
        "proposed": remark.proposed,
        "status": remark.status,
        "resolution": remark.resolution if decided else None,
        "decided_by": remark.decided_by if decided else None,
        "decided_at": remark.decided_at if decided else None,
        "settled": remark.settled,
        "repeats": repeats,
        "link": remark.link,
        "members": [x.id for x in members],
    }


def resolve_remark(
    project_path: str | os.PathLike[str], remark_id: int, status: str, reason: str, **options: bool
) -> tuple[r.Remark, bool]:
    """Decide on remark ``remark_id`` in the project at ``project_path``; see :func:`resolve`
    (``options``: keep_draft, settled, change)."""
    with open_project(Path(project_path)) as project:
        return resolve(project, remark_id, status, reason, **options)


def resolve(
    project: Project,
    remark_id: int,
    status: str,
    reason: str,
    *,
    keep_draft: bool = False,
    settled: bool = False,
    change: bool = False,
) -> tuple[r.Remark, bool]:
    """Record the decision on one remark: its status, the reasoning, who decided and when, and
    whether a disagreement was ``settled`` at a conciliation meeting.

    A decided remark is refused unless ``change``. Accepting a remark that brings a wording also
    applies it to the draft as one undoable edit (unless ``keep_draft``). The items grouped into
    the remark get the same decision. Returns the remark and whether the draft changed.
    Everything is checked before anything is written.
    """
    if status not in r.RESOLUTIONS:
        raise RemarkError(
            N_("{status} is not a decision: write one of {known}."),
            status=repr(status),
            known=", ".join(r.RESOLUTIONS),
        )
    if not reason.strip():
        raise RemarkError(N_("Give the reason for the decision (--reason)."))
    if project.read_only:
        raise ProjectError(
            N_("{name} is open read-only, so no decision can be recorded in it."),
            name=project.name,
        )
    remark, members = _find(project, remark_id)
    if remark.status != "new" and not change:
        raise RemarkError(
            N_("Remark {id} is already decided ({status}, by {by} on {at}); "
               "to decide it again, change the decision (--change)."),
            id=remark_id,
            status=remark.status,
            by=remark.decided_by or "?",
            at=remark.decided_at or "?",
        )  # fmt: skip
    edit = None
    if status == "accepted" and remark.proposed is not None and not keep_draft:
        edit = agency_wording(project, remark)
    values = {
        "status": status,
        "resolution": reason.strip(),
        "decided_by": _decider(project),
        "decided_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "settled": settled,
    }
    with project.transaction():
        if edit is not None:
            _apply(project, remark, *edit)
        project.update_remarks([remark.id, *members], **values)
    return _find(project, remark_id)[0], edit is not None


def undecide(project: Project, remark_id: int) -> r.Remark:
    """Take the decision on a remark back: it is "new" again, reasoning, who, when and settled
    cleared (its grouped items too). The draft stays as it is (the app undoes a wording itself)."""
    _writable(project)
    remark, members = _find(project, remark_id)
    if remark.status == "new":
        raise RemarkError(_NOT_DECIDED, id=remark_id)
    project.update_remarks(
        [remark.id, *members], status="new", resolution="", decided_by="", decided_at="",
        settled=False,
    )  # fmt: skip
    return _find(project, remark_id)[0]


def undo_decision(project_path: str | os.PathLike[str], remark_id: int) -> r.Remark:
    """``drafter resolve --undo``: :func:`undecide` in the project file at ``project_path``."""
    with open_project(Path(project_path)) as project:
        return undecide(project, remark_id)


def edit_remark(
    project: Project, remark_id: int, *, text: str | None = None, grounds: str | None = None,
    grounds_kind: str | None = None, severity: str | None = None, proposed: str | None = KEEP,
) -> r.Remark:  # fmt: skip
    """Edit what a remark says: its text, grounds and their kind, severity ("" = the guess) and
    the agency's wording (``proposed=None`` clears it). None leaves a field as it is."""
    if grounds_kind is not None and grounds_kind and grounds_kind not in r.GROUNDS_KINDS:
        raise RemarkError(
            N_("{kind} is not a kind of grounds: write one of {known}."),
            kind=repr(grounds_kind),
            known=", ".join(r.GROUNDS_KINDS),
        )
    if severity is not None and severity and severity not in r.SEVERITIES:
        raise RemarkError(
            N_("{severity} is not a severity: write one of {known}."),
            severity=repr(severity),
            known=", ".join(r.SEVERITIES),
        )
    _writable(project)
    _find(project, remark_id, members_too=True)
    values: dict[str, Any] = {}
    for name, value in (("text", text), ("grounds", grounds), ("grounds_kind", grounds_kind),
                        ("severity", severity)):  # fmt: skip
        if value is not None:
            values[name] = value.strip()
    if proposed is not KEEP:
        values["proposed"] = proposed
    if values:
        project.update_remarks([remark_id], **values)
    return _find(project, remark_id, members_too=True)[0]


def set_settled(project: Project, remark_id: int, settled: bool) -> r.Remark:
    """Mark a decided remark's disagreement settled at a conciliation meeting (or not)."""
    _writable(project)
    remark, members = _find(project, remark_id)
    if remark.status == "new":
        raise RemarkError(
            N_("Remark {id} is not decided yet; decide it before marking it settled."),
            id=remark_id,
        )
    project.update_remarks([remark.id, *members], settled=settled)
    return _find(project, remark_id)[0]


def link_remark(project: Project, remark_id: int, earlier: int | None) -> r.Remark:
    """Say by hand which remark of an earlier round this one repeats (None: it repeats none)."""
    _writable(project)
    remark, _members = _find(project, remark_id)
    if earlier is None:
        project.update_remarks([remark_id], repeats=None, link="none")
        return _find(project, remark_id)[0]
    target, _ = _find(project, earlier)
    if target.round >= remark.round:
        raise RemarkError(
            N_("Remark {earlier} is of round {their}, not of a round before remark {id}'s "
               "(round {round}), so remark {id} cannot repeat it."),
            earlier=earlier, their=target.round, id=remark_id, round=remark.round,
        )  # fmt: skip
    project.update_remarks([remark_id], repeats=earlier, link="hand")
    return _find(project, remark_id)[0]


def unlink_auto(project: Project, remark_id: int) -> r.Remark:
    """Let the remarks' own comparison (drafter.core.rounds.repeated) say what a remark repeats."""
    _writable(project)
    _find(project, remark_id)
    project.update_remarks([remark_id], repeats=None, link="auto")
    return _find(project, remark_id)[0]


def group_remarks(project: Project, ids: list[int]) -> r.Remark:
    """Group items of one agency, one round and one unit into one remark: the first of ``ids``
    (its head); the others are shown and counted as parts of it and take its decision. A head
    given among the others brings its own items along."""
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        raise RemarkError(N_("Give at least two remarks to group."))
    _writable(project)
    head, _ = _find(project, ids[0])
    joining: list[int] = []
    for other_id in ids[1:]:
        other, its_members = _find(project, other_id, members_too=True)
        if other.group is not None and other.group != head.id:
            raise RemarkError(_IN_GROUP, id=other.id, head=other.group)
        if (other.round, other.agency, other.act, other.address) != (
            head.round, head.agency, head.act, head.address,
        ):  # fmt: skip
            raise RemarkError(
                N_("Remarks {head} and {id} are not of the same agency, round and unit, so "
                   "they cannot be grouped."),
                head=head.id, id=other.id,
            )  # fmt: skip
        if other.status not in ("new", head.status):
            raise RemarkError(
                N_("Remark {id} is decided ({status}) and remark {head} is not decided so; "
                   "take one of the decisions back first."),
                id=other.id, status=other.status, head=head.id,
            )  # fmt: skip
        joining += [other.id, *its_members]
    with project.transaction():
        project.update_remarks(joining, group=head.id)
        project.update_remarks(
            joining, status=head.status, resolution=head.resolution,
            decided_by=head.decided_by, decided_at=head.decided_at, settled=head.settled,
        )  # fmt: skip
    return _find(project, head.id)[0]


def ungroup(project: Project, remark_id: int) -> r.Remark:
    """Take an item out of its group, or (for a group's head) every item out of the group; the
    items keep the decision they had. Returns the remark ``remark_id``."""
    _writable(project)
    remark, members = _find(project, remark_id, members_too=True)
    if remark.group is not None:
        project.update_remarks([remark_id], group=None)
    elif members:
        project.update_remarks(members, group=None)
    else:
        raise RemarkError(N_("Remark {id} is not grouped."), id=remark_id)
    return _find(project, remark_id, members_too=True)[0]


# `RemarkChanges.repeats`: let `repeated()` decide again.
AUTO = "auto"


@dataclass
class RemarkChanges:
    """What ``drafter remark`` changes on one remark (None / KEEP / empty: leave as it is)."""

    text: str | None = None
    grounds: str | None = None
    grounds_kind: str | None = None
    severity: str | None = None
    proposed: str | None = KEEP  # None clears the agency's wording
    settled: bool | None = None
    repeats: int | str | None = KEEP  # an earlier remark's id, None (repeats nothing) or AUTO
    group: list[int] = field(default_factory=list)  # items to group into this remark
    ungroup: bool = False


def change_remark(
    project_path: str | os.PathLike[str], remark_id: int, changes: RemarkChanges
) -> tuple[r.Remark, list[tuple[str, Any, Any]]]:
    """``drafter remark``: make ``changes`` to one remark in one transaction (all or nothing).
    Returns the remark and what changed: (field, before, after) for grounds, text, severity...,
    "repeats" (the remark it repeats now, by hand or found), "group" and "members"."""
    if changes == RemarkChanges():
        raise RemarkError(
            N_("Say what to change: --text, --grounds, --grounds-kind, --severity, --proposed, "
               "--settled, --repeats, --group or --ungroup.")
        )  # fmt: skip
    with open_project(Path(project_path)) as project:
        _writable(project)
        before = _fields(project, remark_id)
        with project.transaction():
            if changes.ungroup:
                ungroup(project, remark_id)
            if changes.group:
                group_remarks(project, [remark_id, *changes.group])
            edit_remark(
                project, remark_id, text=changes.text, grounds=changes.grounds,
                grounds_kind=changes.grounds_kind, severity=changes.severity,
                proposed=changes.proposed,
            )  # fmt: skip
            if changes.settled is not None:
                set_settled(project, remark_id, changes.settled)
            if changes.repeats == AUTO:
                unlink_auto(project, remark_id)
            elif changes.repeats is not KEEP:
                assert not isinstance(changes.repeats, str)
                link_remark(project, remark_id, changes.repeats)
        after = _fields(project, remark_id)
        remark = _find(project, remark_id, members_too=True)[0]
    return remark, [(k, before[k], after[k]) for k in before if before[k] != after[k]]


def _fields(project: Project, remark_id: int) -> dict[str, Any]:
    """What ``drafter remark`` reports as changed on a remark."""
    everything = project.remarks()
    x, members = _find(project, remark_id, members_too=True)
    answers = {(n.number, y.agency): y.status for n in project.rounds() for y in n.recipients}
    return {
        "text": x.text,
        "grounds": x.grounds,
        "grounds_kind": x.grounds_kind,
        "severity": r.severity_of(x, answers.get((x.round, x.agency), "")),
        "proposed": x.proposed,
        "settled": x.settled,
        "repeats": r.repeated(everything).get(x.id),
        "link": x.link,
        "group": x.group,
        "members": members,
    }


def _writable(project: Project) -> None:
    if project.read_only:
        raise ProjectError(
            N_("{name} is open read-only, so its remarks cannot be changed."), name=project.name
        )


def _find(
    project: Project, remark_id: int, *, members_too: bool = False
) -> tuple[r.Remark, list[int]]:
    """The remark ``remark_id`` and the ids of the items grouped into it; RemarkError when there
    is no such remark, or when it is itself grouped into another (unless ``members_too``)."""
    everything = project.remarks()
    remark = next((x for x in everything if x.id == remark_id), None)
    if remark is None:
        raise RemarkError(_NO_REMARK, name=project.name, id=remark_id)
    if remark.group is not None and not members_too:
        raise RemarkError(_IN_GROUP, id=remark_id, head=remark.group)
    return remark, [x.id for x in everything if x.group == remark_id]


def _decider(project: Project) -> str:
    author = project.metadata().get("author")
    return str(author or os.environ.get("USER") or os.environ.get("USERNAME") or DEFAULT_AUTHOR)


def agency_wording(
    project: Project, remark: r.Remark
) -> tuple[m.Proposal | None, m.Proposal | None, str]:
    """The draft's proposal of the remark's unit before and after taking the agency's wording,
    and the top-level unit's address; RemarkError when the unit or the quoted words are gone."""
    slug = remark.act
    gone = RemarkError(
        N_("Remark {id} is on {address} of {act}, which the draft no longer has; "
           "decide it with --keep-draft."),
        id=remark.id, address=remark.address or "?", act=slug or "?",
    )  # fmt: skip
    if slug and slug not in project.act_slugs():
        raise RemarkError(
            N_("Remark {id} is on {act}, which is no longer in the project; "
               "decide it with --keep-draft."),
            id=remark.id, act=slug,
        )  # fmt: skip
    if not remark.address:
        raise gone
    current = project.act(slug)
    act_draft = project.draft().for_act(slug)
    proposed = proposed_act(current, act_draft)
    top = next(
        (u for u in proposed.top_units() if remark.address == u.address
         or remark.address.startswith(u.address + "/")),
        None,
    )  # fmt: skip
    if top is None:
        raise gone
    new_top = top.copy()
    unit = next((u for u in new_top.walk() if u.address == remark.address), None)
    if unit is None:
        raise gone
    part = _ROLE_FIELDS.get(remark.role, "text")
    words = getattr(unit, part)
    assert remark.proposed is not None
    if remark.quote:
        if remark.quote not in words:
            raise RemarkError(
                N_("The words «{quote}» are no longer in {address}; "
                   "decide remark {id} with --keep-draft."),
                quote=remark.quote, address=remark.address, id=remark.id,
            )  # fmt: skip
        words = words.replace(remark.quote, remark.proposed, 1)
    else:
        words = remark.proposed
    setattr(unit, part, words)
    before = act_draft.proposals.get(top.address)
    current_top = current.find(top.address)
    after: m.Proposal | None
    if before is not None and before.status == m.ADDED:
        after = m.Proposal(top.address, m.ADDED, new_top, before.after)
    elif current_top is not None and units_equal(new_top, current_top):
        after = None
    else:
        after = m.Proposal(top.address, m.CHANGED, new_top)
    return before, after, top.address


def _apply(
    project: Project,
    remark: r.Remark,
    before: m.Proposal | None,
    after: m.Proposal | None,
    address: str,
) -> None:
    """Write the new proposal and its undo entry (the redo history after the saved position
    is dropped, as a new edit in the app drops it)."""
    if after is None:
        project.remove_proposal(remark.act, address)
    else:
        project.set_proposal(remark.act, after)
    entries = project.undo_entries()
    index = max(0, min(int(project.settings_get("undo_index", len(entries))), len(entries)))
    project.truncate_undo(index)
    project.append_undo(
        {
            "kind": "proposal",
            "label": f"remark {remark.id} ({remark.agency})",
            "act": remark.act,
            "address": address,
            "before": proposal_to_dict(before) if before else None,
            "after": proposal_to_dict(after) if after else None,
        }
    )
    project.settings_set("undo_index", index + 1)
