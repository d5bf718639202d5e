"""UK (OPC) and US (Legislative Counsel) amending formulae and bills."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.styles import render_bill, render_operations

SLUG = "widgets"


def uk_act() -> m.Act:
    return m.Act(slug=SLUG, title="Widgets Act 2010", language="en", profile="uk")


def us_act(usc: bool = True) -> m.Act:
    return m.Act(
        slug=SLUG,
        title="Widget Safety Act",
        language="en",
        profile="us",
        identifier="42 U.S.C. 1234" if usc else "",
    )


def op(kind: str, address: str, **kw) -> m.Operation:
    return m.Operation(kind, SLUG, address, **kw)


def uk(operation: m.Operation) -> str:
    return render_operations([operation], uk_act(), "uk").rstrip("\n")


def us(operation: m.Operation, act: m.Act | None = None) -> str:
    return render_operations([operation], act or us_act(), "us").rstrip("\n")


# --- UK ----------------------------------------------------------------------------------------
def test_uk_substitute_omit_insert():
    assert uk(op(m.REPLACE_WORDS, "s:5/ss:2", old="30 days", new="60 days")) == (
        'In section 5(2), for "30 days" substitute "60 days".'
    )
    assert uk(op(m.REPLACE_WORDS, "s:5/ss:2", old="licence", new="permit", occurrence="all")) == (
        'In section 5(2), for "licence", in each place it occurs, substitute "permit".'
    )
    assert uk(op(m.DELETE_WORDS, "s:5/ss:2/para:b", old="or reckless")) == (
        'In section 5(2)(b), omit "or reckless".'
    )
    assert uk(op(m.DELETE_WORDS, "s:5", old="annual", occurrence=2)) == (
        'In section 5, omit "annual", in the second place it occurs.'
    )
    assert uk(op(m.INSERT_WORDS, "s:5/ss:2", anchor="the authority", new="or the Secretary",
                 position="after")) == (
        'In section 5(2), after "the authority" insert "or the Secretary".'
    )  # fmt: skip
    assert uk(op(m.INSERT_WORDS, "s:5/ss:2", new=", unless the court directs otherwise",
                 position="end")) == (
        'In section 5(2), at the end insert ", unless the court directs otherwise".'
    )  # fmt: skip


def test_uk_units_insert_substitute_omit():
    assert uk(op(m.ADD_UNIT, "s:5", label="2A", position="after", anchor="s:5/ss:2",
                 new="(2A) A licence lapses after a year.")) == (
        'In section 5, after subsection (2) insert—\n"(2A) A licence lapses after a year."'
    )  # fmt: skip
    assert uk(op(m.RESTATE_UNIT, "s:5", new="5 Licences\n(1) A person needs a licence.")) == (
        'For section 5 substitute—\n"5 Licences\n(1) A person needs a licence."'
    )
    assert uk(op(m.REPEAL_UNIT, "s:5")) == "Omit section 5."
    assert uk(op(m.REPEAL_UNIT, "s:5/ss:3")) == "In section 5, omit subsection (3)."
    assert uk(op(m.ADD_UNIT, "", label="5A", position="after", anchor="s:5",
                 new="5A Appeals")) == 'After section 5 insert—\n"5A Appeals"'  # fmt: skip


def test_uk_renumbering_and_schedules_and_nested_quotes():
    pairs = (("c", "d"), ("d", "e"), ("e", "f"))
    assert uk(op(m.RENUMBER_UNITS, "s:9/ss:2", renumber=pairs)) == (
        "In section 9(2), renumber paragraphs (c) to (e) as paragraphs (d) to (f)."
    )
    assert uk(op(m.REPLACE_WORDS, "sch:2/para:3", old="month", new="year")) == (
        'In paragraph 3 of Schedule 2, for "month" substitute "year".'
    )
    text = uk(op(m.REPLACE_WORDS, "s:1", old="Act", new='the "2010 Act"'))
    assert text == 'In section 1, for "Act" substitute "the ‘2010 Act’".'


def test_uk_bill_enacting_formula_amended_as_follows_commencement_short_title():
    ops = [
        op(m.REPLACE_WORDS, "s:5/ss:2", old="30 days", new="60 days"),
        op(m.REPEAL_UNIT, "s:7"),
    ]
    bill = render_bill(m.Draft(style="uk"), [uk_act()], {SLUG: ops})
    assert bill.title == "Widgets Act 2010 (Amendment) Act"
    assert bill.preamble[1].startswith("BE IT ENACTED by the King’s most Excellent Majesty")
    assert bill.articles[0] == (
        "1 Amendments of the Widgets Act 2010",
        [
            "(1) The Widgets Act 2010 is amended as follows.",
            '(2) In section 5(2), for "30 days" substitute "60 days".',
            "(3) Omit section 7.",
        ],
    )
    assert bill.articles[1][0] == "2 Commencement"
    assert bill.articles[2] == (
        "3 Short title",
        ["This Act may be cited as the Widgets Act 2010 (Amendment) Act."],
    )


# --- US ----------------------------------------------------------------------------------------
def test_us_strike_and_insert():
    assert us(op(m.REPLACE_WORDS, "s:5/ss:a", old="$2,000", new="$2,200")) == (
        'Section 5(a) of the Widget Safety Act (42 U.S.C. 1234) is amended by striking "$2,000" '
        'and inserting "$2,200".'
    )
    assert us(op(m.REPLACE_WORDS, "s:5/ss:a", old="Secretary", new="Administrator",
                 occurrence="all")) == (
        "Section 5(a) of the Widget Safety Act (42 U.S.C. 1234) is amended by striking "
        '"Secretary" each place it appears and inserting "Administrator".'
    )  # fmt: skip
    assert us(op(m.DELETE_WORDS, "s:5/ss:a/para:1", old="annual")) == (
        'Section 5(a)(1) of the Widget Safety Act (42 U.S.C. 1234) is amended by striking "annual".'
    )
    assert us(op(m.INSERT_WORDS, "s:5/ss:b", anchor="the Secretary", new="or the Governor",
                 position="after")) == (
        'Section 5(b) of the Widget Safety Act (42 U.S.C. 1234) is amended by inserting '
        '"or the Governor" after "the Secretary".'
    )  # fmt: skip


def test_us_units_read_as_follows_repealed_adding_at_the_end():
    assert us(op(m.RESTATE_UNIT, "s:5/ss:a", new="(a) In general.—Text.")) == (
        "Section 5(a) of the Widget Safety Act (42 U.S.C. 1234) is amended to read as follows:\n"
        '"(a) In general.—Text.".'
    )
    assert us(op(m.REPEAL_UNIT, "s:5")) == (
        "Section 5 of the Widget Safety Act (42 U.S.C. 1234) is repealed."
    )
    assert us(op(m.ADD_UNIT, "s:5", label="d", position="end", new="(d) Reports.—Text.")) == (
        "Section 5 of the Widget Safety Act (42 U.S.C. 1234) is amended by adding at the end "
        'the following:\n"(d) Reports.—Text.".'
    )
    assert us(op(m.REPEAL_UNIT, "s:5/ss:a/para:3")) == (
        "Section 5(a) of the Widget Safety Act (42 U.S.C. 1234) is amended by striking "
        "paragraph (3)."
    )


def test_us_grouping_redesignation_and_punctuation():
    ops = [
        op(m.DELETE_WORDS, "s:5/ss:a/para:2", old="and"),
        op(m.REPLACE_WORDS, "s:5/ss:a/para:3", old=".", new="; and"),
        op(m.RENUMBER_UNITS, "s:5/ss:b", renumber=(("3", "4"), ("4", "5"), ("5", "6"))),
        op(m.ADD_UNIT, "s:5/ss:b", label="3", position="after", anchor="s:5/ss:b/para:2",
           new="(3) new paragraph;"),
    ]  # fmt: skip
    text = render_operations(ops, us_act(), "us")
    assert text == (
        "Section 5 of the Widget Safety Act (42 U.S.C. 1234) is amended—\n"
        '(1) in subsection (a)(2), by striking "and";\n'
        '(2) in subsection (a)(3), by striking the period at the end and inserting "; and"; and\n'
        "(3) in subsection (b)—\n"
        "(A) by redesignating paragraphs (3) through (5) as paragraphs (4) through (6), "
        "respectively; and\n"
        "(B) by inserting after paragraph (2) the following:\n"
        '"(3) new paragraph;".\n'
    )


def test_us_bill_short_title_usc_and_effective_date():
    ops = [op(m.REPLACE_WORDS, "s:5/ss:a", old="$2,000", new="$2,200")]
    bill = render_bill(m.Draft(style="us"), [us_act()], {SLUG: ops})
    assert bill.preamble[0] == "A BILL"
    assert bill.preamble[2].startswith("Be it enacted by the Senate and House of Representatives")
    assert bill.articles[0] == (
        "SECTION 1. SHORT TITLE.",
        ["This Act may be cited as the “Widget Safety Act Amendments Act”."],
    )
    assert bill.articles[1][0] == "SEC. 2. AMENDMENTS TO THE WIDGET SAFETY ACT."
    assert bill.articles[2] == (
        "SEC. 3. EFFECTIVE DATE.",
        ["This Act shall take effect on the date of the enactment of this Act."],
    )
    assert len(bill.warnings) == 1 and "short title" in str(bill.warnings[0])
    titled = render_bill(
        m.Draft(title="Widget Reform Act of 2025", style="us"), [us_act()], {SLUG: ops}
    )
    assert titled.warnings == []
    no_usc = render_bill(m.Draft(style="us"), [us_act(usc=False)], {SLUG: ops})
    assert any("U.S. Code" in str(w) for w in no_usc.warnings)
    assert "(42 U.S.C." not in no_usc.text


def test_us_default_short_title_keeps_the_year_out_of_the_middle():
    act = m.Act(slug=SLUG, title="Community Broadband Act of 2024", language="en", profile="us")
    ops = [op(m.REPLACE_WORDS, "s:3/ss:a", old="$2,000", new="$2,200")]
    bill = render_bill(m.Draft(style="us"), [act], {SLUG: ops})
    cited = bill.articles[0][1][0]
    assert cited == "This Act may be cited as the “Community Broadband Act Amendments Act”."
    assert "2024 Amendments" not in bill.text
    titled = render_bill(
        m.Draft(title="Broadband Reform Act of 2025", style="us"), [act], {SLUG: ops}
    )
    assert (
        titled.articles[0][1][0] == "This Act may be cited as the “Broadband Reform Act of 2025”."
    )


def test_us_bill_amending_several_sections_gives_each_its_own_bill_section():
    ops = [
        op(m.REPEAL_UNIT, "s:2/para:2"),
        op(m.INSERT_WORDS, "s:3/ss:a", anchor="cooperatives", new="and municipalities",
           position="after"),
        op(m.REPLACE_WORDS, "s:3/ss:i", old="$500,000,000", new="$750,000,000"),
        op(m.REPEAL_UNIT, "s:4"),
    ]  # fmt: skip
    bill = render_bill(m.Draft(style="us"), [us_act()], {SLUG: ops})
    assert bill.articles[1:4] == [
        (
            "SEC. 2. AMENDMENT TO SECTION 2 OF THE WIDGET SAFETY ACT.",
            [
                "Section 2 of the Widget Safety Act (42 U.S.C. 1234) is amended by striking "
                "paragraph (2)."
            ],
        ),
        (
            "SEC. 3. AMENDMENTS TO SECTION 3 OF THE WIDGET SAFETY ACT.",
            [
                "Section 3 of the Widget Safety Act (42 U.S.C. 1234) is amended—",
                '(1) in subsection (a), by inserting "and municipalities" after "cooperatives"; '
                "and",
                '(2) in subsection (i), by striking "$500,000,000" and inserting "$750,000,000".',
            ],
        ),
        (
            "SEC. 4. REPEAL OF SECTION 4 OF THE WIDGET SAFETY ACT.",
            ["Section 4 of the Widget Safety Act (42 U.S.C. 1234) is repealed."],
        ),
    ]
    assert bill.articles[4][0] == "SEC. 5. EFFECTIVE DATE."
    # No loose sentences under one heading: every bill section holds one amended section's text.
    assert all(sum(p.startswith("Section ") for p in paras) == 1 for _, paras in bill.articles[1:4])
