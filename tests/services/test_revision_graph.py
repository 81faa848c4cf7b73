"""Opening the books reads the migrations' revision names without Alembic (issue 20: Alembic
and Mako cost a good part of the start and are needed only to migrate) — and reads exactly
what Alembic reads, on today's scripts and on scripts with one revision more."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kamura_desktop.db import database
from kamura_desktop.db.database import Database, known_heads, known_revisions, open_database
from kamura_desktop.db.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]


def alembic_reading(folder: Path) -> tuple[set[str], set[str]]:
    cfg = Config()
    cfg.set_main_option("script_location", str(folder))
    script = ScriptDirectory.from_config(cfg)
    return set(script.get_heads()), {rev.revision for rev in script.walk_revisions()}


def test_heads_and_revisions_are_alembics_own(tmp_path, monkeypatch):
    heads, revisions = alembic_reading(database.MIGRATIONS_DIR)
    assert known_heads() == heads and len(heads) == 1
    assert known_revisions() == revisions and "0001" in revisions
    # one more revision, written the way Alembic's template writes it (annotated)
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (head,) = heads
    (scripts / "versions" / "9998_later.py").write_text(
        f'"""later"""\nrevision: str = "9998"\ndown_revision: str | None = {head!r}\n'
        "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n")
    monkeypatch.setattr(database, "MIGRATIONS_DIR", scripts)
    assert (known_heads(), known_revisions()) == alembic_reading(scripts)
    assert known_heads() == {"9998"}


def test_the_file_says_its_revision_as_alembic_reads_it(tmp_path):
    db = open_database(tmp_path / "kamura.sqlite")
    try:
        with db.engine.connect() as conn:
            assert db.schema_revisions() == set(MigrationContext.configure(conn).get_current_heads())
        assert db.schema_revisions() == known_heads()
    finally:
        db.close()
    empty = Database(path=tmp_path / "kosong.sqlite", engine=make_engine(tmp_path / "kosong.sqlite"))
    try:
        assert empty.schema_revisions() == set()  # no version table yet: a new file
    finally:
        empty.close()


def test_opening_an_up_to_date_file_imports_no_alembic(tmp_path):
    path = tmp_path / "kamura.sqlite"
    open_database(path).close()
    code = ("import sys\nfrom kamura_desktop.services.setup import open_books\n"
            f"open_books({str(path)!r}).close()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
