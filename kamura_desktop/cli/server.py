"""``kamura copy``: moving the cooperative to the office server (or back to a file)."""

from __future__ import annotations

import sys

from kamura_desktop.db.location import describe
from kamura_desktop.services import server_copy

from .common import needs


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
