"""The English translation: every message of kamura_en*.ts is translated, and with the English
translator installed no page of the main window still shows Indonesian words."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from kamura_desktop.ui.i18n import install_translator, ts_files

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


def _settle(qtbot, window) -> None:
    window.ctx.tasks.wait_all(10_000)
    qtbot.wait(20)  # deliver the finished loads to the widgets


@pytest.fixture
def english():
    app = QCoreApplication.instance()
    assert install_translator(app, "en")
    yield
    install_translator(app, "id")


def test_no_page_shows_indonesian_words_in_english(qtbot, db, actors, english):
    window = make_window(qtbot, db, actors["ketua"])
    texts = [("menu", a.text()) for menu in window.menuBar().actions()
             for a in [menu, *menu.menu().actions()]]
    for key in window.pages:
        window.go_to(key)
        page = window.pages[key]
        _settle(qtbot, window)
        for tabs in page.findChildren(QTabWidget):  # every tab, so that lazy tabs load too
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
            _settle(qtbot, window)
        texts += [(f"{key}: {where}", text) for where, text in _visible_texts(page)]
    texts += [("window", text) for _, text in _visible_texts(window)]
    left = sorted({f"{where}: {text!r}" for where, text in texts if INDONESIAN.search(text)})
    assert not left, "still Indonesian:\n" + "\n".join(left)
