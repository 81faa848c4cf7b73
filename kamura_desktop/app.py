"""Wiring: command-line options, the Qt application, translations, the database, login and
the main window. ``kamura-desktop`` runs :func:`main`; ``kamura-desktop --self-check`` runs
:func:`self_check` (what the installer's build and a support call use to prove a bundle works).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

# Only the standard library and light modules up here: main() starts the check of the file
# (OpeningCheck) before Qt, SQLAlchemy and the books are imported, so that SQLite reads the
# file while Python imports them. The rest is imported inside the functions.
from kamura_desktop import __version__
from kamura_desktop.db.file_check import OpeningCheck
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services.locations import (
    data_dir,
    default_db_path,
    demo_db_path,
    own_data_dir,
)

#: where ``--self-check`` also writes its report (the windowed Windows program has no console)
SELF_CHECK_REPORT_ENV = "KAMURA_SELF_CHECK_REPORT"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="kamura-desktop", description="Kamura Desktop")
    p.add_argument("--db", metavar="PATH",
                   help="berkas database (bawaan: folder data pengguna) atau server kantor "
                        "postgresql+psycopg://pengguna@host:5432/nama")
    p.add_argument("--demo", action="store_true", help="buka koperasi contoh (dibuat bila belum ada)")
    p.add_argument("--lang", choices=("id", "en"), help="bahasa tampilan untuk sesi ini")
    p.add_argument("--version", action="version", version=f"kamura-desktop {__version__}")
    p.add_argument("--self-check", action="store_true",
                   help="periksa program (database sementara, migrasi, PDF, jendela) lalu keluar")
    return p.parse_args(argv)


def open_or_create(path: Path, *, demo: bool):
    if demo and (not path.exists() or path.stat().st_size == 0):
        from kamura_desktop.demo import create_demo

        return create_demo(path)
    from kamura_desktop.services.setup import open_books

    return open_books(path)


def start_opening_check(args: argparse.Namespace) -> OpeningCheck | None:
    """Start the check of the books this start will most likely open (``--db``, the demo or
    the data folder's file) on its own thread, before anything heavy is imported; the open
    waits for its verdict (``database.open_database``). A server location, a missing file or
    a folder that is not there starts nothing; a check that ends up unused (the office server
    was chosen, another window already has the file) only read the file."""
    if args.self_check:
        return None
    try:
        path = (Path(args.db).expanduser() if args.db else demo_db_path() if args.demo
                else default_db_path())
        return OpeningCheck.start(path)
    except (OSError, ValueError):
        return None


def check_data_location(path: Path) -> None:
    """Refuse, before anything is created, a database whose folder has vanished.

    The program's own data folder is created when missing (first start). Any other folder —
    ``--db`` on a USB stick, a ``KAMURA_DATA_DIR`` on a network drive — must exist: making
    it again would quietly start an empty cooperative on the wrong disk while the real books
    sit on a drive that is not plugged in.
    """
    path = Path(path).expanduser().absolute()
    folder = path.parent
    own = Path(data_dir()).expanduser().absolute()
    if folder.is_dir() or (folder == own and not os.environ.get("KAMURA_DATA_DIR")):
        return
    if folder.exists():  # a file where the folder should be
        raise UserError(
            f"Folder data {folder} tidak dapat dipakai: di tempat itu ada berkas, bukan folder. "
            "Tidak ada yang diubah."
        )
    raise UserError(
        f"Folder data {folder} tidak ditemukan. Apakah flashdisk atau drive tempat data "
        "Kamura masih terpasang? Pasang kembali lalu buka program lagi. Tidak ada yang diubah."
    )


def demo_hint() -> str:
    from PySide6.QtCore import QCoreApplication

    from kamura_desktop.demo import DEMO_USERS

    logins = ", ".join(f"{u.username} / {u.password}" for u in DEMO_USERS)
    return QCoreApplication.translate("LoginDialog", "Koperasi contoh — {logins}").format(
        logins=logins)


def configure_app(app) -> None:
    """Name, icon, style sheet and font of the Qt application."""
    from PySide6.QtGui import QFont, QIcon

    from kamura_desktop.resources import resource

    app.setApplicationName("Kamura Desktop")
    app.setOrganizationName("Kamura")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("kamura.ico"))))  # title bar, task bar
    qss = resource("style.qss")
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    app.setFont(QFont("DejaVu Sans", 10))


def _critical(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Kamura Desktop", text)


#: test and benchmark hooks (tests/benchmarks/startup_probe.py): name → fn(widget), called
#: with the login dialog once it is shown and taking keys ("login_shown") and with the main
#: window once it is shown ("main_window_shown"). Empty in the program.
START_HOOKS: dict[str, Callable[[object], None]] = {}


def _hook(name: str, widget) -> None:
    fn = START_HOOKS.get(name)
    if fn is not None:
        fn(widget)


def login_facts_for(args: argparse.Namespace):
    """What the login dialog needs, read from the file without opening the books (issue 20:
    :func:`main` then shows the dialog at once and opens the books while the clerk types);
    None for anything but the ordinary start on a SQLite file at the schema head with users
    — a server location (given or saved), a file on a network drive, a new, foreign, empty
    or unreadable file, a schema to migrate — which start the way they always have."""
    from kamura_desktop.db.file_check import is_network_path
    from kamura_desktop.db.login_facts import read_login_facts
    from kamura_desktop.services.locations import SAVED_SERVER_FILENAME

    try:
        if args.db:
            if "://" in args.db:  # a server, whatever the spelling
                return None
            path = Path(args.db).expanduser()
        elif args.demo:
            path = demo_db_path()
        else:
            if (data_dir() / SAVED_SERVER_FILENAME).exists():  # this PC uses the office server
                return None
            path = default_db_path()
        if is_network_path(path) or is_network_path(path.absolute()):
            return None
        return read_login_facts(path)
    except (OSError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_check:
        return self_check()
    start_opening_check(args)  # first: SQLite reads the file while the rest is imported
    facts = login_facts_for(args)
    if facts is not None:
        return _main_login_first(args, facts)
    from PySide6.QtWidgets import QApplication

    from kamura_desktop.db.location import is_server

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_app(app)

    from kamura_desktop.services import connection

    server = args.db if args.db and is_server(args.db) else (
        connection.saved_location() if not args.db and not args.demo else None)
    if server and not args.demo:
        return _main_on_server(app, args, server)
    path = demo_db_path() if args.demo else Path(args.db).expanduser() if args.db else default_db_path()
    is_demo = args.demo
    from kamura_desktop.ui.shell.server_access import confirm_network_file

    if not confirm_network_file(path):
        return 0
    guard, code = _take_the_file(path)
    if guard is None:
        return code
    try:
        check_data_location(path)
        db = open_or_create(path, demo=is_demo)
    except UserError as exc:
        guard.close()
        _critical(exc.message)
        return 1
    return _after_open(app, args, path, is_demo, guard, db)


def _take_the_file(path: Path):
    """One window per database file: a second start brings the running one forward.
    (guard, 0) when this start has the file — its guard already listening — or (None, exit
    code) when another window has it or does not answer."""
    from kamura_desktop.ui.single_instance import SingleInstance

    guard = SingleInstance(path)
    answer = guard.activate_running()
    if answer is SingleInstance.ACTIVATED:
        _stderr_line(f"Kamura Desktop sudah terbuka untuk {path}; jendelanya dibawa ke depan.")
        return None, 0
    if answer is SingleInstance.NOT_ANSWERING:
        _critical(SingleInstance.not_answering_message(path))
        return None, 1
    if not guard.listen():  # another start in the same moment won: let it have the file
        if guard.activate_running(timeout_ms=5000) is SingleInstance.ACTIVATED:
            return None, 0
        _critical(SingleInstance.not_answering_message(path))
        return None, 1
    return guard, 0


def _prepare_books(path: Path, is_demo: bool) -> tuple:
    """The worker thread's part of a start with the login dialog first: import what the
    first page needs (class definitions only; no Qt object is made here) and open the books
    (the opening check's verdict, migrations check, seeders). Returns the books, their user
    count and their saved language."""
    from kamura_desktop.services import settings, users
    from kamura_desktop.ui.context import AppContext  # noqa: F401 - imported here, off the UI thread
    from kamura_desktop.ui.hub import SignalHub  # noqa: F401
    from kamura_desktop.ui.members import MembersPage  # noqa: F401 - the first page
    from kamura_desktop.ui.shell.main_window import MainWindow  # noqa: F401

    check_data_location(path)
    db = open_or_create(path, demo=is_demo)
    try:
        return db, users.user_count(db), settings.get_setting(db, "ui.language")
    except BaseException:
        db.close()
        raise


def _main_login_first(args: argparse.Namespace, facts) -> int:
    """The ordinary start (issue 20): the login dialog is shown from a process that has
    imported only Qt, with what :func:`login_facts_for` read; the books are opened on a
    worker thread while the clerk types. Masuk pressed before they are ready waits for them
    ("Menyiapkan buku…"). A refusal of the books (a damaged file) closes the dialog and is
    shown; books that turn out to have no user go on to the first-run screen as always."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from kamura_desktop.ui.i18n import install_translator
    from kamura_desktop.ui.shell.login import LoginDialog
    from kamura_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_app(app)
    path, is_demo = facts.path, args.demo
    guard, code = _take_the_file(path)  # listening before the dialog shows
    if guard is None:
        return code
    language = args.lang or facts.language
    install_translator(app, language)
    login = LoginDialog(None, coop_name=facts.coop_name, logo_png=facts.logo_png,
                        hint=demo_hint() if is_demo else None)
    guard.target = login
    tasks = TaskRunner()
    outcome: dict = {}
    refused, no_user = 2, 3  # the dialog's result codes besides Accepted/Rejected

    def ready(result: tuple) -> None:
        outcome["db"], users_there, saved_language = result
        if login.result() == QDialog.DialogCode.Rejected and not login.isVisible():
            return  # Keluar was pressed meanwhile: closed below
        if not args.lang and saved_language != language:
            install_translator(app, saved_language)  # the books' word stands
        if users_there == 0:
            login.done(no_user)
        else:
            login.books_ready(outcome["db"])

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        if login.isVisible():
            login.done(refused)

    def start() -> None:
        _hook("login_shown", login)
        tasks.run(lambda: _prepare_books(path, is_demo), label="", show_progress=False,
                  on_done=ready, on_error=failed)

    QTimer.singleShot(0, start)  # once the dialog is up and taking keys
    result = login.exec()
    if "db" not in outcome and "error" not in outcome:
        tasks.wait_all(-1)  # Keluar while the books were being opened: let the open end
        app.processEvents()
    db = outcome.get("db")
    error = outcome.get("error")
    if error is not None:
        guard.close()
        if isinstance(error, UserError):
            _critical(error.message)
            return 1
        raise error
    if result == no_user:
        return _after_open(app, args, path, is_demo, guard, db)
    if result != QDialog.DialogCode.Accepted:
        db.close()
        guard.close()
        return 0
    return _show_main_window(app, path, guard, db, login.actor, tasks)


def _after_open(app, args, path: Path, is_demo: bool, guard, db) -> int:
    """Today's order from the open books on: the first-run screen when there is no user
    yet, the login dialog, the main window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from kamura_desktop.services import settings, users
    from kamura_desktop.ui.i18n import install_translator
    from kamura_desktop.ui.shell.first_run import OPEN_DEMO, RESTORED, SERVER, FirstRunDialog
    from kamura_desktop.ui.shell.login import LoginDialog
    from kamura_desktop.ui.single_instance import SingleInstance

    install_translator(app, args.lang or settings.get_setting(db, "ui.language"))

    actor = None
    if users.user_count(db) == 0:
        first = FirstRunDialog(db)
        guard.target = first
        result = first.exec()
        if result == OPEN_DEMO:
            db.close()
            guard.close()
            path, is_demo = demo_db_path(), True
            guard = SingleInstance(path)
            answer = guard.activate_running()
            if answer is SingleInstance.NOT_ANSWERING:
                _critical(SingleInstance.not_answering_message(path))
                return 1
            if answer is SingleInstance.ACTIVATED or not guard.listen():
                return 0
            try:
                db = open_or_create(path, demo=True)
            except UserError as exc:
                _critical(exc.message)
                return 1
        elif result == SERVER:
            db.close()
            guard.close()
            return _main_on_server(app, args, first.server_location)
        elif result == RESTORED:
            db = first.db  # reopened on the restored file
        elif result == QDialog.DialogCode.Accepted:
            actor = first.actor
        else:
            db.close()
            guard.close()
            return 0
        # the language chosen on the welcome screen, or the restored/demo books' own
        install_translator(app, args.lang or settings.get_setting(db, "ui.language"))
    if actor is None:
        profile = settings.get_profile(db)
        login = LoginDialog(db, coop_name=profile.name, logo_png=profile.logo_png,
                            hint=demo_hint() if is_demo else None)
        guard.target = login
        QTimer.singleShot(0, lambda: _hook("login_shown", login))
        if login.exec() != QDialog.DialogCode.Accepted:
            db.close()
            guard.close()
            return 0
        actor = login.actor
    return _show_main_window(app, path, guard, db, actor)


def _show_main_window(app, path: Path, guard, db, actor, tasks=None) -> int:
    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.shell.main_window import MainWindow
    from kamura_desktop.ui.tasks import TaskRunner

    ctx = AppContext(db=db, db_path=path, actor=actor, hub=SignalHub(),
                     tasks=tasks or TaskRunner())
    window = MainWindow(ctx)
    guard.target = window
    window.show()
    window.ask_password_change_if_due()
    _hook("main_window_shown", window)
    code = app.exec()
    ctx.tasks.wait_all()
    ctx.db.close()
    guard.close()
    return code


def _main_on_server(app, args, location: str) -> int:
    """The office server: no single-instance rule (several PCs and users are normal), the
    password from the credential store or asked, the login as always."""
    from PySide6.QtWidgets import QDialog

    from kamura_desktop.services import settings, users
    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.i18n import install_translator
    from kamura_desktop.ui.shell.login import LoginDialog
    from kamura_desktop.ui.shell.main_window import MainWindow
    from kamura_desktop.ui.shell.server_access import open_server_books
    from kamura_desktop.ui.tasks import TaskRunner

    try:
        db = open_server_books(location)  # a refused password is asked again
    except UserError as exc:
        _critical(exc.message)
        return 1
    if db is None:
        return 0
    install_translator(app, args.lang or settings.get_setting(db, "ui.language"))
    if users.user_count(db) == 0:
        db.close()
        _critical("Database di server kantor belum berisi koperasi. Pindahkan data dengan "
                  "'kamura copy' (lihat docs/server-kantor.md).")
        return 1
    profile = settings.get_profile(db)
    login = LoginDialog(db, coop_name=profile.name, logo_png=profile.logo_png)
    if login.exec() != QDialog.DialogCode.Accepted:
        db.close()
        return 0
    ctx = AppContext(db=db, db_path=Path(db.label), actor=login.actor, hub=SignalHub(),
                     tasks=TaskRunner())
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    ctx.tasks.wait_all()
    ctx.db.close()
    return code


# ---------------------------------------------------------------------------- self-check

class _Report:
    """Lines of the self-check, printed as they come and kept for the report file."""

    def __init__(self, out: Callable[[str], None] | None):
        self.lines: list[str] = []
        self.failed: list[str] = []
        self.out = out

    def say(self, line: str) -> None:
        self.lines.append(line)
        if self.out is not None:
            self.out(line)

    def step(self, name: str, fn: Callable[[], str | None]) -> None:
        start = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # the point is to report every failure, whatever it is
            self.failed.append(name)
            plain = isinstance(exc, UserError) or type(exc) is RuntimeError  # our own words
            message = getattr(exc, "message", None) or str(exc) if plain else f"{type(exc).__name__}: {exc}"
            self.say(f"GAGAL {name}: {message}")
            if not plain:
                for line in traceback.format_exc().rstrip().splitlines()[-6:]:
                    self.say(f"      {line}")
            return
        ms = (time.perf_counter() - start) * 1000
        self.say(f"OK    {name}{' — ' + detail if detail else ''} ({ms:.0f} ms)")


def _stderr_line(line: str) -> None:
    if sys.stderr is not None:  # None in the windowed Windows program
        print(line, file=sys.stderr, flush=True)


def _stdout_line(line: str) -> None:
    stream = sys.stdout or sys.__stdout__
    if stream is not None:
        print(line, file=stream, flush=True)


def self_check(out: Callable[[str], None] | None = _stdout_line) -> int:
    """Prove that this installation works: resources, a temporary database with every
    migration, one PDF (rendered back to an image), the translations, one window drawn
    offscreen, and the parts of Qt the bundle trims (ICU data, image formats, printing). Prints one line per step; returns 0, or 1 when a step failed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a check must not need (or pop up on) a screen
    report = _Report(out)
    frozen = getattr(sys, "frozen", False)
    report.say(f"Kamura Desktop {__version__} — pemeriksaan mandiri"
               f"{' (paket terpasang)' if frozen else ''}")
    state: dict = {}
    tmp = tempfile.TemporaryDirectory(prefix="kamura-periksa-")
    try:
        # the temporary books' seal key stays in the check's own folder, never in the
        # office's data folder
        with own_data_dir(Path(tmp.name) / "data"), _throwaway_passwords():
            try:
                report.step("berkas pendukung", _check_resources)
                report.step("database sementara dan migrasi",
                            lambda: _check_database(Path(tmp.name), state))
                if "db" in state:
                    report.step("PDF (formulir pendaftaran)", lambda: _check_pdf(Path(tmp.name), state))
                    report.step("Excel", lambda: _check_excel(Path(tmp.name)))
                    report.step("terjemahan dan jendela utama (offscreen)", lambda: _check_window(state))
                    report.step("Qt: ICU, gambar, cetak", lambda: _check_qt_parts(Path(tmp.name)))
            finally:
                if "db" in state:
                    state["db"].close()
    finally:
        try:
            tmp.cleanup()
        except OSError:
            pass
    if report.failed:
        report.say(f"HASIL: GAGAL — {', '.join(report.failed)}")
    else:
        report.say("HASIL: BAIK — program siap dipakai.")
    target = os.environ.get(SELF_CHECK_REPORT_ENV)
    if target:
        try:
            Path(target).write_text("\n".join(report.lines) + "\n", encoding="utf-8")
        except OSError:
            pass
    return 1 if report.failed else 0


class _throwaway_passwords:  # noqa: N801 - used as a `with` block
    """The check's one user lives in a temporary file removed at the check's end: its
    password is hashed, checked at login and its seal-key wrap derived with argon2id at the
    smallest cost instead of the office's (issue 20: three derivations at that cost were
    1,5 s of CPU, a third of every check). The same library, bindings and code path run;
    nothing made with the small cost is kept, and the office's users are never touched."""

    def __enter__(self) -> None:
        from argon2 import PasswordHasher

        from kamura_desktop.services import users

        self.kept = users._hasher
        users._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

    def __exit__(self, *exc) -> None:
        from kamura_desktop.services import users

        users._hasher = self.kept


def _check_resources() -> str:
    from kamura_desktop.resources import resource, resources_dir
    from kamura_desktop.ui.i18n import qm_files

    missing = [name for name in ("logo.png", "kamura.ico", "style.qss")
               if not resource(name).is_file()]
    fonts = sorted(p.name for p in resource("fonts").glob("*.ttf"))
    if not fonts:
        missing.append("fonts/*.ttf")
    if not qm_files("en"):
        missing.append("translations/kamura_en.qm")
    if missing:
        raise RuntimeError(f"tidak ada di {resources_dir()}: {', '.join(missing)}")
    return f"{resources_dir()} ({len(fonts)} huruf)"


def _check_database(folder: Path, state: dict) -> str:
    from kamura_desktop.db.database import known_heads
    from kamura_desktop.services import users
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.setup import open_books

    db = open_books(folder / "periksa.sqlite")
    state["db"] = db
    revisions = db.schema_revisions()
    if revisions != known_heads():
        raise RuntimeError(f"skema {sorted(revisions)} ≠ {sorted(known_heads())}")
    users.create_user(db, actor=Actor.system(), username="periksa", full_name="Pemeriksa",
                      role="admin", password="periksa-123")
    state["actor"] = users.authenticate(db, "periksa", "periksa-123")
    return f"skema {', '.join(sorted(revisions))}"


def _check_pdf(folder: Path, state: dict) -> str:
    import pypdfium2 as pdfium

    from kamura_desktop.services import member_io

    out = folder / "formulir.pdf"
    member_io.registration_form_pdf(state["db"], member_id=None, path=out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or __version__.encode() not in data:
        raise RuntimeError("berkas PDF tidak sah")
    pdf = pdfium.PdfDocument(str(out))  # rendered back as the print preview does
    try:
        pages = len(pdf)
        page = pdf[0]
        bitmap = page.render(scale=0.5)
        width, height = bitmap.width, bitmap.height
        bitmap.close()
        page.close()
    finally:
        pdf.close()
    if width < 100 or height < 100:
        raise RuntimeError("halaman PDF tidak tergambar")
    return f"{pages} halaman, {len(data) // 1024} KB, gambar {width}×{height}"


def _check_excel(folder: Path) -> str | None:
    import openpyxl

    out = folder / "periksa.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "Jumlah"])
    wb.active.append(["Uji", 125000])
    wb.save(out)
    back = openpyxl.load_workbook(out).active
    if back["B2"].value != 125000:
        raise RuntimeError("isi buku kerja tidak terbaca kembali")
    return None


def _check_window(state: dict) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    from kamura_desktop.ui.context import AppContext
    from kamura_desktop.ui.hub import SignalHub
    from kamura_desktop.ui.i18n import install_translator
    from kamura_desktop.ui.shell.main_window import MainWindow
    from kamura_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0] or "kamura-desktop"])
    db, actor = state["db"], state["actor"]
    try:
        if not install_translator(app, "en"):
            raise RuntimeError("terjemahan Inggris tidak dapat dimuat")
        ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
        window = MainWindow(ctx, backup_on_close=False)
        english = window.nav.item(0).text()
        window.resize(900, 600)
        window.show()
        ctx.tasks.wait_all(10_000)
        app.processEvents()
        image = window.grab().toImage()
        window.close()
        window.deleteLater()
        app.processEvents()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("jendela tidak tergambar")
        if english != "Members":
            raise RuntimeError(f"navigasi tidak diterjemahkan ({english!r})")
    finally:
        install_translator(app, "id")
    return f"Qt {qVersion()}, PySide6 {pyside_version}, platform {app.platformName()}"


def _check_qt_parts(folder: Path) -> str:
    """What the Linux bundle cuts down, used the way the program uses it: ICU (sorting,
    capitals, the time zone's Indonesian name — its data is trimmed to root/en/id,
    installer/small_icu.py), the image plugins (the logo as JPEG, the icon) and printing
    (the registration form through the print preview's own printing, to a PDF printer)."""
    from PySide6.QtCore import QCollator, QLocale, QTimeZone
    from PySide6.QtGui import QImage, QImageReader
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QApplication

    from kamura_desktop.resources import resource
    from kamura_desktop.ui.print_preview import PrintPreviewDialog

    QApplication.instance() or QApplication([sys.argv[0] or "kamura-desktop"])
    indonesian = QLocale("id_ID")
    names = sorted(["Zaenal", "ujang", "Ádi", "Budi", "eka"], key=QCollator(indonesian).sortKey)
    if names != ["Ádi", "Budi", "eka", "ujang", "Zaenal"]:
        raise RuntimeError(f"urutan nama salah (ICU): {names}")
    if indonesian.toUpper("jalan ciburuy") != "JALAN CIBURUY":
        raise RuntimeError("huruf kapital salah (ICU)")
    zone = QTimeZone(b"Asia/Jakarta").displayName(QTimeZone.TimeType.StandardTime,
                                                  QTimeZone.NameType.LongName, indonesian)
    if zone != "Waktu Indonesia Barat":
        raise RuntimeError(f"nama zona waktu dari ICU salah: {zone!r}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpg", "ico", "svg"} - formats
    if missing:
        raise RuntimeError(f"format gambar tidak ada: {', '.join(sorted(missing))}")
    jpeg = folder / "logo.jpg"
    if not QImage(str(resource("logo.png"))).save(str(jpeg), "JPG") or QImage(str(jpeg)).isNull():
        raise RuntimeError("logo tidak dapat disimpan dan dibaca sebagai JPEG")
    if QImage(str(resource("kamura.ico"))).isNull():
        raise RuntimeError("ikon kamura.ico tidak terbaca")
    preview = PrintPreviewDialog(folder / "formulir.pdf", title="Periksa cetak")
    try:
        printer = preview.make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "cetak.pdf"))
        preview.print_to(printer)
    finally:
        preview.deleteLater()
    printed = (folder / "cetak.pdf").read_bytes()
    if not printed.startswith(b"%PDF") or len(printed) < 10_000:
        raise RuntimeError("cetakan (printer PDF) kosong")
    printers = len(QPrinterInfo.availablePrinterNames())
    return (f"zona {zone!r}, gambar {', '.join(sorted(formats & {'jpg', 'ico', 'svg'}))}, "
            f"cetak {len(printed) // 1024} KB, {printers} printer")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
