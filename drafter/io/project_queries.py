"""The project file's queries: acts, units, proposals, settings, undo log and bookmarks as rows.

Each function works on an open connection inside the caller's transaction; the
:class:`drafter.io.project.Project` decides when to read and when to write.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from drafter.core import model as m
from drafter.core.ordering import proposals_in_act_order
from drafter.core.serialize import proposal_from_dict, proposal_to_dict
from drafter.errors import ProjectError
from drafter.messages import N_

DRAFT_KEYS = ("title", "agency", "style", "entry_into_force", *m.FRAME_KEYS)
ACT_COLUMNS = (
    "title",
    "identifier",
    "kind",
    "date",
    "number",
    "edition_date",
    "edition_source",
    "language",
    "citation_style",
    "profile",
)
ACT_JSON_COLUMNS = ("names", "sources", "preamble", "notes")
_ACT_SELECT = ", ".join(("id", "slug", *ACT_COLUMNS, *ACT_JSON_COLUMNS))


def dumps(value: Any) -> str:
    """A JSON column's text: compact, Cyrillic kept as it is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def act_id(conn: sqlite3.Connection, slug: str) -> int | None:
    """The row id of act ``slug``, or None when the project has no such act."""
    row = conn.execute("SELECT id FROM acts WHERE slug = ?", (slug,)).fetchone()
    return None if row is None else int(row[0])


# --- the draft ---------------------------------------------------------------------------
def metadata(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM project").fetchall())


def load_draft(conn: sqlite3.Connection) -> m.Draft:
    """The draft: its metadata and, per act (in the project's order), its proposals."""
    meta = metadata(conn)
    draft = m.Draft(style="ru")
    for key in DRAFT_KEYS:
        setattr(draft, key, meta.get(key, getattr(draft, key)))
    for row_id, slug in conn.execute("SELECT id, slug FROM acts ORDER BY ordinal").fetchall():
        draft.acts.append(m.ActDraft(slug, load_proposals(conn, row_id)))
    chosen = setting(conn, FORMS_SETTING, {})
    if isinstance(chosen, dict):
        draft.forms = {str(k): v for k, v in chosen.items() if isinstance(v, str)}
    return draft


def save_draft_meta(conn: sqlite3.Connection, draft: m.Draft) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)",
        [(key, getattr(draft, key)) for key in DRAFT_KEYS],
    )


def load_proposals(conn: sqlite3.Connection, row_id: int) -> dict[str, m.Proposal]:
    """The act's proposals in the act's order (core.ordering), keyed by address."""
    rows = conn.execute(
        "SELECT unit, status, after, address FROM proposals WHERE act_id = ? ORDER BY ordinal",
        (row_id,),
    ).fetchall()
    if not rows:
        return {}
    loaded: list[m.Proposal] = []
    for unit_json, status, after, address in rows:
        data = {"address": address, "status": status, "after": after}
        data["unit"] = json.loads(unit_json)
        loaded.append(proposal_from_dict(data))
    ordered = proposals_in_act_order(_top_addresses(conn, row_id), loaded)
    return {p.address: p for p in ordered}


def _top_addresses(conn: sqlite3.Connection, row_id: int) -> list[str]:
    """The addresses of the act's top-level units in order (containers skipped)."""
    rows = conn.execute(
        "SELECT address, kind FROM units WHERE act_id = ? AND instr(address, '/') = 0 "
        "ORDER BY ordinal",
        (row_id,),
    )
    top: dict[str, None] = {}
    for address, kind in rows:
        if kind not in m.CONTAINER_KINDS:
            top.setdefault(address, None)
    return list(top)


def set_proposal(conn: sqlite3.Connection, row_id: int, proposal: m.Proposal) -> None:
    """Add or replace one proposal; a new one goes after the others in the stored order."""
    row = conn.execute(
        "SELECT ordinal FROM proposals WHERE act_id = ? AND address = ?",
        (row_id, proposal.address),
    ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT coalesce(max(ordinal) + 1, 0) FROM proposals WHERE act_id = ?",
            (row_id,),
        ).fetchone()
    conn.execute(
        "INSERT OR REPLACE INTO proposals(act_id, address, ordinal, status, after, unit) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        _proposal_row(row_id, row[0], proposal),
    )


def remove_proposal(conn: sqlite3.Connection, row_id: int, address: str) -> None:
    conn.execute("DELETE FROM proposals WHERE act_id = ? AND address = ?", (row_id, address))


def replace_proposals(
    conn: sqlite3.Connection, row_id: int, proposals: dict[str, m.Proposal]
) -> None:
    conn.execute("DELETE FROM proposals WHERE act_id = ?", (row_id,))
    conn.executemany(
        "INSERT INTO proposals(act_id, address, ordinal, status, after, unit) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [_proposal_row(row_id, i, p) for i, p in enumerate(proposals.values())],
    )


def _proposal_row(row_id: int, ordinal: int, proposal: m.Proposal) -> tuple[object, ...]:
    data = proposal_to_dict(proposal)
    return (
        row_id,
        proposal.address,
        ordinal,
        proposal.status,
        proposal.after,
        dumps(data["unit"]),
    )


# --- acts ----------------------------------------------------------------------------------
def act_slugs(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT slug FROM acts ORDER BY ordinal")]


def load_acts(conn: sqlite3.Connection, name: str) -> list[m.Act]:
    """Every act with its whole tree, in the project's order (``name``: the file, for errors)."""
    rows = conn.execute(f"SELECT {_ACT_SELECT} FROM acts ORDER BY ordinal").fetchall()
    return [_load_act(conn, row, name) for row in rows]


def load_act(conn: sqlite3.Connection, slug: str, name: str) -> m.Act | None:
    """The act ``slug`` with its whole tree, or None when the project has no such act."""
    row = conn.execute(f"SELECT {_ACT_SELECT} FROM acts WHERE slug = ?", (slug,)).fetchone()
    return None if row is None else _load_act(conn, row, name)


def _load_act(conn: sqlite3.Connection, row: tuple[Any, ...], name: str) -> m.Act:
    row_id, slug, *values = row
    act = m.Act(slug=slug)
    for column, value in zip(ACT_COLUMNS, values, strict=False):
        setattr(act, column, value)
    names, sources, preamble, notes = (json.loads(v) for v in values[len(ACT_COLUMNS) :])
    known = {f.name for f in fields(m.NameForms)}
    act.names = m.NameForms(**{k: v for k, v in names.items() if k in known})
    act.sources, act.preamble, act.notes = sources, preamble, notes
    act.units = _load_units(conn, row_id, slug, name)
    return act


def _load_units(conn: sqlite3.Connection, row_id: int, slug: str, name: str) -> list[m.Unit]:
    rows = conn.execute(
        "SELECT ordinal, parent, kind, number, heading, text, closing, notes, repealed, "
        "address FROM units WHERE act_id = ? ORDER BY ordinal",
        (row_id,),
    )
    loaded: list[m.Unit] = []
    top: list[m.Unit] = []
    loads = json.loads
    unit_cls = m.Unit
    for ordinal, parent, kind, number, heading, text, closing, notes, repealed, address in rows:
        unit = unit_cls(
            kind,
            number,
            heading,
            text,
            [],
            closing,
            [] if notes == "[]" else loads(notes),
            bool(repealed),
            address,
        )
        if ordinal != len(loaded) or (parent is not None and not 0 <= parent < ordinal):
            raise ProjectError(
                N_("{name} is damaged: the units of «{slug}» are out of order."),
                name=name,
                slug=slug,
            )
        loaded.append(unit)
        if parent is None:
            top.append(unit)
        else:
            loaded[parent].children.append(unit)
    return top


def add_act(conn: sqlite3.Connection, act: m.Act) -> str:
    """Insert ``act`` (addresses assigned) with its units; returns the slug used."""
    taken = {row[0] for row in conn.execute("SELECT slug FROM acts")}
    base = act.slug or "act"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    ordinal = conn.execute("SELECT coalesce(max(ordinal) + 1, 0) FROM acts").fetchone()[0]
    cursor = conn.execute("INSERT INTO acts(slug, ordinal) VALUES (?, ?)", (slug, ordinal))
    row_id = cursor.lastrowid
    assert row_id is not None  # an INSERT into a rowid table always sets it
    write_act_meta(conn, row_id, act)
    conn.executemany(
        "INSERT INTO units(act_id, ordinal, parent, kind, number, heading, text, closing, "
        "notes, repealed, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _unit_rows(row_id, act.units),
    )
    return slug


def write_act_meta(conn: sqlite3.Connection, row_id: int, act: m.Act) -> None:
    assignments = ", ".join(f"{c} = ?" for c in (*ACT_COLUMNS, *ACT_JSON_COLUMNS))
    values = [getattr(act, c) for c in ACT_COLUMNS]
    values.append(dumps({f.name: getattr(act.names, f.name) for f in fields(act.names)}))
    values += [dumps(list(act.sources)), dumps(list(act.preamble)), dumps(list(act.notes))]
    conn.execute(f"UPDATE acts SET {assignments} WHERE id = ?", (*values, row_id))


def remove_act(conn: sqlite3.Connection, row_id: int, slug: str) -> None:
    """Remove the act with its units, proposals, bookmarks and undo history."""
    conn.execute("DELETE FROM acts WHERE id = ?", (row_id,))
    conn.execute("DELETE FROM bookmarks WHERE act_slug = ?", (slug,))
    conn.execute("DELETE FROM undo_log WHERE act_slug = ?", (slug,))


def _unit_rows(row_id: int, units: list[m.Unit]) -> Iterator[tuple[object, ...]]:
    """Rows of the units table, pre-order, each with its parent's ordinal."""
    ordinal = 0
    stack: list[tuple[m.Unit, int | None]] = [(u, None) for u in reversed(units)]
    while stack:
        unit, parent = stack.pop()
        yield (
            row_id,
            ordinal,
            parent,
            unit.kind,
            unit.number,
            unit.heading,
            unit.text,
            unit.closing,
            dumps(list(unit.notes)),
            int(unit.repealed),
            unit.address,
        )
        stack.extend((child, ordinal) for child in reversed(unit.children))
        ordinal += 1


# --- settings, undo log, bookmarks -----------------------------------------------------------
FORMS_SETTING = "restate"  # the drafter's forms of units: {"slug|address": "restate" | "patch"}


def setting(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, dumps(value)))


def append_undo(conn: sqlite3.Connection, entry: dict[str, Any]) -> int:
    cursor = conn.execute(
        "INSERT INTO undo_log(seq, act_slug, payload) VALUES "
        "((SELECT coalesce(max(seq), 0) + 1 FROM undo_log), ?, ?)",
        (str(entry.get("act", "")), dumps(entry)),
    )
    assert cursor.lastrowid is not None  # seq is the rowid of undo_log
    return cursor.lastrowid


def undo_entries(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT seq, payload FROM undo_log ORDER BY seq").fetchall()
    return [{**json.loads(payload), "seq": seq} for seq, payload in rows]


def truncate_undo(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("DELETE FROM undo_log WHERE seq > ?", (seq,))


def set_bookmark(conn: sqlite3.Connection, slug: str, name: str, address: str) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO bookmarks(act_slug, name, address) VALUES (?, ?, ?)",
        (slug, name, address),
    )


def replace_bookmarks(conn: sqlite3.Connection, slug: str, mapping: dict[str, str]) -> None:
    conn.execute("DELETE FROM bookmarks WHERE act_slug = ?", (slug,))
    conn.executemany(
        "INSERT INTO bookmarks(act_slug, name, address) VALUES (?, ?, ?)",
        [(slug, name, address) for name, address in sorted(mapping.items())],
    )


def bookmarks(conn: sqlite3.Connection, slug: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT name, address FROM bookmarks WHERE act_slug = ? ORDER BY name", (slug,)
    ).fetchall()
    return dict(rows)


def remove_bookmark(conn: sqlite3.Connection, slug: str, name: str) -> None:
    conn.execute("DELETE FROM bookmarks WHERE act_slug = ? AND name = ?", (slug, name))
