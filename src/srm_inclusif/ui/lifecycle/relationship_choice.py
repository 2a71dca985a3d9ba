"""Dialog: choose the relationship a new contract is for (none chosen in advance)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from srm_inclusif.core.vocabulary import Stage, profile_in_use
from srm_inclusif.storage.services.relationships import RelationshipRow


class RelationshipChoiceDialog(QDialog):
    """Pick a relationship (type any part of the name); only the page's current one is preset."""

    def __init__(self, rows: list[RelationshipRow], title: str, current_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: a structure inclusive's counterparties are her clients (the words in use)
        self.seller = profile_in_use().is_seller
        self.setObjectName("relationshipChoiceDialog")
        self.setWindowTitle(title)
        self.relationship = QComboBox()
        self.relationship.setObjectName("relationshipChoice")
        self.relationship.setEditable(True)
        self.relationship.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in rows:
            self.relationship.addItem(f"{row.counterparty_name} — {Stage(row.stage).label}",
                                      row.id)
        # Enter must not take the first of the list: only the page's current one is preset.
        self.relationship.setCurrentIndex(self.relationship.findData(current_id)
                                          if current_id is not None else -1)
        self.relationship.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.relationship.completer().setCompletionMode(
            QCompleter.CompletionMode.PopupCompletion)
        self.relationship.lineEdit().setPlaceholderText(
            self.tr("Tapez le nom d'un client, puis choisissez sa relation") if self.seller
            else self.tr("Tapez le nom d'une structure, puis choisissez sa relation"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Relation"), self.relationship)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def chosen_id(self) -> int | None:
        """The relationship whose name is in the field, None when the text names none."""
        index = self.relationship.findText(self.relationship.currentText())
        return None if index < 0 else int(self.relationship.itemData(index))

    def accept(self) -> None:
        """Close only once a relationship is chosen; else say which field waits for it."""
        if self.chosen_id() is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Choisissez dans « Relation » le client pour lequel le contrat est conclu.")
                if self.seller else self.tr(
                "Choisissez dans « Relation » la structure pour laquelle le contrat est conclu."))
            return
        super().accept()
