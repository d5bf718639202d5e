"""Fill unfinished translations of a Qt .ts file from tab-separated files (English, translation).

Used by scripts/update-translations; merged .tsv files are removed. A source string that has no
translation afterwards is listed, and the script exits 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree


def main(ts_path: str, incoming: str) -> int:
    folder = Path(incoming)
    tsv_files = sorted(folder.glob("*.tsv")) if folder.is_dir() else []
    table: dict[str, str] = {}
    for tsv in tsv_files:
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.strip() and "\t" in line:
                source, translation = line.split("\t", 1)
                table[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    if not table:
        return 0
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(ts_path, parser)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        if translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")
    for tsv in tsv_files:
        tsv.unlink()
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
