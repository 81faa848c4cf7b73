"""Foundation commands: init, demo, check, backup, restore, users."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kamura_desktop.domain.dates import format_datetime_id
from kamura_desktop.domain.money import format_number, format_rupiah
from kamura_desktop.domain.roles import ROLES
from kamura_desktop.services import backup, integrity, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.demo import DEMO_USERS, create_demo
from kamura_desktop.services.locations import backup_dir_for
from kamura_desktop.services.setup import open_books

from .common import add_user_option, db_path, login, open_db, read_secret


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[parent], help="buat database baru (kosong)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[parent], help="buat koperasi contoh (Mekarmukti)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", parents=[parent],
                       help="periksa keutuhan, versi skema dan keseimbangan buku besar")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[parent], help="buat cadangan database")
    p.add_argument("--to", metavar="FILE", help="berkas tujuan (bawaan: folder cadangan)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[parent], help="pulihkan database dari cadangan")
    p.add_argument("--from", dest="source", metavar="FILE", required=True, help="berkas cadangan")
    p.set_defaults(func=cmd_restore)

    pu = sub.add_parser("users", help="kelola pengguna")
    usub = pu.add_subparsers(dest="users_cmd", metavar="{add,list,passwd}", required=True)
    p = usub.add_parser("add", parents=[parent], help="tambah pengguna")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--name", required=True, help="nama lengkap")
    add_user_option(p)
    p.set_defaults(func=cmd_users_add)
    p = usub.add_parser("list", parents=[parent], help="daftar pengguna")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_users_list)
    p = usub.add_parser("passwd", parents=[parent], help="ganti kata sandi")
    p.add_argument("username")
    add_user_option(p)
    p.set_defaults(func=cmd_users_passwd)


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
    db = open_db(args, create=False)
    try:
        actor = Actor.system()
        if args.to:
            info = backup.backup_database(db, actor=actor, to=Path(args.to)).value
        else:
            info = backup.auto_backup(db, actor=actor).value
    finally:
        db.close()
    print(f"Cadangan dibuat: {info.path} ({format_number(info.size_bytes)} bita, "
          f"{format_datetime_id(info.at)})")
    return 0


def cmd_restore(args) -> int:
    target = db_path(args)
    # No login: a damaged database cannot be logged into, and whoever can reach the file can
    # copy it anyway. The current file is always kept as a backup first.
    outcome = backup.restore_database(target, source=Path(args.source), actor=Actor.system(),
                                      backup_dir=backup_dir_for(target))
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
