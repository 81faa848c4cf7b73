"""Phone numbers in the 62… form, WhatsApp links and letter levels (domain/reminders.py)."""

import datetime as dt
from urllib.parse import parse_qs, urlparse

import pytest

from kamura_desktop.domain import reminders as r


@pytest.mark.parametrize(("raw", "expected"), [
    ("0812-3456-7890", "6281234567890"),
    ("+62 812 3456 7890", "6281234567890"),
    ("62812-3456-7890", "6281234567890"),
    ("0062 812 3456 789", "628123456789"),
    ("812 3456 7890", "6281234567890"),
    ("(0852) 7405 9428", "6285274059428"),
    ("", None), (None, None), ("-", None),
    ("022-6866-123", None),          # a landline: WhatsApp cannot reach it
    ("0812 345", None),              # too short
    ("0812 3456 7890 1234", None),   # too long
])
def test_phone_numbers_are_normalised(raw, expected):
    assert r.normalize_phone(raw) == expected


def test_message_and_link_carry_name_amount_and_date():
    text = r.reminder_message(name="Onah Juhanah", amount=16_800, due_date=dt.date(2026, 11, 5),
                              cooperative="KAMURA", overdue=True, credit_number="KR-2026-00008")
    assert "Onah Juhanah" in text and "Rp16.800" in text and "5 November 2026" in text and "belum" in text
    soon = r.reminder_message(name="Cucu", amount=4_200, due_date=dt.date(2024, 6, 4), cooperative="KAMURA",
                              overdue=False)
    assert "jatuh tempo besok, 4 Juni 2024" in soon
    link = r.whatsapp_link("6281234567890", text)
    parts = urlparse(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")
    assert parse_qs(parts.query)["text"] == [text]  # the whole message, exactly, after decoding


def test_letter_levels_follow_kolektibilitas():
    assert [r.letter_level(k) for k in range(1, 6)] == [None, None, 1, 2, 3]
