"""The dated parameter table (SMIC horaire, OETH coefficients and rates), editable with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from srm_inclusif.core.numbers import as_percent, day_text, grouped, in_euros, localised, read_typed
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.seed import DEFAULT_PARAMETERS
from srm_inclusif.storage.services import parameters as svc
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.prompts import ask_text, asked
from srm_inclusif.ui.undo import undo_here

#: The notes the shipped parameters came with (``storage.seed.DEFAULT_PARAMETERS``): they only
#: repeat the label (and « (6 %) » would stay when the rate changes), so the table leaves them out.
SEED_NOTES = frozenset(note for *_values, note in DEFAULT_PARAMETERS)

Unit = svc.ParameterUnit


def _plain(value: Decimal) -> str:
    """``1500`` → ``1 500``, ``0.5`` → ``0,5``: every significant digit, grouped."""
    return localised(f"{value.normalize():,f}")


def value_text(value: Decimal, unit: Unit) -> str:
    """A stored value as the table shows it: ``6 %``, ``12,02 €``, ``400 × SMIC horaire``."""
    if unit is Unit.PERCENT:
        return as_percent(_plain(value * 100))
    if unit is Unit.EUROS:
        return in_euros(grouped(value, 2))
    if unit is Unit.SMIC_HOURS:
        return QCoreApplication.translate("ParametersDialog", "{count} × SMIC horaire").format(
            count=_plain(value))
    return _plain(value)


def typed_text(value: Decimal, unit: Unit) -> str:
    """A stored value as the user types it: a rate in percent (``6`` for 0.06)."""
    shown = value * 100 if unit is Unit.PERCENT else value
    return localised(f"{shown.normalize():f}")


def stored_value(typed: str, unit: Unit) -> Decimal | str:
    """What to store for a typed value: a percentage becomes a fraction (``6`` → 0.06).

    Text that is not a number is passed on as typed, for the service to say so.
    """
    if unit is not Unit.PERCENT:
        return typed
    number = read_typed(typed.strip().removesuffix("%"))
    return typed if number is None else number / 100


def unit_hint(unit: Unit) -> str:
    """How to type a value of this unit (empty for a plain number)."""
    hints = {
        Unit.PERCENT: QT_TRANSLATE_NOOP("ParametersDialog", "en % (6 pour 6 %)"),
        Unit.EUROS: QT_TRANSLATE_NOOP("ParametersDialog", "en euros"),
        Unit.SMIC_HOURS: QT_TRANSLATE_NOOP("ParametersDialog", "en nombre de SMIC horaires"),
    }
    return QCoreApplication.translate("ParametersDialog", hints[unit]) if unit in hints else ""


class NewValueDialog(FormDialog):
    """A new dated value of a parameter, typed in the parameter's unit (a rate in %)."""

    def __init__(self, names: list[str], parent: QWidget | None = None, *,
                 today: date | None = None, chosen: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle valeur datée"))
        self.name_combo = QComboBox()
        for name in names:
            self.name_combo.addItem(svc.parameter_label(name), name)
        self.name_combo.setCurrentIndex(max(self.name_combo.findData(chosen), 0))
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("parameterValue")
        self.unit_label = QLabel()
        self.unit_label.setObjectName("parameterUnit")
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit, 1)
        value_row.addWidget(self.unit_label)
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
        form.addRow(self.tr("&Valeur :"), value_row)
        form.labelForField(value_row).setBuddy(self.value_edit)
        form.addRow(self.tr("En vigueur à partir &du :"), self.date_edit)
        form.addRow(self.tr("&Note :"), self.note_edit)
        form.addRow(buttons)
        self.name_combo.currentIndexChanged.connect(self._show_unit)
        self._show_unit()

    def accept(self) -> None:
        """Close only on a readable date: a text typed but unreadable is never the former date."""
        try:
            self.date_edit.checked_day()
        except SrmError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            self.date_edit.setFocus()
            return
        super().accept()

    def _show_unit(self) -> None:
        self.unit_label.setText(unit_hint(self.unit()))

    def name(self) -> str:
        """The chosen parameter's name (its key)."""
        return str(self.name_combo.currentData() or "")

    def unit(self) -> Unit:
        """The unit the value is typed in."""
        return svc.parameter_kind(self.name()).unit

    def value(self) -> Decimal | str:
        """The typed value, as stored (a rate as a fraction)."""
        return stored_value(self.value_edit.text(), self.unit())

    def valid_from(self) -> date:
        """The chosen date."""
        return self.date_edit.day()


class ParametersDialog(QDialog):
    """Lists every dated value; add, change or remove one (each an undo step)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ParametersDialog", "Paramètre"),
        QT_TRANSLATE_NOOP("ParametersDialog", "En vigueur depuis"),
        QT_TRANSLATE_NOOP("ParametersDialog", "Valeur"),
        QT_TRANSLATE_NOOP("ParametersDialog", "Note"),
    )
    COL_VALUE = 2

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
        header.setStretchLastSection(True)
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
        undo_here(self, self.ctx.undo_stack)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.reload()
        if not read_only_banner.allowed(self.ctx):
            self._show_read_only()

    def _show_read_only(self) -> None:
        """A read-only workspace: the values are shown, none can be added, changed or removed."""
        self.setWindowTitle(read_only_banner.read_only_title(self.tr("Paramètres datés")))
        read_only_banner.refuse_writing(self)

    def writing_buttons(self) -> list[QPushButton]:
        """Every button: each adds, changes or removes a value."""
        return [self.add_button, self.edit_button, self.delete_button]

    def reload(self) -> None:
        """Show the table's current content."""
        self.rows = svc.list_parameters(self.ctx.engine)
        self.table.setRowCount(len(self.rows))
        for index, p in enumerate(self.rows):
            cells = (svc.parameter_label(p.name), day_text(p.valid_from),
                     value_text(p.value, svc.parameter_kind(p.name).unit),
                     "" if p.note in SEED_NOTES else p.note)
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
            self.table.item(index, self.COL_VALUE).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("parameters"):
            self.reload()

    def _selected(self) -> svc.ParameterRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _run(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> None:
        run_step(self.ctx, self, text, do, undo)

    def _on_add(self) -> None:
        names = list(dict.fromkeys([*svc.PARAMETER_KINDS, *(p.name for p in self.rows)]))
        current = self._selected()  # a new value most often follows the one selected
        dialog = NewValueDialog(names, self, today=self.ctx.today(),
                                chosen=current.name if current else None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_value(dialog.name(), dialog.value(), dialog.valid_from(), dialog.note_edit.text())

    def add_value(self, name: str, value: Decimal | str, valid_from: date, note: str = "") -> None:
        """Add a dated value (as stored: a rate as a fraction) as one undo step."""
        made: dict[str, int] = {}

        def do() -> Changes:
            made["id"], changes = svc.add_parameter(
                self.ctx.engine, name=name, value=value, valid_from=valid_from, note=note
            )
            return changes

        self._run(
            self.tr("Ajouter une valeur de « {name} »").format(name=svc.parameter_label(name)),
            do,
            lambda: svc.delete_parameter(self.ctx.engine, parameter_id=made["id"]),
        )

    def _on_edit(self) -> None:
        current = self._selected()
        if current is None or not read_only_banner.writable(self, self.ctx):  # a double click
            return
        unit = svc.parameter_kind(current.name).unit
        text, ok = ask_text(self, self.tr("Modifier la valeur"), self._edit_prompt(current),
                            text=typed_text(current.value, unit))
        if ok:
            self.change_value(current, stored_value(text, unit))

    def _edit_prompt(self, current: svc.ParameterRow) -> str:
        """« Taux d'emploi obligatoire au 01/01/2020, en % (6 pour 6 %) : »."""
        label, day = svc.parameter_label(current.name), day_text(current.valid_from)
        hint = unit_hint(svc.parameter_kind(current.name).unit)
        if not hint:
            return self.tr("{name} au {day} :").format(name=label, day=day)
        return self.tr("{name} au {day}, {unit} :").format(name=label, day=day, unit=hint)

    def change_value(self, current: svc.ParameterRow, value: Decimal | str) -> None:
        """Change a dated value (to one as stored: a rate as a fraction) as one undo step."""
        self._run(
            self.tr("Modifier « {name} »").format(name=svc.parameter_label(current.name)),
            lambda: svc.update_parameter(self.ctx.engine, parameter_id=current.id, value=value),
            lambda: svc.update_parameter(
                self.ctx.engine, parameter_id=current.id, value=current.value
            ),
        )

    def _on_delete(self) -> None:
        current = self._selected()
        if current is not None and self._deletion_confirmed(current):
            self.delete_value(current)

    def _deletion_confirmed(self, current: svc.ParameterRow) -> bool:
        """Ask before removing, naming the value and its date; No is the default answer."""
        question = self.tr(
            "Supprimer la valeur de « {name} » en vigueur depuis le {day} ({value}) ? "
            "Vous pourrez annuler avec Ctrl+Z.").format(
                name=svc.parameter_label(current.name), day=day_text(current.valid_from),
                value=value_text(current.value, svc.parameter_kind(current.name).unit))
        return asked(self, self.tr("Supprimer"), question, default_yes=False)

    def delete_value(self, current: svc.ParameterRow) -> None:
        """Remove a dated value as one undo step."""
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

        self._run(self.tr("Supprimer une valeur de « {name} »").format(
            name=svc.parameter_label(current.name)), do, undo)


def open_parameters(ctx: WorkspaceContext, parent: QWidget | None) -> None:
    """Show the dated parameters until closed; the dialog goes with its close.

    Kept alive, a closed dialog would still reload at every change and hold its undo keys.
    """
    dialog = ParametersDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
