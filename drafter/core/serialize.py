"""Acts, units and drafts to and from plain dicts (JSON for ``show --json`` and the project)."""

from __future__ import annotations

from dataclasses import asdict

from drafter.core import model as m


def unit_to_dict(unit: m.Unit) -> dict:
    return {
        "address": unit.address,
        "kind": unit.kind,
        "number": unit.number,
        "heading": unit.heading,
        "text": unit.text,
        "closing": unit.closing,
        "repealed": unit.repealed,
        "status": unit.status,
        "notes": list(unit.notes),
        "children": [unit_to_dict(c) for c in unit.children],
    }


def unit_from_dict(data: dict) -> m.Unit:
    return m.Unit(
        kind=data["kind"],
        number=data.get("number", ""),
        heading=data.get("heading", ""),
        text=data.get("text", ""),
        closing=data.get("closing", ""),
        repealed=bool(data.get("repealed", False)),
        notes=list(data.get("notes", [])),
        address=data.get("address", ""),
        children=[unit_from_dict(c) for c in data.get("children", [])],
    )


ACT_FIELDS = (
    "slug",
    "title",
    "identifier",
    "kind",
    "date",
    "number",
    "sources",
    "edition_date",
    "edition_source",
    "language",
    "citation_style",
    "profile",
    "preamble",
    "notes",
)


def act_metadata(act: m.Act) -> dict:
    data = {name: getattr(act, name) for name in ACT_FIELDS}
    data["sources"] = list(act.sources)
    data["preamble"] = list(act.preamble)
    data["notes"] = list(act.notes)
    data["names"] = asdict(act.names)
    return data


def act_to_dict(act: m.Act) -> dict:
    """``{"act": {...metadata}, "units": [...]}`` — the shape of ``drafter show --json``."""
    return {"act": act_metadata(act), "units": [unit_to_dict(u) for u in act.units]}


def act_from_dict(data: dict) -> m.Act:
    meta = data["act"]
    act = m.Act(slug=meta["slug"])
    for name in ACT_FIELDS:
        if name in meta:
            value = meta[name]
            setattr(act, name, list(value) if isinstance(value, list) else value)
    act.names = m.NameForms(**meta.get("names", {}))
    act.units = [unit_from_dict(u) for u in data.get("units", [])]
    return act


def proposal_to_dict(proposal: m.Proposal) -> dict:
    return {
        "address": proposal.address,
        "status": proposal.status,
        "after": proposal.after,
        "unit": unit_to_dict(proposal.unit),
    }


def proposal_from_dict(data: dict) -> m.Proposal:
    return m.Proposal(
        address=data["address"],
        status=data["status"],
        after=data.get("after"),
        unit=unit_from_dict(data["unit"]),
    )
