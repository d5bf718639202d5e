"""The .docx reader: accepted text of tracked changes, fields, breaks, superscripts, numbering."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from drafter.io.docx_reader import format_number, read_docx_paragraphs
from tests.docx_factory import (
    W,
    br,
    build_docx,
    code_docx,
    cr,
    dele,
    field,
    hyperlink,
    ins,
    level,
    move_from,
    move_to,
    numbering,
    p,
    paragraph_style,
    r,
    raw_run,
    tab,
    table,
)


def read(tmp_path: Path, *body: str, **kwargs: object) -> list[str]:
    path = build_docx(tmp_path / "act.docx", body, **kwargs)  # type: ignore[arg-type]
    return read_docx_paragraphs(path)


def test_plain_paragraphs_in_order(tmp_path: Path) -> None:
    assert read(tmp_path, p("Статья 1. Задачи"), p("1. Текст ", "части.")) == [
        "Статья 1. Задачи",
        "1. Текст части.",
    ]


def test_inserted_text_counts_and_deleted_text_does_not(tmp_path: Path) -> None:
    body = p(r("Срок составляет "), dele("десять"), ins(r("тридцать")), r(" дней."))
    assert read(tmp_path, body) == ["Срок составляет тридцать дней."]


def test_moved_text_counts_only_at_its_destination(tmp_path: Path) -> None:
    body = [
        p(move_from("перенесённые слова "), r("Текст.")),
        p(r("Итог: "), move_to("перенесённые")),
    ]
    assert read(tmp_path, *body) == ["Текст.", "Итог: перенесённые"]


def test_python_docx_paragraph_text_would_lose_inserted_words(tmp_path: Path) -> None:
    path = build_docx(tmp_path / "a.docx", [p(r("Срок "), ins(r("тридцать")), r(" дней."))])
    assert [x.text for x in docx.Document(str(path)).paragraphs] == ["Срок  дней."]
    assert read_docx_paragraphs(path) == ["Срок тридцать дней."]


def test_deleted_paragraph_disappears_and_deleted_mark_joins_paragraphs(tmp_path: Path) -> None:
    body = [
        p("Первый абзац."),
        p(dele("Пункт 2 утратил силу."), mark_deleted=True),
        p(r("Начало, "), mark_deleted=True),
        p("продолжение."),
    ]
    assert read(tmp_path, *body) == ["Первый абзац.", "Начало, продолжение."]


@pytest.mark.parametrize("breaker", [br(), cr()])
def test_line_breaks_start_a_new_line(tmp_path: Path, breaker: str) -> None:
    body = p(r("Статья 191. Незаконный оборот янтаря, нефрита"), breaker, r("или иных камней"))
    assert read(tmp_path, body) == [
        "Статья 191. Незаконный оборот янтаря, нефрита",
        "или иных камней",
    ]


def test_tab_reads_as_space(tmp_path: Path) -> None:
    assert read(tmp_path, p(r("1."), tab(), r("Текст."))) == ["1. Текст."]


def test_field_codes_are_never_text_but_results_are(tmp_path: Path) -> None:
    body = p(r("См. статью "), field(" REF _Ref123 \\h ", "322.1"), r(" Кодекса."))
    assert read(tmp_path, body) == ["См. статью 322.1 Кодекса."]


def test_nested_field_codes_are_skipped(tmp_path: Path) -> None:
    inner = field("PAGE", "7")
    body = p(
        raw_run('<w:fldChar w:fldCharType="begin"/>'),
        raw_run('<w:instrText xml:space="preserve"> IF </w:instrText>'),
        inner,
        raw_run('<w:instrText xml:space="preserve"> = 7 "да" "нет" </w:instrText>'),
        raw_run('<w:fldChar w:fldCharType="separate"/>'),
        r("да"),
        raw_run('<w:fldChar w:fldCharType="end"/>'),
        r(" — ответ."),
    )
    assert read(tmp_path, body) == ["да — ответ."]


def test_simple_fields_and_hyperlinks_keep_their_text(tmp_path: Path) -> None:
    body = p(
        r("Статья "),
        '<w:fldSimple w:instr=" SEQ art "><w:r><w:t>5</w:t></w:r></w:fldSimple>',
        r(". См. "),
        hyperlink(r("закон")),
    )
    assert read(tmp_path, body) == ["Статья 5. См. закон"]


def test_symbols_and_non_breaking_hyphens(tmp_path: Path) -> None:
    body = p(
        r("размер"),
        raw_run('<w:sym w:font="Symbol" w:char="F0B3"/>'),
        r("5, северо"),
        raw_run("<w:noBreakHyphen/>"),
        r("запад"),
        raw_run("<w:softHyphen/>"),
    )
    assert read(tmp_path, body) == ["размер≥5, северо-запад"]


def test_hidden_text_is_not_read(tmp_path: Path) -> None:
    assert read(tmp_path, p(r("Видно. "), r("_drf12 скрыто", vanish=True))) == ["Видно. "]


def test_table_cells_paragraph_by_paragraph_in_order(tmp_path: Path) -> None:
    body = table(
        [
            [[p("Действующая редакция")], [p("Предлагаемая редакция")]],
            [[p("Статья 1."), p("Текст 1.")], [p("Статья 1."), p("Текст ", ins(r("новый")))]],
        ]
    )
    assert read(tmp_path, p("До таблицы."), body, p("После.")) == [
        "До таблицы.",
        "Действующая редакция",
        "Предлагаемая редакция",
        "Статья 1.",
        "Текст 1.",
        "Статья 1.",
        "Текст новый",
        "После.",
    ]


def test_superscript_after_a_number_reads_as_a_dotted_number(tmp_path: Path) -> None:
    body = [
        p(r("Статья 322"), r("1", sup=True), r(". Организация незаконной миграции")),
        p(r("Статья 322"), r("1", sup=True), r("2", sup=True), r(". Две цифры")),
        p(r("предусмотренных статьями 322, 322"), r("1", sup=True), r(" и 322"), r("3", sup=True)),
        p(r("Статья 12"), r("1. Заголовок", sup=True)),
    ]
    assert read(tmp_path, *body) == [
        "Статья 322.1. Организация незаконной миграции",
        "Статья 322.12. Две цифры",
        "предусмотренных статьями 322, 322.1 и 322.3",
        "Статья 12.1. Заголовок",
    ]


def test_superscript_not_after_a_number_is_kept_as_printed(tmp_path: Path) -> None:
    assert read(tmp_path, p(r("площадью 20 м"), r("2", sup=True))) == ["площадью 20 м2"]


# --- automatic numbering -------------------------------------------------------------------
def _code_numbering() -> str:
    """Parts «1.» at level 0, points «а)» (russianLower) at level 1."""
    return numbering(
        {0: [level(0, "decimal", "%1."), level(1, "russianLower", "%2)")]},
        {1: 0, 2: 0},
        overrides={2: {0: 1}},
    )


def test_russian_letter_points_and_decimal_parts_from_automatic_numbering(tmp_path: Path) -> None:
    body = [
        p("Статья 322.1. Организация незаконной миграции"),
        p("Организация незаконного въезда -", num=(1, 0)),
        p("наказывается штрафом."),
        p("Те же деяния, совершенные:", num=(1, 0)),
        p("группой лиц;", num=(1, 1)),
        p("в целях совершения преступления;", num=(1, 1)),
        p("лицом с использованием своего служебного положения, -", num=(1, 1)),
        p("наказываются лишением свободы."),
        p("Статья 322.2."),
        p("Первая часть новой статьи.", num=(2, 0)),
        p("её пункт;", num=(2, 1)),
    ]
    assert read(tmp_path, *body, numbering_xml=_code_numbering()) == [
        "Статья 322.1. Организация незаконной миграции",
        "1. Организация незаконного въезда -",
        "наказывается штрафом.",
        "2. Те же деяния, совершенные:",
        "а) группой лиц;",
        "б) в целях совершения преступления;",
        "в) лицом с использованием своего служебного положения, -",
        "наказываются лишением свободы.",
        "Статья 322.2.",
        "1. Первая часть новой статьи.",
        "а) её пункт;",
    ]


def test_deeper_levels_restart_and_start_values_apply(tmp_path: Path) -> None:
    num = numbering(
        {0: [level(0, "decimal", "%1)", start=3), level(1, "lowerLetter", "(%2)")]},
        {5: 0},
    )
    body = [
        p("x", num=(5, 0)),
        p("y", num=(5, 1)),
        p("z", num=(5, 1)),
        p("x", num=(5, 0)),
        p("y", num=(5, 1)),
    ]
    assert read(tmp_path, *body, numbering_xml=num) == ["3) x", "(a) y", "(b) z", "4) x", "(a) y"]


def test_multi_level_text_and_start_override(tmp_path: Path) -> None:
    num = numbering(
        {0: [level(0, "decimal", "%1."), level(1, "decimal", "%1.%2.")]},
        {1: 0, 2: 0},
        overrides={2: {0: 7}},
    )
    body = [p("a", num=(1, 0)), p("b", num=(1, 1)), p("c", num=(2, 0)), p("d", num=(2, 1))]
    assert read(tmp_path, *body, numbering_xml=num) == ["1. a", "1.1. b", "7. c", "7.1. d"]


def test_numbering_through_a_paragraph_style(tmp_path: Path) -> None:
    num = numbering({0: [level(0, "russianLower", "%1)"), level(1, "lowerRoman", "%2)")]}, {3: 0})
    styles = [paragraph_style("LetterPoint", 3), paragraph_style("RomanSub", 3, ilvl=1)]
    body = [
        p("первый", style="LetterPoint"),
        p("второй", style="LetterPoint"),
        p("вложенный", style="RomanSub"),
        p("вложенный", style="RomanSub"),
        p("третий", style="LetterPoint"),
        p("без номера", style="LetterPoint", num=(0, 0)),
    ]
    assert read(tmp_path, *body, numbering_xml=num, styles=styles) == [
        "а) первый",
        "б) второй",
        "i) вложенный",
        "ii) вложенный",
        "в) третий",
        "без номера",
    ]


def test_bullets_and_unknown_lists_add_no_label(tmp_path: Path) -> None:
    num = numbering({0: [level(0, "bullet", "•")]}, {1: 0})
    body = [p("пункт", num=(1, 0)), p("другой", num=(42, 0))]
    assert read(tmp_path, *body, numbering_xml=num) == ["пункт", "другой"]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (3, "lowerLetter", "c"),
        (28, "lowerLetter", "bb"),
        (4, "upperLetter", "D"),
        (9, "lowerRoman", "ix"),
        (14, "upperRoman", "XIV"),
        (1, "russianLower", "а"),
        (9, "russianLower", "и"),
        (10, "russianLower", "к"),  # Word skips й
        (3, "russianUpper", "В"),
    ],
)
def test_number_formats(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


# --- the whole Code ------------------------------------------------------------------------
def test_whole_code_docx_reads_back_line_for_line(
    code_files: dict[str, Path], code_lines: list[str]
) -> None:
    paragraphs = read_docx_paragraphs(code_files["docx"])
    assert paragraphs == [line for line in code_lines if line.strip()]
    assert "Статья 322.1. Организация незаконной миграции" in paragraphs
    assert not any("УДАЛЁННЫЕ" in x for x in paragraphs)


def test_code_docx_factory_really_uses_superscripts(tmp_path: Path) -> None:
    path = code_docx(["Статья 322.1. Организация"], tmp_path / "c.docx")
    assert [x.text for x in docx.Document(str(path)).paragraphs] == ["Статья 3221. Организация"]


def test_raw_newline_inside_text_does_not_split_the_paragraph(tmp_path: Path) -> None:
    body = '<w:p><w:r><w:t xml:space="preserve">одна\nстрока</w:t></w:r></w:p>'
    assert read(tmp_path, body) == ["одна строка"]


def test_level_that_never_restarts_and_level_override(tmp_path: Path) -> None:
    num = numbering(
        {0: [level(0, "decimal", "%1."), level(1, "decimal", "%2)", restart=0)]}, {1: 0, 2: 0}
    ).replace(
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>',
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
        + level(0, "upperRoman", "Раздел %1.")
        + "</w:lvlOverride>",
    )
    body = [
        p("a", num=(1, 0)),
        p("b", num=(1, 1)),
        p("c", num=(1, 0)),
        p("d", num=(1, 1)),
        p("e", num=(2, 0)),
        p("f", num=(2, 0)),
    ]
    assert read(tmp_path, *body, numbering_xml=num) == [
        "1. a",
        "1) b",
        "2. c",
        "2) d",
        "Раздел I. e",
        "Раздел II. f",
    ]


def test_deleted_numbered_paragraph_does_not_count(tmp_path: Path) -> None:
    num = numbering({0: [level(0, "russianLower", "%1)")]}, {1: 0})
    body = [
        p("первый;", num=(1, 0)),
        p(dele("исключённый;"), num=(1, 0), mark_deleted=True),
        p("второй.", num=(1, 0)),
    ]
    assert read(tmp_path, *body, numbering_xml=num) == ["а) первый;", "б) второй."]


def test_superscript_through_a_character_style(tmp_path: Path) -> None:
    style = (
        f'<w:style xmlns:w="{W}" w:type="character" w:styleId="Sup"><w:name w:val="Sup"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    )
    body = p(r("Статья 205"), raw_run('<w:rPr><w:rStyle w:val="Sup"/></w:rPr><w:t>3</w:t>'))
    assert read(tmp_path, body, styles=[style]) == ["Статья 205.3"]


def test_literal_superscript_digits_after_a_number(tmp_path: Path) -> None:
    assert read(tmp_path, p("Статья 322¹. Организация; площадь 20 м²")) == [
        "Статья 322.1. Организация; площадь 20 м²"
    ]


def test_deleted_table_row_is_gone(tmp_path: Path) -> None:
    deleted_row = (
        f'<w:tr><w:trPr><w:del w:id="5" w:author="R" w:date="2024-06-01T00:00:00Z"/></w:trPr>'
        f"<w:tc>{p(dele('старая строка'))}</w:tc></w:tr>"
    )
    body = table([[[p("первая")]], [[p("вторая")]]]).replace("</w:tr>", "</w:tr>" + deleted_row, 1)
    assert read(tmp_path, body) == ["первая", "вторая"]


def test_unclosed_field_code_does_not_swallow_the_rest(tmp_path: Path) -> None:
    body = [
        p(
            r("Статья 1. "),
            raw_run('<w:fldChar w:fldCharType="begin"/>'),
            raw_run('<w:instrText xml:space="preserve"> HYPERLINK "x" </w:instrText>'),
        ),
        p("Статья 2. Текст."),
    ]
    assert read(tmp_path, *body) == ["Статья 1. ", "Статья 2. Текст."]


def test_field_result_spanning_paragraphs_is_read(tmp_path: Path) -> None:
    body = [
        p(
            raw_run('<w:fldChar w:fldCharType="begin"/>'),
            raw_run('<w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText>'),
            raw_run('<w:fldChar w:fldCharType="separate"/>'),
            r("Глава 1"),
        ),
        p(r("Глава 2"), raw_run('<w:fldChar w:fldCharType="end"/>')),
        p("Статья 1."),
    ]
    assert read(tmp_path, *body) == ["Глава 1", "Глава 2", "Статья 1."]


def _zip_with_document(path: Path, xml: bytes) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return path


def test_strict_ooxml_namespace(tmp_path: Path) -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    xml = (
        f'<w:document xmlns:w="{strict}"><w:body><w:p><w:r><w:t>Статья 1.</w:t></w:r>'
        '<w:ins w:id="1" w:author="A"><w:r><w:t> Текст.</w:t></w:r></w:ins></w:p></w:body>'
        "</w:document>"
    )
    path = _zip_with_document(tmp_path / "strict.docx", xml.encode())
    assert read_docx_paragraphs(path) == ["Статья 1. Текст."]


def test_utf16_document_part(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Статья 1.</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    path = _zip_with_document(tmp_path / "utf16.docx", xml.encode("utf-16"))
    assert read_docx_paragraphs(path) == ["Статья 1."]
