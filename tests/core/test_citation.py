"""Citation style detection: the Criminal Code cites its parts in words, newer laws in digits."""

from pathlib import Path

from drafter.core.citation import detect_citation_style
from drafter.core.structure import parse_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_criminal_code_cites_parts_in_words():
    path = DATA / "ru-uk-rf-full" / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
    act = parse_lines(path.read_text(encoding="utf-8").splitlines(), slug="uk-rf").act
    assert detect_citation_style(act) == "words"


def test_a_law_citing_digits():
    lines = [
        "Статья 1. Пример",
        "1. Настоящая статья применяется с учетом части 2 настоящей статьи.",
        "2. Положения части 1 настоящей статьи и части 3 статьи 5 не применяются.",
    ]
    assert detect_citation_style(parse_lines(lines, slug="x").act) == "digits"
