""".odt, .rtf and .doc acts through LibreOffice: the same act as the .docx they were saved from."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from drafter.core.serialize import unit_to_dict
from drafter.errors import ImportFailed
from drafter.io import office_convert
from drafter.io.importer import import_act
from tests.docx_factory import code_docx

DATA = Path(__file__).resolve().parents[1] / "data"
CODE_TXT = DATA / "corpus/ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
# Chapter 32 of the Criminal Code (arts 317-330.2: parts, points, sanctions, notes).
FIRST, LAST = "ГЛАВА 32.", "ГЛАВА 33."
FILTERS = {"odt": "odt", "rtf": "rtf", "doc": "doc:MS Word 97"}

needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def tree(act) -> list[dict]:
    return [unit_to_dict(unit) for unit in act.units]


@pytest.fixture(scope="module")
def saved_forms(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A real chapter as .docx, and the .odt/.rtf/.doc LibreOffice saves from that .docx."""
    folder = tmp_path_factory.mktemp("office")
    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(FIRST))
    end = next(i for i, line in enumerate(lines) if line.startswith(LAST))
    docx = code_docx(lines[start:end], folder / "uk-rf-ch32.docx")
    forms = {"docx": docx}
    profile = folder / "profile"
    for suffix, target in FILTERS.items():
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                target,
                "--outdir",
                str(folder),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env=dict(os.environ, HOME=str(folder)),
        )
        forms[suffix] = folder / f"uk-rf-ch32.{suffix}"
        assert forms[suffix].is_file()
    return forms


@pytest.mark.libreoffice
@pytest.mark.slow
@needs_office
@pytest.mark.parametrize("suffix", sorted(FILTERS))
def test_a_saved_copy_imports_as_the_docx_does(saved_forms: dict[str, Path], suffix: str) -> None:
    from_docx = import_act(saved_forms["docx"]).act
    converted = import_act(saved_forms[suffix])
    assert from_docx.find("art:322.1/part:2/pt:в") is not None  # a superscript in the .docx
    assert tree(converted.act) == tree(from_docx)
    assert converted.act.edition_source == f"uk-rf-ch32.{suffix}"
    assert converted.act.slug == "uk-rf-ch32"


@pytest.mark.libreoffice
@needs_office
def test_the_conversion_leaves_nothing_next_to_the_file(saved_forms: dict[str, Path]) -> None:
    folder = saved_forms["odt"].parent
    before = sorted(folder.iterdir())
    import_act(saved_forms["odt"])
    assert sorted(folder.iterdir()) == before


def test_without_libreoffice_a_sentence_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "act.rtf"
    path.write_bytes(b"{\\rtf1\\ansi Article 1.}")
    monkeypatch.setattr(office_convert, "find_office", lambda: None)
    with pytest.raises(ImportFailed) as caught:
        import_act(path)
    text = str(caught.value)
    assert "act.rtf" in text and "LibreOffice is not installed" in text and ".docx" in text


def test_a_conversion_that_hangs_is_ended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in office that never answers: ended after the timeout, with a sentence."""
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 60\n", encoding="utf-8")
    fake.chmod(0o755)
    path = tmp_path / "act.rtf"
    path.write_bytes(b"{\\rtf1\\ansi Article 1.}")
    monkeypatch.setattr(office_convert, "find_office", lambda: str(fake))
    with pytest.raises(ImportFailed) as caught:
        office_convert.read_office_paragraphs(path, timeout=1.0)
    assert "within 1 seconds" in str(caught.value)


def test_a_failed_conversion_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 1\n")
    fake.chmod(0o755)
    path = tmp_path / "act.odt"
    path.write_bytes(b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis.opendocument.text")
    monkeypatch.setattr(office_convert, "find_office", lambda: str(fake))
    with pytest.raises(ImportFailed) as caught:
        import_act(path)
    text = str(caught.value)
    assert "act.odt" in text and "could not be loaded" in text and "save it as .docx" in text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("act.rtf", b"%PDF-1.4 not rtf"),
        ("act.odt", b"PK\x03\x04 a zip but not OpenDocument"),
        ("act.doc", b"plain text named .doc"),
        ("act.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),  # OLE2, no Word stream
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused_before_any_conversion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    def never() -> str:
        raise AssertionError("LibreOffice was looked for")

    monkeypatch.setattr(office_convert, "find_office", never)
    with pytest.raises(ImportFailed) as caught:
        import_act(path)
    assert name in str(caught.value) and ".docx" in str(caught.value)
