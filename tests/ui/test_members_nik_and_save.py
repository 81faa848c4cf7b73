"""Issue 21 in the app: the member list shows the clerk masked NIKs (the member's own record
still shows it whole to a role that registers members), and a save dialog given the open
database (or its -wal) refuses it with a clear message and writes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kamura_desktop.services import member_io, membership
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.members import MembersPage
from kamura_desktop.ui.members.detail import MemberDetailDialog
from kamura_desktop.ui.members.models import MemberTableModel
from kamura_desktop.ui.print_preview import PrintPreviewDialog
from kamura_desktop.ui.tasks import TaskRunner

from .helpers import MessageBoxWatcher

NIK = "3217014503850442"


def make_ctx(db, actor) -> AppContext:
    return AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())


@pytest.fixture
def siti(db, actors) -> int:
    return membership.register_member(db, actor=actors["petugas"], data=MemberInput(
        name="Siti Aminah", nik=NIK, kk_number="3217010101200007", sex="P",
        joined_on=dt.date(2024, 1, 10), rt="1", rw="8", kampung="Babakan",
        trade="Pindang")).value.member.id


def page_for(qtbot, db, actor) -> MembersPage:
    page = MembersPage(make_ctx(db, actor))
    qtbot.addWidget(page)
    page.resize(1366, 600)
    page.show()
    return page


def nik_cell(page: MembersPage) -> str:
    return page.model.index(0, MemberTableModel.COL_NIK).data(Qt.ItemDataRole.DisplayRole)


def test_the_clerk_sees_masked_niks_in_the_list_the_chair_whole(qtbot, db, actors, siti, tmp_path):
    clerk_page = page_for(qtbot, db, actors["petugas"])
    assert nik_cell(clerk_page) == "3217••••••••0442"
    clerk_page.grab().save(str(tmp_path / "daftar-anggota-petugas.png"))
    assert nik_cell(page_for(qtbot, db, actors["ketua"])) == NIK
    assert nik_cell(page_for(qtbot, db, actors["admin"])) == "3217••••••••0442"


@pytest.mark.parametrize("role,shown", [("petugas", NIK), ("ketua", NIK),
                                        ("admin", "3217••••••••0442")])
def test_the_members_own_record_shows_the_nik_to_who_registers(qtbot, db, actors, siti, role, shown):
    dlg = MemberDetailDialog(make_ctx(db, actors[role]), siti)
    qtbot.addWidget(dlg)
    assert dlg.values["nik"].text() == shown
    assert dlg.values["kk_number"].text() == (
        "3217010101200007" if shown == NIK else "3217••••••••0007")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_dialog_refuses_the_open_database_and_its_wal(qtbot, db, actors, siti, tmp_path):
    page = page_for(qtbot, db, actors["ketua"])
    db_file = Path(db.path)
    wal = Path(f"{db_file}-wal")
    before = digest(db_file)
    for target in (db_file, wal):
        watcher = MessageBoxWatcher()
        try:
            assert page.export_excel(path=str(target)) is None  # the box was modal: answered
        finally:
            watcher.stop()
        title, text = watcher.seen[0]
        assert title == "Ekspor daftar anggota"
        assert f"Tidak dapat menulis ke {target}" in text and "Pilih nama berkas lain" in text
    assert digest(db_file) == before
    assert membership.list_members(db).total == 1  # the books still open and read


def test_print_preview_save_as_refuses_the_database(qtbot, db, actors, tmp_path):
    pdf = tmp_path / "pratinjau.pdf"
    member_io.registration_form_pdf(db, member_id=None, path=pdf)
    dlg = PrintPreviewDialog(pdf, title="Formulir", suggested_name="formulir.pdf")
    qtbot.addWidget(dlg)
    db_file = Path(db.path)
    before = digest(db_file)
    watcher = MessageBoxWatcher()
    try:
        assert dlg.save_as(str(db_file)) is None
        qtbot.waitUntil(lambda: bool(watcher.seen), timeout=3000)
    finally:
        watcher.stop()
    assert "database SQLite" in watcher.seen[0][1]
    assert digest(db_file) == before
    # a good name is written whole, with no temporary file left beside it
    saved = dlg.save_as(str(tmp_path / "salinan"))
    assert saved == tmp_path / "salinan.pdf" and saved.read_bytes() == pdf.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".sementara")] == []
