"""Indonesian province codes as used in the NIK and the family-card number (No. KK).

The first two digits of a NIK or No. KK are the province's code in the Ministry of Home
Affairs' area-code list (*kode wilayah Kemendagri*, Kepmendagri 100.1.1-6117/2022 and its
successors), which Dukcapil uses when it issues the numbers.

Two decisions worth knowing:

* These are the **Kemendagri** codes, not the BPS (statistics office) codes. The two lists
  agree everywhere except Papua: BPS has 91 Papua Barat, 92 Papua Barat Daya, 94 Papua,
  95 Papua Selatan, 96 Papua Tengah, 97 Papua Pegunungan. Code 97 exists only in the BPS
  list, so it is not accepted here.
* A NIK keeps its code for life; when a province is split the old numbers are not
  reissued. So 91 (Papua) and 92 (Papua Barat) stay valid for people who now live in the
  four provinces formed from them in 2022 (93–96).
"""

from __future__ import annotations

from types import MappingProxyType

# Read-only so that no caller can add a code at run time by accident.
PROVINCES: MappingProxyType[str, str] = MappingProxyType(
    {
        "11": "Aceh",
        "12": "Sumatera Utara",
        "13": "Sumatera Barat",
        "14": "Riau",
        "15": "Jambi",
        "16": "Sumatera Selatan",
        "17": "Bengkulu",
        "18": "Lampung",
        "19": "Kepulauan Bangka Belitung",
        "21": "Kepulauan Riau",
        "31": "DKI Jakarta",
        "32": "Jawa Barat",
        "33": "Jawa Tengah",
        "34": "DI Yogyakarta",
        "35": "Jawa Timur",
        "36": "Banten",
        "51": "Bali",
        "52": "Nusa Tenggara Barat",
        "53": "Nusa Tenggara Timur",
        "61": "Kalimantan Barat",
        "62": "Kalimantan Tengah",
        "63": "Kalimantan Selatan",
        "64": "Kalimantan Timur",
        "65": "Kalimantan Utara",
        "71": "Sulawesi Utara",
        "72": "Sulawesi Tengah",
        "73": "Sulawesi Selatan",
        "74": "Sulawesi Tenggara",
        "75": "Gorontalo",
        "76": "Sulawesi Barat",
        "81": "Maluku",
        "82": "Maluku Utara",
        "91": "Papua",
        "92": "Papua Barat",
        # Formed in 2022 (UU 14, 15, 16 and 29 of 2022).
        "93": "Papua Selatan",
        "94": "Papua Tengah",
        "95": "Papua Pegunungan",
        "96": "Papua Barat Daya",
    }
)


def province_name(code: str) -> str | None:
    """The province's name for a two-digit Kemendagri code, or None if it is not one."""
    return PROVINCES.get(code)


def is_province_code(code: str) -> bool:
    """True when ``code`` is a two-digit Kemendagri province code."""
    return code in PROVINCES
