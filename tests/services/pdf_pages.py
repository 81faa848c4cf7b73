"""The service tests read printouts with the printout tests' PDFium reader
(`tests/documents/pdf_text.py`: each page's text, read once per file content)."""

from tests.documents.pdf_text import page_texts, pdf_text

__all__ = ["page_texts", "pdf_text"]
