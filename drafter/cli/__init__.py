"""The command line: argparse over the services; the GUI is imported only for GUI commands."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from drafter import __version__
from drafter.cli.acts import ACT_COMMANDS, add_act_parsers
from drafter.cli.common import print_json, say, tr, warn
from drafter.cli.references import REFERENCE_COMMANDS, add_reference_parsers
from drafter.cli.rounds import ROUND_COMMANDS, add_round_parsers
from drafter.core.profiles import PROFILES, Profile
from drafter.core.styles import STYLES
from drafter.errors import DrafterError
from drafter.messages import N_, language_from_environment, message, translator

COMMANDS = (
    "show",
    "import",
    "propose",
    "diff",
    "restate",
    "apply",
    "redline",
    "export",
    "review",
    "answer",
    "rounds",
    "remarks",
    "remark",
    "resolve",
    "disagreements",
    "references",
    "remove-act",
    "demo",
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drafter",
        description="Drafter: compose amendments to legislation. "
        "Without a command, opens the desktop app (optionally on PROJECT).",
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("show", help="print the units recognised in an act file, with addresses")
    p.add_argument("source", type=Path, metavar="SOURCE")
    p.add_argument("--json", action="store_true", help="print the tree as JSON")
    p.add_argument("--profile", choices=list(PROFILES), help="structure profile; default: detect")

    p = sub.add_parser(
        "import",
        help=(
            "add acts (.txt .docx .html; .rtf .doc .odt through LibreOffice when installed) "
            "to a project, creating it"
        ),
    )
    p.add_argument("sources", type=Path, nargs="+", metavar="SOURCE")
    p.add_argument("-p", "--project", type=Path, required=True, metavar="PROJECT")
    p.add_argument("--profile", choices=list(PROFILES), help="structure profile; default: detect")

    p = sub.add_parser("propose", help="record each AFTER file as the proposed text of its act")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("after", type=Path, nargs="+", metavar="AFTER")
    p.add_argument("--act", metavar="SLUG", help="the act the files amend (default: by content)")

    p = sub.add_parser("diff", help="amending instructions that turn BEFORE into AFTER")
    p.add_argument("before", type=Path, metavar="BEFORE")
    p.add_argument("after", type=Path, metavar="AFTER")
    p.add_argument("--style", choices=STYLES)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--restate",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="restate this unit whatever the rules say (repeatable)",
    )
    p.add_argument(
        "--patch",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="amend this unit by word changes where they can say it (repeatable)",
    )

    p = sub.add_parser(
        "restate", help="show or choose whether a unit is restated or amended by patches"
    )
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("act", metavar="ACT")
    p.add_argument("address", metavar="ADDRESS")
    p.add_argument("--form", choices=("restate", "patch", "auto"), help="default: show the form")

    p = sub.add_parser("apply", help="apply instructions (a text file) to BEFORE")
    p.add_argument("before", type=Path, metavar="BEFORE")
    p.add_argument("instructions", type=Path, metavar="INSTRUCTIONS")
    p.add_argument("-o", "--output", type=Path, metavar="OUT")
    p.add_argument("--style", choices=STYLES)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("redline", help="AFTER against BEFORE as a Word file with tracked changes")
    p.add_argument("before", type=Path, metavar="BEFORE")
    p.add_argument("after", type=Path, metavar="AFTER")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx")
    p.add_argument("--author", default=None, metavar="NAME")

    p = sub.add_parser("export", help="write the bundle of a draft to a folder")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    p.add_argument(
        "--date",
        type=_export_date,
        metavar="YYYY-MM-DD",
        help="the export date written into the files (default: now); "
        "the same draft and date give byte-identical files",
    )
    p.add_argument(
        "--round",
        metavar="next|N",
        help="next: open, freeze and send the next approval round; N: write round N as sent",
    )
    p.add_argument(
        "--to",
        metavar="AGENCY,...",
        help="the round's recipients (default: the previous round's); new names become agencies",
    )
    p.add_argument("--deadline", metavar="YYYY-MM-DD", help="the date answers are due")

    add_round_parsers(sub)
    add_reference_parsers(sub)
    add_act_parsers(sub)

    sub.add_parser("demo", help="open a copy of the bundled sample draft in the app")
    return parser


def _profile(args: argparse.Namespace) -> Profile | None:
    """The profile named with --profile (argparse has checked the name), or None: detect."""
    return PROFILES[args.profile] if args.profile else None


def _export_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _cmd_show(args) -> int:
    from drafter.services.acts import describe, load_act, outline, where

    result = load_act(args.source, profile=_profile(args))
    warn(where(args.source.name, w) for w in result.warnings)
    if args.json:
        print_json(describe(result.act))
    else:
        print("\n".join(outline(result.act)))
    return 0


def _cmd_import(args) -> int:
    from drafter.services.acts import where
    from drafter.services.projects import import_acts

    for report in import_acts(args.project, args.sources, profile=_profile(args)):
        warn(where(report.source, w) for w in report.warnings)
        title = report.title or tr(N_("(no title)"))
        print(
            tr(
                N_("imported {slug}: {title} — {units} units"),
                slug=report.slug,
                title=title,
                units=report.units,
            )
        )
    return 0


def _cmd_propose(args) -> int:
    from drafter.services.projects import propose

    for r in propose(args.project, args.after, act_slug=args.act):
        counts = {"changed": r.changed, "added": r.added, "repealed": r.repealed}
        print(
            tr(
                N_("{source} → {slug}: {changed} changed, {added} added, {repealed} repealed"),
                source=r.source,
                slug=r.slug,
                **counts,
            )
        )
    return 0


def _cmd_diff(args) -> int:
    from drafter.services.amend import diff_files

    forms = {address: "patch" for address in args.patch}
    forms.update({address: "restate" for address in args.restate})
    result = diff_files(args.before, args.after, style=args.style, forms=forms)
    warn(result.warnings)
    if args.json:
        print_json(
            {
                "style": result.style,
                "operations": [op.to_dict() for op in result.operations],
                "instructions": result.instructions,
                "forms": result.forms,
            }
        )
    elif result.instructions:
        print(result.instructions)
    return 0


def _cmd_restate(args) -> int:
    from drafter.services.restate import set_form

    found = set_form(args.project, args.act, args.address, args.form)
    form = {"restate": N_("restated"), "patch": N_("amended by patches"), None: N_("unchanged")}
    chosen = {"restate": N_("restate"), "patch": N_("patch"), "auto": N_("auto")}
    print(
        tr(
            N_("{act} {address}: {form} (the drafter's choice: {chosen})"),
            act=found.slug,
            address=found.address,
            form=message(form[found.form]),
            chosen=message(chosen[found.chosen]),
        )
    )
    if found.reason is not None:
        print("  " + say(found.reason))
    return 0


def _cmd_apply(args) -> int:
    from drafter.core.serialize import act_to_dict
    from drafter.core.textlayout import act_to_lines
    from drafter.io.files import write_text_atomic
    from drafter.services.amend import apply_file

    act, _operations = apply_file(args.before, args.instructions, style=args.style)
    if args.output:
        write_text_atomic(args.output, "\n".join(act_to_lines(act)) + "\n")
    if args.json:
        print_json(act_to_dict(act))
    elif not args.output:
        print("\n".join(act_to_lines(act)))
    return 0


def _cmd_redline(args) -> int:
    from drafter.services.export import redline_files

    redline_files(args.before, args.after, args.output, author=args.author)
    return 0


def _cmd_export(args) -> int:
    from drafter.services.export import export_project
    from drafter.services.rounds import export_round

    if args.round is None:
        if args.to is not None or args.deadline is not None:
            raise DrafterError(N_("--to and --deadline go with --round next."))
        result = export_project(args.project, args.output, export_date=args.date)
        warn(result.warnings)
        print(tr(N_("exported to {path}"), path=result.path))
        return 0
    sent = export_round(
        args.project,
        args.output,
        args.round,
        to=args.to,
        deadline=args.deadline,
        export_date=args.date,
    )
    warn(sent.warnings)
    if sent.resent:
        text = N_("round {number} written to {path} as it was sent")
    else:
        text = N_("round {number} exported to {path}")
    print(tr(text, number=sent.number, path=sent.bundle.path))
    return 0


def _run_command(handler, args, *, started: bool) -> int:
    """Run one command; SIGTERM ends it like an error would: lock released, no half output.

    ``started``: this process was started for the command (not a call from a test), so it
    keeps the register of temporary folders and removes the leftovers of killed runs first.
    """
    from drafter.services import lifecycle

    if started:
        lifecycle.start()
    restore = lifecycle.on_termination()
    try:
        return handler(args)
    finally:
        restore()


def _run_gui(project: Path | None = None, *, demo: bool = False) -> int:
    from drafter.ui.app import run_app

    return run_app(project, demo=demo)


def main(argv: list[str] | None = None) -> int:
    argv_given = argv is not None  # None: the real entry point, this process is ours
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
            if len(argv) > 1:
                _parser().error(f"unknown command {argv[0]!r}")
            return _run_gui(Path(argv[0]) if argv else None)
        args = _parser().parse_args(argv)
        if args.command is None:
            return _run_gui(None)
        if args.command == "demo":
            return _run_gui(None, demo=True)
        commands = ROUND_COMMANDS | REFERENCE_COMMANDS | ACT_COMMANDS
        handler = commands.get(args.command) or globals()[f"_cmd_{args.command}"]
        return _run_command(handler, args, started=not argv_given)
    except DrafterError as exc:
        translate = translator(language_from_environment())
        print(f"drafter: {exc.render(translate)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"drafter: {tr(N_('interrupted'))}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        name = Path(exc.filename).name if exc.filename else tr(N_("a file"))
        print(f"drafter: {name}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        error = f"{type(exc).__name__}: {exc}"
        text = N_("internal error ({error}); set DRAFTER_DEBUG=1 for details and please report it")
        print("drafter: " + tr(text, error=error), file=sys.stderr)
        return 2


def gui_main() -> int:
    """Entry point of ``drafter-app`` (a GUI script: no console window on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
