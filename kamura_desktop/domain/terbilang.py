"""Numbers in Indonesian words, as a kwitansi writes the amount: ``terbilang``.

``terbilang(125_000)`` → ``"seratus dua puluh lima ribu"``;
``terbilang_rupiah(125_000)`` → ``"seratus dua puluh lima ribu rupiah"``.

The usual rules: 10 *sepuluh*, 11 *sebelas*, 12–19 *… belas*, 100 *seratus*,
1.000 *seribu* — but 1.000.000 *satu juta*, 10⁹ *satu miliar*, 10¹² *satu triliun*.
Above 999 triliun the triliun are counted again (*seribu triliun*). Negative amounts get
*minus* in front; zero is *nol*.
"""

from __future__ import annotations

_ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def _below_thousand(n: int) -> list[str]:
    """Words for 1..999 (empty for 0)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_ONES[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_ONES[rest - 10], "belas"]
    elif rest >= 20:
        tens, ones = divmod(rest, 10)
        words += [_ONES[tens], "puluh"]
        if ones:
            words.append(_ONES[ones])
    elif rest:
        words.append(_ONES[rest])
    return words


def _words(n: int) -> list[str]:
    """Words for a positive integer."""
    for value, name in _SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            if head == 1 and name == "ribu":
                words = ["seribu"]
            else:
                words = [*_words(head), name]
            return words + (_words(rest) if rest else [])
    return _below_thousand(n)


def terbilang(n: int) -> str:
    """An integer in Indonesian words, lower case: ``1_250_000`` → ``satu juta dua ratus lima
    puluh ribu``."""
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"terbilang needs an int, got {type(n).__name__}")
    if n == 0:
        return "nol"
    if n < 0:
        return "minus " + " ".join(_words(-n))
    return " ".join(_words(n))


def terbilang_rupiah(amount: int) -> str:
    """Whole rupiah in words, as written on a receipt: ``seratus dua puluh lima ribu rupiah``."""
    return f"{terbilang(amount)} rupiah"
