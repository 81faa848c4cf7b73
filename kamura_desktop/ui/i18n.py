"""Qt translations. Source strings are Indonesian (the default language); English comes
from ``resources/translations/kamura_en.ts`` and the books' ``kamura_en_<book>.ts``;
``kamura_id.ts`` gives Indonesian to Qt's own texts (buttons, context menus). They are
compiled to ``.qm`` with Qt's lrelease (at packaging, in tests, or on first use when the
``.qm`` is missing or older than the ``.ts``).
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


def ts_files(lang: str) -> list[Path]:
    """The translation sources for ``lang``: ``kamura_<lang>.ts`` and one file per later
    book (``kamura_<lang>_<book>.ts``), so that books can be translated side by side."""
    folder = resource("translations")
    main = folder / f"kamura_{lang}.ts"
    books = sorted(folder.glob(f"kamura_{lang}_*.ts"))
    return [p for p in (main, *books) if p.is_file()]


def _qm_for_ts(ts: Path) -> Path | None:
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


def qm_files(lang: str) -> list[Path]:
    """The compiled translations for ``lang``, building them from the .ts when needed."""
    folder = resource("translations")
    sources = ts_files(lang)
    if not sources and getattr(sys, "frozen", False):  # a bundle may carry only the .qm
        main = folder / f"kamura_{lang}.qm"
        return [p for p in (main, *sorted(folder.glob(f"kamura_{lang}_*.qm"))) if p.is_file()]
    return [qm for qm in map(_qm_for_ts, sources) if qm is not None]


def qm_for(lang: str) -> Path | None:
    """The main compiled translation for ``lang`` (the shell and the first books)."""
    files = qm_files(lang)
    return files[0] if files else None


_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for ``lang``.

    English: our strings from ``kamura_en*.qm`` (Qt's own English needs nothing).
    Indonesian: our strings are already Indonesian; ``kamura_id.qm`` translates the texts Qt
    itself shows (standard buttons such as Cancel/Yes/No, the context menu of text fields),
    since Qt ships no Indonesian translation of its own. False when ``lang``'s files could
    not be loaded.
    """
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia))
    files = qm_files(lang)
    ok = bool(files)
    for qm in files:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    return ok
