"""A large membership book for the benchmarks: 20.000 members and 400.000 savings rows.

Built once and cached as a file in the temp folder (keyed by the schema heads and the
builder's version), then copied for each test session, because building takes a while.
The rows are written with bulk inserts in ``db.write()`` sessions, but they are valid
books: every savings row has its balanced journal entry (Dr Kas / Cr Simpanan, or the
reverse for a withdrawal), receipt and journal numbers continue in the running sequences,
and the search text is what the membership service writes.

Benchmarks are skipped by default (``--benchmark-skip`` in pyproject); run them with
``.venv/bin/pytest tests/benchmarks --benchmark-enable``.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import insert, select, text

from kamura_desktop.db.models.core import Account, Sequence
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import membership, savings, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books

from .run_folder import run_data_dir
from .schema_key import schema_key

#: every benchmark's books keep their seal key in the run's data folder, even in a session
#: that did not load tests/conftest.py (tests/benchmarks/run_folder.py)
run_data_dir()

N_MEMBERS = 20_000
TX_PER_MEMBER = 20  # 400.000 savings rows
BUILDER_VERSION = 2
PETUGAS = ("petugas", "petugas-bench1")
CHUNK = 50_000

FIRST_NAMES = (
    "Siti", "Asep", "Euis", "Dede", "Cucu", "Iis", "Ujang", "Neneng", "Aep", "Entin", "Yayat",
    "Enok", "Omah", "Onah", "Titin", "Imas", "Tati", "Nining", "Engkus", "Ade", "Eti", "Iyah",
    "Ai", "Wawan", "Yuyun", "Dadan", "Lilis", "Ela", "Jajang", "Popon", "Cecep", "Nani", "Heni",
    "Mimin", "Deden", "Wati", "Iin", "Agus", "Nenden", "Odang", "Yanti", "Tono", "Eem", "Acep",
    "Dudung", "Kokom", "Engkos", "Oneng", "Ikah", "Rohman",
)
LAST_NAMES = (
    "Aminah", "Saepudin", "Komariah", "Suryana", "Rohayati", "Hidayat", "Sumiati", "Kurniasih",
    "Nurhayati", "Supriatna", "Rahmawati", "Setiawan", "Ramdani", "Suryani", "Hasanah",
    "Mulyana", "Kartini", "Maryamah", "Juhanah", "Suhartini", "Masitoh", "Kusnadi", "Rukmana",
    "Rohaeti", "Sopiah", "Nurjanah", "Yuningsih", "Nurlaela", "Nurjaman", "Rohimah",
    "Handayani", "Sutisna", "Mintarsih", "Sopandi", "Rosmiati", "Sartika", "Inayah", "Salim",
    "Rosita", "Suhendar",
)
KAMPUNG = ("Babakan Pindang", "Cibitung", "Cikoneng", "Pasirhuni", "Sukamanah", "Cimerang",
           "Sindangsari", "Bojong", "Cipeuyeum", "Lebaksari")
TRADES = ("Pengolahan ikan pindang",) * 6 + ("Pedagang pindang", "Kasur", "Wajik", "Gurilem",
                                              "Konveksi", "Warung")


@pytest.hookimpl(trylast=True)  # after pytest-benchmark has made its session
def pytest_configure(config) -> None:
    # pyproject's addopts carry --benchmark-skip so that the everyday run skips these;
    # pytest-benchmark lets only --benchmark-only override it, so --benchmark-enable does too
    session = getattr(config, "_benchmarksession", None)
    if session is not None and config.getoption("benchmark_enable"):
        session.skip = False


def make_nik(rng: random.Random, used: set[str]) -> tuple[str, str, dt.date]:
    """A valid, unused NIK of West Java with its sex and birth date."""
    while True:
        birth = dt.date(rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28))
        sex = rng.choice("LP")
        day = birth.day + 40 if sex == "P" else birth.day
        nik = (f"32{rng.choice(['17', '04', '73', '77'])}{rng.randint(1, 16):02d}"
               f"{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}")
        if nik not in used:
            used.add(nik)
            return nik, sex, birth


def _member_rows(rng: random.Random, today: dt.date) -> list[dict]:
    used: set[str] = set()
    now = dt.datetime.now().replace(microsecond=0)
    rows = []
    for i in range(1, N_MEMBERS + 1):
        nik, sex, birth = make_nik(rng, used)
        joined = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 5 * 365))
        values = dict(
            name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", nik=nik, sex=sex,
            kk_number=f"3217{rng.randint(1, 16):02d}{rng.randint(1, 28):02d}0{rng.randint(1, 9)}"
                      f"{rng.randint(10, 20)}{rng.randint(1, 9999):04d}",
            birth_place="Bandung", birth_date=birth, kampung=rng.choice(KAMPUNG),
            rt=f"{rng.randint(1, 20):03d}", rw=f"{rng.randint(1, 15):03d}", desa="Mekarmukti",
            kecamatan="Cihampelas", phone=f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            trade=rng.choice(TRADES), joined_on=min(joined, today), ktp_on_file=True,
            kk_on_file=rng.random() < 0.9, poor_family=rng.random() < 0.3, tkm_role=None,
            notes=None,
        )
        number = membership.format_member_number("KMR-", 4, i)
        rows.append(dict(
            id=i, number=number, status="active", activated_on=values["joined_on"], left_on=None,
            created_at=now, updated_at=now,
            search_text=membership._search_text(SimpleNamespace(**values), number), **values))
    return rows


def _savings(rng: random.Random, member: dict, today: dt.date) -> list[tuple[dt.date, str, int]]:
    """TX_PER_MEMBER movements in date order: pokok, wajib (15, in lumps) and sukarela (4)."""
    joined = member["joined_on"]
    span = max(1, (today - joined).days)
    dates = sorted(joined + dt.timedelta(days=rng.randint(0, span)) for _ in range(TX_PER_MEMBER - 1))
    kinds = ["wajib"] * 15 + ["sukarela"] * 4
    rng.shuffle(kinds)
    out = [(joined, "pokok", 50_000)]
    # wajib months paid: all months due for most members, a few months short for a quarter
    months_due = (today.year - joined.year) * 12 + today.month - joined.month + 1
    paid_months = max(15, months_due - (rng.randint(1, 12) if rng.random() < 0.25 else 0))
    lumps = [paid_months // 15 + (1 if k < paid_months % 15 else 0) for k in range(15)]
    sukarela = 0
    for on, kind in zip(dates, kinds, strict=True):
        if kind == "wajib":
            out.append((on, kind, 10_000 * lumps.pop()))
        elif sukarela >= 200_000 and rng.random() < 0.3:
            amount = rng.choice((50_000, 100_000, sukarela // 2 // 1000 * 1000))
            sukarela -= amount
            out.append((on, kind, -amount))
        else:
            amount = rng.choice((25_000, 50_000, 100_000, 250_000, 500_000))
            sukarela += amount
            out.append((on, kind, amount))
    return out


def build_big_books(path: Path) -> None:
    rng = random.Random(20_000)
    today = dt.date.today()
    db = open_books(path)
    try:
        users.create_user(db, actor=Actor.system(), username="admin", full_name="Admin Uji",
                          role="admin", password="admin-bench1")
        users.create_user(db, actor=Actor.system(), username=PETUGAS[0], full_name="Petugas Uji",
                          role="petugas", password=PETUGAS[1])
        members = _member_rows(rng, today)
        with db.write() as s:
            for i in range(0, len(members), CHUNK):
                s.execute(insert(Member.__table__), members[i:i + CHUNK])
            s.add(Sequence(name="member", next_value=N_MEMBERS + 1))
        with db.write() as s:
            s.execute(text("PRAGMA cache_size = -262144"))  # 256 MB while the indexes grow
            accounts = {code: id_ for code, id_ in s.execute(select(Account.code, Account.id))}
            petugas_id = s.scalar(text("SELECT id FROM users WHERE username = :u"), {"u": PETUGAS[0]})
            moves = []
            for m in members:
                moves.extend((on, m["id"], m["number"], m["name"], kind, amount)
                             for on, kind, amount in _savings(rng, m, today))
            moves.sort(key=lambda x: x[0])
            # plain tuples straight to the driver: dates in SQLAlchemy's SQLite text form
            seq: dict[int, int] = defaultdict(int)
            entries, lines, rows = [], [], []
            labels = {k: v.lower() for k, v in savings.KIND_LABELS.items()}
            for n, (on, member_id, number, name, kind, amount) in enumerate(moves, start=1):
                seq[on.year] += 1
                receipt = f"KW-{on.year}-{seq[on.year]:06d}"
                day, at = on.isoformat(), f"{on.isoformat()} 09:00:00.000000"
                cash, saving = accounts[Acc.KAS], accounts[savings.ACCOUNTS[kind]]
                debit, credit = (cash, saving) if amount > 0 else (saving, cash)
                verb = "Setoran" if amount > 0 else "Penarikan"
                entries.append((n, f"JU-{on.year}-{seq[on.year]:06d}", day,
                                f"{verb} {labels[kind]} {number} {name}", receipt, at, petugas_id))
                lines.append((n, debit, abs(amount), 0))
                lines.append((n, credit, 0, abs(amount)))
                rows.append((n, member_id, kind, "setoran" if amount > 0 else "penarikan", day,
                             amount, receipt, n, at, petugas_id))
            conn = s.connection()
            for sql, data in (
                ("INSERT INTO journal_entries (id, number, date, description, source_type, "
                 "source_id, created_at, created_by_id) VALUES (?, ?, ?, ?, 'savings', ?, ?, ?)",
                 entries),
                ("INSERT INTO journal_lines (entry_id, account_id, debit, credit) "
                 "VALUES (?, ?, ?, ?)", lines),
                ("INSERT INTO savings_transactions (id, member_id, kind, tx_type, on_date, amount, "
                 "receipt_no, journal_entry_id, created_at, created_by_id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows),
            ):
                for i in range(0, len(data), CHUNK):
                    conn.exec_driver_sql(sql, data[i:i + CHUNK])
            for year, last in seq.items():
                s.add(Sequence(name=f"journal:{year}", next_value=last + 1))
                s.add(Sequence(name=f"receipt:{year}", next_value=last + 1))
        with db.write() as s:
            s.execute(text("ANALYZE"))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def cached_big_books() -> Path:
    """The cached file, built if missing (about half a minute)."""
    heads = schema_key()
    folder = Path(tempfile.gettempdir()) / "kamura-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"members-{N_MEMBERS}-{TX_PER_MEMBER}-v{BUILDER_VERSION}-{heads}.sqlite"
    if not path.exists():
        part = path.with_suffix(".part")
        for leftover in folder.glob(part.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        build_big_books(part)
        part.rename(path)
        print(f"\nbenchmark database built in {time.perf_counter() - started:.1f} s: {path}")
    return path


def copy_big_books(target_dir: Path):
    """A private copy of the big books, opened."""
    target = target_dir / "kamura-besar.sqlite"
    shutil.copyfile(cached_big_books(), target)
    return open_books(target)


@pytest.fixture(scope="session")
def big_db(tmp_path_factory):
    db = copy_big_books(tmp_path_factory.mktemp("bench"))
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="session")
def bench_petugas(big_db) -> Actor:
    return users.authenticate(big_db, *PETUGAS)
