"""Rebuild resources/samples/demo.drafter from the current texts beside this script.

Run from the repository: ``.venv/bin/python resources/samples/build_demo.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from drafter.core import model as m  # noqa: E402
from drafter.core.act_names import default_name_forms  # noqa: E402
from drafter.core.draft import proposals_between  # noqa: E402
from drafter.core.profiles import get_profile  # noqa: E402
from drafter.core.structure import parse_lines  # noqa: E402
from drafter.io.project import Project  # noqa: E402
from drafter.io.textfile import read_text_lines  # noqa: E402

UK = HERE / "uk-rf_ch32_current.txt"
UPK = HERE / "upk-rf_art150_current.txt"
TARGET = HERE / "demo.drafter"

NEW_ARTICLE = [
    "Статья 322.4. Незаконное оказание услуг по легализации иностранных граждан",
    "1. Оказание за вознаграждение услуг по оформлению иностранному гражданину или лицу без "
    "гражданства документов, дающих право на пребывание или осуществление трудовой "
    "деятельности в Российской Федерации, на основании заведомо подложных документов или "
    "заведомо недостоверных сведений -",
    "наказывается штрафом в размере до пятисот тысяч рублей или в размере заработной платы или "
    "иного дохода осужденного за период до трех лет, либо принудительными работами на срок до "
    "трех лет, либо лишением свободы на срок до трех лет.",
    "2. То же деяние, совершенное группой лиц по предварительному сговору или организованной "
    "группой, -",
    "наказывается лишением свободы на срок до пяти лет со штрафом в размере до одного миллиона "
    "рублей или в размере заработной платы или иного дохода осужденного за период до пяти лет "
    "либо без такового.",
]


def edit(lines: list[str], old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in the one line holding it (a safeguard against typos)."""
    hits = [i for i, line in enumerate(lines) if old in line]
    if len(hits) != 1:
        raise SystemExit(f"build_demo: {old!r} found {len(hits)} times")
    lines[hits[0]] = lines[hits[0]].replace(old, new)


def insert_after(lines: list[str], start: str, new: list[str]) -> None:
    """Insert ``new`` lines after the last line of the block that starts with ``start``."""
    begin = next(i for i, line in enumerate(lines) if line.startswith(start))
    end = begin + 1
    while end < len(lines) and not lines[end].startswith("Статья "):
        end += 1
    lines[end:end] = [*new, ""]


def describe(
    act: m.Act, *, title: str, number: str, date: str, source: str, edition_source: str
) -> None:
    """The metadata of a code as published; its name forms are declined from the title."""
    act.title = title
    act.identifier = act.number = number
    act.kind = "code"
    act.date = date
    act.names = default_name_forms(act)
    act.sources = [source]
    act.edition_date = "2023-08-04"
    act.edition_source = edition_source
    act.citation_style = "words"


def criminal_code() -> tuple[m.Act, m.Act]:
    lines = read_text_lines(UK)
    act = parse_lines(lines, slug="uk-rf", profile=get_profile("ru-code")).act
    after = list(lines)
    # 1. Heavier penalties for organising illegal migration.
    edit(
        after,
        "наказывается лишением свободы на срок до пяти лет с ограничением свободы на срок до двух "
        "лет или без такового.",
        "наказывается лишением свободы на срок от двух до семи лет с ограничением свободы на срок "
        "до двух лет или без такового.",
    )
    edit(
        after,
        "наказываются лишением свободы на срок до семи лет со штрафом в размере до пятисот тысяч "
        "рублей",
        "наказываются лишением свободы на срок от пяти до десяти лет со штрафом в размере до "
        "одного миллиона рублей",
    )
    # 2. A new qualifying point г) in part 2 of article 322.1.
    edit(
        after,
        "в) лицом с использованием своего служебного положения, -",
        "в) лицом с использованием своего служебного положения;",
    )
    index = next(i for i, line in enumerate(after) if line.startswith("в) лицом с использованием"))
    after[index + 1 : index + 1] = [
        "",
        "г) с использованием информационно-телекоммуникационных сетей, включая сеть «Интернет», -",
    ]
    # 3. A new offence after article 322.3.
    insert_after(after, "Статья 322.3.", NEW_ARTICLE)
    # 4. A changed term in the note to article 322.
    edit(
        after,
        "для использования права политического убежища",
        "для реализации права на получение политического убежища",
    )
    proposed = parse_lines(after, slug="uk-rf", profile=get_profile("ru-code")).act
    describe(
        act,
        title="Уголовный кодекс Российской Федерации",
        number="63-ФЗ",
        date="1996-06-13",
        source="Собрание законодательства Российской Федерации, 1996, № 25, ст. 2954",
        edition_source="pravo.gov.ru, nd=102041891 (chapter 32)",
    )
    return act, proposed


def procedure_code() -> tuple[m.Act, m.Act]:
    lines = read_text_lines(UPK)
    act = parse_lines(lines, slug="upk-rf", profile=get_profile("ru-code")).act
    after = list(lines)
    edit(after, "322.2, 322.3, 323,", "322.2, 322.3, 322.4, 323,")
    proposed = parse_lines(after, slug="upk-rf", profile=get_profile("ru-code")).act
    describe(
        act,
        title="Уголовно-процессуальный кодекс Российской Федерации",
        number="174-ФЗ",
        date="2001-12-18",
        source="Собрание законодательства Российской Федерации, 2001, № 52, ст. 4921",
        edition_source="pravo.gov.ru, nd=102073942 (article 150)",
    )
    return act, proposed


def main() -> None:
    partial = TARGET.with_name("demo.drafter.part")
    partial.unlink(missing_ok=True)
    project = Project.create(partial)
    try:
        for act, proposed in (criminal_code(), procedure_code()):
            slug = project.add_act(act)
            project.set_proposals(slug, proposals_between(act, proposed))
        draft = project.draft()
        draft.title = (
            "О внесении изменений в Уголовный кодекс Российской Федерации и "
            "Уголовно-процессуальный кодекс Российской Федерации"
        )
        draft.agency = "Министерство внутренних дел Российской Федерации"
        draft.style = "ru"
        draft.entry_into_force = (
            "Настоящий Федеральный закон вступает в силу по истечении десяти дней после дня "
            "его официального опубликования."
        )
        project.save_draft_meta(draft)
    finally:
        project.close()
    partial.replace(TARGET)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
