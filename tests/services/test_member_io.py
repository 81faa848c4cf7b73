"""Importing and exporting members and opening balances (services/member_io.py), on real
.xlsx files and a real database file."""

import datetime as dt
import zipfile
from dataclasses import fields

import pytest
from openpyxl import Workbook

from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import ledger, member_io, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books

HEADER = ["No", "Nama", "NIK", "No. KK", "JK", "Tempat Lahir", "Tanggal Lahir", "Kampung",
          "RT", "RW", "Desa", "Kecamatan", "No HP", "Jenis Usaha", "Tgl Masuk", "KTP",
          "KK ada", "Keluarga Miskin", "Status", "Peran TKM"]

# valid NIKs: 32 17 01 DD MM YY SSSS (women: day + 40)
NIK_SITI = "3217014503850001"
NIK_UJANG = "3217011207800002"
NIK_EUIS = "3217015108900003"
NIK_ASEP = "3217010101750004"
KK = "3217010101100007"


def member_row(no, name, nik, **kw):
    values = {
        "No": no, "Nama": name, "NIK": nik, "No. KK": KK, "JK": "P", "Tempat Lahir": "Bandung",
        "Tanggal Lahir": None, "Kampung": "Cibitung", "RT": 2, "RW": 8, "Desa": "Mekarmukti",
        "Kecamatan": "Cihampelas", "No HP": "0812-1111-2222", "Jenis Usaha": "Pindang",
        "Tgl Masuk": dt.datetime(2024, 3, 28), "KTP": "ya", "KK ada": "tidak",
        "Keluarga Miskin": "ya", "Status": "Aktif", "Peran TKM": None,
    }
    values.update(kw)
    return [values[h] for h in HEADER]


def write_xlsx(path, header, rows, *, title=None):
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
        ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def good_rows():
    return [
        member_row(1, "Siti Aminah", NIK_SITI),
        member_row(2, "Ujang Suryana", NIK_UJANG, JK="L", **{"Peran TKM": "bendahara"}),
        member_row(3, "Euis Komariah", NIK_EUIS, Status=None),
    ]


def members_in(db):
    return membership.list_members(db, limit=None).rows


# ---------------------------------------------------------------- the member import

def test_dry_run_saves_nothing_and_the_real_import_saves_all(db, actors, tmp_path):
    path = write_xlsx(tmp_path / "anggota.xlsx", HEADER, good_rows())
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)
    assert report.ok and report.dry_run and report.created == 3 and report.rows == 3
    assert members_in(db) == ()

    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False)
    assert report.ok and report.created == 3 and not report.dry_run
    rows = members_in(db)
    assert [(r.number, r.name, r.status) for r in rows] == [
        ("KMR-0001", "Siti Aminah", "active"), ("KMR-0002", "Ujang Suryana", "active"),
        ("KMR-0003", "Euis Komariah", "applicant")]
    ujang = membership.get_member(db, rows[1].id)
    assert ujang.sex == "L" and ujang.tkm_role == "Bendahara"  # matched without case
    assert ujang.rt == "002" and ujang.rw == "008" and ujang.kk_number == KK
    assert ujang.ktp_on_file and not ujang.kk_on_file and ujang.poor_family
    assert ujang.joined_on == dt.date(2024, 3, 28) and ujang.activated_on == dt.date(2024, 3, 28)
    assert ujang.phone == "0812-1111-2222" and ujang.trade == "Pindang"


def test_dry_run_lists_every_problem_with_row_and_column(db, actors, tmp_path):
    rows = [
        member_row(1, "Siti Aminah", NIK_SITI),                          # row 2: fine
        member_row(2, "Ujang", "3217011207800"),                         # 3: NIK too short
        member_row(3, None, NIK_EUIS),                                   # 4: no name
        member_row(4, "Asep", NIK_ASEP, **{"Tgl Masuk": "31/02/2024"}),  # 5: no such date
        member_row(5, "Siti Lagi", NIK_SITI),                            # 6: NIK of row 2
        member_row(6, "Dede", "3217015506950006", JK="X"),               # 7: sex
        member_row(7, "Nani", "3217015506950007", **{"Peran TKM": "Presiden"}),  # 8
        member_row(8, "Odah", "3217015506950008", KTP="mungkin", RT="tiga"),  # 9: two cells
        member_row(9, "Iis", "3217015506950009", **{"Tgl Masuk": None}),  # 10: no date
        member_row(10, "Cucu", "3217015506950010", Status="Pensiun"),     # 11
    ]
    path = write_xlsx(tmp_path / "salah.xlsx", HEADER, rows)
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)
    where = [(p.row, p.column) for p in report.problems]
    assert where == [(3, "NIK"), (4, "Nama"), (5, "Tgl Masuk"), (6, "NIK"), (7, "JK"),
                     (8, "Peran TKM"), (9, "RT"), (9, "KTP"), (10, "Tgl Masuk"),
                     (11, "Status")]
    reasons = {(p.row, p.column): p.reason for p in report.problems}
    assert "16 angka" in reasons[(3, "NIK")]
    assert "baris 2" in reasons[(6, "NIK")]
    assert "Peran TKM 'Presiden'" in reasons[(8, "Peran TKM")]
    assert "mungkin" in reasons[(9, "KTP")]
    assert str(report.problems[0]).startswith("Baris 3, kolom NIK: ")
    assert report.created == 1  # only row 2 is fine
    assert members_in(db) == ()


def test_a_single_bad_row_means_nothing_is_written(db, actors, tmp_path):
    rows = good_rows() + [member_row(4, "Asep", "9917010101750004")]  # province 99
    path = write_xlsx(tmp_path / "anggota.xlsx", HEADER, rows)
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False)
    assert report.created == 0 and [(p.row, p.column) for p in report.problems] == [(5, "NIK")]
    assert "provinsi" in report.problems[0].reason
    assert members_in(db) == ()
    # nothing half-done either: no number was used up, no audit row
    fixed = good_rows() + [member_row(4, "Asep", NIK_ASEP, JK="L")]
    write_xlsx(path, HEADER, fixed)
    assert member_io.import_members(db, actor=actors["petugas"], path=path,
                                    dry_run=False).created == 4
    assert [r.number for r in members_in(db)] == ["KMR-0001", "KMR-0002", "KMR-0003",
                                                  "KMR-0004"]


def test_a_problem_found_in_the_database_also_blocks_everything(db, actors, tmp_path):
    membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Ujang Sudah Ada", nik=NIK_UJANG, sex="L", joined_on=dt.date(2024, 1, 2)))
    path = write_xlsx(tmp_path / "anggota.xlsx", HEADER, good_rows())
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False)
    assert [(p.row, p.column) for p in report.problems] == [(3, "NIK")]
    assert "KMR-0001" in report.problems[0].reason and "Ujang Sudah Ada" in report.problems[0].reason
    assert len(members_in(db)) == 1


def test_nik_as_number_with_spaces_or_apostrophe(db, actors, tmp_path):
    rows = [
        member_row(1, "Siti", int(NIK_SITI), **{"No. KK": int(KK)}),  # a number cell
        member_row(2, "Ujang", "3217 0112 0780 0002", JK="L"),          # spaces
        member_row(3, "Euis", "'" + NIK_EUIS),                           # a typed apostrophe
        member_row(4, "Asep", f" {NIK_ASEP}\u00a0", JK="L"),             # stray blanks
    ]
    path = write_xlsx(tmp_path / "nik.xlsx", HEADER, rows)
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False)
    assert report.ok, report.problems
    assert [r.nik for r in members_in(db)] == [NIK_SITI, NIK_UJANG, NIK_EUIS, NIK_ASEP]
    assert membership.get_member(db, members_in(db)[0].id).kk_number == KK


def test_nik_as_a_rounded_excel_number_is_refused(db, actors, tmp_path):
    """Excel keeps 15 significant digits of a number cell and writes it as 3.21701450385E+15;
    such a NIK has already lost its last digit and is refused, not guessed."""
    made = write_xlsx(tmp_path / "made.xlsx", HEADER, [member_row(1, "Siti", int(NIK_SITI))])
    path = tmp_path / "nik.xlsx"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(f"<v>{NIK_SITI}</v>".encode(), b"<v>3.21701450385E+15</v>")
            dst.writestr(item, data)
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(2, "NIK")]
    assert "teks" in report.problems[0].reason


def test_dates_as_excel_dates_text_and_serials(db, actors, tmp_path):
    rows = [
        member_row(1, "Siti", NIK_SITI, **{"Tgl Masuk": dt.datetime(2024, 3, 28),
                                           "Tanggal Lahir": dt.datetime(1985, 3, 5)}),
        member_row(2, "Ujang", NIK_UJANG, JK="L",
                   **{"Tgl Masuk": "28/03/2024", "Tanggal Lahir": "12-07-1980"}),
        member_row(3, "Euis", NIK_EUIS, **{"Tgl Masuk": 45379}),  # serial of 28 Mar 2024
        member_row(4, "Asep", NIK_ASEP, JK="L", **{"Tgl Masuk": "28 Maret 2024"}),
    ]
    path = write_xlsx(tmp_path / "tanggal.xlsx", HEADER, rows)
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False)
    assert report.ok, report.problems
    members = [membership.get_member(db, r.id) for r in members_in(db)]
    assert {m.joined_on for m in members} == {dt.date(2024, 3, 28)}
    assert members[0].birth_date == dt.date(1985, 3, 5)
    assert members[1].birth_date == dt.date(1980, 7, 12)


def test_english_headers_any_case_and_punctuation(db, actors, tmp_path):
    header = ["NAME", "nik", "Family card", "Sex", "Birth place", "birth-date", "Hamlet", "rt",
              "R.W.", "Village", "District", "Phone", "Trade", "Joined", "KTP on file",
              "Poor family", "Member number", "TKM role"]
    rows = [["Siti Aminah", NIK_SITI, KK, "female", "Bandung", dt.datetime(1985, 3, 5),
             "Cibitung", "002", "008", "Mekarmukti", "Cihampelas", 81222334455, "Pindang",
             "2024-03-28", "yes", "no", "A-17", "Ketua"]]
    path = write_xlsx(tmp_path / "english.xlsx", header, rows, title="Member list")
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False)
    assert report.ok, report.problems
    m = membership.get_member(db, members_in(db)[0].id)
    assert (m.number, m.name, m.sex, m.birth_place, m.kampung, m.desa, m.kecamatan) == (
        "A-17", "Siti Aminah", "P", "Bandung", "Cibitung", "Mekarmukti", "Cihampelas")
    assert m.phone == "081222334455"  # the 0 a number cell dropped is put back
    assert m.ktp_on_file and not m.poor_family and m.tkm_role == "Ketua"
    assert m.status == "applicant"  # no status column: calon anggota until pokok is paid


def test_sex_is_read_from_the_nik_when_missing(db, actors, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", ["Nama", "NIK", "Tanggal Masuk"],
                      [["Siti", NIK_SITI, "01/02/2024"], ["Ujang", NIK_UJANG, "01/02/2024"]])
    assert member_io.import_members(db, actor=actors["petugas"], path=path,
                                    dry_run=False).ok
    assert [r.sex for r in members_in(db)] == ["P", "L"]


def test_missing_required_columns_and_duplicated_headers(db, actors, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", ["Nama", "Telepon", "HP"], [["Siti", "1", "2"]])
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)
    assert sorted((p.row, p.column) for p in report.problems) == [
        (1, "HP"), (1, "NIK"), (1, "Tanggal Masuk")]


def test_header_not_found(db, actors, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", ["apa", "ini"], [["x", "y"]])
    with pytest.raises(UserError, match="judul kolom"):
        member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)


def test_given_numbers_are_kept_and_new_ones_follow_them(db, actors, tmp_path):
    header = ["No Anggota", "Nama", "NIK", "Tanggal Masuk"]
    rows = [[None, "Siti", NIK_SITI, "01/02/2024"],
            ["KMR-0412", "Ujang", NIK_UJANG, "01/02/2024"],
            ["kmr-0412", "Euis", NIK_EUIS, "01/02/2024"]]
    path = write_xlsx(tmp_path / "a.xlsx", header, rows)
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(4, "No Anggota")]
    rows[2][0] = None
    write_xlsx(path, header, rows)
    assert member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False).ok
    assert sorted(r.number for r in members_in(db)) == ["KMR-0412", "KMR-0413", "KMR-0414"]
    new = membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Asep", nik=NIK_ASEP, sex="L", joined_on=dt.date(2024, 5, 1))).value.member
    assert new.number == "KMR-0415"


def test_round_trip_export_then_import_into_an_empty_database(db, actors, tmp_path):
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    path = write_xlsx(tmp_path / "awal.xlsx", HEADER, good_rows() + [
        member_row(4, "Asep =SUM(A1)", NIK_ASEP, JK="L", **{"No HP": "+62 812 5555",
                                                             "Tanggal Lahir": "01/01/1975"})])
    assert member_io.import_members(db, actor=clerk, path=path, dry_run=False).ok
    asep = members_in(db)[3]
    savings.record_deposit(db, actor=clerk, member_id=asep.id, kind="sukarela", amount=20_000,
                           on_date=dt.date(2024, 4, 1))
    membership.member_leave(db, actor=treasurer, member_id=asep.id, on_date=dt.date(2024, 5, 2),
                            reason="pindah")
    # a new member re-uses the NIK of the one who left (allowed: a person may rejoin)
    membership.register_member(db, actor=clerk, data=membership.MemberInput(
        name="Asep Kembali", nik=NIK_ASEP, sex="L", joined_on=dt.date(2024, 6, 1),
        notes="daftar ulang"))
    # the treasurer exports (full NIKs; the clerk's export masks them and cannot be re-imported)
    exported = member_io.export_members_xlsx(db, actor=treasurer, flt=membership.MemberFilter(),
                                             path=tmp_path / "ekspor.xlsx")

    other = open_books(tmp_path / "kosong.sqlite")
    try:
        report = member_io.import_members(other, actor=Actor.system(), path=exported,
                                          dry_run=False)
        assert report.ok, report.problems
        assert report.created == 5

        def everything(database):
            skip = {"id", "activated_on"}
            return [{f.name: getattr(m, f.name) for f in fields(m) if f.name not in skip}
                    for m in (membership.get_member(database, r.id) for r in members_in(database))]

        assert everything(other) == everything(db)
        left = [m for m in everything(other) if m["status"] == "left"]
        assert left and left[0]["left_on"] == dt.date(2024, 5, 2)
        assert left[0]["name"] == "Asep =SUM(A1)" and left[0]["phone"] == "+62 812 5555"
    finally:
        other.close()


def test_permissions(db, actors, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", HEADER, good_rows())
    nobody = Actor(user_id=None, username="tamu", full_name="Tamu", role="tamu")
    with pytest.raises(PermissionDenied):
        member_io.import_members(db, actor=nobody, path=path, dry_run=True)
    with pytest.raises(PermissionDenied):
        member_io.export_members_xlsx(db, actor=nobody, flt=membership.MemberFilter(),
                                      path=tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    with pytest.raises(PermissionDenied):
        member_io.import_savings(db, actor=actors["petugas"], path=path, dry_run=True)


# ---------------------------------------------------------------- opening balances

@pytest.fixture
def three_members(db, actors, tmp_path):
    path = write_xlsx(tmp_path / "anggota.xlsx", ["Nama", "NIK", "Tanggal Masuk", "Status"], [
        ["Siti Aminah", NIK_SITI, "15/01/2023", "Calon anggota"],
        ["Ujang Suryana", NIK_UJANG, "15/01/2023", "Calon anggota"],
        ["Euis Komariah", NIK_EUIS, "15/06/2023", "Calon anggota"]])
    assert member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False).ok
    return {r.name: r.id for r in members_in(db)}


SAVINGS_HEADER = ["No Anggota", "Nama", "Pokok", "Wajib", "Sukarela", "Saldo per"]


def test_opening_balances(db, actors, three_members, tmp_path):
    rows = [["KMR-0001", "Siti Aminah", 50_000, 120_000, "Rp1.250.000", "31/12/2023"],
            ["kmr-0002", None, 25_000, 60_000, None, dt.datetime(2023, 12, 31)],
            ["KMR-0003", "euis  komariah", None, None, 0, "31/12/2023"]]
    path = write_xlsx(tmp_path / "saldo.xlsx", SAVINGS_HEADER, rows)
    # the last row has no amount at all
    report = member_io.import_savings(db, actor=actors["bendahara"], path=path, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(4, "Pokok")]
    rows[2][4] = 40_000
    write_xlsx(path, SAVINGS_HEADER, rows)
    report = member_io.import_savings(db, actor=actors["bendahara"], path=path, dry_run=True)
    assert report.ok and report.created == 6
    assert savings.balances(db, three_members["Siti Aminah"]).total == 0

    report = member_io.import_savings(db, actor=actors["bendahara"], path=path, dry_run=False)
    assert report.ok and report.created == 6
    siti = savings.balances(db, three_members["Siti Aminah"], as_of=dt.date(2023, 12, 31))
    assert (siti.pokok, siti.wajib, siti.sukarela) == (50_000, 120_000, 1_250_000)
    assert siti.wajib_arrears == 0  # Jan..Dec 2023 = 12 x Rp10.000
    ujang = savings.balances(db, three_members["Ujang Suryana"], as_of=dt.date(2023, 12, 31))
    assert ujang.wajib_arrears == 60_000 and ujang.pokok_outstanding == 25_000
    statuses = {r.name: r.status for r in members_in(db)}
    # pokok paid in full: a member since joining; half paid: still calon anggota
    assert statuses == {"Siti Aminah": "active", "Ujang Suryana": "applicant",
                        "Euis Komariah": "applicant"}
    assert membership.get_member(db, three_members["Siti Aminah"]).activated_on == dt.date(
        2023, 1, 15)
    assert ledger.ledger_problems(db) == []
    # Dr Ekuitas Saldo Awal / Cr Simpanan …: the opening equity is debited by the total
    assert ledger.balance_of(db, Acc.SALDO_AWAL) == -1_545_000
    assert ledger.balance_of(db, Acc.SIMPANAN_POKOK) == 75_000
    assert ledger.balance_of(db, Acc.SIMPANAN_SUKARELA) == 1_290_000

    again = member_io.import_savings(db, actor=actors["bendahara"], path=path, dry_run=False)
    assert again.created == 0
    assert {(p.row, p.column) for p in again.problems} >= {(2, "Pokok"), (2, "Wajib"),
                                                          (2, "Sukarela")}
    assert "sudah pernah diimpor" in again.problems[0].reason


def test_opening_balances_all_or_nothing_with_row_and_column(db, actors, three_members,
                                                             tmp_path):
    rows = [["KMR-0001", "Siti Aminah", 50_000, 120_000, 10_000, "31/12/2023"],
            ["KMR-0009", None, 50_000, None, None, "31/12/2023"],            # no such member
            ["KMR-0002", "Ujang Salah", 50_000, None, None, "31/12/2023"],   # wrong name
            ["KMR-0003", None, "lima puluh", None, None, "31/12/2023"],      # not an amount
            ["KMR-0003", None, None, -5, None, "01/01/2023"],                # before joining
            ["KMR-0001", None, None, None, 5_000, "31/12/2099"]]             # again, future
    path = write_xlsx(tmp_path / "saldo.xlsx", SAVINGS_HEADER, rows)
    report = member_io.import_savings(db, actor=actors["ketua"], path=path, dry_run=False)
    assert report.created == 0
    where = [(p.row, p.column) for p in report.problems]
    assert where == [(3, "No Anggota"), (4, "Nama"), (5, "Pokok"), (6, "No Anggota"),
                     (6, "Saldo per"), (6, "Wajib"), (7, "No Anggota"), (7, "Saldo per")]
    reasons = [p.reason for p in report.problems]
    assert "KMR-0009" in reasons[0] and "Ujang Suryana" in reasons[1]
    assert "baris 5" in reasons[3] and "sebelum Euis Komariah masuk" in reasons[4]
    assert "negatif" in reasons[5] and "baris 2" in reasons[6] and "masa depan" in reasons[7]
    assert all(savings.balances(db, i).total == 0 for i in three_members.values())
    assert ledger.count_entries(db) == 0


def test_opening_balances_by_nik(db, actors, three_members, tmp_path):
    path = write_xlsx(tmp_path / "saldo.xlsx", ["NIK", "Sukarela", "Tanggal"],
                      [[int(NIK_EUIS), 75_000, "30/06/2023"], ["3217019999990001", 1, "30/06/2023"]])
    report = member_io.import_savings(db, actor=actors["bendahara"], path=path, dry_run=True)
    assert [(p.row, p.column) for p in report.problems] == [(3, "NIK")]
    write_xlsx(path, ["NIK", "Sukarela", "Tanggal"], [[int(NIK_EUIS), 75_000, "30/06/2023"]])
    assert member_io.import_savings(db, actor=actors["bendahara"], path=path,
                                    dry_run=False).created == 1
    assert savings.balances(db, three_members["Euis Komariah"]).sukarela == 75_000


def test_a_file_with_only_a_header(db, actors, tmp_path):
    path = write_xlsx(tmp_path / "kosong.xlsx", HEADER, [])
    for dry_run in (True, False):
        report = member_io.import_members(db, actor=actors["petugas"], path=path,
                                          dry_run=dry_run)
        assert [(p.row, p.column) for p in report.problems] == [(2, "Nama")]
        assert "tidak ada baris" in report.problems[0].reason
    path = write_xlsx(tmp_path / "saldo.xlsx", SAVINGS_HEADER, [])
    report = member_io.import_savings(db, actor=actors["bendahara"], path=path, dry_run=False)
    assert [(p.row, p.column) for p in report.problems] == [(2, "No Anggota")]


def test_a_given_number_with_a_superscript_digit_is_kept_not_a_traceback(db, actors, tmp_path):
    """"KMR-0²" is digits to str.isdigit(); the sequence must only follow numbers of 0–9."""
    header = ["No Anggota", "Nama", "NIK", "Tanggal Masuk"]
    rows = [["KMR-0\u00b2", "Ujang", NIK_UJANG, "01/02/2024"],
            [None, "Siti", NIK_SITI, "01/02/2024"]]
    path = write_xlsx(tmp_path / "a.xlsx", header, rows)
    assert member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=False).ok
    assert sorted(r.number for r in members_in(db)) == ["KMR-0001", "KMR-0\u00b2"]
