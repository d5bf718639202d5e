"""Defences for reading untrusted files: zip limits, legacy/encrypted Word files, safe XML."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from lxml import etree

from drafter.errors import ImportFailed
from drafter.messages import N_, Message, message

EMPTY = N_("{name} is empty.")
LEGACY_DOC = N_("{name} is a Word 97–2003 .doc file; save it as .docx and import that.")
_TOO_LARGE = N_("{name} is larger than {mb} MB, too large for an act.")
_CANNOT_READ = N_("{name} cannot be read: {reason}.")
_UNPACKS_TOO_LARGE = N_("{name} unpacks to more than {mb} MB (refused as a possible zip bomb).")
_DTD = N_("{name} declares a DTD or external entities, which Drafter refuses.")

# Limits. A real act's document.xml is a few MB (the whole Criminal Code: about 5 MB).
MAX_MEMBER_SIZE = 200 * 1024 * 1024  # uncompressed bytes of one member we read
MAX_TOTAL_SIZE = 1024 * 1024 * 1024  # declared uncompressed bytes of the whole package
MAX_MEMBERS = 5000
MAX_RATIO = 1000  # uncompressed / compressed; deflate's own ceiling is about 1030
RATIO_MIN_SIZE = 1024 * 1024  # small members may compress absurdly well and stay harmless
MAX_TEXT_FILE_SIZE = 100 * 1024 * 1024
_CHUNK = 1024 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office's encrypted .docx is an OLE2 compound file holding a stream named "EncryptedPackage";
# directory entry names are UTF-16LE.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
# What zipfile raises on damaged or unsupported archives (besides OSError).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    NotImplementedError,
    ValueError,
    EOFError,
    OverflowError,
)
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)


def read_file_bytes(path: Path, limit: int = MAX_TEXT_FILE_SIZE) -> bytes:
    """The bytes of ``path``, refusing folders, missing or unreadable files and huge ones."""
    data = read_head(path, limit + 1)
    if len(data) > limit:
        raise ImportFailed(_TOO_LARGE, name=path.name, mb=limit // (1024 * 1024))
    return data


def read_head(path: Path, size: int) -> bytes:
    """Up to ``size`` first bytes of ``path``, with a clear error for anything not readable."""
    name = path.name
    try:
        if not path.exists():
            raise ImportFailed(N_("{name} does not exist."), name=name)
        if not path.is_file():
            raise ImportFailed(N_("{name} is not a file (it is a folder or a device)."), name=name)
        with path.open("rb") as stream:
            return stream.read(size)
    except PermissionError:
        raise ImportFailed(N_("{name} cannot be read: permission denied."), name=name) from None
    except OSError as exc:
        raise ImportFailed(_CANNOT_READ, name=name, reason=exc.strerror or str(exc)) from None


def describe_ole2(path: Path) -> Message:
    """Why an OLE2 compound file is refused: a password-protected .docx or a legacy .doc."""
    if _ole2_has_encrypted_package(path):
        return password_protected(path.name)
    return message(LEGACY_DOC, name=path.name)


def password_protected(name: str) -> Message:
    """Why a password-protected .docx is refused."""
    return message(
        N_("{name} is password-protected; remove the password in Word and import it again."),
        name=name,
    )


def _ole2_has_encrypted_package(path: Path) -> bool:
    overlap = len(_ENCRYPTED_PACKAGE)
    tail = b""
    try:
        with path.open("rb") as stream:
            read = 0
            while read < MAX_MEMBER_SIZE:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    return False
                read += len(chunk)
                if _ENCRYPTED_PACKAGE in tail + chunk:
                    return True
                tail = chunk[-overlap:]
    except OSError:
        return False
    return False


class DocxPackage:
    """A .docx opened for reading with every member size-checked (use as a context manager)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        head = read_head(path, len(OLE2_MAGIC))
        if not head:
            raise ImportFailed(EMPTY, name=self.name)
        if head.startswith(OLE2_MAGIC):
            raise ImportFailed(describe_ole2(path))
        if path.stat().st_size > MAX_MEMBER_SIZE:
            raise ImportFailed(_TOO_LARGE, name=self.name, mb=MAX_MEMBER_SIZE // (1024 * 1024))
        try:
            self._zip = zipfile.ZipFile(path)
        except _ZIP_ERRORS:
            raise ImportFailed(
                N_("{name} is not a Word .docx document (not a zip package, or a damaged one)."),
                name=self.name,
            ) from None
        except OSError as exc:
            raise ImportFailed(
                _CANNOT_READ, name=self.name, reason=exc.strerror or str(exc)
            ) from None
        try:
            self._check_members()
        except BaseException:
            self._zip.close()
            raise

    def _check_members(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFailed(
                N_(
                    "{name} has {count} parts, too many for a Word document (refused as a "
                    "possible zip bomb)."
                ),
                name=self.name,
                count=len(infos),
            )
        total = 0
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.flag_bits & 0x1:
                raise ImportFailed(password_protected(self.name))
            total += info.file_size
            if info.file_size > MAX_MEMBER_SIZE or total > MAX_TOTAL_SIZE:
                raise ImportFailed(
                    _UNPACKS_TOO_LARGE, name=self.name, mb=MAX_MEMBER_SIZE // (1024 * 1024)
                )
            if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise ImportFailed(
                    N_("{name} has an absurd compression ratio (refused as a possible zip bomb)."),
                    name=self.name,
                )
            self._infos.setdefault(info.filename, info)

    def __enter__(self) -> DocxPackage:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def has(self, member: str) -> bool:
        return member in self._infos

    def read(self, member: str, limit: int = MAX_MEMBER_SIZE) -> bytes:
        """A member's bytes, stream-read with a cap (declared sizes are not trusted alone)."""
        info = self._infos.get(member)
        if info is None:
            raise ImportFailed(
                N_("{name} is not a Word document: it has no {member}."),
                name=self.name,
                member=member,
            )
        parts: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        raise ImportFailed(
                            _UNPACKS_TOO_LARGE, name=self.name, mb=limit // (1024 * 1024)
                        )
                    parts.append(chunk)
        except ImportFailed:
            raise
        except RuntimeError:  # zipfile: "File ... is encrypted, password required"
            raise ImportFailed(password_protected(self.name)) from None
        except (*_ZIP_ERRORS, OSError) as exc:
            raise ImportFailed(
                N_("{name} is damaged: {member} cannot be unpacked ({reason})."),
                name=self.name,
                member=member,
                reason=str(exc),
            ) from None
        return b"".join(parts)


def open_docx(path: Path) -> DocxPackage:
    """Open ``path`` as a .docx, refusing legacy, encrypted, non-zip and bomb-like files."""
    return DocxPackage(path)


def _make_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def safe_parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse untrusted XML: any DOCTYPE/ENTITY is refused, no network, no huge trees.

    ``name`` names the file (and part) in the error message, e.g. "act.docx (word/document.xml)".
    """
    if any(marker in data for marker in _DTD_MARKERS):
        raise ImportFailed(_DTD, name=name)
    try:
        root = etree.fromstring(data, _make_parser())
    except (etree.LxmlError, ValueError) as exc:
        raise ImportFailed(
            N_("{name} is damaged: its XML cannot be read ({reason})."), name=name, reason=str(exc)
        ) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise ImportFailed(_DTD, name=name)
    return root
