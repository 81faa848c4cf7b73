"""kamura eval: templates, IKM and t-test from Excel files (no login needed: the commands
read a file and write files; the books give only the instrument definitions).

    kamura eval template ksm|upk|income FILE.xlsx [--scale KODE] [--labels A B]
    kamura eval ikm FILE.xlsx --instrument ksm|upk [--scale KODE] [--json] [--pdf OUT.pdf]
    kamura eval ttest FILE.xlsx [--json] [--pdf OUT.pdf] [--labels "Sebelum" "Sesudah"]

The instruments come from the database (``--db``, default: the per-user file); when the
default file does not exist yet, a throw-away database in a temporary folder supplies the
built-in instruments (ksm, upk), so the commands work on a machine without books.
A problem in the Excel file is printed with its sheet, row and column, and the command exits
with status 1.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import GeneratorType

from kamura_desktop.db.database import Database
from kamura_desktop.domain.dates import parse_date
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.ikm import IkmResult, compute_ikm
from kamura_desktop.domain.instruments import BUILTIN_SCALES, Scale
from kamura_desktop.domain.stats import PairedTTestResult, format_sig_spss, paired_t_test
from kamura_desktop.services import evaluation, evaluation_io
from kamura_desktop.services.evaluation import InstrumentDTO
from kamura_desktop.services.locations import own_data_dir
from kamura_desktop.services.setup import open_books

from .common import add_input, add_output, db_path, needs, open_db


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    ev = sub.add_parser("eval", help="evaluasi: templat kuesioner, IKM dan uji-t dari Excel")
    cmds = ev.add_subparsers(dest="eval_what", metavar="PERINTAH", required=True)
    scales = ", ".join(sorted(BUILTIN_SCALES))

    p = cmds.add_parser("template", parents=[parent],
                        help="tulis templat jawaban kosong (.xlsx)")
    p.add_argument("kind", metavar="ksm|upk|income",
                   help="kode instrumen (ksm, upk atau instrumen kantor) atau income")
    add_output(p, "file", kind="xlsx", metavar="FILE.xlsx", help="berkas templat tujuan")
    p.add_argument("--scale", metavar="KODE",
                   help=f"skala jawaban: {scales} atau skala kantor dari --db "
                        "(bawaan: skala instrumen)")
    p.add_argument("--labels", nargs=2, metavar=("PERTAMA", "KEDUA"),
                   help="judul kolom pendapatan (templat income; bawaan Sebelum, Sesudah)")
    p.set_defaults(func=cmd_template)
    needs(p, "evaluation.view", without_books=True)

    p = cmds.add_parser("ikm", parents=[parent], help="hitung IKM dari templat yang sudah diisi")
    add_input(p, "file", metavar="FILE.xlsx", help="templat jawaban yang diisi")
    p.add_argument("--instrument", required=True, metavar="ksm|upk", help="kode instrumen")
    p.add_argument("--scale", metavar="KODE",
                   help=f"skala: {scales} atau skala kantor dari --db (bawaan: skala yang "
                        "tercatat di templat, atau skala instrumen)")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    add_output(p, "--pdf", kind="pdf", metavar="OUT.pdf", help="juga tulis hasil ke PDF")
    p.add_argument("--title", help="judul hasil (bawaan: nama instrumen)")
    p.add_argument("--date", type=_date, metavar="TANGGAL",
                   help="tanggal survei, dicetak pada PDF (bawaan: tidak dicetak)")
    p.set_defaults(func=cmd_ikm)
    needs(p, "evaluation.view", without_books=True)

    p = cmds.add_parser("ttest", parents=[parent],
                        help="uji-t sampel berpasangan dari templat pendapatan yang diisi")
    add_input(p, "file", metavar="FILE.xlsx", help="templat pendapatan yang diisi")
    p.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    add_output(p, "--pdf", kind="pdf", metavar="OUT.pdf", help="juga tulis hasil ke PDF")
    p.add_argument("--labels", nargs=2, metavar=("PERTAMA", "KEDUA"),
                   help="label kedua nilai (bawaan: judul kolom B dan C)")
    p.add_argument("--title", help="judul hasil (bawaan: kedua label)")
    p.add_argument("--date", type=_date, metavar="TANGGAL",
                   help="tanggal survei, dicetak pada PDF (bawaan: tidak dicetak)")
    p.set_defaults(func=cmd_ttest)
    needs(p, "evaluation.view", without_books=True)

    p = cmds.add_parser("scales", parents=[parent],
                        help="daftar skala jawaban: bawaan dan skala kantor dari --db")
    p.add_argument("--json", action="store_true", help="daftar sebagai JSON")
    p.set_defaults(func=cmd_scales)
    needs(p, "evaluation.view", without_books=True)


# ---------------------------------------------------------------- helpers

def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except UserError as exc:  # argparse shows the message and exits 2
        raise argparse.ArgumentTypeError(exc.message) from exc


@contextlib.contextmanager
def _books(args: argparse.Namespace) -> Iterator[Database]:
    """The books named by --db; without --db and without a per-user file yet, a throw-away
    database that holds only the built-in instruments."""
    explicit = getattr(args, "db", None)
    path = db_path(args)
    if explicit or path.exists():
        db = open_db(args, create=False)
        try:
            yield db
        finally:
            db.close()
        return
    with (tempfile.TemporaryDirectory(prefix="kamura-eval-") as tmp,
          own_data_dir(Path(tmp) / "data")):  # its seal key stays in tmp, not in kunci/
        db = open_books(Path(tmp) / "kamura.sqlite", durable=False)
        try:
            yield db
        finally:
            db.close()


def _drain(result: object) -> None:
    """A report writer may be a plain function or a progress generator: run it out."""
    if isinstance(result, GeneratorType):
        for _ in result:
            pass


def _without_field(exc: UserError) -> UserError:
    """The file's errors already name sheet, row and column: no "[path]" in front."""
    return UserError(exc.message, code=exc.code)


def _scale_for(db: Database, instrument: InstrumentDTO, code: str | None) -> Scale:
    """The scale by code — built-in or the office's own in the books of --db."""
    return evaluation.scale_by_code(db, (code or instrument.scale_code).strip())


def _number(value) -> float | None:
    return None if value is None else float(value)


# ---------------------------------------------------------------- template

def cmd_template(args) -> int:
    kind = args.kind.strip()
    if kind.lower() == "income":
        first, second = args.labels or (evaluation_io.DEFAULT_FIRST_LABEL,
                                        evaluation_io.DEFAULT_SECOND_LABEL)
        path = evaluation_io.write_template(args.file, kind="income", instrument=None, scale=None,
                                            first_label=first, second_label=second)
        print(f"Templat pendapatan ditulis: {path} (kolom Responden, {first}, {second})")
        return 0
    with _books(args) as db:
        instrument = evaluation.instrument_by_code(db, kind)
        scale = _scale_for(db, instrument, args.scale)
    path = evaluation_io.write_template(args.file, kind=instrument.respondent_kind,
                                        instrument=instrument, scale=scale)
    print(f"Templat {instrument.code} ditulis: {path} ({instrument.item_count} butir, skala "
          f"{scale.min_value}–{scale.max_value} {scale.name})")
    return 0


# ---------------------------------------------------------------- scales

def _num(value) -> str | None:
    return None if value is None else format(value, "f")


def cmd_scales(args) -> int:
    """The answer scales --scale accepts: code, name, points and category bands."""
    with _books(args) as db:
        entries = evaluation.list_scale_entries(db)
    if args.json:
        print(json.dumps([{
            "code": e.code, "name": e.name, "builtin": e.builtin, "rounds": e.rounds,
            "points": [{"value": v, "label": label} for v, label in sorted(e.scale.points)],
            "conversion_factor": _num(e.scale.conversion_factor),
            "classify_on": e.scale.classify_on,
            "categories": [{"low": _num(c.low), "high": _num(c.high), "label": c.label,
                            "grade": c.quality, "converted_low": _num(c.converted_low),
                            "converted_high": _num(c.converted_high)}
                           for c in e.scale.categories],
        } for e in entries], ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        kind = "bawaan" if e.builtin else "kantor"
        print(f"{e.code} — {e.name} ({kind}; nilai {e.scale.min_value}–{e.scale.max_value})")
        for c in e.scale.categories:
            grade = f"{c.quality} — " if c.quality else ""
            print(f"    {_dec(c.low)}–{_dec(c.high)}  {grade}{c.label}")
    return 0


# ---------------------------------------------------------------- IKM

def ikm_json(instrument: InstrumentDTO, scale: Scale, result: IkmResult) -> dict:
    """The --json object: items, indicators, np, ikm, category (and converted, quality
    where the scale has them)."""
    out: dict = {
        "instrument": instrument.code,
        "scale": scale.code,
        "respondents": result.respondents,
        "items": [{"code": r.code, "indicator": r.indicator, "answered": r.answered,
                   "total": r.total, "mean": float(r.mean)} for r in result.items],
        "indicators": [{"name": r.name, "total": r.total, "mean": float(r.mean)}
                       for r in result.indicators],
        "np": float(result.np),
        "ikm": float(result.ikm),
        "category": result.category.label,
    }
    if result.converted is not None:
        out["converted"] = float(result.converted)
    if result.category.quality:
        out["quality"] = result.category.quality
    return out


def _dec(value) -> str:
    return f"{value}".replace(".", ",")


def cmd_ikm(args) -> int:
    with _books(args) as db:
        instrument = evaluation.instrument_by_code(db, args.instrument)
        # a template written with --scale kepmenpan25 is read on that scale without repeating it
        scale = _scale_for(db, instrument,
                           args.scale or evaluation_io.template_scale_code(args.file))
        try:
            answers = evaluation_io.read_ikm_answers(args.file, instrument, scale)
        except UserError as exc:
            raise _without_field(exc) from None
        result = compute_ikm(instrument.to_domain(), scale, [values for _, values in answers])
        if args.pdf:
            from kamura_desktop.services.evaluation_report import write_ikm_pdf

            _drain(write_ikm_pdf(db, instrument=instrument, result=result,
                                 title=args.title or instrument.name, path=args.pdf,
                                 held_on=args.date, scale=scale))
    if args.json:
        print(json.dumps(ikm_json(instrument, scale, result), ensure_ascii=False, indent=2))
    else:
        print(f"{instrument.name} ({instrument.code}) — skala {scale.name}")
        print(f"Responden: {result.respondents}" + (f" (baris kosong seluruhnya: {result.blank_rows})"
                                                    if result.blank_rows else ""))
        print(f"{'Butir':<7}{'Indikator':<22}{'Dijawab':>8}{'Jumlah':>8}{'Rata-rata':>11}")
        for r in result.items:
            print(f"{r.code:<7}{r.indicator[:21]:<22}{r.answered:>8}{r.total:>8}{_dec(r.mean):>11}")
        print()
        for r in result.indicators:
            print(f"  {r.name:<27}jumlah {r.total:>6}   rata-rata {_dec(r.mean)}   "
                  f"{r.category.display}")
        print()
        print(f"NP  = {_dec(result.np)}")
        print(f"IKM = {_dec(result.ikm)} — {result.category.display}")
        if result.converted is not None:
            print(f"Nilai konversi = {_dec(result.converted)}")
    if args.pdf:
        print(f"PDF ditulis: {args.pdf}", file=sys.stderr if args.json else sys.stdout)
    return 0


# ---------------------------------------------------------------- t-test

def ttest_json(result: PairedTTestResult, first_label: str, second_label: str) -> dict:
    """The --json object, field names as in issue 7 (plus labels, SPSS Sig. and the decision)."""
    return {
        "first_label": first_label,
        "second_label": second_label,
        "n": result.n,
        "mean_first": result.mean_first,
        "mean_second": result.mean_second,
        "mean_diff": result.mean_diff,
        "sd_diff": result.sd_diff,
        "se_diff": result.se_diff,
        "ci_low": result.ci_low,
        "ci_high": result.ci_high,
        "t": result.t,
        "df": result.df,
        "p_two_tailed": result.p_two_tailed,
        "sig": format_sig_spss(result.p_two_tailed),
        "correlation": result.correlation,
        "significant": result.significant,
        "decision": result.decision,
    }


def _f(value: float | None, places: int = 2) -> str:
    if value is None:
        return "."
    return f"{value:,.{places}f}".replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def cmd_ttest(args) -> int:
    try:
        income, first, second = evaluation_io.read_income_test_pairs(args.file)
    except UserError as exc:
        raise _without_field(exc) from None
    first_label, second_label = args.labels or (income.first_label, income.second_label)
    result = paired_t_test(first, second, first_label=first_label, second_label=second_label)
    if args.pdf:
        from kamura_desktop.services.evaluation_report import write_ttest_pdf

        with _books(args) as db:
            _drain(write_ttest_pdf(db, result=result, first_label=first_label,
                                   second_label=second_label,
                                   title=args.title or f"{first_label} dan {second_label}",
                                   path=args.pdf, held_on=args.date))
    if args.json:
        print(json.dumps(ttest_json(result, first_label, second_label), ensure_ascii=False,
                         indent=2))
    else:
        print(f"Uji-t sampel berpasangan: {second_label} − {first_label} (N = {result.n})")
        print(f"  Rata-rata {first_label}: {_f(result.mean_first)} (SD {_f(result.sd_first)}, "
              f"SE {_f(result.se_first)})")
        print(f"  Rata-rata {second_label}: {_f(result.mean_second)} (SD {_f(result.sd_second)}, "
              f"SE {_f(result.se_second)})")
        print(f"  Korelasi r = {_f(result.correlation, 3)}, Sig. "
              f"{'.' if result.correlation_p is None else format_sig_spss(result.correlation_p)}")
        print(f"  Selisih rata-rata {_f(result.mean_diff)}, SD {_f(result.sd_diff)}, "
              f"SE {_f(result.se_diff)}")
        print(f"  IK {result.confidence:.0%}: {_f(result.ci_low)} s.d. {_f(result.ci_high)}")
        print(f"  t = {_f(result.t, 3)}, df = {result.df}, Sig. (2-tailed) = "
              f"{format_sig_spss(result.p_two_tailed)}")
        print(f"  {result.decision}")
    if args.pdf:
        print(f"PDF ditulis: {args.pdf}", file=sys.stderr if args.json else sys.stdout)
    return 0
