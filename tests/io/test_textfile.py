"""Text act files: encodings accepted exactly, wrong ones refused, never imported garbled."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.errors import ImportFailed
from drafter.io.textfile import decode_text, read_text_lines

PARAGRAPH = (
    "Статья 322.1. Организация незаконной миграции\n"
    "1. Организация незаконного въезда в Российскую Федерацию иностранных граждан или лиц без "
    "гражданства, их незаконного пребывания в Российской Федерации или незаконного транзитного "
    "проезда через территорию Российской Федерации -\n"
    "наказывается штрафом в размере до двухсот тысяч рублей или в размере заработной платы "
    "или иного дохода осуждённого за период до восемнадцати месяцев 'либо' лишением свободы."
)
SHORT_TEXTS = ["Статья 1", "статья", "УГОЛОВНЫЙ КОДЕКС", "Ёлка", "а) б) в)", "и", "Я", "ГЛАВА 32."]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-r", "cp866"]


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("text", [PARAGRAPH, *SHORT_TEXTS])
def test_each_encoding_is_read_exactly_or_refused(text: str, encoding: str) -> None:
    data = _encode(text, encoding)
    try:
        decoded = decode_text(data, "act.txt")
    except ImportFailed as exc:
        assert "act.txt" in str(exc)
        return
    assert decoded == text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1251"])
def test_supported_encodings_read_a_real_paragraph(encoding: str) -> None:
    assert decode_text(_encode(PARAGRAPH, encoding), "act.txt") == PARAGRAPH


@pytest.mark.parametrize(("encoding", "label"), [("koi8-r", "KOI8-R"), ("cp866", "CP866")])
def test_dos_and_koi8_paragraphs_are_refused_naming_the_encoding(encoding: str, label: str) -> None:
    with pytest.raises(ImportFailed, match=label) as info:
        decode_text(PARAGRAPH.encode(encoding), "старый.txt")
    assert "старый.txt" in str(info.value)
    assert "UTF-8" in str(info.value)


@pytest.mark.parametrize("encoding", ["koi8-r", "cp866"])
def test_whole_code_in_koi8_or_dos_is_refused(code_lines: list[str], encoding: str) -> None:
    data = "\n".join(code_lines).encode(encoding, errors="replace")
    with pytest.raises(ImportFailed, match="encoding"):
        decode_text(data, "uk.txt")


def test_whole_code_in_windows_1251_is_exact(code_lines: list[str]) -> None:
    text = "\n".join(code_lines)
    assert decode_text(text.encode("cp1251"), "uk.txt") == text


def test_latin_text_in_windows_1252_is_not_read_as_cyrillic() -> None:
    text = "Section 5. The café owner shall pay £5 on each déclaration of résidence."
    try:
        decoded = decode_text(text.encode("cp1252"), "act.txt")
    except ImportFailed:
        return
    assert decoded == text


def test_dos_end_of_file_mark_is_ignored() -> None:
    text = PARAGRAPH.replace("\n", "\r\n") + "\r\n"
    assert decode_text(text.encode("cp1251") + b"\x1a", "a.txt") == text


def test_bom_is_not_part_of_the_text() -> None:
    assert decode_text(codecs.BOM_UTF8 + "Статья 1.".encode(), "a.txt") == "Статья 1."
    assert decode_text("Статья 1.".encode("utf-16"), "a.txt") == "Статья 1."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n\t", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (codecs.BOM_UTF16_LE, "empty"),
        (bytes(range(256)) * 20, "not a text file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "not a text file"),
        (b"PK\x03\x04" + bytes(100), "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), ".doc"),
        ("Статья 1".encode("utf-16-le"), "byte order mark"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "not valid UTF-8"),
        ("Статья 1.\x1b[31m\x07".encode(), "control characters"),
    ],
)
def test_junk_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailed, match=reason) as info:
        decode_text(data, "junk.txt")
    assert str(info.value).startswith("junk.txt")


def test_too_short_single_byte_text_is_refused_rather_than_guessed() -> None:
    with pytest.raises(ImportFailed, match="too little text"):
        decode_text("Статья 1.".encode("cp1251"), "short.txt")


def test_random_high_bytes_are_refused() -> None:
    data = bytes((i * 37 + 11) % 128 + 128 for i in range(3000))
    with pytest.raises(ImportFailed):
        decode_text(data, "noise.txt")


def test_read_text_lines_splits_any_line_ending(tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_bytes("Статья 1. Заголовок\r\n\r\n1. Текст.\n2. Текст.\r".encode("cp1251"))
    assert read_text_lines(path) == ["Статья 1. Заголовок", "", "1. Текст.", "2. Текст."]


def test_read_text_lines_of_the_code_keeps_every_line(code_lines: list[str]) -> None:
    from tests.io.conftest import CODE_TXT  # the corpus file itself

    assert read_text_lines(CODE_TXT) == code_lines


_WORDS = sorted(set((PARAGRAPH + " " + " ".join(SHORT_TEXTS)).split()) | {"ГЛАВА", "ЧАСТЬ", "а)"})


@settings(max_examples=50, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25),
    encoding=st.sampled_from(["cp1251", "koi8-r", "cp866"]),
)
def test_single_byte_texts_are_exact_or_refused(words: list[str], encoding: str) -> None:
    text = " ".join(words)
    try:
        decoded = decode_text(text.encode(encoding), "act.txt")
    except ImportFailed:
        return
    assert decoded == text


def test_literal_superscript_numbers_read_as_dotted_numbers(tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_text("Статья 322¹. Организация\nплощадью 20 м²\n", encoding="utf-8")
    assert read_text_lines(path) == ["Статья 322.1. Организация", "площадью 20 м²"]
