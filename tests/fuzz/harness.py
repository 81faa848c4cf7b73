"""What the fuzz tests share: the Hypothesis settings, input strategies (valid, boundary,
hostile), the books' invariants and :func:`attack`, which runs one example and tallies it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import MAX_AMOUNT, TEXT_LIMITS

settings.register_profile(
    "kamura-fuzz-ci", max_examples=12, deadline=None, derandomize=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large, HealthCheck.filter_too_much])
settings.register_profile("kamura-fuzz-nightly", parent=settings.get_profile("kamura-fuzz-ci"),
                          max_examples=400)
# the ci examples without shrinking: a failing example as found, at once (for hunting bugs)
settings.register_profile("kamura-fuzz-hunt", parent=settings.get_profile("kamura-fuzz-ci"),
                          max_examples=60, phases=[Phase.explicit, Phase.reuse, Phase.generate])
#: KAMURA_FUZZ_SHOW=1 prints every refusal's field and message (with -s): do the examples
#: reach past the first check?
SHOW_REFUSALS = bool(os.environ.get("KAMURA_FUZZ_SHOW"))
PROFILE = "kamura-fuzz-" + os.environ.get("KAMURA_FUZZ_PROFILE", "ci")
#: the decorator every fuzz test wears (the profile chosen by KAMURA_FUZZ_PROFILE)
FUZZ = settings(settings.get_profile(PROFILE))

# ---------------------------------------------------------------- strategies

HOSTILE_CHARS = ["\x00", "\x07", "\x1b", "\r", "\t", "\u202e", "\u200b", "\ufeff", "\ud800",
                 "\udfff", "\uffff", "\U0001f600", "e\u0301", "=", "+", "@", "%", "_", "\\",
                 "'", '"', "<", "&", ";", "--", "/*", "ı", "ß", "\u00a0"]

ordinary_texts = st.sampled_from(["Siti Aminah", "Ujang Suryana", "Kampung Cibitung", "003",
                                  "Pindang", "0812-2233-4455", "rapat bulanan", "Desa Mekarmukti",
                                  "N'Dang", "Él", "Ngadiman bin Kromo"])
#: any text: ordinary (half the time), with hostile characters, at and beyond every limit
texts = st.one_of(
    ordinary_texts, ordinary_texts, ordinary_texts,
    st.text(max_size=40),
    st.lists(st.sampled_from(HOSTILE_CHARS + list("Siti Aminah 0123")), max_size=60)
    .map("".join),
    st.sampled_from(sorted(set(TEXT_LIMITS.values()))).flatmap(
        lambda n: st.sampled_from(["W" * n, "W" * (n + 1), ("Wira " * n)[:n],
                                   "a\ud800" * (n // 2)])),
    st.just("x" * 100_000),
    st.none(),
)
#: amounts: ordinary, the bounds and beyond, negative, huge, not integers
amounts = st.one_of(
    st.integers(min_value=1, max_value=500_000), st.integers(min_value=1, max_value=500_000),
    st.sampled_from([4_200, 10_000, 25_000, 50_000, 100_000]),
    st.sampled_from([0, 1, -1, MAX_AMOUNT, MAX_AMOUNT + 1, 2**62, 2**63 - 1, 2**63, 2**64,
                     10**20, -(2**63), 10**30]),
    st.integers(),
)
bad_amounts = st.one_of(st.booleans(), st.floats(allow_nan=True), st.just("125000"),
                        st.none(), st.decimals(allow_nan=False, allow_infinity=False))
#: dates: after the fixtures' members joined and credits were disbursed (most), then earlier,
#: the far past and future
dates = st.one_of(st.dates(min_value=dt.date(2024, 3, 5), max_value=dt.date.today()),
                  st.dates(min_value=dt.date(2024, 3, 5), max_value=dt.date.today()),
                  st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date.today()),
                  st.sampled_from([dt.date(1900, 1, 1), dt.date(9999, 12, 31),
                                   dt.date.today() + dt.timedelta(days=1)]))
digits = st.one_of(st.sampled_from(["1", "03", "008", "12"]), st.sampled_from(["1", "8"]), texts)
#: every role (the wrong ones must be refused with a message, and write nothing)
roles = st.sampled_from(["admin", "ketua", "bendahara", "petugas"])


def role(right: str) -> st.SearchStrategy[str]:
    """Mostly the role allowed to do it (so the call gets past the gate), else any role."""
    return st.one_of(st.just(right), st.just(right), roles)


#: mostly ordinary text (so that a form with many fields is sometimes wholly valid)
mostly_clean = st.one_of(ordinary_texts, ordinary_texts, ordinary_texts, texts)
#: years: the books' own, then before anything, far away and beyond an integer column
years = st.one_of(st.integers(2023, dt.date.today().year), st.integers(2023, dt.date.today().year),
                  st.sampled_from([0, -1, 1899, dt.date.today().year + 1, 9999, 10**6, 2**63]))


def some_id(real: int) -> st.SearchStrategy[int]:
    """Mostly ``real`` (an id that exists), else one that does not (0, negative, large).
    Not beyond SQLite's integers: such an id is no input any screen or command gives."""
    return st.one_of(st.just(real), st.just(real), st.just(real),
                     st.sampled_from([0, -1, 10**9, 2**62]))


phones = st.one_of(st.sampled_from(["0812-2233-4455", "+62 812 1111 2222", None]), texts)


def valid_nik(k: int) -> str:
    """A valid NIK (a woman born on day k of May 1985; k in 1..28), number ``k``."""
    return f"321701{(k % 28) + 41:02d}0585{k % 9999 + 1:04d}"


niks = st.one_of(st.integers(0, 9999).map(valid_nik), st.integers(0, 9999).map(valid_nik),
                 texts.filter(lambda t: t is not None),
                 st.sampled_from(["3217014503850001 ", "3217014503850001\x00", "0" * 16,
                                  "321701450385000١"]))


# ---------------------------------------------------------------- invariants

#: the savings kinds and their ledger accounts
SAVINGS_ACCOUNTS = {"pokok": Acc.SIMPANAN_POKOK, "wajib": Acc.SIMPANAN_WAJIB,
                    "sukarela": Acc.SIMPANAN_SUKARELA}
TABLES = ("members", "savings_transactions", "journal_entries", "journal_lines", "audit_log",
          "repayments", "credits", "credit_applications", "borrower_groups", "users", "settings")


#: id(database) -> (its tables of TABLES, the statement counting their rows): the books' tables
#: do not change during a test (every fuzzed file is migrated to the same head)
_COUNTING: dict[int, tuple[list[str], object]] = {}


def snapshot(db) -> dict[str, int]:
    """Row counts of the books' tables: a refused write must leave every one unchanged."""
    with db.read() as s:
        counting = _COUNTING.get(id(db))
        if counting is None:
            names = {r[0] for r in s.execute(
                text("SELECT name FROM sqlite_master WHERE type='table'"))}
            present = [t for t in TABLES if t in names]
            # every count in one statement (one round trip, not one per table: issue 20)
            counting = _COUNTING[id(db)] = (present, text("SELECT " + ", ".join(
                f"(SELECT COUNT(*) FROM {t})" for t in present)))
        present, statement = counting
        return dict(zip(present, s.execute(statement).one(), strict=True))


def broken_invariants(db) -> list[str]:
    """Ledger balanced (per entry and in total); savings = rows = ledger; each credit's
    outstanding principal = disbursed − repaid; SQLite's own integrity check."""
    from kamura_desktop.db.models.core import Account, JournalLine
    from kamura_desktop.db.models.membership import SavingsTransaction

    problems = []
    with db.read() as s:
        unbalanced = s.execute(text(
            "SELECT entry_id FROM journal_lines GROUP BY entry_id "
            "HAVING SUM(debit) != SUM(credit) LIMIT 3")).all()
        if unbalanced:
            problems.append(f"unbalanced entries {unbalanced}")
        # each kind's rows and its ledger account, in one query each (not one per kind)
        by_kind = dict(s.execute(select(SavingsTransaction.kind, func.sum(SavingsTransaction.amount))
                                 .group_by(SavingsTransaction.kind)).all())
        by_code = dict(s.execute(select(Account.code, func.sum(JournalLine.credit - JournalLine.debit))
                                 .join(Account, Account.id == JournalLine.account_id)
                                 .where(Account.code.in_(list(SAVINGS_ACCOUNTS.values())))
                                 .group_by(Account.code)).all())
        for kind, code in SAVINGS_ACCOUNTS.items():
            rows, ledger = by_kind.get(kind) or 0, by_code.get(code) or 0
            if rows != ledger:
                problems.append(f"{kind}: rows {rows} != ledger {ledger}")
        check = s.execute(text("PRAGMA quick_check")).scalar_one()
        if check != "ok":
            problems.append(f"quick_check: {check}")
    problems += _credit_invariants(db)
    return problems


def _credit_invariants(db) -> list[str]:
    from kamura_desktop.db.models.credit import Credit
    from kamura_desktop.db.models.repayment import Repayment
    from kamura_desktop.services import repayments

    problems = []
    with db.read() as s:
        repaid_of = dict(s.execute(select(Repayment.credit_id, func.sum(Repayment.principal_part))
                                   .group_by(Repayment.credit_id)).all())
        for c in s.scalars(select(Credit).where(Credit.disbursed_on.is_not(None))):
            state = repayments.state_in_session(s, c.id)
            repaid = repaid_of.get(c.id) or 0
            if state.principal_outstanding != c.principal - repaid:
                problems.append(f"credit {c.id}: outstanding {state.principal_outstanding} != "
                                f"{c.principal} - {repaid}")
    return problems


def attack(tally, target: str, db, call: Callable[[], object]) -> object:
    """Run one fuzzed call. A ``UserError`` is a survived refusal (and nothing may have been
    written); any other exception, or a broken invariant, is a lost attack and fails the test."""
    tally[target, "tried"] += 1
    before = snapshot(db)
    try:
        result = call()
    except UserError as exc:
        tally[target, "refused"] += 1
        assert exc.message and isinstance(exc.message, str)
        if SHOW_REFUSALS:
            print(f"[{target}] {exc.field}: {exc.message[:160]!r}")  # noqa: T201
        after = snapshot(db)
        if after != before:
            tally[target, "lost"] += 1
            raise AssertionError(f"{target}: refused but wrote {before} -> {after}") from exc
        return exc
    except Exception:
        tally[target, "lost"] += 1
        raise
    except BaseException:  # Hypothesis ending the example (a draw ran out of data): no attack
        tally[target, "tried"] -= 1
        raise
    problems = broken_invariants(db)
    if problems:
        tally[target, "lost"] += 1
        raise AssertionError(f"{target}: invariants broken: {problems}")
    return result
