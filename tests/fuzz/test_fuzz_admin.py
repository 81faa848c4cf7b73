"""Hypothesis over the office's own services (issue 21): users (create, passwords, roles,
deactivation), settings values, backup and restore (bad paths, hostile files, a wrong
passphrase), mentoring meetings and home visits, editing evaluation instruments and answer
scales — valid, boundary and hostile values, ids that do not exist and every role. After
each call the books' invariants hold and a refusal wrote nothing (harness.attack)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import backup, integrity, mentoring, settings, users
from kamura_desktop.services import evaluation as ev

from .harness import FUZZ, amounts, attack, dates, mostly_clean, role, roles, some_id, texts

passwords = st.one_of(st.just("sandi-baru-123"), st.just("pendek"), texts)


@FUZZ
@given(data=st.data())
def test_users(db, actors, tally, data):
    name = data.draw(st.one_of(st.sampled_from(["dewi", "asep_2", "admin"]), texts)) or ""
    attack(tally, "users.create_user", db, lambda: users.create_user(
        db, actor=actors[data.draw(role("admin"))], username=name,
        role=data.draw(st.one_of(roles, st.sampled_from(["", "root", "ADMIN"]), texts)) or "",
        full_name=data.draw(mostly_clean) or "", password=data.draw(passwords) or ""))
    who = data.draw(st.one_of(st.sampled_from(["petugas", "dewi", "admin"]), texts)) or ""
    old = data.draw(st.one_of(st.none(), st.just("petugas-sandi1"), texts))
    attack(tally, "users.change_password", db, lambda: users.change_password(
        db, actor=actors[data.draw(role("admin"))], username=who,
        new_password=data.draw(passwords) or "", old_password=old))
    attack(tally, "users.set_active", db, lambda: users.set_active(
        db, actor=actors[data.draw(role("admin"))], username=who, active=data.draw(st.booleans())))
    # nobody locks the office out: an active admin remains
    assert any(u.role == "admin" and u.active for u in users.list_users(db))


@FUZZ
@given(data=st.data())
def test_settings_values(db, actors, tally, data):
    keys = sorted(settings.DEFAULTS) + ["savings.pokok_amount", "savings.wajib_monthly",
                                         "members.number_digits", "members.number_prefix",
                                         "lender.service_share_pct", "shu.include_sukarela",
                                         "tidak.ada", ""]
    values = data.draw(st.dictionaries(st.sampled_from(keys), st.one_of(
        amounts, texts, st.booleans(), st.dates().map(dt.date.isoformat),
        st.sampled_from(["id", "en", "xx"])), min_size=1, max_size=3))
    attack(tally, "settings.update_settings", db, lambda: settings.update_settings(
        db, actor=actors[data.draw(role("admin"))], values=values))


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@FUZZ
@given(data=st.data())
def test_backup_and_restore(db, actors, tally, tmp_path, data):
    """Backups to bad paths; restores of hostile files and with wrong passphrases are refused
    with a message and leave the open books byte for byte as they were."""
    good = tmp_path / "baik.sqlite"
    if not good.exists():
        backup.backup_database(db, actor=actors["admin"], to=good)
        backup.backup_database(db, actor=actors["admin"], to=tmp_path / "baik.sqlite.enc",
                               passphrase="kata-sandi-panjang-1")
    target = data.draw(st.sampled_from([
        tmp_path / "salinan.sqlite", tmp_path / "tidak-ada" / "x" / "salinan.sqlite", tmp_path,
        db.path, tmp_path / "nul\x00.sqlite", tmp_path / ("p" * 300 + ".sqlite"), good]))
    attack(tally, "backup.backup_database", db, lambda: backup.backup_database(
        db, actor=actors[data.draw(role("admin"))], to=target,
        passphrase=data.draw(st.one_of(st.none(), st.just("kata-sandi-panjang-1"), texts))))

    raw = good.read_bytes()
    kind = data.draw(st.sampled_from(["random", "truncated", "flipped", "text", "empty",
                                      "missing", "encrypted", "itself", "good"]))
    source = tmp_path / f"serang-{kind}.sqlite"
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    if kind == "random":
        source.write_bytes(rng.randbytes(len(raw)))
    elif kind == "truncated":
        source.write_bytes(raw[: rng.randrange(len(raw))])
    elif kind == "flipped":
        buf = bytearray(raw)
        for _ in range(rng.randint(1, 50)):
            buf[rng.randrange(len(buf))] ^= 0xFF
        source.write_bytes(bytes(buf))
    elif kind == "text":
        source.write_text(data.draw(mostly_clean) or "", encoding="utf-8", errors="surrogatepass")
    elif kind == "empty":
        source.write_bytes(b"")
    elif kind == "missing":
        source = tmp_path / "tidak-ada.sqlite"
    elif kind == "encrypted":
        source = tmp_path / "baik.sqlite.enc"
    elif kind == "itself":
        source = db.path
    else:
        source = good
    passphrase = data.draw(st.one_of(st.none(), st.just("kata-sandi-panjang-1"), texts))
    restorer = actors[data.draw(role("admin"))]
    db.close()  # the app closes its connections before a restore
    before = _sha(db.path)
    tally["backup.restore_database", "tried"] += 1
    try:
        backup.restore_database(db.path, source=source, actor=restorer, passphrase=passphrase,
                                backup_dir=tmp_path / "pengaman")
    except UserError as exc:
        tally["backup.restore_database", "refused"] += 1
        assert exc.message
        if _sha(db.path) != before:
            tally["backup.restore_database", "lost"] += 1
            raise AssertionError(f"restore refused ({exc.message}) but the books changed") from exc
    except BaseException:
        tally["backup.restore_database", "lost"] += 1
        raise
    # either refused (books unchanged) or restored from a good backup: both check healthy
    report = integrity.check_database(db.path)
    if not report.ok:
        tally["backup.restore_database", "lost"] += 1
        raise AssertionError(f"books unhealthy after restore: {report}")


@FUZZ
@given(data=st.data())
def test_meetings_and_home_visits(db, actors, lend, tally, data):
    ids = lend.members(3)
    group = lend.group(ids)
    statuses = st.one_of(st.sampled_from(["present", "absent", "excused", "hadir", ""]), texts)
    attendance = [mentoring.AttendanceInput(
        member_id=data.draw(some_id(m)), status=data.draw(statuses) or "",
        reason=data.draw(mostly_clean), book_checked=data.draw(st.booleans()),
        check_note=data.draw(mostly_clean)) for m in data.draw(st.lists(st.sampled_from(ids),
                                                                 max_size=4))]
    form = mentoring.MeetingInput(
        group_id=data.draw(some_id(group.id)), held_on=data.draw(dates),
        facilitator=data.draw(mostly_clean) or "", place=data.draw(mostly_clean), supports=data.draw(mostly_clean),
        obstacles=data.draw(mostly_clean), business_problems=data.draw(mostly_clean),
        solutions=data.draw(mostly_clean), motivation=data.draw(mostly_clean), notes=data.draw(mostly_clean))
    attack(tally, "mentoring.record_meeting", db, lambda: mentoring.record_meeting(
        db, actor=actors[data.draw(role("petugas"))], data=form, attendance=attendance))
    visit = mentoring.HomeVisitInput(
        member_id=data.draw(some_id(ids[0])), visited_on=data.draw(dates),
        visitor=data.draw(mostly_clean) or "", purpose=data.draw(mostly_clean) or "",
        result=data.draw(mostly_clean), visitor_member_id=data.draw(st.one_of(st.none(),
                                                                        some_id(ids[1]))))
    attack(tally, "mentoring.add_home_visit", db, lambda: mentoring.add_home_visit(
        db, actor=actors[data.draw(role("petugas"))], data=visit))


@FUZZ
@given(data=st.data())
def test_instruments_and_scales(db, actors, tally, data):
    ksm = ev.instrument_by_code(db, "ksm")
    codes = st.one_of(st.sampled_from(["UJI", "ksm", "U1"]), texts)
    attack(tally, "evaluation.copy_instrument", db, lambda: ev.copy_instrument(
        db, actor=actors[data.draw(role("ketua"))], instrument_id=data.draw(some_id(ksm.id)),
        code=data.draw(codes) or "", name=data.draw(mostly_clean) or ""))
    items = st.lists(st.tuples(st.one_of(st.sampled_from(["A1", "A2", "B1"]), texts),
                               st.one_of(st.just("Pelayanan ramah"), texts)), max_size=4)
    indicators = data.draw(st.lists(st.tuples(st.one_of(st.just("Pelayanan"), texts), items),
                                    max_size=3))
    attack(tally, "evaluation.save_instrument", db, lambda: ev.save_instrument(
        db, actor=actors[data.draw(role("ketua"))],
        instrument_id=data.draw(st.one_of(st.none(), some_id(ksm.id))),
        code=data.draw(codes) or "", name=data.draw(mostly_clean) or "",
        respondent_kind=data.draw(st.one_of(st.sampled_from(["member", "group", "x"]), texts))
        or "", scale_code=data.draw(st.one_of(st.just(ksm.scale_code), texts)) or "",
        indicators=indicators))
    points = data.draw(st.lists(st.tuples(st.one_of(st.integers(-3, 10), amounts),
                                          st.one_of(st.just("Baik"), texts)), max_size=6))
    band = st.tuples(st.one_of(st.sampled_from(["A", "B", "X"]), texts),
                     st.one_of(st.sampled_from(["Sangat baik", "Baik"]), texts),
                     st.one_of(st.sampled_from(["1.00", "2.5", "88", "-1", "abc", "1e400"]), texts),
                     st.one_of(st.none(), st.sampled_from(["4.00", "100", "nan"]), texts))
    categories = data.draw(st.lists(band, max_size=4))
    attack(tally, "evaluation.save_scale", db, lambda: ev.save_scale(
        db, actor=actors[data.draw(role("ketua"))], scale_id=None,
        code=data.draw(st.one_of(st.sampled_from(["SKALA1", "likert4"]), texts)) or "",
        name=data.draw(mostly_clean) or "", points=points, categories=categories,
        conversion_factor=data.draw(st.one_of(st.none(), st.sampled_from(["25", "0", "-1",
                                                                          "x", "1e999"]), texts)),
        classify_on=data.draw(st.sampled_from(["ikm", "mean", "x"]))))
