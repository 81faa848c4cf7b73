"""The main window builds only the page it shows first; each other page is built on its first
visit (issue 20: on a big cooperative every page loads its book, which the start should not
wait for)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.shell.main_window import MainWindow, PageFactory
from kamura_desktop.ui.tasks import TaskRunner

BUILT: list[str] = []


class _CountingPage(QWidget):
    def __init__(self, ctx, key):
        super().__init__()
        BUILT.append(key)


def _pages():
    return [(key, key.title(), lambda ctx, key=key: _CountingPage(ctx, key))
            for key in ("satu", "dua", "tiga")]


def _window(qtbot, db, actor, pages=None):
    ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
    window = MainWindow(ctx, pages, backup_on_close=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_only_the_first_page_is_built_at_start(qtbot, db, actors):
    BUILT.clear()
    window = _window(qtbot, db, actors["petugas"], _pages())
    assert BUILT == ["satu"]
    assert window.stack.count() == 3
    assert window.stack.currentWidget().objectName() == "page_satu"
    rect = window.nav.visualItemRect(window.nav.item(2))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert BUILT == ["satu", "tiga"]
    assert window.stack.currentWidget() is window.pages["tiga"]
    assert window.stack.indexOf(window.pages["tiga"]) == 2  # in its own place
    assert not window.pages.is_built("dua")
    window.go_to("satu")
    window.go_to("tiga")
    assert BUILT == ["satu", "tiga"]  # built once


def test_the_real_window_builds_the_members_page_only(qtbot, db, actors):
    window = _window(qtbot, db, actors["petugas"])
    built = [key for key in window.pages if window.pages.is_built(key)]
    assert built == ["anggota"]


def test_the_weekly_full_check_runs_in_the_background_and_shows_in_the_status_bar(qtbot, db, actors):
    import datetime as dt

    from kamura_desktop.db import database
    from kamura_desktop.services import integrity

    database.record_full_check(db.path, dt.datetime(2026, 1, 1, 8, 0))  # over a week ago
    window = _window(qtbot, db, actors["petugas"], _pages())
    assert window.check_label.text() == "Pemeriksaan lengkap: 1 Januari 2026 08.00"
    task = window.check_when_due()
    assert task is not None
    assert window.check_when_due() is None  # one at a time
    qtbot.waitUntil(lambda: task.is_finished, timeout=30_000)
    last = integrity.last_full_check(db.path)
    assert last.date() == dt.date.today()
    assert window.check_label.text().startswith("Pemeriksaan lengkap: ")
    assert "2026 08.00" not in window.check_label.text()
    assert window.check_when_due() is None  # not due again for a week


def test_a_damaged_file_found_by_the_weekly_check_is_said_without_blocking(qtbot, tmp_path, actors):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from kamura_desktop.db import database
    from kamura_desktop.services.setup import open_books

    path = tmp_path / "rusak" / "buku.sqlite"  # not the db fixture's file
    open_books(path).close()
    conn = sqlite3.connect(path)  # an index that no longer matches its table: only the
    conn.execute("PRAGMA writable_schema=ON")  # full check sees it, not the quick one at open
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_eval_items_indicator_id "
                 "ON eval_items (text)' WHERE name = 'ix_eval_items_indicator_id'")
    conn.commit()
    conn.close()
    database.record_clean_close(path)
    full_check_record = database.full_check_record(path)
    full_check_record.unlink()
    books = open_books(path)
    try:
        assert books.opening_check == "quick"
        window = _window(qtbot, books, actors["petugas"], _pages())
        task = window.check_when_due()
        qtbot.waitUntil(lambda: task.is_finished, timeout=30_000)
        assert window.check_label.text() == "Pemeriksaan lengkap: database RUSAK (lihat pesan)"
        assert "row 1 missing from index" in window.check_label.toolTip()
        box = window.findChild(QMessageBox, "checkProblem")
        assert box is not None and box.isVisible()
        assert "pulihkan dari cadangan" in box.text() and "missing from index" in box.text()
        assert not full_check_record.exists()  # a failed check is not recorded as passed
        box.close()
        window.close()
    finally:
        books.close()


# ------------------------------------------------------------------ built where they stay

class _WherePage(QWidget):
    """Notes the window its constructor's widgets were made in."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        BUILT.append(self.window())


def test_a_page_is_built_inside_the_window_not_moved_into_it(qtbot, db, actors):
    """With the program's style sheet a built widget moved into another is restyled whole
    (issue 20: a third of building the pages), so a page is built inside the window's page
    stack, and the first page once the stack is in the window."""
    BUILT.clear()
    pages = [(key, key.title(), PageFactory(lambda: _WherePage)) for key in ("satu", "dua")]
    window = _window(qtbot, db, actors["petugas"], pages)
    window.go_to("dua")
    assert BUILT == [window, window]
    assert window.pages["satu"].parentWidget() is window.stack


@pytest.mark.parametrize("page", ["lenders", "credit", "repayments", "evaluation", "reports"])
def test_each_tab_is_put_into_a_page_tabs_already_in_its_page(qtbot, db, actors, monkeypatch,
                                                              page):
    """PageTabs wraps each tab in a scroll area: the area is in the page before the tab is put
    into it, and the tabs in the page before the page adds its tabs — each tab is moved once."""
    import importlib

    from kamura_desktop.ui.widgets import PageTabs

    moved_into: list[QWidget] = []
    real_set_widget = QScrollArea.setWidget

    def set_widget(area, widget):
        if area.objectName() == "tabScroll":  # a PageTabs' own, not a tab's scroll area
            moved_into.append(area.window())
        real_set_widget(area, widget)

    monkeypatch.setattr(QScrollArea, "setWidget", set_widget)
    module = importlib.import_module(f"kamura_desktop.ui.{page}")
    cls = next(v for k, v in vars(module).items() if k.endswith("Page") and isinstance(v, type))
    ctx = AppContext(db=db, db_path=db.path, actor=actors["ketua"], hub=SignalHub(),
                     tasks=TaskRunner())
    built = cls(ctx)
    qtbot.addWidget(built)
    tabs = built.findChild(PageTabs)
    assert tabs is not None and tabs.parentWidget() is built
    assert tabs.count() >= 2 and len(moved_into) >= tabs.count()
    assert all(where is built for where in moved_into), moved_into
    assert all(tabs.scroll_area(i).widget() is tabs.widget(i) for i in range(tabs.count()))
