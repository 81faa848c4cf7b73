"""Lender pool and fund sources (the book after repayments; see ``services/wiring.py``).

Members with savings (lenders) commit part of their sukarela to approved credits; the
money leaves their sukarela at disbursement, flows back as the credits are repaid (with
their share of the service), and a written-off credit's loss is shared among its funders.
The cooperative's revolving fund and outside capital are kept here too.

The package, by concern — each module imports only the ones above it in this list:

- :mod:`.balances`    who may be a lender; a lender's balance (committed, deployed, returned,
  earned, lost); the answers to ``events.SukarelaHeld``, ``LeaveBlockers``, ``LenderIds``
- :mod:`.commitments` registering a lender; committing, withdrawing and listing commitments;
  the committed sukarela leaving at ``events.CreditDisbursed``
- :mod:`.flowback`    the flow-back of each payment (``events.RepaymentPosted``) and its
  reversal (``events.RepaymentReversed``); the lenders' service share setting
- :mod:`.write_off`   writing off a credit and sharing the loss among its funders
- :mod:`.fund`        capital received; the revolving fund year by year and its grants; its
  money available (``events.RevolvingFundAvailable``) and a reversed repayment it cannot bear
  (``events.RepaymentReversed``)
- :mod:`.market`      credits waiting for funds, the group fact sheet, prospects
- :mod:`.statement`   the lender's statement of a period

Callers use the names below as ``lender_pool.<name>``. Importing the package registers the
book's permissions, its setting and the labels of the sukarela rows it writes (below).
"""

from __future__ import annotations

from .. import savings
from .. import settings as settings_service
from ..permissions import PERMISSIONS
from .balances import (
    LENDER_REQUIREMENTS,
    LenderBalance,
    committed_sukarela,
    leave_blockers,
    lender_balance,
    lender_balance_in_session,
    lender_ids,
    lender_requirements,
    list_lenders,
)
from .commitments import (
    CommitmentDTO,
    commit_funds,
    lender_commitments,
    register_lender,
    take_committed_sukarela,
    withdraw_commitment,
)
from .flowback import FLOWED, flow_back, reverse_flow_back, service_share_pct
from .fund import (
    FUND_ACCOUNTS,
    FUND_LABELS,
    CapitalDTO,
    FundGrant,
    FundYear,
    list_capital,
    receive_capital,
    refuse_reversal_the_fund_cannot_bear,
    revolving_fund_available,
    revolving_fund_capital,
    revolving_fund_development,
    revolving_fund_grants,
)
from .market import (
    FactSheetMember,
    GroupFactSheet,
    PastCycle,
    ProspectDTO,
    credits_waiting_for_funds,
    group_fact_sheet,
    list_prospects,
    save_prospect,
)
from .statement import (
    LenderCreditLine,
    LenderMovement,
    LenderStatement,
    PendingCommitment,
    RiskBucket,
    lender_statement,
)
from .write_off import LossShare, write_off_credit

__all__ = [
    # balances
    "LENDER_REQUIREMENTS",
    "LenderBalance",
    "committed_sukarela",
    "leave_blockers",
    "lender_balance",
    "lender_balance_in_session",
    "lender_ids",
    "lender_requirements",
    "list_lenders",
    # commitments
    "CommitmentDTO",
    "commit_funds",
    "lender_commitments",
    "register_lender",
    "take_committed_sukarela",
    "withdraw_commitment",
    # flowback
    "FLOWED",
    "flow_back",
    "reverse_flow_back",
    "service_share_pct",
    # write_off
    "LossShare",
    "write_off_credit",
    # fund
    "FUND_ACCOUNTS",
    "FUND_LABELS",
    "CapitalDTO",
    "FundGrant",
    "FundYear",
    "list_capital",
    "receive_capital",
    "refuse_reversal_the_fund_cannot_bear",
    "revolving_fund_available",
    "revolving_fund_capital",
    "revolving_fund_development",
    "revolving_fund_grants",
    # market
    "FactSheetMember",
    "GroupFactSheet",
    "PastCycle",
    "ProspectDTO",
    "credits_waiting_for_funds",
    "group_fact_sheet",
    "list_prospects",
    "save_prospect",
    # statement
    "LenderCreditLine",
    "LenderMovement",
    "LenderStatement",
    "PendingCommitment",
    "RiskBucket",
    "lender_statement",
]

# ------------------------------------------------------------------ registered at import

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "lenders.view": (ALL, "melihat data lender"),
    "lenders.register": (frozenset({"petugas", "bendahara", "ketua"}), "mendaftarkan lender"),
    "lenders.commit": (frozenset({"petugas", "bendahara"}), "mencatat komitmen dana lender"),
    "credits.write_off": (frozenset({"ketua"}), "menghapusbukukan kredit"),
    "funds.capital": (frozenset({"bendahara"}), "mencatat penerimaan modal"),
    "prospects.edit": (frozenset({"petugas", "bendahara", "ketua"}), "mengubah daftar calon investor"),
})
#: the lenders' share of their part of the service (:func:`.flowback.service_share_pct`)
settings_service.DEFAULTS.update({"lender.service_share_pct": 70})
#: the sukarela rows this book writes, as the savings statements print them
savings.TX_LABELS.update({"penyaluran": "Penyaluran dana", "pengembalian_dana": "Pengembalian dana",
                          "bagi_hasil": "Bagi hasil"})
