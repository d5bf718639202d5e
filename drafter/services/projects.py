"""Project use cases: open, create, save as, import acts into, record proposals in, demo copy."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

from drafter.core import model as m
from drafter.core.draft import proposals_between
from drafter.core.normalize import normalize
from drafter.core.profiles import Profile
from drafter.errors import DrafterError, ProjectError
from drafter.io import scratch
from drafter.io.project import Project
from drafter.messages import N_, message
from drafter.services.acts import already_imported, load_act, same_act
from drafter.services.paths import user_data_dir

PROJECT_SUFFIX = ".drafter"

_OPEN_ELSEWHERE = N_("{name} is open in another Drafter; try again later")


@dataclass
class ImportReport:
    slug: str
    title: str
    units: int
    warnings: list[m.ImportWarning] = field(default_factory=list)
    source: str = ""  # the file's name, for «file:line:» warnings


@dataclass
class ProposeReport:
    slug: str
    source: str
    changed: int = 0
    added: int = 0
    repealed: int = 0
    unchanged: list[str] = field(default_factory=list)  # units given in their current wording


def open_project(path: Path | str, *, read_only: bool = False) -> Project:
    """Open the project at ``path`` (read-only when asked or when another Drafter has it).

    Temporary folders a killed run left beside it (a Save As, an export) are removed first.
    """
    path = Path(path)
    scratch.remove_leftovers(path.parent)
    return Project.open(path, read_only=read_only)


def create_project(path: Path | str) -> Project:
    """A new, empty project at ``path``; fails if anything exists there."""
    return Project.create(Path(path))


def with_project_suffix(path: Path) -> Path:
    """``path`` with the project suffix added when it has another one (or none)."""
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


def save_project_as(project: Project, path: Path, draft: m.Draft | None = None) -> None:
    """Copy ``project`` to ``path`` (SQLite's backup API) and continue in the copy.

    With ``draft``, its metadata and every act's proposals are then written into the copy in
    one transaction: the edits of a project opened read-only were never written to the file.
    """
    project.save_as(path)
    if draft is not None:
        project.save_draft(draft)


def store_bookmarks(project: Project, bookmarks: dict[str, dict[str, str]]) -> None:
    """Keep each act's bookmark map (bookmark -> unit address) of the latest export.

    One transaction replaces the maps of the acts given; a read-only project keeps its own.
    """
    if project.read_only or not bookmarks:
        return
    with project.transaction():
        for slug, mapping in bookmarks.items():
            project.set_bookmarks(slug, mapping)


def import_acts(
    project_path: Path | str, sources: list[Path | str], *, profile: Profile | None = None
) -> list[ImportReport]:
    """Add acts to a project, creating it if needed.

    Every source is read before anything is written, so a file that cannot be imported leaves
    the project as it was (and a project that did not exist is not created). An act the
    project already holds (the same title and text), or one given twice, is refused.
    """
    project_path = Path(project_path)
    names = [Path(source).name for source in sources]
    results = [load_act(source, profile=profile) for source in sources]
    created = not project_path.exists()
    if created and project_path.suffix != PROJECT_SUFFIX:
        raise ProjectError(
            N_("{name}: a new project's name must end with {suffix}"),
            name=project_path.name,
            suffix=PROJECT_SUFFIX,
        )
    project = Project.create(project_path) if created else Project.open(project_path)
    reports: list[ImportReport] = []
    try:
        if project.read_only:
            raise ProjectError(_OPEN_ELSEWHERE, name=project_path.name)
        held = project.acts() if not created else []
        for name, result in zip(names, results, strict=True):
            existing = same_act(held, result.act)
            if existing is not None:
                raise ProjectError(already_imported(name, existing))
            held.append(result.act)
        with project.transaction():
            for name, result in zip(names, results, strict=True):
                slug = project.add_act(result.act)
                count = sum(1 for _ in result.act.walk())
                reports.append(
                    ImportReport(slug, result.act.title, count, result.warnings, source=name)
                )
    except BaseException:
        project.close()
        if created:
            project_path.unlink(missing_ok=True)
        raise
    project.close()
    return reports


def choose_act(acts: list[m.Act], after: m.Act, slug: str | None, source: str) -> m.Act:
    """The act of the project an AFTER file amends: by slug, or by its articles and title."""
    if slug is not None:
        for act in acts:
            if act.slug == slug:
                return act
        known = ", ".join(a.slug for a in acts) or message(N_("none"))
        raise DrafterError(
            N_("{source}: the project has no act {slug} (acts: {known})"),
            source=source,
            slug=repr(slug),
            known=known,
        )
    if len(acts) == 1:
        return acts[0]
    if not acts:
        raise DrafterError(
            N_("{source}: the project has no acts yet; import one first"), source=source
        )
    wanted = {u.address: normalize(u.heading) for u in after.top_units()}
    best, best_score = None, 0.0
    for act in acts:
        have = {u.address: normalize(u.heading) for u in act.top_units()}
        common = [a for a in wanted if a in have]
        score = sum(1.0 + (wanted[a] == have[a]) for a in common)
        if normalize(after.title) and normalize(after.title) == normalize(act.title):
            score += 5
        if score > best_score:
            best, best_score = act, score
    if best is None:
        raise DrafterError(
            N_("{source}: cannot tell which act of the project it amends; name it with --act"),
            source=source,
        )
    return best


def propose(
    project_path: Path | str, after_files: list[Path | str], *, act_slug: str | None = None
) -> list[ProposeReport]:
    """Record each AFTER file as the proposed text of its act, unit by unit.

    All files are read and matched before the project is written; each act's proposals are
    then replaced in one transaction.
    """
    with open_project(project_path) as project:
        if project.read_only:
            raise ProjectError(_OPEN_ELSEWHERE, name=Path(project_path).name)
        acts = project.acts()
        pending: list[tuple[m.Act, dict[str, m.Proposal], ProposeReport]] = []
        for path in after_files:
            after = load_act(path).act
            act = choose_act(acts, after, act_slug, Path(path).name)
            found = proposals_between(act, after)
            report = ProposeReport(act.slug, Path(path).name)
            report.unchanged = [u.address for u in after.top_units() if u.address not in found]
            for proposal in found.values():
                if proposal.status == m.ADDED:
                    report.added += 1
                elif proposal.status == m.REPEALED:
                    report.repealed += 1
                else:
                    report.changed += 1
            pending.append((act, found, report))
        draft = project.draft()
        with project.transaction():
            for act, found, report in pending:
                merged = dict(draft.for_act(act.slug).proposals)
                # A unit the AFTER file gives in its current wording is no longer changed.
                for address in report.unchanged:
                    merged.pop(address, None)
                merged.update(found)
                project.set_proposals(act.slug, merged)
    return [report for _, _, report in pending]


def sample_path() -> Path:
    return Path(str(resources.files("drafter.resources.samples") / "demo.drafter"))


def demo_copy(target_dir: Path | None = None) -> Path:
    """A fresh copy of the bundled sample draft in the user's data folder (never the original)."""
    source = sample_path()
    if not source.is_file():
        raise ProjectError(
            N_(
                "the bundled sample draft is missing; rebuild it with "
                "resources/samples/build_demo.py"
            )
        )
    target_dir = target_dir or user_data_dir() / "demo"
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"demo-{stamp}{PROJECT_SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"demo-{stamp}-{n}{PROJECT_SUFFIX}"
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(source, partial)
    partial.replace(target)
    return target
