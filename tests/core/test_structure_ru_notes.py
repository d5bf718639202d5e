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
    files = sorted((CORPUS / folder).glob("*.txt"))
    if not files:
        pytest.skip(f"{folder} is not in tests/data")
    return files[0].read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def koap_lines() -> list[str]:
    return _lines("ru-koap-2017-consultant")


@pytest.fixture(scope="module")
def koap(koap_lines) -> m.Act:
    return parse_lines(koap_lines, slug="koap").act


@pytest.fixture(scope="module")
def zhk_lines() -> list[str]:
    return _lines("ru-zhk-rf-consultant")


@pytest.fixture(scope="module")
def zhk(zhk_lines) -> m.Act:
    return parse_lines(zhk_lines, slug="zhk").act


@pytest.fixture(scope="module")
def constitution_lines() -> list[str]:
    return _lines("ru-constitution-pravo-gov-ru")


@pytest.fixture(scope="module")
def constitution(constitution_lines) -> m.Act:
    return parse_lines(constitution_lines, slug="konstitutsiya").act


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


def test_banner_at_the_end_and_a_signature_over_several_lines(zhk):
    assert zhk.title == "ЖИЛИЩНЫЙ КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ"
    assert zhk.notes[-8:] == [
        "-" * 66,
        "Документ предоставлен КонсультантПлюс",
        "Президент",
        "Российской Федерации",
        "В.ПУТИН",
        "Москва, Кремль",
        "29 декабря 2004 года",
        "N 188-ФЗ",
    ]
    last = zhk.units[-1]
    assert all("ПУТИН" not in u.text for u in last.walk())


# --- КонсультантПлюс notes: whole, and on the unit they stand before -----------------------------
def test_every_consultant_note_is_kept_whole_once(koap, koap_lines, zhk, zhk_lines):
    for act, lines in ((koap, koap_lines), (zhk, zhk_lines)):
        printed = sum(1 for x in lines if x.strip().startswith("КонсультантПлюс: примечание"))
        kept = _notes(act, "КонсультантПлюс: примечание.")
        assert len(kept) == printed
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
        ("zhk", "art:12/pt:16.7", "в п. 16.7 ст. 12 вносятся изменения"),  # before «16.7)»
        ("zhk", "art:56", "Граждане, принятые на учет до 01.03.2005"),  # before «Статья 56.»
    ],
)
def test_a_consultant_note_belongs_to_the_unit_it_stands_before(act_name, address, words, request):
    act = request.getfixturevalue(act_name)
    unit = act.find(address)
    assert any(words in n for n in unit.notes), unit.notes


def test_consultant_notes_stay_on_their_unit_through_the_text_layout(koap):
    again = parse_lines(act_to_lines(koap), slug="koap").act
    assert _notes(again, "КонсультантПлюс") == _notes(koap, "КонсультантПлюс")


# --- pravo.gov.ru: the constitutional amendment forms ------------------------------------------
def test_constitutional_amendment_notes(constitution, constitution_lines):
    form = "(В редакции Закона Российской Федерации о поправке к Конституции Российской Федерации"
    printed = sum(x.count(form) for x in constitution_lines)
    assert printed > 50
    assert len(_notes(constitution, form)) == printed
    added = constitution.find("art:83/pt:б1")
    assert added.notes == [
        "(Дополнение пунктом - Закон Российской Федерации о поправке к Конституции Российской "
        "Федерации от 14.03.2020 № 1-ФКЗ)"
    ]
    excluded = constitution.find("art:127")
    assert excluded.repealed
    assert excluded.notes[0].startswith("Исключена поправкой к Конституции Российской Федерации")
    assert not excluded.text and not excluded.children


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


def test_a_footnote_rule_and_its_note_stay_with_their_chapter():
    """ГК part one, chapter 17: «____» and «* (Сноска исключена - ...)» after the heading."""
    act = parse_lines(_lines("ru-gk-rf-1-pravo-gov-ru"), slug="gk-1").act
    chapter = next(u for u in act.walk() if u.kind == m.CHAPTER and u.number == "17")
    assert chapter.notes == [
        "(Наименование в редакции Федерального закона от 16.04.2001 № 45-ФЗ)",
        "____________________________",
        "* (Сноска исключена - Федеральный закон от 16.04.2001 № 45-ФЗ)",
    ]
    assert not chapter.text


def test_a_unit_with_a_consultant_note_reads_back_from_its_own_text(zhk, koap):
    """The editors write a unit alone (note first, then the label) and read it back."""
    units = [u for u in zhk.walk() if any(n.startswith("КонсультантПлюс") for n in u.notes)]
    units += [koap.find(a) for a in ("art:2.9", "art:3.13", "art:2.4/note:1", "art:3.12/part:2")]
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
