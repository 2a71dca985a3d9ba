"""Objectifs page: « Estimateur OETH… » is the buyer's (DOMAIN §5), as in the Outils menu."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.profile_dialog import set_profile
from tests.ui.conftest import active_window


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    return active_window(qtbot, ctx)


def _oeth_button_shown(win: MainWindow) -> bool:
    """Whether the Objectifs page, shown, offers « Estimateur OETH… »."""
    page = win.enter_page("objectives")
    buttons = [b for b in page.findChildren(QPushButton) if b.text() == "Estimateur OETH…"]
    return any(b.isVisible() for b in buttons)


def test_a_buyer_is_offered_the_oeth_estimator_on_the_objectives_page(qtbot, ctx) -> None:
    assert _oeth_button_shown(_window(qtbot, ctx))


def test_a_seller_is_not(qtbot, ctx) -> None:
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    assert not _oeth_button_shown(_window(qtbot, ctx))


@pytest.mark.parametrize("page_first", [True, False])
def test_the_button_follows_a_profile_change_at_once(qtbot, ctx, page_first) -> None:  # noqa: ANN001
    win = _window(qtbot, ctx)
    if page_first:  # the page built before the change, on screen while it happens
        win.enter_page("objectives")
    set_profile(ctx, Profile.STRUCTURE_INCLUSIVE)
    assert not _oeth_button_shown(win)
    ctx.undo_stack.undo()
    assert _oeth_button_shown(win)
