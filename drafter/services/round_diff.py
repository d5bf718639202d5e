"""Rounds compared: the units changed between two rounds and the remarks behind them, where a
remark's unit is now, and the comparison written as a Word file (`drafter rounds --diff`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from drafter.core import model as m
from drafter.core import round_diff as rd
from drafter.core import rounds as r
from drafter.core.round_diff import UnitChange
from drafter.core.serialize import proposal_from_dict
from drafter.io import docx_round_diff as dd
from drafter.io.docx_package import now_utc
from drafter.io.project import Project
from drafter.messages import N_
from drafter.services.disagreements import provision
from drafter.services.export import DEFAULT_AUTHOR
from drafter.services.projects import open_project
from drafter.services.rounds import RoundError, no_round

CURRENT = 0  # "round" 0: the draft as it is now, not yet sent
# A remark of round A is behind a change of round B when the drafter accepted it, or partly.
BEHIND = ("accepted", "partly")


def round_number(text: str) -> int:
    """A round as the command line names it: its number, or ``current`` (CURRENT) for the
    draft as it is now; RoundError otherwise."""
    word = text.strip().casefold()
    if word == "current":
        return CURRENT
    if word.isdigit() and int(word) >= 1:
        return int(word)
    raise RoundError(N_("{text} is not a round: write a round number or current."),
                     text=repr(text))  # fmt: skip


def round_draft(project: Project, number: int) -> m.Draft:
    """The draft as sent in round ``number`` (CURRENT: the draft now); RoundError when the
    project has no such round."""
    if number == CURRENT:
        return project.draft()
    frozen = project.round_draft(number)
    if frozen is None:
        raise no_round(project, number)
    draft = m.Draft(
        title=frozen.get("title", ""),
        agency=frozen.get("agency", ""),
        style=frozen.get("style", "ru"),
        entry_into_force=frozen.get("entry_into_force", ""),
        acts=[
            m.ActDraft(e["slug"], {p.address: p for p in map(proposal_from_dict, e["proposals"])})
            for e in frozen.get("acts", [])
        ],
    )
    for key in m.FRAME_KEYS:
        setattr(draft, key, frozen.get(key, ""))
    return draft


class _Rounds:
    """The rounds of an open project, each draft read and each pair compared once."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.acts = project.acts()
        self.drafts: dict[int, m.Draft] = {}
        self.pairs: dict[tuple[int, int], dict[str, rd.ActComparison]] = {}
        self.sent: list[int] | None = None

    def draft(self, number: int) -> m.Draft:
        if number not in self.drafts:
            self.drafts[number] = round_draft(self.project, number)
        return self.drafts[number]

    def compare(self, a: int, b: int) -> dict[str, rd.ActComparison]:
        """Round ``a`` against round ``b``, every act of the project (amended or not)."""
        if (a, b) not in self.pairs:
            draft_a, draft_b = self.draft(a), self.draft(b)
            self.pairs[a, b] = rd.round_changes(self.acts, draft_a, self.acts, draft_b)
            for act in self.acts:  # neither draft amends it: every unit stays where it is
                self.pairs[a, b].setdefault(act.slug, rd.ActComparison(act.slug, act, act, [], {}))
        return self.pairs[a, b]

    def later(self, number: int) -> list[int]:
        """The rounds sent after round ``number``, then CURRENT."""
        if self.sent is None:
            self.sent = [x.number for x in self.project.rounds()]
        return [x for x in self.sent if x > number] + [CURRENT]


def _check_pair(a: int, b: int) -> None:
    if a == b:
        raise RoundError(N_("Round {number} compared with itself shows nothing: name two "
                            "different rounds."), number=a)  # fmt: skip


def round_changes(project: Project, a: int, b: int | None) -> list[UnitChange]:
    """The units whose proposed text differs between round ``a`` and round ``b`` of the open
    ``project`` (``b`` None or 0: the current draft), every act in turn, each naming the remarks
    of round ``a`` on that unit or a unit it lies in that the drafter accepted (or partly).
    ``b`` may be older than ``a``: the changes are then from ``a`` back to ``b``."""
    return _changes(_Rounds(project), a, b or CURRENT)


def _changes(rounds: _Rounds, a: int, b: int) -> list[UnitChange]:
    _check_pair(a, b)
    remarks = [x for x in rounds.project.remarks(a) if x.status in BEHIND and x.address]
    out: list[UnitChange] = []
    for slug, comparison in rounds.compare(a, b).items():
        on_act = [x for x in remarks if x.act == slug]
        for change in comparison.changes:
            out.append(replace(change, remarks=_behind(change, on_act)))
    return out


def _behind(change: UnitChange, remarks: list[r.Remark]) -> tuple[int, ...]:
    """The remarks on the changed unit or on a unit it lies in (round-A addresses)."""
    where = change.address if change.status != rd.ADDED else change.parent
    units = set(rd.ancestors(where)) if where else set()
    return tuple(x.id for x in remarks if x.address.removesuffix(m.HEADING_SUFFIX) in units)


def changed_since(project: Project, number: int) -> dict[str, set[str]]:
    """Act slug → the current draft's addresses of the units whose proposed text differs from
    round ``number``'s (changed, added or renumbered; a unit since removed has no address now
    and is not listed). Acts with no change are left out."""
    out: dict[str, set[str]] = {}
    for slug, comparison in _Rounds(project).compare(number, CURRENT).items():
        found = {c.new_address for c in comparison.changes if c.new_address}
        if found:
            out[slug] = found
    return out


def where_now(project: Project, remarks: list[r.Remark]) -> dict[int, str | None]:
    """Remark id → the address of its unit in the current draft (None when the unit is gone;
    "" for a remark on an act as a whole or not placed). The unit is followed round by round
    from the remark's round to the current draft, through every renumbering."""
    return {key: path[-1][1] for key, path in _paths(project, remarks).items()}


def removed_since(project: Project, remarks: list[r.Remark]) -> dict[int, int | None]:
    """Remark id → the first round after the remark's round whose draft no longer has its
    unit: that round's number, CURRENT (0) when only the current draft lacks it, None when the
    unit is still there."""
    out: dict[int, int | None] = {}
    for key, path in _paths(project, remarks).items():
        out[key] = next((number for number, address in path if address is None), None)
    return out


def remark_places(project: Project, remarks: list[r.Remark]) -> dict[int, dict[str, Any]]:
    """Remark id → ``{"unit_now", "removed_since"}`` as ``drafter remarks --json`` shows them:
    the unit's address in the current draft (None when gone, None for a remark on no unit), and
    the round whose draft first lacks it ("current" for the current draft; None while it
    exists)."""
    out: dict[int, dict[str, Any]] = {}
    for key, path in _paths(project, remarks).items():
        gone = next((number for number, address in path if address is None), None)
        out[key] = {
            "unit_now": path[-1][1] or None,
            "removed_since": "current" if gone == CURRENT else gone,
        }
    return out


def _paths(project: Project, remarks: list[r.Remark]) -> dict[int, list[tuple[int, str | None]]]:
    """Each remark's unit round by round: (round, its address there) from the remark's round
    to CURRENT; after the unit is gone the path ends with (round, None)."""
    rounds = _Rounds(project)
    slugs = {x.slug for x in rounds.acts}
    out: dict[int, list[tuple[int, str | None]]] = {}
    for remark in remarks:
        address: str | None = remark.address
        path: list[tuple[int, str | None]] = [(remark.round, address)]
        if not address:
            path.append((CURRENT, ""))
        elif remark.act not in slugs:
            path.append((CURRENT, None))
        else:
            previous = remark.round
            for number in rounds.later(remark.round):
                comparison = rounds.compare(previous, number)[remark.act]
                address = rd.map_address(comparison, address)
                path.append((number, address))
                if address is None:
                    break
                previous = number
        out[remark.id] = path
    return out


# --- the comparison as a file --------------------------------------------------------------
@dataclass
class RoundComparison:
    """What ``drafter rounds --diff A B`` found (and wrote, with ``-o``): the changes in the
    acts' order, each with its unit as cited, what changed and the ground, as in the table."""

    a: int
    b: int  # CURRENT: the draft now
    changes: list[UnitChange] = field(default_factory=list)
    rows: list[dd.ChangeRow] = field(default_factory=list)
    out: Path | None = None
    revisions: int = 0
    names: dict[int, str] = field(default_factory=dict)  # remark id → its agency
    written: dd.Written | None = None  # what the file reads as (accept all / reject all)

    def agencies(self) -> list[list[tuple[int, str]]]:
        """For each change, the remarks behind it as (id, agency)."""
        return [[(n, self.names.get(n, "")) for n in c.remarks] for c in self.changes]

    def to_json(self) -> dict[str, Any]:
        """``drafter rounds --diff A B --json``."""
        return {
            "a": self.a,
            "b": self.b or "current",
            "changes": [
                {**change_json(c), "unit": row.unit, "what": row.what, "ground": row.ground}
                for c, row in zip(self.changes, self.rows, strict=True)
            ],
            "out": str(self.out) if self.out else None,
        }


def change_json(change: UnitChange) -> dict[str, Any]:
    """One change: act, address in round A (None for an added unit), in round B (None for a
    removed one), status, the unit's own changed fields and the remarks behind it."""
    return {
        "act": change.act,
        "address": change.address if change.status != rd.ADDED else None,
        "new_address": change.new_address or None,
        "status": change.status,
        "fields": list(change.fields),
        "remarks": list(change.remarks),
    }


def compare_rounds(
    project_path: str | os.PathLike[str],
    a: int,
    b: int | None,
    out: str | os.PathLike[str] | None = None,
    *,
    lang: str | None = None,
) -> RoundComparison:
    """``drafter rounds --diff A B [-o OUT.docx]``: round ``b`` (None or 0: the current draft)
    against round ``a``; with ``out``, written as a .docx — each changed act's text of round B
    against round A as tracked changes (accept all: round B, reject all: round A), then the
    table of the changes and their grounds. ``lang``: ru or en (default: the draft's)."""
    with open_project(Path(project_path), read_only=True) as project:
        rounds = _Rounds(project)
        b = b or CURRENT
        changes = _changes(rounds, a, b)
        draft = project.draft()
        lang = lang or ("ru" if draft.style == "ru" else "en")
        remarks = {x.id: x for x in project.remarks(a)}
        comparisons = rounds.compare(a, b)
        rows = [_row(c, comparisons[c.act], remarks, lang) for c in changes]
        names = {x.id: x.agency for x in remarks.values()}
        result = RoundComparison(a, b, changes, rows, names=names)
        if out is None:
            return result
        doc = dd.RoundDiffDocument(a, b, lang, draft.title, rows=rows)
        with_changes = {c.act for c in changes}
        doc.acts = [(x.before, x.after) for slug, x in comparisons.items() if slug in with_changes]
        written = dd.write_round_diff(
            Path(out),
            doc,
            author=draft.agency or DEFAULT_AUTHOR,
            date=_stamp(project, b),
            project=project.project_id(),
        )
    result.out, result.revisions, result.written = written.path, written.revisions, written
    return result


def _stamp(project: Project, number: int) -> datetime:
    """The revisions' date: round B's export stamp, or now for the current draft."""
    sent = project.round(number) if number != CURRENT else None
    if sent is not None and sent.stamp:
        return datetime.fromisoformat(sent.stamp.replace("Z", "+00:00"))
    return now_utc()


_WHAT = {
    "ru": {
        "heading": "изменено наименование",
        "text": "изменена редакция",
        "repealed": "признано утратившим силу",
        "restored": "изложено вновь",
        rd.ADDED: "новое положение",
        rd.REMOVED: "исключено",
        rd.RENUMBERED: "изменена нумерация (было: {old})",
        "remark": "по замечанию {agency} (№ {id})",
        "own": "по инициативе разработчика",
    },
    "en": {
        "heading": "heading changed",
        "text": "wording changed",
        "repealed": "repealed",
        "restored": "restated",
        rd.ADDED: "added",
        rd.REMOVED: "removed",
        rd.RENUMBERED: "renumbered (was {old})",
        "remark": "following remark {id} ({agency})",
        "own": "drafter's own change",
    },
}


def _own_part(cited: str, other: str) -> str:
    """``cited`` without the words it ends with in common with ``other``: «часть вторая» of
    «часть вторая статьи 322.1 …» against «часть третья статьи 322.1 …»."""
    a, b = cited.split(" "), other.split(" ")
    n = 0
    while n < min(len(a), len(b)) - 1 and a[-1 - n] == b[-1 - n]:
        n += 1
    return " ".join(a[: len(a) - n])


def _row(
    change: UnitChange, comparison: rd.ActComparison, remarks: dict[int, r.Remark], lang: str
) -> dd.ChangeRow:
    words = _WHAT[lang]
    if change.status == rd.REMOVED:
        unit = provision(comparison.before, change.address, None, lang)
    else:
        unit = provision(comparison.after, change.new_address, None, lang)
    if change.status == rd.CHANGED:
        found = []
        if "heading" in change.fields:
            found.append(words["heading"])
        if {"text", "closing"} & set(change.fields):
            found.append(words["text"])
        if "repealed" in change.fields:
            repealed = change.after is not None and change.after.repealed
            found = [words["repealed" if repealed else "restored"]]
        what = ", ".join(found)
    elif change.status == rd.RENUMBERED:
        old = provision(comparison.before, change.address, None, lang)
        what = words[rd.RENUMBERED].format(old=_own_part(old, unit))
    else:
        what = words[change.status]
    grounds = [
        words["remark"].format(agency=remarks[n].agency, id=n)
        for n in change.remarks
        if n in remarks
    ]
    ground = "; ".join(grounds) or words["own"]
    return dd.ChangeRow(unit, what, ground, change.act, change.new_address or change.address)
