"""The output gate (documents/outputs.py): where the program may write a file it makes, and
the atomic write through a temporary file beside the target."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from kamura_desktop.documents.outputs import check_target, copy_to, save_workbook, writing
from kamura_desktop.domain.errors import UserError


def sqlite_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".sementara"))


@pytest.mark.parametrize("name", ["buku.sqlite", "laporan.pdf", "tanpa-akhiran", "data.xlsx"])
def test_any_sqlite_file_is_refused_whatever_its_name(tmp_path, name):
    target = sqlite_file(tmp_path / name)
    before = target.read_bytes()
    for kind in ("pdf", "xlsx"):
        with pytest.raises(UserError) as err:
            check_target(target, kind)
        assert str(target) in err.value.message and "database SQLite" in err.value.message
        assert err.value.field == "path"
    assert target.read_bytes() == before


@pytest.mark.parametrize("ending", ["-wal", "-shm", "-journal"])
def test_side_files_are_refused_even_before_they_exist(tmp_path, ending):
    for target in (tmp_path / f"kamura.sqlite{ending}", tmp_path / f"LAPORAN{ending.upper()}"):
        with pytest.raises(UserError) as err:
            check_target(target, "pdf")
        assert "-wal, -shm atau -journal" in err.value.message
        assert not target.exists()


def test_a_wal_or_journal_by_its_header_is_refused(tmp_path):
    wal = tmp_path / "log.pdf"
    wal.write_bytes(bytes.fromhex("377f0682") + b"\0" * 28)
    journal = tmp_path / "j.pdf"
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\0" * 20)
    for target in (wal, journal):
        with pytest.raises(UserError, match="catatan \\(log\\) database SQLite"):
            check_target(target, "pdf")


def test_an_existing_file_of_another_kind_is_refused(tmp_path):
    xlsx = tmp_path / "daftar.xlsx"
    save_workbook(Workbook(), xlsx)
    with pytest.raises(UserError, match="akhiran .xlsx untuk buku kerja Excel"):
        check_target(xlsx, "pdf")
    notes = tmp_path / "catatan.txt"
    notes.write_text("penting")
    with pytest.raises(UserError, match="sudah ada dan bukan PDF"):
        check_target(notes, "pdf")
    fake = tmp_path / "palsu.pdf"
    fake.write_bytes(b"PK\x03\x04 not a pdf")
    with pytest.raises(UserError, match="isinya bukan PDF"):
        check_target(fake, "pdf")
    with pytest.raises(UserError, match="folder"):
        check_target(tmp_path, "pdf")
    with pytest.raises(UserError, match="akhiran .db dipakai untuk berkas database"):
        check_target(tmp_path / "baru.db", "xlsx")
    assert notes.read_text() == "penting"


def test_same_kind_new_and_empty_files_are_allowed(tmp_path):
    old = tmp_path / "lama.pdf"
    old.write_bytes(b"%PDF-1.4\n...")
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    assert check_target(old, "pdf") == old
    assert check_target(empty, "xlsx") == empty
    assert check_target(tmp_path / "baru" / "laporan", "pdf") == tmp_path / "baru" / "laporan"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"%PDF-1.4 versi lama")
    with pytest.raises(RuntimeError, match="gagal di tengah"):
        with writing(target, "pdf") as tmp:
            assert tmp.parent == tmp_path and tmp != target
            tmp.write_bytes(b"%PDF-1.4 setengah")
            raise RuntimeError("gagal di tengah")
    assert target.read_bytes() == b"%PDF-1.4 versi lama"
    assert leftovers(tmp_path) == []


def test_an_incomplete_file_is_not_renamed_into_place(tmp_path):
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"%PDF-1.4 versi lama")
    with pytest.raises(UserError, match="bukan PDF yang utuh"):
        with writing(target, "pdf") as tmp:
            tmp.write_bytes(b"")  # a builder that wrote nothing
    assert target.read_bytes() == b"%PDF-1.4 versi lama"
    assert leftovers(tmp_path) == []


def test_a_target_that_became_a_database_meanwhile_is_refused_at_the_rename(tmp_path):
    target = tmp_path / "laporan.pdf"
    with pytest.raises(UserError, match="database SQLite"):
        with writing(target, "pdf") as tmp:
            tmp.write_bytes(b"%PDF-1.4 baru")
            sqlite_file(target)  # another program put its database there meanwhile
    assert target.read_bytes().startswith(b"SQLite format 3\0")
    assert leftovers(tmp_path) == []


def test_a_complete_write_replaces_the_target(tmp_path):
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"%PDF-1.4 versi lama")
    source = tmp_path / "pratinjau.bin"
    source.write_bytes(b"%PDF-1.7 versi baru" * 1000)
    assert copy_to(source, target, "pdf") == target
    assert target.read_bytes() == source.read_bytes()
    assert leftovers(tmp_path) == []
