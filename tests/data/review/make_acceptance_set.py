"""Build the acceptance set of returned review files (tests/data/review): two projects with round 1
sent, 42 returned files in seven producer classes and the truth file of every item's unit.

Run from the repository root (LibreOffice 7.x with python3-uno needed; a few minutes):
    PYTHONPATH=$PWD python tests/data/review/make_acceptance_set.py
Everything is rebuilt from scratch with fixed seeds; see README.md in this folder.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests" / "io"))

from lo_harness import SYSTEM_PYTHON, LibreOffice  # noqa: E402
from test_redline_reader import EDITS, apply_edit  # noqa: E402
from word_reviewer import WordReviewer  # noqa: E402

from drafter.core.address import assign_addresses  # noqa: E402
from drafter.core.draft import proposals_between  # noqa: E402
from drafter.core.review_doc import SentFile, common_unit  # noqa: E402
from drafter.io.importer import import_act  # noqa: E402
from drafter.io.project import Project  # noqa: E402
from drafter.io.review_reader import sent_file  # noqa: E402
from drafter.services import rounds as rounds_service  # noqa: E402

CODE = ROOT / "tests/data/corpus/ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
DEMO = ROOT / "resources/samples/demo.drafter"
SENT = date(2026, 12, 7)
OURS = "Минюст России"
REVIEWER = "Пётр Ревизоров"
SECOND = "Анна Смирнова"
DATE = "2026-12-10T09:00:00Z"
AGENCY = "МВД"
CLASSES = ("lo_once", "lo_twice", "word", "anonymized", "stripped", "bill", "table")
LO_SCRIPT = ROOT / "tests" / "io" / "lo_reviewer.py"


# --- the projects ------------------------------------------------------------------------------
def code_project(path: Path) -> None:
    """The whole Criminal Code with 40 random edits of the drafter (seed 10), round 1 sent."""
    act = import_act(CODE, slug="uk-rf").act
    act.title = "Уголовный кодекс Российской Федерации"
    after = act.copy()
    rng = random.Random(10)
    for _ in range(40):
        kind = rng.choice([e for e in EDITS if e != "add_article"])
        apply_edit(after, kind, rng.randrange(500), rng.randrange(9), "изменено")
    assign_addresses(after)
    with Project.create(path) as project:
        slug = project.add_act(act)
        draft = project.draft()
        draft.agency, draft.style = OURS, "ru"
        project.save_draft_meta(draft)
        project.set_proposals(slug, proposals_between(act, after))


def send(project: Path, out: Path) -> None:
    rounds_service.export_round(project, out, "next", to=AGENCY, export_date=SENT)


# --- what a reviewer does, and the unit each item belongs on -------------------------------------
def phrase(text: str, runs: list[str], rng: random.Random, words: int = 2) -> str | None:
    """Plain words occurring once in ``text``, inside one run of the paragraph."""
    tokens = text.split(" ")
    for _ in range(200):
        k = rng.randrange(1, max(len(tokens) - words, 2))
        candidate = " ".join(tokens[k : k + words])
        if (
            candidate.replace(" ", "").isalpha()
            and text.count(candidate) == 1
            and any(candidate in run for run in runs)
        ):
            return candidate
    return None


def plain_runs(data: bytes) -> list[list[str]]:
    """Per paragraph (cells included, as the lines are), the texts of its plain runs."""
    reviewer = WordReviewer(data, cells=True)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return [
        [t.text or "" for r in p.iterchildren(f"{w}r") for t in r.iterchildren(f"{w}t")]
        for p in reviewer.paras
    ]


def spots(got: SentFile, roles: tuple[str, ...], rng: random.Random, size: int) -> list[int]:
    """``size`` lines a reviewer can act on (unit known, no revision of ours, long enough), none
    next to another."""
    lines = got.lines
    found = [
        i
        for i, x in enumerate(lines[:-1])
        if x.role in roles and x.address and not x.revisions and len(x.text.split()) > 6
    ]
    rng.shuffle(found)
    chosen: list[int] = []
    for i in found:
        if len(chosen) < size and all(abs(i - j) > 1 for j in chosen):
            chosen.append(i)
    return chosen


def scenario(
    data: bytes, kinds: list[str], roles: tuple[str, ...], seed: int, reject: bool
) -> tuple[list[dict], list[dict]]:
    """Reviewer operations (lo_reviewer.py's spec, plus "reply" and "resolved") and the truth."""
    rng = random.Random(seed)
    got = sent_file(data, "sent.docx")
    runs = plain_runs(data)
    lines = got.lines
    ops: list[dict] = []
    truth: list[dict] = []

    def item(kind: str, i: int, quote: str | None, proposed: str | None, **more: object) -> None:
        truth.append(
            {
                "kind": kind,
                "act": lines[i].act,
                "address": more.pop("address", lines[i].address),
                "quote": quote,
                "proposed": proposed,
                **more,
            }
        )

    for n, i in enumerate(spots(got, roles, rng, len(kinds))):
        kind = kinds[n]
        words = phrase(lines[i].text, runs[i], rng)
        if words is None:
            continue
        if kind == "replace":
            ops.append({"op": kind, "para": i, "old": words, "new": "иные слова"})
            item("edit", i, words, "иные слова")
        elif kind == "insert":
            ops.append({"op": kind, "para": i, "after": words, "text": " и прочее"})
            item("edit", i, None, "и прочее")
        elif kind == "delete":
            ops.append({"op": kind, "para": i, "words": words})
            item("edit", i, words, "")
        elif kind in ("comment", "resolved"):
            ops.append({"op": kind, "para": i, "words": words, "text": "Обоснуйте."})
            item("comment", i, words, None)
        elif kind == "reply":  # a comment and a second person's answer to it
            ops.append({"op": "comment", "para": i, "words": words, "text": "Обоснуйте."})
            ops.append({"op": kind, "para": i, "words": words, "text": "Согласна."})
            item("comment", i, words, None)
            item("comment", i, words, None)
        elif kind == "point_comment":
            ops.append({"op": kind, "para": i, "text": "К абзацу."})
            item("comment", i, None, None)
        elif kind == "untracked":
            ops.append({"op": kind, "para": i, "old": words, "new": "новые слова"})
            item("untracked", i, words, "новые слова")
        elif kind == "new_paragraph":
            ops.append({"op": kind, "para": i, "text": "Новый абзац от рецензента."})
            where = common_unit(lines[i].address, lines[i + 1].address)
            item("edit", i, "", "Новый абзац от рецензента.", address=where)
        elif kind == "delete_paragraph":
            ops.append({"op": kind, "para": i})
            item("edit", i, None, "")
    if reject:  # undo a change of ours (LibreOffice: an insertion; Word: the line's first)
        used = {op["para"] for op in ops}
        candidates = [
            (i, ins[0].text)
            for i, x in enumerate(lines)
            if (ins := [r for r in x.revisions if r.kind == "ins"])
            and x.current
            and x.address
            and len(ins[0].text) > 3
            and x.text.count(ins[0].text) == 1
            and all(abs(i - j) > 1 for j in used)
        ]
        if candidates:
            i, words = rng.choice(candidates)
            ops.append({"op": "unmake", "para": i, "words": words})
            item("rejects_change", i, None, None)
    return ops, truth


LO_KINDS = [
    "replace",
    "insert",
    "delete",
    "reply",
    "point_comment",
    "untracked",
    "new_paragraph",
    "delete_paragraph",
    "comment",
    "replace",
    "delete",
    "insert",
]
WORD_KINDS = [
    "replace",
    "insert",
    "delete",
    "reply",
    "resolved",
    "untracked",
    "new_paragraph",
    "comment",
    "replace",
    "delete",
    "insert",
]
CELL_KINDS = ["replace", "insert", "delete", "reply", "comment", "untracked", "resolved"]


# --- the two reviewers ---------------------------------------------------------------------------
def by_word(data: bytes, ops: list[dict], *, cells: bool = False) -> WordReviewer:
    """Word's markup for ``ops``: threads, resolved flags and people.xml."""
    reviewer = WordReviewer(data, cells=cells)
    parents: dict[int, int] = {}
    for op in sorted(ops, key=lambda x: x["para"], reverse=True):
        i, kind = op["para"], op["op"]
        if kind == "replace":
            reviewer.replace(i, op["old"], op["new"], REVIEWER, DATE)
        elif kind == "insert":
            reviewer.insert(i, op["after"], op["text"], REVIEWER, DATE)
        elif kind == "delete":
            reviewer.delete(i, op["words"], REVIEWER, DATE)
        elif kind in ("comment", "resolved"):
            parents[i] = reviewer.comment(
                i, op["words"], op["text"], REVIEWER, DATE, done=kind == "resolved"
            )
        elif kind == "reply":
            reviewer.comment(i, op["words"], op["text"], SECOND, DATE, parent=parents[i])
        elif kind == "untracked":
            reviewer.untracked(i, op["old"], op["new"])
        elif kind == "new_paragraph":
            reviewer.new_paragraph(i, op["text"], REVIEWER, DATE)
        elif kind == "unmake":
            reviewer.reject_ours(i)
        else:
            raise SystemExit(f"no Word markup for {kind}")
    return reviewer


def sort_for_word(ops: list[dict]) -> list[dict]:
    """A reply follows its comment (by_word walks the paragraphs from the last one)."""
    order = {"comment": 0, "resolved": 0, "reply": 1}
    return sorted(ops, key=lambda x: (-x["para"], order.get(x["op"], 0)))


def by_libreoffice(office: LibreOffice, source: Path, target: Path, ops: list[dict] | None):
    """LibreOffice (tests/io/lo_reviewer.py) reviews ``source`` into ``target``; None: resave."""
    args = ["resave", str(source), str(target)]
    if ops is not None:
        lo_ops = [
            {**op, "op": "comment", "author": SECOND}
            if op["op"] == "reply"
            else {**op, "op": "comment"}
            if op["op"] == "resolved"
            else op
            for op in ops
        ]
        spec = target.with_suffix(".json")
        spec.write_text(json.dumps({"author": REVIEWER, "ops": lo_ops}, ensure_ascii=False))
        args = ["review", str(source), str(target), str(spec)]
    done = subprocess.run(
        [SYSTEM_PYTHON, str(LO_SCRIPT), office.pipe, *args],
        capture_output=True,
        timeout=900,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(office.profile),
            "PYTHONPATH": str(LO_SCRIPT.parent),
        },
    )
    # the UNO bridge of Debian's python3 sometimes crashes on exit, after the file was written
    written = done.stdout.startswith(b'{"written"') and target.is_file()
    if done.returncode != 0 and not written:
        raise SystemExit(
            f"LibreOffice failed ({done.returncode}) on {target.name}: "
            f"{(done.stderr + done.stdout).decode(errors='replace')[-2000:]}"
        )
    if ops is not None:
        target.with_suffix(".json").unlink()


# --- the set -----------------------------------------------------------------------------------
def build(office: LibreOffice, work: Path) -> dict[str, dict]:
    files: dict[str, dict] = {}
    returned = HERE / "returned"
    shutil.rmtree(returned, ignore_errors=True)
    returned.mkdir()
    projects = {"code": HERE / "code.drafter", "demo": HERE / "demo.drafter"}
    for path in projects.values():
        path.unlink(missing_ok=True)
    code_project(projects["code"])
    shutil.copyfile(DEMO, projects["demo"])
    # per project: how many files of each class (the whole Code's LibreOffice files are slow)
    plan = {"code": 2, "demo": 4}
    seed = 100
    for key, project in projects.items():
        out = work / key
        send(project, out)
        consolidated = "consolidated-uk-rf.docx"
        roles = ("text", "closing")

        def keep(
            name: str, cls: str, sent_name: str, data: bytes, truth: list[dict], owner=project
        ) -> None:
            (returned / name).write_bytes(data)
            files[name] = {
                "class": cls,
                "project": owner.name,
                "agency": AGENCY,
                "sent": sent_name,
                "items": truth,
            }

        data = (out / consolidated).read_bytes()
        for n in range(plan[key]):
            seed += 1
            # LibreOffice: saved once, then the same file opened and saved again
            ops, truth = scenario(data, LO_KINDS, roles, seed, reject=True)
            once = work / f"{key}-lo-once-{n + 1}.docx"
            by_libreoffice(office, out / consolidated, once, ops)
            twice = work / f"{key}-lo-twice-{n + 1}.docx"
            by_libreoffice(office, once, twice, None)
            keep(once.name, "lo_once", consolidated, once.read_bytes(), truth)
            keep(twice.name, "lo_twice", consolidated, twice.read_bytes(), truth)
            # Word-style, anonymized, stripped (a Word file and a LibreOffice file in turn)
            for cls in ("word", "anonymized", "stripped"):
                seed += 1
                ops, truth = scenario(data, WORD_KINDS, roles, seed, reject=True)
                if cls == "stripped" and n % 2:
                    lo = work / f"{key}-lo-for-stripped-{n + 1}.docx"
                    by_libreoffice(office, out / consolidated, lo, ops)
                    reviewer = WordReviewer(lo.read_bytes())
                else:
                    reviewer = by_word(data, sort_for_word(ops))
                if cls == "anonymized":
                    reviewer.anonymize()
                if cls == "stripped":
                    reviewer.strip_bookmarks()
                    reviewer.strip_properties()
                keep(f"{key}-{cls}-{n + 1}.docx", cls, consolidated, reviewer.save(), truth)
            # the bill and the comparison table, Word-style
            seed += 1
            ops, truth = scenario(
                (out / "bill.docx").read_bytes(), CELL_KINDS, ("instruction",), seed, False
            )
            reviewer = by_word((out / "bill.docx").read_bytes(), sort_for_word(ops))
            keep(f"{key}-bill-{n + 1}.docx", "bill", "bill.docx", reviewer.save(), truth)
            seed += 1
            table = "comparison-uk-rf.docx"
            ops, truth = scenario((out / table).read_bytes(), CELL_KINDS, roles, seed, False)
            reviewer = by_word((out / table).read_bytes(), sort_for_word(ops), cells=True)
            keep(f"{key}-table-{n + 1}.docx", "table", table, reviewer.save(), truth)
    for backup in HERE.glob("*.bak"):  # the sample's schema migration leaves its backups
        backup.unlink()
    return files


def libreoffice_version() -> str:
    done = subprocess.run(["soffice", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="drf-acceptance-") as folder, LibreOffice() as office:
        files = build(office, Path(folder))
    truth = {
        "libreoffice": libreoffice_version(),
        "ours": OURS,
        "classes": list(CLASSES),
        "files": files,
    }
    (HERE / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    items = sum(len(x["items"]) for x in files.values())
    print(f"{len(files)} files, {items} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
