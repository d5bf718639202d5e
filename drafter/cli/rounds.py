"""The approval-round commands: answer, rounds, review, remarks, remark, resolve,
disagreements."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from drafter.cli.common import print_json, tr, warn
from drafter.errors import DrafterError
from drafter.messages import N_


def add_round_parsers(sub: argparse._SubParsersAction) -> None:
    """The approval-round commands' parsers."""
    p = sub.add_parser("answer", help="record an agency's answer to a round")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("--agency", required=True, metavar="NAME")
    p.add_argument("--round", type=int, required=True, metavar="N")
    p.add_argument("--status", choices=("agreed", "remarks", "objections", "none"))
    p.add_argument("--letter", metavar="REF", help="the number of the agency's letter")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date of the agency's letter")
    p.add_argument(
        "--deadline", metavar="YYYY-MM-DD", help='the deadline of the answer ("" clears it)'
    )

    p = sub.add_parser("rounds", help="list the approval rounds and the agencies' answers")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("--json", action="store_true")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--close", type=int, metavar="N", help="close round N (decisions taken)")
    which.add_argument("--reopen", type=int, metavar="N", help="open the closed round N again")
    p.add_argument(
        "--force", action="store_true", help="with --close: close it with undecided remarks"
    )
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
    p.add_argument("--open", action="store_true", help="only the remarks not yet decided")
    p.add_argument("--unit", metavar="ADDRESS", help="only the remarks on this unit (and inside)")
    p.add_argument("--json", action="store_true")

    _remark_parser(sub)

    p = sub.add_parser("resolve", help="decide on a remark (accepting a wording applies it)")
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("remark", type=int, metavar="REMARK", help="the remark's id (drafter remarks)")
    p.add_argument("--status", choices=("accepted", "partly", "rejected", "withdrawn", "duplicate"))
    p.add_argument("--reason", metavar="TEXT", help="the drafter's position")
    p.add_argument(
        "--keep-draft", action="store_true", help="record the decision only; leave the draft"
    )
    p.add_argument(
        "--settled", action="store_true", help="the disagreement was settled at a meeting"
    )
    p.add_argument("--change", action="store_true", help="change a decision taken before")
    p.add_argument("--undo", action="store_true", help="take the decision back (remark is new)")

    p = sub.add_parser(
        "disagreements",
        help="write the table of disagreements, the summary of remarks or the approval sheet",
    )
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx")
    p.add_argument("--round", type=int, metavar="N", help="the round (default: the latest)")
    p.add_argument("--kind", choices=("table", "summary", "sheet"), default="table")
    p.add_argument("--lang", choices=("ru", "en"), help="default: the draft's language")


def _remark_parser(sub: argparse._SubParsersAction) -> None:
    """``drafter remark``: edit one remark."""
    p = sub.add_parser(
        "remark", help="edit a remark: grounds, severity, wording, settled, links, grouping"
    )
    p.add_argument("project", type=Path, metavar="PROJECT")
    p.add_argument("remark", type=int, metavar="REMARK", help="the remark's id (drafter remarks)")
    p.add_argument("--text", metavar="TEXT", help="what the agency says")
    p.add_argument("--grounds", metavar="TEXT", help="on what grounds («на каком основании»)")
    p.add_argument("--grounds-kind", metavar="KIND", help="conflict, budget, competence, "
                   "drafting, policy or other (\"\" clears it)")  # fmt: skip
    p.add_argument("--severity", metavar="SEVERITY", help="objection, remark, proposal or "
                   "editorial (\"\" = guessed again)")  # fmt: skip
    wording = p.add_mutually_exclusive_group()
    wording.add_argument("--proposed", metavar="TEXT", help="the agency's wording")
    wording.add_argument("--no-proposed", action="store_true", help="the remark brings no wording")
    settled = p.add_mutually_exclusive_group()
    settled.add_argument("--settled", action="store_true", default=None,
                         help="the disagreement was settled at a conciliation meeting")  # fmt: skip
    settled.add_argument("--not-settled", dest="settled", action="store_false")
    link = p.add_mutually_exclusive_group()
    link.add_argument("--repeats", type=int, metavar="ID", help="it repeats remark ID (earlier)")
    link.add_argument("--repeats-nothing", action="store_true", help="it repeats no remark")
    link.add_argument("--repeats-auto", action="store_true", help="found by comparing remarks")
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--group", type=int, nargs="+", metavar="ID",
        help="group these items (one agency, round, unit) into this remark",
    )  # fmt: skip
    group.add_argument("--ungroup", action="store_true", help="take the item(s) out of the group")


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
# `drafter remark`'s report: the fields changed, and the words of the kinds, severities, links.
_FIELDS = {
    "text": N_("text"),
    "grounds": N_("grounds"),
    "grounds_kind": N_("kind of grounds"),
    "severity": N_("severity"),
    "proposed": N_("wording"),
    "settled": N_("settled"),
    "repeats": N_("repeats"),
    "link": N_("link"),
    "group": N_("grouped into"),
    "members": N_("grouped items"),
}
_CHOICES = {
    "conflict": N_("conflict with another act"),
    "budget": N_("budget"),
    "competence": N_("competence"),
    "drafting": N_("drafting"),
    "policy": N_("policy"),
    "other": N_("other"),
    "objection": N_("objection"),
    "remark": N_("remark"),
    "proposal": N_("proposal"),
    "editorial": N_("editorial"),
    "auto": N_("found by comparison"),
    "hand": N_("set by hand"),
    "none": N_("repeats nothing"),
}


def _word(key: str) -> str:
    return tr(_WORDS.get(key, key))


def _cmd_answer(args) -> int:
    from drafter.services.rounds import record_answer

    answer = record_answer(
        args.project, args.agency, args.round, args.status, letter=args.letter,
        answer_date=args.date, deadline=args.deadline,
    )  # fmt: skip
    said = {"number": args.round, "agency": answer.agency}
    if args.status is not None:
        print(tr(N_("round {number}: {agency} — {status}"), status=_word(answer.status), **said))
    if args.deadline is not None and answer.deadline:
        print(tr(N_("round {number}: {agency} — answer due {deadline}"),
                 deadline=answer.deadline, **said))  # fmt: skip
    elif args.deadline is not None:
        print(tr(N_("round {number}: {agency} — no deadline"), **said))
    return 0


def _cmd_rounds(args) -> int:
    from drafter.services.rounds import change_round, list_rounds

    if args.diff or args.output:
        return _cmd_rounds_diff(args)
    if args.force and args.close is None:
        raise DrafterError(N_("--force goes with --close N."))
    if args.close is not None or args.reopen is not None:
        number = args.close if args.close is not None else args.reopen
        changed = change_round(args.project, number, close=args.close is not None,
                               force=args.force)  # fmt: skip
        if changed.closed:
            print(tr(N_("round {number} closed on {date}"), number=number, date=changed.closed))
        else:
            print(tr(N_("round {number} is open again"), number=number))
        return 0
    rounds = list_rounds(args.project)
    if args.json:
        print_json(rounds)
        return 0
    if not rounds:
        print(tr(N_("no rounds yet")))
    for item in rounds:
        print(_round_line(item))
        for x in item["recipients"]:
            print(f"  {x['agency']}: {_word(x['status'])} — {_due(x)}")
    return 0


def _round_line(item: dict) -> str:
    """«round 1 — 2026-12-07, closed 2027-01-10; remarks: 2 open of 6»."""
    line = tr(N_("round {number} — {date}"), number=item["number"], date=item["date"])
    if item["closed"]:
        line += ", " + tr(N_("closed {date}"), date=item["closed"])
    counts = item["remarks"]
    if counts["total"]:
        line += "; " + tr(N_("remarks: {open} open of {total}"), **counts)
    return line


def _due(x: dict) -> str:
    """Where a recipient's answer stands: received (when, letter), due, overdue, no deadline."""
    if x["due"] == "received":
        parts = [tr(N_("received {date}"), date=x["answer_date"]) if x["answer_date"]
                 else tr(N_("received"))]  # fmt: skip
        if x["letter"]:
            parts.append(tr(N_("letter {letter}"), letter=x["letter"]))
        return ", ".join(parts)
    if x["due"] == "open":
        return tr(N_("no deadline"))
    days, deadline = x["days"], x["deadline"]
    if days == 0:
        return tr(N_("due today ({deadline})"), deadline=deadline)
    if days > 0:
        text = (
            N_("due in 1 day ({deadline})") if days == 1 else N_("due in {days} days ({deadline})")
        )
        return tr(text, days=days, deadline=deadline)
    text = (
        N_("overdue by 1 day ({deadline})")
        if days == -1
        else N_("overdue by {days} days ({deadline})")
    )
    return tr(text, days=-days, deadline=deadline)


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

    remarks = list_remarks(
        args.project, args.round, args.agency, open_only=args.open, unit=args.unit
    )
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
    if x["grounds"]:
        parts.append(tr(N_("grounds: {grounds}"), grounds=f"«{_clip(x['grounds'])}»"))
    if x["members"]:
        parts.append(tr(N_("with {items}"), items=", ".join(f"#{i}" for i in x["members"])))
    parts.append(f"[{_word(x['status'])}]")
    if x["settled"]:
        parts.append(tr(N_("settled")))
    if x["repeats"] is not None:
        parts.append(tr(N_("repeats #{id}"), id=x["repeats"]))
    return "  ".join(parts)


def _cmd_remark(args) -> int:
    from drafter.services.remarks import AUTO, KEEP, RemarkChanges, change_remark

    changes = RemarkChanges(
        text=args.text,
        grounds=args.grounds,
        grounds_kind=args.grounds_kind,
        severity=args.severity,
        proposed=None if args.no_proposed else args.proposed if args.proposed is not None else KEEP,
        settled=args.settled,
        repeats=(
            args.repeats if args.repeats is not None
            else None if args.repeats_nothing
            else AUTO if args.repeats_auto
            else KEEP
        ),
        group=args.group or [],
        ungroup=args.ungroup,
    )  # fmt: skip
    remark, changed = change_remark(args.project, args.remark, changes)
    if not changed:
        print(tr(N_("remark {id}: nothing changed"), id=remark.id))
    for name, before, after in changed:
        print(tr(N_("remark {id}: {field}: {before} → {after}"), id=remark.id,
                 field=tr(_FIELDS[name]), before=_value(name, before),
                 after=_value(name, after)))  # fmt: skip
    return 0


def _value(name: str, value: object) -> str:
    """A remark's field ``name`` as ``drafter remark`` prints a change of it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return tr(N_("yes")) if value else tr(N_("no"))
    if isinstance(value, int):
        return f"#{value}"
    if isinstance(value, list):
        return ", ".join(f"#{x}" for x in value)
    if name in ("grounds_kind", "severity", "link"):
        return tr(_CHOICES.get(str(value), str(value)))
    return f"«{_clip(str(value))}»"


def _cmd_resolve(args) -> int:
    from drafter.services.remarks import resolve_remark, undo_decision

    if args.undo:
        if args.status or args.reason or args.settled or args.change or args.keep_draft:
            raise DrafterError(N_("--undo takes the decision back; it goes with no other option."))
        remark = undo_decision(args.project, args.remark)
        print(tr(N_("remark {id} ({agency}): {status}"), id=remark.id, agency=remark.agency,
                 status=_word(remark.status)))  # fmt: skip
        return 0
    if args.status is None or args.reason is None:
        raise DrafterError(
            N_("Give the decision (--status) and its reason (--reason), or take the decision "
               "back (--undo).")
        )  # fmt: skip
    remark, changed = resolve_remark(
        args.project, args.remark, args.status, args.reason, keep_draft=args.keep_draft,
        settled=args.settled, change=args.change,
    )  # fmt: skip
    said = {"id": remark.id, "agency": remark.agency, "status": _word(remark.status)}
    print(tr(N_("remark {id} ({agency}): {status}"), **said))
    if remark.settled:
        print(tr(N_("the disagreement is settled")))
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
    "remark": _cmd_remark,
    "resolve": _cmd_resolve,
    "disagreements": _cmd_disagreements,
}
