"""Both languages, checked by walking the widgets offscreen.

English: every message of kamura_en*.ts is translated, and with the English translator
installed no page of the main window, nor the first-run, login and About dialogs, still
shows an Indonesian word. Indonesian (the default): our strings are written in Indonesian;
kamura_id.ts translates the texts Qt itself shows (standard buttons, context menus), since Qt
ships no Indonesian of its own — so no English UI word may show in the same windows either.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from kamura_desktop.ui.i18n import install_translator, ts_files
from kamura_desktop.ui.shell.about import AboutDialog
from kamura_desktop.ui.shell.first_run import FirstRunDialog
from kamura_desktop.ui.shell.login import LoginDialog

from .test_screen_fit import settle
from .test_shell import make_window

TS_FILES = ts_files("en")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

#: words of the Indonesian interface that no English text contains (whole words, case as
#: written); data such as the test users' names never contain them
INDONESIAN = re.compile(r"\b(?:" + "|".join([
    "Simpan", "Cetak", "Anggota", "Setoran", "Pengaturan", "Kelompok", "Tutup", "Batal",
    "Cari", "Tambah", "Ubah", "Pengajuan", "Pencairan", "Angsuran", "Tunggakan", "Jumlah",
    "Tanggal", "Belum", "Semua", "Pilih", "Lembar", "Hari", "Produk", "Daftarkan",
    "Keterangan", "Sisa", "Anda", "Jasa", "Pokok", "Wajib", "Sukarela", "Simpanan", "Kredit",
    "Laporan", "Berkas", "Bantuan", "Keluar", "Catat", "Hapus", "Tampilkan", "Memuat",
    "Peminjam", "Calon", "Pasar", "Sumber", "Tersedia", "Dijanjikan", "Kembali", "Ekspor",
    "Bukukan", "Hadir", "Ketik", "belum", "dan", "yang", "untuk", "atau", "dengan", "tidak",
    "Selamat", "datang", "Koperasi baru", "Pulihkan", "Buat", "Versi", "Berkas", "Lisensi",
    "Salin", "Masuk", "Kata sandi", "Ulangi", "Kembali", "Profil", "Akun",
]) + r")\b")

#: English words of an interface that the Indonesian one never uses (whole words, case as
#: written; "Lender", "Database", "Admin", "Excel", "PDF", "OK", "Total" and "Status" are
#: Indonesian too and are left out)
ENGLISH = re.compile(r"\b(?:" + "|".join([
    "Save", "Cancel", "Close", "Open", "Yes", "Search", "Members?", "Settings", "Delete",
    "Add", "Edit", "Print", "Export", "Import", "Loading", "Date", "Amount", "Savings",
    "Credits?", "Repayments?", "Groups?", "Reports?", "Help", "File", "Back", "Next", "Apply",
    "Reset", "Show", "Hide", "Select", "Details", "Undo", "Redo", "Paste", "Copy", "Error",
    "Warning", "Name", "Address", "Village", "Balance", "Paid", "Password", "User", "Welcome",
    "Restore", "Backup", "Version", "Licence", "Quit", "Record", "Choose", "the", "and", "of",
    "with", "from", "your",
]) + r")\b")


def _messages():
    assert TS_FILES and TS_FILES[0].name == "kamura_en.ts"
    for ts in TS_FILES:
        yield from _file_messages(ts)


def _file_messages(ts):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_english_message_is_translated():
    problems = []
    count = 0
    for context, message in _messages():
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished {where}")
            continue
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for text in forms:
            if not text.strip():
                problems.append(f"empty {where}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ {where} -> {text!r}")
    assert count > 1000  # the whole interface, not a stub
    assert not problems, "\n".join(problems)


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root`` and its children."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()!r}"
        if w.toolTip():
            out.append((where + " tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(where + " tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [(where + " item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QListWidget):
            out += [(where + " item", w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            out += [(where + " header", str(model.headerData(c, Qt.Orientation.Horizontal,
                                                             Qt.ItemDataRole.DisplayRole) or ""))
                    for c in range(model.columnCount())]
    return out


PATH = re.compile(r"\S*[/\\]\S*")  # file paths are data (pytest's hold words like "of")


def _words(text: str) -> str:
    return PATH.sub(" ", text)


def _dialog_texts(qtbot, db) -> list[tuple[str, str]]:
    """The first-run (both of its pages), login and About dialogs."""
    texts: list[tuple[str, str]] = []
    dialogs = {
        "first run": FirstRunDialog(db),
        "login": LoginDialog(db, coop_name="Koperasi Uji"),
        "about": AboutDialog(coop_name="Koperasi Uji", db_path=db.path),
    }
    for name, dlg in dialogs.items():
        qtbot.addWidget(dlg)
        dlg.show()
        texts.append((f"{name}: title", dlg.windowTitle()))
        texts += [(f"{name}: {where}", text) for where, text in _visible_texts(dlg)]
    return texts


def _window_texts(qtbot, window) -> list[tuple[str, str]]:
    """Every page of the main window (every tab, so that lazy tabs load), its menus: the
    window's texts, not its painting (off: issue 20, painting every page again after each
    load was a third of the walk's CPU; the texts found are the same)."""
    window.setUpdatesEnabled(False)
    texts = [("menu", a.text()) for menu in window.menuBar().actions()
             for a in [menu, *menu.menu().actions()]]
    for key in window.pages:
        window.go_to(key)
        page = window.pages[key]
        _settle(qtbot, window)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
            _settle(qtbot, window)
        texts += [(f"{key}: {where}", text) for where, text in _visible_texts(page)]
    texts += [("window", text) for _, text in _visible_texts(window)]
    return texts


def _settle(qtbot, window) -> None:
    """The finished loads delivered to the widgets (tests/ui/test_screen_fit.py's settle:
    the tasks and what they posted, then 5 ms; was a fixed 20 ms)."""
    settle(qtbot, window)


@pytest.fixture
def english():
    app = QCoreApplication.instance()
    assert install_translator(app, "en")
    yield
    install_translator(app, "id")


def test_no_page_shows_indonesian_words_in_english(qtbot, db, actors, english):
    window = make_window(qtbot, db, actors["ketua"])
    texts = _window_texts(qtbot, window)
    left = sorted({f"{where}: {text!r}" for where, text in texts if INDONESIAN.search(_words(text))})
    assert not left, "still Indonesian:\n" + "\n".join(left)


def test_no_dialog_shows_indonesian_words_in_english(qtbot, db, english):
    texts = _dialog_texts(qtbot, db)
    assert ("about: title", "About Kamura Desktop") in texts
    left = sorted({f"{where}: {text!r}" for where, text in texts if INDONESIAN.search(_words(text))})
    assert not left, "still Indonesian:\n" + "\n".join(left)


@pytest.fixture
def indonesian():
    app = QCoreApplication.instance()
    assert install_translator(app, "id")  # kamura_id.qm: Qt's own texts
    yield
    install_translator(app, "id")


def test_no_page_shows_english_words_in_indonesian(qtbot, db, actors, indonesian):
    window = make_window(qtbot, db, actors["ketua"])
    texts = _window_texts(qtbot, window)
    left = sorted({f"{where}: {text!r}" for where, text in texts if ENGLISH.search(_words(text))})
    assert not left, "English in the Indonesian interface:\n" + "\n".join(left)


def test_no_dialog_shows_english_words_in_indonesian(qtbot, db, indonesian):
    texts = _dialog_texts(qtbot, db)
    assert ("about: title", "Tentang Kamura Desktop") in texts
    left = sorted({f"{where}: {text!r}" for where, text in texts if ENGLISH.search(_words(text))})
    assert not left, "English in the Indonesian interface:\n" + "\n".join(left)


def test_qt_own_buttons_and_menus_speak_indonesian(qtbot, indonesian):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == sorted(["OK", "Batal", "Simpan", "Tutup", "Ya", "Tidak"])
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    labels = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert "Salin" in labels and "Tempel" in labels and "Pilih semua" in labels
    assert not [x for x in labels if ENGLISH.search(x)], labels


def test_every_indonesian_message_for_qt_is_translated():
    files = ts_files("id")
    assert files and files[0].name == "kamura_id.ts"
    problems = []
    for ts in files:
        for context, message in _file_messages(ts):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete") \
                    or not (translation.text or "").strip():
                problems.append(f"{ts.name} {context}: {message.findtext('source')!r}")
    assert not problems, "\n".join(problems)
