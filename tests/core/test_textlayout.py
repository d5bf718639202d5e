"""The text layout: acts and units written as lines read back to the same tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.profiles import get_profile
from drafter.core.serialize import act_to_dict, unit_to_dict
from drafter.core.structure import parse_lines
from drafter.core.textlayout import act_to_lines, parse_unit_text, unit_to_text
from drafter.errors import EngineError

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
# the whole Code has its own test below (parsed once for the session)
RU_FILES = sorted(p for p in CORPUS.glob("ru-*/*.txt") if "full" not in p.parent.name)


def _without_addresses(data: dict) -> dict:
    return {
        **data,
        "address": "",
        "children": [_without_addresses(c) for c in data["children"]],
    }


# --- the real corpus -------------------------------------------------------------------------
def test_whole_code_round_trips(uk_rf):
    again = parse_lines(act_to_lines(uk_rf), slug=uk_rf.slug)
    assert again.warnings == []
    assert act_to_dict(again.act) == act_to_dict(uk_rf)


@pytest.mark.parametrize("path", RU_FILES, ids=lambda p: p.name[:40])
def test_corpus_file_round_trips(path):
    act = parse_lines(path.read_text(encoding="utf-8").split("\n"), slug="x").act
    assert act_to_dict(parse_lines(act_to_lines(act), slug="x").act) == act_to_dict(act)


def test_unit_to_text_of_322_1(uk_rf):
    lines = unit_to_text(uk_rf.find("art:322.1"), get_profile("ru-code")).split("\n")
    assert lines[0] == "Статья 322.1. Организация незаконной миграции"
    assert "2. Те же деяния, совершенные:" in lines
    assert "в) лицом с использованием своего служебного положения, -" in lines
    sanction = next(
        x for x in lines if x.startswith("наказываются лишением свободы на срок до семи")
    )
    assert lines.index(sanction) > lines.index(
        "в) лицом с использованием своего служебного положения, -"
    )


def test_every_article_of_the_code_reads_back_from_its_text(uk_rf):
    for article in uk_rf.top_units():
        text = unit_to_text(article, get_profile(uk_rf.profile))
        assert unit_to_dict(
            parse_unit_text(text, m.ARTICLE, get_profile(uk_rf.profile))
        ) == unit_to_dict(article), article.address


def test_every_unit_of_a_chapter_reads_back_from_its_text(uk_rf):
    chapter = next(u for u in uk_rf.walk() if u.kind == m.CHAPTER and u.number == "32")
    units = [u for u in chapter.walk() if u is not chapter]
    assert len(units) > 50
    for unit in units:
        text = unit_to_text(unit, get_profile("ru-code"))
        parsed = parse_unit_text(text, unit.kind, get_profile("ru-code"))
        assert _without_addresses(unit_to_dict(parsed)) == _without_addresses(unit_to_dict(unit)), (
            unit.address
        )


def test_parse_unit_text_rejects_a_unit_of_another_kind():
    with pytest.raises(EngineError, match="cannot be read as one part"):
        parse_unit_text("а) пункт;", m.PART, get_profile("ru-code"))
    with pytest.raises(EngineError, match="article"):
        parse_unit_text("Статья 1. Один\nСтатья 2. Два", m.ARTICLE, get_profile("ru-code"))


def test_repealed_unit_without_a_note_is_written_as_repealed():
    article = m.Unit(m.ARTICLE, "7", repealed=True)
    part = m.Unit(m.PART, "2", repealed=True)
    assert unit_to_text(article, get_profile("ru-code")) == "Статья 7. Утратила силу."
    assert unit_to_text(part, get_profile("ru-code")) == "2. Утратила силу."
    assert parse_unit_text("2. Утратила силу.", m.PART, get_profile("ru-code")).repealed
    with_heading = m.Unit(m.ARTICLE, "7", heading="Заголовок", repealed=True)
    text = unit_to_text(with_heading, get_profile("ru-code"))
    assert text == "Статья 7. Заголовок\nУтратила силу."
    assert unit_to_dict(parse_unit_text(text, m.ARTICLE, get_profile("ru-code"))) == unit_to_dict(
        m.Unit(m.ARTICLE, "7", heading="Заголовок", repealed=True, address="art:7")
    )


# --- property tests on generated acts --------------------------------------------------------
WORDS = (
    "лицо деяние срок штраф порядок организация гражданин право суд имущество вред документ "
    "государство граница работа заработная плата доход свобода группа сговор месяц"
).split()
NOTE_GENERIC = "(В редакции Федерального закона от 07.12.2011 № 420-ФЗ)"
NOTES = {
    m.ARTICLE: [NOTE_GENERIC, "(Статья в редакции Федерального закона от 08.12.2003 № 162-ФЗ)"],
    m.PART: [NOTE_GENERIC, "(Дополнение частью - Федеральный закон от 30.12.2012 № 312-ФЗ)"],
    m.POINT: [NOTE_GENERIC, "(Дополнение пунктом - Федеральный закон от 04.11.2019 № 354-ФЗ)"],
    m.SUBPOINT: [NOTE_GENERIC],
    m.NOTE: [NOTE_GENERIC, "(Дополнение примечанием - Федеральный закон от 07.12.2011 № 420-ФЗ)"],
    m.CHAPTER: ["(Дополнение главой - Федеральный закон от 07.12.2011 № 420-ФЗ)"],
}
REPEAL_NOTES = {
    m.ARTICLE: "(Статья утратила силу - Федеральный закон от 08.12.2003 № 162-ФЗ)",
    m.PART: "(Часть утратила силу - Федеральный закон от 08.12.2003 № 162-ФЗ)",
    m.POINT: "(Пункт утратил силу - Федеральный закон от 08.12.2003 № 162-ФЗ)",
    m.SUBPOINT: "(Подпункт утратил силу - Федеральный закон от 08.12.2003 № 162-ФЗ)",
}
LETTERS = "абвгдежзик"


@st.composite
def sentence(draw, capital: bool = True, end: str | None = None) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=7))
    if capital:
        words[0] = words[0].capitalize()
    return " ".join(words) + (end if end is not None else draw(st.sampled_from(".;")))


@st.composite
def notes_for(draw, kind: str) -> list[str]:
    return draw(st.lists(st.sampled_from(NOTES.get(kind, [NOTE_GENERIC])), max_size=2))


def repealed(kind: str, number: str, with_note: bool) -> m.Unit:
    return m.Unit(kind, number, repealed=True, notes=[REPEAL_NOTES[kind]] if with_note else [])


@st.composite
def list_items(draw, kind: str, labels: str, capital: bool, sub_kind: str | None, sub_labels: str):
    """Points (or subpoints) «а) ...;» — the last one a leaf, so a closing may follow."""
    count = draw(st.integers(1, 4))
    items = []
    for i in range(count):
        number = labels[i]
        if draw(st.integers(0, 9)) == 0:
            items.append(repealed(kind, number, draw(st.booleans())))
            continue
        unit = m.Unit(
            kind, number, text=draw(sentence(capital=capital)), notes=draw(notes_for(kind))
        )
        if sub_kind and i < count - 1 and draw(st.integers(0, 3)) == 0:
            unit.text = draw(sentence(capital=capital, end=":"))
            unit.children = draw(list_items(sub_kind, sub_labels, capital, None, ""))
        items.append(unit)
    return items


@st.composite
def body(
    draw, unit: m.Unit, item_kind: str, labels: str, capital: bool, sub: tuple, closing=True
) -> None:
    """Fill ``unit`` (an article or a part) with one of the shapes the parser produces.

    ``closing`` False: the points keep the paragraphs after them (a law's пункты of an article).
    """
    shape = draw(st.sampled_from(["text", "sanction", "points", "paragraphs"]))
    if shape == "text":
        unit.text = draw(sentence())
    elif shape == "sanction":
        unit.text = draw(sentence(end=", -"))
        unit.closing = "наказывается " + draw(sentence(capital=False, end="."))
    elif shape == "points":
        unit.text = draw(sentence(end=":"))
        unit.children = draw(list_items(item_kind, labels, capital, *sub))
        closing = draw(st.sampled_from(["", "sanction", "plain"])) if closing else ""
        if closing and not unit.children[-1].children:
            if closing == "sanction":
                last = unit.children[-1]
                if not last.repealed:
                    last.text = last.text[:-1] + ", -"
                unit.closing = "наказываются " + draw(sentence(capital=False, end="."))
            else:
                unit.closing = draw(sentence())
    else:
        unit.children = [
            m.Unit(m.PARAGRAPH, text=draw(sentence())) for _ in range(draw(st.integers(2, 3)))
        ]


@st.composite
def article(draw, number: str, profile: str) -> m.Unit:
    code = profile == "ru-code"
    if draw(st.integers(0, 9)) == 0:
        return repealed(m.ARTICLE, number, draw(st.booleans()))
    heading = draw(st.one_of(st.just(""), sentence(end="")))
    unit = m.Unit(m.ARTICLE, number, heading=heading, notes=draw(notes_for(m.ARTICLE)))
    # below a numbered part: code пункты «а)» with подпункты «1)»; law подпункты «1)», «а)»
    part_kind, item_kind = (m.PART, m.POINT) if code else (m.POINT, m.SUBPOINT)
    item_labels, sub = (
        (LETTERS, (m.SUBPOINT, "123456")) if code else ("123456", (m.SUBPOINT, LETTERS))
    )
    if draw(st.booleans()):
        for i in range(draw(st.integers(1, 4))):
            if draw(st.integers(0, 9)) == 0:
                unit.children.append(repealed(part_kind, str(i + 1), draw(st.booleans())))
                continue
            part = m.Unit(part_kind, str(i + 1), notes=draw(notes_for(part_kind)))
            draw(body(part, item_kind, item_labels, False, sub))
            unit.children.append(part)
    else:
        direct_kind = m.POINT
        draw(body(unit, direct_kind, "123456" if code else LETTERS, False, (None, ""), code))
    if draw(st.integers(0, 3)) == 0:
        note = m.Unit(m.NOTE, notes=draw(notes_for(m.NOTE)))
        if draw(st.booleans()):
            note.text = draw(sentence())
        else:
            note.children = [
                m.Unit(m.POINT, str(i + 1), text=draw(sentence()))
                for i in range(draw(st.integers(1, 3)))
            ]
        if unit.closing:  # a child after a closing: the article's абзацы
            unit.children = [
                m.Unit(m.PARAGRAPH, text=unit.text),
                m.Unit(m.PARAGRAPH, text=unit.closing),
            ]
            unit.text = unit.closing = ""
        unit.children.append(note)
    return unit


@st.composite
def acts(draw, profile: str) -> m.Act:
    numbers = sorted(draw(st.sets(st.integers(1, 400), min_size=1, max_size=6)))
    # «Статья 3» then «Статья 31» reads as 3.1 (a superscript printed flat, as pravo.gov.ru
    # prints 3¹): a number that begins with the one before it is not a generated act's number
    kept: list[int] = []
    for n in numbers:
        if not kept or not str(n).startswith(str(kept[-1])):
            kept.append(n)
    numbers = kept
    labels = [
        f"{n}.{draw(st.integers(1, 3))}" if draw(st.integers(0, 4)) == 0 else str(n)
        for n in numbers
    ]
    articles = [draw(article(label, profile)) for label in dict.fromkeys(labels)]
    units: list[m.Unit] = articles
    if draw(st.booleans()):
        split = draw(st.integers(0, len(articles)))
        units = [
            m.Unit(m.CHAPTER, str(i + 1), heading=draw(sentence(end="")).upper(), children=group)
            for i, group in enumerate([articles[:split], articles[split:]])
            if group
        ]
        for chapter in units:
            chapter.notes = draw(notes_for(m.CHAPTER))
        if draw(st.booleans()):
            units = [m.Unit(m.DIVISION, "I", heading="ОБЩИЕ ПОЛОЖЕНИЯ", children=units)]
    act = m.Act(
        slug="t",
        title="Тестовый кодекс Российской Федерации" if profile == "ru-code" else "О тестах",
        language="ru",
        profile=profile,
        preamble=draw(st.sampled_from([[], ["РОССИЙСКАЯ ФЕДЕРАЦИЯ", "Принят 1 мая 2020 года"]])),
        notes=draw(
            st.sampled_from([[], ["(В редакции федеральных законов от 27.05.1998 № 77-ФЗ)"]])
        ),
        units=units,
    )
    return assign_addresses(act)


PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("profile", ["ru-code", "ru-law"])
def test_generated_acts_and_units_round_trip(profile):
    """parse_lines(act_to_lines(act)) == act; parse_unit_text(unit_to_text(u)) == u."""

    prof = get_profile(profile)

    @PROPERTY
    @given(acts(profile))
    def check(act: m.Act) -> None:
        result = parse_lines(act_to_lines(act), slug="t", profile=prof)
        assert result.warnings == []
        assert act_to_dict(result.act) == act_to_dict(act)
        for unit in act.walk():
            parsed = parse_unit_text(unit_to_text(unit, prof), unit.kind, prof)
            if unit.kind == m.ARTICLE:
                assert unit_to_dict(parsed) == unit_to_dict(unit)
            else:
                assert _without_addresses(unit_to_dict(parsed)) == _without_addresses(
                    unit_to_dict(unit)
                )

    check()


def test_detection_of_generated_code_text():
    act = assign_addresses(
        m.Act(
            slug="t",
            title="Тестовый кодекс Российской Федерации",
            units=[
                m.Unit(m.ARTICLE, "1", "Заголовок", children=[m.Unit(m.PART, "1", text="Текст.")])
            ],
        )
    )
    assert parse_lines(act_to_lines(act)).act.profile == "ru-code"


# Odd but possible sequences of paragraphs: reading, writing and reading again is stable.
FRAGMENTS = [
    "Статья 5. Заголовок",
    "Статья 6",
    "Статья 7.",
    "ГЛАВА 2. ГЛАВА",
    "Раздел II",
    "§ 1. Параграф",
    "ОБЩАЯ ЧАСТЬ",
    "1. Часть текста.",
    "2. Часть, -",
    "1.1. Часть:",
    "а) пункт;",
    "б) пункт, -",
    "1) пункт;",
    "2) пункт:",
    "е1) пункт;",
    "наказывается штрафом.",
    "Абзац текста.",
    "другой абзац;",
    "Примечание. Текст.",
    "Примечания. 1. Первое.",
    "Примечания.",
    "(В редакции Федерального закона от 01.01.2000 № 1-ФЗ)",
    "(Дополнение частью - Федеральный закон от 01.01.2000 № 1-ФЗ)",
    "(Дополнение пунктом - Федеральный закон от 01.01.2000 № 1-ФЗ)",
    "(Статья в редакции Федерального закона от 01.01.2000 № 1-ФЗ)",
    "(Наименование в редакции Федерального закона от 01.01.2000 № 1-ФЗ)",
    "(Утратила силу - Федеральный закон от 01.01.2000 № 1-ФЗ)",
    "Утратила силу.",
    "Утратил силу. - Федеральный закон от 01.01.2000 N 1-ФЗ.",
    "3. (Часть утратила силу - Федеральный закон от 01.01.2000 № 1-ФЗ)",
    "ж) (Пункт утратил силу - Федеральный закон от 01.01.2000 № 1-ФЗ)",
    "Текст. (в ред. Федерального закона от 07.12.2011 N 420-ФЗ)",
    "См. текст",
    "Позиции высших судов >>>",
    "Статьи 8 - 9. Утратили силу.",
    # numbers and structure as real acts print them (issue 9)
    "Статья 61.",
    "Статья 7. Снова",
    "61. Часть.",
    "31) пункт;",
    "Статья 19.7.2-1. Заголовок",
    "1.2-1. Часть.",
    "3 - 4. Утратили силу.",
    "1) - 2) утратили силу. - Федеральный закон от 06.04.2015 N 81-ФЗ;",
    "Статьи 5.1 - 5.4 утратили силу",
    "ЧАСТЬ ПЕРВАЯ. ОБЩИЕ ПОЛОЖЕНИЯ",
    "ПРОДОЛЖЕНИЕ ЗАГОЛОВКА",
    "продолжение заголовка",
    "Раздел II. ОСОБЕННАЯ ЧАСТЬСтатья 5.1. Заголовок",
    "ГЛАВА 45. (Статьи 373 - 389)",
    "2. Полное товарищество",
    "7. (Статьи 105, 106)",
    "Не применяется с 1 июля 2002 года - Федеральный закон от 18.12.2001 № 177-ФЗ",
    "Статья 12. Не применяется с 1 июля 2002 года.",
]


@pytest.mark.parametrize("profile", ["ru-code", "ru-law"])
def test_odd_sequences_read_the_same_after_writing(profile):
    prof = get_profile(profile)

    @PROPERTY
    @given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=10))
    def check(lines: list[str]) -> None:
        act = parse_lines(["Статья 1. Начало", *lines], profile=prof).act
        again = parse_lines(act_to_lines(act), profile=prof).act
        assert act_to_dict(again) == act_to_dict(act)
        for unit in act.walk():
            if not unit.is_container:
                parsed = parse_unit_text(unit_to_text(unit, prof), unit.kind, prof)
                assert _without_addresses(unit_to_dict(parsed)) == _without_addresses(
                    unit_to_dict(unit)
                )

    check()
