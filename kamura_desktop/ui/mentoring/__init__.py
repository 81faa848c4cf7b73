"""The mentoring (pendampingan) windows: group meetings with attendance and pocket-book
checks, home visits and follow-ups — the Pendampingan tab of the Kelompok & Kredit page."""

from .tab import MentoringTab

__all__ = ["MentoringTab"]
