"""Dialog to add or edit one objective: indicator, basis, target, weight, thresholds, curve."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.count_units import unit_shown, unit_stored
from srm_inclusif.core.errors import SrmError, ValidationError
from srm_inclusif.core.indicators import (
    Indicator,
    default_indicator,
    indicator,
    offered_indicators,
)
from srm_inclusif.core.numbers import as_percent, grouped, read_typed
from srm_inclusif.core.payout import CURVE_LABELS, check_thresholds, curve_label
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.objective_entries import check_objective_target
from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog

#: A note in brackets at the end of an indicator's name: « Économies réalisées (saisie manuelle) ».
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _spin(maximum: float, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, maximum)
    spin.setDecimals(2)
    spin.setSingleStep(step)
    spin.setSuffix(as_percent(""))
    return spin


class ObjectiveDialog(FormDialog):
    """Form of one objective; ``values()`` gives the checked input."""

    def __init__(self, values: ObjectiveInput | None = None, parent: QWidget | None = None,
                 *, remaining_weight: Decimal = Decimal(100)) -> None:
        super().__init__(parent)
        self.setObjectName("objectiveDialog")
        self._auto_label = ""
        self._saved = values  # an unchanged target saved before the bounds is kept
        self.setWindowTitle(self.tr("Modifier l'objectif") if values else
                            self.tr("Nouvel objectif"))
        self._build()
        self._connect_signals()
        self._load(values or ObjectiveInput(
            label="", indicator=default_indicator(), target=Decimal(0),
            weight=max(remaining_weight, Decimal(0))))

    def _build(self) -> None:
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("labelEdit")
        self.indicator_combo = QComboBox()
        self.indicator_combo.setObjectName("indicatorCombo")
        for item in offered_indicators():  # in the profile's order, hers first for a seller
            self.indicator_combo.addItem(item.label, item.code)
        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("basisCombo")
        for basis in SpendBasis:
            self.basis_combo.addItem(basis.label, basis.value)
        self.unit_edit = QLineEdit()
        self.baseline_edit = QLineEdit()
        self.baseline_edit.setPlaceholderText(self.tr("facultatif"))
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("targetEdit")
        self.weight_spin = _spin(100, 5)
        self.weight_spin.setObjectName("weightSpin")
        self.trigger_spin, self.threshold_target_spin, self.cap_spin = (
            _spin(1000, 5), _spin(1000, 5), _spin(1000, 5))
        self.curve_combo = QComboBox()
        self.curve_combo.setObjectName("curveCombo")
        for code in CURVE_LABELS:
            self.curve_combo.addItem(curve_label(code), code)
        self.lower_check = QCheckBox(self.tr("Plus la valeur est basse, mieu&x c'est"))
        self.manual_edit = QLineEdit()
        self.manual_edit.setObjectName("manualEdit")
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._layout()

    def _layout(self) -> None:
        # one underlined letter per field (Alt+L, Alt+C, Alt+P and Alt+R each reached two)
        form = QFormLayout()
        for text, widget in (
                (self.tr("&Libellé :"), self.label_edit),
                (self.tr("&Indicateur :"), self.indicator_combo),
                (self.tr("&Base des montants :"), self.basis_combo),
                (self.tr("&Unité :"), self.unit_edit),
                (self.tr("&Valeur de référence :"), self.baseline_edit),
                (self.tr("&Cible :"), self.target_edit),
                (self.tr("&Poids :"), self.weight_spin),
                (self.tr("Seuil de &déclenchement :"), self.trigger_spin),
                (self.tr("&Seuil cible :"), self.threshold_target_spin),
                (self.tr("Pla&fond :"), self.cap_spin),
                (self.tr("C&ourbe de paiement :"), self.curve_combo),
                ("", self.lower_check),
                (self.tr("Réalisé saisi à la &main :"), self.manual_edit)):
            form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.indicator_combo.currentIndexChanged.connect(self._on_indicator_changed)
        for edit in (self.baseline_edit, self.target_edit, self.manual_edit):
            edit.editingFinished.connect(lambda edit=edit: _regroup(edit))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

    def _load(self, v: ObjectiveInput) -> None:
        self.label_edit.setText(v.label)
        self._offer(v.indicator)
        self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(v.indicator))
        self.basis_combo.setCurrentIndex(max(self.basis_combo.findData(v.basis), 0))
        self.unit_edit.setText(unit_shown(v.unit or indicator(v.indicator).unit))
        self.baseline_edit.setText(_text(v.baseline))
        self.target_edit.setText("" if v.target == 0 and not v.lower_is_better
                                 else _text(v.target))
        self.weight_spin.setValue(float(v.weight))
        self.trigger_spin.setValue(float(v.threshold_trigger))
        self.threshold_target_spin.setValue(float(v.threshold_target))
        self.cap_spin.setValue(float(v.threshold_cap))
        self.curve_combo.setCurrentIndex(max(self.curve_combo.findData(v.curve), 0))
        self.lower_check.setChecked(v.lower_is_better)
        self.manual_edit.setText(_text(v.manual_actual))
        self._show_indicator()

    def _offer(self, code: str) -> None:
        """Add an objective's indicator that the list does not offer, so that it is kept.

        A seller's indicator on a sheet kept after a change of profile, or an unknown code,
        was shown as the list's first one, and saved as it on OK.
        """
        if self.indicator_combo.findData(code) < 0:
            self.indicator_combo.addItem(indicator(code).label, code)

    def _on_indicator_changed(self) -> None:
        """A chosen indicator brings its unit: « € », « h »… or none to type for another one."""
        self._show_indicator()
        self.unit_edit.setText(unit_shown(self._indicator().unit))

    def _indicator(self) -> Indicator:
        return indicator(str(self.indicator_combo.currentData()))

    def _show_indicator(self) -> None:
        """Fields that depend on the indicator; the unit is left as loaded or typed."""
        chosen = self._indicator()
        self.basis_combo.setEnabled(chosen.uses_basis)
        self.manual_edit.setEnabled(chosen.is_manual)
        typed = self.label_edit.text().strip()
        if not typed or typed == self._auto_label:  # never overwrite a label the user wrote
            self._auto_label = proposed_label(chosen)
            self.label_edit.setText(self._auto_label)

    def values(self) -> ObjectiveInput:
        """The objective as typed; raises ValidationError on unreadable numbers."""
        target = _number(self.target_edit.text(), self.tr("La cible"), required=True)
        code = str(self.indicator_combo.currentData())
        return ObjectiveInput(
            label=self.label_edit.text().strip(), indicator=code, target=target or Decimal(0),
            weight=_dec(self.weight_spin.value()), basis=str(self.basis_combo.currentData()),
            unit=unit_stored(self.unit_edit.text()),
            baseline=_number(self.baseline_edit.text(), self.tr("La référence")),
            threshold_trigger=_dec(self.trigger_spin.value()),
            threshold_target=_dec(self.threshold_target_spin.value()),
            threshold_cap=_dec(self.cap_spin.value()),
            curve=str(self.curve_combo.currentData()),
            lower_is_better=self.lower_check.isChecked(),
            manual_actual=_number(self.manual_edit.text(), self.tr("Le réalisé"))
            if indicator(code).is_manual else None)

    def _on_accept(self) -> None:
        try:
            v = self.values()
            check_thresholds(trigger=v.threshold_trigger, target=v.threshold_target,
                             cap=v.threshold_cap)
            self._check_target(v)
            if not v.label:
                raise ValidationError(self.tr("Le libellé de l'objectif est obligatoire."))
        except SrmError as error:
            self.error_label.setText(error_text(error))
            return
        self.accept()

    def _check_target(self, v: ObjectiveInput) -> None:
        """The target's sign and its bound; the cursor goes back to it if refused."""
        try:
            check_objective_target(v, saved=self._saved)
        except SrmError:
            self.target_edit.setFocus()
            self.target_edit.selectAll()
            raise


def proposed_label(chosen: Indicator) -> str:
    """The indicator's name as an objective's label, without the « (saisie manuelle) » note.

    The note tells apart, in the indicator list, the indicators whose actual is typed; the label
    is printed on the signed sheet as the objective's name, where it has no place.
    """
    if not chosen.is_manual:
        return chosen.label
    return _TRAILING_NOTE.sub("", chosen.label)


def _dec(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).normalize()


def _text(value: Decimal | None) -> str:
    """``450 000``, ``1 234,56`` (``450,000``, ``1,234.56`` in English); every decimal kept."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    return grouped(value, max(0, -int(exponent)))


def _regroup(edit: QLineEdit) -> None:
    """Show a number typed ungrouped (``450000``) grouped once typed; leave anything else."""
    value = read_typed(edit.text())
    if value is not None:
        edit.setText(_text(value))


def _number(text: str, what: str, *, required: bool = False) -> Decimal | None:
    if not text.strip():
        if required:
            raise ValidationError(QCoreApplication.translate(
                "Errors", "{what} est obligatoire.").format(what=what))
        return None
    value = read_typed(text)
    if value is None:
        raise ValidationError(QCoreApplication.translate(
            "Errors", "{what} n'est pas un nombre lisible : « {text} ».",
        ).format(what=what, text=text))
    return value
