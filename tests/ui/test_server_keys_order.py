"""The order of UI tests never matters for the server's seal keys: a test with a data folder
of its own that is the first of its process to clone the server template (its key then
installed only in that folder) does not leave
the session's data folder without it: the next clone installs every key the run keeps where
the process keeps keys then (tests/pg.py ``_install_keys``). The two tests run in
this order; run alone with ``-n 0`` the first builds the template."""

from __future__ import annotations

import os

from kamura_desktop.services import tamper
from tests import pg
from tests.conftest import _SESSION_DATA_DIR


def test_a_server_database_made_with_a_data_folder_of_the_tests_own(monkeypatch, tmp_path):
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path))
    location = pg.new_database()
    try:
        assert os.environ["KAMURA_DATA_DIR"] == str(tmp_path)
        kept = sorted(p.stem for p in pg._keys_folder().glob("*.key"))
        assert kept, "the template is sealed: its key is kept for the run"
    finally:
        pg.drop_database(location)


def test_then_every_kept_key_is_in_the_sessions_data_folder():
    assert os.environ["KAMURA_DATA_DIR"] == _SESSION_DATA_DIR
    location = pg.new_database()  # what the next test's `db` (or its users' template) does
    try:
        kept = sorted(p.stem for p in pg._keys_folder().glob("*.key"))
        assert kept
        missing = [k for k in kept if not tamper.key_path(k).is_file()]
        assert missing == []
    finally:
        pg.drop_database(location)
