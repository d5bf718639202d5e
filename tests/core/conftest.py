"""Shared fixtures for core tests: the real Criminal Code, parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
UK_RF = CORPUS / "ru-uk-rf-full" / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="session")
def uk_rf_lines() -> list[str]:
    return read_lines(UK_RF)


@pytest.fixture(scope="session")
def uk_rf_result(uk_rf_lines):
    from drafter.core.structure import parse_lines

    return parse_lines(uk_rf_lines, slug="uk-rf")


@pytest.fixture(scope="session")
def uk_rf(uk_rf_result):
    return uk_rf_result.act
