"""Affichage › « Filtres de la liste « Fournisseurs » »: the list's filters shown or hidden (F9).

F9 is the page's own key while the list is shown; on any other page the window's F9 shows the
list and its filters, as the menu entry does (never both at once: Qt would find the key
ambiguous and do neither).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from srm_inclusif.ui.pages.counterparty_facet_side import FACETS_SHOWN_KEY, TOGGLE_KEYS


def facets_menu_action(window: QWidget, menu: QMenu, enter_list: Callable[[], QWidget]
                       ) -> QAction:
    """An entry of ``menu``, checked while the filters are shown.

    Choosing it shows the list (``enter_list`` returns its page) and shows or hides them.
    """
    action = QAction(window)
    action.setObjectName("toggleFacetsMenuAction")
    action.setCheckable(True)
    menu.addAction(action)
    # the page keeps the state in the settings: read there, the page need not be built
    menu.aboutToShow.connect(lambda: action.setChecked(
        bool(QSettings().value(FACETS_SHOWN_KEY, True, type=bool))))
    action.triggered.connect(lambda *_: _toggle(enter_list()))
    _key_from_other_pages(window, enter_list)
    return action


def _key_from_other_pages(window: QWidget, enter_list: Callable[[], QWidget]) -> None:
    """F9 on every page but the list's own, where the page's F9 acts."""
    shortcut = QShortcut(QKeySequence(TOGGLE_KEYS), window)
    shortcut.setObjectName("toggleFacetsWindowKey")
    shortcut.activated.connect(lambda: _toggle(enter_list()))
    stack: QStackedWidget = window.stack  # type: ignore[attr-defined]

    def follow(*_args: object) -> None:
        pages: dict[str, QWidget] = window.pages  # type: ignore[attr-defined]
        shortcut.setEnabled(stack.currentWidget() is not pages.get("counterparties"))

    stack.currentChanged.connect(follow)
    follow()


def facets_menu_text(page_label: str) -> str:
    """The entry's text, without its Alt letter: « Filtres de la liste « Fournisseurs » »."""
    # (spaced as « Colonnes de la liste « {page} » », the entry above it)
    return QCoreApplication.translate("MainWindow", "Filtres de la liste « {page} »").format(
        page=page_label)


def show_facets_key(action: QAction, text: str) -> None:
    """Give the entry ``text`` (its Alt letter in it) and name F9 where menus name keys.

    Not as the entry's shortcut: with F9 twice, once in the window and once in the page,
    Qt would find the key ambiguous and do neither (the window's own F9 is off on the list).
    """
    action.setText(f"{text}\t{TOGGLE_KEYS}")


def _toggle(page: QWidget) -> None:
    page.view.facets_button.click()  # type: ignore[attr-defined]  # as F9 does
