"""The guide inside the program (Bantuan → Panduan, F1): which file, its sections, its PDF.

The guide is a resource, not books: reading it needs no permission. Its PDF is written
through the output gate like every other (never over the open database).
"""

from __future__ import annotations

from pathlib import Path

from kamura_desktop.db.database import Database
from kamura_desktop.documents.guide import Guide, build_guide_pdf, guide_html, read_guide
from kamura_desktop.resources import resource

from . import settings
from .actor import Actor

LANGUAGES = ("id", "en")

__all__ = ["Guide", "LANGUAGES", "export_guide_pdf", "guide_file", "guide_html", "load_guide"]


def guide_file(lang: str = "id") -> Path:
    """``resources/guide/panduan_<lang>.md``; Indonesian when there is none for ``lang``."""
    path = resource("guide", f"panduan_{lang}.md")
    return path if path.is_file() else resource("guide", "panduan_id.md")


def load_guide(lang: str = "id") -> Guide:
    return read_guide(guide_file(lang))


def export_guide_pdf(db: Database, *, actor: Actor, path: Path | str, lang: str = "id") -> Path:
    """The whole guide as one PDF with the cooperative's letterhead."""
    del actor  # any user may print the guide
    return build_guide_pdf(path, load_guide(lang), profile=settings.get_profile(db))
