"""Where the program may write a file it makes (a PDF, a workbook), and how: the one gate
every output of the CLI, the services and the app's save dialogs goes through.

The rule, in the words the user reads when a target is refused:

* never a **SQLite file** (its first 16 bytes are ``SQLite format 3\\0``: the open books, a
  backup, another cooperative's books), nor a SQLite **side file** — a name ending in
  ``-wal``, ``-shm`` or ``-journal``, or a file that starts with a WAL or rollback-journal
  header — whether or not it exists yet (a PDF named ``kamura.sqlite-wal`` would be read
  back as the database's log);
* never a **folder**;
* an **existing file only of the same kind**: its name ends in the kind's extension *and*
  its first bytes are the kind's (``%PDF-`` for a PDF, a zip header ``PK\\3\\4`` for an
  ``.xlsx``); an empty file of the right extension may be replaced too. A PDF replaces a PDF,
  a workbook a workbook, nothing else;
* a **new file** may have any name except a database's (``.sqlite``, ``.sqlite3``, ``.db``)
  or another kind's extension (a PDF is not written as ``laporan.xlsx``).

The bytes go to a temporary file beside the target (same folder, so the rename is atomic on
one file system), are flushed to disk, checked to start as the kind should, and only then
renamed over the target with :func:`os.replace`. A failure at any point removes the
temporary file and leaves the old target as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kamura_desktop.domain.errors import UserError

SQLITE_HEADER = b"SQLite format 3\x00"
#: the first bytes of a SQLite write-ahead log (two byte orders) and of a rollback journal
WAL_MAGICS = (bytes.fromhex("377f0682"), bytes.fromhex("377f0683"))
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
SIDE_FILE_ENDINGS = ("-wal", "-shm", "-journal")
DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".db3")


@dataclass(frozen=True)
class OutputKind:
    """A kind of file the program writes."""

    code: str
    label: str                      # Indonesian, for messages: "PDF", "buku kerja Excel"
    suffixes: tuple[str, ...]       # lower-case, with the dot
    magics: tuple[bytes, ...]       # an existing file of this kind starts with one of these


PDF = OutputKind("pdf", "PDF", (".pdf",), (b"%PDF-",))
XLSX = OutputKind("xlsx", "buku kerja Excel (.xlsx)", (".xlsx",), (b"PK\x03\x04",))
KINDS: dict[str, OutputKind] = {k.code: k for k in (PDF, XLSX)}


def output_kind(kind: str | OutputKind) -> OutputKind:
    return kind if isinstance(kind, OutputKind) else KINDS[kind]


def _head(path: Path, size: int = 16) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except OSError:
        return b""


def _refuse(path: Path, why: str) -> UserError:
    return UserError(f"Tidak dapat menulis ke {path}: {why} Pilih nama berkas lain.", field="path",
                     code="output_refused")


def check_target(path: Path | str, kind: str | OutputKind) -> Path:
    """Return ``path`` (absolute) if a file of ``kind`` may be written there, else raise
    :class:`UserError` naming the path and why."""
    k = output_kind(kind)
    path = Path(path).expanduser().absolute()
    name = path.name.lower()
    if not name:
        raise _refuse(path, "tidak ada nama berkas.")
    if path.is_dir():
        raise _refuse(path, "itu sebuah folder, bukan berkas.")
    if name.endswith(SIDE_FILE_ENDINGS):
        raise _refuse(path, "nama itu milik berkas pendamping database SQLite "
                            "(-wal, -shm atau -journal); menimpanya merusak buku.")
    head = _head(path) if path.exists() else b""
    if head.startswith(SQLITE_HEADER):
        raise _refuse(path, "berkas itu adalah database SQLite (buku koperasi atau cadangannya); "
                            "program tidak pernah menimpanya dengan dokumen.")
    if head.startswith(WAL_MAGICS) or head.startswith(JOURNAL_MAGIC):
        raise _refuse(path, "berkas itu adalah catatan (log) database SQLite; menimpanya "
                            "merusak buku.")
    suffix = path.suffix.lower()
    if suffix in DATABASE_SUFFIXES:
        raise _refuse(path, f"akhiran {path.suffix} dipakai untuk berkas database; "
                            f"dokumen {k.label} tidak ditulis dengan nama itu.")
    other = next((o for o in KINDS.values() if o is not k and suffix in o.suffixes), None)
    if other is not None:
        raise _refuse(path, f"akhiran {path.suffix} untuk {other.label}, sedangkan yang ditulis "
                            f"adalah {k.label}.")
    if path.exists():
        if suffix not in k.suffixes:
            raise _refuse(path, f"berkas itu sudah ada dan bukan {k.label} "
                                f"(hanya {k.label} yang boleh ditimpa dengan {k.label}).")
        if head and not head.startswith(k.magics):
            raise _refuse(path, f"berkas itu sudah ada dan isinya bukan {k.label} "
                                f"(hanya {k.label} yang boleh ditimpa dengan {k.label}).")
    return path


@contextlib.contextmanager
def writing(path: Path | str, kind: str | OutputKind) -> Iterator[Path]:
    """Check ``path``, yield a temporary path beside it to write to, and rename the finished
    file over ``path`` when the block ends without error (after checking it again: the target
    may have changed meanwhile). On any error the temporary file is removed, the target kept."""
    k = output_kind(kind)
    target = check_target(path, k)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                    suffix=".sementara")
    except OSError as exc:
        raise _refuse(target, f"folder tujuan tidak dapat ditulis ({exc.strerror or exc}).") from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not _head(tmp, 8).startswith(k.magics):
            raise UserError(f"Berkas {target} tidak ditulis: isinya bukan {k.label} yang utuh.",
                            field="path", code="output_refused")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        check_target(target, k)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _refuse(target, f"berkas tidak dapat diganti ({exc.strerror or exc}).") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def copy_to(source: Path | str, target: Path | str, kind: str | OutputKind) -> Path:
    """Copy a finished file (a previewed PDF) to ``target`` through :func:`writing`."""
    with writing(target, kind) as tmp, open(source, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    return Path(target).expanduser().absolute()


def save_workbook(wb, path: Path | str) -> Path:
    """``wb.save`` through :func:`writing` (an openpyxl workbook, normal or write-only)."""
    with writing(path, XLSX) as tmp:
        wb.save(tmp)
    return Path(path)
