"""Filing an agency's returned Word files (`drafter review`): which sent file each one is, its items
placed on units, stored as remarks of the round in one transaction."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from drafter.core import rounds as r
from drafter.core.review import content_score, review
from drafter.core.review_doc import Item as Item
from drafter.core.review_doc import RDoc, SentFile
from drafter.errors import DrafterError, ProjectError
from drafter.io.project import Project
from drafter.io.review_reader import read_returned, sent_file
from drafter.messages import N_, Message, message
from drafter.services.projects import open_project

BY_PROPERTIES = "properties"
BY_CONTENT = "content"
MIN_SCORE = 0.5  # the share of paragraphs a file must have as sent to be read by content
# core.review placements → the project's (core.rounds.PLACEMENTS)
_PLACEMENT = {"exact": "bookmark", "aligned": "aligned", "fuzzy": "fuzzy", "manual": "manual"}

_ALREADY = N_("{file} was already filed on {date} for {agency} (round {number}): nothing to do.")


class ReviewError(DrafterError):
    """A returned file that cannot be filed (another draft, never sent, matching no sent file)."""


@dataclass
class ReviewReport:
    """One returned file read against what was sent: its round, sent file, agency and items."""

    file: str  # the returned file's name
    sha256: str
    round: int  # the round it was sent in (properties first, content second)
    sent_file: str  # which file of the round it is
    identified_by: str  # BY_PROPERTIES | BY_CONTENT
    agency: str  # the agency's short name as stored (or as given, when new)
    agency_is_new: bool
    already_filed: bool  # the same bytes were filed before: storing adds nothing
    items: list[Item] = field(default_factory=list)  # in file order; placed or unplaced
    warnings: list[Message] = field(default_factory=list)
    content: bytes = field(default=b"", repr=False)  # the bytes, kept for storing

    def placed(self) -> list[Item]:
        return [x for x in self.items if x.address is not None]

    def unplaced(self) -> list[Item]:
        return [x for x in self.items if x.address is None]

    def to_json(self) -> dict[str, object]:
        """The DESIGN.md `review --json` object for this file."""
        return {
            "file": self.file,
            "round": self.round,
            "agency": self.agency,
            "remarks": [x.entry() for x in self.placed()],
            "unplaced": [x.entry() for x in self.unplaced()],
        }


# --- reading -------------------------------------------------------------------------------
def read_review(
    project: Project, path: Path, agency: str, round: int | None = None
) -> ReviewReport:
    """Read and place a returned file against what was sent; stores nothing (a preview)."""
    path = Path(path)
    doc = read_returned(path)  # the safety checks of an import: one sentence when refused
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    name = " ".join(agency.split())
    if not name:
        raise ReviewError(N_("--agency names no agency: write the agency's short name."))
    known = project.find_agency(name)
    number, sent, by, warnings = _identify(project, doc, round)
    result = review(doc, sent)
    report = ReviewReport(
        file=path.name,
        sha256=sha,
        round=number,
        sent_file=sent.name,
        identified_by=by,
        agency=known.short_name if known else name,
        agency_is_new=known is None,
        already_filed=False,
        items=result.items,
        warnings=warnings,
        content=data,
    )
    untracked = [x.address or "?" for x in result.items if x.kind == "untracked"]
    if untracked:
        report.warnings.append(
            message(
                N_("{file} has edits made with track changes off: {units}."),
                file=path.name,
                units=", ".join(dict.fromkeys(untracked)),
            )
        )
    filed = project.returned_file(sha)
    if filed is not None:
        report.already_filed = True
        report.warnings.append(_already(path.name, filed))
    return report


def _already(file: str, filed: r.ReturnedFile) -> Message:
    return message(
        _ALREADY, file=file, date=filed.received[:10], agency=filed.agency, number=filed.round
    )


def _identify(
    project: Project, doc: RDoc, asked: int | None
) -> tuple[int, SentFile, str, list[Message]]:
    """(round, sent file, how it was told, warnings): by the file's properties when they name a
    file of a round of this draft, else by its content."""
    rounds = {x.number: x for x in project.rounds()}
    if not rounds:
        raise ReviewError(
            N_("{name} has sent no round yet, so {file} cannot be an answer to one."),
            name=project.name,
            file=doc.name,
        )
    if asked is not None and asked not in rounds:
        raise ReviewError(
            N_("{name} has no round {number}; the rounds sent are {known}."),
            name=project.name,
            number=asked,
            known=", ".join(str(n) for n in rounds),
        )
    props = doc.properties
    owner = props.get("DrafterProject", "")
    ours = owner == project.project_id()
    foreign = bool(owner) and not ours
    said_round = props.get("DrafterRound", "")
    said_file = props.get("DrafterFile", "")
    warnings: list[Message] = []
    if ours:
        number = int(said_round) if said_round.isdigit() else 0
        if number not in rounds:
            raise ReviewError(
                N_("{file} names round {number}, which {name} has not sent."),
                file=doc.name,
                number=said_round or "?",
                name=project.name,
            )
        if asked is not None and asked != number:
            raise ReviewError(
                N_("{file} was sent in round {sent}, not in round {number}."),
                file=doc.name,
                sent=number,
                number=asked,
            )
        if any(f.name == said_file for f in rounds[number].files):
            return number, _sent(project, number, said_file), BY_PROPERTIES, warnings
    elif not owner and _drafter_marks(props):
        raise ReviewError(
            N_(
                "{file} is a Drafter file that was never sent in a round: only the files of "
                "a round (export --round next) can be filed as an answer."
            ),
            file=doc.name,
        )
    candidates = [asked] if asked is not None else sorted(rounds, reverse=True)
    best: tuple[float, int, SentFile] | None = None
    for number in candidates:
        for file in _sent_files(project, number):
            score = content_score(doc, file)
            if best is None or score > best[0]:
                best = (score, number, file)
    assert best is not None
    score, number, found = best
    if score < MIN_SCORE:
        if foreign:
            raise ReviewError(
                N_(
                    "{file} belongs to another draft, and its text matches no file sent "
                    "from {name}."
                ),
                file=doc.name,
                name=project.name,
            )
        raise ReviewError(
            N_(
                "{file} does not match any file sent from {name} (best: {best} of round {number}, "
                "{share}% of paragraphs)."
            ),
            file=doc.name,
            name=project.name,
            best=found.name,
            number=number,
            share=round(score * 100),
        )
    if foreign:
        warnings.append(
            message(
                N_("{file} was made from another copy of this draft; it was read by its text."),
                file=doc.name,
            )
        )
    elif not ours:
        warnings.append(
            message(
                N_("{file} has no Drafter marks; it was matched by its text to {sent}."),
                file=doc.name,
                sent=found.name,
            )
        )
    return number, found, BY_CONTENT, warnings


def _drafter_marks(props: dict[str, str]) -> bool:
    """Do the properties show a file Drafter wrote (its act, its per-paragraph bookmarks)?"""
    return any(k.startswith(("Drafter", "_drf")) for k in props)


def _sent_files(project: Project, number: int, name: str | None = None) -> list[SentFile]:
    """The files of round ``number`` as sent (only ``name`` when given), read from their bytes."""
    stored = project.round_bytes(number)
    if stored is None:
        return []
    return [sent_file(f.content, f.name) for f in stored[1] if name in (None, f.name)]


def _sent(project: Project, number: int, name: str) -> SentFile:
    return _sent_files(project, number, name)[0]


# --- storing -------------------------------------------------------------------------------
def store_review(
    project: Project,
    report: ReviewReport,
    placements: dict[int, tuple[str, str]] | None = None,
) -> int:
    """One transaction: the agency (created when new), the returned file (bytes, sha256), one
    remark per item (``placements``: item index → (act, address) placed by hand), the
    recipient's status (remarks when items, "agreed" when none). Returns the number of remarks
    stored (0 when already filed)."""
    if project.read_only:
        raise ProjectError(
            N_("{name} is open read-only, so no answer can be filed in it."), name=project.name
        )
    placements = placements or {}
    if project.returned_file(report.sha256) is not None:
        report.already_filed = True
        return 0
    with project.transaction():
        filed = project.returned_file(report.sha256)
        if filed is not None:
            report.already_filed = True
            return 0
        agency = project.find_agency(report.agency)
        if agency is None:
            agency = project.add_agency(r.Agency(report.agency))
        report.agency = agency.short_name
        seen = sorted(
            {item.author for item in report.items if item.author not in _NO_NAMES}
            - {*agency.aliases, agency.short_name, agency.full_name}
        )
        if seen:  # the agency is then known by its reviewers' names too (find_agency)
            agency.aliases = [*agency.aliases, *seen]
            project.update_agency(agency)
        project.add_recipient(report.round, agency.id)
        file_id = project.add_returned_file(
            report.round,
            agency.id,
            report.file,
            report.sha256,
            report.content,
            sent_file=report.sent_file,
        )
        ids: dict[int, int] = {}
        for index, item in enumerate(report.items):
            remark = _remark(report, item, index, placements.get(index))
            remark.returned_file = file_id
            if item.parent is not None:
                remark.parent = ids.get(item.parent)
            ids[index] = project.add_remark(remark, agency.id)
        status = _status(project, report.round, agency.id, bool(report.items))
        answer = next(
            x for x in _recipients(project, report.round) if x.agency == agency.short_name
        )
        project.set_answer(report.round, agency.id, status, answer.letter, answer.answer_date)
    return len(report.items)


# Author names that name nobody: anonymized files, LibreOffice and Word defaults.
_NO_NAMES = frozenset({"", "Author", "Автор", "Unknown Author", "Неизвестный автор"})


def _recipients(project: Project, number: int) -> list[r.Recipient]:
    found = project.round(number)
    return found.recipients if found else []


def _status(project: Project, number: int, agency_id: int, items: bool) -> str:
    """The answer's status after this file: remarks when it has items; agreed when none, unless
    an earlier file of the agency already had remarks or objections."""
    agency = next(a for a in project.agencies() if a.id == agency_id)
    now = next(x.status for x in _recipients(project, number) if x.agency == agency.short_name)
    if now == "objections":
        return now
    if items:
        return "remarks"
    return now if now == "remarks" else "agreed"


def _remark(
    report: ReviewReport, item: Item, index: int, by_hand: tuple[str, str] | None
) -> r.Remark:
    act, address, placement = item.act, item.address or "", _PLACEMENT.get(item.placement)
    if by_hand is not None:
        act, address, placement = by_hand[0], by_hand[1], "manual"
    return r.Remark(
        round=report.round,
        agency=report.agency,
        kind=item.kind,
        act=act,
        address=address,
        role=item.role if by_hand is None else "",
        quote=item.quote,
        text=item.text or "",
        proposed=item.proposed,
        author=item.author,
        date=item.date or "",
        source={
            "file": report.file,
            "sent_file": report.sent_file,
            "item": index,
            "paragraph": item.paragraph,
            "placement": item.placement,
            "note": item.note,
            "probable_reply": item.probable_reply,
        },
        placement=placement or "unplaced",
        position=item.position or "",
        resolved=item.resolved,
    )


# --- the use cases -------------------------------------------------------------------------
def review_files(
    project_path: str | os.PathLike[str],
    paths: list[Path],
    agency: str,
    round: int | None = None,
) -> list[ReviewReport]:
    """``drafter review``: read every file first (any refusal stores nothing), then file them all
    in one transaction."""
    with open_project(Path(project_path)) as project:
        if project.read_only:
            raise ProjectError(
                N_("{name} is open read-only, so no answer can be filed in it."),
                name=project.name,
            )
        reports = [read_review(project, Path(p), agency, round) for p in paths]
        if all(x.already_filed for x in reports):
            return reports  # nothing to do, and the file is not touched
        with project.transaction():
            for report in reports:
                was_filed = report.already_filed
                known = project.find_agency(report.agency) is not None
                store_review(project, report)
                if not known and not report.already_filed:
                    report.warnings.append(
                        message(
                            N_("{agency} is a new agency; it was added to the project."),
                            agency=report.agency,
                        )
                    )
                if report.already_filed and not was_filed:  # the same bytes twice in one call
                    filed = project.returned_file(report.sha256)
                    assert filed is not None
                    report.warnings.append(_already(report.file, filed))
        return reports


def remarks_of_unit(project: Project, act: str, address: str) -> list[r.Remark]:
    """The remarks on a unit and the units inside it, every round, in the project's order."""
    return [
        x
        for x in project.remarks()
        if x.act == act and (x.address == address or x.address.startswith(address + "/"))
    ]


def open_remark_counts(project: Project) -> dict[tuple[str, str], int]:
    """(act, top-level address) → the open remarks on it: undecided, as ``drafter remarks
    --open``, the status bar and the app's badges count them (a reply or a grouped item is
    counted with its remark)."""
    counts: dict[tuple[str, str], int] = {}
    for x in project.remarks():
        if not x.address or not x.undecided:
            continue
        key = (x.act, x.address.split("/")[0])
        counts[key] = counts.get(key, 0) + 1
    return counts
