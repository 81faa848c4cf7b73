"""Money that is not there cannot be paid out (checked by the services, the one place that
decides): Kas, Bank and the package stock never go below zero on any date, the revolving
fund lends only what it has, and a product's group limit covers the group's open credits.
Every refusal names the amount missing and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.core import AuditEntry, JournalEntry, JournalLine
from kamura_desktop.db.models.credit import CreditFunding
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import (
    credit_products,
    credits,
    events,
    groups,
    journal,
    ledger,
    lender_pool,
    membership,
    repayments,
    savings,
    shu,
    year_end,
)
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.ledger import BulkEntry, Line

from ..helpers_books import prepared
from ..stock import open_cash, provide_for, stock_packages
from .test_lender_pool import JOINED, add_member

MARCH = dt.date(2024, 3, 1)


def counts(db) -> tuple[int, ...]:
    """(journal entries, journal lines, savings rows, fundings, audit rows)."""
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (JournalEntry, JournalLine, SavingsTransaction, CreditFunding, AuditEntry))


def spend(db, actors, amount: int, on: dt.date, what: str = "Beli ATK"):
    return journal.post_manual_entry(db, actor=actors["bendahara"], on_date=on, description=what,
                                     lines=[Line(Acc.BEBAN_ATK_CETAK, debit=amount),
                                            Line(Acc.KAS, credit=amount)])


def refused(db, fn, *args, code: str, **kwargs) -> UserError:
    """Call a write that must be refused: the refusal's code, and nothing written."""
    before = counts(db)
    with pytest.raises(UserError) as err:
        fn(*args, **kwargs)
    assert err.value.code == code, err.value.message
    assert counts(db) == before
    return err.value


# ------------------------------------------------------------------ cash

def test_a_withdrawal_the_box_cannot_pay_is_refused(db, actors):
    mid = add_member(db, "Penabung", sukarela=300_000)  # Kas: 50.000 + 600.000 + 300.000
    spend(db, actors, 900_000, dt.date(2024, 1, 10))  # Kas 50.000 left
    err = refused(db, savings.record_withdrawal, db, actor=actors["petugas"], member_id=mid,
                  amount=80_000, on_date=dt.date(2024, 1, 11), code="insufficient_cash")
    assert err.message.startswith("Kas tidak cukup: saldo Kas pada 11 Januari 2024 Rp50.000")
    assert "yang akan dikeluarkan Rp80.000 — kurang Rp30.000" in err.message
    savings.record_withdrawal(db, actor=actors["petugas"], member_id=mid, amount=50_000,
                              on_date=dt.date(2024, 1, 11))
    assert ledger.balance_of(db, Acc.KAS) == 0


def test_a_back_dated_payment_is_checked_against_the_lowest_later_balance(db, actors):
    open_cash(db, on=MARCH, value=100_000)
    spend(db, actors, 80_000, dt.date(2024, 3, 10))
    # on 5 March the box held Rp100.000, but on 10 March only Rp20.000 would be left
    err = refused(db, spend, db, actors, 50_000, dt.date(2024, 3, 5), code="insufficient_cash")
    assert "saldo Kas pada 5 Maret 2024 Rp100.000" in err.message
    assert "saldo terendah sesudahnya pada 10 Maret 2024: Rp20.000" in err.message
    assert "kurang Rp30.000" in err.message
    spend(db, actors, 20_000, dt.date(2024, 3, 5))  # exactly what the later day can spare
    assert ledger.balance_of(db, Acc.KAS) == 0


def test_money_coming_in_is_never_refused_even_into_an_empty_box(db, actors):
    mid = add_member(db, "Anggota Baru", pay=False)
    savings.record_deposit(db, actor=actors["petugas"], member_id=mid, kind="pokok", amount=50_000,
                           on_date=dt.date(2024, 1, 2))
    assert ledger.balance_of(db, Acc.KAS) == 50_000


def test_the_bank_cannot_go_negative_either(db, actors):
    err = refused(db, journal.post_manual_entry, db, actor=actors["bendahara"], on_date=MARCH,
                  description="Tarik tunai dari BJB",
                  lines=[Line(Acc.KAS, debit=500_000), Line(Acc.BANK, credit=500_000)],
                  code="insufficient_cash")
    assert err.message.startswith("Bank tidak cukup: saldo Bank pada 1 Maret 2024 Rp0")


def test_reversing_a_deposit_that_was_already_spent_is_refused(db, actors):
    mid = add_member(db, "Penabung", pay=False)
    dep = savings.record_deposit(db, actor=actors["petugas"], member_id=mid, kind="sukarela",
                                 amount=100_000, on_date=dt.date(2024, 2, 1)).value
    spend(db, actors, 70_000, dt.date(2024, 2, 2))
    err = refused(db, savings.reverse_savings_transaction, db, actor=actors["bendahara"], tx_id=dep.tx_id,
                  reason="salah catat", on_date=dt.date(2024, 2, 3), code="insufficient_cash")
    assert "kurang Rp70.000" in err.message


def test_a_leaving_members_refund_needs_the_cash(db, actors):
    mid = add_member(db, "Akan Keluar", sukarela=100_000)  # Kas 750.000 from her savings
    spend(db, actors, 700_000, dt.date(2024, 4, 1))  # Kas 50.000 left
    err = refused(db, membership.member_leave, db, actor=actors["bendahara"], member_id=mid,
                  on_date=dt.date(2024, 4, 2), reason="pindah", code="insufficient_cash")
    assert "saldo Kas pada 2 April 2024 Rp50.000" in err.message
    assert "yang akan dikeluarkan Rp750.000 — kurang Rp700.000" in err.message
    assert membership.get_member(db, mid).status == "active"


def test_history_in_bulk_is_refused_when_it_would_overdraw_the_box(db, actors):
    before = counts(db)
    with pytest.raises(UserError) as err, db.write() as s:  # the write rolls back
        ledger.post_entries_in_bulk(s, actors["bendahara"], [
            BulkEntry(MARCH, "Setoran", [Line(Acc.KAS, debit=10_000), Line(Acc.SIMPANAN_SUKARELA, credit=10_000)],
                      "savings", "A", dt.datetime(2024, 3, 1, 8)),
            BulkEntry(dt.date(2024, 3, 2), "Penarikan",
                      [Line(Acc.SIMPANAN_SUKARELA, debit=15_000), Line(Acc.KAS, credit=15_000)],
                      "savings", "B", dt.datetime(2024, 3, 2, 8))])
    assert err.value.code == "insufficient_cash" and "Kas menjadi -Rp5.000 pada 2 Maret 2024" in err.value.message
    assert counts(db) == before


# ------------------------------------------------------------------ credits

def _group(db, actors, name: str, size: int = 5) -> tuple[int, list[int]]:
    ids = [add_member(db, f"{name} {i}") for i in range(size)]
    gid = groups.create_group(db, actor=actors["petugas"], member_ids=ids, leader_id=ids[0],
                              data=groups.GroupInput(name=name, formed_on=JOINED, kind="peer",
                                                     rt="001", rw="008")).value.id
    return gid, ids


def _apply(db, actors, gid, ids, *, code="PAKET", amount=None, on=dt.date(2024, 3, 5),
           instalments=None):
    p = credit_products.product_by_code(db, code)
    return credits.prepare_application(
        db, actor=actors["petugas"], group_id=gid, product_id=p.id, on_date=on,
        instalments=instalments,
        lines=[ApplicationLine(m, amount or p.amount_min, "Modal usaha") for m in ids]).value


def _approve(db, actors, app, on=dt.date(2024, 3, 6), source="own"):
    credits.approve_application(db, actor=actors["bendahara"], application_id=app.id, on_date=on)
    credits.fund_remaining(db, actor=actors["bendahara"], application_id=app.id, source=source)


def _disburse(db, actors, app, on=dt.date(2024, 3, 7)):
    return credits.disburse_application(db, actor=actors["bendahara"], application_id=app.id,
                                        on_date=on)


# The books several tests start from, built once per run (tests/helpers_books.py): each test
# still writes its own copy, from exactly the state its first lines used to build.

@prepared
def sauyunan_applied(db, actors):
    """Sauyunan, a group of five (Kas Rp3.250.000 from their savings), has applied for a
    Rp25.000 Paket Usaha each on 5 March, approved on the 6th from own funds: (gid, ids, app)."""
    gid, ids = _group(db, actors, "Sauyunan")
    app = _apply(db, actors, gid, ids)
    _approve(db, actors, app)
    return gid, ids, app


@prepared
def sauyunan_of_ten(db, actors):
    """Sauyunan with ten members; the first five applied for a Paket Usaha on 5 March, not yet
    approved: (gid, ids, the application)."""
    gid, ids = _group(db, actors, "Sauyunan", size=10)
    return gid, ids, _apply(db, actors, gid, ids[:5])


def test_packages_must_be_in_stock_on_the_hand_over_date(db, actors, sauyunan_applied):
    gid, ids, app = sauyunan_applied
    stock_packages(db, on=dt.date(2024, 3, 6), value=100_000)  # four of the five packages
    err = refused(db, _disburse, db, actors, app, code="insufficient_stock")
    assert "Stok paket usaha tidak cukup: saldo stok paket usaha pada 7 Maret 2024 Rp100.000" in err.message
    assert "kurang Rp25.000" in err.message and "pembelian paket usaha" in err.message
    # bought on the 8th: still not there on the 7th
    stock_packages(db, on=dt.date(2024, 3, 8), value=25_000)
    refused(db, _disburse, db, actors, app, code="insufficient_stock")
    assert _disburse(db, actors, app, on=dt.date(2024, 3, 8)).value.status == "disbursed"
    assert ledger.balance_of(db, Acc.PERSEDIAAN_PAKET_USAHA) == 0


def test_a_cash_credit_needs_the_cash_on_the_disbursement_date(db, actors):
    gid, ids = _group(db, actors, "Mekar")  # five members: Kas 3.250.000 from their savings
    spend(db, actors, 2_000_000, dt.date(2024, 2, 1), "Honor dan sewa")
    app = _apply(db, actors, gid, ids, code="BERGULIR", amount=500_000, instalments=10)
    _approve(db, actors, app)  # own funds: the cooperative's cash
    err = refused(db, _disburse, db, actors, app, code="insufficient_cash")
    assert "Kas tidak cukup: saldo Kas pada 7 Maret 2024 Rp1.250.000" in err.message
    assert "yang akan dikeluarkan Rp2.500.000 — kurang Rp1.250.000" in err.message
    open_cash(db, on=dt.date(2024, 3, 1), value=1_250_000)
    assert _disburse(db, actors, app).value.status == "disbursed"
    assert ledger.balance_of(db, Acc.KAS) == 0


def test_the_revolving_fund_lends_only_what_it_has(db, actors):
    gid, ids = _group(db, actors, "KSM Mawar")
    open_cash(db, on=dt.date(2024, 1, 2), value=10_000_000)  # the box could pay: the fund cannot
    app = _apply(db, actors, gid, ids, code="BERGULIR", amount=300_000, instalments=10)
    _approve(db, actors, app, source="revolving")
    err = refused(db, _disburse, db, actors, app, code="revolving_short")
    assert "Dana bergulir tidak cukup: yang tersedia sejak 7 Maret 2024 Rp0" in err.message
    assert "memerlukan Rp1.500.000 — kurang Rp1.500.000" in err.message
    lender_pool.receive_capital(db, actor=actors["bendahara"], fund="revolving", giver="KOTAKU",
                                on_date=dt.date(2024, 3, 1), amount=2_000_000)
    # another KSM's approved loan has been promised Rp1.000.000 of it already
    gid2, ids2 = _group(db, actors, "KSM Melati")
    other = _apply(db, actors, gid2, ids2, code="BERGULIR", amount=200_000, instalments=10)
    _approve(db, actors, other, source="revolving")
    err = refused(db, _disburse, db, actors, app, code="revolving_short")
    assert "yang tersedia sejak 7 Maret 2024 Rp1.000.000" in err.message and "kurang Rp500.000" in err.message
    credits.cancel_application(db, actor=actors["petugas"], application_id=other.id, reason="mundur")
    assert _disburse(db, actors, app).value.status == "disbursed"
    with db.read() as s:
        left = lender_pool.revolving_fund_available(
            s, events.RevolvingFundAvailable(dt.date(2024, 3, 7)))
    assert left == 2_000_000 - 1_500_000


def test_the_group_limit_covers_the_groups_open_credits(db, actors, sauyunan_of_ten):
    gid, ids, first = sauyunan_of_ten
    _approve(db, actors, first)
    provide_for(db, first.id, on=dt.date(2024, 3, 7))
    _disburse(db, actors, first)
    # the group's other five members ask for a second Rp125.000 package while the first
    # still runs: each member is eligible, the group is over its limit
    second = _apply(db, actors, gid, ids[5:], on=dt.date(2024, 3, 12))
    err = refused(db, credits.approve_application, db, actor=actors["bendahara"],
                  application_id=second.id, on_date=dt.date(2024, 3, 12), code="group_limit")
    assert "masih punya kredit Paket Usaha yang belum lunas Rp125.000" in err.message
    assert "melebihinya Rp125.000" in err.message


def test_an_approved_credit_not_yet_disbursed_counts_against_the_group_limit(db, actors,
                                                                          sauyunan_of_ten):
    gid, ids, first = sauyunan_of_ten
    credits.approve_application(db, actor=actors["bendahara"], application_id=first.id,
                                on_date=dt.date(2024, 3, 6))
    second = _apply(db, actors, gid, ids[5:], on=dt.date(2024, 3, 6))
    err = refused(db, credits.approve_application, db, actor=actors["bendahara"],
                  application_id=second.id, on_date=dt.date(2024, 3, 6), code="group_limit")
    assert "belum lunas Rp125.000 pada 6 Maret 2024" in err.message
    # once the first is cancelled, the other five members may have theirs
    credits.cancel_application(db, actor=actors["petugas"], application_id=first.id, reason="ditunda")
    assert credits.approve_application(db, actor=actors["bendahara"], application_id=second.id,
                                       on_date=dt.date(2024, 3, 6)).value.status == "approved"


def test_a_repaid_credit_no_longer_counts_and_the_limit_is_checked_again_at_disbursement(
        db, actors, sauyunan_applied):
    gid, ids, first = sauyunan_applied
    provide_for(db, first.id, on=dt.date(2024, 3, 7))
    done = _disburse(db, actors, first).value
    for c in done.credits:  # every instalment paid on 15 March
        repayments.record_repayment(db, actor=actors["petugas"], credit_id=c.id, amount=25_200,
                                    on_date=dt.date(2024, 3, 15))
    second = _apply(db, actors, gid, ids, on=dt.date(2024, 3, 16))
    _approve(db, actors, second, on=dt.date(2024, 3, 16))
    provide_for(db, second.id, on=dt.date(2024, 3, 18))
    assert _disburse(db, actors, second, on=dt.date(2024, 3, 18)).value.status == "disbursed"


def test_shu_paid_in_cash_needs_the_cash_on_the_payment_date(db, actors):
    from .test_shu import RAT, Y, build_year

    build_year(db, actors)
    year_end.close_year(db, actor=actors["ketua"], year=Y - 1)
    year_end.close_year(db, actor=actors["ketua"], year=Y)
    shu.create_shu_draft(db, actor=actors["bendahara"], year=Y)
    shu.approve_shu(db, actor=actors["ketua"], year=Y, rat_date=RAT)
    box = ledger.balance_of(db, Acc.KAS, as_of=RAT)
    spend(db, actors, box - 100_000, RAT, "Belanja kantor")  # Rp100.000 left on the RAT day
    err = refused(db, shu.pay_shu, db, actor=actors["bendahara"], year=Y, on_date=RAT, method="tunai",
                  code="insufficient_cash")
    assert "yang akan dikeluarkan Rp187.200 — kurang Rp87.200" in err.message
    assert shu.get_shu(db, Y).status == "approved"
    # paid into the members' sukarela instead, no cash leaves the box
    assert shu.pay_shu(db, actor=actors["bendahara"], year=Y, on_date=RAT,
                       method="sukarela").value.status == "paid"


def test_a_back_dated_revolving_loan_may_not_leave_the_fund_short_on_a_later_day(db, actors):
    open_cash(db, on=dt.date(2024, 1, 2), value=10_000_000)
    lender_pool.receive_capital(db, actor=actors["bendahara"], fund="revolving", giver="KOTAKU",
                                on_date=dt.date(2024, 3, 1), amount=2_000_000)
    gid, ids = _group(db, actors, "KSM Mawar")
    later = _apply(db, actors, gid, ids, code="BERGULIR", amount=300_000, instalments=10,
                   on=dt.date(2024, 3, 9))
    _approve(db, actors, later, on=dt.date(2024, 3, 9), source="revolving")
    _disburse(db, actors, later, on=dt.date(2024, 3, 10))  # Rp1.500.000 out: Rp500.000 left
    # a loan found in the paper records, dated 5 March: on 5 March the fund had Rp2.000.000,
    # but from 10 March on it would have lent more than it holds
    gid2, ids2 = _group(db, actors, "KSM Melati")
    back = _apply(db, actors, gid2, ids2, code="BERGULIR", amount=200_000, instalments=10,
                  on=dt.date(2024, 3, 4))
    _approve(db, actors, back, on=dt.date(2024, 3, 4), source="revolving")
    err = refused(db, _disburse, db, actors, back, on=dt.date(2024, 3, 5), code="revolving_short")
    assert "yang tersedia sejak 5 Maret 2024 Rp500.000" in err.message
    assert "memerlukan Rp1.000.000 — kurang Rp500.000" in err.message
