"""What every window needs: the open database, the logged-in user, the hub, the task runner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kamura_desktop.services.actor import Actor

from .hub import SignalHub
from .tasks import TaskRunner


@dataclass
class AppContext:
    db: Any  # an open kamura_desktop.db.database.Database, used only through services
    db_path: Path
    actor: Actor
    hub: SignalHub
    tasks: TaskRunner
