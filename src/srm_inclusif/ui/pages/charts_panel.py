"""The dashboard's charts, with year, period, person and basis selectors.

matplotlib is imported on a background thread once the panel is shown (``ui.chart_preload``):
until it is there, the panel says « Chargement des graphiques… » and the window stays usable;
the charts are built once it is. Its selectors and grid are its view's (``charts_view``).

In a structure inclusive's workspace the spend lines are her sales to clients: the panel draws
her cumulative sales and her sales by client instead of the family, kind and inclusive share
charts (her clients are classic companies, all her sales are inclusive).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from srm_inclusif.core import dashboard
from srm_inclusif.core.kpi_facts import KpiData
from srm_inclusif.core.money import format_eur
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import dashboard_data
from srm_inclusif.storage.services.kpi_data import (
    load_kpi_data,
    quality_direction,
    sheet_period,
)
from srm_inclusif.storage.services.opening_basis import opening_basis
from srm_inclusif.ui import chart_preload
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.charts_view import CHART_MIN_WIDTH, ChartsView
from srm_inclusif.ui.pages.dashboard_summary import sales_summary, spend_summary

__all__ = ["CHART_MIN_WIDTH", "ChartsPanel"]

#: Areas whose changes alter the charts.
AREAS = ("spend", "contracts", "feedback", "objectives", "relationships", "counterparties",
         "settings", "people")
#: Delay before the first drawing, so that the window appears at once.
FIRST_DRAW_DELAY_MS = 150
#: How often the panel looks whether matplotlib is imported, before its first drawing.
IMPORT_POLL_MS = 50
#: Reads the first drawing's figures while matplotlib loads (SQLite lets the UI thread run).
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard-read")


class ChartsPanel(ChartsView):
    """Eight charts of the selected year, period, person and basis."""

    drawn = Signal()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._data: KpiData | None = None
        self._data_year: int | None = None
        #: The first drawing's figures being read in the background, with their year.
        self._prefetch: tuple[int, Future[KpiData]] | None = None
        self._stale = True
        #: Set once the user picks a basis: the panel then stops choosing it for them.
        self.basis_chosen = False
        self._show_opening_basis()  # not « Facturé » while the charts load, then another
        self._connect_signals()

    # -- controller -----------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.year_combo.currentIndexChanged.connect(self._on_selection_changed)
        self.period_combo.currentIndexChanged.connect(self._on_selection_changed)
        self.person_combo.currentIndexChanged.connect(self._on_selection_changed)
        self.basis_combo.currentIndexChanged.connect(self._on_basis_chosen)
        self.basis_hint.basis_requested.connect(self._on_basis_requested)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Draw the first time the panel is shown, once the window has appeared."""
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(FIRST_DRAW_DELAY_MS, self._redraw_if_visible)

    def _redraw_if_visible(self) -> None:
        # disabled: the workspace is closed for a restore (the window is rebuilt after it)
        if not (self._stale and self.isVisible() and self.isEnabled()):
            return
        if not self.charts and not self._ready_to_build():  # doing it here would freeze
            QTimer.singleShot(IMPORT_POLL_MS, self._redraw_if_visible)
            return
        self.redraw()

    def _ready_to_build(self) -> bool:
        """Import matplotlib and read the year's figures in the background; True once done.

        Started once the window is painted: not slowing its filling.
        """
        chart_preload.start()
        if self._prefetch is None:
            year = self.selected_year()
            whole = sheet_period(self.ctx.engine, year=year)
            self._prefetch = (year, _READER.submit(
                load_kpi_data, self.ctx.engine, start=whole.start, end=whole.end, monthly=True))
        year, read = self._prefetch
        if not (chart_preload.loaded() and read.done()):
            return False
        if read.exception() is None:  # else ``redraw`` reads them again, and says what failed
            self._data, self._data_year = read.result(), year
        return True

    def refresh(self, changes: Changes) -> None:
        """Mark the charts stale when their data changed; redraw now if they are shown."""
        if not changes.touches(*AREAS):
            return
        self._data = None
        self._prefetch = None  # read before the change
        if changes.touches("settings", "objectives", "people"):
            self._fill_people()
            self._fill_years()
        self._stale = True
        if self.isVisible() and self.charts:
            self.redraw()
        elif not self.basis_chosen:  # drawn later: till then « Base » says what it will be
            self._show_opening_basis()

    def _on_selection_changed(self) -> None:
        if self.charts:
            self.redraw()
        elif not self.basis_chosen:  # the charts still load: the basis follows the selection
            self._show_opening_basis()

    def _on_basis_chosen(self) -> None:
        """Keep the basis the user picked until the window closes.

        The panel selects its default basis with the signals blocked: only the user gets here.
        """
        self.basis_chosen = True
        self._on_selection_changed()

    def _on_basis_requested(self, basis: str) -> None:
        """The hint's button: the basis the year's spend is on, as if picked in the selector."""
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(basis))
        self.basis_combo.setFocus()  # the button is hidden once the basis is shown

    def _show_opening_basis(self) -> None:
        """The basis the selected year and person open on (one query), until the user picks one."""
        scope = self.selected_scope()
        self._show_basis(opening_basis(self.ctx.engine, year=self.selected_year(),
                                       person_id=scope.person_id, team_id=scope.team_id).value)

    # -- drawing --------------------------------------------------------------------------------
    def redraw(self) -> None:
        """Compute the figures of the selection and draw every chart."""
        self._ensure_charts()
        year = self.selected_year()
        if self._data is None or self._data_year != year:
            whole = sheet_period(self.ctx.engine, year=year)
            self._data = load_kpi_data(self.ctx.engine, start=whole.start, end=whole.end,
                                       monthly=True)
            self._data_year = year
        self._draw(self._compute(year))
        self._stale = False
        self.drawn.emit()

    def _compute(self, year: int) -> dict[str, Any]:
        assert self._data is not None
        scope = self.selected_scope()
        # a person's, a team's (its own sheet, its members' spend) or everyone's
        whose = {"person_id": scope.person_id, "team_id": scope.team_id}
        direction = quality_direction(self.ctx.engine)
        # a buyer's inclusive-spend target; a seller's sales target (« Ventes totales »)
        code = dashboard.TARGET_INDICATOR[self.ctx.settings.profile]
        objective_bases = dashboard_data.spend_objective_bases(
            self.ctx.engine, code=code, year=year, **whose)
        if not self.basis_chosen:
            self._show_opening_basis()
        basis = str(self.basis_combo.currentData())
        target = dashboard_data.spend_target_cents(self.ctx.engine, code=code, year=year,
                                                   basis=basis, **whose)
        quarter = bool(self.period_combo.currentData())
        figures = dashboard.build(
            self._data, self.selected_period(), scope,
            basis=basis, today=self.ctx.today(),
            # the yearly target line does not apply to a quarter: the summary says where it is
            target_cents=None if quarter else target,
            target_basis=None if quarter else dashboard.most_common_basis(objective_bases),
            direction=direction)
        by_client = None
        if self.seller():  # her clients' kinds do not matter: all her sales count
            sales = dashboard_data.sales(
                self.ctx.engine, data=self._data, period=self.selected_period(),
                scope=scope, basis=basis)
            figures, by_client = replace(figures, cumulative=sales.cumulative), sales.by_client
        return {
            "figures": figures,
            "basis": basis,
            # the whole year's, by basis: the spend an import brought, whichever basis it is on
            "year_totals": dashboard_data.spend_by_basis(
                self.ctx.engine, period=sheet_period(self.ctx.engine, year=year), **whose),
            "sales": by_client,
            "target_elsewhere": target if quarter else None,
            "pipeline": dashboard_data.pipeline_counts(self.ctx.engine, **whose),
            "titles": dashboard_data.contract_titles(
                self.ctx.engine, [row.contract_id for row in figures.hours]),
            "progress": dashboard_data.progress_by_owner(
                self.ctx.engine, data=self._data, year=year, as_of=self.ctx.today(),
                direction=direction),
        }

    def _draw(self, parts: dict[str, Any]) -> None:
        from srm_inclusif.charts import lifecycle, spend

        figures = parts["figures"]
        elsewhere = figures.spend_elsewhere  # the period's spend on another basis only
        can_import = self._can_import()
        if parts["sales"] is not None:
            hint = spend.empty_hint(figures, spend.SALES, can_import=can_import)
            self.charts["cumulative"].draw(spend.draw_cumulative, figures, spend.SALES,
                                           can_import)
            self.charts["clients"].draw(spend.draw_sales_by_client, parts["sales"], elsewhere,
                                        hint)
        else:
            # advice to import only when the period has no spend at all, never when read-only
            hint = spend.empty_hint(figures, can_import=can_import)
            self.charts["cumulative"].draw(spend.draw_cumulative, figures,
                                           spend.INCLUSIVE_PURCHASES, can_import)
            self.charts["family"].draw(spend.draw_by_family, figures.by_family, elsewhere, hint)
            self.charts["kind"].draw(spend.draw_by_kind, figures.by_kind, elsewhere, hint)
            self.charts["share"].draw(spend.draw_share_by_month, figures.share_by_month,
                                      elsewhere, hint)
        self.charts["quality"].draw(lifecycle.draw_quality_trend, figures.quality_by_month)
        self.charts["pipeline"].draw(lifecycle.draw_pipeline, parts["pipeline"])
        self.charts["hours"].draw(lifecycle.draw_insertion_hours, figures.hours,
                                  parts["titles"])
        self.charts["progress"].draw(lifecycle.draw_objective_progress, parts["progress"])
        self.basis_hint.show_for(year=self.year_combo.currentText(), totals=parts["year_totals"],
                                 shown=parts["basis"], sales=parts["sales"] is not None)
        self.summary_label.setText(
            self._summary(figures, parts["target_elsewhere"], parts["sales"]))

    def _can_import(self) -> bool:
        """Whether spend can be imported here: never in a read-only workspace, never advised."""
        return not self.ctx.workspace.read_only

    def _summary(self, figures: dashboard.DashboardFigures, target_elsewhere: int | None,
                 sales: dict[str, int] | None) -> str:
        """The period's inclusive spend (or sales); on a quarter, where the yearly target is."""
        can_import = self._can_import()
        text = (spend_summary(figures, can_import=can_import) if sales is None
                else sales_summary(figures, len(sales), can_import=can_import))
        if target_elsewhere is None:
            return text
        where = self.tr("L'objectif annuel ({amount}) est tracé sur « {year} ».")
        return f"{text} " + where.format(amount=format_eur(target_elsewhere),
                                         year=self.period_combo.itemText(0))


