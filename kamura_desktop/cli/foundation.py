"""Foundation commands: init, demo, check, backup, restore, users; and ``--self-check``."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kamura_desktop import __version__
from kamura_desktop.db.database import known_heads
from kamura_desktop.db.location import describe, is_server
from kamura_desktop.demo import DEMO_USERS, create_demo
from kamura_desktop.domain.dates import format_datetime_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number, format_rupiah
from kamura_desktop.domain.roles import ROLES
from kamura_desktop.services import backup, integrity, member_io, server_backup, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.locations import backup_dir_for, own_data_dir
from kamura_desktop.services.setup import open_books

from .common import ANY_USER, add_user_option, db_path, login, needs, no_login, open_db, read_secret

#: where ``backup --encrypt`` and ``restore`` read the backup passphrase (else a pipe/prompt)
PASSPHRASE_ENV = "KAMURA_BACKUP_PASSPHRASE"


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[parent], help="buat database baru (kosong)")
    p.set_defaults(func=cmd_init)
    no_login(p, "membuat database baru yang belum punya pengguna")

    p = sub.add_parser("demo", parents=[parent], help="buat koperasi contoh (Mekarmukti)")
    p.set_defaults(func=cmd_demo)
    no_login(p, "membuat koperasi contoh di berkas baru")

    p = sub.add_parser("check", parents=[parent],
                       help="periksa keutuhan, versi skema dan keseimbangan buku besar")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_check)
    no_login(p, "memeriksa berkas yang mungkin rusak; tidak menampilkan data anggota")

    p = sub.add_parser("backup", parents=[parent], help="buat cadangan database")
    p.add_argument("--to", metavar="FILE", help="berkas tujuan (bawaan: folder cadangan)")
    p.add_argument("--encrypt", action="store_true",
                   help="enkripsi dengan kata sandi cadangan (KAMURA_BACKUP_PASSPHRASE, pipa "
                        "atau diminta) — untuk cadangan yang dibawa keluar dari komputer ini")
    add_user_option(p)
    p.set_defaults(func=cmd_backup)
    needs(p, "backup.create")

    p = sub.add_parser("restore", parents=[parent], help="pulihkan database dari cadangan")
    p.add_argument("--from", dest="source", metavar="FILE", required=True, help="berkas cadangan")
    p.add_argument("--paksa", action="store_true",
                   help="server kantor: pulihkan cadangan walaupun kunci segelnya hilang (tidak "
                        "ada di komputer mana pun), lalu jalankan `kamura reseal`")
    add_user_option(p)
    p.set_defaults(func=cmd_restore)
    no_login(p, "memulihkan berkas yang mungkin tidak dapat dibuka; perintah ini mengurus loginnya sendiri")

    pu = sub.add_parser("users", help="kelola pengguna")
    usub = pu.add_subparsers(dest="users_cmd", metavar="{add,list,passwd}", required=True)
    p = usub.add_parser("add", parents=[parent], help="tambah pengguna")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--name", required=True, help="nama lengkap")
    add_user_option(p)
    p.set_defaults(func=cmd_users_add)
    needs(p, "users.manage", first_user=True)
    p = usub.add_parser("list", parents=[parent], help="daftar pengguna")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_users_list)
    needs(p, "users.view")
    p = usub.add_parser("passwd", parents=[parent], help="ganti kata sandi")
    p.add_argument("username")
    add_user_option(p)
    p.set_defaults(func=cmd_users_passwd)
    needs(p, ANY_USER)


def cmd_init(args) -> int:
    path = db_path(args)
    existed = path.exists() and path.stat().st_size > 0
    db = open_books(path)
    n = users.user_count(db)
    db.close()
    print(f"Database {'sudah ada' if existed else 'dibuat'}: {path}")
    if n == 0:
        print("Belum ada pengguna. Buat admin: kamura users add admin --role admin --name 'Nama' "
              f"--db {path}")
    return 0


def cmd_demo(args) -> int:
    path = db_path(args)
    db = create_demo(path)
    db.close()
    print(f"Koperasi contoh KAMURA (Desa Mekarmukti) dibuat: {path}")
    print("Pengguna contoh (nama / kata sandi / peran):")
    for u in DEMO_USERS:
        print(f"  {u.username:<10} {u.password:<13} {u.role}")
    return 0


def cmd_check(args) -> int:
    report = integrity.check_database(db_path(args))
    if getattr(args, "json", False):
        print(json.dumps({
            "path": str(report.path), "ok": report.ok, "problems": report.problems,
            "schema": list(report.schema), "notes": report.notes, "entries": report.entries,
            "total_debit": report.total_debit, "total_credit": report.total_credit,
        }, ensure_ascii=False, indent=2))
    else:
        print(f"Database : {report.path}")
        if report.schema:
            print(f"Skema    : {', '.join(report.schema)}")
            print(f"Jurnal   : {report.entries} entri; debit {format_rupiah(report.total_debit)}, "
                  f"kredit {format_rupiah(report.total_credit)}")
        for note in report.notes:
            print(f"Catatan  : {note}")
        if report.ok:
            print("Hasil    : BAIK — utuh, skema terbaru, buku besar seimbang.")
        else:
            print("Hasil    : ADA MASALAH")
            for p in report.problems:
                print(f"  - {p}")
    return 0 if report.ok else 1


def cmd_backup(args) -> int:
    """A login allowed ``backup.create``; ``--encrypt`` asks for the backup passphrase
    (KAMURA_BACKUP_PASSPHRASE, a pipe — after the login password — or a prompt, twice)."""
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        if db.is_server:  # the office server: PostgreSQL's own pg_dump
            if args.encrypt:
                raise UserError("Cadangan server (pg_dump) belum dapat dienkripsi oleh Kamura; "
                                "simpan berkasnya di tempat aman.", field="--encrypt")
            got = server_backup.backup(db, actor=actor, to=Path(args.to) if args.to else None)
            print(f"Cadangan server dibuat: {got.path} ({format_number(got.size_bytes)} bita)")
            return 0
        passphrase = None
        if args.encrypt:
            passphrase = read_secret("Kata sandi cadangan: ", env=PASSPHRASE_ENV, confirm=True)
            backup.check_passphrase(passphrase)
        if args.to:
            info = backup.backup_database(db, actor=actor, to=Path(args.to),
                                          passphrase=passphrase).value
        elif passphrase is not None:
            info = backup.encrypted_backup(db, actor=actor, passphrase=passphrase).value
        else:
            info = backup.auto_backup(db, actor=actor).value
    finally:
        db.close()
    print(f"Cadangan{' terenkripsi' if info.encrypted else ''} dibuat: {info.path} "
          f"({format_number(info.size_bytes)} bita, {format_datetime_id(info.at)})")
    return 0


def cmd_restore(args) -> int:
    """An admin login of the current books; when they cannot be opened (damaged, missing),
    an admin login of the backup being restored (checked first). An encrypted backup asks
    for its passphrase first (KAMURA_BACKUP_PASSPHRASE, a pipe or a prompt), then the
    password. The current file is always kept first."""
    target = db_path(args)
    source = Path(args.source).expanduser().absolute()
    if is_server(target):  # the office server: pg_restore, the current contents kept first
        db = open_db(args, create=False)
        try:
            actor = login(db, args)
            # the password at hand opens the admin's wrap in a dump sealed with another key
            kept = server_backup.restore(db, actor=actor, source=source,
                                         password=getattr(args, "login_password", None),
                                         without_key=args.paksa)
        finally:
            db.close()
        print(f"Database {describe(target)} dipulihkan dari {args.source}.")
        print(f"Isi sebelumnya disimpan sebagai {kept.path}")
        if kept.restored_without_key:
            print("Kunci segel cadangan ini tidak ada di komputer ini: belum ada yang dapat "
                  "masuk. Jalankan sekarang `kamura reseal` dengan --db yang sama dan --user "
                  f"{actor.username}.")
        return 0
    passphrase = None
    if backup.needs_passphrase(target, source):
        passphrase = read_secret("Kata sandi cadangan: ", env=PASSPHRASE_ENV)

    def log_in(books):
        if books.path != target:
            print(f"Database {target} tidak dapat dibuka; masuk sebagai admin dari cadangan "
                  "yang dipulihkan.", file=sys.stderr)
        return login(books, args)

    # the login (on the current books, or on the checked backup when they cannot be opened)
    # is asked for once the backup has passed its check
    outcome = backup.restore_database(target, source=source, login=log_in,
                                      passphrase=passphrase, backup_dir=backup_dir_for(target))
    print(f"Database {target} dipulihkan dari {args.source}.")
    if outcome.value:
        print(f"Database sebelumnya disimpan sebagai {outcome.value.path}")
    return 0


def cmd_users_add(args) -> int:
    db = open_db(args)
    try:
        actor = Actor.system() if users.user_count(db) == 0 else login(db, args)
        password = read_secret(f"Kata sandi untuk {args.username}: ", env="KAMURA_NEW_PASSWORD",
                               confirm=True)
        user = users.create_user(db, actor=actor, username=args.username, full_name=args.name,
                                 role=args.role, password=password).value
    finally:
        db.close()
    print(f"Pengguna {user.username} ({user.role_label}) ditambahkan.")
    return 0


def cmd_users_list(args) -> int:
    db = open_db(args, create=False)
    try:
        rows = users.list_users(db)
    finally:
        db.close()
    if getattr(args, "json", False):
        print(json.dumps([{"username": u.username, "full_name": u.full_name, "role": u.role,
                           "active": u.active} for u in rows], ensure_ascii=False, indent=2))
    else:
        for u in rows:
            state = "" if u.active else " (nonaktif)"
            print(f"{u.username:<14} {u.role_label:<10} {u.full_name}{state}")
    return 0


def cmd_users_passwd(args) -> int:
    db = open_db(args, create=False)
    try:
        actor = login(db, args)
        new = read_secret(f"Kata sandi baru untuk {args.username}: ", env="KAMURA_NEW_PASSWORD",
                          confirm=True)
        # changing one's own password: the password just used to log in is the old one
        users.change_password(db, actor=actor, username=args.username, new_password=new,
                              old_password=args.login_password)
    finally:
        db.close()
    print(f"Kata sandi {args.username} diganti.")
    return 0


# ---------------------------------------------------------------------------- self-check

def gui_command() -> list[str]:
    """How to start the windowed program next to this one (bundle) or from source."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        return [str(exe.with_name("kamura-desktop" + exe.suffix))]
    return [sys.executable, "-m", "kamura_desktop.app"]


def self_check() -> int:
    """``kamura --self-check``: a temporary database with every migration and one PDF, done
    here; the window (Qt, which this layer does not import) by ``kamura-desktop --self-check``
    started as a child process. Prints one line per step; 0 when all is well, else 1."""
    print(f"kamura {__version__} — pemeriksaan mandiri"
          f"{' (paket terpasang)' if getattr(sys, 'frozen', False) else ''}", flush=True)
    failed: list[str] = []

    def step(name: str, fn) -> None:
        start = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # every failure is reported, whatever it is
            failed.append(name)
            plain = type(exc) is RuntimeError or hasattr(exc, "message")  # our own words
            text = getattr(exc, "message", None) or str(exc) if plain else f"{type(exc).__name__}: {exc}"
            print(f"GAGAL {name}: {text}", flush=True)
            return
        ms = (time.perf_counter() - start) * 1000
        print(f"OK    {name}{' — ' + detail if detail else ''} ({ms:.0f} ms)", flush=True)

    with (tempfile.TemporaryDirectory(prefix="kamura-periksa-") as tmp,
          own_data_dir(Path(tmp) / "data")):  # the temporary books' key stays in tmp
        folder = Path(tmp)
        opened: list = []

        def database() -> str:
            db = open_books(folder / "periksa.sqlite")
            opened.append(db)
            revisions = db.schema_revisions()
            if revisions != known_heads():
                raise RuntimeError(f"skema {sorted(revisions)} ≠ {sorted(known_heads())}")
            return f"skema {', '.join(sorted(revisions))}"

        def pdf() -> str:
            out = member_io.registration_form_pdf(opened[0], member_id=None,
                                                  path=folder / "formulir.pdf")
            data = Path(out).read_bytes()
            if not data.startswith(b"%PDF"):
                raise RuntimeError("berkas PDF tidak sah")
            return f"{len(data) // 1024} KB"

        def window() -> str:
            report = folder / "jendela.txt"
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       KAMURA_SELF_CHECK_REPORT=str(report))
            result = subprocess.run([*gui_command(), "--self-check"], env=env,
                                    capture_output=True, text=True, encoding="utf-8",
                                    errors="replace", timeout=300, check=False)
            lines = (report.read_text(encoding="utf-8") if report.is_file()
                     else result.stdout or "").splitlines()
            if result.returncode != 0:
                detail = "; ".join(x.strip() for x in lines if x.startswith("GAGAL")) or (
                    result.stderr.strip().splitlines() or [f"kode keluar {result.returncode}"])[-1]
                raise RuntimeError(detail)
            window_line = next((x for x in lines if "jendela" in x), "")
            return window_line.split("— ", 1)[-1] if "— " in window_line else "kamura-desktop --self-check"

        try:
            step("database sementara dan migrasi", database)
            if opened:
                step("PDF (formulir pendaftaran)", pdf)
        finally:
            for db in opened:
                db.close()
        step("program jendela (kamura-desktop --self-check)", window)
    if failed:
        print(f"HASIL: GAGAL — {', '.join(failed)}", flush=True)
        return 1
    print("HASIL: BAIK — program siap dipakai.", flush=True)
    return 0
