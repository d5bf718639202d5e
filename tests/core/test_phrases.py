"""Quotes a senior drafter signs (§1.7): whole phrases, words appended before the closing mark,
number agreement and the order of items — on the Criminal Code and a real amending law."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core import model as m
from drafter.core.apply import append_before_mark, apply
from drafter.core.draft import units_equal
from drafter.core.parse import parse_instructions, parse_report
from drafter.core.plan import plan
from drafter.core.profiles import get_profile
from drafter.core.russian_words import is_adjective, is_function_word
from drafter.core.structure import parse_lines
from drafter.core.styles import render_operations
from drafter.core.textlayout import parse_unit_text, unit_to_text

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
CODE = CORPUS / "ru-uk-rf-full" / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
UPK_150 = (
    CORPUS / "ru-376fz-fictitious-registration" / "upk-rf_art-150_AFTER_pravo-gov-ru_ed-2023.txt"
)
LAW_98 = CORPUS / "ru-98fz-2020-amending-law" / "98-fz_2020-04-01_full-text.txt"


@cache
def _code_lines() -> list[str]:
    return CODE.read_text(encoding="utf-8").splitlines()


def _article_lines(number: str) -> list[str]:
    lines = _code_lines()
    start = lines.index(next(x for x in lines if x.startswith(f"Статья {number}. ")))
    end = start + 1
    while end < len(lines) and not re.match(r"(Статья \d|Глава \d|Раздел )", lines[end]):
        end += 1
    return lines[start:end]


def code(*numbers: str) -> m.Act:
    lines = [line for n in numbers for line in _article_lines(n)]
    return parse_lines(lines, slug="uk-rf", profile=get_profile("ru-code")).act


def changed(numbers: tuple[str, ...], address: str, field: str, old: str, new: str):
    """The articles, the same with ``old`` replaced by ``new`` in one field, and the plan."""
    before, after = code(*numbers), code(*numbers)
    unit = after.find(address)
    text = getattr(unit, field)
    assert old in text
    setattr(unit, field, text.replace(old, new, 1))
    ops = plan(before, after)
    result = apply(before, ops)
    assert all(
        units_equal(a, b) for a, b in zip(result.top_units(), after.top_units(), strict=True)
    )
    return before, after, ops


def rendered(numbers: tuple[str, ...], address: str, field: str, old: str, new: str) -> str:
    before, _after, ops = changed(numbers, address, field, old, new)
    text = render_operations(ops, before, "ru")
    assert parse_instructions(text, "uk-rf", "ru") == ops  # the formula reads back
    return text.strip()


# --- whole phrases -----------------------------------------------------------------------------
def test_words_inserted_inside_the_state_border_quote_the_whole_name():
    text = rendered(
        ("322",), "art:322/part:1", "text",
        "Государственной границы", "Государственной и таможенной границы",
    )  # fmt: skip
    assert text == (
        "В части 1 статьи 322 слова «Государственной границы Российской Федерации» заменить "
        "словами «Государственной и таможенной границы Российской Федерации»."
    )


def test_a_change_inside_the_name_of_the_state_border_quotes_the_whole_name():
    text = rendered(
        ("322",), "art:322/part:1", "text",
        "Российской Федерации без", "Союзного государства без",
    )  # fmt: skip
    assert "слова «Государственной границы Российской Федерации» заменить словами " in text
    assert "«Российской Федерации» заменить" not in text


def test_a_stateless_person_is_quoted_whole():
    text = rendered(
        ("322",), "art:322/part:2", "text", "лицом без гражданства", "лицом без подданства"
    )
    assert text == (
        "В части 2 статьи 322 слова «лицом без гражданства» заменить словами "
        "«лицом без подданства»."
    )


def test_internal_affairs_bodies_are_quoted_whole():
    text = rendered(
        ("286.1",), "art:286.1/part:1", "text", "органа внутренних дел", "органа полиции"
    )
    assert text == (
        "В части 1 статьи 286.1 слова «органа внутренних дел» заменить словами «органа полиции»."
    )


def test_words_added_after_a_whole_name_keep_it_as_the_anchor():
    text = rendered(
        ("322",), "art:322/part:2", "text",
        "лицом без гражданства,", "лицом без гражданства или лицом с двойным гражданством,",
    )  # fmt: skip
    assert text == (
        "В части 2 статьи 322 после слов «лицом без гражданства» дополнить словами "
        "«или лицом с двойным гражданством»."
    )


def test_an_insertion_that_can_slide_is_placed_between_whole_phrases():
    # the inserted words repeat the words around them, so several places give the same text;
    # the one chosen leaves both the anchor and the inserted words whole
    text = rendered(
        ("322",), "art:322/part:2", "closing",
        "на срок до четырех лет, либо",
        "на срок до четырех лет, либо лишением свободы на срок до четырех лет, либо",
    )  # fmt: skip
    assert text == (
        "В части 2 статьи 322 после слова «лет» дополнить словами "
        "«, либо лишением свободы на срок до четырех лет»."
    )
    text = rendered(
        ("322",), "art:322/part:2", "text",
        "гражданином или лицом без гражданства",
        "гражданином или лицом с двойным гражданством или лицом без гражданства",
    )  # fmt: skip
    assert text == (
        "В части 2 статьи 322 после слова «гражданином» дополнить словами "
        "«или лицом с двойным гражданством»."
    )


def test_a_replaced_adjective_is_quoted_with_its_noun():
    text = rendered(
        ("322.3",), "art:322.3", "heading", "Фиктивная постановка", "Незаконная постановка"
    )
    assert "слова «Фиктивная постановка» заменить словами «Незаконная постановка»" in text


def test_a_deleted_modifier_is_quoted_alone():
    _b, _a, ops = changed(
        ("322.1",), "art:322.1/part:2/pt:в", "text", "своего служебного", "служебного"
    )
    assert [(op.op, op.old) for op in ops] == [(m.DELETE_WORDS, "своего")]


def test_word_classes():
    assert all(map(is_function_word, ["в", "по", "без", "и", "либо", "или", "не"]))
    assert not any(map(is_function_word, ["лицом", "срок", "Федерации"]))
    adjectives = ["Российской", "Государственной", "внутренних", "организованной", "тяжкого",
                  "крупном", "уголовном", "последнем"]  # fmt: skip
    nouns = ["Федерации", "границы", "дел", "группой", "статьей", "положений", "действие",
             "законом", "органом", "лишением", "имуществом"]  # fmt: skip
    assert all(map(is_adjective, adjectives))
    assert not any(map(is_adjective, nouns))


# --- words appended at the end of a unit -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "result"),
    [
        ("…представляет документы;", "; иные сведения", "…представляет документы; иные сведения;"),
        ("…уведомляет орган.", "в течение трех дней", "…уведомляет орган в течение трех дней."),
        ("…орган.", ", если иное не установлено", "…орган, если иное не установлено."),
        ("…документы;", "; иные сведения;", "…документы; иные сведения;"),
        ("…документы.", "; и", "…документы; и."),
        ("…следующие действия:", "и бездействие", "…следующие действия и бездействие:"),
        ("…орган.", "Правило применяется ко всем.", "…орган. Правило применяется ко всем."),
    ],
)  # fmt: skip
def test_appended_words_go_before_the_closing_mark(text, words, result):
    assert append_before_mark(text, words) == result
    assert not re.search(r";;|;,|\. [а-я]", append_before_mark(text, words))


def test_words_appended_to_a_point_ending_in_a_semicolon_are_planned_before_it():
    text = rendered(
        ("322.1",), "art:322.1/part:2/pt:а", "text",
        "организованной группой;", "организованной группой; иные сведения;",
    )  # fmt: skip
    assert text == "Пункт «а» части 2 статьи 322.1 дополнить словами «; иные сведения»."


def test_words_appended_to_a_sanction_ending_in_a_full_stop_are_planned_before_it():
    text = rendered(
        ("322",), "art:322/part:3", "closing",
        "до пяти лет.", "до пяти лет с ограничением свободы на срок до одного года.",
    )  # fmt: skip
    assert text == (
        "Часть 3 статьи 322 дополнить словами «с ограничением свободы на срок до одного года»."
    )


def _law_98_operation(new_words: str) -> m.Operation:
    report = parse_report(
        LAW_98.read_text(encoding="utf-8"),
        "122-fz",
        "ru",
        profile=get_profile("ru-law"),
        flattened_superscripts=True,
    )
    found = [
        op
        for ins in report.instructions
        for op in ins.operations
        if op.op == m.INSERT_WORDS and op.position == "end" and op.new == new_words
    ]
    assert len(found) == 1
    return found[0]


def test_the_98_fz_formula_appending_words_to_a_part_is_applied_before_its_full_stop():
    # 98-ФЗ, art. 12 item 2: «часть 2 дополнить словами ", за исключением случаев, указанных в
    # части 21 настоящей статьи"» (art. 5 of 122-ФЗ of 06.06.2019). The amended law is not in
    # the corpus: the real formula is applied to a real part of the same shape (one sentence
    # ending in a full stop), article 322 part 3 of the Criminal Code.
    words = ", за исключением случаев, указанных в части 21 настоящей статьи"
    formula = _law_98_operation(words)
    act = code("322")
    part = act.find("art:322/part:3")
    op = m.Operation(m.INSERT_WORDS, "uk-rf", "art:322/part:3", new=formula.new, position="end")
    got = apply(act, [op]).find("art:322/part:3").closing
    assert got == part.closing[:-1] + words + "."
    assert ".," not in got and ". ," not in got


def test_the_376_fz_change_to_article_150_of_the_code_of_criminal_procedure():
    # 376-ФЗ of 21.12.2013 added «322.2, 322.3» to the offences of art. 150 part 3 point 1
    # (its note names the law): the edition before it lacks the two numbers.
    lines = UPK_150.read_text(encoding="utf-8").splitlines()
    after = parse_lines(lines, slug="upk-rf", profile=get_profile("ru-code")).act
    before = parse_lines(
        [
            line.replace("322.1 частью первой, 322.2, 322.3, ", "322.1 частью первой, ")
            for line in lines
        ],
        slug="upk-rf",
        profile=get_profile("ru-code"),
    ).act
    ops = plan(before, after)
    assert len(ops) == 1 and ops[0].op == m.INSERT_WORDS
    assert apply(before, ops).find(ops[0].address).text == after.find(ops[0].address).text
    # the inserted numbers open with their comma, after a whole phrase (not «322.2, 322.3,»)
    assert render_operations(ops, before, "ru").strip() == (
        "В пункте 1 части 3 статьи 150 после слов «322.1 частью первой» дополнить цифрами "
        "«, 322.2, 322.3»."
    )


# --- grammar and order -------------------------------------------------------------------------
def test_sentences_agree_in_number():
    act = code("322")
    one = m.Operation(
        m.INSERT_WORDS, "uk-rf", "art:322/note:1", position="end",
        new="Это правило применяется и к лицам без гражданства.",
    )  # fmt: skip
    two = m.Operation(
        m.INSERT_WORDS, "uk-rf", "art:322/note:1", position="end",
        new="Это правило применяется и к лицам без гражданства. Иное не установлено.",
    )  # fmt: skip
    assert "дополнить предложением следующего" in render_operations([one], act, "ru")
    assert "дополнить предложениями следующего" in render_operations([two], act, "ru")


def test_words_and_figures_agree_in_number():
    act = code("322")
    ops = [
        m.Operation(m.INSERT_WORDS, "uk-rf", "art:322/part:2", new=", либо",
                    anchor="гражданином", position="after"),
        m.Operation(m.REPLACE_WORDS, "uk-rf", "art:322/part:1", old="5", new="15"),
        m.Operation(m.INSERT_WORDS, "uk-rf", "art:322/part:3", new="; иные сведения",
                    position="end"),
    ]  # fmt: skip
    assert render_operations(ops, act, "ru").splitlines()[1:] == [
        "а) в части 2 после слова «гражданином» дополнить словом «, либо»;",
        "б) в части 1 цифру «5» заменить цифрами «15»;",
        "в) часть 3 дополнить словами «; иные сведения».",
    ]
    assert parse_instructions(render_operations(ops, act, "ru"), "uk-rf", "ru") == ops


def test_all_changes_to_one_part_are_one_item_in_the_order_of_its_text():
    before, after = code("322"), code("322")
    part = after.find("art:322/part:3")
    part.text = part.text.replace("группой лиц", "группой иных лиц")
    part.closing = part.closing[:-1] + " с ограничением свободы."
    ops = plan(before, after)
    text = render_operations(ops, before, "ru").strip()
    assert text.count("\n") == 0, text  # one sentence: one item
    assert text.index("дополнить словом «иных»") < text.index(
        "дополнить словами «с ограничением свободы»"
    )
    assert (
        apply(before, parse_instructions(text, "uk-rf", "ru")).find("art:322/part:3").closing
        == part.closing
    )


def test_a_nameless_article_is_quoted_without_a_period():
    profile = get_profile("ru-law")
    unit = parse_unit_text("Статья 67.1\nРоссийская Федерация является правопреемником.",
                           m.ARTICLE, profile)  # fmt: skip
    assert unit_to_text(unit, profile).splitlines()[0] == "Статья 67.1"
    assert parse_unit_text(unit_to_text(unit, profile), m.ARTICLE, profile).text == unit.text
    # a code's new article keeps «Статья 322.4.» until its heading is typed
    fresh = m.Unit(m.ARTICLE, "322.4", text="Текст.")
    assert unit_to_text(fresh, get_profile("ru-code")).startswith("Статья 322.4.\n")
    named = code("322.3").units[0]
    assert unit_to_text(named, get_profile("ru-code")).startswith("Статья 322.3. Фиктивная")


# --- property: random word edits of real articles ---------------------------------------------
ARTICLES = ("105", "158", "159", "162", "228", "286.1", "322", "322.1", "322.2", "322.3")
VOCABULARY = (
    "лица", "срок", "до", "пяти", "по", "в", "и", "или", "либо", "на", "с использованием",
    "без гражданства", "органов внутренних дел", "Российской Федерации", "государственной",
)  # fmt: skip


@cache
def _sample() -> m.Act:
    return code(*ARTICLES)


def _quotes(op: m.Operation) -> list[str]:
    texts = [op.old, op.new if op.op != m.ADD_UNIT else None]
    if op.op == m.INSERT_WORDS:
        texts.append(op.anchor)
    return [t for t in texts if t and op.op in (m.REPLACE_WORDS, m.DELETE_WORDS, m.INSERT_WORDS)]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=3), st.randoms(use_true_random=False))
def test_no_generated_quote_ends_on_a_preposition_or_conjunction(count, rng: random.Random):
    before, after = _sample().copy(), _sample().copy()
    fields = [
        (u, f) for u in after.walk() for f in ("text", "closing")
        if not u.is_container and len(getattr(u, f).split()) > 3
    ]  # fmt: skip
    for _ in range(count):
        unit, field = rng.choice(fields)
        words = getattr(unit, field).split(" ")
        i = rng.randrange(len(words))
        kind = rng.choice(("replace", "insert", "delete"))
        if kind == "replace":
            words[i] = rng.choice(VOCABULARY)
        elif kind == "insert":
            words[i:i] = [rng.choice(VOCABULARY) for _ in range(rng.randint(1, 3))]
        else:
            del words[i : i + rng.randint(1, 2)]
        setattr(unit, field, " ".join(words))
    ops = plan(before, after)
    result = apply(before, ops)
    for got, want in zip(result.top_units(), after.top_units(), strict=True):
        assert units_equal(got, want), got.address
    for op in ops:
        unit = op.address.split("#")[0]
        paragraphs = [
            p for act in (before, after) for u in act.find(unit).walk()
            for p in (u.heading, u.text, u.closing) if p
        ]  # fmt: skip
        for quote in _quotes(op):
            words = re.findall(r"\w+(?:-\w+)*", quote)
            # one word alone («слово «или» заменить словом «либо»») is a whole quote, and so
            # are the last words of a paragraph the edit itself cut short («… Российской или»)
            if len(words) < 2 or not re.search(r"\w$", quote):
                continue
            if any(re.sub(r"[\W]+$", "", p).endswith(quote) for p in paragraphs):
                continue
            assert not is_function_word(words[-1]), (op.to_dict(), quote)


def test_completing_a_name_after_a_whole_word_is_an_insertion():
    # §1.7's own example: «после слова «Президента» дополнить словами «Российской Федерации»»
    def act(text: str) -> m.Act:
        lines = ["Статья 5. Порядок", f"1. Порядок устанавливается указом {text} и приказом."]
        return parse_lines(lines, slug="uk-rf", profile=get_profile("ru-code")).act

    before, after = act("Президента"), act("Президента Российской Федерации")
    ops = plan(before, after)
    assert render_operations(ops, before, "ru").strip() == (
        "В части 1 статьи 5 после слова «Президента» дополнить словами «Российской Федерации»."
    )
    assert apply(before, ops).find("art:5/part:1").text == after.find("art:5/part:1").text
