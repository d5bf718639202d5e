"""Reverting one change at a time: each step removes exactly that change, and all give back
the current wording (the words and the spaces between them)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.ui.changed_words import change_pairs, reverted

WORDS = ["лишение", "свободы", "на", "срок", "до", "пяти", "лет", "штраф", "или", "в", "размере"]
PUNCT = ["", "", "", ",", ";", "."]

line = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(PUNCT)), min_size=1, max_size=12
).map(lambda words: " ".join(word + mark for word, mark in words))
text = st.lists(line, min_size=1, max_size=4).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(text, text, st.randoms(use_true_random=False))
def test_reverting_the_changes_one_by_one_gives_back_the_current_wording(old, new, rnd):
    pairs = change_pairs(old, new)
    while pairs:
        new = reverted(old, new, rnd.choice(pairs))
        left = change_pairs(old, new)
        assert len(left) < len(pairs)  # that change is gone, no other appeared
        pairs = left
    assert " ".join(new.split()) == " ".join(old.split())  # the diff reads words, not spaces


def test_a_paragraph_or_a_word_taken_back_leaves_no_empty_line_nor_double_space():
    old = "1. Первая часть.\n2. Вторая часть."
    added = "1. Первая часть.\n1.1. Новая часть.\n2. Вторая часть."
    (pair,) = change_pairs(old, added)
    assert reverted(old, added, pair) == old
    (pair,) = change_pairs(old, old.replace("Вторая", "Вторая новая"))
    assert reverted(old, old.replace("Вторая", "Вторая новая"), pair) == old
    (pair,) = change_pairs(old, "1. Первая часть.")
    assert reverted(old, "1. Первая часть.", pair) == old
