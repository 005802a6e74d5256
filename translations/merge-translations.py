#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
"""Fills a Qt Linguist catalogue from JSON translations.

    translations/merge-translations.py airlock_de.ts de.json [more.json ...]

Each JSON file is a list of {"context", "source", "translation"} or, for
plural messages, {"context", "source", "forms": [...]}. Matching entries
become finished translations; everything else is left as it is. Prints how
many messages are still unfinished.
"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, *json_paths = sys.argv[1:]
known = {}
for path in json_paths:
    for entry in json.load(open(path, encoding="utf-8")):
        known[(entry["context"], entry["source"])] = entry

tree = ET.parse(ts_path)
unfinished = 0
for context in tree.getroot().findall("context"):
    name = context.find("name").text
    for message in context.findall("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        entry = known.get((name, source))
        if entry is not None:
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in entry["forms"]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry["translation"]
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            unfinished += 1
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
print(f"{ts_path}: {unfinished} unfinished")
