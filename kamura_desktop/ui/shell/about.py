"""Bantuan → Tentang Kamura Desktop: the version, the cooperative, the database file, the
Python and Qt versions and the licence — what a support call asks first."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from kamura_desktop import __version__
from kamura_desktop.resources import resource


class AboutDialog(QDialog):
    def __init__(self, *, coop_name: str, db_path: Path | str, parent=None):
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("Tentang Kamura Desktop"))
        self.setMinimumWidth(520)

        head = QHBoxLayout()
        pix = QPixmap(str(resource("logo.png")))
        if not pix.isNull():
            logo = QLabel()
            logo.setPixmap(pix.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
            head.addWidget(logo)
        title = QLabel(self.tr("<b>Kamura Desktop</b> versi {version}").format(version=__version__))
        title.setObjectName("pageTitle")
        blurb = QLabel(self.tr(
            "Program kantor koperasi simpan pinjam desa: anggota, simpanan, kredit kelompok "
            "I-P2P, angsuran, lender, buku besar dan laporan."))
        blurb.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        head.addLayout(text, 1)

        self.facts: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = [
            ("version", self.tr("Versi"), __version__),
            ("cooperative", self.tr("Koperasi"), coop_name),
            ("database", self.tr("Berkas database"), str(db_path)),
            ("python", self.tr("Python"), f"{platform.python_version()} ({sys.platform})"),
            ("qt", self.tr("Qt"), f"{qVersion()} (PySide6 {pyside_version})"),
            ("licence", self.tr("Lisensi"), self.tr(
                "Hak milik Koperasi Awilarangan Mukti Rahayu; tidak untuk disebarluaskan.")),
        ]
        for key, label, value in rows:
            lab = QLabel(value)
            lab.setObjectName(f"about_{key}")
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = lab
            form.addRow(label, lab)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Salin keterangan"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def details(self) -> str:
        """The facts as plain text, for a message to whoever looks after the program."""
        return "\n".join(f"{key}: {lab.text()}" for key, lab in self.facts.items())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
