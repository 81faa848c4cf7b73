"""Version information of the Windows executables (Explorer's Properties → Details tab):
product and file version from the package, the cooperative as the company. Written as a
PyInstaller version file (the text PyInstaller reads with ``EXE(version=<file>)``) by
installer/kamura.spec; plain text, so a test reads it on Linux too."""

from __future__ import annotations

import re
from pathlib import Path

COMPANY = "Koperasi Awilarangan Mukti Rahayu"
PRODUCT = "Kamura Desktop"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` → ``(0, 1, 0, 0)``: Windows wants four whole numbers (a pre-release
    suffix such as ``rc1`` is left out: ``"1.2.3rc1"`` → ``(1, 2, 3, 0)``)."""
    parts = [int(m.group()) if (m := re.match(r"\d+", p)) else 0 for p in version.split(".")[:4]]
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str, *, file_description: str, original_filename: str) -> str:
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = [
        ("CompanyName", COMPANY),
        ("FileDescription", file_description),
        ("FileVersion", dotted),
        ("InternalName", original_filename.removesuffix(".exe")),
        ("LegalCopyright", f"(c) {COMPANY}"),
        ("OriginalFilename", original_filename),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings)
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042104B0', [
          {table}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
"""


def write_version_file(folder: Path | str, version: str, *, file_description: str,
                       original_filename: str) -> str:
    """Write the version file for one executable into ``folder``; returns its path."""
    path = Path(folder) / f"version-{original_filename}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version, file_description=file_description,
                                      original_filename=original_filename), encoding="utf-8")
    return str(path)
