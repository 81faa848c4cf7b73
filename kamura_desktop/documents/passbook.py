"""The member's savings passbook (buku simpanan / rekening simpanan) for a period.

For each kind of savings — pokok, wajib, sukarela — the opening balance, every transaction
of the period with its receipt number, description, debit (out) and credit (in) columns and
running balance, and the closing balance; above them a summary and the state of the
member's simpanan wajib (arrears or paid ahead) at the end of the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer

from kamura_desktop.domain.dates import format_date_short as short
from kamura_desktop.domain.text import clip
from kamura_desktop.dto.membership import MemberDTO
from kamura_desktop.dto.savings import KIND_LABELS, KINDS, SavingsBalances, Statement, StatementLine
from kamura_desktop.dto.settings import CooperativeProfile

from .pdf import (
    A4_PORTRAIT,
    FONT,
    Paragraph,
    Signer,
    amount_width,
    build_pdf,
    data_table,
    headed_table,
    info_table,
    money,
    para,
    place_and_date,
    signature_blocks,
    styles,
    tanggal,
)


def _address(m: MemberDTO) -> str:
    rt_rw = f"RT {m.rt or '-'}/RW {m.rw or '-'}" if (m.rt or m.rw) else ""
    return ", ".join(p for p in (m.kampung or "", rt_rw, m.desa or "") if p) or "-"


def wajib_sentence(balances: SavingsBalances) -> str:
    """``Tunggakan simpanan wajib per 31 Maret 2024: Rp20.000 (2 bulan).`` or the like."""
    w = balances.wajib_status
    when = tanggal(balances.as_of)
    if w.arrears > 0:
        return (f"Tunggakan simpanan wajib per {when}: <b>{money(w.arrears)}</b> "
                f"({w.months_in_arrears} bulan) dari kewajiban {money(w.due)} "
                f"untuk {w.months_due} bulan.")
    if w.paid_ahead > 0:
        return (f"Simpanan wajib per {when} lunas, dibayar di muka {money(w.paid_ahead)} "
                f"({w.months_paid_ahead} bulan).")
    return f"Simpanan wajib per {when} lunas ({w.months_due} bulan, {money(w.due)})."


#: a passbook line stays one or two rows high: its note is cut to this many characters
LINE_NOTE_CHARS = 80
#: a lender's savings flowing back from the credits she funded (principal, profit share)
FLOW_BACK = ("pengembalian_dana", "bagi_hasil")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


def _is_flow_back(ln: StatementLine) -> bool:
    return ln.tx.tx_type in FLOW_BACK and not ln.tx.reversed_by_id and not ln.tx.reversal_of_id


def _credit_of(ln: StatementLine) -> str:
    """The credit a flow-back came from: the note ends with its number ("… KR-2024-00001")."""
    words = (ln.tx.note or "").split()
    return words[-1] if words else "-"


def summarised(lines: Sequence[StatementLine]) -> list[StatementLine | tuple[StatementLine, ...]]:
    """The lines with a lender's flow-back gathered per month: each unbroken run of flow-back
    lines within one month becomes one group (the detail is on the lender statement). A run
    ends at any other transaction, so every printed running balance stays the real one."""
    out: list = []
    run: list[StatementLine] = []

    def close() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            out.append(tuple(run))
        run.clear()

    for ln in lines:
        if _is_flow_back(ln) and (not run or (run[0].tx.on_date.year, run[0].tx.on_date.month)
                                  == (ln.tx.on_date.year, ln.tx.on_date.month)):
            run.append(ln)
            continue
        close()
        if _is_flow_back(ln):
            run.append(ln)
        else:
            out.append(ln)
    close()
    return out


def _flow_back_text(run: tuple[StatementLine, ...]) -> str:
    first, last = run[0].tx.on_date, run[-1].tx.on_date
    principal = sum(ln.tx.amount for ln in run if ln.tx.tx_type == "pengembalian_dana")
    share = sum(ln.tx.amount for ln in run if ln.tx.tx_type == "bagi_hasil")
    credits = list(dict.fromkeys(_credit_of(ln) for ln in run))
    parts = [f"pokok {money(principal)}"] if principal else []
    if share:
        parts.append(f"bagi hasil {money(share)}")
    days = f"{first.day}–{last.day}" if first != last else f"{first.day}"
    shown = ", ".join(credits[:4]) + (f" dan {len(credits) - 4} kredit lain" if len(credits) > 4 else "")
    return (f"Dana lender kembali {days} {MONTHS[first.month - 1]} {first.year}: {', '.join(parts)} "
            f"({len(run)} transaksi; {shown}; rinciannya di laporan dana lender)")


def build_passbook(path: Path | str, *, profile: CooperativeProfile, member: MemberDTO,
                   statement: Statement, balances: SavingsBalances,
                   signer_name: str | None = None,
                   printed_at: dt.datetime | None = None) -> Path:
    """Write the passbook for ``statement``'s period; return its path."""
    st = styles(False)
    width = A4_PORTRAIT.content_width
    period = f"Periode {tanggal(statement.date_from)} s.d. {tanggal(statement.date_to)}"
    story: list = [para("BUKU SIMPANAN ANGGOTA", st.title), para(period, st.subtitle)]

    half = width / 2
    story.append(info_table(
        [("Nomor anggota", member.number), ("Nama", member.name), ("NIK", member.nik),
         ("Alamat", _address(member)), ("Tanggal masuk", tanggal(member.joined_on)),
         ("Status", member.status_label)],
        [27 * mm, 3 * mm, half - 30 * mm], columns=2))
    story.append(Spacer(1, 3 * mm))

    # ---- summary
    head = [para(h, st.cell_head) for h in ("Jenis simpanan",)] + [
        para(h, st.cell_head_right) for h in ("Saldo awal", "Masuk", "Keluar", "Saldo akhir")]
    rows: list[list] = [head]
    totals = [0, 0, 0, 0]
    for kind in KINDS:
        lines = statement.lines.get(kind, ())
        inflow = sum(ln.tx.amount for ln in lines if ln.tx.amount > 0)
        outflow = -sum(ln.tx.amount for ln in lines if ln.tx.amount < 0)
        figures = [statement.opening.get(kind, 0), inflow, outflow, statement.closing.get(kind, 0)]
        totals = [a + b for a, b in zip(totals, figures, strict=True)]
        rows.append([para(KIND_LABELS[kind], st.cell)]
                    + [para(money(v), st.cell_right) for v in figures])
    rows.append([para("Jumlah", st.cell_bold)]
                + [para(money(v), st.cell_right_bold) for v in totals])
    story.append(para("Ringkasan", st.heading))
    # amount columns as wide as the largest amount (Rp999 milyar and more never wraps)
    col = max(31 * mm, amount_width([v for kind in KINDS for v in (
        statement.opening.get(kind, 0), statement.closing.get(kind, 0))] + totals, size=8.5, padding=10))
    story.append(data_table(rows, [width - 4 * col] + [col] * 4, bold_last_row=True,
                            zebra=False))
    story.append(Spacer(1, 2 * mm))
    notes = [wajib_sentence(balances)]
    if balances.pokok_outstanding > 0:
        notes.append(f"Simpanan pokok belum lunas: kurang <b>{money(balances.pokok_outstanding)}"
                     f"</b> dari {money(balances.pokok_required)}.")
    if balances.sukarela_held > 0:
        notes.append(f"Dari saldo sukarela, {money(balances.sukarela_held)} sedang "
                     "dikomitmenkan sebagai dana lender dan belum dapat ditarik.")
    for note in notes:
        story.append(Paragraph(note, st.body))

    # ---- one table per kind
    every = [ln for kind in KINDS for ln in statement.lines.get(kind, ())]
    numbers = max([stringWidth(ln.tx.receipt_no or ln.tx.journal_number or "", FONT, 8.5) for ln in every],
                  default=0) + 10
    runs = [abs(sum(x.tx.amount for x in run)) for kind in KINDS
            for run in summarised(statement.lines.get(kind, ())) if isinstance(run, tuple)]
    balances = [ln.balance for ln in every] + list(statement.opening.values()) + list(statement.closing.values())
    # the amounts on one line each and the description at least 40 mm wide (an amount inside
    # its text never split): the amounts printed smaller when only that makes room
    size = 8.5
    while True:
        moved = amount_width([abs(ln.tx.amount) for ln in every] + runs, size=size, bold=False, padding=10)
        saldo = amount_width(balances, size=size, padding=10)
        widths = [22 * mm, min(33 * mm, max(24 * mm, numbers)), 0, max(24 * mm, moved),
                  max(24 * mm, moved), max(26 * mm, saldo)]
        widths[2] = width - sum(widths)  # BKK-2024-000001 on one line; the amounts never wrap
        if widths[2] >= 40 * mm or size <= 6.5:
            break
        size -= 0.25
    amt = ParagraphStyle("pb_amount", parent=st.cell_right, fontSize=size, leading=max(size * 1.24, 8))
    amt_bold = ParagraphStyle("pb_amount_bold", parent=st.cell_right_bold, fontSize=size,
                              leading=max(size * 1.24, 8))
    sign = [Spacer(1, 4 * mm),
            signature_blocks([Signer("Anggota", clip(member.name, 60)),
                              Signer("Bendahara", clip(signer_name, 60))], width=width,
                             place_date=place_and_date(profile, (printed_at or dt.datetime.now()).date()),
                             space=14 * mm),
            Spacer(1, 2 * mm),
            para("Bila ada perbedaan dengan catatan Anda, hubungi kantor koperasi dengan membawa "
                 "kwitansi.", st.small)]
    for kind in KINDS:
        lines = statement.lines.get(kind, ())
        header = [para("Tanggal", st.cell_head), para("No. bukti", st.cell_head),
                  para("Keterangan", st.cell_head), para("Debit (keluar)", st.cell_head_right),
                  para("Kredit (masuk)", st.cell_head_right), para("Saldo", st.cell_head_right)]
        rows = [header, [para(short(statement.date_from), st.cell), para("", st.cell),
                         para("Saldo awal", st.cell_bold), "", "",
                         para(money(statement.opening.get(kind, 0)), amt_bold)]]
        for ln in summarised(lines):
            if isinstance(ln, tuple):  # a month's flow-back from the credits funded, in one line
                amount = sum(x.tx.amount for x in ln)
                rows.append([
                    para(short(ln[-1].tx.on_date), st.cell), para(ln[-1].tx.journal_number or "", st.cell),
                    para(_flow_back_text(ln), st.cell),
                    para(money(-amount), amt) if amount < 0 else "",
                    para(money(amount), amt) if amount > 0 else "",
                    para(money(ln[-1].balance), amt),
                ])
                continue
            tx = ln.tx
            text = tx.label + (f" — {clip(tx.note, LINE_NOTE_CHARS)}" if tx.note else "")
            if tx.reversed_by_id:
                text += " (dibatalkan)"
            rows.append([
                para(short(tx.on_date), st.cell),
                para(tx.receipt_no or tx.journal_number or "", st.cell),
                para(text, st.cell),
                para(money(-tx.amount), amt) if tx.amount < 0 else "",
                para(money(tx.amount), amt) if tx.amount > 0 else "",
                para(money(ln.balance), amt),
            ])
        if not lines:
            rows.append(["", "", para("Tidak ada transaksi.", st.cell),
                         "", "", ""])
        rows.append([para(short(statement.date_to), st.cell_bold), "",
                     para("Saldo akhir", st.cell_bold), "", "",
                     para(money(statement.closing.get(kind, 0)), amt_bold)])
        body = rows[1:]
        n = len(body)

        def make(part, head, header=header, n=n, body=body):
            ends = bool(part) and part[-1] is body[-1]
            return data_table([header, *part] if head else part, widths, header_rows=int(head),
                              bold_last_row=ends)

        # the heading with its first rows; the last table's last rows with the signatures
        # (a signature block never stands alone on a page)
        story += headed_table(para(KIND_LABELS[kind], st.heading), body, make, first=min(3, n),
                              last=2 if kind == KINDS[-1] else 0,
                              after=sign if kind == KINDS[-1] else ())
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Buku simpanan {member.number}",
                     subject=f"{member.name}, {period}", printed_at=printed_at)
