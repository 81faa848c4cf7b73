"""What the fuzz suite found (issue 21), kept as fixed examples so they never come back:
each ended in a traceback before its fix and is now refused with a message naming the field
or row, nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal

import pytest

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import backup, credit_products, reminders, repayments

from .harness import snapshot


@pytest.mark.parametrize("changes", [
    {"amount_min": None}, {"group_size_max": None}, {"instalments_min": "3"},
    {"max_cycles": 2**63}, {"rate_bp_max": 2**64}, {"first_loan_max": 10**20}])
def test_product_terms_of_a_wrong_type_or_size(db, actors, changes):
    product = dataclasses.replace(credit_products.product_by_code(db, "BERGULIR"), **changes)
    before = snapshot(db)
    with pytest.raises(UserError) as err:
        credit_products.save_product(db, actor=actors["ketua"], product=product)
    assert err.value.field == next(iter(changes))
    assert snapshot(db) == before


@pytest.fixture
def sheet_group(lend):
    return lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 3, 4), instalments=3,
                        rate_bp=200)


@pytest.mark.parametrize("entries", [
    lambda m: [repayments.SheetEntry(m[0], 100_000), repayments.SheetEntry(m[0], 100_000)],
    lambda m: [repayments.SheetEntry(m[0], Decimal("13.39"), covers=((m[1], 1.5),))],
    lambda m: [repayments.SheetEntry(m[0], 0, covers=((m[1], "125000"),))],
], ids=["member-twice", "decimal-and-float", "text-cover"])
def test_collection_sheet_rows_refused_whole(db, actors, sheet_group, entries):
    ids = [c.member_id for c in sheet_group]
    before = snapshot(db)
    with pytest.raises(UserError) as err:
        repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=sheet_group[0].group_id,
                                         meeting_date=dt.date(2024, 3, 11), entries=entries(ids))
    assert err.value.field.startswith("row:") and "Tidak ada yang dibukukan" in err.value.message
    assert snapshot(db) == before


@pytest.mark.parametrize("call", [reminders.reminder_list, reminders.reminder_letters])
def test_reminders_on_a_date_beyond_the_books(db, actors, call):
    with pytest.raises(UserError) as err:
        call(db, on_date=dt.date(9999, 12, 31), actor=actors["petugas"])
    assert err.value.field == "on_date"


@pytest.mark.parametrize("name", ["nul\x00.sqlite", "p" * 300 + ".sqlite", "rusak\udc80.sqlite"])
def test_backup_to_a_name_the_disk_cannot_take(db, actors, tmp_path, name):
    before = snapshot(db)
    with pytest.raises(UserError) as err:
        backup.backup_database(db, actor=actors["admin"], to=tmp_path / name)
    assert err.value.field == "to" and "Cadangan" in err.value.message or "Nama" in err.value.message
    assert snapshot(db) == before
    assert not list(tmp_path.glob("p*")) and not list(tmp_path.glob("nul*"))


def test_restore_of_a_backup_with_flipped_bytes(db, actors, tmp_path):
    """A backup with bytes flipped as the fuzz test flips them (seed 0): its damaged schema
    text is not even UTF-8 — a UnicodeDecodeError before the fix; now refused as damaged,
    the books untouched."""
    good = backup.backup_database(db, actor=actors["admin"], to=tmp_path / "baik.sqlite").value.path
    rng = random.Random(0)
    raw = bytearray(good.read_bytes())
    for _ in range(rng.randint(1, 50)):
        raw[rng.randrange(len(raw))] ^= 0xFF
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(bytes(raw))
    db.close()
    before = db.path.read_bytes()
    with pytest.raises(UserError) as err:
        backup.restore_database(db.path, source=bad, actor=actors["admin"],
                                backup_dir=tmp_path / "pengaman")
    assert err.value.field == "source"
    assert db.path.read_bytes() == before


@pytest.mark.parametrize("password", ["a\ud800" * 6, "sandi\x00rahasia"])
def test_password_with_a_lone_surrogate_or_nul(db, actors, password):
    """A new password that cannot be hashed (UnicodeEncodeError in argon2 before the fix) is
    refused naming the field; at the login it is simply a wrong password."""
    from kamura_desktop.services import users
    before = snapshot(db)
    with pytest.raises(UserError) as err:
        users.change_password(db, actor=actors["admin"], username="petugas", new_password=password)
    assert err.value.field == "password"
    with pytest.raises(UserError) as err:
        users.create_user(db, actor=actors["admin"], username="dewi", role="petugas",
                          full_name="Dewi", password=password)
    assert err.value.field == "password"
    assert snapshot(db) == before
    with pytest.raises(UserError, match="salah"):
        users.authenticate(db, "petugas", password)


@pytest.mark.parametrize("income", [2**63, 10**20])
def test_an_income_beyond_the_amount_bound_is_refused(db, actors, income):
    """Found by the fuzz suite: an income of 2^63 reached SQLite (OverflowError)."""
    from kamura_desktop.services.evaluation import income as incomes

    survey = incomes.create_income_survey(db, actor=actors["ketua"], title="Survei pendapatan",
                                          held_on=dt.date(2024, 7, 8), first_label="Sebelum",
                                          second_label="Sesudah").value
    with pytest.raises(UserError) as err:
        incomes.save_income_row(db, actor=actors["ketua"], survey_id=survey.id, row_id=None,
                                name="Siti Aminah", member_id=None, first=None, second=income)
    assert err.value.field == "second" and "melebihi batas" in err.value.message
    assert incomes.get_income_survey(db, survey.id).rows == ()


def test_a_backup_passphrase_with_a_lone_surrogate_is_refused(db, actors, tmp_path):
    """Found by test_fuzz_admin.test_backup_and_restore: 'a\\ud800' × 150 as the passphrase of
    an encrypted backup crashed in the key derivation (UnicodeEncodeError); it is a refusal
    naming the field, and no backup file is left."""
    target = tmp_path / "salinan.kamura-backup"
    with pytest.raises(UserError) as err:
        backup.backup_database(db, actor=actors["admin"], to=target, passphrase="a\ud800" * 150)
    assert err.value.field == "passphrase" and "tidak sah" in err.value.message
    assert not target.exists()


def test_a_restore_passphrase_with_a_lone_surrogate_is_refused(db, actors, tmp_path):
    """Found by test_fuzz_admin.test_backup_and_restore (the restore side of the case above):
    a lone surrogate typed as the passphrase of an encrypted backup being restored crashed in
    the key derivation; it is a refusal naming the field, and the books stay as they were."""
    target = tmp_path / "salinan.kamura-backup"
    backup.backup_database(db, actor=actors["admin"], to=target, passphrase="padi-menguning-2024")
    db.close()  # the app closes its connections before a restore
    before = db.path.read_bytes()
    with pytest.raises(UserError) as err:
        backup.restore_database(db.path, source=target, actor=actors["admin"],
                                passphrase="a\ud800" * 6, backup_dir=tmp_path / "pengaman")
    assert err.value.field == "passphrase" and "tidak sah" in err.value.message
    assert db.path.read_bytes() == before
