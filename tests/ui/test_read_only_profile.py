"""A read-only workspace: Outils › « Profil et exercice… » shows them, changes neither.

The profile and the fiscal year's first month could be chosen and OK pressed, then the change
was refused. The dialog now says « lecture seule » in its title, both fields are off saying
why, and only « Fermer » is offered.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from srm_inclusif.ui.profile_dialog import ProfileDialog, change_profile
from tests.read_only_support import READ_ONLY_WHY


def _opened(qtbot, ctx, monkeypatch) -> ProfileDialog:  # noqa: ANN001
    """The dialog Outils › « Profil et exercice… » opens, closed at once."""
    shown: list[ProfileDialog] = []

    def close_at_once(dialog: ProfileDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ProfileDialog, "exec", close_at_once)
    change_profile(ctx)
    qtbot.addWidget(shown[0])
    return shown[0]


def _offered(dialog: ProfileDialog) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    return [button.text() for button in box.buttons()]


def test_the_profile_is_shown_not_changed(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    dialog = _opened(qtbot, read_only_demo_ctx, monkeypatch)
    assert dialog.windowTitle() == "Profil et exercice — lecture seule"
    for field in (dialog.choice.buyer_radio, dialog.choice.seller_radio,
                  dialog.start_month_combo):
        assert not field.isEnabled()
        assert READ_ONLY_WHY in field.toolTip()
    assert dialog.profile is read_only_demo_ctx.settings.profile  # shown as it is
    assert _offered(dialog) == ["Fermer"]


def test_a_writable_workspace_offers_ok(qtbot, demo_ctx, monkeypatch) -> None:
    dialog = _opened(qtbot, demo_ctx, monkeypatch)
    assert dialog.windowTitle() == "Profil et exercice"
    assert dialog.start_month_combo.isEnabled()
    assert len(_offered(dialog)) == 2  # OK and Cancel
