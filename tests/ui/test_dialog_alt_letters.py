"""The need form and the welcome dialog: every field and button has its own Alt letter."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from srm_inclusif.ui.welcome_dialog import WelcomeDialog


def _letters(dialog: QWidget) -> dict[str, str]:
    """Each underlined letter and the text it belongs to (labels lead to their field)."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters: dict[str, str] = {}
    for text in texts:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            assert key not in letters, f"{key} for « {letters[key]} » and « {text} »"
            letters[key] = text
    return letters


def test_the_need_form_can_be_filled_from_the_keyboard(qtbot, ctx, language) -> None:
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    letters = _letters(dialog)
    assert len(letters) == 11  # seven fields (« Responsable » too), four result buttons
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert dialog.sectors.filter_edit in buddies  # Alt+S reaches the sector filter


def test_the_welcome_dialog_has_a_letter_for_each_choice(qtbot, language) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    letters = _letters(dialog)
    assert len(letters) == 7  # two profiles, organisation, your name, create, demo, open
