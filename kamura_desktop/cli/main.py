"""Entry point of the ``kamura`` command."""

from __future__ import annotations

import argparse
import sys

from kamura_desktop import __version__
from kamura_desktop.domain.errors import UserError

from . import (
    annual,
    books,
    closing,
    credits,
    evaluation,
    filings,
    foundation,
    health,
    lenders,
    members,
    mentoring,
    repayments,
    server,
)
from .common import authorise, check_outputs, db_parent

#: modules with ``register(subparsers, parent)``; each book adds its own
COMMAND_MODULES = [foundation, members, credits, repayments, lenders, mentoring, evaluation, books,
                   closing, annual, health, filings, server]


def build_parser() -> argparse.ArgumentParser:
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
    for module in COMMAND_MODULES:
        module.register(sub, parent)
    return parser


def main(argv: list[str] | None = None) -> int:
    if "--self-check" in (sys.argv[1:] if argv is None else argv):
        return foundation.self_check()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        # what every subcommand declared when it was registered, enforced here for all:
        # the files it would write, then the login and permission it needs
        check_outputs(args)
        authorise(args)
        return int(args.func(args) or 0)
    except UserError as exc:
        where = f" [{exc.field}]" if exc.field else ""
        print(f"Kesalahan{where}: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
