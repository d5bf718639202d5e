"""The command line: argparse over the services; the GUI is imported only for GUI commands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from drafter import __version__
from drafter.core.profiles import PROFILES, Profile
from drafter.core.styles import STYLES
from drafter.errors import DrafterError
from drafter.messages import N_, Message, language_from_environment, translator


def _say(item: Message | str) -> str:
    """A message in the user's language (DRAFTER_LANG or the locale); plain text as it is."""
    if isinstance(item, Message):
        return item.render(translator(language_from_environment()))
    return str(item)


def _tr(text: str, **args: object) -> str:
    return _say(Message(text, args))


COMMANDS = (
    "show",
    "import",
    "propose",
    "diff",
    "apply",
    "redline",
    "export",
    "review",
    "answer",
    "rounds",
    "remarks",
    "resolve",
    "disagreements",
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

    p = sub.add_parser("answer", help="record an agency's answer to a round")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("--agency", required=True, metavar="NAME")
    p.add_argument("--round", type=int, required=True, metavar="N")
    p.add_argument("--status", required=True, choices=("agreed", "remarks", "objections", "none"))
    p.add_argument("--letter", metavar="REF", help="the number of the agency's letter")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date of the agency's letter")

    p = sub.add_parser("rounds", help="list the approval rounds and the agencies' answers")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "review", help="file an agency's returned Word files as remarks on units of the draft"
    )
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("returned", type=Path, nargs="+", metavar="RETURNED.docx")
    p.add_argument("--agency", required=True, metavar="NAME", help="the agency that answered")
    p.add_argument("--round", type=int, metavar="N", help="the round answered (default: found)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("remarks", help="list the agencies' remarks and the decisions on them")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("--round", type=int, metavar="N", help="only the remarks of round N")
    p.add_argument("--agency", metavar="NAME", help="only the remarks of this agency")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("resolve", help="decide on a remark (accepting a wording applies it)")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("remark", type=int, metavar="REMARK", help="the remark's id (drafter remarks)")
    p.add_argument(
        "--status",
        required=True,
        choices=("accepted", "partly", "rejected", "withdrawn", "duplicate"),
    )
    p.add_argument("--reason", required=True, metavar="TEXT", help="the drafter's position")
    p.add_argument(
        "--keep-draft", action="store_true", help="record the decision only; leave the draft"
    )

    p = sub.add_parser(
        "disagreements",
        help="write the table of disagreements, the summary of remarks or the approval sheet",
    )
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx")
    p.add_argument("--round", type=int, metavar="N", help="the round (default: the latest)")
    p.add_argument("--kind", choices=("table", "summary", "sheet"), default="table")
    p.add_argument("--lang", choices=("ru", "en"), help="default: the draft's language")

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


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _warn(lines) -> None:
    for line in lines:
        print(f"warning: {_say(line)}", file=sys.stderr)


def _cmd_show(args) -> int:
    from drafter.services.acts import describe, load_act, outline, where

    result = load_act(args.source, profile=_profile(args))
    _warn(where(args.source.name, w) for w in result.warnings)
    if args.json:
        _print_json(describe(result.act))
    else:
        print("\n".join(outline(result.act)))
    return 0


def _cmd_import(args) -> int:
    from drafter.services.acts import where
    from drafter.services.projects import import_acts

    for report in import_acts(args.project, args.sources, profile=_profile(args)):
        _warn(where(report.source, w) for w in report.warnings)
        title = report.title or _tr(N_("(no title)"))
        print(
            _tr(
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
            _tr(
                N_("{source} → {slug}: {changed} changed, {added} added, {repealed} repealed"),
                source=r.source,
                slug=r.slug,
                **counts,
            )
        )
    return 0


def _cmd_diff(args) -> int:
    from drafter.services.amend import diff_files

    result = diff_files(args.before, args.after, style=args.style)
    _warn(result.warnings)
    if args.json:
        _print_json(
            {
                "style": result.style,
                "operations": [op.to_dict() for op in result.operations],
                "instructions": result.instructions,
            }
        )
    elif result.instructions:
        print(result.instructions)
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
        _print_json(act_to_dict(act))
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
        _warn(result.warnings)
        print(_tr(N_("exported to {path}"), path=result.path))
        return 0
    sent = export_round(
        args.project,
        args.output,
        args.round,
        to=args.to,
        deadline=args.deadline,
        export_date=args.date,
    )
    _warn(sent.warnings)
    if sent.resent:
        text = N_("round {number} written to {path} as it was sent")
    else:
        text = N_("round {number} exported to {path}")
    print(_tr(text, number=sent.number, path=sent.bundle.path))
    return 0


# The words of the answers (`answer`, `rounds`) and of the items' kinds (`review`) in the text
# output; --json keeps the ids.
_WORDS = {
    "pending": N_("pending"),
    "agreed": N_("agreed"),
    "remarks": N_("agreed with remarks"),
    "objections": N_("objections"),
    "none": N_("no answer"),
    "edit": N_("edit"),
    "comment": N_("comment"),
    "untracked": N_("untracked edit"),
    "rejects_change": N_("rejects our change"),
    "letter": N_("letter"),
    "new": N_("new"),
    "accepted": N_("accepted"),
    "partly": N_("partly accepted"),
    "rejected": N_("rejected"),
    "withdrawn": N_("withdrawn"),
    "duplicate": N_("duplicate"),
}


def _word(key: str) -> str:
    return _tr(_WORDS.get(key, key))


def _cmd_answer(args) -> int:
    from drafter.services.rounds import record_answer

    answer = record_answer(
        args.project,
        args.agency,
        args.round,
        args.status,
        letter=args.letter,
        answer_date=args.date,
    )
    print(
        _tr(
            N_("round {number}: {agency} — {status}"),
            number=args.round,
            agency=answer.agency,
            status=_word(answer.status),
        )
    )
    return 0


def _cmd_rounds(args) -> int:
    from drafter.services.rounds import list_rounds

    rounds = list_rounds(args.project)
    if args.json:
        _print_json(rounds)
        return 0
    if not rounds:
        print(_tr(N_("no rounds yet")))
    for item in rounds:
        print(_tr(N_("round {number} — {date}"), number=item["number"], date=item["date"]))
        for x in item["recipients"]:
            parts = [_word(x["status"])]
            if x["letter"]:
                parts.append(_tr(N_("letter {letter}"), letter=x["letter"]))
            if x["deadline"]:
                parts.append(_tr(N_("due {deadline}"), deadline=x["deadline"]))
            print(f"  {x['agency']}: {', '.join(parts)}")
    return 0


def _cmd_remarks(args) -> int:
    from drafter.services.remarks import list_remarks

    remarks = list_remarks(args.project, args.round, args.agency)
    if args.json:
        _print_json(remarks)
    for x in [] if args.json else remarks:
        print(_remark_line(x))
    if not remarks and not args.json:
        print(_tr(N_("no remarks")))
    return 0


def _remark_line(x: dict) -> str:
    """One remark of ``drafter remarks``: id, round, agency, unit, kind, words, status."""
    parts = [f"#{x['id']}", str(x["round"]), x["agency"], x["address"] or "?", _word(x["kind"])]
    if x["quote"]:
        parts.append(f"«{_clip(x['quote'])}»")
    if x["proposed"] is not None:
        parts.append(f"→ «{_clip(x['proposed'])}»")
    if x["text"]:
        parts.append(f"— {_clip(x['text'])}")
    parts.append(f"[{_word(x['status'])}]")
    if x["repeats"] is not None:
        parts.append(_tr(N_("repeats #{id}"), id=x["repeats"]))
    return "  ".join(parts)


def _cmd_resolve(args) -> int:
    from drafter.services.remarks import resolve_remark

    remark, changed = resolve_remark(
        args.project, args.remark, args.status, args.reason, keep_draft=args.keep_draft
    )
    said = {"id": remark.id, "agency": remark.agency, "status": _word(remark.status)}
    print(_tr(N_("remark {id} ({agency}): {status}"), **said))
    if changed:
        print(_tr(N_("the agency's wording is now the draft's text of {address}"),
                  address=remark.address))  # fmt: skip
    return 0


def _cmd_review(args) -> int:
    from drafter.services.review import BY_PROPERTIES, review_files

    reports = review_files(args.project, args.returned, args.agency, args.round)
    for report in reports:
        _warn(report.warnings)
    if args.json:
        objects = [x.to_json() for x in reports]
        _print_json(objects[0] if len(objects) == 1 else objects)
        return 0
    for report in reports:
        if report.already_filed:
            continue  # its warning said "nothing to do"
        by_properties = report.identified_by == BY_PROPERTIES
        how = N_("by its properties") if by_properties else N_("by its text")
        print(
            _tr(
                N_(
                    "{file} ({agency}, round {number}): read against {sent} {how}; "
                    "{placed} placed, {unplaced} unplaced"
                ),
                file=report.file,
                agency=report.agency,
                number=report.round,
                sent=report.sent_file,
                how=_tr(how),
                placed=len(report.placed()),
                unplaced=len(report.unplaced()),
            )
        )
        if not report.items:
            print("  " + _tr(N_("no remarks: recorded as agreed")))
        for item in report.items:
            print("  " + _item_line(item))
    return 0


def _item_line(item) -> str:
    """One item of a returned file: its unit (? when unplaced), kind, and what it says."""
    parts = [item.address if item.address is not None else "?"]
    if item.position:
        parts[0] += f" ({item.position})"
    parts.append(_word(item.kind))
    if item.quote:
        parts.append(f"«{_clip(item.quote)}»")
    if item.proposed is not None:
        parts.append(f"→ «{_clip(item.proposed)}»")
    if item.text:
        parts.append(f"— {_clip(item.text)}")
    return "  ".join(parts)


def _clip(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _run_gui(project: Path | None = None, *, demo: bool = False) -> int:
    from drafter.ui.app import run_app

    return run_app(project, demo=demo)


def _cmd_disagreements(args) -> int:
    from drafter.services.disagreements import write_document

    doc = write_document(
        args.project, args.output, number=args.round, kind=args.kind, lang=args.lang
    )
    rows = len(doc.recipients) if args.kind == "sheet" else len(doc.remarks)
    print(_tr(N_("{path}: {rows} rows written."), path=str(args.output), rows=rows))
    return 0


def main(argv: list[str] | None = None) -> int:
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
        handler = globals()[f"_cmd_{args.command}"]
        return handler(args)
    except DrafterError as exc:
        translate = translator(language_from_environment())
        print(f"drafter: {exc.render(translate)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"drafter: {_tr(N_('interrupted'))}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        name = Path(exc.filename).name if exc.filename else _tr(N_("a file"))
        print(f"drafter: {name}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        error = f"{type(exc).__name__}: {exc}"
        text = N_("internal error ({error}); set DRAFTER_DEBUG=1 for details and please report it")
        print("drafter: " + _tr(text, error=error), file=sys.stderr)
        return 2


def gui_main() -> int:
    """Entry point of ``drafter-app`` (a GUI script: no console window on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
