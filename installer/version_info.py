"""Version information of the Windows executables (Explorer's Properties → Details tab):
product and file version from the package, the cooperative as the company. Used by
installer/kamura.spec; importable on any system, so a test reads it on Linux too."""

from __future__ import annotations


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"0.1.0"`` → ``(0, 1, 0, 0)``: Windows wants four whole numbers (a pre-release
    suffix such as ``rc1`` is left out: ``"1.2.3rc1"`` → ``(1, 2, 3, 0)``)."""
    import re

    parts = [int(m.group()) if (m := re.match(r"\d+", p)) else 0 for p in version.split(".")[:4]]
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info(version: str, *, file_description: str, original_filename: str):
    """A PyInstaller ``VSVersionInfo`` for one executable."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0, OS=0x40004,
                          fileType=0x1, subtype=0x0, date=(0, 0)),
        kids=[
            StringFileInfo([StringTable("042104B0", [  # Indonesian, Unicode
                StringStruct("CompanyName", "Koperasi Awilarangan Mukti Rahayu"),
                StringStruct("FileDescription", file_description),
                StringStruct("FileVersion", dotted),
                StringStruct("InternalName", original_filename.removesuffix(".exe")),
                StringStruct("LegalCopyright", "(c) Koperasi Awilarangan Mukti Rahayu"),
                StringStruct("OriginalFilename", original_filename),
                StringStruct("ProductName", "Kamura Desktop"),
                StringStruct("ProductVersion", version),
            ])]),
            VarFileInfo([VarStruct("Translation", [0x0421, 1200])]),
        ],
    )
