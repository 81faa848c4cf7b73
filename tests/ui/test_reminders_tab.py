"""The Pengingat tab: the clerk sees who to remind, opens the member's WhatsApp chat with the
message filled in (through Qt's URL handling: a handler registered for https receives exactly
the link the system browser would), sees members without a number apart, prints letters."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from kamura_desktop.ui.reports.filings_tab import RemindersTab
from tests.services.test_reminders import ON, group  # noqa: F401 - the fixture

from .test_reports_page import make_page


class Browser(QObject):
    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def test_clerk_opens_whatsapp_and_sees_members_without_a_number(qtbot, db, actors, group, tmp_path):  # noqa: F811
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.show_tab(9)
    assert isinstance(tab, RemindersTab)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    tab.on_date.set_value(ON)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    assert tab.table.rowCount() == 7 and tab.without.rowCount() == 2
    assert "(2)" in tab.without_label.text()
    assert {tab.without.item(i, 7).text() for i in range(2)} == {"-"}
    tab.table.selectRow(1)
    row = tab.rows[1]
    assert row.member_name in tab.message.text() and "Rp106.000" in tab.message.text()
    tab.grab().save(str(tmp_path / "reminders_tab.png"))

    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        assert tab.open_whatsapp()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert len(browser.opened) == 1
    url = urlparse(browser.opened[0])
    assert url.netloc == "wa.me" and url.path == f"/{row.phone}"
    assert parse_qs(url.query)["text"] == [row.message]

    # per group: one row for the group, the message to its leader
    tab.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.task.is_finished, timeout=30_000)
    assert tab.table.rowCount() == 1 and tab.without.rowCount() == 0
    assert tab.table.item(0, 2).text() == "5" and tab.table.item(0, 3).text() == "Rp954.000"
    assert "ketua kelompok" in tab.message.text() and "Rp954.000" in tab.message.text()

