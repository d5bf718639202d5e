"""Numbers as real acts print them: flat superscripts, hyphens, ranges, duplicates, structure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.core import model as m
from drafter.core.numbering import resolve
from drafter.core.profiles import get_profile
from drafter.core.serialize import unit_to_dict
from drafter.core.structure import parse_lines
from drafter.core.textlayout import act_to_lines

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
KOAP = CORPUS / "ru-koap-2017-consultant" / "koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"
FLAT = "a superscript printed as plain digits"
ARTICLE_LINE = re.compile(r"^\s*Статья (\d[\d.-]*)\b")
DOTTED_LABEL = re.compile(r"^(\s*Статья |\s*)(\d+(?:\.\d+)+)(?=[.)])")


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def koap() -> m.ImportResult:
    return parse_lines(read_lines(KOAP), slug="koap")


def _articles(act: m.Act) -> list[m.Unit]:
    return [u for u in act.walk() if u.kind == m.ARTICLE]


def flatten(lines: list[str]) -> list[str]:
    """Superscripts printed as pravo.gov.ru's page copies them: «Статья 322.1.» → «Статья
    3221.», part «2.1.» → «21.», point «6.1)» → «61)» (the label only, nothing else)."""
    flat = []
    for line in lines:
        found = DOTTED_LABEL.match(line)
        if found:
            label = found.group(2).replace(".", "")
            line = line[: found.start(2)] + label + line[found.end(2) :]
        flat.append(line)
    return flat


@pytest.fixture(scope="module")
def uk_flat(uk_rf_lines) -> tuple[list[str], m.ImportResult]:
    flat = flatten(uk_rf_lines)
    return flat, parse_lines(flat, slug="uk-rf")


# --- superscripts printed flat (pravo.gov.ru copied from a browser) -------------------------


def test_the_whole_criminal_code_flattened_again_reads_the_same(uk_rf, uk_rf_lines, uk_flat):
    """The УК file has its superscripts written «322.1»; printed flat as pravo.gov.ru's page
    copies («Статья 3221.», «21.»), every one of its 523 articles keeps its address."""
    flat, result = uk_flat
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


# --- issue 9's rules, each on the corpus (or on its real lines changed as little as can be) ----
UK_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
UPK_150 = (
    CORPUS / "ru-376fz-fictitious-registration" / "upk-rf_art-150_AFTER_pravo-gov-ru_ed-2023.txt"
)
LAW_98FZ = CORPUS / "ru-98fz-2020-amending-law" / "98-fz_2020-04-01_full-text.txt"
CYRILLIC = "Cyrillic letters in a roman number"
XII = "Раздел XII. ПРЕСТУПЛЕНИЯ ПРОТИВ МИРА И БЕЗОПАСНОСТИ ЧЕЛОВЕЧЕСТВА"


def replaced(lines: list[str], old: str, new: str) -> tuple[list[str], int]:
    """``lines`` with the one line ``old`` replaced by ``new``, and its line number (from 1)."""
    assert lines.count(old) == 1, old
    index = lines.index(old)
    return [*lines[:index], new, *lines[index + 1 :]], index + 1


def told(result: m.ImportResult, text: str) -> list[tuple[int, str, str]]:
    """The warnings containing ``text``: (line, number as printed, number as read)."""
    return [
        (w.line, w.message.args["printed"], w.message.args["number"])
        for w in result.warnings
        if text in w.message.text
    ]


@pytest.fixture(scope="module")
def law_98fz() -> m.ImportResult:
    return parse_lines(read_lines(LAW_98FZ), slug="98-fz")


def test_flat_article_numbers_of_articles_322_to_322_3():
    """The fragment of the УК (pravo.gov.ru) with its articles' superscripts printed flat, as
    the page copies them: «Статья 3221.» after 322 is 322.1, each reading told at its line."""
    lines = read_lines(UK_322)
    flat = flatten(lines)
    assert [x.split(".")[0] for x in flat if x.startswith("Статья")] == [
        "Статья 322",
        "Статья 3221",
        "Статья 3222",
        "Статья 3223",
    ]
    result = parse_lines(flat, slug="uk-rf")
    assert [u.address for u in result.act.top_units()] == [
        "art:322",
        "art:322.1",
        "art:322.2",
        "art:322.3",
    ]
    assert told(result, FLAT) == [
        (21, "3221", "322.1"),
        (39, "3222", "322.2"),
        (49, "3223", "322.3"),
    ]
    as_printed = parse_lines(lines, slug="uk-rf").act
    assert [unit_to_dict(u) for u in result.act.units] == [
        unit_to_dict(u) for u in as_printed.units
    ]


def test_flat_part_numbers_of_the_criminal_code(uk_rf, uk_rf_lines, uk_flat):
    """Parts «2.1.» of the УК printed flat («21.» after «2.»): part 2.1, told at its line."""
    flat, result = uk_flat
    assert flat[316].startswith("21. Не являются превышением пределов необходимой обороны")
    part = result.act.find("art:37/part:2.1")
    assert part.text == uk_rf.find("art:37/part:2.1").text
    assert part.text.startswith("Не являются превышением пределов необходимой обороны")
    assert result.act.find("art:37/part:21") is None
    warned = told(result, FLAT)
    assert (317, "21", "2.1") in warned and (545, "21", "2.1") in warned
    assert (655, "11", "1.1") in warned  # article 63, part 1.1
    assert result.act.find("art:63/part:1.1").text.startswith("Судья (суд), назначающий")
    # every line whose label was flattened is told once, at that line
    changed = [i for i, (a, b) in enumerate(zip(flat, uk_rf_lines, strict=True), 1) if a != b]
    assert sorted(line for line, _, _ in warned) == changed


def test_flat_point_numbers_of_the_koap():
    """The КоАП export prints its two inserted points dotted («     6.1)» in article 1.3.1,
    «     4.1)» in article 3.5); here printed flat as pravo.gov.ru prints a superscript
    («61)», «41)»; only those two labels changed): read as 6.1 and 4.1 from the point before."""
    lines = read_lines(KOAP)
    lines, first = replaced(lines, lines[249], lines[249].replace("6.1)", "61)", 1))
    lines, second = replaced(lines, lines[454], lines[454].replace("4.1)", "41)", 1))
    assert (first, second) == (250, 455)
    result = parse_lines(lines, slug="koap")
    points = result.act.find("art:1.3.1/part:1")
    assert [c.number for c in points.children][5:8] == ["6", "6.1", "7"]
    assert result.act.find("art:1.3.1/part:1/pt:6.1").text.startswith(
        "определение перечней должностных лиц"
    )
    assert result.act.find("art:3.5/part:1/pt:4.1").text.startswith("сумме затрат")
    assert result.act.find("art:1.3.1/part:1/pt:61") is None
    assert told(result, FLAT) == [(250, "61", "6.1"), (455, "41", "4.1")]
    as_printed = parse_lines(read_lines(KOAP), slug="koap").act
    assert [unit_to_dict(u) for u in result.act.units] == [
        unit_to_dict(u) for u in as_printed.units
    ]


def test_flat_part_number_of_article_150_of_the_code_of_criminal_procedure():
    """УПК art. 150 (pravo.gov.ru) with its part «1.1.» printed flat as «11.»: part 1.1."""
    lines = read_lines(UPK_150)
    lines, line = replaced(lines, lines[4], lines[4].replace("1.1.", "11.", 1))
    result = parse_lines(lines, slug="upk-rf")
    assert [u.address for u in result.act.walk()][:5] == [
        "art:150",
        "art:150/part:1",
        "art:150/part:1.1",
        "art:150/part:2",
        "art:150/part:3",
    ]
    assert result.act.find("art:150/part:1.1").text.startswith("Дознание производится в общем")
    assert told(result, FLAT) == [(line, "11", "1.1")] == [(5, "11", "1.1")]


def test_the_criminal_codes_general_and_special_parts(uk_rf):
    """«ОБЩАЯ ЧАСТЬ» and «ОСОБЕННАЯ ЧАСТЬ» of the УК (lines 13 and 1311) hold its Разделы."""
    parts = [u for u in uk_rf.walk() if u.kind == m.CODEPART]
    assert [(u.heading, [c.number for c in u.children]) for u in parts] == [
        ("ОБЩАЯ ЧАСТЬ", ["I", "II", "III", "IV", "V", "VI"]),
        ("ОСОБЕННАЯ ЧАСТЬ", ["VII", "VIII", "IX", "X", "XI", "XII"]),
    ]
    assert all(c.kind == m.DIVISION for u in parts for c in u.children)
    assert uk_rf.find("art:1") in parts[0].walk() and uk_rf.find("art:105") in parts[1].walk()
    assert uk_rf.find("art:105").heading == "Убийство"


def test_the_koap_has_no_code_parts(koap):
    """The КоАП's «Раздел II. ОСОБЕННАЯ ЧАСТЬ» is a Раздел, not a code's part."""
    assert not [u for u in koap.act.walk() if u.kind == m.CODEPART]
    assert [u.number for u in koap.act.walk() if u.kind == m.DIVISION][:2] == ["I", "II"]


@pytest.mark.parametrize(
    ("general", "special"),
    [
        pytest.param("ЧАСТЬ ПЕРВАЯ", "ЧАСТЬ ВТОРАЯ", id="ordinal"),
        pytest.param(
            "ЧАСТЬ ПЕРВАЯ. ОБЩИЕ ПОЛОЖЕНИЯ", "ЧАСТЬ ВТОРАЯ. ОСОБЕННАЯ ЧАСТЬ", id="ordinal-and-title"
        ),
    ],
)
def test_a_codes_part_printed_with_its_ordinal(uk_rf, uk_rf_lines, general, special):
    """The УК with its two lines «ОБЩАЯ ЧАСТЬ» and «ОСОБЕННАЯ ЧАСТЬ» replaced by the way the
    УПК and the ГК print theirs («ЧАСТЬ ПЕРВАЯ», with or without its title «. ОБЩИЕ
    ПОЛОЖЕНИЯ»); nothing else changed. The corpus has no code printed so."""
    lines, _ = replaced(uk_rf_lines, "ОБЩАЯ ЧАСТЬ", general)
    lines, _ = replaced(lines, "ОСОБЕННАЯ ЧАСТЬ", special)
    result = parse_lines(lines, slug="uk-rf")
    parts = [u for u in result.act.walk() if u.kind == m.CODEPART]
    assert [(u.address, u.heading, len(u.children)) for u in parts] == [
        ("cpart:1", general, 6),
        ("cpart:2", special, 6),
    ]
    assert [(u.address, u.kind) for u in result.act.walk()] == [
        (u.address, u.kind) for u in uk_rf.walk()
    ]
    assert not result.warnings


@pytest.mark.parametrize(
    ("latin", "number"),
    [
        pytest.param("Раздел X. ПРЕСТУПЛЕНИЯ ПРОТИВ ГОСУДАРСТВЕННОЙ ВЛАСТИ", "X", id="X"),
        pytest.param(XII, "XII", id="XII"),
    ],
)
def test_a_roman_number_typed_with_a_cyrillic_letter(uk_rf, uk_rf_lines, latin, number):
    """The УК's own «Раздел X.» / «Раздел XII.» line with its Latin X replaced by the Cyrillic
    Х that looks the same (as the УПК prints «РАЗДЕЛ ХIII»); nothing else changed."""
    typed = latin.replace("X", "Х", 1)
    assert typed != latin
    lines, line = replaced(uk_rf_lines, latin, typed)
    result = parse_lines(lines, slug="uk-rf")
    divisions = [u for u in result.act.walk() if u.kind == m.DIVISION]
    assert [u.number for u in divisions] == [u.number for u in uk_rf.walk() if u.kind == m.DIVISION]
    division = result.act.find(f"div:{number}")
    assert division is not None and division.heading == latin.split(". ", 1)[1]
    assert told(result, CYRILLIC) == [(line, typed.split()[1].rstrip("."), number)]
    assert [(u.address, u.kind) for u in result.act.walk()] == [
        (u.address, u.kind) for u in uk_rf.walk()
    ]
    assert all("Раздел" not in u.text for u in result.act.walk())


def final_provisions_lines() -> tuple[list[str], int]:
    """The 98-ФЗ with its line «Статья 19» replaced by «Глава 2. Заключительные положения»:
    article 19's three numbered paragraphs (transitional rules on leases) then stand after a
    heading and outside any article, as a law's final provisions do. Nothing else changed: the
    corpus has no act with final provisions outside its articles."""
    return replaced(read_lines(LAW_98FZ), "Статья 19", "Глава 2. Заключительные положения")


def paragraph_sign_lines(uk_rf_lines: list[str]) -> list[str]:
    """The УК with its line «Раздел VII. ПРЕСТУПЛЕНИЯ ПРОТИВ ЛИЧНОСТИ» printed «§ 7. ...» and
    the five chapter lines of that Раздел without their word «ГЛАВА» («16. ПРЕСТУПЛЕНИЯ ПРОТИВ
    ЖИЗНИ И ЗДОРОВЬЯ»): the layout of the ГК's «§ 2.» with its «1. Общие положения ...»,
    «2. Полное товарищество»; six lines changed. The corpus has no § with numbered headings."""
    lines, start = replaced(
        uk_rf_lines, "Раздел VII. ПРЕСТУПЛЕНИЯ ПРОТИВ ЛИЧНОСТИ", "§ 7. ПРЕСТУПЛЕНИЯ ПРОТИВ ЛИЧНОСТИ"
    )
    end = lines.index("Раздел VIII. ПРЕСТУПЛЕНИЯ В СФЕРЕ ЭКОНОМИКИ")
    return [x.removeprefix("ГЛАВА ") if start <= i < end else x for i, x in enumerate(lines, 1)]


def test_the_amending_laws_last_article_and_signature(law_98fz):
    """The 98-ФЗ as published: its last article is an article, the signature is not its text."""
    act = law_98fz.act
    assert [u.address for u in act.top_units()][-3:] == ["art:19", "art:20", "art:21"]
    final = act.find("art:21")
    assert (
        final.text
        == "Настоящий Федеральный закон вступает в силу со дня его официального опубликования."
    )
    assert not final.children
    assert act.notes == [
        "Президент Российской Федерации В.Путин",
        "Москва, Кремль",
        "1 апреля 2020 года",
        "№ 98-ФЗ",
    ]
    assert [u.address for u in act.find("art:19").children] == [
        "art:19/part:1",
        "art:19/part:2",
        "art:19/part:3",
    ]
    assert not [u for u in act.walk() if u.kind == m.FINAL]


def test_final_provisions_outside_articles_are_units_of_their_own(law_98fz):
    lines, line = final_provisions_lines()
    assert line == 480
    result = parse_lines(lines, slug="98-fz")
    act = result.act
    chapter = act.find("ch:2")
    assert chapter.heading == "Заключительные положения"
    assert [(u.address, u.kind) for u in chapter.children] == [
        ("final:1", m.FINAL),
        ("final:2", m.FINAL),
        ("final:3", m.FINAL),
        ("art:20", m.ARTICLE),
        ("art:21", m.ARTICLE),
    ]
    for n in (1, 2, 3):  # each keeps the text it had as a part of article 19
        assert act.find(f"final:{n}").text == law_98fz.act.find(f"art:19/part:{n}").text
    assert act.find("final:1").text.startswith("Установить, что в отношении договоров аренды")
    assert act.find("art:19") is None
    assert act.find("art:21").text == law_98fz.act.find("art:21").text
    assert act.notes == law_98fz.act.notes  # the signature stays the act's
    assert [u.address for u in act.walk() if u.kind == m.ARTICLE] == [
        f"art:{n}" for n in range(1, 22) if n != 19
    ]
    # nothing is told about them: the same warnings as the law as published (none)
    assert [w.line for w in result.warnings] == [w.line for w in law_98fz.warnings] == []


def test_numbered_headings_inside_a_paragraph_sign(uk_rf, uk_rf_lines):
    result = parse_lines(paragraph_sign_lines(uk_rf_lines), slug="uk-rf")
    act = result.act
    section = act.find("grp:7")
    assert section.heading == "ПРЕСТУПЛЕНИЯ ПРОТИВ ЛИЧНОСТИ"
    groups = section.children
    assert [(u.address, u.kind, u.heading) for u in groups] == [
        ("sgrp:16", m.SUBGROUP, "ПРЕСТУПЛЕНИЯ ПРОТИВ ЖИЗНИ И ЗДОРОВЬЯ"),
        ("sgrp:17", m.SUBGROUP, "ПРЕСТУПЛЕНИЯ ПРОТИВ СВОБОДЫ, ЧЕСТИ И ДОСТОИНСТВА ЛИЧНОСТИ"),
        (
            "sgrp:18",
            m.SUBGROUP,
            "ПРЕСТУПЛЕНИЯ ПРОТИВ ПОЛОВОЙ НЕПРИКОСНОВЕННОСТИ И ПОЛОВОЙ СВОБОДЫ ЛИЧНОСТИ",
        ),
        (
            "sgrp:19",
            m.SUBGROUP,
            "ПРЕСТУПЛЕНИЯ ПРОТИВ КОНСТИТУЦИОННЫХ ПРАВ И СВОБОД ЧЕЛОВЕКА И ГРАЖДАНИНА",
        ),
        ("sgrp:20", m.SUBGROUP, "ПРЕСТУПЛЕНИЯ ПРОТИВ СЕМЬИ И НЕСОВЕРШЕННОЛЕТНИХ"),
    ]
    # each holds the articles its chapter held, and no article holds a heading as its text
    for group in groups:
        chapter = uk_rf.find(f"ch:{group.number}")
        assert [u.address for u in group.children] == [u.address for u in chapter.children]
    assert groups[0].children[0].address == "art:105"
    headings = {u.heading for u in groups}
    assert not [u.address for u in act.walk() if u.text in headings]
    leaves = [unit_to_dict(u) for u in act.walk() if u.kind == m.ARTICLE]
    assert leaves == [unit_to_dict(u) for u in uk_rf.walk() if u.kind == m.ARTICLE]
    assert not result.warnings


def test_parts_before_an_article_are_never_headings_without_a_paragraph_sign(uk_rf, koap):
    """In the УК and the КоАП as printed, a short last part right before an article stays a part."""
    assert not [u for u in uk_rf.walk() if u.kind == m.SUBGROUP]
    assert not [u for u in koap.act.walk() if u.kind in (m.SUBGROUP, m.FINAL)]
    assert not [u for u in uk_rf.walk() if u.kind == m.FINAL]


def _first_paragraph(lines: list[str], label: str) -> str:
    start = lines.index(label)
    return next(" ".join(x.split()) for x in lines[start + 1 :] if x.strip())


def test_articles_without_a_heading_keep_their_text(law_98fz):
    """Every article of the 98-ФЗ is «Статья N» alone on its line («Статья 15 » with a space):
    none has a heading and the paragraph under the label is the article's first text."""
    lines = read_lines(LAW_98FZ)
    articles = law_98fz.act.top_units()
    assert len(articles) == 21 and all(a.heading == "" for a in articles)
    for article in articles:
        label = next(x for x in lines if x.strip() == f"Статья {article.number}")
        first = _first_paragraph(lines, label)
        part = re.match(r"^(\d+)\. (.*)$", first)
        if part:  # «1. Установить, что ...»: the article's first part
            child = article.children[0]
            assert (child.address, child.text) == (f"{article.address}/part:1", part.group(2))
        else:
            assert (article.text or article.children[0].text) == first, article.address
    assert law_98fz.act.find("art:18").text.startswith("Установить, что до 1 января 2021 года")
    assert law_98fz.act.find("art:1/abz:1").text.startswith("Статью 521 Закона Российской")
    assert law_98fz.act.find("art:17/part:1").text.startswith("Установить, что Правительство")


def test_a_repealed_article_alone_on_its_line_of_the_criminal_code(uk_rf):
    article = uk_rf.find("art:16")  # «Статья 16.» then «(Статья утратила силу - ...)»
    assert (article.heading, article.text, article.repealed) == ("", "", True)
    assert article.notes == ["(Статья утратила силу - Федеральный закон от 08.12.2003 № 162-ФЗ)"]


@pytest.mark.parametrize("separator", [" ", ". "], ids=["space", "full-stop"])
def test_a_lead_in_ending_in_a_colon_is_never_the_heading(law_98fz, separator):
    """The 98-ФЗ's article 2 is «Статья 2» and, two blank lines below, «Внести в Федеральный
    закон ... следующие изменения:». Here that paragraph is typed on the article's line
    («Статья 2 Внести ...:», and with a full stop after the number), the blank lines between
    dropped; nothing else changed. It stays the article's lead-in, its points stay under it."""
    lines = read_lines(LAW_98FZ)
    start = lines.index("Статья 2")
    lead_in = _first_paragraph(lines, "Статья 2")
    assert lead_in.endswith("следующие изменения:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip())
    typed = [*lines[:start], f"Статья 2{separator}{lead_in}", *lines[end + 1 :]]
    article = parse_lines(typed, slug="98-fz").act.find("art:2")
    assert (article.heading, article.text) == ("", lead_in)
    assert unit_to_dict(article) == unit_to_dict(law_98fz.act.find("art:2"))
    assert [u.address for u in article.children][:3] == ["art:2/pt:1", "art:2/pt:2", "art:2/pt:3"]


def test_words_typed_on_the_article_line_without_a_colon_are_its_heading():
    """The same change on article 18, whose only paragraph ends in a full stop: those words
    are then read as its heading; the colon alone tells a lead-in from a heading."""
    lines = read_lines(LAW_98FZ)
    start = lines.index("Статья 18")
    text = _first_paragraph(lines, "Статья 18")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip())
    typed = [*lines[:start], f"Статья 18 {text}", *lines[end + 1 :]]
    article = parse_lines(typed, slug="98-fz").act.find("art:18")
    assert (article.heading, article.text) == (text, "")


@pytest.fixture(scope="module")
def read_back_cases(uk_rf_result, uk_rf_lines, uk_flat, koap, law_98fz):
    return {
        "uk-rf": uk_rf_result,
        "uk-rf-flat": uk_flat[1],
        "uk-rf-paragraph-sign": parse_lines(paragraph_sign_lines(uk_rf_lines), slug="uk-rf"),
        "uk-rf-code-part-ordinals": parse_lines(
            replaced(
                replaced(uk_rf_lines, "ОБЩАЯ ЧАСТЬ", "ЧАСТЬ ПЕРВАЯ. ОБЩИЕ ПОЛОЖЕНИЯ")[0],
                "ОСОБЕННАЯ ЧАСТЬ",
                "ЧАСТЬ ВТОРАЯ",
            )[0],
            slug="uk-rf",
        ),
        "uk-rf-cyrillic-roman": parse_lines(
            replaced(uk_rf_lines, XII, XII.replace("X", "Х", 1))[0], slug="uk-rf"
        ),
        "koap": koap,
        "98-fz": law_98fz,
        "98-fz-final-provisions": parse_lines(final_provisions_lines()[0], slug="98-fz"),
        "uk-rf-322": parse_lines(read_lines(UK_322), slug="uk-rf"),
        "upk-rf-150": parse_lines(read_lines(UPK_150), slug="upk-rf"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "uk-rf",
        "uk-rf-flat",
        "uk-rf-paragraph-sign",
        "uk-rf-code-part-ordinals",
        "uk-rf-cyrillic-roman",
        "koap",
        "98-fz",
        "98-fz-final-provisions",
        "uk-rf-322",
        "upk-rf-150",
    ],
)
def test_acts_read_back_the_same(read_back_cases, case):
    """Written out (act_to_lines) and read again: every unit, its address, kind, number,
    heading, text, notes and status come back, and so do the act's title and notes."""
    act = read_back_cases[case].act
    result = parse_lines(act_to_lines(act), profile=get_profile(act.profile))
    again = result.act
    assert [unit_to_dict(u) for u in again.units] == [unit_to_dict(u) for u in act.units]
    assert (again.title, again.notes) == (act.title, act.notes)
    assert [(u.address, u.kind) for u in again.walk()] == [(u.address, u.kind) for u in act.walk()]
    # numbers read from a flat print are written as read: nothing is told the second time
    assert not [w for w in result.warnings if FLAT in w.message.text or CYRILLIC in w.message.text]
