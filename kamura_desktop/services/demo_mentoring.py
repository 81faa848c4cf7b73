"""The demo cooperative's group meetings, home visits and follow-ups (issue 7)."""

from __future__ import annotations
