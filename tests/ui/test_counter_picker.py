"""The member picker of the counter dialogs as a clerk types: with pauses between the keys
(the search list opens meanwhile), an exact member number, credit number or scanned code
always wins over the suggestions; the chosen member is shown large and repeated after posting;
the member selected in the list or open in the detail carries into Ctrl+D and the withdrawal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kamura_desktop.services import credits, membership, savings
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.ui.members.savings_dialogs import DepositDialog, WithdrawalDialog

from .test_members_dialogs import make_ctx, make_page, nik, open_detail

JOINED = dt.date.today().replace(day=1) - dt.timedelta(days=200)
PAUSE_MS = 400  # longer than the search's debounce: the suggestion list is open


def register(db, actor, name: str, serial: int, *, rt: str = "2", kampung: str = "Cibodas"):
    return membership.register_member(db, actor=actor, data=MemberInput(
        name=name, nik=nik(1 + serial % 27, 3, 80, serial, female=True), sex="P",
        joined_on=JOINED, rt=rt, rw="8", kampung=kampung,
        birth_date=dt.date(1980, 3, 1 + serial % 27))).value.member


@pytest.fixture
def thirteen(db, actors):
    """KMR-0001 … KMR-0013; the 13th lives in Kampung Sukamanah RT 013."""
    out = [register(db, actors["petugas"], f"Anggota Ke{i}", i) for i in range(1, 13)]
    out.append(register(db, actors["petugas"], "Nining Kurniasih", 13, rt="13",
                        kampung="Sukamanah"))
    assert [m.number for m in out][-1] == "KMR-0013"
    return out


def type_slowly(qtbot, edit, text: str, pause: int = PAUSE_MS) -> None:
    for ch in text:
        qtbot.keyClicks(edit, ch)
        qtbot.wait(pause)


def open_deposit(qtbot, db, actor) -> DepositDialog:
    dlg = DepositDialog(make_ctx(db, actor), None, kind="sukarela")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    dlg.picker.edit.setFocus()
    return dlg


@pytest.mark.parametrize("typed,expected", [("13", "KMR-0013"), ("3", "KMR-0003"),
                                            ("1", "KMR-0001"), ("kmr-0012", "KMR-0012")])
def test_an_exact_member_number_wins_over_the_open_suggestions(qtbot, db, actors, thirteen,
                                                              typed, expected):
    dlg = open_deposit(qtbot, db, actors["petugas"])
    type_slowly(qtbot, dlg.picker.edit, typed)
    qtbot.keyClick(dlg.picker.completer.popup() if dlg.picker.completer.popup().isVisible()
                   else dlg.picker.edit, Qt.Key.Key_Return)
    assert dlg.picker.member is not None
    assert dlg.picker.member.number == expected
    assert not dlg.picker.completer.popup().isVisible()


def test_a_scanned_code_typed_at_scanner_speed_picks_its_member(qtbot, db, actors, thirteen):
    dlg = open_deposit(qtbot, db, actors["petugas"])
    qtbot.keyClicks(dlg.picker.edit, "KMR-0013")  # a scanner: no pauses, then Enter
    qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)
    assert dlg.picker.member.number == "KMR-0013"


def test_arrow_keys_in_the_list_still_choose_a_suggestion(qtbot, db, actors, thirteen):
    dlg = open_deposit(qtbot, db, actors["petugas"])
    type_slowly(qtbot, dlg.picker.edit, "anggota")
    popup = dlg.picker.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = dlg.picker._rows[popup.currentIndex().row()]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dlg.picker.member is not None and dlg.picker.member.id == chosen.id


def test_the_chosen_member_is_shown_large_before_the_amount_and_in_the_confirmation(
        qtbot, db, actors, thirteen):
    dlg = open_deposit(qtbot, db, actors["petugas"])
    type_slowly(qtbot, dlg.picker.edit, "13")
    qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)
    card = dlg.picker.card.text()
    for part in ("Nining Kurniasih", "KMR-0013", "Sukamanah", "RT 013 / RW 008"):
        assert part in card
    assert dlg.picker.card.font().pointSizeF() >= 13 or "font-size: 1" in dlg.picker.card.styleSheet()
    # the card sits above the amount
    assert dlg.picker.card.mapTo(dlg, dlg.picker.card.rect().topLeft()).y() < \
        dlg.amount.mapTo(dlg, dlg.amount.rect().topLeft()).y()
    assert dlg.focusWidget() is dlg.amount
    qtbot.keyClicks(dlg.amount, "25000")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)
    assert savings.balances(db, thirteen[-1].id).sukarela == 25_000
    assert savings.balances(db, thirteen[2].id).sukarela == 0
    text = dlg.result_text.text()
    for part in ("Nining Kurniasih", "KMR-0013", "Sukamanah", "RT 013 / RW 008", "Rp25.000"):
        assert part in text


def test_the_member_selected_in_the_list_carries_into_ctrl_d_and_the_withdrawal(
        qtbot, db, actors, thirteen):
    page = make_page(qtbot, db, actors["petugas"])
    page.reload(keep_id=thirteen[4].id)
    qtbot.waitUntil(lambda: page.selected_id() == thirteen[4].id)
    assert page.deposit_button.shortcut().toString() == "Ctrl+D"
    qtbot.mouseClick(page.deposit_button, Qt.MouseButton.LeftButton)  # the button of Ctrl+D
    dlg = page.dialog
    assert isinstance(dlg, DepositDialog)
    assert dlg.picker.member.id == thirteen[4].id
    assert "KMR-0005" in dlg.picker.card.text()
    dlg.reject()
    wd = page.open_withdrawal()
    assert isinstance(wd, WithdrawalDialog)
    assert wd.picker.member.id == thirteen[4].id


def test_the_member_open_in_the_detail_carries_into_ctrl_d(qtbot, db, actors, thirteen):
    detail = open_detail(qtbot, db, actors["petugas"], thirteen[6].id)
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow)
    qtbot.keyClick(detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dlg = detail.findChild(DepositDialog)
    assert dlg is not None and dlg.picker.member.id == thirteen[6].id


def test_a_credit_number_picks_its_borrower(qtbot, demo_db):
    from kamura_desktop.services import users
    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.tasks import TaskRunner

    credit = credits.list_credits(demo_db)[-1]
    actor = users.authenticate(demo_db, "petugas", "petugas123")
    ctx = AppContext(db=demo_db, db_path=demo_db.path, actor=actor, hub=SignalHub(),
                     tasks=TaskRunner())
    dlg = DepositDialog(ctx, None, kind="sukarela")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.picker.edit.setFocus()
    type_slowly(qtbot, dlg.picker.edit, credit.number, pause=60)
    qtbot.wait(PAUSE_MS)
    qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)
    assert dlg.picker.member is not None and dlg.picker.member.number == credit.member_number
    assert credit.number in dlg.picker.card.text()
