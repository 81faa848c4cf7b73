"""One member: data, savings (balances, history, counter buttons), credit, group, documents.

Every figure comes from the services; the window reloads itself when the hub says members
or savings changed. Buttons are enabled by ``permissions.allowed`` so a clerk sees what
they may do, but each service checks again and refuses regardless.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id, format_datetime_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import (
    credits,
    groups,
    membership,
    outputs,
    receipt_print,
    repayments,
    savings,
)
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.membership import MemberDocumentDTO, MemberDTO, MemberSaved
from kamura_desktop.services.permissions import allowed, nik_in_record
from kamura_desktop.services.savings import SavingsTxDTO

from ..messages import show_error
from ..print_preview import PrintPreviewDialog, print_receipts, temp_pdf_path
from ..widgets import only_roles, why_disabled
from .form import MemberFormDialog
from .leave import LeaveDialog
from .models import Labels, SavingsHistoryModel
from .printing import print_passbook, print_registration_form
from .savings_dialogs import DepositDialog, PeriodDialog, ReversalDialog, WithdrawalDialog
from .widgets import NoticeBar


def _value_label() -> QLabel:
    lab = QLabel()
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setWordWrap(True)
    return lab


class BalanceCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("balanceCard")
        self.setStyleSheet("QFrame#balanceCard { border: 1px solid #cfd8d4; border-radius: 4px;"
                           " background: #fafcfb; }")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555555; border: none;")
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 14pt; font-weight: bold; color: #12503f; border: none;")
        self.note = QLabel()
        self.note.setStyleSheet("color: #555555; font-size: 9pt; border: none;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(1)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        lay.addWidget(self.note)

    def set(self, amount: int, note: str = "", *, alert: bool = False) -> None:
        self.value.setText(format_rupiah(amount))
        color = "#b00020" if alert else "#12503f"
        self.value.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {color}; border: none;")
        self.note.setText(note)


class ImageViewer(QDialog):
    def __init__(self, data: bytes, *, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(800, 700)
        pix = QPixmap()
        pix.loadFromData(data)
        lab = QLabel()
        lab.setPixmap(pix)
        scroll = QScrollArea()
        scroll.setWidget(lab)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)


class MemberDetailDialog(QDialog):
    TAB_DATA, TAB_SAVINGS, TAB_CREDIT, TAB_GROUP, TAB_DOCUMENTS = range(5)

    def __init__(self, ctx, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.member: MemberDTO | None = None
        self.balances: savings.SavingsBalances | None = None
        self.documents: list[MemberDocumentDTO] = []
        self.labels = Labels(self)
        self.setObjectName("memberDetail")
        self.resize(980, 680)

        # ---- heading
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageHint")
        self.edit_button = QPushButton(self.tr("Ubah data"))
        why_disabled(self.edit_button, self.tr("Anggota ini sudah keluar.") if allowed(ctx.actor, "members.edit") else only_roles("members.edit"))
        self.edit_button.setObjectName("editMember")
        self.edit_button.clicked.connect(self.edit_member)
        self.leave_button = QPushButton(self.tr("Keluar dari koperasi…"))
        why_disabled(self.leave_button, self.tr("Anggota ini sudah keluar.") if allowed(ctx.actor, "members.leave") else only_roles("members.leave"))
        self.leave_button.setObjectName("leaveMember")
        self.leave_button.clicked.connect(self.leave_member)
        self.form_button = QPushButton(self.tr("Cetak formulir"))
        self.form_button.setObjectName("printForm")
        self.form_button.clicked.connect(self.print_form)
        for b in (self.edit_button, self.leave_button, self.form_button):
            b.setAutoDefault(False)
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head.addLayout(names, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.notice = NoticeBar()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._data_tab(), self.tr("Data"))
        self.tabs.addTab(self._savings_tab(), self.tr("Simpanan"))
        self.tabs.addTab(self._credit_tab(), self.tr("Kredit"))
        self.tabs.addTab(self._group_tab(), self.tr("Kelompok"))
        self.tabs.addTab(self._documents_tab(), self.tr("Dokumen"))

        close = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.notice)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)

        self.load()
        ctx.hub.changed.connect(self.on_changed)

    # ------------------------------------------------------------ tabs
    def _data_tab(self) -> QWidget:
        self.values: dict[str, QLabel] = {}

        def box(title: str, rows: list[tuple[str, str]]) -> QGroupBox:
            g = QGroupBox(title)
            f = QFormLayout(g)
            f.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
            for key, label in rows:
                self.values[key] = _value_label()
                self.values[key].setObjectName(f"value_{key}")
                f.addRow(label, self.values[key])
            return g

        ident = box(self.tr("Identitas"), [
            ("number", self.tr("No. anggota")), ("name", self.tr("Nama lengkap")),
            ("nik", self.tr("NIK")), ("kk_number", self.tr("No. KK")),
            ("sex", self.tr("Jenis kelamin")), ("birth", self.tr("Tempat, tanggal lahir")),
        ])
        addr = box(self.tr("Alamat dan usaha"), [
            ("kampung", self.tr("Kampung")), ("rt_rw", self.tr("RT/RW")), ("desa", self.tr("Desa")),
            ("kecamatan", self.tr("Kecamatan")), ("phone", self.tr("Telepon / HP")),
            ("trade", self.tr("Jenis usaha")),
        ])
        memb = box(self.tr("Keanggotaan"), [
            ("status", self.tr("Status")), ("joined_on", self.tr("Tanggal masuk")),
            ("activated_on", self.tr("Aktif sejak")), ("left_on", self.tr("Tanggal keluar")),
            ("tkm_role", self.tr("Peran di TKM")), ("files", self.tr("Berkas")),
            ("poor_family", self.tr("Keluarga miskin")), ("notes", self.tr("Catatan")),
        ])
        w = QWidget()
        grid = QGridLayout(w)
        grid.addWidget(ident, 0, 0)
        grid.addWidget(addr, 0, 1)
        grid.addWidget(memb, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        return w

    def _savings_tab(self) -> QWidget:
        self.card_pokok = BalanceCard(self.tr("Simpanan pokok"))
        self.card_wajib = BalanceCard(self.tr("Simpanan wajib"))
        self.card_sukarela = BalanceCard(self.tr("Simpanan sukarela"))
        self.card_available = BalanceCard(self.tr("Sukarela dapat ditarik"))
        self.card_arrears = BalanceCard(self.tr("Tunggakan wajib"))
        cards = QHBoxLayout()
        for c in (self.card_pokok, self.card_wajib, self.card_sukarela, self.card_available,
                  self.card_arrears):
            cards.addWidget(c)

        self.deposit_button = QPushButton(self.tr("Setor…"))
        why_disabled(self.deposit_button, self.tr("Anggota ini sudah keluar.") if allowed(self.ctx.actor, "savings.deposit") else only_roles("savings.deposit"))
        self.deposit_button.setObjectName("deposit")
        self.deposit_button.setToolTip(self.tr("Setoran simpanan (Ctrl+D)"))
        self.deposit_button.clicked.connect(lambda: self.open_deposit())
        # Ctrl+D on whichever tab is open: the button sits on the Simpanan tab only
        self.deposit_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self.deposit_shortcut.activated.connect(
            lambda: self.deposit_button.isEnabled() and self.open_deposit())
        self.withdraw_button = QPushButton(self.tr("Tarik…"))
        why_disabled(self.withdraw_button, self.tr("Anggota ini sudah keluar.") if allowed(self.ctx.actor, "savings.withdraw") else only_roles("savings.withdraw"))
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.clicked.connect(lambda: self.open_withdrawal())
        self.reverse_button = QPushButton(self.tr("Balik transaksi…"))
        why_disabled(self.reverse_button, self.tr("Pilih dulu transaksi yang belum dibalik di riwayat.") if allowed(self.ctx.actor, "savings.reverse") else only_roles("savings.reverse"))
        self.reverse_button.setObjectName("reverse")
        self.reverse_button.clicked.connect(lambda: self.reverse_selected())
        self.receipt_button = QPushButton(self.tr("Cetak ulang kwitansi"))
        why_disabled(self.receipt_button, self.tr("Pilih dulu transaksi yang berkwitansi di riwayat."))
        self.receipt_button.setObjectName("printReceipt")
        self.receipt_button.setToolTip(self.tr("Kwitansi atau bukti kas keluar transaksi yang dipilih, "
                                               "bertanda CETAK ULANG (tercatat di log audit)"))
        self.receipt_button.clicked.connect(lambda: self.print_selected_receipt())
        self.passbook_button = QPushButton(self.tr("Cetak buku simpanan…"))
        self.passbook_button.setObjectName("printPassbook")
        self.passbook_button.clicked.connect(lambda: self.print_passbook())
        buttons = QHBoxLayout()
        for b in (self.deposit_button, self.withdraw_button, self.reverse_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.receipt_button, self.passbook_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)

        self.history = SavingsHistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("savingsHistory")
        self.history_view.setModel(self.history)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.verticalHeader().hide()
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.history_view.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(SavingsHistoryModel.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.history_view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.history_caption = QLabel(self.tr("Riwayat transaksi (terbaru di atas)"))
        self.history_caption.setStyleSheet("font-weight: bold; color: #12503f;")

        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addLayout(cards)
        lay.addLayout(buttons)
        lay.addWidget(self.history_caption)
        lay.addWidget(self.history_view, 1)
        return w

    def _documents_tab(self) -> QWidget:
        self.doc_table = QTableWidget(0, 3)
        self.doc_table.setObjectName("documents")
        self.doc_table.setHorizontalHeaderLabels([self.tr("Jenis"), self.tr("Nama berkas"),
                                                  self.tr("Ditambahkan")])
        self.doc_table.verticalHeader().hide()
        self.doc_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doc_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.doc_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doc_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.doc_table.setColumnWidth(0, 170)
        self.doc_table.setColumnWidth(2, 180)
        self.no_docs = QLabel(self.tr("Belum ada dokumen yang dipindai untuk anggota ini."))
        self.no_docs.setObjectName("pageHint")
        self.doc_table.doubleClicked.connect(lambda *_: self.view_document())
        self.doc_table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.doc_kind = QComboBox()
        self.doc_kind.setObjectName("docKind")
        self.doc_kind.addItem(self.tr("KTP"), "ktp")
        self.doc_kind.addItem(self.tr("Kartu Keluarga (KK)"), "kk")
        self.doc_kind.addItem(self.tr("Lainnya"), "lain")
        self.add_doc_button = QPushButton(self.tr("Tambah berkas pindaian…"))
        why_disabled(self.add_doc_button, only_roles("members.edit"))
        self.add_doc_button.setObjectName("addDocument")
        self.add_doc_button.clicked.connect(lambda: self.add_document())
        self.view_doc_button = QPushButton(self.tr("Lihat"))
        why_disabled(self.view_doc_button, self.tr("Pilih dulu dokumen di daftar."))
        self.view_doc_button.clicked.connect(lambda: self.view_document())
        for b in (self.add_doc_button, self.view_doc_button):
            b.setAutoDefault(False)
        self.doc_error = QLabel()
        self.doc_error.setObjectName("fieldError")
        self.doc_error.setWordWrap(True)
        self.doc_error.hide()
        hint = QLabel(self.tr("Pindaian atau foto KTP/KK (PNG, JPEG atau PDF, paling besar 5 MB). "
                              "Menambah KTP atau KK sekaligus mencentang berkasnya di data anggota."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Jenis dokumen")))
        row.addWidget(self.doc_kind)
        row.addWidget(self.add_doc_button)
        row.addStretch(1)
        row.addWidget(self.view_doc_button)
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(hint)
        lay.addLayout(row)
        lay.addWidget(self.doc_error)
        lay.addWidget(self.no_docs)
        lay.addWidget(self.doc_table, 1)
        return w

    # ------------------------------------------------------------ loading
    def on_changed(self, changes: Changes) -> None:
        if changes.touches("members", "savings"):
            self.load()

    # ------------------------------------------------------------ credit and group tabs
    def _credit_tab(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        self.credit_table = QTableWidget(0, 8)
        self.credit_table.setObjectName("memberCredits")
        self.credit_table.setHorizontalHeaderLabels([
            self.tr("No. kredit"), self.tr("Kelompok"), self.tr("Produk"), self.tr("Pokok"),
            self.tr("Status"), self.tr("Sisa"), self.tr("Hari tunggak"), self.tr("Kol.")])
        self.credit_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.credit_table.verticalHeader().hide()
        self.credit_table.horizontalHeader().setStretchLastSection(True)
        self.cover_label = QLabel()
        self.cover_label.setObjectName("coverDebts")
        self.cover_label.setWordWrap(True)
        lay.addWidget(self.credit_table, 1)
        lay.addWidget(QLabel(self.tr("Tanggung renteng")))
        lay.addWidget(self.cover_label)
        return box

    def _group_tab(self) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        self.group_label = QLabel()
        self.group_label.setObjectName("memberGroup")
        self.group_label.setWordWrap(True)
        self.group_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.group_label, 1)
        return box

    def _load_credit_and_group(self) -> None:
        rows = credits.list_credits(self.ctx.db, member_id=self.member_id)
        self.credit_table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            values = [c.number, c.group, c.product, format_rupiah(c.principal),
                      credits.STATUS_LABELS.get(c.status, c.status),
                      "" if c.outstanding is None else format_rupiah(c.outstanding),
                      "" if c.days_past_due is None else str(c.days_past_due),
                      "" if c.kolektibilitas is None else str(c.kolektibilitas)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (3, 5, 6, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.credit_table.setItem(r, col, item)
        self.credit_table.resizeColumnsToContents()
        lines = []
        for d in repayments.cover_debts(self.ctx.db, member_id=self.member_id):
            if not d.outstanding:
                continue
            if d.debtor_member_id == self.member_id:
                lines.append(self.tr("Berutang {amount} kepada {name} (ditanggung kelompok).").format(
                    amount=format_rupiah(d.outstanding), name=d.coverer_name))
            else:
                lines.append(self.tr("{name} berutang {amount} kepadanya.").format(
                    amount=format_rupiah(d.outstanding), name=d.debtor_name))
        self.cover_label.setText("\n".join(lines) or self.tr("Tidak ada utang tanggung renteng."))
        g = groups.group_of_member(self.ctx.db, self.member_id)
        if g is None:
            self.group_label.setText(self.tr("Belum tergabung dalam kelompok."))
        else:
            role = self.tr("ketua kelompok") if g.leader_member_id == self.member_id else self.tr("anggota")
            names = ", ".join(m.name for m in g.members)
            self.group_label.setText(self.tr("{code} {name} ({role}). Pertemuan: {day} di {place}.\n"
                                             "Anggota: {names}").format(
                code=g.code, name=g.name, role=role, day=g.meeting_day or "-",
                place=g.meeting_place or "-", names=names))

    def load(self) -> None:
        try:
            m = membership.get_member(self.ctx.db, self.member_id)
        except NotFound as exc:
            show_error(self, exc)
            return
        self.member = m
        self.setWindowTitle(self.tr("Anggota {number} — {name}").format(number=m.number, name=m.name))
        self.title.setText(m.name)
        status = self.labels.status(m.status)
        self.subtitle.setText(self.tr("{number} · {status} · masuk {date}").format(
            number=m.number, status=status, date=format_date_id(m.joined_on)))
        self._fill_data(m)
        self.balances = savings.balances(self.ctx.db, m.id)
        self._fill_balances(self.balances)
        selected = self.selected_tx()
        self.history.set_rows(savings.transactions(self.ctx.db, m.id))
        if selected is not None:
            for row, t in enumerate(self.history.rows):
                if t.id == selected.id:
                    self.history_view.selectRow(row)
        self.history_view.resizeColumnsToContents()
        self.history_view.horizontalHeader().setSectionResizeMode(
            SavingsHistoryModel.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.documents = membership.member_documents(self.ctx.db, m.id)
        self._fill_documents()
        self.update_buttons()
        self._load_credit_and_group()

    def _fill_data(self, m: MemberDTO) -> None:
        yes, no, dash = self.tr("Ya"), self.tr("Tidak"), "–"
        birth = ", ".join(p for p in (m.birth_place or "", format_date_id(m.birth_date)) if p)
        files = self.tr("KTP: {ktp} · KK: {kk}").format(
            ktp=self.tr("ada") if m.ktp_on_file else self.tr("belum ada"),
            kk=self.tr("ada") if m.kk_on_file else self.tr("belum ada"))
        values = {
            "number": m.number, "name": m.name, "nik": nik_in_record(self.ctx.actor, m.nik),
            "kk_number": nik_in_record(self.ctx.actor, m.kk_number) if m.kk_number else m.kk_number,
            "sex": self.labels.sex(m.sex), "birth": birth, "kampung": m.kampung,
            "rt_rw": m.rt_rw, "desa": m.desa, "kecamatan": m.kecamatan, "phone": m.phone,
            "trade": m.trade, "status": self.labels.status(m.status),
            "joined_on": format_date_id(m.joined_on), "activated_on": format_date_id(m.activated_on),
            "left_on": format_date_id(m.left_on), "tkm_role": m.tkm_role, "files": files,
            "poor_family": yes if m.poor_family else no, "notes": m.notes,
        }
        for key, value in values.items():
            self.values[key].setText(value or dash)

    def _fill_balances(self, b: savings.SavingsBalances) -> None:
        self.card_pokok.set(b.pokok, self.tr("belum lunas: {amount}").format(
            amount=format_rupiah(b.pokok_outstanding)) if b.pokok_outstanding else self.tr("lunas"),
            alert=b.pokok_outstanding > 0)
        st = b.wajib_status
        self.card_wajib.set(b.wajib, self.tr("{months} bulan wajib").format(months=st.months_due))
        self.card_sukarela.set(b.sukarela)
        self.card_available.set(b.sukarela_available, self.tr("dikomitmenkan: {amount}").format(
            amount=format_rupiah(b.sukarela_held)) if b.sukarela_held else "")
        if b.wajib_arrears:
            note = self.tr("{months} bulan belum dibayar").format(months=st.months_in_arrears)
        elif st.paid_ahead:
            note = self.tr("dibayar di muka {amount}").format(amount=format_rupiah(st.paid_ahead))
        else:
            note = self.tr("tidak ada tunggakan")
        self.card_arrears.set(b.wajib_arrears, note, alert=b.wajib_arrears > 0)

    def _fill_documents(self) -> None:
        kinds = {"ktp": self.tr("KTP"), "kk": self.tr("KK"), "lain": self.tr("Lainnya")}
        self.doc_table.setRowCount(len(self.documents))
        for row, d in enumerate(self.documents):
            for col, text in enumerate((kinds.get(d.kind, d.kind), d.filename,
                                        format_datetime_id(d.added_at))):
                self.doc_table.setItem(row, col, QTableWidgetItem(text))
        self.no_docs.setVisible(not self.documents)

    # ------------------------------------------------------------ state
    def is_left(self) -> bool:
        return self.member is not None and self.member.status == "left"

    def selected_tx(self) -> SavingsTxDTO | None:
        rows = self.history_view.selectionModel().selectedRows()
        return self.history.tx_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        actor = self.ctx.actor
        active = not self.is_left()
        self.edit_button.setEnabled(active and allowed(actor, "members.edit"))
        self.leave_button.setEnabled(active and allowed(actor, "members.leave"))
        self.deposit_button.setEnabled(active and allowed(actor, "savings.deposit"))
        self.withdraw_button.setEnabled(active and allowed(actor, "savings.withdraw"))
        self.add_doc_button.setEnabled(allowed(actor, "members.edit"))
        tx = self.selected_tx()
        self.reverse_button.setEnabled(
            allowed(actor, "savings.reverse") and tx is not None
            and tx.reversed_by_id is None and tx.reversal_of_id is None)
        if not allowed(actor, "savings.reverse"):
            self.reverse_button.setToolTip(self.tr("Hanya Bendahara yang dapat membalik transaksi."))
        self.receipt_button.setEnabled(bool(self.receipt_numbers(tx)))
        self.view_doc_button.setEnabled(bool(self.doc_table.selectionModel().selectedRows())
                                        or len(self.documents) == 1)

    # ------------------------------------------------------------ actions
    def _open(self, dlg: QDialog) -> QDialog:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def open_deposit(self, kind: str | None = None) -> DepositDialog:
        return self._open(DepositDialog(self.ctx, self.member, kind=kind, parent=self))

    def open_withdrawal(self) -> WithdrawalDialog:
        return self._open(WithdrawalDialog(self.ctx, self.member, parent=self))

    def reverse_selected(self) -> ReversalDialog | None:
        tx = self.selected_tx()
        if tx is None:
            return None
        return self._open(ReversalDialog(self.ctx, tx, member_name=self.member.name, parent=self))

    def receipt_numbers(self, tx: SavingsTxDTO | None) -> list[str]:
        """The paper of a history row: its own kwitansi or bukti kas keluar, or for the rows of
        a leaving member's refund the one bukti kas keluar of the cash handed over."""
        if tx is None:
            return []
        if tx.receipt_no:
            return [tx.receipt_no]
        if tx.tx_type == "pengembalian":
            return receipt_print.payout_numbers(self.ctx.db, kind="member_leave",
                                                source_id=self.member.number)
        return []

    def print_selected_receipt(self, on_shown=None):
        """A past deposit's kwitansi, a withdrawal's or refund's bukti kas keluar, marked
        CETAK ULANG."""
        numbers = self.receipt_numbers(self.selected_tx())
        if not numbers:
            return None
        return print_receipts(self.ctx, self, receipt_nos=numbers, reprint=True,
                              on_shown=on_shown)

    def print_passbook(self, date_from: dt.date | None = None, date_to: dt.date | None = None):
        m = self.member
        if date_from is None or date_to is None:
            today = dt.date.today()
            dlg = PeriodDialog(max(m.joined_on, today.replace(month=1, day=1)), today,
                               title=self.tr("Buku simpanan {name}").format(name=m.name), parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            date_from, date_to = dlg.period()
        return print_passbook(self.ctx, self, member_id=m.id, number=m.number,
                              date_from=date_from, date_to=date_to)

    def print_form(self):
        m = self.member
        return print_registration_form(self.ctx, self, member_id=m.id, number=m.number)

    def edit_member(self) -> MemberFormDialog:
        dlg = MemberFormDialog(self.ctx, self.member, parent=self)
        dlg.saved.connect(self.on_saved)
        return self._open(dlg)

    def on_saved(self, saved: MemberSaved) -> None:
        if saved.warnings:
            self.notice.show_message(self.tr("Data tersimpan. Perhatian: ") + " ".join(saved.warnings),
                                     kind="warn")
        else:
            self.notice.show_message(self.tr("Data anggota tersimpan."))

    def leave_member(self) -> LeaveDialog:
        return self._open(LeaveDialog(self.ctx, self.member, parent=self))

    def add_document(self, path: str | Path | None = None, kind: str | None = None) -> bool:
        self.doc_error.hide()
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih pindaian KTP/KK"), "",
                                                  self.tr("Gambar atau PDF (*.png *.jpg *.jpeg *.pdf)"))
            if not path:
                return False
        path = Path(path)
        try:
            data = outputs.read_input(path, "pindaian KTP/KK")
        except UserError as exc:  # the books themselves (a database) are never read as a scan
            self.doc_error.setText(exc.message)
            self.doc_error.show()
            return False
        except OSError as exc:
            self.doc_error.setText(self.tr("Berkas tidak dapat dibaca: {error}").format(error=exc))
            self.doc_error.show()
            return False
        def refused(exc: UserError) -> None:  # a missing permission too: under the list
            self.doc_error.setText(exc.message)
            self.doc_error.show()

        return self.ctx.perform(membership.add_member_document, source=self, on_error=refused,
                                member_id=self.member_id, kind=kind or self.doc_kind.currentData(),
                                data=data, filename=path.name) is not None

    def view_document(self) -> QDialog | None:
        rows = self.doc_table.selectionModel().selectedRows()
        if rows:
            doc = self.documents[rows[0].row()]
        elif len(self.documents) == 1:
            doc = self.documents[0]
        else:
            return None
        data = membership.document_data(self.ctx.db, doc.id)
        if doc.mime_type == "application/pdf":
            path = temp_pdf_path(doc.filename)
            path.write_bytes(data)
            dlg = PrintPreviewDialog(path, title=doc.filename, suggested_name=doc.filename, parent=self)
        else:
            dlg = ImageViewer(data, title=doc.filename, parent=self)
        return self._open(dlg)
