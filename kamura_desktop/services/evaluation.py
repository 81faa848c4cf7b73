"""Evaluation book: instruments as data, survey rounds and answers, IKM results, income surveys and the paired t-test, report notes (issue 7)."""

from __future__ import annotations
