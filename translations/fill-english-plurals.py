#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
"""Fills the English plural forms of translations/airlock_en.ts.

Source texts write plurals as "%n file(s)"; English needs "%n file" and
"%n files". Run after `cmake --build build/dev --target update_translations`:
    python3 translations/fill-english-plurals.py
"""
import os
import re
import xml.etree.ElementTree as ET

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "airlock_en.ts")
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    if [f.text for f in forms] != [singular, plural]:
        forms[0].text, forms[1].text = singular, plural
        filled += 1
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text + ("" if text.endswith("\n") else "\n"))
    f.truncate()
print("filled", filled, "English plural forms")
