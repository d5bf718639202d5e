"""The project file: one SQLite file per draft (`*.drafter`), see DESIGN.md "The project file"."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drafter import __version__
from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.ordering import proposals_in_act_order
from drafter.core.serialize import proposal_from_dict, proposal_to_dict
from drafter.errors import NewerVersionError, ProjectError
from drafter.io import lockfile

APPLICATION_ID = 0x44524654  # "DRFT"
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
DRAFT_KEYS = ("title", "agency", "style", "entry_into_force")

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
REQUIRED_TABLES = frozenset({"project", "settings", "acts", "units", "proposals", "undo_log"})

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

# Migration steps: (from_version, step). Each step turns the schema of ``from_version`` into
# that of ``from_version + 1`` on an open connection inside the migration's transaction. Schema
# 1 is the first released schema, so the list is empty for now.
MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = []


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _check_header(path: Path) -> int:
    """Check, without SQLite touching the file, that ``path`` is a Drafter project.

    Returns the ``user_version`` stored in the header.
    """
    name = path.name or str(path)
    if not path.exists():
        raise ProjectError(f"{name} does not exist.")
    if path.is_dir():
        raise ProjectError(f"{name} is a folder, not a Drafter project.")
    if not path.is_file():
        raise ProjectError(f"{name} is not a regular file, so it is not a Drafter project.")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise ProjectError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise ProjectError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if not header:
        raise ProjectError(f"{name} is not a Drafter project (the file is empty).")
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectError(f"{name} is not a Drafter project.")
    if len(header) < 100:
        raise ProjectError(f"{name} is damaged: the file is truncated.")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProjectError(f"{name} is not a Drafter project.")
    return int.from_bytes(header[60:64], "big", signed=True)


def _newer_error(name: str, version: int) -> NewerVersionError:
    return NewerVersionError(
        f"{name} was saved by a newer Drafter (schema {version}; this version reads up to "
        f"{SCHEMA_VERSION}) — update Drafter to open it."
    )


def _free_name(path: Path) -> Path:
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


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


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        lock: lockfile.Lock | None,
        locked_by: dict | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.locked_by = locked_by
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        # One connection, usable from any thread; transactions never interleave.
        self._mutex = threading.RLock()
        self._batch = False  # inside transaction(): writes join the open transaction

    # --- opening and closing -------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.path.name

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Project:
        """A new, empty project at ``path``; fails if anything exists there."""
        path = Path(path)
        name = path.name
        if path.exists() or path.is_symlink():
            raise ProjectError(f"{name} already exists; choose another name.")
        try:
            # Reserve the name atomically, so two creators cannot both succeed.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            raise ProjectError(f"{name} already exists; choose another name.") from None
        except OSError as exc:
            raise ProjectError(f"{name} cannot be created: {exc.strerror or exc}.") from None
        os.close(fd)
        lock = None
        conn = None
        try:
            lock = lockfile.acquire(path)
            if lock is None:
                info = lockfile.read_info(path) or {}
                raise ProjectError(f"{name} is {lockfile.describe(info)}; choose another name.")
            conn = _sqlite_connect(_uri(path, "rw"))
            cls._configure(conn, writable=True)
            # executescript() would commit on its own: the schema is created statement by
            # statement inside one explicit transaction instead.
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(SCHEMA_V1):
                conn.execute(statement)
            now = _now()
            conn.executemany(
                "INSERT INTO project(key, value) VALUES (?, ?)",
                [
                    ("title", ""),
                    ("agency", ""),
                    ("style", "ru"),
                    ("entry_into_force", ""),
                    ("created", now),
                    ("modified", now),
                    ("generator", f"Drafter {__version__}"),
                ],
            )
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                conn.close()
            if lock is not None:
                lock.release()
            with contextlib.suppress(OSError):
                path.unlink()
            if isinstance(exc, sqlite3.Error):
                raise ProjectError(f"{name} cannot be created: {exc}.") from exc
            raise
        return cls(path, conn, read_only=False, lock=lock)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Project:
        """Open an existing project; read-only when asked or when another Drafter has it open.

        When another live process holds the lock, the project opens read-only and
        :attr:`locked_by` holds that process's info (host, pid, user, time).
        """
        path = Path(path)
        name = path.name
        header_version = _check_header(path)
        if header_version > SCHEMA_VERSION:
            raise _newer_error(name, header_version)
        lock = None
        locked_by = None
        if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            # A write-protected file (or folder: the rollback journal lives beside the file)
            # would open "writable" and fail at the first save; say so up front instead.
            read_only = True
        if not read_only:
            try:
                lock = lockfile.acquire(path)
            except OSError:
                lock = None  # a folder we cannot write to: open read-only
                read_only = True
            else:
                if lock is None:
                    read_only = True
                    locked_by = lockfile.read_info(path) or {}
        try:
            conn = cls._connect(path, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(path, conn, read_only=read_only, lock=lock, locked_by=locked_by)

    @staticmethod
    def _configure(conn: sqlite3.Connection, *, writable: bool) -> None:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        if writable:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool) -> sqlite3.Connection:
        name = path.name
        try:
            conn = _sqlite_connect(_uri(path, "ro" if read_only else "rw"))
        except sqlite3.Error as exc:
            raise ProjectError(f"{name} cannot be opened: {exc}.") from exc
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA foreign_keys = ON")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise ProjectError(f"{name} is not a Drafter project.")
            if version > SCHEMA_VERSION:
                raise _newer_error(name, version)
            check = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if check != ["ok"]:
                raise ProjectError(f"{name} is damaged: {check[0]}.")
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if version == SCHEMA_VERSION and not REQUIRED_TABLES <= tables:
                raise ProjectError(f"{name} is damaged: tables are missing.")
            if not read_only:
                cls._configure(conn, writable=True)
            if version < SCHEMA_VERSION:
                conn = cls._upgrade(path, conn, version, read_only=read_only)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ProjectError(f"{name} is damaged or not a Drafter project ({exc}).") from exc
        except BaseException:
            conn.close()
            raise
        return conn

    @classmethod
    def _upgrade(
        cls, path: Path, conn: sqlite3.Connection, version: int, *, read_only: bool
    ) -> sqlite3.Connection:
        """Migrate an older file: after a backup copy, or in memory when read-only."""
        name = path.name
        steps = dict(MIGRATIONS)
        if any(v not in steps for v in range(version, SCHEMA_VERSION)):
            raise ProjectError(
                f"{name} uses project schema {version}, which this Drafter cannot upgrade."
            )
        if read_only:
            memory = _sqlite_connect(":memory:")
            try:
                conn.backup(memory)
                memory.execute("PRAGMA foreign_keys = ON")
                _migrate(memory, version)
            except Exception as exc:
                memory.close()
                raise ProjectError(
                    f"{name} could not be upgraded from schema {version} ({exc})."
                ) from exc
            conn.close()
            return memory
        backup_path = _free_name(path.with_name(f"{path.stem}.v{version}.bak"))
        try:
            target = sqlite3.connect(backup_path, isolation_level=None)
            try:
                target.execute("PRAGMA synchronous = FULL")
                conn.backup(target)
            finally:
                target.close()
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                backup_path.unlink()
            raise ProjectError(
                f"{name} needs an upgrade, but its backup copy {backup_path.name} could not be "
                f"written ({exc})."
            ) from exc
        try:
            _migrate(conn, version)
        except Exception as exc:
            raise ProjectError(
                f"{name} could not be upgraded from schema {version} ({exc}); it is unchanged."
            ) from exc
        return conn

    def close(self) -> None:
        """Close the file and remove the lock (safe to call twice)."""
        with self._mutex:
            self._close()

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._conn is None

    # --- transactions ----------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProjectError(f"{self.name} is closed.")
        return self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all or nothing; ``modified`` is stamped on commit."""
        with self._mutex:
            if self._batch:
                yield self._connection()
                return
            with self._write_unlocked() as conn:
                yield conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes (add_act, set_proposals...) into one all-or-nothing commit."""
        with self._mutex:
            if self._batch:
                yield
                return
            with self._write_unlocked():
                self._batch = True
                try:
                    yield
                finally:
                    self._batch = False

    @contextlib.contextmanager
    def _write_unlocked(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        if self.read_only:
            reason = f" ({lockfile.describe(self.locked_by)})" if self.locked_by else ""
            raise ProjectError(
                f"{self.name} is open read-only{reason}; use Save As to keep your changes."
            )
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise ProjectError(f"{self.name} cannot be written ({exc}).") from exc
        try:
            yield conn
            conn.execute(
                "INSERT OR REPLACE INTO project(key, value) VALUES ('modified', ?)", (_now(),)
            )
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise ProjectError(f"{self.name} could not be saved ({exc}).") from exc
            raise

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for reads spanning several queries."""
        with self._mutex:
            with self._read_unlocked() as conn:
                yield conn

    @contextlib.contextmanager
    def _read_unlocked(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise ProjectError(f"{self.name} could not be read ({exc}).") from exc

    def _act_id(self, conn: sqlite3.Connection, slug: str) -> int:
        row = conn.execute("SELECT id FROM acts WHERE slug = ?", (slug,)).fetchone()
        if row is None:
            raise ProjectError(f"{self.name} has no act «{slug}».")
        return row[0]

    # --- the draft -----------------------------------------------------------------------
    def _meta(self, conn: sqlite3.Connection) -> dict[str, str]:
        return dict(conn.execute("SELECT key, value FROM project").fetchall())

    def metadata(self) -> dict[str, str]:
        """Project metadata: title, agency, style, entry_into_force, created, modified, ..."""
        with self._read() as conn:
            return self._meta(conn)

    def draft(self) -> m.Draft:
        """The draft: its metadata and, per act (in the project's order), its proposals."""
        with self._read() as conn:
            meta = self._meta(conn)
            draft = m.Draft(
                title=meta.get("title", ""),
                agency=meta.get("agency", ""),
                style=meta.get("style", "ru"),
                entry_into_force=meta.get("entry_into_force", ""),
            )
            for act_id, slug in conn.execute("SELECT id, slug FROM acts ORDER BY ordinal"):
                draft.acts.append(m.ActDraft(slug, self._proposals(conn, act_id)))
        return draft

    def save_draft_meta(self, draft: m.Draft) -> None:
        """Save the draft's title, agency, style and entry-into-force wording."""
        with self._write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)",
                [(key, getattr(draft, key)) for key in DRAFT_KEYS],
            )

    def save_draft(self, draft: m.Draft) -> None:
        """Save the draft's metadata and replace the proposals of every act it lists."""
        with self._write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO project(key, value) VALUES (?, ?)",
                [(key, getattr(draft, key)) for key in DRAFT_KEYS],
            )
            for act_draft in draft.acts:
                self._replace_proposals(conn, act_draft.slug, act_draft.proposals)

    def _proposals(self, conn: sqlite3.Connection, act_id: int) -> dict[str, m.Proposal]:
        rows = conn.execute(
            "SELECT ordinal, unit, status, after, address FROM proposals WHERE act_id = ? "
            "ORDER BY ordinal",
            (act_id,),
        ).fetchall()
        if not rows:
            return {}
        loaded: list[m.Proposal] = []
        for _ordinal, unit_json, status, after, address in rows:
            data = {"address": address, "status": status, "after": after}
            data["unit"] = json.loads(unit_json)
            loaded.append(proposal_from_dict(data))
        top = self._top_addresses(conn, act_id)
        return {p.address: p for p in proposals_in_act_order(top, loaded)}

    def _top_addresses(self, conn: sqlite3.Connection, act_id: int) -> list[str]:
        """The addresses of the act's top-level units in order (containers skipped)."""
        rows = conn.execute(
            "SELECT address, kind FROM units WHERE act_id = ? AND instr(address, '/') = 0 "
            "ORDER BY ordinal",
            (act_id,),
        )
        top: dict[str, int] = {}
        for address, kind in rows:
            if kind not in m.CONTAINER_KINDS and address not in top:
                top[address] = len(top)
        return list(top)

    def set_proposal(self, slug: str, proposal: m.Proposal) -> None:
        """Add or replace the proposal for one unit of act ``slug``."""
        with self._write() as conn:
            act_id = self._act_id(conn, slug)
            row = conn.execute(
                "SELECT ordinal FROM proposals WHERE act_id = ? AND address = ?",
                (act_id, proposal.address),
            ).fetchone()
            if row is None:
                row = conn.execute(
                    "SELECT coalesce(max(ordinal) + 1, 0) FROM proposals WHERE act_id = ?",
                    (act_id,),
                ).fetchone()
            conn.execute(
                "INSERT OR REPLACE INTO proposals(act_id, address, ordinal, status, after, unit) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                _proposal_row(act_id, row[0], proposal),
            )

    def remove_proposal(self, slug: str, address: str) -> None:
        """Drop the proposal for ``address`` of act ``slug`` (nothing happens if there is none)."""
        with self._write() as conn:
            act_id = self._act_id(conn, slug)
            conn.execute(
                "DELETE FROM proposals WHERE act_id = ? AND address = ?", (act_id, address)
            )

    def set_proposals(self, slug: str, proposals: dict[str, m.Proposal]) -> None:
        """Replace all proposals of act ``slug`` at once."""
        with self._write() as conn:
            self._replace_proposals(conn, slug, proposals)

    def _replace_proposals(
        self, conn: sqlite3.Connection, slug: str, proposals: dict[str, m.Proposal]
    ) -> None:
        act_id = self._act_id(conn, slug)
        conn.execute("DELETE FROM proposals WHERE act_id = ?", (act_id,))
        conn.executemany(
            "INSERT INTO proposals(act_id, address, ordinal, status, after, unit) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [_proposal_row(act_id, i, p) for i, p in enumerate(proposals.values())],
        )

    # --- acts ----------------------------------------------------------------------------
    def act_slugs(self) -> list[str]:
        with self._read() as conn:
            return [row[0] for row in conn.execute("SELECT slug FROM acts ORDER BY ordinal")]

    def acts(self) -> list[m.Act]:
        """Every act with its whole tree, in the project's order."""
        with self._read() as conn:
            rows = conn.execute(f"SELECT {_ACT_SELECT} FROM acts ORDER BY ordinal").fetchall()
            return [self._load_act(conn, row) for row in rows]

    def act(self, slug: str) -> m.Act:
        """The act ``slug`` with its whole tree (addresses assigned)."""
        with self._read() as conn:
            row = conn.execute(f"SELECT {_ACT_SELECT} FROM acts WHERE slug = ?", (slug,)).fetchone()
            if row is None:
                raise ProjectError(f"{self.name} has no act «{slug}».")
            return self._load_act(conn, row)

    def _load_act(self, conn: sqlite3.Connection, row: tuple) -> m.Act:
        act_id, slug, *values = row
        act = m.Act(slug=slug)
        for column, value in zip(ACT_COLUMNS, values, strict=False):
            setattr(act, column, value)
        names, sources, preamble, notes = (json.loads(v) for v in values[len(ACT_COLUMNS) :])
        known = {f.name for f in fields(m.NameForms)}
        act.names = m.NameForms(**{k: v for k, v in names.items() if k in known})
        act.sources, act.preamble, act.notes = sources, preamble, notes
        act.units = self._load_units(conn, act_id, slug)
        return act

    def _load_units(self, conn: sqlite3.Connection, act_id: int, slug: str) -> list[m.Unit]:
        rows = conn.execute(
            "SELECT ordinal, parent, kind, number, heading, text, closing, notes, repealed, "
            "address FROM units WHERE act_id = ? ORDER BY ordinal",
            (act_id,),
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
                    f"{self.name} is damaged: the units of «{slug}» are out of order."
                )
            loaded.append(unit)
            if parent is None:
                top.append(unit)
            else:
                loaded[parent].children.append(unit)
        return top

    def add_act(self, act: m.Act) -> str:
        """Store ``act`` (metadata and units); returns the slug used ("-2"... if it was taken).

        Units without an address get addresses assigned first (``act`` itself is untouched).
        """
        if any(not unit.address for unit in act.walk()):
            act = assign_addresses(act.copy())
        with self._write() as conn:
            taken = {row[0] for row in conn.execute("SELECT slug FROM acts")}
            base = act.slug or "act"
            slug, n = base, 1
            while slug in taken:
                n += 1
                slug = f"{base}-{n}"
            ordinal = conn.execute("SELECT coalesce(max(ordinal) + 1, 0) FROM acts").fetchone()[0]
            cursor = conn.execute("INSERT INTO acts(slug, ordinal) VALUES (?, ?)", (slug, ordinal))
            act_id = cursor.lastrowid
            self._write_act_meta(conn, act_id, act)
            conn.executemany(
                "INSERT INTO units(act_id, ordinal, parent, kind, number, heading, text, closing, "
                "notes, repealed, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _unit_rows(act_id, act.units),
            )
        return slug

    def update_act_meta(self, act: m.Act) -> None:
        """Save the metadata of the act ``act.slug`` (its units are left as they are)."""
        with self._write() as conn:
            self._write_act_meta(conn, self._act_id(conn, act.slug), act)

    def _write_act_meta(self, conn: sqlite3.Connection, act_id: int, act: m.Act) -> None:
        assignments = ", ".join(f"{c} = ?" for c in (*ACT_COLUMNS, *ACT_JSON_COLUMNS))
        values = [getattr(act, c) for c in ACT_COLUMNS]
        values.append(_dumps({f.name: getattr(act.names, f.name) for f in fields(act.names)}))
        values += [_dumps(list(act.sources)), _dumps(list(act.preamble)), _dumps(list(act.notes))]
        conn.execute(f"UPDATE acts SET {assignments} WHERE id = ?", (*values, act_id))

    def remove_act(self, slug: str) -> None:
        """Remove act ``slug`` with its units, proposals, bookmarks and undo history."""
        with self._write() as conn:
            act_id = self._act_id(conn, slug)
            conn.execute("DELETE FROM acts WHERE id = ?", (act_id,))
            conn.execute("DELETE FROM bookmarks WHERE act_slug = ?", (slug,))
            conn.execute("DELETE FROM undo_log WHERE act_slug = ?", (slug,))

    # --- settings, undo log, bookmarks -----------------------------------------------------
    def settings_get(self, key: str, default: Any = None) -> Any:
        """A per-project setting (any JSON value), or ``default``."""
        with self._read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def settings_set(self, key: str, value: Any) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, _dumps(value))
            )

    def append_undo(self, entry: dict) -> int:
        """Append an undo entry (JSON-able dict; its "act" key names the act); returns its seq."""
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO undo_log(seq, act_slug, payload) VALUES "
                "((SELECT coalesce(max(seq), 0) + 1 FROM undo_log), ?, ?)",
                (str(entry.get("act", "")), _dumps(entry)),
            )
            return cursor.lastrowid

    def undo_entries(self) -> list[dict]:
        """The undo entries, oldest first; each is the stored dict plus its "seq"."""
        with self._read() as conn:
            rows = conn.execute("SELECT seq, payload FROM undo_log ORDER BY seq").fetchall()
        return [{**json.loads(payload), "seq": seq} for seq, payload in rows]

    def truncate_undo(self, seq: int) -> None:
        """Drop the undo entries after ``seq`` (``truncate_undo(0)`` clears the history)."""
        with self._write() as conn:
            conn.execute("DELETE FROM undo_log WHERE seq > ?", (seq,))

    def set_bookmark(self, slug: str, name: str, address: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO bookmarks(act_slug, name, address) VALUES (?, ?, ?)",
                (slug, name, address),
            )

    def set_bookmarks(self, slug: str, mapping: dict[str, str]) -> None:
        """Replace act ``slug``'s whole bookmark map (as written by the latest export)."""
        with self._write() as conn:
            conn.execute("DELETE FROM bookmarks WHERE act_slug = ?", (slug,))
            conn.executemany(
                "INSERT INTO bookmarks(act_slug, name, address) VALUES (?, ?, ?)",
                [(slug, name, address) for name, address in sorted(mapping.items())],
            )

    def bookmarks(self, slug: str) -> dict[str, str]:
        """Bookmark name → unit address for act ``slug``."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT name, address FROM bookmarks WHERE act_slug = ? ORDER BY name", (slug,)
            ).fetchall()
        return dict(rows)

    def remove_bookmark(self, slug: str, name: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM bookmarks WHERE act_slug = ? AND name = ?", (slug, name))

    # --- save as -------------------------------------------------------------------------
    def save_as(self, new_path: str | os.PathLike[str]) -> None:
        """Copy the project to ``new_path`` (replacing a file there) and continue in the copy.

        The copy is written next to the target and moved over it only when complete; a target
        that another Drafter has open is refused. Works from a read-only project too.
        """
        with self._mutex:
            self._save_as(Path(new_path))

    def _save_as(self, new_path: Path) -> None:
        conn = self._connection()
        new_path = Path(new_path)
        if new_path.resolve() == self.path.resolve():
            raise ProjectError(f"{new_path.name} is the file already open; choose another name.")
        if new_path.is_dir():
            raise ProjectError(f"{new_path.name} is a folder; choose a file name.")
        try:
            new_lock = lockfile.acquire(new_path)
        except OSError as exc:
            raise ProjectError(
                f"{new_path.name} cannot be written: {exc.strerror or exc}."
            ) from exc
        if new_lock is None:
            info = lockfile.read_info(new_path) or {}
            raise ProjectError(
                f"{new_path.name} is {lockfile.describe(info)}; choose another name."
            )
        tmp_name = None
        try:
            # Created like any new file (the umask decides its permissions), then filled.
            tmp_name = new_path.with_name(f".{new_path.name}.{secrets.token_hex(4)}.tmp")
            os.close(os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            target = sqlite3.connect(tmp_name, isolation_level=None)
            try:
                target.execute("PRAGMA synchronous = FULL")
                conn.backup(target)
            finally:
                target.close()
            os.replace(tmp_name, new_path)
            tmp_name = None
            new_conn = self._connect(new_path, read_only=False)
        except BaseException as exc:
            new_lock.release()
            if tmp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)
            if isinstance(exc, (OSError, sqlite3.Error)):
                raise ProjectError(f"{new_path.name} could not be written ({exc}).") from exc
            raise
        self._close()
        self.path = new_path
        self._conn = new_conn
        self._lock = new_lock
        self.read_only = False
        self.locked_by = None


def _sqlite_connect(uri: str) -> sqlite3.Connection:
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE ... COMMIT).
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5, check_same_thread=False)


_ACT_SELECT = ", ".join(("id", "slug", *ACT_COLUMNS, *ACT_JSON_COLUMNS))


def _statements(script: str) -> list[str]:
    """The statements of a schema script (no semicolons inside our statements)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _proposal_row(act_id: int, ordinal: int, proposal: m.Proposal) -> tuple:
    data = proposal_to_dict(proposal)
    return (
        act_id,
        proposal.address,
        ordinal,
        proposal.status,
        proposal.after,
        _dumps(data["unit"]),
    )


def _unit_rows(act_id: int, units: list[m.Unit]) -> Iterator[tuple]:
    """Rows of the units table, pre-order, each with its parent's ordinal."""
    ordinal = 0
    stack: list[tuple[m.Unit, int | None]] = [(u, None) for u in reversed(units)]
    while stack:
        unit, parent = stack.pop()
        yield (
            act_id,
            ordinal,
            parent,
            unit.kind,
            unit.number,
            unit.heading,
            unit.text,
            unit.closing,
            _dumps(list(unit.notes)),
            int(unit.repealed),
            unit.address,
        )
        stack.extend((child, ordinal) for child in reversed(unit.children))
        ordinal += 1
