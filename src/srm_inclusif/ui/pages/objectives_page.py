"""Objectifs page: sheets per person or team and year, objectives edited with undo, progress."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.fiscal_year import fiscal_year_label, fiscal_year_of
from srm_inclusif.core.money import from_cents, to_cents
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.objective_sheet import default_data_date, fiscal_period
from srm_inclusif.core.sheet_problems import running_until
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.services.kpi_data import objective_actuals
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.i18n import count_text
from srm_inclusif.ui.models.objectives_table import progress_row
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.pages.objectives_copy import copy_previous_year, copy_refusal
from srm_inclusif.ui.pages.objectives_total import show_total
from srm_inclusif.ui.pages.objectives_view import ObjectivesView
from srm_inclusif.ui.prompts import asked
from srm_inclusif.ui.sheet_dialog import SheetDialog


class ObjectivesPage(QWidget):
    """Controller of the Objectifs page."""

    sheet_selected = Signal(object)  # sheet id or None

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = ObjectivesView(self)
        self.export_bar = self.view.export_bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the view has the margins of every other page
        layout.addWidget(self.view)
        self.sheet: svc.SheetView | None = None
        # the OETH estimator is the buyer's (DOMAIN §5); the window builds its pages again
        # when the profile changes, so reading it here follows a change at once
        self.view.oeth_button.setVisible(ctx.settings.profile is Profile.ACHETEUR)
        self._connect_signals()
        self._fill_years()
        self.refresh(Changes.all())

    def _connect_signals(self) -> None:
        v = self.view
        v.year_combo.currentIndexChanged.connect(self._on_year_changed)
        v.sheet_list.currentItemChanged.connect(self._on_sheet_changed)
        v.new_sheet_button.clicked.connect(self._on_new_sheet)
        v.copy_button.clicked.connect(self._on_copy_last_year)
        v.delete_sheet_button.clicked.connect(self._on_delete_sheet)
        v.add_button.clicked.connect(self._on_add)
        v.edit_button.clicked.connect(self._on_edit)
        v.delete_button.clicked.connect(self._on_delete)
        v.table.doubleClicked.connect(self._on_edit)
        v.table.selectionModel().selectionChanged.connect(self._show_offers)
        v.variable_spin.valueChanged.connect(self._on_variable_changed)
        v.oeth_button.clicked.connect(self._on_oeth)
        v.parameters_button.clicked.connect(self._on_parameters)

    # -- loading --------------------------------------------------------------------------------
    def _fill_years(self) -> None:
        """The years with sheets, the running (fiscal) one and the next; the running one shown.

        The running year is the dashboard's and ``stats``'s: the one today falls in.
        """
        this_year = self._this_year()
        years = {s.year for s in svc.list_sheets(self.ctx.engine)} | {this_year, this_year + 1}
        current = self.view.year_combo.currentData() or this_year
        self.view.year_combo.blockSignals(True)
        self.view.year_combo.clear()
        for year in sorted(years, reverse=True):
            self.view.year_combo.addItem(self._year_name(year), year)
        self.view.year_combo.setCurrentIndex(max(self.view.year_combo.findData(current), 0))
        self.view.year_combo.blockSignals(False)

    def year(self) -> int:
        """The year shown."""
        return int(self.view.year_combo.currentData() or self._this_year())

    def _this_year(self) -> int:
        """The (fiscal) year today falls in."""
        return fiscal_year_of(self.ctx.today(), self.ctx.settings.fiscal_year_start_month)

    def _year_name(self, year: int) -> str:
        """« 2026 », or « 2026-2027 » when the year starts in another month than January."""
        return fiscal_year_label(year, self.ctx.settings.fiscal_year_start_month)

    def creating_buttons(self) -> list[QPushButton]:
        """The buttons that only add to the workspace: « Nouvelle fiche… »."""
        return [self.view.new_sheet_button]

    def writing_buttons(self) -> list[QWidget]:
        """What changes a sheet: kept off in a read-only workspace, whatever is selected."""
        v = self.view
        return [v.copy_button, v.delete_sheet_button, v.variable_spin, v.add_button,
                v.edit_button, v.delete_button]

    def refresh(self, changes: Changes) -> None:
        """Reload sheets and progress when objectives or the data behind actuals changed."""
        if changes.touches("objectives", "settings", "people"):  # start month, names
            self._fill_years()
            self._load_sheets()
        elif changes.touches("spend", "contracts", "feedback", "counterparties", "settings"):
            self._load_objectives()

    def _load_sheets(self, select_id: int | None = None) -> None:
        keep = select_id or (self.sheet.id if self.sheet else None)
        lst = self.view.sheet_list
        lst.blockSignals(True)
        lst.clear()
        for sheet in svc.list_sheets(self.ctx.engine, year=self.year()):
            item = QListWidgetItem(sheet.owner_name)
            item.setData(Qt.ItemDataRole.UserRole, sheet.id)
            lst.addItem(item)
            if sheet.id == keep:
                lst.setCurrentItem(item)
        if lst.currentItem() is None and lst.count():
            lst.setCurrentRow(0)
        lst.blockSignals(False)
        self._on_sheet_changed()

    def _on_year_changed(self) -> None:
        self.sheet = None
        self._load_sheets()

    def _on_sheet_changed(self) -> None:
        item = self.view.sheet_list.currentItem()
        sheet_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.sheet = svc.get_sheet(self.ctx.engine, sheet_id=sheet_id) if sheet_id else None
        self._load_objectives()
        self.sheet_selected.emit(sheet_id)

    def _load_objectives(self) -> None:
        v, sheet = self.view, self.sheet
        for widget in (v.add_button, v.delete_sheet_button, v.variable_spin):
            widget.setEnabled(sheet is not None)
        if sheet is None:
            v.model.set_rows([])
            self._show_offers()
            self._show_variable(0)  # what a new sheet starts with, not the last sheet's amount
            v.sheet_title.setText(self._no_sheet_title())
            v.weights_label.setText("")
            v.total_label.setText("")
            v.total_label.setToolTip("")
            return
        objectives = svc.sheet_objectives(self.ctx.engine, sheet_id=sheet.id)
        as_of = default_data_date(sheet.year, self.ctx.today(),
                                  self.ctx.settings.fiscal_year_start_month)
        actuals = {a.objective_id: a.actual for a in objective_actuals(
            self.ctx.engine, sheet_id=sheet.id, as_of=as_of)}
        rows = [progress_row(o, actuals.get(o.id)) for o in objectives]
        selected = self._selected()
        v.model.set_rows(rows)
        self._select_row(next((i for i, r in enumerate(rows)
                               if selected and r.objective.id == selected.id), 0))
        self._show_offers()
        title = self.tr("<b>{owner}</b> — objectifs {year} (réalisé au {day})")
        v.sheet_title.setText(title.format(owner=sheet.owner_name, year=self._year_name(sheet.year),
                                           day=day_text(as_of)))
        self._show_variable(sheet.target_variable_cents)
        self._show_weights(sum((o.values.weight for o in objectives), Decimal(0)), bool(rows))
        period_end = fiscal_period(sheet.year, self.ctx.settings.fiscal_year_start_month)[1]
        show_total(v.total_label, rows, sheet.target_variable_cents,
                   running_until(as_of, period_end))

    def _no_sheet_title(self) -> str:
        """A year without sheets: create one (not in a read-only workspace)."""
        year = self._year_name(self.year())
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Aucune fiche pour {year}.").format(year=year)
        return self.tr("Aucune fiche pour {year} : créez-en une.").format(year=year)

    def _select_row(self, row: int) -> None:
        """Select ``row`` when there is one: F2 and Suppr then act on it at once."""
        if row < self.view.model.rowCount():
            self.view.table.selectRow(row)

    def _show_offers(self) -> None:
        """Copy, edit and delete on only when they can act; off, their tooltips say why."""
        v = self.view
        v.offer(v.copy_button, self._copy_refusal())
        chosen = None if self._selected() is not None else self._no_selection()
        v.offer(v.edit_button, chosen)
        v.offer(v.delete_button, chosen)
        read_only_banner.refuse_writing(self)  # last: read-only, they stay off

    def _no_selection(self) -> str:
        if self.sheet is None:
            return self._no_sheet()
        return self.tr("Sélectionnez d'abord un objectif dans la liste.")

    def _no_sheet(self) -> str:
        return self.tr("Aucune fiche pour {year} : créez-en une d'abord.").format(
            year=self._year_name(self.year()))

    def _copy_refusal(self) -> str | None:
        """Why « Copier l'année précédente » has nothing to do; None when it can copy."""
        if self.sheet is None:
            return self._no_sheet()
        return copy_refusal(self.ctx.engine, self.sheet.id)

    def _show_variable(self, cents: int) -> None:
        spin = self.view.variable_spin
        spin.blockSignals(True)  # showing an amount is no edit to undo
        spin.setValue(float(from_cents(cents)))
        spin.blockSignals(False)

    def _show_weights(self, total: Decimal, any_rows: bool) -> None:
        problem = svc.weights_error(total) if any_rows else None
        label = self.view.weights_label
        if problem is not None:
            label.setText(error_text(problem))
            label.setStyleSheet("color: #c0392b; font-weight: bold;")
        else:
            label.setText(self.tr("Poids : 100 %") if any_rows else
                          self.tr("Ajoutez des objectifs ; leurs poids doivent totaliser 100 %."))
            label.setStyleSheet("color: #007a5a;")

    # -- helpers --------------------------------------------------------------------------------
    def _run(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> bool:
        """Do the action now as an undo step named ``text``; a refusal is said, not pushed."""
        return run_step(self.ctx, self, text, do, undo)

    def _selected(self) -> svc.ObjectiveView | None:
        """The objective whose row is selected (highlighted), the one Modifier… acts on."""
        rows = self.view.table.selectionModel().selectedRows()
        return self.view.model.row_at(rows[0].row()).objective if rows else None

    # -- sheet actions --------------------------------------------------------------------------
    def _on_new_sheet(self) -> None:
        owners = svc.list_sheet_owners(self.ctx.engine)
        if not owners and asked(self, self.tr("Objectifs"), self.tr(
                "Aucune personne ni équipe dans l'organisation. Les ajouter maintenant ?"),
                default_yes=True):
            from srm_inclusif.ui.organisation_dialog import open_organisation

            open_organisation(self.ctx, self)
            owners = svc.list_sheet_owners(self.ctx.engine)
        if not owners:
            return
        dialog = SheetDialog(owners, self.year(), self,
                             start_month=self.ctx.settings.fiscal_year_start_month)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_sheet(dialog.owner(), dialog.year(), dialog.target_variable_cents())

    def create_sheet(self, owner: svc.SheetOwner, year: int, variable_cents: int) -> None:
        """Create a sheet as one undo step and show it."""
        made: dict[str, int] = {}

        def do() -> Changes:
            sheet_id, changes = svc.create_sheet(
                self.ctx.engine, year=year, person_id=owner.person_id, team_id=owner.team_id,
                target_variable_cents=variable_cents, sheet_id=made.get("id"))
            made["id"] = sheet_id
            return changes

        if self._run(self.tr("Créer la fiche objectifs"), do,
                     lambda: svc.delete_sheet(self.ctx.engine, sheet_id=made["id"])):
            self._select_sheet(year, made["id"])

    def _select_sheet(self, year: int, sheet_id: int) -> None:
        self._fill_years()
        self.view.year_combo.setCurrentIndex(self.view.year_combo.findData(year))
        self._load_sheets(select_id=sheet_id)

    def _on_delete_sheet(self) -> None:
        if self.sheet is None:
            return
        snapshot = svc.snapshot_sheet(self.ctx.engine, sheet_id=self.sheet.id)
        question = self.tr("Supprimer la fiche {year} de {owner} ? Objectifs qu'elle contient : "
                           "{count}. Vous pourrez annuler avec Ctrl+Z.").format(
            year=self._year_name(self.sheet.year), owner=self.sheet.owner_name,
            count=count_text(len(snapshot.objectives)))
        if not asked(self, self.tr("Objectifs"), question, default_yes=False):
            return
        self._run(self.tr("Supprimer la fiche de {owner}").format(owner=self.sheet.owner_name),
                  lambda: svc.delete_sheet(self.ctx.engine, sheet_id=snapshot.sheet.id),
                  lambda: svc.restore_sheet(self.ctx.engine, snapshot=snapshot))

    def _on_copy_last_year(self) -> None:
        if self.sheet is not None:
            copy_previous_year(self.ctx, self, self.sheet.id)

    def _on_variable_changed(self, value: float) -> None:
        if self.sheet is None:
            return
        sheet_id, old = self.sheet.id, self.sheet.target_variable_cents
        new = to_cents(Decimal(str(round(value, 2))))
        if new == old:
            return
        self._run(self.tr("Modifier la part variable cible"),
                  lambda: svc.update_sheet(self.ctx.engine, sheet_id=sheet_id,
                                           target_variable_cents=new),
                  lambda: svc.update_sheet(self.ctx.engine, sheet_id=sheet_id,
                                           target_variable_cents=old))

    # -- objective actions ----------------------------------------------------------------------
    def _remaining_weight(self) -> Decimal:
        rows = [self.view.model.row_at(i) for i in range(self.view.model.rowCount())]
        return Decimal(100) - sum((r.objective.values.weight for r in rows), Decimal(0))

    def _on_add(self) -> None:
        if self.sheet is None:
            return
        dialog = ObjectiveDialog(parent=self, remaining_weight=self._remaining_weight())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_objective(dialog.values())

    def add_objective(self, values: svc.ObjectiveInput) -> None:
        """Add an objective to the shown sheet as one undo step."""
        assert self.sheet is not None
        sheet_id, made = self.sheet.id, {}

        def do() -> Changes:
            new_id, changes = svc.add_objective(self.ctx.engine, sheet_id=sheet_id,
                                                values=values, objective_id=made.get("id"))
            made["id"] = new_id
            return changes

        self._run(self.tr("Ajouter l'objectif « {label} »").format(label=values.label), do,
                  lambda: svc.delete_objective(self.ctx.engine, objective_id=made["id"]))

    def _on_edit(self) -> None:
        current = self._selected()
        if current is None or not read_only_banner.allowed(self.ctx):  # a double click
            return
        dialog = ObjectiveDialog(current.values, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update_objective(current, dialog.values())

    def update_objective(self, current: svc.ObjectiveView, values: svc.ObjectiveInput) -> None:
        """Replace an objective's values as one undo step."""
        if values == current.values:
            return
        self._run(self.tr("Modifier l'objectif « {label} »").format(label=values.label),
                  lambda: svc.update_objective(self.ctx.engine, objective_id=current.id,
                                               values=values),
                  lambda: svc.update_objective(self.ctx.engine, objective_id=current.id,
                                               values=current.values))

    def _on_delete(self) -> None:
        current = self._selected()
        if current is None:
            return
        self._run(self.tr("Supprimer l'objectif « {label} »").format(label=current.values.label),
                  lambda: svc.delete_objective(self.ctx.engine, objective_id=current.id),
                  lambda: svc.add_objective(self.ctx.engine, sheet_id=current.sheet_id,
                                            values=current.values, objective_id=current.id,
                                            position=current.position)[1])

    # -- tools ----------------------------------------------------------------------------------
    def _on_oeth(self) -> None:
        from srm_inclusif.ui.oeth_dialog import OethDialog

        OethDialog(self.ctx, self).exec()

    def _on_parameters(self) -> None:
        from srm_inclusif.ui.parameters_dialog import open_parameters

        open_parameters(self.ctx, self)
