"""The dashboard's charts, with year, period, person and basis selectors.

matplotlib is imported on a background thread once the panel is shown (``ui.chart_preload``):
until it is there, the panel says « Chargement des graphiques… » and the window stays usable;
the charts are built once it is.

In a structure inclusive's workspace the spend lines are her sales to clients: the panel draws
her cumulative sales and her sales by client instead of the family, kind and inclusive share
charts (her clients are classic companies, all her sales are inclusive).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core import dashboard, kpi
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.vocabulary import Profile, SpendBasis
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import dashboard_data
from srm_inclusif.storage.services.kpi_data import (
    load_kpi_data,
    quality_direction,
    sheet_period,
)
from srm_inclusif.storage.services.opening_basis import opening_basis
from srm_inclusif.storage.services.people import list_people
from srm_inclusif.ui import chart_preload
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.basis_hint import BasisHint
from srm_inclusif.ui.pages.dashboard_summary import sales_summary, spend_summary
from srm_inclusif.ui.sizing import on_viewport_resized

if TYPE_CHECKING:
    from srm_inclusif.ui.chart_view import ChartView

#: Areas whose changes alter the charts.
AREAS = ("spend", "contracts", "feedback", "objectives", "relationships", "counterparties",
         "settings")
#: Delay before the first drawing, so that the window appears at once.
FIRST_DRAW_DELAY_MS = 150
#: How often the panel looks whether matplotlib is imported, before its first drawing.
IMPORT_POLL_MS = 50
#: Reads the first drawing's figures while matplotlib loads (SQLite lets the UI thread run).
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard-read")


#: Narrowest a chart stays readable (its title, the value labels of the bars); below two of
#: them side by side, the charts go one per row.
CHART_MIN_WIDTH = 390
#: Selectors a row holds when the four do not fit on one (French ones take some 670 pixels).
NARROW_SELECTORS_A_ROW = 2


class ChartsPanel(QWidget):
    """Eight charts of the selected year, period, person and basis."""

    drawn = Signal()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("chartsPanel")
        self.charts: dict[str, ChartView] = {}
        self._data: kpi.KpiData | None = None
        self._data_year: int | None = None
        #: The first drawing's figures being read in the background, with their year.
        self._prefetch: tuple[int, Future[kpi.KpiData]] | None = None
        self._stale = True
        #: Set once the user picks a basis: the panel then stops choosing it for them.
        self.basis_chosen = False
        self.columns = 2
        self.selectors_a_row = 0
        self._build_selectors()
        self.basis_hint = BasisHint()
        self.summary_label = QLabel()  # the charts' place says they are loading
        self.summary_label.setObjectName("chartsSummary")
        self.summary_label.setWordWrap(True)
        self.grid = QGridLayout()
        self.holder = QWidget()
        self.holder.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._placeholder())  # replaced by the charts (``_ensure_charts``)
        on_viewport_resized(self.scroll, self._on_width_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(self.selector_row)
        layout.addWidget(self.basis_hint)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.scroll, 1)
        # The panel may get narrower than the four selectors in a row: they go on two rows then
        # (resizeEvent), so that the to-do panel beside keeps room for its names.
        self.setMinimumWidth(max(self._selectors_width(NARROW_SELECTORS_A_ROW), CHART_MIN_WIDTH))
        self._connect_signals()

    # -- view -----------------------------------------------------------------------------------
    def _build_selectors(self) -> None:
        self.year_combo = self._combo("yearSelector", self.tr("Année"))
        self.period_combo = self._combo("periodSelector", self.tr("Période"))
        self.period_combo.addItem(self.tr("Année entière"), 0)
        for quarter in range(1, 5):
            self.period_combo.addItem(self.tr("Trimestre {n}").format(n=quarter), quarter)
        self.person_combo = self._combo("personSelector", self.tr("Personne"))
        self.basis_combo = self._combo("basisSelector", self.tr("Base des montants"))
        for basis in SpendBasis:
            self.basis_combo.addItem(self.tr(basis.label), basis.value)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(SpendBasis.INVOICED.value))
        self._fill_years()
        self._fill_people()
        self.selector_pairs: list[tuple[QLabel, QComboBox]] = []
        for label, combo in ((self.tr("&Année :"), self.year_combo),
                             (self.tr("&Période :"), self.period_combo),
                             (self.tr("P&ersonne :"), self.person_combo),
                             (self.tr("&Base :"), self.basis_combo)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            self.selector_pairs.append((caption, combo))
        self.selector_row = QGridLayout()
        self._place_selectors(len(self.selector_pairs))

    def _placeholder(self) -> QLabel:
        """What the charts' place shows until they are built."""
        label = QLabel(self.tr("Chargement des graphiques…"))
        label.setObjectName("chartsPlaceholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _place_selectors(self, a_row: int) -> None:
        """The caption and combo pairs, ``a_row`` pairs a row, pushed to the left."""
        grid = self.selector_row
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        # taken out before being placed again: adding a widget the grid already holds left a
        # stale layout item behind, and tests crashed now and then on another page's timer
        for pair in self.selector_pairs:
            for widget in pair:
                grid.removeWidget(widget)
        for index, (caption, combo) in enumerate(self.selector_pairs):
            row, column = divmod(index, a_row)
            grid.addWidget(caption, row, 2 * column)
            # at its own width: a short year combo is not stretched to the person's below it
            grid.addWidget(combo, row, 2 * column + 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2 * a_row, 1)
        self.selectors_a_row = a_row

    def _selectors_width(self, a_row: int) -> int:
        """Width the selectors need with ``a_row`` pairs a row (a grid: its widest cells)."""
        spacing = self.selector_row.horizontalSpacing()
        if spacing < 0:
            spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        cells = [widget.sizeHint().width() for pair in self.selector_pairs for widget in pair]
        columns = [max(cells[c::2 * a_row]) for c in range(2 * a_row)]
        margins = self.layout().contentsMargins()
        return sum(columns) + 2 * a_row * spacing + margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Four selectors on one row when they fit, else two rows."""
        super().resizeEvent(event)
        fits = self.width() >= self._selectors_width(len(self.selector_pairs))
        a_row = len(self.selector_pairs) if fits else NARROW_SELECTORS_A_ROW
        if a_row != self.selectors_a_row:
            self._place_selectors(a_row)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _fill_years(self) -> None:
        this_year = self.ctx.today().year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in range(this_year, this_year - 6, -1):
            self.year_combo.addItem(str(year), year)
        self.year_combo.blockSignals(False)

    def _fill_people(self) -> None:
        current = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Toute l'organisation"), None)
        for person in list_people(self.ctx.engine):
            self.person_combo.addItem(person.name, person.id)
        index = self.person_combo.findData(current)
        self.person_combo.setCurrentIndex(max(index, 0))
        self.person_combo.blockSignals(False)

    def _ensure_charts(self) -> None:
        """The charts of the profile, made again when the profile changed since they were."""
        titles = self._titles()
        if list(self.charts) == list(titles):
            return
        from srm_inclusif.ui.chart_view import ChartView

        for view in self.charts.values():  # the other profile's: not kept hidden, gone
            self.grid.removeWidget(view)
            view.deleteLater()
        self.charts = {key: ChartView(key, title, self) for key, title in titles.items()}
        self._place_charts()
        if self.scroll.widget() is not self.holder:
            self.scroll.setWidget(self.holder)  # after the charts, so that it scrolls over them

    def seller(self) -> bool:
        """True in a structure inclusive's workspace: the spend lines are her sales."""
        return self.ctx.settings.profile is Profile.STRUCTURE_INCLUSIVE

    def _titles(self) -> dict[str, str]:
        """The charts of the profile, by key, with their titles (in saved file names)."""
        if self.seller():  # her sales; her clients' kinds and an inclusive share mean nothing
            spend = {"cumulative": self.tr("Ventes cumulées"),
                     "clients": self.tr("Ventes par client")}
        else:
            spend = {"cumulative": self.tr("Achats inclusifs cumulés"),
                     "family": self.tr("Achats par famille"),
                     "kind": self.tr("Achats inclusifs par type"),
                     "share": self.tr("Part inclusive par mois")}
        return spend | {
            "quality": self.tr("Note de qualité"),
            "pipeline": self.tr("Relations par étape"),
            "hours": self.tr("Heures d'insertion"),
            "progress": self.tr("Atteinte des objectifs"),
        }

    def _place_charts(self) -> None:
        """Two charts a row when there is room for both, else one (titles stay whole)."""
        for index, view in enumerate(self.charts.values()):
            self.grid.removeWidget(view)
            self.grid.addWidget(view, index // self.columns, index % self.columns)

    def _on_width_changed(self) -> None:
        """Reflow the charts on one or two columns when the visible width changes."""
        columns = 2 if self.scroll.viewport().width() >= 2 * CHART_MIN_WIDTH else 1
        if columns != self.columns:
            self.columns = columns
            if self.charts:
                QTimer.singleShot(0, self._place_charts)  # not while the layout resizes

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
        if changes.touches("settings", "objectives") or changes.everything:
            self._fill_people()
        self._stale = True
        if self.isVisible() and self.charts:
            self.redraw()

    def _on_selection_changed(self) -> None:
        if self.charts:
            self.redraw()

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

    # -- drawing --------------------------------------------------------------------------------
    def selected_year(self) -> int:
        """The year chosen in the selector."""
        return int(self.year_combo.currentData() or self.ctx.today().year)

    def selected_period(self) -> kpi.Period:
        """The whole (fiscal) year or one of its quarters."""
        year_period = sheet_period(self.ctx.engine, year=self.selected_year())
        quarter = int(self.period_combo.currentData() or 0)
        if not quarter:
            return year_period
        start = _add_months(year_period.start, 3 * (quarter - 1))
        end = date.fromordinal(_add_months(start, 3).toordinal() - 1)
        return kpi.Period(start, end)

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
        person_id = self.person_combo.currentData()
        direction = quality_direction(self.ctx.engine)
        # a buyer's inclusive-spend target; a seller's sales target (« Ventes totales »)
        code = dashboard.TARGET_INDICATOR[self.ctx.settings.profile]
        objective_bases = dashboard_data.spend_objective_bases(
            self.ctx.engine, code=code, year=year, person_id=person_id)
        if not self.basis_chosen:
            self._show_basis(opening_basis(self.ctx.engine, year=year, person_id=person_id).value)
        basis = str(self.basis_combo.currentData())
        target = dashboard_data.spend_target_cents(self.ctx.engine, code=code, year=year,
                                                   basis=basis, person_id=person_id)
        quarter = bool(self.period_combo.currentData())
        figures = dashboard.build(
            self._data, self.selected_period(), kpi.Scope(person_id=person_id),
            basis=basis, today=self.ctx.today(),
            # the yearly target line does not apply to a quarter: the summary says where it is
            target_cents=None if quarter else target,
            target_basis=None if quarter else dashboard.most_common_basis(objective_bases),
            direction=direction)
        by_client = None
        if self.seller():  # her clients' kinds do not matter: all her sales count
            sales = dashboard_data.sales(
                self.ctx.engine, data=self._data, period=self.selected_period(),
                scope=kpi.Scope(person_id=person_id), basis=basis)
            figures, by_client = replace(figures, cumulative=sales.cumulative), sales.by_client
        return {
            "figures": figures,
            "basis": basis,
            # the whole year's, by basis: the spend an import brought, whichever basis it is on
            "year_totals": dashboard_data.spend_by_basis(
                self.ctx.engine, period=sheet_period(self.ctx.engine, year=year),
                person_id=person_id),
            "sales": by_client,
            "target_elsewhere": target if quarter else None,
            "pipeline": dashboard_data.pipeline_counts(self.ctx.engine, person_id=person_id),
            "titles": dashboard_data.contract_titles(
                self.ctx.engine, [row.contract_id for row in figures.hours]),
            "progress": dashboard_data.progress_by_owner(
                self.ctx.engine, data=self._data, year=year, as_of=self.ctx.today(),
                direction=direction),
        }

    def _show_basis(self, basis: str) -> None:
        """Select ``basis`` without taking it for the user's choice."""
        self.basis_combo.blockSignals(True)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(basis))
        self.basis_combo.blockSignals(False)

    def _draw(self, parts: dict[str, Any]) -> None:
        from srm_inclusif.charts import lifecycle, spend

        figures = parts["figures"]
        elsewhere = figures.spend_elsewhere  # the period's spend on another basis only
        if parts["sales"] is not None:
            self.charts["cumulative"].draw(spend.draw_cumulative, figures, spend.SALES)
            self.charts["clients"].draw(spend.draw_sales_by_client, parts["sales"], elsewhere)
        else:
            self.charts["cumulative"].draw(spend.draw_cumulative, figures)
            self.charts["family"].draw(spend.draw_by_family, figures.by_family, elsewhere)
            self.charts["kind"].draw(spend.draw_by_kind, figures.by_kind, elsewhere)
            self.charts["share"].draw(spend.draw_share_by_month, figures.share_by_month,
                                      elsewhere)
        self.charts["quality"].draw(lifecycle.draw_quality_trend, figures.quality_by_month)
        self.charts["pipeline"].draw(lifecycle.draw_pipeline, parts["pipeline"])
        self.charts["hours"].draw(lifecycle.draw_insertion_hours, figures.hours,
                                  parts["titles"])
        self.charts["progress"].draw(lifecycle.draw_objective_progress, parts["progress"])
        self.basis_hint.show_for(year=self.selected_year(), totals=parts["year_totals"],
                                 shown=parts["basis"], sales=parts["sales"] is not None)
        self.summary_label.setText(
            self._summary(figures, parts["target_elsewhere"], parts["sales"]))

    def _summary(self, figures: dashboard.DashboardFigures, target_elsewhere: int | None,
                 sales: dict[str, int] | None) -> str:
        """The period's inclusive spend (or sales); on a quarter, where the yearly target is."""
        text = spend_summary(figures) if sales is None else sales_summary(figures, len(sales))
        if target_elsewhere is None:
            return text
        where = self.tr("L'objectif annuel ({amount}) est tracé sur « {year} ».")
        return f"{text} " + where.format(amount=format_eur(target_elsewhere),
                                         year=self.period_combo.itemText(0))


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)
