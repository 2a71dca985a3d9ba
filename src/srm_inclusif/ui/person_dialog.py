"""The form of one person of the organisation: name, role (fonction), e-mail, team."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from srm_inclusif.storage.services import people as svc
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.mnemonics import give_letters, letters_taken_by


class PersonDialog(FormDialog):
    """Name, role, e-mail and team of a person; stays open while ``save`` refuses the values."""

    def __init__(self, teams: list[svc.TeamRow], roles: list[str],
                 save: Callable[[svc.PersonInput], bool], *,
                 values: svc.PersonInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Modifier la personne") if values else
                            self.tr("Nouvelle personne"))
        self._save = save
        values = values or svc.PersonInput("", roles[0] if roles else "")
        self.name_edit = QLineEdit(values.name)
        self.name_edit.setObjectName("personName")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("personRole")
        self.role_combo.setEditable(True)
        self.role_combo.addItems(roles)
        self.role_combo.setCurrentText(values.role)
        self.email_edit = QLineEdit(values.email or "")
        self.email_edit.setObjectName("personEmail")
        self.email_edit.setPlaceholderText(self.tr("facultatif"))
        self.team_combo = QComboBox()
        self.team_combo.setObjectName("personTeam")
        self.team_combo.addItem(self.tr("Sans équipe"), None)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(values.team_id), 0))
        self._build(values)

    def _build(self, values: svc.PersonInput) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._name_typed)
        self._name_typed(values.name)
        form = QFormLayout(self)
        labels = [QLabel(text) for text in (self.tr("Nom"), self.tr("Fonction"),
                                            self.tr("E-mail"), self.tr("Équipe"))]
        fields = (self.name_edit, self.role_combo, self.email_edit, self.team_combo)
        for label, field in zip(labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.buttons)
        give_letters(labels, letters_taken_by(self.buttons.buttons()))
        self.setMinimumWidth(440)

    def _name_typed(self, name: str) -> None:
        """Enregistrer waits for a name, its tooltip saying so."""
        self.ok_button.setEnabled(bool(name.strip()))
        self.ok_button.setToolTip("" if name.strip() else self.tr("Indiquez un nom."))

    def values(self) -> svc.PersonInput:
        """The person as filled in."""
        return svc.PersonInput(self.name_edit.text(), self.role_combo.currentText(),
                               self.email_edit.text() or None, self.team_combo.currentData())

    def accept(self) -> None:
        """Close once saved; a refusal was shown and the typed values stay for correcting."""
        if self._save(self.values()):
            super().accept()
