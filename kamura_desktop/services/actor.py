"""Who is acting: the logged-in user, passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from kamura_desktop.domain.roles import ROLE_LABELS


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    @classmethod
    def system(cls) -> Actor:
        """The program itself (first set-up, demo data, migrations): allowed everything."""
        return cls(user_id=None, username="sistem", full_name="Sistem Kamura", role="system")
