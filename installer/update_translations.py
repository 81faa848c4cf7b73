"""Refresh ``resources/translations/kamura_en.ts`` from the sources it covers.

    .venv/bin/python installer/update_translations.py

kamura_en.ts holds the shell, settings, first run, About and the first four books (members,
credit, repayments, lenders). Later books keep their own ``kamura_en_<book>.ts`` (see
``kamura_desktop/ui/i18n.py``): their packages are left out here, and a message that a book
file already translates (a book adding a tab to an older page) is dropped from
kamura_en.ts instead of turning up as unfinished. New messages are left ``unfinished``:
translate them (Qt Linguist, ``pyside6-linguist``), then ``tests/ui/test_translations.py``.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
MAIN = FOLDER / "kamura_en.ts"
#: the packages of kamura_en.ts (the rest of ui/ has its own files)
COVERED = ["shell", "settings", "members", "credit", "repayments", "lenders"]


def sources() -> list[str]:
    ui = ROOT / "kamura_desktop" / "ui"
    files = sorted(ui.glob("*.py"))
    for package in COVERED:
        files += sorted((ui / package).glob("*.py"))
    files.append(ROOT / "kamura_desktop" / "app.py")
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate() -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(tool) if tool.exists() else "pyside6-lupdate", *sources(), "-no-obsolete",
           "-ts", str(MAIN.relative_to(ROOT))]
    subprocess.run(cmd, check=True, cwd=ROOT)


def translated_elsewhere() -> set[tuple[str, str]]:
    found = set()
    for f in FOLDER.glob("kamura_en_*.ts"):
        for context in ET.parse(f).getroot().iter("context"):
            name = context.findtext("name")
            for m in context.iter("message"):
                t = m.find("translation")
                if t is not None and t.get("type") is None:
                    found.add((name, m.findtext("source")))
    return found


def drop_duplicates() -> list[tuple[str, str]]:
    others = translated_elsewhere()
    removed: list[tuple[str, str]] = []
    text = MAIN.read_text(encoding="utf-8")

    def context_block(cm: re.Match) -> str:
        block = cm.group(0)
        name = html.unescape(re.search(r"<name>(.*?)</name>", block).group(1))

        def message_block(mm: re.Match) -> str:
            src = re.search(r"<source>(.*?)</source>", mm.group(0), re.S)
            key = (name, html.unescape(src.group(1)) if src else "")
            if key in others and 'type="unfinished"' in mm.group(0):
                removed.append(key)
                return ""
            return mm.group(0)

        block = re.sub(r"    <message>.*?</message>\n", message_block, block, flags=re.S)
        return block if "<message" in block else ""

    MAIN.write_text(re.sub(r"<context>.*?</context>\n", context_block, text, flags=re.S),
                    encoding="utf-8")
    return removed


def main() -> int:
    lupdate()
    for context, source in drop_duplicates():
        print(f"in a book's file already: {context}: {source!r}")
    left = sum(1 for m in ET.parse(MAIN).getroot().iter("message")
               if (m.find("translation") is not None
                   and m.find("translation").get("type") == "unfinished"))
    print(f"{MAIN.name}: {left} message(s) to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
