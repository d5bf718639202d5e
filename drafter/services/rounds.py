"""Approval rounds: send a numbered round (export --round), re-send it as it was, record an
agency's answer, list the rounds and their answers."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Required, TypedDict, Unpack

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.draft import proposed_act
from drafter.core.serialize import proposal_from_dict, proposal_to_dict
from drafter.errors import DrafterError, ExportError, ProjectError
from drafter.io import scratch
from drafter.io.project import Project
from drafter.messages import N_, Message, message
from drafter.services.export import (
    DEFAULT_AUTHOR,
    BundleResult,
    RoundInfo,
    check_target,
    move_into_place,
    usual_permissions,
    write_bundle,
)
from drafter.services.projects import open_project

NEXT = "next"
# `drafter answer --status` words → stored statuses (ANSWER_STATUSES)
ANSWERS = ("agreed", "remarks", "objections", "none")

_NO_ROUND = N_("{name} has no round {number}; the rounds sent are {known}.")
_NO_ROUNDS_YET = N_("{name} has no round {number}: no round has been sent yet.")
_BAD_DATE = N_("{text} is not a date: write it as YYYY-MM-DD.")


class RoundError(DrafterError):
    """A round command that cannot be carried out (unknown round or agency, bad date...)."""


@dataclass
class RoundExport:
    """What ``export --round`` did: the bundle, the round, and agencies it had to create."""

    bundle: BundleResult
    number: int
    resent: bool = False  # the bytes of a round sent before
    new_agencies: list[str] = field(default_factory=list)
    warnings: list[Message | str] = field(default_factory=list)


def current_date() -> date:
    """Today's date: what deadlines are counted from and rounds are closed on."""
    return date.today()


def parse_date(text: str | None) -> str:
    """A YYYY-MM-DD date as given ("" for none); RoundError with one sentence otherwise."""
    if not text:
        return ""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise RoundError(_BAD_DATE, text=repr(text)) from None


def parse_round(text: str) -> int | None:
    """``next`` → None; a round number → that number; RoundError otherwise."""
    if text.strip().casefold() == NEXT:
        return None
    if text.strip().isdigit() and int(text) >= 1:
        return int(text)
    raise RoundError(N_("{text} is not a round: write next or a round number."), text=repr(text))


def agency_names(text: str | None) -> list[str]:
    """The agencies of ``--to A,B`` in order, each once (the same name spelled twice is one)."""
    names: list[str] = []
    for part in (text or "").split(","):
        name = " ".join(part.split())
        if name and not any(r.same_name(name, n) for n in names):
            names.append(name)
    return names


def _writable(project: Project) -> None:
    if project.read_only:
        raise ProjectError(
            N_("{name} is open read-only, so no round can be recorded in it."), name=project.name
        )


def no_round(project: Project, number: int) -> RoundError:
    """The error for a round ``number`` the project has not sent (naming the rounds it has)."""
    numbers = [str(x.number) for x in project.rounds()]
    if not numbers:
        return RoundError(_NO_ROUNDS_YET, name=project.name, number=number)
    return RoundError(_NO_ROUND, name=project.name, number=number, known=", ".join(numbers))


def frozen_draft(draft: m.Draft, acts: list[m.Act]) -> dict[str, Any]:
    """The draft as it is sent: metadata, every act's proposals and the act's edition."""
    editions = {act.slug: (act.edition_date, act.edition_source) for act in acts}
    return {
        "title": draft.title,
        "agency": draft.agency,
        "style": draft.style,
        "entry_into_force": draft.entry_into_force,
        **{key: getattr(draft, key) for key in m.FRAME_KEYS},
        "acts": [
            {
                "slug": act_draft.slug,
                "edition_date": editions.get(act_draft.slug, ("", ""))[0],
                "edition_source": editions.get(act_draft.slug, ("", ""))[1],
                "proposals": [proposal_to_dict(p) for p in act_draft.proposals.values()],
            }
            for act_draft in draft.acts
        ],
    }


def export_round(
    project_path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    round_text: str,
    *,
    to: str | None = None,
    deadline: str | None = None,
    export_date: datetime | date | None = None,
) -> RoundExport:
    """``drafter export --round next|N``: send a new round, or write round N as it was sent.

    ``next`` opens round N = last + 1 for the agencies of ``to`` ("A,B"; default: the previous
    round's recipients; new names become agencies), freezes the draft, writes the bundle marked
    with the round and keeps its files and paragraphs in the project — in one transaction: a
    failure leaves the project and the folder as they were. A sent round's number writes the
    bytes that were sent.
    """
    number = parse_round(round_text)
    deadline_s = parse_date(deadline)
    with open_project(Path(project_path)) as project:
        if number is not None:
            if to is not None or deadline is not None or export_date is not None:
                raise RoundError(
                    N_(
                        "Round {number} was sent already and is written as it was sent; --to, "
                        "--deadline and --date are for a new round (--round next)."
                    ),
                    number=number,
                )
            return _resend(project, number, Path(out_dir))
        _writable(project)
        return _send_next(project, Path(out_dir), to, deadline_s, export_date)


def send_round(
    project: Project,
    out_dir: str | os.PathLike[str],
    *,
    to: str | None = None,
    deadline: str | None = None,
    export_date: datetime | date | None = None,
) -> RoundExport:
    """Send the next round from the open ``project`` (the app's document's), as
    ``export_round(..., "next", ...)`` does from a project file."""
    deadline_s = parse_date(deadline)
    _writable(project)
    return _send_next(project, Path(out_dir), to, deadline_s, export_date)


def answer(
    project: Project,
    agency: str,
    number: int,
    status: str | None,
    *,
    letter: str | None = None,
    answer_date: str | None = None,
    deadline: str | None = None,
) -> r.Recipient:
    """Agency ``agency``'s answer to round ``number`` (ANSWERS) in the open ``project``, with
    the reference and date of its letter; and/or the ``deadline`` of its answer (then the status
    may be left out). Checks everything before writing anything."""
    if status is None and deadline is None:
        raise RoundError(N_("Give the agency's answer (--status) or its deadline (--deadline)."))
    if status is None and (letter is not None or answer_date is not None):
        raise RoundError(N_("--letter and --date go with the answer (--status)."))
    if status is not None and status not in ANSWERS:
        raise RoundError(
            N_("{status} is not an answer: write agreed, remarks, objections or none."),
            status=repr(status),
        )
    day = parse_date(answer_date)
    due = parse_date(deadline)
    _writable(project)
    _sent, found = _recipient(project, number, agency)
    with project.transaction():
        if status is not None:
            project.set_answer(number, found.id, status, (letter or "").strip(), day)
        if deadline is not None:
            project.set_deadline(number, found.id, due)
    after = project.round(number)
    assert after is not None
    return next(x for x in after.recipients if x.agency == found.short_name)


def _send_next(
    project: Project,
    target: Path,
    to: str | None,
    deadline: str,
    export_date: datetime | date | None,
) -> RoundExport:
    number = project.last_round() + 1
    if to is not None:
        names = agency_names(to)
        if not names:
            raise RoundError(N_("--to names no agency: write --to AGENCY,AGENCY."))
    else:
        previous = project.round(number - 1) if number > 1 else None
        names = [x.agency for x in previous.recipients] if previous else []
        if not names:
            raise RoundError(
                N_("Round {number} has no recipients: name them with --to AGENCY,AGENCY."),
                number=number,
            )
    previous_open = _still_open(project, number - 1)
    known = [project.find_agency(name) for name in names]
    recipients = [a.short_name if a else name for a, name in zip(known, names, strict=True)]
    new = [name for a, name in zip(known, names, strict=True) if a is None]
    draft, acts = project.draft(), project.acts()
    info = RoundInfo(number, project.project_id(), tuple(recipients))
    written = False
    was_empty_folder = target.is_dir() and not target.is_symlink()
    try:
        with project.transaction():
            ids = [
                a.id if a else project.add_agency(r.Agency(n)).id
                for a, n in zip(known, names, strict=True)
            ]
            bundle = write_bundle(draft, acts, target, export_date=export_date, round_info=info)
            written = True
            files = [
                r.RoundFile(name, *bundle.kinds[name], _sha256(content), content)
                for name in bundle.sent
                for content in [(target / name).read_bytes()]
            ]
            meta = json.loads(bundle.manifest)
            sent = r.Round(
                number,
                meta["round"]["date"],
                author=draft.agency or DEFAULT_AUTHOR,
                stamp=meta["draft"]["export_date"],
                files=files,
            )
            project.add_round(
                sent,
                draft=frozen_draft(draft, acts),
                manifest=bundle.manifest,
                recipients=[(agency_id, deadline) for agency_id in ids],
                paragraphs=bundle.sent,
            )
            for slug, mapping in bundle.bookmarks.items():
                project.set_bookmarks(slug, mapping)
    except BaseException:
        if written:
            shutil.rmtree(target, ignore_errors=True)
            if was_empty_folder:
                target.mkdir()
        raise
    warnings: list[Message | str] = list(bundle.warnings)
    if previous_open is not None:
        warnings.append(previous_open)
    warnings += [
        message(N_("{agency} is a new agency; it was added to the project."), agency=name)
        for name in new
    ]
    return RoundExport(bundle, number, new_agencies=new, warnings=warnings)


def _still_open(project: Project, number: int) -> Message | None:
    """The warning for sending a round while round ``number`` is not closed yet."""
    sent = project.round(number) if number >= 1 else None
    if sent is None or sent.closed:
        return None
    undecided = sum(1 for x in project.remarks(number) if x.undecided)
    return message(
        N_("Round {number} is still open (undecided remarks: {count}); round {next} is sent "
           "all the same."),
        number=number, count=undecided, next=number + 1,
    )  # fmt: skip


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _resend(project: Project, number: int, target: Path) -> RoundExport:
    stored = project.round_bytes(number)
    if stored is None:
        raise no_round(project, number)
    manifest, files = stored
    check_target(target)
    contents = {f.name: f.content for f in files}
    contents["manifest.json"] = manifest.encode("utf-8")
    _write_folder(target, contents)
    bundle = BundleResult(target, files=[*sorted(f.name for f in files), "manifest.json"])
    bundle.manifest = manifest
    return RoundExport(bundle, number, resent=True)


def _write_folder(target: Path, contents: dict[str, bytes]) -> None:
    """Write the files into a temporary folder beside ``target``, then rename it."""
    try:
        scratch.remove_leftovers(target.parent)  # of an export killed before
        tmp = scratch.make_dir(target.parent, target.name)
    except OSError as exc:
        raise ExportError(
            N_("Cannot write the bundle in {folder}: {reason}."),
            folder=str(target.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        for name, data in contents.items():
            (tmp / name).write_bytes(data)
        usual_permissions(tmp, list(contents))
        move_into_place(tmp, target)
    except OSError as exc:
        scratch.remove(tmp)
        raise ExportError(
            N_("Cannot write the bundle {target}: {reason}."),
            target=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        scratch.remove(tmp)
        raise


# --- answers and the list of rounds ----------------------------------------------------------
def record_answer(
    project_path: str | os.PathLike[str],
    agency: str,
    number: int,
    status: str | None,
    *,
    letter: str | None = None,
    answer_date: str | None = None,
    deadline: str | None = None,
) -> r.Recipient:
    """``drafter answer``: :func:`answer` in the project file at ``project_path``."""
    with open_project(Path(project_path)) as project:
        return answer(
            project, agency, number, status,
            letter=letter, answer_date=answer_date, deadline=deadline,
        )  # fmt: skip


def set_deadline(project: Project, number: int, agency: str, deadline: str) -> r.Recipient:
    """The deadline (YYYY-MM-DD; "" clears it) of agency ``agency``'s answer to round ``number``."""
    due = parse_date(deadline)
    _writable(project)
    _sent, found = _recipient(project, number, agency)
    project.set_deadline(number, found.id, due)
    after = project.round(number)
    assert after is not None
    return next(x for x in after.recipients if x.agency == found.short_name)


def close_round(
    project: Project, number: int, *, force: bool = False, on: date | None = None
) -> r.Round:
    """Close round ``number`` today: refused while it has undecided remarks, unless ``force``."""
    _writable(project)
    sent = project.round(number)
    if sent is None:
        raise no_round(project, number)
    if sent.closed:
        raise RoundError(
            N_("Round {number} is closed already (on {date})."), number=number, date=sent.closed
        )
    undecided = sum(1 for x in project.remarks(number) if x.undecided)
    if undecided and not force:
        raise RoundError(
            N_("Round {number} has undecided remarks ({count}): decide them first, or close "
               "the round all the same (--force)."),
            number=number, count=undecided,
        )  # fmt: skip
    project.set_round_closed(number, (on or current_date()).isoformat())
    closed = project.round(number)
    assert closed is not None
    return closed


def reopen_round(project: Project, number: int) -> r.Round:
    """Open a closed round ``number`` again."""
    _writable(project)
    sent = project.round(number)
    if sent is None:
        raise no_round(project, number)
    if not sent.closed:
        raise RoundError(N_("Round {number} is not closed."), number=number)
    project.set_round_closed(number, "")
    sent.closed = ""
    return sent


def change_round(
    project_path: str | os.PathLike[str], number: int, *, close: bool, force: bool = False
) -> r.Round:
    """``drafter rounds --close N [--force]`` / ``--reopen N`` on the project file."""
    with open_project(Path(project_path)) as project:
        if close:
            return close_round(project, number, force=force)
        return reopen_round(project, number)


def round_summary(project: Project) -> dict[str, int] | None:
    """The status bar's line: the latest round, how many of its recipients answered, and the
    project's undecided remarks; None before the first round."""
    number = project.last_round()
    latest = project.round(number) if number else None
    if latest is None:
        return None
    return {
        "round": number,
        "answers": sum(1 for x in latest.recipients if x.status != "pending"),
        "recipients": len(latest.recipients),
        "open": sum(1 for x in project.remarks() if x.undecided),
    }


def _recipient(project: Project, number: int, agency: str) -> tuple[r.Round, r.Agency]:
    """Round ``number`` and the agency ``agency`` it was sent to; RoundError otherwise."""
    sent = project.round(number)
    if sent is None:
        raise no_round(project, number)
    found = project.find_agency(agency)
    if found is None:
        names = ", ".join(a.short_name for a in project.agencies()) or "—"
        raise RoundError(
            N_("{name} has no agency {agency} (known: {known})."),
            name=project.name,
            agency=f"«{agency}»",
            known=names,
        )
    if found.id not in project.recipient_ids(number):
        raise RoundError(
            N_("Round {number} was not sent to {agency} (sent to: {recipients})."),
            number=number,
            agency=found.short_name,
            recipients=", ".join(x.agency for x in sent.recipients),
        )
    return sent, found


_NO_TEXT = N_("The remark has no text; write what the agency says.")


class LetterFields(TypedDict, total=False):
    """What a remark of a letter says, and where: the act, the unit (in the round's numbering;
    "" for the act as a whole), the remark's text, the wording proposed, the words quoted."""

    act: Required[str]
    address: Required[str]
    text: Required[str]
    proposed: str | None
    quote: str


def add_letter_remark(
    project_path: str | os.PathLike[str], agency: str, number: int, **fields: Unpack[LetterFields]
) -> r.Remark:
    """A remark of an agency's letter entered by hand (see ``letter_remark``), in the project
    file at ``project_path``."""
    if not fields["text"].strip():
        raise RoundError(_NO_TEXT)
    with open_project(Path(project_path)) as project:
        return letter_remark(project, agency, number, **fields)


def letter_remark(
    project: Project, agency: str, number: int, **fields: Unpack[LetterFields]
) -> r.Remark:
    """A remark of agency ``agency``'s letter, entered by hand on a unit of the draft as sent
    in round ``number``, stored in the open ``project``. Checks everything before writing."""
    act, address, text = fields["act"], fields["address"], fields["text"].strip()
    if not text:
        raise RoundError(_NO_TEXT)
    _writable(project)
    _sent, found = _recipient(project, number, agency)
    if address and not _unit_in_round(project, number, act, address):
        raise RoundError(
            N_("{act} has no unit {address} in the text sent in round {number}."),
            act=act,
            address=address,
            number=number,
        )
    if not address and act not in project.act_slugs():
        raise RoundError(N_("{name} has no act «{slug}»."), name=project.name, slug=act)
    remark = r.Remark(
        number,
        found.short_name,
        "letter",
        act=act,
        address=address,
        quote=fields.get("quote", ""),
        text=text,
        proposed=fields.get("proposed"),
        placement="manual",
    )
    project.add_remark(remark, found.id)
    return remark


def _unit_in_round(project: Project, number: int, slug: str, address: str) -> bool:
    """Is ``address`` a unit of act ``slug`` as it was current or proposed in round ``number``?"""
    if slug not in project.act_slugs():
        return False
    current = project.act(slug)
    if current.find(address) is not None:
        return True
    frozen = project.round_draft(number) or {}
    for entry in frozen.get("acts", []):
        if entry["slug"] == slug:
            proposals = [proposal_from_dict(p) for p in entry["proposals"]]
            act_draft = m.ActDraft(slug, {p.address: p for p in proposals})
            return proposed_act(current, act_draft).find(address) is not None
    return False


def list_rounds(
    project_path: str | os.PathLike[str], on: date | None = None
) -> list[dict[str, Any]]:
    """``drafter rounds --json``: each round with its date and recipients' answers (as of
    ``on``, today by default)."""
    with open_project(Path(project_path), read_only=True) as project:
        return rounds_json(project, on)


def due(recipient: r.Recipient, on: date) -> tuple[str, int | None]:
    """Where an agency's answer stands: "received" (any answer recorded), "overdue" or "due"
    (days left to its deadline: negative when overdue), "open" (no deadline)."""
    if recipient.status != "pending":
        return "received", None
    try:
        deadline = date.fromisoformat(recipient.deadline)
    except ValueError:  # none, or not a date (every way in checks it; an old file might not)
        return "open", None
    days = (deadline - on).days
    return ("overdue" if days < 0 else "due"), days


def rounds_json(project: Project, today: date | None = None) -> list[dict[str, Any]]:
    """The rounds of an open project as ``drafter rounds --json`` lists them: each recipient's
    answer and where it stands on ``today`` (see :func:`due`), each round's closing date and
    its remarks (total, undecided)."""
    today = today or current_date()
    remarks = [x for x in project.remarks() if x.counted]
    out = []
    for x in project.rounds():
        recipients = []
        for y in x.recipients:
            state, days = due(y, today)
            recipients.append(
                {
                    "agency": y.agency,
                    "deadline": y.deadline or None,
                    "status": y.status,
                    "letter": y.letter or None,
                    "answer_date": y.answer_date or None,
                    "due": state,
                    "days": days,
                }
            )
        mine = [z for z in remarks if z.round == x.number]
        out.append(
            {
                "number": x.number,
                "date": x.date,
                "closed": x.closed or None,
                "recipients": recipients,
                "remarks": {"total": len(mine), "open": sum(1 for z in mine if z.undecided)},
            }
        )
    return out
