"""Messages a user reads: a message id (its English text) and its arguments, rendered late.

Errors and warnings raised in core, io and services carry a :class:`Message`, never a finished
sentence; the CLI and the app render it in the user's language. The id is the English template,
as in gettext and Qt, written where it is raised and marked with :func:`N_`:

    raise ImportFailed(N_("{name} is not a file."), name=path.name)

``scripts/update-translations`` collects the marked texts into ``resources/i18n/drafter_<lang>.ts``
(context ``Message``) beside the UI's own strings. The app translates through its installed
QTranslator; the CLI, which never loads Qt, reads the same ``.ts`` catalogue with
:func:`catalogue`.
"""

from __future__ import annotations

import os
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

CONTEXT = "Message"
LANGUAGES = ("en", "ru")

Translate = Callable[[str], str]


def N_(text: str) -> str:
    """Mark ``text`` as a message id for the translation catalogue; returns it unchanged."""
    return text


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A message id (the English template with ``{name}`` fields) and its arguments.

    An argument that is itself a Message (a reason inside a sentence) is rendered in the same
    language. ``str()`` gives the English sentence, for logs and for code that only needs text.
    """

    text: str
    args: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        translate = translate or _identity
        values = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.args.items()
        }
        template = translate(self.text) or self.text
        if not values:
            return template
        try:
            return template.format_map(values)
        except (KeyError, IndexError, ValueError):
            # A translation that names a field the message lacks must not hide the message.
            try:
                return self.text.format_map(values)
            except (KeyError, IndexError, ValueError):
                return self.text

    def __str__(self) -> str:
        return self.render()


def message(text: str, **args: object) -> Message:
    """A Message with keyword arguments: ``message(N_("{name} is empty."), name=path.name)``."""
    return Message(text, args)


def fields(text: str) -> set[str]:
    """The ``{name}`` fields a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The CLI's language: DRAFTER_LANG, then the POSIX locale variables; English otherwise."""
    environ = os.environ if environ is None else environ
    for name in ("DRAFTER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


@lru_cache(maxsize=4)
def catalogue(language: str) -> Mapping[str, str]:
    """The translations of context ``Message`` in ``drafter_<language>.ts`` (empty for English).

    The catalogue ships with Drafter; it is parsed without DTDs, entities or network.
    """
    if language not in LANGUAGES or language == "en":
        return {}
    from lxml import etree

    name = f"drafter_{language}.ts"
    try:
        data = resources.files("drafter.resources").joinpath("i18n", name).read_bytes()
    except FileNotFoundError:  # a language without a catalogue reads in English
        return {}
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(data, parser)
    found: dict[str, str] = {}
    for context in root.iterfind("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for item in context.iterfind("message"):
            source = item.findtext("source")
            translation = item.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[source] = translation.text
    return found


def translator(language: str) -> Translate:
    """A function that translates message ids into ``language`` (the id itself when missing)."""
    table = catalogue(language)
    return lambda text: table.get(text, text)


def render(item: Message | str, language: str = "en") -> str:
    """``item`` in ``language``: a Message translated, plain text as it is."""
    if isinstance(item, Message):
        return item.render(translator(language))
    return str(item)
