"""Normalisation: differences in whitespace, dashes, quotes, NBSP or ё/е are not changes."""

from __future__ import annotations

import re

_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u00ad": "",
        "ё": "е",
        "Ё": "Е",
    }
)
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The comparison form of ``text``: one dash, one quote form, single spaces, е for ё."""
    return _SPACES.sub(" ", text.translate(_DASHES)).strip()


def same_text(a: str, b: str) -> bool:
    return normalize(a) == normalize(b)


def clean_spaces(text: str) -> str:
    """Collapse runs of whitespace (NBSP included) to one space and strip the ends.

    Unlike :func:`normalize` this keeps dashes, quotes and ё as printed.
    """
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
