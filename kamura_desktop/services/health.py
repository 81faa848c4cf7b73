"""Health assessment of the KSP/USP (penilaian kesehatan, issue 19 §1).

The schemes — aspects, weights, credit-value tables, predicate bands, the management
checklists — are data in :mod:`kamura_desktop.domain.health`; this book computes the ratios
*from the other books as of a date*, scores them with the chosen scheme, keeps the chair's
checklist answers per assessment, and writes the assessment to PDF and Excel.

Where the figures come from (all through the other books' public functions):

- balances of the ledger on ``as_of``: :func:`accounting.balance_sheet` (assets, liabilities,
  equity, each line with its account code: the drill-down);
- income and expenses from 1 January of ``as_of``'s year to ``as_of``:
  :func:`accounting.income_statement` (year-close entries left out);
- the loan book: :func:`repayments.loan_standings` — principal still owed per credit and its
  kolektibilitas class under the rule set chosen in Settings (the same base as PAR, the
  provision and the balance sheet's receivable);
- loans disbursed in the period: :func:`credits.list_credits`;
- members: :func:`membership.count_members` (active members now);
- the members' part of the SHU: the by-law percentage ``shu.pct.anggota`` in Settings.

How the regulation's words map to this cooperative's books (decisions, printed on the
assessment as the formula of each ratio):

- *modal sendiri* = total equity (simpanan pokok and wajib, the revolving fund's grants,
  donations, reserves, SHU not yet shared);
- *pinjaman yang diberikan* = principal still owed (loan book); *pinjaman berisiko* = the
  principal of credits in kolektibilitas 2–5: group credit here has no collateral, the
  group's joint liability is its security, and a credit in arrears is one the group has not
  covered;
- *risiko pinjaman bermasalah* = 50 % kurang lancar (kol 3) + 75 % diragukan (kol 4) +
  100 % macet (kol 5), rounded half up to rupiah; *cadangan risiko* = Cadangan Kerugian
  Piutang (1209);
- *modal tertimbang* = equity at 100 % except SHU at 50 %; *ATMR* = Kas 0 %, Bank 20 %,
  loans net of the provision 100 %, stock and other receivables 100 %, fixed assets net 70 %
  (weights of the 2009 worksheet, not confirmed for 2016 — marked);
- *partisipasi bruto* = income from members' credit (jasa pinjaman, jasa dana bergulir,
  sale of business packages on credit); *beban pokok* = cost of the packages + the lenders'
  share of service; *partisipasi neto* = bruto − beban pokok; *beban usaha* = the other
  expenses (this chart has no separate *beban perkoperasian*: it is 0);
  *pendapatan lain* = the other income (goods, printing, other);
- *SHU bagian anggota* = SHU before tax × the members' percentage in the by-laws;
  *PEA* = MEPPP + SHU bagian anggota with MEPPP = 0 (the program does not measure the price
  advantage members get: stated on the printout);
- *kewajiban lancar* = all liabilities (every liability in this chart is due within a year);
  *dana yang diterima* = liabilities + equity; *aset produktif* = loans + bank.

Scores are exact fractions; the predicate is read from the exact total; printouts round to
two decimals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Generator, Mapping
from fractions import Fraction
from pathlib import Path

from sqlalchemy import delete, select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.db.models.health import HealthAnswer, HealthAssessmentRow
from kamura_desktop.domain import health as rules
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.dto.accounting import SECTION_ASSETS, SECTION_EQUITY, SECTION_LIABILITIES
from kamura_desktop.dto.health import (
    AccountPart,
    AspectResult,
    Figure,
    HealthAssessment,
    HealthRecord,
    IndicatorResult,
    PreviousAssessment,
    Ratio,
)

from . import accounting, accounting_docs, audit, credits, membership, repayments
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "health.view": (ALL, "melihat penilaian kesehatan koperasi"),
    "health.save": (frozenset({"ketua"}), "menyimpan penilaian kesehatan koperasi (daftar periksa)"),
})

Progress = Generator[tuple[int, int, str], None, Path]

_INCOME_MEMBERS = (Acc.PENDAPATAN_JASA_PINJAMAN, Acc.PENDAPATAN_JASA_DANA_BERGULIR, Acc.PENJUALAN_PAKET_USAHA)
_COST_OF_SERVICE = (Acc.HPP_PAKET_USAHA, Acc.BEBAN_JASA_LENDER)
_ATMR_WEIGHTS = {Acc.KAS: 0, Acc.BANK: 20, Acc.PIUTANG_PINJAMAN: 100, Acc.PIUTANG_DANA_BERGULIR: 100,
                 Acc.CADANGAN_KERUGIAN_PIUTANG: 100, Acc.PERSEDIAAN_PAKET_USAHA: 100,
                 Acc.PERSEDIAAN_BARANG: 100, Acc.PIUTANG_LAIN: 100, Acc.ASET_TETAP: 70,
                 Acc.AKUM_PENYUSUTAN: 70}
_SHU_CODES = (Acc.SHU_TAHUN_BERJALAN, Acc.SHU_BELUM_DIBAGI)


# ------------------------------------------------------------------ ratios

def _fig(label: str, parts: list[AccountPart]) -> Figure:
    return Figure(label, sum(p.amount for p in parts), tuple(parts))


def _ratio(key: str, name: str, formula: str, num: Figure, den: Figure, note: str = "") -> Ratio:
    pct = Fraction(100 * num.amount, den.amount) if den.amount > 0 else None
    return Ratio(key, name, formula, num, den, pct, note)


def _half_up(value: Fraction) -> int:
    return int((value * 2 + 1) // 2)


def compute_ratios(db: Database, *, as_of: dt.date) -> dict[str, Ratio]:
    """Every ratio the schemes use, from the books as of ``as_of`` (income: the year so far)."""
    period_from = dt.date(as_of.year, 1, 1)
    bs = accounting.balance_sheet(db, as_of=as_of)
    inc = accounting.income_statement(db, date_from=period_from, date_to=as_of)
    standings = repayments.loan_standings(db, as_of=as_of)
    loans = credits.list_credits(db)
    active_members = membership.count_members(db, status="active")
    members_pct = int(settings_service.get_setting(db, "shu.pct.anggota") or 0)

    def lines(title: str) -> list[AccountPart]:
        return [AccountPart(x.code or "", x.label, x.amount) for x in bs.section(title).lines if not x.is_total]

    assets, liabilities, equity = lines(SECTION_ASSETS), lines(SECTION_LIABILITIES), lines(SECTION_EQUITY)
    income = [AccountPart(x.code or "", x.label, x.amount) for x in inc.sections[0].lines]
    expense = [AccountPart(x.code or "", x.label, x.amount) for x in inc.sections[1].lines]
    bal = {p.code: p for p in assets + liabilities + equity if p.code}

    def pick(parts: list[AccountPart], codes) -> list[AccountPart]:
        return [p for p in parts if p.code in codes]

    total_assets = _fig("Total aset", assets)
    own_capital = _fig("Modal sendiri (ekuitas)", equity)
    current_liab = _fig("Kewajiban lancar (seluruh liabilitas)", liabilities)
    funds = _fig("Dana yang diterima (liabilitas + ekuitas)", liabilities + equity)

    by_kol = {k: 0 for k in range(1, 6)}
    for st in standings:
        by_kol[st.kolektibilitas] += st.principal_outstanding
    kol_label = {1: "Lancar", 2: "Dalam perhatian khusus", 3: "Kurang lancar", 4: "Diragukan", 5: "Macet"}
    kol_parts = [AccountPart(f"kol {k}", f"Buku pinjaman: {kol_label[k]}", v) for k, v in by_kol.items()]
    loans_out = _fig("Pinjaman yang diberikan (pokok beredar, buku pinjaman)", kol_parts)
    members_loans = _fig("Pinjaman kepada anggota", [AccountPart(
        "", "Buku pinjaman: pokok beredar peminjam anggota", sum(st.principal_outstanding for st in standings
                                                                if st.member_id is not None))])
    risky = _fig("Pinjaman berisiko (kol 2–5)", [p for p in kol_parts if p.code != "kol 1"])
    rpm_parts = [
        AccountPart("kol 3", "50 % × kurang lancar", _half_up(Fraction(by_kol[3] * 50, 100))),
        AccountPart("kol 4", "75 % × diragukan", _half_up(Fraction(by_kol[4] * 75, 100))),
        AccountPart("kol 5", "100 % × macet", by_kol[5]),
    ]
    rpm = _fig("Risiko pinjaman bermasalah", rpm_parts)
    reserve_line = bal.get(Acc.CADANGAN_KERUGIAN_PIUTANG)
    reserve = _fig("Cadangan risiko", [AccountPart(Acc.CADANGAN_KERUGIAN_PIUTANG, "Cadangan Kerugian Piutang",
                                                   abs(reserve_line.amount) if reserve_line else 0)])
    weighted = _fig("Modal tertimbang", [
        AccountPart(p.code, f"{p.name} × {50 if (p.code in _SHU_CODES or not p.code) else 100} %",
                    _half_up(Fraction(p.amount * (50 if (p.code in _SHU_CODES or not p.code) else 100), 100)))
        for p in equity])
    atmr = _fig("Aset tertimbang menurut risiko (ATMR)", [
        AccountPart(p.code, f"{p.name} × {_ATMR_WEIGHTS.get(p.code, 100)} %",
                    _half_up(Fraction(p.amount * _ATMR_WEIGHTS.get(p.code, 100), 100))) for p in assets])
    gross = _fig("Partisipasi bruto", pick(income, _INCOME_MEMBERS))
    other_income = _fig("Pendapatan lain (bukan dari pinjaman anggota)",
                        [p for p in income if p.code not in _INCOME_MEMBERS])
    cost_of_service = _fig("Beban pokok", pick(expense, _COST_OF_SERVICE))
    operating = _fig("Beban usaha", [p for p in expense if p.code not in _COST_OF_SERVICE])
    net_participation = Figure("Partisipasi neto (bruto − beban pokok)", gross.amount - cost_of_service.amount,
                               gross.parts + tuple(AccountPart(p.code, f"dikurangi {p.name}", -p.amount)
                                                   for p in cost_of_service.parts))
    member_costs = _fig("Beban operasi anggota (beban pokok + beban usaha)", expense)
    gross_shu = Figure("SHU kotor (pendapatan − beban pokok)", inc.total_income - cost_of_service.amount,
                       tuple(income) + tuple(AccountPart(p.code, f"dikurangi {p.name}", -p.amount)
                                             for p in cost_of_service.parts))
    surplus = Figure("SHU sebelum pajak", inc.surplus, (
        AccountPart("", "Jumlah pendapatan", inc.total_income),
        AccountPart("", "Dikurangi jumlah beban", -inc.total_expense)))
    members_shu = Figure(f"SHU bagian anggota ({members_pct} % dari SHU)",
                         _half_up(Fraction(max(inc.surplus, 0) * members_pct, 100)), surplus.parts)
    staff = _fig("Biaya karyawan", pick(expense, (Acc.BEBAN_HONOR,)))
    period_loans = [c for c in loans if c.disbursed_on and period_from <= c.disbursed_on <= as_of]
    volume = _fig("Volume pinjaman disalurkan dalam periode", [AccountPart(
        "", f"Buku pinjaman: {len(period_loans)} kredit dicairkan "
        f"{format_date_id(period_from)} – {format_date_id(as_of)}", sum(c.principal for c in period_loans))])
    cash = _fig("Kas dan bank", pick(assets, (Acc.KAS, Acc.BANK)))
    productive = _fig("Aset produktif (pinjaman + bank)", kol_parts + pick(assets, (Acc.BANK,)))
    pokok_wajib = _fig("Simpanan pokok dan wajib", pick(equity, (Acc.SIMPANAN_POKOK, Acc.SIMPANAN_WAJIB)))
    pea = Figure("Promosi ekonomi anggota (MEPPP 0 + SHU bagian anggota)", members_shu.amount,
                 (AccountPart("", "MEPPP (tidak diukur program)", 0),
                  AccountPart("", "SHU bagian anggota", members_shu.amount)))
    borrowers = len({st.member_id for st in standings if st.principal_outstanding > 0})
    borrower_fig = Figure("Anggota yang sedang meminjam", borrowers,
                          (AccountPart("", "Buku pinjaman: peminjam dengan pokok beredar", borrowers),))
    members_fig = Figure("Anggota aktif", active_members,
                         (AccountPart("", "Buku anggota: anggota berstatus aktif", active_members),))

    period = f"{format_date_id(period_from)} – {format_date_id(as_of)}"
    out = [
        _ratio("modal_sendiri_aset", "Modal sendiri terhadap total aset", "Modal sendiri ÷ total aset × 100 %",
               own_capital, total_assets),
        _ratio("modal_sendiri_pinjaman_berisiko", "Modal sendiri terhadap pinjaman diberikan yang berisiko",
               "Modal sendiri ÷ pinjaman berisiko (kol 2–5) × 100 %", own_capital, risky),
        _ratio("kecukupan_modal", "Kecukupan modal sendiri", "Modal tertimbang ÷ ATMR × 100 %", weighted, atmr,
               "Bobot modal tertimbang dan ATMR belum dikonfirmasi untuk Perdep 06/2016"),
        _ratio("volume_pinjaman_anggota", "Volume pinjaman pada anggota",
               "Pinjaman kepada anggota ÷ pinjaman yang diberikan × 100 %", members_loans, loans_out),
        _ratio("risiko_pinjaman_bermasalah", "Risiko pinjaman bermasalah terhadap pinjaman yang diberikan",
               "(50 % KL + 75 % D + 100 % M) ÷ pinjaman yang diberikan × 100 %", rpm, loans_out),
        _ratio("cadangan_risiko_rpm", "Cadangan risiko terhadap risiko pinjaman bermasalah",
               "Cadangan risiko ÷ risiko pinjaman bermasalah × 100 %", reserve, rpm),
        _ratio("pinjaman_berisiko", "Pinjaman berisiko terhadap pinjaman yang diberikan",
               "Pinjaman berisiko (kol 2–5) ÷ pinjaman yang diberikan × 100 %", risky, loans_out),
        _ratio("beban_operasi_partisipasi", "Beban operasi anggota terhadap partisipasi bruto",
               f"Beban operasi anggota ÷ partisipasi bruto × 100 % ({period})", member_costs, gross),
        _ratio("beban_usaha_shu_kotor", "Beban usaha terhadap SHU kotor",
               f"Beban usaha ÷ SHU kotor × 100 % ({period})", operating, gross_shu),
        _ratio("efisiensi_pelayanan", "Efisiensi pelayanan",
               f"Biaya karyawan ÷ volume pinjaman × 100 % ({period})", staff, volume),
        _ratio("rasio_kas", "Rasio kas", "(Kas + bank) ÷ kewajiban lancar × 100 %", cash, current_liab),
        _ratio("pinjaman_dana_diterima", "Pinjaman yang diberikan terhadap dana yang diterima",
               "Pinjaman yang diberikan ÷ dana yang diterima × 100 %", loans_out, funds),
        _ratio("rentabilitas_aset", "Rentabilitas aset (ROA)",
               f"SHU sebelum pajak ({period}) ÷ total aset × 100 %", surplus, total_assets),
        _ratio("rentabilitas_modal_sendiri", "Rentabilitas modal sendiri (ROE)",
               "SHU bagian anggota ÷ modal sendiri × 100 %", members_shu, own_capital),
        _ratio("kemandirian_operasional", "Kemandirian operasional pelayanan",
               "Partisipasi neto ÷ (beban usaha + beban perkoperasian 0) × 100 %", net_participation, operating),
        _ratio("partisipasi_bruto", "Partisipasi bruto",
               "Partisipasi bruto ÷ (partisipasi bruto + pendapatan lain) × 100 %", gross,
               Figure("Partisipasi bruto + pendapatan lain", gross.amount + other_income.amount,
                      gross.parts + other_income.parts)),
        _ratio("pea", "Promosi ekonomi anggota (PEA)", "PEA ÷ (simpanan pokok + wajib) × 100 %", pea, pokok_wajib,
               "MEPPP tidak diukur program (0); PEA = SHU bagian anggota"),
        _ratio("aset_produktif_aset", "Aset produktif terhadap total aset", "Aset produktif ÷ total aset × 100 %",
               productive, total_assets),
        _ratio("pinjaman_aset_produktif", "Pinjaman terhadap aset produktif",
               "Pinjaman yang diberikan ÷ aset produktif × 100 %", loans_out, productive),
        _ratio("partisipasi_anggota", "Partisipasi anggota dalam pinjaman",
               "Anggota yang sedang meminjam ÷ anggota aktif × 100 %", borrower_fig, members_fig,
               "Anggota aktif dihitung pada hari ini (status), bukan pada tanggal penilaian"),
    ]
    return {r.key: r for r in out}


# ------------------------------------------------------------------ scoring

def score(scheme: rules.Scheme, ratios: Mapping[str, Ratio], answers: Mapping[str, bool]
          ) -> tuple[tuple[AspectResult, ...], Fraction]:
    """Score every indicator of ``scheme`` (pure: the figures and answers are given)."""
    aspects = []
    for aspect in scheme.aspects:
        results = []
        for ind in aspect.indicators:
            if ind.is_checklist:
                value = rules.checklist_value(scheme, ind, answers)
                yes = sum(1 for i in ind.items if answers.get(i.code))
                note = f"{yes} dari {len(ind.items)} dijawab ya"
                ratio = None
            else:
                ratio = ratios[ind.ratio]
                value = Fraction(rules.credit_value(ind, ratio.percent))
                note = ind.undefined_note if ratio.percent is None else ""
            results.append(IndicatorResult(
                ind.code, ind.name, ind.weight, ratio, value, rules.indicator_score(scheme, ind, value), note,
                tuple((i.code, i.text, bool(answers.get(i.code))) for i in ind.items),
                ind.table.source if ind.table else ind.source,
                ind.table.confirmed if ind.table else ind.confirmed))
        aspects.append(AspectResult(aspect.code, aspect.name, aspect.weight,
                                    rules.aspect_score(scheme, aspect, [r.score for r in results]),
                                    tuple(results)))
    return tuple(aspects), sum((a.score for a in aspects), Fraction(0))


def _check_answers(scheme: rules.Scheme, answers: Mapping[str, bool]) -> dict[str, bool]:
    known = {i.code for i in scheme.checklist_items()}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise UserError(f"Butir daftar periksa tidak dikenal untuk skema {scheme.short}: "
                        f"{', '.join(unknown)}.", field="answers")
    bad = [code for code, v in answers.items() if not isinstance(v, bool)]
    if bad:
        raise UserError(f"Jawaban daftar periksa harus ya atau tidak (butir {', '.join(sorted(bad))}).",
                        field="answers")
    return {code: bool(answers.get(code, False)) for code in sorted(known)}


def _row_for(s, scheme: str, as_of: dt.date) -> HealthAssessmentRow | None:
    return s.scalar(select(HealthAssessmentRow).where(HealthAssessmentRow.scheme == scheme,
                                                      HealthAssessmentRow.as_of == as_of))


def _previous(s, scheme: str, as_of: dt.date) -> PreviousAssessment | None:
    row = s.scalar(select(HealthAssessmentRow).where(HealthAssessmentRow.scheme == scheme,
                                                     HealthAssessmentRow.as_of < as_of)
                   .order_by(HealthAssessmentRow.as_of.desc()).limit(1))
    if row is None:
        return None
    return PreviousAssessment(row.as_of, Fraction(row.total), row.predicate,
                              {k: Fraction(v) for k, v in json.loads(row.aspects_json).items()})


def saved_answers(db: Database, *, scheme: str, as_of: dt.date) -> dict[str, bool] | None:
    """The checklist answers saved for this scheme and date (None when not saved)."""
    with db.read() as s:
        row = _row_for(s, rules.scheme(scheme).code, as_of)
        if row is None:
            return None
        return {a.item_code: a.answer for a in s.scalars(
            select(HealthAnswer).where(HealthAnswer.assessment_id == row.id))}


def _check_date(as_of: dt.date) -> None:
    if not isinstance(as_of, dt.date):
        raise UserError("Tanggal penilaian tidak sah.", field="as_of")
    if as_of > dt.date.today():
        raise UserError(f"Tanggal penilaian {format_date_id(as_of)} belum lewat: nilai hanya sampai hari ini.",
                        field="as_of")


def assess(db: Database, *, as_of: dt.date, scheme: str = rules.DEFAULT_SCHEME,
           answers: Mapping[str, bool] | None = None, actor: Actor | None = None) -> HealthAssessment:
    """The assessment as of ``as_of`` under ``scheme``: ratios from the books, the checklist
    from ``answers`` (or, when None, the answers saved for that date; unanswered = no), and
    the previous saved assessment of the same scheme to compare with. Writes nothing."""
    if actor is not None:
        require(actor, "health.view")
    sch = rules.scheme(scheme)
    _check_date(as_of)
    with db.read() as s:
        row = _row_for(s, sch.code, as_of)
        previous = _previous(s, sch.code, as_of)
        saved = None
        if row is not None:
            saved = {a.item_code: a.answer for a in s.scalars(
                select(HealthAnswer).where(HealthAnswer.assessment_id == row.id))}
            saved_by = s.scalar(select(User.full_name).where(User.id == row.saved_by_id)) \
                if row.saved_by_id else None
            row_info = (row.id, saved_by, row.saved_at)
        else:
            row_info = (None, None, None)
    chosen = _check_answers(sch, answers if answers is not None else (saved or {}))
    ratios = compute_ratios(db, as_of=as_of)
    aspects, total = score(sch, ratios, chosen)
    return HealthAssessment(
        scheme=sch.code, scheme_name=sch.name, as_of=as_of, period_from=dt.date(as_of.year, 1, 1),
        aspects=aspects, total=total, predicate=sch.predicate(total),
        bands=tuple((b.lower, b.label) for b in sch.bands),
        bands_note=sch.bands_source + ("" if sch.bands_confirmed else " (belum dikonfirmasi)"),
        ratios=tuple(ratios.values()), previous=previous,
        saved_id=row_info[0], saved_by=row_info[1], saved_at=row_info[2])


def rescore(assessment: HealthAssessment, answers: Mapping[str, bool]) -> HealthAssessment:
    """The same assessment with other checklist answers (the ratios kept; nothing read)."""
    sch = rules.scheme(assessment.scheme)
    aspects, total = score(sch, {r.key: r for r in assessment.ratios}, _check_answers(sch, answers))
    return dataclasses.replace(assessment, aspects=aspects, total=total, predicate=sch.predicate(total))


def save_assessment(db: Database, *, actor: Actor, as_of: dt.date, scheme: str,
                    answers: Mapping[str, bool]) -> Outcome[HealthAssessment]:
    """The chair saves the assessment: the checklist answers and the scores they give
    (replacing an earlier save for the same scheme and date)."""
    require(actor, "health.save")
    sch = rules.scheme(scheme)
    _check_date(as_of)
    clean = _check_answers(sch, answers)
    result = assess(db, as_of=as_of, scheme=sch.code, answers=clean)
    snapshot = json.dumps({a.code: str(a.score) for a in result.aspects}, sort_keys=True)
    with db.write() as s:
        row = _row_for(s, sch.code, as_of)
        replaced = row is not None
        if row is None:
            row = HealthAssessmentRow(scheme=sch.code, as_of=as_of)
            s.add(row)
        row.total, row.predicate, row.aspects_json = str(result.total), result.predicate, snapshot
        row.saved_by_id, row.saved_at = actor.user_id, dt.datetime.now().replace(microsecond=0)
        s.flush()
        s.execute(delete(HealthAnswer).where(HealthAnswer.assessment_id == row.id))
        s.add_all(HealthAnswer(assessment_id=row.id, item_code=c, answer=v) for c, v in clean.items())
        audit.record(s, actor, action="health.save", entity="health_assessment", entity_id=row.id,
                     summary=f"{'Ganti' if replaced else 'Simpan'} penilaian kesehatan {sch.short} per "
                             f"{format_date_id(as_of)}: skor {rules.fmt_score(result.total)} ({result.predicate}), "
                             f"{sum(clean.values())} dari {len(clean)} butir ya")
    return Outcome(assess(db, as_of=as_of, scheme=sch.code), Changes(books=True))


def list_assessments(db: Database) -> list[HealthRecord]:
    with db.read() as s:
        rows = s.execute(select(HealthAssessmentRow, User.full_name)
                         .outerjoin(User, User.id == HealthAssessmentRow.saved_by_id)
                         .order_by(HealthAssessmentRow.as_of.desc(), HealthAssessmentRow.scheme)).all()
        return [HealthRecord(r.id, r.scheme, r.as_of, rules.fmt_score(Fraction(r.total)), r.predicate,
                             name or "-", r.saved_at) for r, name in rows]


# ------------------------------------------------------------------ documents

def _prepare(db: Database, as_of: dt.date, scheme: str, actor: Actor | None,
             assessment: HealthAssessment | None) -> HealthAssessment:
    if actor is not None:
        require(actor, "health.view")
    return assessment or assess(db, as_of=as_of, scheme=scheme)


def write_health_pdf(db: Database, *, as_of: dt.date, scheme: str, path: Path | str,
                     actor: Actor | None = None, assessment: HealthAssessment | None = None) -> Progress:
    """The printable assessment (PDF); yields progress, returns the path."""

    from kamura_desktop.documents import health_report as doc

    yield 0, 3, "Menghitung rasio"
    result = _prepare(db, as_of, scheme, actor, assessment)
    yield 1, 3, "Menyusun PDF"
    profile = settings_service.get_profile(db)
    out = doc.write_pdf(path, result, profile=profile, signatures=accounting_docs.signatures(db))
    yield 3, 3, "Selesai"
    return out


def write_health_xlsx(db: Database, *, as_of: dt.date, scheme: str, path: Path | str,
                      actor: Actor | None = None, assessment: HealthAssessment | None = None) -> Progress:
    """The assessment as a workbook (scores, ratios with their figures, checklist)."""

    from kamura_desktop.documents import health_report as doc

    yield 0, 3, "Menghitung rasio"
    result = _prepare(db, as_of, scheme, actor, assessment)
    yield 1, 3, "Menyusun buku kerja"
    out = doc.write_xlsx(path, result, profile=settings_service.get_profile(db))
    yield 3, 3, "Selesai"
    return out
