"""Issue 18: the balance sheet on the Laporan keuangan tab shows the SAK EP groups with their
subtotals beside the year before, as the printout does (the demo at 31 December 2025)."""

from __future__ import annotations

from kamura_desktop.services import users

from .test_reports_page import find_row, make_page


def test_the_screen_groups_the_balance_sheet_as_the_printout(qtbot, demo_db,
                                                               fast_passwords):
    chair = users.authenticate(demo_db, "ketua", "ketua123")
    tab = make_page(qtbot, demo_db, chair).statements
    tab.period.set_year(2025)
    tab.select_report("balance-sheet")
    model = tab.model
    rows = [model.index(r, 0).data().strip() for r in range(model.rowCount())]
    assert rows.index("Aset lancar") < rows.index("Kas") < rows.index("Jumlah aset lancar") < rows.index(
        "Aset tidak lancar") < rows.index("Jumlah aset")
    total = find_row(model, "Jumlah aset lancar")
    assert (model.index(total, 2).data(), model.index(total, 3).data()) == ("Rp120.241.000", "Rp107.235.000")
    short = find_row(model, "Jumlah liabilitas jangka pendek")
    assert model.index(short, 2).data() == "Rp40.951.960"
    assert "Piutang pinjaman bersih" not in rows and "SHU Tahun Berjalan" not in rows
    surplus = find_row(model, "Sisa hasil usaha tahun berjalan")
    assert (model.index(surplus, 2).data(), model.index(surplus, 3).data()) == ("Rp236.000", "Rp1.453.040")
