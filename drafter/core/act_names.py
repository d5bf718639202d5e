"""Default name forms of an act from its title (the user can correct them in the act's properties).

Russian titles decline their head phrase — the adjectives and the noun before «Российской
Федерации», «от …» or ««…»»: «Уголовный кодекс Российской Федерации» → genitive «Уголовного
кодекса Российской Федерации». English names do not decline.
"""

from __future__ import annotations

import re

from drafter.core import model as m

# Masculine inanimate head nouns of act titles:
# nominative → (genitive, prepositional, instrumental).
_NOUNS = {
    "кодекс": ("кодекса", "кодексе", "кодексом"),
    "закон": ("закона", "законе", "законом"),
    "регламент": ("регламента", "регламенте", "регламентом"),
    "устав": ("устава", "уставе", "уставом"),
    "указ": ("указа", "указе", "указом"),
}
# Feminine head nouns without adjectives: nominative → (genitive, accusative, prepositional,
# instrumental).
_FEMININE = {"конституция": ("конституции", "конституцию", "конституции", "конституцией")}
_WORD = re.compile(r"[А-Яа-яЁё-]+")


def _adjective(word: str) -> tuple[str, str, str] | None:
    """Genitive, prepositional, instrumental of a masculine adjective (last part if hyphenated)."""
    head, sep, last = word.rpartition("-")
    prefix = head + sep
    lower = last.lower()
    if lower.endswith(("ый", "ой")):
        stem = last[:-2]
        hard = (stem + "ого", stem + "ом", stem + "ым")
        if lower.endswith("ой") and stem[-1:].lower() in "кгхжшщч":
            hard = (stem + "ого", stem + "ом", stem + "им")
        return tuple(prefix + form for form in hard)  # type: ignore[return-value]
    if lower.endswith("ий"):
        stem = last[:-2]
        if stem[-1:].lower() in "кгх":
            forms = (stem + "ого", stem + "ом", stem + "им")
        else:
            forms = (stem + "его", stem + "ем", stem + "им")
        return tuple(prefix + form for form in forms)  # type: ignore[return-value]
    return None


def _match_case(form: str, original: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def russian_name_forms(title: str) -> m.NameForms | None:
    """Name forms of a Russian act title, or None when its head phrase is not recognised."""
    title = " ".join(title.split())
    words = title.split(" ")
    letters = [c for c in title if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return None  # «КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ …»: its proper case is not known
    feminine = _FEMININE.get(words[0].lower())
    if feminine is not None:
        rest = " ".join(words[1:])
        gen, acc, prep, ins = (" ".join([_match_case(f, words[0]), rest]).strip() for f in feminine)
        return m.NameForms(title, gen, acc, prep, ins)
    for index, word in enumerate(words[:4]):
        noun = _NOUNS.get(word.lower())
        if noun is None:
            continue
        adjectives = words[:index]
        declined = [_adjective(adj) for adj in adjectives]
        if any(forms is None for forms in declined):
            return None
        rest = " ".join(words[index + 1 :])
        cases = []
        for case in range(3):
            head = [forms[case] for forms in declined]  # type: ignore[index]
            head.append(_match_case(noun[case], word))
            cases.append(" ".join([*head, rest]).strip())
        return m.NameForms(
            nominative=title,
            genitive=cases[0],
            accusative=title,
            prepositional=cases[1],
            instrumental=cases[2],
        )
    return None


def default_name_forms(act: m.Act) -> m.NameForms:
    """The act's name forms where they are missing, from its title."""
    if not act.title:
        return act.names
    if act.language == "ru":
        forms = russian_name_forms(act.title)
        if forms is None:
            return act.names
    else:
        forms = m.NameForms(*(act.title,) * 5)
    current = act.names
    return m.NameForms(
        nominative=current.nominative or forms.nominative,
        genitive=current.genitive or forms.genitive,
        accusative=current.accusative or forms.accusative,
        prepositional=current.prepositional or forms.prepositional,
        instrumental=current.instrumental or forms.instrumental,
    )
