"""Kesehatan KSP: the health assessment as the chair runs it — a date and a scheme, the
components with their ratios and scores, each ratio's formula with the figures and accounts
it used, the management/governance checklist answered here, the total and the predicate
beside the previous saved assessment; save (chair), print or save as PDF, Excel.

The ratios are computed off the UI thread; ticking a checklist question rescores at once (no
database read); Save keeps the answers.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain import health as rules
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import health
from kamura_desktop.services.permissions import allowed

from ..messages import show_error
from ..widgets import DateEdit, why_disabled
from .common import NoticeBar, export_xlsx, show_pdf

CODE_ROLE = Qt.ItemDataRole.UserRole


class HealthTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result = None
        self._filling = False
        self.notice = NoticeBar()
        today = dt.date.today()
        self.as_of = DateEdit(dt.date(today.year - 1, 12, 31), maximum=today)
        self.as_of.setObjectName("healthAsOf")
        self.scheme = QComboBox()
        self.scheme.setObjectName("healthScheme")
        for s in rules.SCHEMES.values():
            self.scheme.addItem(s.short, s.code)
        self.scheme.setToolTip(self.tr("Skema penilaian yang dipakai Dinas Koperasi"))
        self.run_button = QPushButton(self.tr("Hitung"))
        self.run_button.setObjectName("healthRun")
        self.run_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Simpan penilaian"))
        self.save_button.setObjectName("healthSave")
        self.pdf_button = QPushButton(self.tr("Pratinjau / cetak PDF"))
        self.pdf_button.setObjectName("healthPdf")
        self.xlsx_button = QPushButton(self.tr("Simpan Excel"))
        self.xlsx_button.setObjectName("healthXlsx")
        self.verdict = QLabel()
        self.verdict.setObjectName("healthVerdict")
        self.verdict.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.compare = QLabel()
        self.compare.setObjectName("healthCompare")
        self.compare.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("healthTree")
        self.tree.setHeaderLabels([self.tr("Aspek / komponen"), self.tr("Rasio"), self.tr("Nilai"),
                                   self.tr("Bobot"), self.tr("Skor")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("healthDetail")
        self.checklist = QTreeWidget()
        self.checklist.setObjectName("healthChecklist")
        self.checklist.setHeaderLabels([self.tr("Pertanyaan (centang bila ya)")])
        self.side = QTabWidget()
        self.side.addTab(self.detail, self.tr("Rincian rasio"))
        self.side.addTab(self.checklist, self.tr("Daftar periksa"))
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Posisi per")))
        top.addWidget(self.as_of)
        top.addWidget(QLabel(self.tr("Skema")))
        top.addWidget(self.scheme)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.save_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(self.verdict)
        lay.addWidget(self.compare)
        lay.addWidget(split, 1)
        if not allowed(ctx.actor, "health.save"):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Hanya ketua yang menyimpan penilaian kesehatan."))
        why_disabled(self.run_button, self.tr("Sedang menghitung…"))
        self.run_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.tree.currentItemChanged.connect(lambda item, _prev: self.show_detail(item))
        self.checklist.itemChanged.connect(self._answer_changed)
        self.refresh()

    # ------------------------------------------------------------------ data

    def on_changes(self, changes) -> None:
        if changes.touches("books", "ledger", "repayments", "credits", "savings", "members"):
            self.refresh()

    def answers(self) -> dict[str, bool]:
        out = {}
        for i in range(self.checklist.topLevelItemCount()):
            group = self.checklist.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                out[item.data(0, CODE_ROLE)] = item.checkState(0) == Qt.CheckState.Checked
        return out

    def refresh(self):
        """Compute the assessment off the UI thread (on a big book the ledger's two aggregates
        take seconds) and show it when done; returns the task."""
        db, actor = self.ctx.db, self.ctx.actor
        as_of, scheme = self.as_of.value(), self.scheme.currentData()
        self.run_button.setEnabled(False)

        def done(result) -> None:
            self.run_button.setEnabled(True)
            self.result = result
            self._fill_checklist()
            self._show()

        def failed(exc: BaseException) -> None:
            self.run_button.setEnabled(True)
            show_error(self, exc)

        self.task = self.ctx.tasks.run(
            lambda: health.assess(db, as_of=as_of, scheme=scheme, actor=actor),
            supersedes=getattr(self, "task", None),
            label=self.tr("Menghitung rasio dari buku…"), parent_widget=self, on_done=done, on_error=failed)
        return self.task

    def _answer_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._filling or self.result is None or item.data(0, CODE_ROLE) is None:
            return
        self.result = health.rescore(self.result, self.answers())
        self._show()

    # ------------------------------------------------------------------ showing

    def _fill_checklist(self) -> None:
        self._filling = True
        self.checklist.clear()
        for aspect in self.result.aspects:
            for ind in aspect.indicators:
                if not ind.items:
                    continue
                group = QTreeWidgetItem([ind.name])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.checklist.addTopLevelItem(group)
                for code, text, yes in ind.items:
                    child = QTreeWidgetItem([text])
                    child.setData(0, CODE_ROLE, code)
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Checked if yes else Qt.CheckState.Unchecked)
                    group.addChild(child)
                group.setExpanded(True)
        self._filling = False

    def _show(self) -> None:
        a = self.result
        current = self.tree.currentItem().data(0, CODE_ROLE) if self.tree.currentItem() else None
        self.verdict.setText(self.tr("Skor {score} — {predicate}").format(
            score=rules.fmt_score(a.total), predicate=a.predicate))
        if a.previous:
            delta = a.total - a.previous.total
            self.compare.setText(self.tr("Penilaian sebelumnya per {date}: skor {score} ({predicate}); "
                                         "perubahan {delta}.").format(
                date=format_date_id(a.previous.as_of), score=rules.fmt_score(a.previous.total),
                predicate=a.previous.predicate, delta=("+" if delta > 0 else "") + rules.fmt_score(delta)))
        else:
            self.compare.setText(self.tr("Belum ada penilaian tersimpan sebelumnya untuk dibandingkan."))
        if a.saved_id is not None:
            self.compare.setText(self.compare.text() + " " + self.tr("Daftar periksa tersimpan oleh {name}.")
                                 .format(name=a.saved_by or "-"))
        credit = a.scheme.startswith("perdep")
        self.tree.clear()
        select = None
        for aspect in a.aspects:
            top = QTreeWidgetItem([aspect.name, "", "", rules.fmt_score(aspect.weight, 0),
                                   rules.fmt_score(aspect.score)])
            top.setData(0, CODE_ROLE, None)
            font = top.font(0)
            font.setBold(True)
            for col in range(5):
                top.setFont(col, font)
            self.tree.addTopLevelItem(top)
            for ind in aspect.indicators:
                ratio = (rules.fmt_pct(ind.ratio.percent) if ind.ratio is not None else ind.note)
                value = str(int(ind.value)) if ind.value.denominator == 1 else rules.fmt_score(ind.value)
                child = QTreeWidgetItem([ind.name + ("" if ind.confirmed else " *"), ratio, value,
                                         rules.fmt_score(ind.weight, 0) if credit else "",
                                         rules.fmt_score(ind.score)])
                child.setData(0, CODE_ROLE, ind.code)
                child.setToolTip(0, ind.name)
                child.setToolTip(1, ratio)
                for col in (1, 2, 3, 4):
                    child.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(child)
                if ind.code == current or (select is None and current is None and ind.ratio is not None):
                    select = child
            top.setExpanded(True)
        self.tree.setColumnWidth(0, 350)
        self.tree.setColumnWidth(1, 104)
        for col in (2, 3, 4):
            self.tree.setColumnWidth(col, 62)
        if select is not None:
            self.tree.setCurrentItem(select)

    def show_detail(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.result is None or item.data(0, CODE_ROLE) is None:
            return
        ind = self.result.indicator(item.data(0, CODE_ROLE))
        e = html.escape
        parts = [f"<h3>{e(ind.name)}</h3>"]
        if ind.ratio is not None:
            r = ind.ratio
            parts.append(f"<p><b>{e(rules.fmt_pct(r.percent))}</b> — {e(r.formula)}</p>")
            for fig in (r.numerator, r.denominator):
                money = not fig.label.startswith("Anggota")
                amount = format_rupiah(fig.amount) if money else str(fig.amount)
                parts.append(f"<p><b>{e(fig.label)}: {e(amount)}</b></p><table cellspacing='0' cellpadding='2'>")
                for p in fig.parts:
                    value = format_rupiah(p.amount) if money else str(p.amount)
                    parts.append(f"<tr><td>{e(p.code)}</td><td>{e(p.name)}</td>"
                                 f"<td align='right'>{e(value)}</td></tr>")
                parts.append("</table>")
            if r.note or ind.note:
                parts.append(f"<p><i>{e(' · '.join(x for x in (ind.note, r.note) if x))}</i></p>")
            table = next(i.table for _a, i in rules.scheme(self.result.scheme).indicators() if i.code == ind.code)
            parts.append("<p>" + e(" · ".join(table.describe())) + "</p>")
        else:
            parts.append(f"<p>{e(ind.note)}</p>")
        parts.append(f"<p style='color:#55605c'>{e(ind.source)}</p>")
        self.detail.setHtml("".join(parts))

    # ------------------------------------------------------------------ actions

    def save(self) -> None:
        outcome = self.ctx.perform(health.save_assessment, as_of=self.as_of.value(),
                                   scheme=self.scheme.currentData(), answers=self.answers(), source=self)
        if outcome is not None:
            self.result = outcome.value
            self._show()
            self.notice.show_message(self.tr("Penilaian per {date} disimpan.").format(
                date=format_date_id(self.result.as_of)))

    def preview_pdf(self):
        db, actor, result = self.ctx.db, self.ctx.actor, self.result
        if result is None:
            return None
        return show_pdf(self.ctx, self,
                        lambda p: health.write_health_pdf(db, as_of=result.as_of, scheme=result.scheme, path=p,
                                                          actor=actor, assessment=result),
                        title=self.tr("Penilaian kesehatan per {date}").format(date=format_date_id(result.as_of)),
                        filename=f"penilaian-kesehatan-{result.as_of.isoformat()}.pdf")

    def save_xlsx(self, path: str | None = None):
        db, actor, result = self.ctx.db, self.ctx.actor, self.result
        if result is None:
            return None
        return export_xlsx(self.ctx, self,
                           lambda p: health.write_health_xlsx(db, as_of=result.as_of, scheme=result.scheme,
                                                              path=p, actor=actor, assessment=result),
                           suggested=f"penilaian-kesehatan-{result.as_of.isoformat()}.xlsx", notice=self.notice,
                           path=path)
