"""Russian word classes that judge a quote's edge: prepositions, conjunctions, adjectives, names."""

from __future__ import annotations

import re

PREPOSITIONS = frozenset(
    """без в во вне вместо для до за из изо из-за из-под к ко кроме между на над надо о об обо
    около от ото перед передо по под подо после при про против ради с со сверх свыше согласно
    среди у через вследствие посредством""".split()
)
# Conjunctions and the particles that lean on the next word («не более», «ни одного»).
CONJUNCTIONS = frozenset(
    """и или либо а но да что чтобы если как также тоже то ни не ли же когда пока хотя
    поскольку""".split()
)

# Endings of adjectives and participles in the cases laws use; «-ой», «-ом», «-ей», «-ем»,
# «-ий», «-ие», «-им» only after the consonants that make them adjectival (not «группой»,
# «законом», «статьей», «лишением», «положений», «действие», «лицам»). A light test, not a
# morphology: it errs towards «adjective», which only widens a quote by a word.
_ADJECTIVE = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ых|их|ая|яя|ую|юю|ый|ые|ым|ое"
    r"|(?:ск|цк|нн|ьн|жн|чн|шн|тн|вн|дн|рн|лн|ов|ев|ин|ан|ен)ой"
    r"|(?:ск|цк|нн|ьн|пн|жн|чн|шн|тн|вн|дн|рн|лн|зн|сн)ом"
    r"|(?:[жшчщ]|нн|дн|шн|жн)е[йм]"
    r"|(?:[кгхжшчщ]|нн|дн|шн|жн)(?:ий|ие|им))$",
    re.I,
)
_MIN_ADJECTIVE = 4  # «их», «ее», «мое» are pronouns, not the first half of a phrase


def is_function_word(word: str) -> bool:
    """A preposition, conjunction or particle: a quote never ends on one."""
    return word.lower() in PREPOSITIONS or word.lower() in CONJUNCTIONS


def is_adjective(word: str) -> bool:
    """Does ``word`` look like an adjective or participle (by its ending)?"""
    return len(word) >= _MIN_ADJECTIVE and _ADJECTIVE.search(word) is not None


# Multi-word names a quote never splits, one stem pattern per word (any case ending), with how
# often each occurs in the Criminal Code (tests/data/corpus/ru-uk-rf-full, editorial notes left
# out). Picked by hand from the candidates scripts/name_candidates.py counts there (names of
# state bodies, fixed terms of two nouns) and the names the drafting review cites (§1.7 of the
# amending-formulae reference). Adjective + noun terms («организованной группой», «заработной
# платы») need no entry: the adjective test keeps them whole.
NAMES: tuple[str, ...] = (
    "Государственн* границ* Российск* Федераци*",  # 14
    "Государственн* границ*",  # 14
    "Министерств* внутренних дел Российск* Федераци*",  # 0 (named in the review)
    "орган* внутренних дел",  # 3
    "лиц* без гражданства",  # 20
    "лишени* свободы",  # 1126
    "ограничени* свободы",  # 397
    "средств* массовой информации",  # 27
    "Вооруженн* Сил* Российск* Федераци*",  # 16
    "Государственн* Дум*",  # 3
    "Федеральн* Собрани*",  # 4
    "Правительств* Российск* Федераци*",  # 15
    "Конституци* Российск* Федераци*",  # 4
    "Центральн* банк* Российск* Федераци*",  # 3
    "Российск* Федераци*",  # 448
)


def _stem(word: str) -> re.Pattern[str]:
    if word.endswith("*"):
        return re.compile(re.escape(word[:-1]) + r"\w*", re.I)
    return re.compile(re.escape(word), re.I)


NAME_PATTERNS: tuple[tuple[re.Pattern[str], ...], ...] = tuple(
    tuple(_stem(w) for w in name.split()) for name in NAMES
)
