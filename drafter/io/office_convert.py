"""Word 97–2003 (.doc), RTF and OpenDocument (.odt) acts, converted to .docx by LibreOffice.

LibreOffice is found on PATH (``soffice``) and run headless with a private profile in a
temporary folder (so a LibreOffice the user has open is neither used nor disturbed), with a
timeout; the .docx it writes in that folder is read by the .docx reader, and the folder is
removed. Every failure is one sentence naming the file.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from drafter.errors import ImportFailed
from drafter.io.docx_reader import read_docx_paragraphs
from drafter.io.safety import (
    EMPTY,
    LEGACY_DOC,
    MAX_MEMBER_SIZE,
    OLE2_MAGIC,
    describe_ole2,
    read_head,
)
from drafter.messages import N_

CONVERTED_SUFFIXES = (".doc", ".rtf", ".odt")
TIMEOUT = 120.0  # seconds: a cold start with a fresh profile plus a whole code
OFFICE_PROGRAMS = ("soffice", "libreoffice")
RTF_MAGIC = b"{\\rtf"
ZIP_MAGIC = b"PK\x03\x04"
# An OpenDocument package starts with its uncompressed "mimetype" member.
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_SIGNATURE_BYTES = 128


def find_office() -> str | None:
    """The LibreOffice program on PATH, or None when it is not installed."""
    for program in OFFICE_PROGRAMS:
        found = shutil.which(program)
        if found:
            return found
    return None


def read_office_paragraphs(path: Path, *, timeout: float = TIMEOUT) -> list[str]:
    """The paragraphs of a .doc, .rtf or .odt act, read through LibreOffice's .docx."""
    _check_signature(path)
    office = find_office()
    if office is None:
        raise ImportFailed(
            N_(
                "{name} is a {suffix} file, which Drafter reads through LibreOffice, and "
                "LibreOffice is not installed; install LibreOffice, or save it as .docx and "
                "import that."
            ),
            name=path.name,
            suffix=path.suffix.lower(),
        )
    with tempfile.TemporaryDirectory(prefix="drafter-convert-") as folder:
        docx = convert_to_docx(office, path, Path(folder), timeout=timeout)
        return read_docx_paragraphs(docx)


def _check_signature(path: Path) -> None:
    """Refuse a file whose first bytes are not what its extension promises (nothing is run)."""
    head = read_head(path, _SIGNATURE_BYTES)
    if not head:
        raise ImportFailed(EMPTY, name=path.name)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        if head.startswith(RTF_MAGIC):  # databases often save RTF under .doc
            return
        if head.startswith(OLE2_MAGIC):
            problem = describe_ole2(path)
            if problem.text != LEGACY_DOC:
                raise ImportFailed(problem)  # a password-protected document
            if _has_word_stream(path):
                return
        raise ImportFailed(
            N_("{name} is not a Word 97–2003 document; save it as .docx and import that."),
            name=path.name,
        )
    if suffix == ".rtf" and head.lstrip().startswith(RTF_MAGIC):
        return
    if suffix == ".odt" and head.startswith(ZIP_MAGIC) and ODT_MIMETYPE in head:
        return
    raise ImportFailed(
        N_(
            "{name} does not hold what a {suffix} file holds; save the act as .docx or as "
            "UTF-8 .txt."
        ),
        name=path.name,
        suffix=suffix,
    )


def _has_word_stream(path: Path) -> bool:
    """Whether an OLE2 file names a WordDocument stream (a real Word 97–2003 document)."""
    return _WORD_STREAM in read_head(path, MAX_MEMBER_SIZE)


def convert_to_docx(office: str, path: Path, folder: Path, *, timeout: float = TIMEOUT) -> Path:
    """Convert ``path`` to a .docx in ``folder`` with the LibreOffice program ``office``."""
    source_dir, out_dir, profile = folder / "in", folder / "out", folder / "profile"
    for made in (source_dir, out_dir, profile):
        made.mkdir()
    # A copy in our folder (the original's folder is never written to); LibreOffice names its
    # output after it, so the .docx reader's messages name the user's file.
    source = source_dir / f"{path.stem}{path.suffix.lower()}"
    try:
        shutil.copyfile(path, source)
    except OSError as exc:
        raise ImportFailed(
            N_("{name} cannot be read: {reason}."), name=path.name, reason=exc.strerror or str(exc)
        ) from None
    command = [
        office,
        "--headless",
        "--invisible",
        "--nologo",
        "--norestore",
        "--nodefault",
        "--nolockcheck",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(out_dir),
        str(source),
    ]
    env = dict(os.environ, HOME=str(folder))  # nothing of the user's own LibreOffice is touched
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # its own process group, ended as a whole on timeout
        )
    except OSError as exc:
        raise ImportFailed(
            N_("{name}: LibreOffice cannot be started ({reason})."),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from None
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _end(process)
        raise ImportFailed(
            N_("{name}: LibreOffice did not convert it within {seconds} seconds."),
            name=path.name,
            seconds=int(timeout),
        ) from None
    converted = out_dir / f"{path.stem}.docx"
    if process.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
        reason = output.decode("utf-8", "replace").strip().splitlines()
        raise ImportFailed(
            N_(
                "{name}: LibreOffice could not convert it ({reason}); open it in Word or "
                "LibreOffice and save it as .docx."
            ),
            name=path.name,
            reason=reason[-1] if reason else f"exit status {process.returncode}",
        )
    return converted


def _end(process: subprocess.Popen[bytes]) -> None:
    """End the conversion we started: its process group, then wait for it."""
    if sys.platform == "win32":
        process.kill()
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            process.kill()
    process.communicate()
