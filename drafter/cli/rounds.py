"""The approval-round commands: answer, rounds, review, remarks, resolve, disagreements."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from drafter.cli.common import print_json, tr, warn
from drafter.messages import N_


def add_round_parsers(sub: argparse._SubParsersAction) -> None:
    """The approval-round commands' parsers."""
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
    p.add_argument(
        "--diff", nargs=2, metavar=("A", "B"), help="round B (or current) against round A"
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT.docx", help="with --diff: a .docx")

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
    "changed": N_("changed"),
    "added": N_("added"),
    "removed": N_("removed"),
    "renumbered": N_("renumbered"),
}


def _word(key: str) -> str:
    return tr(_WORDS.get(key, key))


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
        tr(
            N_("round {number}: {agency} — {status}"),
            number=args.round,
            agency=answer.agency,
            status=_word(answer.status),
        )
    )
    return 0


def _cmd_rounds(args) -> int:
    from drafter.services.rounds import list_rounds

    if args.diff or args.output:
        return _cmd_rounds_diff(args)
    rounds = list_rounds(args.project)
    if args.json:
        print_json(rounds)
        return 0
    if not rounds:
        print(tr(N_("no rounds yet")))
    for item in rounds:
        print(tr(N_("round {number} — {date}"), number=item["number"], date=item["date"]))
        for x in item["recipients"]:
            parts = [_word(x["status"])]
            if x["letter"]:
                parts.append(tr(N_("letter {letter}"), letter=x["letter"]))
            if x["deadline"]:
                parts.append(tr(N_("due {deadline}"), deadline=x["deadline"]))
            print(f"  {x['agency']}: {', '.join(parts)}")
    return 0


def _cmd_rounds_diff(args) -> int:
    from drafter.services.round_diff import compare_rounds, round_number
    from drafter.services.rounds import RoundError

    if not args.diff:
        raise RoundError(N_("-o writes the comparison of two rounds: add --diff A B."))
    a, b = (round_number(x) for x in args.diff)
    found = compare_rounds(args.project, a, b, args.output)
    if args.json:
        print_json(found.to_json())
        return 0
    for change, agencies in zip(found.changes, found.agencies(), strict=True):
        where = change.address if change.status != "added" else change.new_address
        if change.status == "renumbered":
            where = f"{change.address} → {change.new_address}"
        grounds = [tr(N_("remark {id} ({agency})"), id=n, agency=x) for n, x in agencies]
        ground = ", ".join(grounds) or tr(N_("drafter's own change"))
        print(f"{change.act}  {where}  {_word(change.status)}  — {ground}")
    if not found.changes:
        print(tr(N_("no changes")))
    if args.output:
        print(tr(N_("{path}: {rows} changes written."), path=str(args.output),
                  rows=len(found.changes)))  # fmt: skip
    return 0


def _cmd_remarks(args) -> int:
    from drafter.services.remarks import list_remarks

    remarks = list_remarks(args.project, args.round, args.agency)
    if args.json:
        print_json(remarks)
    for x in [] if args.json else remarks:
        print(_remark_line(x))
    if not remarks and not args.json:
        print(tr(N_("no remarks")))
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
        parts.append(tr(N_("repeats #{id}"), id=x["repeats"]))
    return "  ".join(parts)


def _cmd_resolve(args) -> int:
    from drafter.services.remarks import resolve_remark

    remark, changed = resolve_remark(
        args.project, args.remark, args.status, args.reason, keep_draft=args.keep_draft
    )
    said = {"id": remark.id, "agency": remark.agency, "status": _word(remark.status)}
    print(tr(N_("remark {id} ({agency}): {status}"), **said))
    if changed:
        print(tr(N_("the agency's wording is now the draft's text of {address}"),
                  address=remark.address))  # fmt: skip
    return 0


def _cmd_review(args) -> int:
    from drafter.services.review import BY_PROPERTIES, review_files

    reports = review_files(args.project, args.returned, args.agency, args.round)
    for report in reports:
        warn(report.warnings)
    if args.json:
        objects = [x.to_json() for x in reports]
        print_json(objects[0] if len(objects) == 1 else objects)
        return 0
    for report in reports:
        if report.already_filed:
            continue  # its warning said "nothing to do"
        by_properties = report.identified_by == BY_PROPERTIES
        how = N_("by its properties") if by_properties else N_("by its text")
        print(
            tr(
                N_(
                    "{file} ({agency}, round {number}): read against {sent} {how}; "
                    "{placed} placed, {unplaced} unplaced"
                ),
                file=report.file,
                agency=report.agency,
                number=report.round,
                sent=report.sent_file,
                how=tr(how),
                placed=len(report.placed()),
                unplaced=len(report.unplaced()),
            )
        )
        if not report.items:
            print("  " + tr(N_("no remarks: recorded as agreed")))
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


def _cmd_disagreements(args) -> int:
    from drafter.services.disagreements import write_document

    doc = write_document(
        args.project, args.output, number=args.round, kind=args.kind, lang=args.lang
    )
    rows = len(doc.recipients) if args.kind == "sheet" else len(doc.remarks)
    print(tr(N_("{path}: {rows} rows written."), path=str(args.output), rows=rows))
    return 0


ROUND_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "answer": _cmd_answer,
    "rounds": _cmd_rounds,
    "review": _cmd_review,
    "remarks": _cmd_remarks,
    "resolve": _cmd_resolve,
    "disagreements": _cmd_disagreements,
}
