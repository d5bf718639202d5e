"""Russian labels as acts print them: hyphenated numbers, ranges of repealed units, code parts.

The patterns of :mod:`drafter.core.structure_ru_lines` read «Статья 5.1.»; these also read
«Статья 19.7.2-1.» (КонсультантПлюс prints the КоАП's added articles so), parts «1.2-1.»,
«Статьи 5.1 - 5.4 утратили силу», «3 - 4. Утратили силу. - ...», «1) - 2) утратили силу. ...»
and the headings of a code's parts («ЧАСТЬ ПЕРВАЯ. ОБЩИЕ ПОЛОЖЕНИЯ», «Часть вторая»).
"""

from __future__ import annotations

import re

NUM = r"\d+(?:\.\d+)*(?:-\d+)?"
_DASH = r"\s*[-–—]\s*"
_REPEALED = r"([Уу]тратил\w*\s+силу.*)"
_CONTAINER_WORD = r"(?:Раздел|РАЗДЕЛ|Подраздел|ПОДРАЗДЕЛ|Глава|ГЛАВА)"
_PART_ORDINAL = r"(ПЕРВАЯ|ВТОРАЯ|ТРЕТЬЯ|ЧЕТВЕРТАЯ|ЧЕТВЁРТАЯ|ПЯТАЯ|ШЕСТАЯ)"


def _labelled(end: str) -> re.Pattern[str]:
    """A paragraph numbered «1.» or «1)» (``end``): group 1 the number, group 2 the text."""
    return re.compile(rf"^({NUM}){re.escape(end)}(?:\s+(.*)|$)")


def _repealed_range(end: str) -> re.Pattern[str]:
    """«3 - 4. Утратили силу. - ...», «1) - 2) утратили силу. ...» (``end`` the label's end):
    groups 1 and 2 the first and last number, group 3 the repeal."""
    return re.compile(rf"^({NUM})\)?{_DASH}({NUM}){re.escape(end)}\s+{_REPEALED}$")


# «Статья 5. Heading», «Статья 19.7.2-1. Heading», «Статья 88» (capitalised heading only: a
# sentence «Статья 5 настоящего Кодекса ...» is text)
ARTICLE_HEADING = re.compile(rf"^Статья\s+({NUM})(?:\.(?:\s+(.*))?|\s+([^a-zа-яё].*))?$")
# «Статьи 5 - 7. Утратили силу. - ...», «Статьи 5.1 - 5.4 утратили силу»
ARTICLE_RANGE = re.compile(rf"^Статьи\s+({NUM}){_DASH}({NUM})\.?\s+{_REPEALED}$")
DOT_LABEL, PAREN_LABEL = _labelled("."), _labelled(")")
DOT_RANGE, PAREN_RANGE = _repealed_range("."), _repealed_range(")")
# A code's parts: «ОБЩАЯ ЧАСТЬ», «ЧАСТЬ ПЕРВАЯ», «ЧАСТЬ ПЕРВАЯ. ОБЩИЕ ПОЛОЖЕНИЯ», «Часть вторая»
# (a line of its own: «Часть вторая статьи 5 ...» is a sentence, not a heading).
CODEPART_HEADING = re.compile(
    rf"^(?:(?:ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ|ЧАСТЬ\s+{_PART_ORDINAL}(?:\.\s+(\S.*))?"
    r"|Часть\s+(?:первая|вторая|третья|четвертая|четвёртая|пятая))\.?$"
)
# A chapter or section heading the source glued to the first article («Раздел II. ОСОБЕННАЯ
# ЧАСТЬСтатья 5.1. ...», the КонсультантПлюс КоАП): group 1 the heading, group 2 the article;
# a roman number typed with Cyrillic look-alikes («РАЗДЕЛ ХIII.» with a Cyrillic Х, the УПК):
# group 1 the word, group 2 the number (at least one Cyrillic letter in it).
GLUED_ARTICLE = re.compile(rf"^({_CONTAINER_WORD}\s.*?[А-ЯЁ.])(Статья\s+\d.*)$")
ROMAN_LOOKALIKE = re.compile(rf"^({_CONTAINER_WORD}\s+)([IVXLCІХС]*[ІХС][IVXLCІХС]*)(?=\.|\s|$)")
LATIN_ROMAN = str.maketrans("ІХС", "IXC")
# A repealed chapter printed with the articles it held: «ГЛАВА 45. (Статьи 373 - 389)»,
# «7. (Статьи 105, 106)», «1. (Статья 95)»; the last of them is group 2, or 1 when alone.
ARTICLES_HELD = re.compile(rf"^\(Стать[яи]\s+({NUM})(?:(?:{_DASH}|\s*,\s*)({NUM}))?\)$")
