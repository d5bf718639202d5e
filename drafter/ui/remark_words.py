"""The words for a remark's severity, grounds and status in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RemarksTab"

# Every value of a remark's severity (core SEVERITIES), grounds kind (GROUNDS_KINDS) and status
# (REMARK_STATUSES), "" for one not set: its English words, translated when shown.
WORDS = {
    "objection": QT_TRANSLATE_NOOP("RemarksTab", "objection"),
    "remark": QT_TRANSLATE_NOOP("RemarksTab", "remark"),
    "proposal": QT_TRANSLATE_NOOP("RemarksTab", "proposal"),
    "editorial": QT_TRANSLATE_NOOP("RemarksTab", "drafting point"),
    "conflict": QT_TRANSLATE_NOOP("RemarksTab", "conflict with other law"),
    "budget": QT_TRANSLATE_NOOP("RemarksTab", "budget impact"),
    "competence": QT_TRANSLATE_NOOP("RemarksTab", "competence"),
    "drafting": QT_TRANSLATE_NOOP("RemarksTab", "drafting"),
    "policy": QT_TRANSLATE_NOOP("RemarksTab", "policy"),
    "other": QT_TRANSLATE_NOOP("RemarksTab", "other"),
    "new": QT_TRANSLATE_NOOP("RemarksTab", "not decided"),
    "accepted": QT_TRANSLATE_NOOP("RemarksTab", "accepted"),
    "partly": QT_TRANSLATE_NOOP("RemarksTab", "partly accepted"),
    "rejected": QT_TRANSLATE_NOOP("RemarksTab", "not accepted"),
    "withdrawn": QT_TRANSLATE_NOOP("RemarksTab", "withdrawn"),
    "duplicate": QT_TRANSLATE_NOOP("RemarksTab", "duplicate"),
    "": QT_TRANSLATE_NOOP("RemarksTab", "(not set)"),
}


def remark_word(value: str) -> str:
    """A severity, grounds kind or status in the interface language (an unknown one as is)."""
    return QCoreApplication.translate(CONTEXT, str(WORDS[value])) if value in WORDS else value


severity_text = grounds_kind_text = status_text = remark_word
