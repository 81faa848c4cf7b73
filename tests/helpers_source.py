"""The program's own source, read and parsed once per test process (issue 20: the scans of
tests/test_owners.py, tests/test_layers.py and tests/test_installer.py each parsed every
module of ``kamura_desktop`` again — 333 files, about a second of CPU per walk; the four
walks of a worker now share one parse).

* :func:`source` — a module's text.
* :func:`tree` — its syntax tree (``ast.parse``), shared: read it, never change it.
* :func:`nodes` — every node of that tree, in ``ast.walk`` order.
* :func:`mentions` — whether a module's text names any of some words: a scan that looks for
  names (an imported module, a called function, a model) parses only the modules whose text
  names one of them — a name in a syntax tree is written in the text (identifiers compared
  after NFKC, as Python reads them). The parse is most of a scan's cost (about 2 s of CPU
  for all 333 modules): the scans now parse about a third of them.

The cache is keyed by the file's path, size and modification time: a file changed during the
run (a test that writes a module of its own) is read again.
"""

from __future__ import annotations

import ast
import unicodedata
from functools import cache
from pathlib import Path


def _key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path.resolve()), stat.st_size, stat.st_mtime_ns


@cache
def _source(key: tuple[str, int, int]) -> str:
    return Path(key[0]).read_text(encoding="utf-8")


@cache
def _tree(key: tuple[str, int, int]) -> ast.Module:
    return ast.parse(_source(key), filename=key[0])


@cache
def _nodes(key: tuple[str, int, int]) -> tuple[ast.AST, ...]:
    return tuple(ast.walk(_tree(key)))


def source(path: Path) -> str:
    """The text of the Python file ``path``."""
    return _source(_key(path))


def tree(path: Path) -> ast.Module:
    """The syntax tree of ``path``, parsed once per process (do not change it)."""
    return _tree(_key(path))


def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of :func:`tree` of ``path``, as ``ast.walk`` yields them."""
    return _nodes(_key(path))


@cache
def _identifier_text(key: tuple[str, int, int]) -> str:
    text = _source(key)
    # Python reads identifiers after NFKC: "ｐｙｐｄｆ" in the text imports pypdf
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def mentions(path: Path, words: tuple[str, ...] | frozenset[str] | set[str]) -> bool:
    """Whether the text of ``path`` contains any of ``words`` (after NFKC, as Python reads
    identifiers): a module that names none of them has no import, call or constructor of any
    of them, and need not be parsed."""
    text = _identifier_text(_key(path))
    return any(word in text for word in words)
