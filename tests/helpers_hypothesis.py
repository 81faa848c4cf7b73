"""How many examples the slow property tests outside tests/fuzz try (issue 20: the suite on
two cores). ``KAMURA_PROPERTY_PROFILE`` chooses:

* ``ci`` (default): the number every test run can afford;
* ``nightly``: many more, for a nightly run
  (``KAMURA_PROPERTY_PROFILE=nightly pytest -n 2 tests/services``).

Inputs these tests once failed on are kept as plain tests (``@example`` or a test of their
own), so a smaller CI run still tries them every time. The fuzz suite has its own profiles
(``KAMURA_FUZZ_PROFILE``, tests/fuzz/harness.py).
"""

from __future__ import annotations

import os

PROFILES = ("ci", "nightly")
PROFILE = os.environ.get("KAMURA_PROPERTY_PROFILE", "ci")
if PROFILE not in PROFILES:
    raise ValueError(f"KAMURA_PROPERTY_PROFILE={PROFILE!r}: one of {', '.join(PROFILES)}")


def examples(ci: int, nightly: int) -> int:
    """``ci`` examples in the everyday run, ``nightly`` in the nightly one."""
    return nightly if PROFILE == "nightly" else ci
