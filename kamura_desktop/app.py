"""Wiring: command-line options, the Qt application, translations, the database, login and
the main window. ``kamura-desktop`` runs :func:`main`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kamura_desktop import __version__
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import settings, users
from kamura_desktop.services.demo import DEMO_USERS, create_demo
from kamura_desktop.services.locations import default_db_path, demo_db_path
from kamura_desktop.services.setup import open_books


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="kamura-desktop", description="Kamura Desktop")
    p.add_argument("--db", metavar="PATH", help="berkas database (bawaan: folder data pengguna)")
    p.add_argument("--demo", action="store_true", help="buka koperasi contoh (dibuat bila belum ada)")
    p.add_argument("--lang", choices=("id", "en"), help="bahasa tampilan untuk sesi ini")
    p.add_argument("--version", action="version", version=f"kamura-desktop {__version__}")
    return p.parse_args(argv)


def open_or_create(path: Path, *, demo: bool):
    if demo and (not path.exists() or path.stat().st_size == 0):
        return create_demo(path)
    return open_books(path)


def demo_hint() -> str:
    return "Koperasi contoh — " + ", ".join(f"{u.username} / {u.password}" for u in DEMO_USERS)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtGui import QFont, QIcon
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from kamura_desktop.resources import resource
    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.i18n import install_translator
    from kamura_desktop.ui.shell.first_run import OPEN_DEMO, FirstRunDialog
    from kamura_desktop.ui.shell.login import LoginDialog
    from kamura_desktop.ui.shell.main_window import MainWindow
    from kamura_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kamura Desktop")
    app.setOrganizationName("Kamura")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("logo.png"))))
    qss = resource("style.qss")
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    app.setFont(QFont("DejaVu Sans", 10))

    path = demo_db_path() if args.demo else Path(args.db).expanduser() if args.db else default_db_path()
    is_demo = args.demo
    try:
        db = open_or_create(path, demo=is_demo)
    except UserError as exc:
        QMessageBox.critical(None, "Kamura Desktop", exc.message)
        return 1
    install_translator(app, args.lang or settings.get_setting(db, "ui.language"))

    actor = None
    if users.user_count(db) == 0:
        first = FirstRunDialog(db)
        result = first.exec()
        if result == OPEN_DEMO:
            db.close()
            path, is_demo = demo_db_path(), True
            try:
                db = open_or_create(path, demo=True)
            except UserError as exc:
                QMessageBox.critical(None, "Kamura Desktop", exc.message)
                return 1
        elif result == QDialog.DialogCode.Accepted:
            actor = first.actor
        else:
            db.close()
            return 0
    if actor is None:
        profile = settings.get_profile(db)
        login = LoginDialog(db, coop_name=profile.name, logo_png=profile.logo_png,
                            hint=demo_hint() if is_demo else None)
        if login.exec() != QDialog.DialogCode.Accepted:
            db.close()
            return 0
        actor = login.actor

    ctx = AppContext(db=db, db_path=path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    ctx.tasks.wait_all()
    ctx.db.close()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
