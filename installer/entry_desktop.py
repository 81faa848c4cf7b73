"""PyInstaller entry of ``kamura-desktop`` (the windowed program)."""

import sys

# Piped or redirected output (build.py's self-check, `kamura ... > file.txt`) is UTF-8 on
# every system: Windows would otherwise use its ANSI code page, which lacks some of the
# characters of our Indonesian messages. A console keeps its own (Unicode) handling.
for _stream in (sys.stdout, sys.stderr):
    if _stream is not None and not _stream.isatty():
        _stream.reconfigure(encoding="utf-8", errors="replace")

from kamura_desktop.app import main  # noqa: E402 - after the streams are set

if __name__ == "__main__":
    sys.exit(main())
