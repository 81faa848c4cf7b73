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

#: the roles that see a member's full NIK and No. KK in member lists and exports: the chair and
#: the treasurer check KTP/KK copies for credit and the lender pool, sign the registration
#: documents and send member lists to the Dinas. Everyone else sees them masked
#: (3217••••••••0442) in lists; a role that registers members (petugas) still sees the full
#: numbers on the member's own record and registration form (UU 27/2022: personal data shown
#: only where the work needs it). Used by the ``members.nik.view`` permission.
NIK_ROLES = frozenset({BENDAHARA, KETUA})
