"""Damaged amending texts and mutated drafts made from real acts (the fuzz tests and
benchmarks/bench_apply_fuzz.py): what `drafter apply` reads must be read right or refused."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.core import model as m

DATA = Path(__file__).resolve().parent / "data"
CODE = DATA / "corpus" / "ru-uk-rf-full" / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
KOAP = (
    DATA / "corpus" / "ru-koap-2017-consultant" / "koap_consultant_ed-2017-03-07_arts-1.1-21.7.txt"
)
# Articles with parts, lettered and numbered points, sanctions, notes and editorial notes.
CODE_ARTICLES = ("105", "158", "159", "228", "322", "322.1")
KOAP_ARTICLES = ("7.27", "12.8", "19.3", "20.1")
EN_SAMPLES = {style: DATA / "en" / f"{style}-example-act-2024.txt" for style in ("uk", "us")}

RU_WORDS = ("лица", "срок", "до пяти", "тысяч рублей", "либо", "государственной", "группой лиц")
EN_WORDS = ("licence", "the Secretary", "permit", "in writing")
RU_VERBS = re.compile(r"заменить|исключить|дополнить|изложить|признать|утративш\w+")
EN_VERBS = re.compile(r"substitute|omit|insert|striking|inserting|adding|repealed", re.I)
RU_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщыьэюя"
QUOTES = '«»„“”"'

MUTATIONS = (
    "misspelt verb",
    "dropped quote",
    "extra quote",
    "truncated",
    "doubled spaces",
    "swapped quotes",
)
# Mutations after which a correct reader gives the same operations as before.
HARMLESS = ("doubled spaces", "swapped quotes")


def _article_lines(lines: list[str], number: str) -> list[str]:
    heads = [i for i, x in enumerate(lines) if x.strip().startswith(f"Статья {number}. ")]
    start = heads[-1]  # the КоАП export lists its contents first
    end = start + 1
    while end < len(lines) and not re.match(
        r"\s*(Статья \d|Глава \d|ГЛАВА \d|Раздел )", lines[end]
    ):
        end += 1
    return [x.strip() for x in lines[start:end]]


def ru_base_lines(act: str) -> list[str]:
    """Lines of several real articles of the Criminal Code (``uk-rf``) or КоАП (``koap``)."""
    path, numbers = (CODE, CODE_ARTICLES) if act == "uk-rf" else (KOAP, KOAP_ARTICLES)
    lines = path.read_text(encoding="utf-8").split("\n")
    out: list[str] = []
    for number in numbers:
        out.extend(_article_lines(lines, number))
    return out


def en_base_lines(style: str) -> list[str]:
    return EN_SAMPLES[style].read_text(encoding="utf-8").split("\n")


# --- drafts --------------------------------------------------------------------------------
def _word_fields(act: m.Act) -> list[tuple[m.Unit, str]]:
    return [
        (u, name)
        for u in act.walk()
        for name in ("text", "closing", "heading")
        if not u.is_container and len(getattr(u, name).split()) > 3
    ]


def edit_draft(act: m.Act, rng: random.Random, english: bool = False) -> m.Act:
    """A copy of ``act`` with one to four word changes (replaced, inserted, deleted), and in
    Russian acts sometimes a unit repealed or appended."""
    draft = act.copy()
    vocabulary = EN_WORDS if english else RU_WORDS
    fields = _word_fields(draft)
    for _ in range(rng.randint(1, 4)):
        unit, name = rng.choice(fields)
        words = getattr(unit, name).split(" ")
        i = rng.randrange(len(words))
        kind = rng.choice(("replace", "insert", "delete"))
        if kind == "replace":
            words[i] = rng.choice(vocabulary)
        elif kind == "insert":
            words[i:i] = [rng.choice(vocabulary)]
        elif len(words) > 4:
            del words[i]
        setattr(unit, name, " ".join(words))
    if not english and rng.random() < 0.3:
        lists = [u for u in draft.walk() if len(u.children) > 1 and not u.is_container]
        if lists:
            parent = rng.choice(lists)
            i = rng.randrange(len(parent.children))
            kid = parent.children[i]
            parent.children[i] = m.Unit(kind=kid.kind, number=kid.number, repealed=True)
    return draft


# --- damage --------------------------------------------------------------------------------
def _inside_quotes(text: str) -> list[bool]:
    """For each character of a Russian text as the styles write it, whether it is inside «»."""
    depth, inside = 0, []
    for ch in text:
        if ch == "«":
            depth += 1
        inside.append(depth > 0)
        if ch == "»":
            depth = max(depth - 1, 0)
    return inside


def _misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "swap", "double", "replace"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    letters = RU_LETTERS if re.match(r"[а-яё]", word) else "abcdefghijklmnopqrstuvwxyz"
    return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]


def mutate(text: str, kind: str, rng: random.Random, english: bool) -> str | None:
    """``text`` damaged by one mutation of ``kind`` (None when the text offers no place)."""
    if kind == "misspelt verb":
        found = list((EN_VERBS if english else RU_VERBS).finditer(text))
        if not found:
            return None
        mt = rng.choice(found)
        word = _misspell(mt.group(0), rng)
        if word == mt.group(0):
            return None
        return text[: mt.start()] + word + text[mt.end() :]
    if kind == "dropped quote":
        places = [i for i, ch in enumerate(text) if ch in QUOTES]
        if not places:
            return None
        i = rng.choice(places)
        return text[:i] + text[i + 1 :]
    if kind == "extra quote":
        i = rng.randrange(len(text) + 1)
        if english:
            return text[:i] + '"' + text[i:]
        # a lone „ or " inside quoted words is, by convention, a character of those words
        # (how `diff` writes a stray quote of the proposed text): only « and » there
        marks = "«»" if i < len(text) and _inside_quotes(text)[i] else '«»„"'
        return text[:i] + rng.choice(marks) + text[i:]
    if kind == "truncated":
        if len(text.strip()) < 2:
            return None
        return text.rstrip()[: rng.randrange(1, len(text.rstrip()))]
    if kind == "doubled spaces":
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        chosen = set(rng.sample(spaces, min(len(spaces), rng.randint(1, 6))))
        forms = ("  ", "\u00a0", " \u00a0", "\t")
        return "".join(rng.choice(forms) if i in chosen else ch for i, ch in enumerate(text))
    if kind == "swapped quotes":
        if english:
            if "‘" in text or "’" in text:
                return None
            return _pairs(text, '"', "“", "”")
        variant = rng.choice(("straight outside", "guillemets inside", "curly outside"))
        if variant == "guillemets inside":
            return text.replace("„", "«").replace("“", "»")
        if variant == "straight outside":
            return text.replace("«", '"').replace("»", '"')
        return text.replace("«", "“").replace("»", "”")
    raise ValueError(kind)


def _pairs(text: str, mark: str, opening: str, closing: str) -> str:
    out, opened = [], False
    for ch in text:
        if ch == mark:
            out.append(closing if opened else opening)
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


# --- outcome -------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What applying a damaged text gave: refused (with the sentence), correct, or wrong."""

    verdict: str  # "refused" | "correct" | "wrong"
    detail: str = ""


def same_act(a: m.Act, b: m.Act) -> bool:
    from drafter.core.draft import units_equal

    return units_equal(m.Unit("act", children=a.units), m.Unit("act", children=b.units))


def same_whole_act(a: m.Act, b: m.Act) -> bool:
    """The same units, title and front matter (under normalisation: quote forms, spaces)."""
    from drafter.core.worddiff import same_text

    return (
        same_act(a, b)
        and same_text(a.title, b.title)
        and same_text("\n".join(a.preamble), "\n".join(b.preamble))
    )


def judge(
    base: m.Act, ops: list[m.Operation], kind: str, result: m.Act, read: list[m.Operation]
) -> Outcome:
    """``result`` (read as ``read``) against what a correct reading of the damaged text gives:
    all of ``ops``, or (for a truncated text) the operations of the items left whole."""
    from drafter.core.apply import apply

    if same_act(result, apply(base, ops)):
        return Outcome("correct")
    if kind == "truncated" and read == ops[: len(read)]:
        return Outcome("correct")
    return Outcome("wrong", f"read {len(read)} operations of {len(ops)}")
