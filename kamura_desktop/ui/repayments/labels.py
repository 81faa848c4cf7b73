"""Indonesian words for the repayment services' codes, through Qt's translation system.

The services and the domain carry Indonesian labels of their own (``KOL_LABELS``,
``STATUS_LABELS``) for the CLI and the printouts; the windows say the same words through
``self.tr`` so that the English translation covers them too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kamura_desktop.domain.kolektibilitas import KOL_LABELS


class RepaymentLabels(QObject):
    def kol_name(self, kol: int | None) -> str:
        names = {1: self.tr("Lancar"), 2: self.tr("Dalam Perhatian Khusus"),
                 3: self.tr("Kurang Lancar"), 4: self.tr("Diragukan"), 5: self.tr("Macet")}
        if kol is None:
            return "-"
        return names.get(kol, KOL_LABELS[kol - 1] if 1 <= kol <= 5 else str(kol))

    def kol(self, kol: int | None) -> str:
        """'2 — Dalam Perhatian Khusus'; '-' when there is nothing left to classify."""
        if kol is None:
            return "-"
        return f"{kol} — {self.kol_name(kol)}"

    def credit_status(self, code: str) -> str:
        return {"applied": self.tr("Diajukan"), "approved": self.tr("Disetujui"),
                "rejected": self.tr("Ditolak"), "cancelled": self.tr("Dibatalkan"),
                "active": self.tr("Berjalan"), "lunas": self.tr("Lunas"),
                "written_off": self.tr("Dihapusbukukan")}.get(code, code)

    def source(self, code: str) -> str:
        return {"member": self.tr("Anggota"), "group_cover": self.tr("Tanggung renteng"),
                "reversal": self.tr("Pembalikan")}.get(code, code)

    def days(self, n: int) -> str:
        return self.tr("{n} hari").format(n=n) if n else self.tr("tidak terlambat")
