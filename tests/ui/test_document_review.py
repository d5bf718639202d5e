"""The window's document and the approval rounds: a returned file previewed, then filed (remarks
signalled), the remarks of a unit, the open-remark badges, the rounds and the known agencies."""

from __future__ import annotations

import os
import shutil
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from drafter.services import rounds
from drafter.ui.document import DraftDocument

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "io"))

from word_reviewer import WordReviewer  # noqa: E402


def test_a_returned_file_previewed_then_filed(qtbot, tmp_path):
    path = tmp_path / "demo.drafter"
    shutil.copyfile(ROOT / "tests" / "data" / "projects" / "demo-unsent.drafter", path)
    rounds.export_round(
        path, tmp_path / "r1", "next", to="МВД России", export_date=date(2026, 12, 7)
    )
    reviewer = WordReviewer((tmp_path / "r1" / "consolidated-uk-rf.docx").read_bytes())
    texts = ["".join(p.itertext()) for p in reviewer.paras]
    at = next(i for i, t in enumerate(texts) if "фиктивн" in t and len(t.split()) > 10)
    word = next(w for w in texts[at].split() if w.isalpha() and texts[at].count(w) == 1)
    reviewer.comment(at, word, "Обоснуйте.", "Пётр Ревизоров", "2026-12-10T09:00:00Z")
    returned = tmp_path / "МВД.docx"
    returned.write_bytes(reviewer.save())
    document = DraftDocument.open(path)
    try:
        assert document.agencies() == ["МВД России"]
        report = document.read_review(returned, "Минфин России")
        assert report.agency_is_new and document.agencies() == ["МВД России"]  # a preview
        [item] = report.items
        assert item.kind == "comment" and item.address is not None
        with qtbot.waitSignal(document.remarks_changed, timeout=1000):
            assert document.store_review(report) == 1
        assert document.agencies() == ["МВД России", "Минфин России"]
        top = item.address.split("/")[0]
        [remark] = document.remarks("uk-rf", top)
        assert (remark.text, remark.agency, remark.address) == (
            "Обоснуйте.",
            "Минфин России",
            item.address,
        )
        assert document.remarks("upk-rf", top) == []
        assert document.open_remark_counts() == {("uk-rf", top): 1}
        [sent] = document.rounds()
        assert [(x["agency"], x["status"]) for x in sent["recipients"]] == [
            ("МВД России", "pending"),
            ("Минфин России", "remarks"),
        ]
    finally:
        document.close()
