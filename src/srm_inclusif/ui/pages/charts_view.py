"""The dashboard charts panel's view: its selectors, basis hint, summary and chart grid.

The four selectors go on two rows when the panel is narrower than them; the charts go two a row
when there is room for both, else one. In a structure inclusive's workspace the spend lines are
her sales to clients: the panel holds her cumulative sales and her sales by client instead of
the family, kind and inclusive share charts (her clients are classic companies, all her sales are
inclusive). The drawing and the signals are the panel's (``charts_panel.ChartsPanel``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.charts.style import month_name
from srm_inclusif.core.fiscal_year import fiscal_year_label, recent_fiscal_years
from srm_inclusif.core.kpi_facts import ORGANISATION, Period, Scope
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.kpi_data import sheet_period
from srm_inclusif.storage.services.people import list_people, list_teams
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.basis_hint import BasisHint
from srm_inclusif.ui.sizing import on_viewport_resized

if TYPE_CHECKING:
    from srm_inclusif.ui.chart_view import ChartView

#: Narrowest a chart stays readable (its title, the value labels of the bars); below two of
#: them side by side, the charts go one per row.
CHART_MIN_WIDTH = 390
#: Selectors a row holds when the four do not fit on one (French ones take some 670 pixels).
NARROW_SELECTORS_A_ROW = 2


class ChartsView(QWidget):
    """The year, period, person and basis selectors above the charts of the profile."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("chartsPanel")
        self.charts: dict[str, ChartView] = {}
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

    def _build_selectors(self) -> None:
        self.year_combo = self._combo("yearSelector", self.tr("Année"))
        self.period_combo = self._combo("periodSelector", self.tr("Période"))
        for combo in (self.year_combo, self.period_combo):  # renamed with the year's first month
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.addItem(self.tr("Année entière"), 0)
        for quarter in range(1, 5):
            self.period_combo.addItem("", quarter)  # named by ``_fill_years``
        self.person_combo = self._combo("personSelector", self.tr("Personne"))
        # a long name (« Équipe : Direction des achats ») widened the window past a laptop's
        # screen: the list keeps room for « Toute l'organisation » and opens its items in full
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_combo.setMinimumContentsLength(14)
        self.person_combo.setIconSize(QSize(0, 0))  # no icons: as high as the other lists
        self.basis_combo = self._combo("basisSelector", self.tr("Base des montants"))
        for basis in SpendBasis:
            self.basis_combo.addItem(self.tr(basis.label), basis.value)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(SpendBasis.INVOICED.value))
        self._fill_years()
        self._fill_people()
        self.selector_pairs: list[tuple[QLabel, QComboBox]] = []
        # Alt+A opens the Aide menu and Alt+E the Edit one in English: the year and the
        # person take other letters
        for label, combo in ((self.tr("A&nnée :"), self.year_combo),
                             (self.tr("&Période :"), self.period_combo),
                             (self.tr("Pe&rsonne :"), self.person_combo),
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
        """The running (fiscal) year first, as the Objectifs page and ``stats`` open on it.

        Filled again when the settings change: the year's start month renames the years.
        """
        start_month = self.ctx.settings.fiscal_year_start_month
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in recent_fiscal_years(self.ctx.today(), start_month):
            self.year_combo.addItem(fiscal_year_label(year, start_month), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current), 0))
        self.year_combo.blockSignals(False)
        self._name_quarters(start_month)

    def _name_quarters(self, start_month: int) -> None:
        """« Trimestre 1 » in a calendar year, else « T1 (juil.–sept.) » (its months).

        Short: « Trimestre 1 (juil.–sept.) » widened the window past a 1024-pixel screen.
        """
        for quarter in range(1, 5):
            text = self.tr("Trimestre {n}").format(n=quarter)
            if start_month != 1:
                first = (start_month - 1 + 3 * (quarter - 1)) % 12 + 1
                text = self.tr("T{n} ({first}–{last})").format(
                    n=quarter, first=month_name(first), last=month_name((first + 1) % 12 + 1))
            self.period_combo.setItemText(quarter, text)

    def _fill_people(self) -> None:
        """The organisation, its active people, then its teams (« Équipe : Achats »).

        A team's figures are its members' (as its objective sheet counts them).
        """
        current = self.selected_scope()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Toute l'organisation"), ORGANISATION)
        for person in list_people(self.ctx.engine):
            self.person_combo.addItem(person.name, Scope(person_id=person.id))
        for team in list_teams(self.ctx.engine):
            self.person_combo.addItem(self.tr("Équipe : {name}").format(name=team.name),
                                      Scope(team_id=team.id))
        scopes = [self.person_combo.itemData(i) for i in range(self.person_combo.count())]
        self.person_combo.setCurrentIndex(scopes.index(current) if current in scopes else 0)
        self.person_combo.blockSignals(False)

    def selected_scope(self) -> Scope:
        """Whose figures are shown: a person's, a team's, or the whole organisation's."""
        scope = self.person_combo.currentData()
        return scope if isinstance(scope, Scope) else ORGANISATION

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
        return self.ctx.settings.profile.is_seller

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

    def selected_year(self) -> int:
        """The year chosen in the selector."""
        return int(self.year_combo.currentData())

    def selected_period(self) -> Period:
        """The whole (fiscal) year or one of its quarters (« Trimestre 1 »: its first 3 months)."""
        year_period = sheet_period(self.ctx.engine, year=self.selected_year())
        quarter = int(self.period_combo.currentData() or 0)
        if not quarter:
            return year_period
        start = _add_months(year_period.start, 3 * (quarter - 1))
        end = date.fromordinal(_add_months(start, 3).toordinal() - 1)
        return Period(start, end)

    def _show_basis(self, basis: str) -> None:
        """Select ``basis`` without taking it for the user's choice."""
        self.basis_combo.blockSignals(True)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(basis))
        self.basis_combo.blockSignals(False)


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)
