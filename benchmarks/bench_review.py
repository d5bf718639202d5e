"""Time reading a returned file: the whole Criminal Code redline with 50 reviewer items.

Run: python benchmarks/bench_review.py [--runs N] [--items N] [--libreoffice]
What is timed (median of N runs): reading the returned .docx (lxml through io/safety) and
placing every item (core/review), with bookmarks and with bookmarks and properties stripped;
beside it, reading the lines as sent back from our own file (today's source of SentLine) and
the existing accept/reject reader on the same file as the baseline. Target for the whole
`drafter review` command later: ≤ 2 s. With --libreoffice, LibreOffice reviews the same file
(tests/io/lo_reviewer.py: 40 operations of every kind, a reply, a rejection of ours), saved once
and twice, with and without bookmarks: how many items land on their unit, and the time.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
from _common import CODE_TXT, ROOT, median_seconds
from bench_redline import edited_lines

sys.path.insert(0, str(ROOT / "tests" / "io"))

from word_reviewer import WordReviewer

from drafter.core import model as m
from drafter.core.draft import proposals_between, proposed_act
from drafter.core.review import review
from drafter.core.review_doc import SentFile
from drafter.io.docx_redline import write_redline
from drafter.io.importer import import_act
from drafter.io.redline_reader import read_redline_xml
from drafter.io.review_reader import read_returned_bytes, sent_file

REVIEWER = "Пётр Ревизоров"
DATE = "2024-06-10T09:00:00Z"


def whole_code_redline(folder: Path) -> bytes:
    """The Code against itself with 300 word edits, as the bundle's consolidated file."""
    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    after_txt = folder / "after.txt"
    after_txt.write_text("\n".join(edited_lines(lines, 300)) + "\n", encoding="utf-8")
    before = import_act(CODE_TXT, slug="uk-rf").act
    after = import_act(after_txt, slug="uk-rf").act
    proposed = proposed_act(before, m.ActDraft("uk-rf", proposals_between(before, after)))
    out = folder / "consolidated-uk-rf.docx"
    write_redline(
        before,
        proposed,
        out,
        author="Минюст России",
        date=datetime(2024, 6, 1, tzinfo=UTC),
        scope="whole",
    )
    return out.read_bytes()


def returned(data: bytes, sent: SentFile, items: int, seed: int = 10) -> tuple[bytes, int]:
    """A Word reviewer's file with ``items`` items on random plain lines; and how many."""
    rng = random.Random(seed)
    reviewer = WordReviewer(data)
    plain = [
        i
        for i, x in enumerate(sent.lines)
        if x.role in ("text", "closing") and not x.revisions and len(x.text.split()) > 8
    ]
    made = 0
    for i in sorted(rng.sample(plain, items), reverse=True):
        words = [w for w in sent.lines[i].text.split(" ")[1:-1] if w.isalpha()]
        word = next((w for w in words if sent.lines[i].text.count(w) == 1), None)
        if word is None:
            continue
        kind = made % 5
        if kind == 0:
            reviewer.replace(i, word, "иное", REVIEWER, DATE)
        elif kind == 1:
            reviewer.insert(i, word, " вставка", REVIEWER, DATE)
        elif kind == 2:
            reviewer.delete(i, word, REVIEWER, DATE)
        elif kind == 3:
            reviewer.comment(i, word, "Обоснуйте.", REVIEWER, DATE)
        else:
            reviewer.new_paragraph(i, "Новый абзац рецензента.", REVIEWER, DATE)
        made += 1
    return reviewer.save(), made


def stripped(data: bytes) -> bytes:
    reviewer = WordReviewer(data)
    reviewer.strip_bookmarks()
    reviewer.strip_properties()
    return reviewer.save()


def libreoffice_accuracy(data: bytes, sent: SentFile, runs: int) -> None:
    """LibreOffice as the reviewer of the whole Code: items on their unit, saved once and twice."""
    import json
    import subprocess

    from lo_harness import SYSTEM_PYTHON, LibreOffice
    from test_review_reader import lo_scenario

    ops, expected = lo_scenario(sent, 5, size=40)
    with tempfile.TemporaryDirectory(prefix="drf-bench-") as folder, LibreOffice() as office:
        work = Path(folder)
        (work / "sent.docx").write_bytes(data)
        spec = work / "spec.json"
        spec.write_text(json.dumps({"author": REVIEWER, "ops": ops}, ensure_ascii=False))
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(office.profile),
            "PYTHONPATH": str(ROOT / "tests" / "io"),
        }
        script = str(ROOT / "tests" / "io" / "lo_reviewer.py")
        for args in (
            ["review", str(work / "sent.docx"), str(work / "once.docx"), str(spec)],
            ["resave", str(work / "once.docx"), str(work / "twice.docx")],
        ):
            subprocess.run(
                [SYSTEM_PYTHON, script, office.pipe, *args],
                check=True,
                capture_output=True,
                timeout=900,
                env=env,
            )
        for name in ("once", "twice"):
            for bare in (False, True):
                file = (work / f"{name}.docx").read_bytes()
                file = stripped(file) if bare else file
                items = list(review(read_returned_bytes(file, "returned.docx"), sent).items)
                total = len(items)
                hit = 0
                for kind, address, quote, proposed in expected:
                    found = [
                        x
                        for x in items
                        if (x.kind, x.address) == (kind, address)
                        and quote in (None, x.quote)
                        and proposed in (None, x.proposed)
                    ]
                    if found:
                        hit += 1
                        items.remove(found[0])
                seconds = median_seconds(
                    lambda f=file: review(read_returned_bytes(f, "returned.docx"), sent), runs
                )
                label = f"LibreOffice saved {name}{', stripped' if bare else ''}"
                print(
                    f"  {label}: {hit}/{len(expected)} items on their unit, {total} items "
                    f"in all, {seconds:.2f} s"
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--libreoffice", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="drf-bench-") as folder:
        data = whole_code_redline(Path(folder))
    sent = sent_file(data, "consolidated-uk-rf.docx")
    back, made = returned(data, sent, args.items)
    bare = stripped(back)
    print(
        f"whole Code redline: {len(sent.lines)} paragraphs, {len(data) // 1024} KB; "
        f"{made} reviewer items"
    )
    for label, file in (("with bookmarks", back), ("stripped", bare)):
        result = review(read_returned_bytes(file, "returned.docx"), sent)
        placed = Counter(x.placement for x in result.items)
        print(f"  {label}: {len(result.items)} items, placed {dict(placed)}")
        seconds = median_seconds(
            lambda f=file: review(read_returned_bytes(f, "returned.docx"), sent), args.runs
        )
        print(f"  read + place ({label}): {seconds:.2f} s (median of {args.runs})")
    seconds = median_seconds(lambda: sent_file(data, "sent.docx"), args.runs)
    print(f"  lines as sent, read from our own file: {seconds:.2f} s")
    with zipfile.ZipFile(io.BytesIO(back)) as zf:
        xml = zf.read("word/document.xml")
    seconds = median_seconds(lambda: read_redline_xml(xml), args.runs)
    print(f"  baseline read_redline (accept/reject reader) on the same file: {seconds:.2f} s")
    if args.libreoffice:
        libreoffice_accuracy(data, sent, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
