"""Membership book: registering and editing members, documents, status and leaving.

Savings money lives in :mod:`kamura_desktop.services.savings` (the book before this one:
the member list shows balances and arrears, a leaving member gets the savings back). Later
books are asked through :mod:`.events`: ``LeaveBlockers`` (reasons a member may not leave
yet: an open credit, a tanggung-renteng debt, lender money still out), ``MemberDebts``
(amounts deducted from the refund), ``LenderIds`` and ``BorrowerIds`` (the member list's
filters). The savings book tells this one when the simpanan pokok is paid
(``events.PokokPaid`` → :func:`on_pokok_paid`: the calon anggota becomes active).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from sqlalchemy import BigInteger, Select, and_, bindparam, cast, func, or_, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Blob, Sequence
from kamura_desktop.db.models.membership import Member, MemberDocument, SavingsTransaction
from kamura_desktop.db.portable import nocase
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import FieldProblems, NotFound, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.nik import mask_nik, nik_warnings, validate_kk, validate_nik
from kamura_desktop.domain.text import clean_search, clean_text, is_digits, normalise, search_fold
from kamura_desktop.dto.membership import (  # re-exported: the member DTOs live in dto/
    SEX_LABELS,
    STATUS_LABELS,
    MemberDTO,
    MemberInput,
)

from . import audit, events, ledger, savings
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .numbering import next_number
from .permissions import PERMISSIONS, allowed, require

PETUGAS_UP = frozenset({"petugas", "bendahara", "ketua"})
PERMISSIONS.update({
    "members.view": (frozenset({"petugas", "bendahara", "ketua", "admin"}), "melihat data anggota"),
    "members.edit": (PETUGAS_UP, "mendaftarkan atau mengubah data anggota"),
    "members.leave": (frozenset({"bendahara", "ketua"}), "memproses anggota keluar"),
    "members.import": (frozenset({"petugas", "bendahara", "ketua", "admin"}), "mengimpor data anggota"),
})

settings_service.DEFAULTS.update({
    "members.number_prefix": "KMR-",
    "members.number_digits": 4,
})

TKM_ROLES = (
    "Ketua", "Sekretaris", "Bendahara", "Pendamping Koperasi", "Koordinator Tim Lender",
    "Koordinator Konsumsi", "Koordinator Dokumentasi", "Koordinator Logistik",
)


@dataclass(frozen=True)
class MemberSaved:
    member: MemberDTO
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class MemberDocumentDTO:
    id: int
    kind: str
    filename: str
    mime_type: str
    added_at: dt.datetime


def member_dto(m: Member) -> MemberDTO:
    return MemberDTO(**{f.name: getattr(m, f.name) for f in fields(MemberDTO)})


# ------------------------------------------------------------------ validation

def _clean(text: str | None) -> str | None:
    text = normalise(text) if isinstance(text, str) else ""
    return text or None


def _rt_rw(value: str | None, field: str) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    if not is_digits(value) or len(value) > 3:
        raise UserError("RT/RW harus angka, misalnya 003.", field=field)
    return f"{int(value):03d}"


#: the member form's free-text fields: (label in messages, kind of limit in domain/limits)
MEMBER_TEXT: dict[str, tuple[str, str]] = {
    "name": ("Nama anggota", "name"), "birth_place": ("Tempat lahir", "place"),
    "kampung": ("Kampung", "place"), "desa": ("Desa", "place"),
    "kecamatan": ("Kecamatan", "place"), "phone": ("Nomor telepon", "short"),
    "trade": ("Jenis usaha", "place"), "notes": ("Catatan", "note"),
}


def validate_member(data: MemberInput, *, today: dt.date | None = None) -> tuple[MemberInput, list[str]]:
    """Check and normalise a member form. Returns the clean input and warnings (not blocks).
    Every field is checked: one UserError names all the fields that are wrong (``fields``)."""
    today = today or dt.date.today()
    problems = FieldProblems()
    text: dict[str, str | None] = {}
    for key, (label, kind) in MEMBER_TEXT.items():
        with problems.field(key):
            text[key] = clean_text(getattr(data, key), field=key, label=label, kind=kind,
                                   multiline=key == "notes")
    name = text.get("name")
    if not name and not problems.has("name"):
        problems.add("name", "Nama anggota wajib diisi.")
    if data.sex not in SEX_LABELS:
        problems.add("sex", "Jenis kelamin harus L (laki-laki) atau P (perempuan).")
    nik = kk = None
    with problems.field("nik"):
        nik = validate_nik(data.nik, field="nik")
    with problems.field("kk_number"):
        kk = validate_kk(data.kk_number, field="kk_number") if _clean(
            str(data.kk_number) if data.kk_number is not None else None) else None
    if data.birth_date and data.birth_date > today:
        problems.add("birth_date", "Tanggal lahir tidak boleh di masa depan.")
    if data.joined_on is None:
        problems.add("joined_on", "Tanggal masuk wajib diisi.")
    elif data.joined_on > today:
        problems.add("joined_on", "Tanggal masuk tidak boleh di masa depan.")
    elif data.birth_date and data.joined_on < data.birth_date:
        problems.add("joined_on", "Tanggal masuk sebelum tanggal lahir.")
    phone = text.get("phone")
    if phone and not is_digits(phone.replace("-", "").replace(" ", "").lstrip("+")):
        problems.add("phone", "Nomor telepon hanya boleh angka, spasi, + atau -.")
    tkm = None
    with problems.field("tkm_role"):
        tkm = clean_text(data.tkm_role, field="tkm_role", label="Peran TKM", kind="short")
        if tkm and tkm not in TKM_ROLES:
            raise UserError(f"Peran TKM '{tkm}' tidak dikenal.", field="tkm_role")
    rt = rw = None
    with problems.field("rt"):
        rt = _rt_rw(data.rt, "rt")
    with problems.field("rw"):
        rw = _rt_rw(data.rw, "rw")
    problems.raise_if_any()
    clean = replace(
        data, name=name, nik=nik, kk_number=kk, birth_place=text["birth_place"],
        kampung=text["kampung"], rt=rt, rw=rw,
        desa=text["desa"], kecamatan=text["kecamatan"], phone=phone,
        trade=text["trade"], tkm_role=tkm, notes=text["notes"],
    )
    return clean, nik_warnings(nik, data.birth_date, data.sex)


def _search_text(m: Member | MemberInput, number: str) -> str:
    parts = [number, m.name, m.nik, f"{m.rt or ''}/{m.rw or ''}", f"rt {m.rt or ''}",
             f"rw {m.rw or ''}", m.kampung or "", m.trade or ""]
    return search_fold(" ".join(p for p in parts if p))


def _check_nik_free(s: Session, nik: str, *, except_id: int | None = None) -> None:
    q = select(Member.number, Member.name).where(Member.nik == nik, Member.status != "left")
    if except_id is not None:
        q = q.where(Member.id != except_id)
    other = s.execute(q).first()
    if other:
        raise UserError(f"NIK {nik} sudah dipakai anggota {other.number} ({other.name}).",
                        field="nik", code="nik_taken")


def format_member_number(prefix: str, digits: int, n: int) -> str:
    return f"{prefix}{n:0{digits}d}"


def _new_number(s: Session, *, nik: str | None = None) -> str:
    """The next free member number. ``nik``: refuse a NIK another member (not left) holds,
    asked in the statement that looks at the first number (one round trip, not two)."""
    prefix = settings_service.get_value(s, "members.number_prefix")
    digits = int(settings_service.get_value(s, "members.number_digits"))
    while True:
        number = format_member_number(prefix, digits, next_number(s, "member"))
        if nik is None:
            if s.scalar(select(Member.id).where(Member.number == number)) is None:
                return number
            continue
        taken = False
        # plain Core (no flush first: the member counter just moved waits for the member's
        # own flush) unless a member waits in the session unwritten
        run = s.execute if any(isinstance(o, Member) for o in s.new) else s.connection().execute
        for other_number, name, other_nik, status in run(_NUMBER_OR_NIK,
                                                         {"number": number, "nik": nik}):
            if other_nik == nik and status != "left":
                raise UserError(f"NIK {nik} sudah dipakai anggota {other_number} ({name}).",
                                field="nik", code="nik_taken")
            taken = taken or other_number == number
        nik = None  # checked
        if not taken:
            return number


#: the members holding a number or a NIK (:func:`_new_number`)
_NUMBER_OR_NIK = select(Member.number, Member.name, Member.nik, Member.status).where(
    or_(Member.number == bindparam("number"), Member.nik == bindparam("nik")))


def _get(s: Session, member_id: int) -> Member:
    m = s.get(Member, member_id)
    if m is None:
        raise NotFound(f"Anggota #{member_id} tidak ditemukan.")
    return m


# ------------------------------------------------------------------ writes

def add_member_in_session(s: Session, actor: Actor, clean: MemberInput, *, number: str | None = None,
                          status: str = "applicant") -> Member:
    """Insert a validated member inside the caller's transaction (register and import)."""
    if number is None:
        number = _new_number(s, nik=clean.nik)  # the NIK checked in the same statement
    else:
        _check_nik_free(s, clean.nik)
        if s.scalar(select(Member.id).where(Member.number == number)) is not None:
            raise UserError(f"Nomor anggota {number} sudah dipakai.", field="number")
    now = dt.datetime.now().replace(microsecond=0)
    values = {f.name: getattr(clean, f.name) for f in fields(MemberInput)}
    m = Member(number=number, status=status, created_at=now, updated_at=now,
               activated_on=clean.joined_on if status == "active" else None,
               search_text=_search_text(clean, number), **values)
    s.add(m)
    audit.record(s, actor, action="member.create", entity="member", entity_id=m.number,
                 summary=f"{m.name}, NIK {m.nik}")
    s.flush()  # the member (its id), its audit row and the counter: one flush
    return m


def add_members_in_session(s: Session, actor: Actor,
                           members: list[tuple[MemberInput, str | None, str]]) -> list[Member]:
    """Insert many validated members at once (the Excel import): ``(clean input, number or
    None, status)`` each. The caller has already checked, in this transaction, that their
    NIKs and numbers are free; members without a number get the next free ones. One batch
    of INSERTs instead of several queries per member (5,000 members in a few seconds)."""
    prefix = settings_service.get_value(s, "members.number_prefix")
    digits = int(settings_service.get_value(s, "members.number_digits"))
    used = set(s.scalars(select(Member.number))) | {n for _, n, _ in members if n}
    now = dt.datetime.now().replace(microsecond=0)
    rows: list[Member] = []
    seq = None
    if any(number is None for _, number, _ in members):
        # reserve a block of the running number: one UPDATE, not a query pair per member
        following = next_number(s, "member")
        seq = s.get(Sequence, "member")
    for clean, number, status in members:
        while number is None:
            candidate = format_member_number(prefix, digits, following)
            following += 1
            number = candidate if candidate not in used else None
        used.add(number)
        values = {f.name: getattr(clean, f.name) for f in fields(MemberInput)}
        rows.append(Member(number=number, status=status, created_at=now, updated_at=now,
                           activated_on=clean.joined_on if status in ("active", "left") else None,
                           search_text=_search_text(clean, number), **values))
    if seq is not None:
        seq.next_value = following
    s.add_all(rows)
    s.flush()
    for m in rows:
        audit.record(s, actor, action="member.create", entity="member", entity_id=m.number,
                     summary=f"{m.name}, NIK {m.nik}")
    return rows


def register_member(db: Database, *, actor: Actor, data: MemberInput) -> Outcome[MemberSaved]:
    """Register a new member (status: calon anggota until the simpanan pokok is paid)."""
    require(actor, "members.edit")
    clean, warnings = validate_member(data)
    with db.write() as s:
        m = add_member_in_session(s, actor, clean)
        dto = member_dto(m)
    return Outcome(MemberSaved(dto, tuple(warnings)), Changes(members=True))


def update_member(db: Database, *, actor: Actor, member_id: int, data: MemberInput) -> Outcome[MemberSaved]:
    require(actor, "members.edit")
    clean, warnings = validate_member(data)
    with db.write() as s:
        m = _get(s, member_id)
        if m.status == "left":
            raise UserError(f"{m.name} sudah keluar; datanya tidak dapat diubah lagi.")
        if clean.joined_on != m.joined_on and _has_savings(s, m.id):
            raise UserError("Tanggal masuk tidak dapat diubah setelah ada simpanan "
                            "(tunggakan wajib dihitung darinya).", field="joined_on")
        _check_nik_free(s, clean.nik, except_id=m.id)
        before = {f.name: getattr(m, f.name) for f in fields(MemberInput)}
        after = {f.name: getattr(clean, f.name) for f in fields(MemberInput)}
        for key, value in after.items():
            setattr(m, key, value)
        m.search_text = _search_text(m, m.number)
        m.updated_at = dt.datetime.now().replace(microsecond=0)
        audit.record(s, actor, action="member.update", entity="member", entity_id=m.number,
                     summary=audit.describe_change(
                         {k: str(v) for k, v in before.items()}, {k: str(v) for k, v in after.items()}))
        dto = member_dto(m)
    return Outcome(MemberSaved(dto, tuple(warnings)), Changes(members=True))


def _has_savings(s: Session, member_id: int) -> bool:
    return s.scalar(select(SavingsTransaction.id).where(SavingsTransaction.member_id == member_id)
                    .limit(1)) is not None


def on_pokok_paid(s: Session, event: events.PokokPaid) -> Changes:
    """The simpanan pokok is paid in full: the calon anggota becomes an active member."""
    activate_in_session(s, event.actor, event.member, event.on_date, at=event.at)
    return Changes(members=True)


def activate_in_session(s: Session, actor: Actor, m: Member, on_date: dt.date, *,
                        at: dt.datetime | None = None) -> None:
    if m.status == "active":
        return
    if m.status == "left":
        raise UserError(f"{m.name} sudah keluar.")
    m.status = "active"
    m.activated_on = on_date
    m.updated_at = dt.datetime.now().replace(microsecond=0)
    audit.record(s, actor, action="member.activate", entity="member", entity_id=m.number,
                 summary=f"aktif sejak {format_date_id(on_date)}", at=at)


def add_member_document(
    db: Database, *, actor: Actor, member_id: int, kind: str, data: bytes, filename: str
) -> Outcome[MemberDocumentDTO]:
    """Keep a scanned KTP/KK (PNG, JPEG or PDF) with the member's data; ticks its box."""
    require(actor, "members.edit")
    if kind not in ("ktp", "kk", "lain"):
        raise UserError("Jenis dokumen harus KTP, KK atau lain.", field="kind")
    if data.startswith(b"\x89PNG"):
        mime = "image/png"
    elif data.startswith(b"\xff\xd8"):
        mime = "image/jpeg"
    elif data.startswith(b"%PDF"):
        mime = "application/pdf"
    else:
        raise UserError("Dokumen harus berupa gambar PNG/JPEG atau PDF.", field="document")
    if len(data) > 5_000_000:
        raise UserError("Dokumen terlalu besar (maksimal 5 MB).", field="document")
    with db.write() as s:
        m = _get(s, member_id)
        now = dt.datetime.now().replace(microsecond=0)
        blob = Blob(kind=f"member_{kind}", filename=filename, mime_type=mime, data=data, created_at=now)
        s.add(blob)
        s.flush()
        doc = MemberDocument(member_id=m.id, kind=kind, blob_id=blob.id, added_at=now)
        s.add(doc)
        if kind == "ktp":
            m.ktp_on_file = True
        elif kind == "kk":
            m.kk_on_file = True
        s.flush()
        audit.record(s, actor, action="member.document", entity="member", entity_id=m.number,
                     summary=f"{kind}: {filename}")
        dto = MemberDocumentDTO(doc.id, kind, filename, mime, now)
    return Outcome(dto, Changes(members=True))


def member_documents(db: Database, member_id: int) -> list[MemberDocumentDTO]:
    with db.read() as s:
        q = (select(MemberDocument, Blob).join(Blob, Blob.id == MemberDocument.blob_id)
             .where(MemberDocument.member_id == member_id).order_by(MemberDocument.id))
        return [MemberDocumentDTO(d.id, d.kind, b.filename, b.mime_type, d.added_at)
                for d, b in s.execute(q)]


def document_data(db: Database, document_id: int) -> bytes:
    with db.read() as s:
        doc = s.get(MemberDocument, document_id)
        if doc is None:
            raise NotFound("Dokumen tidak ditemukan.")
        return s.get(Blob, doc.blob_id).data


# ------------------------------------------------------------------ reads

def get_member(db: Database, member_id: int) -> MemberDTO:
    with db.read() as s:
        return member_dto(_get(s, member_id))


def find_member_by_number(db: Database, number: str) -> MemberDTO:
    with db.read() as s:
        m = s.scalar(select(Member).where(func.upper(Member.number) == number.strip().upper()))
        if m is None:
            raise NotFound(f"Anggota dengan nomor {number} tidak ditemukan.", field="number")
        return member_dto(m)


def count_members(db: Database, *, status: str | None = None) -> int:
    with db.read() as s:
        q = select(func.count(Member.id))
        if status:
            q = q.where(Member.status == status)
        return s.scalar(q) or 0


# ------------------------------------------------------------------ search

@dataclass(frozen=True)
class MemberFilter:
    query: str = ""
    status: str | None = None        # applicant | active | left | None (all)
    wajib_arrears: bool | None = None  # True: only members in arrears
    lender: bool | None = None
    borrower: bool | None = None


SORT_COLUMNS = {
    # names sort as people read them: "Aep" before "ASEP"
    "number": Member.number, "name": nocase(Member.name), "nik": Member.nik,
    "rt_rw": Member.rw, "kampung": nocase(Member.kampung),
    "trade": nocase(Member.trade), "status": Member.status,
    "joined_on": Member.joined_on,
}


def _page_balance(page, kind: str, as_of: dt.date):
    """The member's ``kind`` balance as of a date, for each row of ``page`` (a correlated
    subquery answered from ix_savings_member_kind_date alone)."""
    st = SavingsTransaction
    return (select(cast(func.coalesce(func.sum(st.amount), 0), BigInteger))
            .where(st.member_id == page.c.id, st.kind == kind, st.on_date <= as_of)
            .scalar_subquery().label(kind))


def _order(columns, sort: str, descending: bool) -> list:
    """The ORDER BY of a list sorted by ``sort`` over ``columns`` (the members table's or a
    subquery's). The member number is unique: sorted by it alone, so that SQLite can walk
    an index holding the number for the first page; every other sort ends with the id."""
    if sort not in SORT_COLUMNS:
        sort = "number"
    col = {"rt_rw": columns.rw}.get(sort, getattr(columns, sort, None))
    if sort in ("name", "kampung", "trade"):
        col = nocase(col)
    first = col.desc() if descending else col.asc()
    return [first] if sort == "number" else [first, columns.id]


def _search_words(text: str) -> list[str]:
    """The words of a search, keeping "rt 3" / "rw 008" together as one phrase ("rt 003"):
    apart, "003" would also find members whose NIK or phone holds 003. A number that starts
    with 0 is kept as typed, so that "rt 0" already narrows the list while typing."""
    words, out = text.split(" "), []
    while words:
        word = words.pop(0)
        if word in ("rt", "rw") and words and words[0].isascii() and words[0].isdigit() \
                and len(words[0]) <= 3:
            number = words.pop(0)
            word = f"{word} {number if number.startswith('0') else f'{int(number):03d}'}"
        out.append(word)
    return out


def filtered_member_ids(s: Session, flt: MemberFilter) -> Select:
    """SELECT of member ids matching the filter's text, status, lender and borrower parts."""
    q = select(Member.id)
    conditions = []
    text = search_fold(clean_search(flt.query))
    if not text and isinstance(flt.query, str) and flt.query.strip():
        return q.where(and_(False))  # only invisible characters typed (a NUL …): nobody
    if text:
        for word in _search_words(text):
            word = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(Member.search_text.like(f"%{word}%", escape="\\"))
    if flt.status:
        conditions.append(Member.status == flt.status)
    if flt.lender is not None:
        ids = events.ask(s, events.LenderIds())
        cond = or_(*[Member.id.in_(x) for x in ids]) if ids else and_(False)
        conditions.append(cond if flt.lender else ~cond)
    if flt.borrower is not None:
        ids = events.ask(s, events.BorrowerIds())
        cond = or_(*[Member.id.in_(x) for x in ids]) if ids else and_(False)
        conditions.append(cond if flt.borrower else ~cond)
    return q.where(*conditions) if conditions else q


# ------------------------------------------------------------------ the member list

@dataclass(frozen=True)
class MemberRow:
    """One line of the member list (what the clerk sees and what Excel export writes)."""

    id: int
    number: str
    name: str
    nik: str
    sex: str
    rt: str | None
    rw: str | None
    kampung: str | None
    trade: str | None
    phone: str | None
    joined_on: dt.date
    status: str
    pokok: int
    wajib: int
    sukarela: int
    wajib_arrears: int

    @property
    def rt_rw(self) -> str:
        return f"{self.rt or '-'}/{self.rw or '-'}"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class MemberPage:
    rows: tuple[MemberRow, ...]
    total: int  # matching members, all pages
    offset: int


BALANCE_SORTS = ("pokok", "wajib", "sukarela", "wajib_arrears")

#: rows the member list asks for at a time: a screenful or two (the next page comes when the
#: clerk scrolls), so that a keystroke sums the balances of the rows seen, not of 200
LIST_PAGE_ROWS = 50


def list_members(
    db: Database,
    flt: MemberFilter = MemberFilter(),
    *,
    as_of: dt.date | None = None,
    offset: int = 0,
    limit: int | None = 200,
    sort: str = "number",
    descending: bool = False,
    actor: Actor | None = None,
) -> MemberPage:
    """A page of the member list with balances and wajib arrears as of a date. With
    ``actor``, the NIKs are as that user's role may see them in a list (masked
    ``3217••••••••0442`` without ``members.nik.view``; see permissions.nik_in_list)."""
    # decided once for the page; the rows are built with the NIK as shown (no second pass)
    shown = None if actor is None or allowed(actor, "members.nik.view") else mask_nik
    return _member_page(db, flt, as_of=as_of, offset=offset, limit=limit, sort=sort,
                        descending=descending, shown=shown)


def _member_page(db: Database, flt: MemberFilter, *, as_of: dt.date | None, offset: int,
                 limit: int | None, sort: str, descending: bool, shown) -> MemberPage:
    """:func:`list_members`; ``shown``: None (every NIK whole) or how a NIK is shown.

    Text, status, lender and borrower filters and the usual sorts run in SQL with LIMIT, and
    balances are summed only for the page. Filtering or sorting by a balance or by arrears
    needs every matching member's figures and costs more (one grouped query).
    """
    as_of = as_of or dt.date.today()
    with db.read() as s:
        calc = savings.WajibCalculator(savings.rate_table(s), as_of)
        # the filter's conditions straight on members (not "id IN (subquery)"), so that SQLite
        # can walk the number index for the first page instead of sorting every member
        where = filtered_member_ids(s, flt).whereclause
        base, count_q = select(*_ROW_COLUMNS), select(func.count(Member.id))
        if where is not None:
            base, count_q = base.where(where), count_q.where(where)
        needs_all = flt.wajib_arrears is not None or sort in BALANCE_SORTS
        if not needs_all:
            # the page and its balances in one statement; the balances are summed for the
            # page's rows only (LIMIT inside, the sums outside)
            q = base.order_by(*_order(Member, sort, descending)).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            page = q.subquery()
            members = list(s.execute(
                select(page, *(_page_balance(page, kind, as_of) for kind in savings.KINDS))
                .order_by(*_order(page.c, sort, descending))))
            rows = [_row(m, m._mapping, calc, shown) for m in members]
            if rows and (limit is None or len(rows) < limit):
                total = offset + len(rows)  # the last match is on this page: no pass to count
            elif not rows and offset == 0 and limit != 0:
                total = 0
            else:
                total = s.scalar(count_q) or 0
            return MemberPage(tuple(rows), total, offset)
        members = list(s.execute(base))
        sums = savings.sums_by_member(s, None, as_of=as_of)
        rows = [_row(m, sums.get(m.id), calc, shown) for m in members]
    if flt.wajib_arrears is not None:
        rows = [r for r in rows if (r.wajib_arrears > 0) == flt.wajib_arrears]
    key = sort if sort in BALANCE_SORTS else sort if sort in SORT_COLUMNS else "number"
    rows.sort(key=lambda r: (str(getattr(r, key if key != "rt_rw" else "rw") or "").lower(), r.id)
              if key not in BALANCE_SORTS else (getattr(r, key), r.id), reverse=descending)
    end = None if limit is None else offset + limit
    return MemberPage(tuple(rows[offset:end]), len(rows), offset)


#: what a list row needs: plain column tuples load several times faster than whole members
_ROW_COLUMNS = (Member.id, Member.number, Member.name, Member.nik, Member.sex, Member.rt,
                Member.rw, Member.kampung, Member.trade, Member.phone, Member.joined_on,
                Member.status)


def _row(m, sums: dict[str, int] | None, calc, shown=None) -> MemberRow:
    """``m``: a row of ``_ROW_COLUMNS`` (or a Member)."""
    sums = sums or {"pokok": 0, "wajib": 0, "sukarela": 0}
    arrears = 0 if m.status == "left" else calc.arrears(m.joined_on, max(0, sums["wajib"]))
    return MemberRow(
        id=m.id, number=m.number, name=m.name, nik=shown(m.nik) if shown else m.nik, sex=m.sex, rt=m.rt, rw=m.rw,
        kampung=m.kampung, trade=m.trade, phone=m.phone, joined_on=m.joined_on, status=m.status,
        pokok=sums["pokok"], wajib=sums["wajib"], sukarela=sums["sukarela"], wajib_arrears=arrears,
    )


# ------------------------------------------------------------------ leaving

@dataclass(frozen=True)
class LeaveQuote:
    """What a member who leaves gets back, and why they may not leave yet."""

    member_id: int
    on_date: dt.date
    pokok: int
    wajib: int
    sukarela: int
    debts: tuple[tuple[str, int, str], ...]  # (description, amount, receivable account)
    blockers: tuple[str, ...]
    receipt_no: str | None = None  # the bukti kas keluar of the refund, once paid

    @property
    def owed(self) -> int:
        return sum(a for _, a, _ in self.debts)

    @property
    def gross(self) -> int:
        return self.pokok + self.wajib + self.sukarela

    @property
    def refund(self) -> int:
        return self.gross - self.owed

    @property
    def can_leave(self) -> bool:
        return not self.blockers and self.refund >= 0


def _leave_quote(s: Session, m: Member, on_date: dt.date) -> LeaveQuote:
    sums = savings.sums_by_member(s, [m.id]).get(m.id, {"pokok": 0, "wajib": 0, "sukarela": 0})
    blockers: list[str] = []
    if m.status == "left":
        blockers.append(f"{m.name} sudah keluar pada {format_date_id(m.left_on)}.")
    for reasons in events.ask(s, events.LeaveBlockers(m.id, on_date)):
        blockers.extend(reasons)
    held = savings.holds_by_member(s, [m.id]).get(m.id, 0)
    if held:
        blockers.append(f"Masih ada dana lender yang dikomitmenkan {format_rupiah(held)}.")
    debts: list[tuple[str, int, str]] = []
    for owed in events.ask(s, events.MemberDebts(m.id, on_date)):
        debts.extend(owed)
    quote = LeaveQuote(m.id, on_date, sums["pokok"], sums["wajib"], sums["sukarela"],
                       tuple(debts), tuple(blockers))
    if quote.refund < 0:
        blockers.append(f"Kewajiban {format_rupiah(quote.owed)} lebih besar dari simpanan "
                        f"{format_rupiah(quote.gross)}; lunasi dulu selisihnya.")
        quote = replace(quote, blockers=tuple(blockers))
    return quote


def leave_quote(db: Database, member_id: int, *, on_date: dt.date | None = None) -> LeaveQuote:
    with db.read() as s:
        return _leave_quote(s, _get(s, member_id), on_date or dt.date.today())


def member_leave(db: Database, *, actor: Actor, member_id: int, on_date: dt.date,
                 reason: str) -> Outcome[LeaveQuote]:
    """A member leaves: refused with the reasons while credit, joint-liability debt or lender
    commitments remain; otherwise pokok, wajib and sukarela are paid back in cash less what
    is owed (one journal entry) and the status becomes 'keluar'."""
    require(actor, "members.leave")
    if not (reason or "").strip():
        raise UserError("Alasan keluar wajib diisi.", field="reason")
    if on_date > dt.date.today():
        raise UserError("Tanggal keluar tidak boleh di masa depan.", field="on_date")
    with db.write() as s:
        m = _get(s, member_id)
        quote = _leave_quote(s, m, on_date)
        if not quote.can_leave:
            raise UserError("Anggota belum dapat keluar: " + " ".join(quote.blockers),
                            code="leave_refused")
        # the refund rows may not come before money already moved (balances would dip below 0)
        last = s.scalar(select(func.max(SavingsTransaction.on_date))
                        .where(SavingsTransaction.member_id == m.id))
        earliest = max(m.joined_on, last or m.joined_on)
        if on_date < earliest:
            raise UserError(f"Tanggal keluar tidak boleh sebelum {format_date_id(earliest)} "
                            "(tanggal masuk atau transaksi simpanan terakhir).", field="on_date")
        lines = [ledger.Line(savings.ACCOUNTS[k], debit=v)
                 for k, v in (("pokok", quote.pokok), ("wajib", quote.wajib),
                              ("sukarela", quote.sukarela)) if v > 0]
        if quote.refund > 0:
            lines.append(ledger.Line(Acc.KAS, credit=quote.refund))
        for description, amount, account in quote.debts:
            if amount > 0:
                lines.append(ledger.Line(account, credit=amount, memo=description[:200]))
        entry = None
        if lines:
            entry = ledger.post_entry(s, actor, on_date=on_date,
                                      description=f"Pengembalian simpanan anggota keluar {m.number} {m.name}",
                                      lines=lines, source_type="member_leave", source_id=m.number)
        if quote.refund > 0:  # the cash handed over gets its bukti kas keluar (BKK-)
            parts = ", ".join(f"{k} {format_rupiah(v)}" for k, v in (
                ("pokok", quote.pokok), ("wajib", quote.wajib), ("sukarela", quote.sukarela)) if v)
            purpose = f"Pengembalian simpanan anggota keluar ({parts})"
            if quote.owed:
                purpose += f", dikurangi kewajiban {format_rupiah(quote.owed)}"
            quote = replace(quote, receipt_no=savings.add_payout_receipt_in_session(
                s, actor, entry=entry, member_id=m.id, kind="member_leave", amount=quote.refund,
                on_date=on_date, purpose=purpose, source_id=m.number))
        for kind in ("pokok", "wajib", "sukarela"):
            amount = getattr(quote, kind)
            if amount:  # a non-zero balance always has its line in the entry
                savings.post_for_entry_in_session(
                    s, actor, entry=entry, member_id=m.id, kind=kind, tx_type="pengembalian",
                    amount=-amount, on_date=on_date, note=reason.strip())
        m.status = "left"
        m.left_on = on_date
        m.updated_at = dt.datetime.now().replace(microsecond=0)
        audit.record(s, actor, action="member.leave", entity="member", entity_id=m.number,
                     summary=f"keluar {format_date_id(on_date)}: {reason.strip()}; dikembalikan "
                             f"{format_rupiah(quote.refund)}"
                             + (f" ({quote.receipt_no})" if quote.receipt_no else ""))
    return Outcome(quote, Changes(members=True, savings=True, ledger=True))
