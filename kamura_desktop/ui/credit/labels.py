"""Indonesian words for the credit services' codes, through Qt's translation system.

The services carry Indonesian labels of their own (``STATUS_LABELS`` …) for the CLI and
the printouts; the windows say the same words through ``self.tr`` so that the English
translation covers them too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kamura_desktop.domain.money import format_rupiah


class CreditLabels(QObject):
    def credit_status(self, code: str) -> str:
        return {"applied": self.tr("Diajukan"), "approved": self.tr("Disetujui"),
                "rejected": self.tr("Ditolak"), "cancelled": self.tr("Dibatalkan"),
                "active": self.tr("Berjalan"), "lunas": self.tr("Lunas"),
                "written_off": self.tr("Dihapusbukukan")}.get(code, code)

    def app_status(self, code: str) -> str:
        return {"submitted": self.tr("Menunggu persetujuan"), "approved": self.tr("Disetujui"),
                "rejected": self.tr("Ditolak"), "cancelled": self.tr("Dibatalkan"),
                "disbursed": self.tr("Dicairkan")}.get(code, code)

    def source(self, code: str) -> str:
        return {"own": self.tr("Modal sendiri"), "revolving": self.tr("Dana bergulir"),
                "lender": self.tr("Lender")}.get(code, code)

    def group_kind(self, code: str) -> str:
        return {"peer": self.tr("Kelompok peminjam"), "ksm": self.tr("KSM (dana bergulir)")}.get(code, code)

    def group_status(self, code: str) -> str:
        return {"active": self.tr("Aktif"), "dissolved": self.tr("Bubar")}.get(code, code)

    def product_kind(self, code: str) -> str:
        return {"in_kind": self.tr("Paket usaha (barang)"), "cash": self.tr("Tunai")}.get(code, code)

    def frequency(self, code: str) -> str:
        return {"daily": self.tr("harian"), "weekly": self.tr("mingguan"),
                "monthly": self.tr("bulanan")}.get(code, code)

    def service_mode(self, code: str) -> str:
        return {"fixed": self.tr("Jasa tetap (rupiah)"),
                "flat_percent": self.tr("Jasa flat % per bulan")}.get(code, code)

    def rounding_mode(self, code: str) -> str:
        return {"last_absorbs": self.tr("Angsuran terakhir menyesuaikan"),
                "equal_surplus_income": self.tr("Semua angsuran sama, kelebihan jadi jasa")}.get(code, code)

    def sex(self, code: str) -> str:
        return {"L": self.tr("L"), "P": self.tr("P")}.get(code, code)

    def closeness(self, level: int) -> str:
        return {3: self.tr("●●● RT & kampung sama"), 2: self.tr("●● RT sama"),
                1: self.tr("● RW sama")}.get(level, "")

    def percent(self, bp: int) -> str:
        """200 basis points → '2 %', 150 → '1,5 %'."""
        return f"{bp / 100:g}".replace(".", ",") + " %"

    def service_terms(self, *, service_mode: str, rate_bp: int, service_fixed: int) -> str:
        if service_mode == "fixed":
            return self.tr("jasa tetap {amount}").format(amount=format_rupiah(service_fixed))
        return self.tr("jasa flat {rate} per bulan").format(rate=self.percent(rate_bp))

    def terms(self, *, instalments: int, frequency: str, service_mode: str, rate_bp: int,
              service_fixed: int) -> str:
        """'6 angsuran harian, jasa tetap Rp200'."""
        return self.tr("{n} angsuran {freq}, {service}").format(
            n=instalments, freq=self.frequency(frequency),
            service=self.service_terms(service_mode=service_mode, rate_bp=rate_bp,
                                       service_fixed=service_fixed))

    def verification_item(self, item: str) -> str:
        return {"Fotokopi KTP": self.tr("Fotokopi KTP"), "Fotokopi KK": self.tr("Fotokopi KK"),
                "Pernyataan komitmen ditandatangani": self.tr("Pernyataan komitmen ditandatangani"),
                "Buku saku diserahkan": self.tr("Buku saku diserahkan"),
                "Kunjungan ke tempat usaha": self.tr("Kunjungan ke tempat usaha")}.get(item, item)

    def weekdays(self) -> list[str]:
        return [self.tr("Senin"), self.tr("Selasa"), self.tr("Rabu"), self.tr("Kamis"),
                self.tr("Jumat"), self.tr("Sabtu"), self.tr("Minggu")]
