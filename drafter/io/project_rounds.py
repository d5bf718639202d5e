"""The project file's approval-round queries: agencies, rounds, files and paragraphs as sent,
recipients and their answers, returned files and remarks as rows.

Each function works on an open connection inside the caller's transaction, like
:mod:`drafter.io.project_queries`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from drafter.core import rounds as r
from drafter.io.project_queries import dumps

_RECIPIENTS = (
    "SELECT rr.round, a.short_name, rr.deadline, rr.status, rr.letter, rr.answer_date "
    "FROM round_recipients rr JOIN agencies a ON a.id = rr.agency_id "
)


def project_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM project WHERE key = 'uuid'").fetchone()
    return "" if row is None else str(row[0])


# --- agencies --------------------------------------------------------------------------------
def agencies(conn: sqlite3.Connection) -> list[r.Agency]:
    rows = conn.execute(
        "SELECT id, short_name, full_name, names, aliases FROM agencies ORDER BY id"
    ).fetchall()
    return [
        r.Agency(short, full, json.loads(names), json.loads(aliases), row_id)
        for row_id, short, full, names, aliases in rows
    ]


def find_agency(conn: sqlite3.Connection, name: str) -> r.Agency | None:
    """The agency ``name`` stands for: its short or full name, or an author name seen in its
    files (case, spacing and quote forms aside)."""
    known = agencies(conn)
    for attribute in ("short_name", "full_name"):
        for agency in known:
            if r.same_name(getattr(agency, attribute), name):
                return agency
    for agency in known:
        if any(r.same_name(alias, name) for alias in agency.aliases):
            return agency
    return None


def add_agency(conn: sqlite3.Connection, agency: r.Agency) -> int:
    cursor = conn.execute(
        "INSERT INTO agencies(short_name, full_name, names, aliases) VALUES (?, ?, ?, ?)",
        (agency.short_name, agency.full_name, dumps(agency.names), dumps(agency.aliases)),
    )
    assert cursor.lastrowid is not None  # agencies is a rowid table
    return cursor.lastrowid


def update_agency(conn: sqlite3.Connection, agency: r.Agency) -> None:
    conn.execute(
        "UPDATE agencies SET short_name = ?, full_name = ?, names = ?, aliases = ? WHERE id = ?",
        (
            agency.short_name,
            agency.full_name,
            dumps(agency.names),
            dumps(agency.aliases),
            agency.id,
        ),
    )


# --- rounds ----------------------------------------------------------------------------------
def last_round(conn: sqlite3.Connection) -> int:
    """The highest round number (0 when no round was sent yet)."""
    return int(conn.execute("SELECT coalesce(max(number), 0) FROM rounds").fetchone()[0])


def rounds(conn: sqlite3.Connection, number: int | None = None) -> list[r.Round]:
    """The rounds (or round ``number``) with their recipients and files (without the bytes)."""
    where, args = ("WHERE number = ?", (number,)) if number is not None else ("", ())
    found = {
        n: r.Round(n, sent, kind, author, stamp, closed=closed)
        for n, sent, kind, author, stamp, closed in conn.execute(
            "SELECT number, sent_date, kind, export_author, export_stamp, closed_date FROM rounds "
            f"{where} ORDER BY number",
            args,
        )
    }
    rr_where = "WHERE rr.round = ? " if number is not None else ""
    for n, agency, deadline, status, letter, answered in conn.execute(
        _RECIPIENTS + rr_where + "ORDER BY rr.round, rr.ordinal", args
    ):
        found[n].recipients.append(r.Recipient(agency, deadline, status, letter, answered))
    f_where = "WHERE round = ? " if number is not None else ""
    for n, name, kind, act, sha in conn.execute(
        f"SELECT round, name, kind, act_slug, sha256 FROM round_files {f_where}"
        "ORDER BY round, ordinal",
        args,
    ):
        found[n].files.append(r.RoundFile(name, kind, act, sha))
    return list(found.values())


def add_round(
    conn: sqlite3.Connection,
    sent: r.Round,
    *,
    created: str,
    draft: dict[str, Any],
    manifest: str,
    recipients: Iterable[tuple[int, str]],
    paragraphs: dict[str, list[r.SentParagraph]],
) -> None:
    """Store round ``sent``: the frozen draft, the manifest, every file's bytes and paragraphs,
    and its recipients ((agency id, deadline) in order)."""
    conn.execute(
        "INSERT INTO rounds(number, kind, created, sent_date, export_author, export_stamp, "
        "draft, manifest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (sent.number, sent.kind, created, sent.date, sent.author, sent.stamp, dumps(draft),
         manifest),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO round_files(round, name, ordinal, kind, act_slug, sha256, content) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (sent.number, f.name, i, f.kind, f.act, f.sha256, f.content)
            for i, f in enumerate(sent.files)
        ],
    )
    conn.executemany(
        "INSERT INTO sent_paragraphs(round, file, ordinal, bookmark, act_slug, address, role, "
        "place, text, revisions, mark) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (sent.number, name, p.ordinal, p.bookmark, p.act, p.address, p.role, p.place, p.text,
             dumps([list(s) for s in p.revisions]) if p.revisions else "", p.mark)
            for name, paras in paragraphs.items()
            for p in paras
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO round_recipients(round, agency_id, ordinal, deadline) VALUES (?, ?, ?, ?)",
        [
            (sent.number, agency_id, i, deadline)
            for i, (agency_id, deadline) in enumerate(recipients)
        ],
    )


def round_bytes(conn: sqlite3.Connection, number: int) -> tuple[str, list[r.RoundFile]] | None:
    """The manifest text and every file of round ``number`` with its bytes, or None."""
    row = conn.execute("SELECT manifest FROM rounds WHERE number = ?", (number,)).fetchone()
    if row is None:
        return None
    files = [
        r.RoundFile(name, kind, act, sha, bytes(content))
        for name, kind, act, sha, content in conn.execute(
            "SELECT name, kind, act_slug, sha256, content FROM round_files WHERE round = ? "
            "ORDER BY ordinal",
            (number,),
        )
    ]
    return str(row[0]), files


def round_draft(conn: sqlite3.Connection, number: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT draft FROM rounds WHERE number = ?", (number,)).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def sent_paragraphs(
    conn: sqlite3.Connection, number: int, file: str | None = None
) -> dict[str, list[r.SentParagraph]]:
    """Per file of round ``number`` (in the round's order), its paragraphs as sent, in order."""
    out: dict[str, list[r.SentParagraph]] = {
        name: []
        for (name,) in conn.execute(
            "SELECT name FROM round_files WHERE round = ? AND (? IS NULL OR name = ?) "
            "ORDER BY ordinal",
            (number, file, file),
        )
    }
    rows = conn.execute(
        "SELECT file, ordinal, bookmark, act_slug, address, role, place, text, revisions, mark "
        "FROM sent_paragraphs WHERE round = ? AND (? IS NULL OR file = ?) ORDER BY file, ordinal",
        (number, file, file),
    )
    for name, ordinal, bookmark, act, address, role, place, text, revisions, mark in rows:
        segments = tuple((int(op), str(t)) for op, t in json.loads(revisions)) if revisions else ()
        out[name].append(
            r.SentParagraph(ordinal, bookmark, act, address, role, place, text, segments, mark)
        )
    return out


def recipient_ids(conn: sqlite3.Connection, number: int) -> list[int]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT agency_id FROM round_recipients WHERE round = ? ORDER BY ordinal", (number,)
        )
    ]


def set_answer(
    conn: sqlite3.Connection, number: int, agency_id: int, status: str, letter: str, date: str
) -> None:
    conn.execute(
        "UPDATE round_recipients SET status = ?, letter = ?, answer_date = ? "
        "WHERE round = ? AND agency_id = ?",
        (status, letter, date, number, agency_id),
    )


def set_deadline(conn: sqlite3.Connection, number: int, agency_id: int, deadline: str) -> None:
    conn.execute(
        "UPDATE round_recipients SET deadline = ? WHERE round = ? AND agency_id = ?",
        (deadline, number, agency_id),
    )


def set_round_closed(conn: sqlite3.Connection, number: int, closed: str) -> None:
    """Close round ``number`` on date ``closed`` (YYYY-MM-DD), or reopen it ("")."""
    conn.execute("UPDATE rounds SET closed_date = ? WHERE number = ?", (closed, number))


# --- returned files and remarks ----------------------------------------------------------------
def returned_file_id(conn: sqlite3.Connection, sha256: str) -> int | None:
    row = conn.execute("SELECT id FROM returned_files WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else int(row[0])


def returned_file(conn: sqlite3.Connection, sha256: str) -> r.ReturnedFile | None:
    """The returned file filed with these bytes' hash (without its bytes), if any."""
    row = conn.execute(
        "SELECT f.id, f.round, a.short_name, f.name, f.received, f.sent_file FROM returned_files f "
        "JOIN agencies a ON a.id = f.agency_id WHERE f.sha256 = ?",
        (sha256,),
    ).fetchone()
    return None if row is None else r.ReturnedFile(*row)


def add_recipient(conn: sqlite3.Connection, number: int, agency_id: int) -> None:
    """Make ``agency_id`` a recipient of round ``number`` (last in order) unless it is one."""
    conn.execute(
        "INSERT OR IGNORE INTO round_recipients(round, agency_id, ordinal) "
        "SELECT ?, ?, coalesce(max(ordinal) + 1, 0) FROM round_recipients WHERE round = ?",
        (number, agency_id, number),
    )


def add_returned_file(
    conn: sqlite3.Connection,
    number: int,
    agency_id: int,
    name: str,
    sha256: str,
    content: bytes,
    *,
    received: str,
    sent_file: str = "",
) -> int:
    cursor = conn.execute(
        "INSERT INTO returned_files(round, agency_id, name, sha256, received, sent_file, content) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (number, agency_id, name, sha256, received, sent_file, content),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def returned_file_bytes(conn: sqlite3.Connection, file_id: int) -> bytes | None:
    row = conn.execute("SELECT content FROM returned_files WHERE id = ?", (file_id,)).fetchone()
    return None if row is None else bytes(row[0])


_REMARK_COLUMNS = (
    "kind",
    "act_slug",
    "address",
    "role",
    "quote",
    "text",
    "proposed",
    "author",
    "date",
    "placement",
    "position",
    "parent",
    "returned_file",
    "status",
    "grounds",
    "grounds_kind",
    "severity",
    "grouped_into",
    "link",
)


def add_remark(conn: sqlite3.Connection, remark: r.Remark, agency_id: int) -> int:
    ordinal = conn.execute(
        "SELECT coalesce(max(ordinal) + 1, 0) FROM remarks WHERE round = ? AND agency_id = ?",
        (remark.round, agency_id),
    ).fetchone()[0]
    values = [
        remark.kind,
        remark.act,
        remark.address,
        remark.role,
        remark.quote,
        remark.text,
        remark.proposed,
        remark.author,
        remark.date,
        remark.placement,
        remark.position,
        remark.parent,
        remark.returned_file,
        remark.status,
        remark.grounds,
        remark.grounds_kind,
        remark.severity,
        remark.group,
        remark.link,
    ]
    columns = ", ".join(_REMARK_COLUMNS)
    marks = ", ".join("?" * (len(_REMARK_COLUMNS) + 5))
    cursor = conn.execute(
        f"INSERT INTO remarks(round, agency_id, ordinal, source, resolved, {columns}) "
        f"VALUES ({marks})",
        (remark.round, agency_id, ordinal, dumps(remark.source), int(remark.resolved), *values),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


# The Remark field of each column whose name differs.
_FIELD_OF = {"act_slug": "act", "grouped_into": "group"}
_DECISION_COLUMNS = ("resolution", "decided_by", "decided_at", "settled", "repeats")


def remarks(conn: sqlite3.Connection, number: int | None = None) -> list[r.Remark]:
    """The remarks of round ``number`` (or of every round), agency by agency in their order."""
    columns = ", ".join(f"x.{c}" for c in _REMARK_COLUMNS)
    decision = ", ".join(f"x.{c}" for c in _DECISION_COLUMNS)
    rows = conn.execute(
        f"SELECT x.id, x.round, a.short_name, x.source, x.resolved, {decision}, {columns} "
        "FROM remarks x "
        "JOIN agencies a ON a.id = x.agency_id WHERE (? IS NULL OR x.round = ?) "
        "ORDER BY x.round, x.agency_id, x.ordinal",
        (number, number),
    ).fetchall()
    out: list[r.Remark] = []
    for row_id, n, agency, source, resolved, reason, by, at, settled, repeats, *values in rows:
        data = {_FIELD_OF.get(c, c): v for c, v in zip(_REMARK_COLUMNS, values, strict=True)}
        remark = r.Remark(
            round=n, agency=agency, source=json.loads(source), resolved=bool(resolved), id=row_id,
            resolution=reason, decided_by=by, decided_at=at, settled=bool(settled),
            repeats=repeats, **data,
        )  # fmt: skip
        out.append(remark)
    return out


def set_decision(
    conn: sqlite3.Connection, remark_id: int, status: str, resolution: str, by: str, at: str
) -> None:
    """Record the drafter's decision on remark ``remark_id``: status, reasoning, who and when."""
    values = {"status": status, "resolution": resolution, "decided_by": by, "decided_at": at}
    assignments = ", ".join(f"{column} = ?" for column in values)
    conn.execute(f"UPDATE remarks SET {assignments} WHERE id = ?", (*values.values(), remark_id))


# The Remark fields the drafter edits (drafter.services.remarks).
_EDITABLE = frozenset(
    {"status", "resolution", "decided_by", "decided_at", "settled", "repeats", "text", "proposed",
     "grounds", "grounds_kind", "severity", "group", "link"}
)  # fmt: skip
_COLUMN_OF = {field: column for column, field in _FIELD_OF.items()}


def update_remarks(conn: sqlite3.Connection, ids: Iterable[int], values: dict[str, Any]) -> None:
    """Set the fields ``values`` (Remark field names: see _EDITABLE) of the remarks ``ids``."""
    assert _EDITABLE >= values.keys()
    assignments = ", ".join(f"{_COLUMN_OF.get(name, name)} = ?" for name in values)
    args = [int(v) if isinstance(v, bool) else v for v in values.values()]
    conn.executemany(f"UPDATE remarks SET {assignments} WHERE id = ?", [(*args, i) for i in ids])
