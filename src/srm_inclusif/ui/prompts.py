"""Short questions: yes or no, or one line of text in a dialog wide enough to type in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

#: Width under which a one-line question looks cramped (the stock dialog opens at ~200 px).
MIN_WIDTH = 420


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """Like ``QInputDialog.getText``, but opened at a readable width."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    # the dialog sizes itself on its line edit: widen that one
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMinimumWidth(MIN_WIDTH)
    dialog.setMinimumWidth(MIN_WIDTH)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted


def asked(parent: QWidget | None, title: str, question: str, *, default_yes: bool) -> bool:
    """Whether the user answered Oui; ``default_yes`` says which button Enter presses."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, question, yes | no,
                                yes if default_yes else no) == yes
