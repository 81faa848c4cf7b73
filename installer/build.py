"""Build Kamura Desktop for handing out.

    python installer/build.py            # from the repository root, with the venv's Python

1. compiles the translations (``resources/translations/*.ts`` → ``.qm``, Qt's lrelease);
2. installs PyInstaller into this Python when it is missing (the ``build`` extra) and
   refuses to go on when a library differs from ``installer/constraints.txt`` (the versions
   that passed the tests);
3. runs PyInstaller on ``installer/kamura.spec`` → ``dist/kamura-desktop/`` (one folder with
   ``kamura-desktop`` and ``kamura``); on Linux that is the Linux bundle;
4. runs the bundle's ``--self-check`` (skip with ``--no-check``);
5. on Windows, when Inno Setup 6 is installed, runs ISCC on ``installer/kamura.iss`` with the
   package's version → ``dist/installer/KamuraDesktop-<version>-setup.exe``.

Prints where the results are. Exit status 0 when everything asked for worked.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "kamura.spec"
ISS = ROOT / "installer" / "kamura.iss"
CONSTRAINTS = ROOT / "installer" / "constraints.txt"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""


def package_version() -> str:
    """The version in pyproject.toml — provided the installed metadata (what the bundle
    carries and ``__version__`` reads) says the same; otherwise stop: a bundle calling
    itself by the wrong version would confuse every support call."""
    import tomllib
    from importlib import metadata

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    try:
        installed = metadata.version("kamura-desktop")
    except metadata.PackageNotFoundError:
        installed = None
    if installed != declared:
        raise SystemExit(
            f"pyproject.toml says {declared} but the installed package says {installed}. "
            f"Run: {sys.executable} -m pip install -e .[build]   then build again.")
    return declared


def compile_translations() -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from kamura_desktop.ui.i18n import compile_ts

    done = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not compile_ts(ts, qm):
            raise SystemExit(f"Gagal mengompilasi terjemahan {ts.name} (lrelease dari PySide6).")
        done.append(qm)
    return done


def locked_versions(path: Path = CONSTRAINTS) -> dict[str, str]:
    """``name → version`` of installer/constraints.txt (names compared the way pip does);
    a pin with an environment marker (``; sys_platform == "win32"``) only where it holds."""
    from packaging.markers import Marker

    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pin, _, marker = line.partition(";")
            if marker.strip() and not Marker(marker.strip()).evaluate():
                continue
            name, _, version = pin.partition("==")
            pins[normalise(name)] = version.strip()
    return pins


def normalise(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def version_drift(pins: dict[str, str] | None = None) -> list[str]:
    """Every locked package this Python holds in another version (or not at all)."""
    from importlib import metadata

    drift = []
    for name, version in (pins or locked_versions()).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            drift.append(f"{name}: terkunci {version}, terpasang {installed or '-'}")
    return drift


def linker_missing() -> str | None:
    """Linux: the small ICU data library (installer/small_icu.py) is linked with ``cc``, or
    ``as`` and ``ld`` (binutils); say what to install when none is there."""
    if not sys.platform.startswith("linux"):
        return None
    if shutil.which("cc") or shutil.which("gcc") or (shutil.which("as") and shutil.which("ld")):
        return None
    return ("Tidak ada kompilator C (cc) atau binutils (as, ld) untuk membuat data ICU kecil "
            "(installer/small_icu.py). Pasang dulu, misalnya: sudo apt install binutils")


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller belum terpasang: memasang ekstra 'build' …", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "pyinstaller",
                        "-c", str(CONSTRAINTS)], check=True)


def run_pyinstaller(dist: Path, work: Path) -> Path:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("»", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    bundle = dist / "kamura-desktop"
    if not WINDOWS:
        # one executable for both programs (kamura.spec): the command is a link to it, and
        # the entry script runs the command line when started under the name "kamura"
        link = bundle / "kamura"
        link.unlink(missing_ok=True)
        link.symlink_to("kamura-desktop")
    for name in ("kamura-desktop", "kamura"):
        if not (bundle / f"{name}{EXE}").is_file():
            raise SystemExit(f"PyInstaller tidak menghasilkan {name}{EXE} di {bundle}.")
    return bundle


def self_check(bundle: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    report = bundle.parent / "self-check.txt"
    env["KAMURA_SELF_CHECK_REPORT"] = str(report)
    # kamura (console) runs the database/PDF checks and the window check of kamura-desktop,
    # so both executables are exercised
    result = subprocess.run([str(bundle / f"kamura{EXE}"), "--self-check"], env=env,
                            capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=600)
    print(result.stdout.rstrip())
    if result.returncode != 0:
        print(result.stderr.rstrip(), file=sys.stderr)
        raise SystemExit("Pemeriksaan mandiri paket GAGAL.")


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def run_iscc(iscc: str, bundle: Path, out: Path, version: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    cmd = [iscc, f"/DAppVersion={version}", f"/DSourceDir={bundle}", f"/O{out}", str(ISS)]
    print("»", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    setup = out / f"KamuraDesktop-{version}-setup.exe"
    if not setup.is_file():
        raise SystemExit(f"ISCC tidak menghasilkan {setup}.")
    return setup


def folder_size(folder: Path) -> int:
    # PyInstaller links some libraries on Linux: count each file once
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Bangun paket Kamura Desktop (PyInstaller, Inno Setup).")
    p.add_argument("--dist", default=str(ROOT / "dist"), help="folder hasil (bawaan: dist/)")
    p.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"), help="folder kerja")
    p.add_argument("--no-check", action="store_true", help="jangan jalankan --self-check paket")
    p.add_argument("--no-installer", action="store_true", help="jangan jalankan ISCC (Windows)")
    p.add_argument("--unlocked", action="store_true",
                   help="bangun walau versi pustaka berbeda dari installer/constraints.txt "
                        "(hanya untuk mencoba; jangan dibagikan)")
    args = p.parse_args(argv)

    start = time.monotonic()
    version = package_version()
    print(f"Kamura Desktop {version} — membangun untuk {sys.platform}", flush=True)
    qms = compile_translations()
    print(f"Terjemahan: {', '.join(q.name for q in qms)}", flush=True)
    ensure_pyinstaller()
    missing = linker_missing()
    if missing:
        raise SystemExit(missing)
    drift = version_drift()
    if drift and not args.unlocked:
        raise SystemExit(
            "Versi pustaka berbeda dari yang lulus uji (installer/constraints.txt):\n  "
            + "\n  ".join(drift)
            + f"\nPasang yang terkunci: {sys.executable} -m pip install -e .[build] "
              f"-c {CONSTRAINTS}")
    bundle = run_pyinstaller(Path(args.dist), Path(args.work))
    if not args.no_check:
        self_check(bundle)
    setup = None
    if WINDOWS and not args.no_installer:
        iscc = find_iscc()
        if iscc is None:
            print("Inno Setup 6 (ISCC.exe) tidak ditemukan: penginstal tidak dibuat. "
                  "Pasang dari https://jrsoftware.org/isdl.php lalu jalankan lagi.")
        else:
            setup = run_iscc(iscc, bundle, Path(args.dist) / "installer", version)

    minutes = (time.monotonic() - start) / 60
    print()
    print(f"Paket satu folder : {bundle}  ({folder_size(bundle) / 1_048_576:.0f} MB)")
    print(f"  program         : {bundle / ('kamura-desktop' + EXE)}")
    print(f"  perintah        : {bundle / ('kamura' + EXE)}")
    if setup is not None:
        print(f"Penginstal        : {setup}  ({setup.stat().st_size / 1_048_576:.0f} MB)")
    print(f"Waktu             : {minutes:.1f} menit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
