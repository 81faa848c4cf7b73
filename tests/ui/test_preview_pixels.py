"""The print preview shows the same pixels for less CPU (issue 20: scaling the rendered pages
was most of a preview's cost, and a preview scaled every page again at each show and resize):
pages held as 32-bit pixels scale to exactly the picture the 24-bit render scaled to, and a
page already shown at a width is not scaled again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kamura_desktop.ui.print_preview import (
    RENDER_DPI,
    PrintPreviewDialog,
    render_page,
    render_screen_page,
)


def _pdf(path, pages: int = 2):
    c = canvas.Canvas(str(path), pagesize=A4)
    for p in range(pages):
        for i in range(30):
            c.drawString(56, 780 - 22 * i, f"Halaman {p + 1} · baris {i + 1} · Rp1.234.567 Siti Aminah")
        c.setFillColorRGB(0.2, 0.5, 0.3)
        c.rect(80, 80, 300, 90, fill=1)
        c.showPage()
    c.save()
    return path


def test_the_preview_pages_scale_to_the_pixels_the_24_bit_render_gave(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(_pdf(tmp_path / "laporan.pdf")))
    try:
        for i in range(len(pdf)):
            old = render_page(pdf[i], RENDER_DPI)  # what the preview held before
            new = render_screen_page(pdf[i])
            assert old.format() == QImage.Format.Format_RGB888
            assert new.format() == QImage.Format.Format_RGB32
            assert new.size() == old.size()
            assert new == old.convertToFormat(QImage.Format.Format_RGB32)
            for width in (200, 595, 794, 1100):  # fit-to-width sizes and the zoom steps
                smooth = Qt.TransformationMode.SmoothTransformation
                was = old.scaledToWidth(width, smooth).convertToFormat(QImage.Format.Format_RGB32)
                assert new.scaledToWidth(width, smooth) == was, width
    finally:
        pdf.close()


def test_a_page_shown_at_a_width_is_not_scaled_again(qtbot, tmp_path):
    dlg = PrintPreviewDialog(_pdf(tmp_path / "laporan.pdf"), title="Laporan")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    shown = [lab.pixmap().cacheKey() for lab in dlg.page_labels]
    widths = [lab.pixmap().width() for lab in dlg.page_labels]
    assert all(w > 200 for w in widths)  # fitted to the window, not the unshown 200 px
    dlg.apply_zoom()  # a show or resize that keeps the width
    assert [lab.pixmap().cacheKey() for lab in dlg.page_labels] == shown
    dlg.zoom.setCurrentIndex(dlg.zoom.findText("150%"))  # another width: scaled again
    assert all(lab.pixmap().width() > w for lab, w in zip(dlg.page_labels, widths, strict=True))
    assert [lab.pixmap().cacheKey() for lab in dlg.page_labels] != shown
