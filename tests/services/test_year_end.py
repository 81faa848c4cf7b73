"""Year-end close, the closed-period lock and reopening (services/year_end.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.books import YearClose
from kamura_desktop.db.models.core import AuditEntry, JournalEntry, JournalLine
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import journal, ledger, repayments, savings, settings, year_end
from kamura_desktop.services.ledger import Line
from tests.services.test_repayments import Lending
from tests.services.test_shu import build_year, entry_lines

Y = 2024


def counts(db) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))
                     for m in (JournalEntry, JournalLine, SavingsTransaction, Repayment))


def close_entry_id(db, year: int) -> int:
    with db.read() as s:
        return s.scalar(select(YearClose.entry_id).where(YearClose.year == year,
                                                         YearClose.reopened_at.is_(None)))


def test_close_moves_income_and_expenses_to_shu_tahun_berjalan(db, actors):
    build_year(db, actors)
    chair = actors["ketua"]
    with pytest.raises(UserError, match="2023 masih terbuka"):
        year_end.close_year(db, actor=chair, year=Y)
    first = year_end.close_year(db, actor=chair, year=2023).value
    assert (first.year, first.surplus, first.entry_number) == (2023, 0, None)  # no income yet
    done = year_end.close_year(db, actor=chair, year=Y).value
    assert (done.closed_on, done.surplus, done.closed_by) == (dt.date(2024, 12, 31), 468_000, "Uji Ketua")
    # 18.000 jasa + 1.000.000 printing − 150.000 ATK − 400.000 honor (see test_shu)
    assert entry_lines(db, close_entry_id(db, Y)) == {
        Acc.PENDAPATAN_JASA_DANA_BERGULIR: (18_000, 0), Acc.PENDAPATAN_PERCETAKAN: (1_000_000, 0),
        Acc.BEBAN_ATK_CETAK: (0, 150_000), Acc.BEBAN_HONOR: (0, 400_000),
        Acc.SHU_TAHUN_BERJALAN: (0, 468_000)}
    with db.read() as s:
        entry = s.get(JournalEntry, close_entry_id(db, Y))
        assert (entry.date, entry.source_type) == (dt.date(2024, 12, 31), "year_close")
    assert settings.get_setting(db, "books.closed_through") == "2024-12-31"
    assert year_end.year_is_closed(db, Y) and not year_end.year_is_closed(db, 2025)
    balances = {b.code: b.balance for b in ledger.account_balances(db, as_of=dt.date(2024, 12, 31))}
    assert all(balances[c] == 0 for c in (Acc.PENDAPATAN_JASA_DANA_BERGULIR, Acc.BEBAN_HONOR,
                                           Acc.BEBAN_ATK_CETAK, Acc.PENDAPATAN_PERCETAKAN))
    assert balances[Acc.SHU_TAHUN_BERJALAN] == 468_000
    # the surplus of the closed year is still its income statement (close entries left out)
    with db.read() as s:
        assert year_end.surplus_in_session(s, Y) == 468_000

    opening = year_end.opening_balances(db, 2025)
    assert opening.previous_year_closed and opening.total_debit == opening.total_credit
    rows = {r.code: (r.debit, r.credit) for r in opening.rows}
    assert rows[Acc.SHU_TAHUN_BERJALAN] == (0, 468_000)
    assert rows[Acc.KAS] == (balances[Acc.KAS], 0)
    assert not any(code.startswith(("4", "5")) for code in rows)

    with pytest.raises(UserError, match="sudah ditutup"):
        year_end.close_year(db, actor=chair, year=Y)
    with pytest.raises(UserError, match="belum berakhir"):
        year_end.close_year(db, actor=chair, year=dt.date.today().year)


def test_opening_balances_of_an_open_year_fold_the_result_into_shu(db, actors):
    build_year(db, actors)
    opening = year_end.opening_balances(db, 2025)
    assert not opening.previous_year_closed
    assert {r.code: r.credit for r in opening.rows}[Acc.SHU_TAHUN_BERJALAN] == 468_000
    assert opening.total_debit == opening.total_credit


def test_closed_year_refuses_backdated_savings_repayment_and_journal(db, actors):
    lend = Lending(db, actors)
    c = lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 1, 8), instalments=3, rate_bp=200)[0]
    for year in (2023, 2024):
        year_end.close_year(db, actor=actors["ketua"], year=year)
    before = counts(db)
    with pytest.raises(UserError, match="sudah ditutup") as err:
        savings.record_deposit(db, actor=actors["petugas"], member_id=c.member_id, kind="sukarela",
                               amount=10_000, on_date=dt.date(2024, 11, 30))
    assert err.value.code == "closed_period"
    assert "31 Desember 2024" in err.value.message
    with pytest.raises(UserError, match="sudah ditutup"):
        repayments.record_repayment(db, actor=actors["petugas"], credit_id=c.id, amount=106_000,
                                    on_date=dt.date(2024, 2, 8))
    with pytest.raises(UserError, match="sudah ditutup"):
        journal.post_manual_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 12, 31),
                                  description="Honor Desember",
                                  lines=[Line(Acc.BEBAN_HONOR, debit=1), Line(Acc.KAS, credit=1)])
    assert counts(db) == before  # nothing written
    # the open period takes them
    repayments.record_repayment(db, actor=actors["petugas"], credit_id=c.id, amount=106_000,
                                on_date=dt.date(2025, 1, 2))


def test_reopen_only_by_admin_with_reason_then_close_again(db, actors):
    build_year(db, actors)
    chair, admin = actors["ketua"], actors["admin"]
    year_end.close_year(db, actor=chair, year=2023)
    year_end.close_year(db, actor=chair, year=Y)
    first_entry = close_entry_id(db, Y)
    for role in ("petugas", "bendahara", "ketua"):
        with pytest.raises(PermissionDenied):
            year_end.reopen_year(db, actor=actors[role], year=Y, reason="koreksi")
    with pytest.raises(UserError, match="Alasan"):
        year_end.reopen_year(db, actor=admin, year=Y, reason="  ")
    with pytest.raises(UserError, match="buka kembali tahun 2024 lebih dulu"):
        year_end.reopen_year(db, actor=admin, year=2023, reason="koreksi")
    with pytest.raises(PermissionDenied):
        year_end.close_year(db, actor=actors["bendahara"], year=2025)

    reopened = year_end.reopen_year(db, actor=admin, year=Y, reason="nota honor Desember tertinggal").value
    assert reopened.reopen_reason == "nota honor Desember tertinggal" and not reopened.active
    assert settings.get_setting(db, "books.closed_through") == "2023-12-31"
    with db.read() as s:
        rev = s.scalar(select(JournalEntry).where(JournalEntry.reversal_of_id == first_entry))
        assert (rev.date, rev.source_type) == (dt.date(2024, 12, 31), "year_close")
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "period.reopen"))
        assert "nota honor Desember tertinggal" in audit.summary and audit.username == "admin"
    balances = {b.code: b.balance for b in ledger.account_balances(db, as_of=dt.date(2024, 12, 31))}
    assert balances[Acc.SHU_TAHUN_BERJALAN] == 0 and balances[Acc.BEBAN_HONOR] == 400_000

    journal.post_manual_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 12, 31),
                              description="Honor Desember",
                              lines=[Line(Acc.BEBAN_HONOR, debit=100_000), Line(Acc.KAS, credit=100_000)])
    again = year_end.close_year(db, actor=chair, year=Y).value
    assert again.surplus == 368_000
    closes = year_end.list_year_closes(db)
    assert [(c.year, c.active) for c in closes] == [(2024, True), (2024, False), (2023, True)]
    assert ledger.balance_of(db, Acc.SHU_TAHUN_BERJALAN, as_of=dt.date(2024, 12, 31)) == 368_000
    assert ledger.ledger_problems(db) == []


def test_close_rows_are_never_deleted_or_rewritten(db, actors):
    year_end.close_year(db, actor=actors["ketua"], year=2023)
    with db.engine.begin() as conn, pytest.raises(Exception, match="tidak boleh"):
        conn.exec_driver_sql("DELETE FROM year_closes")
    with db.engine.begin() as conn, pytest.raises(Exception, match="tidak boleh"):
        conn.exec_driver_sql("UPDATE year_closes SET surplus = 1")
