"""The permission table: which role may do what. Checked by every service call, never by
the UI alone (the UI may hide a button, but the service refuses regardless).

Later books add their actions here. Roles: petugas (clerk), bendahara (treasurer),
ketua (chair), admin (system administrator; manages users, settings and backups, not money).
"""

from __future__ import annotations

from collections.abc import Callable

from kamura_desktop.domain.errors import PermissionDenied
from kamura_desktop.domain.nik import mask_nik
from kamura_desktop.domain.roles import ADMIN, BENDAHARA, KETUA, NIK_ROLES, PETUGAS, ROLE_LABELS

from .actor import Actor

ALL = frozenset({PETUGAS, BENDAHARA, KETUA, ADMIN})


class _Table(dict):
    """The permission table. Each book adds its actions when it is imported; the report books
    are imported only when first used (a ``kamura members list`` never loads the annual report,
    services/wiring.py). Asking for an action not known yet, or reading the whole table, first
    imports every book (the loader ``wiring`` sets), so an answer is never "unknown" only
    because its book was not loaded yet."""

    loader: Callable[[], None] | None = None

    def _load(self) -> bool:
        loader, _Table.loader = _Table.loader, None  # once; a book's import may ask again
        if loader is None:
            return False
        loader()
        return True

    def __missing__(self, action: str):
        if self._load():
            return self[action]
        raise KeyError(action)

    def __contains__(self, action: object) -> bool:
        return dict.__contains__(self, action) or (self._load() and dict.__contains__(self, action))

    def __iter__(self):
        self._load()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._load()
        return dict.__len__(self)

    def keys(self):
        self._load()
        return dict.keys(self)

    def items(self):
        self._load()
        return dict.items(self)

    def values(self):
        self._load()
        return dict.values(self)

    def get(self, action, default=None):
        return self[action] if action in self else default


def load_books_with(loader: Callable[[], None]) -> None:
    """Set what imports every book (services/wiring.py) for an action not known yet."""
    _Table.loader = loader


#: action -> (roles allowed, Indonesian description used in refusals)
PERMISSIONS: dict[str, tuple[frozenset[str], str]] = _Table({
    "ledger.view": (ALL, "melihat buku besar"),
    "ledger.post_manual": (frozenset({BENDAHARA}), "membukukan jurnal manual"),
    "ledger.reverse": (frozenset({BENDAHARA}), "membalik jurnal"),
    "users.manage": (frozenset({ADMIN}), "mengelola pengguna"),
    "users.view": (frozenset({ADMIN, KETUA}), "melihat daftar pengguna"),
    "settings.profile": (frozenset({ADMIN, KETUA}), "mengubah profil koperasi"),
    "settings.app": (frozenset({ADMIN, KETUA}), "mengubah pengaturan"),
    "backup.create": (ALL, "membuat cadangan"),
    "backup.restore": (frozenset({ADMIN}), "memulihkan database dari cadangan"),
    "audit.view": (frozenset({ADMIN, KETUA}), "melihat catatan audit"),
    "period.close": (frozenset({KETUA}), "menutup tahun buku"),
    "period.reopen": (frozenset({ADMIN}), "membuka kembali tahun buku"),
    # who sees full NIKs and No. KK in member lists and exports (domain/roles.NIK_ROLES)
    "members.nik.view": (NIK_ROLES, "melihat NIK dan No. KK lengkap di daftar dan ekspor anggota"),
})


def allowed(actor: Actor, action: str) -> bool:
    if actor.role == "system":
        return True
    roles, _ = PERMISSIONS[action]
    return actor.role in roles


def require(actor: Actor, action: str) -> None:
    """Raise :class:`PermissionDenied` unless the actor's role may perform ``action``."""
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action {action!r}: add it to PERMISSIONS")
    if not allowed(actor, action):
        roles, what = PERMISSIONS[action]
        names = [ROLE_LABELS[r] for r in sorted(roles, key=list(ROLE_LABELS).index)]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " atau " + names[-1]
        raise PermissionDenied(
            f"{actor.full_name} ({actor.role_label}) tidak berhak {what}. "
            f"Hanya {who} yang boleh melakukannya.",
            code="permission",
        )


def nik_in_list(actor: Actor, number: str | None) -> str:
    """A NIK (or No. KK) as a member list or export shows it to ``actor``: whole for the roles
    with ``members.nik.view``, else masked (``3217••••••••0442``)."""
    return (number or "") if allowed(actor, "members.nik.view") else mask_nik(number)


def nik_in_record(actor: Actor, number: str | None) -> str:
    """A NIK (or No. KK) as the member's own record and registration form show it to
    ``actor``: whole also for a role that registers members (``members.edit``), who checks
    it against the KTP; masked for the others."""
    if allowed(actor, "members.nik.view") or allowed(actor, "members.edit"):
        return number or ""
    return mask_nik(number)
