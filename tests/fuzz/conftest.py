"""The fuzz suite's profile and its tally of attacks.

Hypothesis profiles (chosen by ``KAMURA_FUZZ_PROFILE``; only the fuzz tests use them, the
rest of the suite keeps its own settings):

* ``ci`` (default): a modest number of examples per test, the whole fuzz suite in about
  1–1½ minutes in one process, part of every test run;
* ``nightly``: many more examples (``KAMURA_FUZZ_PROFILE=nightly pytest tests/fuzz``);
* ``hunt``: 60 examples without shrinking, for hunting bugs (a failing example is shown as
  found, at once, instead of after minutes of shrinking).

``KAMURA_FUZZ_SHOW=1`` (with ``-s``) prints every refusal's field and message.

Every example is an *attack*: it is tried, and it either survives (the service accepted it
or refused it with a ``UserError``, and every invariant holds) or is *lost* (a traceback or
a broken invariant — the test then fails). The counts are printed at the end of the run.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.helpers_books import prepared

from ..services.test_repayments import JOINED, Lending

TALLY: Counter = Counter()
#: members registered once per run for the examples that need new ones (see `lend`): as many
#: as the ci profile's examples take (12 examples of at most 6 members)
POOL_SIZE = 72


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001
    if not TALLY:
        return
    tried = sum(v for (_, kind), v in TALLY.items() if kind == "tried")
    lost = sum(v for (_, kind), v in TALLY.items() if kind == "lost")
    refused = sum(v for (_, kind), v in TALLY.items() if kind == "refused")
    terminalreporter.section("Kamura fuzz: attacks")
    terminalreporter.write_line(f"tried {tried}, survived {tried - lost} "
                                f"(refused with a message {refused}), lost {lost}")
    targets = sorted({target for target, _ in TALLY})
    for target in targets:
        terminalreporter.write_line(
            f"  {target}: tried {TALLY[target, 'tried']}, refused "
            f"{TALLY[target, 'refused']}, lost {TALLY[target, 'lost']}")


@pytest.fixture(scope="session")
def tally() -> Counter:
    """The run's tally: ``tally[target, "tried" | "refused" | "lost"]``."""
    return TALLY


@prepared
def member_pool(db, actors) -> list[int]:
    """``POOL_SIZE`` members registered through the services as ``Lending.members`` does
    (pokok and five years of wajib paid, no group): built once per run, each test writes its
    own copy (tests/helpers_books.py)."""
    return Lending(db, actors).members(POOL_SIZE)


class PooledLending(Lending):
    """:class:`Lending` whose ``members`` first hands out the pool's members — each one new to
    the test, in no group, exactly what registering them in the example made — and registers
    new ones (after the pool's numbers) once the pool is used up (a longer profile, shrinking).
    Issue 20: the examples registered 2–6 members each, half the fuzz suite's time."""

    def __init__(self, db, actors, pool: list[int]):
        super().__init__(db, actors)
        self.pool = list(pool)
        self.count = len(self.pool)  # new members' NIKs and the groups' names come after it

    def members(self, n: int, *, joined=JOINED) -> list[int]:
        if joined != JOINED or n > len(self.pool):
            return super().members(n, joined=joined)
        taken, self.pool = self.pool[:n], self.pool[n:]
        self.count += n
        return taken


@pytest.fixture
def lend(db, actors, member_pool) -> PooledLending:
    """Real members, groups and credits through the services, new members from the pool (one
    per test: its running count keeps the NIKs and group names of later examples new)."""
    return PooledLending(db, actors, member_pool)
