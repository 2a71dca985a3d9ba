"""Dialog: move a relationship to a stage, on a date, with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.lifecycle import check_stage_change
from srm_inclusif.core.lifecycle_dates import STAGE_BEFORE_LATEST, check_stage_day
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.text_area import TextArea


@dataclass(frozen=True)
class StageRequest:
    """The stage change asked for."""

    stage: Stage
    on: date
    reason: str


class StageChangeDialog(FormDialog):
    """Choose the stage, the date and the reason of a stage change.

    ``since`` is the day of the relationship's latest stage: a change dated before it is refused.
    """

    def __init__(self, name: str, current: Stage, target: Stage | None, today: date,
                 parent: QWidget | None = None, *, has_contract: bool = True,
                 since: date | None = None) -> None:
        super().__init__(parent)
        self._current, self._has_contract, self._since = current, has_contract, since
        self.setObjectName("stageChangeDialog")
        self.setWindowTitle(self.tr("Changer d'étape"))
        self.stage = QComboBox()
        self.stage.setObjectName("stageCombo")
        for stage in Stage:
            if stage is not current:
                self.stage.addItem(stage.label, stage.value)
        if target is not None:
            self.stage.setCurrentIndex(self.stage.findData(target.value))
        self.on = DayEdit(today)
        self.on.setObjectName("stageDate")
        self.reason = TextArea()
        self.reason.setObjectName("stageReason")
        self.reason.setPlaceholderText(
            self.tr("Pourquoi ce changement ? (obligatoire pour arrêter)"))
        self.reason.setMaximumHeight(80)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>{name}</b> — actuellement : {stage}").format(
            name=name, stage=current.label)))
        form.addRow(self.tr("Nouvelle étape"), self.stage)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Raison"), self.reason)
        form.addRow(buttons)

    def accept(self) -> None:
        """Close only on a change the rules allow; else say why, the reason typed kept."""
        try:
            self.on.checked_day()  # a date typed but unreadable is refused, never the former one
            request = self.request()
            check_stage_change(current=self._current, target=request.stage,
                               reason=request.reason, has_contract=self._has_contract)
            if self._since is not None:
                check_stage_day(request.on, since=self._since, stage=self._current)
        except SrmError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            if error.template == STAGE_BEFORE_LATEST:
                self.on.setFocus()
            return
        super().accept()

    def request(self) -> StageRequest:
        """What the user filled in."""
        return StageRequest(Stage(self.stage.currentData()), self.on.day(),
                            self.reason.toPlainText().strip())
