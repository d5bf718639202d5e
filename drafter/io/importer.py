"""The importer entry point: an act file (.txt .docx .html .rtf .doc .odt) to an Act, or refused."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.core.model import ImportResult
from drafter.core.profiles import Profile
from drafter.core.structure import parse_lines
from drafter.errors import ImportFailed
from drafter.io.docx_reader import read_docx_paragraphs
from drafter.io.html_reader import read_html_paragraphs
from drafter.io.office_convert import CONVERTED_SUFFIXES, read_office_paragraphs
from drafter.io.textfile import read_text_lines
from drafter.messages import N_

SUPPORTED_SUFFIXES = (".txt", ".docx", ".html", ".htm", *CONVERTED_SUFFIXES)

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    }
)  # fmt: skip
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 40


def slug_from_name(name: str) -> str:
    """A short ASCII slug from a file name: "УК РФ.txt" → "uk-rf"; "act" if nothing is left."""
    stem = Path(name).stem.lower().translate(_TRANSLIT)
    slug = _NOT_SLUG.sub("-", stem).strip("-")
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rstrip("-")
    return slug or "act"


def read_act_lines(path: Path) -> list[str]:
    """The paragraphs of an act file, by its extension; ImportFailed for anything else."""
    name = path.name
    suffix = path.suffix.lower()
    if path.is_dir():
        raise ImportFailed(
            N_("{name} is a folder, not a file; choose a .docx or .txt act file."), name=name
        )
    if suffix == ".txt":
        return read_text_lines(path)
    if suffix == ".docx":
        return read_docx_paragraphs(path)
    if suffix in (".html", ".htm"):
        return read_html_paragraphs(path)
    if suffix in CONVERTED_SUFFIXES:
        return read_office_paragraphs(path)
    if suffix == ".xml":
        raise ImportFailed(N_("{name}: Akoma Ntoso XML acts are not supported yet."), name=name)
    if suffix in (".docm", ".dotx", ".dotm", ".pdf"):
        raise ImportFailed(
            N_(
                "{name} is a {suffix} file, which Drafter cannot import; "
                "save the act as .docx or as UTF-8 .txt."
            ),
            name=name,
            suffix=suffix,
        )
    if suffix:
        raise ImportFailed(
            N_(
                "{name} is a {suffix} file; Drafter imports acts from .docx, .txt, .html, .rtf, "
                ".doc and .odt files only."
            ),
            name=name,
            suffix=suffix,
        )
    raise ImportFailed(
        N_(
            "{name} is a file without an extension; Drafter imports acts from .docx, .txt, "
            ".html, .rtf, .doc and .odt files only."
        ),
        name=name,
    )


def import_act(
    path: Path | str, *, slug: str | None = None, profile: Profile | None = None
) -> ImportResult:
    """Read an act file and parse its structure. Nothing is written anywhere.

    Every failure is :class:`drafter.errors.ImportFailed` with one sentence naming the file.
    """
    return import_act_with_lines(path, slug=slug, profile=profile)[0]


def import_act_with_lines(
    path: Path | str, *, slug: str | None = None, profile: Profile | None = None
) -> tuple[ImportResult, list[str]]:
    """:func:`import_act`, with the paragraphs it parsed (the lines its warnings count)."""
    path = Path(path)
    lines = read_act_lines(path)
    if not any(line.strip() for line in lines):
        raise ImportFailed(N_("{name} is empty: it holds no text."), name=path.name)
    result = parse_lines(lines, slug=slug or slug_from_name(path.name), profile=profile)
    result.act.edition_source = path.name
    return result, lines
