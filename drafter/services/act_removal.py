"""Removing an act from a project (with its proposals and bookmarks), and putting it back."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from drafter.core import model as m
from drafter.errors import ProjectError
from drafter.io.project import Project
from drafter.messages import N_
from drafter.services.projects import open_project

_NO_ACT = N_("The project has no act {slug}.")
_REMARKED = N_(
    "{title} cannot be removed from the project: remarks of the approval rounds refer to it "
    "({count})."
)


@dataclass
class RemovedAct:
    """What removing an act took away: enough to put it back as it was."""

    act: m.Act
    proposals: dict[str, m.Proposal] = field(default_factory=dict)
    bookmarks: dict[str, str] = field(default_factory=dict)


def remove_act(project: Project, slug: str) -> RemovedAct:
    """Remove act ``slug`` with its proposals, bookmarks and undo entries; refused (nothing
    changed) while remarks of the approval rounds refer to it."""
    if slug not in project.act_slugs():
        raise ProjectError(_NO_ACT, slug=slug)
    act = project.act(slug)
    remarked = [remark for remark in project.remarks() if remark.act == slug]
    if remarked:
        raise ProjectError(_REMARKED, title=act.title or slug, count=len(remarked))
    removed = RemovedAct(
        act=act,
        proposals=dict(project.draft().for_act(slug).proposals),
        bookmarks=project.bookmarks(slug),
    )
    project.remove_act(slug)
    return removed


def restore_act(project: Project, removed: RemovedAct) -> str:
    """Put a removed act back (last among the acts) with its proposals and bookmarks; returns
    its slug."""
    slug = project.add_act(removed.act)
    restore_edits(project, slug, removed)
    return slug


def restore_edits(project: Project, slug: str, removed: RemovedAct) -> None:
    """The proposals and bookmarks of a removed act, back on act ``slug``."""
    if removed.proposals:
        project.set_proposals(slug, removed.proposals)
    if removed.bookmarks:
        project.set_bookmarks(slug, removed.bookmarks)


def remove_act_from(project_path: str | os.PathLike[str], slug: str) -> RemovedAct:
    """``drafter remove-act``: remove act ``slug`` from the project file at ``project_path``."""
    with open_project(Path(project_path)) as project:
        return remove_act(project, slug)
