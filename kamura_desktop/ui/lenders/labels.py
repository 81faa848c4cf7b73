"""Indonesian words for the lender pool's codes, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QObject

#: the trades of RW 08 a lender may prefer to fund (what the clerk ticks; free text is allowed too)
KNOWN_TRADES = ("pindang", "kasur", "wajik", "gurilem", "konveksi")

#: the board's follow-up stages for a potential investor (stored as these words)
PROSPECT_STATUSES = ("baru", "dihubungi", "tertarik", "negosiasi", "bergabung", "tidak berminat")
#: stages after which nobody needs to be called any more
CLOSED_PROSPECT_STATUSES = ("bergabung", "tidak berminat")

#: sukarela movements that belong to the lender pool
LENDER_TX_TYPES = ("penyaluran", "pengembalian_dana", "bagi_hasil")


class LenderLabels(QObject):
    def tx_type(self, code: str) -> str:
        return {
            "penyaluran": self.tr("Dana disalurkan"),
            "pengembalian_dana": self.tr("Pengembalian pokok"),
            "bagi_hasil": self.tr("Bagi hasil jasa"),
            "pembalikan": self.tr("Pembalikan"),
            "setoran": self.tr("Setoran"),
            "penarikan": self.tr("Penarikan"),
        }.get(code, code)

    def fund(self, code: str) -> str:
        return {"revolving": self.tr("Dana bergulir (hibah)"),
                "stakeholder": self.tr("Modal pemangku kepentingan")}.get(code, code)

    def prospect_status(self, code: str) -> str:
        return {
            "baru": self.tr("Baru"), "dihubungi": self.tr("Sudah dihubungi"),
            "tertarik": self.tr("Tertarik"), "negosiasi": self.tr("Negosiasi"),
            "bergabung": self.tr("Bergabung"), "tidak berminat": self.tr("Tidak berminat"),
        }.get(code, code)

    def credit_status(self, code: str) -> str:
        return {
            "applied": self.tr("Diajukan"), "approved": self.tr("Disetujui"),
            "rejected": self.tr("Ditolak"), "cancelled": self.tr("Dibatalkan"),
            "active": self.tr("Berjalan"), "lunas": self.tr("Lunas"),
            "written_off": self.tr("Dihapusbukukan"),
        }.get(code, code)
