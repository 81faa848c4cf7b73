"""The office server's password: kept in the operating system's credential store
(``keyring`` — Windows Credential Manager on the office PCs), never in a settings file;
asked when the store does not hold it, then kept there. The store here is a keyring backend
that lives in memory (this Linux test machine has no credential store: keyring's own "fail"
backend); the program talks to it through the keyring library exactly as to Windows'.
And the warning for a SQLite file on a network drive, with its real message box."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from kamura_desktop.services import connection
from kamura_desktop.ui.shell.server_access import NETWORK_WARNING, confirm_network_file
from kamura_desktop.ui.shell.server_access import server_location_with_password as with_password

from .helpers import MessageBoxWatcher

BARE = "postgresql+psycopg://kasir@192.168.1.10:5432/kamura"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def store(monkeypatch, tmp_path):
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path))
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)


def _type_into_next_input_dialog(text: str | None, asked: list[str]) -> QTimer:
    """As the clerk: type ``text`` into the password dialog and press OK (None: Cancel)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, QInputDialog):
            asked.append(dlg.labelText())
            if text is None:
                dlg.reject()
            else:
                dlg.setTextValue(text)
                dlg.accept()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_the_password_asked_once_is_kept_in_the_credential_store(qtbot, store, tmp_path):
    asked: list[str] = []
    timer = _type_into_next_input_dialog("s4ndi-kantor", asked)
    try:
        location = with_password(BARE)
    finally:
        timer.stop()
    assert len(asked) == 1 and "192.168.1.10" in asked[0]  # asked, naming the server
    assert location == "postgresql+psycopg://kasir:s4ndi-kantor@192.168.1.10:5432/kamura"
    assert store.items == {(connection.KEYRING_SERVICE, BARE): "s4ndi-kantor"}
    connection.save_location(location)
    assert connection.saved_location() == BARE  # the settings file: no password
    assert all("s4ndi" not in f.read_text(errors="ignore")
               for f in Path(tmp_path).rglob("*") if f.is_file())
    # the next start: taken from the store, not asked again
    asked.clear()
    timer = _type_into_next_input_dialog("salah", asked)
    try:
        assert with_password(BARE) == location
    finally:
        timer.stop()
    assert asked == []


def test_a_cancelled_password_opens_nothing_and_stores_nothing(qtbot, store):
    asked: list[str] = []
    timer = _type_into_next_input_dialog(None, asked)
    try:
        assert with_password(BARE) is None
    finally:
        timer.stop()
    assert asked and store.items == {}


@pytest.mark.parametrize(("button", "opens"), [(QMessageBox.StandardButton.Cancel, False),
                                               (QMessageBox.StandardButton.Open, True)])
def test_a_file_on_a_network_drive_is_not_opened_silently(qtbot, button, opens):
    path = Path(r"\\SERVER-KANTOR\data\kamura.sqlite")
    watcher = MessageBoxWatcher(button)
    try:
        assert confirm_network_file(path) is opens
    finally:
        watcher.stop()
    assert len(watcher.seen) == 1
    title, text = watcher.seen[0]
    assert title == "Berkas di drive jaringan"
    assert text == NETWORK_WARNING.format(path=path)
    assert "drive jaringan" in text and "server kantor" in text and "rusak" in text


def test_a_local_file_opens_without_a_question(qtbot, tmp_path):
    watcher = MessageBoxWatcher()
    try:
        assert confirm_network_file(tmp_path / "kamura.sqlite") is True
        qtbot.wait(100)
    finally:
        watcher.stop()
    assert watcher.seen == []


def test_a_stored_password_the_server_refuses_is_asked_again_and_replaced(qtbot, store):
    """The admin changed the database password: the one in the credential store is refused
    at the start; the program says so, asks, opens with the right one and keeps it (before,
    every start ended on the refusal with no way to type another password)."""
    from kamura_desktop.ui.shell.server_access import open_server_books
    from tests import pg

    pg.admin("DROP ROLE IF EXISTS kasir_sandi")
    pg.admin("CREATE ROLE kasir_sandi LOGIN SUPERUSER PASSWORD 'sandi-baru-kantor'")
    pg.require_password("kasir_sandi")
    location = pg.new_database()
    bare = location.replace("postgres@", "kasir_sandi@", 1)
    try:
        store.set_password(connection.KEYRING_SERVICE, connection.credential_key(bare),
                           "sandi-lama")
        asked: list[str] = []
        timer = _type_into_next_input_dialog("sandi-baru-kantor", asked)
        try:
            db = open_server_books(bare)
        finally:
            timer.stop()
        assert db is not None
        db.close()
        assert len(asked) == 1
        assert "Kata sandi atau nama pengguna database salah" in asked[0]
        assert store.get_password(connection.KEYRING_SERVICE,
                                  connection.credential_key(bare)) == "sandi-baru-kantor"
        # cancelling the question opens nothing
        store.set_password(connection.KEYRING_SERVICE, connection.credential_key(bare),
                           "sandi-lama")
        asked.clear()
        timer = _type_into_next_input_dialog(None, asked)
        try:
            assert open_server_books(bare) is None
        finally:
            timer.stop()
        assert len(asked) == 1
    finally:
        pg.drop_database(location)
