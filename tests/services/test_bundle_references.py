"""The bundle's list of acts names the units citing what the draft changes: on the sample, article
150 of the Code of Criminal Procedure, which cites article 322.1 of the Criminal Code."""

from __future__ import annotations

from datetime import date

import docx

from drafter.services.export import export_project
from tests.samples import UNSENT


def test_the_sample_bundle_lists_article_150_of_the_code_of_criminal_procedure(tmp_path):
    project = tmp_path / "demo.drafter"
    project.write_bytes(UNSENT.read_bytes())
    export_project(project, tmp_path / "bundle", export_date=date(2026, 12, 7))
    lines = [
        p.text for p in docx.Document(str(tmp_path / "bundle" / "list-of-acts.docx")).paragraphs
    ]
    cited = [x for x in lines if "ст. 150 ч. 3 п. 1 (" in x]
    assert len(cited) == 1
    assert cited[0].startswith("2. Уголовно-процессуальный кодекс Российской Федерации")
    assert "ст. 322.1 ч. 1 УК РФ (изменяется)" in cited[0] and "требует проверки" in cited[0]
