"""The facet side of the Fournisseurs / Clients page: shown or hidden, its width, remembered."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QSplitter, QWidget

from srm_inclusif.ui.pages.counterparty_columns import NAME_LEAST_CHARS
from srm_inclusif.ui.sourcing.facet_panel import FacetPanel

#: Where the facet panel's width (dragged by the user) and whether it is shown are remembered.
FACETS_WIDTH_KEY = "suppliers/facets_width"
FACETS_SHOWN_KEY = "suppliers/facets_shown"
#: The key showing or hiding the facets (a side panel's key in the desktop's file managers).
TOGGLE_KEYS = "F9"


class FacetSide(QObject):
    """The splitter between the facets and the list, kept as the user left it.

    ``button`` (and its page-wide ``action``, F9) hides the facets to give the list the whole
    width, and shows them again; the width the user dragged the splitter to, and whether the
    facets are shown, come back at the next start.
    """

    def __init__(self, splitter: QSplitter, panel: FacetPanel, button: QPushButton,
                 action: QAction) -> None:
        super().__init__(splitter)
        self.splitter, self.panel, self.button, self.action = splitter, panel, button, action
        action.setText(self.tr("Afficher ou masquer les filtres"))  # as the shortcuts list says
        splitter.setCollapsible(0, False)  # hidden with the button, not dragged out of sight
        # the least: the widest switch (« Avec un contrat en cours ») and the scroll bar
        panel.setMinimumWidth(panel.widget().minimumSizeHint().width()
                              + panel.verticalScrollBar().sizeHint().width()
                              + 2 * panel.frameWidth())
        # ...and the list never narrower than a name (facets widened on a bigger screen)
        table = self._list()
        table.setMinimumWidth(NAME_LEAST_CHARS * table.fontMetrics().averageCharWidth())
        splitter.splitterMoved.connect(self._on_moved)
        button.clicked.connect(self.toggle)
        panel.facets_changed.connect(self._show_text)

    def restore(self) -> None:
        """The width and the visibility of last time (by default: shown, its natural width)."""
        self._show(bool(QSettings().value(FACETS_SHOWN_KEY, True, type=bool)))

    def shown(self) -> bool:
        """Whether the facets are shown (asked of the panel, also while the page is hidden)."""
        return not self.panel.isHidden()

    def toggle(self) -> None:
        """Hide the facets, or show them again, and remember it."""
        self._show(not self.shown())
        QSettings().setValue(FACETS_SHOWN_KEY, self.shown())

    def _show(self, shown: bool) -> None:
        focus = QApplication.focusWidget()
        focus_inside = focus is not None and self.panel.isAncestorOf(focus)
        self.panel.setVisible(shown)
        if shown:  # at the width of last time, not at the width Qt would choose
            width = (QSettings().value(FACETS_WIDTH_KEY, 0, type=int)
                     or self.panel.natural_width())
            whole = sum(self.splitter.sizes()) or 5 * width
            self.splitter.setSizes([width, max(whole - width, width)])  # the list: the rest
        if not shown and focus_inside:  # the focus does not stay in what is no longer seen
            self._list().setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_text()

    def _show_text(self) -> None:
        """The button says what a press does; hidden facets that still filter are counted."""
        ticked = 0 if self.shown() else self.panel.ticked_count()
        text = (self.tr("Masquer les filtres") if self.shown()
                else self.tr("Afficher les filtres (%n actif(s))", "", ticked) if ticked
                else self.tr("Afficher les filtres"))
        self.button.setText(text)
        self.button.setToolTip(f"{text} ({self.action.shortcut().toString()})")
        self.button.setAccessibleName(text)

    def _list(self) -> QWidget:
        return self.splitter.widget(1)

    def _on_moved(self, position: int, _index: int) -> None:
        if self.shown():
            QSettings().setValue(FACETS_WIDTH_KEY, self.splitter.sizes()[0])
