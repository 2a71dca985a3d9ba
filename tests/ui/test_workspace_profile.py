"""Outils › Profil de l'espace: the profile changes later, as one undo step, and the window follows.

The OETH estimator is the buyer's tool (DOMAIN §5), the impact reports the seller's (§7): each
is offered, menu and shortcut, only in its own profile.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import get_settings, update_settings
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.profile_dialog import ProfileDialog, set_profile
from tests.ui.conftest import active_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    return active_window(qtbot, ctx)


def _press_ctrl_shift(qtbot, key: Qt.Key) -> None:  # noqa: ANN001
    """Ctrl+Maj and ``key`` typed where the focus is, as the user types them."""
    qtbot.keyClick(QApplication.focusWidget(), key, CTRL_SHIFT)


@pytest.fixture
def seller(ctx):  # noqa: ANN001, ANN201
    """The empty workspace, as a structure inclusive's."""
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    return ctx


@pytest.fixture
def oeth_opened(monkeypatch) -> list[object]:  # noqa: ANN001
    """The OETH estimators opened (none is shown)."""
    opened: list[object] = []
    monkeypatch.setattr("srm_inclusif.ui.oeth_dialog.OethDialog.exec",
                        lambda dialog: opened.append(dialog) or 0)
    return opened


def _answer_profile(monkeypatch, profile: Profile | None) -> None:  # noqa: ANN001
    """The profile dialog ticks ``profile`` and OK (None: Annuler)."""
    def fake_exec(dialog: ProfileDialog) -> int:
        if profile is None:
            return QDialog.DialogCode.Rejected
        dialog.choice.set_profile(profile)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)


def _names(win: MainWindow) -> tuple[str, str, str]:
    """The counterparties' name in the navigation, the Affichage menu and on their page."""
    page = win.show_page("counterparties")
    return (win.navigation.item(1).text(), plain_text(win.page_actions[1].text()),
            page.view.title_label.text())  # type: ignore[attr-defined]


def test_a_seller_is_not_offered_the_oeth_estimator(qtbot, seller, oeth_opened) -> None:
    win = _window(qtbot, seller)
    assert not win.oeth_action.isVisible()
    _press_ctrl_shift(qtbot, Qt.Key.Key_O)
    assert oeth_opened == []


def test_a_buyer_opens_the_oeth_estimator_by_its_shortcut(qtbot, ctx, oeth_opened) -> None:
    win = _window(qtbot, ctx)
    assert win.oeth_action.isVisible()
    assert not win.impact_action.isVisible()
    _press_ctrl_shift(qtbot, Qt.Key.Key_O)
    assert len(oeth_opened) == 1


def test_a_seller_opens_the_impact_reports_from_outils(qtbot, seller, monkeypatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr("srm_inclusif.ui.impact_dialog.open_impact_reports",
                        lambda parent, ctx, counterparty_id=None: opened.append(counterparty_id))
    win = _window(qtbot, seller)
    assert win.impact_action.isVisible()
    assert plain_text(win.impact_action.text()) == "Bilans d'impact…"
    _press_ctrl_shift(qtbot, Qt.Key.Key_B)
    assert opened == [None]


def test_becoming_a_seller_renames_the_window_at_once(qtbot, ctx, monkeypatch) -> None:
    win = _window(qtbot, ctx)
    assert _names(win) == ("Fournisseurs", "Fournisseurs", "Fournisseurs")
    _answer_profile(monkeypatch, Profile.STRUCTURE_INCLUSIVE)
    win.profile_action.trigger()
    assert get_settings(ctx.engine).profile is Profile.STRUCTURE_INCLUSIVE
    assert _names(win) == ("Clients", "Clients", "Clients")
    assert plain_text(win.import_suppliers_action.text()) == "Importer des clients…"
    assert not win.oeth_action.isVisible()
    assert win.impact_action.isVisible()


def test_one_undo_gives_the_buyer_profile_back(qtbot, ctx, monkeypatch, oeth_opened) -> None:
    win = _window(qtbot, ctx)
    _answer_profile(monkeypatch, Profile.STRUCTURE_INCLUSIVE)
    win.profile_action.trigger()
    assert win.undo_action.text() == "Annuler : Changer le profil de l'espace"
    win.undo_action.trigger()
    assert get_settings(ctx.engine).profile is Profile.ACHETEUR
    assert _names(win) == ("Fournisseurs", "Fournisseurs", "Fournisseurs")
    assert win.oeth_action.isVisible()
    win.activateWindow()
    _press_ctrl_shift(qtbot, Qt.Key.Key_O)
    assert len(oeth_opened) == 1


def test_cancelling_changes_nothing(qtbot, ctx, monkeypatch) -> None:
    win = _window(qtbot, ctx)
    _answer_profile(monkeypatch, None)
    win.profile_action.trigger()
    assert get_settings(ctx.engine).profile is Profile.ACHETEUR
    assert ctx.undo_stack.count() == 0


def test_the_dialog_opens_on_the_workspace_profile(qtbot) -> None:
    dialog = ProfileDialog(Profile.STRUCTURE_INCLUSIVE)
    qtbot.addWidget(dialog)
    assert dialog.choice.seller_radio.isChecked()
    assert dialog.profile is Profile.STRUCTURE_INCLUSIVE


def test_a_change_undone_under_a_dialog_rebuilds_the_pages_once_it_closes(qtbot, ctx) -> None:
    win = _window(qtbot, ctx)
    page = win.enter_page("counterparties")
    card = QDialog(page)  # as a card opened from the list, Ctrl+Z reaching the window's stack
    card.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is card)
    set_profile(ctx, Profile.STRUCTURE_INCLUSIVE)
    assert win.navigation.item(1).text() == "Clients"
    assert win.pages["counterparties"] is page  # the card is still there
    card.reject()
    assert _names(win) == ("Clients", "Clients", "Clients")


def test_the_shortcuts_list_leaves_out_what_a_seller_is_not_offered(qtbot, seller) -> None:
    win = _window(qtbot, seller)
    win.show_page("counterparties")
    listed = [what for what, _keys in win.shortcuts_dialog().shown_rows()]

    assert "Estimateur OETH" not in listed
    assert "Besoin et présélection" not in listed
    assert "Bilans d'impact" in listed
