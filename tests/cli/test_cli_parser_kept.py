"""The ``kamura`` parser is built once per set of books in a process (cli/main.py
``_PARSERS``; issue 20: registering a book's commands cost 4–15 ms at every command a script
or a test ran through ``main``). A kept parser must parse every command exactly as a new one
would, whatever was parsed with it before."""

from __future__ import annotations

from kamura_desktop.cli import main as cli_main

from .test_cli_outputs import command_line, leaf_parsers


def _parsed(parser, argv: list[str]) -> dict:
    return dict(vars(parser.parse_args(argv)))


def test_the_parser_of_a_command_is_built_once_per_process():
    argv = ["members", "list", "--json"]
    first = cli_main.build_parser(argv)
    assert cli_main.build_parser([*argv, "--db", "lain.sqlite"]) is first
    assert cli_main.build_parser(["members", "show", "KMR-0001"]) is first  # the same book
    assert cli_main.build_parser(["lenders", "list"]) is not first  # another book: its own
    assert cli_main.build_parser() is cli_main.build_parser()


def test_a_kept_parser_parses_every_command_as_a_new_one_would():
    commands = [[*path, *command_line(p)] for path, p in leaf_parsers(cli_main.build_parser())]
    assert len(commands) >= 55
    # every command once through the kept parsers, then again in the opposite order: each
    # time the same values as from a parser built just for it
    fresh_for: dict[tuple[str, ...], object] = {}  # parsers nobody parsed with before
    for argv in [*commands, *reversed(commands)]:
        books = tuple(cli_main.books_for(argv))
        fresh = fresh_for.get(books) or fresh_for.setdefault(books, cli_main._new_parser(books))
        if argv is commands[0]:  # the first command of all on a parser built just now
            assert _parsed(cli_main._new_parser(books), argv) == _parsed(fresh, argv), argv
        assert _parsed(cli_main.build_parser(argv), argv) == _parsed(fresh, argv), argv
        assert _parsed(cli_main.build_parser(), argv) == _parsed(fresh, argv), argv


def test_a_repeated_option_starts_empty_at_the_next_command():
    """``budget set --line`` collects into a list whose default is ``[]``: a kept parser
    hands the next command an empty list again, not the lines of the one before."""
    with_lines = ["budget", "set", "--year", "2025", "--line", "4301=3.600.000",
                  "--line", "5101=1.000.000"]
    parser = cli_main.build_parser(with_lines)
    assert parser.parse_args(with_lines).line == ["4301=3.600.000", "5101=1.000.000"]
    assert parser.parse_args(["budget", "set", "--year", "2025"]).line == []
    assert parser.parse_args(with_lines[:6]).line == ["4301=3.600.000"]
