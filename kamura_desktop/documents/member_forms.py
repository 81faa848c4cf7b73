"""Formulir Pendaftaran Anggota: the membership registration form (A4, one page).

Printed blank — lines to write on and 16 boxes for the NIK and the No. KK — for an applicant
to fill in by hand, or filled in from a member's data for the applicant to check and sign.
It carries the requirement checklist (copies of KTP and KK, simpanan pokok), the applicant's
statement and the signatures of the applicant, the clerk and the chair.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from kamura_desktop.dto.membership import MemberDTO
from kamura_desktop.dto.settings import CooperativeProfile

from .pdf import (
    A4_PORTRAIT,
    CHECKED,
    UNCHECKED,
    DigitBoxes,
    FillLine,
    Paragraph,
    PhotoBox,
    Signer,
    TableStyle,
    build_pdf,
    escape,
    money,
    para,
    place_and_date,
    signature_blocks,
    styles,
    tanggal,
)


def _box(checked: bool | None) -> str:
    return CHECKED if checked else UNCHECKED


def _choices(options: list[tuple[str, bool | None]]) -> str:
    return "&nbsp;&nbsp;&nbsp;&nbsp;".join(f"{_box(on)} {escape(text)}" for text, on in options)


def build_registration_form(
    path: Path | str,
    *,
    profile: CooperativeProfile,
    member: MemberDTO | None = None,
    pokok_amount: int,
    wajib_amount: int,
    pokok_paid: bool | None = None,
    clerk_name: str | None = None,
    chair_name: str | None = None,
    printed_at: dt.datetime | None = None,
) -> Path:
    """Write the registration form, blank (``member=None``) or filled in; return its path."""
    st = styles(False)
    width = A4_PORTRAIT.content_width
    m = member
    short = profile.short_name or ""
    coop = profile.name + (f" ({short})" if short else "")

    story: list = [para("FORMULIR PENDAFTARAN ANGGOTA", st.title)]
    number = (f"Nomor anggota: <b>{escape(m.number)}</b>" if m else
              "Nomor anggota: ………………………… (diisi petugas)")
    story += [Paragraph(number, st.subtitle), Spacer(1, 1 * mm)]
    story.append(Paragraph(
        f"Yang bertanda tangan di bawah ini mengajukan permohonan menjadi anggota "
        f"<b>{escape(coop)}</b> dengan data sebagai berikut:", st.body))
    story.append(Spacer(1, 2 * mm))

    # ---- A. particulars; the photo frame stands beside the first rows
    label_w, colon_w = 49 * mm, 4 * mm
    photo_w = 32 * mm
    field_top = width - label_w - colon_w - photo_w
    field_w = width - label_w - colon_w

    sub_label = ParagraphStyle("form_sub", parent=st.label, leftIndent=5.5 * mm)

    def row(no: str, label: str, field) -> list:
        text = para(f"{no}  {label}", st.label) if no else para(label, sub_label)
        return [text, para(":", st.label), field]

    birth = None
    if m and (m.birth_place or m.birth_date):
        birth = ", ".join(x for x in (m.birth_place or "", tanggal(m.birth_date)) if x)
    sex = _choices([("Laki-laki", m and m.sex == "L"), ("Perempuan", m and m.sex == "P")])
    top_rows = [
        row("1.", "Nama lengkap", FillLine(m.name if m else None, field_top - 4 * mm)),
        row("2.", "NIK (No. KTP)", DigitBoxes(m.nik if m else None, box=4.9 * mm)),
        row("3.", "Nomor Kartu Keluarga", DigitBoxes(m.kk_number if m else None, box=4.9 * mm)),
        row("4.", "Jenis kelamin", Paragraph(sex, st.body)),
        row("5.", "Tempat, tanggal lahir", FillLine(birth, field_top - 4 * mm)),
    ]
    top = Table(top_rows, colWidths=[label_w, colon_w, field_top], rowHeights=7.6 * mm)
    top.setStyle(_form_style())
    outer = Table([[top, PhotoBox(30 * mm, 40 * mm)]], colWidths=[width - photo_w, photo_w])
    outer.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    story += [_heading("A. Data calon anggota", st), outer]

    half = (field_w - 24 * mm) / 2
    rt_rw = Table([[FillLine(m.rt if m else None, 16 * mm), para("/", st.label),
                    FillLine(m.rw if m else None, 16 * mm), ""]],
                  colWidths=[18 * mm, 5 * mm, 18 * mm, field_w - 41 * mm])
    rt_rw.setStyle(_inline_style())
    kec_label = ParagraphStyle("form_kec", parent=st.label, alignment=TA_CENTER)
    desa_kec = Table([[FillLine(m.desa if m else None, half), para("Kecamatan", kec_label),
                       FillLine(m.kecamatan if m else None, half)]],
                     colWidths=[half, 24 * mm, half])
    desa_kec.setStyle(_inline_style())
    poor = _choices([("Ya", m and m.poor_family), ("Tidak", m and not m.poor_family)])
    rows = [
        row("6.", "Alamat: kampung/dusun", FillLine(m.kampung if m else None, field_w)),
        row("", "RT / RW", rt_rw),
        row("", "Desa/kelurahan", desa_kec),
        row("7.", "Nomor telepon/HP", FillLine(m.phone if m else None, field_w)),
        row("8.", "Jenis usaha/pekerjaan", FillLine(m.trade if m else None, field_w)),
        row("9.", "Keluarga prasejahtera", Paragraph(poor, st.body)),
        row("10.", "Peran TKM (jika ada)", FillLine(m.tkm_role if m else None, field_w)),
        row("11.", "Tanggal masuk", FillLine(tanggal(m.joined_on) if m else None, 60 * mm)),
    ]
    rest = Table(rows, colWidths=[label_w, colon_w, field_w], rowHeights=7.3 * mm)
    rest.setStyle(_form_style())
    story.append(rest)

    # ---- B. requirements
    story.append(_heading("B. Persyaratan (diperiksa petugas)", st))
    checks = [
        ("Fotokopi KTP", m.ktp_on_file if m else None),
        ("Fotokopi Kartu Keluarga (KK)", m.kk_on_file if m else None),
        (f"Simpanan pokok {money(pokok_amount)} dibayar", pokok_paid if m else None),
    ]
    check_rows = [[Paragraph(f"{_box(on)}&nbsp;&nbsp;{escape(text)}", st.body)
                   for text, on in checks]]
    req = Table(check_rows, colWidths=[width * 0.27, width * 0.36, width * 0.37])
    req.setStyle(_inline_style())
    story.append(req)

    # ---- C. statement
    statement = [
        "data di atas saya isi dengan sebenar-benarnya dan sesuai dengan KTP dan Kartu Keluarga;",
        f"saya bersedia mematuhi Anggaran Dasar, Anggaran Rumah Tangga dan keputusan Rapat "
        f"Anggota {escape(short or 'koperasi')};",
        f"saya bersedia membayar simpanan pokok sebesar <b>{money(pokok_amount)}</b> satu kali "
        f"dan simpanan wajib sebesar <b>{money(wajib_amount)}</b> setiap bulan;",
        "apabila saya keluar dari keanggotaan, simpanan saya dikembalikan setelah dikurangi "
        "kewajiban saya yang masih ada kepada koperasi.",
    ]
    items = [[para(f"{i}.", st.body), Paragraph(text, st.body)]
             for i, text in enumerate(statement, start=1)]
    stmt = Table(items, colWidths=[6 * mm, width - 6 * mm])
    stmt.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    story.append(KeepTogether([
        _heading("C. Pernyataan", st),
        Paragraph("Dengan ini saya menyatakan bahwa:", st.body), Spacer(1, 1 * mm), stmt,
        Spacer(1, 4 * mm),
        signature_blocks(
            [Signer("Calon Anggota", m.name if m else None),
             Signer("Petugas", clerk_name),
             Signer("Ketua", chair_name, caption="Mengetahui,")],
            width=width, place_date=place_and_date(profile, m.joined_on if m else None),
            space=16 * mm),
    ]))
    title = f"Formulir pendaftaran {m.number}" if m else "Formulir pendaftaran anggota"
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT, title=title,
                     subject="Formulir Pendaftaran Anggota", printed_at=printed_at)


def _heading(text: str, st) -> Paragraph:
    return para(text, st.heading)


def _form_style() -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])


def _inline_style() -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
