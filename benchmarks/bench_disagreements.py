"""Time the table of disagreements: 500 rejected remarks on the demo's units, written to .docx.

Run: python benchmarks/bench_disagreements.py [--runs N] [--remarks N]
Target: a table of 500 remarks ≤ 3 s (the whole use case: open, read, cite, write).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
from _common import ROOT, median_seconds

DEMO = ROOT / "resources" / "samples" / "demo.drafter"


def project_with_remarks(folder: Path, count: int) -> Path:
    """A copy of the demo whose round 1 holds ``count`` rejected remarks on the act's units."""
    from drafter.io.project import Project

    path = folder / "demo.drafter"
    shutil.copy(DEMO, path)
    with Project.open(path, read_only=True) as project:
        addresses = [u.address for u in project.act("uk-rf").walk() if u.text][:count]
    with closing(sqlite3.connect(path)) as conn, conn:
        agencies = [row[0] for row in conn.execute("SELECT id FROM agencies")]
        conn.execute("DELETE FROM remarks")
        for i in range(count):
            conn.execute(
                "INSERT INTO remarks (round, agency_id, ordinal, kind, act_slug, address, text, "
                "proposed, status, resolution) VALUES (1, ?, ?, 'comment', 'uk-rf', ?, ?, ?, "
                "'rejected', ?)",
                (
                    agencies[i % len(agencies)],
                    i,
                    addresses[i % len(addresses)],
                    f"Замечание {i}: норма противоречит статье {i % 40 + 1} закона.",
                    "Изложить в следующей редакции: …" if i % 3 == 0 else None,
                    f"Не учтено: позиция разработчика по замечанию {i}.",
                ),
            )
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--remarks", type=int, default=500)
    args = parser.parse_args()
    from drafter.services.disagreements import write_document

    with tempfile.TemporaryDirectory(prefix="drf-bench-") as folder:
        project = project_with_remarks(Path(folder), args.remarks)
        out = Path(folder) / "table.docx"
        rows: list[int] = []

        def run() -> None:
            rows.append(len(write_document(project, out, number=1, kind="table").remarks))

        seconds = median_seconds(run, args.runs)
        if rows[-1] != args.remarks:  # the sample has round 2 too: round 1 is asked for
            raise SystemExit(f"bench_disagreements: {rows[-1]} rows, not {args.remarks}")
        print(
            f"table of disagreements, {rows[-1]} remarks: {seconds:.2f} s "
            f"(median of {args.runs}; target ≤ 3 s), {out.stat().st_size // 1024} KB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
