"""Mentoring (pendampingan): group meetings with attendance and pocket-book checks, home visits, follow-ups (issue 7)."""

from __future__ import annotations
