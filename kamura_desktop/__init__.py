"""Kamura Desktop: the office program of Koperasi Awilarangan Mukti Rahayu (KAMURA)."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("kamura-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
