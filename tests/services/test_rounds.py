"""Approval rounds on the sample draft: sending round N (files marked, every paragraph with its
own bookmark, the paragraphs as sent kept), re-sending it byte for byte, answers, the list."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.address import assign_addresses
from drafter.core.draft import proposals_between, proposed_act
from drafter.core.linelayout import act_lines
from drafter.errors import DrafterError, ExportError
from drafter.io.docx_round import paragraph_segments
from drafter.io.project import Project
from drafter.services import rounds as services
from drafter.services.acts import load_act
from drafter.services.export import BundleResult, RoundInfo, export_project, write_bundle

sys.path.insert(0, str(Path(__file__).parents[1] / "io"))

from test_redline_reader import EDITS, apply_edit, corpus_act

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "tests" / "data" / "projects" / "demo-unsent.drafter"  # the sample, no round yet
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
WHEN = date(2026, 12, 7)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(DEMO, path)
    return path


def _custom(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("docProps/custom.xml"))
    return {p.get("name"): p.findtext(f"{VT}lpwstr") for p in root}


def _document(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def _table(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT * FROM sqlite_master").fetchall()) + sorted(
            conn.execute("SELECT number, sent_date FROM rounds").fetchall()
        )
    finally:
        conn.close()


def _send(demo: Path, out: Path, **kw) -> services.RoundExport:
    kw.setdefault("export_date", WHEN)
    return services.export_round(demo, out, "next", **kw)


def test_round_1_marks_the_bundle_and_every_paragraph(demo, tmp_path):
    out = tmp_path / "round-1"
    sent = _send(demo, out, to="МВД России, Минфин России,мвд россии", deadline="2026-12-25")
    assert sent.number == 1 and sent.new_agencies == ["МВД России", "Минфин России"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["round"] == {
        "number": 1,
        "date": "2026-12-07",
        "recipients": ["МВД России", "Минфин России"],
    }
    names = sorted(p.name for p in out.iterdir() if p.suffix == ".docx")
    assert names == [
        "bill.docx",
        "comparison-uk-rf.docx",
        "comparison-upk-rf.docx",
        "consolidated-uk-rf.docx",
        "consolidated-upk-rf.docx",
    ]
    with Project.open(demo, read_only=True) as project:
        ident = project.project_id()
        stored = project.sent_paragraphs(1)
        (round_1,) = project.rounds()
    assert sorted(stored) == names
    for name in names:
        path = out / name
        custom = _custom(path)
        kind = name.split("-")[0].removesuffix(".docx")
        act = name.removesuffix(".docx").split("-", 1)[1] if "-" in name else ""
        assert (
            custom.items()
            >= {
                "DrafterProject": ident,
                "DrafterRound": "1",
                "DrafterFile": name,
                "DrafterKind": kind,
                "DrafterAct": act,
                "DrafterStamp": "2026-12-07T00:00:00Z",
            }.items()
        )
        body = _document(path)
        paragraphs = list(body.iter(f"{W}p"))
        sent = stored[name]
        assert len(sent) == len(paragraphs) > 0
        seen = set()
        for p, line in zip(paragraphs, sent, strict=True):
            starts = p.findall(f"{W}bookmarkStart")
            ends = p.findall(f"{W}bookmarkEnd")
            if not line.text and not line.revisions:  # prints nothing: carries no bookmark
                assert starts == ends == [] and line.bookmark == ""
                continue
            # one bookmark, starting and ending inside its own paragraph
            assert line.bookmark == f"_drf{line.ordinal + 1}"
            assert len(starts) == len(ends) == 1
            assert starts[0].get(f"{W}id") == ends[0].get(f"{W}id")
            assert starts[0].get(f"{W}name") == line.bookmark
            assert custom[line.bookmark] == f"{line.act}|{line.address}|{line.role}"
            seen.add(line.bookmark)
        assert seen == {k for k in custom if k.startswith("_drf")}
        assert len(seen) == len([x for x in sent if x.text or x.revisions])
        # python-docx, an independent reader, gives every paragraph (table cells included, in
        # document order) as the words we kept: what was sent, less our tracked changes
        document = docx.Document(str(path))
        read = [Paragraph(p, document).text for p in document.element.body.iter(qn("w:p"))]
        kept = [
            "".join(t for op, t in x.revisions if op == 0) if x.revisions else x.text for x in sent
        ]
        assert read == kept
    assert [f.sha256 for f in round_1.files] == [
        hashlib.sha256((out / f.name).read_bytes()).hexdigest() for f in round_1.files
    ]
    assert {(x.agency, x.deadline, x.status) for x in round_1.recipients} == {
        ("МВД России", "2026-12-25", "pending"),
        ("Минфин России", "2026-12-25", "pending"),
    }


def _whole(p: r.SentParagraph, op: int) -> bool:
    """Is the paragraph inserted (op 1) or struck (op -1) whole by our tracked changes?"""
    return bool(p.revisions) and all(o == op for o, _ in p.revisions)


def test_every_paragraph_is_mapped_to_the_unit_it_prints(demo, tmp_path):
    _send(demo, tmp_path / "r1", to="МВД России")
    with Project.open(demo, read_only=True) as project:
        sent = project.sent_paragraphs(1)
        acts = {a.slug: a for a in project.acts()}
    bill = sent["bill.docx"]
    instructions = [p for p in bill if p.role == r.ROLE_INSTRUCTION]
    # «в пункте «в» части второй статьи 322.1 …» and the new wording under it
    assert [p.address for p in instructions if "пункт «в» части второй" in p.text] == [
        "art:322.1/part:2/pt:в"
    ]
    assert {p.address for p in bill if p.text.startswith("«Статья 322.4.")} == {"art:322.4"}
    assert {p.act for p in bill if "статьи 150" in p.text} == {"upk-rf"}
    assert bill[-1].role == r.ROLE_SIGNATURE
    table = sent["comparison-uk-rf.docx"]
    assert {p.place for p in table} >= {r.PLACE_CURRENT, r.PLACE_PROPOSED, r.PLACE_HEADER}
    absent = [p for p in table if p.role == "absent"]
    assert [(p.address, p.place, p.text) for p in absent] == [
        ("art:322.4", r.PLACE_CURRENT, "Отсутствует")
    ]
    consolidated = sent["consolidated-uk-rf.docx"]
    for p in consolidated:
        if p.address and p.role in ("head", "text"):
            unit = acts["uk-rf"].find(p.address)
            # an added unit is not in the current act; a unit there prints its own words
            if unit is not None and not p.revisions and unit.text and p.role == "text":
                assert unit.text[:20] in p.text
    added = [p for p in consolidated if p.address.startswith("art:322.4")]
    # the new article is inserted whole: "reject all" leaves nothing of its paragraphs (which
    # paragraph marks carry the insertion is the redline's business)
    assert added and all(_whole(p, 1) and p.current_text == "" for p in added)
    changed = [p for p in consolidated if p.revisions and not p.mark]
    assert changed and all(p.text != p.current_text for p in changed)


def test_a_sent_round_is_written_again_byte_for_byte(demo, tmp_path):
    first = tmp_path / "r1"
    _send(demo, first, to="МВД России")
    with Project.open(demo) as project:  # the draft changes after the round was sent
        draft = project.draft()
        frozen = services.frozen_draft(draft, project.acts())
        assert project.round_draft(1) == frozen
        assert [len(a["proposals"]) for a in frozen["acts"]] == [
            len(a.proposals) for a in draft.acts
        ]
        assert frozen["acts"][0]["edition_date"] == "2023-08-04"
        draft.title = "Другой заголовок"
        project.save_draft_meta(draft)
        slug, address = draft.acts[0].slug, next(iter(draft.acts[0].proposals))
        project.remove_proposal(slug, address)
        assert project.round_draft(1) == frozen  # the round keeps the draft as it was sent
    again = tmp_path / "again"
    result = services.export_round(demo, again, "1")
    assert result.resent and result.number == 1
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in first.iterdir())
    for path in first.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes()


def test_the_next_round_goes_to_the_previous_recipients(demo, tmp_path):
    _send(demo, tmp_path / "r1", to="МВД России,Минфин России", deadline="2026-12-25")
    second = services.export_round(demo, tmp_path / "r2", "next", export_date=date(2027, 1, 15))
    assert second.number == 2 and second.new_agencies == []
    manifest = json.loads((tmp_path / "r2" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["round"] == {
        "number": 2,
        "date": "2027-01-15",
        "recipients": ["МВД России", "Минфин России"],
    }
    third = services.export_round(demo, tmp_path / "r3", "next", to="минфин россии, ФНС России")
    assert third.new_agencies == ["ФНС России"]
    listed = services.list_rounds(demo)
    assert [x["number"] for x in listed] == [1, 2, 3]
    assert [y["agency"] for y in listed[2]["recipients"]] == ["Минфин России", "ФНС России"]
    assert listed[1]["recipients"][0] == {
        "agency": "МВД России",
        "deadline": None,
        "status": "pending",
        "letter": None,
        "answer_date": None,
        "due": "open",
        "days": None,
    }


def test_answers_are_recorded_and_listed(demo, tmp_path):
    _send(demo, tmp_path / "r1", to="МВД России,Минфин России", deadline="2026-12-25")
    answer = services.record_answer(
        demo, "мвд россии", 1, "remarks", letter="1/2345", answer_date="2026-12-12"
    )
    assert (answer.agency, answer.status, answer.letter) == ("МВД России", "remarks", "1/2345")
    services.record_answer(demo, "Минфин России", 1, "none")
    assert services.list_rounds(demo) == [
        {
            "number": 1,
            "date": "2026-12-07",
            "closed": None,
            "recipients": [
                {
                    "agency": "МВД России",
                    "deadline": "2026-12-25",
                    "status": "remarks",
                    "letter": "1/2345",
                    "answer_date": "2026-12-12",
                    "due": "received",
                    "days": None,
                },
                {
                    "agency": "Минфин России",
                    "deadline": "2026-12-25",
                    "status": "none",
                    "letter": None,
                    "answer_date": None,
                    "due": "received",
                    "days": None,
                },
            ],
            "remarks": {"total": 0, "open": 0},
        }
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("МВД России", 2, "agreed"), "demo.drafter has no round 2; the rounds sent are 1."),
        (
            ("ФСБ России", 1, "agreed"),
            "demo.drafter has no agency «ФСБ России» (known: МВД России, ФНС России).",
        ),
        (
            ("ФНС России", 1, "agreed"),
            "Round 1 was not sent to ФНС России (sent to: МВД России).",
        ),
        (("МВД России", 1, "maybe"), "'maybe' is not an answer: write agreed, remarks, "
         "objections or none."),
    ],
)  # fmt: skip
def test_a_bad_answer_is_one_sentence_and_changes_nothing(demo, tmp_path, args, expected):
    _send(demo, tmp_path / "r1", to="МВД России")
    with Project.open(demo) as project:
        project.add_agency(r.Agency("ФНС России"))
    before = hashlib.sha256(demo.read_bytes()).digest()
    with pytest.raises(DrafterError) as info:
        services.record_answer(demo, *args)
    assert str(info.value) == expected
    with pytest.raises(
        DrafterError, match=r"^'2026-02-30' is not a date: write it as YYYY-MM-DD\.$"
    ):
        services.record_answer(demo, "МВД России", 1, "agreed", answer_date="2026-02-30")
    assert hashlib.sha256(demo.read_bytes()).digest() == before


def test_a_project_without_rounds_says_so(demo, tmp_path):
    with pytest.raises(DrafterError, match=r"^demo\.drafter has no round 1: no round has been"):
        services.export_round(demo, tmp_path / "x", "1")
    with pytest.raises(DrafterError, match=r"^Round 1 has no recipients: name them with --to"):
        services.export_round(demo, tmp_path / "x", "next")
    assert not (tmp_path / "x").exists()
    assert services.list_rounds(demo) == []


def test_a_failed_round_leaves_the_project_and_the_folder_as_they_were(demo, tmp_path, monkeypatch):
    _send(demo, tmp_path / "r1", to="МВД России")
    Project.open(demo).close()
    before = _table(demo)
    digest = hashlib.sha256(demo.read_bytes()).digest()
    target = tmp_path / "r2"
    listing = sorted(p.name for p in tmp_path.iterdir())

    def broken(self, *args, **kwargs):
        raise ExportError("disk full")

    monkeypatch.setattr(Project, "add_round", broken)
    with pytest.raises(ExportError, match="disk full"):
        services.export_round(demo, target, "next", to="Минфин России")
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no folder, no leftovers
    monkeypatch.undo()
    with Project.open(demo, read_only=True) as project:
        assert project.find_agency("Минфин России") is None  # created in the same transaction
        assert project.last_round() == 1
    assert _table(demo) == before
    assert hashlib.sha256(demo.read_bytes()).digest() == digest
    # a folder that exists already: refused before anything is stored
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("keep")
    with pytest.raises(ExportError, match="already exists"):
        services.export_round(demo, tmp_path / "full", "next")
    assert hashlib.sha256(demo.read_bytes()).digest() == digest


def test_options_of_a_new_round_are_refused_for_a_sent_one(demo, tmp_path):
    _send(demo, tmp_path / "r1", to="МВД России")
    for kw in ({"to": "Минфин России"}, {"deadline": "2027-01-01"}, {"export_date": WHEN}):
        with pytest.raises(DrafterError, match=r"^Round 1 was sent already"):
            services.export_round(demo, tmp_path / "again", "1", **kw)
    with pytest.raises(DrafterError, match=r"^'first' is not a round"):
        services.export_round(demo, tmp_path / "again", "first")
    with pytest.raises(DrafterError, match=r"^'25\.12\.2026' is not a date"):
        services.export_round(demo, tmp_path / "again", "next", deadline="25.12.2026")
    assert not (tmp_path / "again").exists()


PACKAGE = ("explanatory-note.docx", "financial-justification.docx", "list-of-acts.docx")


def test_an_export_without_a_round_is_as_before(demo, tmp_path):
    result = export_project(demo, tmp_path / "plain", export_date=WHEN)
    manifest = json.loads((tmp_path / "plain" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["round"] is None
    for name in result.files[:-1]:
        custom = _custom(tmp_path / "plain" / name) if name.startswith("consolidated") else {}
        assert "DrafterRound" not in custom
        names = [
            b.get(f"{W}name")
            for b in _document(tmp_path / "plain" / name).iter(f"{W}bookmarkStart")
        ]
        if name.startswith("consolidated"):
            assert names  # the unit bookmarks of the consolidated text, as today
        elif name in PACKAGE:
            assert names  # the package (new in issue 12): a bookmark per paragraph
        else:
            assert names == []
    assert services.list_rounds(demo) == []


EN = ROOT / "tests" / "data" / "en"


def _english_round(tmp_path: Path, style: str) -> BundleResult:
    act = load_act(EN / f"{style}-example-act-2024.txt").act
    after = act.copy()
    leaves = [u for u in after.walk() if u.text and not u.is_container]
    leaves[3].text = leaves[3].text.replace(" the ", " any ", 1)
    leaves[10].text += " and nothing else"
    assign_addresses(after)
    draft = m.Draft(agency="Cabinet Office", style=style)
    draft.for_act(act.slug).proposals = proposals_between(act, after)
    info = RoundInfo(1, "project-id", ("HM Treasury",))
    return write_bundle(draft, [act], tmp_path / style, export_date=WHEN, round_info=info)


def test_english_bills_and_comparisons_are_mapped_to_units(tmp_path):
    uk = _english_round(tmp_path, "uk").sent["bill.docx"]
    by_text = {p.text: p for p in uk}
    assert by_text["(1) The Example Act 2024 is amended as follows."].role == r.ROLE_LEAD_IN
    insert = next(p for p in uk if p.text.startswith("(2) In section 2(3), at the end insert"))
    assert (insert.address, insert.role) == ("s:2/ss:3", r.ROLE_INSTRUCTION)
    short_title = next(p for p in uk if p.text.startswith("This Act may be cited as"))
    assert (short_title.act, short_title.role) == ("", r.ROLE_FINAL)
    us = _english_round(tmp_path, "us")
    amending = [p for p in us.sent["bill.docx"] if p.text.startswith("Section 2(1)(A)")]
    assert [(p.act, p.address) for p in amending] == [
        ("us-example-act-2024", "s:2/para:1/subpara:A")
    ]
    for name, paragraphs in us.sent.items():
        if name != "bill.docx":
            assert {p.act for p in paragraphs} == {"us-example-act-2024"}
            printed = [p for p in paragraphs if p.role in ("head", "text", "closing")]
            assert printed and all(p.address for p in printed)


CODE = (
    ROOT
    / "tests"
    / "data"
    / "corpus"
    / "ru-uk-rf-full"
    / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
)


def test_a_round_of_the_whole_criminal_code(tmp_path):
    """Size check: every paragraph of the whole consolidated Code is mapped to its printed line."""
    act = load_act(CODE, slug="uk-rf").act
    act.title = "Уголовный кодекс Российской Федерации"
    after = act.copy()
    rng = random.Random(10)
    for _ in range(40):
        kind = rng.choice([e for e in EDITS if e != "add_article"])  # articles sit in chapters
        apply_edit(after, kind, rng.randrange(500), rng.randrange(9), "изменено")
    assign_addresses(after)
    draft = m.Draft(agency="Минюст России", style="ru")
    draft.for_act("uk-rf").proposals = proposals_between(act, after)
    started = time.perf_counter()
    result = write_bundle(
        draft, [act], tmp_path / "code", export_date=WHEN, round_info=RoundInfo(1, "p", ("A",))
    )
    elapsed = time.perf_counter() - started
    consolidated = result.sent["consolidated-uk-rf.docx"]
    lines = act_lines(assign_addresses(proposed_act(act, draft.acts[0])))
    assert len(consolidated) >= len(lines) > 3000
    proposed = {(x.address, x.role) for x in lines}
    # every paragraph that reads as a line of the proposed Code is that line
    kept = [p for p in consolidated if not _whole(p, -1)]
    assert all((p.address, p.role) in proposed for p in kept[1:])
    # a paragraph of ours deleted whole reads as "" but prints struck words: it is marked too
    assert len({p.bookmark for p in consolidated if p.bookmark}) == len(
        [p for p in consolidated if p.text or p.revisions]
    )
    bill = result.sent["bill.docx"]
    assert sum(1 for p in bill if p.role == r.ROLE_INSTRUCTION and p.address) > 30
    assert elapsed < 60, f"the round export of the whole Code took {elapsed:.1f} s"


def test_remarks_of_a_letter_are_entered_by_hand_on_units_as_sent(demo, tmp_path):
    _send(demo, tmp_path / "r1", to="МВД России")
    services.record_answer(demo, "МВД России", 1, "remarks", letter="1/2345")
    on_new = services.add_letter_remark(
        demo, "мвд россии", 1, act="uk-rf", address="art:322.4/part:2",
        text="  Снизить верхний предел наказания.  ", proposed="…до трех лет…",
    )  # fmt: skip
    on_act = services.add_letter_remark(
        demo, "МВД России", 1, act="upk-rf", address="", text="Проект не согласован с ФСБ."
    )
    with Project.open(demo, read_only=True) as project:
        stored = project.remarks(1)
    assert stored == [on_new, on_act]
    assert (stored[0].kind, stored[0].placement, stored[0].text) == (
        "letter", "manual", "Снизить верхний предел наказания."
    )  # fmt: skip
    before = hashlib.sha256(demo.read_bytes()).digest()
    bad = [
        ({"act": "uk-rf", "address": "art:999", "text": "x"},
         "uk-rf has no unit art:999 in the text sent in round 1."),
        ({"act": "koap", "address": "", "text": "x"}, "demo.drafter has no act «koap»."),
        ({"act": "uk-rf", "address": "art:322", "text": " "},
         "The remark has no text; write what the agency says."),
    ]  # fmt: skip
    for kw, sentence in bad:
        with pytest.raises(DrafterError) as info:
            services.add_letter_remark(demo, "МВД России", 1, **kw)
        assert str(info.value) == sentence
    with pytest.raises(DrafterError, match=r"^demo\.drafter has no round 2"):
        services.add_letter_remark(demo, "МВД России", 2, act="uk-rf", address="", text="x")
    assert hashlib.sha256(demo.read_bytes()).digest() == before


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(EDITS),
            st.integers(0, 20),
            st.integers(0, 20),
            st.sampled_from(["шести", "«новой»", "ё"]),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_every_paragraph_of_every_round_file_is_marked_and_mapped(edits):
    """Whatever the draft changes: each paragraph that prints something carries exactly one
    bookmark, inside it, reads back as sent, and names a unit of the act as it is or as the
    draft proposes it (the bill: the unit its instruction amends)."""
    act = corpus_act()
    after = act.copy()
    for edit in edits:
        apply_edit(after, *edit)
    assign_addresses(after)
    draft = m.Draft(agency="Минюст России", style="ru")
    draft.for_act(act.slug).proposals = proposals_between(act, after)
    with tempfile.TemporaryDirectory() as folder:
        try:
            result = write_bundle(
                draft, [act], Path(folder) / "b", export_date=WHEN, round_info=RoundInfo(1, "p")
            )
        except ExportError:
            assume(False)  # the edits cancelled out: no changes, nothing to send
        proposed = assign_addresses(proposed_act(act, draft.acts[0]))
        lines = {(x.address, x.role) for x in act_lines(act) + act_lines(proposed)}
        units = {u.address for u in act.walk()} | {u.address for u in proposed.walk()}
        for name, sent in result.sent.items():
            paragraphs = list(_document(result.path / name).iter(f"{W}p"))
            assert len(paragraphs) == len(sent)
            for p, line in zip(paragraphs, sent, strict=True):
                names = [b.get(f"{W}name") for b in p.iter(f"{W}bookmarkStart")]
                ends = p.findall(f"{W}bookmarkEnd")
                assert names == ([line.bookmark] if line.text or line.revisions else [])
                assert len(ends) == len(names)
                segments, _mark = paragraph_segments(p)
                assert "".join(t for op, t in segments if op >= 0) == line.text
                if name.startswith("consolidated") and line.role != "title":
                    assert (line.address, line.role) in lines
                elif line.address:
                    assert line.address in units, (name, line)
