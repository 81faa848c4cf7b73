"""The yearly filings on paper and in Excel (issue 19 §2–5): the cash flow statement, the notes
to the financial statements (CALK), the budget realisation and the RAPB, the Kemenkop ODS data
sheet and the reminder letters (surat peringatan).

The statements are :class:`~kamura_desktop.documents.financial_statements.ReportGrid` s, so they
print and export exactly as the balance sheet does (same letterhead, signatures, number
formats); the annual report embeds the same grids. Fed the DTOs of
:mod:`kamura_desktop.dto.filings`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from kamura_desktop.domain import budget as budget_rules
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.reminders import LETTER_TITLES
from kamura_desktop.dto.filings import (
    BudgetDTO,
    CalkNotes,
    CashFlowStatement,
    OdsSheet,
    Realisation,
    ReminderLetter,
)
from kamura_desktop.dto.settings import CooperativeProfile

from .excel import DATE_FORMAT
from .financial_statements import (
    ACCOUNTING_FORMAT,
    GridColumn,
    GridRow,
    ReportGrid,
    Signatures,
    build_grid_pdf,
    grid_flowables,
    period_text,
    short_date,
    signature_flowables,
    write_grid_sheet,
)
from .outputs import save_workbook
from .pdf import (
    A4_PORTRAIT,
    Paragraph,
    Signer,
    build_pdf,
    escape,
    place_and_date,
    signature_blocks,
    styles,
)

# ------------------------------------------------------------------ cash flow

def cash_flow_grid(cf: CashFlowStatement) -> ReportGrid:
    cols = (GridColumn("Uraian", "text", 112), GridColumn("Akun", "code", 18), GridColumn("Jumlah", "money", 44))
    rows: list[GridRow] = []
    for sec in cf.sections:
        rows.append(GridRow((sec.title.upper(), "", None), "heading"))
        for line in sec.lines:
            rows.append(GridRow((line.label, ", ".join(line.account_codes), line.amount), "", 2))
        if not sec.lines:
            rows.append(GridRow(("Tidak ada arus kas", "", 0), "", 2))
        rows.append(GridRow((f"Arus kas bersih dari aktivitas {sec.activity}", "", sec.net), "total"))
    rows.append(GridRow(("KENAIKAN (PENURUNAN) BERSIH KAS DAN BANK", "", cf.net_change), "grand"))
    start = cf.date_from - dt.timedelta(days=1)
    rows.append(GridRow((f"Kas dan bank awal periode (neraca {format_date_id(start)})", "", cf.opening_total),
                        "total"))
    for b in cf.opening:
        rows.append(GridRow((b.name, b.code, b.amount), "", 2))
    rows.append(GridRow(("KAS DAN BANK AKHIR PERIODE", "", cf.opening_total + cf.net_change), "grand"))
    rows.append(GridRow((f"Menurut neraca {format_date_id(cf.date_to)}", "", cf.closing_total), "total"))
    for b in cf.closing:
        rows.append(GridRow((b.name, b.code, b.amount), "", 2))
    check = ("Cocok: kas dan bank awal + arus kas bersih = kas dan bank akhir menurut neraca."
             if cf.reconciled else
             f"PERHATIAN: selisih {format_rupiah(abs(cf.opening_total + cf.net_change - cf.closing_total))} "
             "antara arus kas dan neraca.")
    notes = ("Metode langsung: setiap penerimaan dan pengeluaran Kas dan Bank menurut akun lawannya. Operasi: "
             "pinjaman dan angsurannya, simpanan sukarela, dana lender, persediaan, pendapatan dan beban; "
             "investasi: aset tetap; pendanaan: simpanan pokok dan wajib, hibah, donasi, cadangan dan SHU. "
             "Pemindahan antara Kas dan Bank bukan arus kas.", check)
    return ReportGrid("cash-flow", "LAPORAN ARUS KAS", f"Periode {period_text(cf.date_from, cf.date_to)}", cols,
                      tuple(rows), notes, short_title=f"Arus kas {short_date(cf.date_from)} s.d. "
                                                      f"{short_date(cf.date_to)}")


# ------------------------------------------------------------------ CALK

def calk_grid(notes: CalkNotes) -> ReportGrid:
    cols = (GridColumn("Pos neraca dan rinciannya", "text", 100), GridColumn("Akun", "code", 14),
            GridColumn(f"31-12-{notes.year}", "money", 34), GridColumn(f"31-12-{notes.year - 1}", "money", 34))
    rows: list[GridRow] = []
    section = None
    for line in notes.lines:
        if line.section != section:
            section = line.section
            rows.append(GridRow((section.upper(), "", None, None), "heading"))
        rows.append(GridRow((line.label, line.code, line.amount, line.previous), "total" if line.details else ""))
        for label, amount in line.details:
            rows.append(GridRow((label, "", amount, None), "", 2))
    return ReportGrid("calk", "RINCIAN POS-POS NERACA", f"Per 31 Desember {notes.year} dan {notes.year - 1}",
                      cols, tuple(rows), short_title=f"CALK {notes.year}")


def calk_flowables(notes: CalkNotes, *, title: bool = True) -> list:
    st = styles()
    out: list = [Paragraph("CATATAN ATAS LAPORAN KEUANGAN", st.title),
                 Paragraph(escape(f"Tahun buku {notes.year}"), st.subtitle)] if title else []
    for i, p in enumerate(notes.policies, start=1):
        out += [Paragraph(escape(f"{i}. {p.title}"), st.heading), Paragraph(escape(p.text), st.body)]
    out += [Spacer(1, 3 * mm), Paragraph(escape(f"{len(notes.policies) + 1}. Rincian pos-pos neraca"), st.heading)]
    out += grid_flowables(calk_grid(notes), st, title=False)
    out += [Spacer(1, 3 * mm), Paragraph(escape(f"{len(notes.policies) + 2}. Catatan pengurus"), st.heading)]
    text = notes.free_text.strip() or "Tidak ada catatan tambahan."
    out += [Paragraph(escape(part).replace("\n", "<br/>"), st.body) for part in text.split("\n\n")]
    return out


def write_calk_pdf(path: Path | str, notes: CalkNotes, *, profile: CooperativeProfile,
                   signatures: Signatures) -> Path:
    story = calk_flowables(notes) + signature_flowables(profile, signatures, 150 * mm)
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT, title=f"CALK {notes.year}",
                     subject=f"Catatan atas laporan keuangan {notes.year} — {profile.name}")


def write_cash_flow_pdf(path: Path | str, cf: CashFlowStatement, notes: CalkNotes | None, *,
                        profile: CooperativeProfile, signatures: Signatures) -> Path:
    """The cash flow statement with the signatures; the CALK on the pages after it when given."""
    if notes is None:
        return build_grid_pdf(path, cash_flow_grid(cf), profile=profile, signatures=signatures)
    story = (grid_flowables(cash_flow_grid(cf), styles()) + signature_flowables(profile, signatures, 150 * mm)
             + [PageBreak()] + calk_flowables(notes))
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT, title=f"Arus kas dan CALK {cf.date_to.year}",
                     subject=f"Laporan arus kas dan catatan atas laporan keuangan {cf.date_to.year} — "
                             f"{profile.name}")


def write_cash_flow_xlsx(path: Path | str, cf: CashFlowStatement, notes: CalkNotes | None, *,
                         cooperative: str) -> Path:
    """The cash flow statement, and (when given) the CALK: policies and balance-sheet breakdown."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook(write_only=True)
    for _ in write_grid_sheet(wb, cash_flow_grid(cf), cooperative=cooperative, sheet_title="Arus Kas"):
        pass
    if notes is not None:
        for _ in write_grid_sheet(wb, calk_grid(notes), cooperative=cooperative, sheet_title="CALK Rincian"):
            pass
        ws = wb.create_sheet("CALK Kebijakan")
        ws.column_dimensions["A"].width = 34
        ws.column_dimensions["B"].width = 110
        for p in notes.policies:
            ws.append([p.title, p.text])
        ws.append(["Catatan pengurus", notes.free_text])
    save_workbook(wb, path)
    return path


# ------------------------------------------------------------------ budget

def realisation_grid(r: Realisation) -> ReportGrid:
    cols = (GridColumn("Akun", "code", 13), GridColumn("Uraian", "text", 58), GridColumn("Anggaran", "money", 28),
            GridColumn("Realisasi", "money", 28), GridColumn("Selisih", "money", 28),
            GridColumn("Realisasi %", "percent", 20))
    rows: list[GridRow] = []
    for kind, title, total in (("income", "PENDAPATAN", r.income), ("expense", "BEBAN", r.expense)):
        rows.append(GridRow(("", title, None, None, None, None), "heading"))
        for x in r.rows:
            if x.kind == kind:
                rows.append(GridRow((x.code, x.name, x.budget, x.actual, x.difference, x.pct), "", 2))
        rows.append(GridRow(("", total.name, total.budget, total.actual, total.difference, total.pct), "total"))
    s = r.surplus
    rows.append(GridRow(("", s.name, s.budget, s.actual, s.difference, s.pct), "grand"))
    if r.month is None:
        period = f"Tahun {r.year} ({period_text(r.date_from, r.date_to)})"
    else:
        period = f"Bulan {budget_rules.MONTHS_ID[r.month - 1]} {r.year}"
    status = (f"Anggaran disahkan RAT tanggal {format_date_id(r.approved_on)}." if r.status == "approved"
              else "Anggaran masih rancangan (belum disahkan RAT).")
    notes = [status, "Selisih = realisasi − anggaran; % = realisasi ÷ anggaran. Anggaran bulanan = anggaran "
                     "tahunan dibagi dua belas (sisa rupiah ke bulan-bulan awal)."]
    if r.targets:
        notes.append("Target: " + "; ".join(
            f"{t.label}: target {_target_text(t.unit, t.target)}, tercapai {_target_text(t.unit, t.actual)}"
            f" ({budget_rules.fmt_pct(t.pct)})" for t in r.targets) + ".")
    return ReportGrid("budget", "LAPORAN REALISASI ANGGARAN", period, cols, tuple(rows), tuple(notes),
                      label_column=1, short_title=f"Realisasi anggaran {r.year}" +
                      (f"-{r.month:02d}" if r.month else ""))


def _target_text(unit: str, value) -> str:
    if unit == "rupiah":
        return format_rupiah(int(value))
    if unit == "persen":
        return budget_rules.fmt_pct(value if not isinstance(value, int) else value)
    return f"{int(value):,} {unit}".replace(",", ".")


def budget_grid(b: BudgetDTO) -> ReportGrid:
    """The RAPB: each account's amount for the year, totals, the surplus planned and the targets."""
    cols = (GridColumn("Akun", "code", 13), GridColumn("Uraian", "text", 110), GridColumn("Anggaran", "money", 40))
    rows: list[GridRow] = []
    for kind, title, total, label in (("income", "PENDAPATAN", b.total_income, "Jumlah pendapatan"),
                                      ("expense", "BEBAN", b.total_expense, "Jumlah beban")):
        rows.append(GridRow(("", title, None), "heading"))
        rows += [GridRow((x.code, x.name, x.amount), "", 2) for x in b.lines if x.kind == kind]
        rows.append(GridRow(("", label, total), "total"))
    rows.append(GridRow(("", "SHU YANG DIRENCANAKAN", b.total_income - b.total_expense), "grand"))
    targets = [f"{budget_rules.TARGETS[k][0]}: {_target_text(budget_rules.TARGETS[k][1], v)}"
               for k, v in b.targets.items() if k in budget_rules.TARGETS]
    status = (f"Disahkan RAT tanggal {format_date_id(b.approved_on)}." if b.status == "approved"
              else "Rancangan, belum disahkan RAT.")
    notes = (status,) + (("Target kerja: " + "; ".join(targets) + ".",) if targets else ())
    return ReportGrid("rapb", "RENCANA KERJA DAN ANGGARAN PENDAPATAN DAN BELANJA (RK/RAPB)", f"Tahun {b.year}",
                      cols, tuple(rows), notes, label_column=1, short_title=f"RAPB {b.year}")


# ------------------------------------------------------------------ ODS

def _ods_text(item) -> str:
    v = item.value
    if v is None:
        return "(diisi kantor)"
    if item.unit == "rupiah":
        return format_rupiah(int(v))
    if item.unit == "tanggal":
        return format_date_id(v)
    if item.unit == "orang":
        return f"{int(v):,} orang".replace(",", ".")
    return str(v)


def ods_grid(sheet: OdsSheet) -> ReportGrid:
    cols = (GridColumn("No.", "code", 10), GridColumn("Isian formulir ODS", "text", 62),
            GridColumn("Nilai", "text", 40), GridColumn("Sumber di Kamura", "text", 70))
    rows = tuple(GridRow((i.no, i.label + ("" if i.confirmed else " *"), _ods_text(i), i.source))
                 for i in sheet.items)
    return ReportGrid("ods", "DATA ONLINE DATA SYSTEM (ODS) KEMENKOP", f"Tahun buku {sheet.year}", cols, rows,
                      sheet.notes, landscape=True, label_column=1, short_title=f"Data ODS {sheet.year}")


def write_ods_xlsx(path: Path | str, sheet: OdsSheet) -> Path:
    """One sheet in the order of the form: number, field, value (typed), unit, source."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Data ODS"
    bold = Font(bold=True)
    ws.append([sheet.cooperative])
    ws.append([f"Data Online Data System (ODS) Kemenkop — tahun buku {sheet.year}"])
    ws["A1"].font = ws["A2"].font = bold
    ws.append([])
    ws.append(["No.", "Isian formulir ODS", "Nilai", "Satuan", "Sumber di Kamura", "Letak di formulir"])
    for c in ws[4]:
        c.font = bold
    for item in sheet.items:
        ws.append([item.no, item.label, item.value, item.unit, item.source,
                   "dikonfirmasi" if item.confirmed else "belum dikonfirmasi"])
        cell = ws.cell(row=ws.max_row, column=3)
        if item.unit == "rupiah":
            cell.number_format = ACCOUNTING_FORMAT
        elif item.unit == "tanggal":
            cell.number_format = DATE_FORMAT
        elif item.unit == "orang":
            cell.number_format = "#,##0"
    ws.append([])
    for note in sheet.notes:
        ws.append([note])
    for col, width in zip("ABCDEF", (6, 42, 20, 10, 60, 18), strict=True):
        ws.column_dimensions[col].width = width
    save_workbook(wb, path)
    return path


# ------------------------------------------------------------------ reminder letters

def write_letters_pdf(path: Path | str, letters: Sequence[ReminderLetter], *, profile: CooperativeProfile,
                      chair: str | None) -> Path:
    """One page per letter: SP-1/2/3 to the member, the arrears, the date to pay by, the chair's
    signature (the chair signs; the group leader is copied, as the group is jointly liable)."""
    st = styles()
    story: list = []
    for i, x in enumerate(letters):
        if i:
            story.append(PageBreak())
        subject = LETTER_TITLES[x.level].split(" (")[0].title() + f" (SP-{x.level})"
        head = Table([[Paragraph(a, st.body), Paragraph(escape(f": {b}"), st.body)]
                      for a, b in (("Nomor", x.number), ("Lampiran", "-"), ("Perihal", subject))],
                     colWidths=[25 * mm, 120 * mm])
        head.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
        story += [Paragraph(escape(place_and_date(profile, x.letter_date)), st.body), Spacer(1, 3 * mm), head,
                  Spacer(1, 5 * mm), Paragraph("Kepada Yth.", st.body),
                  Paragraph(escape(f"Bapak/Ibu {x.member_name} ({x.member_number})"), st.value),
                  Paragraph(escape(x.address or "di tempat"), st.body), Spacer(1, 5 * mm),
                  Paragraph(escape(LETTER_TITLES[x.level]), st.title), Spacer(1, 2 * mm),
                  Paragraph("Dengan hormat,", st.body), Spacer(1, 2 * mm)]
        body = (f"Menurut catatan kami, pinjaman Bapak/Ibu nomor {x.credit_number} (kelompok {x.group_code}) "
                f"menunggak angsuran sebesar {format_rupiah(x.overdue_amount)} sejak "
                f"{format_date_id(x.oldest_due) if x.oldest_due else '-'} ({x.days_past_due} hari). "
                f"Sisa pokok pinjaman {format_rupiah(x.principal_outstanding)}; kolektibilitas "
                f"{x.kolektibilitas} ({x.kol_label}).")
        ask = {1: "Kami mohon tunggakan tersebut dibayar paling lambat",
               2: "Ini adalah peringatan kedua. Kami mohon dengan sangat tunggakan tersebut dilunasi paling lambat",
               3: "Ini adalah peringatan ketiga dan terakhir. Apabila tunggakan tidak dilunasi paling lambat"}[x.level]
        tail = {1: ". Bila sudah membayar, mohon abaikan surat ini.",
                2: ". Bila tidak, pengurus akan membicarakannya bersama kelompok sesuai tanggung renteng.",
                3: ", pengurus akan menagih melalui kelompok (tanggung renteng) dan menyelesaikannya sesuai "
                   "anggaran dasar koperasi."}[x.level]
        story += [Paragraph(escape(body), st.body), Spacer(1, 2 * mm),
                  Paragraph(escape(f"{ask} {format_date_id(x.pay_by)}{tail}"), st.body), Spacer(1, 2 * mm),
                  Paragraph("Atas perhatian dan kerja samanya kami ucapkan terima kasih.", st.body),
                  Spacer(1, 6 * mm),
                  KeepTogether([signature_blocks([Signer("Ketua", chair, caption=f"Pengurus {profile.name},")],
                                                 width=70 * mm)])]
        if x.leader_name:
            story += [Spacer(1, 6 * mm), Paragraph(escape(f"Tembusan: Ketua kelompok {x.group_code} "
                                                          f"({x.leader_name})"), st.small)]
    if not letters:
        story.append(Paragraph("Tidak ada pinjaman dengan kolektibilitas 3–5: tidak ada surat peringatan.", st.body))
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT, title="Surat peringatan",
                     subject=f"Surat peringatan angsuran — {profile.name}")


__all__ = ["ReportGrid", "budget_grid", "calk_flowables", "calk_grid", "cash_flow_grid", "ods_grid", "realisation_grid",
           "write_calk_pdf", "write_cash_flow_pdf", "write_cash_flow_xlsx", "write_letters_pdf", "write_ods_xlsx"]
