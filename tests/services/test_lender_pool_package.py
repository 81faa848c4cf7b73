"""The lender pool is a package split by concern: its public names stay reachable as
``lender_pool.<name>``, importing it registers what the book registers, and its modules
import each other one way only (the order its docstring gives)."""

from __future__ import annotations

import ast
from pathlib import Path

from kamura_desktop.services import events, lender_pool, savings
from kamura_desktop.services import settings as settings_service
from kamura_desktop.services.permissions import PERMISSIONS

PACKAGE = Path(lender_pool.__file__).parent
#: lowest first: a module imports only modules before it here
ORDER = ("balances", "commitments", "flowback", "write_off", "fund", "market", "statement")

#: the names the other books, the UI, the CLI, the demo and the tests use
USED_ELSEWHERE = {
    "CapitalDTO", "CommitmentDTO", "FLOWED", "FUND_ACCOUNTS", "FUND_LABELS", "FactSheetMember",
    "FundGrant", "FundYear", "GroupFactSheet", "LENDER_REQUIREMENTS", "LenderBalance",
    "LenderCreditLine", "LenderMovement", "LenderStatement", "LossShare", "PastCycle",
    "PendingCommitment", "ProspectDTO", "RiskBucket", "commit_funds", "committed_sukarela",
    "credits_waiting_for_funds", "flow_back", "group_fact_sheet", "leave_blockers",
    "lender_balance", "lender_balance_in_session", "lender_commitments", "lender_ids",
    "lender_requirements", "lender_statement", "list_capital", "list_lenders", "list_prospects",
    "receive_capital", "refuse_reversal_the_fund_cannot_bear", "register_lender", "reverse_flow_back",
    "revolving_fund_available", "revolving_fund_capital",
    "revolving_fund_development", "revolving_fund_grants", "save_prospect", "service_share_pct",
    "take_committed_sukarela", "withdraw_commitment", "write_off_credit",
}


def test_the_public_names_are_exported():
    assert set(lender_pool.__all__) == USED_ELSEWHERE
    assert len(lender_pool.__all__) == len(set(lender_pool.__all__))
    for name in lender_pool.__all__:
        assert getattr(lender_pool, name) is not None, name


def test_the_wired_handlers_are_the_modules_functions():
    assert lender_pool.flow_back is lender_pool.flowback.flow_back
    assert lender_pool.reverse_flow_back is lender_pool.flowback.reverse_flow_back
    assert lender_pool.take_committed_sukarela is lender_pool.commitments.take_committed_sukarela
    assert lender_pool.committed_sukarela is lender_pool.balances.committed_sukarela
    assert lender_pool.leave_blockers is lender_pool.balances.leave_blockers
    assert lender_pool.lender_ids is lender_pool.balances.lender_ids
    assert events.SukarelaHeld and events.LeaveBlockers and events.LenderIds


def test_importing_the_package_registers_the_book():
    for action in ("lenders.view", "lenders.register", "lenders.commit", "credits.write_off",
                   "funds.capital", "prospects.edit"):
        assert action in PERMISSIONS, action
    assert PERMISSIONS["credits.write_off"][0] == frozenset({"ketua"})
    assert settings_service.DEFAULTS["lender.service_share_pct"] == 70
    assert savings.TX_LABELS["penyaluran"] == "Penyaluran dana"
    assert savings.TX_LABELS["pengembalian_dana"] == "Pengembalian dana"
    assert savings.TX_LABELS["bagi_hasil"] == "Bagi hasil"


def _siblings_imported(path: Path) -> set[str]:
    """The package's modules that ``path`` imports (``from .x import …``, ``from . import x``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found


def test_the_modules_import_each_other_one_way():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(ORDER)
    for i, name in enumerate(ORDER):
        imported = _siblings_imported(PACKAGE / f"{name}.py")
        assert imported <= set(ORDER[:i]), (name, imported - set(ORDER[:i]))
