"""No output ever overwrites the books (issue 21, item 1): every file a `kamura` command writes
goes through the output gate. The seven commands that overwrote the open database, given its
path and its -wal, are refused and the books are unchanged and healthy; a walk of the whole
argparse tree tries every declared output against the database, and proves that every option
naming a file is declared, so a new command cannot slip through."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kamura_desktop.cli.main import build_parser, main
from kamura_desktop.services import integrity
from kamura_desktop.services.setup import open_books

KAMURA = [sys.executable, "-m", "kamura_desktop.cli.main"]

#: the demo tests aim outputs at the SQLite file and its -wal (and run `kamura check` on it)
FILE_ONLY = pytest.mark.sqlite_only(
    reason="aims each output at the SQLite file and its -wal: a server database has no file "
           "an output could overwrite")

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


def healthy(path: Path) -> bool:
    report = integrity.check_database(path)
    return report.ok and report.total_debit == report.total_credit and report.entries > 0


@pytest.fixture
def as_ketua(monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", "ketua123")
    monkeypatch.delenv("KAMURA_USER", raising=False)
    return ["--user", "ketua"]


@FILE_ONLY
@pytest.mark.parametrize("which", sorted(SEVEN))
def test_the_seven_commands_refuse_the_open_database_and_its_wal(which, demo_copy, fast_passwords,
                                                                 as_ketua, capsys):
    db = open_books(demo_copy)  # the books are open (the app is running): the -wal exists
    try:
        wal = Path(f"{demo_copy}-wal")
        assert wal.exists()
        before = digest(demo_copy)
        for target in (demo_copy, wal):
            argv = [a.replace("{target}", str(target)) for a in SEVEN[which]]
            assert main([*argv, "--db", str(demo_copy), *as_ketua]) == 1
            captured = capsys.readouterr()
            assert captured.out == ""
            assert captured.err.startswith("Kesalahan [")
            assert f"Tidak dapat menulis ke {target}" in captured.err
            assert "Pilih nama berkas lain" in captured.err
            assert "Traceback" not in captured.err
        assert digest(demo_copy) == before
    finally:
        db.close()
    assert healthy(demo_copy)


@FILE_ONLY
def test_export_members_over_the_database_as_a_real_subprocess(demo_copy, fast_passwords):
    """The one that ended in a traceback: now a clear message, exit 1, the books intact."""
    before = digest(demo_copy)
    env = {k: v for k, v in os.environ.items() if k not in ("KAMURA_USER",)}
    env["KAMURA_PASSWORD"] = "petugas123"
    result = subprocess.run([*KAMURA, "export", "members", str(demo_copy), "--db", str(demo_copy),
                             "--user", "petugas"], capture_output=True, text=True, timeout=120,
                            env=env, input="")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"Kesalahan [file]: Tidak dapat menulis ke {demo_copy}" in result.stderr
    assert "database SQLite" in result.stderr
    assert digest(demo_copy) == before
    assert healthy(demo_copy)


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


@FILE_ONLY
def test_every_declared_output_of_every_command_refuses_the_open_database(demo_copy, fast_passwords,
                                                                          as_ketua, capsys):
    db = open_books(demo_copy)
    tried = []
    try:
        before = digest(demo_copy)
        wal = Path(f"{demo_copy}-wal")
        for path, p in leaf_parsers(build_parser()):
            for dest, _kind, flag in p.get_default("outputs") or ():
                for target in (demo_copy, wal):
                    argv = [*path, *command_line(p, dest=dest, value=str(target)),
                            "--db", str(demo_copy), *as_ketua]
                    code = main(argv)
                    captured = capsys.readouterr()
                    assert code == 1, (argv, captured.err)
                    assert f"Tidak dapat menulis ke {target}" in captured.err, argv
                    assert captured.out == "", argv
                tried.append(f"{' '.join(path)} {flag}")
        assert digest(demo_copy) == before
    finally:
        db.close()
    assert healthy(demo_copy)
    # the walk found them all (a floor, so that an empty walk cannot pass)
    assert len(tried) >= 30
    assert {"report annual --out", "print receipt --out", "shu list --pdf", "export members file",
            "report trial-balance --xlsx", "eval template file"} <= set(tried)
