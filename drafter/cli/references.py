"""The references command: units of the project's acts that cite a unit the draft affects."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from drafter.cli.common import print_json, tr
from drafter.messages import N_

_STATUS = {
    "repealed": N_("is repealed"),
    "renumbered": N_("is renumbered"),
    "removed": N_("is removed"),
    "changed": N_("is changed"),
    "added": N_("gets a new unit inside the range"),
}
_VERDICT = {"amend": N_("must be amended"), "check": N_("to check")}


def add_reference_parsers(sub: argparse._SubParsersAction) -> None:
    """The references command's parser."""
    p = sub.add_parser(
        "references",
        help="list the references in the project's acts to units the draft repeals, "
        "renumbers or changes",
    )
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("--json", action="store_true")


def reference_line(x: dict) -> str:
    """«УПК РФ ст. 150 ч. 3 п. 1: «…322.1…» — ст. 322.1 of УК РФ is changed: to check»."""
    return tr(
        N_("{act} {unit}: «{words}» — {cited} of {cited_act} {status}: {verdict}"),
        act=x["act_name"],
        unit=x["unit_label"],
        words=x["excerpt"],
        cited=x["cited_label"],
        cited_act=x["cited_act_name"],
        status=tr(_STATUS[x["status"]]),
        verdict=tr(_VERDICT[x["verdict"]]),
    )


def _cmd_references(args) -> int:
    from drafter.services.references import list_references

    found = list_references(args.project)
    if args.json:
        print_json(found)
        return 0
    for x in found:
        print(reference_line(x))
    if not found:
        print(tr(N_("No act of the project cites a unit the draft changes.")))
    return 0


REFERENCE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "references": _cmd_references,
}
