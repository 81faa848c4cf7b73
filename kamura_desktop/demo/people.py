"""The demo cooperative's profile and its users, one per role (passwords are the demo's own)."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_PROFILE = {
    "name": "Koperasi Awilarangan Mukti Rahayu",
    "short_name": "KAMURA",
    "address": "Sentra Usaha Pindang RW 08",
    "village": "Desa Mekarmukti",
    "district": "Kecamatan Cihampelas",
    "regency": "Kabupaten Bandung Barat",
    "province": "Jawa Barat",
    "legal_number": "AHU-0004512.AH.01.26.TAHUN 2018 (contoh)",
    "phone": "0812-2000-0818",
    "founded_year": 2018,
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str
    password: str


DEMO_USERS = (
    DemoUser("admin", "Admin Kantor", "admin", "admin123"),
    DemoUser("ketua", "H. Ujang Suryana", "ketua", "ketua123"),
    DemoUser("bendahara", "Euis Komariah", "bendahara", "bendahara123"),
    DemoUser("petugas", "Rina Marlina", "petugas", "petugas123"),
)
