"""qtbot: a form shows all its field errors at once (issue 17) — saving an empty member form
flagged only the name; the group, credit application and lender forms likewise."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamura_desktop.services import groups, membership
from kamura_desktop.ui.lenders import LendersPage

from .test_credit_page import LEFT, make_group, make_members
from .test_credit_page import make_page as credit_page
from .test_members_page import make_page as members_page


def shown(dlg) -> set[str]:
    return {field for field, label in dlg.errors.labels.items() if not label.isHidden()}


def test_saving_an_empty_member_form_marks_every_missing_field(qtbot, db, actors):
    page = members_page(qtbot, db, actors["petugas"])
    dlg = page.new_member()
    dlg.sex.setCurrentIndex(-1)
    qtbot.keyClicks(dlg.rt, "1a")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert {"name", "nik", "sex", "rt"} <= shown(dlg)
    assert dlg.errors.labels["name"].text() == "Nama anggota wajib diisi."
    assert dlg.errors.labels["nik"].text() == "NIK belum diisi."
    assert dlg.general_error.isHidden()  # each message under its own field, none repeated below
    assert dlg.name.hasFocus() or not dlg.isActiveWindow()  # the first one gets the cursor
    assert membership.count_members(db) == 0
    # corrected one by one, the marks go with the next try
    qtbot.keyClicks(dlg.name, "Ai Nurhayati")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "name" not in shown(dlg) and {"nik", "rt"} <= shown(dlg)


def test_the_group_form_marks_name_and_leader_together(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 2)
    page = credit_page(qtbot, db, actors["petugas"])
    dlg = page.groups_tab.new_group()
    qtbot.keyClicks(dlg.rt, "x")
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert {"name", "rt"} <= shown(dlg)
    assert dlg.errors.labels["name"].text() == "Nama kelompok wajib diisi."
    assert groups.list_groups(db) == [] and ids


def test_the_application_form_marks_group_and_product_together(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 5)
    make_group(db, actors["petugas"], ids)
    page = credit_page(qtbot, db, actors["petugas"])
    dlg = page.applications_tab.new_application()
    dlg.group.setCurrentIndex(-1)
    dlg.product.setCurrentIndex(-1)
    dlg.submit()
    assert {"group", "product"} <= shown(dlg)


def test_the_lender_form_marks_the_member_and_the_limit_together(qtbot, db, actors):
    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.tasks import TaskRunner

    ctx = AppContext(db=db, db_path=db.path, actor=actors["petugas"], hub=SignalHub(),
                     tasks=TaskRunner())
    page = LendersPage(ctx)
    qtbot.addWidget(page)
    dlg = page.lenders_tab.register_lender()
    qtbot.keyClicks(dlg.max_per_group, "dua ratus")
    assert dlg.submit() is False
    assert {"member", "max_per_group"} <= shown(dlg)
