"""What a spend import needs besides its columns: the date of undated lines, the basis."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.exchange.import_profiles import is_table
from srm_inclusif.exchange.spend_records import check_default_day
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.ui.day_edit import DayEdit

#: A year written alone in a file name (« depenses_2025 », « achats 2024.xlsx »).
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: The fields that date a spend line; a file without them takes the date chosen here.
DATING_FIELDS = frozenset({"spend_date", "year"})
#: The option adding the people a spend file names that the workspace lacks (the summary
#: points back to it).
ADD_BUYERS = QT_TRANSLATE_NOOP(
    "SpendChoices", "Ajouter à l'organisation les acheteurs du fichier absents de l'espace")
ADD_SALESPEOPLE = QT_TRANSLATE_NOOP(
    "SpendChoices", "Ajouter à l'organisation les commerciaux du fichier absents de l'espace")


def add_buyers_text(*, seller: bool) -> str:
    """The option's words, in the UI language: a seller's lines name her salespeople."""
    return QCoreApplication.translate("SpendChoices", ADD_SALESPEOPLE if seller else ADD_BUYERS)


def is_undated(plan: FilePlan) -> bool:
    """True for a spend table whose mapping gives neither a date nor a year."""
    return is_table(plan) and not DATING_FIELDS & set(plan.mapping.values())


def default_spend_day(paths: Iterable[Path], today: date) -> date:
    """31 December of the first year written in a file's name, else today."""
    for path in paths:
        if found := _YEAR_IN_NAME.search(path.stem):
            return date(int(found.group(1)), 12, 31)
    return today


class SpendChoices(QWidget):
    """The date of undated lines, the basis, and who gets the lines without a buyer.

    The date identifies undated lines at a re-import; the buyer is asked when the workspace has
    several people.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, seller: bool = False) -> None:
        super().__init__(parent)
        self.day_label = QLabel(self.tr("Date des ventes :") if seller
                                else self.tr("Date des achats :"))
        self.day_edit = DayEdit()
        self.day_edit.setObjectName("spendDateEdit")
        self.day_label.setBuddy(self.day_edit)
        self.day_note = QLabel()  # names the undated files (see ``show_for``)
        self.day_note.setObjectName("spendDateNote")
        self.day_note.setWordWrap(True)
        self.basis_label = QLabel(self.tr("Base des montants :"))
        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("spendBasisCombo")
        for basis in SpendBasis:
            self.basis_combo.addItem(basis.label, basis.value)
        self.basis_label.setBuddy(self.basis_combo)
        self.buyer_label = QLabel(self.tr("Commercial des lignes sans commercial :") if seller
                                  else self.tr("Acheteur des lignes sans acheteur :"))
        self.buyer_combo = QComboBox()
        self.buyer_combo.setObjectName("defaultBuyerCombo")
        self.buyer_label.setBuddy(self.buyer_combo)
        self.add_buyers = QCheckBox(add_buyers_text(seller=seller))
        self.add_buyers.setObjectName("addBuyersCheck")
        self.add_buyers.setToolTip(self.tr(
            "Sinon leurs lignes sont importées sans personne, et signalées."))
        self._build_layout()
        self.day_edit.dateChanged.connect(self.changed)
        self.basis_combo.currentIndexChanged.connect(self.changed)
        self.buyer_combo.currentIndexChanged.connect(self.changed)
        self.add_buyers.toggled.connect(self.changed)

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        dating = QFormLayout()  # a form row: a refused date names its field (« Date des achats »)
        dating.addRow(self.day_label, self.day_edit)
        grid.addLayout(dating, 0, 0)
        grid.addWidget(self.basis_label, 0, 1)
        grid.addWidget(self.basis_combo, 0, 2)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.day_note, 1, 0, 1, 4)
        buyer = QFormLayout()  # the names' width, as the basis beside it
        buyer.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        buyer.addRow(self.buyer_label, self.buyer_combo)
        buyers = QHBoxLayout()  # one row: the mapping above keeps its height
        buyers.addLayout(buyer)
        buyers.addWidget(self.add_buyers)
        buyers.addStretch(1)
        grid.addLayout(buyers, 2, 0, 1, 4)

    def show_for(self, plans: list[FilePlan]) -> None:
        """Shown for spend; the date only when one of the files has no date nor year column."""
        spend = any(plan.target == "spend" for plan in plans)
        self.setVisible(spend)
        undated = [plan.path.name for plan in plans if spend and is_undated(plan)]
        for widget in (self.day_label, self.day_edit, self.day_note):
            widget.setVisible(bool(undated))
        self.day_note.setText(self._undated_text(undated))
        self.add_buyers.setVisible(
            spend and any("buyer" in plan.mapping.values() for plan in plans))

    def _undated_text(self, names: list[str]) -> str:
        """Which files take the date: named, the file shown in the wizard may be another one."""
        if len(names) > 1:
            return self.tr(
                "Ces fichiers n'ont pas de colonne de date ni d'année : {files}. Leurs lignes "
                "prennent cette date. Elle les identifie : réimportés avec la même date, ces "
                "fichiers n'ajoutent pas leurs lignes une seconde fois.").format(
                files=", ".join(quoted(name) for name in names))
        return self.tr(
            "« {file} » n'a pas de colonne de date ni d'année : ses lignes prennent cette date. "
            "Elle les identifie : réimporté avec la même date, le fichier n'ajoute pas ses "
            "lignes une seconde fois.").format(file=names[0]) if names else ""

    def set_people(self, people: list[tuple[int, str]], chosen: int | None) -> None:
        """Offer the people for the lines without a buyer; hidden for one person or none.

        Alone in her workspace, the owner gets them without being asked.
        """
        self.buyer_combo.blockSignals(True)
        self.buyer_combo.clear()
        self.buyer_combo.addItem(self.tr("— aucun —"), None)
        for person_id, name in people:
            self.buyer_combo.addItem(name, person_id)
        self.buyer_combo.setCurrentIndex(max(self.buyer_combo.findData(chosen), 0))
        self.buyer_combo.blockSignals(False)
        for widget in (self.buyer_label, self.buyer_combo):
            widget.setVisible(len(people) > 1)

    def buyer(self) -> int | None:
        """The person chosen for the lines without a buyer, None for nobody."""
        data = self.buyer_combo.currentData()
        return int(data) if data is not None else None

    def adds_buyers(self) -> bool:
        """Whether the buyers the files name that the workspace lacks are to be added."""
        return not self.add_buyers.isHidden() and self.add_buyers.isChecked()

    def day(self) -> date:
        """The date chosen for undated lines; a ``ValidationError`` naming the field if none.

        Also refused: a date a typo in its year would give (1925 for 2025: another fiscal year).
        """
        day = self.day_edit.checked_day()
        check_default_day(day)
        return day

    def set_day(self, day: date) -> None:
        """Show a date without telling it as the user's change."""
        self.day_edit.blockSignals(True)
        self.day_edit.set_day(day)
        self.day_edit.blockSignals(False)

    def set_basis(self, basis: str) -> None:
        """Show a basis without telling it as the user's change."""
        self.basis_combo.blockSignals(True)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(basis))
        self.basis_combo.blockSignals(False)

    def basis(self) -> str:
        """``ordered``, ``invoiced`` or ``paid``."""
        return str(self.basis_combo.currentData())
