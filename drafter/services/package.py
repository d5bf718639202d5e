"""The bill's package for a bundle: which documents, what they say about each amended act."""

from __future__ import annotations

from collections.abc import Sequence

from drafter.core import model as m
from drafter.core import package as pk
from drafter.core.styles.ru_frame import NAME_PLACES, name_forms
from drafter.core.styles.uk import act_name


def _name(act: m.Act, style: str) -> str:
    """The act as the package's sentences name it: ru accusative (a marked place when its name
    cannot be declined), en its title."""
    if style != "ru":
        return act_name(act)
    forms = name_forms(act)
    return forms.accusative if forms else NAME_PLACES["acc"]


def package_documents(
    draft: m.Draft, amended: list[m.Act], bill_title: str, entries: Sequence[str] = ()
) -> list[tuple[str, pk.PackageDocument]]:
    """(file name, document) for the explanatory note, the financial justification and the list
    of acts. ``entries``: the list of acts' lines (consequential changes, issue 12 item 9)."""
    from drafter.io.docx_package_docs import FILE_NAMES

    acts: list[tuple[m.Act, pk.ActChanges]] = []
    for act in amended:
        act_draft = next((a for a in draft.acts if a.slug == act.slug), m.ActDraft(act.slug))
        acts.append((act, pk.act_changes(act, act_draft, _name(act, draft.style))))
    docs = pk.package_documents(bill_title, draft, acts, entries)
    return [(FILE_NAMES[doc.kind], doc) for doc in docs]
