"""The status bar on the office server. The weekly full check: this PC holds no database
file, so the window never runs the file check on the server's name (it reported "database RUSAK … tidak
ditemukan" and a warning box at every start); the status bar says the server PC checks it
('kamura check', scheduled with the pg_dump backups). Closing the window makes no
backup on the server, and the backup line's tooltip says why. On the real test server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.tasks import TaskRunner

from .helpers import MessageBoxWatcher


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_the_window_on_the_server_raises_no_false_damage_alarm(qtbot, db, actors):
    ctx = AppContext(db=db, db_path=Path(db.label), actor=actors["bendahara"],
                     hub=SignalHub(), tasks=TaskRunner())
    watcher = MessageBoxWatcher()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.check_when_due() is None  # nothing started in the background
        # a check that did start would show its box when its task ended: every task waited
        # for and what they posted delivered (issue 20: was a fixed 1,6 s, which never
        # reached the window's own first check at 3 s either). On the code before the fix
        # this fails as the fixed wait did: 3 runs of 3, at the assertion above.
        ctx.tasks.wait_all()
        QApplication.processEvents()
        QApplication.processEvents()
    finally:
        watcher.stop()
        ctx.hub.stop_following()
    assert watcher.seen == []  # no "Database bermasalah" box
    assert window.check_label.text() == "Pemeriksaan lengkap: di komputer server"
    assert "RUSAK" not in window.check_label.text()
    assert "kamura check" in window.check_label.toolTip()


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_the_status_bar_explains_that_closing_makes_no_backup_on_the_server(qtbot, db, actors):
    ctx = AppContext(db=db, db_path=Path(db.label), actor=actors["bendahara"],
                     hub=SignalHub(), tasks=TaskRunner())
    window = MainWindow(ctx, backup_on_close=True)
    qtbot.addWidget(window)
    window.show()
    try:
        tip = window.backup_label.toolTip()
        assert "menutup program di komputer ini tidak membuat cadangan" in tip
        assert "kamura backup" in tip and "pg_dump" in tip
        assert window.close()  # and indeed: closed at once, no copy made
    finally:
        ctx.hub.stop_following()
