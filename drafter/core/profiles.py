"""Structure profiles: which printed labels mean which unit kind, per family of acts."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core import model as m
from drafter.core.lookup import one_of
from drafter.errors import ImportFailed
from drafter.messages import N_


class UnknownProfile(ImportFailed, ValueError):
    """A structure profile name that is not in :data:`PROFILES`."""


@dataclass(frozen=True)
class Profile:
    """A family of acts sharing one hierarchy below the top-level unit.

    ``levels`` lists the kinds below the top-level unit, outermost first, as the labels are
    usually printed; the structure parser uses it, the styles use ``language`` and ``keys``.
    """

    name: str
    language: str
    top: str  # the top-level addressable kind
    levels: tuple[str, ...]
    keys: dict[str, str] = field(default_factory=dict)  # overrides of model.DEFAULT_KEYS
    description: str = ""

    def key(self, kind: str) -> str:
        if kind in self.keys:
            return self.keys[kind]
        if kind in m.DEFAULT_KEYS:
            return m.DEFAULT_KEYS[kind]
        return m.CONTAINER_KEYS[kind]

    def kind_for_key(self, key: str) -> str | None:
        for kind in (*m.DEFAULT_KEYS, *m.CONTAINER_KEYS):
            if self.key(kind) == key:
                return kind
        return None


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "ru-code",
            "ru",
            m.ARTICLE,
            (m.PART, m.POINT, m.SUBPOINT, m.PARAGRAPH),
            description=(
                "Russian codes (УК, УПК, КоАП): статья → часть «1.» → пункт «1)»/«а)» → подпункт"
            ),
        ),
        Profile(
            "ru-law",
            "ru",
            m.ARTICLE,
            (m.POINT, m.SUBPOINT, m.PARAGRAPH),
            description="Russian laws, ГК, НК: статья → пункт «1.» → подпункт «1)» → абзац",
        ),
        Profile(
            "uk",
            "en",
            m.SECTION,
            (m.SUBSECTION, m.PARAGRAPH, m.SUBPARAGRAPH),
            keys={m.PARAGRAPH: "para"},
            description=(
                "UK: section → subsection (1) → paragraph (a) → sub-paragraph (i); Schedules"
            ),
        ),
        Profile(
            "us",
            "en",
            m.SECTION,
            (m.SUBSECTION, m.PARAGRAPH, m.SUBPARAGRAPH, m.CLAUSE, m.SUBCLAUSE),
            keys={m.PARAGRAPH: "para"},
            description="US: section → (a) → (1) → (A) → (i) → (I)",
        ),
    )
}


def get_profile(name: str) -> Profile:
    """The profile called ``name``; raises UnknownProfile for a name Drafter does not know."""
    return one_of(
        PROFILES, name, UnknownProfile, N_("unknown structure profile {name!r} (known: {known})")
    )
