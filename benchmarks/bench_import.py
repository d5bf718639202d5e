"""Time importing the whole Criminal Code from .txt and .docx against python-docx's naive read.

Run: python benchmarks/bench_import.py   (targets: ≤ 0.3 s from .txt, ≤ 0.4 s from .docx)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
import docx
from _common import CODE_TXT, median_seconds

from drafter.io.docx_reader import read_docx_paragraphs
from drafter.io.importer import import_act
from drafter.io.textfile import read_text_lines
from tests.docx_factory import code_docx

RUNS = 7


def main() -> int:
    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as folder:
        docx_path = code_docx(lines, Path(folder) / "uk-rf.docx")
        size_kb = docx_path.stat().st_size // 1024
        articles = len(import_act(docx_path).act.top_units())
        rows = [
            ("import_act(.txt)", median_seconds(lambda: import_act(CODE_TXT), RUNS), 0.3),
            ("import_act(.docx)", median_seconds(lambda: import_act(docx_path), RUNS), 0.4),
            (
                "read_text_lines(.txt)",
                median_seconds(lambda: read_text_lines(CODE_TXT), RUNS),
                None,
            ),
            (
                "read_docx_paragraphs(.docx)",
                median_seconds(lambda: read_docx_paragraphs(docx_path), RUNS),
                None,
            ),
            (
                "python-docx [p.text for p in paragraphs]",
                median_seconds(
                    lambda: [p.text for p in docx.Document(str(docx_path)).paragraphs], RUNS
                ),
                None,
            ),
        ]
    naive = rows[-1][1]
    print(
        f"Criminal Code: {len(lines)} lines, {CODE_TXT.stat().st_size // 1024} KB .txt, "
        f"{size_kb} KB .docx, {articles} articles; median of {RUNS} runs"
    )
    print(f"{'what':<44} {'median s':>9} {'target':>7} {'vs python-docx':>15}")
    failed = False
    for label, seconds, target in rows:
        mark = "" if target is None else f"{target:.1f}"
        if target is not None and seconds > target:
            mark += " !"
            failed = True
        print(f"{label:<44} {seconds:>9.3f} {mark:>7} {seconds / naive:>14.2f}x")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
