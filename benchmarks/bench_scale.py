"""Time projects holding one, two and four whole codes: open, resident memory, import.

Run: .venv/bin/python benchmarks/bench_scale.py   (offscreen Qt; no display needed)
The codes come from tests/data/corpus only: the Criminal Code (.txt from pravo.gov.ru) and the
Code of Administrative Offences (КонсультантПлюс export, arts 1.1-21.7) — two real codes — then
the same two again as the third and fourth, under other file names (slugs) and with their title
line changed (a project refuses an act identical to one it holds): about 8 MB of text.
Targets, four codes: open ≤ 1 s, ≤ 250 MB resident; import of the largest code ≤ 0.5 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
from _common import CODE_TXT, ROOT, median_seconds

from drafter.io.importer import import_act, read_act_lines
from drafter.services.projects import import_acts

CORPUS = ROOT / "tests" / "data" / "corpus"
KOAP_TXT = CORPUS / "ru-koap-2017-consultant/koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"
# The third and fourth codes: the first two again, each under another file name and title.
COPIES = (
    (CODE_TXT, "uk-rf-second-copy.txt"),
    (KOAP_TXT, "koap-rf-second-copy.txt"),
)
COPY_MARK = " (второй экземпляр для замера)"
RUNS = 5
OPEN_RUNS = 3
TARGET_OPEN_S, TARGET_RSS_MB, TARGET_IMPORT_S = 1.0, 250.0, 0.5


def sources(folder: Path) -> list[Path]:
    """The four codes as files an importer reads: the two real codes, then their copies."""
    found = [CODE_TXT, KOAP_TXT]
    for original, name in COPIES:
        title = import_act(original).act.title
        lines = original.read_text(encoding="utf-8").splitlines()
        at = next(i for i, line in enumerate(lines) if line.strip() == title)
        lines[at] = title + COPY_MARK
        copy = folder / name
        copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if import_act(copy).act.title != title + COPY_MARK:
            raise SystemExit(f"{name}: the copy's title did not change")
        found.append(copy)
    return found


def text_mb(path: Path) -> float:
    return sum(len(line.encode("utf-8")) + 1 for line in read_act_lines(path)) / 1e6


OPEN = """
import time; t0 = time.perf_counter()
import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'
sys.path.insert(0, {root!r})
from drafter.services.projects import open_project
t1 = time.perf_counter()
with open_project({path!r}, read_only=True) as project:
    draft, acts = project.draft(), project.acts()
load = time.perf_counter() - t1
from drafter.ui.app import ensure_application, create_window
app = ensure_application()
t2 = time.perf_counter()
window = create_window({path!r})
app.processEvents()
window.select_unit(window.document.acts[-1].slug, window.document.acts[-1].top_units()[0].address)
app.processEvents()
shown = time.perf_counter() - t2
with open('/proc/self/status', encoding='ascii') as status:
    rss = next(int(l.split()[1]) / 1024 for l in status if l.startswith('VmRSS:'))
print(load, shown, time.perf_counter() - t0, rss)
"""


def time_open(path: Path) -> tuple[float, float, float, float]:
    """In a fresh process: the project read (acts and draft), the window opened on it, the
    whole run from start, each in seconds, and the resident memory (MB) with the window open."""
    out = subprocess.run(
        [sys.executable, "-c", OPEN.format(root=str(ROOT), path=str(path))],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    load, shown, total, rss = (float(value) for value in out.stdout.split()[-4:])
    return load, shown, total, rss


def main() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        codes = sources(folder)
        sizes = [text_mb(path) for path in codes]
        distinct = len(codes) - len(COPIES)  # the copies are not timed again
        largest = codes[sizes.index(max(sizes[:distinct]))]
        titles = [import_act(path).act.title for path in codes]
        import_s = median_seconds(lambda: import_act(largest), RUNS)
        rows = []
        for count in (1, 2, 4):
            project = folder / f"codes-{count}.drafter"
            start = time.perf_counter()
            import_acts(project, codes[:count])
            added = time.perf_counter() - start
            opens = [time_open(project) for _ in range(OPEN_RUNS)]
            rows.append(
                (
                    count,
                    sum(sizes[:count]),
                    project.stat().st_size / 1e6,
                    added,
                    statistics.median(o[0] for o in opens),
                    statistics.median(o[1] for o in opens),
                    statistics.median(o[2] for o in opens),
                    max(o[3] for o in opens),
                )
            )
    print("codes (tests/data/corpus; the third and fourth are the first two again, retitled):")
    for number, (path, title) in enumerate(zip(codes, titles, strict=True), start=1):
        print(f"  {number}. {path.name}: «{title}»")
    print(
        f"largest code: {largest.name}, {sizes[codes.index(largest)]:.2f} MB of text; "
        f"import_act median of {RUNS}: {import_s:.3f} s (target ≤ {TARGET_IMPORT_S} s)"
    )
    failed |= import_s > TARGET_IMPORT_S
    print(f"open: median of {OPEN_RUNS} fresh processes; memory: the largest of them")
    header = (
        f"{'codes':>5} {'text MB':>8} {'file MB':>8} {'import s':>9} {'read s':>7} "
        f"{'window s':>9} {'process s':>10} {'RSS MB':>7}"
    )
    print(header)
    for count, text, size, added, load, shown, total, rss in rows:
        print(
            f"{count:>5} {text:>8.2f} {size:>8.1f} {added:>9.2f} {load:>7.2f} {shown:>9.2f} "
            f"{total:>10.2f} {rss:>7.0f}"
        )
    four = rows[-1]
    verdict = four[5] <= TARGET_OPEN_S and four[7] <= TARGET_RSS_MB
    print(
        f"four codes: window open in {four[5]:.2f} s (target ≤ {TARGET_OPEN_S} s), "
        f"{four[7]:.0f} MB resident (target ≤ {TARGET_RSS_MB:.0f} MB)" + ("" if verdict else " !")
    )
    failed |= not verdict
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
