"""One application shown in full: group, product and terms, who prepared and decided it,
the package, the verification checklist and a line per member. Used by the Pengajuan,
Persetujuan and Pencairan tabs, each showing the columns it needs."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kamura_desktop.domain.dates import format_date_id, format_datetime_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services.credits import VERIFICATION_ITEMS, ApplicationDTO

from .labels import CreditLabels
from .models import CreditTableModel
from .widgets import GREEN, MUTED, RED, fit_columns, table_view

DEFAULT_COLUMNS = (CreditTableModel.COL_MEMBER, CreditTableModel.COL_PRINCIPAL,
                   CreditTableModel.COL_SERVICE, CreditTableModel.COL_PURPOSE,
                   CreditTableModel.COL_ELIGIBILITY, CreditTableModel.COL_STATUS)


class ApplicationDetail(QWidget):
    def __init__(self, columns: tuple[int, ...] = DEFAULT_COLUMNS, parent: QWidget | None = None):
        super().__init__(parent)
        self.labels = CreditLabels(self)
        self.application: ApplicationDTO | None = None
        self.title = QLabel()
        self.title.setObjectName("applicationTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold; color: #12503f;")
        self.title.setWordWrap(True)
        self.fields = {key: QLabel() for key in ("terms", "prepared", "decision", "package", "checks")}
        form = QFormLayout()
        form.setVerticalSpacing(3)
        for key, label in (("terms", self.tr("Syarat kredit")), ("prepared", self.tr("Disiapkan")),
                           ("decision", self.tr("Keputusan")), ("package", self.tr("Isi paket")),
                           ("checks", self.tr("Berkas"))):
            self.fields[key].setWordWrap(True)
            self.fields[key].setObjectName(f"detail_{key}")
            form.addRow(label, self.fields[key])
        self.form = form
        self.model = CreditTableModel(self)
        self.view = table_view(self.model, stretch=CreditTableModel.COL_ELIGIBILITY
                               if CreditTableModel.COL_ELIGIBILITY in columns else None)
        self.view.setObjectName("applicationCredits")
        self.view.setWordWrap(True)
        for col in range(self.model.columnCount()):
            self.view.setColumnHidden(col, col not in columns)
        fit_columns(self.view, {CreditTableModel.COL_NUMBER: 116, CreditTableModel.COL_MEMBER: 200,
                                CreditTableModel.COL_PRINCIPAL: 88, CreditTableModel.COL_SERVICE: 64,
                                CreditTableModel.COL_PURPOSE: 130, CreditTableModel.COL_FUNDED: 88,
                                CreditTableModel.COL_GAP: 88, CreditTableModel.COL_STATUS: 90})
        self.summary = QLabel()
        self.summary.setObjectName("applicationSummary")
        self.summary.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(form)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)

    def set_application(self, a: ApplicationDTO | None) -> None:
        self.application = a
        if a is None:
            self.title.clear()
            for label in self.fields.values():
                label.clear()
            self.model.set_rows([])
            self.summary.clear()
            return
        self.title.setText(self.tr("{number} · {code} {group} · {product}").format(
            number=a.number, code=a.group_code, group=a.group_name, product=a.product_name))
        self.fields["terms"].setText(self.labels.terms(
            instalments=a.instalments, frequency=a.frequency, service_mode=a.service_mode,
            rate_bp=a.rate_bp, service_fixed=a.service_fixed) + " · "
            + self.labels.product_kind(a.kind))
        self.fields["prepared"].setText(self.tr("{name}, {when}").format(
            name=a.prepared_by_name, when=format_datetime_id(a.prepared_at)))
        decision = self.labels.app_status(a.status)
        if a.decided_by_name:
            decision += " " + self.tr("oleh {name}").format(name=a.decided_by_name)
        if a.decision_reason:
            decision += f" — “{a.decision_reason}”"
        if a.disbursed_on:
            decision += " · " + self.tr("dicairkan {date}").format(date=format_date_id(a.disbursed_on))
        self.fields["decision"].setText(decision)
        self.fields["decision"].setStyleSheet(
            f"color: {RED};" if a.status in ("rejected", "cancelled") else "")
        in_kind = a.kind == "in_kind"
        self.fields["package"].setText(", ".join(a.package_items) or "-")
        self.form.setRowVisible(self.fields["package"], in_kind)
        done = [i for i in VERIFICATION_ITEMS if a.verification.get(i)]
        missing = [i for i in VERIFICATION_ITEMS if not a.verification.get(i)]
        parts = ["✔ " + self.labels.verification_item(i) for i in done]
        parts += ["✘ " + self.labels.verification_item(i) for i in missing]
        self.fields["checks"].setText("   ".join(parts))
        self.fields["checks"].setStyleSheet(f"color: {MUTED};" if missing else f"color: {GREEN};")
        self.model.set_rows(a.credits)
        self.view.resizeRowsToContents()
        bad = [c for c in a.credits if c.eligibility]
        text = self.tr("{n} anggota, jumlah {total}").format(
            n=len(a.credits), total=format_rupiah(a.total_principal))
        if a.status == "submitted":
            if bad:
                text += " — " + self.tr("{n} anggota belum memenuhi syarat saat diajukan.").format(n=len(bad))
            else:
                text += " — " + self.tr("semua memenuhi syarat saat diajukan.")
        self.summary.setText(text)
        self.summary.setStyleSheet(f"font-weight: bold; color: {RED if bad and a.status == 'submitted' else '#12503f'};")
