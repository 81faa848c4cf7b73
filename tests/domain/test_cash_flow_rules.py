"""The cash flow classification as data (domain/cash_flow.py)."""

from kamura_desktop.domain import cash_flow as cf
from kamura_desktop.domain.chart import DEFAULT_CHART, Acc


def test_every_account_of_the_chart_is_classified_but_cash():
    for a in DEFAULT_CHART:
        if a.code in cf.CASH_ACCOUNTS:
            continue
        assert cf.classify(a.code, a.kind).activity in cf.ACTIVITIES, a.code
    assert cf.classify(Acc.SIMPANAN_SUKARELA, "liability").activity == cf.OPERATING
    assert cf.classify(Acc.SIMPANAN_WAJIB, "equity").activity == cf.FINANCING
    assert cf.classify(Acc.ASET_TETAP, "asset").activity == cf.INVESTING
    assert cf.classify("4999", "income").activity == cf.OPERATING  # a new account falls back on its kind


def test_flow_lines_gross_by_side_ordered_and_reversals_count_against_their_line():
    nets = [
        (Acc.SIMPANAN_WAJIB, "equity", 10_000, False),
        (Acc.PIUTANG_PINJAMAN, "asset", 4_000, False),       # instalment principal received
        (Acc.PENDAPATAN_JASA_PINJAMAN, "income", 200, False),
        (Acc.PIUTANG_PINJAMAN, "asset", -4_000, True),       # that instalment reversed
        (Acc.PIUTANG_PINJAMAN, "asset", 4_000, False),
        (Acc.SIMPANAN_SUKARELA, "liability", 50_000, False),
        (Acc.SIMPANAN_SUKARELA, "liability", -20_000, False),
        (Acc.ASET_TETAP, "asset", -900_000, False),
        (Acc.BEBAN_HONOR, "expense", 0, False),               # nothing: left out
    ]
    out = [(x.activity, x.label, x.amount) for x in cf.flow_lines(nets)]
    assert out == [
        ("operasi", "Penerimaan jasa pinjaman", 200),
        ("operasi", "Penerimaan angsuran pokok pinjaman anggota", 4_000),
        ("operasi", "Penerimaan simpanan sukarela", 50_000),
        ("operasi", "Penarikan simpanan sukarela", -20_000),
        ("investasi", "Pembelian aset tetap", -900_000),
        ("pendanaan", "Penerimaan simpanan wajib", 10_000),
    ]
