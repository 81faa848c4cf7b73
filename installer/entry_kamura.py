"""PyInstaller entry of ``kamura`` (the console command)."""

import sys

from kamura_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
