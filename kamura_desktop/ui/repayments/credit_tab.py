"""Angsuran per kredit: find a credit fast, see its schedule and payments, record or reverse.

One search field takes a member's name or number or a credit number. A USB barcode or QR
scanner is a keyboard: it types the credit number printed on the pocket book and Enter, and
the credit opens directly (an exact credit number — or a scanned text containing one —
wins over a name search). The list of credits is read once through the services and kept
until a change notice says credits or repayments changed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credits, groups, repayments
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.credits import CreditDTO
from kamura_desktop.services.permissions import allowed
from kamura_desktop.services.repayments import CreditStatement

from ..messages import show_error
from ..widgets import only_roles, why_disabled
from .dialogs import RecordPaymentDialog, ReversePaymentDialog
from .labels import RepaymentLabels
from .models import (
    ID_ROLE,
    CreditSearchModel,
    PaymentLine,
    PaymentsModel,
    ScheduleModel,
    payment_lines,
)
from .printing import (
    POCKET_LAYOUTS,
    group_credit_ids,
    layout_label,
    print_pocket_books,
    print_receipts,
)
from .widgets import (
    KOL_COLOURS,
    NoticeBar,
    fit_columns,
    hint,
    section_title,
    setup_table,
    table_view,
)

MAX_RESULTS = 300


def credit_index(db) -> list[CreditDTO]:
    """Every disbursed credit (worker thread): running ones first, then the newest."""
    rows = [c for app in credits.list_applications(db, status="disbursed") for c in app.credits]
    rows.sort(key=lambda c: (c.status != "active", -c.id))
    return rows
_TOKEN = re.compile(r"[\s|;,:/\\?=&#]+")  # what separates a credit number inside a scanned text


class ResultsTable(QTableView):
    """The matching credits; Enter or a double click opens one."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doubleClicked.connect(self._open)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        credit_id = index.siblingAtColumn(0).data(ID_ROLE)
        if credit_id is not None:
            self.open_requested.emit(int(credit_id))


class CreditTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = RepaymentLabels(self)
        self._index: list[CreditDTO] | None = None
        self._index_generation = 0
        self._index_loading = False
        self._index_stale = False
        self._pending_find = False
        self.statement: CreditStatement | None = None
        self.dialog: QWidget | None = None  # the last dialog opened here (tests look at it)

        # ---- search
        self.search = QLineEdit()
        self.search.setObjectName("creditSearch")
        self.search.setPlaceholderText(self.tr("Nama atau nomor anggota, atau nomor kredit — "
                                               "atau pindai kode di buku saku"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Enter: buka kredit · Ctrl+F atau F2: kembali ke sini · "
                                       "Ctrl+T: catat angsuran"))
        self.search.setStyleSheet("font-size: 12pt; padding: 4px;")
        self.search.installEventFilter(self)
        self.search.textChanged.connect(lambda _t: self.filter_results())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence("F2"), self, activated=self.focus_search)
        self.notice = NoticeBar()

        self.results_model = CreditSearchModel(self)
        self.results = ResultsTable()
        self.results.setObjectName("creditResults")
        self.results.setModel(self.results_model)
        setup_table(self.results, stretch=CreditSearchModel.COL_MEMBER)
        fit_columns(self.results, {0: 112})
        for col in (CreditSearchModel.COL_MEMBER_NO, CreditSearchModel.COL_GROUP, CreditSearchModel.COL_STATUS):
            self.results.hideColumn(col)  # in the row's tooltip: the list stays narrow
        self.results.open_requested.connect(self.open_credit)
        self.results.setMinimumWidth(220)
        self.result_count = hint()

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.results, 1)
        ll.addWidget(self.result_count)

        # ---- the open credit
        self.card = QFrame()
        self.card.setObjectName("creditCard")
        self.card.setStyleSheet("QFrame#creditCard { background: #f6f9f8; border: 1px solid #cfd8d4;"
                                " border-radius: 4px; }")
        self.title = QLabel()
        self.title.setObjectName("creditTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setStyleSheet("font-size: 13pt; border: none;")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("creditSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setStyleSheet("border: none; color: #333333;")
        self.subtitle.setWordWrap(True)
        self.title.setWordWrap(True)
        self.kol_badge = QLabel()
        self.kol_badge.setObjectName("kolBadge")
        self.kol_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head = QHBoxLayout()
        head.addLayout(names, 1)
        head.addWidget(self.kol_badge, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(0)
        self.facts: dict[str, QLabel] = {}
        facts = [("principal", self.tr("Pokok pinjaman")), ("total", self.tr("Total kewajiban")),
                 ("paid", self.tr("Sudah dibayar")), ("outstanding", self.tr("Sisa kewajiban")),
                 ("dpd", self.tr("Terlambat"))]
        for i, (key, text) in enumerate(facts):
            cap = QLabel(text)
            cap.setStyleSheet("color: #555555; border: none;")
            val = QLabel()
            val.setObjectName(f"fact_{key}")
            val.setStyleSheet("font-size: 11pt; font-weight: bold; border: none;")
            grid.addWidget(cap, 0, i)
            grid.addWidget(val, 1, i)
            self.facts[key] = val
        grid.setColumnStretch(len(facts), 1)
        cl = QVBoxLayout(self.card)
        cl.setContentsMargins(10, 6, 10, 6)
        cl.addLayout(head)
        cl.addLayout(grid)

        self.record_button = QPushButton(self.tr("Catat angsuran (Ctrl+T)"))
        why_disabled(self.record_button, self.tr("Cari dulu kredit yang masih berjalan.") if allowed(ctx.actor, "repayments.record") else only_roles("repayments.record"))
        self.record_button.setObjectName("recordPayment")
        self.record_button.setToolTip(self.tr("Catat uang angsuran yang dibawa anggota (Ctrl+T)"))
        self.record_button.clicked.connect(lambda: self.open_record_dialog())
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.open_record_dialog)
        self.reverse_button = QPushButton(self.tr("Balik angsuran…"))
        self.reverse_button.setObjectName("reversePayment")
        self.reverse_button.clicked.connect(lambda: self.open_reverse_dialog())
        self.reprint_button = QPushButton(self.tr("Cetak ulang kwitansi"))
        self.reprint_button.setObjectName("reprintReceipt")
        self.reprint_button.clicked.connect(lambda: self.reprint_receipt())
        self.pocket_button = QPushButton(self.tr("Cetak buku saku"))
        self.pocket_button.setObjectName("printPocketBook")
        menu = QMenu(self.pocket_button)
        for layout in POCKET_LAYOUTS:
            menu.addAction(self.tr("Kredit ini — {layout}").format(layout=layout_label(layout)),
                           lambda layout=layout: self.print_pocket_book(layout=layout))
        menu.addSeparator()
        menu.addAction(self.tr("Semua kredit kelompok ini — {layout}").format(layout=layout_label(POCKET_LAYOUTS[0])),
                       lambda: self.print_pocket_book(whole_group=True))
        self.pocket_button.setMenu(menu)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addWidget(self.reverse_button)
        actions.addWidget(self.reprint_button)
        actions.addStretch(1)
        actions.addWidget(self.pocket_button)

        self.schedule_model = ScheduleModel(self)
        self.schedule = table_view(self.schedule_model, stretch=ScheduleModel.COL_REMAINING)
        self.schedule.setObjectName("scheduleTable")
        fit_columns(self.schedule, {0: 36, 1: 150, 2: 84, 3: 84, 4: 150})
        self.payments_model = PaymentsModel(self)
        self.payments = table_view(self.payments_model, stretch=PaymentsModel.COL_NOTE)
        self.payments.setObjectName("paymentsTable")
        fit_columns(self.payments, {0: 84, 1: 132, 2: 76, 3: 128, 4: 104})
        self.payments.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        legend = QLabel(self.tr("<span style='background:#fbe3e4'>&nbsp;terlambat&nbsp;</span> "
                                "<span style='background:#fff4cf'>&nbsp;jatuh tempo hari ini&nbsp;</span> "
                                "<span style='background:#e9f5ee'>&nbsp;lunas&nbsp;</span>"))
        legend.setObjectName("pageHint")
        legend.setTextFormat(Qt.TextFormat.RichText)

        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.card)
        dl.addLayout(actions)
        schedule_head = QHBoxLayout()
        schedule_head.addWidget(section_title(self.tr("Jadwal angsuran")))
        schedule_head.addStretch(1)
        schedule_head.addWidget(legend)
        dl.addLayout(schedule_head)
        dl.addWidget(self.schedule, 3)
        dl.addWidget(section_title(self.tr("Riwayat pembayaran")))
        dl.addWidget(self.payments, 2)
        self.empty = hint(self.tr("Cari kredit di kotak di atas: ketik nama atau nomor anggota, atau "
                                  "nomor kredit, lalu Enter. Pemindai kode batang/QR pada buku saku "
                                  "langsung membuka kreditnya.\n\nEnter: buka kredit · Ctrl+F atau F2: "
                                  "kembali ke kotak cari · Ctrl+T: catat angsuran"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("font-size: 11pt; padding: 24px; color: #555555;")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty)
        rl.addWidget(self.detail, 1)
        self.detail.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([235, 645])

        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.notice)
        lay.addWidget(self.splitter, 1)
        ctx.hub.changed.connect(self.on_changed)
        self.update_buttons()

    # ------------------------------------------------------------ the list of credits
    def load_index(self) -> None:
        """Read the list of credits on a worker thread (it takes seconds for thousands of
        credits); the old list stays in use until the new one arrives."""
        self._index_generation += 1
        generation = self._index_generation
        self._index_loading = True
        self._index_stale = False
        if self._index is None:
            self.result_count.setText(self.tr("Memuat daftar kredit…"))
        db = self.ctx.db
        self.ctx.tasks.run(lambda: credit_index(db), label=self.tr("Memuat daftar kredit…"),
                           parent_widget=self, on_done=lambda rows: self._index_loaded(generation, rows),
                           on_error=lambda exc: self._index_failed(generation, exc))

    def _index_loaded(self, generation: int, rows: list[CreditDTO]) -> None:
        if not isValid(self) or generation != self._index_generation:
            return
        self._index = rows
        self._index_loading = False
        self.filter_results()
        if self._pending_find:
            self._pending_find = False
            self.find()

    def _index_failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._index_generation:
            return
        self._index_loading = False
        self._pending_find = False
        self.result_count.setText(self.tr("Daftar kredit tidak dapat dimuat."))
        show_error(self, exc)

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    def filter_results(self) -> None:
        if self._index is None:
            if not self._index_loading:
                self.load_index()
            return
        words = self.search.text().lower().split()
        rows = [c for c in self._index
                if all(w in f"{c.number} {c.member_name} {c.member_number} {c.group_code} "
                            f"{c.group_name}".lower() for w in words)]
        self.results_model.set_rows(rows[:MAX_RESULTS])
        if len(rows) > MAX_RESULTS:
            self.result_count.setText(self.tr("{n} kredit cocok; {shown} yang pertama ditampilkan.").format(
                n=len(rows), shown=MAX_RESULTS))
        else:
            self.result_count.setText(self.tr("{n} kredit").format(n=len(rows)))
        if any(c.status != "active" for c in rows[:MAX_RESULTS]):
            self.result_count.setText(self.result_count.text() + " " + self.tr("(abu-abu: lunas)"))
        self._select_current()

    def exact_match(self, text: str) -> CreditDTO | None:
        """The credit whose number is the text, or a part of a scanned text."""
        by_number = {c.number.upper(): c for c in self._index or ()}
        text = text.strip().upper()
        if text in by_number:
            return by_number[text]
        for token in _TOKEN.split(text):
            if token in by_number:
                return by_number[token]
        return None

    def find(self) -> bool:
        """Enter in the search field: open the credit the text names, or move into the list."""
        self.notice.clear()
        text = self.search.text()
        if not text.strip():
            return False
        if self._index is None:  # the list is still being read: answer when it arrives
            self._pending_find = True
            self.filter_results()
            return False
        credit = self.exact_match(text)
        if credit is None and self.results_model.rowCount() == 1:
            credit = self.results_model.rows[0]
        if credit is not None:
            self.open_credit(credit.id)
            self.search.selectAll()  # the next scan or name replaces it
            return True
        if self.results_model.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)
            self.notice.show_message(self.tr("{n} kredit cocok; pilih dengan panah lalu Enter.").format(
                n=self.results_model.rowCount()))
        else:
            self.notice.show_message(self.tr("Tidak ada kredit yang cocok dengan '{text}'.").format(
                text=text.strip()), kind="warn")
            self.search.selectAll()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.find()
                return True
            if event.key() == Qt.Key.Key_Down and self.results_model.rowCount():
                self.results.setFocus()
                self.results.selectRow(0)
                return True
        return super().eventFilter(obj, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._index is None or self._index_stale:
            if not self._index_loading:
                self.load_index()
        self.update_buttons()

    # ------------------------------------------------------------ one credit
    def open_credit(self, credit_id: int, *, quiet: bool = False) -> None:
        try:
            st = repayments.credit_statement(self.ctx.db, credit_id)
        except UserError as exc:
            if quiet:  # the credit is gone (a restored database): show nothing
                self.statement = None
                self.detail.hide()
                self.empty.show()
                self.update_buttons()
            else:
                show_error(self, exc)
            return
        self.statement = st
        self.show_statement(st)
        self._select_current()

    def reload_statement(self) -> None:
        if self.statement is not None:
            self.open_credit(self.statement.credit_id, quiet=True)

    def show_statement(self, st: CreditStatement) -> None:
        self.empty.hide()
        self.detail.show()
        status = self.labels.credit_status(st.status)
        self.title.setText(self.tr("<b>{name}</b> <span style='color:#555'>({member})</span>").format(
            name=escape(st.member_name), member=st.member_number))
        self.subtitle.setText(self.tr("Kredit <b>{number}</b> · kelompok {group} · {status}").format(
            number=st.number, group=st.group_code, status=status))
        self.facts["principal"].setText(format_rupiah(st.principal))
        self.facts["total"].setText(format_rupiah(st.total_due))
        self.facts["paid"].setText(format_rupiah(st.paid))
        self.facts["outstanding"].setText(format_rupiah(st.outstanding))
        self.facts["dpd"].setText(self.labels.days(st.days_past_due))
        self.facts["dpd"].setStyleSheet("font-size: 11pt; font-weight: bold; border: none; color: %s;"
                                        % ("#b00020" if st.days_past_due else "#1b7a3d"))
        kol = st.kolektibilitas
        self.kol_badge.setText(self.tr("Kol. {kol}").format(kol=self.labels.kol(kol)) if kol
                               else self.labels.credit_status(st.status))
        self.kol_badge.setToolTip(self.tr("Kolektibilitas (kualitas pinjaman) per hari ini"))
        self.kol_badge.setStyleSheet("color: white; font-weight: bold; border-radius: 3px; padding: 3px 8px;"
                                     " background: %s;" % (KOL_COLOURS[kol - 1] if kol else "#1b7a3d"))
        self.schedule_model.set_statement(st)
        names = self._member_names(st.group_code)
        self.payments_model.set_rows(payment_lines(repayments.payments_of(self.ctx.db, st.credit_id),
                                                   names, borrower=st.member_name))
        if self.payments_model.rowCount():
            self.payments.scrollToBottom()
        self.update_buttons()

    def _member_names(self, group_code: str) -> dict[int, str]:
        try:
            g = groups.group_by_code(self.ctx.db, group_code)
        except UserError:
            return {}
        return {m.member_id: m.name for m in (*g.members, *g.supervisors)}

    def _select_current(self) -> None:
        if self.statement is None:
            return
        for row, c in enumerate(self.results_model.rows):
            if c.id == self.statement.credit_id:
                self.results.selectRow(row)
                return

    def selected_payment(self) -> PaymentLine | None:
        sm = self.payments.selectionModel()
        rows = sm.selectedRows() if sm else []
        return self.payments_model.row_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        actor = self.ctx.actor
        st = self.statement
        can_record = allowed(actor, "repayments.record")
        self.record_button.setEnabled(bool(st and st.status == "active" and can_record))
        if not can_record:
            self.record_button.setToolTip(self.tr("Hanya petugas atau bendahara yang mencatat angsuran."))
        can_reverse = allowed(actor, "repayments.reverse")
        p = self.selected_payment()
        self.reverse_button.setEnabled(bool(can_reverse and p and p.reversible))
        self.reverse_button.setToolTip(
            self.tr("Pilih angsuran di riwayat pembayaran, lalu balik dengan alasan.") if can_reverse
            else self.tr("Hanya bendahara yang boleh membalik angsuran."))
        self.reprint_button.setEnabled(bool(p and p.receipt_no))
        self.reprint_button.setToolTip(
            self.tr("Cetak lagi kwitansi angsuran {receipt}; kertasnya bertanda CETAK ULANG dan "
                    "tercatat di log audit").format(receipt=p.receipt_no) if p and p.receipt_no
            else self.tr("Pilih angsuran di riwayat pembayaran untuk mencetak ulang kwitansinya."))
        self.pocket_button.setEnabled(bool(st))
        self.pocket_button.setToolTip(
            self.tr("Cetak buku saku kredit ini (jadwal dengan kolom tanggal bayar dan paraf)"))

    # ------------------------------------------------------------ actions
    def open_record_dialog(self) -> RecordPaymentDialog | None:
        st = self.statement
        if st is None or not self.record_button.isEnabled():
            return None
        # the statement may be a few minutes old: read it again as of today
        st = repayments.credit_statement(self.ctx.db, st.credit_id)
        dlg = RecordPaymentDialog(self.ctx, st, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: self.focus_search())
        dlg.open()
        self.dialog = dlg
        return dlg

    def open_reverse_dialog(self) -> ReversePaymentDialog | None:
        p = self.selected_payment()
        if p is None or self.statement is None:
            return None
        dlg = ReversePaymentDialog(self.ctx, p, credit_number=self.statement.number, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.dialog = dlg
        return dlg

    def reprint_receipt(self, on_shown=None):
        """The kwitansi of the payment selected in the history, marked CETAK ULANG."""
        p = self.selected_payment()
        if p is None or not p.receipt_no:
            return None
        return print_receipts(self.ctx, self, receipt_nos=[p.receipt_no], reprint=True,
                              on_shown=on_shown)

    def print_pocket_book(self, *, layout: str = POCKET_LAYOUTS[0], whole_group: bool = False,
                          on_shown=None):
        st = self.statement
        if st is None:
            return None
        if whole_group:
            try:
                ids = group_credit_ids(self.ctx, st.group_code)
            except UserError as exc:
                show_error(self, exc)
                return None
            title = self.tr("Buku saku kelompok {group}").format(group=st.group_code)
            filename = f"buku-saku-{st.group_code}.pdf"
        else:
            ids = [st.credit_id]
            title = self.tr("Buku saku {number}").format(number=st.number)
            filename = f"buku-saku-{st.number}.pdf"
        return print_pocket_books(self.ctx, self, credit_ids=ids, title=title, filename=filename,
                                  layout=layout, on_shown=on_shown)

    def on_changed(self, changes: Changes) -> None:
        if not changes.touches("credits", "repayments", "groups", "members"):
            return
        self.reload_statement()
        st = self.statement
        if changes.repayments and not changes.database and self._index is not None and st is not None:
            # a payment changes at most the credits' status (lunas): patch the open one now,
            # read the whole list again the next time this tab is shown
            self._index = [replace(c, status=st.status) if c.id == st.credit_id else c for c in self._index]
            self.filter_results()
            self._index_stale = True
        elif self.isVisible():
            self.load_index()  # a disbursement, a renamed member or group: read again now
        else:
            self._index_stale = True
