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

TALLY: Counter = Counter()


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
