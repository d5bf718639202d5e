"""Rebuild resources/samples/demo.drafter: the draft, two approval rounds and the returned files.

Run from the repository: ``.venv/bin/python resources/samples/build_demo.py``. The draft is built
from the current texts beside this script; round 1 is sent to two agencies, LibreOffice (the
test suite's headless reviewer, tests/io/lo_reviewer.py) plays each agency's reviewer on the
consolidated Criminal Code, and the returned files are filed with their answers. The drafter
decides on round 1's remarks (one agency's wording applied, a disagreement settled, two left
open), closes it and sends round 2, to which one agency has answered repeating an objection.
LibreOffice
(soffice and Debian's python3-uno) is needed only here, not to open the result.

The same draft before round 1 is written to tests/data/projects/demo-unsent.drafter, the
project the tests send their own rounds from, and after round 1's answers were filed, before any
decision, to tests/data/projects/demo-round1.drafter.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "io"))

from lo_harness import SYSTEM_PYTHON, LibreOffice, unavailable_reason  # noqa: E402

from drafter.core import model as m  # noqa: E402
from drafter.core import rounds as r  # noqa: E402
from drafter.core.act_names import default_name_forms  # noqa: E402
from drafter.core.draft import proposals_between  # noqa: E402
from drafter.core.profiles import get_profile  # noqa: E402
from drafter.core.structure import parse_lines  # noqa: E402
from drafter.io.project import Project  # noqa: E402
from drafter.io.review_reader import sent_lines  # noqa: E402
from drafter.io.textfile import read_text_lines  # noqa: E402
from drafter.services.remarks import edit_remark, resolve  # noqa: E402
from drafter.services.review import review_files  # noqa: E402
from drafter.services.rounds import close_round, export_round, record_answer  # noqa: E402

UK = HERE / "uk-rf_ch32_current.txt"
UPK = HERE / "upk-rf_art150_current.txt"
TARGET = HERE / "demo.drafter"
UNSENT = ROOT / "tests" / "data" / "projects" / "demo-unsent.drafter"
ROUND_1 = ROOT / "tests" / "data" / "projects" / "demo-round1.drafter"
REVIEWER = ROOT / "tests" / "io" / "lo_reviewer.py"

SENT_ON = date(2026, 11, 16)
DEADLINE = "2026-11-30"
DECIDED_ON = "2026-12-01T09:30:00+00:00"
DECIDED_BY = "О. Н. Смирнова"
SENT_2_ON = date(2026, 12, 2)
DEADLINE_2 = "2026-12-16"
RETURNED = "consolidated-uk-rf.docx"  # the file both agencies review

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


def build_draft(target: Path) -> None:
    """The sample draft with its two codes and their proposals, no round sent yet."""
    project = Project.create(target)
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
        draft.initiator = "Вносится Правительством Российской Федерации"
        draft.commencement, draft.commencement_value = "days", "10"  # ten days after publication
        project.save_draft_meta(draft)
    finally:
        project.close()


# --- round 1: who it goes to, what each reviewer does, how each answers ----------------------
AGENCIES = [
    ("Минюст России", "Министерство юстиции Российской Федерации"),
    ("Генпрокуратура России", "Генеральная прокуратура Российской Федерации"),
]


def minjust(at: Lines) -> list[dict[str, object]]:
    """Минюст России: a tracked replacement, a comment with its grounds, a comment on a part."""
    return [
        {
            "op": "replace",
            "para": at("art:322.1/part:2/pt:б", "совершения преступления"),
            "old": "совершения преступления",
            "new": "совершения тяжкого или особо тяжкого преступления",
        },
        {
            "op": "comment",
            "para": at("art:322.1/part:1", "их незаконного пребывания"),
            "words": "их незаконного пребывания",
            "text": "Противоречит статье 18.8 КоАП РФ: нарушение иностранным гражданином режима "
            "пребывания в Российской Федерации влечет административную ответственность. "
            "Предлагаем разграничить составы.",
        },
        {
            "op": "point_comment",
            "para": at("art:322/note:1", "Примечание."),
            "text": "Изменение примечания не обосновано в пояснительной записке; просим "
            "дополнить ее.",
        },
    ]


def prosecutors(at: Lines) -> list[dict[str, object]]:
    """Генпрокуратура России: a new wording of a sanction and a comment on a new part."""
    return [
        {
            "op": "replace",
            "para": at("art:322.4/part:1", "либо лишением свободы на срок до трех лет."),
            "old": "либо лишением свободы на срок до трех лет.",
            "new": "либо лишением свободы на срок до трех лет со штрафом в размере до ста "
            "тысяч рублей или без такового.",
        },
        {
            "op": "point_comment",
            "para": at("art:322.4/part:2", "организованной группой"),
            "text": "Совершение деяния организованной группой охватывается частью 2 статьи "
            "322.1; во избежание конкуренции норм предлагаем часть 2 исключить.",
        },
        {
            "op": "comment",
            "para": at("art:322.1/part:2", "наказываются лишением свободы"),
            "words": "от пяти до десяти лет",
            "text": "Повышение нижнего предела наказания не подтверждено данными "
            "правоприменительной практики.",
        },
    ]


# short name, reviewer, their operations, the answer's status, letter number, letter date
ANSWERS = [
    ("Минюст России", "Ирина Ковалёва", minjust, "remarks", "08-156734/26", "2026-11-26"),
    ("Генпрокуратура России", "Андрей Соколов", prosecutors, "objections",
     "36-11-2026/Ип4518-26", "2026-11-30"),
]  # fmt: skip


class Lines:
    """The paragraphs of a sent file by unit: ``at(address, words)`` is the index of the one
    paragraph of that unit holding ``words`` (a safeguard against a changed text)."""

    def __init__(self, data: bytes) -> None:
        self.lines = sent_lines(data)

    def __call__(self, address: str, words: str) -> int:
        hits = [i for i, x in enumerate(self.lines) if x.address == address and words in x.text]
        if len(hits) != 1:
            raise SystemExit(f"build_demo: {words!r} in {address} found {len(hits)} times")
        return hits[0]


def libreoffice_review(
    office: LibreOffice, source: Path, target: Path, author: str, ops: list[dict[str, object]]
) -> None:
    """LibreOffice, as ``author``, applies ``ops`` to ``source`` and saves ``target`` (tried up
    to three times: the UNO bridge now and then drops a call)."""
    spec = target.with_suffix(".json")
    spec.write_text(json.dumps({"author": author, "ops": ops}, ensure_ascii=False))
    failure = ""
    for _attempt in range(3):
        target.unlink(missing_ok=True)
        done = subprocess.run(
            [SYSTEM_PYTHON, str(REVIEWER), office.pipe, "review", str(source), str(target),
             str(spec)],
            capture_output=True,
            timeout=300,
            check=False,
            env={
                "PATH": "/usr/bin:/bin",
                "HOME": str(office.profile),
                "PYTHONPATH": str(REVIEWER.parent),
            },
        )  # fmt: skip
        if done.returncode == 0 and target.is_file():
            return
        failure = f"exit {done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}"
    raise SystemExit(f"build_demo: LibreOffice failed ({failure})")


def send_and_review(target: Path, work: Path) -> None:
    """Round 1 to both agencies; each returns the consolidated Code reviewed in LibreOffice."""
    with Project.open(target) as project:
        for short, full in AGENCIES:
            project.add_agency(r.Agency(short, full))
    sent = work / "round-1"
    export_round(
        target,
        sent,
        "next",
        to=",".join(short for short, _ in AGENCIES),
        deadline=DEADLINE,
        export_date=SENT_ON,
    )
    at = Lines((sent / RETURNED).read_bytes())
    with LibreOffice(timeout=300) as office:
        for agency, author, ops, _status, _letter, _day in ANSWERS:
            returned = work / f"{agency.split()[0]} - {RETURNED}"
            libreoffice_review(office, sent / RETURNED, returned, author, ops(at))
            for report in review_files(target, [returned], agency, 1):
                if report.unplaced() or len(report.items) != len(ops(at)):
                    raise SystemExit(f"build_demo: {agency}'s file is not read as reviewed")
                print(f"{agency}: {len(report.items)} remarks, each on its unit")
    for agency, _author, _ops, status, letter, day in ANSWERS:
        record_answer(target, agency, 1, status, letter=letter, answer_date=day)


# --- round 1 decided, round 2 sent ----------------------------------------------------------
# (agency, unit, kind, decision, reasoning, grounds kind, grounds, severity, settled, keep draft)
DECISIONS = [
    ("Минюст России", "art:322.1/part:2/pt:б", "edit", "accepted",
     "Учтено: квалифицирующий признак ограничен целью совершения тяжкого или особо тяжкого "
     "преступления.", "drafting", "", "proposal", False, False),
    ("Минюст России", "art:322.1/part:1", "comment", "partly",
     "Учтено частично: составы разграничены признаком организации незаконной миграции; "
     "пояснительная записка дополнена сопоставлением со статьей 18.8 КоАП РФ, диспозиция "
     "сохранена.", "conflict", "Статья 18.8 Кодекса Российской Федерации об административных "
     "правонарушениях", "remark", False, False),
    ("Минюст России", "art:322/note:1", "comment", "accepted",
     "Учтено: пояснительная записка дополнена обоснованием изменения примечания.",
     "drafting", "", "editorial", False, True),
    ("Генпрокуратура России", "art:322.4/part:1", "edit", "rejected",
     "Не учтено: санкция части 1 статьи 322.4 уже предусматривает штраф в качестве основного "
     "наказания; дополнительный штраф избыточен.", "policy", "", "proposal", False, True),
    ("Генпрокуратура России", "art:322.4/part:2", "comment", "rejected",
     "Не учтено: часть 2 статьи 322.4 устанавливает ответственность за иное деяние, чем часть 2 "
     "статьи 322.1. Разногласия урегулированы на согласительном совещании 01.12.2026.",
     "conflict", "Конкуренция с частью 2 статьи 322.1 УК РФ", "objection", True, True),
    ("Генпрокуратура России", "art:322.1/part:2", "comment", "rejected",
     "Не учтено: повышение нижнего предела наказания обусловлено ростом числа преступлений, "
     "данные МВД России за 2024–2026 годы приведены в пояснительной записке.",
     "policy", "Не подтверждено данными правоприменительной практики", "objection", False, True),
]  # fmt: skip


def decide_round_1(target: Path) -> None:
    """The drafter's decisions on round 1's remarks, as dated in the sample."""
    with Project.open(target) as project:
        remarks = project.remarks(1)
        for agency, address, kind, status, reason, grounds_kind, grounds, severity, settled, \
                keep in DECISIONS:  # fmt: skip
            found = [x for x in remarks
                     if (x.agency, x.address, x.kind) == (agency, address, kind)]  # fmt: skip
            if len(found) != 1:
                raise SystemExit(f"build_demo: {agency} on {address}: {len(found)} remarks")
            remark = found[0]
            edit_remark(project, remark.id, grounds=grounds, grounds_kind=grounds_kind,
                        severity=severity)  # fmt: skip
            resolve(project, remark.id, status, reason, keep_draft=keep, settled=settled)
            project.update_remarks([remark.id], decided_by=DECIDED_BY, decided_at=DECIDED_ON)
        close_round(project, 1, on=date(2026, 12, 1))


def prosecutors_again(at: Lines) -> list[dict[str, object]]:
    """Генпрокуратура России in round 2: the objection to the lower limit, repeated."""
    return [
        {
            "op": "comment",
            "para": at("art:322.1/part:2", "наказываются лишением свободы"),
            "words": "от пяти до десяти лет",
            "text": "Позиция Генеральной прокуратуры Российской Федерации прежняя: повышение "
            "нижнего предела наказания не подтверждено данными правоприменительной практики.",
        },
    ]


def send_round_2(target: Path, work: Path) -> None:
    """Round 2 to both agencies; Генпрокуратура России answers it, repeating an objection."""
    sent = work / "round-2"
    export_round(target, sent, "next", deadline=DEADLINE_2, export_date=SENT_2_ON)
    at = Lines((sent / RETURNED).read_bytes())
    agency, author = "Генпрокуратура России", "Андрей Соколов"
    returned = work / f"Генпрокуратура - этап 2 - {RETURNED}"
    with LibreOffice(timeout=300) as office:
        libreoffice_review(office, sent / RETURNED, returned, author, prosecutors_again(at))
    reports = review_files(target, [returned], agency, 2)
    if [len(x.items) for x in reports] != [1] or reports[0].unplaced():
        raise SystemExit("build_demo: the round 2 file is not read as reviewed")
    record_answer(target, agency, 2, "objections", letter="36-11-2026/Ип4702-26",
                  answer_date="2026-12-07")  # fmt: skip
    with Project.open(target) as project:
        remarks = project.remarks()
        repeats = r.repeated(remarks)
        latest = [x for x in remarks if x.round == 2]
        if len(latest) != 1 or latest[0].id not in repeats:
            raise SystemExit("build_demo: the repeated objection is not linked to round 1's")
        edit_remark(project, latest[0].id, grounds_kind="policy", severity="objection",
                    grounds="Не подтверждено данными правоприменительной практики")  # fmt: skip
    print(f"{agency}: round 2 answered, its objection linked to round 1's")


def compact(path: Path) -> None:
    """VACUUM the file, so the committed copy carries no free pages."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("VACUUM")
    finally:
        conn.close()


def main() -> None:
    reason = unavailable_reason()
    if reason:
        raise SystemExit(f"build_demo: LibreOffice is needed to rebuild the demo: {reason}")
    partial = TARGET.with_name("demo.drafter.part")
    partial.unlink(missing_ok=True)
    build_draft(partial)
    compact(partial)
    shutil.copyfile(partial, UNSENT)
    print(f"wrote {UNSENT}")
    with tempfile.TemporaryDirectory(prefix="drafter-demo-") as work:
        send_and_review(partial, Path(work))
        compact(partial)
        shutil.copyfile(partial, ROUND_1)
        print(f"wrote {ROUND_1}")
        decide_round_1(partial)
        send_round_2(partial, Path(work))
    compact(partial)
    partial.replace(TARGET)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
