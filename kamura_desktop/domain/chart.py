"""The default chart of accounts of a savings-and-loan cooperative (SAK EP names).

Data, not code: services seed it into the ``accounts`` table and look accounts up by code.
Codes are referred to by name through :class:`Acc` so that a service never hard-codes a
number twice.
"""

from __future__ import annotations

from dataclasses import dataclass

#: kinds whose balance grows on the debit side; the others grow on the credit side
DEBIT_NORMAL = frozenset({"asset", "expense"})
KINDS = ("asset", "contra_asset", "liability", "equity", "income", "expense")


@dataclass(frozen=True)
class AccountDef:
    code: str
    name: str
    kind: str


class Acc:
    """Account codes used by the services."""

    KAS = "1101"
    BANK = "1102"
    PIUTANG_PINJAMAN = "1201"
    PIUTANG_DANA_BERGULIR = "1202"
    CADANGAN_KERUGIAN_PIUTANG = "1209"
    PERSEDIAAN_PAKET_USAHA = "1301"
    PERSEDIAAN_BARANG = "1302"
    PIUTANG_LAIN = "1401"
    ASET_TETAP = "1501"
    AKUM_PENYUSUTAN = "1509"
    SIMPANAN_SUKARELA = "2101"
    UTANG_SHU_ANGGOTA = "2102"
    DANA_PENGURUS_KARYAWAN = "2103"
    DANA_PENDIDIKAN = "2104"
    DANA_SOSIAL = "2105"
    DANA_LENDER_TERSALUR = "2106"
    UTANG_LAIN = "2109"
    SIMPANAN_POKOK = "3101"
    SIMPANAN_WAJIB = "3102"
    MODAL_DANA_BERGULIR = "3201"
    MODAL_DONASI = "3202"
    CADANGAN = "3301"
    SHU_TAHUN_BERJALAN = "3401"
    SHU_BELUM_DIBAGI = "3402"
    SALDO_AWAL = "3901"
    PENDAPATAN_JASA_PINJAMAN = "4101"
    PENDAPATAN_JASA_DANA_BERGULIR = "4102"
    PENJUALAN_PAKET_USAHA = "4201"
    PENJUALAN_BARANG = "4202"
    PENDAPATAN_PERCETAKAN = "4301"
    PENDAPATAN_LAIN = "4901"
    HPP_PAKET_USAHA = "5101"
    BEBAN_HONOR = "5201"
    BEBAN_ADMINISTRASI = "5202"
    BEBAN_ATK_CETAK = "5203"
    BEBAN_PENYISIHAN_PIUTANG = "5204"
    BEBAN_JASA_LENDER = "5205"
    BEBAN_PENYUSUTAN = "5206"
    BEBAN_LAIN = "5901"



#: accounts that hold physical money or goods: no posting may take one below zero on its date
#: or on any later date (the treasurer cannot pay out what the box, the bank or the store
#: does not hold). Code -> what the refusal calls it and, for goods, how to bring stock in.
PHYSICAL: dict[str, tuple[str, str | None]] = {
    Acc.KAS: ("Kas", None),
    Acc.BANK: ("Bank", None),
    Acc.PERSEDIAAN_PAKET_USAHA: (
        "stok paket usaha",
        "Catat dulu pembelian paket usaha (Laporan › Jurnal manual: Persediaan Barang Paket "
        "Usaha di debit, Kas di kredit), lalu ulangi."),
    Acc.PERSEDIAAN_BARANG: (
        "stok barang dagangan",
        "Catat dulu pembelian barang (Laporan › Jurnal manual: Persediaan Barang Dagangan di "
        "debit, Kas di kredit), lalu ulangi."),
}

DEFAULT_CHART: tuple[AccountDef, ...] = (
    AccountDef(Acc.KAS, "Kas", "asset"),
    AccountDef(Acc.BANK, "Bank", "asset"),
    AccountDef(Acc.PIUTANG_PINJAMAN, "Piutang Pinjaman Anggota", "asset"),
    AccountDef(Acc.PIUTANG_DANA_BERGULIR, "Piutang Pinjaman Dana Bergulir", "asset"),
    AccountDef(Acc.CADANGAN_KERUGIAN_PIUTANG, "Cadangan Kerugian Piutang", "contra_asset"),
    AccountDef(Acc.PERSEDIAAN_PAKET_USAHA, "Persediaan Barang Paket Usaha", "asset"),
    AccountDef(Acc.PERSEDIAAN_BARANG, "Persediaan Barang Dagangan", "asset"),
    AccountDef(Acc.PIUTANG_LAIN, "Piutang Lain-lain", "asset"),
    AccountDef(Acc.ASET_TETAP, "Aset Tetap", "asset"),
    AccountDef(Acc.AKUM_PENYUSUTAN, "Akumulasi Penyusutan Aset Tetap", "contra_asset"),
    AccountDef(Acc.SIMPANAN_SUKARELA, "Simpanan Sukarela", "liability"),
    AccountDef(Acc.UTANG_SHU_ANGGOTA, "Utang SHU Anggota", "liability"),
    AccountDef(Acc.DANA_PENGURUS_KARYAWAN, "Dana Pengurus dan Karyawan", "liability"),
    AccountDef(Acc.DANA_PENDIDIKAN, "Dana Pendidikan", "liability"),
    AccountDef(Acc.DANA_SOSIAL, "Dana Sosial", "liability"),
    # lenders' sukarela deployed in credits: owed back to them as borrowers repay
    AccountDef(Acc.DANA_LENDER_TERSALUR, "Dana Lender Tersalur pada Pinjaman", "liability"),
    AccountDef(Acc.UTANG_LAIN, "Utang Lain-lain", "liability"),
    AccountDef(Acc.SIMPANAN_POKOK, "Simpanan Pokok", "equity"),
    AccountDef(Acc.SIMPANAN_WAJIB, "Simpanan Wajib", "equity"),
    AccountDef(Acc.MODAL_DANA_BERGULIR, "Modal Dana Bergulir (Hibah)", "equity"),
    AccountDef(Acc.MODAL_DONASI, "Modal Donasi Pemangku Kepentingan", "equity"),
    AccountDef(Acc.CADANGAN, "Cadangan", "equity"),
    AccountDef(Acc.SHU_TAHUN_BERJALAN, "SHU Tahun Berjalan", "equity"),
    AccountDef(Acc.SHU_BELUM_DIBAGI, "SHU Tahun Lalu Belum Dibagi", "equity"),
    # counter-account for balances brought in when the books move into Kamura
    AccountDef(Acc.SALDO_AWAL, "Ekuitas Saldo Awal (Pembukaan)", "equity"),
    AccountDef(Acc.PENDAPATAN_JASA_PINJAMAN, "Pendapatan Jasa Pinjaman", "income"),
    AccountDef(Acc.PENDAPATAN_JASA_DANA_BERGULIR, "Pendapatan Jasa Dana Bergulir", "income"),
    AccountDef(Acc.PENJUALAN_PAKET_USAHA, "Penjualan Paket Usaha", "income"),
    AccountDef(Acc.PENJUALAN_BARANG, "Penjualan Barang", "income"),
    AccountDef(Acc.PENDAPATAN_PERCETAKAN, "Pendapatan Usaha Percetakan", "income"),
    AccountDef(Acc.PENDAPATAN_LAIN, "Pendapatan Lain-lain", "income"),
    AccountDef(Acc.HPP_PAKET_USAHA, "Harga Pokok Paket Usaha", "expense"),
    AccountDef(Acc.BEBAN_HONOR, "Beban Honor Pengurus dan Karyawan", "expense"),
    AccountDef(Acc.BEBAN_ADMINISTRASI, "Beban Administrasi dan Umum", "expense"),
    AccountDef(Acc.BEBAN_ATK_CETAK, "Beban Alat Tulis dan Cetak", "expense"),
    AccountDef(Acc.BEBAN_PENYISIHAN_PIUTANG, "Beban Penyisihan Kerugian Piutang", "expense"),
    AccountDef(Acc.BEBAN_JASA_LENDER, "Beban Bagi Hasil Jasa untuk Lender", "expense"),
    AccountDef(Acc.BEBAN_PENYUSUTAN, "Beban Penyusutan", "expense"),
    AccountDef(Acc.BEBAN_LAIN, "Beban Lain-lain", "expense"),
)


def signed_balance(kind: str, debit: int, credit: int) -> int:
    """Balance on the account's normal side (positive = normal)."""
    return debit - credit if kind in DEBIT_NORMAL else credit - debit
