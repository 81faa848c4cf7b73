"""All ORM models. Every module in this package is imported here so that the metadata is
complete (the migrations test compares it with the Alembic history)."""

from __future__ import annotations

import importlib
import pkgutil

from .base import Base

for _mod in pkgutil.iter_modules(__path__):
    if _mod.name != "base":
        importlib.import_module(f"{__name__}.{_mod.name}")

metadata = Base.metadata

__all__ = ["Base", "metadata"]
