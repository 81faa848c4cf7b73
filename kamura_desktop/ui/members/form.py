"""The member form: register a new member or change a member's data.

The form only collects what was typed into a :class:`MemberInput`; the membership service
checks it. A :class:`UserError` naming a field is shown in red right under that field and
nothing is saved. NIK warnings (the NIK disagrees with the birth date or sex) do not block:
they come back with the saved member and the caller shows them as a note.

Keyboard: Enter moves to the next field like in a spreadsheet, Enter in the last field
(Catatan) saves, Esc cancels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import membership, settings
from kamura_desktop.services.membership import TKM_ROLES, MemberDTO, MemberInput, MemberSaved

from ..widgets import FieldErrors
from .widgets import OptionalDateEdit, date_edit, from_qdate, to_qdate


def _strip_word(text: str | None, *words: str) -> str:
    """'Desa Mekarmukti' -> 'Mekarmukti' (the member form asks for the name only)."""
    text = (text or "").strip()
    for w in words:
        if text.lower().startswith(w.lower() + " "):
            return text[len(w) + 1:].strip()
    return text


class MemberFormDialog(QDialog):
    saved = Signal(object)  # MemberSaved

    def __init__(self, ctx, member: MemberDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.result_value: MemberSaved | None = None
        self.errors = FieldErrors()
        self.setObjectName("memberForm")
        self.setMinimumWidth(880)
        self.setWindowTitle(self.tr("Anggota baru") if member is None
                            else self.tr("Ubah data anggota {number}").format(number=member.number))

        def line(name: str, placeholder: str = "", max_len: int = 0) -> QLineEdit:
            e = QLineEdit()
            e.setObjectName(name)
            if placeholder:
                e.setPlaceholderText(placeholder)
            if max_len:
                e.setMaxLength(max_len)
            return e

        # identity
        self.name = line("name", self.tr("seperti tertulis di KTP"))
        self.nik = line("nik", self.tr("16 angka, mis. 3217014103850001"), 24)
        self.kk_number = line("kk_number", self.tr("16 angka, boleh kosong"), 24)
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.addItem(self.tr("— pilih —"), "")
        self.sex.addItem(self.tr("L — Laki-laki"), "L")
        self.sex.addItem(self.tr("P — Perempuan"), "P")
        self.birth_place = line("birth_place")
        self.birth_date = OptionalDateEdit(empty_text=self.tr("belum diisi"))
        self.birth_date.setObjectName("birth_date")
        # address and trade
        self.kampung = line("kampung")
        self.rt = line("rt", "003", 3)
        self.rw = line("rw", "008", 3)
        for e in (self.rt, self.rw):
            e.setMaximumWidth(70)
        self.desa = line("desa")
        self.kecamatan = line("kecamatan")
        self.phone = line("phone", "0812-3456-7890")
        self.trade = line("trade", self.tr("mis. pindang, kasur, wajik, konveksi"))
        # membership
        self.joined_on = date_edit()
        self.joined_on.setObjectName("joined_on")
        self.tkm_role = QComboBox()
        self.tkm_role.setObjectName("tkm_role")
        self.tkm_role.addItem(self.tr("(bukan anggota TKM)"), "")
        for role in TKM_ROLES:
            self.tkm_role.addItem(role, role)
        self.ktp_on_file = QCheckBox(self.tr("Fotokopi KTP ada"))
        self.ktp_on_file.setObjectName("ktp_on_file")
        self.kk_on_file = QCheckBox(self.tr("Fotokopi KK ada"))
        self.kk_on_file.setObjectName("kk_on_file")
        self.poor_family = QCheckBox(self.tr("Keluarga miskin (peserta program)"))
        self.poor_family.setObjectName("poor_family")
        self.notes = line("notes")

        ident = QGroupBox(self.tr("Identitas"))
        f1 = QFormLayout(ident)
        self.errors.add_row(f1, self.tr("Nama lengkap *"), self.name, "name")
        self.errors.add_row(f1, self.tr("NIK *"), self.nik, "nik")
        self.errors.add_row(f1, self.tr("No. KK"), self.kk_number, "kk_number")
        self.errors.add_row(f1, self.tr("Jenis kelamin *"), self.sex, "sex")
        self.errors.add_row(f1, self.tr("Tempat lahir"), self.birth_place, "birth_place")
        self.errors.add_row(f1, self.tr("Tanggal lahir"), self.birth_date, "birth_date")

        addr = QGroupBox(self.tr("Alamat dan usaha"))
        f2 = QFormLayout(addr)
        self.errors.add_row(f2, self.tr("Kampung"), self.kampung, "kampung")
        self.errors.add_row(f2, self.tr("RT"), self.rt, "rt")
        self.errors.add_row(f2, self.tr("RW"), self.rw, "rw")
        self.errors.add_row(f2, self.tr("Desa"), self.desa, "desa")
        self.errors.add_row(f2, self.tr("Kecamatan"), self.kecamatan, "kecamatan")
        self.errors.add_row(f2, self.tr("Telepon / HP"), self.phone, "phone")
        self.errors.add_row(f2, self.tr("Jenis usaha"), self.trade, "trade")

        memb = QGroupBox(self.tr("Keanggotaan"))
        f3 = QFormLayout(memb)
        self.errors.add_row(f3, self.tr("Tanggal masuk *"), self.joined_on, "joined_on")
        self.errors.add_row(f3, self.tr("Peran di TKM"), self.tkm_role, "tkm_role")
        files = QWidget()
        fl = QHBoxLayout(files)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.ktp_on_file)
        fl.addWidget(self.kk_on_file)
        fl.addStretch(1)
        self.errors.add_row(f3, self.tr("Berkas"), files, "files")
        self.errors.add_row(f3, "", self.poor_family, "poor_family")
        self.errors.add_row(f3, self.tr("Catatan"), self.notes, "notes")

        self.hint = QLabel(self.tr("* wajib diisi. Enter: ke isian berikutnya; Enter di Catatan: "
                                   "simpan; Esc: batal."))
        self.hint.setObjectName("pageHint")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        grid = QGridLayout()
        grid.addWidget(ident, 0, 0)
        grid.addWidget(addr, 0, 1)
        grid.addWidget(memb, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.general_error)
        lay.addLayout(buttons)

        self.inputs: list[QWidget] = [
            self.name, self.nik, self.kk_number, self.sex, self.birth_place, self.birth_date,
            self.kampung, self.rt, self.rw, self.desa, self.kecamatan, self.phone, self.trade,
            self.joined_on, self.tkm_role, self.ktp_on_file, self.kk_on_file, self.poor_family,
            self.notes,
        ]
        for a, b in zip(self.inputs, self.inputs[1:], strict=False):
            QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self.notes, self.save_button)
        for w in self.inputs:
            w.installEventFilter(self)
        self.birth_date.setMaximumWidth(200)
        self.joined_on.setMaximumWidth(200)
        self.tkm_role.setMaximumWidth(320)
        self.load()
        self.name.setFocus()

    # ------------------------------------------------------------ values
    def load(self) -> None:
        m = self.member
        if m is None:
            profile = settings.get_profile(self.ctx.db)
            self.desa.setText(_strip_word(profile.village, "Desa", "Kelurahan"))
            self.kecamatan.setText(_strip_word(profile.district, "Kecamatan"))
            self.joined_on.setDate(to_qdate(dt.date.today()))
            return
        for key in ("name", "nik", "kk_number", "birth_place", "kampung", "rt", "rw", "desa",
                    "kecamatan", "phone", "trade", "notes"):
            getattr(self, key).setText(getattr(m, key) or "")
        self.sex.setCurrentIndex(max(0, self.sex.findData(m.sex)))
        self.birth_date.set_value(m.birth_date)
        self.joined_on.setDate(to_qdate(m.joined_on))
        self.tkm_role.setCurrentIndex(max(0, self.tkm_role.findData(m.tkm_role or "")))
        self.ktp_on_file.setChecked(m.ktp_on_file)
        self.kk_on_file.setChecked(m.kk_on_file)
        self.poor_family.setChecked(m.poor_family)

    def collect(self) -> MemberInput:
        return MemberInput(
            name=self.name.text(), nik=self.nik.text(), sex=self.sex.currentData() or "",
            joined_on=from_qdate(self.joined_on.date()), kk_number=self.kk_number.text() or None,
            birth_place=self.birth_place.text(), birth_date=self.birth_date.value(),
            kampung=self.kampung.text(), rt=self.rt.text(), rw=self.rw.text(),
            desa=self.desa.text(), kecamatan=self.kecamatan.text(), phone=self.phone.text(),
            trade=self.trade.text(), ktp_on_file=self.ktp_on_file.isChecked(),
            kk_on_file=self.kk_on_file.isChecked(), poor_family=self.poor_family.isChecked(),
            tkm_role=self.tkm_role.currentData() or None, notes=self.notes.text(),
        )

    # ------------------------------------------------------------ saving
    def _refused(self, exc: UserError) -> None:
        """Next to its field, which gets the cursor; else under the form."""
        self.ctx.show_refusal(exc, self, errors=self.errors, general=self.general_error)
        first = self.errors.first_shown(exc.fields) or exc.field
        widget = getattr(self, first or "", None)
        if first in self.errors.labels and isinstance(widget, QWidget):
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def save(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        data = self.collect()
        if self.member is None:
            outcome = self.ctx.perform(membership.register_member, source=self,
                                       on_error=self._refused, data=data)
        else:
            outcome = self.ctx.perform(membership.update_member, source=self,
                                       on_error=self._refused, member_id=self.member.id, data=data)
        if outcome is None:
            return False
        self.result_value = outcome.value
        self.saved.emit(outcome.value)
        self.accept()
        return True

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and obj in self.inputs
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False
            if obj is self.notes:
                self.save()
            else:
                self.focusNextChild()
            return True
        return super().eventFilter(obj, event)
