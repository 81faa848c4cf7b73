"""Bantuan → Panduan (F1), issue 17: a task-oriented guide in the program's language, each
page and tab with its section, F1 opening it, the whole guide exported as one PDF through
the output gate, and screenshots made from the program by scripts/make_guide_screenshots.py."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QTextCursor

from kamura_desktop.resources import resource
from kamura_desktop.services.guide import load_guide
from kamura_desktop.ui.i18n import install_translator
from kamura_desktop.ui.shell.guide import PAGE_SECTIONS, TAB_SECTIONS
from kamura_desktop.ui.shell.main_window import default_pages
from scripts import make_guide_screenshots as shots

from .helpers import MessageBoxWatcher
from .test_shell import make_window

#: the tasks of issue 17 for the clerk, the treasurer and the chair
TASKS = {
    "petugas": ["setoran", "penarikan", "angsuran", "lembar-penagihan", "cetak"],
    "bendahara": ["persetujuan", "pencairan", "buku-saku", "akhir-bulan", "penyisihan"],
    "ketua": ["produk", "tutup-buku", "shu", "rat", "evaluasi"],
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_tab_and_task_has_a_section(lang):
    guide = load_guide(lang)
    ids = guide.ids()
    assert len(ids) == len(set(ids))
    assert [key for key, _label, _f in default_pages()] == list(PAGE_SECTIONS)
    wanted = {*PAGE_SECTIONS.values(), *(s for tabs in TAB_SECTIONS.values() for s in tabs),
              *(s for tasks in TASKS.values() for s in tasks), "pengantar", "singkatan"}
    missing = sorted(wanted - set(ids))
    assert not missing, f"the {lang} guide has no section for {missing}"
    for section in guide.sections:
        assert section.blocks, f"{section.id} is empty"
    assert load_guide("id").ids() == load_guide("en").ids()  # the two languages side by side


def test_the_tab_sections_follow_each_pages_tabs(qtbot, db, actors):
    window = make_window(qtbot, db, actors["ketua"])
    for key, sections in TAB_SECTIONS.items():
        assert window.pages[key].tabs.count() == len(sections), key


def _heading_shown(browser, title: str) -> bool:
    """The section's heading is in the visible part of the guide (at the top, unless the
    guide ends before)."""
    block = browser.document().begin()
    while block.isValid():
        if block.text().strip() == title and block.blockFormat().headingLevel() > 0:
            y = browser.cursorRect(QTextCursor(block)).top()
            return 0 <= y < browser.viewport().height() and (
                y < 20 or browser.verticalScrollBar().value() == browser.verticalScrollBar().maximum())
        block = block.next()
    return False


def test_f1_on_each_page_opens_its_section(qtbot, db, actors):
    window = make_window(qtbot, db, actors["petugas"])
    window.activateWindow()  # F1 is the window's shortcut: it needs the window active
    qtbot.wait(20)
    guide = load_guide("id")
    for key, section_id in PAGE_SECTIONS.items():
        window.go_to(key)
        page = window.pages[key]
        if hasattr(page, "tabs"):
            page.tabs.setCurrentIndex(0)
            section_id = TAB_SECTIONS[key][0]
        qtbot.keyClick(page, Qt.Key.Key_F1)
        guide_window = window.guide_window
        assert guide_window is not None and guide_window.isVisible()
        assert guide_window.current_section == section_id
        assert _heading_shown(guide_window.browser, guide.section(section_id).title), key
    # a tab of its own: the collection sheet
    window.go_to("angsuran")
    window.pages["angsuran"].tabs.setCurrentIndex(1)
    qtbot.keyClick(window.pages["angsuran"], Qt.Key.Key_F1)
    assert window.guide_window.current_section == "lembar-penagihan"
    assert "Panduan" in [a.text() for a in window.menuBar().actions()[1].menu().actions()]


def test_the_guide_speaks_english_when_the_interface_does(qtbot, db, actors):
    app = QCoreApplication.instance()
    assert install_translator(app, "en")
    try:
        window = make_window(qtbot, db, actors["ketua"])
        guide_window = window.show_guide()
        assert guide_window.guide.title == "Kamura Desktop guide"
        assert "Members page" in guide_window.browser.toPlainText()
        assert guide_window.export_button.text() == "Export PDF…"
    finally:
        install_translator(app, "id")


def test_export_pdf_writes_the_whole_guide_and_never_over_the_books(qtbot, db, actors, tmp_path):
    window = make_window(qtbot, db, actors["bendahara"])
    guide_window = window.show_guide()
    target = tmp_path / "panduan.pdf"
    guide_window.export_pdf(str(target))
    window.ctx.tasks.wait_all(60_000)
    qtbot.waitUntil(lambda: "Panduan disimpan" in guide_window.status.text(), timeout=10_000)
    reader = PdfReader(str(target))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    guide = load_guide("id")
    for section in guide.sections:
        assert section.title in text, section.title
    assert 8 <= len(reader.pages) <= 30  # the sections run on; a heading never ends a page
    assert sum(len(p.images) for p in reader.pages) >= len(guide.images())  # the screenshots

    before = db.path.read_bytes()[:100]
    watcher = MessageBoxWatcher()
    try:
        assert guide_window.export_pdf(str(db.path)) is None  # the open books: refused
        qtbot.waitUntil(lambda: bool(watcher.seen), timeout=5_000)
    finally:
        watcher.stop()
    assert "database" in watcher.texts[0].lower()
    assert db.path.read_bytes()[:100] == before


def test_the_guides_screenshots_are_the_scripts(demo_copy, tmp_path, qtbot):
    used = {img for lang in ("id", "en") for img in load_guide(lang).images()}
    made = {f"gambar/{s.name}.png" for s in shots.SHOTS}
    assert used == made
    for name in used:
        assert resource("guide", name).is_file(), name
    # the script makes them from the program on the demo
    written = shots.make_shots(demo_copy, tmp_path, only=["anggota"])
    assert [p.name for p in written] == ["anggota.png"]
    image = QImage(str(written[0]))
    assert image.width() == shots.WIDTH and image.height() > 300
