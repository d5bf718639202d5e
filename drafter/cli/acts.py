"""The remove-act command: an act out of a project, with its proposals and bookmarks."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from drafter.cli.common import tr
from drafter.messages import N_

_REMOVE_HELP = (
    "remove an act and the draft's changes to it from a project (refused while remarks refer to it)"
)


def add_act_parsers(sub: argparse._SubParsersAction) -> None:
    """The remove-act command's parser."""
    remove = sub.add_parser("remove-act", help=_REMOVE_HELP)
    remove.add_argument("project", type=Path, metavar="PROJECT")
    remove.add_argument("slug", metavar="SLUG", help="the act's short name")


def _cmd_remove_act(args) -> int:
    from drafter.services.act_removal import remove_act_from

    removed = remove_act_from(args.project, args.slug)
    print(
        tr(
            N_("removed {slug}: {title}, with {count} proposal(s)"),
            slug=removed.act.slug,
            title=removed.act.title or removed.act.slug,
            count=len(removed.proposals),
        )
    )
    return 0


ACT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"remove-act": _cmd_remove_act}
