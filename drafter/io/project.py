"""The project file: one SQLite file per draft (`*.drafter`), see DESIGN.md "The project file".

:class:`Project` opens, locks, reads and writes it; the tables and migrations are in
:mod:`drafter.io.project_schema`, the row-level queries in :mod:`drafter.io.project_queries`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.address import assign_addresses
from drafter.errors import ProjectError
from drafter.io import lockfile, scratch
from drafter.io import project_queries as q
from drafter.io import project_rounds as qr
from drafter.io import project_schema as schema
from drafter.io.project_schema import APPLICATION_ID, SCHEMA_VERSION
from drafter.messages import N_

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "Project"]
_T = TypeVar("_T")

_EXISTS = N_("{name} already exists; choose another name.")
_CANNOT_CREATE = N_("{name} cannot be created: {reason}.")
_LOCKED = N_("{name} is {holder}; choose another name.")
_CANNOT_WRITE = N_("{name} cannot be written ({reason}).")
_NO_ACT = N_("{name} has no act «{slug}».")
_A_FOLDER = N_("{name} is a folder; choose a file name.")
_NOT_WRITTEN = N_("{name} could not be written ({reason}).")


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _sqlite_connect(uri: str) -> sqlite3.Connection:
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE ... COMMIT).
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5, check_same_thread=False)


def _refuse_being_created(path: Path) -> None:
    """An empty project file whose lock a live process holds is being created right now; one
    whose lock a dead process left was being created when that process was killed."""
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return
    locked = lockfile.live_holder(path)
    if locked is not None and (empty or not path.exists()):
        raise ProjectError(
            N_("{name} is being created by another program ({holder}); try again in a moment."),
            name=path.name,
            holder=lockfile.describe(locked),
        )
    if empty and lockfile.read_info(path) is not None:
        raise ProjectError(
            N_(
                "{name} is empty: creating it was interrupted; delete it and create the "
                "project again."
            ),
            name=path.name,
        )


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        lock: lockfile.Lock | None,
        locked_by: dict[str, Any] | None = None,
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
        _refuse_being_created(path)
        if path.exists() or path.is_symlink():
            raise ProjectError(_EXISTS, name=name)
        # The lock first, then the name: a second creator meets the lock (and is told the
        # project is being created), never a file still empty.
        try:
            lock = lockfile.acquire(path)
        except OSError as exc:
            raise ProjectError(_CANNOT_CREATE, name=name, reason=exc.strerror or str(exc)) from None
        if lock is None:
            _refuse_being_created(path)
            info = lockfile.read_info(path) or {}
            raise ProjectError(_LOCKED, name=name, holder=lockfile.describe(info))
        try:
            # Reserve the name atomically, so two creators cannot both succeed.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except BaseException as exc:
            lock.release()
            if isinstance(exc, FileExistsError):
                raise ProjectError(_EXISTS, name=name) from None
            if isinstance(exc, OSError):
                raise ProjectError(
                    _CANNOT_CREATE, name=name, reason=exc.strerror or str(exc)
                ) from None
            raise
        os.close(fd)
        conn = None
        try:
            scratch.pause_point("create")
            conn = _sqlite_connect(_uri(path, "rw"))
            schema.configure(conn, writable=True)
            schema.create_schema(conn)
        except BaseException as exc:
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                conn.close()
            with contextlib.suppress(OSError):
                path.unlink()
            lock.release()
            if isinstance(exc, sqlite3.Error):
                raise ProjectError(_CANNOT_CREATE, name=name, reason=str(exc)) from exc
            raise
        return cls(path, conn, read_only=False, lock=lock)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> Project:
        """Open an existing project; read-only when asked or when another Drafter has it open.

        When another live process holds the lock, the project opens read-only and
        :attr:`locked_by` holds that process's info (host, pid, user, time).
        """
        path = Path(path)
        _refuse_being_created(path)
        header_version = schema.check_header(path)
        if header_version > SCHEMA_VERSION:
            raise schema.newer_error(path.name, header_version)
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
    def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
        try:
            conn = _sqlite_connect(_uri(path, "ro" if read_only else "rw"))
        except sqlite3.Error as exc:
            raise schema.sqlite_failure(
                exc, path.name, N_("{name} cannot be opened: {reason}.")
            ) from exc
        return schema.validate(conn, path, read_only=read_only)

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
            raise ProjectError(N_("{name} is closed."), name=self.name)
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
            if self.locked_by:
                holder = lockfile.describe(self.locked_by)
                raise ProjectError(
                    N_("{name} is open read-only ({holder}); use Save As to keep your changes."),
                    name=self.name,
                    holder=holder,
                )
            raise ProjectError(
                N_("{name} is open read-only; use Save As to keep your changes."), name=self.name
            )
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise schema.sqlite_failure(exc, self.name, _CANNOT_WRITE) from exc
        try:
            yield conn
            conn.execute(
                "INSERT OR REPLACE INTO project(key, value) VALUES ('modified', ?)",
                (schema.now(),),
            )
            scratch.pause_point("save")
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                text = N_("{name} could not be saved ({reason}).")
                raise schema.sqlite_failure(exc, self.name, text) from exc
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
            raise schema.sqlite_failure(
                exc, self.name, N_("{name} could not be read ({reason}).")
            ) from exc

    def _act_id(self, conn: sqlite3.Connection, slug: str) -> int:
        found = q.act_id(conn, slug)
        if found is None:
            raise ProjectError(_NO_ACT, name=self.name, slug=slug)
        return found

    # --- the draft -----------------------------------------------------------------------
    def metadata(self) -> dict[str, str]:
        """Project metadata: title, agency, style, entry_into_force, created, modified, ..."""
        with self._read() as conn:
            return q.metadata(conn)

    def draft(self) -> m.Draft:
        """The draft: its metadata and, per act (in the project's order), its proposals."""
        with self._read() as conn:
            return q.load_draft(conn)

    def save_draft_meta(self, draft: m.Draft) -> None:
        """Save the draft's title, agency, style and entry-into-force wording."""
        with self._write() as conn:
            q.save_draft_meta(conn, draft)

    def save_draft(self, draft: m.Draft) -> None:
        """Save the draft's metadata and replace the proposals of every act it lists."""
        with self._write() as conn:
            q.save_draft_meta(conn, draft)
            for act_draft in draft.acts:
                q.replace_proposals(conn, self._act_id(conn, act_draft.slug), act_draft.proposals)

    def set_proposal(self, slug: str, proposal: m.Proposal) -> None:
        """Add or replace the proposal for one unit of act ``slug``."""
        with self._write() as conn:
            q.set_proposal(conn, self._act_id(conn, slug), proposal)

    def remove_proposal(self, slug: str, address: str) -> None:
        """Drop the proposal for ``address`` of act ``slug`` (nothing happens if there is none)."""
        with self._write() as conn:
            q.remove_proposal(conn, self._act_id(conn, slug), address)

    def set_proposals(self, slug: str, proposals: dict[str, m.Proposal]) -> None:
        """Replace all proposals of act ``slug`` at once."""
        with self._write() as conn:
            q.replace_proposals(conn, self._act_id(conn, slug), proposals)

    # --- acts ----------------------------------------------------------------------------
    def act_slugs(self) -> list[str]:
        with self._read() as conn:
            return q.act_slugs(conn)

    def acts(self) -> list[m.Act]:
        """Every act with its whole tree, in the project's order."""
        with self._read() as conn:
            return q.load_acts(conn, self.name)

    def act(self, slug: str) -> m.Act:
        """The act ``slug`` with its whole tree (addresses assigned)."""
        with self._read() as conn:
            act = q.load_act(conn, slug, self.name)
        if act is None:
            raise ProjectError(_NO_ACT, name=self.name, slug=slug)
        return act

    def add_act(self, act: m.Act) -> str:
        """Store ``act`` (metadata and units); returns the slug used ("-2"... if it was taken).

        Units without an address get addresses assigned first (``act`` itself is untouched).
        """
        if any(not unit.address for unit in act.walk()):
            act = assign_addresses(act.copy())
        with self._write() as conn:
            return q.add_act(conn, act)

    def update_act_meta(self, act: m.Act) -> None:
        """Save the metadata of the act ``act.slug`` (its units are left as they are)."""
        with self._write() as conn:
            q.write_act_meta(conn, self._act_id(conn, act.slug), act)

    def remove_act(self, slug: str) -> None:
        """Remove act ``slug`` with its units, proposals, bookmarks and undo history."""
        with self._write() as conn:
            q.remove_act(conn, self._act_id(conn, slug), slug)

    # --- settings, undo log, bookmarks -----------------------------------------------------
    def settings_get(self, key: str, default: Any = None) -> Any:
        """A per-project setting (any JSON value), or ``default``."""
        with self._read() as conn:
            return q.setting(conn, key, default)

    def settings_set(self, key: str, value: Any) -> None:
        with self._write() as conn:
            q.set_setting(conn, key, value)

    def append_undo(self, entry: dict[str, Any]) -> int:
        """Append an undo entry (JSON-able dict; its "act" key names the act); returns its seq."""
        with self._write() as conn:
            return q.append_undo(conn, entry)

    def undo_entries(self) -> list[dict[str, Any]]:
        """The undo entries, oldest first; each is the stored dict plus its "seq"."""
        with self._read() as conn:
            return q.undo_entries(conn)

    def truncate_undo(self, seq: int) -> None:
        """Drop the undo entries after ``seq`` (``truncate_undo(0)`` clears the history)."""
        with self._write() as conn:
            q.truncate_undo(conn, seq)

    def set_bookmark(self, slug: str, name: str, address: str) -> None:
        with self._write() as conn:
            q.set_bookmark(conn, slug, name, address)

    def set_bookmarks(self, slug: str, mapping: dict[str, str]) -> None:
        """Replace act ``slug``'s whole bookmark map (as written by the latest export)."""
        with self._write() as conn:
            q.replace_bookmarks(conn, slug, mapping)

    def bookmarks(self, slug: str) -> dict[str, str]:
        """Bookmark name → unit address for act ``slug``."""
        with self._read() as conn:
            return q.bookmarks(conn, slug)

    def remove_bookmark(self, slug: str, name: str) -> None:
        with self._write() as conn:
            q.remove_bookmark(conn, slug, name)

    # --- approval rounds (DESIGN.md "Approval rounds") ------------------------------------
    def _query(self, query: Callable[..., _T], *args: Any) -> _T:
        """``query(conn, *args)`` on a consistent snapshot."""
        with self._read() as conn:
            return query(conn, *args)

    def project_id(self) -> str:
        """The project's identity (a UUID kept by Save As), written into every round file."""
        return self._query(qr.project_id)

    def agencies(self) -> list[r.Agency]:
        return self._query(qr.agencies)

    def find_agency(self, name: str) -> r.Agency | None:
        """The agency known by ``name`` (short or full name, or an author alias), or None."""
        return self._query(qr.find_agency, name)

    def add_agency(self, agency: r.Agency) -> r.Agency:
        """Store a new agency; returns it with its id."""
        with self._write() as conn:
            agency.id = qr.add_agency(conn, agency)
        return agency

    def update_agency(self, agency: r.Agency) -> None:
        """Save an agency's names and aliases (``agency.id`` says which)."""
        with self._write() as conn:
            qr.update_agency(conn, agency)

    def last_round(self) -> int:
        """The number of the latest round (0 before the first)."""
        return self._query(qr.last_round)

    def rounds(self) -> list[r.Round]:
        """Every round, oldest first, with its recipients and files (without their bytes)."""
        return self._query(qr.rounds)

    def round(self, number: int) -> r.Round | None:
        found = self._query(qr.rounds, number)
        return found[0] if found else None

    def add_round(
        self,
        sent: r.Round,
        *,
        draft: dict[str, Any],
        manifest: str,
        recipients: list[tuple[int, str]],
        paragraphs: dict[str, list[r.SentParagraph]],
    ) -> None:
        """Store a sent round: the frozen draft (a JSON-able dict), the manifest text, each file
        of ``sent.files`` with its bytes and its paragraphs as sent, and the recipients
        ((agency id, deadline), in order)."""
        with self._write() as conn:
            qr.add_round(
                conn,
                sent,
                created=schema.now(),
                draft=draft,
                manifest=manifest,
                recipients=recipients,
                paragraphs=paragraphs,
            )

    def round_bytes(self, number: int) -> tuple[str, list[r.RoundFile]] | None:
        """Round ``number``'s manifest text and files with the bytes sent; None if no such round."""
        return self._query(qr.round_bytes, number)

    def round_draft(self, number: int) -> dict[str, Any] | None:
        """The draft frozen in round ``number`` (the dict stored by :meth:`add_round`)."""
        return self._query(qr.round_draft, number)

    def sent_paragraphs(
        self, number: int, file: str | None = None
    ) -> dict[str, list[r.SentParagraph]]:
        """Round ``number``'s paragraphs as sent, per file name (in the round's file order),
        each list in document order; only ``file`` when given. Empty if no such round."""
        return self._query(qr.sent_paragraphs, number, file)

    def recipient_ids(self, number: int) -> list[int]:
        return self._query(qr.recipient_ids, number)

    def set_answer(
        self, number: int, agency_id: int, status: str, letter: str = "", date: str = ""
    ) -> None:
        """Record an agency's answer to round ``number`` (status, its letter and the date)."""
        with self._write() as conn:
            qr.set_answer(conn, number, agency_id, status, letter, date)

    def returned_file_id(self, sha256: str) -> int | None:
        """The id of the returned file with these bytes' hash, if it was filed already."""
        return self._query(qr.returned_file_id, sha256)

    def returned_file(self, sha256: str) -> r.ReturnedFile | None:
        """The returned file filed with these bytes' hash: when, for whom, in which round."""
        return self._query(qr.returned_file, sha256)

    def add_recipient(self, number: int, agency_id: int) -> None:
        """Add an agency to round ``number``'s recipients (an answer from one not sent to)."""
        with self._write() as conn:
            qr.add_recipient(conn, number, agency_id)

    def add_returned_file(
        self,
        number: int,
        agency_id: int,
        name: str,
        sha256: str,
        content: bytes,
        sent_file: str = "",
    ) -> int:
        """Keep a returned file's bytes (name, hash, round, agency); returns its id."""
        with self._write() as conn:
            return qr.add_returned_file(
                conn, number, agency_id, name, sha256, content, received=schema.now(),
                sent_file=sent_file,
            )  # fmt: skip

    def returned_file_bytes(self, file_id: int) -> bytes | None:
        return self._query(qr.returned_file_bytes, file_id)

    def add_remark(self, remark: r.Remark, agency_id: int) -> int:
        """Store one remark (an item of an answer) of ``agency_id``; returns its id."""
        with self._write() as conn:
            remark.id = qr.add_remark(conn, remark, agency_id)
        return remark.id

    def remarks(self, number: int | None = None) -> list[r.Remark]:
        """The remarks of round ``number`` (all rounds when None)."""
        return self._query(qr.remarks, number)

    def set_decision(self, remark_id: int, status: str, resolution: str, by: str, at: str) -> None:
        """Record the drafter's decision on a remark (status, reasoning, who, when)."""
        with self._write() as conn:
            qr.set_decision(conn, remark_id, status, resolution, by, at)

    def update_remarks(self, ids: list[int], **values: Any) -> None:
        """Set fields of remarks ``ids`` (Remark field names: status, resolution, decided_by,
        decided_at, settled, repeats, text, proposed, grounds, grounds_kind, severity, group,
        link) in one write."""
        with self._write() as conn:
            qr.update_remarks(conn, ids, values)

    def set_deadline(self, number: int, agency_id: int, deadline: str) -> None:
        """The deadline (YYYY-MM-DD or "") of an agency's answer to round ``number``."""
        with self._write() as conn:
            qr.set_deadline(conn, number, agency_id, deadline)

    def set_round_closed(self, number: int, closed: str) -> None:
        """Close round ``number`` on ``closed`` (YYYY-MM-DD), or reopen it ("")."""
        with self._write() as conn:
            qr.set_round_closed(conn, number, closed)

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
        name = new_path.name
        if new_path.resolve() == self.path.resolve():
            raise ProjectError(
                N_("{name} is the file already open; choose another name."), name=name
            )
        if new_path.is_dir():
            raise ProjectError(_A_FOLDER, name=name)
        try:
            new_lock = lockfile.acquire(new_path)
        except OSError as exc:
            raise ProjectError(
                N_("{name} cannot be written: {reason}."),
                name=name,
                reason=exc.strerror or str(exc),
            ) from exc
        if new_lock is None:
            info = lockfile.read_info(new_path) or {}
            raise ProjectError(_LOCKED, name=name, holder=lockfile.describe(info))
        folder = None
        try:
            # Created like any new file (the umask decides its permissions), then filled.
            folder = scratch.make_dir(new_path.parent, name)
            tmp_name = folder / name
            os.close(os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            schema.copy_database(conn, tmp_name)
            os.replace(tmp_name, new_path)
            new_conn = self._connect(new_path, read_only=False)
        except BaseException as exc:
            new_lock.release()
            if isinstance(exc, (OSError, sqlite3.Error)):
                raise ProjectError(_NOT_WRITTEN, name=name, reason=str(exc)) from exc
            raise
        finally:
            if folder is not None:
                scratch.remove(folder)
        self._close()
        self.path = new_path
        self._conn = new_conn
        self._lock = new_lock
        self.read_only = False
        self.locked_by = None
