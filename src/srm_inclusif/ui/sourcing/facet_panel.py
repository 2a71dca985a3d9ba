"""Facet panel of the counterparty list: checkable values per facet, switches, a reset button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QListView,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.kinds import Family, Kind
from srm_inclusif.core.search_query import (
    FLAG_FACETS,
    LIST_FACETS,
    NATURE_NOT_GIVEN,
    CounterpartyFilter,
)
from srm_inclusif.core.vocabulary import Nature, ServiceType
from srm_inclusif.storage.services.counterparties import FacetOptions
from srm_inclusif.ui.counterparty_card.coded_values import kind_text
from srm_inclusif.ui.sourcing.facet_list_model import CODE_ROLE, FacetListModel

#: Lines a facet list shows before it scrolls.
FACET_LINES = 10
#: Width of the facet panel, in average characters (longer values wrap).
FACET_CHARS = 36


class FacetRowDelegate(QStyledItemDelegate):
    """A facet value's row: taller than its check box, with air between two values.

    Qt's own rows were exactly the indicator's height: the boxes touched and their labels,
    one under the other, were hard to tell apart.
    """

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        indicator = (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, widget)
                     if style is not None else 0)
        air = option.fontMetrics.height() // 3  # type: ignore[attr-defined]
        hint.setHeight(max(hint.height(), indicator) + air)
        return hint


class FacetPanel(QScrollArea):
    """One checkable list per facet; ``facets_changed`` carries no value, read ``values()``."""

    facets_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetPanel")
        self.setWidgetResizable(True)
        self.setMinimumWidth(290)
        self.lists: dict[str, QListView] = {}
        self.flags: dict[str, QCheckBox] = {}
        self._set_aside: set[str] = set()  # the facets that do not apply (``set_aside``)
        self._loading = False
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self.reset_button = QPushButton(self.tr("Effacer les filtres"))
        self.reset_button.setObjectName("resetFacets")
        self.reset_button.clicked.connect(self.clear)
        self._layout.addWidget(self.reset_button)
        self._build_flags()
        self.setWidget(body)

    def _build_flags(self) -> None:
        box = QGroupBox(self.tr("Afficher seulement"))
        layout = QVBoxLayout(box)
        texts = {"favourites": self.tr("Favoris"),
                 "active_contract": self.tr("Avec un contrat en cours"),
                 "valid_label": self.tr("Avec un label valide"), "qpv": self.tr("En QPV"),
                 "zrr": self.tr("En ZRR")}
        for name in ("favourites", "active_contract", "valid_label", "qpv", "zrr"):
            check = QCheckBox(texts[name])
            check.setObjectName(f"facet_{name}")
            check.toggled.connect(self._on_changed)
            layout.addWidget(check)
            self.flags[name] = check
        self._layout.addWidget(box)

    def set_used_values(self, labels: list[str], networks: list[str]) -> None:
        """Fill the label and network facets (found by a scan, after the page opened)."""
        kept = self.values()
        self._loading = True
        self._fill("labels", self.tr("Label valide"), [(n, n) for n in labels])
        self._fill("networks", self.tr("Réseau"), [(n, n) for n in networks])
        self._loading = False
        self.set_values(kept, emit=False)

    def set_options(self, options: FacetOptions) -> None:
        """Fill the facet lists with the values of the workspace, keeping what was checked."""
        kept = self.values()
        groups = sorted({(g, gn) for _, _, g, gn in options.sectors}, key=lambda x: x[1])
        choices: dict[str, tuple[str, list[tuple[str, str]]]] = {
            "families": (self.tr("Famille"), [(f.value, f.label) for f in Family]),
            "kinds": (self.tr("Type de structure"),
                      [(k.value, kind_text(k.value))  # classic suppliers last
                       for k in sorted(Kind, key=lambda k: k is Kind.CLASSIC)]),
            "natures": (self.tr("Siège ou antenne"), self._nature_items()),
            "regions": (self.tr("Région"), [(c, n) for c, n in options.regions]),
            "departments": (self.tr("Département"),
                            [(c, f"{c} – {n}") for c, n in options.departments]),
            "sector_groups": (self.tr("Groupe de secteurs"), groups),
            "sectors": (self.tr("Secteur"), [(s, n) for s, n, _, _ in options.sectors]),
            "service_types": (self.tr("Type de prestation"),
                              [(t.value, t.label) for t in ServiceType]),
            "labels": (self.tr("Label valide"), [(n, n) for n in options.labels]),
            "networks": (self.tr("Réseau"), [(n, n) for n in options.networks]),
        }
        self._loading = True
        for name, (title, items) in choices.items():
            self._fill(name, title, items)
        self._loading = False
        self.set_values(kept, emit=False)

    def natural_width(self) -> int:
        """Width of the panel: its widest switch or ``FACET_CHARS``, and its scroll bar."""
        content = max(self.widget().minimumSizeHint().width(),
                      FACET_CHARS * self.fontMetrics().averageCharWidth())
        return content + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def fit_lists(self) -> None:
        """Show more lines of each facet list, long values wrapped instead of cut.

        Each list is as tall as its values, up to ``FACET_LINES`` lines (it scrolls beyond);
        the panel itself scrolls when the lists are taller than the page.
        """
        for view in self.lists.values():
            view.setWordWrap(True)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            model = view.model()
            rows = model.rowCount()
            line = max(view.sizeHintForRow(0), view.fontMetrics().height()) if rows else 0
            view.setFixedHeight(min(max(rows, 1), FACET_LINES) * line + 2 * view.frameWidth())

    def _nature_items(self) -> list[tuple[str, str]]:
        """Siège, Antenne, then the counterparties whose nature is not known."""
        return ([(n.value, n.label) for n in Nature]
                + [(NATURE_NOT_GIVEN, self.tr("Non renseigné"))])

    def _fill(self, name: str, title: str, items: list[tuple[str, str]]) -> None:
        view = self.lists.get(name)
        if view is None:
            box = QGroupBox(title)
            view = QListView()
            view.setObjectName(f"facet_{name}")
            view.setAccessibleName(title)
            view.setItemDelegate(FacetRowDelegate(view))
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            model = FacetListModel(view)
            model.checks_changed.connect(self._on_changed)
            view.setModel(model)
            layout = QVBoxLayout(box)
            # the list's own frame is enough: the box's wide margins took a word per line
            side = self.fontMetrics().averageCharWidth() // 2
            layout.setContentsMargins(side, layout.contentsMargins().top(), side, side)
            layout.addWidget(view)
            self._layout.insertWidget(self._layout.count(), box)
            self.lists[name] = view
        self._model(name).set_items(items)
        self._show_box(name)

    def set_aside(self, names: tuple[str, ...]) -> None:
        """Hide these facets (those of an inclusive structure, to a seller), show the others."""
        self._set_aside = set(names)
        for name in self.lists:
            self._show_box(name)
        for name, check in self.flags.items():
            check.setVisible(name not in self._set_aside)

    def _show_box(self, name: str) -> None:
        """A facet's titled box, hidden when it does not apply or offers nothing to tick.

        (A new workspace has no label or network yet: their boxes were empty frames.)
        """
        box = self.lists[name].parentWidget()
        box.setVisible(name not in self._set_aside and self.option_count(name) > 0)

    def _model(self, name: str) -> FacetListModel:
        return self.lists[name].model()  # type: ignore[return-value]

    def option_count(self, name: str) -> int:
        """How many values a facet offers."""
        return self._model(name).rowCount()

    def ticked_count(self) -> int:
        """How many values and switches are ticked, those set aside left out."""
        lists = sum(len(self._model(name).checked()) for name in self.lists
                    if name not in self._set_aside)
        return lists + sum(check.isChecked() for name, check in self.flags.items()
                           if name not in self._set_aside)

    def values(self) -> dict[str, Any]:
        """The checked values per facet and the switches, ready for ``CounterpartyFilter``."""
        values: dict[str, Any] = {name: frozenset() for name in LIST_FACETS}
        for name in self.lists:
            values[name] = self._model(name).checked()
        values.update({name: check.isChecked() for name, check in self.flags.items()})
        return values

    def set_values(self, values: dict[str, Any] | CounterpartyFilter, *, emit: bool = True) -> None:
        """Check exactly the given values (from a saved search), firing one signal at most."""
        if isinstance(values, CounterpartyFilter):
            values = {n: getattr(values, n) for n in (*LIST_FACETS, *FLAG_FACETS)}
        self._loading = True
        for name in self.lists:
            self._model(name).set_checked(set(values.get(name) or ()))
        for name, check in self.flags.items():
            check.setChecked(bool(values.get(name)))
        self._loading = False
        if emit:
            self.facets_changed.emit()

    def check(self, facet: str, code: str, checked: bool = True) -> None:
        """Check one value of a facet (a user click, or a test)."""
        if facet in self.flags:
            self.flags[facet].setChecked(checked)
            return
        model = self._model(facet)
        for row in range(model.rowCount()):
            index = model.index(row)
            if index.data(CODE_ROLE) == code:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
                return
        raise KeyError(f"{facet}: {code}")

    def clear(self) -> None:
        """Uncheck everything."""
        self.set_values({})

    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self.facets_changed.emit()
