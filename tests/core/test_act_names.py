"""Default name forms of acts: the cases a Russian bill's lead-in and title need."""

import pytest

from drafter.core import model as m
from drafter.core.act_names import default_name_forms, russian_name_forms


@pytest.mark.parametrize(
    ("title", "genitive", "prepositional", "instrumental"),
    [
        (
            "Уголовный кодекс Российской Федерации",
            "Уголовного кодекса Российской Федерации",
            "Уголовном кодексе Российской Федерации",
            "Уголовным кодексом Российской Федерации",
        ),
        (
            "Уголовно-процессуальный кодекс Российской Федерации",
            "Уголовно-процессуального кодекса Российской Федерации",
            "Уголовно-процессуальном кодексе Российской Федерации",
            "Уголовно-процессуальным кодексом Российской Федерации",
        ),
        (
            "Кодекс Российской Федерации об административных правонарушениях",
            "Кодекса Российской Федерации об административных правонарушениях",
            "Кодексе Российской Федерации об административных правонарушениях",
            "Кодексом Российской Федерации об административных правонарушениях",
        ),
        (
            "Федеральный закон «О правовом положении иностранных граждан в Российской Федерации»",
            "Федерального закона «О правовом положении иностранных граждан в Российской Федерации»",
            "Федеральном законе «О правовом положении иностранных граждан в Российской Федерации»",
            "Федеральным законом «О правовом положении иностранных граждан в Российской Федерации»",
        ),
        (
            "Гражданский кодекс Российской Федерации",
            "Гражданского кодекса Российской Федерации",
            "Гражданском кодексе Российской Федерации",
            "Гражданским кодексом Российской Федерации",
        ),
    ],
)
def test_russian_titles_decline(title, genitive, prepositional, instrumental):
    forms = russian_name_forms(title)
    assert forms is not None
    assert (forms.nominative, forms.accusative) == (title, title)
    assert forms.genitive == genitive
    assert forms.prepositional == prepositional
    assert forms.instrumental == instrumental


def test_unknown_head_phrase_is_left_to_the_user():
    assert russian_name_forms("Постановление Правительства Российской Федерации") is None
    act = m.Act(slug="k", title="Постановление Правительства Российской Федерации")
    assert default_name_forms(act) == m.NameForms()


def test_a_title_in_capitals_is_not_declined():
    """The КонсультантПлюс КоАП prints its title in capitals: its proper case is not known."""
    title = "КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ ОБ АДМИНИСТРАТИВНЫХ ПРАВОНАРУШЕНИЯХ"
    assert russian_name_forms(title) is None


def test_the_constitution_declines():
    forms = russian_name_forms("Конституция Российской Федерации")
    assert forms is not None
    assert (forms.genitive, forms.accusative, forms.prepositional, forms.instrumental) == (
        "Конституции Российской Федерации",
        "Конституцию Российской Федерации",
        "Конституции Российской Федерации",
        "Конституцией Российской Федерации",
    )


def test_forms_the_user_set_are_kept():
    act = m.Act(
        slug="uk",
        title="Уголовный кодекс Российской Федерации",
        names=m.NameForms(genitive="Уголовного кодекса РФ"),
    )
    forms = default_name_forms(act)
    assert forms.genitive == "Уголовного кодекса РФ"
    assert forms.prepositional == "Уголовном кодексе Российской Федерации"


def test_english_names_do_not_decline():
    act = m.Act(slug="x", title="Example Act 2024", language="en")
    assert default_name_forms(act).genitive == "Example Act 2024"
