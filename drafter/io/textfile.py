"""Plain-text act files: detect the encoding, refuse anything that would import garbled.

Accepted: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, Windows-1251. A decoding is
accepted only when the text looks like text: no control characters or U+FFFD, only ordinary
letters and punctuation, Cyrillic words in plausible letter case and letter frequencies.

KOI8-R and CP866 (DOS) files are *recognised and refused* with a message naming the encoding:
one short paragraph of Russian can be a plausible text in two single-byte encodings, and a
wrong guess would import the act garbled, which is worse than asking for a UTF-8 copy.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from drafter.errors import ImportFailed
from drafter.io.safety import EMPTY, OLE2_MAGIC, read_file_bytes
from drafter.messages import N_, Message, message

# Reasons why a decoding is not the act's text, nested in the sentences above.

# Relative frequency (per cent) of Russian letters in ordinary prose.
_RU_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
}  # fmt: skip
_RU_NORM = sum(v * v for v in _RU_FREQ.values()) ** 0.5
_SAMPLE = 50_000  # characters scored for letter frequencies
_RU_UPPER = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ"
_RU_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў"
# Cyrillic letters of Russian, Ukrainian and Belarusian — the languages of acts we expect in
# Windows-1251. Other Cyrillic letters (Ђ, Љ, Ћ...) appear when DOS text is read as 1251.
_OTHER_CYRILLIC = re.compile(f"[\u0400-\u04ff](?<![{_RU_UPPER}{_RU_LOWER}])")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Single-byte decodings: anything but letters of the expected alphabets, digits, spaces and
# the punctuation legal texts use is suspect.
_ODD_SINGLE_BYTE = re.compile(
    "[^\\s0-9A-Za-z"
    + _RU_UPPER
    + _RU_LOWER
    + re.escape(".,;:!?()[]{}<>-–—‑−'\"«»„“”‘’‚/\\|*+=%&#№§@$€_~^…°±×\u00ad\u2009\u202f`")
    + "]"
)
# Unicode decodings: letters of scripts no act of ours is written in, private-use glyphs.
# Also rare Latin, IPA, combining marks, archaic Greek and non-Slavic Cyrillic: what short
# Windows-1251 byte pairs turn into when they happen to be valid UTF-8 ("ТЁ" → "Ҩ").
_ODD_UNICODE = re.compile(
    "[\u0180-\u036f\u0370-\u0390\u03ca-\u03ff\u0460-\u048f\u0492-\u052f\u0530-\u1cff"
    ""
    "\u2045-\u205f\u2800-\u28ff\u2c00-\u2dff\u2e80-\ud7ff\ue000-\uf8ff\uf900-\ufaff\U00010000-\U0010ffff]"
)
# Non-ASCII characters other than the typography English and Russian files share (dashes,
# quotes, №): what tells Windows-1251, KOI8-R and CP866 apart; too few of them = no verdict.
_EVIDENCE = re.compile("[^\\x00-\\x7f—–“”‘’…«»№§•\u00a0]")
_MIN_EVIDENCE = 20
# Letter pairs Russian spelling does not have (lowercased): soft/hard sign after a vowel or
# another sign or at a word's start, ы at a word's start, ы/я/ю after ж ш ч щ, й doubled.
_IMPOSSIBLE = re.compile("^[ьъы]|[аеёиоуыэюяьъй][ьъ]|[жшчщ][ыяю]|йй|[ьъ]ы|ыы|[аеёиоуэюя]ы|ъ[^еёюя]")
_MARGIN = 0.05  # how much better Windows-1251 must fit than KOI8-R/CP866 to be trusted
_CYRILLIC_WORD = re.compile(f"[{_RU_UPPER}{_RU_LOWER}]{{2,}}")
# A lowercase letter directly followed by a capital: "уФБФШС" is KOI8-R read as 1251.
_BAD_CASE = re.compile(f"[{_RU_LOWER}][{_RU_UPPER}]")
_MIXED_SCRIPT = re.compile(f"[A-Za-z][{_RU_UPPER}{_RU_LOWER}]|[{_RU_UPPER}{_RU_LOWER}][A-Za-z]")


def read_text_lines(path: Path) -> list[str]:
    """The lines of a text act file, decoded and without line terminators.

    Superscript digits typed after a number read as a dotted number ("322¹" → "322.1").
    """
    path = Path(path)
    data = read_file_bytes(path)
    return flatten_superscript_numbers(decode_text(data, path.name)).splitlines()


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_NUMBER = re.compile(f"(?<=[0-9])[{_SUPERSCRIPTS}]+")
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")


def flatten_superscript_numbers(text: str) -> str:
    """Superscript digits right after a number as ".N": "статья 322¹" → "статья 322.1"."""
    if not any(char in text for char in _SUPERSCRIPTS):
        return text
    return _SUPERSCRIPT_NUMBER.sub(
        lambda match: "." + match.group().translate(_FROM_SUPERSCRIPT), text
    )


def decode_text(data: bytes, name: str) -> str:
    """Decode an act file's bytes, or raise ImportFailed naming ``name`` and the reason."""
    if data.endswith(b"\x1a") and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.rstrip(b"\x1a")  # the DOS end-of-file mark of old text files
    empty = (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if not data.strip(b" \t\r\n\x00") or data in empty:
        raise ImportFailed(EMPTY, name=name)
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", name, "UTF-8")
        return _checked(text, name, "UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if data.startswith(codecs.BOM_UTF32_LE):
            raise ImportFailed(
                N_("{name} is in UTF-32, which Drafter does not read; save it as UTF-8."), name=name
            )
        text = _strict(data, "utf-16", name, "UTF-16")
        if not text.strip():
            raise ImportFailed(EMPTY, name=name)
        return _checked(text, name, "UTF-16")
    if data.startswith(OLE2_MAGIC):
        raise ImportFailed(
            N_("{name} is a Word 97–2003 .doc file, not text; save it as .docx."), name=name
        )
    if data.startswith(b"PK\x03\x04"):
        raise ImportFailed(
            N_("{name} is a zip package (perhaps a .docx), not a text file."), name=name
        )
    if b"\x00" in data:
        raise ImportFailed(
            N_("{name} is not a text file (binary data, or UTF-16 without a byte order mark)."),
            name=name,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Valid UTF-8 with non-ASCII bytes is practically never another encoding: read it as
        # UTF-8 or refuse it, never reinterpret it as Windows-1251.
        return _checked(text, name, "UTF-8")
    return _decode_single_byte(data, name)


def _strict(data: bytes, encoding: str, name: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFailed(
            N_("{name} is marked as {encoding} but is not valid {encoding} text."),
            name=name,
            encoding=label,
        ) from None


def _checked(text: str, name: str, label: str) -> str:
    problem = _implausible(text)
    if problem:
        raise ImportFailed(
            N_("{name} does not read as {encoding} text ({reason})."),
            name=name,
            encoding=label,
            reason=problem,
        )
    return text.removeprefix("\ufeff")


def _decode_single_byte(data: bytes, name: str) -> str:
    """Windows-1251, unless KOI8-R or CP866 fits the bytes as well or better (then refused)."""
    candidates: dict[str, str] = {}
    for encoding in ("cp1251", "koi8_r", "cp866"):
        try:
            candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    scores = {enc: _score(text[:_SAMPLE]) for enc, text in candidates.items()}
    plausible = {enc: s for enc, s in scores.items() if s is not None}
    if not plausible:
        raise ImportFailed(
            N_("{name} is not readable text in UTF-8, UTF-16 or Windows-1251; save it as UTF-8."),
            name=name,
        )
    best = max(plausible, key=lambda enc: plausible[enc])
    runner_up = max((v for enc, v in plausible.items() if enc != "cp1251"), default=None)
    if best == "cp1251" and runner_up is not None and plausible[best] - runner_up < _MARGIN:
        raise ImportFailed(
            N_(
                "{name} could be in Windows-1251, KOI8-R or CP866 and Drafter cannot tell which; "
                "save it as UTF-8."
            ),
            name=name,
        )
    if best != "cp1251":
        label = {"koi8_r": "KOI8-R", "cp866": "CP866 (DOS)"}[best]
        raise ImportFailed(
            N_(
                "{name} appears to be in the {encoding} encoding, which Drafter does not read; "
                "save it as UTF-8."
            ),
            name=name,
            encoding=label,
        )
    text = candidates["cp1251"]
    if 0 < len(_EVIDENCE.findall(text[:_SAMPLE])) < _MIN_EVIDENCE:
        raise ImportFailed(
            N_(
                "{name} has too little text to tell whether it is in Windows-1251, KOI8-R or "
                "CP866; "
                "save it as UTF-8."
            ),
            name=name,
        )
    problem = _implausible(text, single_byte=True, whole=True)
    if problem:
        raise ImportFailed(
            N_("{name} is not readable as Windows-1251 text ({reason})."), name=name, reason=problem
        )
    return text


def _score(text: str) -> float | None:
    """How much ``text`` looks like Russian (higher is better); None = certainly not text.

    Letter frequencies (cosine against Russian prose), minus the share of words with letter
    pairs Russian spelling never has (ыь, щы, a word starting with ь...), plus a little for
    lowercase words (KOI8-R read as Windows-1251 turns lowercase text into capitals).
    """
    if _implausible(text, single_byte=True):
        return None
    sample = text.lower()
    counts = {letter: sample.count(letter) for letter in _RU_FREQ}
    counts["other"] = len(_OTHER_CYRILLIC.findall(sample))
    norm = sum(n * n for n in counts.values()) ** 0.5
    if not norm:
        return 0.0
    dot = sum(_RU_FREQ.get(c, 0.0) * n for c, n in counts.items())
    words = _CYRILLIC_WORD.findall(text)
    if not words:
        return dot / (norm * _RU_NORM)
    impossible = sum(1 for word in words if _IMPOSSIBLE.search(word.lower()))
    lowercase = sum(1 for word in words if word.islower())
    return dot / (norm * _RU_NORM) - 2 * impossible / len(words) + 0.1 * lowercase / len(words)


def _implausible(text: str, *, single_byte: bool = False, whole: bool = False) -> Message | None:
    """A short reason why ``text`` cannot be a correctly decoded act, or None.

    All checks are regular expressions; with ``whole`` (a long text already scored on its
    beginning) the statistical word checks are skipped and only hard evidence is looked for.
    """
    if _CONTROL.search(text):
        return message(N_("it contains control characters"))
    if "\ufffd" in text:
        return message(N_("it contains replacement characters"))
    allowance = len(text) // 100
    odd = len((_ODD_SINGLE_BYTE if single_byte else _ODD_UNICODE).findall(text))
    if odd > allowance:
        return message(N_("it contains unexpected symbols"))
    if not single_byte or whole:
        return None
    words = len(_CYRILLIC_WORD.findall(text))
    if words and len(_BAD_CASE.findall(text)) > max(words // 10, 0):
        return message(N_("its Cyrillic words have implausible letter case"))
    if words and len(_MIXED_SCRIPT.findall(text)) > max(words // 20, 0):
        return message(N_("its words mix Latin and Cyrillic letters"))
    return None
