"""The double-entry ledger (kamura_desktop.services.ledger) on real SQLite files."""

import datetime as dt
import types

import pytest
from sqlalchemy import func, select, text

from kamura_desktop.db.models.core import (
    Account,
    AuditEntry,
    JournalEntry,
    JournalLine,
    Sequence,
)
from kamura_desktop.domain.chart import DEFAULT_CHART
from kamura_desktop.domain.errors import NotFound, PermissionDenied, UserError
from kamura_desktop.services import ledger, settings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line

from ..stock import open_cash

D = dt.date(2024, 3, 28)
SYSTEM = Actor.system()


def counts(db) -> tuple[int, int, int, int]:
    """(entries, lines, audit rows, sequence rows) in the file."""
    with db.read() as s:
        return (
            s.scalar(select(func.count(JournalEntry.id))),
            s.scalar(select(func.count(JournalLine.id))),
            s.scalar(select(func.count(AuditEntry.id))),
            s.scalar(select(func.count()).select_from(Sequence)),
        )


def audit_actions(db) -> list[tuple[str, str, str | None]]:
    with db.read() as s:
        return [(a.action, a.username, a.entity_id)
                for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def post(db, *, lines, on_date=D, description="transaksi uji", actor=SYSTEM):
    with db.write() as s:
        entry = ledger.post_entry(s, actor, on_date=on_date, description=description, lines=lines)
        return entry.id


SALE = [Line("1101", debit=150_000), Line("4101", credit=100_000), Line("4901", credit=50_000)]


def test_chart_is_seeded(db):
    codes = {b.code for b in ledger.account_balances(db)}
    assert codes == {a.code for a in DEFAULT_CHART}
    with db.write() as s:
        assert ledger.ensure_chart(s) == 0  # idempotent


def test_post_balanced_entry(db):
    entry_id = post(db, lines=SALE, description="  jasa dan lain-lain  ")
    entry = ledger.get_entry(db, entry_id)
    assert entry.number == "JU-2024-000001"
    assert entry.date == D
    assert entry.description == "jasa dan lain-lain"
    assert entry.total == 150_000
    assert [(x.account_code, x.debit, x.credit) for x in entry.lines] == [
        ("1101", 150_000, 0), ("4101", 0, 100_000), ("4901", 0, 50_000)]
    assert entry.lines[0].account_name == "Kas"
    assert ledger.balance_of(db, "1101") == 150_000
    assert ledger.balance_of(db, "4101") == 100_000  # income: credit-normal
    assert ledger.balance_of(db, "4901") == 50_000
    assert ledger.ledger_problems(db) == []
    assert post(db, lines=SALE) != entry_id
    assert ledger.get_entry(db, entry_id + 1).number == "JU-2024-000002"


def test_numbers_restart_each_year(db):
    a = post(db, lines=SALE, on_date=dt.date(2024, 12, 31))
    b = post(db, lines=SALE, on_date=dt.date(2025, 1, 1))
    assert ledger.get_entry(db, a).number == "JU-2024-000001"
    assert ledger.get_entry(db, b).number == "JU-2025-000001"


def test_unbalanced_entry_refused_and_nothing_written(db):
    post(db, lines=SALE)
    before = counts(db)
    with pytest.raises(UserError) as info:
        post(db, lines=[Line("1101", debit=150_000), Line("4101", credit=100_000)])
    assert info.value.code == "unbalanced"
    assert info.value.field == "lines"
    assert "tidak seimbang" in info.value.message
    assert "Rp50.000" in info.value.message  # the difference, in rupiah
    assert counts(db) == before


def test_unbalanced_refused_even_after_other_work_in_the_transaction(db):
    """A refusal aborts the whole write: an entry posted earlier in the same transaction
    is rolled back too (nothing is half-saved)."""
    before = counts(db)
    with pytest.raises(UserError):
        with db.write() as s:
            ledger.post_entry(s, SYSTEM, on_date=D, description="pertama", lines=SALE)
            ledger.post_entry(s, SYSTEM, on_date=D, description="kedua",
                              lines=[Line("1101", debit=1), Line("4101", credit=2)])
    assert counts(db) == before
    assert post(db, lines=SALE) and ledger.get_entry(db, 1).number == "JU-2024-000001"


@pytest.mark.parametrize(
    "lines, words",
    [
        ([Line("1101", debit=1_000)], "paling sedikit dua"),
        ([], "paling sedikit dua"),
        ([Line("1101", debit=-1_000), Line("4101", credit=-1_000)], "negatif"),
        ([Line("1101", debit=0), Line("4101", credit=0)], "salah satu"),
        ([Line("1101", debit=1_000, credit=1_000), Line("4101", credit=0, debit=0)], "salah satu"),
        ([Line("1101", debit=1_000.0), Line("4101", credit=1_000.0)], "rupiah utuh"),
        ([Line("1101", debit=True), Line("4101", credit=True)], "rupiah utuh"),
        ([Line("1101", debit="1000"), Line("4101", credit="1000")], "rupiah utuh"),
        ([Line("9999", debit=1_000), Line("4101", credit=1_000)], "9999 tidak ada"),
    ],
)
def test_bad_lines_refused_and_nothing_written(db, lines, words):
    before = counts(db)
    with pytest.raises(UserError, match=words) as info:
        post(db, lines=lines)
    assert info.value.field == "lines"
    assert counts(db) == before


def test_description_required(db):
    before = counts(db)
    with pytest.raises(UserError) as info:
        post(db, lines=SALE, description="   ")
    assert info.value.field == "description"
    assert counts(db) == before


def test_inactive_account_refused(db):
    with db.write() as s:
        s.scalar(select(Account).where(Account.code == "4901")).active = False
    with pytest.raises(UserError, match="tidak aktif"):
        post(db, lines=SALE)
    assert ledger.count_entries(db) == 0


# ---------------------------------------------------------------- reversal

def test_reversal_mirrors_the_original(db, actors):
    original = ledger.post_journal_entry(
        db, actor=actors["bendahara"], on_date=D, description="beli ATK (bon)",
        lines=[Line("5203", debit=75_000), Line("2109", credit=75_000)]).value
    assert ledger.balance_of(db, "2109") == 75_000

    outcome = ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=original.id,
                                   reason="salah akun", on_date=dt.date(2024, 4, 2))
    rev = outcome.value
    assert outcome.changes.ledger
    assert rev.reversal_of_id == original.id
    assert rev.date == dt.date(2024, 4, 2)
    assert original.number in rev.description and "salah akun" in rev.description
    assert [(x.account_code, x.debit, x.credit) for x in rev.lines] == [
        ("5203", 0, 75_000), ("2109", 75_000, 0)]
    assert ledger.get_entry(db, original.id).reversed_by_id == rev.id
    assert ledger.get_entry(db, original.id).lines == original.lines  # untouched
    for b in ledger.account_balances(db):
        assert b.balance == 0, b
    assert ledger.ledger_problems(db) == []
    # before the reversal date the expense still shows
    assert ledger.balance_of(db, "5203", as_of=dt.date(2024, 3, 31)) == 75_000


def test_entry_can_be_reversed_only_once(db, actors):
    entry_id = post(db, lines=SALE)
    rev = ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=entry_id,
                               reason="dobel", on_date=D).value
    before = counts(db)
    with pytest.raises(UserError, match="sudah dibalik"):
        ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=entry_id,
                             reason="lagi", on_date=D)
    with pytest.raises(UserError, match="jurnal pembalik"):
        ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=rev.id,
                             reason="balik lagi", on_date=D)
    assert counts(db) == before


def test_reversal_needs_reason_and_an_existing_entry(db, actors):
    entry_id = post(db, lines=SALE)
    before = counts(db)
    with pytest.raises(UserError) as info:
        ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=entry_id, reason=" ")
    assert info.value.field == "reason"
    with pytest.raises(NotFound):
        ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=4242, reason="x")
    assert counts(db) == before


def test_reversal_refused_for_petugas(db, actors):
    entry_id = post(db, lines=SALE)
    before = counts(db)
    with pytest.raises(PermissionDenied, match="tidak berhak membalik jurnal"):
        ledger.reverse_entry(db, actor=actors["petugas"], entry_id=entry_id, reason="x")
    assert counts(db) == before


# ---------------------------------------------------------------- balances

def test_balances_as_of_a_date(db):
    post(db, lines=[Line("1101", debit=100_000), Line("3102", credit=100_000)],
         on_date=dt.date(2024, 1, 10))
    post(db, lines=[Line("1101", debit=30_000), Line("3102", credit=30_000)],
         on_date=dt.date(2024, 1, 31))
    post(db, lines=[Line("1101", debit=5_000), Line("3102", credit=5_000)],
         on_date=dt.date(2024, 2, 1))
    assert ledger.balance_of(db, "1101", as_of=dt.date(2024, 1, 9)) == 0
    assert ledger.balance_of(db, "1101", as_of=dt.date(2024, 1, 31)) == 130_000
    assert ledger.balance_of(db, "3102", as_of=dt.date(2024, 1, 31)) == 130_000
    assert ledger.balance_of(db, "1101", as_of=dt.date(2024, 2, 1)) == 135_000
    assert ledger.balance_of(db, "1101") == 135_000
    with pytest.raises(NotFound):
        ledger.balance_of(db, "0000")


def test_trial_balance_totals_equal(db):
    post(db, lines=[Line("1101", debit=1_000_000), Line("3101", credit=1_000_000)],
         on_date=dt.date(2024, 1, 5))
    post(db, lines=[Line("1201", debit=600_000), Line("1101", credit=600_000)],
         on_date=dt.date(2024, 1, 6))
    post(db, lines=[Line("1101", debit=60_000), Line("1201", credit=50_000),
                    Line("4101", credit=10_000)], on_date=dt.date(2024, 2, 6))
    post(db, lines=[Line("5202", debit=25_000), Line("1101", credit=25_000)],
         on_date=dt.date(2024, 3, 1))

    tb = ledger.trial_balance(db, as_of=dt.date(2024, 12, 31))
    assert tb.balanced
    assert tb.total_debit == tb.total_credit == 1_000_000 + 10_000
    rows = {r.code: (r.debit, r.credit) for r in tb.rows}
    assert rows == {
        "1101": (435_000, 0),
        "1201": (550_000, 0),
        "3101": (0, 1_000_000),
        "4101": (0, 10_000),
        "5202": (25_000, 0),
    }

    early = ledger.trial_balance(db, as_of=dt.date(2024, 1, 31))
    assert early.balanced and early.total_debit == 1_000_000
    assert {r.code for r in early.rows} == {"1101", "1201", "3101"}


def test_ledger_problems_finds_an_unbalanced_entry(db):
    """The health check must be able to fail: smuggle in an entry around post_entry."""
    with db.write() as s:
        s.execute(text("INSERT INTO journal_entries (number, date, description, created_at) "
                       "VALUES ('JU-X-1', '2024-03-28', 'rusak', '2024-03-28 10:00:00')"))
        entry_id = s.execute(text("SELECT id FROM journal_entries WHERE number='JU-X-1'")).scalar()
        s.execute(text("INSERT INTO journal_lines (entry_id, account_id, debit, credit) "
                       "VALUES (:e, (SELECT id FROM accounts WHERE code='1101'), 500, 0)"),
                  {"e": entry_id})
    problems = ledger.ledger_problems(db)
    assert any("JU-X-1" in p for p in problems)
    assert any("Total debit" in p for p in problems)


# ---------------------------------------------------------------- closed period

def test_closed_period_refuses_posting(db, actors):
    post(db, lines=SALE, on_date=dt.date(2023, 12, 20))
    with db.write() as s:
        settings.set_value(s, "books.closed_through", "2023-12-31")
    before = counts(db)
    for day in (dt.date(2023, 12, 31), dt.date(2023, 6, 1)):
        with pytest.raises(UserError) as info:
            post(db, lines=SALE, on_date=day)
        assert info.value.code == "closed_period"
        assert info.value.field == "date"
        assert "31 Desember 2023" in info.value.message
    with pytest.raises(UserError) as info:
        ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2023, 12, 1),
                                  description="telat", lines=SALE)
    assert info.value.code == "closed_period"
    assert counts(db) == before
    # the next day is open
    post(db, lines=SALE, on_date=dt.date(2024, 1, 1))
    assert ledger.count_entries(db) == 2


# ---------------------------------------------------------------- permissions and audit

@pytest.mark.parametrize("role", ["petugas", "ketua", "admin"])
def test_only_bendahara_posts_manual_entries(db, actors, role):
    before = counts(db)
    with pytest.raises(PermissionDenied) as info:
        ledger.post_journal_entry(db, actor=actors[role], on_date=D,
                                  description="jurnal manual", lines=SALE)
    assert info.value.code == "permission"
    assert "tidak berhak membukukan jurnal manual" in info.value.message
    assert "Hanya Bendahara" in info.value.message
    assert counts(db) == before


def test_bendahara_posts_manual_entry_with_audit_row(db, actors):
    open_cash(db, on=dt.date(2023, 12, 31), value=200_000)  # the box holds what goes to the bank
    before = counts(db)
    outcome = ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=D,
                                        description="setor ke bank",
                                        lines=[Line("1102", debit=200_000),
                                               Line("1101", credit=200_000)])
    entry = outcome.value
    assert outcome.changes.ledger and not outcome.changes.members
    assert entry.source_type == "manual"
    entries, lines, audits, _ = counts(db)
    assert (entries, lines, audits) == (before[0] + 1, before[1] + 2, before[2] + 1)
    action, username, entity_id = audit_actions(db)[-1]
    assert (action, username, entity_id) == ("ledger.post", "bendahara", entry.number)
    with db.read() as s:
        row = s.get(JournalEntry, entry.id)
        assert row.created_by_id == actors["bendahara"].user_id
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert "Rp200.000" in last.summary


def test_reversal_leaves_audit_row(db, actors):
    entry_id = post(db, lines=SALE)
    rev = ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=entry_id,
                               reason="keliru", on_date=D).value
    action, username, entity_id = audit_actions(db)[-1]
    assert (action, username, entity_id) == ("ledger.reverse", "bendahara", rev.number)


def test_entries_for_source(db):
    with db.write() as s:
        ledger.post_entry(s, SYSTEM, on_date=D, description="angsuran", lines=SALE,
                          source_type="repayment", source_id=17)
    post(db, lines=SALE)
    found = ledger.entries_for_source(db, "repayment", 17)
    assert [e.source_id for e in found] == ["17"]
    assert ledger.entries_for_source(db, "repayment", 18) == []


# ---------------------------------------------------------------- the Core insert of an entry

class _FixedClock(dt.datetime):
    """``dt.datetime.now()`` of the ledger, fixed: both paths stamp the same created_at."""

    @classmethod
    def now(cls, tz=None):
        return cls(2024, 3, 28, 9, 15, 42, 123456)


def _stored_rows(s, entry_ids) -> list[str]:
    """The stored bytes of these entries and their lines as the engine holds them: SQLite's
    ``quote()`` of every column (its storage class shows: 'text', integer, real),
    PostgreSQL's text of every typed column. A line's own id is the database's (a server's
    sequence does not give back what a rolled-back transaction took): it is left out here,
    and the lines' ids are checked to follow each other."""
    out = []
    sqlite = s.get_bind().dialect.name == "sqlite"
    for model, key in ((JournalEntry, "id"), (JournalLine, "entry_id")):
        table = model.__table__
        columns = [c.name for c in table.columns if model is JournalEntry or c.name != "id"]
        row = " || '|' || ".join(f"quote({c})" if sqlite else f"coalesce({c}::text, 'NULL')"
                                 for c in columns)
        sql = (f"SELECT {row} FROM {table.name} WHERE {key} IN "
               f"({', '.join(str(int(i)) for i in entry_ids)}) ORDER BY id")
        out += list(s.execute(text(sql)).scalars())
    line_ids = list(s.scalars(select(JournalLine.id).where(JournalLine.entry_id.in_(entry_ids))
                              .order_by(JournalLine.id)))
    assert line_ids == list(range(line_ids[0], line_ids[0] + len(line_ids)))
    return out


def _two_entries(s, *, second_flushed: bool) -> tuple[list[int], list[str]]:
    memo = "ATK bulan Maret"
    ids = [ledger.post_entry(s, SYSTEM, on_date=D, description=" Penjualan ", lines=SALE).id]
    # a second entry in the transaction: ``flush=False`` waits in the session and goes by the
    # ORM's flush (the way every entry was written before the Core insert)
    ids.append(ledger.post_entry(
        s, SYSTEM, on_date=D, description="Biaya ATK", source_type="manual", source_id=7,
        lines=[Line("5201", debit=12_500, memo=memo), Line("1101", credit=12_500)],
        flush=second_flushed).id)
    s.flush()
    return ids, _stored_rows(s, ids)


def _two_entries_in_bulk(s) -> tuple[list[int], list[str]]:
    """The same two entries as history posted in bulk (post_entries_in_bulk)."""
    at = _FixedClock.now().replace(microsecond=0)  # as post_entry stamps it
    ids = ledger.post_entries_in_bulk(s, SYSTEM, [
        ledger.BulkEntry(D, " Penjualan ", SALE, None, None, at),
        ledger.BulkEntry(D, "Biaya ATK", [Line("5201", debit=12_500, memo="ATK bulan Maret"),
                                          Line("1101", credit=12_500)], "manual", "7", at)])
    s.flush()
    return ids, _stored_rows(s, ids)


def test_an_entry_written_by_core_insert_is_byte_identical_to_the_orm_flush(db, monkeypatch):
    """post_entry writes an entry and its lines with two Core INSERTs instead of the ORM's
    unit of work (issue 20: half a posting's CPU). The same entry written both ways, in the
    same place of the chain (the first try rolled back), is stored byte for byte the same —
    the row, every line, the number, the hash — and the chain the seals check holds."""
    monkeypatch.setattr(ledger, "dt", types.SimpleNamespace(date=dt.date, datetime=_FixedClock))

    class Undo(Exception):
        pass

    seen = {}
    with pytest.raises(Undo):
        with db.write() as s:
            seen["orm"] = _two_entries(s, second_flushed=False)
            raise Undo  # the same place in the chain again below
    with pytest.raises(Undo):  # and as history in bulk (its Core insert)
        with db.write() as s:
            seen["bulk"] = _two_entries_in_bulk(s)
            raise Undo
    with db.write() as s:
        seen["core"] = _two_entries(s, second_flushed=True)
    assert seen["core"] == seen["orm"] == seen["bulk"]
    ids, rows = seen["core"]
    assert len(rows) == 2 + 5  # both entries and their five lines
    assert any("ATK bulan Maret" in row and "12500" in row for row in rows)
    from kamura_desktop.services import integrity

    report = integrity.check_database(db.location if db.is_server else db.path)
    assert report.ok, report


@pytest.mark.parametrize("field", ["description", "memo"])
def test_text_the_guard_refuses_is_refused_in_an_entry_and_nothing_is_written(db, field):
    """The text guard checks rows at a flush; an entry written by Core insert is checked the
    same (a NUL in its description or a line's memo), and nothing of it is written."""
    before = counts(db)
    bad = "kas\x00kecil"
    with pytest.raises(UserError) as refused:
        post(db, description=bad if field == "description" else "Biaya ATK",
             lines=[Line("5201", debit=1_000, memo=bad if field == "memo" else None),
                    Line("4101", credit=1_000)])
    assert refused.value.code == "text_invalid"
    table = "journal_entries" if field == "description" else "journal_lines"
    assert f"{table}.{field}" in str(refused.value)
    assert counts(db) == before
