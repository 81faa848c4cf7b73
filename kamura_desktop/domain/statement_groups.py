"""The balance sheet's groups as SAK EP statements show them: assets as current / non-current
(aset lancar / aset tidak lancar), liabilities as short / long term (liabilitas jangka pendek /
jangka panjang — "kewajiban" in the older SAK ETAP wording). Data, not code: account code →
group, with the reason beside each, and a rule by code prefix for accounts the office adds.

The criteria (SAK ETAP 2009 Bab 4, para 4.4–4.8, carried into SAK EP; the same as PSAK 1):
an asset is current when it is cash, is held for sale or use in the normal operating cycle,
or is expected to be realised within 12 months after the reporting date; every other asset is
non-current. A liability is short term when it is settled in the normal operating cycle, is
due within 12 months, or the entity has no unconditional right to defer its settlement for at
least 12 months; every other liability is long term. Read in: the SAK ETAP 2009 summary
(pages 19–22) reproduced at library.binus.ac.id (thesis 2012200658AK, ch. II.1.15); PSAK 1's
criteria in the IAI certification module (Modul Level Dasar Akuntansi Keuangan, p. 51) and
a summary at putramanjunto.blogspot.com (2012). NOT confirmed: the text of SAK EP itself (the
paragraph numbers of its chapter 4) was not read; the criteria above are those of SAK ETAP and
PSAK 1, which SAK EP follows (it is based on IFRS for SMEs section 4, as SAK ETAP was).
"""

from __future__ import annotations

from dataclasses import dataclass

CURRENT_ASSETS = "Aset lancar"
NON_CURRENT_ASSETS = "Aset tidak lancar"
SHORT_TERM = "Liabilitas jangka pendek"
LONG_TERM = "Liabilitas jangka panjang"

#: the groups of each section, in the order the statement shows them
ASSET_GROUPS = (CURRENT_ASSETS, NON_CURRENT_ASSETS)
LIABILITY_GROUPS = (SHORT_TERM, LONG_TERM)

SOURCE = ("SAK ETAP 2009 Bab 4 (par. 4.4–4.8) dan PSAK 1, yang diikuti SAK EP: aset lancar = kas, "
          "dimiliki untuk dijual/dipakai dalam siklus operasi normal, atau direalisasi dalam 12 bulan; "
          "liabilitas jangka pendek = diselesaikan dalam siklus operasi normal atau jatuh tempo dalam "
          "12 bulan. Teks SAK EP sendiri belum dibaca.")


@dataclass(frozen=True)
class GroupRule:
    group: str
    why: str


#: the default chart's accounts (domain/chart.py), each with why it sits in its group
BY_CODE: dict[str, GroupRule] = {
    "1101": GroupRule(CURRENT_ASSETS, "kas"),
    "1102": GroupRule(CURRENT_ASSETS, "rekening bank yang dapat ditarik: kas"),
    "1201": GroupRule(CURRENT_ASSETS, "pinjaman anggota diangsur harian/mingguan, jangka paling lama 12 bulan"),
    "1202": GroupRule(CURRENT_ASSETS, "pinjaman dana bergulir berjangka 3–12 bulan"),
    "1209": GroupRule(CURRENT_ASSETS, "pengurang piutang pinjaman, ikut kelompok piutangnya"),
    "1301": GroupRule(CURRENT_ASSETS, "persediaan paket usaha, dijual dalam siklus operasi normal"),
    "1302": GroupRule(CURRENT_ASSETS, "persediaan barang dagangan, dijual dalam siklus operasi normal"),
    "1401": GroupRule(CURRENT_ASSETS, "piutang lain-lain, ditagih dalam 12 bulan"),
    "1501": GroupRule(NON_CURRENT_ASSETS, "aset tetap, dipakai lebih dari satu periode"),
    "1509": GroupRule(NON_CURRENT_ASSETS, "pengurang aset tetap, ikut kelompok aset tetap"),
    "2101": GroupRule(SHORT_TERM, "simpanan sukarela dapat ditarik setiap saat"),
    "2102": GroupRule(SHORT_TERM, "SHU anggota dibayarkan sesudah RAT, dalam 12 bulan"),
    "2103": GroupRule(SHORT_TERM, "dana dari pembagian SHU, dipakai dalam tahun berikutnya"),
    "2104": GroupRule(SHORT_TERM, "dana dari pembagian SHU, dipakai dalam tahun berikutnya"),
    "2105": GroupRule(SHORT_TERM, "dana dari pembagian SHU, dipakai dalam tahun berikutnya"),
    "2106": GroupRule(SHORT_TERM, "kembali ke lender ketika peminjam mengangsur (jangka pinjaman ≤ 12 bulan)"),
    "2109": GroupRule(SHORT_TERM, "utang lain-lain, jatuh tempo dalam 12 bulan"),
}

#: accounts the office adds to the chart: by the first two digits of the code
BY_PREFIX: dict[str, str] = {
    "11": CURRENT_ASSETS, "12": CURRENT_ASSETS, "13": CURRENT_ASSETS, "14": CURRENT_ASSETS,
    "21": SHORT_TERM,
}


def group_of(code: str, kind: str) -> str | None:
    """The group of a balance-sheet account (None for equity and the income statement's).
    Not in :data:`BY_CODE` nor :data:`BY_PREFIX`: non-current / long term, as SAK EP classes
    whatever does not meet the current criteria."""
    if kind in ("asset", "contra_asset"):
        found = BY_CODE.get(code)
        return found.group if found else BY_PREFIX.get(code[:2], NON_CURRENT_ASSETS)
    if kind == "liability":
        found = BY_CODE.get(code)
        return found.group if found else BY_PREFIX.get(code[:2], LONG_TERM)
    return None
