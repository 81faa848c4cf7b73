"""Manual journal entries by the treasurer with an attachment note; the journal list (issue 8)."""

from __future__ import annotations
