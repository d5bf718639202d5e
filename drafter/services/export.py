"""Exports: a draft's bundle (bill, comparison tables, redlines, manifest) and single redlines."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import partial
from pathlib import Path
from typing import TypeVar

from drafter import __version__
from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.address import assign_addresses
from drafter.core.draft import proposals_between, proposed_act
from drafter.core.plan import plan
from drafter.core.profiles import get_profile
from drafter.core.renumbering import renumbering_warnings
from drafter.core.restate import forms_for, unhonoured
from drafter.core.styles import RenderedBill, render_bill
from drafter.errors import Cancelled, DrafterError, ExportError
from drafter.io import scratch
from drafter.io.docx_elements import w_date
from drafter.io.docx_redline import changed_top_units
from drafter.io.files import umask
from drafter.messages import N_, Message, message
from drafter.services.acts import load_act
from drafter.services.package import package_documents
from drafter.services.projects import open_project, store_bookmarks
from drafter.services.references import reference_lines

BILL_NAME = "bill.docx"
MANIFEST_NAME = "manifest.json"
DEFAULT_AUTHOR = "Drafter"

Progress = Callable[[int, int], None]  # (files written, files in all)
IsCancelled = Callable[[], bool]
_T = TypeVar("_T")

_NO_FOLDER = N_("Cannot export to {target}: the folder {folder} does not exist.")
_NO_CHANGES = N_(
    "The draft makes no changes yet, so there is nothing to export; propose a change first."
)
_CANNOT_WRITE = N_("Cannot write the bundle {target}: {reason}.")


@dataclass
class BundleResult:
    """What was exported: the folder, its files and the bookmark map of each redline."""

    path: Path
    files: list[str] = field(default_factory=list)
    bookmarks: dict[str, dict[str, str]] = field(default_factory=dict)  # slug -> name -> address
    warnings: list[Message | str] = field(default_factory=list)
    sent: dict[str, list[r.SentParagraph]] = field(default_factory=dict)  # round files only
    kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (kind, act)
    manifest: str = ""  # manifest.json as written


@dataclass(frozen=True)
class RoundInfo:
    """Marks a bundle as round ``number`` of project ``project`` (DESIGN.md "The bundle")."""

    number: int
    project: str
    recipients: tuple[str, ...] = ()


def build_bill(
    draft: m.Draft, acts: list[m.Act], proposed: dict[str, m.Act] | None = None
) -> RenderedBill | None:
    """The amending bill of ``draft`` in its style; None when no act has a proposal yet.

    Each act with proposals is planned against its proposed text (``proposed``, by slug, when
    the caller has it already), each unit in the form the drafter chose (``draft.forms``), and
    the bill renders all of them; renumbering in the proposed text is among its warnings.
    ExportError when the style cannot render it.
    """
    ops_by_act: dict[str, list[m.Operation]] = {}
    renumbered: list[Message] = []
    for act in acts:
        act_draft = next((a for a in draft.acts if a.slug == act.slug), None)
        if act_draft is None or not act_draft.proposals:
            continue
        after = proposed[act.slug] if proposed is not None else proposed_act(act, act_draft)
        ops_by_act[act.slug] = plan(act, after, forms=forms_for(draft.forms, act.slug))
        renumbered.extend(renumbering_warnings(act, after, ops_by_act[act.slug]))
        renumbered.extend(unhonoured(forms_for(draft.forms, act.slug), ops_by_act[act.slug]))
    if not ops_by_act:
        return None
    try:
        bill = render_bill(draft, acts, ops_by_act)
        bill.warnings.extend(renumbered)
        return bill
    except ValueError as exc:  # an unknown style (DrafterError), or a bug in a style
        reason = exc.msg if isinstance(exc, DrafterError) else str(exc)
        raise ExportError(N_("The bill cannot be written: {reason}."), reason=reason) from exc


def _stamp(export_date: datetime | date | None) -> datetime:
    if export_date is None:
        return datetime.now(UTC).replace(microsecond=0)
    if isinstance(export_date, datetime):
        stamp = export_date if export_date.tzinfo else export_date.replace(tzinfo=UTC)
        return stamp.astimezone(UTC).replace(microsecond=0)
    return datetime.combine(export_date, time(0, 0), tzinfo=UTC)


def check_target(target: Path) -> None:
    """Refuse a bundle folder that exists (unless empty) or whose parent folder does not."""
    if target.exists() or target.is_symlink():
        if target.is_dir() and not target.is_symlink() and not any(target.iterdir()):
            return
        raise ExportError(
            N_("{name} already exists in {folder}; choose a new folder name for the bundle."),
            name=target.name,
            folder=str(target.parent.absolute()),
        )
    if not target.parent.is_dir():
        raise ExportError(_NO_FOLDER, target=str(target), folder=str(target.parent))


def usual_permissions(folder: Path, names: list[str]) -> None:
    """A bundle made by mkdtemp is private (0700): give it and its files the permissions any
    new folder and file of this process gets (0777 / 0666 less the umask)."""
    mask = umask()
    for name in names:
        os.chmod(folder / name, 0o666 & ~mask)
    os.chmod(folder, 0o777 & ~mask)


def move_into_place(tmp: Path, target: Path) -> None:
    """The finished temporary folder becomes ``target`` (replacing it if it is empty)."""
    scratch.unmark(tmp)
    if target.is_dir():  # an empty folder the user picked
        target.rmdir()
    os.replace(tmp, target)
    scratch.forget(tmp)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_bundle(
    draft: m.Draft,
    acts: list[m.Act],
    out_dir: str | os.PathLike[str],
    *,
    export_date: datetime | date | None = None,
    author: str | None = None,
    redline_scope: str = "whole",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    round_info: RoundInfo | None = None,
    package_entries: Sequence[str] | None = None,
) -> BundleResult:
    """Write the draft's bundle to the new folder ``out_dir`` (DESIGN.md "The bundle").

    ``bill.docx``, ``comparison-<slug>.docx`` and ``consolidated-<slug>.docx`` per amended act,
    and ``manifest.json`` with each file's SHA-256. Everything is written into a temporary
    folder beside ``out_dir`` and renamed at the end, so a failure leaves nothing behind. The
    same input and export date give byte-identical files.

    ``progress(done, total)`` is called after each file; ``cancelled()`` is asked before each
    file, and when it says True the temporary folder is removed and :class:`Cancelled` raised.

    With ``round_info`` the bundle is that round's: every paragraph of every file carries its
    own bookmark, every file its identity, the manifest the round, and ``result.sent`` holds the
    paragraphs as sent.

    Without ``round_info`` the package (services/package.py) follows the bill: the explanatory
    note, the financial justification and the list of acts, whose lines are ``package_entries``
    (by default the units of the project's acts citing what the draft repeals, renumbers or
    changes: services/references.py).
    """
    from drafter.io.docx_bill import write_bill
    from drafter.io.docx_compare import write_comparison
    from drafter.io.docx_package_docs import write_package_document
    from drafter.io.docx_redline import write_redline
    from drafter.io.docx_round import RoundMark, write_round_redline

    target = Path(out_dir)
    stamp = _stamp(export_date)
    author = author or draft.agency or DEFAULT_AUTHOR
    by_slug = {act.slug: act for act in acts}
    amended: list[m.Act] = []
    proposed: dict[str, m.Act] = {}
    unchanged: list[str] = []
    for act_draft in draft.acts:
        found = by_slug.get(act_draft.slug)
        if found is None:
            raise ExportError(
                N_("The draft amends {slug}, but that act is not loaded."), slug=act_draft.slug
            )
        act = assign_addresses(found.copy())
        after = proposed_act(act, act_draft)
        if not act_draft.proposals or not changed_top_units(act, after):
            unchanged.append(act.title or act.slug)
            continue
        amended.append(act)
        proposed[act.slug] = after
    if not amended:
        if unchanged:
            raise ExportError(
                N_(
                    "The draft makes no changes yet ({acts} has no changes), so there is nothing "
                    "to export; "
                    "propose a change first."
                ),
                acts=", ".join(unchanged),
            )
        raise ExportError(_NO_CHANGES)
    check_target(target)
    bill = build_bill(draft, amended, proposed)
    assert bill is not None  # every amended act has proposals
    scratch.remove_leftovers(target.parent)  # of an export killed before
    try:
        tmp = scratch.make_dir(target.parent, target.name)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError(
            N_("Cannot write the bundle in {folder}: {reason}."),
            folder=str(target.parent),
            reason=reason,
        ) from exc
    result = BundleResult(target, warnings=list(bill.warnings))
    result.warnings += [
        message(N_("{name} has no changes in the draft and is left out"), name=name)
        for name in unchanged
    ]
    # A round's files are kept as sent (bill, comparison, consolidated): its bundle has no package.
    if package_entries is None and not round_info:
        package_entries = reference_lines(acts, draft)
    package = (
        [] if round_info else package_documents(draft, amended, bill.title, package_entries or ())
    )
    total = 2 + 2 * len(amended) + len(package)  # bill, two per act, package, manifest
    names: list[str] = []

    def write(name: str, writer: Callable[[Path], _T]) -> _T:
        if cancelled is not None and cancelled():
            raise Cancelled(N_("The export was cancelled; nothing was written."))
        written = writer(tmp / name)
        names.append(name)
        if progress is not None:
            progress(len(names), total)
        return written

    marks: dict[str, RoundMark] = {}

    def mark(name: str, kind: str, act: str) -> RoundMark | None:
        result.kinds[name] = (kind, act)
        if round_info is None:
            return None
        identity = r.FileIdentity(
            round_info.project, round_info.number, name, kind, act, w_date(stamp)
        )
        marks[name] = RoundMark(identity)
        return marks[name]

    try:
        bill_mark = mark(BILL_NAME, "bill", "")
        articles = r.bill_targets(bill.articles, amended, draft.style) if bill_mark else None
        write(
            BILL_NAME,
            partial(
                write_bill,
                bill,
                style=draft.style,
                author=author,
                date=stamp,
                mark=bill_mark,
                articles=articles,
            ),
        )
        for name, doc in package:
            write(
                name,
                partial(
                    write_package_document, doc=doc, style=draft.style, author=author, date=stamp
                ),
            )
        for act in amended:
            after = proposed[act.slug]
            name = f"comparison-{act.slug}.docx"
            write(
                name,
                partial(
                    write_comparison,
                    act,
                    after,
                    author=author,
                    date=stamp,
                    style=draft.style,
                    draft_title=bill.title,
                    mark=mark(name, "comparison", act.slug),
                ),
            )
            name = f"consolidated-{act.slug}.docx"
            consolidated = mark(name, "consolidated", act.slug)
            if consolidated is not None:
                result.bookmarks[act.slug] = write(
                    name,
                    partial(
                        write_round_redline,
                        act,
                        after,
                        mark=consolidated,
                        author=author,
                        date=stamp,
                        scope=redline_scope,
                        style=draft.style,
                    ),
                )
                continue
            redline = write(
                name,
                partial(
                    write_redline,
                    act,
                    after,
                    author=author,
                    date=stamp,
                    scope=redline_scope,
                    style=draft.style,
                ),
            )
            result.bookmarks[act.slug] = redline.bookmarks
        result.sent = {name: marks[name].sent for name in names if name in marks}
        documents = sorted(names)
        manifest = {
            "generator": f"Drafter {__version__}",
            "draft": {
                "title": bill.title,
                "agency": draft.agency,
                "style": draft.style,
                "export_date": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
            "round": None
            if round_info is None
            else {
                "number": round_info.number,
                "date": stamp.date().isoformat(),
                "recipients": list(round_info.recipients),
            },
            "acts": [
                {
                    "slug": act.slug,
                    "title": act.title,
                    "edition_date": act.edition_date,
                    "changed_units": changed_top_units(act, proposed[act.slug]),
                }
                for act in amended
            ],
            "files": [{"name": n, "sha256": _sha256(tmp / n)} for n in documents],
        }
        manifest_text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        write(MANIFEST_NAME, partial(Path.write_text, data=manifest_text, encoding="utf-8"))
        result.manifest = manifest_text
        result.files = [*documents, MANIFEST_NAME]
        usual_permissions(tmp, result.files)
        scratch.pause_point("bundle")
        move_into_place(tmp, target)
    except OSError as exc:
        scratch.remove(tmp)
        reason = exc.strerror or str(exc)
        raise ExportError(_CANNOT_WRITE, target=str(target), reason=reason) from exc
    except BaseException:
        scratch.remove(tmp)
        raise
    return result


def export_project(
    project_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    export_date: datetime | date | None = None,
    package_entries: Sequence[str] | None = None,
) -> BundleResult:
    """Export the bundle of the project's draft; its bookmark maps are kept in the project.
    ``package_entries``: the lines of the package's list of acts (see :func:`write_bundle`).

    The maps (bookmark → unit address) let a copy returned by an agency be read back onto the
    units; each export replaces the previous map of each act, in one transaction.
    """
    with open_project(Path(project_path)) as project:
        result = write_bundle(
            project.draft(),
            project.acts(),
            out_dir,
            export_date=export_date,
            package_entries=package_entries,
        )
        store_bookmarks(project, result.bookmarks)
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

    scratch.remove_leftovers(Path(output).parent)  # of a redline killed before
    base = load_act(before).act
    new = load_act(after, slug=base.slug, profile=get_profile(base.profile)).act
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
