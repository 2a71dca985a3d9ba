"""The welcome dialog says what the app does for the profile ticked, not always for a buyer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from srm_inclusif.ui.welcome_dialog import WelcomeDialog


def _dialog(qtbot) -> WelcomeDialog:  # noqa: ANN001
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_a_buyer_reads_that_the_app_helps_her_buy(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert "acheter auprès de structures inclusives" in dialog.intro.text()


def test_ticking_the_seller_profile_speaks_of_clients(qtbot) -> None:
    dialog = _dialog(qtbot)
    qtbot.mouseClick(dialog.seller_radio, Qt.MouseButton.LeftButton)
    assert "suivre ses clients" in dialog.intro.text()
    assert "acheter" not in dialog.intro.text()


def test_ticking_the_buyer_profile_again_brings_the_buyer_text_back(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.seller_radio.setChecked(True)
    dialog.buyer_radio.setChecked(True)
    assert "acheter auprès de structures inclusives" in dialog.intro.text()


def test_the_seller_text_goes_through_the_catalogue(qtbot, marked) -> None:  # noqa: ARG001
    dialog = _dialog(qtbot)
    dialog.seller_radio.setChecked(True)
    assert dialog.intro.text().startswith("[WelcomeDialog] SRM Inclusif aide votre structure")
