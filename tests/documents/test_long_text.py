"""Every member printout survives the longest text the services accept (issue 21 item 11):
the kwitansi (both sizes), the passbook and the registration form are built from a member,
a cooperative profile, a cashier and notes all at their length limits — as one unbroken
"word" and as long real words — without ReportLab's LayoutError, and the name is printed."""

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from kamura_desktop.domain.limits import MAX_AMOUNT, TEXT_LIMITS
from kamura_desktop.services import member_io, membership, savings, settings, users
from kamura_desktop.services.actor import Actor
from tests.helpers_books import prepared

from .pdf_text import page_texts

NIK = "3217014503850001"


def _fill(kind: str, word: str) -> str:
    """Text of exactly the limit of ``kind``: ``word`` repeated, with spaces between."""
    limit = TEXT_LIMITS[kind]
    text = ((word + " ") * limit)[:limit] if len(word) > 1 else word * limit
    return text if not text.endswith(" ") else text[:-1] + word[0]


def _longest(db, actors, word: str):
    """A member, the cooperative and a cashier with every text at its limit, filled with
    ``word``; a pokok deposit and 28 sukarela deposits of the largest amount."""
    settings.update_profile(
        db, actor=Actor.system(), name=_fill("name", word), short_name=_fill("short", word),
        address=_fill("address", word), village=_fill("place", word),
        district=_fill("place", word), regency=_fill("place", word),
        province=_fill("place", word), legal_number=_fill("name", word),
        phone="0" * TEXT_LIMITS["short"])
    users.create_user(db, actor=actors["admin"], username="kasir", full_name=_fill("name", word),
                      role="petugas", password="kasir-rahasia-1")
    clerk = users.authenticate(db, "kasir", "kasir-rahasia-1")
    member = membership.register_member(db, actor=clerk, data=membership.MemberInput(
        name=_fill("name", word), nik=NIK, sex="P", joined_on=dt.date(2024, 1, 15),
        kk_number="3217010101100007", birth_place=_fill("place", word),
        birth_date=dt.date(1985, 3, 5), kampung=_fill("place", word), rt="2", rw="8",
        desa=_fill("place", word), kecamatan=_fill("place", word),
        phone="0" * TEXT_LIMITS["short"], trade=_fill("place", word),
        notes=_fill("note", word), ktp_on_file=True)).value.member
    tx = [savings.record_deposit(db, actor=clerk, member_id=member.id, kind="pokok",
                                 amount=50_000, on_date=dt.date(2024, 1, 15),
                                 note=_fill("reason", word)).value]
    for day in range(1, 29):  # more than a passbook page, every line with the longest note
        tx.append(savings.record_deposit(db, actor=clerk, member_id=member.id,
                                         kind="sukarela", amount=MAX_AMOUNT,
                                         on_date=dt.date(2024, 2, day),
                                         note=_fill("reason", word)).value)
    return db, member, tx, _fill("name", word), word


@prepared
def longest_one_word(db, actors):
    return _longest(db, actors, "W")


@prepared
def longest_long_words(db, actors):
    return _longest(db, actors, "Wirasasmita")


def _text(path) -> str:
    return re.sub(r"\s+", "", "".join(page_texts(path)))


def _keep(path: Path, word: str) -> None:
    """KAMURA_KEEP_PDF=DIR keeps the PDFs to look at (pdftoppm -png -r 60)."""
    if os.environ.get("KAMURA_KEEP_PDF"):
        out = Path(os.environ["KAMURA_KEEP_PDF"])
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{len(word)}-{path.name}").write_bytes(path.read_bytes())


class LongestText:
    """The tests, once for each filling (the subclasses: one unbroken word, long real words;
    each of their books built once per run and engine, a copy per test)."""

    @pytest.mark.parametrize("size", ["a6", "half_a4"])
    def test_receipt_with_the_longest_text(self, longest, tmp_path, size):
        db, member, tx, name, word = longest
        path = member_io.receipt_pdf(db, tx_id=tx[1].tx_id, path=tmp_path / f"kw-{size}.pdf",
                                     size=size)
        _keep(path, word)
        text = _text(path)
        assert "Rp10.000.000.000" in text
        assert name.replace(" ", "")[:40] in text

    def test_passbook_with_the_longest_text(self, longest, tmp_path):
        db, member, _tx, name, word = longest
        path = member_io.passbook_pdf(db, member_id=member.id, date_from=dt.date(2024, 1, 1),
                                      date_to=dt.date(2024, 12, 31), path=tmp_path / "buku.pdf")
        _keep(path, word)
        text = _text(path)
        assert name.replace(" ", "")[:40] in text
        assert "280.000.000.000" in text  # the sukarela balance after the 28 deposits

    def test_registration_form_with_the_longest_text(self, longest, tmp_path):
        db, member, _tx, name, word = longest
        path = member_io.registration_form_pdf(db, member_id=member.id, path=tmp_path / "form.pdf")
        _keep(path, word)
        assert name.replace(" ", "")[:40] in _text(path)


class TestOneWord(LongestText):
    @pytest.fixture
    def longest(self, longest_one_word):
        return longest_one_word


class TestLongWords(LongestText):
    @pytest.fixture
    def longest(self, longest_long_words):
        return longest_long_words
