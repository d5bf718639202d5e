"""Time `drafter redline` on the whole Criminal Code with 300 edits, against LibreOffice's Compare.

Run: python benchmarks/bench_redline.py [--runs N] [--no-libreoffice]
Targets: the whole command (process start included) ≤ 2 s, and ≥ 5× faster than LibreOffice's
own Edit > Track Changes > Compare Document on the same two .docx files (load, compare, save),
measured in the same run. LibreOffice runs headless with a private profile (tests/io/lo_harness).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
from _common import CODE_TXT, ROOT, median_seconds

sys.path.insert(0, str(ROOT / "tests" / "io"))

from drafter.core import model as m
from drafter.core.draft import proposals_between, proposed_act
from drafter.io.docx_redline import write_redline
from drafter.io.importer import import_act
from drafter.io.redline_reader import read_redline

EDITS = 300
WORDS = ("шести", "штрафом", "лишением свободы", "принудительными работами", "заведомо")


def edited_lines(lines: list[str], n: int, seed: int = 376) -> list[str]:
    """``lines`` with ``n`` word edits (replace, insert, delete) in body paragraphs, reproducibly.

    Headings (Статья, Глава, Раздел) keep their labels, so the structure stays the same.
    """
    rng = random.Random(seed)
    out = list(lines)
    body = [
        i
        for i, line in enumerate(lines)
        if len(line.split(" ")) > 3 and not line.startswith(("Статья", "Глава", "Раздел"))
    ]
    for i in rng.sample(body, n):
        words = out[i].split(" ")
        k = rng.randrange(1, len(words))
        kind = rng.choice(("replace", "insert", "delete"))
        if kind == "replace":
            words[k] = rng.choice(WORDS)
        elif kind == "insert":
            words.insert(k, rng.choice(WORDS))
        else:
            del words[k]
        out[i] = " ".join(words)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lo-runs", type=int, default=3)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()

    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    when = datetime(2024, 6, 1, tzinfo=UTC)
    with tempfile.TemporaryDirectory(prefix="drf-bench-") as folder:
        work = Path(folder)
        # The Code as published, and the same file with 300 word edits: what a drafter has.
        before_txt, after_txt = CODE_TXT, work / "after.txt"
        after_lines = edited_lines(lines, EDITS)
        after_txt.write_text("\n".join(after_lines) + "\n", encoding="utf-8")
        before = import_act(before_txt, slug="uk-rf").act
        after = import_act(after_txt, slug="uk-rf").act
        out = work / "redline.docx"
        proposed = proposed_act(before, m.ActDraft("uk-rf", proposals_between(before, after)))

        def in_process() -> None:
            write_redline(before, proposed, out, author="Bench", date=when, scope="whole")

        t_write = median_seconds(in_process, args.runs)
        text = read_redline(out)
        redline = write_redline(before, proposed, out, author="Bench", date=when, scope="whole")
        assert text.accept_all() == redline.proposed and text.reject_all() == redline.current

        command = [
            sys.executable, "-m", "drafter.cli", "redline", str(before_txt), str(after_txt),
            "-o", str(work / "cli.docx"), "--author", "Bench",
        ]  # fmt: skip

        def cli() -> None:
            subprocess.run(command, check=True, capture_output=True)

        t_cli = median_seconds(cli, args.runs)
        print(f"Criminal Code: {len(before.top_units())} articles, {EDITS} edits")
        print(
            f"  paragraphs {len(redline.proposed)}, {redline.revisions} w:ins/w:del, "
            f"{out.stat().st_size // 1024} KB"
        )
        print(f"  write_redline (in process), median of {args.runs}: {t_write:.3f} s")
        print(
            f"  drafter redline (whole command), median of {args.runs}: {t_cli:.3f} s "
            f"[target ≤ 2 s: {'ok' if t_cli <= 2 else 'MISSED'}]"
        )
        if args.no_libreoffice:
            return 0
        from lo_harness import LibreOffice, unavailable_reason

        from tests.docx_factory import code_docx

        reason = unavailable_reason()
        if reason:
            print(f"  LibreOffice compare: skipped ({reason})")
            return 0
        before_docx = code_docx(lines, work / "before.docx")
        after_docx = code_docx(after_lines, work / "after.docx")
        timings = []
        limit = 600.0
        with LibreOffice(timeout=limit + 60) as office:
            office.call("inspect", work / "cli.docx")  # warm the office up (not timed)
            for i in range(args.lo_runs):
                try:
                    answer = office.call(
                        "compare", before_docx, after_docx, work / f"lo-{i}.docx", timeout=limit
                    )
                except subprocess.TimeoutExpired:
                    print(f"  LibreOffice Compare Document: no result within {limit:.0f} s")
                    timings.append(limit)
                    break
                timings.append(answer["seconds"])
                redlines = answer["redlines"]
        t_lo = statistics.median(timings)
        print(
            f"  LibreOffice Compare Document (load, compare, save), median of "
            f"{len(timings)}: {t_lo:.3f} s ({redlines if timings[-1] < limit else '?'} redlines)"
        )
        ratio = t_lo / t_cli
        print(
            f"  ratio LibreOffice / drafter redline: {ratio:.1f}× "
            f"[target ≥ 5×: {'ok' if ratio >= 5 else 'MISSED'}]"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
