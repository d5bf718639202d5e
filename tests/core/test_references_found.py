"""Consequential references on real text: the whole Criminal Code citing itself, and article 150
of the Code of Criminal Procedure citing articles 322–322.3 of the Criminal Code."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.draft import repealed_unit
from drafter.core.references import (
    MUST_AMEND,
    TO_CHECK,
    Finder,
    consequences,
    excerpt,
    find_references,
    short_address,
    short_name,
)
from drafter.core.structure import parse_lines
from tests.core.conftest import CORPUS

FRAGMENT = CORPUS / "ru-376fz-fictitious-registration"


@pytest.fixture(scope="module")
def code_refs(uk_rf):
    return find_references([uk_rf])


def _upk() -> m.Act:
    """Article 150 of the Code of Criminal Procedure, as cut from pravo.gov.ru."""
    path = next(p for p in FRAGMENT.iterdir() if "upk" in p.name.lower())
    act = parse_lines(path.read_text(encoding="utf-8").split("\n"), slug="upk-rf").act
    act.title = "Уголовно-процессуальный кодекс Российской Федерации"
    return assign_addresses(act)


def _uk_fragment() -> m.Act:
    path = next(p for p in FRAGMENT.iterdir() if "uk" in p.name.lower() and "upk" not in p.name)
    act = parse_lines(path.read_text(encoding="utf-8").split("\n"), slug="uk-rf").act
    act.title = "Уголовный кодекс Российской Федерации"
    return assign_addresses(act)


def test_the_only_citations_of_322_1_in_the_code_are_in_the_note_to_280_4(code_refs, uk_rf):
    """Checked by hand against the text: the note to article 280.4 lists 322 and 322.1; article
    322 cites its own parts; nothing else in the Code names 322–322.3."""
    citing = {
        (r.unit, c) for r in code_refs for c in r.cited if re.match(r"art:322(\.\d)?(/|$)", c)
    }
    assert citing == {
        ("art:280.4/note:1", "art:322"),
        ("art:280.4/note:1", "art:322.1"),
        ("art:322/part:3", "art:322/part:1"),
        ("art:322/part:3", "art:322/part:2"),
    }
    note = next(r for r in code_refs if r.unit == "art:280.4/note:1")
    # ranges expanded against the Code's real articles, in-between numbers included
    assert {"art:222", "art:222.1", "art:222.2", "art:223", "art:223.1"} <= set(note.cited)
    assert {"art:275", "art:275.1", "art:276", "art:355", "art:356", "art:357"} <= set(note.cited)
    assert "art:224" not in note.cited and "art:358" not in note.cited
    assert note.text.endswith("настоящего Кодекса")


def test_every_plain_citation_in_the_code_is_found(code_refs, uk_rf_lines):
    """An independent reading: every «статьей N настоящего Кодекса» of the text (any case) is a
    reference to article N, and every «частью <ordinal> статьи N» to its part."""
    text = "\n".join(uk_rf_lines)
    cited = {c for r in code_refs for c in r.cited}
    articles = {c.split("/")[0] for c in cited}  # «частью пятой статьи 73 …» cites art. 73 too
    plain = re.findall(r"\bстать(?:я|и|е|ю|ей|ёй) (\d+(?:\.\d+)*) настоящего Кодекса", text)
    assert len(plain) > 100
    assert {f"art:{n}" for n in plain} <= articles
    parts = re.findall(r"\bчастью (первой|второй|третьей) статьи (\d+(?:\.\d+)*)\b", text)
    numbers = {"первой": "1", "второй": "2", "третьей": "3"}
    assert parts and {f"art:{n}/part:{numbers[w]}" for w, n in parts} <= cited
    assert len(code_refs) > 600


def test_other_acts_are_not_the_code(code_refs):
    """«статьи 14.55 Кодекса Российской Федерации об административных правонарушениях» is not
    article 14.55 of the Criminal Code; «статье 226.9 Уголовно-процессуального кодекса» neither."""
    cited = {c for r in code_refs for c in r.cited}
    assert not {"art:14.55", "art:7.27", "art:12.15", "art:226.9", "art:19.34"} & cited


def test_a_citation_of_another_act_of_the_project_is_found_by_its_name(uk_rf):
    upk = m.Act("upk-rf", title="Уголовно-процессуальный кодекс Российской Федерации")
    upk.units = [m.Unit(m.ARTICLE, "226.9", text="Особенности")]
    assign_addresses(upk)
    refs = find_references([uk_rf, upk])
    to_upk = [r for r in refs if r.cited_act == "upk-rf"]
    # «главой 40 Уголовно-процессуального кодекса …» (art. 62) and «статье 226.9 …» (art. 62)
    assert sorted(r.cited for r in to_upk) == [("art:226.9",), ("ch:40",)]
    assert all(r.act == "uk-rf" and r.unit.startswith("art:62/") for r in to_upk)
    assert all(
        r.text.endswith("Уголовно-процессуального кодекса Российской Федерации") for r in to_upk
    )


def test_the_forms_acts_use():
    act = m.Act("x", title="Уголовный кодекс Российской Федерации")
    act.units = [
        m.Unit(m.ARTICLE, "105", children=[m.Unit(m.PART, "1"), m.Unit(m.PART, "2")]),
        m.Unit(m.ARTICLE, "18.8", children=[
            m.Unit(m.PART, "1", children=[m.Unit(m.POINT, "а"), m.Unit(m.POINT, "б")])
        ]),
        *(m.Unit(m.ARTICLE, n) for n in ("322", "322.1", "322.2", "322.3", "323")),
        m.Unit(m.ARTICLE, "400", children=[
            m.Unit(m.PART, "1", text="предусмотренные частью второй статьи 105, пунктом «а» "
                   "части 1 статьи 18.8 настоящего Кодекса;"),
            m.Unit(m.PART, "2", text="статьями 322.1 - 322.3 настоящего Кодекса и статьи "
                   "322.1 - 322.3, 323, а также статьями 322.1, 322.2 и 322.3 Уголовного "
                   "кодекса Российской Федерации, частью первой настоящей статьи"),
        ]),
    ]  # fmt: skip
    assign_addresses(act)
    refs = find_references([act])
    by_unit: dict[str, list[str]] = {}
    for r in refs:
        by_unit.setdefault(r.unit, []).extend(r.cited)
    assert by_unit["art:400/part:1"] == ["art:105/part:2", "art:18.8/part:1/pt:а"]
    three = ["art:322.1", "art:322.2", "art:322.3"]
    assert by_unit["art:400/part:2"] == [*three, *three, "art:323", *three, "art:400/part:1"]


def test_demo_change_of_322_1_is_to_check_in_article_150():
    uk, upk = _uk_fragment(), _upk()
    proposed = uk.find("art:322.1").copy()
    part = proposed.children[0]
    part.text = part.text.replace("иностранных граждан", "иностранных граждан или")
    draft = m.Draft(acts=[m.ActDraft("uk-rf", {"art:322.1": m.Proposal(
        "art:322.1", m.CHANGED, proposed)})])  # fmt: skip
    found = consequences([uk, upk], draft)
    in_150 = [c for c in found if c.reference.act == "upk-rf"]
    assert [(c.reference.unit, c.cited, c.verdict) for c in in_150] == [
        ("art:150/part:3/pt:1", "art:322.1/part:1", TO_CHECK)
    ]
    assert "Уголовного кодекса Российской Федерации" in in_150[0].reference.text


def test_repealing_322_2_means_article_150_must_be_amended():
    uk, upk = _uk_fragment(), _upk()
    repeal = repealed_unit(uk.find("art:322.2"))
    draft = m.Draft(acts=[m.ActDraft("uk-rf", {"art:322.2": m.Proposal(
        "art:322.2", m.REPEALED, repeal)})])  # fmt: skip
    found = consequences([uk, upk], draft)
    in_150 = [c for c in found if c.reference.unit.startswith("art:150")]
    assert [(c.reference.unit, c.cited, c.status, c.verdict) for c in in_150] == [
        ("art:150/part:3/pt:1", "art:322.2", "repealed", MUST_AMEND)
    ]
    assert short_address(in_150[0].reference.unit) == "ст. 150 ч. 3 п. 1"
    assert short_name(upk) == "УПК РФ" and short_name(uk) == "УК РФ"


def test_a_reference_the_draft_already_amended_is_not_listed():
    uk, upk = _uk_fragment(), _upk()
    repeal = repealed_unit(uk.find("art:322.2"))
    point = upk.find("art:150/part:3").copy()
    point.children[0].text = point.children[0].text.replace(" 322.2,", "")
    draft = m.Draft(acts=[
        m.ActDraft("uk-rf", {"art:322.2": m.Proposal("art:322.2", m.REPEALED, repeal)}),
        m.ActDraft("upk-rf", {"art:150": m.Proposal("art:150", m.CHANGED, _with_part(upk, point))}),
    ])  # fmt: skip
    assert not [c for c in consequences([uk, upk], draft) if c.cited == "art:322.2"]


def _with_part(act: m.Act, part: m.Unit) -> m.Unit:
    article = act.find("art:150").copy()
    article.children = [part if c.address == part.address else c for c in article.children]
    return article


def test_renumbering_the_parts_of_322_means_its_own_citations_must_be_amended():
    """A new first part of article 322 renumbers the others: «частями первой или второй
    настоящей статьи» (now in part 4) must be amended; article 150 of the Code of Criminal
    Procedure, citing article 322 as a whole, is to check."""
    uk, upk = _uk_fragment(), _upk()
    proposed = uk.find("art:322").copy()
    new = m.Unit(m.PART, "1", text="Пересечение границы в нарушение установленного порядка, -")
    proposed.children = [new, *proposed.children]
    for number, part in enumerate(p for p in proposed.children if p.kind == m.PART):
        part.number = str(number + 1)
    draft = m.Draft(acts=[m.ActDraft("uk-rf", {"art:322": m.Proposal(
        "art:322", m.CHANGED, proposed)})])  # fmt: skip
    found = consequences([uk, upk], draft)
    own = [(c.reference.unit, c.cited, c.status, c.verdict) for c in found
           if c.reference.act == "uk-rf"]  # fmt: skip
    assert own == [
        ("art:322/part:3", "art:322/part:1", "renumbered", MUST_AMEND),
        ("art:322/part:3", "art:322/part:2", "renumbered", MUST_AMEND),
    ]
    in_150 = [(c.cited, c.verdict) for c in found if c.reference.act == "upk-rf"]
    assert in_150 == [("art:322", TO_CHECK)]


def test_a_new_article_inside_a_cited_range_is_to_check(uk_rf):
    """The note to article 280.4 cites «222 - 223.1»: an article 222.3 added after 222.2 falls
    inside the range."""
    new = m.Unit(m.ARTICLE, "222.3", heading="Новая статья", text="Текст новой статьи.")
    draft = m.Draft(acts=[m.ActDraft("uk-rf", {"art:222.3": m.Proposal(
        "art:222.3", m.ADDED, new, after="art:222.2")})])  # fmt: skip
    found = consequences([uk_rf], draft)
    assert [(c.reference.unit, c.status, c.verdict) for c in found] == [
        ("art:280.4/note:1", "added", TO_CHECK)
    ]
    shown = excerpt(found[0].reference.text, found[0].label)
    assert "222 - 223.1" in shown and shown.endswith("…")
    assert len(shown) < len(found[0].reference.text) / 2


def test_the_koap_export_digits_points_and_divisions():
    """The КоАП as exported from КонсультантПлюс cites parts in digits: references read by hand
    from its text are found with the units they name."""
    path = next((CORPUS / "ru-koap-2017-consultant").glob("*.txt"))
    act = parse_lines(path.read_text(encoding="utf-8").split("\n"), slug="koap").act
    refs = {(r.unit, r.text): r.cited for r in find_references([act])}
    assert refs[("art:14.32/note:1/pt:4", "пунктами 1 и 2 части 1 статьи 4.3")] == (
        "art:4.3/part:1/pt:1",
        "art:4.3/part:1/pt:2",
    )
    assert refs[("art:12.17/part:1.1", "частями 3 - 5 статьи 12.15 настоящего Кодекса")] == (
        "art:12.15/part:3",
        "art:12.15/part:4",
        "art:12.15/part:5",
    )
    assert refs[("art:4.1.1/part:1", "раздела II настоящего Кодекса")] == ("div:II",)
    assert refs[("art:19.3/part:6", "частью 1, 4 или 5 настоящей статьи")] == (
        "art:19.3/part:1",
        "art:19.3/part:4",
        "art:19.3/part:5",
    )


_PIECES = [
    "статьей", "статьями", "частью", "частями", "пунктом", "пункта", "части", "статьи",
    "примечанию", "к", "статье", "настоящей", "настоящего", "Кодекса", "Уголовного",
    "кодекса", "Российской", "Федерации", "первой", "второй", "первой1", "322.1", "322",
    "105", "1", "2", "«а»", '"б"', "II", "-", "–", ",", "и", "или", "либо", "а", "также",
    "(", ")", ";", ".", "указанного", "Федерального", "закона",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_run_of_citation_words_is_read_without_error(words):
    """Whatever the words, the finder ends, its citations lie inside the unit's text in order,
    and each names units of an act of the project."""
    act = _uk_fragment_cached()
    text = " ".join(words)
    unit = m.Unit(m.PART, "9", text=text, address="art:322/part:9")
    refs = Finder([act]).in_unit(act, unit)
    keys = {"art", "part", "pt", "sub", "abz", "note", "ch", "div", "subdiv"}
    at = 0
    for ref in refs:
        found = text.find(ref.text, at)
        assert found >= 0  # in the text, after the citation before it
        at = found + len(ref.text)
        assert ref.cited and len(ref.cited) == len(ref.labels)
        assert all({key for key, _ in addr.parse(c)} <= keys for c in ref.cited)


_CACHE: dict[str, m.Act] = {}


def _uk_fragment_cached() -> m.Act:
    if "uk" not in _CACHE:
        _CACHE["uk"] = _uk_fragment()
    return _CACHE["uk"]
