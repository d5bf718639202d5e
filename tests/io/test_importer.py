"""import_act: dispatch by extension, slug and edition source, the whole Code in three forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.core.profiles import get_profile
from drafter.core.serialize import unit_to_dict
from drafter.io.importer import import_act, slug_from_name
from tests.docx_factory import build_docx, level, numbering, p, r

FRAGMENT = [
    "Статья 322.1. Организация незаконной миграции",
    "",
    "1. Организация незаконного въезда в Российскую Федерацию иностранных граждан -",
    "",
    "наказывается штрафом в размере до двухсот тысяч рублей.",
    "",
    "2. Те же деяния, совершенные:",
    "",
    "а) группой лиц по предварительному сговору или организованной группой;",
    "",
    "б) в целях совершения преступления на территории Российской Федерации;",
    "",
    "наказываются лишением свободы на срок до семи лет.",
]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("УК РФ.txt", "uk-rf"),
        ("Уголовный кодекс (ред. 2023).docx", "ugolovnyy-kodeks-red-2023"),
        ("КоАП_РФ.docx", "koap-rf"),
        ("Housing Act 1988.docx", "housing-act-1988"),
        ("Щёкино — устав.txt", "shchekino-ustav"),
        ("№№.txt", "act"),
    ],
)
def test_slug_from_file_name(name: str, slug: str) -> None:
    assert slug_from_name(name) == slug


def test_long_slug_is_cut_at_a_word(tmp_path: Path) -> None:
    slug = slug_from_name("О внесении изменений в отдельные законодательные акты Российской.txt")
    assert len(slug) <= 40 and not slug.endswith("-") and slug.isascii()


def test_txt_import_sets_slug_and_edition_source(tmp_path: Path) -> None:
    path = tmp_path / "УК РФ.txt"
    path.write_text("\n".join(FRAGMENT), encoding="utf-8")
    act = import_act(path).act
    assert act.slug == "uk-rf"
    assert act.edition_source == "УК РФ.txt"
    part = act.find("art:322.1/part:2")
    assert part is not None and part.closing.startswith("наказываются")
    assert [c.number for c in part.children] == ["а", "б"]


def test_explicit_slug_and_profile_are_used(tmp_path: Path) -> None:
    path = tmp_path / "fragment.txt"
    path.write_text("\n".join(FRAGMENT), encoding="utf-8")
    result = import_act(str(path), slug="uk", profile=get_profile("ru-code"))
    assert result.act.slug == "uk"
    assert result.act.profile == "ru-code"


def test_docx_with_automatic_numbering_imports_like_the_text(tmp_path: Path) -> None:
    num = numbering({0: [level(0, "decimal", "%1."), level(1, "russianLower", "%2)")]}, {1: 0})
    body = [
        p(r("Статья 322"), r("1", sup=True), r(". Организация незаконной миграции")),
        p(
            "Организация незаконного въезда в Российскую Федерацию иностранных граждан -",
            num=(1, 0),
        ),
        p("наказывается штрафом в размере до двухсот тысяч рублей."),
        p("Те же деяния, совершенные:", num=(1, 0)),
        p("группой лиц по предварительному сговору или организованной группой;", num=(1, 1)),
        p("в целях совершения преступления на территории Российской Федерации;", num=(1, 1)),
        p("наказываются лишением свободы на срок до семи лет."),
    ]
    docx_path = build_docx(tmp_path / "fragment.docx", body, numbering_xml=num)
    txt_path = tmp_path / "fragment.txt"
    txt_path.write_text("\n".join(FRAGMENT), encoding="utf-8")
    from_docx = import_act(docx_path).act
    from_txt = import_act(txt_path).act
    assert [unit_to_dict(u) for u in from_docx.units] == [unit_to_dict(u) for u in from_txt.units]
    assert from_docx.edition_source == "fragment.docx"


def test_import_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "act.txt"
    path.write_text("\n".join(FRAGMENT), encoding="utf-8")
    docx_path = build_docx(tmp_path / "act.docx", [p(line) for line in FRAGMENT if line])
    before = {f: f.stat().st_mtime_ns for f in tmp_path.rglob("*")}
    import_act(path)
    import_act(docx_path)
    assert {f: f.stat().st_mtime_ns for f in tmp_path.rglob("*")} == before


# --- acceptance: the whole Criminal Code ---------------------------------------------------
@pytest.fixture(scope="module")
def code_imports(code_files: dict[str, Path]) -> dict[str, object]:
    return {form: import_act(path) for form, path in code_files.items()}


def _tree(result: object) -> list[dict]:
    return [unit_to_dict(u) for u in result.act.units]  # type: ignore[attr-defined]


def test_whole_code_has_523_articles_in_every_form(code_imports: dict) -> None:
    for form, result in code_imports.items():
        assert len(result.act.top_units()) == 523, form


def test_whole_code_same_addresses_and_texts_from_txt_docx_and_cp1251(code_imports: dict) -> None:
    reference = _tree(code_imports["txt"])
    assert _tree(code_imports["docx"]) == reference
    assert _tree(code_imports["cp1251"]) == reference


def test_whole_code_known_units(code_imports: dict) -> None:
    for form, result in code_imports.items():
        act = result.act
        repealed = act.find("art:159.4")
        assert repealed is not None and repealed.repealed, form
        part = act.find("art:322.1/part:2")
        assert part is not None, form
        assert part.closing.startswith("наказываются лишением свободы"), form
        assert [c.address for c in part.children] == [
            "art:322.1/part:2/pt:а",
            "art:322.1/part:2/pt:б",
            "art:322.1/part:2/pt:в",
        ], form
        assert act.edition_source == result.act.edition_source
    assert code_imports["docx"].act.edition_source == "uk-rf.docx"
    assert code_imports["cp1251"].act.edition_source == "uk-rf-1251.txt"
