"""The membership book (kamura_desktop.services.membership) on a fresh SQLite file per test:
registering and editing members, NIK rules, numbers, audit, the member list, leaving."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.core import AuditEntry, JournalEntry
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import NotFound, PermissionDenied, UserError
from kamura_desktop.services import events, ledger, membership, savings
from kamura_desktop.services.membership import MemberFilter, MemberInput
from tests.helpers_books import prepared

JOINED = dt.date(2024, 1, 10)


def make_nik(day: int, month: int, yy: int, serial: int, *, female: bool = False,
             district: str = "01") -> str:
    """A NIK of Kabupaten Bandung Barat (32 17): women add 40 to the birth day."""
    return f"3217{district}{day + 40 if female else day:02d}{month:02d}{yy:02d}{serial:04d}"


EUIS_NIK = make_nik(15, 3, 85, 1, female=True)  # 3217015503850001


def member_input(**overrides) -> MemberInput:
    values = dict(
        name="Euis Komalasari", nik=EUIS_NIK, sex="P", joined_on=JOINED,
        kk_number="3217010101100001", birth_place="Bandung Barat",
        birth_date=dt.date(1985, 3, 15), kampung="Cibitung", rt="3", rw="8",
        desa="Mekarmukti", kecamatan="Cihampelas", phone="0812-2233-4455",
        trade="Pengolahan ikan pindang", ktp_on_file=True, kk_on_file=True,
        poor_family=True,
    )
    values.update(overrides)
    return MemberInput(**values)


def register(db, actor, **overrides):
    return membership.register_member(db, actor=actor, data=member_input(**overrides)).value


def audit_rows(db, action: str | None = None):
    """Audit rows as plain rows (username, action, entity, entity_id, summary)."""
    with db.read() as s:
        q = select(AuditEntry.username, AuditEntry.action, AuditEntry.entity,
                   AuditEntry.entity_id, AuditEntry.summary).order_by(AuditEntry.id)
        if action:
            q = q.where(AuditEntry.action == action)
        return list(s.execute(q))


def table_counts(db) -> tuple[int, int, int, int]:
    """(members, savings rows, journal entries, audit rows)."""
    with db.read() as s:
        return (s.scalar(select(func.count(Member.id))),
                s.scalar(select(func.count(SavingsTransaction.id))),
                s.scalar(select(func.count(JournalEntry.id))),
                s.scalar(select(func.count(AuditEntry.id))))


def assert_books_consistent(db) -> None:
    """The ledger balances and each Simpanan account equals the sum of the savings rows."""
    assert ledger.ledger_problems(db) == []
    with db.read() as s:
        sums = savings.sums_by_member(s, None)
    for kind, code in savings.ACCOUNTS.items():
        assert ledger.balance_of(db, code) == sum(v[kind] for v in sums.values()), kind


# ------------------------------------------------------------------ registering

def test_register_member_normalises_and_numbers(db, actors):
    saved = membership.register_member(
        db, actor=actors["petugas"],
        data=member_input(name="  Euis   Komalasari ", nik="3217 0155 0385 0001", rt="3",
                          rw="08", kampung="  Cibitung  ", phone=" 0812-2233-4455 "))
    m = saved.value.member
    assert saved.changes.members
    assert saved.value.warnings == ()
    assert m.number == "KMR-0001"
    assert m.name == "Euis Komalasari"
    assert m.nik == EUIS_NIK
    assert (m.rt, m.rw, m.rt_rw) == ("003", "008", "003/008")
    assert m.kampung == "Cibitung"
    assert m.phone == "0812-2233-4455"
    assert m.status == "applicant" and m.status_label == "Calon anggota"
    assert m.activated_on is None and m.left_on is None
    assert m.sex_label == "Perempuan"
    assert membership.get_member(db, m.id) == m
    assert membership.find_member_by_number(db, " kmr-0001 ") == m
    assert m.as_input() == member_input(name="Euis Komalasari", rt="003", rw="008")


def test_member_numbers_are_generated_in_order(db, actors):
    numbers = [register(db, actors["petugas"], name=f"Anggota {i}",
                        nik=make_nik(1 + i, 5, 80, 1)).member.number for i in range(3)]
    assert numbers == ["KMR-0001", "KMR-0002", "KMR-0003"]
    # a refused registration does not use up a number (the transaction rolls back)
    with pytest.raises(UserError):
        register(db, actors["petugas"], nik=make_nik(1, 5, 80, 1))
    assert register(db, actors["petugas"], nik=make_nik(9, 9, 79, 9)).member.number == "KMR-0004"
    assert membership.count_members(db) == 4
    assert membership.count_members(db, status="active") == 0


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("0017015503850001", "nik_province"),      # province 00 does not exist
        ("2017015503850001", "nik_province"),      # nor 20
        ("3217013503850001", "nik_day"),           # day 35: neither a man's nor a woman's
        ("3217017203850001", "nik_day"),           # woman's day 72 = 32
        ("3217011513850001", "nik_month"),         # month 13
        ("3217011500850001", "nik_month"),         # month 00
        ("3217017102850001", "nik_date"),          # 31 February (woman)
        ("3217012902850001", "nik_date"),          # 29 February 1985: not a leap year
        ("3217011503850000", "nik_serial"),        # serial 0000
        ("321701150385000", "nik_length"),         # 15 digits
        ("32170115038500011", "nik_length"),       # 17 digits
        ("3217O1150385OOO1", "nik_chars"),         # letters O for zeros
        ("", "nik_empty"),
    ],
)
def test_invalid_nik_is_refused_and_nothing_saved(db, actors, nik, code):
    before = table_counts(db)
    with pytest.raises(UserError) as info:
        membership.register_member(db, actor=actors["petugas"], data=member_input(nik=nik))
    assert info.value.field == "nik"
    assert info.value.code == code
    assert table_counts(db) == before


def test_womens_birth_day_plus_40_is_valid(db, actors):
    # 71 = the 31st for a woman; 29 February in a leap year
    a = membership.register_member(db, actor=actors["petugas"], data=member_input(
        nik=make_nik(31, 3, 90, 7, female=True), birth_date=dt.date(1990, 3, 31))).value
    b = membership.register_member(db, actor=actors["petugas"], data=member_input(
        name="Cucu Sumiati", nik=make_nik(29, 2, 84, 3, female=True),
        birth_date=dt.date(1984, 2, 29))).value
    assert a.member.nik == "3217017103900007" and a.warnings == ()
    assert b.member.nik == "3217016902840003" and b.warnings == ()


def test_nik_given_as_int_or_with_apostrophe_is_accepted(db, actors):
    m = register(db, actors["petugas"], nik=int(EUIS_NIK)).member
    assert m.nik == EUIS_NIK
    with pytest.raises(UserError) as info:
        register(db, actors["petugas"], nik="'" + EUIS_NIK)
    assert info.value.code == "nik_taken"


def test_float_nik_is_refused(db, actors):
    with pytest.raises(UserError) as info:
        register(db, actors["petugas"], nik=float(EUIS_NIK))
    assert (info.value.field, info.value.code) == ("nik", "nik_float")


def test_nik_mismatch_with_birth_date_and_sex_is_a_warning_not_a_block(db, actors):
    saved = membership.register_member(db, actor=actors["petugas"], data=member_input(
        sex="L", birth_date=dt.date(1985, 3, 16))).value
    assert saved.member.id is not None
    assert saved.member.sex == "L"
    assert len(saved.warnings) == 2
    assert "16 Maret 1985" in saved.warnings[0]
    assert "perempuan" in saved.warnings[1]
    assert membership.count_members(db) == 1
    # the same warnings come back when the member is edited
    again = membership.update_member(db, actor=actors["petugas"], member_id=saved.member.id,
                                     data=saved.member.as_input()).value
    assert again.warnings == saved.warnings
    # no birth date entered: only the sex is compared
    other = register(db, actors["petugas"], nik=make_nik(2, 2, 70, 2), sex="P", birth_date=None)
    assert len(other.warnings) == 1


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": "   "}, "name"),
        ({"sex": "X"}, "sex"),
        ({"kk_number": "1234"}, "kk_number"),
        ({"kk_number": "0000000000000000"}, "kk_number"),
        ({"rt": "3a"}, "rt"),
        ({"rw": "1000"}, "rw"),
        ({"rt": "\u00b9"}, "rt"),  # a superscript one: a digit to str.isdigit(), not to int()
        ({"rw": "\u0663"}, "rw"),  # an Arabic-Indic three (found by the fuzz test)
        ({"phone": "0812-abc"}, "phone"),
        ({"phone": "\u2070\u2078\u00b9\u00b2"}, "phone"),  # superscript digits
        ({"tkm_role": "Raja"}, "tkm_role"),
        ({"joined_on": dt.date.today() + dt.timedelta(days=1)}, "joined_on"),
        ({"birth_date": dt.date.today() + dt.timedelta(days=1)}, "birth_date"),
        ({"joined_on": dt.date(1984, 1, 1)}, "joined_on"),  # before birth
    ],
)
def test_other_form_errors_are_refused(db, actors, overrides, field):
    before = table_counts(db)
    with pytest.raises(UserError) as info:
        register(db, actors["petugas"], **overrides)
    assert info.value.field == field
    assert table_counts(db) == before


def test_tkm_roles_and_empty_optional_fields(db, actors):
    m = register(db, actors["petugas"], tkm_role="Koordinator Tim Lender", kk_number="",
                 phone="", notes="  ", kampung=None).member
    assert m.tkm_role == "Koordinator Tim Lender"
    assert (m.kk_number, m.phone, m.notes, m.kampung) == (None, None, None, None)
    assert len(membership.TKM_ROLES) == 8


def test_permissions_to_register_and_leave(db, actors):
    with pytest.raises(PermissionDenied):
        register(db, actors["admin"])
    for role in ("petugas", "bendahara", "ketua"):
        register(db, actors[role], nik=make_nik(1, 1, 80, len(role)))
    m = membership.list_members(db).rows[0]
    with pytest.raises(PermissionDenied):
        membership.member_leave(db, actor=actors["petugas"], member_id=m.id,
                                on_date=JOINED, reason="pindah")


# ------------------------------------------------------------------ NIK uniqueness

def test_nik_is_unique_among_members_who_have_not_left(db, actors):
    first = register(db, actors["petugas"]).member
    before = table_counts(db)
    with pytest.raises(UserError) as info:
        register(db, actors["petugas"], name="Orang Lain", nik="3217 0155 0385 0001")
    assert (info.value.field, info.value.code) == ("nik", "nik_taken")
    assert "KMR-0001" in info.value.message
    assert table_counts(db) == before

    # an update may not take another member's NIK either
    other = register(db, actors["petugas"], name="Dede Kurnia", nik=make_nik(4, 4, 88, 2),
                     sex="L", birth_date=dt.date(1988, 4, 4)).member
    with pytest.raises(UserError) as info:
        membership.update_member(db, actor=actors["petugas"], member_id=other.id,
                                 data=member_input(nik=EUIS_NIK))
    assert info.value.code == "nik_taken"

    # once she has left, the same person may register again
    membership.member_leave(db, actor=actors["bendahara"], member_id=first.id,
                            on_date=dt.date(2024, 6, 1), reason="pindah ke Cimahi")
    again = register(db, actors["petugas"], joined_on=dt.date(2024, 7, 1)).member
    assert again.nik == EUIS_NIK and again.number == "KMR-0003"
    assert membership.get_member(db, first.id).status == "left"
    # ... but not twice
    with pytest.raises(UserError) as info:
        register(db, actors["petugas"], joined_on=dt.date(2024, 7, 1))
    assert info.value.code == "nik_taken"


# ------------------------------------------------------------------ editing and audit

def test_update_member_and_audit_rows(db, actors):
    m = register(db, actors["petugas"]).member
    created = audit_rows(db, "member.create")
    assert [(a.username, a.entity, a.entity_id) for a in created] == [
        ("petugas", "member", "KMR-0001")]
    assert EUIS_NIK in created[0].summary

    saved = membership.update_member(
        db, actor=actors["bendahara"], member_id=m.id,
        data=member_input(phone="0857-1111-2222", rt="5", name="Euis Komalasari Dewi"))
    assert saved.changes.members
    u = saved.value.member
    assert (u.phone, u.rt, u.name, u.number) == ("0857-1111-2222", "005", "Euis Komalasari Dewi",
                                                 "KMR-0001")
    updated = audit_rows(db, "member.update")
    assert len(updated) == 1
    assert updated[0].username == "bendahara" and updated[0].entity_id == "KMR-0001"
    summary = updated[0].summary
    assert "phone" in summary and "0857-1111-2222" in summary and "rt" in summary
    assert "nik" not in summary  # unchanged fields are not listed
    # the search text follows the edit
    assert membership.list_members(db, MemberFilter(query="rt 005")).total == 1
    assert membership.list_members(db, MemberFilter(query="rt 003")).total == 0


def test_update_refusals(db, actors):
    m = register(db, actors["petugas"]).member
    with pytest.raises(NotFound):
        membership.update_member(db, actor=actors["petugas"], member_id=999, data=member_input())
    with pytest.raises(PermissionDenied):
        membership.update_member(db, actor=actors["admin"], member_id=m.id, data=member_input())
    # the join date cannot move once savings exist (arrears are counted from it) ...
    savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="wajib",
                           amount=10_000, on_date=JOINED)
    with pytest.raises(UserError) as info:
        membership.update_member(db, actor=actors["petugas"], member_id=m.id,
                                 data=member_input(joined_on=dt.date(2024, 3, 1)))
    assert info.value.field == "joined_on"
    # ... after the pokok either
    savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="pokok",
                           amount=50_000, on_date=JOINED)
    with pytest.raises(UserError) as info:
        membership.update_member(db, actor=actors["petugas"], member_id=m.id,
                                 data=member_input(joined_on=dt.date(2023, 12, 1)))
    assert info.value.field == "joined_on"
    # a member who has left is not edited any more
    membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                            on_date=dt.date(2024, 2, 1), reason="pindah")
    with pytest.raises(UserError):
        membership.update_member(db, actor=actors["petugas"], member_id=m.id,
                                 data=member_input(phone="0811"))
    assert len(audit_rows(db, "member.update")) == 0


def test_documents_tick_the_boxes(db, actors):
    m = register(db, actors["petugas"], ktp_on_file=False, kk_on_file=False).member
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    doc = membership.add_member_document(db, actor=actors["petugas"], member_id=m.id,
                                         kind="ktp", data=png, filename="ktp.png").value
    assert doc.mime_type == "image/png"
    membership.add_member_document(db, actor=actors["petugas"], member_id=m.id, kind="kk",
                                   data=b"%PDF-1.4 ...", filename="kk.pdf")
    got = membership.get_member(db, m.id)
    assert got.ktp_on_file and got.kk_on_file
    assert [d.kind for d in membership.member_documents(db, m.id)] == ["ktp", "kk"]
    assert membership.document_data(db, doc.id) == png
    with pytest.raises(UserError) as info:
        membership.add_member_document(db, actor=actors["petugas"], member_id=m.id,
                                       kind="ktp", data=b"GIF89a", filename="x.gif")
    assert info.value.field == "document"


# ------------------------------------------------------------------ the member list

PEOPLE = [
    # name, sex, rt, kampung, trade, sukarela
    ("Asep Saepudin", "L", "1", "Cibitung", "Pengolahan ikan pindang", 300_000),
    ("Siti Aminah", "P", "3", "Cibitung", "Pedagang pindang", 0),
    ("Cucu Sumiati", "P", "3", "Babakan", "Wajik", 750_000),
    ("Dede Rohman", "L", "5", "Babakan", "Gurilem", 125_000),
    ("Siti Aisyah", "P", "2", "Cikoneng", "Konveksi", 0),
]


@prepared
def people(db, actors):
    """Five members joined 1 Jan 2024; all but Dede pay pokok, some pay wajib and sukarela
    (built once per run, each test its own copy: tests/helpers_books.py)."""
    ids = {}
    for i, (name, sex, rt, kampung, trade, sukarela) in enumerate(PEOPLE, start=1):
        m = register(db, actors["petugas"], name=name, sex=sex, rt=rt, kampung=kampung,
                     trade=trade, nik=make_nik(10 + i, 6, 80, i, female=sex == "P"),
                     birth_date=dt.date(1980, 6, 10 + i), joined_on=dt.date(2024, 1, 1)).member
        ids[name.split()[0] + name.split()[1][0]] = m.id
        if name != "Dede Rohman":
            savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="pokok",
                                   amount=50_000, on_date=dt.date(2024, 1, 1))
        if sukarela:
            savings.record_deposit(db, actor=actors["petugas"], member_id=m.id,
                                   kind="sukarela", amount=sukarela, on_date=dt.date(2024, 1, 2))
    # wajib Jan–Jun 2024 paid in full by Asep and Cucu only
    for key in ("AsepS", "CucuS"):
        savings.record_deposit(db, actor=actors["petugas"], member_id=ids[key], kind="wajib",
                               amount=60_000, on_date=dt.date(2024, 1, 5))
    return ids


JUNE = dt.date(2024, 6, 30)


def names(page) -> list[str]:
    return [r.name for r in page.rows]


def test_list_default_page_sorted_by_number_with_balances(db, people):
    page = membership.list_members(db, as_of=JUNE)
    assert page.total == 5 and page.offset == 0
    assert [r.number for r in page.rows] == [f"KMR-000{i}" for i in range(1, 6)]
    asep = page.rows[0]
    assert (asep.pokok, asep.wajib, asep.sukarela, asep.wajib_arrears) == (50_000, 60_000,
                                                                           300_000, 0)
    assert asep.rt_rw == "001/008" and asep.status_label == "Aktif"
    siti = page.rows[1]
    assert (siti.pokok, siti.wajib, siti.sukarela, siti.wajib_arrears) == (50_000, 0, 0, 60_000)
    dede = page.rows[3]
    assert dede.status == "applicant" and dede.pokok == 0
    # paging
    p2 = membership.list_members(db, as_of=JUNE, offset=2, limit=2)
    assert p2.total == 5 and p2.offset == 2 and names(p2) == ["Cucu Sumiati", "Dede Rohman"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("siti", ["Siti Aminah", "Siti Aisyah"]),
        ("SITI  a", ["Siti Aminah", "Siti Aisyah"]),     # every word must match
        ("siti ami", ["Siti Aminah"]),
        ("rt 003", ["Siti Aminah", "Cucu Sumiati"]),
        ("rt 3", ["Siti Aminah", "Cucu Sumiati"]),         # RT numbers are written 003
        ("RT 3 rw 8", ["Siti Aminah", "Cucu Sumiati"]),
        ("rt 0", [p[0] for p in PEOPLE]),                  # still typing
        ("rt 4", []),
        ("003/008", ["Siti Aminah", "Cucu Sumiati"]),
        ("babakan", ["Cucu Sumiati", "Dede Rohman"]),
        ("pindang", ["Asep Saepudin", "Siti Aminah"]),
        ("kmr-0004", ["Dede Rohman"]),
        ("32170153", ["Cucu Sumiati"]),                  # NIK prefix (woman: day 13 + 40)
        ("321701", [p[0] for p in PEOPLE]),
        ("100%", []),                                    # LIKE wildcards are literal
        ("_", []),
        ("zzz", []),
    ],
)
def test_list_search_words(db, people, query, expected):
    page = membership.list_members(db, MemberFilter(query=query), as_of=JUNE)
    assert names(page) == expected
    assert page.total == len(expected)


def test_rt_search_does_not_match_other_numbers(db, people, actors):
    # RT 001, but "003" in her phone and NIK serial: she is not in RT 003
    register(db, actors["petugas"], name="Neneng Hasanah", rt="1", phone="0812-0030-0300",
             nik=make_nik(2, 2, 82, 3), sex="L", birth_date=None)
    assert names(membership.list_members(db, MemberFilter(query="rt 003"))) == [
        "Siti Aminah", "Cucu Sumiati"]
    assert "Neneng Hasanah" in names(membership.list_members(db, MemberFilter(query="003")))


def test_list_filters_status_and_wajib_arrears(db, people):
    assert names(membership.list_members(db, MemberFilter(status="applicant"))) == ["Dede Rohman"]
    assert membership.list_members(db, MemberFilter(status="active")).total == 4
    behind = membership.list_members(db, MemberFilter(wajib_arrears=True), as_of=JUNE)
    assert names(behind) == ["Siti Aminah", "Dede Rohman", "Siti Aisyah"]
    assert all(r.wajib_arrears == 60_000 for r in behind.rows)
    paid_up = membership.list_members(db, MemberFilter(wajib_arrears=False), as_of=JUNE)
    assert names(paid_up) == ["Asep Saepudin", "Cucu Sumiati"]
    # one month later everyone is behind; in January nobody paying was
    assert membership.list_members(db, MemberFilter(wajib_arrears=True),
                                   as_of=dt.date(2024, 7, 1)).total == 5
    combined = membership.list_members(
        db, MemberFilter(query="siti", status="active", wajib_arrears=True), as_of=JUNE)
    assert names(combined) == ["Siti Aminah", "Siti Aisyah"]
    # the list agrees with the member's own balances
    for row in membership.list_members(db, as_of=JUNE).rows:
        assert row.wajib_arrears == savings.balances(db, row.id, as_of=JUNE).wajib_arrears


def test_list_sorts(db, people):
    by_name = membership.list_members(db, sort="name")
    assert names(by_name) == sorted(p[0] for p in PEOPLE)
    assert names(membership.list_members(db, sort="name", descending=True)) == sorted(
        (p[0] for p in PEOPLE), reverse=True)
    by_sukarela = membership.list_members(db, sort="sukarela", descending=True, as_of=JUNE)
    assert [r.sukarela for r in by_sukarela.rows] == [750_000, 300_000, 125_000, 0, 0]
    assert names(by_sukarela)[:3] == ["Cucu Sumiati", "Asep Saepudin", "Dede Rohman"]
    # ties keep a stable order (by id, reversed with the sort)
    assert names(by_sukarela)[3:] == ["Siti Aisyah", "Siti Aminah"]
    top = membership.list_members(db, sort="sukarela", descending=True, limit=2, as_of=JUNE)
    assert top.total == 5 and names(top) == ["Cucu Sumiati", "Asep Saepudin"]
    by_arrears = membership.list_members(db, sort="wajib_arrears", as_of=JUNE)
    assert [r.wajib_arrears for r in by_arrears.rows] == [0, 0, 60_000, 60_000, 60_000]
    by_rt = membership.list_members(db, MemberFilter(wajib_arrears=True), sort="kampung",
                                    as_of=JUNE)
    assert [r.kampung for r in by_rt.rows] == ["Babakan", "Cibitung", "Cikoneng"]
    # an unknown sort falls back to the member number
    assert [r.number for r in membership.list_members(db, sort="bogus").rows][0] == "KMR-0001"


# ------------------------------------------------------------------ leaving

def _member_with_savings(db, actors, **overrides):
    m = register(db, actors["petugas"], **overrides).member
    p = actors["petugas"]
    savings.record_deposit(db, actor=p, member_id=m.id, kind="pokok", amount=50_000, on_date=JOINED)
    savings.record_deposit(db, actor=p, member_id=m.id, kind="wajib", amount=30_000,
                           on_date=dt.date(2024, 3, 1))
    savings.record_deposit(db, actor=p, member_id=m.id, kind="sukarela", amount=200_000,
                           on_date=dt.date(2024, 3, 1))
    savings.record_withdrawal(db, actor=p, member_id=m.id, amount=45_000,
                              on_date=dt.date(2024, 4, 1))
    return m


def test_leave_quote_and_refund(db, actors):
    m = _member_with_savings(db, actors)
    kas_before = ledger.balance_of(db, Acc.KAS)
    quote = membership.leave_quote(db, m.id, on_date=dt.date(2024, 5, 1))
    assert (quote.pokok, quote.wajib, quote.sukarela) == (50_000, 30_000, 155_000)
    assert quote.gross == 235_000 and quote.owed == 0 and quote.refund == 235_000
    assert quote.can_leave and quote.blockers == ()

    out = membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                  on_date=dt.date(2024, 5, 1), reason="  pindah ke Cimahi ")
    assert out.value.refund == 235_000
    assert out.changes.members and out.changes.savings and out.changes.ledger
    got = membership.get_member(db, m.id)
    assert (got.status, got.left_on) == ("left", dt.date(2024, 5, 1))
    b = savings.balances(db, m.id)
    assert (b.pokok, b.wajib, b.sukarela, b.total) == (0, 0, 0, 0)
    assert b.wajib_arrears == 0  # nothing more is due from a member who has left
    assert ledger.balance_of(db, Acc.KAS) == kas_before - 235_000
    [entry] = ledger.entries_for_source(db, "member_leave", got.number)
    assert sorted((x.account_code, x.debit, x.credit) for x in entry.lines) == [
        (Acc.KAS, 0, 235_000), (Acc.SIMPANAN_SUKARELA, 155_000, 0),
        (Acc.SIMPANAN_POKOK, 50_000, 0), (Acc.SIMPANAN_WAJIB, 30_000, 0)]
    refunds = [t for t in savings.transactions(db, m.id) if t.tx_type == "pengembalian"]
    assert sorted((t.kind, t.amount) for t in refunds) == [
        ("pokok", -50_000), ("sukarela", -155_000), ("wajib", -30_000)]
    assert all(t.note == "pindah ke Cimahi" for t in refunds)
    [row] = audit_rows(db, "member.leave")
    assert row.username == "bendahara" and "Rp235.000" in row.summary
    assert_books_consistent(db)
    # the list shows her as left without arrears; no money moves any more
    [listed] = membership.list_members(db, MemberFilter(status="left")).rows
    assert listed.wajib_arrears == 0 and listed.sukarela == 0
    with pytest.raises(UserError):
        savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="wajib",
                               amount=10_000, on_date=dt.date(2024, 6, 1))
    # leaving twice is refused
    with pytest.raises(UserError) as info:
        membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                on_date=dt.date(2024, 6, 1), reason="lagi")
    assert info.value.code == "leave_refused"


def test_leave_refused_with_blocker_and_nothing_changes(db, actors, also_answering):
    m = _member_with_savings(db, actors)
    before = table_counts(db)

    def active_credit(session, question):
        return (["Masih ada kredit paket usaha yang belum lunas (Rp25.200)."]
                if question.member_id == m.id else [])

    with also_answering(events.LeaveBlockers, active_credit):
        quote = membership.leave_quote(db, m.id, on_date=dt.date(2024, 5, 1))
        assert not quote.can_leave
        assert quote.blockers == ("Masih ada kredit paket usaha yang belum lunas (Rp25.200).",)
        with pytest.raises(UserError) as info:
            membership.member_leave(db, actor=actors["ketua"], member_id=m.id,
                                    on_date=dt.date(2024, 5, 1), reason="pindah")
        assert info.value.code == "leave_refused"
        assert "kredit paket usaha" in info.value.message
    assert table_counts(db) == before
    assert membership.get_member(db, m.id).status == "active"
    assert savings.balances(db, m.id).total == 235_000
    # without the hook she may leave
    assert membership.leave_quote(db, m.id, on_date=dt.date(2024, 5, 1)).can_leave


def test_leave_deducts_debts_owed(db, actors, also_answering):
    m = _member_with_savings(db, actors)

    def owes(session, question):
        return [("Sisa pinjaman dana bergulir", 100_000, Acc.PIUTANG_PINJAMAN)]

    with also_answering(events.MemberDebts, owes):
        quote = membership.leave_quote(db, m.id, on_date=dt.date(2024, 5, 1))
        assert quote.owed == 100_000 and quote.refund == 135_000 and quote.can_leave
        membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                on_date=dt.date(2024, 5, 1), reason="pindah")
    [entry] = ledger.entries_for_source(db, "member_leave", "KMR-0001")
    assert (Acc.PIUTANG_PINJAMAN, 0, 100_000) in [(x.account_code, x.debit, x.credit)
                                                  for x in entry.lines]
    assert (Acc.KAS, 0, 135_000) in [(x.account_code, x.debit, x.credit) for x in entry.lines]
    assert sum(x.debit for x in entry.lines) == sum(x.credit for x in entry.lines) == 235_000
    assert savings.balances(db, m.id).total == 0
    assert_books_consistent(db)


def test_leave_refused_when_debt_exceeds_savings(db, actors, also_answering):
    m = _member_with_savings(db, actors)
    before = table_counts(db)

    def owes(session, question):
        return [("Tanggung renteng kelompok Mawar", 300_000, Acc.PIUTANG_PINJAMAN)]

    with also_answering(events.MemberDebts, owes):
        quote = membership.leave_quote(db, m.id, on_date=dt.date(2024, 5, 1))
        assert quote.refund == -65_000 and not quote.can_leave
        with pytest.raises(UserError) as info:
            membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                    on_date=dt.date(2024, 5, 1), reason="pindah")
        assert "Rp300.000" in info.value.message
    assert table_counts(db) == before
    assert membership.get_member(db, m.id).status == "active"


def test_leave_refused_while_sukarela_is_committed(db, actors, also_answering):
    m = _member_with_savings(db, actors)
    with also_answering(events.SukarelaHeld, lambda s, q: {m.id: 100_000}):
        quote = membership.leave_quote(db, m.id)
        assert not quote.can_leave and "Rp100.000" in quote.blockers[0]
        with pytest.raises(UserError):
            membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                    on_date=dt.date(2024, 5, 1), reason="pindah")
    assert membership.get_member(db, m.id).status == "active"


def test_leave_input_refusals(db, actors):
    m = _member_with_savings(db, actors)
    with pytest.raises(UserError) as info:
        membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                on_date=dt.date(2024, 5, 1), reason="  ")
    assert info.value.field == "reason"
    with pytest.raises(UserError) as info:
        membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                on_date=dt.date.today() + dt.timedelta(days=1), reason="pindah")
    assert info.value.field == "on_date"
    # the refund cannot be dated before money the member has already moved
    with pytest.raises(UserError) as info:
        membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                on_date=dt.date(2024, 3, 15), reason="pindah")
    assert info.value.field == "on_date"
    with pytest.raises(NotFound):
        membership.member_leave(db, actor=actors["bendahara"], member_id=999,
                                on_date=dt.date(2024, 5, 1), reason="pindah")
    assert membership.get_member(db, m.id).status == "active"


def test_applicant_without_savings_leaves_without_entry(db, actors):
    m = register(db, actors["petugas"]).member
    entries = ledger.count_entries(db)
    out = membership.member_leave(db, actor=actors["bendahara"], member_id=m.id,
                                  on_date=JOINED, reason="batal mendaftar").value
    assert out.refund == 0
    assert ledger.count_entries(db) == entries
    assert membership.get_member(db, m.id).status == "left"


# ------------------------------------------------------------------ the demo members

def _check_demo_members(db, today: dt.date) -> None:
    from kamura_desktop.demo.members import DEMO_MEMBERS
    from kamura_desktop.domain.nik import nik_warnings, validate_nik

    page = membership.list_members(db, as_of=today, limit=None)
    rows = {r.name: r for r in page.rows}
    assert len(DEMO_MEMBERS) == 41 and set(rows) >= {p.name for p in DEMO_MEMBERS}
    members = {r.name: membership.get_member(db, r.id) for r in page.rows}
    demo = [members[p.name] for p in DEMO_MEMBERS]
    assert sorted(m.tkm_role for m in demo if m.tkm_role) == sorted(membership.TKM_ROLES)
    assert sum(m.poor_family for m in demo) == 15  # 13 participants + 2 TKM representatives
    trades = [m.trade for m in demo]
    assert trades.count("Pengolahan ikan pindang") > len(demo) / 2
    assert {"Pedagang pindang", "Kasur", "Wajik", "Gurilem", "Konveksi"} <= set(trades)
    for m in demo:
        assert validate_nik(m.nik) == m.nik and m.nik.startswith("321710")
        assert nik_warnings(m.nik, m.birth_date, m.sex) == []
        assert (m.rw, m.desa, m.kecamatan) == ("008", "Mekarmukti", "Cihampelas")
        assert m.rt in {"001", "002", "003", "004", "005"} and m.kampung
        assert dt.date(2023, 1, 1) <= m.joined_on <= min(today, dt.date(2024, 12, 31))
        assert m.birth_date < m.joined_on
    assert [m.status for m in demo].count("active") == 40
    [gone] = [m for m in demo if m.status == "left"]
    assert gone.left_on <= today
    for p in DEMO_MEMBERS:
        row = rows[p.name]
        if p.leaves:
            continue
        assert row.pokok == 50_000, p.name
        assert row.wajib_arrears == p.behind * 10_000, p.name
    lenders = {p.name for p in DEMO_MEMBERS if p.lender}
    assert len(lenders) == 10
    with db.read() as s:
        savers = {name for (name,) in s.execute(
            select(Member.name).join(SavingsTransaction, SavingsTransaction.member_id == Member.id)
            .where(SavingsTransaction.kind == "sukarela", SavingsTransaction.tx_type == "setoran")
            .distinct())}
        last = s.scalar(select(func.max(SavingsTransaction.on_date)))
    assert savers == lenders
    assert last <= today
    assert_books_consistent(db)


def test_demo_members(demo_db):
    _check_demo_members(demo_db, dt.date.today())
    # the mistaken deposit and its reversal are there, and a few withdrawals
    history = [t for r in membership.list_members(demo_db, MemberFilter(query="ai nurjanah")).rows
               for t in savings.transactions(demo_db, r.id)]
    assert [t.tx_type for t in history].count("pembalikan") == 1


def test_demo_members_on_another_day_is_deterministic(db, actors):
    """The step run as of 2 January 2025 (the yearly payers' month, a year end) twice."""
    from kamura_desktop.demo import DEMO_USERS
    from kamura_desktop.demo import members as demo_members
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.users import change_password

    for u in DEMO_USERS:
        if u.role in ("petugas", "bendahara"):
            change_password(db, actor=Actor.system(), username=u.username, new_password=u.password)
    day = dt.date(2025, 1, 2)
    inputs = demo_members._inputs(day)
    leave_on = dt.date(2024, 12, 10)
    assert demo_members.history(inputs, day, leave_on) == demo_members.history(
        demo_members._inputs(day), day, leave_on)
    demo_members.demo_members(db, Actor.system(), today=day)
    _check_demo_members(db, day)
