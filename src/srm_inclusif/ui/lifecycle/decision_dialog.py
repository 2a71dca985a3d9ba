"""Dialog: go / no-go at the end of a marché test, or a renewal, with the feedback guard rail."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.lifecycle import check_decision_reason, check_renewal_decision
from srm_inclusif.core.vocabulary import Decision
from srm_inclusif.storage.services.contract_rules import check_decision_date
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.text_area import TextArea


@dataclass(frozen=True)
class DecisionRequest:
    """The decision taken."""

    decision: Decision
    on: date
    reason: str
    override_reason: str | None


class DecisionDialog(FormDialog):
    """Go or no go, dated, with a reason; without feedback, an explicit override with a reason."""

    def __init__(self, title: str, feedback_count: int, today: date,
                 parent: QWidget | None = None, *, start: date | None = None) -> None:
        super().__init__(parent)
        self._feedback_count = feedback_count
        self._title, self._start = title, start  # a decision is dated from the test's start
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Décision go / no go"))
        self.go = QRadioButton(self.tr("Go : poursuivre avec un contrat"))
        self.go.setObjectName("decisionGo")
        self.no_go = QRadioButton(self.tr("No go : arrêter la relation"))
        self.no_go.setObjectName("decisionNoGo")
        self.go.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.go)
        group.addButton(self.no_go)
        choice = QHBoxLayout()
        choice.addWidget(self.go)
        choice.addWidget(self.no_go)
        self.on = DayEdit(today)
        self.reason = TextArea()
        self.reason.setObjectName("decisionReason")
        self.reason.setMaximumHeight(60)
        self.override = QCheckBox(self.tr("Décider sans retour d'expérience"))
        self.override.setObjectName("decisionOverride")
        self.override_reason = TextArea()
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setPlaceholderText(self.tr("Pourquoi décider sans retour ?"))
        self.override_reason.setMaximumHeight(50)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{html.escape(title)}</b>"))
        form.addRow(choice)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Raison"), self.reason)
        if feedback_count:
            self.override.hide()
            self.override_reason.hide()
            form.addRow(QLabel(self.tr("%n retour(s) d'expérience saisi(s).", "",
                                        feedback_count)))
        else:
            form.addRow(QLabel(self.tr("Aucun retour d'expérience n'a été saisi.")))
            form.addRow(self.override)
            form.addRow(self.override_reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Close only on a decision the rules allow; else say why, what was typed kept."""
        try:
            self.on.checked_day()  # a date typed but unreadable is refused, never the former one
            request = self.request()
            check_renewal_decision(feedback_count=self._feedback_count,
                                   override_reason=request.override_reason)
            check_decision_reason(request.decision, request.reason)
            check_decision_date(request.on, start=self._start, title=self._title)
        except SrmError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            if error.params.get("field") == "on" or self.on.unreadable_text():
                self.on.setFocus()
            return
        super().accept()

    def request(self) -> DecisionRequest:
        """The decision as filled in."""
        override = (self.override_reason.toPlainText().strip()
                    if self.override.isChecked() else None)
        return DecisionRequest(Decision.GO if self.go.isChecked() else Decision.NO_GO,
                               self.on.day(),
                               self.reason.toPlainText().strip(), override)
