"""Importing a filled-in Excel template, checked before anything is replaced.

1. A dry run (``evaluation_io.import_round_answers`` / ``import_income_rows`` with
   ``dry_run=True``) reads the file and checks it against the books on a worker thread; a
   problem comes back as the service's message naming the sheet, row and column, and
   nothing is written.
2. Otherwise the clerk sees what the file holds and confirms that it replaces what the round
   (or survey) has now.
3. The import proper, all or nothing; its change notice goes out on the hub.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import evaluation_io

from ..messages import show_error


class ImportFlow(QObject):
    imported = Signal(object)  # the RoundDTO / IncomeSurveyDTO after the import
    checked = Signal(object)  # the dry run's result, before the question

    def __init__(self, ctx, parent: QWidget, *, kind: str):
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.kind = kind  # "round" or "income"
        self.last_error: BaseException | None = None
        self.preview: Any = None

    def _import(self, target_id: int) -> tuple[Any, dict[str, int]]:
        """The service's import and its target argument."""
        if self.kind == "round":
            return evaluation_io.import_round_answers, {"round_id": target_id}
        return evaluation_io.import_income_rows, {"survey_id": target_id}

    def _call(self, target_id: int, path: Path, *, dry_run: bool):
        write, target = self._import(target_id)
        return write(self.ctx.db, actor=self.ctx.actor, path=path, dry_run=dry_run, **target)

    def start(self, path: Path, *, target_id: int, replaces: int, title: str):
        self.last_error = None
        self.preview = None

        def checked(outcome) -> None:
            self.preview = outcome.value
            self.checked.emit(outcome.value)
            if self.confirm(outcome.value, path=path, replaces=replaces, title=title):
                self.run(path, target_id=target_id)

        return self.ctx.tasks.run(lambda: self._call(target_id, path, dry_run=True),
                                  label=self.tr("Memeriksa berkas Excel…"),
                                  parent_widget=self.widget, on_done=checked,
                                  on_error=self.failed)

    def describe(self, value: Any) -> str:
        if self.kind == "round":
            return self.tr("{n} responden, {complete} di antaranya menjawab semua butir").format(
                n=value.respondents, complete=value.complete)
        pairs = sum(1 for r in value.rows if r.first is not None and r.second is not None)
        return self.tr("{n} responden, {pairs} dengan kedua nilai pendapatan").format(
            n=len(value.rows), pairs=pairs)

    def confirm(self, value: Any, *, path: Path, replaces: int, title: str) -> bool:
        text = self.tr("Berkas {file} terbaca tanpa masalah: {what}.").format(
            file=path.name, what=self.describe(value))
        if replaces:
            text += "\n\n" + self.tr("Isian \"{title}\" sekarang ({n} responden) akan diganti "
                                     "seluruhnya dengan isi berkas ini. Lanjutkan?").format(
                title=title, n=replaces)
        else:
            text += "\n\n" + self.tr("Impor ke \"{title}\"?").format(title=title)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Impor dari Excel"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.widget)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Impor"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Batal"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def run(self, path: Path, *, target_id: int):
        write, target = self._import(target_id)
        return self.ctx.perform_task(write, label=self.tr("Mengimpor dari Excel…"), source=self,
                                     parent_widget=self.widget,
                                     on_done=lambda outcome: self.imported.emit(outcome.value),
                                     on_error=self.failed, path=path, dry_run=False, **target)

    def failed(self, exc: BaseException) -> None:
        self.last_error = exc
        if isinstance(exc, UserError):
            QMessageBox.warning(self.widget, self.tr("Berkas tidak dapat diimpor"),
                                self.tr("Tidak ada yang diimpor; perbaiki berkasnya lalu coba lagi.")
                                + "\n\n" + exc.message)
        else:
            show_error(self.widget, exc)
