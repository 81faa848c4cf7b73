"""Reminders the office sends (issue 19 §5): phone numbers in the 62… form, WhatsApp
click-to-chat links with a prefilled Indonesian message, and which reminder letter (surat
peringatan 1/2/3) a credit's kolektibilitas calls for. Pure rules, no I/O."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from .dates import format_date_id
from .money import format_rupiah

#: kolektibilitas class -> the letter it calls for (kurang lancar SP 1, diragukan SP 2, macet SP 3)
LETTER_FOR_KOL = {3: 1, 4: 2, 5: 3}
LETTER_TITLES = {1: "SURAT PERINGATAN PERTAMA (SP-1)", 2: "SURAT PERINGATAN KEDUA (SP-2)",
                 3: "SURAT PERINGATAN KETIGA (SP-3)"}
#: days the member is given to pay after each letter
LETTER_DAYS = {1: 7, 2: 7, 3: 3}


def normalize_phone(raw: str | None) -> str | None:
    """An Indonesian mobile number as WhatsApp wants it: digits only, ``62`` first
    (``0812-3456-789`` → ``628123456789``, ``+62 812…`` → ``62812…``, ``812…`` → ``62812…``).
    None when there is no usable number (empty, too short or too long, not a mobile)."""
    if not raw:
        return None
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0062"):
        digits = digits[2:]
    if digits.startswith("62"):
        rest = digits[2:]
    elif digits.startswith("0"):
        rest = digits[1:]
    else:
        rest = digits
    rest = rest.lstrip("0")
    # Indonesian mobile numbers: 8xx…, 9 to 12 digits after the country code
    if not rest.startswith("8") or not 9 <= len(rest) <= 12:
        return None
    return "62" + rest


def reminder_message(*, name: str, amount: int, due_date: dt.date, cooperative: str, overdue: bool,
                     credit_number: str = "") -> str:
    """The prefilled message: greeting, what is due, how much and when."""
    what = f"angsuran pinjaman {credit_number}".strip() if credit_number else "angsuran pinjaman"
    if overdue:
        body = (f"kami mengingatkan bahwa {what} sebesar {format_rupiah(amount)} "
                f"yang jatuh tempo sejak {format_date_id(due_date)} belum kami terima.")
    else:
        body = (f"kami mengingatkan bahwa {what} sebesar {format_rupiah(amount)} "
                f"jatuh tempo besok, {format_date_id(due_date)}.")
    return (f"Yth. Bapak/Ibu {name}, {body} Mohon dibayarkan melalui ketua kelompok atau di "
            f"kantor koperasi. Terima kasih. — {cooperative}")


def group_message(*, group_code: str, leader_name: str | None, items: list[tuple[str, str, int, dt.date]],
                  cooperative: str) -> str:
    """The message to a group's leader (joint liability): every member to remind, what and
    when; ``items`` are (member name, kind ``besok``/``tunggakan``, amount, due date)."""
    lines = [f"- {name}: {format_rupiah(amount)} "
             + (f"jatuh tempo besok, {format_date_id(due)}" if kind == "besok"
                else f"tertunggak sejak {format_date_id(due)}")
             for name, kind, amount, due in items]
    total = sum(amount for _, _, amount, _ in items)
    return (f"Yth. Bapak/Ibu {leader_name or 'ketua kelompok'}, ketua kelompok {group_code}. Angsuran anggota "
            f"kelompok yang perlu diingatkan:\n" + "\n".join(lines)
            + f"\nJumlah {format_rupiah(total)}. Mohon dibantu menagih sesuai tanggung renteng. Terima kasih. "
              f"— {cooperative}")


def whatsapp_link(phone: str, text: str) -> str:
    """``https://wa.me/<62…>?text=<message>`` (the number must be normalised)."""
    return f"https://wa.me/{phone}?text={quote(text, safe='')}"


def letter_level(kolektibilitas: int) -> int | None:
    """1, 2 or 3 for kolektibilitas 3, 4, 5; None when no letter is due."""
    return LETTER_FOR_KOL.get(kolektibilitas)
