"""Make the guide's screenshots from the program itself, so they never go stale.

    python scripts/make_guide_screenshots.py            # a fresh demo, all shots
    python scripts/make_guide_screenshots.py --db demo.sqlite --only anggota shu

Runs offscreen (no window appears) on the demo cooperative: each shot logs in as the role
that does that work, opens the page and tab at the office PC's size (1366×768 less the task
bar and title bar), and saves the window, scaled to 900 px wide, as
``resources/guide/gambar/<name>.png`` — the names the guide's Markdown refers to
(tests/ui/test_guide.py holds the two lists together).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OFFICE = (1366, 768 - 40 - 31)
WIDTH = 900


@dataclass(frozen=True)
class Shot:
    name: str  # gambar/<name>.png
    role: str
    page: str  # the main window's page key
    tab: int | None = None


SHOTS = (
    Shot("anggota", "petugas", "anggota"),
    Shot("angsuran", "petugas", "angsuran", 0),
    Shot("lembar-penagihan", "petugas", "angsuran", 1),
    Shot("tunggakan", "petugas", "angsuran", 2),
    Shot("kelompok", "bendahara", "kredit", 0),
    Shot("pencairan", "bendahara", "kredit", 3),
    Shot("lender", "bendahara", "lender", 0),
    Shot("laporan", "bendahara", "laporan", 0),
    Shot("tutup-buku", "ketua", "laporan", 2),
    Shot("shu", "ketua", "laporan", 3),
    Shot("evaluasi", "ketua", "evaluasi", 1),
)

#: the demo's users (kamura_desktop/demo/people.py)
PASSWORDS = {"petugas": "petugas123", "bendahara": "bendahara123", "ketua": "ketua123"}


def _prepare(window, shot: Shot) -> None:
    """What a person would have on screen for this shot: a credit open, a group chosen."""
    from kamura_desktop.services import credits

    page = window.pages[shot.page]
    if shot.name == "angsuran":
        rows = credits.list_credits(window.ctx.db)
        active = [c for c in rows if c.status == "active" and c.outstanding] or rows
        if active:  # typed at the counter as the clerk does, then Enter
            page.credit_tab.search.setText(active[0].number)
            window.ctx.tasks.wait_all(20_000)
            page.credit_tab.find()
    elif shot.name == "lembar-penagihan":
        sheet = page.sheet_tab
        for i in range(sheet.group.count()):
            if sheet.group.itemText(i).startswith("KSM-002"):  # the group with instalments due
                sheet.select(sheet.group.itemData(i))
                break
        window.ctx.tasks.wait_all(20_000)
        sheet.fill_suggested()
    elif shot.name == "kelompok":
        page.groups_tab.view.selectRow(0)
    elif shot.name == "pencairan":  # the demo's applications are all disbursed: show one
        page.disbursement_tab.show_done.setChecked(True)
        window.ctx.tasks.wait_all(20_000)
        page.disbursement_tab.view.selectRow(0)


def make_shots(db_path: Path, out_dir: Path, *, only: list[str] | None = None) -> list[Path]:
    """The shots (or those named in ``only``) from the demo file ``db_path`` into ``out_dir``."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kamura_desktop.services import users
    from kamura_desktop.services.setup import open_books
    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.i18n import install_translator
    from kamura_desktop.ui.shell.main_window import MainWindow
    from kamura_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    install_translator(app, "id")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    db = open_books(db_path)
    try:
        for shot in SHOTS:
            if only and shot.name not in only:
                continue
            actor = users.authenticate(db, shot.role, PASSWORDS[shot.role])
            ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
            window = MainWindow(ctx, backup_on_close=False)
            window.resize(*OFFICE)
            window.show()
            window.go_to(shot.page)
            page = window.pages[shot.page]
            if shot.tab is not None:
                page.tabs.setCurrentIndex(shot.tab)
            for _ in range(3):
                ctx.tasks.wait_all(20_000)
                app.processEvents()
            _prepare(window, shot)
            for _ in range(3):
                ctx.tasks.wait_all(20_000)
                app.processEvents()
            image = window.grab().toImage().scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
            target = out_dir / f"{shot.name}.png"
            if not image.save(str(target)):
                raise OSError(f"{target} tidak dapat ditulis")
            written.append(target)
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo file (a copy is used); default: a new demo")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "guide" / "gambar")
    parser.add_argument("--only", nargs="*", help="only these shots")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kamura-guide-") as work:
        db_path = Path(work) / "demo.sqlite"
        if args.db:
            shutil.copyfile(args.db, db_path)
        else:
            from kamura_desktop.demo import create_demo

            create_demo(db_path).close()
        for path in make_shots(db_path, args.out, only=args.only):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
