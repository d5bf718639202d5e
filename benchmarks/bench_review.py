"""Time reading a returned file: the whole Criminal Code redline with 50 reviewer items.

Run: python benchmarks/bench_review.py [--runs N] [--items N] [--libreoffice] [--no-command]
What is timed (median of N runs): reading the returned .docx (lxml through io/safety) and
placing every item (core/review), with bookmarks and with bookmarks and properties stripped;
beside it, reading the lines as sent back from our own file (today's source of SentLine) and
the existing accept/reject reader on the same file as the baseline. Target for the whole
`drafter review` command: ≤ 2 s. Then the whole command itself, `drafter review PROJECT FILE
--agency МВД --json` in a fresh process (median of N runs, each on a fresh copy of the project),
on the round 1 consolidated file of the whole Code with the same items, and on a code twice its
size: the Code's text twice over under the slug "uk-rf-x2" (the second copy's articles numbered
from 1001, its chapters from 101, so addresses stay unique). With --libreoffice, LibreOffice
reviews the same file (tests/io/lo_reviewer.py: 40 operations of every kind, a reply, a rejection
of ours), saved once and twice, with and without bookmarks: how many items land on their unit, and
the time.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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
from drafter.io.project import Project
from drafter.io.redline_reader import read_redline_xml
from drafter.io.review_reader import read_returned_bytes, sent_file
from drafter.services import rounds as rounds_service

REVIEWER = "Пётр Ревизоров"
AGENCY_JSON = ("--agency", "МВД", "--json")
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


def doubled_code(folder: Path) -> Path:
    """The Code's text twice over: the second copy's articles from 1001, chapters from 101."""
    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("Раздел I."))

    def renumber(line: str) -> str:
        line = re.sub(r"^Статья (\d+)", lambda m: f"Статья {int(m[1]) + 1000}", line)
        line = re.sub(r"^Глава (\d+)", lambda m: f"Глава {int(m[1]) + 100}", line)
        return re.sub(r"^Раздел ([IVX]+)\.", r"Раздел \1-2.", line)

    out = folder / "uk-rf-x2.txt"
    out.write_text("\n".join(lines + [renumber(x) for x in lines[start:]]) + "\n", "utf-8")
    return out


def round_project(folder: Path, source: Path, slug: str) -> tuple[Path, bytes, str]:
    """A project of the act at ``source`` with 40 edits of the drafter, round 1 sent to МВД:
    the project, its consolidated file as sent and that file's name."""
    act = import_act(source, slug=slug).act
    act.title = "Уголовный кодекс Российской Федерации"
    lines = source.read_text(encoding="utf-8").splitlines()
    edited = folder / f"{slug}-after.txt"
    edited.write_text("\n".join(edited_lines(lines, 40)) + "\n", encoding="utf-8")
    after = import_act(edited, slug=slug).act
    project = folder / f"{slug}.drafter"
    with Project.create(project) as opened:
        opened.add_act(act)
        draft = opened.draft()
        draft.agency, draft.style = "Минюст России", "ru"
        opened.save_draft_meta(draft)
        opened.set_proposals(slug, proposals_between(act, after))
    rounds_service.export_round(project, folder / f"{slug}-out", "next", to="МВД")
    name = f"consolidated-{slug}.docx"
    return project, (folder / f"{slug}-out" / name).read_bytes(), name


def command_seconds(project: Path, file: Path, runs: int) -> tuple[float, int]:
    """The median wall time of the whole `drafter review … --json` in a fresh process (each run
    on a fresh copy of the project), and how many entries it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    times, entries = [], 0
    for n in range(runs):
        copy = project.with_name(f"run{n}-{project.name}")
        shutil.copyfile(project, copy)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "drafter", "review", str(copy), str(file), *AGENCY_JSON],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        times.append(time.perf_counter() - start)
        copy.unlink()
        got = json.loads(done.stdout)
        entries = len(got["remarks"]) + len(got["unplaced"])
    return statistics.median(times), entries


def whole_command(folder: Path, items: int, runs: int) -> None:
    doubled = doubled_code(folder)
    for label, source, slug in (
        ("whole Code", CODE_TXT, "uk-rf"),
        ("the Code twice over (uk-rf-x2)", doubled, "uk-rf-x2"),
    ):
        project, data, name = round_project(folder, source, slug)
        sent = sent_file(data, name)
        back, made = returned(data, sent, items)
        file = folder / f"returned-{slug}.docx"
        file.write_bytes(back)
        seconds, entries = command_seconds(project, file, runs)
        print(
            f"  drafter review --json, fresh process, {label}: {len(sent.lines)} paragraphs, "
            f"{made} items → {entries} entries: {seconds:.2f} s (median of {runs}; target ≤ 2 s)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--libreoffice", action="store_true")
    parser.add_argument("--no-command", action="store_true", help="skip the whole command")
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
    if not args.no_command:
        with tempfile.TemporaryDirectory(prefix="drf-bench-") as folder:
            whole_command(Path(folder), args.items, args.runs)
    if args.libreoffice:
        libreoffice_accuracy(data, sent, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
