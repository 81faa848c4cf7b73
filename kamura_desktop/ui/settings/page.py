"""The Settings page (Pengaturan): cooperative profile and logo, language, backups, the SHU
allocation of the by-laws (AD/ART).

Who may change what is decided by the service layer; this page only asks
``permissions.allowed`` to show read-only fields to a user who may not change them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.text import is_digits
from kamura_desktop.services import outputs, settings
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.locations import backup_dir_for
from kamura_desktop.services.permissions import allowed

from ..context import AppContext
from ..widgets import FieldErrors, only_roles, why_disabled
from .server import DatabaseSection
from .users import UsersSection

#: the six parts of the SHU in the by-laws, in the order of services/shu.ALLOCATIONS
SHU_PARTS = ("cadangan", "anggota", "pengurus", "karyawan", "pendidikan", "sosial")


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.fields: dict[str, QLineEdit] = {}

        title = QLabel(self.tr("Pengaturan"))
        title.setObjectName("pageTitle")
        self.notice = QLabel()
        self.notice.setObjectName("pageHint")
        self.notice.setWordWrap(True)

        profile_box = QGroupBox(self.tr("Profil koperasi (tampil di setiap cetakan)"))
        form = QFormLayout(profile_box)
        labels = {
            "name": self.tr("Nama koperasi"), "short_name": self.tr("Nama singkat"),
            "legal_number": self.tr("Nomor badan hukum"), "address": self.tr("Alamat"),
            "village": self.tr("Desa/Kelurahan"), "district": self.tr("Kecamatan"),
            "regency": self.tr("Kabupaten/Kota"), "province": self.tr("Provinsi"),
            "phone": self.tr("Telepon"), "founded_year": self.tr("Tahun berdiri"),
        }
        for key in labels:
            edit = QLineEdit()
            edit.setObjectName(f"profile_{key}")
            self.fields[key] = edit
            self.errors.add_row(form, labels[key], edit, key)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(72, 72)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(self.tr("Pilih logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QWidget()
        lr = QHBoxLayout(logo_row)
        lr.setContentsMargins(0, 0, 0, 0)
        lr.addWidget(self.logo_preview)
        lr.addWidget(self.logo_button)
        lr.addStretch(1)
        self.errors.add_row(form, self.tr("Logo"), logo_row, "logo")

        app_box = QGroupBox(self.tr("Program"))
        app_form = QFormLayout(app_box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.errors.add_row(app_form, self.tr("Bahasa tampilan"), self.language, "ui.language")
        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("backup_keep")
        self.backup_keep.setRange(1, 365)
        self.errors.add_row(app_form, self.tr("Cadangan otomatis disimpan"), self.backup_keep,
                            "backup.keep")
        self.backup_encrypt = QCheckBox(self.tr(
            "Enkripsi cadangan yang disimpan ke berkas lain (flashdisk) dengan kata sandi"))
        self.backup_encrypt.setObjectName("backup_encrypt")
        self.backup_encrypt.setToolTip(self.tr(
            "Cadangan berisi NIK setiap anggota (data pribadi, UU 27/2022). Bila dicentang, "
            "Berkas → Simpan cadangan ke… meminta kata sandi dan menyimpan cadangan terenkripsi; "
            "pemulihan memintanya lagi. Cadangan otomatis di komputer ini tidak dienkripsi."))
        self.errors.add_row(app_form, self.tr("Cadangan ke flashdisk"), self.backup_encrypt,
                            "backup.encrypt_copies")
        self.kol_rule_set = QComboBox()
        self.kol_rule_set.setObjectName("kol_rule_set")
        self.kol_rule_set.addItem(self.tr("Praktik bank (POJK 40/2019)"), "pojk40")
        self.kol_rule_set.addItem(self.tr("Kementerian Koperasi (Permen KUKM 14/2009)"), "kukm14")
        self.kol_rule_set.addItem(self.tr("Dana bergulir (PNPM/KOTAKU)"), "pnpm")
        self.errors.add_row(app_form, self.tr("Aturan kolektibilitas"), self.kol_rule_set,
                            "credit.kol_rule_set")
        self.receipt_format = QComboBox()
        self.receipt_format.setObjectName("receipt_format")
        for key, label in settings.RECEIPT_FORMATS.items():
            self.receipt_format.addItem(self.tr(label), key)
        self.receipt_format.setToolTip(self.tr(
            "Kertas kwitansi dan bukti kas keluar: A6, setengah A4, atau rol printer thermal "
            "58 mm / 80 mm di loket"))
        self.errors.add_row(app_form, self.tr("Ukuran kwitansi"), self.receipt_format,
                            "print.receipt_format")
        self.backup_folder = QLabel(str(backup_dir_for(ctx.db_path)))
        self.backup_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        app_form.addRow(self.tr("Folder cadangan"), self.backup_folder)

        # which database is open (file or office server); the admin's copy to the server
        self.database_section = DatabaseSection(ctx)
        shu_box = self._shu_group()

        self.save_button = QPushButton(self.tr("Simpan pengaturan"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner_lay = QVBoxLayout(inner)
        inner_lay.addWidget(title)
        inner_lay.addWidget(self.notice)
        inner_lay.addWidget(profile_box)
        inner_lay.addWidget(app_box)
        inner_lay.addWidget(self.database_section)
        inner_lay.addWidget(shu_box)
        inner_lay.addLayout(buttons)
        # Pengguna: the admin manages them (the chair sees the list); saved per action
        self.users_section = UsersSection(ctx) if allowed(ctx.actor, "users.view") else None
        if self.users_section is not None:
            inner_lay.addWidget(self.users_section)
        inner_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

        self.load()
        ctx.hub.changed.connect(self.on_changed)

    def _shu_group(self) -> QGroupBox:
        """Pembagian SHU menurut AD/ART: six percentages that must total 100 %, the members'
        part's jasa modal share, and whether sukarela counts for jasa modal."""
        box = QGroupBox(self.tr("SHU (AD/ART)"))
        form = QFormLayout(box)
        hint = QLabel(self.tr("Pembagian sisa hasil usaha menurut anggaran dasar; jumlahnya harus 100 %."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        form.addRow(hint)
        labels = {
            "cadangan": self.tr("Cadangan"), "anggota": self.tr("Jasa anggota"),
            "pengurus": self.tr("Dana pengurus"), "karyawan": self.tr("Dana karyawan"),
            "pendidikan": self.tr("Dana pendidikan"), "sosial": self.tr("Dana sosial"),
        }
        self.shu_pcts: dict[str, QSpinBox] = {}
        for key in SHU_PARTS:
            spin = QSpinBox()
            spin.setObjectName(f"shu_pct_{key}")
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setMaximumWidth(120)
            spin.valueChanged.connect(self.update_shu_total)
            self.shu_pcts[key] = spin
            self.errors.add_row(form, labels[key], spin, f"shu.pct.{key}")
        self.shu_total = QLabel()
        self.shu_total.setObjectName("shu_total")
        self.errors.add_row(form, "", self.shu_total, "shu.pct")
        self.jasa_modal = QSpinBox()
        self.jasa_modal.setObjectName("shu_jasa_modal_pct")
        self.jasa_modal.setRange(0, 100)
        self.jasa_modal.setSuffix(" %")
        self.jasa_modal.setMaximumWidth(120)
        self.jasa_modal.setToolTip(self.tr(
            "Bagian jasa anggota yang dibagi menurut simpanan; sisanya (jasa usaha) menurut jasa "
            "pinjaman yang dibayar. RAT dapat memutuskan lain."))
        self.errors.add_row(form, self.tr("Jasa modal dari bagian anggota"), self.jasa_modal,
                            "shu.jasa_modal_pct")
        self.include_sukarela = QCheckBox(self.tr("Simpanan sukarela ikut dihitung untuk jasa modal"))
        self.include_sukarela.setObjectName("shu_include_sukarela")
        self.errors.add_row(form, "", self.include_sukarela, "shu.include_sukarela")
        return box

    def update_shu_total(self) -> None:
        total = sum(spin.value() for spin in self.shu_pcts.values())
        self.shu_total.setText(self.tr("Jumlah: {total} %").format(total=total))
        self.shu_total.setStyleSheet("" if total == 100 else "color: #b3261e; font-weight: bold;")

    def can_edit(self) -> bool:
        return allowed(self.ctx.actor, "settings.profile")

    def load(self) -> None:
        profile = settings.get_profile(self.ctx.db)
        for key, edit in self.fields.items():
            value = getattr(profile, key)
            edit.setText("" if value is None else str(value))
        pix = QPixmap()
        if profile.logo_png and pix.loadFromData(profile.logo_png):
            self.logo_preview.setPixmap(pix.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(tanpa logo)"))
        values = settings.all_settings(self.ctx.db)
        self.language.setCurrentIndex(max(0, self.language.findData(values["ui.language"])))
        self.backup_keep.setValue(int(values["backup.keep"]))
        self.backup_encrypt.setChecked(bool(values.get("backup.encrypt_copies")))
        self.kol_rule_set.setCurrentIndex(max(0, self.kol_rule_set.findData(values.get("credit.kol_rule_set"))))
        self.receipt_format.setCurrentIndex(max(0, self.receipt_format.findData(
            values.get("print.receipt_format"))))
        for key, spin in self.shu_pcts.items():
            spin.setValue(int(values.get(f"shu.pct.{key}") or 0))
        self.update_shu_total()
        self.jasa_modal.setValue(int(values.get("shu.jasa_modal_pct", 50)))
        self.include_sukarela.setChecked(bool(values.get("shu.include_sukarela", False)))
        editable = self.can_edit()
        for button in (self.logo_button, self.save_button):
            why_disabled(button, only_roles("settings.profile"))
        for edit in self.fields.values():
            edit.setReadOnly(not editable)
        for w in (self.logo_button, self.language, self.backup_keep, self.backup_encrypt,
                  self.kol_rule_set, self.save_button,
                  *self.shu_pcts.values(), self.jasa_modal, self.include_sukarela):
            w.setEnabled(editable)
        self.notice.setText("" if editable else self.tr(
            "Anda masuk sebagai {role}: pengaturan hanya dapat dilihat. Perubahan hanya oleh "
            "Admin atau Ketua.").format(role=self.ctx.actor.role_label))
        self.notice.setVisible(not editable)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self.load()

    def collect_profile(self) -> dict:
        values: dict = {key: edit.text() for key, edit in self.fields.items()}
        year = values["founded_year"].strip()
        if not year:
            values["founded_year"] = None
        elif is_digits(year):
            values["founded_year"] = int(year)
        else:
            raise UserError(self.tr("Tahun berdiri harus angka, misalnya 2018."), field="founded_year")
        return values

    def save(self) -> None:
        self.errors.clear()
        old_language = settings.get_setting(self.ctx.db, "ui.language")

        def save(db, *, actor):
            return settings.save_settings(db, actor=actor, profile=self.collect_profile(), values={
                "ui.language": self.language.currentData(),
                "backup.keep": self.backup_keep.value(),
                "backup.encrypt_copies": self.backup_encrypt.isChecked(),
                "credit.kol_rule_set": self.kol_rule_set.currentData(),
                "print.receipt_format": self.receipt_format.currentData(),
                **{f"shu.pct.{key}": spin.value() for key, spin in self.shu_pcts.items()},
                "shu.jasa_modal_pct": self.jasa_modal.value(),
                "shu.include_sukarela": self.include_sukarela.isChecked(),
            })

        if self.ctx.perform(save, source=self, errors=self.errors) is None:
            return
        msg = self.tr("Pengaturan disimpan.")
        if self.language.currentData() != old_language:
            msg += " " + self.tr("Bahasa baru berlaku setelah program dibuka ulang.")
        QMessageBox.information(self, self.tr("Pengaturan"), msg)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        self.errors.clear()
        try:
            data = outputs.read_input(path, "gambar logo")
        except (UserError, OSError) as exc:  # never the books themselves (a database)
            self.errors.show("logo", getattr(exc, "message", None) or str(exc))
            return
        self.ctx.perform(settings.set_logo, source=self, errors=self.errors,
                         data=data, filename=path.name)
