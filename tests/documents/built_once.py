"""A document built once per process for equal inputs (issue 20: the suite on two cores).

Many document tests build a PDF or a workbook from plain data (a report's DTOs) that is the
same on both engines, or the same for two tests that read different things from it. The
builders are pure functions of their inputs, so :func:`built` builds a file once per
process for inputs that pickle to the same bytes and gives every later caller a copy of it;
inputs that differ in any field (the data one engine computed differently from the other,
a test's own changed copy) pickle differently and are built anew. :func:`pdf_pages` reads a
PDF's text once per file content.
"""

from __future__ import annotations

import hashlib
import inspect
import pickle
from pathlib import Path

from kamura_desktop.documents.excel import drain

from .pdf_text import page_texts

#: the key of (builder, inputs) -> the bytes of the file it wrote
_FILES: dict[str, bytes] = {}


def built(build, path: Path | str, **inputs) -> Path:
    """``build(path, **inputs)`` (run to its end when it is a builder's steps) — or, when this process already built the same file
    from inputs equal to these, that file's bytes written to ``path``."""
    path = Path(path)
    key = hashlib.sha256(pickle.dumps((build.__module__, build.__qualname__, path.suffix, inputs),
                                      protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()
    if key in _FILES:
        path.write_bytes(_FILES[key])
        return path
    result = build(path, **inputs)  # a path, or a builder's steps (a generator) ending in one
    out = Path(drain(result) if inspect.isgenerator(result) else result)
    assert out == path, (out, path)
    _FILES[key] = path.read_bytes()
    return path


def pdf_pages(path: Path | str) -> list[str]:
    """The text of each page of the PDF at ``path``, read once per file content
    (tests/documents/pdf_text.py)."""
    return page_texts(path)
