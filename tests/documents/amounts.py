"""The check that no amount is split over two lines (issue 18 item 1), on the PDF's text as
laid out: each line of every page read back, every ``Rp…`` on it whole."""

from __future__ import annotations

import re

from pypdf import PdfReader

WHOLE = re.compile(r"Rp\d{1,3}(?:\.\d{3})*")


def broken_amounts(path) -> list[str]:
    """The lines where an amount is cut: ``Rp999.999.9`` (the rest on the next line),
    ``Rp999.999.`` or a bare ``Rp`` at the end of a line."""
    bad = []
    for page in PdfReader(str(path)).pages:
        for line in page.extract_text(extraction_mode="layout").splitlines():
            for token in re.findall(r"Rp[\d.]*", line):
                token = token[:-1] if token.endswith(".") and len(token) > 3 else token  # a sentence's stop
                if not WHOLE.fullmatch(token):
                    bad.append(line.strip())
    return bad
