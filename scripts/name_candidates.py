"""Candidates for the multi-word names a quote never splits, counted in the whole Criminal Code.

Run: .venv/bin/python scripts/name_candidates.py [--top N]
Prints the most frequent runs of two to four words whose later words are capitalised («Российской
Федерации», «Вооруженных Сил Российской Федерации») or that are fixed terms of the Code (a noun
with the same genitive after it, «лишения свободы», «средств массовой информации»), then how
often each entry of drafter.core.russian_words.NAMES occurs. The list in russian_words.py is
picked by hand from this output: names of state bodies and terms that a change would cut.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.core.russian_words import NAME_PATTERNS, NAMES, is_function_word  # noqa: E402

CODE = ROOT / "tests/data/corpus/ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
_NOTE = re.compile(r"\([^()]*(?:Федеральн|редакци|Дополнени)[^()]*\)")
_WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30)
    top = parser.parse_args().top
    text = _NOTE.sub(" ", CODE.read_text(encoding="utf-8"))  # editorial notes are not law
    words = _WORD.findall(text)
    capitalised: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    for n in (2, 3, 4):
        for i in range(len(words) - n):
            run = words[i : i + n]
            if not all(w[0].isalpha() for w in run) or any(is_function_word(w) for w in run):
                continue
            if all(w[0].isupper() for w in run[1:]):
                capitalised[" ".join(run)] += 1
            elif n == 2 and run[1].endswith(("ы", "и", "ой", "ого", "ых")) and run[1].islower():
                terms[" ".join(run).lower()] += 1
    print("Capitalised runs (names of bodies, the State):")
    for phrase, count in capitalised.most_common(top):
        print(f"  {count:5}  {phrase}")
    print("Frequent two-word terms (noun + genitive):")
    for phrase, count in terms.most_common(top):
        print(f"  {count:5}  {phrase}")
    print("The names Drafter keeps whole (drafter/core/russian_words.py), counted:")
    for name, pattern in zip(NAMES, NAME_PATTERNS, strict=True):
        regex = r"(?<!\w)" + r"\s+".join(p.pattern for p in pattern) + r"(?!\w)"
        print(f"  {len(re.findall(regex, text, re.I)):5}  {name}")


if __name__ == "__main__":
    main()
