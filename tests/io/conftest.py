"""Fixtures for the importer tests: the whole Criminal Code as .txt, .docx and Windows-1251."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # tests/ is not a package; make tests.docx_factory importable
    sys.path.insert(0, str(_ROOT))

from tests.docx_factory import code_docx  # noqa: E402

CODE_TXT = _ROOT / "tests/data/corpus/ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"


@pytest.fixture(scope="session")
def code_lines() -> list[str]:
    return CODE_TXT.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def code_files(tmp_path_factory: pytest.TempPathFactory, code_lines: list[str]) -> dict[str, Path]:
    """The Code as UTF-8 .txt (the corpus file), .docx (built once) and Windows-1251 .txt."""
    folder = tmp_path_factory.mktemp("code")
    docx_path = code_docx(code_lines, folder / "uk-rf.docx")
    cp1251_path = folder / "uk-rf-1251.txt"
    cp1251_path.write_bytes("\r\n".join(code_lines).encode("cp1251"))
    return {"txt": CODE_TXT, "docx": docx_path, "cp1251": cp1251_path}
