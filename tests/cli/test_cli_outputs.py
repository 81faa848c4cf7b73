"""No output ever overwrites the books (issue 21, item 1): every file a `kamura` command writes
goes through the output gate. The seven commands that overwrote the open database, given its
path and its -wal, are refused and the books are unchanged and healthy; a walk of the whole
argparse tree tries every declared output against the database, and proves that every option
naming a file is declared, so a new command cannot slip through.

On the office server (issue 16) the books have no file, but the PC running `kamura` still
holds the books' files: the SQLite file the office moved from with `kamura copy` and the
server's pg_dump backups. Those are the targets there, with `--db` naming the server."""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from kamura_desktop.cli.main import build_parser, main
from kamura_desktop.services import integrity
from kamura_desktop.services.setup import open_books
from tests import pg
from tests.helpers_cli import kamura

#: the seven commands of the issue, each with the option that named the database
SEVEN = {
    "report annual --out": ["report", "annual", "--year", "2024", "--out", "{target}"],
    "print receipt --out": ["print", "receipt", "--tx", "1", "--out", "{target}"],
    "print passbook --out": ["print", "passbook", "--member", "KMR-0001", "--out", "{target}"],
    "print member-form --out": ["print", "member-form", "--member", "KMR-0001", "--out", "{target}"],
    "shu list --pdf": ["shu", "list", "--year", "2024", "--pdf", "{target}"],
    "report trial-balance --xlsx": ["report", "trial-balance", "--year", "2024", "--xlsx", "{target}"],
    "export members": ["export", "members", "{target}"],
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def healthy(path: Path | str) -> bool:
    report = integrity.check_database(path)
    return report.ok and report.total_debit == report.total_credit and report.entries > 0


@pytest.fixture
def books_files(demo_copy, demo_template, tmp_path, monkeypatch):
    """(where the books are, the files of the books an output must never replace), with the
    books open as when the app is running. On a file: the file and its -wal. On the server:
    the SQLite file the office moved from and a pg_dump backup of the server."""
    db = open_books(demo_copy)
    try:
        if pg.is_url(demo_copy):
            from kamura_desktop.services import server_backup

            monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
            moved_from = tmp_path / "kamura.sqlite"
            shutil.copyfile(demo_template, moved_from)
            (tmp_path / "cadangan").mkdir()
            dump = server_backup.dump(db, tmp_path / "cadangan" / "kamura-server.dump").path
            yield demo_copy, [moved_from, dump]
        else:
            wal = Path(f"{demo_copy}-wal")
            assert wal.exists()
            yield demo_copy, [demo_copy, wal]
    finally:
        db.close()


@pytest.fixture
def as_ketua(monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", "ketua123")
    monkeypatch.delenv("KAMURA_USER", raising=False)
    return ["--user", "ketua"]


@pytest.mark.parametrize("which", sorted(SEVEN))
def test_the_seven_commands_refuse_the_open_database_and_its_wal(which, books_files, fast_passwords,
                                                                 as_ketua, capsys):
    books, targets = books_files
    before = [digest(t) for t in targets if t.exists()]
    for target in targets:
        argv = [a.replace("{target}", str(target)) for a in SEVEN[which]]
        assert main([*argv, "--db", str(books), *as_ketua]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("Kesalahan [")
        assert f"Tidak dapat menulis ke {target}" in captured.err
        assert "Pilih nama berkas lain" in captured.err
        assert "Traceback" not in captured.err
    assert [digest(t) for t in targets if t.exists()] == before
    assert healthy(books)


def test_export_members_over_the_database_exits_1_with_a_message(books_files, fast_passwords):
    """The one that ended in a traceback: now a clear message, exit 1, the books intact. The
    same ``main`` a process runs, in this process (tests/helpers_cli.kamura: exit code, stdout
    and stderr as a process gives them — an uncaught error's traceback too — and its own
    environment). A real start's exit codes are proven
    by the real processes of tests/services/test_cli.py (a piped wrong password: exit 1; the
    data folder from the environment: exit 0); one more start proved nothing they do not, for
    a second of CPU (issue 20)."""
    books, (database_file, *_) = books_files
    before = digest(database_file)
    env = {k: v for k, v in os.environ.items() if k not in ("KAMURA_USER",)}
    env["KAMURA_PASSWORD"] = "petugas123"
    result = kamura(["export", "members", str(database_file), "--db", str(books),
                     "--user", "petugas"], env=env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"Kesalahan [file]: Tidak dapat menulis ke {database_file}" in result.stderr
    assert "database SQLite" in result.stderr
    assert digest(database_file) == before
    assert healthy(books)


# ------------------------------------------------------------ the whole tree

def leaf_parsers(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaf_parsers(sub, (*prefix, name))
            return
    yield prefix, parser


#: commands of the backup/restore engineer: they read and write SQLite files by design and
#: are guarded in services/backup.py; `copy` writes a whole database by design, only a new
#: file or an empty server database (services/server_copy.py refuses anything else)
BACKUP_COMMANDS = {("backup",), ("restore",), ("copy",)}
SAMPLES = ["2024", "2024-01-01", "KMR-0001", "1101:D:1000", "1000", "aktif"]


def sample_for(action: argparse.Action) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    for value in SAMPLES:
        try:
            if action.type is None or action.type(value) is not None:
                return value
        except (argparse.ArgumentTypeError, ValueError, TypeError, Exception):
            continue
    return "X"


def command_line(p: argparse.ArgumentParser, *, dest: str | None = None,
                 value: str | None = None) -> list[str]:
    """Arguments for every required argument of ``p`` (sample values), with ``value`` given
    to the argument ``dest`` (in its place if it is a positional)."""
    argv: list[str] = []
    for action in p._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.dest == dest:
            argv.extend([value] if not action.option_strings else [action.option_strings[0], value])
        elif not action.option_strings:
            if action.nargs in (None, 1):
                argv.append(sample_for(action))
            elif isinstance(action.nargs, int):
                argv.extend([sample_for(action)] * action.nargs)
        elif action.required:
            argv.extend([action.option_strings[0], sample_for(action)])
    for group in p._mutually_exclusive_groups:
        if group.required and not any(a.dest == dest for a in group._group_actions):
            first = group._group_actions[0]
            argv.extend([first.option_strings[0], sample_for(first)])
    return argv


def is_file_argument(action: argparse.Action) -> bool:
    flags = set(action.option_strings)
    return (action.type is Path or action.dest in ("file", "path", "out", "pdf", "xlsx")
            or bool(flags & {"--out", "--pdf", "--xlsx", "--file", "--to", "--from"})
            and action.dest not in ("date_from", "date_to"))


def test_every_argument_naming_a_file_is_declared_as_input_or_output():
    undeclared = []
    for path, p in leaf_parsers(build_parser()):
        if path in BACKUP_COMMANDS:
            continue
        outputs = {dest for dest, _kind, _flag in (p.get_default("outputs") or ())}
        inputs = set(p.get_default("inputs") or ())
        for action in p._actions:
            if is_file_argument(action) and action.dest not in outputs | inputs:
                undeclared.append(f"kamura {' '.join(path)} {action.dest}")
    assert undeclared == []


def test_every_declared_output_of_every_command_refuses_the_open_database(books_files,
                                                                          fast_passwords,
                                                                          as_ketua, capsys):
    books, targets = books_files
    tried = []
    before = [digest(t) for t in targets if t.exists()]
    for path, p in leaf_parsers(build_parser()):
        for dest, _kind, flag in p.get_default("outputs") or ():
            for target in targets:
                argv = [*path, *command_line(p, dest=dest, value=str(target)),
                        "--db", str(books), *as_ketua]
                code = main(argv)
                captured = capsys.readouterr()
                assert code == 1, (argv, captured.err)
                assert f"Tidak dapat menulis ke {target}" in captured.err, argv
                assert captured.out == "", argv
            tried.append(f"{' '.join(path)} {flag}")
    assert [digest(t) for t in targets if t.exists()] == before
    assert healthy(books)
    # the walk found them all (a floor, so that an empty walk cannot pass)
    assert len(tried) >= 30
    assert {"report annual --out", "print receipt --out", "shu list --pdf", "export members file",
            "report trial-balance --xlsx", "eval template file"} <= set(tried)
