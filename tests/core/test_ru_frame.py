"""The bill's frame: title and lead-in from the act's identity, publication, initiator, entry
into force, and the constitutional amendment's own frame — on real text where there is one."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.core import commencement as cm
from drafter.core import model as m
from drafter.core.act_names import default_name_forms
from drafter.core.plan import plan
from drafter.core.publication import cite, sources_of
from drafter.core.structure import parse_lines
from drafter.core.styles import render_bill
from drafter.core.styles.ru_frame import NAME_PLACES

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
ARTS_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
KOAP = CORPUS / "ru-koap-2017-consultant" / "koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"
SZ = "Собрание законодательства Российской Федерации"


def criminal_code_fragment() -> m.Act:
    """Articles 322–322.3 of the Criminal Code (pravo.gov.ru) with the Code's identity."""
    act = parse_lines(ARTS_322.read_text(encoding="utf-8").splitlines(), slug="uk-rf").act
    act.title = "Уголовный кодекс Российской Федерации"
    act.names = default_name_forms(act)
    act.sources = [f"{SZ}, 1996, № 25, ст. 2954", f"{SZ}, 2003, № 50, ст. 4848"]
    return act


def edit(act: m.Act, address: str, old: str, new: str) -> m.Act:
    after = parse_lines(ARTS_322.read_text(encoding="utf-8").splitlines(), slug=act.slug).act
    after.title, after.names, after.sources = act.title, act.names, act.sources
    unit = after.find(address)
    assert unit is not None and old in unit.closing, address
    unit.closing = unit.closing.replace(old, new, 1)
    return after


def ru_bill(draft: m.Draft, act: m.Act, after: m.Act):
    return render_bill(draft, [act], {act.slug: plan(act, after)})


def test_a_bill_amending_one_article_names_it_in_the_title():
    act = criminal_code_fragment()
    after = edit(act, "art:322.1/part:1", "до пяти лет", "до шести лет")
    bill = ru_bill(m.Draft(style="ru"), act, after)
    assert bill.title == (
        "О внесении изменения в статью 322.1 Уголовного кодекса Российской Федерации"
    )
    # the lead-in cites the Code's publication, the publication named once
    assert bill.articles[0][1][0].startswith(
        "В части 1 статьи 322.1 Уголовного кодекса Российской Федерации (Собрание "
        "законодательства Российской Федерации, 1996, № 25, ст. 2954; 2003, № 50, ст. 4848) "
    )
    assert bill.warnings == []


def test_changes_in_two_articles_name_the_code():
    act = criminal_code_fragment()
    after = edit(act, "art:322.1/part:1", "до пяти лет", "до шести лет")
    unit = after.find("art:322.3")
    assert unit is not None
    unit.heading = unit.heading + " лица"
    bill = ru_bill(m.Draft(style="ru"), act, after)
    assert bill.title == "О внесении изменений в Уголовный кодекс Российской Федерации"
    assert bill.articles[0][1][0].startswith("Внести в Уголовный кодекс Российской Федерации (")


def test_a_name_in_capitals_gives_a_warning_and_a_marked_place_never_the_capitals():
    """The КонсультантПлюс КоАП prints its title in capitals and names no source."""
    lines = KOAP.read_text(encoding="utf-8").splitlines()
    act = parse_lines(lines, slug="koap").act
    act.names = default_name_forms(act)
    after = parse_lines(lines, slug="koap").act
    unit = after.find("art:1.1/part:1")
    assert unit is not None
    unit.text = unit.text.replace("Законодательство", "Все законодательство", 1)
    bill = render_bill(m.Draft(style="ru"), [act], {"koap": plan(act, after)})
    assert "КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ" not in bill.text
    assert "Кодекса РОССИЙСКОЙ" not in bill.text and "koap" not in bill.text
    assert bill.title == f"О внесении изменения в статью 1.1 {NAME_PLACES['gen']}"
    assert NAME_PLACES["gen"] in bill.articles[0][1][0]
    said = [str(w) for w in bill.warnings]
    assert any("cannot be declined" in x for x in said)
    assert any("publication sources are missing" in x for x in said)


def test_initiator_and_draft_mark_stand_above_the_title():
    act = criminal_code_fragment()
    after = edit(act, "art:322.1/part:1", "до пяти лет", "до шести лет")
    draft = m.Draft(style="ru", initiator="Вносится Правительством Российской Федерации")
    bill = ru_bill(draft, act, after)
    assert bill.above == ["Вносится Правительством Российской Федерации", "Проект"]
    text = bill.text
    assert text.index("Вносится") < text.index("Проект") < text.index("ФЕДЕРАЛЬНЫЙ ЗАКОН")
    assert text.index("ФЕДЕРАЛЬНЫЙ ЗАКОН") < text.index(bill.title)


@pytest.mark.parametrize(
    ("kind", "value", "wording"),
    [
        (cm.PUBLICATION, "", "вступает в силу со дня его официального опубликования."),
        (cm.ON_DATE, "2027-01-01", "вступает в силу с 1 января 2027 года."),
        (
            cm.AFTER_DAYS,
            "10",
            "вступает в силу по истечении десяти дней после дня его официального опубликования.",
        ),
        (
            cm.AFTER_DAYS,
            "180",
            "вступает в силу по истечении ста восьмидесяти дней после дня его официального "
            "опубликования.",
        ),
        (cm.AFTER_DAYS, "21", "по истечении двадцати одного дня после дня"),
    ],
)
def test_entry_into_force_choices(kind, value, wording):
    act = criminal_code_fragment()
    after = edit(act, "art:322.1/part:1", "до пяти лет", "до шести лет")
    draft = m.Draft(style="ru", commencement=kind, commencement_value=value)
    bill = ru_bill(draft, act, after)
    heading, (last,) = bill.articles[-1]
    assert heading == "Статья 2"
    assert last.startswith("Настоящий Федеральный закон ") and wording in last
    assert bill.warnings == []


def test_an_entry_into_force_without_its_value_warns_and_uses_the_usual_wording():
    act = criminal_code_fragment()
    after = edit(act, "art:322.1/part:1", "до пяти лет", "до шести лет")
    draft = m.Draft(style="ru", commencement=cm.ON_DATE, commencement_value="1 января")
    bill = ru_bill(draft, act, after)
    assert bill.articles[-1][1] == [
        "Настоящий Федеральный закон вступает в силу со дня его официального опубликования."
    ]
    assert len(bill.warnings) == 1 and "1 января" in str(bill.warnings[0])


@given(st.integers(1, 999))
def test_days_in_words_never_fall_back_to_figures(n):
    words = cm.cardinal_genitive(n)
    assert words and not any(c.isdigit() for c in words)
    assert cm.parse_days(str(n)) == n


@given(st.dates(date(1994, 1, 1), date(2100, 12, 31)))
def test_every_date_reads_in_words_in_all_styles(day):
    iso = day.isoformat()
    ru = cm.ru_sentence("Настоящий Федеральный закон", cm.ON_DATE, iso)
    assert ru is not None and f"{day.day} " in ru and f"{day.year} года." in ru
    assert str(day.year) in (cm.en_sentence("uk", cm.ON_DATE, iso) or "")
    assert str(day.year) in (cm.en_sentence("us", cm.ON_DATE, iso) or "")
    assert cm.ru_sentence("X", cm.ON_DATE, (day + timedelta(days=1)).isoformat()) != ru


@pytest.mark.parametrize(
    ("style", "wording"),
    [
        ("uk", "This Act comes into force at the end of the period of 60 days beginning with"),
        ("us", "This Act shall take effect 60 days after the date of the enactment of this Act."),
    ],
)
def test_english_commencement_choices(style, wording):
    act = m.Act(slug="x", title="Example Act 2024", language="en", profile=style)
    ops = [m.Operation(m.REPEAL_UNIT, "x", "s:2")]
    draft = m.Draft(style=style, commencement=cm.AFTER_DAYS, commencement_value="60")
    bill = render_bill(draft, [act], {"x": ops})
    commencement = [p for h, ps in bill.articles for p in ps if "force" in p or "effect" in p]
    assert commencement and commencement[0].startswith(wording)


def test_one_publication_named_once_others_kept():
    assert cite(
        [f"{SZ}, 1996, № 25, ст. 2954", f"{SZ}, 2003, № 50, ст. 4848", "Российская газета, 2020"]
    ) == (f"{SZ}, 1996, № 25, ст. 2954; 2003, № 50, ст. 4848; Российская газета, 2020")
    assert cite([f"{SZ}, 1996, № 25, ст. 2954", "2003, № 50, ст. 4848"]) == (
        f"{SZ}, 1996, № 25, ст. 2954; 2003, № 50, ст. 4848"
    )


AMENDING_LAW = CORPUS / "ru-98fz-2020-amending-law" / "98-fz_2020-04-01_full-text.txt"


def test_the_lead_ins_of_a_real_amending_law_are_cited_as_it_cites_them():
    """98-ФЗ lists the publications of every act it amends: one source a line and back gives
    its lists exactly (a year, an issue named once; «ст. 24, 54»)."""
    text = AMENDING_LAW.read_text(encoding="utf-8")
    listings = re.findall(rf"\(({SZ}, [^)]*)\)", text)
    assert len(listings) >= 10
    full = odd = 0
    for listing in listings:
        sources = sources_of(listing)
        assert cite(sources) == listing
        full += sum(s.startswith(f"{SZ}, ") for s in sources)
        odd += sum(not s.startswith(f"{SZ}, ") for s in sources)
    # kept as printed, never guessed: the law's one slip («2019; № 26, ст. 3317; № 46, …» —
    # four parts) and a newspaper cited by its date («Российская газета, 2020, 30 марта»)
    assert full > 150 and odd == 5


# --- the constitutional amendment ------------------------------------------------------------
# A minimal act of kind constitution built from articles 81 and 95 of the Constitution (no
# Constitution text is in tests/data).
CONSTITUTION_LINES = [
    "Статья 81",
    "1. Президент Российской Федерации избирается сроком на шесть лет гражданами Российской "
    "Федерации на основе всеобщего равного и прямого избирательного права при тайном "
    "голосовании.",
    "2. Президентом Российской Федерации может быть избран гражданин Российской Федерации не "
    "моложе 35 лет, постоянно проживающий в Российской Федерации не менее 25 лет.",
    "Статья 95",
    "1. Федеральное Собрание состоит из двух палат - Совета Федерации и Государственной Думы.",
    "2. Государственная Дума состоит из 450 депутатов.",
    "Статья 17",
    "1. В Российской Федерации признаются и гарантируются права и свободы человека и "
    "гражданина согласно общепризнанным принципам и нормам международного права и в "
    "соответствии с настоящей Конституцией.",
]


def constitution() -> m.Act:
    act = parse_lines(CONSTITUTION_LINES, slug="konst").act
    act.title = "Конституция Российской Федерации"
    act.kind = "constitution"
    act.names = default_name_forms(act)
    act.sources = ["Российская газета, 1993, 25 декабря"]
    return act


def amended_constitution(address: str, old: str, new: str) -> tuple[m.Act, list[m.Operation]]:
    act, after = constitution(), constitution()
    unit = after.find(address)
    assert unit is not None and old in unit.text
    unit.text = unit.text.replace(old, new)
    return act, plan(act, after)


def test_the_constitutional_amendment_has_its_own_frame():
    act, ops = amended_constitution("art:95/part:2", "450", "500")
    draft = m.Draft(style="ru", title="О численности депутатов Государственной Думы",
                    initiator="Вносится Президентом Российской Федерации")  # fmt: skip
    bill = render_bill(draft, [act], {act.slug: ops})
    assert bill.preamble == [
        "ЗАКОН РОССИЙСКОЙ ФЕДЕРАЦИИ О ПОПРАВКЕ К КОНСТИТУЦИИ РОССИЙСКОЙ ФЕДЕРАЦИИ"
    ]
    assert bill.above == ["Вносится Президентом Российской Федерации", "Проект"]
    assert bill.title == "О численности депутатов Государственной Думы"
    assert "ФЕДЕРАЛЬНЫЙ ЗАКОН" not in bill.text and "Федеральный закон" not in bill.text
    assert bill.articles[0] == (
        "Статья 1",
        [
            "В части 2 статьи 95 Конституции Российской Федерации (Российская газета, 1993, "
            "25 декабря) цифры «450» заменить цифрами «500»."
        ],
    )
    assert bill.articles[1] == (
        "Статья 2",
        [
            "Настоящий Закон Российской Федерации о поправке к Конституции Российской Федерации "
            "вступает в силу со дня его официального опубликования."
        ],
    )
    assert bill.warnings == []


def test_a_constitutional_amendment_without_a_title_and_in_chapter_two_warns():
    act, ops = amended_constitution("art:17/part:1", "признаются", "признаются, соблюдаются")
    bill = render_bill(
        m.Draft(style="ru", commencement=cm.ON_DATE, commencement_value="2027-03-01"),
        [act],
        {act.slug: ops},
    )
    assert bill.title == "[наименование, отражающее суть поправки]"
    said = " ".join(str(w) for w in bill.warnings)
    assert "named for what the amendment does" in said and "Article 135" in said
    assert "Articles 17 " in said
    assert bill.articles[-1][1] == [
        "Настоящий Закон Российской Федерации о поправке к Конституции Российской Федерации "
        "вступает в силу с 1 марта 2027 года."
    ]
