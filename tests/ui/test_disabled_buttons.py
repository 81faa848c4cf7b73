"""A disabled button says why (issue 17): walking every page and tab of the demo as the
clerk, the treasurer and the chair, every disabled button has a tooltip, and every page with
actions the role may not do shows the role banner saying who may."""

from __future__ import annotations

import pytest

from kamura_desktop.ui.widgets import RoleBanner, only_roles

from .helpers_walk import office_walk


@pytest.mark.parametrize("role", ["petugas", "bendahara", "ketua"])
def test_every_disabled_button_says_why(qtbot, request, db_engine, role):
    # every page and tab as the role, walked once per process for the tests that look at it
    # (tests/ui/helpers_walk.py)
    silent = office_walk(qtbot, request, role).silent_buttons
    assert not silent, "disabled without a reason:\n" + "\n".join(sorted(silent))


def test_the_clerk_sees_the_role_banner_on_every_page_with_limited_actions(qtbot,
                                                                           office_window):
    window = office_window("petugas")  # only looks: the module's window (tests/ui/conftest.py)
    banners = {}
    for key in ("anggota", "lender", "kredit", "angsuran", "evaluasi", "laporan"):
        window.go_to(key)
        banner = window.pages[key].findChild(RoleBanner)
        assert banner is not None and banner.isVisible(), key
        banners[key] = banner.text()
    assert all(text.startswith("Anda masuk sebagai Petugas:") for text in banners.values())
    assert "hanya Bendahara yang dapat mencairkan kredit" in banners["kredit"]
    assert "hanya Bendahara yang dapat membalik angsuran" in banners["angsuran"]
    assert "hanya Ketua yang dapat" in banners["laporan"]


def test_the_treasurer_may_disburse_so_the_credit_banner_does_not_say_so(qtbot,
                                                                         office_window):
    window = office_window("bendahara")
    window.go_to("kredit")
    text = window.pages["kredit"].role_banner.text()
    assert "mencairkan kredit" not in text and "hanya Ketua yang dapat" in text
    assert only_roles("credits.disburse") == "Hanya Bendahara yang dapat mencairkan kredit."
