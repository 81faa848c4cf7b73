"""PyInstaller entry of ``kamura-desktop`` (the windowed program)."""

import sys

from kamura_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
