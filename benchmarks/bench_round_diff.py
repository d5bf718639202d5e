"""Time the comparison of two rounds on the whole Criminal Code, against `drafter redline` of the
same two texts measured in the same run.

Run: python benchmarks/bench_round_diff.py [--runs N]
Round 1 proposes 300 word edits of the Code, round 2 another 100 on top of them; 50 remarks of
round 1 are accepted. Timed: `compare_rounds` (open the project, read both rounds, compare, cite,
write the .docx) in process and as the whole command (`drafter rounds --diff 1 2 -o`), and
`drafter redline ROUND1.txt ROUND2.txt -o` (the whole command; it redlines the whole Code).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
from _common import CODE_TXT, median_seconds
from bench_redline import edited_lines

from drafter.core import rounds as r
from drafter.core.draft import proposals_between
from drafter.io.importer import import_act
from drafter.io.project import Project
from drafter.io.redline_reader import read_redline
from drafter.services.rounds import frozen_draft

AGENCY = "Минюст России"


def project_with_two_rounds(folder: Path) -> tuple[Path, Path, Path]:
    """A project on the whole Code with rounds 1 and 2 as above; and the two texts as .txt."""
    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    first = edited_lines(lines, 300, seed=376)
    second = edited_lines(first, 100, seed=11)
    texts = []
    for name, text in (("round1.txt", first), ("round2.txt", second)):
        (folder / name).write_text("\n".join(text) + "\n", encoding="utf-8")
        texts.append(folder / name)
    path = folder / "code.drafter"
    base = import_act(CODE_TXT, slug="uk-rf").act
    with Project.create(path) as project:
        project.add_act(base)
        agency = project.add_agency(r.Agency(AGENCY))
        for number, text in enumerate(texts, start=1):
            proposed = import_act(text, slug="uk-rf").act
            proposals = proposals_between(project.act("uk-rf"), proposed)
            project.set_proposals("uk-rf", proposals)
            draft = project.draft()
            draft.agency = "Министерство внутренних дел Российской Федерации"
            project.add_round(
                r.Round(number, f"2026-11-{number:02d}", stamp=f"2026-11-{number:02d}T00:00:00Z"),
                draft=frozen_draft(draft, project.acts()),
                manifest="{}",
                recipients=[(agency.id, "")],
                paragraphs={},
            )
            if number == 1:
                for address in list(proposals)[:50]:
                    remark = r.Remark(1, AGENCY, "comment", act="uk-rf", address=address,
                                      text="Уточнить формулировку.")  # fmt: skip
                    remark_id = project.add_remark(remark, agency.id)
                    project.set_decision(remark_id, "accepted", "Учтено", "bench", "2026-11-02")
    return path, texts[0], texts[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from drafter.services.round_diff import compare_rounds

    with tempfile.TemporaryDirectory(prefix="drf-bench-") as folder:
        work = Path(folder)
        project, first, second = project_with_two_rounds(work)
        out = work / "rounds.docx"
        found = []

        def in_process() -> None:
            found.append(compare_rounds(project, 1, 2, out))

        t_compare = median_seconds(in_process, args.runs)
        result = found[-1]
        behind = sum(1 for c in result.changes if c.remarks)
        text, written = read_redline(out), result.written
        assert written is not None
        assert text.accept_all()[: len(written.accepted)] == written.accepted
        assert text.reject_all()[: len(written.rejected)] == written.rejected
        python = sys.executable
        diff_cmd = [python, "-m", "drafter", "rounds", str(project), "--diff", "1", "2",
                    "-o", str(work / "cli.docx")]  # fmt: skip
        redline_cmd = [python, "-m", "drafter", "redline", str(first), str(second),
                       "-o", str(work / "redline.docx")]  # fmt: skip
        t_diff_cli = median_seconds(
            lambda: subprocess.run(diff_cmd, check=True, capture_output=True), args.runs
        )
        t_redline = median_seconds(
            lambda: subprocess.run(redline_cmd, check=True, capture_output=True), args.runs
        )
        print(
            f"Criminal Code, rounds 1 and 2: {len(result.changes)} changed units "
            f"({behind} naming an accepted remark), {result.revisions} w:ins/w:del, "
            f"{out.stat().st_size // 1024} KB"
        )
        print(f"  compare_rounds (in process), median of {args.runs}: {t_compare:.3f} s")
        print(f"  drafter rounds --diff 1 2 -o (whole command): {t_diff_cli:.3f} s")
        print(
            f"  drafter redline round1.txt round2.txt -o (whole command, whole Code): "
            f"{t_redline:.3f} s, {(work / 'redline.docx').stat().st_size // 1024} KB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
