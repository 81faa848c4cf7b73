"""Sumber dana: capital received (revolving-fund grants and stakeholder capital, recorded
by the treasurer), the revolving fund's development year by year as a table and a small
chart (capital and loans outstanding at each year's end), and the fund's capital today."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.services import lender_pool
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.permissions import allowed

from ..members.detail import BalanceCard
from ..members.widgets import NoticeBar, date_edit, from_qdate
from ..widgets import FieldErrors, keep_columns_whole, only_roles, why_disabled
from .chart import ChartYear, FundChart
from .labels import LenderLabels
from .models import FundGrantModel, FundYearModel
from .printing import print_fund_development
from .widgets import DataTable, MoneyEdit


class ReceiveCapitalDialog(QDialog):
    """The treasurer records capital received in cash: a revolving-fund grant or capital from
    an outside stakeholder (village government, Dinas Koperasi, a donor)."""

    received = Signal(object)  # (fund, giver, amount, on_date)

    def __init__(self, ctx, parent: QWidget | None = None, *, fund: str = "revolving"):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = LenderLabels(self)
        self.errors = FieldErrors()
        self.setObjectName("receiveCapital")
        self.setWindowTitle(self.tr("Terima modal"))
        self.setMinimumWidth(520)

        self.fund_buttons = QButtonGroup(self)
        funds = QWidget()
        fl = QVBoxLayout(funds)
        fl.setContentsMargins(0, 0, 0, 0)
        for code in ("revolving", "stakeholder"):
            rb = QRadioButton(self.labels.fund(code))
            rb.setObjectName(f"fund_{code}")
            rb.setProperty("fund", code)
            rb.setChecked(code == fund)
            self.fund_buttons.addButton(rb)
            fl.addWidget(rb)
        self.giver = QLineEdit()
        self.giver.setObjectName("giver")
        self.giver.setPlaceholderText(self.tr("mis. Pemerintah Desa Mekarmukti, Dinas Koperasi KBB"))
        self.on_date = date_edit()
        self.on_date.setObjectName("on_date")
        self.amount = MoneyEdit(big=True)
        self.amount.setObjectName("amount")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("mis. nomor surat keputusan hibah; boleh dikosongkan"))

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Sumber modal"), funds, "fund")
        self.errors.add_row(form, self.tr("Pemberi"), self.giver, "giver")
        self.errors.add_row(form, self.tr("Tanggal diterima"), self.on_date, "on_date")
        self.errors.add_row(form, self.tr("Jumlah (Rp)"), self.amount, "amount")
        self.errors.add_row(form, self.tr("Keterangan"), self.note, "note")
        explain = QLabel(self.tr("Dibukukan sebagai kas masuk: Kas pada modal dana bergulir (hibah) atau "
                                 "modal donasi (pemangku kepentingan)."))
        explain.setObjectName("pageHint")
        explain.setWordWrap(True)
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.save_button = QPushButton(self.tr("Catat penerimaan"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(explain)
        lay.addWidget(self.general_error)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self.giver.setFocus()

    def fund(self) -> str | None:
        button = self.fund_buttons.checkedButton()
        return button.property("fund") if button else None

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        on_date = from_qdate(self.on_date.date())

        def receive(db, *, actor):
            amount = parse_rupiah(self.amount.text(), field="amount")
            return lender_pool.receive_capital(db, actor=actor, fund=self.fund() or "",
                                               giver=self.giver.text(), on_date=on_date,
                                               amount=amount, note=self.note.text())

        def refused(exc: UserError) -> None:
            self.ctx.show_refusal(exc, self, errors=self.errors, general=self.general_error)
            self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

        outcome = self.ctx.perform(receive, source=self, on_error=refused)
        if outcome is None:
            return False
        amount = parse_rupiah(self.amount.text(), field="amount")
        self.received.emit((self.fund(), self.giver.text().strip(), amount, on_date))
        self.accept()
        return True


class FundsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self.labels = LenderLabels(self)
        self.dialog: ReceiveCapitalDialog | None = None

        self.notice = NoticeBar()
        self.cards = {
            "capital": BalanceCard(self.tr("Modal dana bergulir sekarang")),
            "outstanding": BalanceCard(self.tr("Pinjaman dana bergulir beredar")),
            "grants": BalanceCard(self.tr("Hibah diterima seluruhnya")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        cards.addStretch(1)

        self.receive_button = QPushButton(self.tr("Terima modal…"))
        why_disabled(self.receive_button, only_roles("funds.capital"))
        self.receive_button.setObjectName("receiveCapital")
        self.receive_button.setToolTip(self.tr("Catat hibah dana bergulir atau modal dari pemangku "
                                               "kepentingan (bendahara)"))
        self.receive_button.clicked.connect(lambda: self.receive_capital())
        self.print_button = QPushButton(self.tr("Cetak perkembangan dana"))
        self.print_button.setObjectName("printFunds")
        self.print_button.clicked.connect(lambda: self.print_development())
        actions = QHBoxLayout()
        actions.addWidget(self.receive_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)

        self.model = FundYearModel(self)
        self.table = DataTable()
        self.table.setObjectName("fundTable")
        self.table.setModel(self.model)
        F = FundYearModel
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # eight columns share the width
        for col, width in ((F.COL_YEAR, 60), (F.COL_LOANS, 80)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        self.chart = FundChart()
        self.grant_model = FundGrantModel(self)
        self.grants = DataTable()
        self.grants.setObjectName("grantTable")
        self.grants.setModel(self.grant_model)
        G = FundGrantModel
        self.grants.set_widths({G.COL_DATE: 125, G.COL_AMOUNT: 110}, stretch=G.COL_DESCRIPTION)
        self.grants.hideColumn(G.COL_JOURNAL)  # in the row's tooltip
        keep_columns_whole(self.grants, (G.COL_DATE, G.COL_AMOUNT))
        grants_box = QGroupBox(self.tr("Hibah dana bergulir"))
        gl = QVBoxLayout(grants_box)
        gl.setContentsMargins(4, 4, 4, 4)
        gl.addWidget(self.grants)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.chart)
        bottom.addWidget(grants_box)
        bottom.setSizes([620, 500])
        bottom.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        hint = QLabel(self.tr("Modal = hibah + pendapatan jasa − kerugian, dijumlah sampai akhir tahun. "
                              "Pinjaman beredar = pokok dana bergulir yang belum kembali."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(cards)
        lay.addLayout(actions)
        lay.addWidget(split, 1)
        lay.addWidget(hint)

        ctx.hub.changed.connect(self.on_changed)
        self.reload()

    def reload(self) -> None:
        years = lender_pool.revolving_fund_development(self.ctx.db)
        self.model.set_rows(years)
        if years:
            self.table.selectRow(len(years) - 1)  # this year, in view
        capital = lender_pool.revolving_fund_capital(self.ctx.db)
        last = years[-1] if years else None
        self.cards["capital"].set(capital, self.tr("akhir {year}").format(year=last.year) if last else "")
        self.cards["outstanding"].set(last.outstanding_end if last else 0,
                                      self.tr("pokok belum kembali"))
        self.cards["grants"].set(sum(y.grants for y in years),
                                 self.tr("sejak {year}").format(year=years[0].year) if years else "")
        self.grant_model.set_rows(lender_pool.revolving_fund_grants(self.ctx.db))
        self.chart.set_years([ChartYear(y.year, y.capital_end, y.outstanding_end) for y in years],
                             empty_text=self.tr("Belum ada hibah atau pinjaman dana bergulir."))
        self.receive_button.setEnabled(allowed(self.ctx.actor, "funds.capital"))

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("lenders", "ledger", "credits", "repayments"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def receive_capital(self) -> ReceiveCapitalDialog:
        dlg = ReceiveCapitalDialog(self.ctx, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.received.connect(self.on_received)
        dlg.open()
        self.dialog = dlg
        return dlg

    def on_received(self, received) -> None:
        fund, giver, amount, on_date = received
        self.notice.show_message(self.tr("{fund} {amount} dari {giver} diterima pada {date}.").format(
            fund=self.labels.fund(fund), amount=format_rupiah(amount), giver=giver,
            date=format_date_id(on_date)))

    def print_development(self, on_shown=None):
        return print_fund_development(self.ctx, self, on_shown=on_shown)
