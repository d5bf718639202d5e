"""Every message a user can read has a Russian translation, with the same fields as its English."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.errors import ImportFailed
from drafter.messages import Message, catalogue, fields, language_from_environment, render

ROOT = Path(__file__).resolve().parents[1]


def _message_ids() -> dict[str, str]:
    """Each N_("...") message id in drafter/, with where it stands (the catalogue script's scan)."""
    spec = importlib.util.spec_from_file_location(
        "message_catalogue", ROOT / "scripts" / "message_catalogue.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {text: f"{where}:{line}" for text, (where, line) in module.message_ids().items()}


def test_every_message_is_translated_into_russian_with_the_same_fields():
    ids = _message_ids()
    assert ids, "no messages found"
    russian = catalogue("ru")
    untranslated = [f"{where}: {text}" for text, where in ids.items() if text not in russian]
    assert not untranslated, "run scripts/update-translations:\n" + "\n".join(untranslated)
    mismatched = [
        f"{ids[text]}: {text!r} -> {russian[text]!r}"
        for text in ids
        if fields(text) != fields(russian[text])
    ]
    assert not mismatched, "\n".join(mismatched)


def test_a_nested_message_is_rendered_in_the_same_language():
    inner = Message("interrupted")
    outer = Message(
        "internal error ({error}); set DRAFTER_DEBUG=1 for details and please report it",
        {"error": inner},
    )
    assert render(outer, "en").startswith("internal error (interrupted)")
    assert render(outer, "ru").startswith("внутренняя ошибка (прервано)")


def test_an_error_keeps_its_id_and_arguments():
    error = ImportFailed("{name} is not a file.", name="x.txt")
    assert error.msg.text == "{name} is not a file."
    assert dict(error.msg.args) == {"name": "x.txt"}
    assert str(error) == "x.txt is not a file."


def test_text_with_braces_and_no_arguments_is_shown_as_it_is():
    assert str(Message("a {literal} brace")) == "a {literal} brace"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"DRAFTER_LANG": "ru"}, "ru"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_cli_language_follows_the_environment(environ, language):
    assert language_from_environment(environ) == language


def test_the_cli_prints_its_error_in_the_users_language(tmp_path):
    command = [sys.executable, "-m", "drafter", "review", str(tmp_path / "p"), "x", "--agency", "A"]
    for lang, expected in (("ru", "Файл p не существует."), ("en", "p does not exist.")):
        done = subprocess.run(
            command, capture_output=True, text=True, env={"DRAFTER_LANG": lang, "PATH": ""}
        )
        assert done.returncode == 1
        assert done.stderr.startswith("drafter: ")
        assert expected in done.stderr


def test_every_string_of_the_interface_is_translated_into_russian():
    """The UI's own words (self.tr) too: none left unfinished in the Russian catalogue."""
    from lxml import etree

    ts = ROOT / "resources" / "i18n" / "drafter_ru.ts"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(ts), parser).getroot()
    unfinished = [
        f"{context.findtext('name')}: {item.findtext('source')}"
        for context in root.iterfind("context")
        for item in context.iterfind("message")
        if item.find("translation") is not None
        and item.find("translation").get("type") in ("unfinished", None)
        and not item.find("translation").text
    ]
    assert unfinished == [], "run scripts/update-translations:\n" + "\n".join(unfinished)


def test_every_interface_string_names_its_context_so_lupdate_collects_it():
    """`translate(CONTEXT, "words")` with a context lupdate cannot read leaves the words out of
    the catalogue, so they stay English in a Russian interface (and the test above cannot see
    them): every translate() call in drafter/ui with literal words has a literal context."""
    import ast

    hidden = []
    for path in sorted((ROOT / "drafter" / "ui").glob("*.py")):
        if path.name == "messages.py":  # the Message context: ids from core, io and services
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            name = name or (node.func.id if isinstance(node.func, ast.Name) else "")
            context, words = node.args[0], node.args[1]
            if (
                name == "translate"
                and isinstance(words, ast.Constant)
                and isinstance(words.value, str)
                and not (isinstance(context, ast.Constant) and isinstance(context.value, str))
            ):
                hidden.append(f"{path.name}:{node.lineno}: {words.value!r}")
    assert not hidden, "\n".join(hidden)


def test_every_structure_profile_description_is_marked_for_translation():
    """The act-properties dialog shows each profile's description translated: lupdate sees
    them only through drafter.ui.dialogs.PROFILE_DESCRIPTIONS."""
    from drafter.core.profiles import PROFILES
    from drafter.ui.dialogs import PROFILE_DESCRIPTIONS

    assert {p.description for p in PROFILES.values() if p.description} <= set(PROFILE_DESCRIPTIONS)
