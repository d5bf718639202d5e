"""Exports: a draft's bundle (bill, comparison tables, redlines, manifest) and single redlines."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from drafter import __version__
from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.draft import proposals_between, proposed_act
from drafter.errors import DrafterError, ExportError
from drafter.io.docx_redline import changed_top_units
from drafter.io.files import umask

BILL_NAME = "bill.docx"
MANIFEST_NAME = "manifest.json"
DEFAULT_AUTHOR = "Drafter"


@dataclass
class BundleResult:
    """What was exported: the folder, its files and the bookmark map of each redline."""

    path: Path
    files: list[str] = field(default_factory=list)
    bookmarks: dict[str, dict[str, str]] = field(default_factory=dict)  # slug -> name -> address
    warnings: list[str] = field(default_factory=list)


def _stamp(export_date: datetime | date | None) -> datetime:
    if export_date is None:
        return datetime.now(UTC).replace(microsecond=0)
    if isinstance(export_date, datetime):
        stamp = export_date if export_date.tzinfo else export_date.replace(tzinfo=UTC)
        return stamp.astimezone(UTC).replace(microsecond=0)
    return datetime.combine(export_date, time(0, 0), tzinfo=UTC)


def _check_target(target: Path) -> None:
    if target.exists() or target.is_symlink():
        if target.is_dir() and not target.is_symlink() and not any(target.iterdir()):
            return
        raise ExportError(
            f"{target.name} already exists in {target.parent}; choose a new folder name for "
            "the bundle."
        )
    if not target.parent.is_dir():
        raise ExportError(f"Cannot export to {target}: the folder {target.parent} does not exist.")


def _usual_permissions(folder: Path, names: list[str]) -> None:
    """A bundle made by mkdtemp is private (0700): give it and its files the permissions any
    new folder and file of this process gets (0777 / 0666 less the umask)."""
    mask = umask()
    for name in names:
        os.chmod(folder / name, 0o666 & ~mask)
    os.chmod(folder, 0o777 & ~mask)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plan_and_bill(draft: m.Draft, acts: list[m.Act], proposed: dict[str, m.Act]):
    try:
        from drafter.core.plan import plan
        from drafter.core.styles import render_bill
    except ImportError as exc:  # pragma: no cover - a build without the engine
        raise ExportError(
            f"The bill cannot be written: the drafting engine is missing ({exc})."
        ) from exc
    ops_by_act = {act.slug: plan(act, proposed[act.slug]) for act in acts}
    try:
        return render_bill(draft, acts, ops_by_act)
    except DrafterError:
        raise
    except ImportError as exc:
        raise ExportError(
            f"The bill cannot be written: this build has no {draft.style!r} drafting style yet."
        ) from exc
    except ValueError as exc:
        raise ExportError(f"The bill cannot be written: {exc}.") from exc


def export_bundle(
    draft: m.Draft,
    acts: list[m.Act],
    out_dir: str | os.PathLike[str],
    *,
    export_date: datetime | date | None = None,
    author: str | None = None,
) -> Path:
    """Write the draft's bundle to the new folder ``out_dir``; see :func:`write_bundle`."""
    return write_bundle(draft, acts, out_dir, export_date=export_date, author=author).path


def write_bundle(
    draft: m.Draft,
    acts: list[m.Act],
    out_dir: str | os.PathLike[str],
    *,
    export_date: datetime | date | None = None,
    author: str | None = None,
    redline_scope: str = "whole",
) -> BundleResult:
    """Write the draft's bundle to the new folder ``out_dir`` (DESIGN.md "The bundle").

    ``bill.docx``, ``comparison-<slug>.docx`` and ``consolidated-<slug>.docx`` per amended act,
    and ``manifest.json`` with each file's SHA-256. Everything is written into a temporary
    folder beside ``out_dir`` and renamed at the end, so a failure leaves nothing behind. The
    same input and export date give byte-identical files.
    """
    from drafter.io.docx_bill import write_bill
    from drafter.io.docx_compare import write_comparison
    from drafter.io.docx_redline import write_redline

    target = Path(out_dir)
    stamp = _stamp(export_date)
    author = author or draft.agency or DEFAULT_AUTHOR
    by_slug = {act.slug: act for act in acts}
    amended: list[m.Act] = []
    proposed: dict[str, m.Act] = {}
    unchanged: list[str] = []
    for act_draft in draft.acts:
        act = by_slug.get(act_draft.slug)
        if act is None:
            raise ExportError(f"The draft amends {act_draft.slug}, but that act is not loaded.")
        act = assign_addresses(act.copy())
        after = proposed_act(act, act_draft)
        if not act_draft.proposals or not changed_top_units(act, after):
            unchanged.append(act.title or act.slug)
            continue
        amended.append(act)
        proposed[act.slug] = after
    if not amended:
        which = f" ({', '.join(unchanged)} has no changes)" if unchanged else ""
        raise ExportError(
            f"The draft makes no changes yet{which}, so there is nothing to export; "
            "propose a change first."
        )
    _check_target(target)
    bill = _plan_and_bill(draft, amended, proposed)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as exc:
        raise ExportError(
            f"Cannot write the bundle in {target.parent}: {exc.strerror or exc}."
        ) from exc
    result = BundleResult(target, warnings=list(getattr(bill, "warnings", [])))
    result.warnings += [f"{name} has no changes in the draft and is left out" for name in unchanged]
    try:
        write_bill(bill, tmp / BILL_NAME, style=draft.style, author=author, date=stamp)
        names = [BILL_NAME]
        for act in amended:
            after = proposed[act.slug]
            comparison = f"comparison-{act.slug}.docx"
            write_comparison(
                act,
                after,
                tmp / comparison,
                author=author,
                date=stamp,
                style=draft.style,
                draft_title=bill.title,
            )
            consolidated = f"consolidated-{act.slug}.docx"
            redline = write_redline(
                act,
                after,
                tmp / consolidated,
                author=author,
                date=stamp,
                scope=redline_scope,
                style=draft.style,
            )
            result.bookmarks[act.slug] = redline.bookmarks
            names += [comparison, consolidated]
        manifest = {
            "generator": f"Drafter {__version__}",
            "draft": {
                "title": bill.title,
                "agency": draft.agency,
                "style": draft.style,
                "export_date": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
            "round": None,
            "acts": [
                {
                    "slug": act.slug,
                    "title": act.title,
                    "edition_date": act.edition_date,
                    "changed_units": changed_top_units(act, proposed[act.slug]),
                }
                for act in amended
            ],
            "files": [{"name": n, "sha256": _sha256(tmp / n)} for n in sorted(names)],
        }
        (tmp / MANIFEST_NAME).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        result.files = [*sorted(names), MANIFEST_NAME]
        _usual_permissions(tmp, result.files)
        if target.is_dir():  # an empty folder the user picked
            target.rmdir()
        os.replace(tmp, target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(f"Cannot write the bundle {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


def export_project(
    project_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    export_date: datetime | date | None = None,
) -> BundleResult:
    """Export the bundle of the project's draft; its bookmark maps are kept in the project.

    The maps (bookmark → unit address) let a copy returned by an agency be read back onto the
    units; each export replaces the previous map of each act, in one transaction.
    """
    from drafter.io.project import Project

    project = Project.open(Path(project_path))
    try:
        result = write_bundle(project.draft(), project.acts(), out_dir, export_date=export_date)
        if not project.read_only:
            with project.transaction():
                for slug, bookmarks in result.bookmarks.items():
                    project.set_bookmarks(slug, bookmarks)
    finally:
        project.close()
    return result


def redline_files(
    before: str | os.PathLike[str],
    after: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    author: str | None = None,
    date: datetime | None = None,
    style: str | None = None,
) -> Path:
    """``drafter redline``: AFTER (a whole act or some of its articles) against BEFORE.

    A whole AFTER gives the whole consolidated act; a fragment, the amended articles only.
    """
    from drafter.io.docx_redline import write_redline
    from drafter.services.acts import load_act

    base = load_act(before).act
    new = load_act(after, slug=base.slug, profile=base.profile).act
    act_draft = m.ActDraft(base.slug, proposals_between(base, new))
    proposed = proposed_act(base, act_draft)
    whole = {u.address for u in base.top_units()} <= {u.address for u in new.top_units()}
    write_redline(
        base,
        proposed,
        Path(output),
        author=author or DEFAULT_AUTHOR,
        date=date,
        scope="whole" if whole else "changed",
        style=style,
    )
    return Path(output)
