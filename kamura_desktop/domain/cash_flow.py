"""The cash flow statement (laporan arus kas, SAK EP) as data: which activity each account's
cash belongs to, and the words of its lines.

Method: **direct** (metode langsung). Every entry that touches Kas or Bank is read with its
other lines; each other line's credit is a cash receipt (+) and its debit a payment (−) of the
activity of that account (in this ledger a cash entry has one line per account). Why direct: the ledger already holds each cash
entry with its counter-accounts, so the receipts and payments are exact sums of posted lines
(no estimate from balance changes), and it reads like the cash book the treasurer keeps and
the members know. SAK ETAP asked for the indirect method (§7.7); SAK EP, modelled on IFRS for
SMEs, lets the entity choose either (not read in the SAK EP text itself: see docs/domain.md).

Classification decisions (a savings-and-loan cooperative's core business is taking deposits
and lending to members, as for a bank, so both are operating): loans given and repaid,
sukarela deposits and withdrawals, the lenders' funds, stock and every income and expense:
**operasi**; fixed assets: **investasi**; simpanan pokok and wajib, grants and donations,
reserves, the SHU paid out and the funds set aside from it (pengurus, pendidikan, sosial):
**pendanaan**. Transfers between Kas and Bank are not cash flows (both are cash).
"""

from __future__ import annotations

from dataclasses import dataclass

from .chart import Acc

OPERATING, INVESTING, FINANCING = "operasi", "investasi", "pendanaan"
ACTIVITIES = (OPERATING, INVESTING, FINANCING)
ACTIVITY_TITLES = {
    OPERATING: "Arus kas dari aktivitas operasi",
    INVESTING: "Arus kas dari aktivitas investasi",
    FINANCING: "Arus kas dari aktivitas pendanaan",
}

#: the accounts that are cash and cash equivalents (kas dan setara kas)
CASH_ACCOUNTS: tuple[str, ...] = (Acc.KAS, Acc.BANK)


@dataclass(frozen=True)
class FlowClass:
    activity: str
    inflow: str  # the line a receipt goes to
    outflow: str  # the line a payment goes to


def _c(activity: str, inflow: str, outflow: str) -> FlowClass:
    return FlowClass(activity, inflow, outflow)


#: account code -> its activity and the words of its receipt and payment lines; the order of
#: this table is the order of the lines on the statement
CLASSIFICATION: dict[str, FlowClass] = {
    Acc.PENDAPATAN_JASA_PINJAMAN: _c(OPERATING, "Penerimaan jasa pinjaman", "Pengembalian jasa pinjaman"),
    Acc.PENDAPATAN_JASA_DANA_BERGULIR: _c(OPERATING, "Penerimaan jasa pinjaman dana bergulir",
                                          "Pengembalian jasa pinjaman dana bergulir"),
    Acc.PIUTANG_PINJAMAN: _c(OPERATING, "Penerimaan angsuran pokok pinjaman anggota",
                             "Pinjaman anggota yang dicairkan tunai"),
    Acc.PIUTANG_DANA_BERGULIR: _c(OPERATING, "Penerimaan angsuran pokok pinjaman dana bergulir",
                                  "Pinjaman dana bergulir yang dicairkan"),
    Acc.SIMPANAN_SUKARELA: _c(OPERATING, "Penerimaan simpanan sukarela", "Penarikan simpanan sukarela"),
    Acc.DANA_LENDER_TERSALUR: _c(OPERATING, "Penerimaan dana lender", "Pengembalian dana lender"),
    Acc.PENJUALAN_PAKET_USAHA: _c(OPERATING, "Penerimaan penjualan paket usaha", "Retur penjualan paket usaha"),
    Acc.PENJUALAN_BARANG: _c(OPERATING, "Penerimaan penjualan barang", "Retur penjualan barang"),
    Acc.PENDAPATAN_PERCETAKAN: _c(OPERATING, "Penerimaan usaha percetakan", "Retur usaha percetakan"),
    Acc.PENDAPATAN_LAIN: _c(OPERATING, "Penerimaan pendapatan lain-lain", "Koreksi pendapatan lain-lain"),
    Acc.PERSEDIAAN_PAKET_USAHA: _c(OPERATING, "Penerimaan dari persediaan paket usaha",
                                   "Pembelian persediaan paket usaha"),
    Acc.PERSEDIAAN_BARANG: _c(OPERATING, "Penerimaan dari persediaan barang", "Pembelian persediaan barang"),
    Acc.PIUTANG_LAIN: _c(OPERATING, "Penerimaan piutang lain-lain", "Pemberian piutang lain-lain"),
    Acc.UTANG_LAIN: _c(OPERATING, "Penerimaan utang lain-lain", "Pembayaran utang lain-lain"),
    Acc.HPP_PAKET_USAHA: _c(OPERATING, "Koreksi harga pokok paket usaha", "Pembayaran harga pokok paket usaha"),
    Acc.BEBAN_HONOR: _c(OPERATING, "Koreksi beban honor", "Pembayaran honor pengurus dan karyawan"),
    Acc.BEBAN_ADMINISTRASI: _c(OPERATING, "Koreksi beban administrasi", "Pembayaran beban administrasi dan umum"),
    Acc.BEBAN_ATK_CETAK: _c(OPERATING, "Koreksi beban alat tulis dan cetak",
                            "Pembayaran beban alat tulis dan cetak"),
    Acc.BEBAN_JASA_LENDER: _c(OPERATING, "Koreksi bagi hasil lender", "Pembayaran bagi hasil jasa untuk lender"),
    Acc.BEBAN_LAIN: _c(OPERATING, "Koreksi beban lain-lain", "Pembayaran beban lain-lain"),
    Acc.ASET_TETAP: _c(INVESTING, "Penjualan aset tetap", "Pembelian aset tetap"),
    Acc.SIMPANAN_POKOK: _c(FINANCING, "Penerimaan simpanan pokok", "Pengembalian simpanan pokok anggota keluar"),
    Acc.SIMPANAN_WAJIB: _c(FINANCING, "Penerimaan simpanan wajib", "Pengembalian simpanan wajib anggota keluar"),
    Acc.MODAL_DANA_BERGULIR: _c(FINANCING, "Penerimaan hibah dana bergulir", "Pengembalian hibah dana bergulir"),
    Acc.MODAL_DONASI: _c(FINANCING, "Penerimaan modal donasi pemangku kepentingan", "Pengembalian modal donasi"),
    Acc.CADANGAN: _c(FINANCING, "Penerimaan cadangan", "Penggunaan cadangan"),
    Acc.UTANG_SHU_ANGGOTA: _c(FINANCING, "Penerimaan utang SHU anggota", "Pembayaran SHU kepada anggota"),
    Acc.DANA_PENGURUS_KARYAWAN: _c(FINANCING, "Penerimaan dana pengurus dan karyawan",
                                   "Pembayaran dana pengurus dan karyawan"),
    Acc.DANA_PENDIDIKAN: _c(FINANCING, "Penerimaan dana pendidikan", "Penggunaan dana pendidikan"),
    Acc.DANA_SOSIAL: _c(FINANCING, "Penerimaan dana sosial", "Penggunaan dana sosial"),
    Acc.SHU_TAHUN_BERJALAN: _c(FINANCING, "Penerimaan SHU tahun berjalan", "Pembayaran SHU tahun berjalan"),
    Acc.SHU_BELUM_DIBAGI: _c(FINANCING, "Penerimaan SHU belum dibagi", "Pembayaran SHU tahun lalu"),
    Acc.SALDO_AWAL: _c(FINANCING, "Saldo awal yang dibukukan", "Koreksi saldo awal"),
}

#: an account added by the office later falls back on its kind
BY_KIND: dict[str, FlowClass] = {
    "income": _c(OPERATING, "Penerimaan pendapatan lainnya", "Koreksi pendapatan lainnya"),
    "expense": _c(OPERATING, "Koreksi beban lainnya", "Pembayaran beban lainnya"),
    "asset": _c(INVESTING, "Penerimaan dari aset lainnya", "Pembelian aset lainnya"),
    "contra_asset": _c(INVESTING, "Penerimaan dari aset lainnya", "Pembelian aset lainnya"),
    "liability": _c(OPERATING, "Penerimaan kewajiban lainnya", "Pembayaran kewajiban lainnya"),
    "equity": _c(FINANCING, "Penerimaan ekuitas lainnya", "Pengembalian ekuitas lainnya"),
}


def classify(code: str, kind: str) -> FlowClass:
    """The activity and line words of an account's cash (its own entry, else its kind's)."""
    return CLASSIFICATION.get(code) or BY_KIND[kind]


@dataclass(frozen=True)
class FlowLine:
    activity: str
    label: str
    amount: int  # + received, − paid
    account_codes: tuple[str, ...]


def flow_lines(nets: list[tuple[str, str, int, bool]]) -> list[FlowLine]:
    """Group the amounts ``(account code, kind, + credits / − debits, is a reversal)`` of the
    non-cash lines of cash entries into statement lines: receipts and payments apart (gross), in
    the order of :data:`CLASSIFICATION`, then the fallbacks; lines that sum to 0 are left out. A
    reversal counts against the line its original went to (a reversed instalment lowers the
    instalments received; it is not a loan given)."""
    sums: dict[tuple[str, str], int] = {}
    codes: dict[tuple[str, str], list[str]] = {}
    order: dict[tuple[str, str], tuple[int, int, str]] = {}
    positions = {code: i for i, code in enumerate(CLASSIFICATION)}
    for code, kind, net, reversal in nets:
        if not net:
            continue
        cls = classify(code, kind)
        received = (net > 0) != reversal
        label = cls.inflow if received else cls.outflow
        key = (cls.activity, label)
        sums[key] = sums.get(key, 0) + net
        if code not in codes.setdefault(key, []):
            codes[key].append(code)
        rank = (positions.get(code, len(positions)), 0 if received else 1, code)
        order[key] = min(order.get(key, rank), rank)
    keys = sorted(sums, key=lambda k: (ACTIVITIES.index(k[0]), order[k]))
    return [FlowLine(k[0], k[1], sums[k], tuple(codes[k])) for k in keys if sums[k]]
