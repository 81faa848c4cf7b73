"""Bantuan → Panduan (F1): the guide in a window beside the work, opened at the part of the
page (and tab) in use; "Ekspor PDF…" writes the whole guide as one PDF.

The text lives in ``resources/guide/panduan_<lang>.md`` (services/guide.py reads it); which
section belongs to which page and tab is written out here, in ``PAGE_SECTIONS`` and
``TAB_SECTIONS`` — tests/ui/test_guide.py holds both to the guide and to the pages.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.services import guide as guide_service

from ..context import AppContext
from ..save_dialog import ask_save_path

#: the guide's section for each page of the main window
PAGE_SECTIONS = {
    "anggota": "anggota",
    "lender": "lender",
    "kredit": "kredit",
    "angsuran": "angsuran",
    "evaluasi": "evaluasi",
    "laporan": "laporan",
    "pengaturan": "pengaturan",
}

#: the guide's section for each tab of a page, in the tabs' order
TAB_SECTIONS = {
    "lender": ["lender", "lender", "lender", "lender"],
    "kredit": ["kelompok", "pengajuan", "persetujuan", "pencairan", "buku-saku", "pendampingan",
               "produk", "produk"],
    "angsuran": ["angsuran", "lembar-penagihan", "tunggakan"],
    "evaluasi": ["evaluasi"] * 5,
    "laporan": ["akhir-bulan", "akhir-bulan", "tutup-buku", "shu", "rat", "kesehatan", "rat", "rat",
                "rat", "tunggakan"],
}


def guide_language() -> str:
    """The guide in the interface's language (the translators set the default locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def section_for(key: str, page: QWidget) -> str:
    """The section of ``page`` (the window's page ``key``) as it is now: its current tab's,
    else the page's."""
    tabs = getattr(page, "tabs", None)
    sections = TAB_SECTIONS.get(key)
    if tabs is not None and sections and 0 <= tabs.currentIndex() < len(sections):
        return sections[tabs.currentIndex()]
    return PAGE_SECTIONS.get(key, "pengantar")


class GuideWindow(QDialog):
    """The guide beside the main window (not modal: the clerk reads while working)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Panduan Kamura Desktop"))
        self.setModal(False)
        self.lang = guide_language()
        self.guide = guide_service.load_guide(self.lang)
        self.current_section: str | None = None

        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(self.guide.folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.guide.folder) + "/"))
        self.browser.setHtml(guide_service.guide_html(self.guide))

        self.export_button = QPushButton(self.tr("Ekspor PDF…"))
        self.export_button.setObjectName("exportGuide")
        self.export_button.setToolTip(self.tr("Simpan seluruh panduan sebagai satu berkas PDF untuk "
                                              "dicetak"))
        self.export_button.clicked.connect(lambda: self.export_pdf())
        self.status = QLabel()
        self.status.setObjectName("pageHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addLayout(bottom)
        self.resize(760, 560)

    def show_section(self, section_id: str) -> None:
        """Scroll to ``section_id`` (the guide's start when it has no such section)."""
        if self.guide.section(section_id) is None:
            section_id = "pengantar"
        self.current_section = section_id
        self.browser.scrollToAnchor(section_id)
        section = self.guide.section(section_id)
        self.setWindowTitle(self.tr("Panduan — {title}").format(title=section.title if section else ""))

    def export_pdf(self, path: str | None = None):
        """Bantuan → Panduan → Ekspor PDF: the whole guide, written through the output gate."""
        target = ask_save_path(self, self.tr("Simpan panduan sebagai PDF"), "panduan-kamura.pdf",
                               kind="pdf", path=path)
        if not target:
            return None

        def done(written) -> None:
            self.status.setText(self.tr("Panduan disimpan: {path}").format(path=written))

        return self.ctx.tasks.run(
            lambda: guide_service.export_guide_pdf(self.ctx.db, actor=self.ctx.actor, path=target,
                                                   lang=self.lang),
            label=self.tr("Menyusun PDF panduan…"), parent_widget=self, on_done=done)
