"""The program proves itself: ``--version`` and ``--self-check`` of both programs from source
(fast, in the default suite), refusals of a data folder that cannot be used, the installer
files; and — only with KAMURA_BUILD_BUNDLE=1 — a real PyInstaller bundle built with
installer/build.py whose ``kamura-desktop --self-check`` and ``kamura --version`` are run.

    KAMURA_BUILD_BUNDLE=1 .venv/bin/pytest -m bundle tests/test_installer.py
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import pytest

import kamura_desktop
from kamura_desktop import app
from kamura_desktop.cli import main as cli_main
from kamura_desktop.domain.errors import UserError
from tests import helpers_source

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""


def run(args: list[str], *, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout, env=full_env, cwd=ROOT, check=False)


# ------------------------------------------------------------------ version: one source

def test_version_comes_from_the_package_metadata():
    assert kamura_desktop.__version__ == metadata.version("kamura-desktop")
    declared = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert declared and declared.group(1) == kamura_desktop.__version__


def test_version_falls_back_to_pyproject_without_metadata(monkeypatch):
    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert kamura_desktop._version() == kamura_desktop.__version__


def test_both_programs_print_their_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"kamura {kamura_desktop.__version__}"
    with pytest.raises(SystemExit) as exit_:
        app.parse_args(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"kamura-desktop {kamura_desktop.__version__}"


def test_printouts_carry_the_version_in_their_footer(db, tmp_path):
    import pypdf

    from kamura_desktop.services import member_io

    out = member_io.registration_form_pdf(db, member_id=None, path=tmp_path / "formulir.pdf")
    footer = pypdf.PdfReader(str(out)).pages[0].extract_text()
    assert f"Kamura Desktop {kamura_desktop.__version__}" in footer


def test_changelog_names_the_current_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{kamura_desktop.__version__}]" in text


# ------------------------------------------------------------------ self-check from source

def test_desktop_self_check_passes_and_writes_its_report(desktop_at_work):
    # the process is shared with test_the_program_at_work_needs_nothing_the_bundle_leaves_out
    # (below): `python -m kamura_desktop.app --self-check` where what the bundle leaves out
    # cannot be imported, then a pocket book printed
    report, result, seconds = desktop_at_work["report"], desktop_at_work["check"], desktop_at_work["seconds"]
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for step in ("berkas pendukung", "database sementara dan migrasi", "PDF", "Excel",
                 "terjemahan dan jendela utama", "Qt: ICU, gambar, cetak"):
        assert re.search(rf"^OK +{step}", out, re.M), out
    assert "HASIL: BAIK" in out
    assert "platform offscreen" in out  # the check set offscreen itself (we asked for xcb)
    assert report.read_text(encoding="utf-8").splitlines()[-1] == out.strip().splitlines()[-1]
    assert seconds < 60


def test_command_self_check_runs_the_window_check_too(self_check_on_a_missing_drive):
    # one real `kamura --self-check` per test run, shared with tests/test_stray_files.py
    # (its data folder override is on a drive that is not there: the check needs none)
    result = self_check_on_a_missing_drive
    assert result["returncode"] == 0, result["stdout"] + result["stderr"]
    assert re.search(r"^OK +database sementara dan migrasi — skema ", result["stdout"], re.M)
    assert re.search(r"^OK +PDF", result["stdout"], re.M)
    assert re.search(r"^OK +program jendela .*Qt 6", result["stdout"], re.M)
    assert result["stdout"].strip().endswith("HASIL: BAIK — program siap dipakai.")


def test_self_check_says_what_failed_and_exits_1(tmp_path):
    empty = tmp_path / "tanpa-sumber"
    empty.mkdir()
    result = run([sys.executable, "-m", "kamura_desktop.app", "--self-check"],
                 env={"KAMURA_RESOURCES": str(empty)})
    assert result.returncode == 1
    assert re.search(r"^GAGAL berkas pendukung: tidak ada di .*logo\.png", result.stdout, re.M)
    assert "HASIL: GAGAL" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def in_process_check() -> tuple[int, list[str]]:
    """``app.self_check`` run once in this process (a temporary database with every
    migration, a PDF, a workbook, the window drawn: seconds) for the tests that read what it
    printed: its exit code and its lines. The check hashes its throwaway user's password
    at a small cost: the password hasher of this process is its own again afterwards."""
    from kamura_desktop.services import users

    lines: list[str] = []
    hasher = users._hasher
    code = app.self_check(out=lines.append)
    assert users._hasher is hasher
    return code, lines


def test_self_check_in_process_reports_each_step(in_process_check):
    code, lines = in_process_check
    assert code == 0
    assert lines[0].startswith(f"Kamura Desktop {kamura_desktop.__version__}")
    assert sum(1 for x in lines if x.startswith("OK")) == 6
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_self_check_uses_what_the_bundle_trims(in_process_check):
    """The bundle trims ICU's data, the image plugins and the system libraries under
    printing (installer/small_icu.py, linux_libs.py): the self-check uses each of them as
    the program does, so a bundle cut too far fails its check."""
    code, lines = in_process_check
    assert code == 0, lines
    qt = next(x for x in lines if "Qt: ICU, gambar, cetak" in x)
    assert qt.startswith("OK")
    assert "zona 'Waktu Indonesia Barat'" in qt  # ICU's zone names in Indonesian
    assert "gambar ico, jpg, svg" in qt
    printed_kb = int(re.search(r"cetak (\d+) KB", qt).group(1))
    assert printed_kb >= 10  # the form's page painted into Qt's PDF printer


# ------------------------------------------------------------------ bad data folders

def test_a_vanished_usb_folder_is_refused_without_creating_anything(tmp_path, monkeypatch):
    monkeypatch.delenv("KAMURA_DATA_DIR", raising=False)
    stick = tmp_path / "media" / "FLASHDISK"  # unplugged: the mount point is gone
    with pytest.raises(UserError) as err:
        app.check_data_location(stick / "Kamura" / "kamura.sqlite")
    assert "tidak ditemukan" in err.value.message and "flashdisk" in err.value.message
    assert "Tidak ada yang diubah" in err.value.message
    assert not (tmp_path / "media").exists()


def test_a_data_dir_override_on_a_missing_drive_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path / "E" / "Kamura"))
    from kamura_desktop.services.locations import default_db_path

    with pytest.raises(UserError, match="tidak ditemukan"):
        app.check_data_location(default_db_path())
    assert not (tmp_path / "E").exists()


def test_the_own_data_folder_is_created_on_first_start(tmp_path, monkeypatch):
    monkeypatch.delenv("KAMURA_DATA_DIR", raising=False)
    monkeypatch.setattr(app, "data_dir", lambda: tmp_path / "AppData" / "Kamura")
    app.check_data_location(tmp_path / "AppData" / "Kamura" / "kamura.sqlite")  # no error


def test_a_file_where_the_folder_should_be_is_refused(tmp_path):
    blocker = tmp_path / "Kamura"
    blocker.write_text("bukan folder")
    with pytest.raises(UserError, match="ada berkas, bukan folder"):
        app.check_data_location(blocker / "kamura.sqlite")
    assert blocker.read_text() == "bukan folder"


def test_a_folder_that_cannot_be_written_gives_the_database_message(tmp_path):
    """Where the folder cannot be made (here: under a file, as root ignores permissions)
    open_books refuses with the Indonesian message and nothing is written."""
    from kamura_desktop.services.setup import open_books

    blocker = tmp_path / "terkunci"
    blocker.write_text("x")
    with pytest.raises(UserError) as err:
        open_books(blocker / "sub" / "kamura.sqlite")
    assert "tidak dapat ditulis" in err.value.message
    assert blocker.read_text() == "x"


def test_a_read_only_folder_is_refused_with_a_clear_message(tmp_path):
    if sys.platform == "win32" or os.geteuid() == 0:
        pytest.skip("root (and Windows' chmod) ignores read-only folders; see the test above")
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        from kamura_desktop.services.setup import open_books

        with pytest.raises(UserError, match="tidak dapat ditulis"):
            open_books(folder / "kamura.sqlite")
    finally:
        folder.chmod(0o700)


# ------------------------------------------------------------------ the installer files

def test_inno_setup_script_installs_per_user_and_keeps_the_data():
    iss = (ROOT / "installer" / "kamura.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert r"DefaultDirName={localappdata}\Programs" in iss
    assert "AppVersion={#AppVersion}" in iss and "#ifndef AppVersion" in iss
    assert 'Name: "id"' in iss and 'Name: "en"' in iss
    assert iss.index('Name: "id"') < iss.index('Name: "en"')  # Indonesian first
    assert "{autodesktop}" in iss and "{group}" in iss
    assert "MB_DEFBUTTON2" in iss and "usPostUninstall" in iss  # asks; "No" by default
    assert r"{userappdata}\Kamura" in iss
    assert iss.isascii()  # ISCC reads a BOM-less script as ANSI


def test_spec_ships_resources_migrations_and_both_programs():
    spec = (ROOT / "installer" / "kamura.spec").read_text(encoding="utf-8")
    for needle in ('"kamura-desktop"', 'name="kamura"', "console=False", "console=True",
                   "migrations/versions/*.py", '"resources"', "copy_metadata(\"kamura-desktop\")",
                   '"QtWebEngineCore"', '"QtQuick"', '"Qt3DCore"', '"QtMultimedia"',
                   'f"PySide6.{m}" for m in QT_UNUSED', "qoffscreen", "printsupport"):
        assert needle in spec, needle


def test_the_build_extra_and_the_bundle_marker_are_declared():
    toml = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^build = \[\s*"pyinstaller', toml, re.M)
    assert '"bundle:' in toml


# ------------------------------------------------------------------ the real bundle (slow)

@pytest.fixture(scope="module")
def built_bundle(tmp_path_factory) -> Path:
    """The bundle built once by installer/build.py (with its own self-check)."""
    tmp_path = tmp_path_factory.mktemp("bundle")
    dist = tmp_path / "dist"
    start = time.monotonic()
    build = run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(dist),
                 "--work", str(tmp_path / "work"), "--no-installer"], timeout=3600)
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    print(f"\nbuilt in {(time.monotonic() - start) / 60:.1f} min")
    print("\n".join(x for x in build.stdout.splitlines() if x.startswith("kamura.spec:")))
    return dist / "kamura-desktop"


def bundle_files(bundle: Path) -> list[Path]:
    # PyInstaller links some libraries on Linux: count each file once
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


@pytest.mark.bundle
@pytest.mark.skipif(os.environ.get("KAMURA_BUILD_BUNDLE") != "1",
                    reason="builds the PyInstaller bundle (minutes): set KAMURA_BUILD_BUNDLE=1")
def test_the_built_bundle_checks_itself(built_bundle):
    bundle = built_bundle
    gui, cli = bundle / f"kamura-desktop{EXE}", bundle / f"kamura{EXE}"
    assert gui.is_file() and cli.is_file()
    assert (bundle / "_internal" / "resources" / "translations" / "kamura_en.qm").is_file()
    assert list((bundle / "_internal").rglob("migrations/versions/0001_*.py"))
    names = [p.name for p in (bundle / "_internal").rglob("*")]
    for unused in ("Qml", "Quick", "WebEngine", "3D", "Multimedia", "qgif"):
        assert not [n for n in names if unused in n], unused
    assert [n for n in names if "qoffscreen" in n] and [n for n in names if "printsupport" in n
                                                         or "cupsprinter" in n or "windowsprint" in n]

    check = run([str(gui), "--self-check"], env={"QT_QPA_PLATFORM": ""})
    assert check.returncode == 0, check.stdout + check.stderr
    assert "(paket terpasang)" in check.stdout and "HASIL: BAIK" in check.stdout
    assert re.search(r"^OK +Qt: ICU, gambar, cetak — zona 'Waktu Indonesia Barat'", check.stdout, re.M)
    version = run([str(cli), "--version"])
    assert version.returncode == 0
    assert version.stdout.strip() == f"kamura {kamura_desktop.__version__}"
    for test_only in ("scipy", "numpy", "pypdf", "qrcode"):  # the test extra stays out
        assert not (bundle / "_internal" / test_only).exists(), test_only
    assert not (bundle / "_internal" / "reportlab" / "fonts").exists()  # DejaVu is embedded
    files = bundle_files(bundle)
    if sys.platform != "win32":  # one executable: the command is a link to it (build.py)
        assert cli.is_symlink() and cli.resolve() == gui.resolve()
    if sys.platform.startswith("linux"):
        linux_libs = installer_module("linux_libs")
        sizes = {p.name: p.stat().st_size for p in files}
        assert sizes["libicudata.so.73"] < 4.5 * MB  # installer/small_icu.py, not Qt's 31 MB
        for gone in ("libcairo.so.2", "libpango-1.0.so.0", "libgio-2.0.so.0", "libcups.so.2",
                     "libgnutls.so.30", "libreadline.so.8", "libdbus-1.so.3", "libgcrypt.so.20"):
            assert gone not in sizes, gone
        from_host = linux_libs.host_needs(bundle)
        assert set(from_host) <= linux_libs.ALLOWED_FROM_HOST, {
            n: w for n, w in from_host.items() if n not in linux_libs.ALLOWED_FROM_HOST}
    size_mb = sum(p.stat().st_size for p in files) / MB
    print(f"\nbundle: {size_mb:.1f} MB; the biggest files (KB):")
    for p in sorted(files, key=lambda p: p.stat().st_size)[-30:]:
        print(f"{p.stat().st_size // 1024:>8}  {p.relative_to(bundle)}")
    assert size_mb <= 150, f"the bundle is {size_mb:.0f} MB (limit 150 MB, issue 20)"


def bare_system(folder: Path, sonames: frozenset[str]) -> Path:
    """``folder`` holding the computer's copies of ``sonames`` and of everything they link:
    the stand-in for /usr/lib/x86_64-linux-gnu of a computer that has nothing else."""
    import shutil

    linux_libs = installer_module("linux_libs")
    system, todo, done = Path("/usr/lib/x86_64-linux-gnu"), list(sonames), set()
    folder.mkdir(parents=True, exist_ok=True)
    while todo:
        name = todo.pop()
        if name in done or not (system / name).exists():
            continue
        done.add(name)
        shutil.copy2((system / name).resolve(), folder / name)
        todo += linux_libs.dt_needed(system / name)
    return folder


@pytest.mark.bundle
@pytest.mark.skipif(os.environ.get("KAMURA_BUILD_BUNDLE") != "1",
                    reason="builds the PyInstaller bundle (minutes): set KAMURA_BUILD_BUNDLE=1")
def test_the_bundle_checks_itself_on_a_bare_system(built_bundle, tmp_path):
    """The proof that the bundle takes nothing from the build machine's system but what
    installer/linux_libs.py says every desktop Linux has: its self-check (database, PDF,
    Excel, window, ICU, images, printing to PDF) in a mount namespace whose
    /usr/lib/x86_64-linux-gnu holds only glibc, zlib, OpenGL, libxcb and D-Bus (with what
    they link) — no CUPS, no fontconfig, no GLib, no X11 beyond libxcb, nothing else."""
    import shutil

    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs Linux, root and unshare (a private mount namespace)")
    linux_libs = installer_module("linux_libs")
    bare = bare_system(tmp_path / "lib", linux_libs.REQUIRED_FROM_HOST)
    assert not (bare / "libcups.so.2").exists() and not (bare / "libfontconfig.so.1").exists()

    def on_bare_system(program: str) -> subprocess.CompletedProcess:
        return run(["unshare", "--mount", "--propagation", "private", "--", "sh", "-c",
                    'mount --bind "$0" /usr/lib/x86_64-linux-gnu && exec "$@"', str(bare),
                    str(built_bundle / program), "--self-check"], timeout=600)

    check = on_bare_system("kamura-desktop")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "(paket terpasang)" in check.stdout and "HASIL: BAIK" in check.stdout
    # no CUPS on this system: the program runs and prints to PDF, with no printer to offer
    assert re.search(r"^OK +Qt: ICU, gambar, cetak — zona 'Waktu Indonesia Barat'.*, 0 printer",
                     check.stdout, re.M)
    command = on_bare_system("kamura")  # the command, and the window check it starts
    assert command.returncode == 0, command.stdout + command.stderr
    assert re.search(r"^OK +program jendela .*Qt 6", command.stdout, re.M)
    assert command.stdout.strip().endswith("HASIL: BAIK — program siap dipakai.")


# ------------------------------------------------------------------ issue 20: light to install

RUNTIME_ONLY_IN_TESTS = ("scipy", "numpy", "pypdf", "qrcode")


def _runtime_requirements() -> list[str]:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]


def test_the_program_never_imports_test_only_libraries():
    import ast

    found = []
    for path in (ROOT / "kamura_desktop").rglob("*.py"):
        if not helpers_source.mentions(path, RUNTIME_ONLY_IN_TESTS):
            continue  # no import of a library it never names: not parsed
        for node in helpers_source.nodes(path):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level
                     else [])
            found += [f"{path.relative_to(ROOT)}: {n}" for n in names
                      if n.split(".")[0] in RUNTIME_ONLY_IN_TESTS]
    assert found == []
    from packaging.requirements import Requirement

    runtime = {Requirement(r).name.lower() for r in _runtime_requirements()}
    assert not runtime & set(RUNTIME_ONLY_IN_TESTS)
    assert "mpmath" in runtime


def test_the_lock_file_pins_every_runtime_library_at_the_tested_version():
    """installer/constraints.txt holds every runtime dependency and what they pull in, at
    the versions installed here (where the tests ran), and nothing test-only."""
    from packaging.requirements import Requirement

    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import build as installer_build
    finally:
        sys.path.pop(0)
    pins = installer_build.locked_versions()
    needed, todo = set(), [Requirement(r) for r in _runtime_requirements()]
    while todo:
        req = todo.pop()
        name = installer_build.normalise(req.name)
        if name in needed:
            continue
        needed.add(name)
        assert name in pins, f"{name} is not pinned in installer/constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), (name, str(req.specifier))
        for sub in metadata.requires(req.name) or []:
            sub_req = Requirement(sub)
            if sub_req.marker is None or sub_req.marker.evaluate({"extra": ""}):
                todo.append(sub_req)
    assert installer_build.version_drift({n: pins[n] for n in needed}) == []
    assert not set(pins) & set(RUNTIME_ONLY_IN_TESTS)


def test_the_icon_is_a_windows_icon_with_every_usual_size():
    data = (ROOT / "resources" / "kamura.ico").read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00"  # ICO, type icon
    count = int.from_bytes(data[4:6], "little")
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes
    spec = (ROOT / "installer" / "kamura.spec").read_text(encoding="utf-8")
    assert 'ROOT / "resources" / "kamura.ico"' in spec
    assert r"SetupIconFile=..\resources\kamura.ico" in (ROOT / "installer" / "kamura.iss").read_text()


def test_the_window_title_bar_carries_the_icon(qapp):
    app.configure_app(qapp)
    sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
    assert {16, 32, 256} <= sizes


def test_the_windows_executables_carry_version_information(tmp_path):
    import ast

    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from version_info import version_tuple, write_version_file
    finally:
        sys.path.pop(0)
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    path = write_version_file(tmp_path, kamura_desktop.__version__, file_description="Kamura Desktop",
                              original_filename="kamura-desktop.exe")
    text = Path(path).read_text(encoding="utf-8")
    ast.parse(text, mode="eval")  # PyInstaller evaluates it as one expression
    numbers = version_tuple(kamura_desktop.__version__)
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{kamura_desktop.__version__}')" in text
    assert "StringStruct('CompanyName', 'Koperasi Awilarangan Mukti Rahayu')" in text
    assert "StringStruct('OriginalFilename', 'kamura-desktop.exe')" in text
    spec = (ROOT / "installer" / "kamura.spec").read_text(encoding="utf-8")
    assert spec.count("version=write_version_file(workpath, VERSION") == 2


def test_the_windows_workflow_builds_installs_and_checks_the_installer():
    wf = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for needle in ("runs-on: windows", "-c installer/constraints.txt", "python installer/build.py",
                   "innosetup", "Indonesian.isl", "/VERYSILENT", "kamura.exe\" --self-check",
                   "kamura-desktop.exe\" -ArgumentList \"--self-check\"", "upload-artifact",
                   "dist/installer/*.exe"):
        assert needle in wf, needle


# ------------------------------------------------------------------ what the bundle leaves out

def spec_excludes() -> set[str]:
    """The modules installer/kamura.spec leaves out of the bundle, read from the spec's own
    ``QT_UNUSED`` and ``EXCLUDES`` lists (the spec runs only inside PyInstaller)."""
    import ast

    tree = ast.parse((ROOT / "installer" / "kamura.spec").read_text(encoding="utf-8"))
    lists: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name == "QT_UNUSED":
                lists[name] = ast.literal_eval(node.value)
            elif name == "EXCLUDES":  # [f"PySide6.{m}" for m in QT_UNUSED] + [literal, …]
                assert isinstance(node.value, ast.BinOp), "EXCLUDES: comprehension + list"
                lists[name] = ast.literal_eval(node.value.right)
    return {f"PySide6.{m}" for m in lists["QT_UNUSED"]} | set(lists["EXCLUDES"])


def _excluded(module: str, excludes: set[str]) -> bool:
    return any(module == x or module.startswith(x + ".") for x in excludes)


def test_the_spec_excludes_what_the_bundle_never_needs():
    excludes = spec_excludes()
    for name in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "scipy",
                 "numpy", "pypdf", "pygments", "PIL.ImageFont", "pytest"):
        assert name in excludes, name
    for needed in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                   "PySide6.QtNetwork", "PySide6.QtPrintSupport", "reportlab", "openpyxl",
                   "sqlalchemy", "alembic", "mako", "mpmath", "PIL", "pypdfium2", "argon2"):
        assert not _excluded(needed, excludes), needed


def test_no_module_of_the_program_imports_what_the_bundle_leaves_out():
    """Every import statement in kamura_desktop/ (top level or inside a function) names a
    module the bundle carries: an excluded one would be a crash on the office PC only."""
    import ast

    excludes = spec_excludes()
    # an import of x.y.z (or below it) names z in the text: a module naming no excluded
    # module's last part imports none of them and is not parsed
    last_parts = {x.rsplit(".", 1)[-1] for x in excludes}
    found = []
    for path in (ROOT / "kamura_desktop").rglob("*.py"):
        if not helpers_source.mentions(path, last_parts):
            continue
        for node in helpers_source.nodes(path):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            found += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names
                      if _excluded(n, excludes)]
    assert found == []


#: the end of the self-check's output in the shared process below (what follows is the rest
#: of the program at work)
AT_WORK = "=== kamura at work ==="


@pytest.fixture(scope="module")
def desktop_at_work(tmp_path_factory) -> dict:
    """One fresh process, as in the bundle, where every module the spec excludes fails to
    import: ``python -m kamura_desktop.app --self-check`` (run by runpy as ``-m`` does, asked
    for the xcb platform, writing its report file), then a pocket book printed (its QR code)
    and psycopg loaded; last it prints every module it loaded. Shared by the two tests that
    read it (issue 20: one start of the program instead of two).
    ``{"check": CompletedProcess of the self-check part, "seconds", "report", "after": the
    lines after it}``."""
    folder = tmp_path_factory.mktemp("at-work")
    report = folder / "laporan.txt"
    code = f"""
import importlib.abc, json, runpy, sys, datetime as dt
from pathlib import Path
EXCLUDES = {sorted(spec_excludes())!r}
class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == x or name.startswith(x + ".") for x in EXCLUDES):
            raise ModuleNotFoundError(f"left out of the bundle: {{name}}", name=name)
        return None
sys.meta_path.insert(0, LeftOut())
sys.argv = ["kamura_desktop.app", "--self-check"]
try:  # what `python -m kamura_desktop.app --self-check` does
    runpy.run_module("kamura_desktop.app", run_name="__main__", alter_sys=True)
    code = 0
except SystemExit as exc:
    code = exc.code
print({AT_WORK!r}, code, flush=True)
from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents.pocket_book import PocketBook, PocketBookLine, build_pocket_books
from kamura_desktop.dto.settings import CooperativeProfile
d0 = dt.date(2024, 3, 4)
book = PocketBook("KR-2024-0001", "KMR-0001", "Siti Aminah", "Cibitung", "KLP-001", "Sauyunan",
                  "Cucu", "Senin", "balai RW", "Paket Usaha", True, 70_000, 6_000, 2, "daily",
                  38_000, d0, 1, 0, (PocketBookLine(1, d0, 38_000), PocketBookLine(2, d0, 38_000)), d0)
build_pocket_books(Path({str(folder)!r}) / "buku.pdf",
                   profile=CooperativeProfile(**DEMO_PROFILE, logo_png=None), books=[book])
import psycopg  # the office server: psycopg's binary wrapper imports ssl, so ssl stays
assert psycopg.pq.__impl__ == "binary", psycopg.pq.__impl__
print(json.dumps(sorted(sys.modules)))
"""
    start = time.monotonic()
    out = run([sys.executable, "-c", code], timeout=600,
              env={"PYTHONPATH": str(ROOT), "KAMURA_SELF_CHECK_REPORT": str(report),
                   "QT_QPA_PLATFORM": "xcb"})
    seconds = time.monotonic() - start
    check_out, marker, after = out.stdout.partition(AT_WORK)
    exit_code = int(after.split(None, 1)[0]) if marker else out.returncode
    check = subprocess.CompletedProcess(out.args, exit_code, check_out, out.stderr)
    return {"check": check, "seconds": seconds, "report": report, "returncode": out.returncode,
            "stderr": out.stderr, "after": after.splitlines()[1:] if marker else []}


def test_the_program_at_work_needs_nothing_the_bundle_leaves_out(desktop_at_work):
    """What the libraries import at run time counts too (Alembic's Mako asking for Pygments,
    ReportLab asking Pillow for more than PNG and JPEG). A fresh process where every module
    the spec excludes fails to import — as in the bundle — runs the self-check (database and
    every migration, a PDF rendered back, a workbook, the window drawn) and prints a pocket
    book (its QR code): both must work, and nothing excluded may have been loaded."""
    out = desktop_at_work
    assert out["check"].returncode == 0, out["check"].stdout + out["stderr"][-3000:]
    assert out["returncode"] == 0, out["stderr"][-3000:]
    loaded = json.loads(out["after"][-1])
    excludes = spec_excludes()
    assert [m for m in loaded if _excluded(m, excludes)] == []
    assert "reportlab.graphics.barcode.qrencoder" in loaded and "openpyxl" in loaded
    assert "alembic" in loaded and "mako" in loaded  # the migrations ran
    assert "psycopg_binary.pq" in loaded


def test_the_windows_helpers_of_pyinstaller_are_pinned_for_windows_only():
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import build as installer_build
    finally:
        sys.path.pop(0)
    text = (ROOT / "installer" / "constraints.txt").read_text(encoding="utf-8")
    for name in ("pefile", "pywin32-ctypes"):
        assert re.search(rf'^{name}==[\d.]+ ; sys_platform == "win32"$', text, re.M), name
    pins = installer_build.locked_versions()
    assert ("pefile" in pins) is (sys.platform == "win32")  # skipped where the marker fails
    assert pins["pyinstaller"] and pins["reportlab"]


# ------------------------------------------------------------------ issue 20: the Linux bundle's trims

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the Linux bundle's libraries (Windows' Qt has no ICU data)")
MB = 1_048_576


def installer_module(name: str):
    import importlib

    sys.path.insert(0, str(ROOT / "installer"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


@linux_only
def test_the_icu_package_is_read_and_written_byte_for_byte():
    small_icu = installer_module("small_icu")
    blob = small_icu.read_blob(small_icu.qt_icu_data())
    header, items = small_icu.read_package(blob)
    assert len(items) > 3000 and items[0][0].startswith("icudt73l/")
    assert small_icu.write_package(header, items) == blob  # icupkg's own layout


# Qt's calls into ICU (nm -D --undefined-only libQt6Core.so.6): collation, case mapping,
# time-zone names, named legacy encodings; and which libicudata the process loaded
ICU_PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
names = ["Zaenal", "ádi", "Ade", "Éka", "eka", "Budi", "bagus", "Çecep", "Ujang", "ujang"]
out = {}
for loc in ("id_ID", "en_US", "de_DE", "ja_JP"):
    out["sort " + loc] = sorted(names, key=QCollator(QLocale(loc)).sortKey)
    out["upper " + loc] = QLocale(loc).toUpper("straße ijsje jalan ciburuy")
zone = QTimeZone(b"Asia/Jakarta")
for loc in ("id_ID", "en_US"):
    out["zone " + loc] = [zone.displayName(QTimeZone.TimeType.StandardTime, kind, QLocale(loc))
                          for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)]
for name in ("windows-1252", "ISO-8859-15", "IBM850"):
    out["encoding " + name] = [QStringDecoder(name).isValid(), QStringDecoder(name).name()]
out["encodings"] = len(QStringDecoder.availableCodecs())
out["icudata"] = sorted({line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line})
print(json.dumps(out))
"""


@linux_only
def test_the_small_icu_data_gives_qt_the_same_answers(tmp_path):
    """installer/small_icu.py cuts Qt's 31 MB ICU data to what Qt's calls need for root,
    English and Indonesian: loaded in place of Qt's (LD_LIBRARY_PATH comes before the Qt
    libraries' RUNPATH), sorting, capitals, the zone names and the Windows encodings are
    what they were with the full data."""
    small_icu = installer_module("small_icu")
    library = small_icu.build(tmp_path / "icu")
    full_mb, small_mb = small_icu.qt_icu_data().stat().st_size / MB, library.stat().st_size / MB
    print(f"\nICU data: {full_mb:.1f} MB → {small_mb:.1f} MB")
    assert full_mb > 25 and small_mb < 4.5
    kept = {name for name, _ in small_icu.read_package(small_icu.read_blob(library))[1]}
    for needed in ("zone/id.res", "zone/en.res", "coll/root.res", "coll/ucadata.icu", "id.res",
                   "en_US.res", "root.res", "pool.res", "zoneinfo64.res", "metaZones.res",
                   "ibm-5348_P100-1997.cnv", "cnvalias.icu"):
        assert f"icudt73l/{needed}" in kept, needed
    for dropped in ("brkitr/cjdict.dict", "ja.res", "coll/zh.res", "lang/id.res", "gb18030.cnv"):
        assert f"icudt73l/{dropped}" not in kept, dropped

    full = run([sys.executable, "-c", ICU_PROBE])
    small = run([sys.executable, "-c", ICU_PROBE], env={"LD_LIBRARY_PATH": str(library.parent)})
    assert full.returncode == 0 and small.returncode == 0, full.stderr + small.stderr
    full_answers, small_answers = json.loads(full.stdout), json.loads(small.stdout)
    assert small_answers.pop("icudata") == [str(library)]
    assert full_answers.pop("icudata") == [str(small_icu.qt_icu_data())]
    assert 150 < small_answers.pop("encodings") < full_answers.pop("encodings")  # no CJK tables
    assert small_answers == full_answers
    assert small_answers["zone id_ID"] == ["Waktu Indonesia Barat", "WIB"]
    assert small_answers["sort id_ID"][:3] == ["Ade", "ádi", "bagus"]


@linux_only
def test_dt_needed_reads_what_readelf_reads():
    import shutil

    import PySide6

    linux_libs = installer_module("linux_libs")
    core = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"
    names = linux_libs.dt_needed(core)
    assert {"libicuuc.so.73", "libicudata.so.73", "libc.so.6"} <= set(names)
    if shutil.which("readelf"):
        out = subprocess.run(["readelf", "-d", str(core)], capture_output=True, text=True).stdout
        assert names == re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    assert linux_libs.dt_needed(ROOT / "pyproject.toml") == []


@linux_only
def test_prune_keeps_what_a_kept_binary_needs_and_leaves_cups_to_the_computer():
    """A library stays only when something that stays needs it; CUPS's client library (and
    the TLS stack only it needs) is the computer's; links to a dropped library go too."""
    import PySide6

    linux_libs = installer_module("linux_libs")
    pyside, system = Path(PySide6.__file__).parent, Path("/usr/lib/x86_64-linux-gnu")
    if not all((system / n).exists() for n in ("libcups.so.2", "libgnutls.so.30", "libdbus-1.so.3")):
        pytest.skip("needs the system's libcups and libgnutls to stand in for PyInstaller's copies")
    qt_lib = "PySide6/Qt/lib/"
    binaries = [
        ("PySide6/QtCore.abi3.so", str(pyside / "QtCore.abi3.so"), "EXTENSION"),
        *[(qt_lib + n, str(pyside / "Qt" / "lib" / n), "BINARY")
          for n in ("libQt6Core.so.6", "libicuuc.so.73", "libicui18n.so.73", "libicudata.so.73",
                    "libQt6Gui.so.6", "libQt6PrintSupport.so.6", "libQt6Widgets.so.6",
                    "libQt6DBus.so.6", "libQt6Svg.so.6")],
        ("libdbus-1.so.3", str(system / "libdbus-1.so.3"), "BINARY"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
         str(pyside / "Qt" / "plugins" / "printsupport" / "libcupsprintersupport.so"), "BINARY"),
        ("libcups.so.2", str(system / "libcups.so.2"), "BINARY"),
        ("libgnutls.so.30", str(system / "libgnutls.so.30"), "BINARY"),
    ]
    kept, dropped = linux_libs.prune(binaries)
    kept_names = {entry[0] for entry in kept}
    assert {qt_lib + "libicudata.so.73", qt_lib + "libQt6Gui.so.6", qt_lib + "libQt6Widgets.so.6",
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"} <= kept_names
    # nothing kept links Qt's SVG library here; CUPS and D-Bus are the computer's, GnuTLS
    # only CUPS's
    assert dropped == ["PySide6/Qt/lib/libQt6Svg.so.6", "libcups.so.2", "libdbus-1.so.3",
                       "libgnutls.so.30"]
    links = [("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
             ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("resources/logo.png", "/x/logo.png", "DATA")]
    assert linux_libs.without_links_to(links, dropped) == links[1:]
    # with nothing left to the computer, CUPS stays with its TLS stack
    assert "libgnutls.so.30" in {e[0] for e in linux_libs.prune(binaries, host=frozenset())[0]}


@linux_only
def test_the_build_says_what_to_install_when_it_cannot_link_the_icu_data(tmp_path, monkeypatch):
    installer_build = installer_module("build")
    assert installer_build.linker_missing() is None  # this machine links it
    monkeypatch.setenv("PATH", str(tmp_path))  # no cc, as or ld on the PATH
    message = installer_build.linker_missing()
    assert message and "kompilator C (cc) atau binutils (as, ld)" in message
    assert "apt install binutils" in message
