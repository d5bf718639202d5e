"""The project file's schema: its tables, the header check, validation on open and migrations."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from drafter import __version__
from drafter.errors import NewerVersionError, ProjectError
from drafter.messages import N_

APPLICATION_ID = 0x44524654  # "DRFT"
SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA_V1 = """
CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL  -- JSON
);
CREATE TABLE acts (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    identifier TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    edition_date TEXT NOT NULL DEFAULT '',
    edition_source TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'ru',
    citation_style TEXT NOT NULL DEFAULT 'digits',
    profile TEXT NOT NULL DEFAULT 'ru-code',
    names TEXT NOT NULL DEFAULT '{}',  -- JSON: NameForms
    sources TEXT NOT NULL DEFAULT '[]',  -- JSON list
    preamble TEXT NOT NULL DEFAULT '[]',  -- JSON list
    notes TEXT NOT NULL DEFAULT '[]'  -- JSON list
);
CREATE TABLE units (
    act_id INTEGER NOT NULL REFERENCES acts(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,  -- document order (pre-order), from 0
    parent INTEGER,  -- the parent's ordinal; NULL at the top level
    kind TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    heading TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    closing TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '[]',  -- JSON list
    repealed INTEGER NOT NULL DEFAULT 0,
    address TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (act_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE proposals (
    act_id INTEGER NOT NULL REFERENCES acts(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('changed', 'added', 'repealed')),
    after TEXT,
    unit TEXT NOT NULL,  -- JSON: drafter.core.serialize.unit_to_dict
    PRIMARY KEY (act_id, address)
);
CREATE TABLE undo_log (
    seq INTEGER PRIMARY KEY,
    act_slug TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL  -- JSON
);
CREATE TABLE bookmarks (
    act_slug TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    PRIMARY KEY (act_slug, name)
);
"""
# Schema 2: approval rounds (DESIGN.md "The project file"). A round keeps the draft as it was
# sent, the bytes of every file sent and every paragraph of them; an agency's answer, its returned
# files (bytes kept) and their items (remarks) hang off the round.
SCHEMA_V2 = """
CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    short_name TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL DEFAULT '',
    names TEXT NOT NULL DEFAULT '{}',  -- JSON: genitive, dative... for letters and tables
    aliases TEXT NOT NULL DEFAULT '[]',  -- JSON: author names seen in its files
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rounds (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    kind TEXT NOT NULL DEFAULT 'interagency'
        CHECK (kind IN ('internal', 'interagency', 'public', 'other')),
    created TEXT NOT NULL,  -- when it was opened (UTC)
    sent_date TEXT NOT NULL,  -- YYYY-MM-DD
    closed_date TEXT NOT NULL DEFAULT '',
    export_author TEXT NOT NULL,  -- w:author of our revisions in its files
    export_stamp TEXT NOT NULL,  -- w:date of our revisions = DrafterStamp
    draft TEXT NOT NULL,  -- JSON: the draft frozen (metadata, proposals, acts' editions)
    manifest TEXT NOT NULL,  -- manifest.json exactly as written
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE round_files (
    round INTEGER NOT NULL REFERENCES rounds(number) ON DELETE CASCADE,
    name TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('bill', 'comparison', 'consolidated')),
    act_slug TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,  -- the bytes sent
    PRIMARY KEY (round, name)
) WITHOUT ROWID;
CREATE TABLE sent_paragraphs (
    round INTEGER NOT NULL,
    file TEXT NOT NULL,
    ordinal INTEGER NOT NULL,  -- every w:p of the file in document order, table cells too
    bookmark TEXT NOT NULL,  -- its _drf<n>
    act_slug TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT 'body',  -- body | header | current | proposed
    text TEXT NOT NULL,  -- with our tracked changes accepted
    revisions TEXT NOT NULL DEFAULT '',  -- JSON [[op, text], ...] of our tracked changes, or ''
    mark TEXT NOT NULL DEFAULT '' CHECK (mark IN ('', 'ins', 'del')),
    PRIMARY KEY (round, file, ordinal),
    FOREIGN KEY (round, file) REFERENCES round_files(round, name) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE round_recipients (
    round INTEGER NOT NULL REFERENCES rounds(number) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    ordinal INTEGER NOT NULL,
    deadline TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'agreed', 'remarks', 'objections', 'none')),
    letter TEXT NOT NULL DEFAULT '',  -- the reference of the agency's answering letter
    answer_date TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round, agency_id)
) WITHOUT ROWID;
CREATE TABLE returned_files (
    id INTEGER PRIMARY KEY,
    round INTEGER NOT NULL REFERENCES rounds(number),
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,  -- the same bytes are filed once
    received TEXT NOT NULL,  -- when it was filed (UTC)
    sent_file TEXT NOT NULL DEFAULT '',  -- the round file it was read against
    content BLOB NOT NULL
);
CREATE TABLE remarks (
    id INTEGER PRIMARY KEY,
    round INTEGER NOT NULL REFERENCES rounds(number),
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    returned_file INTEGER REFERENCES returned_files(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,  -- order within the agency's answer
    kind TEXT NOT NULL
        CHECK (kind IN ('edit', 'comment', 'untracked', 'rejects_change', 'letter')),
    act_slug TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',  -- the unit in the round's numbering; '' = unplaced
    role TEXT NOT NULL DEFAULT '',
    quote TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',  -- the remark as written (a comment's text)
    proposed TEXT,  -- the agency's wording, or NULL
    author TEXT NOT NULL DEFAULT '',  -- as in the file
    date TEXT NOT NULL DEFAULT '',  -- as in the file ('' when absent or invalid)
    source TEXT NOT NULL DEFAULT '{}',  -- JSON: where in the file (paragraph, offsets, ids)
    placement TEXT NOT NULL DEFAULT 'manual'
        CHECK (placement IN ('bookmark', 'aligned', 'fuzzy', 'manual', 'unplaced')),
    position TEXT NOT NULL DEFAULT '',  -- "after ADDRESS" for an inserted paragraph
    parent INTEGER REFERENCES remarks(id) ON DELETE CASCADE,  -- the remark it replies to
    resolved INTEGER NOT NULL DEFAULT 0,  -- the file's own "done" flag
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'accepted', 'partly', 'rejected', 'withdrawn', 'duplicate')),
    resolution TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    settled INTEGER NOT NULL DEFAULT 0,
    repeats INTEGER REFERENCES remarks(id) ON DELETE SET NULL
);
CREATE INDEX remarks_unit ON remarks(act_slug, address);
CREATE INDEX remarks_round ON remarks(round, agency_id)
"""
# Schema 3: remarks as the drafter edits them — grounds and their kind, severity, the remark an
# item is grouped into, and how its "repeats" link is set (auto / by hand / none). Added columns
# only, so a schema-2 file is upgraded in place.
SCHEMA_V3 = """
ALTER TABLE remarks ADD COLUMN grounds TEXT NOT NULL DEFAULT '';
ALTER TABLE remarks ADD COLUMN grounds_kind TEXT NOT NULL DEFAULT '' CHECK (grounds_kind IN
    ('', 'conflict', 'budget', 'competence', 'drafting', 'policy', 'other'));
ALTER TABLE remarks ADD COLUMN severity TEXT NOT NULL DEFAULT '' CHECK (severity IN
    ('', 'objection', 'remark', 'proposal', 'editorial'));
ALTER TABLE remarks ADD COLUMN grouped_into INTEGER REFERENCES remarks(id) ON DELETE SET NULL;
ALTER TABLE remarks ADD COLUMN link TEXT NOT NULL DEFAULT 'auto'
    CHECK (link IN ('auto', 'hand', 'none'))
"""
V1_TABLES = frozenset({"project", "settings", "acts", "units", "proposals", "undo_log"})
V2_TABLES = frozenset(
    {
        "agencies",
        "rounds",
        "round_files",
        "sent_paragraphs",
        "round_recipients",
        "returned_files",
        "remarks",
    }
)
REQUIRED_TABLES = V1_TABLES | V2_TABLES


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Schema 1 → 2: the approval-round tables and the project's identity."""
    for statement in _statements(SCHEMA_V2):
        conn.execute(statement)
    conn.execute(
        "INSERT OR IGNORE INTO project(key, value) VALUES ('uuid', ?)", (str(uuid.uuid4()),)
    )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Schema 2 → 3: the remarks' new columns; a "repeats" set in schema 2 was set by hand."""
    for statement in _statements(SCHEMA_V3):
        conn.execute(statement)
    conn.execute("UPDATE remarks SET link = 'hand' WHERE repeats IS NOT NULL")


# Migration steps: (from_version, step). Each step turns the schema of ``from_version`` into
# that of ``from_version + 1`` on an open connection inside the migration's transaction.
MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1_to_v2),
    (2, _v2_to_v3),
]

_A_FOLDER = N_("{name} is a folder, not a Drafter project.")
_CANNOT_READ = N_("{name} cannot be read: {reason}.")
_NOT_A_PROJECT = N_("{name} is not a Drafter project.")
BUSY = N_("{name} is being written by another program; try again in a moment.")
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def is_busy(exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because another connection or program holds the file locked."""
    return exc.sqlite_errorcode & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)


def sqlite_failure(exc: sqlite3.Error, name: str, text: str) -> ProjectError:
    """The error for a failed SQLite call: busy when another program holds the file locked,
    else ``text`` (with ``{name}`` and ``{reason}``)."""
    if is_busy(exc):
        return ProjectError(BUSY, name=name)
    return ProjectError(text, name=name, reason=str(exc))


def now() -> str:
    """The time stamp stored as ``created`` and ``modified``."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_header(path: Path) -> int:
    """Check, without SQLite touching the file, that ``path`` is a Drafter project.

    Returns the ``user_version`` stored in the header.
    """
    name = path.name or str(path)
    if not path.exists():
        raise ProjectError(N_("{name} does not exist."), name=name)
    if path.is_dir():
        raise ProjectError(_A_FOLDER, name=name)
    if not path.is_file():
        raise ProjectError(
            N_("{name} is not a regular file, so it is not a Drafter project."), name=name
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise ProjectError(N_("{name} cannot be read: permission denied."), name=name) from None
    except OSError as exc:
        raise ProjectError(_CANNOT_READ, name=name, reason=exc.strerror or str(exc)) from None
    if not header:
        raise ProjectError(N_("{name} is not a Drafter project (the file is empty)."), name=name)
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectError(_NOT_A_PROJECT, name=name)
    if len(header) < 100:
        raise ProjectError(N_("{name} is damaged: the file is truncated."), name=name)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProjectError(_NOT_A_PROJECT, name=name)
    return int.from_bytes(header[60:64], "big", signed=True)


def newer_error(name: str, version: int) -> NewerVersionError:
    """The error for a file whose schema is newer than this Drafter reads."""
    return NewerVersionError(
        N_(
            "{name} was saved by a newer Drafter (schema {version}; this version reads up to "
            "{supported}) — update Drafter to open it."
        ),
        name=name,
        version=version,
        supported=SCHEMA_VERSION,
    )


def configure(conn: sqlite3.Connection, *, writable: bool) -> None:
    """The connection settings every project connection gets (and a writable one's journal)."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    if writable:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the tables and the first metadata of a new project inside one transaction."""
    # executescript() would commit on its own: the schema is created statement by statement
    # inside one explicit transaction instead.
    conn.execute("BEGIN IMMEDIATE")
    for statement in _statements(SCHEMA_V1) + _statements(SCHEMA_V2) + _statements(SCHEMA_V3):
        conn.execute(statement)
    stamp = now()
    conn.executemany(
        "INSERT INTO project(key, value) VALUES (?, ?)",
        [
            ("title", ""),
            ("agency", ""),
            ("style", "ru"),
            ("entry_into_force", ""),
            ("created", stamp),
            ("modified", stamp),
            ("generator", f"Drafter {__version__}"),
            ("uuid", str(uuid.uuid4())),
        ],
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")


def validate(conn: sqlite3.Connection, path: Path, *, read_only: bool) -> sqlite3.Connection:
    """Check an open project connection and bring it to SCHEMA_VERSION; closes it on failure.

    Returns the connection to use: ``conn``, or an upgraded copy in memory when read-only.
    """
    name = path.name
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ProjectError(_NOT_A_PROJECT, name=name)
        if version > SCHEMA_VERSION:
            raise newer_error(name, version)
        check = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if check != ["ok"]:
            raise ProjectError(N_("{name} is damaged: {reason}."), name=name, reason=check[0])
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if version == SCHEMA_VERSION and not REQUIRED_TABLES <= tables:
            raise ProjectError(N_("{name} is damaged: tables are missing."), name=name)
        if not read_only:
            configure(conn, writable=True)
        if version < SCHEMA_VERSION:
            conn = _upgrade(path, conn, version, read_only=read_only)
    except sqlite3.DatabaseError as exc:
        conn.close()
        text = N_("{name} is damaged or not a Drafter project ({reason}).")
        raise sqlite_failure(exc, name, text) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the whole database of ``conn`` into the file ``target`` (SQLite's backup API)."""
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        copy.execute("PRAGMA synchronous = FULL")
        conn.backup(copy)
    finally:
        copy.close()


def _upgrade(
    path: Path, conn: sqlite3.Connection, version: int, *, read_only: bool
) -> sqlite3.Connection:
    """Migrate an older file: after a backup copy, or in memory when read-only."""
    name = path.name
    steps = dict(MIGRATIONS)
    if any(v not in steps for v in range(version, SCHEMA_VERSION)):
        raise ProjectError(
            N_("{name} uses project schema {version}, which this Drafter cannot upgrade."),
            name=name,
            version=version,
        )
    if read_only:
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            conn.backup(memory)
            memory.execute("PRAGMA foreign_keys = ON")
            _migrate(memory, version)
        except Exception as exc:
            memory.close()
            raise ProjectError(
                N_("{name} could not be upgraded from schema {version} ({reason})."),
                name=name,
                version=version,
                reason=str(exc),
            ) from exc
        conn.close()
        return memory
    backup_path = _free_name(path.with_name(f"{path.stem}.v{version}.bak"))
    try:
        copy_database(conn, backup_path)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            backup_path.unlink()
        raise ProjectError(
            N_(
                "{name} needs an upgrade, but its backup copy {backup} could not be written "
                "({reason})."
            ),
            name=name,
            backup=backup_path.name,
            reason=str(exc),
        ) from exc
    try:
        _migrate(conn, version)
    except Exception as exc:
        raise ProjectError(
            N_("{name} could not be upgraded from schema {version} ({reason}); it is unchanged."),
            name=name,
            version=version,
            reason=str(exc),
        ) from exc
    return conn


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """Run the migration steps from ``version`` to SCHEMA_VERSION in one transaction."""
    steps = dict(MIGRATIONS)
    conn.execute("BEGIN IMMEDIATE")
    try:
        while version < SCHEMA_VERSION:
            step = steps.get(version)
            if step is None:
                raise LookupError(version)
            step(conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def _free_name(path: Path) -> Path:
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def _statements(script: str) -> list[str]:
    """The statements of a schema script (no semicolons inside our statements)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
