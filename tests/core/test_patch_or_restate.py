"""Patch or restate (issue 12 item 4) and labels as labels (item 5), on the Criminal Code."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core import model as m
from drafter.core.apply import apply
from drafter.core.draft import keep_labels, proposed_act, units_equal
from drafter.core.linelayout import act_lines
from drafter.core.numbering import label_key, same_label
from drafter.core.plan import plan
from drafter.core.restate import PATCH, RESTATE, decide, form_of, measure, unit_forms
from drafter.core.styles import render_operations
from tests.core.test_engine_properties import (
    STRUCTURE_EDITS,
    WORD_EDITS,
    _edit_structure,
    _edit_words,
    corpus,
)


def article(code: m.Act, number: str) -> m.Act:
    """A fragment of the real Code holding article ``number`` only."""
    unit = code.find(f"art:{number}")
    assert unit is not None
    return replace(code, units=[unit.copy()], preamble=[], notes=[])


def round_trip(before: m.Act, after: m.Act, ops: list[m.Operation]) -> None:
    result = apply(before.copy(), ops)
    got, want = result.top_units(), after.top_units()
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        assert units_equal(a, b), a.address


def kinds(ops: list[m.Operation]) -> list[tuple[str, str]]:
    return [(op.op, op.address) for op in ops]


# --- a list of five or more points --------------------------------------------------------------
def test_a_long_list_is_amended_point_by_point_not_restated(uk_rf):
    """Art. 105 part 2 lists 14 points (а–н, with е1). Rewriting point «ж» and most of the
    sanction restated the whole part before; now only the point is restated and the sanction
    gets its word changes."""
    before = article(uk_rf, "105")
    after = article(uk_rf, "105")
    part = after.find("art:105/part:2")
    point = after.find("art:105/part:2/pt:ж")
    point.text = "совершенное с использованием оружия или взрывчатых веществ;"
    part.closing = (
        "наказывается лишением свободы на срок от десяти до двадцати пяти лет с ограничением "
        "свободы на срок от двух до четырех лет либо пожизненным лишением свободы."
    )
    ops = plan(before, after)
    assert ("restate_unit", "art:105/part:2") not in kinds(ops)
    assert ("restate_unit", "art:105/pt:ж") not in kinds(ops)
    assert ("restate_unit", "art:105/part:2/pt:ж") in kinds(ops)
    assert {op.op for op in ops if op.address == "art:105/part:2"} <= {
        m.REPLACE_WORDS,
        m.INSERT_WORDS,
        m.DELETE_WORDS,
    }
    figures = measure(before.find("art:105/part:2"), after.find("art:105/part:2"), [])
    assert (figures.points, figures.changed_points) == (14, 1)
    round_trip(before, after, ops)
    # the drafter may still restate the list
    forced = plan(article(uk_rf, "105"), after, forms={"art:105/part:2": RESTATE})
    assert kinds(forced) == [("restate_unit", "art:105/part:2")]
    round_trip(article(uk_rf, "105"), after, forced)


def test_a_list_with_most_points_changed_is_not_protected(uk_rf):
    """With more than half of its points changed the list rule does not apply: the other rules
    decide. Six of 14 points rewritten: amended point by point; twelve: most of the part's
    words change, and the part is restated (not the article: one restated part is enough)."""
    for count, expected in ((6, "point"), (12, "part")):
        before, after = article(uk_rf, "105"), article(uk_rf, "105")
        points = after.find("art:105/part:2").children
        for point in points[:count]:
            point.text = "совершенное в условиях чрезвычайного положения или военного времени;"
        ops = plan(before, after)
        if expected == "part":
            assert kinds(ops) == [("restate_unit", "art:105/part:2")]
            figures = measure(before.find("art:105/part:2"), after.find("art:105/part:2"), [])
            assert 2 * figures.changed_points > figures.points
            assert 2 * figures.changed_words > figures.words
        else:
            assert [a for _, a in kinds(ops)] == [p.address for p in points[:count]]
        round_trip(article(uk_rf, "105"), after, ops)


def test_one_word_in_most_parts_is_still_a_patch(uk_rf):
    """Art. 159 has seven parts; «лет» → «месяцев» in five sanctions: five word changes, no
    restatement (a changed majority alone does not restate a list)."""
    before, after = article(uk_rf, "159"), article(uk_rf, "159")
    parts = [p for p in after.find("art:159").children if " лет" in p.closing][:5]
    assert len(parts) == 5
    for part in parts:
        part.closing = part.closing.replace(" лет", " месяцев", 1)
    ops = plan(before, after)
    assert {op.op for op in ops} == {m.REPLACE_WORDS}
    assert len(ops) == 5
    round_trip(article(uk_rf, "159"), after, ops)


# --- more than half of the words ----------------------------------------------------------------
def test_a_part_whose_words_mostly_change_is_restated(uk_rf):
    """Art. 322 part 3 given the wording of art. 322.1 part 2 (both real): most words change."""
    before, after = article(uk_rf, "322"), article(uk_rf, "322")
    donor = uk_rf.find("art:322.1/part:2")
    part = after.find("art:322/part:3")
    part.text = donor.text
    ops = plan(before, after)
    assert kinds(ops) == [("restate_unit", "art:322/part:3")]
    reason = decide(before.find("art:322/part:3"), part, []).reason
    round_trip(before, after, ops)
    # the drafter switches it to patches: word changes, and the same text results
    patched = plan(article(uk_rf, "322"), after, forms={"art:322/part:3": PATCH})
    assert {op.op for op in patched} <= {m.REPLACE_WORDS, m.INSERT_WORDS, m.DELETE_WORDS}
    assert patched
    round_trip(article(uk_rf, "322"), after, patched)
    figures = measure(
        article(uk_rf, "322").find("art:322/part:3"),
        part,
        [op for op in patched if op.address == "art:322/part:3"],
    )
    assert 2 * figures.changed_words > figures.words
    assert reason.args == {} or "percent" in reason.args or "changes" in reason.args


# --- changes against sentences ------------------------------------------------------------------
def test_two_changes_in_three_sentences_are_patches_four_are_a_restatement(uk_rf):
    """Art. 50 part 1 has three sentences: two word changes stay patches, four restate it."""
    before = article(uk_rf, "50")
    original = before.find("art:50/part:1").text
    assert len(re.findall(r"\. [А-Я]", original)) == 2

    def edited(pairs: list[tuple[str, str]]) -> m.Act:
        after = article(uk_rf, "50")
        unit = after.find("art:50/part:1")
        for old, new in pairs:
            assert old in unit.text
            unit.text = unit.text.replace(old, new, 1)
        return after

    two = edited([("назначаются", "назначаются судом"), ("по основному", "по своему основному")])
    ops = plan(article(uk_rf, "50"), two)
    assert {op.op for op in ops} == {m.INSERT_WORDS} and len(ops) == 2
    round_trip(article(uk_rf, "50"), two, ops)

    four = edited(
        [
            ("назначаются", "назначаются судом"),
            ("имеющему основное", "имеющему постоянное"),
            ("по основному", "по своему основному"),
            ("в местах", "в организациях"),
        ]
    )
    ops = plan(article(uk_rf, "50"), four)
    assert kinds(ops) == [("restate_unit", "art:50/part:1")]
    round_trip(article(uk_rf, "50"), four, ops)
    text = render_operations(ops, before, "ru")
    assert text.startswith("Часть 1 статьи 50 изложить в следующей редакции:")


def test_merged_sentences_restate_the_part(uk_rf):
    """Two sentences of art. 50 part 1 joined into one: the part is restated."""
    before, after = article(uk_rf, "50"), article(uk_rf, "50")
    unit = after.find("art:50/part:1")
    unit.text = unit.text.replace(
        "его. Осужденный, имеющий", "его, при этом осужденный, имеющий", 1
    )
    assert unit.text != before.find("art:50/part:1").text
    decision = decide(before.find("art:50/part:1"), unit, [m.Operation("x", "uk-rf", "a")])
    assert decision.form == RESTATE
    assert "merged" in decision.reason.text
    ops = plan(before, after)
    assert kinds(ops) == [("restate_unit", "art:50/part:1")]
    round_trip(article(uk_rf, "50"), after, ops)


def test_a_sentence_added_whole_is_not_a_split(uk_rf):
    before, after = article(uk_rf, "50"), article(uk_rf, "50")
    unit = after.find("art:50/part:1")
    unit.text += " Место отбывания исправительных работ определяется судом."
    ops = plan(before, after)
    assert kinds(ops) == [("insert_words", "art:50/part:1")]
    round_trip(article(uk_rf, "50"), after, ops)


# --- the form each unit got ---------------------------------------------------------------------
def test_unit_forms_name_what_was_restated_and_what_patched(uk_rf):
    before, after = article(uk_rf, "105"), article(uk_rf, "105")
    after.find("art:105/part:2/pt:ж").text = "совершенное с использованием оружия;"
    after.find("art:105/part:1").closing = after.find("art:105/part:1").closing.replace(
        "шести", "семи", 1
    )
    ops = plan(before, after)
    forms = unit_forms(ops)
    assert forms["art:105/part:2/pt:ж"] == RESTATE
    assert forms["art:105/part:1"] == PATCH
    assert form_of("art:105/part:2/pt:ж", ops) == RESTATE
    assert form_of("art:105/part:1", ops) == PATCH
    assert form_of("art:105/part:2/pt:а", ops) is None


# --- labels as labels ----------------------------------------------------------------------------
@pytest.mark.parametrize("retyped", ["е¹", "е.1", "е-1"])
def test_retyped_labels_are_one_label(retyped):
    assert label_key(retyped) == label_key("е1") and same_label("е1", retyped)


def test_different_labels_stay_different():
    assert not same_label("21", "2.1")  # a flattened superscript is told in context only
    assert not same_label("е", "е1")
    assert not same_label("е1", "ж1")
    assert same_label("12¹", "12.1")


@pytest.mark.parametrize("retyped", ["е¹", "е.1", "е-1"])
def test_a_point_whose_label_was_retyped_is_not_struck_or_re_added(uk_rf, retyped):
    """Art. 105 part 2 point «е1» typed «е.1» (or «е¹», «е-1») while point «ж» changes: the
    instructions amend «ж» only, restate no parent, renumber nothing; the proposed act the
    comparison table and the redline are laid out from keeps «е1»."""
    lines = [line for line in act_lines(article(uk_rf, "105"))]
    text = "\n".join(x.text for x in lines[1:])
    typed = text.replace("\nе1) ", f"\n{retyped}) ", 1).replace(
        "группой лиц, группой лиц по предварительному сговору или организованной группой",
        "группой лиц по предварительному сговору или организованной группой",
        1,
    )
    from drafter.core.structure import parse_lines

    after = parse_lines(typed.split("\n"), slug="uk-rf").act
    labels = [c.number for c in after.find("art:105/part:2").children]
    assert retyped in labels
    before = article(uk_rf, "105")
    ops = plan(before, after)
    assert kinds(ops) == [("delete_words", "art:105/part:2/pt:ж")]
    round_trip(article(uk_rf, "105"), after, ops)
    # the retyped label alone is no change at all
    only_label = parse_lines(text.replace("\nе1) ", f"\n{retyped}) ", 1).split("\n"), slug="uk-rf")
    assert plan(article(uk_rf, "105"), only_label.act) == []
    # the proposed act (what the comparison table and the redline print) keeps «е1)»
    draft = m.ActDraft("uk-rf", {"art:105": m.Proposal("art:105", m.CHANGED, after.top_units()[0])})
    shown = proposed_act(article(uk_rf, "105"), draft)
    printed = [x.text for x in act_lines(shown)]
    assert any(t.startswith("е1) ") for t in printed)
    assert not any(t.startswith(f"{retyped}) ") for t in printed)


def test_keep_labels_leaves_real_relabelling_alone(uk_rf):
    current = uk_rf.find("art:105/part:2").copy()
    proposed = current.copy()
    proposed.children[6].number = "ж"  # е1 really re-lettered: not the same label
    kept = keep_labels(current, proposed)
    assert kept.children[6].number == "ж"


# --- the round trip for both forms ---------------------------------------------------------------
@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(WORD_EDITS + STRUCTURE_EDITS), min_size=1, max_size=6),
    st.randoms(),
    st.sampled_from([RESTATE, PATCH]),
)
def test_round_trip_with_the_drafters_forms(kinds_, rng: random.Random, form: str):
    """apply(base, plan(base, draft, forms)) == draft whichever form the drafter forces on
    whichever changed units."""
    before, after = corpus(), corpus()
    for kind in kinds_:
        if kind in WORD_EDITS:
            _edit_words(rng, after, kind)
        else:
            _edit_structure(rng, after, kind)
    auto = plan(corpus(), after)
    changed = sorted({op.address.split("#")[0] for op in auto if op.address})
    chosen = {a: form for a in changed if rng.random() < 0.7}
    ops = plan(before, after, forms=chosen)
    round_trip(corpus(), after, ops)
    # a unit amended by words (or restated) when the rules decide is restated when the drafter
    # says so (a repeal stays a repeal, an addition an addition)
    worded = {a for a, f in unit_forms(auto).items() if a in chosen}
    for address in worded:
        if form == RESTATE:
            assert form_of(address, ops) == RESTATE, address


# --- renumbering in the proposed text (item 6) ---------------------------------------------------
def test_relettered_points_are_planned_as_typed_and_warned(uk_rf):
    """A point typed in as «в» of art. 105 part 2 with the rest re-lettered: the plan adds it
    and re-letters as the text says, and a warning offers «б.1» instead."""
    from drafter.core.renumbering import renumbering_warnings

    before, after = article(uk_rf, "105"), article(uk_rf, "105")
    points = after.find("art:105/part:2").children
    labels = [p.number for p in points]
    new = m.Unit(m.POINT, "в", text="совершенное на территории учебного заведения;")
    points.insert(2, new)
    for point, label in zip(points[3:], [*labels[3:], "о"], strict=True):
        point.number = label
    ops = plan(before, after)
    assert any(op.op == m.RENUMBER_UNITS for op in ops)
    round_trip(article(uk_rf, "105"), after, ops)
    warnings = renumbering_warnings(article(uk_rf, "105"), after, ops)
    assert len(warnings) == 1
    assert warnings[0].args["suggested"] == "б.1"
    assert warnings[0].args["where"] == "art:105/part:2"
    assert "renumbering" in warnings[0].text


def test_articles_shifted_by_one_are_warned_with_the_in_between_number(uk_rf):
    """A new article 323 after 322, old 323 and 324 moved to 324 and 325 (real texts): the
    plan follows the text, the warning names the move and offers 322.1."""
    from drafter.core.renumbering import renumbering_warnings

    units = [uk_rf.find(f"art:{n}").copy() for n in ("322", "323", "324")]
    before = replace(uk_rf, units=[u.copy() for u in units], preamble=[], notes=[])
    moved = [u.copy() for u in units]
    moved[1].number, moved[2].number = "324", "325"
    new = m.Unit(m.ARTICLE, "323", heading="Новая статья", text="Новое деяние -")
    new.closing = "наказывается штрафом в размере до ста тысяч рублей."
    after = replace(uk_rf, units=[moved[0], new, moved[1], moved[2]], preamble=[], notes=[])
    ops = plan(before.copy(), after)
    round_trip(before, after, ops)
    warnings = renumbering_warnings(before, after, ops)
    assert [w.args.get("old") for w in warnings] == ["323, 324"]
    assert warnings[0].args["new"] == "324, 325"
    assert warnings[0].args["suggested"] == "322.1"
    # an article only amended is no renumbering
    amended = replace(uk_rf, units=[u.copy() for u in units], preamble=[], notes=[])
    amended.units[1].closing = amended.units[1].closing.replace("лет", "месяцев", 1)
    assert renumbering_warnings(before, amended, plan(before.copy(), amended)) == []


def test_patches_that_cannot_say_it_are_restated_with_a_warning(uk_rf):
    """Point «и» of art. 105 part 2 simply left out (not repealed): only a restatement of the
    part says that, whatever the drafter chose — and the drafter is told."""
    from drafter.core.restate import unhonoured

    before, after = article(uk_rf, "105"), article(uk_rf, "105")
    part = after.find("art:105/part:2")
    part.children = [p for p in part.children if p.number != "и"]
    forms = {"art:105/part:2": PATCH}
    ops = plan(before, after, forms=forms)
    assert kinds(ops) == [("restate_unit", "art:105/part:2")]
    round_trip(article(uk_rf, "105"), after, ops)
    warnings = unhonoured(forms, ops)
    assert [w.args for w in warnings] == [{"address": "art:105/part:2"}]
    assert unhonoured({"art:105/part:2": RESTATE}, ops) == []
