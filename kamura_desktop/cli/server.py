"""``kamura copy``: moving the cooperative to the office server (or back to a file);
``kamura reseal``: a new seal key for server books whose key no PC holds any more."""

from __future__ import annotations

import sys

from kamura_desktop.db.location import describe, is_server
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import server_copy, tamper, users

from .common import add_user_option, db_path, login_name, needs, no_login, open_db, read_secret


def register(sub, parent) -> None:
    p = sub.add_parser(
        "copy", parents=[parent],
        help="salin seluruh koperasi ke database kosong (server kantor)",
        description="Menyalin seluruh isi database (anggota, buku besar, log audit, nomor "
                    "urut) ke database kosong lalu membuktikannya: jumlah baris tiap tabel "
                    "dan hash buku besar serta simpanan di kedua sisi. Tujuan yang tidak "
                    "kosong ditolak.")
    # the login is checked on the source (--from is the --db of the access declaration)
    p.add_argument("--from", dest="db", metavar="SUMBER", required=True,
                   help="berkas .sqlite atau URL server sumber")
    p.add_argument("--to", dest="target", metavar="TUJUAN", required=True,
                   help="URL server (postgresql+psycopg://pengguna@host:5432/kamura) atau "
                        "berkas .sqlite baru")
    p.set_defaults(func=cmd_copy)
    needs(p, "backup.restore")

    p = sub.add_parser(
        "reseal", parents=[parent],
        help="segel ulang database server yang kuncinya hilang (admin)",
        description="Untuk database server kantor yang kunci segelnya tidak dipegang komputer "
                    "mana pun dan tidak tersimpan untuk admin mana pun (komputer pemegang kunci "
                    "rusak sebelum admin sempat masuk di sana), sehingga tidak ada yang dapat "
                    "masuk. Dijalankan admin di komputer tanpa kunci: bila semua rantai dan "
                    "hash utuh, database disegel dengan kunci baru di komputer ini, dan "
                    "tercatat di log audit (database.reseal).")
    add_user_option(p)
    p.add_argument("--paksa", action="store_true",
                   help="segel ulang walaupun kunci tersimpan untuk admin lain (yang tidak "
                        "dapat masuk di komputer ini)")
    p.set_defaults(func=cmd_reseal)
    no_login(p, "memeriksa kata sandi admin tanpa menulis apa pun: di komputer tanpa kunci "
                "segel login biasa ditolak, perintah ini yang memperbaikinya")


def cmd_copy(args) -> int:
    def progress(done: int, total: int, table: str) -> None:
        pct = 100 * done // total if total else 100
        print(f"[{pct:3d}%] {table}", file=sys.stderr, flush=True)

    report = server_copy.copy_database(args.db, args.target, progress=progress)
    print(f"Disalin: {describe(args.db)} → {describe(args.target)}")
    for line in report.lines():
        print(line)
    if not report.identical:
        print("GAGAL: salinan tidak sama dengan sumbernya (lihat BEDA di atas). Jangan "
              "pakai database tujuan.", file=sys.stderr)
        return 1
    print("Sama persis: jumlah baris semua tabel dan hash buku besar serta simpanan.")
    return 0


def cmd_reseal(args) -> int:
    if not is_server(db_path(args)):  # a file is resealed at open; not even opened here
        raise UserError(tamper.RESEAL_ONLY_SERVER, field="--db")
    username = login_name(args)
    if getattr(args, "reseal_password", None) is None:  # read once: a retried write reuses it
        args.reseal_password = read_secret(f"Kata sandi {username}: ", env="KAMURA_PASSWORD")
    password = args.reseal_password
    db = open_db(args, create=False)
    try:
        done = users.reseal_server_books(db, username=username, password=password,
                                         force=args.paksa).value
    finally:
        db.close()
    print(f"Database {describe(db.location)} disegel ulang dengan kunci baru {done.new_file_id} "
          f"(kunci lama {done.old_file_id}).")
    print(f"Kunci disimpan di komputer ini: {done.key_path}")
    print("Komputer lain: admin masuk sekali di setiap komputer (kuncinya dipasang otomatis); "
          "admin lain masuk sekali di komputer ini dulu agar kuncinya tersimpan untuknya.")
    return 0
