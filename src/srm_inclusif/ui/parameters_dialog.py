"""The dated parameter table (SMIC horaire, OETH coefficients and rates), editable with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import day_text, localised
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import parameters as svc
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.prompts import ask_text
from srm_inclusif.ui.undo import ServiceCommand

#: The notes of the shipped parameters (``storage.seed.DEFAULT_PARAMETERS``), for the catalogue:
#: the table says them in the UI language; a note the user typed is shown as typed.
SEED_NOTES = (
    QT_TRANSLATE_NOOP("ParametersDialog", "SMIC horaire brut (€)"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Taux d'emploi obligatoire (6 %)"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Coefficient, 20 à 249 salariés"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Coefficient, 250 à 749 salariés"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Coefficient, 750 salariés et plus"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Surcontribution (× SMIC)"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Part déductible du coût de main-d'œuvre"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Plafond si taux d'emploi direct < 3 %"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Plafond si taux d'emploi direct ≥ 3 %"),
    QT_TRANSLATE_NOOP("ParametersDialog", "Taux d'emploi direct du plafond haut"),
)


class NewValueDialog(QDialog):
    """A new dated value of an existing (or new) parameter."""

    def __init__(self, names: list[str], parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle valeur datée"))
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.addItems(names)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("parameterValue")
        self.date_edit = DayEdit(today or date.today())  # the workspace's day
        self.date_edit.setObjectName("parameterValidFrom")
        self.note_edit = QLineEdit()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Paramètre :"), self.name_combo)
        form.addRow(self.tr("&Valeur :"), self.value_edit)
        form.addRow(self.tr("En vigueur à partir &du :"), self.date_edit)
        form.addRow(self.tr("&Note :"), self.note_edit)
        form.addRow(buttons)

    def valid_from(self) -> date:
        """The chosen date."""
        return self.date_edit.day()


class ParametersDialog(QDialog):
    """Lists every dated value; add, change or remove one (each an undo step)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ParametersDialog", "Paramètre"),
        QT_TRANSLATE_NOOP("ParametersDialog", "Description"),
        QT_TRANSLATE_NOOP("ParametersDialog", "En vigueur depuis"),
        QT_TRANSLATE_NOOP("ParametersDialog", "Valeur"),
    )

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("parametersDialog")
        self.setWindowTitle(self.tr("Paramètres datés"))
        self.resize(820, 460)
        self.rows: list[svc.ParameterRow] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("parametersTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Nouvelle valeur datée…"))
        self.edit_button = QPushButton(self.tr("&Modifier la valeur…"))
        self.delete_button = QPushButton(self.tr("&Supprimer"))
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.table.doubleClicked.connect(self._on_edit)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        """Show the table's current content."""
        self.rows = svc.list_parameters(self.ctx.engine)
        self.table.setRowCount(len(self.rows))
        for index, p in enumerate(self.rows):
            value = QTableWidgetItem(localised(f"{p.value.normalize():f}"))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(
                (
                    QTableWidgetItem(p.name),
                    QTableWidgetItem(self.tr(p.note) if p.note in SEED_NOTES else p.note),
                    QTableWidgetItem(day_text(p.valid_from)),
                    value,
                )
            ):
                self.table.setItem(index, column, item)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("parameters"):
            self.reload()

    def _selected(self) -> svc.ParameterRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _run(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> None:
        try:
            first = do()
        except SrmError as error:
            QMessageBox.warning(self, self.tr("Paramètres"), error_text(error))
            return
        pending = [first]
        self.ctx.run_command(
            ServiceCommand(self.ctx, text, lambda: pending.pop() if pending else do(), undo)
        )

    def _on_add(self) -> None:
        dialog = NewValueDialog(sorted({p.name for p in self.rows}), self, today=self.ctx.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_value(
            dialog.name_combo.currentText(),
            dialog.value_edit.text(),
            dialog.valid_from(),
            dialog.note_edit.text(),
        )

    def add_value(self, name: str, value: str, valid_from: date, note: str = "") -> None:
        """Add a dated value as one undo step."""
        made: dict[str, int] = {}

        def do() -> Changes:
            made["id"], changes = svc.add_parameter(
                self.ctx.engine, name=name, value=value, valid_from=valid_from, note=note
            )
            return changes

        self._run(
            self.tr("Ajouter une valeur de « {name} »").format(name=name),
            do,
            lambda: svc.delete_parameter(self.ctx.engine, parameter_id=made["id"]),
        )

    def _on_edit(self) -> None:
        current = self._selected()
        if current is None:
            return
        text, ok = ask_text(
            self,
            self.tr("Modifier la valeur"),
            self.tr("{name} au {day} :").format(
                name=current.name, day=day_text(current.valid_from)
            ),
            text=localised(f"{current.value.normalize():f}"),
        )
        if ok:
            self.change_value(current, text)

    def change_value(self, current: svc.ParameterRow, text: str) -> None:
        """Change a dated value as one undo step."""
        self._run(
            self.tr("Modifier « {name} »").format(name=current.name),
            lambda: svc.update_parameter(self.ctx.engine, parameter_id=current.id, value=text),
            lambda: svc.update_parameter(
                self.ctx.engine, parameter_id=current.id, value=current.value
            ),
        )

    def _on_delete(self) -> None:
        current = self._selected()
        if current is None:
            return
        ids = {"id": current.id}

        def do() -> Changes:
            return svc.delete_parameter(self.ctx.engine, parameter_id=ids["id"])

        def undo() -> Changes:
            ids["id"], changes = svc.add_parameter(
                self.ctx.engine,
                name=current.name,
                value=current.value,
                valid_from=current.valid_from,
                note=current.note,
            )
            return changes

        self._run(self.tr("Supprimer une valeur de « {name} »").format(name=current.name), do, undo)
