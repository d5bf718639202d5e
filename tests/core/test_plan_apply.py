"""Worked examples: the instructions a drafter would write for edits of arts. 322–322.3 УК РФ."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.core import model as m
from drafter.core.apply import apply
from drafter.core.diff import ADDED, CHANGED, RENUMBERED, REPEALED, diff_acts
from drafter.core.draft import units_equal
from drafter.core.parse import parse_instructions
from drafter.core.plan import plan
from drafter.core.structure import parse_lines
from drafter.core.styles import render_operations
from drafter.errors import EngineError

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
ARTS_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
LINES = ARTS_322.read_text(encoding="utf-8").splitlines()


def load() -> m.Act:
    return parse_lines(LINES, slug="uk-rf").act


def edited(edit: Callable[[m.Act], None]) -> tuple[m.Act, m.Act]:
    before, after = load(), load()
    edit(after)
    return before, after


def keys(op: m.Operation) -> dict:
    return {k: v for k, v in op.to_dict().items() if v is not None and k != "act"}


def assert_round_trip(before: m.Act, after: m.Act, ops: list[m.Operation]) -> m.Act:
    result = apply(before, ops)
    got, want = result.top_units(), after.top_units()
    assert [u.address for u in result.walk()] == [u.address for u in after.walk()]
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        assert units_equal(a, b), a.address
    return result


def test_word_substitution_in_a_part_is_addressed_to_the_part():
    def edit(act):
        unit = act.find("art:322/part:2")
        unit.text = unit.text.replace("иностранным гражданином", "иностранным подданным")

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {
            "op": "replace_words",
            "address": "art:322/part:2",
            "old": "гражданином",
            "new": "подданным",
        }
    ]
    assert_round_trip(before, after, ops)


def test_sanction_change_in_the_closing_text_is_addressed_to_the_part():
    def edit(act):
        unit = act.find("art:322.1/part:2")
        unit.closing = unit.closing.replace("до семи лет", "до восьми лет")

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {"op": "replace_words", "address": "art:322.1/part:2", "old": "семи", "new": "восьми"}
    ]
    assert_round_trip(before, after, ops)


def test_point_appended_changes_the_ending_of_the_previous_point():
    def edit(act):
        part = act.find("art:322.1/part:2")
        part.children[-1].text = "лицом с использованием своего служебного положения;"
        part.children.append(
            m.Unit(m.POINT, "г", text="с использованием заведомо подложных документов, -")
        )

    before, after = edited(edit)
    ops = plan(before, after)
    assert [op.op for op in ops] == ["restate_unit", "add_unit"]
    ending, added = ops
    # «, -» → «;» cannot be named as a mark: a drafter restates the short point instead.
    assert (ending.address, ending.new) == (
        "art:322.1/part:2/pt:в",
        "в) лицом с использованием своего служебного положения;",
    )
    assert (added.address, added.label, added.position) == ("art:322.1/part:2", "г", "end")
    assert added.new.startswith("г) с использованием заведомо подложных документов")
    result = assert_round_trip(before, after, ops)
    assert result.find("art:322.1/part:2/pt:г") is not None


def test_final_full_stop_becoming_a_semicolon_is_a_punctuation_replacement():
    def edit(act):
        part = act.find("art:322.3/note:1")
        part.children[-1].text = part.children[-1].text.rstrip(".") + ";"
        part.children.append(m.Unit(m.POINT, "3", text="Новое положение примечания."))

    before, after = edited(edit)
    ops = plan(before, after)
    assert keys(ops[0]) == {
        "op": "replace_words",
        "address": "art:322.3/note:1/pt:2",
        "old": ".",
        "new": ";",
    }
    assert ops[1].op == "add_unit"
    assert_round_trip(before, after, ops)


def test_point_inserted_mid_list_is_an_addition_and_a_renumbering():
    def edit(act):
        part = act.find("art:322.1/part:2")
        part.children.insert(1, m.Unit(m.POINT, "б", text="с применением насилия;"))
        part.children[2].number = "в"
        part.children[3].number = "г"

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {
            "op": "renumber_units",
            "address": "art:322.1/part:2",
            "renumber": [["б", "в"], ["в", "г"]],
        },
        {
            "op": "add_unit",
            "address": "art:322.1/part:2",
            "new": "б) с применением насилия;",
            "anchor": "art:322.1/part:2/pt:а",
            "position": "after",
            "label": "б",
        },
    ]
    result = assert_round_trip(before, after, ops)
    assert result.find("art:322.1/part:2/pt:г").text.startswith("лицом с использованием")

    changes = diff_acts(load(), after)
    assert [(c.status, c.address) for c in changes] == [
        (ADDED, "art:322.1/part:2/pt:б"),
        (RENUMBERED, "art:322.1/part:2/pt:б"),
        (RENUMBERED, "art:322.1/part:2/pt:в"),
    ]
    assert [c.new_label for c in changes[1:]] == ["в", "г"]


def test_new_article_after_the_last_one():
    def edit(act):
        act.units.append(
            m.Unit(
                m.ARTICLE,
                "322.4",
                heading="Нарушение правил миграционного учета",
                text="Неуведомление о прибытии иностранного гражданина -",
                closing="наказывается штрафом в размере до ста тысяч рублей.",
            )
        )

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {
            "op": "add_unit",
            "address": "",
            "new": "Статья 322.4. Нарушение правил миграционного учета\n"
            "Неуведомление о прибытии иностранного гражданина -\n"
            "наказывается штрафом в размере до ста тысяч рублей.",
            "anchor": "art:322.3",
            "position": "after",
            "label": "322.4",
        }
    ]
    result = assert_round_trip(before, after, ops)
    assert result.find("art:322.4").heading == "Нарушение правил миграционного учета"


def test_repealed_part():
    def edit(act):
        act.find("art:322").children[2] = m.Unit(m.PART, "3", repealed=True)

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [{"op": "repeal_unit", "address": "art:322/part:3"}]
    result = assert_round_trip(before, after, ops)
    assert result.find("art:322/part:3").repealed
    assert [c.status for c in diff_acts(load(), after)] == [REPEALED]


def test_ambiguous_quote_is_extended_until_unique():
    # «срок» occurs twice in part 1 of art. 322; only the second one changes.
    def edit(act):
        unit = act.find("art:322/part:1")
        unit.closing = unit.closing.replace("на тот же срок", "на тот же период")

    before, after = edited(edit)
    ops = plan(before, after)
    assert len(ops) == 1
    op = ops[0]
    assert op.op == "replace_words" and op.occurrence is None
    assert op.old.endswith("срок") and op.new.endswith("период")
    assert len(op.old.split()) > 1  # quoted with its neighbouring words
    part = before.find("art:322/part:1")
    assert (part.text + " " + part.closing).count(op.old) == 1
    assert_round_trip(before, after, ops)


def test_the_same_words_changed_in_each_place():
    def edit(act):
        unit = act.find("art:322.2/abz:2")
        unit.text = unit.text.replace("трех лет", "четырех лет")

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {
            "op": "replace_words",
            "address": "art:322.2/abz:2",
            "old": "трех",
            "new": "четырех",
            "occurrence": "all",
        }
    ]
    assert_round_trip(before, after, ops)


def test_heading_change_addresses_the_heading():
    def edit(act):
        unit = act.find("art:322.3")
        unit.heading = unit.heading.replace("Фиктивная постановка", "Незаконная постановка")

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {
            "op": "replace_words",
            "address": "art:322.3#heading",
            # an adjective is quoted with its noun (§1.7), not «Фиктивная» alone
            "old": "Фиктивная постановка",
            "new": "Незаконная постановка",
        }
    ]
    assert_round_trip(before, after, ops)
    assert [c.fields for c in diff_acts(load(), after)] == [("heading",)]


def test_the_drafter_switches_a_unit_between_patches_and_restatement():
    def edit(act):
        unit = act.find("art:322/part:3")
        unit.text = (
            "Деяния, предусмотренные частями первой или второй настоящей статьи, совершенные "
            "организованной группой либо с применением оружия, -"
        )
        unit.closing = "наказываются лишением свободы на срок от трех до восьми лет."

    # Two changes in a part of two sentences, under half of its words: patched by default
    # (issue 12: the old "more than three edits or 40 % of the words" threshold is gone).
    before, after = edited(edit)
    ops = plan(before, after)
    assert {op.op for op in ops} == {"replace_words"}
    assert {op.address for op in ops} == {"art:322/part:3"}
    assert_round_trip(before, after, ops)

    restated = plan(load(), after, forms={"art:322/part:3": "restate"})
    assert [(op.op, op.address) for op in restated] == [("restate_unit", "art:322/part:3")]
    assert restated[0].new.startswith("3. Деяния, предусмотренные")
    assert "В редакции" not in restated[0].new  # editorial notes are not law text
    assert_round_trip(load(), after, restated)


def test_typographic_differences_are_not_changes():
    def edit(act):
        unit = act.find("art:322.2/abz:1")
        unit.text = unit.text.replace("-", "—").replace(" ", "\u00a0", 3) + "  "
        unit = act.find("art:322.3")
        unit.heading = unit.heading.replace("учет", "учёт")

    before, after = edited(edit)
    assert plan(before, after) == []
    assert diff_acts(load(), after) == []


def test_deleted_words():
    def edit(act):
        unit = act.find("art:322.1/part:2/pt:в")
        unit.text = unit.text.replace("своего служебного", "служебного")

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {"op": "delete_words", "address": "art:322.1/part:2/pt:в", "old": "своего"}
    ]
    assert_round_trip(before, after, ops)
    assert [(c.status, c.fields) for c in diff_acts(load(), after)] == [(CHANGED, ("text",))]


def test_words_added_at_the_end():
    def edit(act):
        unit = act.find("art:322/note:1")
        unit.text = unit.text + " Это правило применяется и к лицам без гражданства."

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {
            "op": "insert_words",
            "address": "art:322/note:1",
            "new": "Это правило применяется и к лицам без гражданства.",
            "position": "end",
        }
    ]
    assert_round_trip(before, after, ops)


def test_apply_leaves_its_input_untouched():
    act = load()
    op = m.Operation(m.REPLACE_WORDS, "uk-rf", "art:322.1/part:2", old="семи", new="восьми")
    result = apply(act, [op])
    assert "до семи лет" in act.find("art:322.1/part:2").closing
    assert "до восьми лет" in result.find("art:322.1/part:2").closing


@pytest.mark.parametrize(
    ("ops", "message"),
    [
        (
            [m.Operation(m.REPLACE_WORDS, "uk-rf", "art:322/part:2", old="пингвин", new="x")],
            "Instruction 1 (replace_words at art:322/part:2)",
        ),
        (
            [
                m.Operation(m.REPLACE_WORDS, "uk-rf", "art:322.1/part:2", old="семи", new="8"),
                m.Operation(m.DELETE_WORDS, "uk-rf", "art:322/part:1", old="срок"),
            ],
            "Instruction 2 (delete_words at art:322/part:1)",
        ),
        (
            [m.Operation(m.REPEAL_UNIT, "uk-rf", "art:322/part:9")],
            "Instruction 1 (repeal_unit at art:322/part:9)",
        ),
        (
            [
                m.Operation(
                    m.INSERT_WORDS,
                    "uk-rf",
                    "art:322.2#heading",
                    new="x",
                    anchor="нет таких слов",
                    position="after",
                )
            ],
            "Instruction 1 (insert_words at art:322.2#heading)",
        ),
    ],
)
def test_apply_errors_name_the_instruction_and_change_nothing(ops, message):
    act = load()
    with pytest.raises(EngineError) as info:
        apply(act, ops)
    assert str(info.value).startswith(message)
    unit = ops[-1].address.split("#")[0]
    assert unit in str(info.value)
    assert units_equal(act.top_units()[0], load().top_units()[0])


def test_apply_says_when_words_occur_more_than_once():
    op = m.Operation(m.DELETE_WORDS, "uk-rf", "art:322/part:1", old="срок")
    with pytest.raises(EngineError, match="occur 2 times in art:322/part:1"):
        apply(load(), [op])
    result = apply(load(), [m.Operation(**{**op.__dict__, "occurrence": 2})])
    assert result.find("art:322/part:1").closing.endswith("на тот же.")


def test_closing_text_change_is_a_change_of_its_part():
    def edit(act):
        unit = act.find("art:322/part:1")
        unit.closing = unit.closing.replace("штрафом", "штрафом или обязательными работами")

    before, after = edited(edit)
    assert [(c.status, c.address, c.fields) for c in diff_acts(before, after)] == [
        (CHANGED, "art:322/part:1", ("closing",))
    ]
    ops = plan(load(), after)
    assert [(op.op, op.address) for op in ops] == [("insert_words", "art:322/part:1")]
    assert_round_trip(load(), after, ops)


def test_words_added_at_the_start_of_a_paragraph_go_before_the_first_words():
    def edit(act):
        unit = act.find("art:322.1/part:2/pt:б")
        unit.text = "умышленно " + unit.text

    before, after = edited(edit)
    ops = plan(before, after)
    assert [keys(op) for op in ops] == [
        {
            "op": "insert_words",
            "address": "art:322.1/part:2/pt:б",
            "new": "умышленно",
            "anchor": "в целях",  # a quote never ends on a preposition (§1.7)
            "position": "before",
        }
    ]
    assert_round_trip(before, after, ops)


def test_a_restated_unit_cannot_also_be_edited():
    ops = [
        m.Operation(m.RESTATE_UNIT, "uk-rf", "art:322/part:3", new="3. Новый текст части."),
        m.Operation(m.REPLACE_WORDS, "uk-rf", "art:322/part:3", old="пяти", new="семи"),
    ]
    with pytest.raises(EngineError, match=r"^Instruction 1 \(restate_unit at art:322/part:3\)"):
        apply(load(), ops)


def _demo_edit(act: m.Act) -> None:
    """The sample bundle's edits of art. 322.1: part 1 and part 2's sanction, a new point «г»."""
    first = act.find("art:322.1/part:1")
    first.closing = first.closing.replace("на срок до пяти лет", "на срок от двух до семи лет")
    part = act.find("art:322.1/part:2")
    part.children[-1].text = "лицом с использованием своего служебного положения;"
    part.children.append(
        m.Unit(m.POINT, "г", text="с использованием информационно-телекоммуникационных сетей, -")
    )
    part.closing = part.closing.replace("до семи лет", "от пяти до десяти лет")


def test_items_of_one_article_follow_the_act_a_part_s_sanction_after_its_points():
    # Issue 12 (§1.7): items follow the text; the sanction (closing text) of part 2 comes
    # after its points, no longer before them.
    before, after = edited(_demo_edit)
    before.citation_style = "words"
    ops = plan(before, after)
    assert render_operations(ops, before, "ru").splitlines() == [
        "1) в статье 322.1:",
        "а) в части первой слова «до пяти» заменить словами «от двух до семи»;",
        "б) пункт «в» части второй изложить в следующей редакции:",
        "«в) лицом с использованием своего служебного положения;»;",
        "в) часть вторую дополнить пунктом «г» следующего содержания:",
        "«г) с использованием информационно-телекоммуникационных сетей, -»;",
        "г) в части второй слова «до семи» заменить словами «от пяти до десяти».",
    ]
    assert_round_trip(before, after, ops)
    text = render_operations(ops, before, "ru")
    assert parse_instructions(text, "uk-rf", "ru") == ops  # parts cited in words are read


def test_a_new_in_between_part_at_the_end_follows_the_part_it_is_numbered_after():
    def edit(act):
        art = act.find("art:322.1")
        for label in ("2.1", "2.2"):
            art.children.append(m.Unit(m.PART, label, text=f"Новая часть {label} статьи."))

    before, after = edited(edit)
    ops = plan(before, after)
    assert [(op.label, op.anchor, op.position) for op in ops] == [
        ("2.1", "art:322.1/part:2", "after"),
        ("2.2", "art:322.1/part:2", "after"),
    ]
    text = render_operations(ops, before, "ru")
    assert text.splitlines()[0] == (
        "Статью 322.1 дополнить частями 2.1 и 2.2 следующего содержания:"
    )
    assert "в конце" not in text
    assert parse_instructions(text, "uk-rf", "ru") == ops
    assert_round_trip(before, after, ops)


def test_quoted_words_have_no_stray_or_doubled_spaces():
    def spaced(act):  # the act's own text has a doubled space and a trailing one
        part = act.find("art:322.1/part:1")
        part.closing = part.closing.replace("лет или без такового.", "лет  или без  такового. ")

    _, before = edited(spaced)
    after = before.copy()
    part = after.find("art:322.1/part:1")
    part.closing = part.closing.replace("лет  или без  такового. ", "лет  и без  него. ")
    ops = plan(before, after)
    assert [(op.op, op.old, op.new) for op in ops] == [
        ("replace_words", "или без такового", "и без него"),
    ]
    assert_round_trip(before, after, ops)


def test_a_changed_figure_is_quoted_whole_not_from_inside_the_number():
    def figures(words: str) -> Callable[[m.Act], None]:
        def edit(act):
            part = act.find("art:322.1/part:1")
            part.closing = part.closing.replace("до двух лет", words)

        return edit

    _, before = edited(figures("до 2,0 лет"))
    _, after = edited(figures("до 2,5 лет"))
    ops = plan(before, after)
    assert [(op.old, op.new) for op in ops] == [("2,0", "2,5")]
    assert render_operations(ops, before, "ru") == (
        "В части 1 статьи 322.1 цифры «2,0» заменить цифрами «2,5».\n"
    )
    assert_round_trip(before, after, ops)


def test_marks_that_have_no_name_are_quoted_with_the_word_before_them_in_a_long_unit():
    def edit(act):
        part = act.find("art:322.1/part:2")  # it has points: restating it would be heavy
        part.text = part.text.replace("совершенные:", "совершенные, -")

    before, after = edited(edit)
    ops = plan(before, after)
    assert [(op.op, op.address, op.old, op.new) for op in ops] == [
        ("replace_words", "art:322.1/part:2", "совершенные:", "совершенные, -")
    ]
    assert render_operations(ops, before, "ru") == (
        "В части 2 статьи 322.1 слово «совершенные:» заменить словом «совершенные, -».\n"
    )
    assert_round_trip(before, after, ops)
