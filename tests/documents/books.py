"""Books the document tests build (tests/documents/conftest.py's ``book`` and the @prepared
fixtures that start from it)."""

import datetime as dt
from types import SimpleNamespace

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.resources import resource
from kamura_desktop.services import membership, savings, settings
from kamura_desktop.services.actor import Actor

NIK = "3217014503850001"  # a woman born 5 March 1985 in Kab. Bandung Barat


def member_book(db, actors) -> SimpleNamespace:
    """A small cooperative: profile and logo, one member with pokok, wajib and sukarela
    movements (a deposit and a withdrawal with their kwitansi)."""
    system = Actor.system()
    settings.update_profile(db, actor=system, **DEMO_PROFILE)
    settings.set_logo(db, actor=system, data=resource("logo.png").read_bytes(),
                      filename="logo.png")
    clerk = actors["petugas"]
    member = membership.register_member(db, actor=clerk, data=membership.MemberInput(
        name="Siti Aminah", nik=NIK, sex="P", joined_on=dt.date(2024, 1, 15),
        kk_number="3217010101100007", birth_place="Bandung Barat", birth_date=dt.date(1985, 3, 5),
        kampung="Cibitung", rt="2", rw="8", desa="Mekarmukti", kecamatan="Cihampelas",
        phone="0812-2233-4455", trade="Pindang", ktp_on_file=True)).value.member

    def deposit(kind, amount, on):
        return savings.record_deposit(db, actor=clerk, member_id=member.id, kind=kind,
                                      amount=amount, on_date=on).value

    deposit("pokok", 50_000, dt.date(2024, 1, 15))
    for month in (1, 2, 3):
        deposit("wajib", 10_000, dt.date(2024, month, 20))
    sukarela = deposit("sukarela", 125_000, dt.date(2024, 2, 1))
    withdrawal = savings.record_withdrawal(db, actor=clerk, member_id=member.id,
                                           amount=75_000, on_date=dt.date(2024, 3, 1)).value
    return SimpleNamespace(db=db, actors=actors, member=member, deposit=sukarela,
                           withdrawal=withdrawal)
