"""The main window: navigation on the left, one page per area, menus, status bar."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from srm_inclusif import __version__
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.menu_bar import build_menus
from srm_inclusif.ui.mnemonics import with_letters
from srm_inclusif.ui.page_focus import give_focus
from srm_inclusif.ui.pages.counterparty_facets_menu import facets_menu_text, show_facets_key
from srm_inclusif.ui.shortcuts_dialog import ShortcutsDialog, menu_groups, page_rows
from srm_inclusif.ui.sizing import resize_to_fit

if TYPE_CHECKING:
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.jobs import Job

#: (key, module under ui.pages, class name); labels come from ``_page_label``.
PAGES = (
    ("dashboard", "dashboard_page", "DashboardPage"),
    ("counterparties", "counterparties_page", "CounterpartiesPage"),
    ("relationships", "relationships_page", "RelationshipsPage"),
    ("contracts", "contracts_page", "ContractsPage"),
    ("objectives", "objectives_page", "ObjectivesPage"),
    ("imports", "imports_page", "ImportsPage"),
)


class MainWindow(QMainWindow):
    """One window per open workspace; pages are built the first time they are shown.

    Built without a workspace, the window is an empty frame that can be shown at once while the
    workspace opens (startup stays under a second); ``attach`` then fills it.
    """

    workspace_requested = Signal(object, bool)  # (path or None, create) asked from the menus
    files_dropped = Signal(list)

    def __init__(self, ctx: WorkspaceContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("SRM Inclusif")
        self.setAcceptDrops(True)
        self.pages: dict[str, QWidget] = {}
        self._todo_count = 0
        self.copy_job: Job | None = None  # the running or last "save a copy"
        self._build_layout()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: WorkspaceContext) -> None:
        """Fill the frame with a workspace: menus, status bar, pages.

        The dashboard is entered, not only shown: its shortcuts act at once. Qt gives a window's
        focus back to the widget chosen when the window is activated, so a dialog open over it
        (or a window not shown yet) keeps the focus until it closes.
        """
        self.ctx = ctx
        self.path_label.setText(str(ctx.workspace.path))
        self.statusBar().clearMessage()
        build_menus(self, [key for key, _module, _cls in PAGES])
        if ctx.workspace.read_only:  # said from the start, not at the first refused save
            self.read_only_banner = read_only_banner.show_read_only(
                self, ctx.workspace.path, self.save_copy_action,
                [self.import_suppliers_action, self.import_spend_action],
                [self.new_relationship_action])
            read_only_banner.refuse_action(  # a restore replaces the file: impossible here
                self.restore_action, read_only_banner.restore_refused_text(),
                read_only_banner.restore_refused_briefly())
        self._follow_profile()
        self._connect_signals()
        self.enter_page("dashboard")

    def show_opening(self, path: Path) -> None:
        """Say which workspace is being opened, while the frame is still empty."""
        self.statusBar().showMessage(self.tr("Ouverture de {path}…").format(path=path))

    def tell_unfinished_import(self) -> None:
        """Say, over the window just shown, which imports stopped before their end.

        Window-modal without waiting (``open``): the window is there behind it, and nothing of
        those imports is to be found in it.
        """
        text = self.ctx.unfinished_import_notice()
        if text is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import inachevé"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("unfinishedImportBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- layout ---------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(210)
        for key, _module, _cls in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.path_label = QLabel()
        self.path_label.setObjectName("workspacePath")
        self.statusBar().addPermanentWidget(self.path_label)

    def _page_label(self, key: str) -> str:
        labels = {
            "dashboard": self.tr("Tableau de bord"),
            "counterparties": self.tr("Fournisseurs") if self._is_buyer() else self.tr("Clients"),
            "relationships": self.tr("Relations"),
            "contracts": self.tr("Contrats"),
            "objectives": self.tr("Objectifs"),
            "imports": self.tr("Imports / exports"),
        }
        return labels[key]

    def _is_buyer(self) -> bool:
        return self.ctx.settings.profile is Profile.ACHETEUR

    # -- profile: names, menus and pages --------------------------------------------------------
    def _follow_profile(self) -> None:
        """Names, menus and pages after the workspace's profile (at opening, and when changed).

        The OETH estimator is the buyer's (DOMAIN §5), the impact reports the seller's (§7).
        Pages read the profile as they are built: those built are dropped and built again.
        """
        from srm_inclusif.ui.pages.imports_page import import_spend_text, import_suppliers_text

        self._profile = self.ctx.settings.profile
        self.oeth_action.setVisible(self._is_buyer())
        self.impact_action.setVisible(not self._is_buyer())
        self.import_suppliers_action.setText(import_suppliers_text(self._profile))
        self.import_spend_action.setText(import_spend_text(self._profile))
        *labels, columns, facets = with_letters(
            [self._page_label(key) for key, _module, _cls in PAGES]
            + [self.tr("Colonnes de la liste « {page} »").format(
                page=self._page_label("counterparties")),
               facets_menu_text(self._page_label("counterparties"))])
        for action, label in zip(self.page_actions, labels, strict=True):
            action.setText(label)
        self.columns_menu.setTitle(columns)
        show_facets_key(self.facets_action, facets)
        self._update_titles()
        self._build_pages_again()

    def _build_pages_again(self) -> None:
        """Drop the pages built and show the current one built anew (the focus goes into it).

        Not under an open dialog (a card undoing the change with Ctrl+Z): a page takes its
        dialogs with it. The pages are built again once it closes.
        """
        if not self.pages:
            return
        if isinstance(dialog := QApplication.activeModalWidget(), QDialog):
            dialog.finished.connect(self._build_pages_again,
                                    Qt.ConnectionType.SingleShotConnection)
            return
        key = self.current_page_key()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.enter_page(key)

    def _fill_columns_menu(self) -> None:
        """The supplier list's column choices, the same actions as its titles' right-click menu."""
        view = self._ensure_page("counterparties").view  # type: ignore[attr-defined]
        self.columns_menu.clear()
        self.columns_menu.addActions(list(view.column_actions()))

    def _connect_signals(self) -> None:
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)
        # Arrows only browse the list (the focus stays there, the next arrow moves on); a click,
        # Enter or a menu key goes into the page, whose shortcuts then act at once.
        self.navigation.itemClicked.connect(self._on_navigation_chosen)
        self.navigation.itemActivated.connect(self._on_navigation_chosen)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.ctx.background_failed.connect(self.statusBar().showMessage)  # no box: it opens

    # -- pages ----------------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Show a page (building it on first use) and select it in the navigation.

        When the focus was in the page left, it goes into the page shown: a hidden page cannot
        keep it (Qt would pass it to some other widget), and the launcher shows the page the
        user was on once the window has opened on the dashboard.
        """
        left = self.stack.currentWidget()
        focused = self.focusWidget()  # the window's, even while it is not active yet
        focus_was_in_page = left is not None and focused is not None and left.isAncestorOf(focused)
        row = [k for k, _m, _c in PAGES].index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        page = self._ensure_page(key)
        if focus_was_in_page and page is not left:
            give_focus(page)
        return page

    def enter_page(self, key: str) -> QWidget:
        """Show a page and give the focus to its main widget: its shortcuts act at once."""
        page = self.show_page(key)
        give_focus(page)
        return page

    def current_page_key(self) -> str:
        """The key of the page shown (the dashboard before any choice)."""
        row = self.navigation.currentRow()
        return PAGES[row][0] if row >= 0 else PAGES[0][0]

    def _ensure_page(self, key: str) -> QWidget:
        if key not in self.pages:
            _key, module_name, class_name = next(p for p in PAGES if p[0] == key)
            module = importlib.import_module(f"srm_inclusif.ui.pages.{module_name}")
            page = getattr(module, class_name)(self.ctx, self)
            page.setObjectName(f"{key}Page")
            self.pages[key] = page
            self.stack.addWidget(page)
            if key == "objectives":
                from srm_inclusif.ui.sheet_export_dialog import add_sheet_export_button

                add_sheet_export_button(self.ctx, page)
            if key == "dashboard":
                todo = page.todo_panel
                todo.count_changed.connect(self._on_todo_count_changed)
                todo.relationship_requested.connect(self.open_relationship)
                self._on_todo_count_changed(len(todo.reminders))
                page.first_steps.offer(importing=self.import_suppliers_action,
                                       relating=self.new_relationship_action)
            if self.ctx.workspace.read_only:
                read_only_banner.refuse_buttons(page)
        self.stack.setCurrentWidget(self.pages[key])
        return self.pages[key]

    def open_relationship(self, relationship_id: int) -> None:
        """Show a relationship on the Relations page (from a reminder, a card...)."""
        self.show_page("relationships").select(relationship_id)  # type: ignore[attr-defined]

    def _on_navigation_changed(self, row: int) -> None:
        if row >= 0:
            self._ensure_page(PAGES[row][0])

    def _on_navigation_chosen(self, item: QListWidgetItem) -> None:
        self.enter_page(item.data(Qt.ItemDataRole.UserRole))

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("settings") and self.ctx.settings.profile is not self._profile:
            self._follow_profile()  # pages built anew: nothing left to refresh
            return
        for page in self.pages.values():
            page.refresh(changes)  # type: ignore[attr-defined]
        if changes.touches("settings"):
            self._update_titles()

    def _on_todo_count_changed(self, count: int) -> None:
        self._todo_count = count
        self._update_titles()

    def _update_titles(self) -> None:
        for row, (key, _module, _cls) in enumerate(PAGES):
            label = self._page_label(key)
            if key == "dashboard" and self._todo_count:
                label = self.tr("{label} ({count})").format(label=label, count=self._todo_count)
            self.navigation.item(row).setText(label)
        organisation = self.ctx.settings.organisation_name
        name = organisation or self.ctx.workspace.path.name
        if self.ctx.workspace.read_only:
            name = read_only_banner.read_only_title(name)
        self.setWindowTitle(self.tr("{organisation} — SRM Inclusif").format(organisation=name))

    # -- busy while the workspace is closed, help -----------------------------------------------
    def set_workspace_busy(self, busy: bool) -> None:
        """Keep the user away from the workspace while it is closed (a restore runs).

        Menus (and so their shortcuts), navigation and pages are disabled, not the whole window: the
        progress dialog of the job, a child of the window, keeps its Cancel button.
        """
        for part in (self.menuBar(), self.navigation, self.stack):
            part.setEnabled(not busy)

    def _workspace_busy(self) -> bool:
        return not self.stack.isEnabled()  # only set_workspace_busy turns the pages off

    def shortcuts_dialog(self) -> ShortcutsDialog:
        """The shortcuts of the page on screen, then those of the menus."""
        key = self.current_page_key()
        groups = menu_groups(self.menuBar())
        rows = page_rows(self._ensure_page(key))
        if rows:
            groups.insert(0, (self.tr("Page « {page} »").format(page=self._page_label(key)),
                              rows))
        return ShortcutsDialog(self, groups)

    def about_text(self) -> str:
        """Version, schema version and workspace path."""
        return self.tr(
            "<h3>SRM Inclusif {version}</h3>"
            "<p>Achats inclusifs : du sourcing au renouvellement.</p>"
            "<p>Version du schéma : {schema}<br>Espace de travail : {path}</p>"
            "<p>Application hors ligne : aucune donnée n'est envoyée.</p>"
        ).format(version=__version__, schema=self.ctx.workspace.schema_revision,
                 path=self.ctx.workspace.path)

    # -- drag and drop, geometry ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and not self._workspace_busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        from srm_inclusif.ui.import_wizard import dropped_files

        paths = dropped_files(event.mimeData())
        if paths:
            self.files_dropped.emit(paths)
            self.start_import(paths)

    def start_import(self, paths: list[Path] | None = None, target: str | None = None) -> None:
        """Open the import wizard on files (drag and drop, menus).

        Without a ``target``, the wizard starts on what the first file looks like: purchase
        spend or a supplier directory (the user can still switch).
        """
        from srm_inclusif.exchange.plan import likely_target
        from srm_inclusif.ui.import_wizard import start_import_wizard

        if self.ctx.workspace.read_only:  # a file dropped: the menus' imports are off
            read_only_banner.warn_imports_refused(self)
            return
        if target is None:
            target = likely_target(paths[0]) if paths else "suppliers"
        start_import_wizard(self.ctx, self, paths, target=target)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            resize_to_fit(self, 1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._workspace_busy():  # the restore must finish (or be cancelled) first
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

