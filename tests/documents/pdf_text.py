"""The text of a PDF's pages as the printout tests read it back (issue 20: the suite on two
cores).

Read with PDFium (pypdfium2, the engine the program's print preview draws the pages with):
each page's characters in the order they are drawn, a line break where a new line of text
starts on the page (``\n``; PDFium writes ``\r\n``). pypdf's ``extract_text`` cost ten to
fifteen times as much (its content-stream parser is pure Python: a fifth of the printout
tests' time). Compared on the 230 PDFs (1.597 pages) the printout tests build: the same
words in the same order, whitespace aside (pypdf breaks a table row into one line per cell),
on 224; on the six t-test and evaluation printouts PDFium reads a header cell wrapped over
two lines line by line across the row and writes "H0 :" for pypdf's "H0:". Read once per
file content: a test that reads the same PDF twice, or two tests that read equal files, pay
once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdfium2 as pdfium

#: sha256 of a PDF's bytes -> its pages' text
_TEXT: dict[str, tuple[str, ...]] = {}


def page_texts(path: Path | str) -> list[str]:
    """Each page's text, lines separated by ``\\n``."""
    data = Path(path).read_bytes()
    key = hashlib.sha256(data).hexdigest()
    if key not in _TEXT:
        doc = pdfium.PdfDocument(data)
        try:
            texts = []
            for i in range(len(doc)):
                page = doc[i]
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
                textpage.close()
                page.close()
        finally:
            doc.close()
        _TEXT[key] = tuple(texts)
    return list(_TEXT[key])


def flat_pages(path: Path | str) -> list[str]:
    """Each page's words, one space between (line breaks and runs of spaces made one space)."""
    return [" ".join(text.split()) for text in page_texts(path)]


def flat_text(path: Path | str) -> str:
    """The whole document's words, one space between."""
    return " ".join(flat_pages(path))



def pdf_text(path: Path | str) -> str:
    """The whole document's text, pages joined by line breaks."""
    return "\n".join(page_texts(path))
