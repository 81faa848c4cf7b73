"""Demo step of the membership book: the members of RW 08 Desa Mekarmukti and their savings.

Forty-one people of the Sentra Usaha Pindang (Kecamatan Cihampelas, Kabupaten Bandung Barat):
the eight TKM members, the fifteen poor-family participants of the I-P2P pilot (thirteen
plus the two TKM representatives), ten members with larger sukarela balances who will be
lenders, and neighbours of the other trades (kasur, wajik, gurilem, konveksi). They joined
in 2023–2024 and paid the simpanan pokok on joining; most pay the wajib every month, a few
pay a year at a time, about ten are some months behind; one member left a fortnight ago.

The people, NIKs, KK numbers and phone numbers are invented (a fixed seed makes them the
same in every demo file); NIKs are valid for Kabupaten Bandung Barat (32 17) with district
code 10 and agree with the birth date and sex.

How it is written: members through ``membership.register_member``; the savings of the
last three weeks (and the leaving, a mistaken deposit and its reversal) through the savings
and membership services as the demo clerk and treasurer, so that they carry real receipts
and audit rows; the older history (about 1.400 deposits and withdrawals) in one
transaction with bulk inserts, because posting it one call at a time would take ten
seconds. The bulk rows are what the services would have written: one balanced journal
entry (Dr Kas / Cr Simpanan, or the reverse for a withdrawal) per savings row, receipt and
journal numbers from the same running sequences in date order, activation of each member
on the pokok, and an audit row per movement.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.services import audit, membership, savings, users
from kamura_desktop.services.actor import Actor

from .people import DEMO_USERS

SEED = 2018  # the cooperative's founding year
DISTRICT = "10"  # Kecamatan Cihampelas, as used for the demo NIKs
KAMPUNG_BY_RT = {1: "Babakan Pindang", 2: "Cibitung", 3: "Cikoneng", 4: "Pasirhuni", 5: "Sukamanah"}
PINDANG = "Pengolahan ikan pindang"


@dataclass(frozen=True)
class DemoMember:
    name: str
    sex: str
    trade: str
    rt: int
    poor: bool = False
    tkm: str | None = None
    lender: bool = False
    behind: int = 0           # months of wajib not yet paid
    yearly: bool = False      # pays the wajib a year at a time, in January
    leaves: bool = False      # left the cooperative two weeks ago
    joined: tuple[int, int] = (2023, 6)  # year and month of joining


DEMO_MEMBERS: tuple[DemoMember, ...] = (
    # the community work team (TKM): board, PKK cadres, facilitator, poor-family representatives
    DemoMember("H. Ujang Suryana", "L", "Pedagang pindang", 1, tkm="Ketua", lender=True,
               yearly=True, joined=(2023, 1)),
    DemoMember("Neneng Hasanah", "P", PINDANG, 2, tkm="Sekretaris", joined=(2023, 1)),
    DemoMember("Euis Komariah", "P", "Konveksi", 3, tkm="Bendahara", lender=True, joined=(2023, 1)),
    DemoMember("Asep Mulyana", "L", PINDANG, 1, tkm="Pendamping Koperasi", joined=(2023, 2)),
    DemoMember("Dede Supriatna", "L", "Pedagang pindang", 4, tkm="Koordinator Tim Lender",
               lender=True, joined=(2023, 2)),
    DemoMember("Entin Kartini", "P", PINDANG, 5, tkm="Koordinator Konsumsi", joined=(2023, 2)),
    DemoMember("Iis Rahmawati", "P", PINDANG, 2, poor=True, tkm="Koordinator Dokumentasi",
               joined=(2023, 3)),
    DemoMember("Aep Saepudin", "L", PINDANG, 3, poor=True, tkm="Koordinator Logistik",
               behind=1, joined=(2023, 3)),
    # poor-family participants of the pilot: they joined after the TKM's door-to-door visits of
    # late 2023 (members for 3 months by the first hand-over on 28 March 2024) and enrolled in
    # the pilot at its socialisation meeting of 7 March 2024
    DemoMember("Cucu Sumiati", "P", PINDANG, 1, poor=True, behind=2, joined=(2023, 9)),
    DemoMember("Yayat Supriatna", "L", PINDANG, 1, poor=True, joined=(2023, 9)),
    DemoMember("Enok Rohayati", "P", PINDANG, 2, poor=True, behind=3, joined=(2023, 9)),
    DemoMember("Omah Maryamah", "P", PINDANG, 2, poor=True, joined=(2023, 10)),
    DemoMember("Onah Juhanah", "P", PINDANG, 3, poor=True, behind=1, joined=(2023, 10)),
    DemoMember("Titin Suhartini", "P", PINDANG, 3, poor=True, joined=(2023, 10)),
    DemoMember("Imas Masitoh", "P", PINDANG, 4, poor=True, behind=4, joined=(2023, 10)),
    DemoMember("Tati Nurhayati", "P", PINDANG, 4, poor=True, joined=(2023, 11)),
    DemoMember("Nining Kurniasih", "P", PINDANG, 5, poor=True, joined=(2023, 11)),
    DemoMember("Engkus Kusnadi", "L", PINDANG, 5, poor=True, behind=2, joined=(2023, 11)),
    DemoMember("Ade Rukmana", "L", "Gurilem", 4, poor=True, joined=(2023, 11)),
    DemoMember("Eti Rohaeti", "P", "Wajik", 5, poor=True, joined=(2023, 11)),
    DemoMember("Iyah Sopiah", "P", PINDANG, 1, poor=True, behind=6, joined=(2023, 11)),
    # the other members; ten with larger sukarela will be lenders
    DemoMember("Ai Nurjanah", "P", "Pedagang pindang", 2, lender=True, joined=(2023, 3)),
    DemoMember("Wawan Setiawan", "L", "Kasur", 3, lender=True, yearly=True, joined=(2023, 4)),
    DemoMember("Yuyun Yuningsih", "P", PINDANG, 1, joined=(2023, 4)),
    DemoMember("Dadan Ramdani", "L", "Kasur", 5, joined=(2023, 5)),
    DemoMember("Lilis Suryani", "P", "Wajik", 3, lender=True, joined=(2023, 5)),
    DemoMember("Ela Nurlaela", "P", PINDANG, 4, behind=1, joined=(2023, 6)),
    DemoMember("Jajang Nurjaman", "L", "Pedagang pindang", 2, lender=True, joined=(2023, 7)),
    DemoMember("Popon Rohimah", "P", PINDANG, 5, joined=(2023, 8)),
    DemoMember("Cecep Hidayat", "L", "Gurilem", 1, joined=(2023, 9)),
    DemoMember("Nani Suryani", "P", PINDANG, 3, joined=(2023, 10)),
    DemoMember("Heni Handayani", "P", "Konveksi", 4, lender=True, joined=(2023, 11)),
    DemoMember("Ujang Sutisna", "L", PINDANG, 5, behind=3, joined=(2024, 1)),
    DemoMember("Mimin Mintarsih", "P", PINDANG, 2, joined=(2024, 2)),
    DemoMember("Deden Sopandi", "L", PINDANG, 4, lender=True, joined=(2024, 2)),
    DemoMember("Wati Rosmiati", "P", PINDANG, 1, joined=(2024, 3)),
    DemoMember("Euis Sartika", "P", "Pedagang pindang", 5, lender=True, joined=(2024, 3)),
    DemoMember("Iin Inayah", "P", PINDANG, 3, joined=(2024, 9)),
    DemoMember("Agus Salim", "L", PINDANG, 2, joined=(2024, 10)),
    DemoMember("Nenden Rosita", "P", PINDANG, 4, behind=2, joined=(2024, 11)),
    DemoMember("Odang Suhendar", "L", PINDANG, 3, leaves=True, joined=(2023, 5)),
)

WAJIB = savings.DEFAULT_WAJIB[1]
POKOK = 50_000


@dataclass(frozen=True)
class Movement:
    """One savings movement of the history, before it is posted."""

    on_date: dt.date
    member: int  # index in DEMO_MEMBERS
    kind: str
    amount: int  # signed: withdrawals negative
    note: str | None = None


# ------------------------------------------------------------------ people

def _nik(rng: random.Random, birth: dt.date, sex: str, used: set[str]) -> str:
    day = birth.day + 40 if sex == "P" else birth.day
    while True:
        nik = f"3217{DISTRICT}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 3999):04d}"
        if nik not in used:
            used.add(nik)
            return nik


def _phone(rng: random.Random) -> str | None:
    if rng.random() < 0.2:
        return None
    prefix = rng.choice(["0812", "0813", "0821", "0852", "0857", "0877", "0878", "0895"])
    return f"{prefix}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _inputs(today: dt.date) -> list[membership.MemberInput]:
    rng = random.Random(SEED)
    used: set[str] = set()
    out = []
    for p in DEMO_MEMBERS:
        birth = dt.date(rng.randint(1966, 2000), rng.randint(1, 12), rng.randint(1, 28))
        joined = min(today, dt.date(*p.joined, rng.randint(2, 27)))
        kk_issued = dt.date(rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28))
        out.append(membership.MemberInput(
            name=p.name, nik=_nik(rng, birth, p.sex, used), sex=p.sex, joined_on=joined,
            kk_number=f"3217{DISTRICT}{kk_issued:%d%m%y}{rng.randint(1, 9999):04d}",
            birth_place=rng.choice(["Bandung", "Bandung", "Bandung Barat", "Cianjur", "Cimahi"]),
            birth_date=birth, kampung=KAMPUNG_BY_RT[p.rt], rt=f"{p.rt:03d}", rw="008",
            desa="Mekarmukti", kecamatan="Cihampelas", phone=_phone(rng), trade=p.trade,
            ktp_on_file=rng.random() < 0.9, kk_on_file=rng.random() < 0.85,
            poor_family=p.poor, tkm_role=p.tkm,
        ))
    return out


# ------------------------------------------------------------------ the savings history

def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _day_in(rng: random.Random, y: int, m: int, lo: dt.date, hi: dt.date) -> dt.date:
    """A date in month (y, m) between lo and hi inclusive (both in or around that month)."""
    first = max(lo, dt.date(y, m, 1))
    last = min(hi, dt.date(y, m, 28))
    if last <= first:
        return first if first <= hi else hi
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


#: The day the demo's random savings history is drawn up to. A draw's range used to depend on
#: the build day (the days left in the current month, how many months had passed, when the
#: leaver's payments stop), and every member shares one random stream, so building the demo a
#: day later moved movements of *earlier years* (seen: the 2025 balance sheet Rp1.300.000
#: apart between a demo built on 7 and on 8 December 2026). The history is now drawn exactly
#: as on this day, and what falls after it comes from a random stream of each member's own
#: (`_continued`): a demo built on any later day has the same movements up to this day.
HISTORY_DRAWN_TO = dt.date(2026, 12, 7)


def history(inputs: list[membership.MemberInput], today: dt.date,
            leave_on: dt.date) -> list[Movement]:
    """Every savings movement from joining up to today, in date order (deterministic; the same
    movements up to ``HISTORY_DRAWN_TO`` whatever the day the demo is built after it)."""
    if today <= HISTORY_DRAWN_TO:
        return _drawn(inputs, today, leave_on)
    shift = today - HISTORY_DRAWN_TO  # the leaving stays the same days before "today"
    drawn = _drawn(inputs, HISTORY_DRAWN_TO, leave_on - shift)
    moves = drawn + _continued(inputs, drawn, HISTORY_DRAWN_TO, leave_on - shift, today, leave_on)
    moves.sort(key=lambda mv: (mv.on_date, mv.member, mv.kind != "pokok", mv.amount < 0))
    return moves


def _drawn(inputs: list[membership.MemberInput], today: dt.date,
           leave_on: dt.date) -> list[Movement]:
    """The history as drawn up to ``today`` (one random stream for every member)."""
    rng = random.Random(SEED + 1)
    moves: list[Movement] = []
    for i, (p, data) in enumerate(zip(DEMO_MEMBERS, inputs, strict=True)):
        joined = data.joined_on
        end = leave_on - dt.timedelta(days=1) if p.leaves else today
        moves.append(Movement(joined, i, "pokok", POKOK))
        if p.yearly:
            # the rest of the join year at joining, then twelve months each January
            moves.append(Movement(joined, i, "wajib", WAJIB * (13 - joined.month),
                                  f"Wajib bulan {joined.month}-12 tahun {joined.year}"))
            for y in range(joined.year + 1, end.year + 1):
                on = min(end, dt.date(y, 1, rng.randint(3, 20)))
                moves.append(Movement(on, i, "wajib", WAJIB * 12, f"Wajib tahun {y}"))
        else:
            for y, m in _paid_months(p, joined, end):
                on = joined if (y, m) == (joined.year, joined.month) else _day_in(
                    rng, y, m, dt.date(y, m, 3), end)
                moves.append(Movement(on, i, "wajib", WAJIB))
        if p.lender:
            moves.extend(_sukarela(rng, i, joined, end))
    moves.sort(key=lambda mv: (mv.on_date, mv.member, mv.kind != "pokok", mv.amount < 0))
    return moves


def _paid_months(p: DemoMember, joined: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """The months of wajib a monthly payer has paid by ``end`` (``behind`` months not yet)."""
    months = _months(joined, end)
    return months[:len(months) - p.behind] if p.behind else months


def _continued(inputs: list[membership.MemberInput], drawn: list[Movement], drawn_to: dt.date,
               drawn_leave_on: dt.date, today: dt.date, leave_on: dt.date) -> list[Movement]:
    """The movements after the drawn history, each member from a random stream of its own
    (so no member's draws move another's): the wajib of the months since (a late month paid
    after the drawn day), the yearly payers' Januaries, the lenders' sukarela continued from
    their drawn balance."""
    out: list[Movement] = []
    for i, (p, data) in enumerate(zip(DEMO_MEMBERS, inputs, strict=True)):
        rng = random.Random(f"{SEED}-{i}-after-{drawn_to.isoformat()}")
        joined = data.joined_on
        was_end = drawn_leave_on - dt.timedelta(days=1) if p.leaves else drawn_to
        end = leave_on - dt.timedelta(days=1) if p.leaves else today
        after = was_end + dt.timedelta(days=1)
        if end < after:
            continue
        if p.yearly:
            for y in range(was_end.year + 1, end.year + 1):
                on = min(end, dt.date(y, 1, rng.randint(3, 20)))
                out.append(Movement(on, i, "wajib", WAJIB * 12, f"Wajib tahun {y}"))
        else:
            paid = set(_paid_months(p, joined, was_end))
            for y, m in _paid_months(p, joined, end):
                if (y, m) in paid:
                    continue
                lo = max(after, dt.date(y, m, 3))
                hi = max(lo, min(end, dt.date(y, m, 28)))
                on = min(end, lo + dt.timedelta(days=rng.randint(0, (hi - lo).days)))
                out.append(Movement(on, i, "wajib", WAJIB))
        if p.lender:
            mine = [mv for mv in drawn if mv.member == i and mv.kind == "sukarela"]
            balance = sum(mv.amount for mv in mine)
            on = max(mv.on_date for mv in mine)
            out.extend(mv for mv in _sukarela_from(rng, i, on, balance, end) if mv.on_date >= after)
    return out


def _sukarela(rng: random.Random, i: int, joined: dt.date, end: dt.date) -> list[Movement]:
    """A lender's sukarela: a first deposit at joining, more every 2–4 months, a few withdrawals."""
    balance = rng.choice([1_000_000, 1_500_000, 2_000_000, 2_500_000, 3_000_000])
    return [Movement(joined, i, "sukarela", balance, "Setoran awal sukarela"),
            *_sukarela_from(rng, i, joined, balance, end)]


def _sukarela_from(rng: random.Random, i: int, on: dt.date, balance: int,
                   end: dt.date) -> list[Movement]:
    """A lender's sukarela after a movement on ``on`` that left ``balance``, up to ``end``."""
    out: list[Movement] = []
    while True:
        on += dt.timedelta(days=rng.randint(55, 120))
        if on > end:
            return out
        if rng.random() < 0.22 and balance > 1_000_000:
            amount = rng.choice([100_000, 200_000, 250_000, 300_000, 500_000])
            balance -= amount
            out.append(Movement(on, i, "sukarela", -amount,
                                rng.choice(["Biaya sekolah anak", "Keperluan keluarga",
                                            "Modal belanja ikan", "Perbaikan rumah"])))
        else:
            amount = rng.choice([100_000, 150_000, 200_000, 250_000, 300_000, 500_000, 750_000])
            balance += amount
            out.append(Movement(on, i, "sukarela", amount))


# ------------------------------------------------------------------ bulk posting

def post_history(s: Session, actor: Actor, moves: list[Movement], member_ids: list[int]) -> int:
    """Post the movements (in date order) through the savings book's bulk path, each stamped
    a few minutes after the one before from 08:00 (when the office opens) on its day.
    Returns the number of savings rows written. Caller holds the write transaction."""
    clock: dict[dt.date, dt.datetime] = {}
    history = []
    for mv in moves:
        at = clock.get(mv.on_date, dt.datetime.combine(mv.on_date, dt.time(8, 0))) + dt.timedelta(minutes=3)
        clock[mv.on_date] = at
        history.append(savings.HistoryMove(member_ids[mv.member], mv.kind, mv.on_date, mv.amount,
                                           mv.note, at))
    count, _ = savings.post_history_in_session(s, actor, history)
    return count


# ------------------------------------------------------------------ the demo step

def _login(db: Database, role: str) -> Actor:
    user = next(u for u in DEMO_USERS if u.role == role)
    return users.authenticate(db, user.username, user.password)


def demo_members(db: Database, system: Actor, *, today: dt.date | None = None) -> None:
    """Register the members of RW 08 and write their savings history (see the module doc)."""
    today = today or dt.date.today()
    petugas, bendahara = _login(db, "petugas"), _login(db, "bendahara")
    inputs = _inputs(today)
    ids = [membership.register_member(db, actor=petugas, data=data).value.member.id
           for data in inputs]

    # movements of the last three weeks through the services; everything before in bulk
    cutoff = today - dt.timedelta(days=21)
    leave_on = cutoff + dt.timedelta(days=5)
    moves = history(inputs, today, leave_on)
    old = [mv for mv in moves if mv.on_date < cutoff]
    recent = [mv for mv in moves if mv.on_date >= cutoff]
    with db.write() as s:
        n = post_history(s, petugas, old, ids)
        audit.record(s, system, action="demo.savings", entity="savings",
                     summary=f"riwayat simpanan contoh sebelum {cutoff:%d-%m-%Y}: {n} transaksi")

    leaver = next(i for i, p in enumerate(DEMO_MEMBERS) if p.leaves)
    mistaken = next(i for i, p in enumerate(DEMO_MEMBERS) if p.name == "Ai Nurjanah")
    events: list[tuple[dt.date, int, str, Movement | None]] = [
        (mv.on_date, k, "move", mv) for k, mv in enumerate(recent)]
    events.append((leave_on, len(recent), "leave", None))
    events.append((cutoff + dt.timedelta(days=12), len(recent) + 1, "mistake", None))
    for on, _, what, mv in sorted(events, key=lambda e: (e[0], e[1])):
        if what == "leave":
            membership.member_leave(db, actor=bendahara, member_id=ids[leaver], on_date=on,
                                    reason="Pindah domisili ke Cimahi")
        elif what == "mistake":
            # the clerk typed 500.000 for 50.000; the treasurer reverses it the same day
            wrong = savings.record_deposit(db, actor=petugas, member_id=ids[mistaken],
                                           kind="sukarela", amount=500_000, on_date=on).value
            savings.reverse_savings_transaction(db, actor=bendahara, tx_id=wrong.tx_id, on_date=on,
                                                reason="Salah ketik: seharusnya Rp50.000")
            savings.record_deposit(db, actor=petugas, member_id=ids[mistaken], kind="sukarela",
                                   amount=50_000, on_date=on)
        elif mv.amount > 0:
            savings.record_deposit(db, actor=petugas, member_id=ids[mv.member], kind=mv.kind,
                                   amount=mv.amount, on_date=mv.on_date, note=mv.note)
        else:
            savings.record_withdrawal(db, actor=petugas, member_id=ids[mv.member],
                                      amount=-mv.amount, on_date=mv.on_date, note=mv.note)

