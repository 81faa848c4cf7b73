"""The ``kamura`` command line, in-process (main(argv)) and as a real subprocess."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kamura_desktop import __version__
from kamura_desktop.cli.main import main
from kamura_desktop.demo import DEMO_USERS
from tests import helpers_rawsql as rawsql
from tests import pg
from tests.helpers_cli import kamura

#: the two tests that stay on SQLite (issue 16), each for a reason the server does not share
DAMAGED_FILE = pytest.mark.sqlite_only(
    reason="damages the SQLite file's pages with bytes; a server's pages are the server's own "
           "(kamura check on a server skips the file check and says so: "
           "tests/services/test_server_check.py)")
SQLITE_BACKUPS = pytest.mark.sqlite_only(
    reason="opens the .sqlite backups the round trip makes to look inside; the server's round "
           "trip (pg_dump files, kept contents before the restore) is tests/cli/"
           "test_cli_server_backup.py::test_backup_then_restore_brings_the_server_back_and_"
           "keeps_what_was_there")

KAMURA = [sys.executable, "-m", "kamura_desktop.cli.main"]


def run(*args: str, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``kamura ARGS`` as the clerk would, in a clean environment (no passwords set)."""
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("KAMURA_PASSWORD", "KAMURA_NEW_PASSWORD", "KAMURA_USER")}
    environment.update(env or {})
    return subprocess.run([*KAMURA, *args], input=input if input is not None else "",
                          capture_output=True, text=True, timeout=240, env=environment)


def usernames(path) -> set[str]:
    if pg.is_url(path):  # the demo on the test server (the PostgreSQL engine)
        return {r[0] for r in pg.rows(path, "SELECT username FROM users")}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT username FROM users")}
    finally:
        conn.close()


#: what a login writes (on the server the admin logs in before the backup is looked at):
#: the audit row, the user's rehashed password and their seals
LOGIN_TRACES = ("audit_log", "users", "tamper_seals")


def books_state(location) -> object:
    """The books as they are: a file's bytes; on the server every table's rows, counted and
    hashed (tests/helpers_rawsql.fingerprint), but for a login's traces, and the actions of
    the audit log."""
    if not pg.is_url(location):
        return Path(location).read_bytes()
    actions = [r[0] for r in pg.rows(location, "SELECT action FROM audit_log ORDER BY id")]
    return rawsql.fingerprint(location, leave_out=LOGIN_TRACES), actions


@pytest.fixture
def demo_file(demo_copy, fast_passwords) -> Path:
    # `kamura demo` itself is run for real by the tests below; the others start from a copy
    return demo_copy


@pytest.fixture(autouse=True)
def _no_password_env(monkeypatch):
    for name in ("KAMURA_PASSWORD", "KAMURA_NEW_PASSWORD", "KAMURA_USER"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def made_demo(tmp_path_factory, demo_template) -> tuple[Path, subprocess.CompletedProcess]:
    """``kamura demo`` run once for this module, in this process: the file it made and what
    it printed. The tests below copy the file (issue 20: one demo command instead of one per
    test).

    The command runs whole — its parser, its access declaration, ``create_demo``'s checks of
    the target, its work folder, the move into place, the open (the seal) and what it prints
    — but the demo's books inside it are the run's demo (``demo_template``, which the same
    ``create_demo`` built once for the whole run, tests/conftest.py), copied where
    ``create_demo`` builds them instead of built a second time (about five seconds of CPU:
    issue 20, as tests/plugin_demo_copy.py does for a session started by a test). A broken
    building breaks that template and every demo test with it; a broken ``kamura demo``
    breaks these tests."""
    from kamura_desktop.demo import build

    def copied(path: Path) -> None:
        shutil.copyfile(demo_template, path)

    path = tmp_path_factory.mktemp("kamura-demo") / "demo.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(build, "_build", copied)
        return path, kamura(["demo", "--db", str(path)])


def copy_of(made: tuple[Path, subprocess.CompletedProcess], tmp_path: Path) -> Path:
    """A private copy of the module's demo (with its seal key where this process keeps
    keys: the demo sealed it with this process's key)."""
    path, proc = made
    assert proc.returncode == 0, proc.stderr
    return Path(shutil.copyfile(path, tmp_path / "demo.sqlite"))


# ---------------------------------------------------------------- in-process

def test_demo_then_check_in_process(made_demo, tmp_path, capsys):
    made, proc = made_demo
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Mekarmukti" in out
    for u in DEMO_USERS:
        assert u.username in out
    assert usernames(made) == {u.username for u in DEMO_USERS}
    path = copy_of(made_demo, tmp_path)

    assert main(["--db", str(path), "check"]) == 0  # --db before the subcommand works too
    out = capsys.readouterr().out
    assert "BAIK" in out

    assert main(["check", "--db", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []
    assert report["total_debit"] == report["total_credit"]


def test_demo_refuses_existing_file(demo_file, capsys):
    if pg.is_url(demo_file):  # a server database: the demo is made in a file
        before = pg.rows(demo_file, "SELECT count(*) FROM audit_log")
        assert main(["demo", "--db", demo_file]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Kesalahan [db]") and "kamura copy" in err, err
        assert pg.rows(demo_file, "SELECT count(*) FROM audit_log") == before
        return
    before = demo_file.read_bytes()
    assert main(["demo", "--db", str(demo_file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Kesalahan") and "sudah ada" in err
    assert demo_file.read_bytes() == before


def test_init_creates_empty_books(tmp_path, capsys):
    path = tmp_path / "baru" / "kamura.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "dibuat" in out and "Belum ada pengguna" in out
    assert main(["init", "--db", str(path)]) == 0
    assert "sudah ada" in capsys.readouterr().out
    assert main(["check", "--db", str(path)]) == 0


def test_version_in_process(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kamura {__version__}"


def test_check_of_a_server_is_not_taken_for_a_file(capsys):
    """``kamura check`` given a server URL checks the server (tests/services/test_server_check.py);
    a database that is not there is named without its password (it once looked for a file
    named like the URL and called it a missing file)."""
    location = pg.url("kamura_kantor", password="rahasia-sekali")
    assert main(["check", "--db", location]) == 1
    out = capsys.readouterr().out
    assert "kamura_kantor" in out
    assert "Berkas database tidak ditemukan" not in out and "rahasia" not in out


def test_check_on_missing_file_fails(tmp_path, capsys):
    missing = tmp_path / "tidak-ada.sqlite"
    assert main(["check", "--db", str(missing)]) == 1
    assert "tidak ditemukan" in capsys.readouterr().out
    assert not missing.exists()


@DAMAGED_FILE
def test_check_on_damaged_file_fails(demo_file, capsys):
    data = bytearray(demo_file.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\x00\xff" * 2048
    demo_file.write_bytes(bytes(data))
    assert main(["check", "--db", str(demo_file)]) == 1
    out = capsys.readouterr().out
    assert "ADA MASALAH" in out and "rusak" in out


def test_check_finds_an_unbalanced_ledger(demo_file, capsys):
    # an entry smuggled in with a database tool (sqlite3 on a file, psql on the server)
    next_id = rawsql.one(demo_file, "SELECT MAX(id) + 1 FROM journal_entries")[0]
    rawsql.edit(demo_file,
                "INSERT INTO journal_entries (id, number, date, description, created_at) "
                f"VALUES ({next_id}, 'JU-X-1', '2024-03-28', 'selundupan', '2024-03-28 10:00:00')",
                "INSERT INTO journal_lines (entry_id, account_id, debit, credit) VALUES "
                "((SELECT id FROM journal_entries WHERE number='JU-X-1'), "
                "(SELECT id FROM accounts WHERE code='1101'), 1000, 0)")
    assert main(["check", "--db", str(demo_file), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert not report["ok"]
    assert any("JU-X-1" in p for p in report["problems"])


def test_users_list_json_in_process(demo_file, capsys, monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", "admin123")  # a login (issue 21)
    assert main(["users", "list", "--db", str(demo_file), "--json", "--user", "admin"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["username"]: r["role"] for r in rows} == {u.username: u.role for u in DEMO_USERS}
    assert all(r["active"] is True for r in rows)


def test_users_add_with_password_from_environment(demo_file, monkeypatch, capsys):
    monkeypatch.setenv("KAMURA_PASSWORD", "admin123")
    monkeypatch.setenv("KAMURA_NEW_PASSWORD", "kasir-sandi1")
    assert main(["users", "add", "kasir", "--role", "petugas", "--name", "Kasir Baru",
                 "--user", "admin", "--db", str(demo_file)]) == 0
    assert "kasir" in capsys.readouterr().out
    assert "kasir" in usernames(demo_file)


def test_users_add_needs_an_acting_user(demo_file, capsys):
    assert main(["users", "add", "kasir", "--role", "petugas", "--name", "Kasir",
                 "--db", str(demo_file)]) == 1
    assert "Kesalahan [--user]: Perintah ini butuh login" in capsys.readouterr().err
    assert "kasir" not in usernames(demo_file)


def test_backup_without_target_goes_to_backup_folder(demo_file, capsys, monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas123")  # a login (issue 21)
    if pg.is_url(demo_file):  # the server's backup: pg_dump into the data folder's own place
        from kamura_desktop.services import server_backup

        monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
        folder, pattern = server_backup.backup_dir(), "kamura-server-*.dump"
    else:
        folder, pattern = demo_file.parent / "cadangan", "kamura-otomatis-*.sqlite"
    before = set(folder.glob(pattern))
    assert main(["backup", "--db", str(demo_file), "--user", "petugas"]) == 0
    made = sorted(set(folder.glob(pattern)) - before)
    assert len(made) == 1 and made[0].stat().st_size > 0
    assert str(made[0]) in capsys.readouterr().out


# ---------------------------------------------------------------- real subprocesses
# What only a process proves stays here: the installed console script, the exit code of a
# real start on a damaged file, a password piped to a real process and refused (exit 1, no
# traceback), the data folder taken from the environment at start-up. The rest of the
# command's behaviour (issue 20) runs the same ``main`` in this process
# (tests/helpers_cli.kamura: the exit code, stdout and stderr a process would give, the
# password lines on its standard input), without two seconds of imports per command.

def test_console_script_is_installed():
    script = Path(sys.executable).with_name("kamura")
    assert script.is_file()
    proc = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"kamura {__version__}"


def test_subprocess_demo_check_and_damage(made_demo, tmp_path):
    path = copy_of(made_demo, tmp_path)  # `kamura demo` (the module's): exit 0
    proc = kamura(["check", "--db", str(path)])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "BAIK" in proc.stdout

    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\x5a" * 4096
    path.write_bytes(bytes(data))
    proc = run("check", "--db", str(path))  # a real process: its exit code
    assert proc.returncode != 0
    assert "rusak" in proc.stdout


@SQLITE_BACKUPS
def test_backup_and_restore_round_trip(demo_file, tmp_path):
    copy = tmp_path / "luar" / "cadangan.sqlite"
    proc = kamura(["backup", "--db", str(demo_file), "--to", str(copy), "--user", "petugas"],
                  input="petugas123\n")
    assert proc.returncode == 0, proc.stderr
    assert "Cadangan dibuat" in proc.stdout and copy.is_file()

    # a change after the backup
    proc = kamura(["users", "add", "kasir", "--role", "petugas", "--name", "Kasir Baru",
                   "--user", "admin", "--db", str(demo_file)], input="admin123\nkasir-sandi1\n")
    assert proc.returncode == 0, proc.stderr
    assert "kasir" in usernames(demo_file)

    proc = kamura(["restore", "--db", str(demo_file), "--from", str(copy), "--user", "admin"],
                  input="admin123\n")
    assert proc.returncode == 0, proc.stderr
    assert "dipulihkan" in proc.stdout
    assert "kasir" not in usernames(demo_file)
    safety = list((demo_file.parent / "cadangan").glob("kamura-sebelum-pulih-*.sqlite"))
    assert len(safety) == 1 and "kasir" in usernames(safety[0])
    assert str(safety[0]) in proc.stdout

    assert kamura(["check", "--db", str(demo_file)]).returncode == 0


def test_restore_refuses_junk(demo_file, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("bukan database")
    server = pg.is_url(demo_file)
    before = books_state(demo_file)
    proc = kamura(["restore", "--db", str(demo_file), "--from", str(junk), "--user", "admin"],
                  input="admin123\n", env=pg.tools_env() if server else None)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert ("bukan cadangan server Kamura" if server else "bukan database Kamura") in proc.stderr
    assert "junk.sqlite" in proc.stderr
    after = books_state(demo_file)
    if server:  # nothing restored; the admin's login is the one thing written
        (before, actions_before), (after, actions) = before, after
        assert actions == [*actions_before, "login"]
    assert after == before


def test_users_add_and_list_with_piped_passwords(demo_file):
    proc = kamura(["users", "add", "Kasir", "--role", "bendahara", "--name", "Kasir Baru",
                   "--user", "admin", "--db", str(demo_file)], input="admin123\nnewpass99\n")
    assert proc.returncode == 0, proc.stderr
    assert "kasir" in proc.stdout and "Bendahara" in proc.stdout

    proc = kamura(["users", "list", "--json", "--db", str(demo_file), "--user", "ketua"],
                  input="ketua123\n")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert {"username": "kasir", "full_name": "Kasir Baru", "role": "bendahara",
            "active": True} in rows
    assert len(rows) == len(DEMO_USERS) + 1

    # the new user can log in with the piped password, and change it
    proc = kamura(["users", "passwd", "kasir", "--user", "kasir", "--db", str(demo_file)],
                  input="newpass99\nlebihbaru9\n")
    assert proc.returncode == 0, proc.stderr
    proc = kamura(["users", "passwd", "kasir", "--user", "kasir", "--db", str(demo_file)],
                  input="newpass99\nlagi-lagi9\n")
    assert proc.returncode == 1  # the old password no longer works


def test_subprocess_wrong_password(demo_file):
    """A wrong password piped to a real process: refused, exit 1, no traceback. With the books
    on the server the same ``main`` in this process (tests/helpers_cli.kamura): a second start
    proves nothing the first did not (issue 20)."""
    argv = ["users", "add", "kasir", "--role", "petugas", "--name", "Kasir",
            "--user", "admin", "--db", str(demo_file)]
    if pg.is_url(demo_file):
        proc = kamura(argv, input="salah-sandi\nkasir-sandi1\n")
    else:
        proc = run(*argv, input="salah-sandi\nkasir-sandi1\n")
    assert proc.returncode == 1
    assert "Nama pengguna atau kata sandi salah." in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "kasir" not in usernames(demo_file)


def test_non_admin_cannot_add_users(demo_file):
    proc = kamura(["users", "add", "kasir", "--role", "petugas", "--name", "Kasir",
                   "--user", "petugas", "--db", str(demo_file)], input="petugas123\nkasir-sandi1\n")
    assert proc.returncode == 1
    assert "tidak berhak mengelola pengguna" in proc.stderr
    assert "kasir" not in usernames(demo_file)


def test_subprocess_default_database_lives_in_the_data_folder(data_dir):
    """Without --db the CLI uses KAMURA_DATA_DIR (never the real user folder in tests)."""
    sub = data_dir / "cli-default"
    proc = run("init", env={"KAMURA_DATA_DIR": str(sub)})
    assert proc.returncode == 0, proc.stderr
    assert (sub / "kamura.sqlite").is_file()
    assert str(sub / "kamura.sqlite") in proc.stdout
