"""The member list page and its table model: display and sort roles, paging, search as you
type, filters, server-side sorting, the member form from the list, Excel export."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, QPoint, Qt
from sqlalchemy import event

from kamura_desktop.services import membership, savings
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.membership import MemberInput, MemberPage, MemberRow
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.members import MembersPage
from kamura_desktop.ui.members import page as page_module
from kamura_desktop.ui.members.models import SORT_ROLE, MemberTableModel
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.tasks import TaskRunner

JOINED = dt.date(2024, 1, 10)
M = MemberTableModel


def nik(day: int, month: int, yy: int, serial: int, *, female: bool = False) -> str:
    return f"321714{day + 40 if female else day:02d}{month:02d}{yy:02d}{serial:04d}"


def make_ctx(db, actor) -> AppContext:
    return AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())


def add_member(db, actor, name: str, serial: int, *, female: bool = False, rt: str = "1",
               kampung: str = "Babakan", trade: str = "Pindang", pokok: bool = True) -> int:
    m = membership.register_member(db, actor=actor, data=MemberInput(
        name=name, nik=nik(1 + serial % 27, 1 + serial % 12, 80, serial, female=female),
        sex="P" if female else "L", joined_on=JOINED, rt=rt, rw="8", kampung=kampung,
        trade=trade)).value.member
    if pokok:
        savings.record_deposit(db, actor=actor, member_id=m.id, kind="pokok", amount=50_000,
                               on_date=JOINED)
    return m.id


@pytest.fixture
def people(db, actors):
    clerk = actors["petugas"]
    return {
        "siti": add_member(db, clerk, "Siti Aminah", 1, female=True, rt="1"),
        "ujang": add_member(db, clerk, "Ujang Saepudin", 2, rt="2", kampung="Cibeureum"),
        "euis": add_member(db, clerk, "Euis Rohaeti", 3, female=True, rt="3", trade="Kasur",
                           pokok=False),
    }


def make_page(qtbot, db, actor) -> MembersPage:
    page = MembersPage(make_ctx(db, actor))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def names(page: MembersPage) -> list[str]:
    return [r.name for r in page.model.rows]


def row(**overrides) -> MemberRow:
    values = dict(id=7, number="KMR-0007", name="Siti Aminah", nik="3217145501800001", sex="P",
                  rt="001", rw="008", kampung="Babakan", trade="Pindang", phone=None,
                  joined_on=dt.date(2024, 3, 28), status="active", pokok=50_000, wajib=120_000,
                  sukarela=0, wajib_arrears=30_000)
    values.update(overrides)
    return MemberRow(**values)


# ------------------------------------------------------------------ the table model

def test_model_formats_money_and_dates_and_sorts_on_raw_values(qtbot):
    model = MemberTableModel()
    model.set_rows([row()])
    assert model.rowCount() == 1 and model.columnCount() == 13
    pokok = model.index(0, M.COL_POKOK)
    assert model.data(pokok) == "Rp50.000"
    assert model.data(pokok, SORT_ROLE) == 50_000
    assert model.data(pokok, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, M.COL_WAJIB)) == "Rp120.000"
    assert model.data(model.index(0, M.COL_ARREARS)) == "Rp30.000"
    assert model.data(model.index(0, M.COL_JOINED)) == "28 Maret 2024"
    assert model.data(model.index(0, M.COL_JOINED), SORT_ROLE) == dt.date(2024, 3, 28)
    assert model.data(model.index(0, M.COL_STATUS)) == "Aktif"
    assert model.data(model.index(0, M.COL_RT_RW)) == "001/008"
    assert model.headerData(M.COL_POKOK, Qt.Orientation.Horizontal) == "Pokok"


def test_model_asks_for_the_next_page_when_the_view_reaches_the_end(qtbot):
    model = MemberTableModel()
    rows = [row(id=i, number=f"KMR-{i:04d}") for i in range(1, 6)]
    asked = []

    def fetch(offset: int) -> MemberPage:
        asked.append(offset)
        return MemberPage(tuple(rows[offset:offset + 2]), 5, offset)

    model.fetch = fetch
    model.set_rows(rows[:2], total=5)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())
    assert asked == [2, 4]
    assert [r.number for r in model.rows] == [f"KMR-{i:04d}" for i in range(1, 6)]


def test_header_click_asks_the_service_to_sort(qtbot):
    model = MemberTableModel()
    asked = []
    model.sort_requested.connect(lambda key, desc: asked.append((key, desc)))
    model.sort(M.COL_SUKARELA, Qt.SortOrder.DescendingOrder)
    model.sort(M.COL_SEX)  # not sortable by the service: nothing asked
    assert asked == [("sukarela", True)]


# ------------------------------------------------------------------ the page

def test_the_list_shows_the_members_with_balances_and_a_count(qtbot, db, actors, people):
    page = make_page(qtbot, db, actors["petugas"])
    assert names(page) == ["Siti Aminah", "Ujang Saepudin", "Euis Rohaeti"]
    assert page.count_label.text() == "3 anggota"
    r = page.model.row_of(people["euis"])
    assert page.model.data(page.model.index(r, M.COL_STATUS)) == "Calon anggota"
    assert page.model.data(page.model.index(0, M.COL_POKOK)) == "Rp50.000"
    page.table.setFocus()
    page.table.selectRow(1)
    assert page.open_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the member
    assert page.detail is not None and page.detail.member.id == people["ujang"]
    assert page.detail.windowTitle() == "Anggota KMR-0002 — Ujang Saepudin"
    page.detail.close()


def test_search_as_you_type_filters_the_rows(qtbot, db, actors, people):
    page = make_page(qtbot, db, actors["petugas"])
    qtbot.keyClicks(page.search, "siti")
    qtbot.waitUntil(lambda: names(page) == ["Siti Aminah"], timeout=2000)
    assert page.count_label.text() == "1 dari 3 anggota"
    page.search.clear()
    qtbot.keyClicks(page.search, "cibeureum")  # the kampung
    qtbot.waitUntil(lambda: names(page) == ["Ujang Saepudin"], timeout=2000)
    page.search.clear()
    qtbot.keyClicks(page.search, "kasur")  # the trade
    qtbot.waitUntil(lambda: names(page) == ["Euis Rohaeti"], timeout=2000)


def test_typing_quickly_runs_one_search_and_does_not_count_everyone_again(
        qtbot, db, actors, people, monkeypatch):
    """Typing "siti a" letter by letter (quicker than the debounce) is one search on the UI
    thread, not six, and that search reads no more than the wajib rates and its page: the
    count of all members beside it is read once, not per keystroke."""
    page = make_page(qtbot, db, actors["petugas"])
    asked: list[str] = []
    real = page_module.list_members
    monkeypatch.setattr(page_module, "list_members",
                        lambda db_, flt, **kw: asked.append(flt.query) or real(db_, flt, **kw))
    sent: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        qtbot.keyClicks(page.search, "siti a")
        qtbot.waitUntil(lambda: bool(asked), timeout=2000)
        qtbot.wait(page_module.SEARCH_DEBOUNCE_MS * 2)  # nothing else comes after it
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    assert asked == ["siti a"]
    assert names(page) == ["Siti Aminah"]
    assert page.count_label.text() == "1 dari 3 anggota"
    assert len(sent) == 2, sent  # the wajib rates, the page with its balances
    assert not [s for s in sent if "count(" in s.lower()], sent
    # a member added elsewhere: the next search counts everyone again
    add_member(db, actors["petugas"], "Siti Romlah", 4, female=True)
    page.on_changed(Changes(members=True))
    assert names(page) == ["Siti Aminah", "Siti Romlah"]
    assert page.count_label.text() == "2 dari 4 anggota"


def test_enter_in_the_search_opens_the_only_match(qtbot, db, actors, people):
    page = make_page(qtbot, db, actors["petugas"])
    qtbot.keyClicks(page.search, "ujang")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # no need to wait for the debounce
    assert page.detail is not None and page.detail.member.name == "Ujang Saepudin"
    page.detail.close()


def test_filters_status_and_wajib_arrears(qtbot, db, actors, people):
    page = make_page(qtbot, db, actors["bendahara"])
    page.status_filter.setCurrentIndex(page.status_filter.findData("applicant"))
    assert names(page) == ["Euis Rohaeti"]
    page.status_filter.setCurrentIndex(0)
    # Ujang pays his wajib up to this month; the others stay in arrears
    due = savings.balances(db, people["ujang"]).wajib_arrears
    savings.record_deposit(db, actor=actors["bendahara"], member_id=people["ujang"], kind="wajib",
                           amount=due, on_date=dt.date.today())
    page.arrears_filter.setChecked(True)  # sums every member: runs through the task runner
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)
    assert sorted(names(page)) == ["Euis Rohaeti", "Siti Aminah"]


def test_a_heavy_query_asked_again_supersedes_the_one_running(qtbot, db, actors, people):
    """Two heavy queries in a row (arrears on, then a status): the first is cancelled and its
    answer never reaches the list; the list shows the second's."""
    page = make_page(qtbot, db, actors["bendahara"])
    page.arrears_filter.setChecked(True)  # sums every member: a task
    first = page._task
    page.status_filter.setCurrentIndex(page.status_filter.findData("applicant"))
    assert page._task is not first and first.superseded
    qtbot.waitUntil(lambda: first.is_finished and not page.loading, timeout=5000)
    assert names(page) == ["Euis Rohaeti"]  # the applicant in arrears, not all three
    assert page.count_label.text() == "1 dari 3 anggota"


def test_clicking_a_header_sorts_through_the_service(qtbot, db, actors, people):
    page = make_page(qtbot, db, actors["bendahara"])
    savings.record_deposit(db, actor=actors["bendahara"], member_id=people["euis"],
                           kind="sukarela", amount=300_000, on_date=dt.date.today())
    savings.record_deposit(db, actor=actors["bendahara"], member_id=people["ujang"],
                           kind="sukarela", amount=100_000, on_date=dt.date.today())
    header = page.table.horizontalHeader()

    def click(col: int) -> None:
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    click(M.COL_NAME)
    assert names(page) == ["Euis Rohaeti", "Siti Aminah", "Ujang Saepudin"]
    click(M.COL_NAME)  # again: descending
    assert names(page) == ["Ujang Saepudin", "Siti Aminah", "Euis Rohaeti"]
    click(M.COL_SUKARELA)  # a balance: biggest first, summed on a worker thread
    qtbot.waitUntil(lambda: not page.loading and page.sort_key == "sukarela", timeout=5000)
    qtbot.waitUntil(lambda: names(page)[0] == "Euis Rohaeti", timeout=5000)
    assert names(page) == ["Euis Rohaeti", "Ujang Saepudin", "Siti Aminah"]
    assert header.sortIndicatorSection() == M.COL_SUKARELA
    click(M.COL_SEX)  # not sortable: the indicator stays where the list is sorted
    assert header.sortIndicatorSection() == M.COL_SUKARELA


def test_long_lists_come_in_pages(qtbot, db, actors, monkeypatch):
    monkeypatch.setattr(page_module, "PAGE_SIZE", 4)
    for i in range(1, 11):
        add_member(db, actors["petugas"], f"Anggota {i:02d}", i, pokok=False)
    page = make_page(qtbot, db, actors["petugas"])
    assert page.count_label.text() == "10 anggota"
    assert page.model.rowCount() < 10  # not everything at once
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert names(page) == [f"Anggota {i:02d}" for i in range(1, 11)]


# ------------------------------------------------------------------ the member form from the list

def fill_form(qtbot, dlg, *, name: str, nik_text: str, sex: str = "P") -> None:
    dlg.name.clear()
    qtbot.keyClicks(dlg.name, name)
    dlg.nik.clear()
    qtbot.keyClicks(dlg.nik, nik_text)
    dlg.sex.setCurrentIndex(dlg.sex.findData(sex))


@pytest.mark.parametrize("bad_nik, words", [
    ("321714550385001", "harus 16 angka"),           # 15 digits
    ("9917145503850001", "Kode provinsi 99"),        # no province 99
])
def test_an_invalid_nik_shows_the_error_under_the_nik_and_saves_nothing(
        qtbot, db, actors, people, bad_nik, words):
    page = make_page(qtbot, db, actors["petugas"])
    before = membership.count_members(db)
    dlg = page.new_member()
    fill_form(qtbot, dlg, name="Ai Nurhayati", nik_text=bad_nik)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    err = dlg.errors.labels["nik"]
    assert not err.isHidden() and words in err.text()
    assert dlg.isVisible()  # the clerk can correct it
    assert dlg.nik.hasFocus() or not dlg.isActiveWindow()
    assert membership.count_members(db) == before
    assert dlg.errors.labels["name"].isHidden()


def test_a_valid_member_is_saved_shown_in_the_list_and_selected(qtbot, db, actors, people):
    page = make_page(qtbot, db, actors["petugas"])
    dlg = page.new_member()
    fill_form(qtbot, dlg, name="Ai Nurhayati", nik_text=nik(5, 6, 90, 44, female=True))
    dlg.rt.setText("4")
    dlg.kampung.setText("Sukamaju")
    qtbot.keyClicks(dlg.birth_date, "5/6/1990")  # typed as in Excel
    dlg.save()
    assert not dlg.isVisible()
    assert membership.count_members(db) == 4
    saved = membership.get_member(db, page.model.rows[0].id)
    assert saved.birth_date == dt.date(1990, 6, 5) and saved.rt == "004"
    assert names(page) == ["Ai Nurhayati"]  # the list shows the new member…
    assert page.selected_id() == page.model.rows[0].id  # …selected
    assert "terdaftar sebagai KMR-0004" in page.notice.text.text()
    assert "Perhatian" not in page.notice.text.text()  # the NIK agrees with the birth date
    assert page.notice.action.text() == "Setor simpanan pokok"
    page.search.clear()
    qtbot.waitUntil(lambda: len(names(page)) == 4, timeout=2000)
    assert page.count_label.text() == "4 anggota"


def test_nik_warnings_do_not_block_and_show_as_a_note(qtbot, db, actors):
    page = make_page(qtbot, db, actors["petugas"])
    dlg = page.new_member()
    # a woman's NIK (day + 40) typed for a man: saved, with a warning
    fill_form(qtbot, dlg, name="Dadan Ramdani", nik_text=nik(5, 6, 90, 45, female=True), sex="L")
    qtbot.keyClick(dlg.notes, Qt.Key.Key_Return)  # Enter in the last field saves
    assert membership.count_members(db) == 1
    assert not page.notice.isHidden()
    assert "Perhatian" in page.notice.text.text() and "perempuan" in page.notice.text.text()


def test_enter_moves_to_the_next_field_and_escape_cancels(qtbot, db, actors):
    page = make_page(qtbot, db, actors["petugas"])
    dlg = page.new_member()
    dlg.activateWindow()
    dlg.name.setFocus()
    qtbot.keyClicks(dlg.name, "Nana")
    qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
    assert membership.count_members(db) == 0  # Enter in the name did not save
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert membership.count_members(db) == 0


# ------------------------------------------------------------------ export and the shell

def test_export_excel_writes_what_the_list_shows(qtbot, db, actors, people, tmp_path):
    page = make_page(qtbot, db, actors["petugas"])
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    written = []
    task = page.export_excel(tmp_path / "anggota", on_done=written.append)
    qtbot.waitUntil(lambda: task.is_finished, timeout=10_000)
    assert task.error is None, task.error
    assert written == [tmp_path / "anggota.xlsx"]
    wb = load_workbook(written[0], read_only=True)
    text = " ".join(str(c) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
                    for c in r if c is not None)
    assert "Siti Aminah" in text and "Ujang Saepudin" in text
    assert "Euis Rohaeti" not in text  # a calon anggota, filtered out


def test_the_main_window_hosts_the_members_page(qtbot, db, actors, people):
    window = MainWindow(make_ctx(db, actors["admin"]), backup_on_close=False)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["anggota"]
    assert isinstance(page, MembersPage)
    assert page.model.rowCount() == 3
    # the administrator may look and export, not register members or take deposits
    assert not page.new_button.isEnabled() and not page.deposit_button.isEnabled()
    assert page.export_button.isEnabled()


def test_a_hidden_list_reloads_when_it_is_shown_again(qtbot, db, actors, people):
    page = make_page(qtbot, db, actors["petugas"])
    page.hide()
    add_member(db, actors["petugas"], "Dede Kurniawan", 4)
    page.ctx.hub.publish(Changes(members=True))
    assert len(names(page)) == 3  # not while another book is showing
    page.show()
    assert "Dede Kurniawan" in names(page)
