"""The RAT of the year typed on the Laporan tahunan tab (issue 18): the chair records the
number, date, place and the book's texts; a date outside the year after is refused with the
service's words; the clerk cannot save."""

from __future__ import annotations

import datetime as dt

from kamura_desktop.services import rat_book

from .helpers import MessageBoxWatcher
from .test_reports_page import make_page


def test_the_chair_records_the_rat_on_the_annual_tab(qtbot, db, actors, tmp_path):
    clerk = make_page(qtbot, db, actors["petugas"]).show_tab(4)
    assert not clerk.rat.save_button.isEnabled()

    tab = make_page(qtbot, db, actors["ketua"]).show_tab(4)
    tab.year.setValue(2024)
    box = tab.rat
    assert "Belum dicatat" in box.info.text() and not box.held_on.isEnabled()
    box.number.setText("ke-7")
    box.has_date.setChecked(True)
    box.held_on.set_value(dt.date(2025, 2, 15))
    box.place.setText("Balai Desa Mekarmukti")
    box.pengawas.setPlainText("Pengawas memeriksa kas setiap triwulan.")
    assert box.save() is not None
    saved = rat_book.get_rat_book(db, year=2024)
    assert (saved.number, saved.held_on, saved.place) == ("ke-7", dt.date(2025, 2, 15), "Balai Desa Mekarmukti")
    assert saved.pengawas_report == "Pengawas memeriksa kas setiap triwulan."
    assert "disimpan" in box.info.text()

    box.held_on.set_value(dt.date(2024, 12, 30))  # before the year being reported on has ended
    watcher = MessageBoxWatcher()
    try:
        assert box.save() is None
    finally:
        watcher.stop()
    assert rat_book.get_rat_book(db, year=2024).held_on == dt.date(2025, 2, 15)  # nothing half-saved
    shown = " ".join(watcher.texts) + " " + " ".join(w.text() for w in box.findChildren(type(box.info)))
    assert "di luar tahun 2025" in shown

    tab.year.setValue(2023)  # another year: its own (empty) record
    assert box.number.text() == "" and box.pengawas.toPlainText() == ""
    tab.year.setValue(2024)
    assert box.number.text() == "ke-7"
    box.resize(900, 700)
    box.show()
    qtbot.waitExposed(box)
    assert box.grab().save(str(tmp_path / "rat-box.png"))  # looked at while building (issue 18)
