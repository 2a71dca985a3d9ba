"""Start the GUI: pick the workspace, show the welcome dialog on first start, open the window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from srm_inclusif import APP_NAME, __version__
from srm_inclusif.core.clock import Today, system_today
from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.locations import ENV_VAR, default_workspace_path, resolve_workspace_path
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.i18n import chosen_language, install_translators
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.unexpected import install_excepthook
from srm_inclusif.ui.welcome_dialog import WelcomeChoice, WelcomeDialog

if TYPE_CHECKING:
    from srm_inclusif.storage.workspace import Workspace

LAST_WORKSPACE_KEY = "workspace/last"


class Launcher:
    """Owns the open workspace and its window; switches workspace on request."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self._frame: MainWindow | None = None
        #: The clock of every workspace opened (tests set another).
        self.today: Today = system_today

    def start(self, explicit: str | None) -> bool:
        """Open the start workspace (asking on first start); False when the user gave up.

        The window frame is shown before the database layer is even imported, so that the user
        sees the app at once; the workspace fills it a moment later.
        """
        path = self._start_path(explicit)
        if path.exists():
            self._frame = MainWindow()
            self._frame.show_opening(path)
            self._frame.show()
            QApplication.processEvents()
            if self.open(path, create=False, quiet_uninitialised=True):
                return True
            self._frame.hide()
        return self.welcome(path)

    def _start_path(self, explicit: str | None) -> Path:
        import os

        if explicit or os.environ.get(ENV_VAR):
            return resolve_workspace_path(explicit)
        last = QSettings().value(LAST_WORKSPACE_KEY)
        return Path(str(last)) if last and Path(str(last)).exists() else default_workspace_path()

    def welcome(self, path: Path) -> bool:
        """Show the welcome dialog until a workspace is open or the user closes it."""
        while True:
            dialog = WelcomeDialog(self.window)
            if not dialog.exec() or dialog.choice is None:
                return self.window is not None
            if self._follow(dialog, path):
                return True

    def _follow(self, dialog: WelcomeDialog, path: Path) -> bool:
        if dialog.choice is WelcomeChoice.CREATE:
            target = path if not path.exists() else _free_path(path)
            return self.open(target, create=True, profile=dialog.profile,
                             organisation=dialog.organisation_name, user_name=dialog.user_name)
        if dialog.choice is WelcomeChoice.DEMO:
            return self.open_demo(path.with_name("demo.sqlite3") if path.exists() else path)
        chosen, _f = file_dialogs.get_open_file_name(
            self.window, QApplication.translate("Launcher", "Ouvrir un espace de travail"),
            str(path.parent), QApplication.translate("Launcher", "Espaces de travail (*.sqlite3)"))
        return bool(chosen) and self.open(Path(chosen), create=False)

    def open(self, path: Path, *, create: bool, profile: object = None, organisation: str = "",
             user_name: str = "", quiet_uninitialised: bool = False) -> bool:
        """Open (or create) a workspace and show it; a clear message when it cannot be.

        A workspace created with a ``user_name`` has the user as its first person: the owner of her
        objective sheet and the one who follows her relationships.
        """
        from srm_inclusif.storage.services.settings import is_initialised, update_settings
        from srm_inclusif.storage.workspace import open_workspace

        try:
            workspace = open_workspace(path)
        except SrmError as error:
            if not self._offer_latest_copy(path, error):
                _error(self.window, error_text(error))
                return False
            return self.open(path, create=False)
        if create:
            update_settings(workspace.engine, profile=profile,
                            organisation_name=organisation)
            if user_name:
                _add_user(workspace, user_name, profile)
        elif not is_initialised(workspace.engine):
            workspace.close()
            if not quiet_uninitialised:
                _error(self.window, QApplication.translate(
                    "Launcher", "Cet espace de travail n'a pas encore été configuré."))
            return False
        self._show(workspace)
        return True

    def _offer_latest_copy(self, path: Path, error: SrmError) -> bool:
        """For a damaged workspace with copies: offer the latest; True once it is put back."""
        from srm_inclusif.storage.backup import list_backups
        from srm_inclusif.storage.workspace import restore_workspace
        from srm_inclusif.ui.jobs import run_job, wait_for
        from srm_inclusif.ui.restore_dialog import moment_text

        copies = ([copy for copy in list_backups(path) if not copy.damaged]
                  if error.params.get("reason") == "corrupt" else [])  # the latest whole one
        if not copies:
            return False
        answer = QMessageBox.question(
            self.window, QApplication.translate("Launcher", "Espace de travail endommagé"),
            QApplication.translate(
                "Launcher", "{error}\n\nRevenir à la dernière copie, prise le {moment} ? "
                "Le fichier endommagé est mis de côté dans le dossier des sauvegardes.").format(
                    error=error_text(error), moment=moment_text(copies[0].taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        outcome = wait_for(run_job(self.window or self._frame, _restoring_title(),
                                   restore_workspace, path, copies[0].path))
        if outcome.status == "failed":
            _error(self.window, error_text(outcome.value))
        return outcome.status == "finished"

    def open_demo(self, path: Path) -> bool:
        """Create the demo workspace at ``path`` with a progress dialog, then show it."""
        from srm_inclusif.storage.demo import build_demo
        from srm_inclusif.storage.workspace import open_workspace
        from srm_inclusif.ui.jobs import run_job, wait_for

        try:
            workspace = open_workspace(path)
        except SrmError as error:
            _error(self.window, error_text(error))
            return False
        outcome = wait_for(run_job(self.window, QApplication.translate(
            "Launcher", "Création de l'espace de démonstration…"), build_demo, workspace.engine))
        if outcome.status == "finished":
            self._show(workspace)
            return True
        if outcome.status == "failed":
            _error(self.window, error_text(outcome.value))
        workspace.close()
        return False

    def _show(self, workspace: Workspace) -> None:
        from srm_inclusif.ui.context import WorkspaceContext

        previous, old_window = self.workspace, self.window
        self.workspace = workspace
        ctx = WorkspaceContext(workspace, today=self.today)
        if self._frame is not None:
            self.window, self._frame = self._frame, None
            self.window.attach(ctx)
        else:
            self.window = MainWindow(ctx)
        self.window.workspace_requested.connect(self._on_workspace_requested)
        ctx.restore_requested.connect(self._on_restore_requested)
        self.window.show()
        QSettings().setValue(LAST_WORKSPACE_KEY, str(workspace.path))
        if old_window is not None:
            if hasattr(old_window, "ctx"):  # its workspace closes: its clock stops here, in the
                old_window.ctx.set_busy(True)  # main thread (a timer dies only in its own)
            old_window.close()
            old_window.deleteLater()
        if previous is not None:
            previous.close()
        ctx.move_started_contracts()  # once per opening, the window shown whatever it meets
        ctx.watch_days()
        self.window.tell_unfinished_import()  # an import killed meanwhile: said once

    def _on_restore_requested(self, copy: Path) -> None:
        # once the dialogs that asked are shut: the window is replaced
        QTimer.singleShot(0, lambda: self.restore(copy))

    def restore(self, copy: Path) -> bool:
        """Put a backup copy back in place of the open workspace, then show it again.

        The copy runs in the background with a progress dialog; the workspace is closed
        meanwhile, so the window's menus and pages are off. Cancelled, the workspace reopens as
        it was.
        """
        from srm_inclusif.storage.workspace import restore_workspace
        from srm_inclusif.ui.jobs import run_job, wait_for

        assert self.workspace is not None
        assert self.window is not None
        path, window = self.workspace.path, self.window
        page = window.current_page_key()
        window.ctx.set_busy(True)  # for good: the workspace reopens with a context of its own
        self.workspace.close()
        window.set_workspace_busy(True)
        try:
            outcome = wait_for(run_job(window, _restoring_title(), restore_workspace, path, copy))
        finally:
            window.set_workspace_busy(False)
        if outcome.status == "failed":
            _error(self.window, error_text(outcome.value))
        if not self.open(path, create=False):
            return False
        self.window.show_page(page)  # where the user was, restored or not
        message = {
            "finished": QApplication.translate(
                "Launcher", "Espace de travail restauré ; l'état remplacé est gardé dans les "
                "sauvegardes."),
            "cancelled": QApplication.translate(
                "Launcher", "Restauration annulée : l'espace de travail n'a pas été modifié."),
        }.get(outcome.status)
        if message is not None:
            self.window.statusBar().showMessage(message, 15000)
        return outcome.status == "finished"

    def _on_workspace_requested(self, path: Path, create: bool) -> None:
        if create:
            if path.exists():
                _error(self.window, QApplication.translate(
                    "Launcher", "Ce fichier existe déjà : choisissez un autre nom."))
                return
            dialog = WelcomeDialog(self.window)
            dialog.demo_button.hide()
            dialog.open_button.hide()
            if dialog.exec() and dialog.choice is WelcomeChoice.CREATE:
                self.open(path, create=True, profile=dialog.profile,
                          organisation=dialog.organisation_name, user_name=dialog.user_name)
            return
        self.open(path, create=False)


def _add_user(workspace: Workspace, name: str, profile: object) -> None:
    """The user as the new workspace's first person, her role after the profile."""
    from srm_inclusif.core.vocabulary import Profile
    from srm_inclusif.storage.services.people import PersonInput, add_person

    role = (profile if isinstance(profile, Profile) else Profile.ACHETEUR).person_role
    try:
        add_person(workspace.engine, values=PersonInput(name, role))
    except SrmError as error:  # e.g. a name too long: the workspace opens all the same
        _error(None, error_text(error))


def _restoring_title() -> str:
    return QApplication.translate("Launcher", "Restauration de la copie…")


def _free_path(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def _error(parent: QWidget | None, message: str) -> None:
    QMessageBox.critical(parent, QApplication.translate("Launcher", "SRM Inclusif"), message)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, translations and style set."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("srm-inclusif")
    app.setOrganizationName("SRM Inclusif")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, chosen_language())
    _apply_style(app)
    return app  # type: ignore[return-value]


def _apply_style(app: QApplication) -> None:
    from srm_inclusif.resources import resource_path

    qss = resource_path("styles/app.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def run_gui(explicit_db: str | None) -> int:
    """Open the GUI on the chosen workspace; the exit code of the event loop."""
    app = make_application()
    install_excepthook()  # a bug in a slot is said and logged; the app stays open
    launcher = Launcher()
    if not launcher.start(explicit_db):
        return 1
    # What startup built lives for the whole session: keep it out of later full collections.
    gc.freeze()
    return app.exec()
