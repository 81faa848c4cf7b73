"""The demo cooperative: KAMURA of Desa Mekarmukti, the I-P2P pilot.

``create_demo(path)`` builds it in a new file: in the data folder's private work area
first, renamed into place only when complete, so a demo killed half-way never leaves a
partial file that would open as if it were complete (the left-over work file is removed at
the next start). The demo is a *caller* of the services, like
the ``kamura`` command: it lays the profile and a user for each role, then runs the steps
below in this order, each writing through the services as the demo's users would. Each
step needs what the ones before it made (the credits need the members, the repayments the
credits, the lenders fund a cycle after the pilot's repayments, the year-end close comes
after every book's activity of the year).
"""

from __future__ import annotations

from typing import Any

from .people import DEMO_PROFILE, DEMO_USERS, DemoUser

__all__ = ["DEMO_PROFILE", "DEMO_USERS", "STEPS", "DemoUser", "create_demo"]


def __getattr__(name: str) -> Any:
    """``create_demo`` and ``STEPS`` live in :mod:`.build`, imported when first asked for
    (the desktop start shows the demo's logins before the services are imported)."""
    if name in ("create_demo", "STEPS"):
        from . import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
