"""A big set of books for the issue 8 benchmarks: 20.000 active members and about
2.000.000 journal lines over one year.

``build_big_books(path)`` creates a real Kamura file with ``open_books`` (migrations, chart of
accounts, two users) and then bulk-inserts with raw ``executemany`` in one transaction — no
service calls, so a full build takes well under a couple of minutes:

- members (KMR-00001 …), 90 % joined before the year, 10 % during it; every one active;
- savings rows with their journal entries (pokok on joining, a wajib lump for the years
  before, wajib and sukarela deposits, sukarela withdrawals never above what the member has);
- loans: a disbursement (Dr piutang / Cr kas [/ Cr pendapatan lain for the admin fee]) and
  ten weekly repayments (Dr kas / Cr piutang / Cr pendapatan jasa [/ Cr simpanan wajib]);
- expenses (2–3 lines), bank deposits, monthly honoraria and depreciation, quarterly
  loan-loss provisions (Dr beban / Cr cadangan kerugian piutang, a contra asset);
- a revolving-fund grant at the start of the year before, large enough that the cash
  account never goes below zero, and fixed assets bought then.

Every entry is balanced (checked by ``check_books``); entries are numbered JU-<year>-000001
in date order, receipts KW-<year>-000001, and the running sequences continue after them.
``cached_books_file()`` builds the default file once per schema and reuses it.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books

from .run_folder import run_data_dir

run_data_dir()  # built by hand too (python -c): the key never goes to the real data folder

BUILDER_VERSION = 1
ADMIN = ("admin", "admin-bench1")
BENDAHARA = ("bendahara", "bendahara-bench1")
CHUNK = 100_000

FIRST = ("Siti", "Asep", "Euis", "Dede", "Cucu", "Iis", "Ujang", "Neneng", "Aep", "Entin",
         "Yayat", "Enok", "Omah", "Titin", "Imas", "Tati", "Nining", "Ade", "Eti", "Iyah", "Ai",
         "Wawan", "Yuyun", "Dadan", "Lilis", "Ela", "Jajang", "Cecep", "Nani", "Heni", "Agus")
LAST = ("Aminah", "Saepudin", "Komariah", "Suryana", "Rohayati", "Hidayat", "Sumiati",
        "Kurniasih", "Nurhayati", "Supriatna", "Rahmawati", "Setiawan", "Ramdani", "Suryani",
        "Hasanah", "Mulyana", "Kartini", "Kusnadi", "Rukmana", "Sopiah", "Nurjanah", "Salim")
KAMPUNG = ("Babakan Pindang", "Cibitung", "Cikoneng", "Pasirhuni", "Sukamanah", "Cimerang",
           "Sindangsari", "Bojong", "Cipeuyeum", "Lebaksari")
TRADES = ("Pengolahan ikan pindang", "Pedagang pindang", "Kasur", "Wajik", "Gurilem",
          "Konveksi", "Warung")
LOANS = (1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000)

# event kinds (sorted within a day in this order, so a withdrawal never precedes its deposit)
GRANT, ASSET, POKOK, WAJIB, SUK_IN, DISB, REPAY, SUK_OUT, EXPENSE, BANK, HONOR, DEPR, PROV = range(13)


def _accounts(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT code, id FROM accounts"))


def _members(rng: random.Random, n: int, year: int) -> list[tuple]:
    used: set[str] = set()
    now = f"{year - 1}-01-01 08:00:00.000000"
    rows = []
    for i in range(1, n + 1):
        while True:
            birth = dt.date(rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28))
            sex = rng.choice("LP")
            day = birth.day + 40 if sex == "P" else birth.day
            nik = (f"32{rng.choice(['17', '04', '73', '77'])}{rng.randint(1, 16):02d}"
                   f"{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}")
            if nik not in used:
                used.add(nik)
                break
        if rng.random() < 0.9:
            joined = dt.date(year - 6, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365 - 5))
            joined = min(joined, dt.date(year - 1, 12, 31))
        else:
            joined = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
        number = f"KMR-{i:05d}"
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        rt, rw = f"{rng.randint(1, 20):03d}", f"{rng.randint(1, 15):03d}"
        kampung, trade = rng.choice(KAMPUNG), rng.choice(TRADES)
        search = " ".join([number, name, nik, f"{rt}/{rw}", f"rt {rt}", f"rw {rw}", kampung,
                           trade]).lower()
        rows.append((i, number, nik, name, sex, "Bandung", birth.isoformat(), kampung, rt, rw,
                     "Mekarmukti", "Cihampelas", trade, joined.isoformat(), 1, 1,
                     int(rng.random() < 0.3), "active", joined.isoformat(), search, now, now))
    return rows


def _events(rng: random.Random, members: list[tuple], year: int, target_lines: int) -> list[tuple]:
    """(date ordinal, kind, member index or -1, a, b, c) — amounts depend on the kind."""
    start, end = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    joined = [dt.date.fromisoformat(m[13]).toordinal() for m in members]
    n = len(members)
    ev: list[tuple] = []
    # before the year: fixed assets, every member's pokok and a wajib lump for past months
    ev.append((dt.date(year - 1, 1, 5).toordinal(), ASSET, -1, 180_000_000, 0, 0))
    for i, j in enumerate(joined):
        ev.append((j, POKOK, i, 50_000, 0, 0))
        if j < start:
            jd = dt.date.fromordinal(j)
            months = (year - 1 - jd.year) * 12 + 12 - jd.month
            if months > 0:
                ev.append((rng.randint(j, start - 1), WAJIB, i, 10_000 * months, 0, 0))
    # the year's fixed entries
    for month in range(1, 13):
        last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).toordinal()
        ev.append((last, HONOR, -1, 45_000_000, 0, 0))
        ev.append((last, DEPR, -1, 3_000_000, 0, 0))
        if month % 3 == 0:
            ev.append((last, PROV, -1, 60_000_000 + 5_000_000 * month, 0, 0))
    lines = sum(2 for e in ev if dt.date.fromordinal(e[0]).year == year)
    kinds = (WAJIB,) * 25 + (SUK_IN,) * 18 + (SUK_OUT,) * 8 + (DISB,) * 4 + (EXPENSE,) * 2 + (BANK,)
    rand, randint, choice = rng.random, rng.randint, rng.choice
    while lines < target_lines:
        kind = choice(kinds)
        if kind in (EXPENSE, BANK):
            on = randint(start, end)
            if kind == EXPENSE:
                two = rand() < 0.5
                ev.append((on, EXPENSE, -1, randint(5, 150) * 10_000, randint(1, 40) * 5_000 if two else 0, 0))
                lines += 3 if two else 2
            else:
                ev.append((on, BANK, -1, randint(1, 20) * 1_000_000, 0, 0))
                lines += 2
            continue
        m = randint(0, n - 1)
        first = max(start, joined[m])
        if kind == WAJIB:
            ev.append((randint(first, end), WAJIB, m, choice((10_000, 10_000, 20_000, 30_000)), 0, 0))
            lines += 2
        elif kind == SUK_IN:
            ev.append((randint(first, end), SUK_IN, m, choice((25_000, 50_000, 100_000, 250_000)), 0, 0))
            lines += 2
        elif kind == SUK_OUT:  # a deposit and, later, a withdrawal of part of it
            d1 = randint(first, end)
            amount = choice((100_000, 200_000, 500_000, 1_000_000))
            ev.append((d1, SUK_IN, m, amount, 0, 0))
            ev.append((randint(d1, end), SUK_OUT, m, amount // choice((1, 2, 4)), 0, 0))
            lines += 4
        else:  # a loan and its weekly repayments that fall inside the year
            if first > end - 7:
                continue
            d = randint(first, end - 7)
            amount = choice(LOANS)
            fee = amount // 100 if rand() < 0.5 else 0
            ev.append((d, DISB, m, amount, fee, 0))
            lines += 3 if fee else 2
            principal, service = amount // 10, amount * 15 // 1000
            for k in range(1, 11):
                on = d + 7 * k
                if on > end or lines >= target_lines:
                    break
                wajib = 10_000 if rand() < 0.25 else 0
                ev.append((on, REPAY, m, principal, service, wajib))
                lines += 4 if wajib else 3
    return ev


def build_big_books(path, *, members: int = 20_000, lines: int = 2_000_000, year: int = 2025,
                    seed: int = 2025) -> dict:
    """Create the file at ``path`` (must not exist) and fill it; returns a few counts."""
    started = time.perf_counter()
    path = Path(path)
    rng = random.Random(seed)
    db = open_books(path)
    try:
        users.create_user(db, actor=Actor.system(), username=ADMIN[0], full_name="Admin Uji",
                          role="admin", password=ADMIN[1])
        users.create_user(db, actor=Actor.system(), username=BENDAHARA[0],
                          full_name="Bendahara Uji", role="bendahara", password=BENDAHARA[1])
    finally:
        db.close()

    member_rows = _members(rng, members, year)
    events = _events(rng, member_rows, year, lines)
    events.sort(key=lambda e: (e[0], e[1]))

    # the grant that keeps the cash account above zero at every moment
    cash = low = 0
    for _on, kind, _m, a, b, c in events:
        if kind in (POKOK, WAJIB, SUK_IN):
            cash += a
        elif kind in (SUK_OUT, ASSET, HONOR, BANK):
            cash -= a
        elif kind == DISB:
            cash -= a - b
        elif kind == REPAY:
            cash += a + b + c
        elif kind == EXPENSE:
            cash -= a + b
        low = min(low, cash)
    grant = (-low // 100_000_000 + 2) * 100_000_000
    events.insert(0, (dt.date(year - 1, 1, 2).toordinal(), GRANT, -1, grant, 0, 0))

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        acc = _accounts(conn)
        uid = conn.execute("SELECT id FROM users WHERE username = ?", (BENDAHARA[0],)).fetchone()[0]
        conn.executemany(
            "INSERT INTO members (id, number, nik, name, sex, birth_place, birth_date, kampung, rt,"
            " rw, desa, kecamatan, trade, joined_on, ktp_on_file, kk_on_file, poor_family, status,"
            " activated_on, search_text, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", member_rows)
        kas, bank, piutang = acc[Acc.KAS], acc[Acc.BANK], acc[Acc.PIUTANG_PINJAMAN]
        pokok, wajib, sukarela = acc[Acc.SIMPANAN_POKOK], acc[Acc.SIMPANAN_WAJIB], acc[Acc.SIMPANAN_SUKARELA]
        jasa, lain = acc[Acc.PENDAPATAN_JASA_PINJAMAN], acc[Acc.PENDAPATAN_LAIN]
        save_acc = {POKOK: (pokok, "pokok"), WAJIB: (wajib, "wajib"), SUK_IN: (sukarela, "sukarela"),
                    SUK_OUT: (sukarela, "sukarela")}
        jseq: dict[int, int] = defaultdict(int)
        rseq: dict[int, int] = defaultdict(int)
        entries: list[tuple] = []
        jlines: list[tuple] = []
        saves: list[tuple] = []
        n_entries = n_lines = n_saves = 0

        def flush() -> None:
            conn.executemany(
                "INSERT INTO journal_entries (id, number, date, description, source_type, source_id,"
                " created_at, created_by_id) VALUES (?,?,?,?,?,?,?,?)", entries)
            conn.executemany("INSERT INTO journal_lines (entry_id, account_id, debit, credit)"
                             " VALUES (?,?,?,?)", jlines)
            conn.executemany(
                "INSERT INTO savings_transactions (member_id, kind, tx_type, on_date, amount,"
                " receipt_no, journal_entry_id, note, created_at, created_by_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)", saves)
            entries.clear()
            jlines.clear()
            saves.clear()

        eid = 0
        last_ord, day, at = None, "", ""
        for on, kind, m, a, b, c in events:
            if on != last_ord:
                d = dt.date.fromordinal(on)
                last_ord, y, day, at = on, d.year, d.isoformat(), f"{d.isoformat()} 09:00:00.000000"
            eid += 1
            jseq[y] += 1
            number = f"JU-{y}-{jseq[y]:06d}"
            who = member_rows[m][1] + " " + member_rows[m][3] if m >= 0 else ""
            if kind in save_acc:
                rseq[y] += 1
                receipt = f"KW-{y}-{rseq[y]:06d}"
                account, label = save_acc[kind]
                if kind == SUK_OUT:
                    desc, src = f"Penarikan simpanan sukarela {who}", "savings"
                    jlines += ((eid, account, a, 0), (eid, kas, 0, a))
                    saves.append((m + 1, label, "penarikan", day, -a, receipt, eid, None, at, uid))
                else:
                    desc, src = f"Setoran simpanan {label} {who}", "savings"
                    jlines += ((eid, kas, a, 0), (eid, account, 0, a))
                    saves.append((m + 1, label, "setoran", day, a, receipt, eid, None, at, uid))
                entries.append((eid, number, day, desc, src, receipt, at, uid))
            elif kind == REPAY:
                rseq[y] += 1
                receipt = f"KW-{y}-{rseq[y]:06d}"
                jlines += ((eid, kas, a + b + c, 0), (eid, piutang, 0, a), (eid, jasa, 0, b))
                if c:
                    jlines.append((eid, wajib, 0, c))
                    saves.append((m + 1, "wajib", "setoran", day, c, None, eid,
                                  f"bersama angsuran {receipt}", at, uid))
                entries.append((eid, number, day, f"Angsuran pinjaman {who}", "repayment",
                                receipt, at, uid))
            elif kind == DISB:
                jlines += ((eid, piutang, a, 0), (eid, kas, 0, a - b))
                if b:
                    jlines.append((eid, lain, 0, b))
                entries.append((eid, number, day, f"Pencairan pinjaman {who}", "disbursement",
                                f"KR-{y}-{eid:07d}", at, uid))
            else:
                debit, credit, desc, src = {
                    GRANT: (kas, acc[Acc.MODAL_DANA_BERGULIR], "Penerimaan hibah dana bergulir", "grant"),
                    ASSET: (acc[Acc.ASET_TETAP], kas, "Pembelian aset tetap (gedung kantor, komputer)", "manual"),
                    HONOR: (acc[Acc.BEBAN_HONOR], kas, "Honor pengurus dan karyawan", "manual"),
                    DEPR: (acc[Acc.BEBAN_PENYUSUTAN], acc[Acc.AKUM_PENYUSUTAN], "Penyusutan aset tetap", "manual"),
                    PROV: (acc[Acc.BEBAN_PENYISIHAN_PIUTANG], acc[Acc.CADANGAN_KERUGIAN_PIUTANG],
                           "Penyisihan kerugian piutang", "provision"),
                    BANK: (bank, kas, "Setoran kas ke bank", "manual"),
                    EXPENSE: (acc[Acc.BEBAN_ADMINISTRASI], kas, "Beban administrasi dan umum", "manual"),
                }[kind]
                if kind == EXPENSE and b:
                    jlines += ((eid, debit, a, 0), (eid, acc[Acc.BEBAN_ATK_CETAK], b, 0),
                               (eid, credit, 0, a + b))
                    desc += "; alat tulis dan cetak"
                else:
                    jlines += ((eid, debit, a, 0), (eid, credit, 0, a))
                entries.append((eid, number, day, desc, src, None, at, uid))
            if len(jlines) >= CHUNK:
                n_entries += len(entries)
                n_lines += len(jlines)
                n_saves += len(saves)
                flush()
        n_entries += len(entries)
        n_lines += len(jlines)
        n_saves += len(saves)
        flush()
        seqs = [("member", members + 1)]
        seqs += [(f"journal:{y}", v + 1) for y, v in jseq.items()]
        seqs += [(f"receipt:{y}", v + 1) for y, v in rseq.items()]
        conn.executemany("INSERT OR REPLACE INTO sequences (name, next_value) VALUES (?, ?)", seqs)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    with sqlite3.connect(path) as check:
        year_lines = check.execute(
            "SELECT count(*) FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id"
            " WHERE e.date BETWEEN ? AND ?", (f"{year}-01-01", f"{year}-12-31")).fetchone()[0]
    return {"members": members, "entries": n_entries, "lines": n_lines, "year_lines": year_lines,
            "savings_rows": n_saves, "grant": grant, "seconds": round(time.perf_counter() - started, 1)}


def check_books(path) -> list[str]:
    """Problems in a built file (should be none): unbalanced entries, a negative cash day."""
    with sqlite3.connect(path) as conn:
        bad = conn.execute(
            "SELECT entry_id FROM journal_lines GROUP BY entry_id"
            " HAVING sum(debit) != sum(credit) OR count(*) < 2 LIMIT 5").fetchall()
        problems = [f"entry {e} unbalanced" for (e,) in bad]
        kas = conn.execute("SELECT id FROM accounts WHERE code = ?", (Acc.KAS,)).fetchone()[0]
        running = 0
        for day, net in conn.execute(
                "SELECT e.date, sum(l.debit - l.credit) FROM journal_lines l"
                " JOIN journal_entries e ON e.id = l.entry_id WHERE l.account_id = ?"
                " GROUP BY e.date ORDER BY e.date", (kas,)):
            running += net
            if running < 0:
                problems.append(f"cash below zero on {day}")
                break
    return problems


def cached_books_file(*, members: int = 20_000, lines: int = 2_000_000, year: int = 2025) -> Path:
    """The default big file, built once per schema into the temp folder (about a minute)."""
    from .schema_key import schema_key

    heads = schema_key()
    folder = Path(tempfile.gettempdir()) / "kamura-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"books-{members}-{lines}-{year}-v{BUILDER_VERSION}-{heads}.sqlite"
    if not path.exists():
        part = path.with_name(path.stem + ".part.sqlite")
        for leftover in folder.glob(part.name + "*"):
            leftover.unlink()
        info = build_big_books(part, members=members, lines=lines, year=year)
        for suffix in ("-wal", "-shm", ".clean", ".checked"):  # SQLite's and Kamura's side files
            Path(str(part) + suffix).unlink(missing_ok=True)
        part.rename(path)
        print(f"\nbooks benchmark file built: {info} → {path}")
    return path


def copy_books_file(target_dir, **kwargs) -> Path:
    """A private copy of the cached big file (not opened)."""
    target = Path(target_dir) / "kamura-buku-besar.sqlite"
    shutil.copyfile(cached_books_file(**kwargs), target)
    return target
