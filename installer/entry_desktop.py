"""PyInstaller entry of ``kamura-desktop`` (the windowed program) — and, on Linux, of the
``kamura`` command too: there the bundle holds one executable and ``kamura`` is a symbolic
link to it (installer/build.py), so the name it was started under picks the program."""

import sys
from pathlib import Path

# Piped or redirected output (build.py's self-check, `kamura ... > file.txt`) is UTF-8 on
# every system: Windows would otherwise use its ANSI code page, which lacks some of the
# characters of our Indonesian messages. A console keeps its own (Unicode) handling.
for _stream in (sys.stdout, sys.stderr):
    if _stream is not None and not _stream.isatty():
        _stream.reconfigure(encoding="utf-8", errors="replace")


def started_as_command(argv0: str) -> bool:
    """True when started as ``kamura`` (the command line), not ``kamura-desktop``."""
    return Path(argv0).stem.lower() == "kamura"


if __name__ == "__main__":
    if started_as_command(sys.argv[0]):
        from kamura_desktop.cli.main import main
    else:
        from kamura_desktop.app import main
    sys.exit(main())
