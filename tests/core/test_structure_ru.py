"""The Russian structure parser on the real Criminal Code and on small texts of each form."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from drafter.core import model as m
from drafter.core.profiles import get_profile
from drafter.core.serialize import unit_to_dict
from drafter.core.structure import parse_lines
from drafter.core.structure_detect import detect_profile

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
UK_RF_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
UPK_RF_150 = (
    CORPUS / "ru-376fz-fictitious-registration" / "upk-rf_art-150_AFTER_pravo-gov-ru_ed-2023.txt"
)
LAW_98FZ = CORPUS / "ru-98fz-2020-amending-law" / "98-fz_2020-04-01_full-text.txt"


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


EDITORIAL = re.compile(r"В редакции|Дополнение|Утратил|в ред\.|КонсультантПлюс|ГАРАНТ", re.I)
NOTE_IN_SOURCE = re.compile(
    r"\((?:В редакции|Дополнение|С учетом|[А-Я][а-я]+ (?:в редакции|утратил))"
)


def _tree(unit: m.Unit) -> list[tuple[str, str, str]]:
    return [(u.address, u.kind, u.number) for u in unit.walk()]


# --- the whole Criminal Code ---------------------------------------------------------------
def test_code_has_as_many_articles_as_lines_starting_statya(uk_rf, uk_rf_lines):
    printed = [x for x in uk_rf_lines if x.startswith("Статья ")]
    articles = [u for u in uk_rf.walk() if u.kind == m.ARTICLE]
    assert len(printed) == 523
    assert len(articles) == len(printed)
    assert [u.address for u in uk_rf.top_units()] == [f"art:{u.number}" for u in articles]


def test_code_is_detected_and_read_without_warnings(uk_rf, uk_rf_result, uk_rf_lines):
    assert detect_profile(uk_rf_lines) == "ru-code"
    assert uk_rf.profile == "ru-code"
    assert uk_rf_result.warnings == []


def test_every_article_has_its_printed_number_and_heading(uk_rf, uk_rf_lines):
    articles = iter(u for u in uk_rf.walk() if u.kind == m.ARTICLE)
    for line in uk_rf_lines:
        found = re.match(r"^Статья (\d+(?:\.\d+)*)\.?\s*(.*)$", line)
        if not found:
            continue
        article = next(articles)
        assert article.number == found.group(1)
        printed = found.group(2).strip()
        if printed and not printed.startswith("("):
            assert article.heading and printed.startswith(article.heading), line
        else:
            assert article.heading == "", line


def test_whole_code_parses_fast_enough(uk_rf_lines):
    # the target is ≤ 0.2 s; the bound here is loose because the test machine is shared
    best = min(_timed(uk_rf_lines) for _ in range(3))
    assert best < 1.0


def _timed(lines: list[str]) -> float:
    start = time.perf_counter()
    parse_lines(lines)
    return time.perf_counter() - start


def test_front_matter(uk_rf):
    assert uk_rf.title == "Уголовный кодекс Российской Федерации"
    assert "Принят Государственной Думой 24 мая 1996 года" in uk_rf.preamble
    assert uk_rf.notes[0].startswith("(В редакции федеральных законов от 27.05.1998 № 77-ФЗ")
    assert uk_rf.notes[1].startswith("(С учетом постановлений Конституционного Суда")
    # the signature block at the end belongs to the act, not to article 361
    assert "Москва, Кремль" in uk_rf.notes
    assert all("Кремль" not in u.text + u.closing for u in uk_rf.walk())


def test_containers_never_enter_addresses(uk_rf, uk_rf_lines):
    kinds = Counter(u.kind for u in uk_rf.walk())
    assert kinds[m.CODEPART] == 2
    assert kinds[m.DIVISION] == sum(x.startswith("Раздел ") for x in uk_rf_lines)
    assert kinds[m.CHAPTER] == sum(x.startswith("ГЛАВА ") for x in uk_rf_lines)
    chapter = next(u for u in uk_rf.walk() if u.kind == m.CHAPTER)
    assert (chapter.number, chapter.heading) == (
        "1",
        "ЗАДАЧИ И ПРИНЦИПЫ УГОЛОВНОГО КОДЕКСА РОССИЙСКОЙ ФЕДЕРАЦИИ",
    )
    assert uk_rf.find("art:1") is chapter.children[0]
    for unit in uk_rf.walk():
        if not unit.is_container:
            assert not re.search(r"(cpart|div|ch|grp):", unit.address), unit.address


def test_no_editorial_note_inside_law_text(uk_rf):
    for unit in uk_rf.walk():
        for name in ("text", "heading", "closing"):
            assert not EDITORIAL.search(getattr(unit, name)), (unit.address, name)


def test_every_editorial_note_of_the_source_is_kept(uk_rf, uk_rf_lines):
    in_source = sum(len(NOTE_IN_SOURCE.findall(x)) for x in uk_rf_lines)
    kept = [n for u in uk_rf.walk() for n in u.notes] + uk_rf.notes
    assert sum(len(NOTE_IN_SOURCE.findall(n)) for n in kept) == in_source
    added = sum(x.count("(Дополнение статьей") for x in uk_rf_lines)
    on_articles = sum(
        n.startswith("(Дополнение статьей")
        for u in uk_rf.walk()
        if u.kind == m.ARTICLE
        for n in u.notes
    )
    assert on_articles == added


def test_article_159_4_is_repealed(uk_rf):
    article = uk_rf.find("art:159.4")
    assert article.repealed and article.heading == "" and article.children == []
    assert any("03.07.2016 № 325-ФЗ" in n for n in article.notes)
    assert not uk_rf.find("art:159.5").repealed


def test_repealed_articles_parts_and_points(uk_rf):
    assert uk_rf.find("art:16").repealed
    assert uk_rf.find("art:105/part:2/pt:н").repealed
    assert uk_rf.find("art:105/part:2/pt:н").text == ""
    repealed_articles = [u.number for u in uk_rf.top_units() if u.repealed]
    assert repealed_articles == [u.number for u in uk_rf.top_units() if not u.heading]


def test_article_322(uk_rf):
    article = uk_rf.find("art:322")
    assert [c.address for c in article.children] == [
        "art:322/part:1",
        "art:322/part:2",
        "art:322/part:3",
        "art:322/note:1",
    ]
    part1 = article.children[0]
    assert part1.text.startswith("Пересечение Государственной границы")
    assert part1.text.endswith("настоящего Кодекса, -")
    assert part1.closing.startswith("наказывается штрафом в размере до двухсот тысяч")
    assert len(part1.notes) == 2
    assert article.children[1].notes == [
        "(Часть в редакции Федерального закона от 30.12.2012 № 312-ФЗ)"
    ]
    assert "(Дополнение частью - Федеральный закон от 30.12.2012 № 312-ФЗ)" in (
        article.children[2].notes
    )
    note = article.children[3]
    assert note.kind == m.NOTE and note.text.startswith("Действие настоящей статьи")


def test_article_322_1_part_2_sanction_is_the_closing(uk_rf):
    part = uk_rf.find("art:322.1/part:2")
    assert part.text == "Те же деяния, совершенные:"
    assert [c.address for c in part.children] == [
        "art:322.1/part:2/pt:а",
        "art:322.1/part:2/pt:б",
        "art:322.1/part:2/pt:в",
    ]
    assert part.children[2].text == "лицом с использованием своего служебного положения, -"
    assert part.children[2].notes == [
        "(Дополнение пунктом - Федеральный закон от 04.11.2019 № 354-ФЗ)"
    ]
    assert part.closing.startswith("наказываются лишением свободы на срок до семи лет")
    assert part.closing.endswith("либо без такового.")
    assert uk_rf.find("art:322.1").notes == [
        "(Дополнение статьей - Федеральный закон от 28.12.2004 № 187-ФЗ)"
    ]


def test_article_322_3_heading_note_and_numbered_notes(uk_rf):
    article = uk_rf.find("art:322.3")
    assert article.heading.startswith("Фиктивная постановка на учет")
    assert article.notes[0].startswith("(Наименование в редакции")
    note = uk_rf.find("art:322.3/note:1")
    assert note.text == ""
    assert [c.address for c in note.children] == ["art:322.3/note:1/pt:1", "art:322.3/note:1/pt:2"]
    assert note.children[0].text.startswith("Под фиктивной постановкой на учет")
    assert note.children[0].notes[0].startswith("(В редакции Федерального закона от 12.11.2018")
    # an article without parts: disposition, sanction and the note
    assert [c.address for c in article.children] == [
        "art:322.3/abz:1",
        "art:322.3/abz:2",
        "art:322.3/note:1",
    ]
    assert article.children[1].text.startswith("наказывается штрафом")


def test_article_105_points_under_part_2(uk_rf):
    part = uk_rf.find("art:105/part:2")
    letters = [c.number for c in part.children]
    assert letters == ["а", "б", "в", "г", "д", "е", "е1", "ж", "з", "и", "к", "л", "м", "н"]
    assert all(c.kind == m.POINT for c in part.children)
    assert part.closing.startswith("наказывается лишением свободы на срок от восьми")
    assert uk_rf.find("art:105/part:1").closing.startswith("наказывается лишением свободы")


def test_article_158_parts_points_and_notes(uk_rf):
    article = uk_rf.find("art:158")
    assert [c.number for c in article.children if c.kind == m.PART] == ["1", "2", "3", "4"]
    assert article.notes == ["(Статья в редакции Федерального закона от 08.12.2003 № 162-ФЗ)"]
    part3 = uk_rf.find("art:158/part:3")
    assert [c.number for c in part3.children] == ["а", "б", "в", "г"]
    assert part3.notes[-1] == "(Часть в редакции Федерального закона от 30.12.2006 № 283-ФЗ)"
    note = uk_rf.find("art:158/note:1")
    # «Примечания. 1. ...» — the first item is split off the note's own line
    assert [c.number for c in note.children] == ["1", "2", "3", "4"]
    assert note.children[0].text.startswith("Под хищением в статьях настоящего Кодекса")
    item3 = uk_rf.find("art:158/note:1/pt:3")
    assert [c.text[:14] for c in item3.children] == ["Под помещением", "Под хранилищем"]


def test_parts_numbered_with_superscripts(uk_rf):
    part = uk_rf.find("art:80/part:2.1")
    assert part is not None and part.kind == m.PART


# --- fragments and other files ---------------------------------------------------------------
def test_fragment_gives_the_same_tree_as_the_whole_code(uk_rf):
    fragment = parse_lines(read_lines(UK_RF_322), slug="uk-rf").act
    assert fragment.profile == "ru-code"
    assert [u.address for u in fragment.units] == [
        "art:322",
        "art:322.1",
        "art:322.2",
        "art:322.3",
    ]
    for unit in fragment.units:
        assert unit_to_dict(unit) == unit_to_dict(uk_rf.find(unit.address))


def test_upk_fragment_parts_and_points():
    act = parse_lines(read_lines(UPK_RF_150), slug="upk-rf").act
    assert act.profile == "ru-code"
    assert act.find("art:150/part:1.1").notes[0].startswith("(Дополнение частью")
    point = act.find("art:150/part:3/pt:1")
    assert point.kind == m.POINT and "322.2, 322.3" in point.text


def test_amending_law_front_matter():
    result = parse_lines(read_lines(LAW_98FZ), slug="98-fz")
    act = result.act
    assert act.title.startswith("О внесении изменений в отдельные законодательные акты")
    assert "ФЕДЕРАЛЬНЫЙ ЗАКОН" in act.preamble
    assert len(act.top_units()) == 21


# --- one small text per editorial-note form ---------------------------------------------------
NOTE_FORMS = [
    pytest.param(
        [
            "Статья 5. Заголовок",
            "1. Текст части. (В редакции Федерального закона от 07.12.2011 № 420-ФЗ)",
        ],
        "art:5/part:1",
        "(В редакции Федерального закона от 07.12.2011 № 420-ФЗ)",
        id="pravo-v-redaktsii-federalnogo-zakona",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "1. Текст части, -",
            "наказывается штрафом. (В редакции федеральных законов от 27.12.2009 № 377-ФЗ; "
            "от 07.03.2011 № 26-ФЗ)",
        ],
        "art:5/part:1",
        "(В редакции федеральных законов от 27.12.2009 № 377-ФЗ; от 07.03.2011 № 26-ФЗ)",
        id="pravo-v-redaktsii-federalnykh-zakonov",
    ),
    pytest.param(
        [
            "Статья 5.1. Заголовок",
            "Текст статьи.",
            "(Дополнение статьей - Федеральный закон от 28.12.2004 № 187-ФЗ)",
        ],
        "art:5.1",
        "(Дополнение статьей - Федеральный закон от 28.12.2004 № 187-ФЗ)",
        id="pravo-dopolnenie-statyei",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "1. Первая часть.",
            "2. Вторая часть, -",
            "наказывается арестом.",
            "(Дополнение частью - Федеральный закон от 30.12.2012 № 312-ФЗ)",
        ],
        "art:5/part:2",
        "(Дополнение частью - Федеральный закон от 30.12.2012 № 312-ФЗ)",
        id="pravo-dopolnenie-chastyu",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "1. Деяния, совершенные:",
            "а) группой лиц;",
            "б) с оружием, - (Дополнение пунктом - Федеральный закон от 04.11.2019 № 354-ФЗ)",
            "наказываются арестом.",
        ],
        "art:5/part:1/pt:б",
        "(Дополнение пунктом - Федеральный закон от 04.11.2019 № 354-ФЗ)",
        id="pravo-dopolnenie-punktom",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "1. Деяния, совершенные:",
            "а) группой лиц, -",
            "наказываются арестом.",
            "(Часть в редакции Федерального закона от 30.12.2012 № 312-ФЗ)",
            "2. Вторая часть.",
        ],
        "art:5/part:1",
        "(Часть в редакции Федерального закона от 30.12.2012 № 312-ФЗ)",
        id="pravo-chast-v-redaktsii",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "1. Первая часть.",
            "2. Вторая часть.",
            "(Статья в редакции Федерального закона от 08.12.2003 № 162-ФЗ)",
        ],
        "art:5",
        "(Статья в редакции Федерального закона от 08.12.2003 № 162-ФЗ)",
        id="pravo-statya-v-redaktsii",
    ),
    pytest.param(
        [
            "Статья 5. Новый заголовок",
            "(Наименование в редакции Федерального закона от 12.11.2018 № 420-ФЗ)",
            "Текст статьи.",
        ],
        "art:5",
        "(Наименование в редакции Федерального закона от 12.11.2018 № 420-ФЗ)",
        id="pravo-naimenovanie-v-redaktsii",
    ),
    pytest.param(
        ["Статья 5. Заголовок", "(в ред. Федерального закона от 07.12.2011 N 420-ФЗ)", "Текст."],
        "art:5",
        "(в ред. Федерального закона от 07.12.2011 N 420-ФЗ)",
        id="consultant-v-red",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "1. Деяния, совершенные:",
            "а) группой лиц;",
            "в) с оружием;",
            "(п. «в» введен Федеральным законом от 04.11.2019 N 354-ФЗ)",
        ],
        "art:5/part:1/pt:в",
        "(п. «в» введен Федеральным законом от 04.11.2019 N 354-ФЗ)",
        id="consultant-p-vveden",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "Часть первая.",
            "Часть вторая.",
            "(часть вторая в ред. Федерального закона от 07.12.2011 N 420-ФЗ)",
        ],
        "art:5/abz:2",
        "(часть вторая в ред. Федерального закона от 07.12.2011 N 420-ФЗ)",
        id="consultant-chast-vtoraya-v-red",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "КонсультантПлюс: примечание.",
            "О применении статьи см. Постановление Пленума.",
            "Текст статьи.",
        ],
        "art:5",
        "КонсультантПлюс: примечание. О применении статьи см. Постановление Пленума.",
        id="consultant-primechanie",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "КонсультантПлюс: примечание.",
            "О применении статьи см. Постановление Пленума.",
            "Положения статьи 5 (в ред. ФЗ от 07.12.2011 N 420-ФЗ) применяются с 2013 года.",
            "1. Текст части.",
        ],
        "art:5/part:1",  # a КонсультантПлюс note stands before the unit it notes
        "КонсультантПлюс: примечание. О применении статьи см. Постановление Пленума. "
        "Положения статьи 5 (в ред. ФЗ от 07.12.2011 N 420-ФЗ) применяются с 2013 года.",
        id="consultant-primechanie-several-lines",
    ),
    pytest.param(
        [
            "Статья 5. Заголовок",
            "Текст статьи.",
            "Информация об изменениях:",
            "Федеральным законом от 07.12.2011 г. N 420-ФЗ в статью 5 внесены изменения",
            "См. текст статьи в предыдущей редакции",
            "Статья 6. Другая",
        ],
        "art:5",
        "Информация об изменениях: Федеральным законом от 07.12.2011 г. N 420-ФЗ в статью 5 "
        "внесены изменения См. текст статьи в предыдущей редакции",
        id="garant-informatsiya-ob-izmeneniyakh",
    ),
    pytest.param(
        ["Статья 5. Заголовок", "Текст статьи.", "ГАРАНТ:", "См. комментарии к статье 5"],
        "art:5",
        "ГАРАНТ: См. комментарии к статье 5",
        id="garant-comment",
    ),
]


@pytest.mark.parametrize(("lines", "address", "note"), NOTE_FORMS)
def test_editorial_note_form(lines, address, note):
    result = parse_lines(lines, profile=get_profile("ru-code"))
    act = result.act
    unit = act.find(address)
    assert unit is not None, [u.address for u in act.walk()]
    assert note in unit.notes
    assert not unit.repealed
    for other in act.walk():
        for name in ("text", "heading", "closing"):
            assert not EDITORIAL.search(getattr(other, name)), (other.address, name)
        if other is not unit:
            assert note not in other.notes
    assert result.warnings == []


def test_several_notes_on_one_line_stay_in_order():
    act = parse_lines(
        [
            "Статья 159.4.",
            "(Дополнение статьей - Федеральный закон от 29.11.2012 № 207-ФЗ) "
            "(Утратила силу - Федеральный закон от 03.07.2016 № 325-ФЗ)",
            "Статья 159.5. Мошенничество",
            "Текст.",
        ],
        profile=get_profile("ru-code"),
    ).act
    article = act.find("art:159.4")
    assert article.notes == [
        "(Дополнение статьей - Федеральный закон от 29.11.2012 № 207-ФЗ)",
        "(Утратила силу - Федеральный закон от 03.07.2016 № 325-ФЗ)",
    ]
    assert article.repealed and not act.find("art:159.5").repealed


def test_repeal_note_appended_to_a_text_line():
    act = parse_lines(
        [
            "Статья 5. Заголовок",
            "1. Первая часть.",
            "2. Текст части. (В редакции Федерального закона от 01.01.2010 № 1-ФЗ) "
            "(Утратила силу - Федеральный закон от 03.07.2016 № 325-ФЗ)",
        ],
        profile=get_profile("ru-code"),
    ).act
    part = act.find("art:5/part:2")
    assert part.repealed and part.text == "Текст части."
    assert len(part.notes) == 2 and not act.find("art:5").repealed


@pytest.mark.parametrize(
    ("lines", "address", "note"),
    [
        pytest.param(["Статья 16.", "Утратила силу."], "art:16", None, id="bare-line"),
        pytest.param(
            ["Статья 16. Утратила силу. - Федеральный закон от 08.12.2003 N 162-ФЗ."],
            "art:16",
            "Утратила силу. - Федеральный закон от 08.12.2003 N 162-ФЗ.",
            id="consultant-article-heading",
        ),
        pytest.param(
            [
                "Статья 5. Заголовок",
                "1. Первая.",
                "3. Утратила силу. - Федеральный закон от 08.12.2003 N 162-ФЗ.",
            ],
            "art:5/part:3",
            "Утратила силу. - Федеральный закон от 08.12.2003 N 162-ФЗ.",
            id="consultant-part",
        ),
        pytest.param(
            [
                "Статья 5. Заголовок",
                "1. Первая:",
                "а) пункт;",
                "б) Утратил силу. - Федеральный закон от 08.12.2003 N 162-ФЗ.",
            ],
            "art:5/part:1/pt:б",
            "Утратил силу. - Федеральный закон от 08.12.2003 N 162-ФЗ.",
            id="consultant-point",
        ),
        pytest.param(
            [
                "Статья 5. Заголовок",
                "1. Первая.",
                "3. (Часть утратила силу - Федеральный закон от 08.12.2003 № 162-ФЗ)",
            ],
            "art:5/part:3",
            "(Часть утратила силу - Федеральный закон от 08.12.2003 № 162-ФЗ)",
            id="pravo-part",
        ),
        pytest.param(
            [
                "Статья 5. Заголовок",
                "Текст.",
                "Примечание. (Примечание утратило силу - Федеральный закон от 21.07.2004 № 73-ФЗ)",
            ],
            "art:5/note:1",
            "(Примечание утратило силу - Федеральный закон от 21.07.2004 № 73-ФЗ)",
            id="pravo-note",
        ),
    ],
)
def test_repealed_forms(lines, address, note):
    act = parse_lines(lines, profile=get_profile("ru-code")).act
    unit = act.find(address)
    assert unit.repealed
    assert unit.text == unit.heading == ""
    assert unit.notes == ([note] if note else [])
    assert [u.address for u in act.walk() if u.repealed] == [address]


def test_repeal_with_a_date_garant_form():
    act = parse_lines(
        [
            "Статья 16. Утратила силу с 1 января 2004 г. - Федеральный закон от 08.12.2003 г. "
            "N 162-ФЗ",
            "Статья 17. Совокупность",
            "Текст.",
        ],
        profile=get_profile("ru-code"),
    ).act
    article = act.find("art:16")
    assert article.repealed and article.heading == ""
    assert article.notes == [
        "Утратила силу с 1 января 2004 г. - Федеральный закон от 08.12.2003 г. N 162-ФЗ"
    ]


def test_range_of_repealed_articles_consultant_form():
    result = parse_lines(
        [
            "Статья 4. Первая",
            "Текст.",
            "Статьи 5 - 7. Утратили силу. - Федеральный закон от 08.12.2003 N 162-ФЗ.",
            "Статья 8. Следующая",
            "Текст.",
        ],
        profile=get_profile("ru-code"),
    )
    act = result.act
    assert [u.address for u in act.top_units()] == ["art:4", "art:5", "art:6", "art:7", "art:8"]
    assert [u.repealed for u in act.top_units()] == [False, True, True, True, False]
    assert act.find("art:4").text == "Текст."


def test_article_label_forms():
    act = parse_lines(
        [
            "Статья 1",
            "Статья 5 настоящего Кодекса применяется ко всем.",
            "Статья 2. С заголовком",
            "Статья 3 Заголовок без точки",
            "Статья 159.4.",
        ],
        profile=get_profile("ru-code"),
    ).act
    assert [(u.number, u.heading) for u in act.top_units()] == [
        ("1", ""),
        ("2", "С заголовком"),
        ("3", "Заголовок без точки"),
        ("159.4", ""),
    ]
    assert act.find("art:1").text == "Статья 5 настоящего Кодекса применяется ко всем."


def test_garant_change_lines_are_notes():
    act = parse_lines(
        [
            "Статья 5. Заголовок",
            "Статья 5 изменена с 1 января 2020 г. - Федеральный закон от 27.12.2019 г. N 500-ФЗ",
            "См. текст статьи в предыдущей редакции",
            "Текст статьи.",
            "Статья 6. Другая",
        ],
        profile=get_profile("ru-code"),
    ).act
    assert [u.address for u in act.top_units()] == ["art:5", "art:6"]
    article = act.find("art:5")
    assert article.text == "Текст статьи."
    assert article.notes == [
        "Статья 5 изменена с 1 января 2020 г. - Федеральный закон от 27.12.2019 г. N 500-ФЗ",
        "См. текст статьи в предыдущей редакции",
    ]


def test_lowercase_repeal_of_a_point_consultant_form():
    act = parse_lines(
        [
            "Статья 5. Заголовок",
            "1. Деяния, совершенные:",
            "а) группой лиц;",
            "б) утратил силу. - Федеральный закон от 08.12.2003 N 162-ФЗ;",
            "в) повторно, -",
            "наказываются арестом.",
        ],
        profile=get_profile("ru-code"),
    ).act
    point = act.find("art:5/part:1/pt:б")
    assert point.repealed and point.text == ""
    assert point.notes == ["утратил силу. - Федеральный закон от 08.12.2003 N 162-ФЗ;"]
    assert act.find("art:5/part:1").closing == "наказываются арестом."


def test_court_practice_link_is_a_note():
    act = parse_lines(
        ["Статья 105. Убийство", "Позиции высших судов по ст. 105 УК РФ >>>", "Текст."],
        profile=get_profile("ru-code"),
    ).act
    article = act.find("art:105")
    assert article.notes == ["Позиции высших судов по ст. 105 УК РФ >>>"]
    assert article.text == "Текст."


def test_part_points_and_closing_in_a_small_text():
    act = parse_lines(
        [
            "Статья 9. Заголовок",
            "1. Деяние -",
            "наказывается штрафом.",
            "2. Те же деяния, совершенные:",
            "а) группой лиц;",
            "б) повторно, -",
            "наказываются арестом.",
            "Примечания. 1. Первое примечание.",
            "2. Второе примечание.",
        ],
        profile=get_profile("ru-code"),
    ).act
    assert _tree(act.units[0]) == [
        ("art:9", m.ARTICLE, "9"),
        ("art:9/part:1", m.PART, "1"),
        ("art:9/part:2", m.PART, "2"),
        ("art:9/part:2/pt:а", m.POINT, "а"),
        ("art:9/part:2/pt:б", m.POINT, "б"),
        ("art:9/note:1", m.NOTE, ""),
        ("art:9/note:1/pt:1", m.POINT, "1"),
        ("art:9/note:1/pt:2", m.POINT, "2"),
    ]
    assert act.find("art:9/part:1").closing == "наказывается штрафом."
    assert act.find("art:9/part:2").closing == "наказываются арестом."


def test_law_profile_points_and_subpoints():
    lines = [
        "ФЕДЕРАЛЬНЫЙ ЗАКОН",
        "О тестовом регулировании",
        "Статья 2. Основные понятия",
        "1. Для целей настоящего Федерального закона используются понятия:",
        "1) первое понятие;",
        "2) второе понятие:",
        "а) вид первый;",
        "б) вид второй.",
        "2. Иные понятия используются в значениях, указанных в пункте 1 настоящей статьи.",
    ]
    assert detect_profile(lines) == "ru-law"
    act = parse_lines(lines).act
    assert act.profile == "ru-law" and act.title == "О тестовом регулировании"
    assert act.find("art:2/pt:1").kind == m.POINT
    assert act.find("art:2/pt:1/sub:2").kind == m.SUBPOINT
    assert act.find("art:2/pt:1/sub:2/sub:б").kind == m.SUBPOINT


def test_civil_code_title_means_law_profile():
    assert (
        detect_profile(["Гражданский кодекс Российской Федерации", "Статья 1. Основные начала"])
        == "ru-law"
    )
    assert detect_profile(["Уголовный кодекс Российской Федерации", "Статья 1. Закон"]) == "ru-code"


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Data Protection Act 2018",
                "1 Overview",
                "(1) This Act makes provision about the processing of personal data.",
                "(2) Most processing of personal data is subject to the GDPR.",
            ],
            id="uk",
        ),
        pytest.param(
            [
                "SEC. 2. DEFINITIONS.",
                "(a) In General.—In this Act:",
                "(1) The term 'agency' means any executive agency.",
                "SEC. 3. AUTHORIZATION.",
            ],
            id="us",
        ),
    ],
)
def test_english_lines_are_not_russian(lines):
    assert detect_profile(lines) not in ("ru-code", "ru-law")


def test_lines_that_cannot_be_placed_are_kept_with_a_warning():
    result = parse_lines(
        [
            "ГЛАВА 1. ОБЩИЕ ПОЛОЖЕНИЯ",
            "Пояснение, напечатанное перед статьями.",
            "Статья 1. Первая",
            "Текст.",
        ],
        profile=get_profile("ru-code"),
    )
    chapter = result.act.units[0]
    assert chapter.text == "Пояснение, напечатанное перед статьями."
    assert [w.line for w in result.warnings] == [2]


def test_containers_of_all_kinds():
    act = parse_lines(
        [
            "ЧАСТЬ ПЕРВАЯ",
            "Раздел 1. Общие положения",
            "Подраздел 1. Основные положения",
            "Глава 1",
            "Гражданское законодательство",
            "§ 1. Общие правила",
            "Статья 1",
            "Текст.",
        ],
        profile=get_profile("ru-law"),
    ).act
    kinds = [(u.kind, u.number, u.heading) for u in act.walk()][:5]
    assert kinds == [
        (m.CODEPART, "", "ЧАСТЬ ПЕРВАЯ"),
        (m.DIVISION, "1", "Общие положения"),
        (m.SUBDIVISION, "1", "Основные положения"),
        (m.CHAPTER, "1", "Гражданское законодательство"),
        (m.GROUP, "1", "Общие правила"),
    ]
    article = act.find("art:1")
    assert article.heading == "" and article.text == "Текст."


def test_an_article_heading_that_does_not_parse_is_reported():
    lines = [
        "Статья 1. Первая статья",
        "1. Текст части первой.",
        "Статья 1-а. Новая статья",
        "Текст новой статьи.",
    ]
    result = parse_lines(lines, slug="x", profile=get_profile("ru-code"))
    messages = [str(w.message) for w in result.warnings]
    assert any("Статья 1-а" in msg and "not recognised" in msg for msg in messages)
    assert any(w.line == 3 for w in result.warnings)


def test_the_new_wording_an_amending_law_quotes_is_not_its_own_points():
    """98-ФЗ art. 9: «1) часть 1 изложить в следующей редакции:» «"1. ...» «1) ...» ... «...";»
    — the quoted points are paragraphs of art. 9, whose own next point is «2)»."""
    path = CORPUS / "ru-98fz-2020-amending-law" / "98-fz_2020-04-01_full-text.txt"
    result = parse_lines(path.read_text(encoding="utf-8").split("\n"), slug="98-fz")
    article = result.act.find("art:9")
    points = [u for u in article.children if u.kind == m.POINT]
    assert [u.number for u in points] == ["1", "2"]
    assert points[1].text.startswith("в абзаце первом части 2 слово")
    quoted = [u.text for u in article.children if u.kind == m.PARAGRAPH]
    assert quoted[0].startswith('"1. Если иное не установлено федеральными законами')
    assert quoted[1].startswith("1) каждые двадцать четыре месяца")
    assert quoted[-1].endswith('грузов.";')
    assert result.warnings == []
