"""Returned review files read back: every reviewer item on its unit, ours never reported as theirs,
threads and resolved flags kept, bookmarks not needed, damaged files refused in one sentence."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_redline_reader import apply_edit, corpus_act
from word_reviewer import WordReviewer

from drafter.core.address import assign_addresses
from drafter.core.review import review
from drafter.core.review_doc import SentFile, common_unit
from drafter.errors import ImportFailed
from drafter.io.docx_redline import write_redline
from drafter.io.review_reader import read_returned, read_returned_bytes, sent_file, sent_lines

WHEN = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
OURS = "Минюст России"
REVIEWER = "Пётр Ревизоров"
SECOND = "Анна Смирнова"
DATE = "2024-06-10T09:00:00Z"
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def sent(tmp_path_factory) -> tuple[Path, SentFile]:
    """Our consolidated redline of arts. 322–322.3: a replacement, an insertion, a deletion of
    words, a new part and a repealed article (whole paragraphs inserted and deleted)."""
    before = corpus_act()
    after = before.copy()
    apply_edit(after, "replace", 1, 3, "шести")
    apply_edit(after, "insert", 0, 5, "заведомо")
    apply_edit(after, "delete_words", 2, 7, "")
    apply_edit(after, "add_part", 2, 1, "МВД")
    apply_edit(after, "repeal", 3, 0, "")
    assign_addresses(after)
    path = tmp_path_factory.mktemp("sent") / "consolidated-uk-rf.docx"
    write_redline(before, after, path, author=OURS, date=WHEN, scope="whole")
    return path, sent_file(path.read_bytes(), path.name)


def plain_lines(sent_file_: SentFile) -> list[int]:
    """Lines a reviewer can act on: body text without our revisions, long enough."""
    return [
        i
        for i, line in enumerate(sent_file_.lines)
        if line.role in ("text", "closing") and not line.revisions and len(line.text.split()) > 8
    ]


def phrase(text: str, rng: random.Random, words: int = 2) -> str:
    """A run of plain words occurring once in ``text``."""
    tokens = text.split(" ")
    for _ in range(200):
        k = rng.randrange(1, max(len(tokens) - words, 2))
        candidate = " ".join(tokens[k : k + words])
        if candidate.replace(" ", "").isalpha() and text.count(candidate) == 1:
            return candidate
    raise AssertionError(f"no phrase in {text!r}")


# --- the lines we sent -----------------------------------------------------------------------
def test_sent_lines_carry_each_paragraph_with_its_unit_and_our_revisions(sent):
    path, got = sent
    assert got.author == OURS and got.stamp == "2024-06-01T12:00:00Z"
    lines = sent_lines(path.read_bytes())
    assert lines == list(got.lines)
    assert lines[0].role == "title" and lines[0].address == ""
    assert {x.act for x in lines} == {"uk-rf"}
    heads = [x for x in lines if x.role == "head"]
    assert heads[0].address == "art:322" and heads[0].text.startswith("Статья 322.")
    replaced = next(x for x in lines if "шести" in x.text)
    assert [r.kind for r in replaced.revisions] == ["del", "ins"]
    assert "преступления" in replaced.current and "шести" not in replaced.current
    new_part = next(x for x in lines if "Новая часть МВД" in x.text)
    assert new_part.current == "" and new_part.address.endswith("part:4.2")
    repealed = [x for x in lines if x.address.startswith("art:322.3") and not x.text]
    assert repealed and all(x.current for x in repealed)


def test_our_own_file_fed_back_has_no_items(sent):
    path, got = sent
    result = review(read_returned(path), got)
    assert result.items == []
    assert result.ours_found > 0 and not result.by_content
    assert result.anchored.get("exact", 0) >= len(got.lines) - 1


# --- a Word reviewer (markup written as Word writes it) ------------------------------------------
def word_scenario(data: bytes, got: SentFile, seed: int) -> tuple[WordReviewer, list[tuple]]:
    """Tracked edits, comments, a reply, a resolved comment, an untracked edit, a rejection of
    ours and a new paragraph, at random plain lines; with the units they belong on."""
    rng = random.Random(seed)
    reviewer = WordReviewer(data)
    spots = plain_lines(got)
    rng.shuffle(spots)
    lines = got.lines
    expected: list[tuple] = []
    ops = ["replace", "insert", "delete", "comment", "untracked", "new_paragraph"]
    for op, i in zip(ops, spots, strict=False):
        text, address = lines[i].text, lines[i].address
        words = phrase(text, rng)
        if op == "replace":
            reviewer.replace(i, words, "иные слова", REVIEWER, DATE)
            expected.append(("edit", address, words, "иные слова"))
        elif op == "insert":
            reviewer.insert(i, words, " и прочее", REVIEWER, DATE)
            expected.append(("edit", address, None, "и прочее"))
        elif op == "delete":
            reviewer.delete(i, words, REVIEWER, DATE)
            expected.append(("edit", address, words, ""))
        elif op == "comment":
            first = reviewer.comment(i, words, "Обоснуйте.", REVIEWER, DATE)
            reviewer.comment(i, words, "Поддерживаю.", SECOND, DATE, parent=first)
            expected.append(("comment", address, words, None))
            expected.append(("comment", address, words, None))
        elif op == "untracked":
            reviewer.untracked(i, words, "новые слова")
            expected.append(("untracked", address, words, "новые слова"))
        elif op == "new_paragraph":
            reviewer.new_paragraph(i, "Новый абзац от рецензента.", REVIEWER, DATE)
            after = lines[i + 1].address if i + 1 < len(lines) else lines[i].address
            expected.append(("edit", common_unit(address, after), "", "Новый абзац от рецензента."))
    resolved_at = spots[len(ops)]
    words = phrase(lines[resolved_at].text, rng)
    reviewer.comment(resolved_at, words, "Снято.", REVIEWER, DATE, done=True)
    expected.append(("comment", lines[resolved_at].address, words, None))
    ours_at = next(
        i for i, x in enumerate(lines) if [r.kind for r in x.revisions] == ["ins"] and x.current
    )
    reviewer.reject_ours(ours_at)
    expected.append(("rejects_change", lines[ours_at].address, None, None))
    return reviewer, expected


def check(items, expected) -> None:
    """Each expected item found once, in the file's order by unit, kind and words."""
    assert len(items) == len(expected), [x.entry() for x in items]
    left = list(items)
    for kind, address, quote, proposed in expected:
        found = [
            x
            for x in left
            if x.kind == kind
            and x.address == address
            and (quote is None or x.quote == quote)
            and (proposed is None or x.proposed == proposed)
        ]
        assert found, (kind, address, quote, [x.entry() for x in left])
        left.remove(found[0])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_word_review_items_are_each_on_their_unit(sent, seed):
    path, got = sent
    reviewer, expected = word_scenario(path.read_bytes(), got, seed)
    result = review(read_returned_bytes(reviewer.save(), "returned.docx"), got)
    check(result.items, expected)
    assert all(x.author != OURS for x in result.items)


def test_word_threads_resolved_flags_and_people_are_kept(sent):
    path, got = sent
    reviewer, _ = word_scenario(path.read_bytes(), got, 4)
    doc = read_returned_bytes(reviewer.save(), "returned.docx")
    assert doc.threaded and set(doc.people) == {REVIEWER, SECOND}
    assert all(c.durable_id.startswith("2A") for c in doc.comments)
    items = review(doc, got).items
    comments = [x for x in items if x.kind == "comment"]
    reply = next(x for x in comments if x.text == "Поддерживаю.")
    parent = items[reply.parent]  # type: ignore[index]
    assert parent.text == "Обоснуйте." and parent.address == reply.address
    assert not reply.probable_reply
    assert [x.text for x in comments if x.resolved] == ["Снято."]


def test_placement_survives_bookmarks_and_properties_stripped(sent):
    path, got = sent
    reviewer, expected = word_scenario(path.read_bytes(), got, 5)
    reviewer.strip_bookmarks()
    reviewer.strip_properties()
    doc = read_returned_bytes(reviewer.save(), "returned.docx")
    assert doc.bookmarks == {} and doc.properties == {}
    result = review(doc, got)
    check(result.items, expected)
    assert "exact" not in result.anchored
    assert {x.placement for x in result.items} <= {"aligned", "fuzzy"}


def test_an_anonymized_file_tells_ours_from_theirs_by_content(sent):
    path, got = sent
    reviewer, expected = word_scenario(path.read_bytes(), got, 6)
    reviewer.anonymize()
    doc = read_returned_bytes(reviewer.save(), "returned.docx")
    result = review(doc, got)
    assert result.by_content
    assert result.ours_found >= sum(len(x.revisions) for x in got.lines) - 1
    check(result.items, expected)
    assert {x.author for x in result.items} == {"Author"}


def test_an_anonymized_file_with_no_remarks_has_no_items(sent):
    path, got = sent
    reviewer = WordReviewer(path.read_bytes())
    reviewer.anonymize()
    result = review(read_returned_bytes(reviewer.save(), "returned.docx"), got)
    assert result.by_content and result.items == []


# --- what LibreOffice writes: invalid dates, duplicate bookmark names, moves ----------------------
def _docx(document: str, extra: dict[str, str] | None = None) -> bytes:
    import io

    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{document}<w:sectPr/></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", body)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_duplicate_bookmark_names_are_rebuilt_from_the_earliest_start_and_last_end():
    document = (
        '<w:p><w:bookmarkStart w:id="1" w:name="_drf1"/><w:r><w:t>a</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>b</w:t></w:r></w:p>"
        '<w:p><w:bookmarkStart w:id="7" w:name="_drf1"/><w:r><w:t>c</w:t></w:r>'
        '<w:bookmarkEnd w:id="7"/></w:p>'
    )
    doc = read_returned_bytes(_docx(document), "x.docx")
    assert doc.bookmarks == {"_drf1": (0, 2)}


def test_moves_read_as_deletion_and_insertion_and_invalid_dates_as_none():
    document = (
        '<w:p><w:moveFrom w:id="1" w:author="A" w:date="0-00-00T00:00:00Z">'
        "<w:r><w:delText>old</w:delText></w:r></w:moveFrom>"
        '<w:moveTo w:id="2" w:author="A" w:date="2024-01-02T00:00:00Z">'
        "<w:r><w:t>new</w:t></w:r></w:moveTo>"
        '<w:ins w:id="3" w:author="A" w:date="2024-01-02T00:00:00Z"><w:r>'
        '<w:commentReference w:id="0"/></w:r></w:ins></w:p>'
    )
    doc = read_returned_bytes(_docx(document), "x.docx")
    segs = doc.paragraphs[0].segs
    assert [(s.text, s.ins is not None, s.deleted is not None) for s in segs] == [
        ("old", False, True),
        ("new", True, False),
    ]
    assert segs[0].deleted.date is None and segs[1].ins.date == "2024-01-02T00:00:00Z"


# --- bad input ------------------------------------------------------------------------------------
def test_a_hostile_or_damaged_returned_file_gets_one_sentence(tmp_path):
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(hostile, "w") as zf:
        zf.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><w:document/>',
        )
    with pytest.raises(ImportFailed, match="DTD"):
        read_returned(hostile)
    with pytest.raises(ImportFailed, match=r"not a Word \.docx"):
        read_returned_bytes(b"this is not a zip", "letter.docx")
    with pytest.raises(ImportFailed, match="empty"):
        read_returned_bytes(b"", "empty.docx")
    with pytest.raises(ImportFailed, match=r"no word/document\.xml"):
        read_returned_bytes(_docx("").replace(b"word/document.xml", b"word/documenX.xml"), "x.docx")
    ok = _docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>")
    assert read_returned_bytes(ok, "ok.docx").paragraphs[0].raw == "x"


# --- LibreOffice as the reviewer --------------------------------------------------------------
REVIEWER_SCRIPT = Path(__file__).with_name("lo_reviewer.py")


def lo_review(office, source: Path, target: Path, ops: list[dict] | None) -> Path:
    """LibreOffice reviews ``source`` (``ops``; None: opened and saved as is) into ``target``."""
    from lo_harness import SYSTEM_PYTHON

    args = ["resave", str(source), str(target)]
    if ops is not None:
        spec = target.with_suffix(".json")
        spec.write_text(json.dumps({"author": REVIEWER, "ops": ops}, ensure_ascii=False))
        args = ["review", str(source), str(target), str(spec)]
    done = subprocess.run(
        [SYSTEM_PYTHON, str(REVIEWER_SCRIPT), office.pipe, *args],
        capture_output=True,
        timeout=180,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(office.profile),
            "PYTHONPATH": str(Path(__file__).parent),
        },
    )
    # Debian's python3-uno sometimes crashes on exit (SIGSEGV) after the file was written
    written = done.stdout.startswith(b'{"written"') and target.is_file()
    assert done.returncode == 0 or written, done.stderr.decode(errors="replace")[-2000:]
    return target


def lo_scenario(got: SentFile, seed: int, size: int = 8) -> tuple[list[dict], list[tuple]]:
    """What the LibreOffice reviewer does: ``size`` operations of every kind in turn, each on its
    own plain line (none next to another), a reply to the comment and a rejection of ours; with
    the items they must give, on their units."""
    rng = random.Random(seed)
    lines = got.lines
    spots = [i for i in plain_lines(got) if i + 1 < len(lines)]
    rng.shuffle(spots)
    chosen: list[int] = []
    for i in spots:
        if len(chosen) < size and all(abs(i - j) > 1 for j in chosen):
            chosen.append(i)
    kinds = [
        "replace",
        "insert",
        "delete",
        "comment",
        "point_comment",
        "untracked",
        "new_paragraph",
        "delete_paragraph",
    ]
    ops: list[dict] = []
    expected: list[tuple] = []
    for n, i in enumerate(chosen):
        kind = kinds[n % len(kinds)]
        text, address = lines[i].text, lines[i].address
        words = phrase(text, rng)
        if kind == "replace":
            ops.append({"op": kind, "para": i, "old": words, "new": "иные слова"})
            expected.append(("edit", address, words, "иные слова"))
        elif kind == "insert":
            ops.append({"op": kind, "para": i, "after": words, "text": " и прочее"})
            expected.append(("edit", address, None, "и прочее"))
        elif kind == "delete":
            ops.append({"op": kind, "para": i, "words": words})
            expected.append(("edit", address, words, ""))
        elif kind == "comment":
            ops.append({"op": kind, "para": i, "words": words, "text": "Обоснуйте."})
            ops.append(
                {"op": kind, "para": i, "words": words, "text": "Согласна.", "author": SECOND}
            )
            expected.append(("comment", address, words, None))
            expected.append(("comment", address, words, None))
        elif kind == "point_comment":
            ops.append({"op": kind, "para": i, "text": "К абзацу."})
            expected.append(("comment", address, None, None))
        elif kind == "untracked":
            ops.append({"op": kind, "para": i, "old": words, "new": "новые слова"})
            expected.append(("untracked", address, words, "новые слова"))
        elif kind == "new_paragraph":
            ops.append({"op": kind, "para": i, "text": "Новый абзац от рецензента."})
            where = common_unit(address, lines[i + 1].address)
            expected.append(("edit", where, "", "Новый абзац от рецензента."))
        elif kind == "delete_paragraph":
            ops.append({"op": kind, "para": i})
            expected.append(("edit", address, None, ""))
    ours_at = next(
        i for i, x in enumerate(lines) if [r.kind for r in x.revisions] == ["ins"] and x.current
    )
    ops.append({"op": "unmake", "para": ours_at, "words": lines[ours_at].revisions[0].text})
    expected.append(("rejects_change", lines[ours_at].address, None, None))
    return ops, expected


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_review_saved_once_and_twice(office, sent, tmp_path):
    path, got = sent
    unchanged = lo_review(office, path, tmp_path / "A.docx", None)
    unchanged2 = lo_review(office, unchanged, tmp_path / "A2.docx", None)
    for file in (unchanged, unchanged2):
        assert review(read_returned(file), got).items == [], file.name
    ops, expected = lo_scenario(got, 7)
    once = lo_review(office, path, tmp_path / "B.docx", ops)
    twice = lo_review(office, once, tmp_path / "D.docx", None)
    for file in (once, twice):
        doc = read_returned(file)
        assert doc.properties.get("DrafterAct") == "uk-rf"
        result = review(doc, got)
        check(result.items, expected)
        # LibreOffice keeps no threads: two comments of two people on the same words are
        # rebuilt as a probable thread (which came first is lost with the threading)
        pair = [x for x in result.items if x.text in ("Согласна.", "Обоснуйте.")]
        reply = next(x for x in pair if x.parent is not None)
        assert reply.probable_reply and result.items[reply.parent] in pair
    # the same file with every bookmark and property stripped: placed by text alone
    stripped = WordReviewer(once.read_bytes())
    stripped.strip_bookmarks()
    stripped.strip_properties()
    result = review(read_returned_bytes(stripped.save(), "B-stripped.docx"), got)
    check(result.items, expected)


# --- the whole Code -----------------------------------------------------------------------------
def many_items(data: bytes, got: SentFile, n: int, seed: int) -> tuple[bytes, list[tuple]]:
    """``n`` Word-style items at random plain lines of a large file, with their units."""
    rng = random.Random(seed)
    reviewer = WordReviewer(data)
    lines = got.lines
    spots = sorted(rng.sample(plain_lines(got)[:-1], n), reverse=True)
    expected: list[tuple] = []
    for k, i in enumerate(spots):
        words = phrase(lines[i].text, rng, 1)
        address = lines[i].address
        kind = k % 5
        if kind == 0:
            reviewer.replace(i, words, "иное", REVIEWER, DATE)
            expected.append(("edit", address, words, "иное"))
        elif kind == 1:
            reviewer.insert(i, words, " вставка", REVIEWER, DATE)
            expected.append(("edit", address, None, "вставка"))
        elif kind == 2:
            reviewer.delete(i, words, REVIEWER, DATE)
            expected.append(("edit", address, words, ""))
        elif kind == 3:
            reviewer.comment(i, words, "Обоснуйте.", REVIEWER, DATE)
            expected.append(("comment", address, words, None))
        else:
            reviewer.new_paragraph(i, "Новый абзац рецензента.", REVIEWER, DATE)
            where = common_unit(address, lines[i + 1].address)
            expected.append(("edit", where, "", "Новый абзац рецензента."))
    return reviewer.save(), expected


@pytest.mark.slow
def test_fifty_items_on_the_whole_code_with_and_without_bookmarks(tmp_path):
    from drafter.io.importer import import_act

    before = import_act(
        Path(__file__).parents[1]
        / "data/corpus/ru-uk-rf-full"
        / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt",
        slug="uk-rf",
    ).act
    after = before.copy()
    for n, kind in enumerate(("replace", "insert", "delete_words", "add_part", "repeal") * 8):
        apply_edit(after, kind, 37 * n + 5, n, "шести")
    assign_addresses(after)
    path = tmp_path / "consolidated-uk-rf.docx"
    write_redline(before, after, path, author=OURS, date=WHEN, scope="whole")
    got = sent_file(path.read_bytes(), path.name)
    assert len(got.lines) > 3000
    data, expected = many_items(path.read_bytes(), got, 50, 11)
    check(review(read_returned_bytes(data, "returned.docx"), got).items, expected)
    bare = WordReviewer(data)
    bare.strip_bookmarks()
    bare.strip_properties()
    check(review(read_returned_bytes(bare.save(), "returned.docx"), got).items, expected)


def test_rejecting_our_replacement_is_one_rejects_change_item(sent):
    path, got = sent
    at = next(i for i, x in enumerate(got.lines) if "шести" in x.text)
    reviewer = WordReviewer(path.read_bytes())
    reviewer.reject_ours(at)  # our deletion of «преступления»
    reviewer.reject_ours(at)  # our insertion of «шести»
    result = review(read_returned_bytes(reviewer.save(), "returned.docx"), got)
    assert [(x.kind, x.address, x.quote, x.proposed) for x in result.items] == [
        ("rejects_change", got.lines[at].address, "шести", "преступления")
    ]


@pytest.mark.parametrize("half", ["deletion", "insertion"])
def test_rejecting_half_of_our_replacement_is_one_rejects_change_item(sent, half):
    """Word rejects each half of a replacement on its own: the struck words come back glued to
    ours, or ours go and the struck ones stay struck; either is a change of ours rejected."""
    path, got = sent
    at = next(i for i, x in enumerate(got.lines) if "шести" in x.text)
    reviewer = WordReviewer(path.read_bytes())
    if half == "deletion":
        reviewer.reject_ours(at)  # «преступления» back, «шести» still inserted
    else:
        p = reviewer.paras[at]
        ins = next(p.iter(f"{{{WNS}}}ins"))
        ins.getparent().remove(ins)  # «шести» gone, «преступления» still struck
    result = review(read_returned_bytes(reviewer.save(), "returned.docx"), got)
    assert [(x.kind, x.address) for x in result.items] == [
        ("rejects_change", got.lines[at].address)
    ]


def test_our_changes_accepted_by_the_reviewer_are_not_reported(sent):
    path, got = sent
    reviewer = WordReviewer(path.read_bytes())
    reviewer.accept_all()
    spot = plain_lines(got)[3]
    at = next(
        i
        for i, p in enumerate(reviewer.paras)
        if got.lines[spot].text[:40] in "".join(p.itertext())
    )
    words = phrase(got.lines[spot].text, random.Random(1))
    reviewer.comment(at, words, "Уточнить.", REVIEWER, DATE)
    result = review(read_returned_bytes(reviewer.save(), "returned.docx"), got)
    assert [(x.kind, x.address, x.quote) for x in result.items] == [
        ("comment", got.lines[spot].address, words)
    ]


def test_nested_revisions_and_paragraph_marks_are_read_with_their_authors():
    document = (
        '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="B" w:date="2024-01-03T00:00:00Z"/>'
        '</w:rPr></w:pPr><w:r><w:t xml:space="preserve">Срок </w:t></w:r>'
        '<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>новый </w:t></w:r>'
        '<w:del w:id="2" w:author="B" w:date="2024-01-02T00:00:00Z"><w:r><w:delText>лишний'
        "</w:delText></w:r></w:del></w:ins></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>в ячейке</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    doc = read_returned_bytes(_docx(document), "x.docx")
    first, cell = doc.paragraphs
    assert [
        (s.text, s.ins and s.ins.author, s.deleted and s.deleted.author) for s in first.segs
    ] == [
        ("Срок ", None, None),
        ("новый ", "A", None),
        ("лишний", "A", "B"),
    ]
    assert first.mark_del is not None and first.mark_del.author == "B"
    assert cell.raw == "в ячейке"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_a_word_review_saved_by_libreoffice_keeps_the_resolved_flag_and_a_probable_thread(
    office, sent, tmp_path
):
    path, got = sent
    reviewer, expected = word_scenario(path.read_bytes(), got, 4)
    word = tmp_path / "W.docx"
    word.write_bytes(reviewer.save())
    doc = read_returned(lo_review(office, word, tmp_path / "W_lo.docx", None))
    assert not doc.threaded and doc.people == ()  # LibreOffice drops threads and people.xml
    result = review(doc, got)
    check(result.items, expected)
    reply = next(x for x in result.items if x.text == "Поддерживаю.")
    assert reply.probable_reply and result.items[reply.parent].text == "Обоснуйте."
    assert [x.text for x in result.items if x.resolved] == ["Снято."]
