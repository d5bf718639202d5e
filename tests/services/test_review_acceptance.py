"""The acceptance set (tests/data/review, made by make_acceptance_set.py): 42 returned files
in seven producer classes over the whole Criminal Code and the sample draft, every item's true
unit known; `drafter review` must put at least 95% of each class's items on their exact unit and
99% in the right article, account for every item, never report ours as theirs, find untracked
edits and rejected changes of ours, and print `--json` as DESIGN.md says. `pytest -s` prints the
figures."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from drafter.services import review as svc

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "data" / "review"
TRUTH = json.loads((SET / "truth.json").read_text(encoding="utf-8"))
FILES: dict[str, dict] = TRUTH["files"]
CLASSES: list[str] = TRUTH["classes"]
FIELDS = ["address", "act", "kind", "quote", "proposed", "text", "author", "position"]
KINDS = ("edit", "comment", "untracked", "rejects_change")
EXACT, ARTICLE = 0.95, 0.99


def article(address: str | None) -> str | None:
    return address.split("/")[0] if address else None


def matches(want: dict, got: dict) -> bool:
    """The reported entry is this item: the same kind, act and words (whatever its unit)."""
    return (
        got["kind"] == want["kind"]
        and got["act"] == want["act"]
        and (want["quote"] is None or got["quote"] == want["quote"])
        and (want["proposed"] is None or got["proposed"] == want["proposed"])
    )


def score(truth: list[dict], entries: list[dict]) -> tuple[int, int, int]:
    """(at the exact unit, in the right article, found at all): each true item is paired with one
    reported entry, the ones on the exact unit first, then in the article, then anywhere."""
    left = list(entries)
    counts = [0, 0, 0]
    pending = list(truth)
    for level in range(3):
        still = []
        for want in pending:
            found = next(
                (
                    x
                    for x in left
                    if matches(want, x)
                    and (
                        (level == 0 and x.get("address") == want["address"])
                        or (level == 1 and article(x.get("address")) == article(want["address"]))
                        or level == 2
                    )
                ),
                None,
            )
            if found is None:
                still.append(want)
                continue
            left.remove(found)
            for k in range(level, 3):
                counts[k] += 1
        pending = still
    return counts[0], counts[1], counts[2]


@pytest.fixture(scope="module")
def filed(tmp_path_factory) -> dict[str, dict]:
    """Every file of the set read by the `review` service against a copy of its project: the
    `--json` object of each."""
    base = tmp_path_factory.mktemp("acceptance")
    copies = {}
    for name in {x["project"] for x in FILES.values()}:
        copies[name] = base / name
        shutil.copyfile(SET / name, copies[name])
    out = {}
    for name, info in FILES.items():
        [report] = svc.review_files(
            copies[info["project"]], [SET / "returned" / name], info["agency"]
        )
        assert not report.already_filed and report.sent_file == info["sent"], name
        out[name] = report.to_json()
    return out


def test_the_set_is_as_large_as_the_issue_asks():
    assert len(FILES) >= 40
    assert sum(len(x["items"]) for x in FILES.values()) >= 300
    assert {x["class"] for x in FILES.values()} == set(CLASSES)
    kinds = Counter(i["kind"] for x in FILES.values() for i in x["items"])
    assert set(kinds) == set(KINDS)
    for project in ("code.drafter", "demo.drafter"):
        assert {x["class"] for x in FILES.values() if x["project"] == project} == set(CLASSES)


def test_every_class_places_its_items_on_their_units(filed):
    per_class: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    misses = []
    for name, info in FILES.items():
        got = filed[name]
        entries = got["remarks"] + got["unplaced"]
        exact, in_article, found = score(info["items"], entries)
        row = per_class[info["class"]]
        for k, v in enumerate((len(info["items"]), len(entries), exact, in_article, found)):
            row[k] += v
        if exact < len(info["items"]):
            misses.append((name, len(info["items"]), exact, in_article))
    print()
    print(f"{'class':<12}{'items':>7}{'entries':>9}{'exact':>9}{'article':>9}")
    for cls in CLASSES:
        items, entries, exact, in_article, _found = per_class[cls]
        print(f"{cls:<12}{items:>7}{entries:>9}{exact / items:>9.1%}{in_article / items:>9.1%}")
    for miss in misses:
        print("  not all exact:", miss)
    for cls in CLASSES:
        items, entries, exact, in_article, found = per_class[cls]
        assert entries == items, cls  # N items → N entries, placed or unplaced
        assert found == items, cls  # each entry is one of the items
        assert exact >= EXACT * items, (cls, exact, items)
        assert in_article >= ARTICLE * items, (cls, in_article, items)


def test_ours_are_never_reported_and_untracked_and_rejections_are_found(filed):
    for name, info in FILES.items():
        got = filed[name]
        entries = got["remarks"] + got["unplaced"]
        assert all(x["author"] != TRUTH["ours"] for x in entries), name
        for kind in ("untracked", "rejects_change"):
            want = sum(1 for x in info["items"] if x["kind"] == kind)
            assert sum(1 for x in entries if x["kind"] == kind) == want, (name, kind)
    for kind in ("untracked", "rejects_change"):
        classes = {x["class"] for x in FILES.values() for i in x["items"] if i["kind"] == kind}
        assert {"lo_once", "lo_twice", "word", "anonymized", "stripped"} <= classes, kind


def check_shape(got: dict, name: str, info: dict) -> None:
    """The DESIGN.md "Command line" shape of `review --json` for one file."""
    assert list(got) == ["file", "round", "agency", "remarks", "unplaced"]
    assert (got["file"], got["round"], got["agency"]) == (name, 1, info["agency"])
    assert all(list(x) == FIELDS for x in got["remarks"])
    assert all(list(x) == FIELDS[1:] for x in got["unplaced"])
    for x in got["remarks"] + got["unplaced"]:
        assert x["kind"] in KINDS and isinstance(x["quote"], str)
        assert x["act"] in ("uk-rf", "upk-rf")  # the sample draft amends two codes
        assert "#" not in (x.get("address") or "")
        assert (x["text"] is None) == (x["kind"] != "comment")
        if x["kind"] == "comment":
            assert x["proposed"] is None
        assert x["position"] is None or x["position"].startswith("after ")


def test_every_json_object_has_the_design_shape(filed):
    for name, info in FILES.items():
        check_shape(filed[name], name, info)
    positions = [x["position"] for got in filed.values() for x in got["remarks"] if x["position"]]
    assert positions  # the new paragraphs


@pytest.mark.slow
def test_the_command_prints_the_same_json_per_class(tmp_path, filed):
    """`drafter review … --json`, a fresh process, one file of each class (an array for two)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for cls in CLASSES:
        names = [
            n for n, x in FILES.items() if x["class"] == cls and x["project"] == "demo.drafter"
        ]
        project = tmp_path / f"{cls}.drafter"
        shutil.copyfile(SET / "demo.drafter", project)
        done = subprocess.run(
            [sys.executable, "-m", "drafter", "review", str(project)]
            + [str(SET / "returned" / n) for n in names[:2]]
            + ["--agency", "МВД", "--json"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        got = json.loads(done.stdout)
        assert isinstance(got, list) and len(got) == 2
        for name, one in zip(names[:2], got, strict=True):
            check_shape(one, name, FILES[name])
            assert one == filed[name]
