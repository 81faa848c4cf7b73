"""Entry point of the ``kamura`` command.

The books register their own subcommands (``register(subparsers, parent)`` in each module of
``COMMAND_MODULES``), but a book is imported only when one of its commands runs: ``COMMANDS``
below names, for every top-level command, its help line and the book that registers it (for
the verbs several books share — ``print``, ``report``, ``import``, ``export`` — the book of
each subcommand). ``kamura --version`` and ``kamura --help`` import no book at all (no
SQLAlchemy, ReportLab or openpyxl), and ``kamura members list`` imports the members' book
only. tests/cli/test_cli_lazy.py checks that this table says exactly what the books register.
"""

from __future__ import annotations

import argparse
import sys

from kamura_desktop import __version__
from kamura_desktop.domain.errors import UserError

from .common import authorise, check_outputs, close_unused_books, db_parent

#: modules with ``register(subparsers, parent)``; each book adds its own (in this order)
COMMAND_MODULES = ["foundation", "members", "credits", "repayments", "lenders", "mentoring",
                   "evaluation", "books", "closing", "annual", "health", "filings", "server"]

#: top-level command → (help line, the book registering it — or, for a verb several books
#: share, subcommand → book)
COMMANDS: dict[str, tuple[str, str | dict[str, str]]] = {
    "init": ("buat database baru (kosong)", "foundation"),
    "demo": ("buat koperasi contoh (Mekarmukti)", "foundation"),
    "check": ("periksa keutuhan, versi skema dan keseimbangan buku besar", "foundation"),
    "backup": ("buat cadangan database", "foundation"),
    "restore": ("pulihkan database dari cadangan", "foundation"),
    "users": ("kelola pengguna", "foundation"),
    "import": ("impor data dari Excel (.xlsx)", {"members": "members", "savings": "members"}),
    "export": ("ekspor data ke Excel (.xlsx)", {"members": "members"}),
    "members": ("anggota", "members"),
    "print": ("cetak dokumen ke PDF", {
        "receipt": "members", "passbook": "members", "member-form": "members",
        "participation-form": "credits", "joint-liability": "credits",
        "credit-agreement": "credits", "disbursement-receipt": "credits",
        "handover-list": "credits",
        "pocket-books": "repayments", "collection-sheet": "repayments",
        "lender-statement": "lenders", "lender-registration": "lenders",
        "group-fact-sheet": "lenders",
        "attendance-list": "mentoring",
    }),
    "credits": ("kredit kelompok", "credits"),
    "groups": ("kelompok peminjam", "credits"),
    "repayments": ("angsuran kredit", "repayments"),
    "report": ("laporan", {
        "arrears": "repayments", "fund-development": "lenders",
        "trial-balance": "books", "balance-sheet": "books", "income-statement": "books",
        "equity-changes": "books", "cash-book": "books", "general-ledger": "books",
        "annual": "annual", "health": "health",
        "cash-flow": "filings", "budget": "filings", "ods": "filings",
    }),
    "budget": ("rencana kerja dan anggaran (RK/RAPB)", "filings"),
    "reminders": ("pengingat angsuran (tautan WhatsApp) dan surat peringatan", "filings"),
    "copy": ("salin seluruh koperasi ke database kosong (server kantor)", "server"),
    "reseal": ("segel ulang database server yang kuncinya hilang (admin)", "server"),
    "lenders": ("lender (pemberi dana)", "lenders"),
    "mentoring": ("pendampingan kelompok", "mentoring"),
    "eval": ("evaluasi: templat kuesioner, IKM dan uji-t dari Excel", "evaluation"),
    "journal": ("jurnal umum: daftar dan jurnal manual bendahara", "closing"),
    "provision": ("penyisihan kerugian piutang (PPKA)", "closing"),
    "shu": ("sisa hasil usaha: hitung, draf, tetapkan, bayar, daftar", "closing"),
    "close-year": ("tutup buku satu tahun (ketua)", "closing"),
    "reopen-year": ("buka kembali tahun buku (admin, dengan alasan)", "closing"),
}

#: top-level options that take a value (skipped when looking for the command's name)
_VALUE_OPTIONS = {"--db"}


def _load(book: str):
    """The book's command module, imported plainly (import-linter sees it) but only now."""
    match book:
        case "foundation":
            from . import foundation as module
        case "members":
            from . import members as module
        case "credits":
            from . import credits as module
        case "repayments":
            from . import repayments as module
        case "lenders":
            from . import lenders as module
        case "mentoring":
            from . import mentoring as module
        case "evaluation":
            from . import evaluation as module
        case "books":
            from . import books as module
        case "closing":
            from . import closing as module
        case "annual":
            from . import annual as module
        case "health":
            from . import health as module
        case "filings":
            from . import filings as module
        case "server":
            from . import server as module
        case _:
            raise KeyError(book)
    return module


def books_for(argv: list[str]) -> list[str]:
    """The books ``argv`` needs registered: none for ``--version``/``--help``/no command,
    the command's own book, or — for a shared verb without a known subcommand — every book
    that adds to it (so ``kamura print --help`` lists them all)."""
    words = _positionals(argv)
    if not words or words[0] not in COMMANDS:
        return []
    _help, owner = COMMANDS[words[0]]
    if isinstance(owner, str):
        return [owner]
    if len(words) > 1 and words[1] in owner:
        return [owner[words[1]]]
    return [b for b in COMMAND_MODULES if b in owner.values()]


def _positionals(argv: list[str]) -> list[str]:
    words, skip = [], False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUE_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            words.append(token)
            if len(words) == 2:
                break
    return words


#: the parsers this process built, by the books registered in them: a process that runs
#: several commands (a script or a test calling ``main`` again and again) registers each
#: book's commands once, not at every command (issue 20: 4–15 ms each time). Parsing leaves
#: a parser as it was (every value lands on the namespace of that parse), so a kept one
#: parses the next command exactly as a new one would.
_PARSERS: dict[tuple[str, ...], argparse.ArgumentParser] = {}


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: its command's book registered, every other command a one-line
    placeholder (name and help). Without ``argv``: every book registered (the tests of every
    subcommand walk that one). Built once per set of books in a process (``_PARSERS``)."""
    books = tuple(COMMAND_MODULES if argv is None else books_for(argv))
    parser = _PARSERS.get(books)
    if parser is None:
        parser = _PARSERS.setdefault(books, _new_parser(books))
    return parser


def _new_parser(books: tuple[str, ...]) -> argparse.ArgumentParser:
    parent = db_parent()
    parser = argparse.ArgumentParser(
        prog="kamura",
        parents=[parent],
        description="Kamura Desktop — perintah kantor koperasi (cadangan, impor/ekspor, cetak, evaluasi).",
    )
    parser.add_argument("--version", action="version", version=f"kamura {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="periksa program (database sementara, migrasi, PDF, jendela) lalu keluar")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)
    for book in books:
        _load(book).register(sub, parent)
    registered = set(sub.choices)
    for name, (help_line, _owner) in COMMANDS.items():
        if name not in registered:
            sub.add_parser(name, help=help_line)
    # the listing in --help follows the table, whichever books were loaded first
    order = list(COMMANDS)
    sub._choices_actions.sort(key=lambda a: order.index(a.dest) if a.dest in order else len(order))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--self-check" in argv:
        return _load("foundation").self_check()
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        # what every subcommand declared when it was registered, enforced here for all:
        # the files it would write, then the login and permission it needs
        check_outputs(args)
        authorise(args)
        from kamura_desktop.services.connection import run_write

        # a write the office server aborted for a conflict runs again (bounded)
        try:
            return int(run_write(args.func, args) or 0)
        finally:
            close_unused_books(args)
    except UserError as exc:
        where = f" [{exc.field}]" if exc.field else ""
        print(f"Kesalahan{where}: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
