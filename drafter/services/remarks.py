"""Remarks as the drafter works with them: list them (`drafter remarks`) and decide on one
(`drafter resolve`), applying an accepted agency's wording to the draft as one undoable edit."""

from __future__ import annotations

import os
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

_ROLE_FIELDS = {"heading": "heading", "closing": "closing"}  # any other role: the unit's text


class RemarkError(DrafterError):
    """A remark that cannot be decided as asked (unknown, already decided, its unit gone...)."""


def list_remarks(
    project_path: str | os.PathLike[str], number: int | None = None, agency: str | None = None
) -> list[dict[str, Any]]:
    """``drafter remarks --json``: the remarks of the project, of round ``number`` and of
    ``agency`` when given."""
    with open_project(Path(project_path), read_only=True) as project:
        found = project.find_agency(agency) if agency is not None else None
        if agency is not None and found is None:
            raise RemarkError(N_("{name} has no agency «{agency}»."), name=project.name,
                              agency=agency)  # fmt: skip
        everything = project.remarks()
    links = r.repeated(everything)
    return [
        remark_json(x, links.get(x.id))
        for x in everything
        if (number is None or x.round == number)
        and (found is None or r.same_name(x.agency, found.short_name))
    ]


def remark_json(remark: r.Remark, repeats: int | None) -> dict[str, Any]:
    """One remark as ``drafter remarks --json`` prints it."""
    decided = remark.status != "new"
    return {
        "id": remark.id,
        "round": remark.round,
        "agency": remark.agency,
        "act": remark.act or None,
        "address": remark.address or None,
        "kind": remark.kind,
        "severity": r.severity_of(remark),
        "quote": remark.quote,
        "text": remark.text or None,
        "grounds": None,
        "proposed": remark.proposed,
        "status": remark.status,
        "resolution": remark.resolution if decided else None,
        "decided_by": remark.decided_by if decided else None,
        "decided_at": remark.decided_at if decided else None,
        "settled": remark.settled,
        "repeats": repeats,
    }


def resolve_remark(
    project_path: str | os.PathLike[str],
    remark_id: int,
    status: str,
    reason: str,
    *,
    keep_draft: bool = False,
) -> tuple[r.Remark, bool]:
    """Decide on remark ``remark_id`` in the project at ``project_path``; see :func:`resolve`."""
    with open_project(Path(project_path)) as project:
        return resolve(project, remark_id, status, reason, keep_draft=keep_draft)


def resolve(
    project: Project, remark_id: int, status: str, reason: str, *, keep_draft: bool = False
) -> tuple[r.Remark, bool]:
    """Record the decision on one remark: its status, the reasoning, who decided and when.

    Accepting a remark that brings a wording also applies it to the draft as one undoable edit
    (unless ``keep_draft``). Returns the remark and whether the draft changed. Everything is
    checked before anything is written.
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
    remark = next((x for x in project.remarks() if x.id == remark_id), None)
    if remark is None:
        raise RemarkError(N_("{name} has no remark {id}."), name=project.name, id=remark_id)
    if remark.status != "new":
        raise RemarkError(
            N_("Remark {id} is already decided ({status}, by {by} on {at})."),
            id=remark_id,
            status=remark.status,
            by=remark.decided_by or "?",
            at=remark.decided_at or "?",
        )
    edit = None
    if status == "accepted" and remark.proposed is not None and not keep_draft:
        edit = agency_wording(project, remark)
    by = _decider(project)
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    with project.transaction():
        if edit is not None:
            _apply(project, remark, *edit)
        project.set_decision(remark.id, status, reason.strip(), by, at)
    remark.status, remark.resolution, remark.decided_by, remark.decided_at = (
        status, reason.strip(), by, at,
    )  # fmt: skip
    return remark, edit is not None


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
    if not remark.address or slug not in project.act_slugs():
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
    field = _ROLE_FIELDS.get(remark.role, "text")
    words = getattr(unit, field)
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
    setattr(unit, field, words)
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
