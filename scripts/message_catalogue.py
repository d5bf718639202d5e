"""Keep the context ``Message`` of the .ts catalogues in step with the N_("...") texts of drafter/.

lupdate collects the UI's tr() strings but not our N_ markers, and drops what it does not see; so
scripts/update-translations calls ``save`` before lupdate and ``restore`` after it:

    save TS...             remember each file's Message translations (in TS.messages.json)
    restore INCOMING TS... rebuild the Message context from the N_ texts of drafter/, with the
                           remembered translations and those of INCOMING/*.tsv (English<TAB>
                           translation a line, \\n for a newline; merged files are removed);
                           the UI's own strings lupdate left unfinished are filled from the
                           same files

``restore`` lists every text still without a translation in a non-English catalogue and exits 1.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "Message"


def message_ids(package: Path = ROOT / "drafter") -> dict[str, tuple[str, int]]:
    """Each N_("...") text of the package with its first place (file, line), in file order."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "N_"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ]
        for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            text = node.args[0].value  # type: ignore[attr-defined]
            found.setdefault(text, (path.relative_to(ROOT).as_posix(), node.lineno))
    return found


def _parse(path: Path) -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(path), parser)


def _translations(tree: etree._ElementTree) -> dict[str, str]:
    found = {}
    for context in tree.getroot().iterfind("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for item in context.iterfind("message"):
            translation = item.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                found[item.findtext("source") or ""] = translation.text
    return found


def save(ts_files: list[str]) -> int:
    for name in ts_files:
        memo = Path(name + ".messages.json")
        memo.write_text(json.dumps(_translations(_parse(Path(name))), ensure_ascii=False))
    return 0


def _incoming(folder: Path) -> tuple[dict[str, str], list[Path]]:
    files = sorted(folder.glob("*.tsv")) if folder.is_dir() else []
    table = {}
    for tsv in files:
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                source, translation = line.split("\t", 1)
                table[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return table, files


def _fill_other_contexts(root: etree._Element, table: dict[str, str]) -> None:
    """The UI's own strings (self.tr) that lupdate left unfinished, from the incoming table."""
    for context in root.iterfind("context"):
        if context.findtext("name") == CONTEXT:
            continue
        for item in context.iterfind("message"):
            translation = item.find("translation")
            source = item.findtext("source") or ""
            if translation is not None and translation.get("type") == "unfinished":
                if source in table:
                    forms = translation.findall("numerusform")
                    if item.get("numerus") == "yes" and forms:
                        # One wording for every plural form («Предупреждений: %n»).
                        for form in forms:
                            form.text = table[source]
                    else:
                        translation.text = table[source]
                    del translation.attrib["type"]


def _unfinished(root: etree._Element) -> list[str]:
    """Every source string of the catalogue still without a translation, with its context."""
    return [
        f"{context.findtext('name')}: {item.findtext('source')}"
        for context in root.iterfind("context")
        if context.findtext("name") != CONTEXT
        for item in context.iterfind("message")
        if (item.find("translation") is not None)
        and item.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def restore(incoming: str, ts_files: list[str]) -> int:
    ids = message_ids()
    table, merged = _incoming(Path(incoming))
    missing = []
    for name in ts_files:
        path = Path(name)
        memo = Path(name + ".messages.json")
        known = json.loads(memo.read_text()) if memo.exists() else {}
        memo.unlink(missing_ok=True)
        tree = _parse(path)
        root = tree.getroot()
        english = root.get("language", "").startswith("en")
        for context in root.findall("context"):
            if context.findtext("name") == CONTEXT:
                root.remove(context)
        context = etree.SubElement(root, "context")
        context.text, context.tail = "\n", "\n"
        etree.SubElement(context, "name").text = CONTEXT
        context[-1].tail = "\n    "
        for text, (where, line) in ids.items():
            item = etree.SubElement(context, "message")
            location = etree.SubElement(item, "location", filename=f"../../{where}", line=str(line))
            source = etree.SubElement(item, "source")
            source.text = text
            translation = etree.SubElement(item, "translation")
            value = None if english else table.get(text, known.get(text))
            if value:
                translation.text = value
            else:
                translation.set("type", "unfinished")
                if not english:
                    missing.append(f"{where}:{line}: {text}")
            item.text, location.tail, source.tail = "\n        ", "\n        ", "\n        "
            translation.tail, item.tail = "\n    ", "\n    "
        if len(context):
            context[-1].tail = "\n"
        if not english:
            _fill_other_contexts(root, table)
        tree.write(str(path), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")
        if not english:
            missing += [f"{path.name}: {line}" for line in _unfinished(root)]
    for tsv in merged:
        tsv.unlink()
    for line in missing:
        print(f"untranslated: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    sys.exit(save(rest) if command == "save" else restore(rest[0], rest[1:]))
