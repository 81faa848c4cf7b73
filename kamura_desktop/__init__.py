"""Kamura Desktop: the office program of Koperasi Awilarangan Mukti Rahayu (KAMURA).

``__version__`` has one source, ``[project] version`` in pyproject.toml, read through the
package metadata (which ``pip install`` writes and the PyInstaller bundle carries: see
installer/kamura.spec). The About dialog, ``--version``, the footer of every printout and
the installer's file name all use it.
"""

import re as _re
from importlib import metadata as _metadata
from pathlib import Path as _Path


def _version() -> str:
    try:
        return _metadata.version("kamura-desktop")
    except _metadata.PackageNotFoundError:
        pass
    # a source tree that was never installed, or a bundle built without the metadata:
    # read pyproject.toml when it is there
    pyproject = _Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return "0.0.0+unknown"
    found = _re.search(r'^version\s*=\s*"([^"]+)"', text, _re.MULTILINE)
    return found.group(1) if found else "0.0.0+unknown"


__version__ = _version()
