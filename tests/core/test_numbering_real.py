"""Numbers as real acts print them: flat superscripts, hyphens, ranges, duplicates, structure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.core import model as m
from drafter.core.numbering import resolve
from drafter.core.profiles import get_profile
from drafter.core.structure import parse_lines
from drafter.core.textlayout import act_to_lines

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
KOAP = CORPUS / "ru-koap-2017-consultant" / "koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"
FLAT = "a superscript printed as plain digits"
ARTICLE_LINE = re.compile(r"^\s*Статья (\d[\d.-]*)\b")


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def koap() -> m.ImportResult:
    return parse_lines(read_lines(KOAP), slug="koap")


def _articles(act: m.Act) -> list[m.Unit]:
    return [u for u in act.walk() if u.kind == m.ARTICLE]


# --- superscripts printed flat (pravo.gov.ru copied from a browser) -------------------------


def test_the_whole_criminal_code_flattened_again_reads_the_same(uk_rf, uk_rf_lines):
    """The УК file has its superscripts written «322.1»; printed flat as pravo.gov.ru's page
    copies («Статья 3221.», «21.»), every one of its 523 articles keeps its address."""
    label = re.compile(r"^(Статья |)(\d+(?:\.\d+)+)(?=[.)])")
    flat = []
    for line in uk_rf_lines:
        found = label.match(line)
        if found:
            line = found.group(1) + found.group(2).replace(".", "") + line[found.end() :]
        flat.append(line)
    result = parse_lines(flat, slug="uk-rf")
    assert [(u.address, u.kind) for u in result.act.walk()] == [
        (u.address, u.kind) for u in uk_rf.walk()
    ]
    changed = sum(1 for a, b in zip(flat, uk_rf_lines, strict=True) if a != b)
    assert len([w for w in result.warnings if FLAT in w.message.text]) == changed > 200


def test_a_number_that_follows_is_read_as_printed():
    assert resolve("10", "11") == "11"
    assert resolve("6", "61") == "6.1"
    assert resolve("6.1", "62") == "6.2"
    assert resolve("6.2", "7") == "7"
    assert resolve(None, "61") == "61"
    assert resolve("3", "31") == "3.1"


# --- hyphenated numbers (КонсультантПлюс КоАП) -----------------------------------------------
def test_hyphenated_articles_of_the_koap_are_articles(koap):
    hyphenated = [a.address for a in _articles(koap.act) if "-" in a.number]
    assert hyphenated == ["art:19.7.2-1", "art:19.7.5-1", "art:19.7.5-2", "art:19.7.10-1"]
    article = koap.act.find("art:19.7.2-1")
    assert article.heading.startswith("Непредставление информации либо представление")
    assert not [w for w in koap.warnings if "not recognised" in w.message.text]
    printed = sum(1 for x in read_lines(KOAP) if ARTICLE_LINE.match(x))
    assert len(_articles(koap.act)) == printed + 1 == 736  # 5.1 glued to its heading
    # the export's numbers are all read as printed: its one warning is the glued heading
    assert [w.line for w in koap.warnings] == [714]


def test_hyphenated_part_labels():
    act = parse_lines(
        ["Статья 1.2-1. Заголовок", "1. Первая.", "1.2-1. Вставленная.", "2. Вторая."],
        profile=get_profile("ru-code"),
    ).act
    assert [u.address for u in act.walk()] == [
        "art:1.2-1",
        "art:1.2-1/part:1",
        "art:1.2-1/part:1.2-1",
        "art:1.2-1/part:2",
    ]


# --- ranges of repealed units ----------------------------------------------------------------
def test_part_and_point_ranges_of_the_koap(koap):
    for address in ("art:8.40/part:3", "art:8.40/part:4", "art:14.4.2/part:2", "art:14.4.2/part:3"):
        unit = koap.act.find(address)
        assert unit is not None and unit.repealed and unit.text == "", address
    points = koap.act.find("art:11.18/part:1")
    assert [(c.number, c.repealed) for c in points.children[:2]] == [("1", True), ("2", True)]
    for unit in koap.act.walk():
        assert not re.match(r"^\d+\)? - \d", unit.text), unit.address


@pytest.mark.parametrize(
    "line",
    ["Статьи 5.1 - 5.4. Утратили силу.", "Статьи 5.1 - 5.4 утратили силу"],
)
def test_article_ranges(line):
    act = parse_lines(
        ["Статья 4. Первая", "Текст.", line, "Статья 6. Следующая", "Текст."],
        profile=get_profile("ru-code"),
    ).act
    assert [u.address for u in act.top_units()] == [
        "art:4",
        "art:5.1",
        "art:5.2",
        "art:5.3",
        "art:5.4",
        "art:6",
    ]
    assert [u.repealed for u in act.top_units()] == [False, True, True, True, True, False]


# --- duplicates are never merged -------------------------------------------------------------
def test_a_second_article_with_the_same_number_gets_an_address_of_its_own():
    lines = ["Статья 6. Шестая", "Текст.", "Статья 6. Снова", "Другой текст.", "Статья 7. Седьмая"]
    result = parse_lines(lines, profile=get_profile("ru-code"))
    act = result.act
    assert [u.address for u in act.top_units()] == ["art:6", "art:6~2", "art:7"]
    assert act.find("art:6~2").text == "Другой текст."
    assert [w.line for w in result.warnings] == [3]
    assert result.warnings[0].message.args["label"] == "6~2"
    again = parse_lines(act_to_lines(act), profile=get_profile("ru-code")).act
    assert [u.address for u in again.top_units()] == ["art:6", "art:6~2", "art:7"]


def test_a_number_going_back_is_told():
    result = parse_lines(
        ["Статья 7. Седьмая", "Текст.", "Статья 5. Пятая", "Текст."],
        profile=get_profile("ru-code"),
    )
    assert [u.address for u in result.act.top_units()] == ["art:7", "art:5"]
    assert [w.line for w in result.warnings] == [3]
    assert "out of order" in result.warnings[0].message.text


# --- structure ---------------------------------------------------------------------------------


def test_chapter_headings_wrapped_over_two_lines_of_the_koap(koap):
    chapters = [u for u in koap.act.walk() if u.kind == m.CHAPTER]
    assert chapters[0].heading == (
        "ЗАДАЧИ И ПРИНЦИПЫ ЗАКОНОДАТЕЛЬСТВА ОБ АДМИНИСТРАТИВНЫХ ПРАВОНАРУШЕНИЯХ"
    )
    assert chapters[1].heading == (
        "АДМИНИСТРАТИВНОЕ ПРАВОНАРУШЕНИЕ И АДМИНИСТРАТИВНАЯ ОТВЕТСТВЕННОСТЬ"
    )
    assert not [w for w in koap.warnings if "outside any article" in w.message.text]


def test_a_heading_glued_to_the_first_article_of_the_koap(koap):
    division = [u for u in koap.act.walk() if u.kind == m.DIVISION][1]
    assert (division.number, division.heading) == ("II", "ОСОБЕННАЯ ЧАСТЬ")
    article = division.children[0]
    assert article.address == "art:5.1"
    assert article.heading.startswith("Нарушение права гражданина на ознакомление")
    assert [w.line for w in koap.warnings if "one paragraph" in w.message.text] == [714]


# --- the Civil Code, part one: § sub-headings, hyphens after a flat superscript --------------


# --- more of the structure ---------------------------------------------------------------------


def test_status_lines_are_the_units_status(koap):
    article = koap.act.find("art:19.7.4")
    assert article.status.startswith("Утратила силу с 1 января 2014 года. - Федеральный закон")
    assert article.heading == "" and article.repealed
    part = koap.act.find("art:8.40/part:3")
    assert part.status.startswith("Утратили силу. - Федеральный закон от 14.10.2014")
    lines = [
        "Статья 12. Не применяется с 1 июля 2002 года - Федеральный закон от 18.12.2001 № 177-ФЗ",
        "Статья 13. Действие",
        "1. Текст.",
        "2. Не применяется с 1 января 2020 года.",
    ]
    act = parse_lines(lines, profile=get_profile("ru-code")).act
    article, part = act.find("art:12"), act.find("art:13/part:2")
    assert (article.heading, article.text, article.repealed) == ("", "", False)
    assert article.status == lines[0][11:]
    assert (part.text, part.status) == ("", "Не применяется с 1 января 2020 года.")
    again = parse_lines(act_to_lines(act), profile=get_profile("ru-code")).act
    assert [u.status for u in again.walk()] == [u.status for u in act.walk()]


def test_a_codes_part_in_lower_case_only_between_articles():
    lines = [
        "Часть первая",
        "Статья 1. Первая",
        "Часть вторая.",
        "Текст.",
        "Часть вторая",
        "Раздел I. Общие положения",
        "Статья 2. Вторая",
    ]
    act = parse_lines(lines, profile=get_profile("ru-code")).act
    parts = [u.heading for u in act.walk() if u.kind == m.CODEPART]
    # inside article 1 «Часть вторая» is its text; a code part needs no open article
    assert parts == ["Часть первая"]
    assert act.find("art:1").children[0].text == "Часть вторая."
