"""Property: apply(before, plan(before, after)) == after for random edits of real articles."""

from __future__ import annotations

import random
import re
from functools import cache
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.core import model as m
from drafter.core.apply import apply
from drafter.core.draft import repealed_unit, units_equal
from drafter.core.plan import plan
from drafter.core.profiles import get_profile
from drafter.core.structure import parse_lines

CORPUS = Path(__file__).parents[1] / "data" / "corpus"
CODE = CORPUS / "ru-uk-rf-full" / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
ARTS_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
# Articles with parts, lettered and numbered points, sanctions (closing text) and notes.
ARTICLES = ("15", "105", "158", "159", "162", "228")
VOCABULARY = (
    "лица",
    "срок",
    "до",
    "пяти",
    "трех",
    "тысяч",
    "рублей",
    "либо",
    "или",
    "государственной",
    "организованной группой",
    "с использованием",
    "322.1",
    "(или)",
)
LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


def _article_lines(lines: list[str], number: str) -> list[str]:
    start = lines.index(next(x for x in lines if x.startswith(f"Статья {number}. ")))
    end = start + 1
    while end < len(lines) and not re.match(r"(Статья \d|Глава \d|Раздел )", lines[end]):
        end += 1
    return lines[start:end]


@cache
def _corpus_act() -> m.Act:
    code = CODE.read_text(encoding="utf-8").splitlines()
    lines: list[str] = []
    for number in ARTICLES:
        lines.extend(_article_lines(code, number))
    lines.extend(ARTS_322.read_text(encoding="utf-8").splitlines())
    return parse_lines(lines, slug="uk-rf", profile=get_profile("ru-code")).act


def corpus() -> m.Act:
    return _corpus_act().copy()


# --- random edits ------------------------------------------------------------------------------
def _fields(act: m.Act) -> list[tuple[m.Unit, str]]:
    return [
        (u, name)
        for u in act.walk()
        for name in ("text", "closing", "heading")
        if not u.is_container and len(getattr(u, name).split()) > 2
    ]


def _edit_words(rng: random.Random, act: m.Act, kind: str) -> None:
    fields = _fields(act)
    if kind == "closing":
        fields = [f for f in fields if f[1] == "closing"] or fields
    elif kind == "heading":
        fields = [f for f in fields if f[1] == "heading"] or fields
    unit, name = rng.choice(fields)
    words = getattr(unit, name).split(" ")
    i = rng.randrange(len(words))
    if kind == "delete" and len(words) > 3:
        del words[i : i + rng.randint(1, 2)]
    elif kind == "insert":
        words[i:i] = [rng.choice(VOCABULARY) for _ in range(rng.randint(1, 3))]
    elif kind == "punctuation":
        text = " ".join(words)
        if text.endswith("."):
            text = text[:-1] + ";"
        elif "," in text:
            text = text.replace(",", ";", 1)
        else:
            text += ","
        setattr(unit, name, text)
        return
    elif kind == "chars":  # a slip of the keyboard: characters replaced inside and across words
        text = getattr(unit, name)
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randint(0, 6))
        junk = "".join(rng.choice("абв ,.;-()«»ё") for _ in range(rng.randint(0, 5)))
        setattr(unit, name, text[:i] + junk + text[j:])
        return
    elif kind == "typography":
        text = " ".join(words).replace("е", "ё", 2).replace(" - ", " — ").replace(" ", "\u00a0", 1)
        setattr(unit, name, text)
        return
    else:  # replace (also in closing texts and headings)
        words[i] = rng.choice(VOCABULARY)
    setattr(unit, name, " ".join(words))


def _next_label(label: str) -> str | None:
    if label.isdigit():
        return str(int(label) + 1)
    if label in LETTERS[:-1]:
        return LETTERS[LETTERS.index(label) + 1]
    return None


def _lists(act: m.Act) -> list[m.Unit]:
    """Units whose children form a consecutively labelled list of one kind."""
    found = []
    for unit in act.walk():
        kids = unit.children
        if len(kids) < 2 or len({k.kind for k in kids}) != 1 or kids[0].kind == m.PARAGRAPH:
            continue
        if all(_next_label(a.number) == b.number for a, b in pairwise(kids)):
            found.append(unit)
    return found


def _new_unit(rng: random.Random, kind: str, label: str) -> m.Unit:
    words = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(3, 8)))
    return m.Unit(kind, label, text=f"Новое положение {words};")


def _edit_structure(rng: random.Random, act: m.Act, kind: str) -> None:
    lists = _lists(act)
    if kind == "article" or not lists:
        arts = act.top_units()
        anchor = rng.choice(arts)
        holder = next(lst for lst in [act.units] if anchor in lst)
        number = str(1000 + len(arts))
        new = m.Unit(
            m.ARTICLE,
            number,
            heading="Новая статья",
            text="Новое деяние -",
            closing="наказывается штрафом.",
        )
        holder.insert(holder.index(anchor) + 1, new)
        return
    parent = rng.choice(lists)
    kids = parent.children
    if kind == "append":
        label = _next_label(kids[-1].number)
        if label is not None:
            kids.append(_new_unit(rng, kids[-1].kind, label))
    elif kind == "repeal":
        i = rng.randrange(len(kids))
        kids[i] = repealed_unit(kids[i])
    else:  # insert mid-list, re-lettering the rest
        i = rng.randrange(len(kids))
        labels = [k.number for k in kids]
        last = _next_label(labels[-1])
        if last is None:
            return
        kids.insert(i, _new_unit(rng, kids[i].kind, labels[i]))
        for k, label in zip(kids[i + 1 :], [*labels[i + 1 :], last], strict=True):
            k.number = label


WORD_EDITS = (
    "replace",
    "insert",
    "delete",
    "closing",
    "heading",
    "punctuation",
    "typography",
    "chars",
)
STRUCTURE_EDITS = ("append", "repeal", "renumber", "article")


def _check(before: m.Act, after: m.Act) -> list[m.Operation]:
    pristine = before.copy()
    ops = plan(before, after)
    result = apply(before, ops)
    assert units_equal(m.Unit("act", children=before.units), m.Unit("act", children=pristine.units))
    got, want = result.top_units(), after.top_units()
    assert [u.address for u in got] == [u.address for u in want]
    for a, b in zip(got, want, strict=True):
        assert units_equal(a, b), (a.address, [op.to_dict() for op in ops])
        assert [u.address for u in a.walk()] == [u.address for u in b.walk()]
    return ops


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WORD_EDITS), min_size=1, max_size=5), st.randoms())
def test_word_edits_round_trip(kinds, rng):
    before, after = corpus(), corpus()
    for kind in kinds:
        _edit_words(rng, after, kind)
    ops = _check(before, after)
    if kinds == ["typography"]:
        assert ops == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(STRUCTURE_EDITS), min_size=1, max_size=3), st.randoms())
def test_structure_edits_round_trip(kinds, rng):
    before, after = corpus(), corpus()
    for kind in kinds:
        _edit_structure(rng, after, kind)
    ops = _check(before, after)
    if kinds == ["renumber"] and any(op.op == m.ADD_UNIT for op in ops):
        assert any(op.op == m.RENUMBER_UNITS for op in ops)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(WORD_EDITS + STRUCTURE_EDITS), min_size=2, max_size=8),
    st.randoms(),
)
def test_mixed_edits_round_trip(kinds, rng):
    before, after = corpus(), corpus()
    for kind in kinds:
        if kind in WORD_EDITS:
            _edit_words(rng, after, kind)
        else:
            _edit_structure(rng, after, kind)
    _check(before, after)


def test_single_word_substitutions_are_point_edits_not_restatements():
    """In every sanction of the sample, one changed word gives one replace_words."""
    base = corpus()
    count = 0
    for unit in base.walk():
        if len(unit.closing.split()) < 8 or "лет" not in unit.closing.split():
            continue
        after = corpus()
        target = after.find(unit.address)
        target.closing = target.closing.replace(" лет", " месяцев", 1)
        ops = plan(corpus(), after)
        assert [(op.op, op.address) for op in ops] == [("replace_words", unit.address)], ops
        count += 1
    assert count >= 10
