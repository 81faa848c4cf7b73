"""A command with a login opens the books once (issue 20): ``main()`` logs in on the books it
opened and hands them to the command's ``open_db`` — before, every such command opened, checked,
wired and seeded the same file twice. Books a command did not take are closed by ``main()``."""

from __future__ import annotations

import json

import pytest

from kamura_desktop.services import setup
from tests.helpers_cli import kamura


@pytest.fixture
def opens(monkeypatch) -> list[str]:
    """Every open of books by the command (the real open, counted)."""
    seen: list[str] = []
    real = setup.open_books

    def counted(path, *args, **kwargs):
        seen.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(setup, "open_books", counted)
    return seen


def test_members_list_opens_the_books_once(demo_copy, fast_passwords, opens, monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas123")
    done = kamura(["members", "list", "--json", "--db", str(demo_copy), "--user", "petugas"])
    assert done.returncode == 0, done.stderr
    members = json.loads(done.stdout)
    assert len(members) >= 40 and all(m["number"].startswith("KMR-") for m in members)
    assert len(opens) == 1


def test_a_refused_permission_opens_once_and_changes_nothing(demo_copy, fast_passwords, opens,
                                                             monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas123")
    done = kamura(["users", "list", "--db", str(demo_copy), "--user", "petugas"])
    assert done.returncode == 1
    assert "Kesalahan" in done.stderr and "Traceback" not in done.stderr
    assert len(opens) == 1
