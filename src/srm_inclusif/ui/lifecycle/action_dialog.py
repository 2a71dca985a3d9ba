"""Dialog: an action item — text, owner, due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services.people import PersonRow
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.lifecycle.fields import OptionalDateEdit


@dataclass(frozen=True)
class ActionRequest:
    """An action as filled in."""

    text: str
    owner_id: int | None
    due_date: date | None


class ActionDialog(FormDialog):
    """What to do, who does it, by when."""

    def __init__(self, people: list[PersonRow], *, text: str = "", owner_id: int | None = None,
                 due_date: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Action à mener"))
        self.text = QLineEdit(text)
        self.text.setObjectName("actionText")
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        self.owner.addItem(self.tr("Sans responsable"), None)
        for person in people:
            self.owner.addItem(person.name, person.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)))
        self.due = OptionalDateEdit(due_date, field=self.tr("Échéance"))
        self.due.setObjectName("actionDue")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Action"), self.text)
        form.addRow(self.tr("Responsable"), self.owner)
        form.addRow(self.tr("Échéance"), self.due)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Close only when the due date reads correctly; else say so, the text kept."""
        try:
            self.due.value()
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        super().accept()

    def request(self) -> ActionRequest:
        """The action as filled in."""
        return ActionRequest(self.text.text().strip(), self.owner.currentData(),
                             self.due.value())
