"""Text at the service boundary (issue 21 items 11–12): normalised (NFC, no control or
surrogate characters, trimmed), refused beyond its limit with a message naming the field,
and a search cleaned the same way."""

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import TEXT_LIMITS
from kamura_desktop.domain.text import clean_search, clean_text
from kamura_desktop.services import membership, savings, settings, users
from kamura_desktop.services.actor import Actor


def form(**kw) -> membership.MemberInput:
    values = dict(name="Siti Aminah", nik="3217014503850001", sex="P",
                  joined_on=dt.date(2024, 1, 15))
    values.update(kw)
    return membership.MemberInput(**values)


def count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Member.id)))


# ---------------------------------------------------------------- domain


def test_clean_text_normalises():
    decomposed = "Sit" + "i\u0301" + "\tAminah\x00\x07 \u202e  "
    assert clean_text(decomposed, field="name", label="Nama") == "Sit\u00ed Aminah"
    assert unicodedata.is_normalized("NFC", clean_text(decomposed, field="n", label="N"))
    assert clean_text("Ujang\ud800 Suryana", field="name", label="Nama") == "Ujang Suryana"
    assert clean_text("  \x00 ", field="name", label="Nama") is None
    assert clean_text("a\r\nb\n\n\n\nc", field="notes", label="Catatan", kind="note",
                      multiline=True) == "a\nb\n\nc"
    assert clean_text("a\nb", field="name", label="Nama") == "a b"


def test_clean_text_refuses_too_long_naming_the_field():
    limit = TEXT_LIMITS["name"]
    assert clean_text("x" * limit, field="name", label="Nama") == "x" * limit
    with pytest.raises(UserError) as err:
        clean_text("x" * 100_000, field="name", label="Nama anggota")
    assert err.value.field == "name" and err.value.code == "text_too_long"
    assert err.value.message == ("Nama anggota terlalu panjang: 100.000 karakter, paling "
                                 "banyak 100 karakter.")
    with pytest.raises(UserError, match="wajib diisi"):
        clean_text("\x00", field="name", label="Nama", required=True)
    with pytest.raises(UserError, match="harus berupa teks"):
        clean_text(12, field="name", label="Nama")


def test_clean_search():
    assert clean_search("\x00") == ""
    assert clean_search("Sit\x00i") == "Siti"
    assert len(clean_search("a" * 10_000)) == TEXT_LIMITS["search"]
    assert clean_search(None) == ""


# ---------------------------------------------------------------- services


def test_a_100000_character_name_is_refused_and_nothing_saved(db, actors):
    with pytest.raises(UserError) as err:
        membership.register_member(db, actor=actors["petugas"], data=form(name="A" * 100_000))
    assert err.value.field == "name"
    assert "Nama anggota terlalu panjang" in err.value.message
    assert count(db) == 0


@pytest.mark.parametrize(("field", "label"), [
    ("kampung", "Kampung"), ("desa", "Desa"), ("kecamatan", "Kecamatan"),
    ("birth_place", "Tempat lahir"), ("trade", "Jenis usaha"), ("notes", "Catatan")])
def test_every_member_text_has_its_limit(db, actors, field, label):
    with pytest.raises(UserError) as err:
        membership.register_member(db, actor=actors["petugas"],
                                   data=form(**{field: "k" * 5_000}))
    assert err.value.field == field and err.value.message.startswith(label)
    assert count(db) == 0


def test_a_lone_surrogate_is_dropped_not_a_crash(db, actors):
    saved = membership.register_member(db, actor=actors["petugas"], data=form(
        name="Siti\ud83d Aminah", kampung="Cibitung\x00", notes="baris satu\r\nbaris\x1b dua"))
    m = saved.value.member
    assert (m.name, m.kampung, m.notes) == ("Siti Aminah", "Cibitung", "baris satu\nbaris dua")
    receipt = savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="pokok",
                                     amount=50_000, on_date=dt.date(2024, 1, 15),
                                     note="tunai\udc80").value
    assert receipt.note == "tunai"


def test_other_services_clean_and_bound_their_text(db, actors):
    with pytest.raises(UserError) as err:
        users.create_user(db, actor=actors["admin"], username="dewi", full_name="D" * 101,
                          role="petugas", password="dewi-rahasia-1")
    assert err.value.field == "full_name"
    with pytest.raises(UserError) as err:
        settings.update_profile(db, actor=Actor.system(), address="J" * 201)
    assert err.value.field == "address"
    with pytest.raises(UserError) as err:
        settings.update_settings(db, actor=actors["admin"],
                                 values={"members.number_digits": 10**9})
    assert err.value.field == "members.number_digits"
    with pytest.raises(UserError) as err:
        settings.update_settings(db, actor=actors["admin"],
                                 values={"savings.pokok_amount": 2**62})
    assert err.value.field == "savings.pokok_amount"


def test_a_search_with_a_nul_finds_nobody_not_everybody(db, actors):
    membership.register_member(db, actor=actors["petugas"], data=form())
    membership.register_member(db, actor=actors["petugas"], data=form(
        name="Ujang Suryana", nik="3217011207800002", sex="L"))

    def names(query):
        page = membership.list_members(db, flt=membership.MemberFilter(query=query))
        return sorted(r.name for r in page.rows)

    assert names("") == ["Siti Aminah", "Ujang Suryana"]
    assert names("\x00") == []
    assert names("\x00\x00 \u202e") == []
    assert names("Sit\x00i") == ["Siti Aminah"]
    assert names("Siti\x00Ujang") == []
    assert names("S\u0131t" * 5_000) == []  # a very long search is cut, never an error
