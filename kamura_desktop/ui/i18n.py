"""Qt translations. Source strings are Indonesian (the default language); English comes
from ``resources/translations/kamura_en.ts``, compiled to ``.qm`` with Qt's lrelease (at
packaging, in tests, or on first use when the ``.qm`` is missing or older than the ``.ts``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kamura_desktop.resources import resource

LANGUAGES = ("id", "en")


def lrelease_path() -> str | None:
    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        p = base / name
        if p.is_file():
            return str(p)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = lrelease_path()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True,
                            text=True, check=False)
    return result.returncode == 0 and qm.is_file()


def qm_for(lang: str) -> Path | None:
    """The compiled translation for ``lang``, building it from the .ts when needed."""
    ts = resource("translations", f"kamura_{lang}.ts")
    qm = ts.with_suffix(".qm")
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.is_file():
        return None
    if getattr(sys, "frozen", False):
        return qm if qm.is_file() else None
    try:
        if compile_ts(ts, qm):
            return qm
    except OSError:
        pass
    tmp = Path(tempfile.gettempdir()) / "kamura-translations" / qm.name
    return tmp if compile_ts(ts, tmp) else None


_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for ``lang`` ('id' needs none for our own strings)."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia))
    ok = True
    if lang != "id":
        qm = qm_for(lang)
        ours = QTranslator(app)
        ok = bool(qm) and ours.load(str(qm))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    return ok
