"""The demo cooperative's evaluation: a KSM and a UPK round and an income survey (issue 7)."""

from __future__ import annotations
