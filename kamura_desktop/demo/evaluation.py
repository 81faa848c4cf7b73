"""The demo cooperative's evaluation: a KSM and a UPK round and an income survey (issue 7).

At the end of the I-P2P pilot (its fourth, lender-funded cycle, handed over on 29 June 2024,
is repaid on 6 July 2024) the cooperative evaluates it the way the KOTAKU study did, all
through :mod:`.evaluation` as the demo users:

* **KSM round** "Evaluasi pilot I-P2P — peserta" (6 Juli 2024, the groups' last collection of
  the pilot): the 15 pilot participants (the members of the three peer-borrower groups)
  answer the borrowers' instrument (20 items, 5-point scale); one participant left one
  statement blank. The answers give an IKM in the *efektif* band, with the lowest marks
  where the pilot really was weak (any-time applications, the fine for late instalments,
  using the capital for other needs);
* **UPK round** "Evaluasi pengelolaan pilot I-P2P — TKM" (8 Juli 2024): the 8 TKM members
  answer the fund managers' instrument (15 items), also *efektif*, lowest on "enough managers";
* **income survey** "Pendapatan bersih peserta pilot I-P2P": each participant's monthly net
  income before the first loan and after the pilot, in rupiah; most rose by 8–30 %, one fell,
  so the paired t-test finds a significant difference;
* the chair's **report notes**: process evaluation, conclusions and recommendations.

The answers are fixed tables (no randomness), so the demo's figures are the same on every PC.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.db.models.credit import BorrowerGroup, GroupMember
from kamura_desktop.db.models.membership import Member
from kamura_desktop.services import evaluation
from kamura_desktop.services.actor import Actor

from .people import DEMO_USERS

KSM_HELD_ON = dt.date(2024, 7, 6)
UPK_HELD_ON = dt.date(2024, 7, 8)
INCOME_HELD_ON = dt.date(2024, 7, 6)

#: the 15 participants' answers to K1–K20 (5 sangat setuju … 1 sangat tidak setuju), in the
#: order of the groups' members; None = left blank
KSM_ANSWERS: tuple[tuple[int | None, ...], ...] = (
    # K1 .. K5        K6 .. K10       K11 .. K15      K16 .. K20
    (4, 5, 3, 3, 4,   5, 4, 5, 4, 4,   4, 5, 4, 3, 4,   4, 4, 4, 4, 4),
    (5, 5, 4, 3, 4,   4, 4, 4, 5, 4,   5, 4, 4, 3, 4,   4, 5, 4, 4, 4),
    (4, 4, 3, 4, 5,   5, 4, 4, 4, 4,   4, 5, 5, 2, 4,   4, 4, 4, 3, 4),
    (4, 5, 3, 3, 4,   4, 5, 5, 4, 4,   4, 4, 4, 3, 5,   5, 4, 4, 4, 3),
    (5, 4, 4, 3, 4,   5, 4, 4, 4, 5,   4, 5, 4, 3, 4,   4, 4, 5, 4, 4),
    (4, 5, 3, 4, 4,   4, 4, 5, 4, 4,   5, 4, 4, 3, 4,   4, 4, 4, 4, 4),
    (4, 4, 2, 3, 4,   5, 4, 4, 5, 4,   4, 5, 4, 2, 4,   4, 5, 4, 4, 3),
    (5, 5, 4, 3, 5,   4, 5, 4, 4, 5,   4, 4, 5, 3, 4,   5, 4, 4, 4, 4),
    (4, 5, 3, 4, 4,   5, 4, 4, 4, 4,   4, 5, 4, 3, 5,   4, 4, 4, 3, 4),
    (4, 4, 3, 3, 4,   4, 4, 5, 4, 4,   5, 4, 4, 4, 4,   4, 4, 5, 4, 4),
    (5, 5, 4, 2, 4,   5, 5, 4, 4, 4,   4, 5, 4, 3, 4,   4, 5, 4, 4, 4),
    (4, 4, 3, 3, 5,   4, 4, 4, 5, 4,   4, 4, 4, 3, 4,   4, 4, 4, 4, 3),
    (4, 5, 3, None, 4, 5, 4, 5, 4, 5,  5, 5, 4, 3, 4,   5, 4, 4, 4, 4),
    (5, 4, 4, 3, 4,   4, 5, 4, 4, 4,   4, 4, 5, 3, 4,   4, 4, 4, 4, 4),
    (4, 5, 3, 3, 4,   5, 4, 4, 4, 4,   4, 5, 4, 2, 5,   4, 4, 5, 4, 4),
)

#: the 8 TKM members' answers to P1–P15
UPK_ANSWERS: tuple[tuple[int, ...], ...] = (
    # P1-P3     P4-P6     P7-P9     P10-P13      P14-P15
    (5, 4, 4,   5, 5, 4,   3, 4, 4,   4, 4, 4, 4,   4, 4),
    (4, 4, 5,   5, 4, 4,   3, 4, 3,   4, 5, 4, 4,   4, 4),
    (5, 4, 4,   4, 5, 5,   2, 3, 4,   4, 4, 4, 5,   5, 4),
    (4, 5, 4,   5, 5, 4,   3, 4, 4,   5, 4, 3, 4,   4, 4),
    (5, 4, 4,   5, 4, 4,   3, 4, 3,   4, 4, 4, 4,   4, 5),
    (4, 4, 5,   4, 5, 4,   4, 4, 4,   4, 5, 4, 4,   4, 4),
    (5, 4, 4,   5, 4, 5,   3, 3, 4,   4, 4, 4, 4,   5, 4),
    (4, 5, 4,   5, 5, 4,   3, 4, 4,   4, 4, 3, 5,   4, 4),
)

#: each participant's monthly net income (rupiah) before the first loan and after the pilot
INCOMES: tuple[tuple[int, int], ...] = (
    (1_150_000, 1_350_000), (950_000, 1_100_000), (1_300_000, 1_450_000), (800_000, 950_000),
    (1_050_000, 1_250_000), (900_000, 1_000_000), (1_200_000, 1_150_000), (850_000, 1_050_000),
    (1_000_000, 1_200_000), (750_000, 900_000), (1_100_000, 1_250_000), (950_000, 1_050_000),
    (1_250_000, 1_500_000), (700_000, 850_000), (1_000_000, 1_100_000),
)

PROCESS_NOTES = """\
Persiapan dan sosialisasi berjalan sesuai rencana: TKM (8 orang) menyiapkan program bersama \
pengurus dan pemerintah desa pada rapat persiapan 5 Maret 2024, lalu sosialisasi kepada warga \
pada 7 Maret 2024, dari rumah ke rumah dan lewat spanduk di RW 08, menjaring 13 peserta dari \
keluarga miskin dan 2 anggota TKM. Tiga kelompok peer borrower dibentuk pada 14 Maret 2024 \
menurut kedekatan tempat tinggal (RT), masing-masing dengan ketua kelompok dan seorang lender \
sebagai pendamping. Pelaksanaan dimulai 28 Maret 2024 dengan penyerahan paket usaha pertama.

- Partisipasi: seluruh 15 peserta mengikuti keempat siklus pinjaman paket usaha (penyerahan 28 Maret, \
30 April, 31 Mei dan 29 Juni 2024).
- Kehadiran pertemuan kelompok tinggi; buku saku angsuran diperiksa pada setiap pertemuan.
- Kemudahan: peserta menilai pengajuan mudah, tetapi pengajuan hanya dapat dilakukan sekali sebulan.
- Pengembalian: angsuran harian dibayar penuh dan tepat waktu pada keempat siklus.
- Keterlibatan pemangku kepentingan: pengurus, kader PKK dan lender ikut mendampingi kelompok.

Kendala: tiga peserta belum menyerahkan fotokopi KTP pada pengajuan pertama, dan sebagian peserta \
masih memakai modal untuk kebutuhan rumah tangga."""

CONCLUSIONS = """\
1. Program I-P2P efektif menurut peserta (KSM) maupun pengelola (TKM); nilai terendah ada pada \
waktu pengajuan dan penggunaan modal untuk kebutuhan lain.
2. Pendapatan bersih peserta per bulan sesudah pinjaman berbeda secara signifikan dengan \
sebelumnya (uji-t sampel berpasangan, α = 0,05); rata-rata pendapatan naik.
3. Keempat siklus pinjaman pilot (Maret–Juli 2024) dikembalikan penuh dan tepat waktu. Tunggakan \
yang muncul kemudian pada kelompok KSM dibahas pada pertemuan kelompok dan ditindaklanjuti dengan \
kunjungan rumah; tanggung renteng dan pemeriksaan buku saku perlu terus dijaga."""

RECOMMENDATIONS = """\
1. Lanjutkan program dan perluas ke RT lain di RW 08 serta ke usaha kasur, wajik, gurilem dan konveksi.
2. Buka pengajuan setiap dua minggu dan tambah jumlah pengelola/pendamping kelompok.
3. Pisahkan modal usaha dari kebutuhan rumah tangga melalui pelatihan pembukuan sederhana.
4. Himpun calon lender dan investor baru agar plafon kelompok dapat dinaikkan bertahap."""


def _actors(db: Database) -> dict[str, Actor]:
    names = {u.username for u in DEMO_USERS}
    with db.read() as s:
        users = s.scalars(select(User).where(User.username.in_(names)))
        return {u.role: Actor(u.id, u.username, u.full_name, u.role) for u in users}


def pilot_participants(db: Database) -> list[tuple[int, str]]:
    """The pilot's participants: members of the peer-borrower groups, group by group."""
    with db.read() as s:
        rows = s.execute(
            select(Member.id, Member.name)
            .join(GroupMember, GroupMember.member_id == Member.id)
            .join(BorrowerGroup, BorrowerGroup.id == GroupMember.group_id)
            .where(BorrowerGroup.kind == "peer")
            .order_by(BorrowerGroup.code, GroupMember.id)).all()
    seen: set[int] = set()
    out = []
    for mid, name in rows:
        if mid not in seen:
            seen.add(mid)
            out.append((mid, name))
    return out


def tkm_members(db: Database) -> list[tuple[int | None, str]]:
    """The TKM: members with a TKM role, in member order."""
    with db.read() as s:
        return [(mid, name) for mid, name in s.execute(
            select(Member.id, Member.name).where(Member.tkm_role.is_not(None), Member.tkm_role != "")
            .order_by(Member.id))]


def demo_evaluation(db: Database, system: Actor) -> None:
    actors = _actors(db)
    clerk = actors.get("petugas", system)
    chair = actors.get("ketua", system)

    participants = pilot_participants(db)[:len(KSM_ANSWERS)]
    if len(participants) < len(KSM_ANSWERS):  # a trimmed demo: free names stand in
        participants += [(None, f"Peserta {k}") for k in range(len(participants) + 1, len(KSM_ANSWERS) + 1)]
    ksm = evaluation.instrument_by_code(db, "ksm")
    upk = evaluation.instrument_by_code(db, "upk")

    r = evaluation.create_round(
        db, actor=clerk, instrument_id=ksm.id, title="Evaluasi pilot I-P2P — peserta", held_on=KSM_HELD_ON,
        notes="Kuesioner diisi peserta pada pertemuan kelompok terakhir pilot, dibantu pendamping.").value
    evaluation.replace_round_answers(db, actor=clerk, round_id=r.id, rows=[
        (name, mid, list(answers))
        for (mid, name), answers in zip(participants, KSM_ANSWERS, strict=True)])

    tkm = tkm_members(db)[:len(UPK_ANSWERS)]
    free = ["Kader PKK RW 08", "Pendamping Desa", "Perwakilan Keluarga Miskin", "Staf Koperasi"]
    while len(tkm) < len(UPK_ANSWERS):
        tkm.append((None, free[(len(tkm)) % len(free)] + f" {len(tkm) + 1}"))
    r = evaluation.create_round(
        db, actor=clerk, instrument_id=upk.id, title="Evaluasi pengelolaan pilot I-P2P — TKM", held_on=UPK_HELD_ON,
        notes="Diisi anggota Tim Kerja Masyarakat (TKM) pada rapat evaluasi pilot.").value
    evaluation.replace_round_answers(db, actor=clerk, round_id=r.id, rows=[
        (name, mid, list(answers)) for (mid, name), answers in zip(tkm, UPK_ANSWERS, strict=True)])

    sv = evaluation.create_income_survey(
        db, actor=clerk, title="Pendapatan bersih peserta pilot I-P2P", held_on=INCOME_HELD_ON,
        first_label="Sebelum pinjaman", second_label="Sesudah pinjaman").value
    evaluation.replace_income_rows(db, actor=clerk, survey_id=sv.id, rows=[
        (name, mid, first, second)
        for (mid, name), (first, second) in zip(participants, INCOMES, strict=True)])

    evaluation.save_report_notes(db, actor=chair, notes=evaluation.ReportNotesDTO(
        process_notes=PROCESS_NOTES, conclusions=CONCLUSIONS, recommendations=RECOMMENDATIONS))

