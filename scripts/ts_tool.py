"""Small helper for the Qt Linguist catalogues when no Linguist GUI is at hand.

    python scripts/ts_tool.py pending translations/kbtdesk_sv.ts > todo.json   # unfinished entries
    python scripts/ts_tool.py apply translations/kbtdesk_sv.ts done.json       # fill them in
    python scripts/ts_tool.py english translations/kbtdesk_en.ts               # en = the source text
    python scripts/ts_tool.py check translations/*.ts                          # exit 1 if unfinished
    python scripts/ts_tool.py export other/kbtdesk_sv.ts > done.json           # every finished entry

`export` then `apply` carries translations across a merge: re-run lupdate on the merged sources,
then apply what each side had translated.

`done.json` maps "context\\u0004source" (or just "source") to the translation; for a plural
(`numerus`) entry the value is a list of forms, singular first (Swedish and English have two).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def _messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)


def _set(message, translation, text) -> None:
    """Fill a translation; a plural entry gets its forms (a single text serves both)."""
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text, text]
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text
    translation.attrib.pop("type", None)


def pending(path):
    tree = ET.parse(path)
    out = {}
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            out[f"{context}\u0004{message.findtext('source')}"] = translation.text or ""
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


def apply(path, mapping_path):
    with open(mapping_path, encoding="utf-8") as handle:
        mapping = json.load(handle)
    tree = ET.parse(path)
    missing = 0
    for context, message in _messages(tree):
        source = message.findtext("source")
        translation = message.find("translation")
        text = mapping.get(f"{context}\u0004{source}", mapping.get(source))
        if text:
            _set(message, translation, text)
        elif translation.get("type") == "unfinished":
            missing += 1
    _write(tree, path)
    print(f"{path}: {missing} still unfinished")


def export(path):
    out = {}
    for context, message in _messages(ET.parse(path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        text = forms if message.get("numerus") == "yes" else (translation.text or "")
        if text:
            out[f"{context}\u0004{message.findtext('source')}"] = text
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


def english(path):
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished"):
            _set(message, translation, message.findtext("source"))
    _write(tree, path)


def check(paths):
    bad = 0
    for path in paths:
        for context, message in _messages(ET.parse(path)):
            if message.find("translation").get("type") == "unfinished":
                print(f"{path}: {context}: {message.findtext('source')!r}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "pending":
        pending(rest[0])
    elif command == "apply":
        apply(rest[0], rest[1])
    elif command == "export":
        export(rest[0])
    elif command == "english":
        english(rest[0])
    elif command == "check":
        sys.exit(check(rest))
