"""Saved pravo.gov.ru pages (.html): the same act as the portal's text, in either encoding.

No page is stored in the repository: each test builds its page at test time from the real text
in tests/data/corpus, in the portal's markup — a Word-HTML head (``<title>Complex</title>``, a
style sheet of ``@page`` and ``mso-`` rules), one ``<p class="H|T|C|I">`` per paragraph with
``<p>&nbsp;</p>`` between them, ``&nbsp;`` after numbers and in aligned runs, amendment notes in
``<span class="mark">`` with their laws as links, and superscript article numbers as the portal
prints them: «322<span class="W9">1</span>» for 322.1.
"""

from __future__ import annotations

import functools
import re
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core.serialize import unit_to_dict
from drafter.errors import ImportFailed
from drafter.io.html_reader import html_paragraphs, read_html_paragraphs
from drafter.io.importer import import_act

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
CODE_TXT = CORPUS / "ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
ARTS_322_TXT = CORPUS.joinpath(
    "ru-376fz-fictitious-registration",
    "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt",
)
LAW_TXT = CORPUS / "ru-98fz-2020-amending-law/98-fz_2020-04-01_full-text.txt"
KOAP_TXT = CORPUS / "ru-koap-2017-consultant/koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"

_PORTAL_HEAD = """<!DOCTYPE html>
<html lang="ru" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40" \
style="display: table; margin: auto;">

<head>
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta charset="utf-8">
  <title>Complex</title>
  <!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
  <style>
    <!--/*CSS*/
    @page vert {
      size: 595.3pt 841.9pt;
      mso-page-orientation: portrait;
      margin: 15mm 10mm 15mm 12mm;
      mso-header-margin: 10mm;
    }
    p.H { font-weight: bold; text-align: center; }
    span.W9 { vertical-align: super; font-size: 60%; }
    -->
  </style>
</head>

<body style="font-size: 18px; line-height: 125%; word-wrap: break-word; \
display: table-cell; vertical-align: middle;">
"""
_PORTAL_TAIL = "</body>\n\n</html>\n"
_DOTTED_ARTICLE = re.compile(r"^Статья (\d+\.\d+)\.")
_DOTTED_NUMBER = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?!\.?\d)")
_NOTE = re.compile(r" ?\((?:В редакции|Дополнение|Утратил|С учетом)[^()]*\)")
_LAW = re.compile(r"от (\d\d\.\d\d\.\d{4}) № (\d+-[ПФ]З?)")
_RUN = re.compile(r"  +")
_LINK = (
    '<span class="cmd" style=""></span><a class="doclink" '
    'href="http://pravo.gov.ru/proxy/ips/?docbody=&amp;prevDoc=102041891&amp;backlink=1" '
    'onclick="window.parent.location.href=this.href" target="contents">'
    "от&nbsp;{date}&nbsp;№&nbsp;{number}</a>"
)


@functools.cache
def corpus_lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8").splitlines())


def portal_paragraph(line: str, dotted: frozenset[str]) -> str:
    """One paragraph of the text as the portal writes it."""
    if not line.strip():
        return "  <p>&nbsp;</p>"
    text = escape(line.strip(), quote=False)
    css = (
        "H"
        if text.startswith(("Статья ", "ГЛАВА ", "Глава "))
        else "T"
        if text.startswith(("Раздел ", "ЧАСТЬ ", "ОБЩАЯ ЧАСТЬ", "ОСОБЕННАЯ ЧАСТЬ"))
        else "I"
        if _RUN.search(text)
        else "C"
        if text.isupper() or text.startswith("(")
        else ""
    )
    # Aligned runs are no-break spaces with one ordinary space, as the portal types them.
    text = _RUN.sub(lambda run: "&nbsp;" * (len(run.group()) - 1) + " ", text)
    text = re.sub(r"^(\d+)\. ", r"\1.&nbsp;", text)

    def note(found: re.Match[str]) -> str:
        body = _LAW.sub(lambda law: _LINK.format(date=law[1], number=law[2]), found.group())
        lead = "&nbsp;" if body.startswith(" ") else ""
        return f'<span class="mark" style="">{lead}{body.lstrip(" ")}</span>'

    text = _NOTE.sub(note, text)
    text = _DOTTED_NUMBER.sub(
        lambda number: (
            f'{number[1]}<span class="W9" style="">{number[2]}</span>'
            if f"{number[1]}.{number[2]}" in dotted
            else number.group()
        ),
        text,
    )
    return f'  <p class="{css}">{text}</p>' if css else f"  <p>{text}</p>"


def portal_page(path: Path) -> str:
    """The corpus text at ``path`` as a saved pravo.gov.ru page (UTF-8, said in its <meta>)."""
    lines = corpus_lines(path)
    dotted = frozenset(
        found[1] for line in lines if (found := _DOTTED_ARTICLE.match(line)) is not None
    )
    body = "\n".join(portal_paragraph(line, dotted) for line in lines)
    return f"{_PORTAL_HEAD}{body}\n{_PORTAL_TAIL}"


def tree(act) -> list[dict]:
    return [unit_to_dict(unit) for unit in act.units]


@pytest.fixture(scope="module")
def code_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "uk-rf.html"
    path.write_text(portal_page(CODE_TXT), encoding="utf-8")
    return path


@pytest.fixture
def law_page(tmp_path: Path) -> Path:
    path = tmp_path / "98-fz.html"
    path.write_text(portal_page(LAW_TXT), encoding="utf-8")
    return path


@pytest.mark.slow
def test_the_whole_criminal_code_page_gives_the_acts_of_its_text(code_page: Path) -> None:
    """The Code's .txt as the portal's page, article numbers in W9 spans: the same tree."""
    page = code_page.read_text(encoding="utf-8")
    assert '322<span class="W9" style="">1</span>' in page
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


def test_a_page_without_a_declared_encoding_is_read_like_a_text_file(
    law_page: Path, tmp_path: Path
) -> None:
    page = law_page.read_text(encoding="utf-8")
    bare = tmp_path / "bare.html"
    bare.write_bytes(page.replace('<meta charset="utf-8">', "").encode("cp1251"))
    assert b"charset" not in bare.read_bytes()
    assert read_html_paragraphs(bare) == read_html_paragraphs(law_page)
    wrong = tmp_path / "wrong.html"  # says UTF-8, saved in Windows-1251
    wrong.write_bytes(page.encode("cp1251"))
    assert read_html_paragraphs(wrong) == read_html_paragraphs(law_page)


def test_the_amending_law_page_as_saved(law_page: Path) -> None:
    """98-ФЗ as the portal's page: the act of its text, without the page's head and styles."""
    act = import_act(law_page).act
    from_text = import_act(LAW_TXT).act
    assert act.title == from_text.title
    assert act.title.startswith("О внесении изменений в отдельные законодательные акты")
    assert act.find("art:1") is not None and act.find("art:2/pt:1") is not None
    assert tree(act) == tree(from_text)
    lines = read_html_paragraphs(law_page)
    # The page's own <title> ("Complex") and its style sheet are not text of the act.
    assert "Complex" not in lines and not any("@page" in line or "mso-" in line for line in lines)
    assert lines[-4:][0].startswith("Президент Российской Федерации")
    # No-break spaces of the page are ordinary spaces, as in the portal's text export.
    assert "&nbsp;" in law_page.read_text(encoding="utf-8")
    assert not any("\xa0" in line for line in lines)


def test_scripts_styles_navigation_and_hidden_blocks_are_left_out(tmp_path: Path) -> None:
    """Articles 322–322.3 as the portal's page, with a viewer's furniture around and inside it."""
    page = portal_page(ARTS_322_TXT)
    plain = tmp_path / "plain.html"
    plain.write_text(page, encoding="utf-8")
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
    assert lines == read_html_paragraphs(plain)
    assert lines == [line.strip() for line in corpus_lines(ARTS_322_TXT) if line.strip()]
    act = import_act(decorated).act
    assert tree(act) == tree(import_act(ARTS_322_TXT).act)
    assert [unit.address for unit in act.top_units()][-2:] == ["art:322.2", "art:322.3"]


def test_line_breaks_tables_and_superscripts(tmp_path: Path) -> None:
    """Article 322.1 as a legal database saves it: <br> between paragraphs, a table, <sup>."""
    lines = [line for line in corpus_lines(ARTS_322_TXT) if line.strip()]
    start = lines.index(next(line for line in lines if line.startswith("Статья 322.1.")))
    heading, *paragraphs = lines[start : start + 4]
    signature = next(line for line in corpus_lines(CODE_TXT) if line.startswith("Президент"))
    office, signed = signature.split("  ", 1)
    page = tmp_path / "act.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Title bar</title></head><body>"
        f"<h1>{escape(heading, quote=False).replace('322.1', '322<sup>1</sup>', 1)}</h1>"
        + "<br>".join(escape(text, quote=False) for text in paragraphs)
        + f"<table><tr><td>{escape(office)}</td><td>{escape(signed.strip())}</td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    assert read_html_paragraphs(page) == [
        heading,
        *paragraphs,
        "Президент Российской Федерации",
        "Б.Ельцин",
    ]
    assert heading.startswith("Статья 322.1. Организация незаконной миграции")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (lambda page: b"", "empty"),
        (  # the page's text only inside a script
            lambda page: (
                "<html><body><script>document.write("
                + repr(page_text(page)[:2000])
                + ")</script></body></html>"
            ).encode("utf-8"),
            "no text",
        ),
        (
            lambda page: page.replace(
                '<meta charset="utf-8">', '<meta charset="klingon-8">'
            ).encode("utf-8"),
            "klingon-8",
        ),
        (  # marked UTF-8, in Windows-1251, too short to tell it from KOI8-R
            lambda page: (
                "<html><head><meta charset='utf-8'></head><body>"
                + first_heading_word(page)
                + "</body></html>"
            ).encode("cp1251"),
            "save it as UTF-8",
        ),
    ],
    ids=["empty", "script-only", "unknown-charset", "short-cp1251"],
)
def test_bad_pages_are_refused_with_a_sentence(tmp_path: Path, content, words: str) -> None:
    path = tmp_path / "act.html"
    path.write_bytes(content(portal_page(ARTS_322_TXT)))
    with pytest.raises(ImportFailed) as caught:
        import_act(path)
    text = str(caught.value)
    assert "act.html" in text and words in text


def page_text(page: str) -> str:
    """The paragraphs of a page, one a line."""
    return "\n".join(html_paragraphs(page, "page.html"))


def first_heading_word(page: str) -> str:
    """«Статья», the first word of the page's first article heading."""
    return html_paragraphs(page, "page.html")[0].split()[0]


# Paragraphs of the real texts, cut anywhere, with the characters markup must escape put in.
_PLAIN = re.compile(r"(?:[^\s⁰¹²³⁴⁵⁶⁷⁸⁹]| )+")  # no white space but the ordinary space


@functools.cache
def _real_paragraphs() -> tuple[str, ...]:
    texts = (CODE_TXT, KOAP_TXT, LAW_TXT)
    return tuple(
        line
        for path in texts
        for line in corpus_lines(path)
        if line.strip() and _PLAIN.fullmatch(line)
    )


@st.composite
def _pieces(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(_real_paragraphs()))
    start = draw(st.integers(0, max(0, len(text) - 1)))
    text = text[start : start + draw(st.integers(1, 120))]
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from("<>&\"'")) + text[at:]
    return text


_PIECES = _pieces().filter(lambda text: text.strip())


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_PIECES, min_size=1, max_size=12), split=st.sampled_from(["p", "br"]))
def test_any_paragraphs_written_as_a_page_read_back_the_same(
    paragraphs: list[str], split: str
) -> None:
    """Pieces of real paragraphs, escaped, in <p> elements or between <br>s: the same
    paragraphs, spaces collapsed."""
    body = (
        "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        if split == "p"
        else "<br>".join(escape(text) for text in paragraphs)
    )
    head = "<head><meta charset='utf-8'><script>var x = '<p>no</p>';</script></head>"
    page = f"<html>{head}<body>{body}</body></html>"
    assert html_paragraphs(page, "page.html") == [" ".join(text.split()) for text in paragraphs]
