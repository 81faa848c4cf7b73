"""User roles and their Indonesian names."""

from __future__ import annotations

PETUGAS = "petugas"
BENDAHARA = "bendahara"
KETUA = "ketua"
ADMIN = "admin"

ROLES = (PETUGAS, BENDAHARA, KETUA, ADMIN)

ROLE_LABELS = {
    PETUGAS: "Petugas",
    BENDAHARA: "Bendahara",
    KETUA: "Ketua",
    ADMIN: "Admin",
}
