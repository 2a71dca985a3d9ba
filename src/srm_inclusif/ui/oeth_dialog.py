"""OETH estimator: contribution, deduction earned by EA / ESAT / TIH purchases paid, headroom."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import as_percent, in_euros, percent_of
from srm_inclusif.core.objective_sheet import format_decimal
from srm_inclusif.core.oeth import OethEstimate, OethParameters, estimate
from srm_inclusif.core.oeth_bases import unpaid_purchases_note
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.kpi_data import oeth_purchases
from srm_inclusif.storage.services.oeth_bases import oeth_cents_by_basis
from srm_inclusif.storage.services.parameters import oeth_parameters
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.sizing import resize_to_fit

RESULT_ROWS = (
    ("required", QT_TRANSLATE_NOOP("OethDialog", "Bénéficiaires requis ({rate})")),
    ("missing", QT_TRANSLATE_NOOP("OethDialog", "Unités manquantes")),
    ("rate", QT_TRANSLATE_NOOP("OethDialog", "Taux d'emploi direct")),
    ("coefficient", QT_TRANSLATE_NOOP("OethDialog", "Coefficient × SMIC horaire")),
    ("gross", QT_TRANSLATE_NOOP("OethDialog", "Contribution brute")),
    (
        "before_cap",
        QT_TRANSLATE_NOOP("OethDialog", "Déduction avant plafond ({rate} de la main-d'œuvre)"),
    ),
    ("cap", QT_TRANSLATE_NOOP("OethDialog", "Plafond de déduction")),
    ("deduction", QT_TRANSLATE_NOOP("OethDialog", "Déduction retenue")),
    ("net", QT_TRANSLATE_NOOP("OethDialog", "Contribution nette")),
    ("headroom", QT_TRANSLATE_NOOP("OethDialog", "Marge restante avant le plafond")),
    ("labour_needed", QT_TRANSLATE_NOOP("OethDialog", "Main-d'œuvre encore à acheter")),
    (
        "purchases_needed",
        QT_TRANSLATE_NOOP("OethDialog", "Achats encore nécessaires (à la part supposée)"),
    ),
)


def _spin(decimals: int, maximum: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0, maximum)
    spin.setValue(value)
    return spin


class OethDialog(QDialog):
    """Type headcount and BOETH; purchases paid in the year come from the workspace."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("oethDialog")
        self.setWindowTitle(self.tr("Estimateur OETH"))
        resize_to_fit(self, 760, 640)
        self.estimate: OethEstimate | None = None
        self._unpaid_note: str | None = None
        self._build()
        self._connect_signals()
        self.recompute()

    def _build(self) -> None:
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("oethYear")
        self.year_spin.setRange(2020, 2100)
        self.year_spin.setValue(self.ctx.today().year)
        self.headcount_spin = _spin(2, 1_000_000, 180)
        self.headcount_spin.setObjectName("oethHeadcount")
        self.boeth_spin = _spin(2, 1_000_000, 0)
        self.boeth_spin.setObjectName("oethBoeth")
        self.share_spin = _spin(0, 100, 100)
        self.share_spin.setObjectName("oethLabourShare")
        self.share_spin.setSuffix(as_percent(""))
        self.late_check = QCheckBox(self.tr("Aucune action depuis plus de 3 ans (surcontribution)"))
        self.values: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.purchases_table = QTableWidget(0, 5)
        self.purchases_table.setObjectName("oethPurchases")
        self.purchases_table.setHorizontalHeaderLabels(
            [
                self.tr("Fournisseur"),
                self.tr("Type"),
                self.tr("Payé HT"),
                self.tr("Main-d'œuvre"),
                self.tr("Source"),
            ]
        )
        self.purchases_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.purchases_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.note_label = QLabel()
        self.note_label.setObjectName("oethNote")
        self.note_label.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        inputs = QFormLayout()
        inputs.addRow(self.tr("&Année :"), self.year_spin)
        inputs.addRow(self.tr("&Effectif d'assujettissement :"), self.headcount_spin)
        inputs.addRow(self.tr("&BOETH employés (moyenne annuelle) :"), self.boeth_spin)
        inputs.addRow(self.tr("Part de &main-d'œuvre supposée sans attestation :"), self.share_spin)
        inputs.addRow(self.late_check)  # whole row: the dialog fits a laptop screen
        results = QFormLayout()
        for key, _label in RESULT_ROWS:
            value = QLabel()
            value.setObjectName(f"oeth_{key}")
            self.values[key] = value
            self.row_labels[key] = QLabel()
            results.addRow(self.row_labels[key], value)
        self._name_rows(None)
        result_box = QGroupBox(self.tr("Estimation"))
        result_box.setLayout(results)
        purchases_box = QGroupBox(self.tr("Achats payés à des EA, ESAT et TIH"))
        QVBoxLayout(purchases_box).addWidget(self.purchases_table)
        top = QHBoxLayout()
        top.addLayout(inputs, 1)
        top.addWidget(result_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(purchases_box, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(buttons)

    def _connect_signals(self) -> None:
        for spin in (self.year_spin, self.headcount_spin, self.boeth_spin, self.share_spin):
            spin.valueChanged.connect(self.recompute)
        self.late_check.toggled.connect(self.recompute)

    def _share(self) -> Decimal:
        return Decimal(int(self.share_spin.value())) / 100

    def recompute(self) -> None:
        """Compute the estimate of the typed figures and show it."""
        year = self.year_spin.value()
        try:
            purchases = oeth_purchases(
                self.ctx.engine, year=year, default_labour_share=self._share()
            )
            params = oeth_parameters(self.ctx.engine, year=year)
            self.estimate = estimate(
                headcount=_dec(self.headcount_spin.value()),
                boeth=_dec(self.boeth_spin.value()),
                params=params,
                purchases=purchases,
                no_action_3_years=self.late_check.isChecked(),
            )
            self._unpaid_note = unpaid_purchases_note(
                oeth_cents_by_basis(self.ctx.engine, year=year))
        except SrmError as error:
            self.estimate = None
            self._name_rows(None)
            for label in self.values.values():
                label.setText("—")
            self.note_label.setText(error_text(error))
            return
        self._name_rows(params)
        self._show(self.estimate)

    def _name_rows(self, params: OethParameters | None) -> None:
        """Row names; the employment and deduction rates are the year's dated parameters."""
        rates = {"required": params.employment_rate if params else None,
                 "before_cap": params.deduction_rate if params else None}
        for key, label in RESULT_ROWS:
            rate = rates.get(key)
            text = self.tr(label).format(
                rate="…" if rate is None else as_percent(_written(rate * 100)))
            self.row_labels[key].setText(self.tr("{label} :").format(label=text))

    def _show(self, r: OethEstimate) -> None:
        def eur(cents: int) -> str:
            return format_eur(cents, decimals=True)

        texts = {
            "required": str(r.required),
            "missing": _written(r.missing),
            "rate": percent_of(r.direct_rate),
            "coefficient": f"{_written(r.coefficient)} × {in_euros(_written(r.smic))}",
            "gross": eur(r.gross_cents),
            "before_cap": eur(r.deduction_before_cap_cents),
            "cap": f"{eur(r.cap_cents)} ({as_percent(_written(r.cap_rate * 100))})",
            "deduction": eur(r.deduction_cents),
            "net": eur(r.net_cents),
            "headroom": eur(r.headroom_cents),
            "labour_needed": eur(r.labour_needed_cents),
            "purchases_needed": eur(r.purchases_needed_cents(self._share())),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self._fill_purchases(r)
        self.note_label.setText(self._note(r))

    def _fill_purchases(self, r: OethEstimate) -> None:
        table = self.purchases_table
        table.setRowCount(len(r.purchases))
        for row, p in enumerate(r.purchases):
            cells = (
                p.label,
                p.kind.value,
                format_eur(p.amount_cents, decimals=True),
                format_eur(p.labour_cost_cents, decimals=True),
                self.tr("estimation") if p.estimated else self.tr("attestation"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):  # amounts line up on their units
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _note(self, r: OethEstimate) -> str:
        notes = []
        if self.ctx.settings.profile is not Profile.ACHETEUR:
            notes.append(self.tr("L'estimateur concerne le profil acheteur."))
        if self._unpaid_note:  # else a deduction of 0 € reads as « no such purchase »
            notes.append(self._unpaid_note)
        if not r.subject:
            notes.append(self.tr("Moins de 20 salariés : l'entreprise n'est pas assujettie."))
        if r.estimated:
            notes.append(
                self.tr(
                    "Certains coûts de main-d'œuvre sont estimés faute "
                    "d'attestation : le résultat est une estimation."
                )
            )
        notes.append(
            self.tr(
                "Estimation indicative, hors outil de paie ; paramètres "
                "modifiables dans « Outils › Paramètres datés… »."
            )
        )
        return " ".join(notes)


def _dec(value: float) -> Decimal:
    return Decimal(str(round(value, 2)))


def _written(value: Decimal) -> str:
    return format_decimal(value, 4)
