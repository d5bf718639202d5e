"""Structure of UK and US acts: detection, label forms, Schedules, layout round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.core import labels_en as sel
from drafter.core import model as m
from drafter.core import structure_en as se
from drafter.core.normalize import clean_spaces
from drafter.core.profiles import get_profile
from drafter.core.serialize import act_to_dict, unit_to_dict
from drafter.core.structure_detect import english_confidence, english_profile
from drafter.core.structure_en_lines import dotted_heading
from drafter.errors import EngineError

DATA = Path(__file__).resolve().parent.parent / "data"
UK = get_profile("uk")
US = get_profile("us")


def read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def uk_act() -> m.ImportResult:
    return se.parse(read(DATA / "en" / "uk-example-act-2024.txt"), UK, "example-act-2024")


@pytest.fixture(scope="module")
def us_act() -> m.ImportResult:
    return se.parse(read(DATA / "en" / "us-example-act-2024.txt"), US, "cbea-2024")


def parse_uk(text: str) -> m.ImportResult:
    return se.parse(text.strip().splitlines(), UK, "t")


def parse_us(text: str) -> m.ImportResult:
    return se.parse(text.strip().splitlines(), US, "t")


def without_addresses(data: dict) -> dict:
    data = dict(data)
    data.pop("address")
    data["children"] = [without_addresses(c) for c in data["children"]]
    return data


# --- detection -------------------------------------------------------------------------------
def test_uk_sample_is_detected_as_uk() -> None:
    lines = read(DATA / "en" / "uk-example-act-2024.txt")
    assert english_confidence(lines) >= 0.8
    assert english_profile(lines) == "uk"


def test_us_sample_is_detected_as_us() -> None:
    lines = read(DATA / "en" / "us-example-act-2024.txt")
    assert english_confidence(lines) >= 0.8
    assert english_profile(lines) == "us"


@pytest.mark.parametrize(
    "path",
    [
        "corpus/ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt",
        "corpus/ru-376fz-fictitious-registration/"
        "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt",
    ],
)
def test_russian_code_is_not_english_legislation(path: str) -> None:
    lines = read(DATA / path)
    assert english_confidence(lines) == 0.0
    assert english_profile(lines) is None


def test_english_prose_is_not_legislation() -> None:
    prose = [
        "It was a bright cold day in April, and the clocks were striking thirteen.",
        "Winston Smith slipped quickly through the glass doors of Victory Mansions.",
        "The hallway smelt of boiled cabbage and old rag mats.",
        "At one end of it a coloured poster had been tacked to the wall.",
    ]
    assert english_confidence(prose) < 0.4
    assert english_profile(prose) is None


def test_us_fragment_with_section_symbol_is_us() -> None:
    lines = ["§ 5. Short title", "(a) In general.—The Secretary shall act.", "(1) first;"]
    assert english_profile(lines) == "us"


def test_uk_fragment_is_uk() -> None:
    lines = ["19 Offences", "(1) A person commits an offence if—", "(a) the person acts."]
    assert english_profile(lines) == "uk"


# --- the UK sample ---------------------------------------------------------------------------
def test_uk_act_metadata(uk_act: m.ImportResult) -> None:
    act = uk_act.act
    assert (act.slug, act.language, act.profile) == ("example-act-2024", "en", "uk")
    assert act.title == "Example Act 2024"
    assert act.preamble[0] == "2024 CHAPTER 7"  # the title's own line is not repeated
    assert any(line.startswith("BE IT ENACTED") for line in act.preamble)
    assert uk_act.warnings == []


def test_uk_sections_subsections_paragraphs(uk_act: m.ImportResult) -> None:
    act = uk_act.act
    section = act.find("s:1")
    assert (section.kind, section.heading) == (m.SECTION, "Requirement for a licence")
    assert [c.number for c in section.children] == ["1", "2", "2A", "3"]
    assert act.find("s:1/ss:2A").kind == m.SUBSECTION
    assert act.find("s:1/ss:2A").text.startswith("It is a defence")
    assert act.find("s:2/ss:1/para:aa").kind == m.PARAGRAPH
    sub = act.find("s:2/ss:1/para:a/subpara:ii")
    assert sub.kind == m.SUBPARAGRAPH
    assert sub.text == "has adequate means of access for disabled persons,"
    assert act.find("s:4A").heading == "Fees"


def test_uk_matter_following_is_closing(uk_act: m.ImportResult) -> None:
    subsection = uk_act.act.find("s:2/ss:1")
    assert subsection.closing == "and the authority must give reasons for any refusal."
    assert [c.number for c in subsection.children] == ["a", "aa", "b"]


def test_uk_repealed_forms(uk_act: m.ImportResult) -> None:
    act = uk_act.act
    assert act.find("s:2/ss:2").repealed  # "(2) Repealed."
    assert act.find("s:3").repealed  # "3 [Repealed]"
    assert act.find("sch:1/para:3").repealed  # "3 [Omitted]"
    assert not act.find("s:2/ss:3").repealed


def test_uk_letter_i_after_h_and_roman_after_dash(uk_act: m.ImportResult) -> None:
    act = uk_act.act
    assert act.find("s:4/ss:1/para:i").kind == m.PARAGRAPH
    assert [c.number for c in act.find("s:4/ss:1").children][-2:] == ["h", "i"]
    assert act.find("s:4/ss:2/subpara:i").kind == m.SUBPARAGRAPH


def test_uk_parts_and_cross_headings_are_containers(uk_act: m.ImportResult) -> None:
    act = uk_act.act
    part1 = act.units[0]
    assert (part1.kind, part1.number, part1.heading) == (
        m.DIVISION,
        "1",
        "LICENSING OF COMMUNITY HALLS",
    )
    assert part1.children[0].kind == m.GROUP and part1.children[0].heading == "Licences"
    addressed = [u.address for u in act.walk() if not u.is_container]
    keys = {pair.split(":")[0] for a in addressed for pair in a.split("/")}
    assert keys == {"s", "ss", "para", "subpara", "sch"}
    assert [u.address for u in act.top_units()][:6] == ["s:1", "s:2", "s:3", "s:4", "s:4A", "s:5"]


def test_uk_definitions_are_unnumbered_paragraphs(uk_act: m.ImportResult) -> None:
    subsection = uk_act.act.find("s:5/ss:1")
    assert subsection.text == "In this Act—"
    definitions = subsection.children
    assert [d.number for d in definitions] == ["", "", ""]
    assert definitions[1].text == '"licensing authority" means—'
    assert [c.address for c in definitions[1].children] == [
        "s:5/ss:1/para:2/para:a",
        "s:5/ss:1/para:2/para:b",
    ]
    assert definitions[2].text.startswith('"regulations" means')


def test_uk_schedules(uk_act: m.ImportResult) -> None:
    act = uk_act.act
    schedule = act.find("sch:1")
    assert schedule.kind == m.SCHEDULE
    assert schedule.heading == "FURTHER PROVISION ABOUT LICENCES"
    assert schedule.notes == ["Section 5"]
    paragraph = act.find("sch:1/para:2")
    assert paragraph.kind == m.PARAGRAPH and paragraph.number == "2"
    assert act.find("sch:1/para:2/subpara:1").text.startswith("A licensing authority may")
    assert act.find("sch:1/para:2/subpara:1/para:b").kind == m.PARAGRAPH
    assert act.find("sch:2/para:2").text == 'In section 4(2), for "30 days" substitute "60 days".'


def test_uk_every_line_is_kept(uk_act: m.ImportResult) -> None:
    assert_every_line_kept(read(DATA / "en" / "uk-example-act-2024.txt"), uk_act.act)


KEYWORDS = {"PART", "CHAPTER", "SECTION", "SEC", "SCHEDULE", "TITLE", "REPEALED", "OMITTED"}


def assert_every_line_kept(lines: list[str], act: m.Act) -> None:
    kept = " | ".join(
        [act.title, *act.preamble]
        + [f"{u.number} {u.heading} {u.text} {u.closing} {' '.join(u.notes)}" for u in act.walk()]
    )
    for line in lines:
        line = clean_spaces(line)
        words = [
            w
            for w in line.replace("—", " ").split()
            if len(w) > 3 and "(" not in w and w.strip(".[]").upper() not in KEYWORDS
        ]
        for word in words[:3]:
            assert word.strip(".:,;") in kept, line


# --- the US sample ---------------------------------------------------------------------------
def test_us_sections_and_headings(us_act: m.ImportResult) -> None:
    act = us_act.act
    assert act.title == "Community Broadband Example Act of 2024"
    assert act.profile == "us" and act.language == "en"
    assert act.find("s:1").heading == "SHORT TITLE"
    assert act.find("s:2").text == "In this Act:"
    assert act.find("s:2/para:1").heading == "COOPERATIVE"
    assert act.find("s:2/para:1/subpara:B").kind == m.SUBPARAGRAPH
    assert act.find("s:3/ss:a").heading == "IN GENERAL"
    assert act.find("s:3/ss:b/para:2/subpara:B/cl:ii").kind == m.CLAUSE
    assert us_act.warnings == []


def test_us_matter_following_is_closing(us_act: m.ImportResult) -> None:
    subsection = us_act.act.find("s:3/ss:b")
    assert subsection.closing.startswith("except that the Secretary may waive")
    assert subsection.children[-1].closing == ""


def test_us_subsection_i_after_h_is_a_letter(us_act: m.ImportResult) -> None:
    unit = us_act.act.find("s:3/ss:i")
    assert unit.kind == m.SUBSECTION
    assert unit.heading == "AUTHORIZATION OF APPROPRIATIONS"


def test_us_repealed(us_act: m.ImportResult) -> None:
    assert us_act.act.find("s:3/ss:d").repealed
    assert us_act.act.find("s:4").repealed


def test_us_every_line_is_kept(us_act: m.ImportResult) -> None:
    assert_every_line_kept(read(DATA / "en" / "us-example-act-2024.txt"), us_act.act)


# --- label forms -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "number", "heading"),
    [
        ("5 Fees", "5", "Fees"),
        ("5. Fees", "5", "Fees"),
        ("5A Fees for renewal", "5A", "Fees for renewal"),
        ("A1 Overview", "A1", "Overview"),
        ("12ZA Transitional provision", "12ZA", "Transitional provision"),
        ("7 Interpretation, commencement etc.", "7", "Interpretation, commencement etc."),
        ("1Short title", "1", "Short title"),  # legislation.gov.uk copy without a space
        ("2AFees", "2A", "Fees"),
    ],
)
def test_uk_section_lines(line: str, number: str, heading: str) -> None:
    act = parse_uk(f"{line}\nThe licence holder must pay the fee.").act
    assert (act.units[0].kind, act.units[0].number, act.units[0].heading) == (
        m.SECTION,
        number,
        heading,
    )
    assert act.units[0].address == f"s:{number}"
    assert act.units[0].text == "The licence holder must pay the fee."


def test_uk_old_style_section_with_dash() -> None:
    act = parse_uk("19.—(1) The Secretary of State may make regulations.\n(2) They may vary.").act
    section = act.units[0]
    assert section.number == "19" and section.heading == ""
    assert [c.address for c in section.children] == ["s:19/ss:1", "s:19/ss:2"]


@pytest.mark.parametrize(
    ("lines", "address", "kind"),
    [
        (["(1) One.", "(2) Two.", "(2A) Inserted."], "s:1/ss:2A", m.SUBSECTION),
        (["(1) One.", "(A1) Before one."], "s:1/ss:A1", m.SUBSECTION),
        (["(1) Lead—", "(a) one;", "(aa) inserted;", "(b) two."], "s:1/ss:1/para:aa", m.PARAGRAPH),
        (["(1) Lead—", "(za) before;", "(a) one."], "s:1/ss:1/para:za", m.PARAGRAPH),
        (
            ["(1) Lead—", "(a) lead—", "(i) one,", "(ia) inserted,", "(ii) two."],
            "s:1/ss:1/para:a/subpara:ia",
            m.SUBPARAGRAPH,
        ),
        (
            [
                "(1) Lead—",
                "(a) lead—",
                "(i) one,",
                "(ii) two,",
                "(iii) three,",
                "(iv) four,",
                "(v) five.",
            ],
            "s:1/ss:1/para:a/subpara:v",
            m.SUBPARAGRAPH,
        ),
        (
            ["(1) Lead—", "(a) lead—", "(i) lead—", "(A) one,", "(B) two."],
            "s:1/ss:1/para:a/subpara:i/cl:B",
            m.CLAUSE,
        ),
    ],
)
def test_uk_label_forms(lines: list[str], address: str, kind: str) -> None:
    act = parse_uk("\n".join(["1 Heading", *lines])).act
    unit = act.find(address)
    assert unit is not None, [u.address for u in act.walk()]
    assert unit.kind == kind
    assert "(" not in unit.number and ")" not in unit.number


@pytest.mark.parametrize(
    ("line", "number", "heading"),
    [
        ("SEC. 5. SHORT TITLE.", "5", "SHORT TITLE"),
        ("Sec. 5. Short title.", "5", "Short title"),
        ("SECTION 1. SHORT TITLE.", "1", "SHORT TITLE"),
        ("§ 5. Short title", "5", "Short title"),
        ("§ 1234a. Definitions", "1234a", "Definitions"),
        (
            "SEC. 101. AMENDMENTS TO TITLE 42, U.S. CODE.",
            "101",
            "AMENDMENTS TO TITLE 42, U.S. CODE",
        ),
    ],
)
def test_us_section_lines(line: str, number: str, heading: str) -> None:
    act = parse_us(f"{line}\n(a) The Secretary shall act.").act
    section = act.units[0]
    assert (section.kind, section.number, section.heading) == (m.SECTION, number, heading)
    assert section.children[0].address == f"s:{number}/ss:a"


def test_us_heading_and_text_on_one_line() -> None:
    section = parse_us("SEC. 2. SHORT TITLE. This Act may be cited as the X Act.").act.units[0]
    assert section.heading == "SHORT TITLE"
    assert section.text == "This Act may be cited as the X Act."


def test_us_hierarchy_down_to_subclause() -> None:
    act = parse_us(
        """
SEC. 7. RULES.
(a) IN GENERAL.—The rules are—
(1) first—
(A) lead—
(i) lead—
(I) deepest; and
(II) next.
"""
    ).act
    kinds = {u.address: u.kind for u in act.walk()}
    assert kinds["s:7/ss:a/para:1/subpara:A/cl:i/subcl:II"] == m.SUBCLAUSE
    assert kinds["s:7/ss:a/para:1/subpara:A/cl:i"] == m.CLAUSE
    assert act.find("s:7/ss:a").heading == "IN GENERAL"


def test_us_capital_i_after_h_is_a_letter() -> None:
    lines = ["SEC. 1. X.", "(a) Lead—", "(1) lead—"]
    lines += [f"({c}) item {c};" for c in "ABCDEFGH"] + ["(I) last item."]
    act = se.parse(lines, US, "t").act
    assert act.find("s:1/ss:a/para:1/subpara:I").kind == m.SUBPARAGRAPH


# --- roman numeral or letter -----------------------------------------------------------------
@pytest.mark.parametrize(("before", "label"), [("h", "i"), ("u", "v"), ("w", "x")])
def test_letter_after_its_predecessor(before: str, label: str) -> None:
    lines = ["1 Heading", "(1) Lead—", f"({before}) item;", f"({label}) next item."]
    act = se.parse(lines, UK, "t").act
    unit = act.find(f"s:1/ss:1/para:{label}")
    assert unit is not None and unit.kind == m.PARAGRAPH


@pytest.mark.parametrize("label", ["i", "v", "x"])
def test_roman_when_not_after_its_letter(label: str) -> None:
    lines = ["1 Heading", "(1) Lead—", "(a) lead—", f"({label}) item."]
    act = se.parse(lines, UK, "t").act
    unit = act.find(f"s:1/ss:1/para:a/subpara:{label}")
    assert unit is not None and unit.kind == m.SUBPARAGRAPH


def test_roman_i_when_h_introduces_a_list() -> None:
    lines = ["1 Heading", "(1) Lead—", "(h) the following—", "(i) one,", "(ii) two."]
    act = se.parse(lines, UK, "t").act
    assert [u.address for u in act.find("s:1/ss:1/para:h").children] == [
        "s:1/ss:1/para:h/subpara:i",
        "s:1/ss:1/para:h/subpara:ii",
    ]


def test_ii_after_roman_i_is_roman() -> None:
    lines = ["1 Heading", "(1) Lead—", "(a) lead—", "(i) one,", "(ii) two,", "(b) next."]
    act = se.parse(lines, UK, "t").act
    assert act.find("s:1/ss:1/para:a/subpara:ii").kind == m.SUBPARAGRAPH
    assert act.find("s:1/ss:1/para:b").kind == m.PARAGRAPH


def test_letter_i_after_h_that_has_roman_children() -> None:
    lines = ["1 Heading", "(1) Lead—", "(h) lead—", "(i) one,", "(ii) two,", "(i) next letter."]
    act = se.parse(lines, UK, "t").act
    assert [c.number for c in act.find("s:1/ss:1").children] == ["h", "i"]


# --- schedules -------------------------------------------------------------------------------
def test_schedule_forms() -> None:
    act = parse_uk(
        """
1 Heading
This Act has effect.
SCHEDULE
Minor amendments
1 In section 2, omit "annual".
SCHEDULE 3 — Transitional provision
1 (1) This paragraph applies to existing licences.
(2) They continue in force—
(a) until they expire, or
(b) until revoked.
2 [Repealed]
"""
    ).act
    assert [u.address for u in act.top_units()] == ["s:1", "sch:1", "sch:3"]
    assert act.find("sch:1").number == "" and act.find("sch:1").heading == "Minor amendments"
    assert act.find("sch:3").heading == "Transitional provision"
    assert act.find("sch:3/para:1/subpara:2/para:b").text == "until revoked."
    assert act.find("sch:3/para:2").repealed


def test_schedule_parts_are_not_in_addresses() -> None:
    act = parse_uk(
        """
SCHEDULE 2
AMENDMENTS
PART 1
ACTS
1 The Example Act 2010 is amended as follows.
PART 2
INSTRUMENTS
2 The Example Regulations 2011 are revoked.
"""
    ).act
    assert [u.address for u in act.walk() if u.kind == m.PARAGRAPH] == [
        "sch:2/para:1",
        "sch:2/para:2",
    ]
    parts = act.find("sch:2").children
    assert [(p.kind, p.number, p.heading) for p in parts] == [
        (m.DIVISION, "1", "ACTS"),
        (m.DIVISION, "2", "INSTRUMENTS"),
    ]


def test_fragment_and_whole_act_give_the_same_addresses(uk_act: m.ImportResult) -> None:
    fragment = ["4 Conditions of licence"] + [
        line for unit in [uk_act.act.find("s:4")] for line in se.unit_lines(unit, UK)[1:]
    ]
    act = se.parse(fragment, UK, "t").act
    whole = {u.address for u in uk_act.act.find("s:4").walk()}
    assert {u.address for u in act.walk()} == whole


def test_us_titles_and_subtitles_are_containers() -> None:
    act = parse_us(
        """
TITLE I—GENERAL PROVISIONS
Subtitle A—Definitions
SEC. 101. DEFINITIONS.
In this title, the term “State” includes the District of Columbia.
TITLE II—GRANTS
SEC. 201. GRANTS.
The Secretary may make grants.
"""
    ).act
    assert [(u.kind, u.number, u.heading) for u in act.units] == [
        (m.DIVISION, "I", "GENERAL PROVISIONS"),
        (m.DIVISION, "II", "GRANTS"),
    ]
    assert act.units[0].children[0].kind == m.SUBDIVISION
    assert [u.address for u in act.top_units()] == ["s:101", "s:201"]


# --- matter following, repeal markers, unplaced units ----------------------------------------
def test_nested_matter_following() -> None:
    act = parse_uk(
        """
1 Offence
(1) A person commits an offence if—
(a) the person—
(i) operates a hall, and
(ii) holds no licence,
and the hall is open to the public;
(b) the person obstructs an inspector,
and is liable on summary conviction to a fine.
(2) Nothing more.
"""
    ).act
    assert act.find("s:1/ss:1/para:a").closing == "and the hall is open to the public;"
    assert act.find("s:1/ss:1").closing == "and is liable on summary conviction to a fine."
    assert act.find("s:1/ss:2").text == "Nothing more."


@pytest.mark.parametrize(
    "line", ["(3) Repealed.", "(3) [Repealed]", "(3) [Omitted]", "(3) . . . . . .", "(3) …"]
)
def test_repealed_subsection_forms(line: str) -> None:
    act = parse_uk(f"1 Heading\n(1) One.\n{line}\n(4) Four.").act
    unit = act.find("s:1/ss:3")
    assert unit.repealed and unit.text == ""
    assert not act.find("s:1/ss:4").repealed


def test_us_code_repeal_keeps_the_citation_as_a_note() -> None:
    act = parse_us("§ 5. Grants\n(a) First.\n(b) Repealed. Pub. L. 104–66, § 3, Dec. 21, 1995.").act
    unit = act.find("s:5/ss:b")
    assert unit.repealed
    assert unit.notes == ["Repealed. Pub. L. 104–66, § 3, Dec. 21, 1995."]


def test_repealed_section_keeps_its_heading() -> None:
    act = parse_uk("5 Licence fees [Repealed]\n6 Next\nText.").act
    assert act.units[0].repealed and act.units[0].heading == "Licence fees"


def test_labelled_text_before_any_section_is_kept_with_a_warning() -> None:
    result = parse_uk("(2) A stray subsection.\n(3) Another one.")
    assert [u.text for u in result.act.units] == ["A stray subsection.", "Another one."]
    assert [u.address for u in result.act.units] == ["ss:2", "ss:3"]
    assert result.warnings and result.warnings[0].line == 1


def test_text_after_closing_words_is_kept_with_a_warning() -> None:
    result = parse_uk("1 Heading\n(1) Lead.\nand closing words.\nand a stray paragraph.")
    assert result.act.find("s:1").closing == "and closing words."
    assert any("stray" in u.text for u in result.act.walk())
    assert result.warnings


# --- parse_unit_text -------------------------------------------------------------------------
def test_parse_unit_text_uses_the_kind_for_ambiguous_labels() -> None:
    letter = se.parse_unit_text("(i) the arrangements for waste.", m.PARAGRAPH, UK)
    roman = se.parse_unit_text("(i) the arrangements for waste.", m.SUBPARAGRAPH, UK)
    assert (letter.kind, letter.number) == (m.PARAGRAPH, "i")
    assert (roman.kind, roman.number) == (m.SUBPARAGRAPH, "i")


def test_parse_unit_text_inserted_subsection_with_children() -> None:
    unit = se.parse_unit_text(
        "(2A) It is a defence to show—\n(a) reasonable steps, or\n(b) due diligence.",
        m.SUBSECTION,
        UK,
    )
    assert (unit.kind, unit.number, unit.text) == (m.SUBSECTION, "2A", "It is a defence to show—")
    assert [(c.kind, c.number) for c in unit.children] == [(m.PARAGRAPH, "a"), (m.PARAGRAPH, "b")]


def test_parse_unit_text_us_subsection_with_heading() -> None:
    unit = se.parse_unit_text("(d) REPORTS.—Each recipient shall report.", m.SUBSECTION, US)
    assert (unit.number, unit.heading, unit.text) == (
        "d",
        "REPORTS",
        "Each recipient shall report.",
    )


def test_parse_unit_text_schedule_paragraph() -> None:
    unit = se.parse_unit_text("3 (1) This applies.\n(2) So does this.", m.PARAGRAPH, UK)
    assert (unit.kind, unit.number) == (m.PARAGRAPH, "3")
    assert [(c.kind, c.number) for c in unit.children] == [
        (m.SUBPARAGRAPH, "1"),
        (m.SUBPARAGRAPH, "2"),
    ]


def test_unit_lines_layout() -> None:
    section = m.Unit(
        m.SECTION,
        "5A",
        "Fees",
        "The fees are—",
        [m.Unit(m.SUBSECTION, "1", text="one;"), m.Unit(m.SUBSECTION, "2", repealed=True)],
        closing="as the case may be.",
    )
    assert se.unit_lines(section, UK) == [
        "5A Fees",
        "The fees are—",
        "(1) one;",
        "(2) [Repealed]",
        "as the case may be.",
    ]
    us_section = m.Unit(
        m.SECTION, "3", "GRANTS", children=[m.Unit(m.SUBSECTION, "a", "IN GENERAL", "Text.")]
    )
    assert se.unit_lines(us_section, US) == ["SEC. 3. GRANTS.", "(a) IN GENERAL.—Text."]


# --- property tests: generated acts round-trip through the layout ---------------------------
UK_TYPES = [sel.DIG, sel.LOW, sel.ROM, sel.UPP]
US_TYPES = [sel.LOW, sel.DIG, sel.UPP, sel.ROM, sel.UROM]
ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def labels_of(label_type: str, count: int, inserted: int | None) -> list[str]:
    if label_type == sel.DIG:
        labels = [str(n) for n in range(1, count + 1)]
    elif label_type in (sel.LOW, sel.UPP):
        labels = [chr(ord("a") + n) for n in range(count)]
    else:
        labels = ROMANS[:count]
    if inserted is not None and inserted < len(labels):
        base = labels[inserted]
        extra = base + ("A" if label_type == sel.DIG else "a")
        labels.insert(inserted + 1, extra)
    if label_type in (sel.UPP, sel.UROM):
        labels = [label.upper() for label in labels]
    return labels


PHRASES = [
    "the licence holder",
    "the authority",
    "a person who operates a hall",
    "the fee for the period",
    "notice given to the council",
    "the record kept by the authority",
]
ENDINGS = [".", ";", ", and", ", or"]
HEADINGS = ["Licences", "Fees and charges", "Notice to the council", "Records"]


@st.composite
def sentence(draw: st.DrawFn, capital: bool = False, end: str | None = None) -> str:
    text = draw(st.sampled_from(PHRASES))
    if capital:
        text = text[0].upper() + text[1:]
    return text + (end if end is not None else draw(st.sampled_from(ENDINGS)))


@st.composite
def heading(draw: st.DrawFn, upper: bool) -> str:
    text = draw(st.sampled_from(HEADINGS))
    return text.upper() if upper else text


@st.composite
def labelled_unit(
    draw: st.DrawFn,
    profile: str,
    types: list[str],
    depth: int,
    kinds: dict[str, str],
    number: str,
    label_type: str,
) -> m.Unit:
    unit = m.Unit(kind=kinds[label_type], number=number)
    if profile == "us" and draw(st.booleans()):
        unit.heading = draw(heading(upper=True))
    if draw(st.integers(0, 9)) == 0:
        unit.repealed = True
        return unit
    deeper = types[types.index(label_type) + 1 :]
    if depth > 0 and deeper and draw(st.integers(0, 3)) == 0:
        unit.text = draw(sentence(end="—"))
        unit.children = draw(unit_list(profile, deeper[0], types, depth - 1, kinds))
        if draw(st.booleans()):
            unit.closing = draw(sentence(end="."))
    else:
        unit.text = draw(sentence())
    return unit


def closing_is_readable(unit: m.Unit) -> bool:
    """Closing words attach to the innermost list, so that list must have its own first."""
    if unit.closing and unit.children:
        last = unit.children[-1]
        if last.children and not last.closing:
            return False
    return all(closing_is_readable(c) for c in unit.children)


@st.composite
def unit_list(
    draw: st.DrawFn,
    profile: str,
    label_type: str,
    types: list[str],
    depth: int,
    kinds: dict[str, str],
) -> list[m.Unit]:
    # Long lists now and then, so that (i) follows (h) and (v) follows (iv).
    sizes = {sel.LOW: [1, 2, 3, 9], sel.ROM: [1, 2, 5], sel.UPP: [1, 2, 9]}.get(
        label_type, [1, 2, 3]
    )
    count = draw(st.sampled_from(sizes))
    inserted = draw(st.one_of(st.none(), st.integers(0, count - 1)))
    return [
        draw(labelled_unit(profile, types, depth, kinds, label, label_type))
        for label in labels_of(label_type, count, inserted)
    ]


@st.composite
def section(draw: st.DrawFn, profile: str, number: str) -> m.Unit:
    us = profile == "us"
    unit = m.Unit(kind=m.SECTION, number=number, heading=draw(heading(upper=us)))
    if draw(st.integers(0, 9)) == 0:
        unit.repealed = True
        return unit
    choice = draw(st.integers(0, 3))
    if choice == 0:
        unit.text = draw(sentence(capital=True, end="."))
        if draw(st.booleans()):
            unit.children = [
                m.Unit(m.PARAGRAPH, text=draw(sentence(end=".")))
                for _ in range(draw(st.integers(1, 3)))
            ]
        return unit
    types = US_TYPES if us else UK_TYPES
    kinds = sel.US_KINDS if us else sel.UK_SECTION_KINDS
    first = types[0] if choice < 3 else types[1]
    if draw(st.booleans()):
        unit.text = draw(sentence(capital=True, end="—"))
    unit.children = draw(unit_list(profile, first, types, 2, kinds))
    return unit


@st.composite
def schedule(draw: st.DrawFn, number: str) -> m.Unit:
    unit = m.Unit(kind=m.SCHEDULE, number=number, heading=draw(heading(upper=True)))
    if draw(st.booleans()):
        unit.notes = [f"Section {draw(st.integers(1, 9))}"]
    kinds = sel.UK_SCHEDULE_KINDS
    for n in range(1, draw(st.integers(1, 3)) + 1):
        paragraph = m.Unit(kind=m.PARAGRAPH, number=str(n))
        if draw(st.booleans()):
            paragraph.text = draw(sentence(capital=True, end="."))
        else:
            paragraph.children = draw(unit_list("uk", sel.DIG, UK_TYPES, 1, kinds))
        unit.children.append(paragraph)
    return unit


@st.composite
def act_units(draw: st.DrawFn, profile: str) -> list[m.Unit]:
    us = profile == "us"
    count = draw(st.integers(1, 3))
    numbers = [str(n) for n in range(1, count + 1)]
    if draw(st.booleans()):
        numbers.insert(draw(st.integers(1, count)), f"{draw(st.integers(1, count))}A")
    sections = [draw(section(profile, n)) for n in numbers]
    units: list[m.Unit] = []
    if draw(st.booleans()):
        split = draw(st.integers(1, len(sections)))
        word_kind = m.DIVISION
        for index, group in enumerate([sections[:split], sections[split:]]):
            if not group:
                continue
            number = ["I", "II"][index] if us else str(index + 1)
            container = m.Unit(word_kind, number, draw(heading(upper=True)), children=group)
            if not us and draw(st.booleans()):
                container.children = [
                    m.Unit(m.GROUP, "", draw(heading(upper=False)), children=group)
                ]
            units.append(container)
    else:
        units = sections
    if not us:
        units += [draw(schedule(str(n))) for n in range(1, draw(st.integers(0, 2)) + 1)]
    return units


PREAMBLE = {
    "uk": [
        "Example Act 2024",
        "An Act to make provision about halls.",
        "BE IT ENACTED as follows:—",
    ],
    "us": ["An Act about halls", "To make provision about halls.", "Be it enacted by Congress,"],
}


def addressed(profile: str, units: list[m.Unit]) -> m.Act:
    from drafter.core.address import assign_addresses

    return assign_addresses(m.Act("t", language="en", profile=profile, units=units))


PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("profile", ["uk", "us"])
@PROPERTY
@given(data=st.data())
def test_written_units_read_back_unchanged(profile: str, data: st.DataObject) -> None:
    """parse(lines of units) gives the same tree; parse_unit_text(unit_lines(u)) gives u."""
    units = data.draw(act_units(profile).filter(lambda us: all(closing_is_readable(u) for u in us)))
    act = addressed(profile, units)
    prof = get_profile(profile)
    lines = list(PREAMBLE[profile])
    for unit in act.units:
        lines += se.unit_lines(unit, prof)
    result = se.parse(lines, prof, "t")
    assert act_to_dict(result.act)["units"] == act_to_dict(act)["units"], "\n".join(lines)
    assert [result.act.title, *result.act.preamble] == PREAMBLE[profile]
    assert result.warnings == []
    for unit in act.walk():
        text = "\n".join(se.unit_lines(unit, prof))
        back = se.parse_unit_text(text, unit.kind, prof)
        assert without_addresses(unit_to_dict(back)) == without_addresses(unit_to_dict(unit)), text


# --- running text that looks like a heading --------------------------------------------------
def test_us_amending_text_naming_a_section_stays_text() -> None:
    act = parse_us(
        """
A BILL
SEC. 2. AMENDMENT.
Section 5 of the Example Act (42 U.S.C. 1234) is amended—
(1) in subsection (a), by striking “30” and inserting “60”; and
(2) by adding at the end the following:
"""
    ).act
    assert act.preamble == ["A BILL"] and act.title == ""
    assert [u.address for u in act.walk()] == ["s:2", "s:2/para:1", "s:2/para:2"]
    assert act.find("s:2").text.startswith("Section 5 of the Example Act")


def test_uk_dates_and_chapter_numbers_are_not_sections() -> None:
    result = parse_uk(
        "Example Act 2024\n2024 CHAPTER 7\n1 January 2025\n"
        "1 Short title\nThis Act may be cited as the Example (Amendment) Act 2025."
    )
    assert result.act.preamble == ["Example Act 2024", "2024 CHAPTER 7", "1 January 2025"]
    assert [u.address for u in result.act.walk()] == ["s:1"]
    assert result.act.title == "Example (Amendment) Act 2025"


def test_uk_running_text_naming_parts_and_schedules_stays_text() -> None:
    act = parse_uk(
        "1 Interpretation\nPart 2 applies to England only.\n"
        "Schedule 1 makes further provision about licences."
    ).act
    assert [u.kind for u in act.walk()] == [m.SECTION, m.PARAGRAPH]
    assert act.units[0].text == "Part 2 applies to England only."


@pytest.mark.parametrize(
    ("text", "kind", "profile"),
    [
        ("The Secretary may act.", m.SUBSECTION, UK),
        ("(2) The Secretary may act.", m.SECTION, UK),
        ("SCHEDULE 2", m.SECTION, UK),
        ("SEC. 5. GRANTS.", m.SCHEDULE, US),
    ],
)
def test_parse_unit_text_rejects_text_of_another_kind(text: str, kind: str, profile) -> None:
    with pytest.raises(EngineError, match=kind):
        se.parse_unit_text(text, kind, profile)


FUZZ_PIECES = [
    *["(1)", "(a)", "(i)", "(h)", "(v)", "(2A)", "5A", "SEC. 5.", "§ 3", "SCHEDULE 2"],
    *["PART 1", "TITLE I—X", "Heading", "text.", "text—", "“x” means", "[Repealed]"],
    *["IN GENERAL.—", "Repealed.", "and", "Section 5", "Продажа"],
]


@settings(max_examples=50, deadline=None)
@given(
    lines=st.lists(
        st.lists(
            st.sampled_from(FUZZ_PIECES),
            max_size=4,
        ).map(" ".join),
        max_size=20,
    ),
    profile=st.sampled_from([UK, US]),
)
def test_any_text_is_read_without_losing_lines(lines: list[str], profile) -> None:
    """Bad input never crashes the parser, and every line ends up somewhere in the act."""
    act = se.parse(lines, profile, "t").act
    parts = [act.title, *act.preamble]
    for unit in act.walk():
        parts += [unit.number, unit.heading, unit.text, unit.closing, *unit.notes]
    kept = " ".join(parts)
    for line in lines:
        for word in ("Продажа", "means", "Heading"):
            if word in line:
                assert word in kept, lines


def test_us_code_layout_with_headings_on_their_own_line() -> None:
    act = parse_us(
        "§ 1234. Definitions\n(a) In general\nFor purposes of this section—\n"
        "(1) the term “hall” means a building; and\n(2) the term “fee” means a charge.\n"
        "(b) Repealed. Pub. L. 104–66, § 3, Dec. 21, 1995."
    ).act
    subsection = act.find("s:1234/ss:a")
    assert (subsection.heading, subsection.text) == ("In general", "For purposes of this section—")
    assert [c.number for c in subsection.children] == ["1", "2"]
    repealed = act.find("s:1234/ss:b")
    assert se.unit_lines(repealed, US) == ["(b) Repealed. Pub. L. 104–66, § 3, Dec. 21, 1995."]


# --- with the dispatcher and the text layout (structure.py, textlayout.py) -------------------
@pytest.mark.parametrize(
    ("name", "profile"), [("uk-example-act-2024.txt", "uk"), ("us-example-act-2024.txt", "us")]
)
def test_sample_reads_back_from_the_whole_act_text(name: str, profile: str) -> None:
    from drafter.core.structure import parse_lines
    from drafter.core.textlayout import act_to_lines

    first = parse_lines(read(DATA / "en" / name), slug="x")
    assert first.act.profile == profile
    again = parse_lines(act_to_lines(first.act), slug="x")
    assert act_to_dict(again.act) == act_to_dict(first.act)
    assert again.warnings == []


def test_title_line_before_the_first_section_is_the_title() -> None:
    act = parse_uk("Data Protection Act 2018\n1 Overview\n(1) This Act makes provision.").act
    assert act.title == "Data Protection Act 2018" and act.preamble == []
    assert [u.address for u in act.walk()] == ["s:1", "s:1/ss:1"]


def test_uk_chapters_inside_parts() -> None:
    act = parse_uk(
        """
PART 3
ENFORCEMENT
CHAPTER 1
INSPECTION
Powers of entry
10 Power to enter halls
An inspector may enter a hall at any reasonable time.
CHAPTER 2
PENALTIES
11 Penalty notices
An inspector may give a penalty notice.
"""
    ).act
    part = act.units[0]
    assert [(c.kind, c.number, c.heading) for c in part.children] == [
        (m.CHAPTER, "1", "INSPECTION"),
        (m.CHAPTER, "2", "PENALTIES"),
    ]
    assert part.children[0].children[0].kind == m.GROUP
    assert [u.address for u in act.top_units()] == ["s:10", "s:11"]


def test_duplicate_numbers_are_reported() -> None:
    result = parse_uk("1 First\nText one.\n1 Again\nText two.")
    # never merged: the second keeps its number and gets an address of its own
    assert [u.address for u in result.act.units] == ["s:1", "s:1~2"]
    assert [u.number for u in result.act.units] == ["1", "1"]
    assert any("s:1" in str(w.message) for w in result.warnings)


def test_numbered_unit_after_plain_paragraphs_is_their_sibling() -> None:
    act = parse_uk(
        "1 Application\nThis section applies to halls.\nIt also applies to tents.\n"
        "(a) first;\n(b) second."
    ).act
    section = act.units[0]
    assert [(c.kind, c.number) for c in section.children] == [
        (m.PARAGRAPH, ""),
        (m.PARAGRAPH, "a"),
        (m.PARAGRAPH, "b"),
    ]


def test_legislation_gov_uk_annotations_are_notes() -> None:
    result = parse_uk(
        """
1 Requirement for a licence
(1) A person must not operate a hall without a licence.
[F1(2A) It is a defence to show that all reasonable steps were taken.]
(3) F2. . .
Textual Amendments
F1S. 1(2A) inserted (1.4.2025) by Example Act 2025 (c. 3), s. 1
F2S. 1(3) repealed (1.4.2025) by Example Act 2025 (c. 3), s. 2
2 Fees
The fee is £10.
"""
    )
    act = result.act
    inserted = act.find("s:1/ss:2A")
    assert inserted.text == "It is a defence to show that all reasonable steps were taken."
    assert inserted.notes == ["F1"]
    assert act.find("s:1/ss:3").repealed
    assert act.find("s:1").notes == [
        "Textual Amendments",
        "F1S. 1(2A) inserted (1.4.2025) by Example Act 2025 (c. 3), s. 1",
        "F2S. 1(3) repealed (1.4.2025) by Example Act 2025 (c. 3), s. 2",
    ]
    assert act.find("s:2").text == "The fee is £10."
    assert result.warnings == []


def test_annotations_are_written_back_where_they_are_read() -> None:
    text = (
        "1 Requirement for a licence\n(1) A person must not operate a hall.\n"
        "[F2[F1(2A) It is a defence to show reasonable steps.]]\n"
        "Textual Amendments\nF1S. 1(2A) inserted (1.4.2025) by Example Act 2025 (c. 3), s. 1"
    )
    section = parse_uk(text).act.units[0]
    assert section.children[1].notes == ["F1", "F2"]
    assert se.unit_lines(section, UK) == text.split("\n")


# --- headings with a full stop; the front matter before the first section --------------------
def test_a_section_heading_ending_with_a_full_stop_is_a_heading():
    result = parse_uk(
        """
Example Regulations Act 2024
2024 CHAPTER 9
An Act to make provision about regulations.
6 Interpretation
(1) In this Act "hall" means a hall.
7 Power to make regulations.
(1) The Secretary of State may by regulations make provision about halls.
(2) Regulations under this section are subject to the negative procedure.
"""
    )
    act = result.act
    section = act.find("s:7")
    assert section.heading == "Power to make regulations"
    assert [c.address for c in section.children] == ["s:7/ss:1", "s:7/ss:2"]
    assert act.find("s:6").closing == ""  # the heading is no closing words of section 6
    assert result.warnings == []
    # a sentence after a number is no heading, full stop or not
    assert not dotted_heading("The Secretary of State may make further regulations.")
    assert not dotted_heading("Regulations are subject to the negative procedure.")
    assert dotted_heading("Short title.")


def test_title_chapter_line_and_long_title_stay_out_of_the_units():
    result = parse_uk(
        """
Example Act 2024
CHAPTER 7
An Act to make provision about the licensing of community halls
1 Overview
(1) This Act is about halls.
"""
    )
    act = result.act
    assert act.title == "Example Act 2024"
    assert act.preamble == [
        "CHAPTER 7",
        "An Act to make provision about the licensing of community halls",
    ]
    assert [u.kind for u in act.units] == [m.SECTION]
    assert act.find("s:1").heading == "Overview"
    # written out and read back: the same front matter and units
    again = se.parse(se_lines(act), UK, "t").act
    assert act_to_dict(again) == act_to_dict(act)


def se_lines(act: m.Act) -> list[str]:
    from drafter.core.textlayout import act_to_lines

    return act_to_lines(act)


def test_a_short_uk_act_with_a_part_is_detected():
    lines = [
        "Example Act 2024",
        "An Act to make provision about halls.",
        "PART 1",
        "Introductory",
        "1 Overview",
        "This Act is about halls.",
    ]
    assert english_profile(lines) == "uk"
