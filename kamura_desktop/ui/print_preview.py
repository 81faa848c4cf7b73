"""Print preview: a PDF made by ``documents/`` shown page by page before it is printed.

The pages are rendered with pypdfium2 into QImages. "Cetak…" opens the printer dialog and
paints the pages at the printer's resolution (at most ``PRINT_DPI_MAX``, enough for text and
QR codes without sending hundreds of megabytes to a small office printer); "Simpan PDF…"
copies the file.

The printer starts on the document's own paper (:func:`page_setup`): a receipt on a thermal
roll presets a custom page of the roll's width (58 or 80 mm) and the receipt's length, named
"Rol 58 mm", so the counter's small printer gets the right width; a landscape page (half A4)
is its portrait paper turned, never a page of swapped sides. Printed to a PDF file ("Print to
File" in the dialog), the pages keep their text as an invisible layer over the picture, so the
file can still be searched and copied from. :func:`preview_pdf` builds a PDF through ``ctx.tasks`` (off the UI thread)
into a temporary folder and then shows it.
"""

from __future__ import annotations

import atexit
import datetime as dt
import itertools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import outputs

from .messages import show_error
from .save_dialog import ask_save_path

#: the key that prints the receipt(s) of what was just posted (payment dialog, collection sheet,
#: leaving, SHU paid in cash); the preview's own "Cetak…" answers the same key: Ctrl+P, Ctrl+P
PRINT_RECEIPT_KEY = "Ctrl+P"
SCREEN_DPI = 96  # what "100 %" means on screen
RENDER_DPI = 144  # rendered once a bit larger, then scaled down smoothly
PRINT_DPI_MAX = 300
MAX_PREVIEW_PAGES = 200

_temp: list[Path] = []
_counter = itertools.count(1)


def temp_pdf_path(filename: str) -> Path:
    """A fresh path in this session's temporary print folder (removed when the program ends)."""
    if not _temp:
        folder = Path(tempfile.mkdtemp(prefix="kamura-cetak-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _temp.append(folder)
    stem = Path(filename).stem or "dokumen"
    return _temp[0] / f"{stem}-{dt.datetime.now():%H%M%S}-{next(_counter)}.pdf"


#: a page narrower than this is a thermal roll (58 or 80 mm), not a sheet of paper
ROLL_MAX_MM = 90
MM_PER_PT = 25.4 / 72


def page_setup(w_pt: float, h_pt: float) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The printer's paper for a PDF page of ``w_pt`` × ``h_pt`` points: a roll's custom size
    in millimetres named after its width, a sheet's standard size when it is one (A6, A5, A4),
    turned for a landscape page."""
    short, long = sorted((w_pt, h_pt))
    orientation = (QPageLayout.Orientation.Landscape if w_pt > h_pt
                   else QPageLayout.Orientation.Portrait)
    w_mm, h_mm = round(short * MM_PER_PT, 1), round(long * MM_PER_PT, 1)
    if w_mm < ROLL_MAX_MM:
        name = QCoreApplication.translate("PrintPreview", "Rol {width} mm").format(width=round(w_mm))
        return QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, name,
                         QPageSize.SizeMatchPolicy.ExactMatch), orientation
    return QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch), orientation


def draw_text_layer(painter: QPainter, page: Any, target: QRect, page_w: float, page_h: float) -> None:
    """The page's text, invisible, over its picture in ``target`` (PDF points scaled to it):
    each run of text where the PDF has it, stretched to the run's width."""
    textpage = page.get_textpage()
    try:
        sx, sy = target.width() / page_w, target.height() / page_h
        painter.save()
        painter.setPen(QColor(0, 0, 0, 0))
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top).strip()
            if not text:
                continue
            font = QFont("DejaVu Sans")
            font.setPixelSize(max(1, round((top - bottom) * sy * 0.8)))
            width = QFontMetricsF(font).horizontalAdvance(text)
            painter.setFont(font)
            painter.save()
            painter.translate(QPointF(target.x() + left * sx, target.y() + (page_h - bottom) * sy))
            if width > 0:
                painter.scale((right - left) * sx / width, 1.0)
            painter.drawText(QPointF(0, -(top - bottom) * sy * 0.2), text)
            painter.restore()
        painter.restore()
    finally:
        textpage.close()


def render_page(page: Any, dpi: float) -> QImage:
    """One PDF page as an RGB QImage at ``dpi``."""
    bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
    fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
    return image.copy()  # own the pixels: the bytes object goes away


def render_screen_page(page: Any) -> QImage:
    """One PDF page for the preview: rendered at ``RENDER_DPI`` as :func:`render_page` does, held
    as 32-bit pixels (the same colours), which Qt scales smoothly three times faster than
    24-bit ones (issue 20: the scaling was most of a preview's CPU)."""
    image = render_page(page, RENDER_DPI)
    if image.format() == QImage.Format.Format_RGB888:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    return image


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf_path: Path | str, *, title: str, suggested_name: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name or self.pdf_path.name
        self.setWindowTitle(self.tr("Pratinjau cetak — {title}").format(title=title))
        self.setObjectName("printPreview")
        self.resize(820, 700)

        import pypdfium2 as pdfium  # here, not at the start: the first page prints nothing

        pdf = pdfium.PdfDocument(str(self.pdf_path))
        try:
            self.page_sizes: list[tuple[float, float]] = [pdf[i].get_size() for i in range(len(pdf))]
            self.images = [render_screen_page(pdf[i])
                           for i in range(min(len(pdf), MAX_PREVIEW_PAGES))]
        finally:
            pdf.close()

        pages = QWidget()
        pages.setObjectName("previewPages")
        pages.setStyleSheet("QWidget#previewPages { background: #6b6f70; }")
        col = QVBoxLayout(pages)
        col.setSpacing(16)
        col.setContentsMargins(16, 16, 16, 16)
        self.page_labels: list[QLabel] = []
        #: the width each page is shown at: a resize or show that keeps it scales nothing again
        self._shown_widths: list[int] = [0] * len(self.images)
        for _image in self.images:
            lab = QLabel()
            lab.setStyleSheet("background: white; border: 1px solid #3b3f40;")
            col.addWidget(lab, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(lab)
        col.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(pages)
        self.scroll.setWidgetResizable(True)

        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        self.zoom.addItem(self.tr("Pas lebar"), 0.0)
        for pct in (50, 75, 100, 150):
            self.zoom.addItem(f"{pct}%", pct / 100)
        self.zoom.currentIndexChanged.connect(lambda _i: self.apply_zoom())

        count = len(self.page_sizes)
        self.info = QLabel(self.tr("{n} halaman").format(n=count))
        self.info.setObjectName("pageHint")
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info)
        buttons.addWidget(self.zoom)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)

        lay = QVBoxLayout(self)
        lay.addWidget(self.scroll, 1)
        lay.addLayout(buttons)
        self.apply_zoom()

    # ------------------------------------------------------------ showing
    def apply_zoom(self) -> None:
        """Scale the rendered pages: to the window's width (never above 100 %) or a fixed zoom."""
        factor = self.zoom.currentData()
        # leave room for the vertical scroll bar even before it appears
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        room = max(200, self.scroll.width() - bar - 2 * 16 - 8)
        for i, (image, lab, (w_pt, _h)) in enumerate(zip(self.images, self.page_labels,
                                                         self.page_sizes, strict=False)):
            natural = w_pt * SCREEN_DPI / 72.0
            width = int(min(natural, room) if not factor else natural * factor)
            if self._shown_widths[i] == width:
                continue  # shown at this width already (the show after the first resize)
            self._shown_widths[i] = width
            pix = QPixmap.fromImage(image.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation))
            lab.setPixmap(pix)
            lab.setFixedSize(pix.size() + QSize(2, 2))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.zoom.currentData():
            self.apply_zoom()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.apply_zoom()

    # ------------------------------------------------------------ printing
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFullPage(True)  # the PDF already has its margins
        if self.page_sizes:
            size, orientation = page_setup(*self.page_sizes[0])
            printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        return printer

    def print_dialog(self) -> None:
        printer = self.make_printer()
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Cetak"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except Exception as exc:  # noqa: BLE001 - a printer problem is shown, not raised
            show_error(self, exc)

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page at the printer's resolution, fitted to the paper."""
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("Printer tidak dapat dibuka."))
        import pypdfium2 as pdfium  # here, not at the start: the first page prints nothing

        pdf = pdfium.PdfDocument(str(self.pdf_path))
        try:
            area = painter.viewport()
            for i in range(len(pdf)):
                if i:
                    printer.newPage()
                image = render_page(pdf[i], dpi)
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x() + (area.width() - size.width()) // 2, area.y(),
                               size.width(), size.height())
                painter.drawImage(target, image)
                if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
                    draw_text_layer(painter, pdf[i], target, *pdf[i].get_size())
        finally:
            painter.end()
            pdf.close()

    # ------------------------------------------------------------ saving
    def save_as(self, path: str | None = None) -> Path | None:
        target = ask_save_path(self, self.tr("Simpan PDF"), Path.home() / self.suggested_name,
                               kind="pdf", path=path)
        if target is None:
            return None
        try:  # through the output gate: a temporary file beside it, renamed when complete
            outputs.copy_to(self.pdf_path, target, "pdf")
        except UserError as exc:
            show_error(self, exc, title=self.tr("Simpan PDF"))
            return None
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Simpan PDF"),
                                self.tr("Berkas tidak dapat disimpan: {error}").format(error=exc))
            return None
        return target


def preview_pdf(ctx, parent: QWidget, build: Callable[[Path], Any], *, title: str,
                filename: str, on_shown: Callable[[PrintPreviewDialog], None] | None = None):
    """Build a PDF with ``build(path)`` on a worker thread, then show it in a preview.

    ``build`` is a service call such as ``lambda p: member_io.receipt_pdf(db, tx_id=.., path=p)``
    and returns the path it wrote (or None for the given one). Errors are shown to the user.
    """
    path = temp_pdf_path(filename)

    def done(result: Any) -> None:
        written = Path(result) if isinstance(result, (str, Path)) else path
        dlg = PrintPreviewDialog(written, title=title, suggested_name=filename, parent=parent)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        if on_shown:
            on_shown(dlg)

    return ctx.tasks.run(
        lambda: build(path),
        label=QCoreApplication.translate("PrintPreview", "Menyiapkan cetakan…"),
        parent_widget=parent,
        on_done=done,
        on_error=lambda exc: show_error(parent, exc),
    )


def print_receipts(ctx, parent: QWidget, *, receipt_nos: list[str], reprint: bool = False,
                   on_shown: Callable[[PrintPreviewDialog], None] | None = None):
    """The kwitansi or bukti kas keluar of ``receipt_nos``, one per page, on the paper chosen in
    Pengaturan (``services.receipt_print``); ``reprint``: marked CETAK ULANG and recorded in
    the audit log."""
    from kamura_desktop.services import receipt_print  # ReportLab: loaded when first printing

    first, last = receipt_nos[0], receipt_nos[-1]
    span = first if len(receipt_nos) == 1 else f"{first} s.d. {last}"
    what = (QCoreApplication.translate("PrintPreview", "Cetak ulang {numbers}") if reprint
            else QCoreApplication.translate("PrintPreview", "Kwitansi {numbers}"))
    name = first if len(receipt_nos) == 1 else f"{first}_{last}"
    return preview_pdf(ctx, parent,
                       lambda path: receipt_print.receipts_pdf(
                           ctx.db, receipt_nos=receipt_nos, path=path, actor=ctx.actor,
                           reprint=reprint),
                       title=what.format(numbers=span),
                       filename=f"{'cetak-ulang-' if reprint else ''}{name}.pdf",
                       on_shown=on_shown)
