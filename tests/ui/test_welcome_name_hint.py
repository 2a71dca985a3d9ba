"""Welcome dialog: the hint of « Votre nom » / "Your name" is read whole, in French and in
English ("Optional: owner of your objective sheets, follows your relationsh…" was cut)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from srm_inclusif.ui.welcome_dialog import WelcomeDialog


def _room(edit: QLineEdit) -> int:
    """The width the field gives its text: inside its frame, less its text margins."""
    margins = edit.textMargins()
    clear_button = edit.height() if edit.isClearButtonEnabled() else 0
    return edit.contentsRect().width() - margins.left() - margins.right() - clear_button


def test_the_name_hint_is_not_cut(qtbot, language: str) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.user_edit
    hint = edit.placeholderText()
    assert hint.startswith("Optional: owner" if language == "en" else "Facultatif\u00a0: titulaire")
    assert edit.fontMetrics().horizontalAdvance(hint) <= _room(edit)
