"""PDF (ReportLab) and Excel (openpyxl) builders, fed with DTOs from services."""
