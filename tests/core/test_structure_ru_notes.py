"""Editorial matter of real Russian acts: kept whole, as notes of the unit it belongs to."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core import model as m
from drafter.core.profiles import get_profile
from drafter.core.structure import parse_lines
from drafter.core.structure_ru_notes import NOTE_CLASSES, is_signature_line, note_class
from drafter.core.textlayout import act_to_lines, parse_unit_text, unit_to_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
RU_CODE = get_profile("ru-code")


def _lines(folder: str) -> list[str]:
    (path,) = sorted((CORPUS / folder).glob("*.txt"))
    return path.read_text(encoding="utf-8").split("\n")


def _between(lines: list[str], first: str, before: str) -> list[str]:
    """The lines from the one that starts with ``first`` to the one that starts with ``before``."""
    stripped = [x.strip() for x in lines]
    start = next(i for i, x in enumerate(stripped) if x.startswith(first))
    end = next(i for i, x in enumerate(stripped) if i > start and x.startswith(before))
    return lines[start:end]


@pytest.fixture(scope="module")
def koap_lines() -> list[str]:
    return _lines("ru-koap-2017-consultant")


@pytest.fixture(scope="module")
def koap(koap_lines) -> m.Act:
    return parse_lines(koap_lines, slug="koap").act


@pytest.fixture(scope="module")
def uk_lines() -> list[str]:
    return _lines("ru-uk-rf-full")


def _notes(act: m.Act, start: str) -> list[tuple[str, str]]:
    return [(u.address, n) for u in act.walk() for n in u.notes if n.startswith(start)]


# --- the database banner is never the title ----------------------------------------------------
def test_consultant_banner_is_an_act_note_and_the_title_is_the_acts(koap):
    assert koap.title == "КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ ОБ АДМИНИСТРАТИВНЫХ ПРАВОНАРУШЕНИЯХ"
    assert koap.notes[:2] == [
        "Документ предоставлен КонсультантПлюс",
        "Список изменяющих документов",
    ]
    # the list of amending laws, wrapped over some 190 lines, is one note
    assert koap.notes[2].startswith("(в ред. Федеральных законов от 25.04.2002 N 41-ФЗ")
    assert koap.notes[2].endswith("Федеральным законом от 07.02.2017 N 13-ФЗ)")
    assert not any("КонсультантПлюс" in x or x.startswith("от ") for x in koap.preamble)


def test_banner_at_the_end_and_a_signature_over_several_lines(koap_lines):
    """The КоАП export's front matter and its last article (real), then the 98-ФЗ's signature as
    a КонсультантПлюс export prints one (changed: its first line made three, the name in
    capitals, «№» as «N»), then a rule and the export's own banner line at the end."""
    lines = _between(koap_lines, "Документ предоставлен", "Раздел I.")
    lines += koap_lines[next(i for i, x in enumerate(koap_lines) if "Статья 21.7." in x) :]
    signature = ["Президент", "Российской Федерации", "В.ПУТИН", "Москва, Кремль"]
    signature += ["1 апреля 2020 года", "N 98-ФЗ"]
    lines += ["", *signature, "", "-" * 66, "Документ предоставлен КонсультантПлюс"]
    act = parse_lines(lines, slug="koap").act
    assert act.title == "КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ ОБ АДМИНИСТРАТИВНЫХ ПРАВОНАРУШЕНИЯХ"
    assert act.notes[-8:] == ["-" * 66, "Документ предоставлен КонсультантПлюс", *signature]
    assert act.notes[0] == "Документ предоставлен КонсультантПлюс"
    (article,) = [u for u in act.walk() if u.kind == m.ARTICLE]
    assert article.number == "21.7"
    assert all("ПУТИН" not in u.text and "Документ" not in u.text for u in article.walk())


# --- КонсультантПлюс notes: whole, and on the unit they stand before -----------------------------
def test_every_consultant_note_is_kept_whole_once(koap, koap_lines):
    printed = sum(1 for x in koap_lines if x.strip().startswith("КонсультантПлюс: примечание"))
    assert printed > 60
    assert len(_notes(koap, "КонсультантПлюс: примечание.")) == printed
    # a note of two paragraphs (art. 3.13): both in the one note, neither in law text
    (_where, note), *_ = [x for x in _notes(koap, "КонсультантПлюс") if x[0] == "art:3.13"]
    assert note.startswith("КонсультантПлюс: примечание. Норма Федерального закона от 08.06.2012")
    assert "В соответствии с частью 3 статьи 79 Федерального конституционного закона" in note
    assert not any("частью 3 статьи 79" in u.text for u in koap.walk())


@pytest.mark.parametrize(
    ("act_name", "address", "words"),
    [
        (
            "koap",
            "art:2.9",
            "О применении антимонопольными органами статьи 2.9",
        ),  # before «Статья 2.9.»
        ("koap", "art:2.4/note:1", "в примечание к статье 2.4 вносятся"),  # before «Примечание.»
        ("koap", "art:3.12/part:2", "В срок административного приостановления"),  # before «2.»
        ("koap", "art:5.26", "Об уголовной ответственности за нарушение права на свободу"),
    ],
)
def test_a_consultant_note_belongs_to_the_unit_it_stands_before(act_name, address, words, request):
    act = request.getfixturevalue(act_name)
    unit = act.find(address)
    assert any(words in n for n in unit.notes), unit.notes


def test_a_consultant_note_before_a_point_belongs_to_the_point(koap_lines):
    """КоАП art. 3.2 (real) with the export's note on административное приостановление
    деятельности (real, printed before art. 3.12 part 2) moved before point «9)», which names
    that penalty: the export has no note before a point."""
    at = next(i for i, x in enumerate(koap_lines) if "В срок административного приост" in x)
    note = koap_lines[at - 1 : at + 1]  # «КонсультантПлюс: примечание.» and its sentence
    article = _between(koap_lines, "Статья 3.2.", "Статья 3.3.")
    point = next(i for i, x in enumerate(article) if x.strip().startswith("9) "))
    act = parse_lines(article[:point] + note + article[point:], slug="koap").act
    assert act.find("art:3.2/part:1/pt:9").notes == [
        "КонсультантПлюс: примечание. В срок административного приостановления деятельности "
        "засчитывается срок временного запрета деятельности (часть 5 статьи 29.6 настоящего "
        "документа).",
        "(п. 9 введен Федеральным законом от 09.05.2005 N 45-ФЗ)",  # its own, after it
    ]
    assert not any("засчитывается" in u.text for u in act.walk())


def test_consultant_notes_stay_on_their_unit_through_the_text_layout(koap):
    again = parse_lines(act_to_lines(koap), slug="koap").act
    assert _notes(again, "КонсультантПлюс") == _notes(koap, "КонсультантПлюс")


# --- pravo.gov.ru: the amendment forms -------------------------------------------------------
def test_pravo_gov_ru_amendment_notes(uk_rf, uk_rf_lines):
    form = "(В редакции Федерального закона"
    printed = sum(x.count(form) for x in uk_rf_lines)
    assert printed > 500
    assert len(_notes(uk_rf, form)) == printed
    added = uk_rf.find("art:44/pt:з1")
    assert added.notes == ["(Дополнение пунктом - Федеральный закон от 07.12.2011 № 420-ФЗ)"]
    assert added.text.startswith("принудительные работы")
    repealed = uk_rf.find("art:16")
    assert repealed.repealed
    assert repealed.notes == ["(Статья утратила силу - Федеральный закон от 08.12.2003 № 162-ФЗ)"]
    assert not repealed.text and not repealed.children and not repealed.heading


# --- the signature ---------------------------------------------------------------------------
def test_signature_forms_of_one_line_and_several():
    for line in (
        "Президент Российской Федерации В.Путин",
        "Президент",
        "Российской Федерации",
        "В.ПУТИН",
        "Б. Ельцин",
        "Москва, Кремль",
        "13 июня 1996 года",
        "№ 63-ФЗ",
        "N 188-ФЗ",
    ):
        assert is_signature_line(line), line
    for line in (
        "Президент Российской Федерации:",
        "Президент Российской Федерации при обстоятельствах и в порядке, предусмотренных",
        "3. Президент Российской Федерации, избранный в соответствии с Конституцией",
    ):
        assert not is_signature_line(line), line


def test_signature_words_followed_by_more_of_the_act_are_law_text():
    act = parse_lines(
        [
            "Статья 1",
            "Президент Российской Федерации В.Путин",
            "1 апреля 2020 года",
            "вносит изменения.",
            "Статья 2",
            "Текст.",
            "Президент Российской Федерации В.Путин",
            "Москва, Кремль",
            "1 апреля 2020 года",
            "№ 98-ФЗ",
        ],
        profile=RU_CODE,
    ).act
    paragraphs = [u.text for u in act.find("art:1").children]
    assert paragraphs == [
        "Президент Российской Федерации В.Путин",
        "1 апреля 2020 года",
        "вносит изменения.",
    ]
    assert act.notes == [
        "Президент Российской Федерации В.Путин",
        "Москва, Кремль",
        "1 апреля 2020 года",
        "№ 98-ФЗ",
    ]
    assert act.find("art:2").text == "Текст."


# --- Гарант forms (a real Гарант text is still to come: snippets in its form) -------------------
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("См. комментарии к статье 5 настоящего Кодекса", "garant-change"),
        ("См. комментарии к статье 13.11 КоАП РФ", "garant-change"),
        (
            "Часть 2 изменена с 01.03.2022 - Федеральный закон от 30.12.2021 N 480-ФЗ",
            "garant-change",
        ),
        (
            "Глава 13 дополнена статьей 13.11 - Федеральный закон от 07.02.2017 N 13-ФЗ",
            "garant-change",
        ),
        ("Примечания изменены с 1 сентября 2022 г. - Федеральный закон", "garant-change"),
        ("Обратите внимание, что применительно к составам правонарушений", "garant-change"),
        ("Глава 13 дополнена статьей 13.11 настоящего Кодекса.", None),
        ("Постановлением Конституционного Суда РФ от 19.11.2013 N 24-П пункт 2 признан", "court"),
        (
            "Информация об изменениях: Статья 5 изменена с 1 января 2020 г. - Федеральный закон",
            "garant-info",
        ),
        ("ГАРАНТ: См. комментарии к статье 5", "garant"),
        ("Документ предоставлен КонсультантПлюс", "banner"),
        (
            "(Пункт введен - Закон Российской Федерации о поправке к Конституции от 14.03.2020 "
            "№ 1-ФКЗ)",
            "amendment",
        ),
        ("Утратила силу. - Федеральный закон от 07.12.2011 N 420-ФЗ.", "status"),
        ("* (Сноска исключена - Федеральный закон от 16.04.2001 № 45-ФЗ)", "rule"),
        ("____________________________", "rule"),
        ("Статья 5 настоящего Кодекса применяется с 1 января 2020 года.", None),
        ("(в редакции настоящего Федерального закона)", None),
    ],
)
def test_note_classes(line, name):
    assert note_class(line) == name
    assert name is None or name in {c.name for c in NOTE_CLASSES}


def test_garant_paragraph_notes_are_kept_out_of_the_article():
    result = parse_lines(
        [
            "Статья 5. Заголовок",
            "См. комментарии к статье 5 настоящего Кодекса",
            "1. Текст части.",
            "Постановлением Конституционного Суда РФ от 19.11.2013 N 24-П часть 1 признана не "
            "соответствующей Конституции РФ",
            "2. Текст второй части.",
        ],
        profile=RU_CODE,
    )
    act = result.act
    assert act.find("art:5").notes == ["См. комментарии к статье 5 настоящего Кодекса"]
    assert act.find("art:5/part:1").notes[0].startswith("Постановлением Конституционного Суда РФ")
    assert [u.text for u in act.walk() if u.text] == ["Текст части.", "Текст второй части."]
    assert result.warnings == []


def test_a_footnote_rule_and_its_note_stay_with_their_chapter(uk_lines):
    """The УК's chapter 15.2 with its first article (real) and, after the chapter's note, a
    rule and a footnote in the ГК's form, «* (Сноска исключена - ...)», made from that note
    (changed: «(Дополнение главой» to «* (Сноска исключена»): the УК has no footnote."""
    chapter_lines = _between(uk_lines, "ГЛАВА 15.2.", "Статья 104.5.")
    at = chapter_lines.index("(Дополнение главой - Федеральный закон от 03.07.2016 № 323-ФЗ)")
    footnote = [
        "____________________________",
        "",
        "* (Сноска исключена" + chapter_lines[at].removeprefix("(Дополнение главой"),
    ]
    lines = [*chapter_lines[: at + 1], "", *footnote, *chapter_lines[at + 1 :]]
    act = parse_lines(lines, slug="uk").act
    chapter = next(u for u in act.walk() if u.kind == m.CHAPTER and u.number == "15.2")
    assert chapter.notes == [
        "(Дополнение главой - Федеральный закон от 03.07.2016 № 323-ФЗ)",
        "____________________________",
        "* (Сноска исключена - Федеральный закон от 03.07.2016 № 323-ФЗ)",
    ]
    assert not chapter.text
    assert [u.address for u in act.walk() if u.kind == m.ARTICLE] == ["art:104.4"]


def test_a_unit_with_a_consultant_note_reads_back_from_its_own_text(koap):
    """The editors write a unit alone (note first, then the label) and read it back."""
    units = [u for u in koap.walk() if any(n.startswith("КонсультантПлюс") for n in u.notes)]
    assert len(units) > 40
    for unit in units:
        text = unit_to_text(unit, RU_CODE)
        assert text.startswith("КонсультантПлюс: примечание.")
        again = parse_unit_text(text, unit.kind, RU_CODE)
        assert again.notes == unit.notes, unit.address
        assert again.text == unit.text and len(again.children) == len(unit.children)


def test_garant_change_information_goes_to_the_unit_it_names_or_stands_before():
    result = parse_lines(
        [
            "Статья 4. Первая",
            "Текст статьи четыре.",
            "Информация об изменениях:",
            "Статья 5 изменена с 1 января 2020 г. - Федеральный закон от 02.12.2019 N 405-ФЗ",
            "См. предыдущую редакцию",
            "Статья 5. Заголовок",
            "Информация об изменениях:",
            "Федеральным законом от 07.12.2011 г. N 420-ФЗ в часть 1 статьи 5 внесены изменения",
            "См. текст части в предыдущей редакции",
            "1. Текст части.",
            "16.06.2021 Система ГАРАНТ 5/13",
            "2. Вторая часть.",
        ],
        profile=RU_CODE,
    )
    act = result.act
    assert act.find("art:4").notes == []
    assert act.find("art:5").notes == [
        "Информация об изменениях: Статья 5 изменена с 1 января 2020 г. - Федеральный закон от "
        "02.12.2019 N 405-ФЗ См. предыдущую редакцию"
    ]
    assert act.find("art:5/part:1").notes == [
        "Информация об изменениях: Федеральным законом от 07.12.2011 г. N 420-ФЗ в часть 1 "
        "статьи 5 внесены изменения См. текст части в предыдущей редакции"
    ]
    assert act.notes == ["16.06.2021 Система ГАРАНТ 5/13"]  # a page stamp of the export
    assert act.find("art:5/part:2").text == "Вторая часть."
    assert result.warnings == []
