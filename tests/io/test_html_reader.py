"""Saved pravo.gov.ru pages (.html): the same act as the portal's text, in either encoding."""

from __future__ import annotations

import gzip
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core.serialize import unit_to_dict
from drafter.errors import ImportFailed
from drafter.io.html_reader import html_paragraphs, read_html_paragraphs
from drafter.io.importer import import_act

DATA = Path(__file__).resolve().parents[1] / "data"
HTML = DATA / "html"
WATER_CODE = HTML / "vodnyy-kodeks_pravo-gov-ru_102107048.html"
CODE_HTML_GZ = HTML / "uk-rf_pravo-gov-ru_102041891.html.gz"
CODE_TXT = DATA / "corpus/ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"


def tree(act) -> list[dict]:
    return [unit_to_dict(unit) for unit in act.units]


@pytest.fixture(scope="module")
def code_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "uk-rf.html"
    path.write_bytes(gzip.decompress(CODE_HTML_GZ.read_bytes()))
    return path


@pytest.mark.slow
def test_the_whole_criminal_code_page_gives_the_acts_of_its_exported_text(code_page: Path) -> None:
    """The .txt in tests/data was converted from this very page: the same tree, unit by unit."""
    from_page = import_act(code_page)
    from_text = import_act(CODE_TXT)
    assert from_page.act.title == "Уголовный кодекс Российской Федерации"
    assert len(from_page.act.top_units()) == len(from_text.act.top_units()) > 500
    assert tree(from_page.act) == tree(from_text.act)
    assert from_page.act.find("art:322.1/part:2/pt:в") is not None  # 322<span W9>1</span>


@pytest.mark.slow
def test_a_windows_1251_page_reads_like_the_utf8_one(code_page: Path, tmp_path: Path) -> None:
    """The portal serves its pages in Windows-1251 and says so in a <meta>."""
    page = code_page.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page
    cp1251 = tmp_path / "uk-rf-1251.html"
    cp1251.write_bytes(
        page.replace('<meta charset="utf-8">', '<meta charset="windows-1251">').encode("cp1251")
    )
    assert read_html_paragraphs(cp1251) == read_html_paragraphs(code_page)


def test_a_page_without_a_declared_encoding_is_read_like_a_text_file(tmp_path: Path) -> None:
    page = WATER_CODE.read_text(encoding="utf-8")
    bare = tmp_path / "bare.html"
    bare.write_bytes(page.replace("charset=utf-8", "").encode("cp1251"))
    assert read_html_paragraphs(bare) == read_html_paragraphs(WATER_CODE)
    wrong = tmp_path / "wrong.html"  # says UTF-8, saved in Windows-1251
    wrong.write_bytes(page.encode("cp1251"))
    assert read_html_paragraphs(wrong) == read_html_paragraphs(WATER_CODE)


def test_the_water_code_page_as_saved() -> None:
    result = import_act(WATER_CODE)
    act = result.act
    assert act.title == "Водный кодекс Российской Федерации"
    assert act.find("art:1") is not None and act.find("art:1/pt:1") is not None
    lines = read_html_paragraphs(WATER_CODE)
    # The page's own <title> ("Complex") and its style sheet are not text of the act.
    assert "Complex" not in lines and not any("@page" in line or "mso-" in line for line in lines)
    assert lines[-4:][0].startswith("Президент Российской Федерации")
    # No-break spaces of the page are ordinary spaces, as in the portal's text export.
    assert not any("\xa0" in line for line in lines)


def test_scripts_styles_navigation_and_hidden_blocks_are_left_out(tmp_path: Path) -> None:
    """The real page with a viewer's furniture added around and inside it."""
    page = WATER_CODE.read_text(encoding="utf-8")
    furniture = (
        "<script>var textCompleted = 'True'; document.write('Статья 999. Скрипт');</script>"
        "<noscript>Включите JavaScript</noscript>"
        "<nav><a href='/'>Главная</a> <a href='/ips'>Поиск</a></nav>"
        "<div role='navigation'>Оглавление</div>"
        "<div style='display: none'>Статья 998. Скрытый блок</div>"
        "<form><input value='Найти'><button>Найти</button></form>"
    )
    body_at = page.index("<body")
    body_at = page.index(">", body_at) + 1
    decorated = tmp_path / "decorated.html"
    decorated.write_text(page[:body_at] + furniture + page[body_at:], encoding="utf-8")
    lines = read_html_paragraphs(decorated)
    assert lines == read_html_paragraphs(WATER_CODE)
    assert tree(import_act(decorated).act) == tree(import_act(WATER_CODE).act)


def test_line_breaks_tables_and_superscripts(tmp_path: Path) -> None:
    """A page as a legal database saves it: <br> between paragraphs, a table, <sup> numbers."""
    page = tmp_path / "act.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Title bar</title></head><body>"
        "<h1>Статья 6<sup>1</sup>. Организация незаконной миграции</h1>"
        "1. Организация незаконного въезда -<br>наказывается штрафом."
        "<table><tr><td>Президент Российской Федерации</td><td>В.Путин</td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    assert read_html_paragraphs(page) == [
        "Статья 6.1. Организация незаконной миграции",
        "1. Организация незаконного въезда -",
        "наказывается штрафом.",
        "Президент Российской Федерации",
        "В.Путин",
    ]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"<html><body><script>x()</script></body></html>", "no text"),
        (b"<html><head><meta charset='klingon-8'></head><body>x</body></html>", "klingon-8"),
        (  # marked UTF-8, in Windows-1251, too short to tell it from KOI8-R
            "<html><head><meta charset='utf-8'></head><body>Статья</body></html>".encode("cp1251"),
            "save it as UTF-8",
        ),
    ],
)
def test_bad_pages_are_refused_with_a_sentence(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "act.html"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        import_act(path)
    text = str(caught.value)
    assert "act.html" in text and words in text


_WORDS = st.text(
    alphabet=st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕМС0123456789 .,;:-()«»№<>&\"'"),
    min_size=1,
    max_size=60,
).filter(lambda text: text.strip())


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_WORDS, min_size=1, max_size=12), split=st.sampled_from(["p", "br"]))
def test_any_paragraphs_written_as_a_page_read_back_the_same(
    paragraphs: list[str], split: str
) -> None:
    """Escaped text in <p> elements or between <br>s: the same paragraphs, spaces collapsed."""
    body = (
        "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        if split == "p"
        else "<br>".join(escape(text) for text in paragraphs)
    )
    head = "<head><meta charset='utf-8'><script>var x = '<p>no</p>';</script></head>"
    page = f"<html>{head}<body>{body}</body></html>"
    assert html_paragraphs(page, "page.html") == [" ".join(text.split()) for text in paragraphs]
