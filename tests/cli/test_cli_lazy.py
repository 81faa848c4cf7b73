"""The ``kamura`` command imports only what the command in hand needs (issue 20):
``--version`` and ``--help`` no book at all, a subcommand its own book — and the table in
cli/main.py that makes this possible says exactly what the books register."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kamura_desktop.cli import main as cli_main
from kamura_desktop.cli.common import db_parent

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "argon2", "cryptography",
         "kamura_desktop.db", "kamura_desktop.services", "kamura_desktop.documents")


def modules_after(argv: list[str]) -> set[str]:
    """The modules a fresh process holds after ``kamura <argv>`` parsed its arguments."""
    code = (
        "import json, sys\n"
        "from kamura_desktop.cli.main import build_parser\n"
        "try:\n"
        f"    build_parser({argv!r}).parse_args({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    return set(json.loads(out.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [["--version"], ["--help"], []], ids=["version", "help", "none"])
def test_version_and_help_import_no_book(argv):
    loaded = modules_after(argv)
    heavy = sorted(m for m in loaded if m.startswith(HEAVY))
    assert heavy == []
    assert not [m for m in loaded if m.startswith("kamura_desktop.cli.")
                and m not in ("kamura_desktop.cli.main", "kamura_desktop.cli.common")]


#: engine -> what one ``kamura members list --json`` process on a demo copy reported (issue
#: 20: one process answers both tests below that ask about it on SQLite)
_MEMBERS_LIST_RUNS: dict[str, dict] = {}


def members_list_run(location, engine: str) -> dict:
    """``kamura members list --json --db LOCATION --user petugas`` run whole in a fresh
    process (once per engine per test process): its arguments first parsed as the command
    parses them, the modules it held then (``parsed``), then ``main`` (open the books, log
    in, list, print): its exit code, what it printed, and the modules it held at the end."""
    if engine not in _MEMBERS_LIST_RUNS:
        code = (
            "import json, sys\n"
            "from kamura_desktop.cli.main import build_parser, main\n"
            f"argv = ['members', 'list', '--json', '--db', {str(location)!r}, '--user', 'petugas']\n"
            "build_parser(argv).parse_args(argv)\n"
            "parsed = sorted(sys.modules)\n"
            "code = main(argv)\n"
            "print(json.dumps([code, parsed, sorted(sys.modules)]), file=sys.stderr)\n"
        )
        env = dict(os.environ, PYTHONPATH=str(ROOT), KAMURA_PASSWORD="petugas123")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, timeout=300)
        code, parsed, loaded = json.loads(out.stderr.strip().splitlines()[-1])
        _MEMBERS_LIST_RUNS[engine] = {"code": code, "stdout": out.stdout, "stderr": out.stderr,
                                      "parsed": set(parsed), "loaded": loaded}
    return _MEMBERS_LIST_RUNS[engine]


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_a_subcommand_imports_its_own_book_only(demo_copy):
    """What a fresh process holds once ``kamura members list --json …`` parsed its
    arguments (the process then lists the members: the test below reads the rest)."""
    loaded = members_list_run(demo_copy, "sqlite")["parsed"]
    cli_books = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("kamura_desktop.cli.")}
    assert cli_books == {"main", "common", "members"}
    # the members' list never needs the Excel and PDF builders
    assert not [m for m in loaded if m.startswith(("openpyxl", "reportlab"))]


def test_the_help_lists_every_command_with_its_help_line(capsys):
    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    out = capsys.readouterr().out
    for name, (help_line, _owner) in cli_main.COMMANDS.items():
        assert f"    {name}" in out and help_line in out, name
    # the table's order, whichever book registered first
    positions = [re.search(rf"^ +{re.escape(name)}(\s|$)", out, re.M).start()
                 for name in cli_main.COMMANDS]
    assert positions == sorted(positions)


def test_a_shared_verb_without_its_subcommand_loads_every_book_that_adds_to_it(capsys):
    with pytest.raises(SystemExit):
        cli_main.main(["print", "--help"])
    out = capsys.readouterr().out
    for sub in cli_main.COMMANDS["print"][1]:
        assert sub in out, sub


def _registered_by(book: str) -> dict[str, tuple[str, list[str]]]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(f"kamura_desktop.cli.{book}").register(sub, db_parent())
    found = {}
    for action in sub._choices_actions:
        nested = [a for a in sub.choices[action.dest]._actions
                  if isinstance(a, argparse._SubParsersAction)]
        found[action.dest] = (action.help, list(nested[0].choices) if nested else [])
    return found


def test_the_command_table_says_what_each_book_registers():
    from_books: dict[str, dict] = {}
    for book in cli_main.COMMAND_MODULES:
        for name, (help_line, subs) in _registered_by(book).items():
            from_books.setdefault(name, {"help": help_line, "owners": {}, "books": set()})
            from_books[name]["books"].add(book)
            for s in subs:
                from_books[name]["owners"][s] = book
    assert set(from_books) == set(cli_main.COMMANDS)
    for name, (help_line, owner) in cli_main.COMMANDS.items():
        assert help_line == from_books[name]["help"], name
        if isinstance(owner, str):
            assert from_books[name]["books"] == {owner}, name
        else:
            assert owner == from_books[name]["owners"], name


def test_every_declared_permission_exists_once_the_books_are_loaded():
    """``needs`` no longer looks the permission up at registration (that would import the
    books); the full parser, with every book loaded, shows each one is known."""
    from kamura_desktop.services import wiring  # noqa: F401 - every book's permissions
    from kamura_desktop.services.permissions import PERMISSIONS

    parser = cli_main.build_parser()
    stack = [parser]
    seen = 0
    while stack:
        p = stack.pop()
        access = p.get_default("access")
        if access is not None and access.permission not in (None, "login"):
            assert access.permission in PERMISSIONS, (p.prog, access.permission)
            seen += 1
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                stack.extend(a.choices.values())
    assert seen > 30


#: the books no event or question needs (services/wiring.import_every_book): a members list, from
#: the start of the process to its last line, never loads one of them
REPORT_BOOKS = ("annual_report", "budget", "health", "cash_flow", "evaluation_report", "ods",
                "reminders", "accounting_docs", "credit_docs", "lender_docs", "repayment_docs")


def test_the_members_list_run_whole_loads_no_report_book(demo_copy, db_engine):
    """``kamura members list --json`` run whole (open the books, log in, list, print) in a
    process: the report books stay unloaded (issue 20: the command under a second)."""
    run = members_list_run(demo_copy, db_engine)
    assert run["code"] == 0, run["stderr"]
    assert len(json.loads(run["stdout"])) >= 40
    assert [b for b in REPORT_BOOKS if f"kamura_desktop.services.{b}" in run["loaded"]] == []


def test_an_action_of_a_book_not_loaded_yet_is_known_and_decided():
    """The permission table loads every book when asked for an action it does not know yet,
    or when read whole: a role's right never looks "unknown" because its book was not
    imported (the UI asks ``PERMISSIONS[action]`` for its disabled-button tooltips)."""
    code = (
        "import json, sys\n"
        "from kamura_desktop.services import wiring\n"
        "from kamura_desktop.services.actor import Actor\n"
        "from kamura_desktop.services.permissions import PERMISSIONS, allowed\n"
        "before = 'kamura_desktop.services.annual_report' in sys.modules\n"
        "roles = sorted(PERMISSIONS['report.annual'][0])\n"
        "after = 'kamura_desktop.services.annual_report' in sys.modules\n"
        "print(json.dumps([before, roles, after, 'budget.edit' in PERMISSIONS or "
        "any(a.startswith('budget.') for a in PERMISSIONS)]))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    before, roles, after, budget_known = json.loads(out.stdout.strip().splitlines()[-1])
    assert (before, roles, after, budget_known) == (False, ["bendahara", "ketua"], True, True)
