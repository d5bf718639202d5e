"""UK and US acts, line by line: labels, section and container headings, repeals, annotations."""

from __future__ import annotations

import re

from drafter.core import model as m

# --- labelled paragraphs: "(1) text", "(a) IN GENERAL.—text" --------------------------------------
LABEL_LINE = re.compile(
    r"^\(\s*(?P<label>[A-Z]{0,2}\d+[A-Z]{0,3}|[a-z]{1,7}|[A-Z]{1,7})\s*\)\s*(?P<rest>.*)$"
)
DASH_END = re.compile(r"(?:—|–|--|:|-)\s*$")
# US-style headed unit: "(a) IN GENERAL.—The Secretary ..." (also "--" as the dash).
HEADED = re.compile(r"^(?P<heading>[A-Z“\"'][^—]{0,118}?)\.(?:—|--)\s*(?P<text>.*)$")

# --- section, Schedule and container headings -----------------------------------------------------
UK_SECTION = re.compile(
    r"^(?P<num>[A-Z]{0,2}\d+[A-Z]{0,3})(?P<sep>\.?—|\.?-|\.)?(?:\s+|$|(?=\()|(?=[A-Z][a-z]))"
)
YEAR_CHAPTER = re.compile(
    r"^\d{4}\s+(?:CHAPTER|Chapter|c\.)\s|^\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
# "SEC. 5." and "Section 5." need the final dot ("Section 5 of the Act is amended" is text);
# "§ 5" does not.
US_SECTION = re.compile(
    r"^(?:(?:SECTION|Section|SEC\.|Sec\.)\s*(?P<num>\d+[A-Za-z]{0,3}(?:-\d+[A-Za-z]?)?)\."
    r"|§+\s*(?P<sym>\d+[A-Za-z]{0,3}(?:-\d+[A-Za-z]?)?)\.?)(?:\s+|$)(?P<rest>.*)$"
)
SCHEDULE = re.compile(
    r"^(?:SCHEDULE|Schedule)(?:\s+(?P<num>[A-Z]?\d+[A-Z]{0,3}))?(?P<rest>(?:\s*[—–:.-]\s*|\s+).*)?$"
)
SCHEDULE_REF = re.compile(r"^(?:Sections?|Section|Regulations?|Articles?)\s+\d[\w()\s,.and-]*$")
CONTAINER = re.compile(
    r"^(?P<kw>PART|Part|CHAPTER|Chapter|TITLE|Title|SUBTITLE|Subtitle|DIVISION|Division|"
    r"SUBCHAPTER|Subchapter)\s+(?P<num>\d+[A-Z]{0,3}|[IVXLC]+[A-Z]?|[A-Z]{1,2}\d*)"
    r"(?P<rest>.*)$"
)
CONTAINER_SEP = re.compile(r"^\s*(?:—|–|--|-|:|\.)\s*")
UK_CONTAINER_WORDS = {"part": m.DIVISION, "chapter": m.CHAPTER}
US_CONTAINER_WORDS = {
    "title": m.DIVISION,
    "division": m.DIVISION,
    "subtitle": m.SUBDIVISION,
    "chapter": m.CHAPTER,
    "subchapter": m.GROUP,
    "part": m.GROUP,
}

# --- repeal markers --------------------------------------------------------------------------
_REPEAL_WORDS = r"(?:Repealed|Omitted|Revoked|Expired|Spent)"
_REPEALED_WHOLE = re.compile(
    rf"^(?:\[\s*{_REPEAL_WORDS}\b[^\]]*\]\.?|{_REPEAL_WORDS}\.?|(?:\.\s*){{3,}}|…+|\[\s*(?:\.\s*)+\])$",
    re.IGNORECASE,
)
REPEALED_CITED = re.compile(rf"^{_REPEAL_WORDS}\.\s+(?P<note>\S.*)$")
REPEALED_SUFFIX = re.compile(rf"\s*\[\s*{_REPEAL_WORDS}\b[^\]]*\]\.?$", re.IGNORECASE)
REPEALED_MARK = "[Repealed]"

# A defined term opening a paragraph: '"x" means ...'.
DEFINITION = re.compile(r"^[“\"‘'][^”\"’']{1,80}[”\"’']\s*(?:,|\(|means|includes|has|in relation)")

# --- editorial matter ------------------------------------------------------------------------
# legislation.gov.uk revised texts: "[F1(2A) inserted words]", "F2(3) . . .", and annotation
# blocks ("Textual Amendments" then "F1S. 1(2A) inserted (1.4.2025) by ...").
MARKER = re.compile(r"^\[?(?P<mark>[FC]\d+)(?=[(\[.])")
_INNER_MARKER = re.compile(r"^[FC]\d+\s*(?=[.\[…])")
ANNOTATION_HEADER = re.compile(
    r"^(?:Textual Amendments|Modifications etc\. \(not altering text\)|Commencement Information|"
    r"Extent Information|Marginal Citations|Editorial Information|Annotations:?)$"
)
ANNOTATION = re.compile(r"^[FCMEIX]\d+\s*\S")


def heading_like(text: str) -> bool:
    """Short, starts with a capital, no sentence punctuation at its end: a heading, not text."""
    if not text or len(text) > 120 or len(text.split()) > 20:
        return False
    if not (text[0].isupper() or text[0] in "“\"'‘"):
        return False
    if text.startswith("("):
        return False
    return text[-1] not in ".;:,—–-" or text.endswith((" etc.", ",etc.", " etc"))


# Words a sentence has and a heading does not: a section "8 The Secretary of State may ..." is
# text, "7 Power to make regulations." a heading printed with a full stop.
_SENTENCE_WORDS = re.compile(
    r"^(?:The|This|These|A|An|Any|Each|Every|No|Nothing|Where|If|In|Subject|Unless)\b"
    r"|\b(?:may|must|shall|is|are|was|were|has|have|will|means|includes)\b"
)
# The long title of an Act ("An Act to make provision ...") or a Bill ("A BILL To ...").
LONG_TITLE = re.compile(r"^(?:An?\s+(?:Act|Bill|ACT|BILL)\b|To\s+[a-z])")


def dotted_heading(text: str) -> bool:
    """A section heading printed with a full stop: "Power to make regulations."."""
    if not text.endswith(".") or text.endswith(" etc.") or ". " in text:
        return False
    body = text[:-1]
    return heading_like(body) and len(body.split()) <= 12 and not _SENTENCE_WORDS.search(body)


def repeal_marker(text: str) -> tuple[bool, str]:
    """(is it a repeal marker, editorial note after it) for the text after a label."""
    text = _INNER_MARKER.sub("", text)  # "(3) F2. . ." on legislation.gov.uk
    if _REPEALED_WHOLE.match(text):
        return True, ""
    cited = REPEALED_CITED.match(text)
    if cited and re.match(r"(?:Pub\. ?L\.|by\b|\d)", cited.group("note")):
        return True, text
    return False, ""
