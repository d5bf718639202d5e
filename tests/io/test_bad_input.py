"""Hostile and broken files: every one refused with one sentence naming the file and why."""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import pytest

from drafter.errors import ImportFailed
from drafter.io import safety
from drafter.io.docx_reader import read_docx_paragraphs
from drafter.io.importer import import_act
from drafter.io.safety import safe_parse_xml
from tests.docx_factory import W, build_docx, p

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def document_xml(body: str = "<w:p><w:r><w:t>Статья 1.</w:t></w:r></w:p>", prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )


def write_zip(path: Path, members: dict[str, bytes | str], **kwargs: object) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, **kwargs) as archive:  # type: ignore[arg-type]
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def refused(path: Path, *reason: str) -> str:
    """Import ``path``, expect ImportFailed naming the file and each of ``reason``."""
    with pytest.raises(ImportFailed) as info:
        import_act(path)
    message = str(info.value)
    assert path.name in message
    for words in reason:
        assert words in message, message
    assert "\n" not in message and "Traceback" not in message
    return message


# --- not a readable file -------------------------------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "нет такого.docx", "does not exist")


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "папка.txt"
    folder.mkdir()
    refused(folder, "not a file")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "закрыт.txt"
    path.write_text("Статья 1.", encoding="utf-8")
    if os.geteuid() != 0:  # root reads anything; simulate the refusal the OS would give
        path.chmod(0)
    else:

        def deny(self: Path, *args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", deny)
    refused(path, "permission denied")


@pytest.mark.parametrize("name", ["пусто.txt", "пусто.docx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    refused(path, "empty")


def test_docx_with_no_text_is_empty(tmp_path: Path) -> None:
    refused(build_docx(tmp_path / "blank.docx", [p(), p()]), "empty")


# --- not a .docx ---------------------------------------------------------------------------
def test_text_renamed_to_docx_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "act.docx"
    path.write_text("Статья 1. Это просто текст.", encoding="utf-8")
    refused(path, "not a zip")


def test_legacy_doc_renamed_to_docx(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(OLE2 + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(2000))
    refused(path, "Word 97–2003 .doc", "save it as .docx")


def test_legacy_doc_with_its_own_extension(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(OLE2 + bytes(1000))
    refused(path, ".doc", "save it as .docx")


def test_password_protected_docx_in_ole2_container(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    path.write_bytes(
        OLE2
        + bytes(504)
        + "EncryptionInfo".encode("utf-16-le")
        + bytes(50)
        + "EncryptedPackage".encode("utf-16-le")
        + bytes(3000)
    )
    refused(path, "password-protected")


def test_zip_with_encrypted_members(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "enc.docx",
        {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": document_xml()},
    )
    data = bytearray(path.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            (flags,) = struct.unpack_from("<H", data, at + flag_offset)
            struct.pack_into("<H", data, at + flag_offset, flags | 0x1)
            start = at + 4
    path.write_bytes(bytes(data))
    refused(path, "password-protected")


def test_zip_without_document_xml(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "parts.docx", {"[Content_Types].xml": CONTENT_TYPES, "a.txt": "x"})
    refused(path, "word/document.xml")


def test_truncated_zip(tmp_path: Path) -> None:
    whole = build_docx(tmp_path / "whole.docx", [p("Статья 1.")]).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    refused(path)


def test_member_with_a_lying_size_header_is_refused_as_damaged(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "lie.docx", {"word/document.xml": document_xml(p("А" * 5000))})
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, at + 24, 100)  # central directory: uncompressed size
    path.write_bytes(bytes(data))
    refused(path)


# --- zip bombs -----------------------------------------------------------------------------
def test_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    bomb = document_xml(p("Статья 1.")).replace("<w:body>", "<w:body>" + " " * (30 * 1024 * 1024))
    path = write_zip(tmp_path / "bomb.docx", {"word/document.xml": bomb}, compresslevel=9)
    assert path.stat().st_size < 100_000
    refused(path, "zip bomb")


def test_zip_bomb_by_declared_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_MEMBER_SIZE", 2 * 1024 * 1024)
    text = "".join(f"Статья {i}. Текст номер {i * 7919 % 10007}. " for i in range(60_000))
    path = write_zip(tmp_path / "big.docx", {"word/document.xml": document_xml(p(text))})
    refused(path, "zip bomb")


def test_member_larger_than_the_cap_when_read(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.docx", {"word/document.xml": document_xml() + " " * 5000})
    with safety.open_docx(path) as package, pytest.raises(ImportFailed, match="zip bomb"):
        package.read("word/document.xml", limit=1000)


def test_too_many_members(tmp_path: Path) -> None:
    members: dict[str, bytes | str] = {"word/document.xml": document_xml()}
    members.update({f"word/media/{i}.bin": b"" for i in range(safety.MAX_MEMBERS + 1)})
    refused(write_zip(tmp_path / "many.docx", members), "too many")


# --- XML attacks ---------------------------------------------------------------------------
def test_external_entity_is_refused(tmp_path: Path) -> None:
    xml = document_xml(
        "<w:p><w:r><w:t>&e;</w:t></w:r></w:p>",
        prolog='<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    )
    path = write_zip(tmp_path / "xxe.docx", {"word/document.xml": xml})
    message = refused(path, "declares a DTD or external entities")
    assert "root:" not in message


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    xml = document_xml(
        "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog=f"<!DOCTYPE lolz [{entities}]>"
    )
    path = write_zip(tmp_path / "laughs.docx", {"word/document.xml": xml})
    refused(path, "declares a DTD or external entities")


def test_dtd_in_numbering_part_is_refused(tmp_path: Path) -> None:
    numbering = (
        '<?xml version="1.0"?><!DOCTYPE n SYSTEM "http://example.invalid/n.dtd">'
        f'<w:numbering xmlns:w="{W}"/>'
    )
    path = write_zip(
        tmp_path / "num.docx",
        {"word/document.xml": document_xml(), "word/numbering.xml": numbering},
    )
    refused(path, "declares a DTD")


def test_utf16_doctype_is_refused() -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e "boo">]><x>&e;</x>'
    with pytest.raises(ImportFailed, match="DTD"):
        safe_parse_xml(xml.encode("utf-16"), "reply.docx (word/comments.xml)")


def test_malformed_xml_is_damaged(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "broken.docx", {"word/document.xml": "<w:document><w:body>"})
    refused(path, "damaged")


def test_safe_parse_xml_reads_ordinary_xml() -> None:
    root = safe_parse_xml(document_xml().encode("utf-8"), "a.docx")
    assert root.tag == f"{{{W}}}document"


def test_hostile_style_inheritance_loop_does_not_hang(tmp_path: Path) -> None:
    from tests.docx_factory import level, numbering

    loop = [
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>',
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>',
    ]
    path = build_docx(
        tmp_path / "loop.docx",
        [p("текст", style="A")],
        numbering_xml=numbering({0: [level(0, "decimal", "%1.")]}, {1: 0}),
        styles=loop,
    )
    assert read_docx_paragraphs(path) == ["текст"]


# --- text files and other extensions --------------------------------------------------------
def test_binary_junk_txt(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 40)
    refused(path, "not a text file")


def test_undecodable_txt(tmp_path: Path) -> None:
    path = tmp_path / "koi.txt"
    path.write_bytes("Статья 1. Уголовное законодательство Российской Федерации".encode("koi8-r"))
    refused(path, "KOI8-R")


def test_akoma_ntoso_xml_is_not_supported_yet(tmp_path: Path) -> None:
    path = tmp_path / "act.xml"
    path.write_text("<akomaNtoso/>", encoding="utf-8")
    refused(path, "Akoma Ntoso XML acts are not supported yet")


@pytest.mark.parametrize("name", ["act.pdf", "act.odt", "act.rtf", "act", "act.exe"])
def test_other_extensions_get_a_clear_message(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 whatever")
    refused(path, ".docx", ".txt")


def test_refusals_write_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "old.docx"
    bad.write_bytes(OLE2 + bytes(600))
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(ImportFailed):
        import_act(bad)
    assert sorted(tmp_path.rglob("*")) == before


def test_damaged_bytes_never_crash_the_reader(tmp_path: Path) -> None:
    """Flipped and truncated bytes of a real .docx: read or refused, never another exception."""
    import random

    original = build_docx(tmp_path / "ok.docx", [p("Статья 1."), p("Текст.")]).read_bytes()
    rng = random.Random(20240601)
    damaged = tmp_path / "damaged.docx"
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        damaged.write_bytes(bytes(data))
        try:
            paragraphs = read_docx_paragraphs(damaged)
        except ImportFailed as exc:
            assert "damaged.docx" in str(exc)
        else:
            assert isinstance(paragraphs, list)


def test_hostile_numbering_and_symbol_values(tmp_path: Path) -> None:
    from tests.docx_factory import level, numbering, r, raw_run

    num = numbering(
        {0: [level(0, "lowerLetter", "%1%1%1%1)", start=2_000_000_000), level(1, "x", "%9")]},
        {1: 0},
    )
    body = [
        p("a", num=(1, 0)),
        p("b", num=(1, 1)),
        p(r("c"), raw_run('<w:sym w:font="Symbol" w:char="FFFFFFFFFFFF"/>')),
        p(r("d"), raw_run('<w:sym w:char="D800"/>')),
    ]
    path = build_docx(tmp_path / "n.docx", body, numbering_xml=num)
    lines = read_docx_paragraphs(path)
    assert lines[2:] == ["c", "d"]
    assert all(len(line) < 100 for line in lines)
