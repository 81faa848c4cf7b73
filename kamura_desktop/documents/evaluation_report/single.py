"""One survey round's IKM, or one income survey's t-test, printed on its own with the
signatures of who computed and who acknowledges it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from kamura_desktop.dto.settings import CooperativeProfile

from ..pdf import Signer, TableStyle, build_pdf, para, place_and_date, signature_blocks
from .base import WIDTH, _st
from .data import IkmSection, TTestSection
from .ikm import category_block, ikm_flowables
from .ttest import ttest_flowables


def _sign_off_parts(profile: CooperativeProfile) -> list:
    """Who computed and who acknowledges a single result, dated today."""
    return [Spacer(1, 8 * mm), signature_blocks(
        [Signer("Petugas evaluasi", None, "Dihitung oleh,"), Signer("Ketua Koperasi", None, "Mengetahui,")],
        width=WIDTH, place_date=place_and_date(profile, dt.date.today()))]


def _sign_off(profile: CooperativeProfile) -> KeepTogether:
    return KeepTogether(_sign_off_parts(profile))


def _with_sign_off(story: list, profile: CooperativeProfile) -> list:
    """Append the signatures kept together with the story's last block, so that they never
    stand alone on a last page (the IKM's scale table, the t-test's decision). ReportLab
    cannot nest KeepTogether, so a last KeepTogether is opened and extended."""
    if not story:
        return [_sign_off(profile)]
    last = story[-1]
    content = list(last._content) if isinstance(last, KeepTogether) else [last]
    return [*story[:-1], KeepTogether([*content, *_sign_off_parts(profile)])]


def build_ikm_pdf(path: Path | str, *, profile: CooperativeProfile, section: IkmSection, title: str,
                  printed_at: dt.datetime | None = None) -> Path:
    """One survey round's IKM on its own. The scale's category table and the signatures stand
    side by side at the end (issue 18: below each other they took a third page of their own)."""
    st = _st()
    story: list = [para("HASIL PENGUKURAN INDEKS KEPUASAN MASYARAKAT (IKM)", st.title),
                   para(title, st.subtitle)]
    story += ikm_flowables(section, heading=False)[:-1]  # all but the category table
    left = 0.44 * WIDTH
    sign = [Spacer(1, 4 * mm), signature_blocks(
        [Signer("Petugas evaluasi", None, "Dihitung oleh,"), Signer("Ketua Koperasi", None, "Mengetahui,")],
        width=WIDTH - left - 4 * mm, place_date=place_and_date(profile, dt.date.today()), compact=True)]
    end = Table([[category_block(section.scale, left - 2 * mm), sign]], colWidths=[left, WIDTH - left])
    end.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether([end]))
    return build_pdf(path, story, profile=profile, title=f"IKM {title}", subject=f"IKM {title}",
                     printed_at=printed_at)


def build_ttest_pdf(path: Path | str, *, profile: CooperativeProfile, section: TTestSection, title: str,
                    printed_at: dt.datetime | None = None) -> Path:
    """One income survey's paired-sample t-test on its own."""
    st = _st()
    story: list = [para("UJI-T SAMPEL BERPASANGAN — PENDAPATAN ANGGOTA", st.title), para(title, st.subtitle)]
    story += ttest_flowables(section, heading=False)
    story = _with_sign_off(story, profile)
    return build_pdf(path, story, profile=profile, title=f"Uji-t {title}", subject=f"Uji-t {title}",
                     printed_at=printed_at)

