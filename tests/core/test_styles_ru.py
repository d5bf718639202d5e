"""Russian amending formulae: each formula of the drafting reference, as a drafter writes it."""

from __future__ import annotations

import re

import pytest

from drafter.core import model as m
from drafter.core.russian import (
    forms,
    forms_pattern,
    in_case,
    lost_force,
    noun,
    ordinal,
    ordinal_stems_pattern,
    ordinal_value,
)
from drafter.core.styles import render_bill, render_operations

UK = "uk-rf"
SOURCES = [
    "Собрание законодательства Российской Федерации, 1996, № 25, ст. 2954",
    "2023, № 32, ст. 6158",
]


def criminal_code(citation: str = "digits", sources: list[str] | None = None) -> m.Act:
    return m.Act(
        slug=UK,
        title="Уголовный кодекс Российской Федерации",
        names=m.NameForms(
            nominative="Уголовный кодекс Российской Федерации",
            genitive="Уголовного кодекса Российской Федерации",
            accusative="Уголовный кодекс Российской Федерации",
            prepositional="Уголовном кодексе Российской Федерации",
            instrumental="Уголовным кодексом Российской Федерации",
        ),
        sources=list(SOURCES if sources is None else sources),
        citation_style=citation,
        profile="ru-code",
    )


def law() -> m.Act:
    return m.Act(
        slug="fz-115",
        title="Федеральный закон «О правовом положении иностранных граждан»",
        names=m.NameForms(
            nominative="Федеральный закон от 25 июля 2002 года № 115-ФЗ «О правовом положении "
            "иностранных граждан в Российской Федерации»",
            genitive="Федерального закона от 25 июля 2002 года № 115-ФЗ «О правовом положении "
            "иностранных граждан в Российской Федерации»",
            accusative="Федеральный закон от 25 июля 2002 года № 115-ФЗ «О правовом положении "
            "иностранных граждан в Российской Федерации»",
            prepositional="Федеральном законе от 25 июля 2002 года № 115-ФЗ «О правовом "
            "положении иностранных граждан в Российской Федерации»",
        ),
        sources=["Собрание законодательства Российской Федерации, 2002, № 30, ст. 3032"],
        profile="ru-law",
    )


def op(kind: str, address: str, **kw) -> m.Operation:
    return m.Operation(kind, UK, address, **kw)


def one(operation: m.Operation, act: m.Act | None = None) -> str:
    return render_operations([operation], act or criminal_code(), "ru").rstrip("\n")


# --- grammar ---------------------------------------------------------------------------------
def test_unit_names_decline_as_the_reference_table():
    assert [noun(m.ARTICLE, c) for c in ("nom", "gen", "acc", "ins", "prep")] == [
        "статья", "статьи", "статью", "статьей", "статье",
    ]  # fmt: skip
    assert [noun(m.PARAGRAPH, c) for c in ("nom", "gen", "acc", "ins", "prep")] == [
        "абзац", "абзаца", "абзац", "абзацем", "абзаце",
    ]  # fmt: skip
    assert noun(m.PART, "prep", plural=True) == "частях"
    assert noun(m.CHAPTER, "acc") == "главу"


def test_every_case_form_of_a_unit_name_is_read():
    assert noun(m.ARTICLE, "gen", plural=True) == "статей"
    assert "статьёй" in forms(m.ARTICLE) and "статьей" in forms(m.ARTICLE)
    article = re.compile(forms_pattern(m.ARTICLE) + r"\b")
    assert all(article.fullmatch(f) for f in forms(m.ARTICLE))
    assert not article.fullmatch("стать")
    stems = re.compile(ordinal_stems_pattern())
    assert stems.match("четвёртой") and stems.match("десятой") and not stems.match("сотой")


def test_ordinals_agree_in_gender_and_case():
    assert ordinal(2, "m", "prep") == "втором"
    assert ordinal(2, "f", "nom") == "вторая"
    assert ordinal(2, "f", "prep") == "второй"
    assert ordinal(3, "m", "gen") == "третьего"
    assert ordinal(3, "f", "acc") == "третью"
    assert ordinal(21, "m", "nom") == "двадцать первый"
    assert ordinal(40, "m", "prep") == "сороковом"
    assert ordinal_value("пятый") == 5
    assert ordinal_value("второй") == 2
    assert ordinal_value("двадцать первом") == 21
    assert in_case(2) == "во втором случае"
    assert in_case(1) == "в первом случае"


def test_lost_force_agrees_with_the_unit():
    assert lost_force(m.PART) == "признать утратившей силу"
    assert lost_force(m.POINT) == "признать утратившим силу"
    assert lost_force(m.NOTE) == "признать утратившим силу"
    assert lost_force(m.ARTICLE, plural=True) == "признать утратившими силу"


# --- one formula each ------------------------------------------------------------------------
def test_replace_words():
    text = one(op(m.REPLACE_WORDS, "art:322/part:2", old="до пяти лет", new="до семи лет"))
    assert text == "В части 2 статьи 322 слова «до пяти лет» заменить словами «до семи лет»."


def test_replace_one_word_by_one_word():
    text = one(op(m.REPLACE_WORDS, "art:322/part:1", old="пересечение", new="въезд"))
    assert text == "В части 1 статьи 322 слово «пересечение» заменить словом «въезд»."


def test_figures_and_one_figure():
    assert one(op(m.REPLACE_WORDS, "art:5/part:1", old="2025", new="2026")) == (
        "В части 1 статьи 5 цифры «2025» заменить цифрами «2026»."
    )
    assert one(op(m.REPLACE_WORDS, "art:5/part:1", old="5", new="6")) == (
        "В части 1 статьи 5 цифру «5» заменить цифрой «6»."
    )
    assert one(op(m.DELETE_WORDS, "art:36/part:1/pt:5", old="2, 3")) == (
        "В пункте 5 части 1 статьи 36 цифры «2, 3» исключить."
    )


def test_insert_words_after_words():
    text = one(
        op(
            m.INSERT_WORDS, "art:7/part:1/pt:2",
            anchor="органы власти", new="и организации", position="after",
        )
    )  # fmt: skip
    assert text == (
        "В пункте 2 части 1 статьи 7 после слов «органы власти» дополнить словами «и организации»."
    )


def test_insert_after_one_word_and_before_words():
    after = one(op(m.INSERT_WORDS, "art:1/part:1", anchor="катастрофы,", new="эпидемии,",
                   position="after"))  # fmt: skip
    assert after == "В части 1 статьи 1 после слова «катастрофы,» дополнить словом «эпидемии,»."
    before = one(op(m.INSERT_WORDS, "art:1/part:1", anchor="органы власти", new="все",
                    position="before"))  # fmt: skip
    assert before == "В части 1 статьи 1 перед словами «органы власти» дополнить словом «все»."


def test_add_words_at_the_end():
    text = one(op(m.INSERT_WORDS, "art:8/part:1", new=", если иное не установлено законом",
                  position="end"))  # fmt: skip
    assert text == "Часть 1 статьи 8 дополнить словами «, если иное не установлено законом»."


def test_add_a_sentence():
    text = one(op(m.INSERT_WORDS, "art:8/part:2", new="Правило применяется ко всем.",
                  position="end"))  # fmt: skip
    assert text == (
        "Часть 2 статьи 8 дополнить предложением следующего содержания: "
        "«Правило применяется ко всем.»."
    )


def test_delete_words():
    text = one(op(m.DELETE_WORDS, "art:7/part:3/pt:2", old="и предварительного отбора"))
    assert text == "В пункте 2 части 3 статьи 7 слова «и предварительного отбора» исключить."


def test_restate_an_article_with_its_label_and_heading():
    new = "Статья 322.1. Организация незаконной миграции\n1. Организация незаконного въезда."
    text = one(op(m.RESTATE_UNIT, "art:322.1", new=new))
    assert text == (
        "Статью 322.1 изложить в следующей редакции:\n"
        "«Статья 322.1. Организация незаконной миграции\n"
        "1. Организация незаконного въезда.»."
    )


def test_add_a_part_at_the_end_and_an_article_between():
    part = one(op(m.ADD_UNIT, "art:322", label="4", position="end", new="4. Новая часть."))
    assert part == ("Статью 322 дополнить частью 4 следующего содержания:\n«4. Новая часть.».")
    article = one(
        op(m.ADD_UNIT, "", label="322.4", position="after", anchor="art:322.3",
           new="Статья 322.4. Новая статья")
    )  # fmt: skip
    assert article == (
        "Дополнить статьей 322.4 следующего содержания:\n«Статья 322.4. Новая статья»."
    )


def test_add_an_abzats_after_the_second():
    text = one(op(m.ADD_UNIT, "art:322.2", label="", position="after", anchor="art:322.2/abz:2",
                  new="новый абзац;"))  # fmt: skip
    assert text == (
        "Статью 322.2 после абзаца второго дополнить абзацем следующего содержания:\n"
        "«новый абзац;»."
    )


def test_repeal_agrees_in_gender():
    assert one(op(m.REPEAL_UNIT, "art:5/part:3")) == "Часть 3 статьи 5 признать утратившей силу."
    assert one(op(m.REPEAL_UNIT, "art:105/part:2/pt:2")) == (
        "Пункт 2 части 2 статьи 105 признать утратившим силу."
    )
    assert one(op(m.REPEAL_UNIT, "art:322/note:1")) == (
        "Примечание к статье 322 признать утратившим силу."
    )
    assert one(op(m.REPEAL_UNIT, "art:80")) == "Статью 80 признать утратившей силу."


def test_renumber_letters_respectively():
    pairs = tuple(zip("вгдеж", "гдежз", strict=True))
    text = one(op(m.RENUMBER_UNITS, "art:105/part:2", renumber=pairs))
    assert text == ("В части 2 статьи 105 пункты «в»–«ж» считать соответственно пунктами «г»–«з».")
    single = one(op(m.RENUMBER_UNITS, "art:105/part:2", renumber=(("в", "г"),)))
    assert single == "В части 2 статьи 105 пункт «в» считать пунктом «г»."


def test_heading_note_and_points_of_notes():
    assert one(op(m.REPLACE_WORDS, "art:322#heading", old="Незаконное", new="Неправомерное")) == (
        "В наименовании статьи 322 слово «Незаконное» заменить словом «Неправомерное»."
    )
    assert one(op(m.DELETE_WORDS, "art:322/note:1", old="добровольно")) == (
        "В примечании к статье 322 слово «добровольно» исключить."
    )
    assert one(
        op(m.REPLACE_WORDS, "art:322.3/note:1/pt:1", old="пребывания", new="жительства")
    ) == ("В пункте 1 примечаний к статье 322.3 слово «пребывания» заменить словом «жительства».")


def test_abzats_cited_by_ordinal():
    text = one(op(m.REPLACE_WORDS, "art:322.2/abz:2", old="штрафом", new="лишением свободы"))
    assert (
        text == "В абзаце втором статьи 322.2 слово «штрафом» заменить словами «лишением свободы»."
    )


def test_punctuation_named_in_words():
    assert one(op(m.REPLACE_WORDS, "art:7/part:1/pt:4", old=".", new=";")) == (
        "В пункте 4 части 1 статьи 7 точку заменить точкой с запятой."
    )
    assert one(op(m.REPLACE_WORDS, "art:7/part:1/pt:4", old=",", new="и")) == (
        "В пункте 4 части 1 статьи 7 запятую заменить словом «и»."
    )
    assert one(op(m.INSERT_WORDS, "art:7/part:1", anchor="органы власти", new=",",
                  position="after")) == (
        "В части 1 статьи 7 после слов «органы власти» дополнить знаком «,»."
    )  # fmt: skip


def test_occurrences_every_and_nth():
    every = one(op(m.REPLACE_WORDS, "art:5", old="органы", new="учреждения", occurrence="all"))
    assert every == "В статье 5 по тексту слово «органы» заменить словом «учреждения»."
    second = one(op(m.DELETE_WORDS, "art:5/part:1", old="и", occurrence=2))
    assert second == "В части 1 статьи 5 слово «и» во втором случае исключить."


def test_citation_in_words_for_the_criminal_code():
    act = criminal_code("words")
    assert one(op(m.REPLACE_WORDS, "art:322.1/part:2", old="пяти", new="семи"), act) == (
        "В части второй статьи 322.1 слово «пяти» заменить словом «семи»."
    )
    assert one(op(m.REPEAL_UNIT, "art:105/part:2/pt:а"), act) == (
        "Пункт «а» части второй статьи 105 признать утратившим силу."
    )


def test_nested_quotes_become_lapki_and_no_straight_quotes():
    text = one(
        op(m.REPLACE_WORDS, "art:322/part:1", old="закона",
           new='Федерального закона «О миграционном учете»')
    )  # fmt: skip
    assert "«Федерального закона „О миграционном учете“»" in text
    straight = one(op(m.REPLACE_WORDS, "art:322/part:1", old="x", new='закона "О"'))
    assert '"' not in straight and "„О“" in straight


# --- several changes -------------------------------------------------------------------------
def test_items_grouped_by_article_with_letters_last_item_ends_with_full_stop():
    ops = [
        op(m.REPLACE_WORDS, "art:42.1#heading", old="органов", new="органов и организаций"),
        op(m.REPLACE_WORDS, "art:42.1/part:1", old="в течение", new="не позднее"),
        op(m.REPEAL_UNIT, "art:43/part:3"),
        op(m.ADD_UNIT, "", label="43.1", position="after", anchor="art:43",
           new="Статья 43.1. Новая статья\nТекст."),
    ]  # fmt: skip
    text = render_operations(ops, criminal_code(), "ru")
    assert text == (
        "1) в статье 42.1:\n"
        "а) в наименовании слово «органов» заменить словами «органов и организаций»;\n"
        "б) в части 1 слова «в течение» заменить словами «не позднее»;\n"
        "2) часть 3 статьи 43 признать утратившей силу;\n"
        "3) дополнить статьей 43.1 следующего содержания:\n"
        "«Статья 43.1. Новая статья\n"
        "Текст.».\n"
    )


def test_law_profile_points_and_subpoints():
    ops = [
        op(m.REPLACE_WORDS, "art:5/pt:2/sub:3", old="десяти", new="пятнадцати"),
        op(m.ADD_UNIT, "art:5/pt:2", label="4", position="end", new="4) новый подпункт."),
    ]
    text = render_operations(ops, law(), "ru")
    assert text == (
        "1) в статье 5:\n"
        "а) в подпункте 3 пункта 2 слово «десяти» заменить словом «пятнадцати»;\n"
        "б) пункт 2 дополнить подпунктом 4 следующего содержания:\n"
        "«4) новый подпункт.».\n"
    )


# --- the bill --------------------------------------------------------------------------------
def test_bill_one_change_one_act():
    draft = m.Draft(style="ru")
    ops = [op(m.REPLACE_WORDS, "art:322/part:2", old="до пяти лет", new="до семи лет")]
    bill = render_bill(draft, [criminal_code()], {UK: ops})
    assert bill.title == (
        "О внесении изменения в статью 322 Уголовного кодекса Российской Федерации"
    )
    assert bill.articles[0] == (
        "Статья 1",
        [
            "В части 2 статьи 322 Уголовного кодекса Российской Федерации (Собрание "
            "законодательства Российской Федерации, 1996, № 25, ст. 2954; 2023, № 32, ст. 6158) "
            "слова «до пяти лет» заменить словами «до семи лет»."
        ],
    )
    assert bill.articles[1] == (
        "Статья 2",
        ["Настоящий Федеральный закон вступает в силу со дня его официального опубликования."],
    )
    assert bill.warnings == []
    assert "ФЕДЕРАЛЬНЫЙ ЗАКОН" in bill.text and "Статья 2" in bill.text


def test_bill_several_changes_lead_in_with_sources_and_entry_into_force():
    draft = m.Draft(style="ru", entry_into_force="Настоящий Федеральный закон вступает в силу "
                    "с 1 января 2027 года.")  # fmt: skip
    ops = [
        op(m.REPLACE_WORDS, "art:322/part:2", old="пяти", new="семи"),
        op(m.REPEAL_UNIT, "art:322/part:3"),
    ]
    bill = render_bill(draft, [criminal_code()], {UK: ops})
    assert bill.title == (
        "О внесении изменений в статью 322 Уголовного кодекса Российской Федерации"
    )
    heading, paragraphs = bill.articles[0]
    assert heading == "Статья 1"
    assert paragraphs[0] == (
        "Внести в Уголовный кодекс Российской Федерации (Собрание законодательства Российской "
        "Федерации, 1996, № 25, ст. 2954; 2023, № 32, ст. 6158) следующие изменения:"
    )
    assert paragraphs[1:] == [
        "1) в статье 322:",
        "а) в части 2 слово «пяти» заменить словом «семи»;",
        "б) часть 3 признать утратившей силу.",
    ]
    assert bill.articles[-1][1] == [
        "Настоящий Федеральный закон вступает в силу с 1 января 2027 года."
    ]


def test_bill_several_acts_and_missing_sources_warn_instead_of_guessing():
    draft = m.Draft(style="ru")
    code = criminal_code(sources=[])
    other = law()
    ops_by_act = {
        UK: [op(m.REPEAL_UNIT, "art:322/part:3")],
        other.slug: [m.Operation(m.REPEAL_UNIT, other.slug, "art:5/pt:2")],
    }
    bill = render_bill(draft, [code, other], ops_by_act)
    assert bill.title == (
        "О внесении изменений в отдельные законодательные акты Российской Федерации"
    )
    assert [h for h, _ in bill.articles] == ["Статья 1", "Статья 2", "Статья 3"]
    assert bill.articles[0][1] == [
        "Часть 3 статьи 322 Уголовного кодекса Российской Федерации ([источники официального "
        "опубликования акта и изменений к нему]) признать утратившей силу."
    ]
    assert bill.articles[1][1][0].startswith(
        "Пункт 2 статьи 5 Федерального закона от 25 июля 2002 года № 115-ФЗ «О правовом"
    )
    assert len(bill.warnings) == 1 and "sources" in str(bill.warnings[0])


def test_bill_top_level_addition_names_the_act_in_the_accusative():
    ops = [op(m.ADD_UNIT, "", label="322.4", position="after", anchor="art:322.3",
              new="Статья 322.4. Новая")]  # fmt: skip
    bill = render_bill(m.Draft(style="ru"), [criminal_code(sources=["СЗ РФ, 1996, № 25"])],
                       {UK: ops})  # fmt: skip
    assert bill.articles[0][1] == [
        "Уголовный кодекс Российской Федерации (СЗ РФ, 1996, № 25) дополнить статьей 322.4 "
        "следующего содержания:",
        "«Статья 322.4. Новая».",
    ]


@pytest.mark.parametrize("style", ["ru", "uk", "us"])
def test_empty_operations_render_nothing(style):
    assert render_operations([], criminal_code(), style) == ""


def test_several_word_changes_in_one_unit_share_a_clause():
    ops = [
        op(m.DELETE_WORDS, "art:262#heading", old="плановых"),
        op(m.REPLACE_WORDS, "art:262#heading", old="малого предпринимательства",
           new="малого и среднего предпринимательства"),
        op(m.REPLACE_WORDS, "art:262/part:1", old="31 декабря", new="1 апреля"),
    ]  # fmt: skip
    assert render_operations(ops, criminal_code(), "ru") == (
        "1) в статье 262:\n"
        "а) в наименовании слово «плановых» исключить, слова «малого предпринимательства» "
        "заменить словами «малого и среднего предпринимательства»;\n"
        "б) в части 1 слова «31 декабря» заменить словами «1 апреля».\n"
    )


def test_new_units_in_a_row_are_added_by_one_instruction():
    ops = [
        op(m.ADD_UNIT, "art:322", label="2.1", position="after", anchor="art:322/part:2",
           new="2.1. Первая новая часть."),
        op(m.ADD_UNIT, "art:322", label="2.2", position="after", anchor="art:322/part:2",
           new="2.2. Вторая новая часть."),
        op(m.ADD_UNIT, "art:322", label="2.3", position="after", anchor="art:322/part:2",
           new="2.3. Третья новая часть."),
    ]  # fmt: skip
    assert render_operations(ops, criminal_code(), "ru") == (
        "Статью 322 дополнить частями 2.1–2.3 следующего содержания:\n"
        "«2.1. Первая новая часть.\n"
        "2.2. Вторая новая часть.\n"
        "2.3. Третья новая часть.».\n"
    )
    two = render_operations([*ops[:2], op(m.REPEAL_UNIT, "art:323")], criminal_code(), "ru")
    assert two.startswith("1) статью 322 дополнить частями 2.1 и 2.2 следующего содержания:\n")


def test_act_names_with_straight_quotes_are_set_in_guillemets():
    act = law()
    act.names.accusative = 'Федеральный закон "О внесении изменений в Федеральный закон "О связи""'
    act.names.genitive = act.names.accusative
    bill = render_bill(m.Draft(style="ru"), [act], {act.slug: [
        m.Operation(m.REPEAL_UNIT, act.slug, "art:5/pt:2"),
        m.Operation(m.REPEAL_UNIT, act.slug, "art:6"),
    ]})  # fmt: skip
    assert bill.title == (
        "О внесении изменений в Федеральный закон «О внесении изменений в Федеральный закон "
        "„О связи“»"
    )
    assert '"' not in bill.text


def test_numbers_in_a_list_are_figures_even_with_their_separators():
    text = one(
        op(
            m.INSERT_WORDS,
            "art:150/part:3/pt:1",
            new="322.4,",
            anchor="322.3,",
            position="after",
        ),
        criminal_code(citation="words"),
    )
    assert "после цифр «322.3,» дополнить цифрами «322.4,»" in text
    assert "слов" not in text
