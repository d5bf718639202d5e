"""LibreOffice, a client nobody here wrote, opens our documents and accepts/rejects our changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_redline_reader import apply_edit, corpus_act

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.errors import ExportError
from drafter.io.docx_redline import Redline, write_redline
from drafter.io.redline_reader import read_redline

# ``office``: the session's one LibreOffice (tests/conftest.py).
pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

WHEN = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
AUTHOR = "Минюст России"

# (name, edits as apply_edit arguments, scope): a fixed set, each shaping the markup differently.
REDLINE_CASES = [
    ("words", [("replace", 1, 3, "шести"), ("insert", 1, 7, "штрафом")], "changed"),
    ("repeal-and-add", [("repeal", 2, 0, ""), ("add_article", 3, 1, "новой")], "whole"),
    ("drop-and-add-parts", [("drop_unit", 0, 1, ""), ("add_part", 1, 0, "шести")], "changed"),
    ("added-at-the-end", [("add_article", 3, 0, "последней")], "changed"),
    ("repealed-at-the-end", [("repeal", 3, 0, "")], "whole"),
    ("heading-closing", [("heading", 0, 0, "(новая)"), ("closing", 1, 2, "штрафом")], "whole"),
    (
        "mixed",
        [("delete_words", 0, 5, ""), ("replace", 2, 9, "«кавычки»"), ("add_part", 3, 2, "ё")],
        "whole",
    ),
]


def _us_act() -> tuple[m.Act, m.Act]:
    def sec(n: str, head: str, subs: list[str]) -> m.Unit:
        return m.Unit(
            m.SECTION,
            n,
            head,
            children=[m.Unit(m.SUBSECTION, chr(ord("a") + i), text=t) for i, t in enumerate(subs)],
        )

    before = m.Act(slug="us-code", title="Example Act", language="en", profile="us")
    before.units = [
        sec("1", "Short title", ["This Act may be cited as the Example Act."]),
        sec("2", "Penalties", ["A fine of $500 applies.", "The court may waive the fine."]),
    ]
    after = before.copy()
    after.units[1].children[0].text = "A fine of $1,000 applies."
    after.units[1].children.insert(1, m.Unit(m.SUBSECTION, "a-1", text="New matter."))
    return assign_addresses(before), assign_addresses(after)


@pytest.fixture(scope="session")
def redlines(tmp_path_factory) -> dict[str, tuple[Path, Redline]]:
    folder = tmp_path_factory.mktemp("lo-redlines")
    made: dict[str, tuple[Path, Redline]] = {}
    for name, edits, scope in REDLINE_CASES:
        before = corpus_act()
        after = before.copy()
        for edit in edits:
            apply_edit(after, *edit)
        assign_addresses(after)
        path = folder / f"{name}.docx"
        made[name] = (
            path,
            write_redline(before, after, path, author=AUTHOR, date=WHEN, scope=scope),
        )
    before, after = _us_act()
    path = folder / "us.docx"
    made["us"] = (path, write_redline(before, after, path, author="Committee", date=WHEN))
    return made


@pytest.fixture(scope="session")
def inspected(office, redlines) -> dict[str, dict]:
    answers = office.call("inspect", *(path for path, _ in redlines.values()))
    return dict(zip(redlines, answers, strict=True))


@pytest.mark.parametrize("name", [c[0] for c in REDLINE_CASES] + ["us"])
def test_libreoffice_accepts_and_rejects_our_changes(name, redlines, inspected):
    _, redline = redlines[name]
    answer = inspected[name]
    assert answer["redlines"], "LibreOffice saw no tracked changes"
    assert {r["author"] for r in answer["redlines"]} == {redline_author(name)}
    assert answer["accepted"] == redline.proposed
    assert answer["rejected"] == redline.current
    assert answer["remaining_after_accept"] == 0
    assert answer["remaining_after_reject"] == 0
    assert answer["record_changes"] is True  # a reviewer's own edits are tracked too


def redline_author(name: str) -> str:
    return "Committee" if name == "us" else AUTHOR


def test_a_redline_resaved_by_libreoffice_reads_back_the_same(office, redlines, tmp_path):
    path, redline = redlines["repeal-and-add"]
    resaved = tmp_path / "resaved.docx"
    office.call("resave", path, resaved)
    text = read_redline(resaved)
    assert text.accept_all() == redline.proposed
    assert text.reject_all() == redline.current
    assert {r.author for r in text.revisions} == {AUTHOR}


@pytest.fixture(scope="session")
def bundle_files(tmp_path_factory) -> list[Path]:
    from drafter.core.draft import proposals_between
    from drafter.io.docx_compare import write_comparison
    from drafter.services.export import write_bundle

    act = corpus_act()
    after = act.copy()
    for edit in [("replace", 1, 3, "шести"), ("repeal", 2, 0, ""), ("add_article", 3, 1, "ё")]:
        apply_edit(after, *edit)
    assign_addresses(after)
    draft = m.Draft(agency=AUTHOR, style="ru")
    draft.for_act(act.slug).proposals = proposals_between(act, after)
    folder = tmp_path_factory.mktemp("lo-bundle")
    out = write_bundle(draft, [act], folder / "bundle", export_date=WHEN).path
    files = [out / "bill.docx", out / "comparison-uk-rf.docx", out / "consolidated-uk-rf.docx"]
    for style in ("uk", "us"):
        path = folder / f"comparison-{style}.docx"
        write_comparison(act, after, path, author="Clerk", date=WHEN, style=style)
        files.append(path)
    return files


def test_libreoffice_opens_the_bundle_and_the_comparison_prints(office, bundle_files):
    answers = {Path(a["file"]).name: a for a in office.call("inspect", *bundle_files)}
    for name, answer in answers.items():
        assert answer["text_raw"], f"{name} looks empty in LibreOffice"
        assert answer["remaining_after_accept"] == 0 and answer["remaining_after_reject"] == 0
    assert not answers["bill.docx"]["redlines"]
    assert not answers["comparison-uk-rf.docx"]["redlines"]
    table = answers["comparison-uk-rf.docx"]["text_raw"]
    assert "Действующая редакция" in table and "Отсутствует" in table
    assert "Статья 322.2. Утратила силу." in table
    redline = answers["consolidated-uk-rf.docx"]
    ours = read_redline(bundle_files[2])
    assert redline["accepted"] == ours.accept_all()
    assert redline["rejected"] == ours.reject_all()
    assert any(
        p.startswith("1) в пункте") or "Статья 1" == p for p in answers["bill.docx"]["text_raw"]
    )


def test_documents_render_to_pdf_with_the_page_setup(office, bundle_files, tmp_path):
    import shutil
    import subprocess

    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    sizes = {}
    for source in bundle_files[:3]:
        pdf = tmp_path / f"{source.stem}.pdf"
        office.call("pdf", source, pdf)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
        width, _, height = fields["Page size"].split()[:3]
        sizes[source.stem] = (round(float(width)), round(float(height)))
    assert sizes["bill"] == (595, 842)  # A4 portrait, in points
    assert sizes["consolidated-uk-rf"] == (595, 842)
    assert sizes["comparison-uk-rf"] == (842, 595)  # landscape


# --- whole units added: reject all gives the current text paragraph for paragraph ---------------
CODE = Path(__file__).parents[1] / "data" / "corpus" / "ru-uk-rf-full"
CODE_TXT = CODE / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
# The names LibreOffice gives our paragraph styles once it has read the file.
LO_STYLE = {
    "Title": "Title",
    "Heading1": "Heading 1",
    "Heading2": "Heading 2",
    "BodyText": "Text body",
    "Subtitle": "Subtitle",
}


@pytest.fixture(scope="session")
def criminal_code() -> m.Act:
    from drafter.core.structure import parse_lines

    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    return assign_addresses(parse_lines(lines, slug="uk-rf").act)


def code_window(code: m.Act, chapter: str, first: int, count: int, *, keep_chapter: bool) -> m.Act:
    """``count`` articles of the Code's chapter ``chapter`` from the ``first``, as an act."""
    found = next(u for u in code.walk() if u.kind == m.CHAPTER and u.number == chapter)
    shell = m.Unit(found.kind, found.number, found.heading, found.text)
    shell.children = [c.copy() for c in found.children[first : first + count]]
    act = m.Act(slug="uk-rf", title="Уголовный кодекс Российской Федерации")
    act.units = [shell] if keep_chapter else shell.children
    return assign_addresses(act)


def new_article(number: str, word: str, parts: int = 2) -> m.Unit:
    return m.Unit(
        m.ARTICLE,
        number,
        f"Новая статья {word}",
        children=[
            m.Unit(m.PART, str(i + 1), text=f"Текст {word}, часть {i + 1}.") for i in range(parts)
        ],
    )


def _repeal(unit: m.Unit) -> None:
    unit.repealed = True
    unit.heading = unit.text = unit.closing = ""
    unit.children = []


def _chapter(act: m.Act) -> m.Unit:
    return act.units[0]


# (name, chapter of the Code, first article, articles, keep the chapter, the drafter's edit)
ADDED_UNITS = [
    (
        "article-first-in-chapter",
        "32",
        0,
        4,
        True,
        lambda a: _chapter(a).children.insert(0, new_article("316.1", "а")),
    ),
    (
        "article-in-the-middle",
        "32",
        0,
        4,
        True,
        lambda a: _chapter(a).children.insert(2, new_article("318.1", "б")),
    ),
    (
        "article-last-in-chapter",
        "32",
        0,
        4,
        True,
        lambda a: _chapter(a).children.append(new_article("320.1", "в")),
    ),
    (
        "article-first-in-act",
        "32",
        5,
        3,
        False,
        lambda a: a.units.insert(0, new_article("321.1", "г")),
    ),
    ("article-last-in-act", "32", 5, 3, False, lambda a: a.units.append(new_article("322.9", "д"))),
    (
        "three-articles-in-a-row",
        "32",
        0,
        3,
        True,
        lambda a: [
            _chapter(a).children.insert(1, new_article(f"317.{i}", "е", i)) for i in (3, 2, 1)
        ],
    ),
    (
        "part-first",
        "32",
        0,
        3,
        True,
        lambda a: (
            _chapter(a)
            .children[1]
            .children.insert(0, m.Unit(m.PART, "0.1", text="Новая первая часть."))
        ),
    ),
    (
        "part-last-in-act",
        "32",
        5,
        2,
        False,
        lambda a: a.units[-1].children.append(m.Unit(m.PART, "9", text="Новая последняя часть.")),
    ),
    (
        "point-in-the-middle-and-last",
        "10",
        3,
        1,
        True,
        lambda a: [
            _chapter(a)
            .children[0]
            .children[0]
            .children.insert(3, m.Unit(m.POINT, "в.1", text="новый пункт;")),
            _chapter(a)
            .children[0]
            .children[0]
            .children.append(m.Unit(m.POINT, "т", text="последний пункт.")),
        ],
    ),
    (
        "after-a-repealed-article",
        "32",
        0,
        4,
        True,
        lambda a: (
            _repeal(_chapter(a).children[1]),
            _chapter(a).children.insert(2, new_article("318.1", "ж")),
        ),
    ),
    (
        "after-a-repealed-last-article",
        "32",
        0,
        3,
        True,
        lambda a: (
            _repeal(_chapter(a).children[-1]),
            _chapter(a).children.append(new_article("319.1", "з")),
        ),
    ),
    (
        "chapter-first",
        "32",
        0,
        2,
        True,
        lambda a: a.units.insert(
            0, m.Unit(m.CHAPTER, "31.1", "Новая глава", children=[new_article("316.5", "и")])
        ),
    ),
    (
        "chapter-last",
        "32",
        0,
        2,
        True,
        lambda a: a.units.append(
            m.Unit(m.CHAPTER, "32.1", "Новая глава", children=[new_article("330.5", "к")])
        ),
    ),
]


@pytest.fixture(scope="session")
def added_units(criminal_code, tmp_path_factory) -> dict[str, tuple[Path, Redline]]:
    folder = tmp_path_factory.mktemp("lo-added")
    made: dict[str, tuple[Path, Redline]] = {}
    for name, chapter, first, count, keep, edit in ADDED_UNITS:
        before = code_window(criminal_code, chapter, first, count, keep_chapter=keep)
        after = before.copy()
        edit(after)
        assign_addresses(after)
        for scope in SCOPES_TESTED:
            path = folder / f"{name}-{scope}.docx"
            made[f"{name}-{scope}"] = (
                path,
                write_redline(before, after, path, author=AUTHOR, date=WHEN, scope=scope),
            )
    return made


SCOPES_TESTED = ("whole", "changed")


def test_reject_all_gives_the_current_text_paragraph_for_paragraph(office, added_units):
    """Whole units added at the start, middle and end of an act and of a parent, several in a
    row and after a repealed one: every paragraph comes back as it was, in its own style."""
    answers = office.call("inspect", *(path for path, _ in added_units.values()))
    wrong = []
    for (name, (path, redline)), answer in zip(added_units.items(), answers, strict=True):
        ours = read_redline(path)
        assert answer["rejected"] == redline.current == ours.reject_all(), name
        assert answer["accepted"] == redline.proposed == ours.accept_all(), name
        assert answer["remaining_after_reject"] == answer["remaining_after_accept"] == 0
        if answer["rejected_styles"] != [LO_STYLE[s] for s in redline.current_styles]:
            wrong.append(f"{name}: rejected")
        if answer["accepted_styles"] != [LO_STYLE[s] for s in redline.proposed_styles]:
            wrong.append(f"{name}: accepted")
    assert not wrong, "a paragraph took another paragraph's style: " + ", ".join(wrong)


def _bookmarked_paragraphs(path: Path) -> dict[str, str]:
    """Bookmark name → the raw text (kept, inserted and struck) of the paragraph it is in.

    Fails when a bookmark starts in one paragraph and ends in another, or is there twice.
    """
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    found: dict[str, str] = {}
    for para in root.iter(f"{w}p"):
        ends = {e.get(f"{w}id") for e in para.iter(f"{w}bookmarkEnd")}
        for start in para.iter(f"{w}bookmarkStart"):
            name = start.get(f"{w}name")
            if not name.startswith("_drf"):
                continue
            assert start.get(f"{w}id") in ends, f"{name} does not end in its paragraph"
            assert name not in found, f"{name} is there twice"
            found[name] = "".join(t.text or "" for t in para.iter(f"{w}t", f"{w}delText"))
    return found


def _custom_props(path: Path) -> dict[str, str]:
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("docProps/custom.xml"))
    return {p.get("name"): p[0].text or "" for p in root}


@pytest.mark.parametrize(
    "name", ["after-a-repealed-article-whole", "three-articles-in-a-row-changed"]
)
def test_paragraph_bookmarks_survive_two_libreoffice_saves(office, added_units, tmp_path, name):
    path, redline = added_units[name]
    sent = _bookmarked_paragraphs(path)
    assert set(sent) == set(redline.bookmarks)  # one per paragraph, each inside it
    once, twice = tmp_path / "once.docx", tmp_path / "twice.docx"
    office.call("resave", path, once)
    office.call("resave", once, twice)
    for saved in (once, twice):
        back = _bookmarked_paragraphs(saved)
        assert back == sent  # every bookmark, inside the paragraph it was written in
        props = _custom_props(saved)
        units = {n: props[n].split("|")[1] for n in redline.bookmarks}
        assert units == redline.bookmarks  # the same units
    text = read_redline(twice)
    assert text.reject_all() == redline.current and text.accept_all() == redline.proposed


# --- property: random whole units added to real articles of the Criminal Code -------------------
_ADDITION = st.tuples(
    st.sampled_from(["article", "article", "part", "point", "chapter", "repeal"]),
    st.integers(0, 1000),  # which parent
    st.integers(0, 1000),  # where in it
    st.integers(1, 3),  # how many in a row
)


def _add(act: m.Act, kind: str, which: int, where: int, count: int, tag: str) -> None:
    """Add ``count`` new units of ``kind`` (or repeal an article) at a place picked by numbers."""
    if kind == "chapter":
        units = [new_article(f"{900 + which % 50}.{where % 9 + 1}", tag, 1)]
        chapter = m.Unit(m.CHAPTER, f"{which % 40}.{where % 9 + 1}", f"Новая глава {tag}")
        chapter.children = units
        act.units.insert(where % (len(act.units) + 1), chapter)
        return
    if kind == "article":
        parents = [u.children for u in act.units if u.kind == m.CHAPTER] or [act.units]
        into = parents[which % len(parents)]
        at = where % (len(into) + 1)
        for i in range(count):
            into.insert(at, new_article(f"{800 + which % 90}.{where % 9}{i}", tag, i % 3))
        return
    articles = [u for u in act.top_units() if not u.repealed]
    if not articles:
        return
    article = articles[which % len(articles)]
    if kind == "repeal":
        _repeal(article)
        return
    if kind == "point":
        holders = [u for u in article.walk() if any(c.kind == m.POINT for c in u.children)]
        parent = holders[where % len(holders)] if holders else article
        new = [m.Unit(m.POINT, f"{tag}{i}", text=f"новый пункт {tag};") for i in range(count)]
    else:
        parent = article
        new = [
            m.Unit(m.PART, f"{where % 9}.{i + 1}", text=f"Новая часть {tag}.") for i in range(count)
        ]
    at = where % (len(parent.children) + 1)
    parent.children[at:at] = new


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    window=st.tuples(st.integers(0, 35), st.integers(0, 30), st.integers(1, 4), st.booleans()),
    additions=st.lists(_ADDITION, min_size=1, max_size=4),
    whole=st.booleans(),
)
def test_random_whole_units_added_reject_and_accept_paragraph_for_paragraph(
    office, criminal_code, window, additions, whole
):
    """LibreOffice's reject-all is the current text and accept-all the proposed one, paragraph
    for paragraph and style for style, and our reader reads the same, whatever whole units a
    draft adds (or repeals) where."""
    import tempfile

    chapters = [u for u in criminal_code.walk() if u.kind == m.CHAPTER]
    chapter = chapters[window[0] % len(chapters)]
    first = window[1] % len(chapter.children)
    before = code_window(criminal_code, chapter.number, first, window[2], keep_chapter=window[3])
    after = before.copy()
    for n, addition in enumerate(additions):
        _add(after, *addition, tag=f"№{n}")
    assign_addresses(after)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "redline.docx"
        try:
            redline = write_redline(
                before, after, path, author=AUTHOR, date=WHEN, scope="whole" if whole else "changed"
            )
        except ExportError:  # only repeals of repealed articles: nothing changed
            return
        (answer,) = office.call("inspect", path)
        ours = read_redline(path)
    assert answer["rejected"] == redline.current == ours.reject_all()
    assert answer["accepted"] == redline.proposed == ours.accept_all()
    assert answer["rejected_styles"] == [LO_STYLE[s] for s in redline.current_styles]
    assert answer["accepted_styles"] == [LO_STYLE[s] for s in redline.proposed_styles]
