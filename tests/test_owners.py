"""Every table that holds money has one owner module that writes its rows; the other books
call the owner's functions (savings.post_for_entry_in_session, ledger.post_entry,
credits.add_funding_in_session …). The scan reads the source: a row constructor
(``SavingsTransaction(...)``) or a bulk ``insert``/``update``/``delete`` of a money table
outside its owner fails."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

from tests import helpers_source

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kamura_desktop"

#: money table model -> the one module that writes its rows
OWNERS = {
    "JournalEntry": "services/ledger.py",
    "JournalLine": "services/ledger.py",
    "SavingsTransaction": "services/savings.py",
    "PayoutReceipt": "services/savings.py",
    "Repayment": "services/repayments.py",
    "GroupCover": "services/repayments.py",
    "CoverSettlement": "services/repayments.py",
    "Credit": "services/credits.py",
    "CreditFunding": "services/credits.py",
    "ScheduleLine": "services/credits.py",
    "CapitalContribution": "services/lender_pool/fund.py",
    "CreditWriteOff": "services/lender_pool/write_off.py",
    "WriteOffShare": "services/lender_pool/write_off.py",
    "Provision": "services/provisions.py",
    "ShuDistribution": "services/shu.py",
    "ShuMemberShare": "services/shu.py",
}
BULK = {"insert", "update", "delete"}


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def writers(source: str) -> list[tuple[int, str]]:
    """(line, model) of every row constructor or bulk write of a money table in ``source``."""
    return _writers(ast.walk(ast.parse(source)))


def writers_in(path: Path) -> list[tuple[int, str]]:
    """:func:`writers` of the module ``path`` (parsed once per test process; a module that
    names no money table model writes none and is not parsed)."""
    if not helpers_source.mentions(path, OWNERS):
        return []
    return _writers(helpers_source.nodes(path))


def _writers(nodes: Iterable[ast.AST]) -> list[tuple[int, str]]:
    found = []
    for node in nodes:
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in OWNERS:
            found.append((node.lineno, name))
        elif name in BULK and node.args and _name(node.args[0]) in OWNERS:
            found.append((node.lineno, _name(node.args[0])))
    return found


def test_money_rows_are_written_only_by_their_owner():
    files = [p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts]
    assert len(files) > 100  # the walk really found the code
    offenders = []
    for path in files:
        rel = path.relative_to(PACKAGE).as_posix()
        for line, model in writers_in(path):
            if OWNERS[model] != rel:
                offenders.append(f"kamura_desktop/{rel}:{line}: {model} (owner {OWNERS[model]})")
    assert offenders == []


def test_every_owner_exists_and_writes_its_tables():
    for model, owner in OWNERS.items():
        assert model in {m for _, m in writers_in(PACKAGE / owner)}, model


def test_the_scan_can_fail():
    bad = ("from sqlalchemy import insert\n"
           "def f(s, m):\n"
           "    s.add(SavingsTransaction(member_id=m, amount=5))\n"
           "    s.execute(insert(models.JournalLine), [])\n"
           "    s.add(Member(name='x'))\n")
    assert writers(bad) == [(3, "SavingsTransaction"), (4, "JournalLine")]
