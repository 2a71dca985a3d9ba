"""Outils › Profil de l'espace: « Début de l'exercice », a month list saved as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import get_settings
from srm_inclusif.ui.profile_dialog import ProfileDialog
from tests.ui.conftest import active_window

JULY = 7


def _answer(monkeypatch, month: int | None, profile: Profile | None = None) -> list[str]:  # noqa: ANN001
    """The dialog answers ``month`` (and ``profile``) then OK; None: Annuler. Months offered."""
    offered: list[str] = []

    def fake_exec(dialog: ProfileDialog) -> int:
        combo = dialog.start_month_combo
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        offered.append(f"shown: {combo.currentText()}")
        if month is None:
            return QDialog.DialogCode.Rejected
        combo.setCurrentIndex(month - 1)
        if profile is not None:
            dialog.choice.set_profile(profile)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", fake_exec)
    return offered


def _stored(ctx) -> tuple[Profile, int]:  # noqa: ANN001
    settings = get_settings(ctx.engine)
    return settings.profile, settings.fiscal_year_start_month


@pytest.mark.usefixtures("french")
def test_the_dialog_offers_the_months_from_january_with_a_hint(qtbot) -> None:  # noqa: ANN001
    dialog = ProfileDialog(Profile.ACHETEUR)
    qtbot.addWidget(dialog)
    combo = dialog.start_month_combo
    assert [combo.itemText(i) for i in (0, 6, 11)] == ["janvier", "juillet", "décembre"]
    assert (combo.count(), combo.currentText(), dialog.start_month) == (12, "janvier", 1)
    hint = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Début de l'&exercice" in hint
    assert "Le tableau de bord, les objectifs et les fiches objectifs suivent cet exercice" in hint


@pytest.mark.usefixtures("french")
def test_july_is_stored_and_ctrl_z_gives_january_back(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    win = active_window(qtbot, ctx)
    offered = _answer(monkeypatch, JULY)

    win.profile_action.trigger()

    assert offered[-1] == "shown: janvier"
    assert _stored(ctx) == (Profile.ACHETEUR, JULY)
    assert ctx.settings.fiscal_year_start_month == JULY  # what the pages read
    assert win.undo_action.text() == "Annuler : Changer le début de l'exercice"
    win.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert _stored(ctx) == (Profile.ACHETEUR, 1)
    assert ctx.settings.fiscal_year_start_month == 1


@pytest.mark.usefixtures("french")
def test_the_dialog_reopens_on_the_stored_month(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    win = active_window(qtbot, ctx)
    _answer(monkeypatch, JULY)
    win.profile_action.trigger()
    offered = _answer(monkeypatch, None)

    win.profile_action.trigger()

    assert offered[-1] == "shown: juillet"
    assert ctx.undo_stack.count() == 1  # Annuler changes nothing
    assert _stored(ctx) == (Profile.ACHETEUR, JULY)


def test_a_profile_and_a_month_changed_together_are_one_step(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    win = active_window(qtbot, ctx)
    _answer(monkeypatch, JULY, Profile.STRUCTURE_INCLUSIVE)

    win.profile_action.trigger()

    assert _stored(ctx) == (Profile.STRUCTURE_INCLUSIVE, JULY)
    assert ctx.undo_stack.count() == 1
    win.undo_action.trigger()
    assert _stored(ctx) == (Profile.ACHETEUR, 1)


def test_the_same_month_again_pushes_no_step(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    win = active_window(qtbot, ctx)
    _answer(monkeypatch, 1)

    win.profile_action.trigger()

    assert ctx.undo_stack.count() == 0
