"""The annual report for the members' meeting (RAT): data, PDF and Excel (issue 8)."""

from __future__ import annotations
