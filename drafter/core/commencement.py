"""The entry-into-force article's usual choices (on publication, on a date, N days after)."""

from __future__ import annotations

import re
from datetime import date

from drafter.core import model as m

PUBLICATION = "publication"
ON_DATE = "date"
AFTER_DAYS = "days"
KINDS = (PUBLICATION, ON_DATE, AFTER_DAYS)  # "" = the drafter's own wording or the default

_MONTHS_RU = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
# Cardinal numbers in the genitive («по истечении десяти дней»).
_UNITS_GEN = (
    "",
    "одного",
    "двух",
    "трех",
    "четырех",
    "пяти",
    "шести",
    "семи",
    "восьми",
    "девяти",
    "десяти",
    "одиннадцати",
    "двенадцати",
    "тринадцати",
    "четырнадцати",
    "пятнадцати",
    "шестнадцати",
    "семнадцати",
    "восемнадцати",
    "девятнадцати",
)
_TENS_GEN = (
    "",
    "",
    "двадцати",
    "тридцати",
    "сорока",
    "пятидесяти",
    "шестидесяти",
    "семидесяти",
    "восьмидесяти",
    "девяноста",
)
_HUNDREDS_GEN = (
    "",
    "ста",
    "двухсот",
    "трехсот",
    "четырехсот",
    "пятисот",
    "шестисот",
    "семисот",
    "восьмисот",
    "девятисот",
)


def cardinal_genitive(n: int) -> str:
    """1..999 in words in the genitive: 10 → «десяти», 180 → «ста восьмидесяти»."""
    if not 0 < n < 1000:
        return str(n)
    words = [_HUNDREDS_GEN[n // 100]]
    rest = n % 100
    if rest < 20:
        words.append(_UNITS_GEN[rest])
    else:
        words += [_TENS_GEN[rest // 10], _UNITS_GEN[rest % 10]]
    return " ".join(w for w in words if w)


def _days_ru(n: int) -> str:
    """«дня» after numbers ending in 1 (not 11), «дней» otherwise (genitive after «истечении»)."""
    return "дня" if n % 10 == 1 and n % 100 != 11 else "дней"


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def parse_days(value: str) -> int | None:
    match = re.fullmatch(r"\s*(\d{1,3})\s*", value)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def valid(kind: str, value: str) -> bool:
    """True when ``value`` fits ``kind`` (an ISO date for a date, 1–999 for days)."""
    if kind == ON_DATE:
        return parse_date(value) is not None
    if kind == AFTER_DAYS:
        return parse_days(value) is not None
    return True


def ru_date(day: date) -> str:
    """«1 января 2027 года»."""
    return f"{day.day} {_MONTHS_RU[day.month - 1]} {day.year} года"


def ru_sentence(subject: str, kind: str, value: str) -> str | None:
    """«Настоящий Федеральный закон вступает в силу …» for ``kind``; None for no choice made
    or a value that does not fit it. ``subject`` names the law («Настоящий Федеральный закон»)."""
    if kind == PUBLICATION:
        return f"{subject} вступает в силу со дня его официального опубликования."
    if kind == ON_DATE and (day := parse_date(value)) is not None:
        return f"{subject} вступает в силу с {ru_date(day)}."
    if kind == AFTER_DAYS and (n := parse_days(value)) is not None:
        return (
            f"{subject} вступает в силу по истечении {cardinal_genitive(n)} {_days_ru(n)} "
            "после дня его официального опубликования."
        )
    return None


# English commencement per style: (on passing/enactment, on a date, N days after).
_EN_FORMS = {
    "uk": (
        "This Act comes into force on the day on which it is passed.",
        "This Act comes into force on {d} {month} {y}.",
        "This Act comes into force at the end of the period of {n} {days} beginning with the day "
        "on which it is passed.",
    ),
    "us": (
        "This Act shall take effect on the date of the enactment of this Act.",
        "This Act shall take effect on {month} {d}, {y}.",
        "This Act shall take effect {n} {days} after the date of the enactment of this Act.",
    ),
}


def en_sentence(style: str, kind: str, value: str) -> str | None:
    """ "This Act comes into force …" (OPC, ``style`` uk) / "shall take effect …" (HOLC, us)."""
    on_passing, on_date, after_days = _EN_FORMS[style]
    if kind == PUBLICATION:
        return on_passing
    if kind == ON_DATE and (day := parse_date(value)) is not None:
        return on_date.format(d=day.day, month=_MONTHS_EN[day.month - 1], y=day.year)
    if kind == AFTER_DAYS and (n := parse_days(value)) is not None:
        return after_days.format(n=n, days="day" if n == 1 else "days")
    return None


def english_sentence(draft: m.Draft) -> str | None:
    """The draft's chosen commencement in its English style, or None."""
    style = "us" if draft.style == "us" else "uk"
    return en_sentence(style, draft.commencement, draft.commencement_value)
