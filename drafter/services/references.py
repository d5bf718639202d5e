"""Consequential references of a project's draft: `drafter references`, the bundle's list, the
app's panel."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.references import (
    MUST_AMEND,
    Consequence,
    consequences,
    entry,
    entry_lines,
    excerpt,
    short_address,
    short_name,
)
from drafter.io.project import Project
from drafter.services.projects import open_project


def find_consequences(acts: list[m.Act], draft: m.Draft) -> list[Consequence]:
    """The references in ``acts`` to units ``draft`` repeals, renumbers or changes."""
    acts = [assign_addresses(a.copy()) for a in acts]
    return consequences(acts, draft)


def reference_json(found: Consequence, acts: dict[str, m.Act]) -> dict[str, Any]:
    """One reference as ``drafter references --json`` prints it."""
    ref = found.reference
    return {
        "act": ref.act,
        "act_name": short_name(acts[ref.act]),
        "unit": ref.unit,
        "unit_label": short_address(ref.unit),
        "text": ref.text,
        "excerpt": excerpt(ref.text, found.label),
        "label": found.label,
        "cited_act": ref.cited_act,
        "cited_act_name": short_name(acts[ref.cited_act]),
        "cited": found.cited,
        "cited_label": short_address(found.cited),
        "status": found.status,
        "verdict": found.verdict,
    }


def references_of(acts: list[m.Act], draft: m.Draft) -> list[dict[str, Any]]:
    """The references in ``acts`` to the units ``draft`` affects, as ``reference_json`` gives
    them, in the order of the citing acts (the app's panel shows these)."""
    by_slug = {a.slug: a for a in acts}
    return [reference_json(c, by_slug) for c in find_consequences(acts, draft)]


def references_json(project: Project) -> list[dict[str, Any]]:
    """The references of ``project``'s acts to the units its draft affects, in the order of
    the citing acts ("verdict": "amend" must be amended, "check" to check)."""
    return references_of(project.acts(), project.draft())


def list_references(project_path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """``drafter references --json`` on the project file at ``project_path``."""
    with open_project(Path(project_path), read_only=True) as project:
        return references_json(project)


def reference_entries(
    acts: list[m.Act], draft: m.Draft, language: str | None = None
) -> list[dict[str, str]]:
    """The bundle's list of references (the перечень's entries): act, unit, text, cited,
    verdict — document text in the draft's language (ru for the ru style, else en)."""
    lang = language or ("ru" if draft.style == "ru" else "en")
    by_slug = {a.slug: a for a in acts}
    return [entry(c, by_slug, lang) for c in find_consequences(acts, draft)]


def reference_lines(acts: list[m.Act], draft: m.Draft, language: str | None = None) -> list[str]:
    """The перечень's lines for the references (one per citing unit): what the bundle's list of
    acts takes as its entries (``write_bundle(..., package_entries=...)``)."""
    lang = language or ("ru" if draft.style == "ru" else "en")
    by_slug = {a.slug: a for a in acts}
    return entry_lines(find_consequences(acts, draft), by_slug, lang)


def citing_units(acts: list[m.Act], draft: m.Draft) -> dict[tuple[str, str], str]:
    """(act slug, unit address) of every unit citing a unit the draft affects → its verdict
    ("amend" when any of its references must be amended, else "check"): the tree's marks."""
    marks: dict[tuple[str, str], str] = {}
    for found in find_consequences(acts, draft):
        key = (found.reference.act, found.reference.unit)
        if marks.get(key) != MUST_AMEND:
            marks[key] = found.verdict
    return marks
