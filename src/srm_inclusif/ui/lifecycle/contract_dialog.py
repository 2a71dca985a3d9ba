"""Dialog: create or edit a contract or marché test, clause sociale included."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError, ValidationError
from srm_inclusif.core.lifecycle import realisation_rate
from srm_inclusif.core.vocabulary import ClauseMode, ContractKind
from srm_inclusif.storage.services.contract_rules import check_contract_fields
from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.lifecycle.fields import (
    AmountEdit,
    HoursEdit,
    OptionalDateEdit,
    decimal_text,
)
from srm_inclusif.ui.mnemonics import give_letters, labels_leading_to, letters_taken_by
from srm_inclusif.ui.reserved_market import fill_reserved_choices
from srm_inclusif.ui.text_area import TextArea


class ContractDialog(FormDialog):
    """The fields of a contract; ``fields()`` gives them back checked.

    ``subject`` names whom the contract is with, ``note`` what it starts from (shown above).
    """

    def __init__(self, title: str, values: ContractFields, *, fixed_kind: bool = False,
                 subject: str = "", note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractDialog")
        self.setWindowTitle(title)
        # whom the contract is with, as the stage and decision dialogs say it
        self.subject = QLabel(f"<b>{html.escape(subject)}</b>")
        self.subject.setObjectName("contractSubject")
        self.subject.setVisible(bool(subject))
        # what the form starts from, e.g. the contract a renewal renews
        self.note = QLabel(note)
        self.note.setObjectName("contractNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self._build(values, fixed_kind)
        # a start date shown can be changed, not erased: new contracts and renewals open with
        # one; an old contract recorded without one can still be edited as it is
        self._start_required = values.start_date is not None
        self._result: ContractFields | None = None

    def _build(self, v: ContractFields, fixed_kind: bool) -> None:
        self.title = QLineEdit(v.title)
        self.title.setObjectName("contractTitle")
        self.kind = QComboBox()
        for kind in ContractKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(v.kind.value))
        self.kind.setEnabled(not fixed_kind)
        self.scope = TextArea(v.scope)
        self.scope.setMaximumHeight(60)
        self.criteria = TextArea(v.success_criteria)
        self.criteria.setMaximumHeight(60)
        self.amount = AmountEdit(v.amount_cents)
        self.amount.setObjectName("contractAmount")
        self.start = OptionalDateEdit(v.start_date, field=self.tr("Début"))
        self.start.setObjectName("contractStart")
        self.end = OptionalDateEdit(v.end_date, field=self.tr("Fin"))
        self.end.setObjectName("contractEnd")
        self.notice = QSpinBox()
        self.notice.setRange(0, 730)
        self.notice.setSuffix(self.tr(" jours"))
        self.notice.setSpecialValueText(self.tr("Aucun"))  # not « 0 jours »
        self.notice.setValue(v.notice_days)
        self.reserved = QComboBox()
        self.reserved.setObjectName("contractReserved")
        fill_reserved_choices(self.reserved, v.reserved_article)  # worded as the need's
        form = QFormLayout()
        form.addRow(self.tr("Intitulé"), self.title)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Périmètre"), self.scope)
        form.addRow(self.tr("Critères de réussite"), self.criteria)
        form.addRow(self.tr("Montant HT (€)"), self.amount)
        form.addRow(self.tr("Début"), self.start)
        form.addRow(self.tr("Fin"), self.end)
        form.addRow(self.tr("Préavis"), self.notice)
        form.addRow(self.tr("Marché réservé"), self.reserved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self._clause_box(v))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._give_letters(buttons)

    def _give_letters(self, buttons: QDialogButtonBox) -> None:
        """Alt+letter reaches each field that can be changed, the clause's box included."""
        contract = [field for field in (self.title, self.kind, self.scope, self.criteria,
                                        self.amount, self.start, self.end, self.notice,
                                        self.reserved)
                    if field.isEnabled()]  # a renewal's type is fixed: no letter
        clause = (self.planned, self.realised, self.mode, self.participants, self.facilitator)
        give_letters([*labels_leading_to(contract), self.clause_box, *labels_leading_to(clause)],
                     letters_taken_by(buttons.buttons()))

    def _clause_box(self, v: ContractFields) -> QGroupBox:
        box = QGroupBox(self.tr("Clause sociale d'insertion"))
        box.setCheckable(True)
        box.setChecked(v.has_clause_sociale)
        box.setObjectName("clauseBox")
        self.clause_box = box
        self.planned = HoursEdit(v.clause_hours_planned)
        self.planned.setObjectName("hoursPlanned")
        self.realised = HoursEdit(v.clause_hours_realised)
        self.realised.setObjectName("hoursRealised")
        self.rate = QLabel()
        self.rate.setObjectName("realisationRate")
        self.mode = QComboBox()
        self.mode.addItem("—", None)
        for mode in ClauseMode:
            self.mode.addItem(mode.label, mode.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(v.clause_mode)))
        self.participants = QSpinBox()
        self.participants.setRange(0, 100_000)
        self.participants.setValue(v.clause_participants or 0)
        self.facilitator = QLineEdit(v.clause_facilitator or "")
        form = QFormLayout(box)
        form.addRow(self.tr("Heures prévues"), self.planned)
        form.addRow(self.tr("Heures réalisées"), self.realised)
        form.addRow(self.tr("Taux de réalisation"), self.rate)
        form.addRow(self.tr("Modalité"), self.mode)
        form.addRow(self.tr("Participants (nombre)"), self.participants)
        form.addRow(self.tr("Facilitateur"), self.facilitator)
        self.planned.valueChanged.connect(self._update_rate)
        self.realised.valueChanged.connect(self._update_rate)
        self._update_rate()
        return box

    def _update_rate(self) -> None:
        self.rate.setText(decimal_text(realisation_rate(self.planned.hours(),
                                                        self.realised.hours())))

    def fields(self) -> ContractFields:
        """The values typed (raises ``ValidationError`` on an unreadable amount or date)."""
        clause = self.clause_box.isChecked()
        return ContractFields(
            title=self.title.text().strip(), kind=ContractKind(self.kind.currentData()),
            scope=self.scope.toPlainText().strip(),
            success_criteria=self.criteria.toPlainText().strip(),
            amount_cents=self.amount.cents(), start_date=self.start.value(),
            end_date=self.end.value(), notice_days=self.notice.value(),
            reserved_article=self.reserved.currentData(), has_clause_sociale=clause,
            clause_hours_planned=self.planned.hours() if clause else None,
            clause_hours_realised=self.realised.hours() if clause else None,
            clause_mode=self.mode.currentData() if clause else None,
            clause_participants=(self.participants.value() or None) if clause else None,
            clause_facilitator=(self.facilitator.text().strip() or None) if clause else None,
        )

    def accept(self) -> None:
        """Close only when the form reads correctly and the contract rules accept it.

        A refusal is said over the open form, what was typed kept, the cursor in its field.
        """
        self._result = None
        try:
            values = self.fields()
            check_contract_fields(values)
        except SrmError as error:
            self._refuse(error_text(error), self._field_of(error))
            return
        missing = self._missing(values)
        if missing:
            self._refuse(missing, self.start)
            return
        self._result = values
        super().accept()

    def _field_of(self, error: SrmError) -> QWidget:
        """The field a refusal is about: the one not read, else the one the rule names."""
        for edit, read in ((self.amount, self.amount.cents), (self.start, self.start.value),
                           (self.end, self.end.value)):
            try:
                read()
            except ValidationError:
                return edit
        return {"amount": self.amount, "end": self.end, "notice": self.notice,
                "hours": self.planned}.get(str(error.params.get("field")), self.title)

    def _refuse(self, message: str, field: QWidget) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def _missing(self, values: ContractFields) -> str:
        """What the form still lacks, empty when complete.

        A start date is kept: without it the contract would count in no period of the
        indicators (they place a contract by its start).
        """
        if self._start_required and values.start_date is None:
            return self.tr("Indiquez la date de début : sans elle, le contrat ne compterait "
                           "dans aucune période des indicateurs.")
        return ""

    def result_fields(self) -> ContractFields | None:
        """The accepted fields."""
        return self._result
