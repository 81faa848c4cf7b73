"""Render the README screenshot from the app itself, offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KAMURA_DATA_DIR"] = tempfile.mkdtemp(prefix="kamura-shot-")

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kamura_desktop.resources import resource  # noqa: E402
from kamura_desktop.services import users  # noqa: E402
from kamura_desktop.demo import create_demo  # noqa: E402
from kamura_desktop.ui.context import AppContext  # noqa: E402
from kamura_desktop.ui.hub import SignalHub  # noqa: E402
from kamura_desktop.ui.shell.main_window import MainWindow  # noqa: E402
from kamura_desktop.ui.tasks import TaskRunner  # noqa: E402


def main(page: str = "anggota", out: str = "docs/screenshot.png") -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))
    app.setFont(QFont("DejaVu Sans", 10))
    path = Path(os.environ["KAMURA_DATA_DIR"]) / "kamura-demo.sqlite"
    db = create_demo(path)
    actor = users.authenticate(db, "ketua", "ketua123")
    ctx = AppContext(db=db, db_path=path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
    window = MainWindow(ctx, backup_on_close=False)
    window.resize(1100, 720)
    window.show()
    window.go_to(page)
    app.processEvents()
    window.grab().save(out)
    db.close()
    print(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
