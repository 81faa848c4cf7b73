"""Laporan keuangan: the cash book, the general ledger of an account, the trial balance, the
balance sheet, the income statement (perhitungan hasil usaha) and the changes in equity for
a chosen period — on screen, as a PDF (preview, print, save) and as an Excel workbook.

A double click on a statement line opens the journal lines behind it (drill-down); a double
click on a journal line opens the whole entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import accounting, accounting_docs, journal, ledger

from ..messages import show_error
from .common import NoticeBar, PeriodBar, ReportTable, export_xlsx, show_pdf
from .models import Column, RowsModel

EARLIEST = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class Line:
    """One display row of a statement."""

    label: str
    code: str = ""
    amount: int | None = None
    compare: int | None = None
    extra: tuple[Any, ...] = ()
    key: Any = None
    bold: bool = False
    indent: int = 0


def _extra_getter(i: int):
    return lambda r: r.extra[i]


class EntryDialog(QDialog):
    """One journal entry with its lines (read only)."""

    def __init__(self, entry: ledger.EntryDTO, parent: QWidget | None = None, *,
                 attachment_note: str | None = None):
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.setWindowTitle(self.tr("Jurnal {number}").format(number=entry.number))
        self.resize(720, 360)
        head = QLabel(self.tr("{number} · {date}\n{description}").format(
            number=entry.number, date=format_date_id(entry.date), description=entry.description))
        head.setWordWrap(True)
        model = RowsModel([
            Column(self.tr("Akun"), lambda r: r.account_code),
            Column(self.tr("Nama akun"), lambda r: r.account_name),
            Column(self.tr("Debit"), lambda r: r.debit or None, "money"),
            Column(self.tr("Kredit"), lambda r: r.credit or None, "money"),
            Column(self.tr("Memo"), lambda r: r.memo or ""),
        ], self)
        model.set_rows(entry.lines)
        table = ReportTable()
        table.setModel(model)
        table.fit({0: 70, 1: 240, 2: 120, 3: 120}, stretch=4)
        notes = []
        if entry.reversal_of_id:
            notes.append(self.tr("Jurnal ini membalik jurnal #{id}.").format(id=entry.reversal_of_id))
        if entry.reversed_by_id:
            notes.append(self.tr("Jurnal ini sudah dibalik (jurnal #{id}).").format(id=entry.reversed_by_id))
        if entry.source_type:
            notes.append(self.tr("Sumber: {source} {id}").format(source=self.source_label(entry.source_type),
                                                                 id=entry.source_id or "").strip())
        if attachment_note:  # the evidence of a manual entry, what an auditor asks for first
            notes.append(self.tr("Bukti: {note}").format(note=attachment_note))
        foot = QLabel("  ·  ".join(notes))
        foot.setObjectName("entryFoot")
        foot.setWordWrap(True)
        foot.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.foot = foot
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))  # Qt has no Indonesian
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(table, 1)
        lay.addWidget(foot)
        lay.addWidget(buttons)

    def source_label(self, source: str) -> str:
        labels = {
            "manual": self.tr("Jurnal manual"), "savings": self.tr("Simpanan"),
            "repayment": self.tr("Angsuran"), "credit_application": self.tr("Pencairan kredit"),
            "purchase": self.tr("Pembelian paket usaha"), "flowback": self.tr("Aliran dana lender"),
            "flowback_adjust": self.tr("Penyesuaian dana lender"), "capital": self.tr("Modal"),
            "grant": self.tr("Hibah"), "member_leave": self.tr("Anggota keluar"),
            "provision": self.tr("Penyisihan piutang"), "shu": self.tr("Penetapan SHU"),
            "shu_payment": self.tr("Pembayaran SHU"), "write_off": self.tr("Hapus buku kredit"),
            "year_close": self.tr("Tutup buku"),
        }
        return labels.get(source, source)


def open_entry(parent: QWidget, ctx, entry_id: int) -> EntryDialog | None:
    try:
        entry = ledger.get_entry(ctx.db, entry_id)
        note = journal.attachment_note(ctx.db, entry_id)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        show_error(parent, exc)
        return None
    dlg = EntryDialog(entry, parent, attachment_note=note)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg


class DrillDownDialog(QDialog):
    """The journal lines behind a statement line, with their running balance."""

    def __init__(self, ctx, *, title: str, codes: tuple[str, ...], date_from: dt.date,
                 date_to: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("drillDown")
        self.setWindowTitle(title)
        self.resize(860, 480)
        rows = accounting.account_entries(ctx.db, account_codes=list(codes), date_from=date_from,
                                          date_to=date_to)
        self.rows = rows
        head = QLabel(self.tr("{title}\nAkun {codes} · {start} – {end} · {n} baris jurnal").format(
            title=title, codes=", ".join(codes),
            start=format_date_id(date_from) if date_from > EARLIEST else self.tr("awal"),
            end=format_date_id(date_to), n=len(rows)))
        head.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Tanggal"), lambda r: r.date, "date"),
            Column(self.tr("No. jurnal"), lambda r: r.number),
            Column(self.tr("Keterangan"), lambda r: r.description),
            Column(self.tr("Debit"), lambda r: r.debit or None, "money"),
            Column(self.tr("Kredit"), lambda r: r.credit or None, "money"),
            Column(self.tr("Saldo"), lambda r: r.balance, "money"),
        ], self, key=lambda r: r.entry_id)
        self.model.set_rows(rows)
        self.table = ReportTable()
        self.table.setObjectName("drillTable")
        self.table.setModel(self.model)
        self.table.fit({0: 135, 1: 130, 3: 110, 4: 110, 5: 120}, stretch=2)
        self.table.open_requested.connect(lambda entry_id: open_entry(self, ctx, entry_id))
        total_d = sum(r.debit for r in rows)
        total_c = sum(r.credit for r in rows)
        foot = QLabel(self.tr("Jumlah debit {d} · kredit {c} · klik dua kali untuk melihat jurnalnya")
                      .format(d=format_rupiah(total_d), c=format_rupiah(total_c)))
        foot.setObjectName("pageHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))  # Qt has no Indonesian
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addWidget(foot)
        lay.addWidget(buttons)


class StatementsTab(QWidget):
    REPORTS = ("balance-sheet", "income-statement", "equity-changes", "trial-balance",
               "cash-book", "general-ledger")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: Any = None
        self.notice = NoticeBar()

        self.chooser = QListWidget()
        self.chooser.setObjectName("reportChooser")
        self.chooser.setMaximumWidth(240)
        names = {
            "balance-sheet": self.tr("Neraca (posisi keuangan)"),
            "income-statement": self.tr("Perhitungan hasil usaha"),
            "equity-changes": self.tr("Perubahan ekuitas"),
            "trial-balance": self.tr("Neraca saldo"),
            "cash-book": self.tr("Buku kas harian"),
            "general-ledger": self.tr("Buku besar per akun"),
        }
        self.names = names
        for key in self.REPORTS:
            item = QListWidgetItem(names[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.chooser.addItem(item)

        self.period = PeriodBar()
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.account.setMinimumWidth(260)
        self.account_label = QLabel(self.tr("Akun"))
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setObjectName("showReport")
        self.show_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Pratinjau / cetak PDF"))
        self.pdf_button.setObjectName("pdf")
        self.xlsx_button = QPushButton(self.tr("Simpan Excel"))
        self.xlsx_button.setObjectName("xlsx")

        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold; color: #12503f;")
        self.summary = QLabel()
        self.summary.setObjectName("pageHint")
        self.summary.setWordWrap(True)
        self.model = RowsModel([], self, key=lambda r: r.key, bold=lambda r: r.bold,
                               indent=lambda r: r.indent)
        self.table = ReportTable()
        self.table.setObjectName("statementTable")
        self.table.setModel(self.model)
        self.table.open_requested.connect(self.drill)

        controls = QHBoxLayout()
        controls.addWidget(self.period, 1)
        controls.addWidget(self.account_label)
        controls.addWidget(self.account)
        controls.addWidget(self.show_button)
        actions = QHBoxLayout()
        actions.addWidget(self.title, 1)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.xlsx_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(controls)
        rl.addLayout(actions)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.summary)
        split = QSplitter()
        split.addWidget(self.chooser)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 900])
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(split, 1)

        self.chooser.currentRowChanged.connect(lambda _r: self._kind_changed())
        self.show_button.clicked.connect(self.refresh)
        self.period.changed.connect(self.refresh)
        self.account.currentIndexChanged.connect(lambda _i: self._account_changed())
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self._accounts_loaded = False
        self.chooser.setCurrentRow(0)

    # ------------------------------------------------------------ state
    def kind(self) -> str:
        item = self.chooser.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else self.REPORTS[0]

    def select_report(self, kind: str) -> None:
        self.chooser.setCurrentRow(self.REPORTS.index(kind))

    def _load_accounts(self) -> None:
        if self._accounts_loaded:
            return
        self.account.blockSignals(True)
        self.account.clear()
        for acc in accounting.list_accounts(self.ctx.db):
            self.account.addItem(f"{acc.code} {acc.name}", acc.code)
        self.account.blockSignals(False)
        self._accounts_loaded = True

    def _kind_changed(self) -> None:
        kind = self.kind()
        needs_account = kind in ("general-ledger", "cash-book")
        if needs_account:
            self._load_accounts()
            if kind == "cash-book":
                i = self.account.findData("1101")
                if i >= 0:
                    self.account.blockSignals(True)
                    self.account.setCurrentIndex(i)
                    self.account.blockSignals(False)
        self.account.setVisible(needs_account)
        self.account_label.setVisible(needs_account)
        self.refresh()

    def _account_changed(self) -> None:
        if self.kind() in ("general-ledger", "cash-book") and self.account.count():
            self.refresh()

    def on_changes(self, changes) -> None:
        if changes.touches("ledger", "books", "savings", "repayments", "credits", "lenders"):
            if self.isVisible():
                self.refresh()

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        kind = self.kind()
        date_from, date_to = self.period.period()
        try:
            lines, columns, title, summary = self._build(kind, date_from, date_to)
        except Exception as exc:  # noqa: BLE001 - a report that cannot be made says why, in place
            self.model.set_rows([])
            self.title.setText(self.names[kind])
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.setText(str(getattr(exc, "message", exc)))
            return
        self.summary.setStyleSheet("")
        self.model.set_columns(columns)
        self.model.set_rows(lines)
        self.title.setText(title)
        self.summary.setText(summary)
        widths, stretch = {1: 70}, 0  # the label column takes the room left
        if kind in ("trial-balance", "equity-changes"):
            widths, stretch = {0: 60}, 1
        if kind in ("cash-book", "general-ledger"):
            widths, stretch = {0: 120, 1: 130}, 2
        for col in range(len(columns)):
            if columns[col].kind == "money":
                widths[col] = 118 if kind == "trial-balance" else 150
        self.table.fit(widths, stretch=stretch)

    def _build(self, kind: str, date_from: dt.date, date_to: dt.date):
        db = self.ctx.db
        amount = self.tr("Jumlah")
        if kind == "balance-sheet":
            compare = dt.date(date_to.year - 1, 12, 31)
            bs = accounting.balance_sheet(db, as_of=date_to, compare_as_of=compare)
            lines = self._statement_lines(bs.sections, EARLIEST, date_to, bs.compare)
            columns = [Column(self.tr("Pos"), lambda r: r.label), Column(self.tr("Akun"), lambda r: r.code),
                       Column(format_date_id(date_to), lambda r: r.amount, "money"),
                       Column(format_date_id(compare), lambda r: r.compare, "money")]
            state = self.tr("seimbang") if bs.balanced else self.tr("TIDAK SEIMBANG")
            summary = self.tr("Jumlah aset {a} · jumlah liabilitas dan ekuitas {b} · {state}").format(
                a=format_rupiah(bs.total_assets), b=format_rupiah(bs.total_liabilities_equity), state=state)
            title = self.tr("Laporan posisi keuangan per {date}").format(date=format_date_id(date_to))
            return lines, columns, title, summary
        if kind == "income-statement":
            st = accounting.income_statement(db, date_from=date_from, date_to=date_to)
            lines = self._statement_lines(st.sections, date_from, date_to, None)
            lines.append(Line(self.tr("SISA HASIL USAHA (SHU)"), amount=st.surplus, bold=True))
            columns = [Column(self.tr("Pos"), lambda r: r.label), Column(self.tr("Akun"), lambda r: r.code),
                       Column(amount, lambda r: r.amount, "money")]
            summary = self.tr("Pendapatan {i} · beban {e} · SHU {s}").format(
                i=format_rupiah(st.total_income), e=format_rupiah(st.total_expense),
                s=format_rupiah(st.surplus))
            title = self.tr("Perhitungan hasil usaha {start} – {end}").format(
                start=format_date_id(date_from), end=format_date_id(date_to))
            return lines, columns, title, summary
        if kind == "equity-changes":
            ec = accounting.equity_changes(db, date_from=date_from, date_to=date_to)
            lines = [Line(r.name, code=r.code, extra=(r.opening, r.increase, r.decrease, r.closing),
                          key=("accounts", tuple(r.account_codes) or (r.code,), r.name, date_from, date_to)
                          if (r.account_codes or r.code) else None) for r in ec.rows]
            lines.append(Line(self.tr("Jumlah ekuitas"), bold=True, extra=tuple(
                sum(line.extra[i] for line in lines) for i in range(4))))
            columns = [Column(self.tr("Akun"), lambda r: r.code), Column(self.tr("Ekuitas"), lambda r: r.label),
                       Column(self.tr("Saldo awal"), lambda r: r.extra[0], "money"),
                       Column(self.tr("Penambahan"), lambda r: r.extra[1], "money"),
                       Column(self.tr("Pengurangan"), lambda r: r.extra[2], "money"),
                       Column(self.tr("Saldo akhir"), lambda r: r.extra[3], "money")]
            title = self.tr("Laporan perubahan ekuitas {start} – {end}").format(
                start=format_date_id(date_from), end=format_date_id(date_to))
            return lines, columns, title, ""
        if kind == "trial-balance":
            tb = accounting.trial_balance_report(db, date_from=date_from, date_to=date_to)
            lines = [Line(r.name, code=r.code, extra=(r.opening_debit, r.opening_credit, r.debit, r.credit,
                                                       r.closing_debit, r.closing_credit),
                          key=("accounts", (r.code,), f"{r.code} {r.name}", date_from, date_to))
                     for r in tb.rows]
            lines.append(Line(self.tr("Jumlah"), bold=True, extra=tuple(
                sum(line.extra[i] for line in lines) for i in range(6))))
            heads = [self.tr("Saldo awal D"), self.tr("Saldo awal K"), self.tr("Mutasi debit"),
                     self.tr("Mutasi kredit"), self.tr("Saldo akhir D"), self.tr("Saldo akhir K")]
            columns = [Column(self.tr("Akun"), lambda r: r.code), Column(self.tr("Nama akun"), lambda r: r.label)]
            columns += [Column(h, _extra_getter(i), "money") for i, h in enumerate(heads)]
            state = self.tr("seimbang") if tb.balanced else self.tr("TIDAK SEIMBANG")
            title = self.tr("Neraca saldo {start} – {end}").format(
                start=format_date_id(date_from), end=format_date_id(date_to))
            return lines, columns, title, self.tr("Neraca saldo {state}.").format(state=state)
        # cash book and general ledger: one account's lines with a running balance
        code = self.account.currentData() or "1101"
        if kind == "cash-book":
            gl = accounting.cash_book(db, date_from=date_from, date_to=date_to, account_code=code)
        else:
            gl = accounting.general_ledger(db, account_code=code, date_from=date_from, date_to=date_to)
        lines = [Line(self.tr("Saldo awal"), extra=(None, "", None, None, gl.opening), bold=True)]
        lines += [Line(r.description, code=r.number, extra=(r.date, r.number, r.debit or None,
                                                            r.credit or None, r.balance),
                       key=("entry", r.entry_id)) for r in gl.rows]
        lines.append(Line(self.tr("Saldo akhir"), bold=True, extra=(
            None, "", sum(r.debit for r in gl.rows), sum(r.credit for r in gl.rows), gl.closing)))
        columns = [Column(self.tr("Tanggal"), lambda r: r.extra[0], "date"),
                   Column(self.tr("No. jurnal"), lambda r: r.extra[1]),
                   Column(self.tr("Keterangan"), lambda r: r.label),
                   Column(self.tr("Debit"), lambda r: r.extra[2], "money"),
                   Column(self.tr("Kredit"), lambda r: r.extra[3], "money"),
                   Column(self.tr("Saldo"), lambda r: r.extra[4], "money")]
        name = self.names[kind] if kind == "cash-book" else self.tr("Buku besar")
        title = self.tr("{name} {code} {account} · {start} – {end}").format(
            name=name, code=gl.code, account=gl.name, start=format_date_id(date_from),
            end=format_date_id(date_to))
        summary = self.tr("{n} transaksi · klik dua kali sebuah baris untuk melihat jurnalnya").format(
            n=len(gl.rows))
        return lines, columns, title, summary

    def _statement_lines(self, sections, date_from, date_to, compare) -> list[Line]:
        compare_lines: dict[tuple[str, str], int] = {}
        compare_totals: dict[str, int] = {}
        if compare is not None:
            for sec in compare.sections:
                compare_totals[sec.title] = sec.total
                for line in sec.lines:
                    compare_lines[(sec.title, line.label)] = line.amount
        compare_groups = {(sec.title, g.title): g.total for sec in compare.sections
                          for g in sec.groups} if compare is not None else {}
        out: list[Line] = []

        def add(sec, lines, indent: int) -> None:
            for line in lines:
                codes = tuple(line.account_codes) or ((line.code,) if line.code else ())
                key = ("accounts", codes, line.label, date_from, date_to) if codes else None
                out.append(Line(line.label, code=line.code or "", amount=line.amount,
                                compare=compare_lines.get((sec.title, line.label)) if compare else None,
                                key=key, bold=line.is_total, indent=line.level + indent))

        for sec in sections:
            out.append(Line(sec.title.upper(), bold=True))
            if sec.groups:  # the balance sheet's SAK EP groups, each with its subtotal (issue 18)
                for g in sec.groups:
                    out.append(Line(g.title, bold=True, indent=1))
                    add(sec, [x for x in sec.lines if x.group == g.title], 2)
                    out.append(Line(self.tr("Jumlah {section}").format(section=g.title.lower()), amount=g.total,
                                    compare=compare_groups.get((sec.title, g.title)), bold=True, indent=1))
            else:
                add(sec, sec.lines, 1)
            out.append(Line(self.tr("Jumlah {section}").format(section=sec.title.lower()),
                            amount=sec.total, compare=compare_totals.get(sec.title), bold=True))
        return out

    def drill(self, key) -> QDialog | None:
        if not key:
            return None
        if key[0] == "entry":
            return open_entry(self, self.ctx, key[1])
        _tag, codes, label, date_from, date_to = key
        try:
            dlg = DrillDownDialog(self.ctx, title=label, codes=codes, date_from=date_from,
                                  date_to=date_to, parent=self)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    # ------------------------------------------------------------ exporting
    def _export_args(self) -> dict:
        date_from, date_to = self.period.period()
        kind = self.kind()
        return dict(report=kind, date_from=date_from, date_to=date_to,
                    account_code=self.account.currentData() if kind in ("general-ledger", "cash-book") else None)

    def preview_pdf(self):
        args = self._export_args()
        db = self.ctx.db
        name = f"{args['report']}-{args['date_to'].isoformat()}.pdf"
        return show_pdf(self.ctx, self, lambda p: accounting_docs.write_statement_pdf(db, path=p, **args),
                        title=self.names[args["report"]], filename=name)

    def save_xlsx(self, path: str | None = None):
        args = self._export_args()
        db = self.ctx.db
        name = f"{args['report']}-{args['date_to'].isoformat()}.xlsx"
        return export_xlsx(self.ctx, self, lambda p: accounting_docs.write_statement_xlsx(db, path=p, **args),
                           suggested=name, notice=self.notice, path=path)
