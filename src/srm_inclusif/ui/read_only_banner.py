"""A workspace opened read-only, said on the main window from the start, not at the first save.

The window's title says « — lecture seule — », a banner above the pages says why and what to
do, the status bar keeps a « Lecture seule » mark, and the imports, the actions that only
create (a new card, relationship, contract, objective sheet), the page buttons that change
what is there (merge, move a relationship on, edit an objective…) and the restore of a backup
cannot be started. Every other change is still refused, with its message, when it is saved.

A tooltip says why at length; the status bar, beside the « Lecture seule » mark, gets a short
sentence (a long one was cut by the mark).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.ui.said_when_off import MESSAGE_MS

if TYPE_CHECKING:
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.entry_list import EntryList

#: A pale amber strip: noticed at once, without looking like an error.
STYLE = ("QFrame#readOnlyBanner { background: #fff4d1; border-bottom: 1px solid #d9b44a; }"
         " QFrame#readOnlyBanner QLabel { color: #4d3a00; }")
MARK_STYLE = ("QLabel#readOnlyMark { background: #fff4d1; color: #4d3a00; font-weight: bold;"
              " border: 1px solid #d9b44a; border-radius: 3px; padding: 0 6px; }")


def read_only_title(name: str) -> str:
    """The workspace's ``name`` in the window's title, marked read-only.

    The mark goes before « — SRM Inclusif »: Qt adds the application's name again to a title
    that does not end with it. Set apart by dashes, not in parentheses: a name often ends with
    some (« Groupe Démo (fictif) »), and two in a row read badly.
    """
    return QCoreApplication.translate("ReadOnlyBanner", "{name} — lecture seule").format(
        name=name)


def imports_refused_text() -> str:
    """Why an import cannot be started: the tooltip of the import actions and buttons."""
    return QCoreApplication.translate(
        "ReadOnlyBanner", "Impossible d'importer : l'espace de travail est en lecture seule. "
        "Enregistrez-en une copie dans un dossier à vous, ouvrez-la, puis importez dans la copie.")


def creation_refused_text() -> str:
    """Why an action that only adds to the workspace is off: its tooltip."""
    return QCoreApplication.translate(
        "ReadOnlyBanner", "Impossible d'ajouter quoi que ce soit : l'espace de travail est en "
        "lecture seule. Enregistrez-en une copie dans un dossier à vous, ouvrez-la, puis faites "
        "l'ajout dans la copie.")


def imports_refused_briefly() -> str:
    """Why an import cannot be started, short enough for the status bar."""
    return QCoreApplication.translate("ReadOnlyBanner",
                                      "Lecture seule : rien ne peut être importé ici.")


def creation_refused_briefly() -> str:
    """Why an action that only adds is off, short enough for the status bar."""
    return QCoreApplication.translate("ReadOnlyBanner",
                                      "Lecture seule : rien ne peut être ajouté ici.")


def writing_refused_text() -> str:
    """Why a button that changes what the workspace holds is off: its tooltip."""
    return QCoreApplication.translate(
        "ReadOnlyBanner", "Lecture seule : rien ne peut être modifié dans cet espace de travail. "
        "Enregistrez-en une copie dans un dossier à vous, ouvrez-la, puis faites la modification "
        "dans la copie.")


def writing_refused_briefly() -> str:
    """Why a button that changes something is off, short enough for the status bar."""
    return QCoreApplication.translate("ReadOnlyBanner",
                                      "Lecture seule : rien ne peut être modifié ici.")


def refused_tooltip() -> str:
    """The tooltip of what cannot change something in a read-only workspace (rich text)."""
    return rich_tooltip(writing_refused_text())


def rich_tooltip(why: str) -> str:
    """``why`` as a tooltip in rich text: Qt breaks it into lines, not one screen-wide line."""
    return f"<p>{why}</p>"


def restore_refused_text() -> str:
    """Why « Restaurer une sauvegarde… » is off: a restore replaces the file."""
    return QCoreApplication.translate(
        "ReadOnlyBanner", "Lecture seule : restaurer une sauvegarde remplacerait le fichier de "
        "l'espace de travail, qui ne peut pas être modifié. Demandez d'abord le droit d'écrire "
        "sur ce fichier et sur son dossier.")


def restore_refused_briefly() -> str:
    """Why « Restaurer une sauvegarde… » is off, short enough for the status bar."""
    return QCoreApplication.translate("ReadOnlyBanner",
                                      "Lecture seule : aucune sauvegarde ne peut être restaurée.")


def allowed(ctx: WorkspaceContext) -> bool:
    """Whether the buttons that write may be on: the workspace is not read-only."""
    return not ctx.workspace.read_only


def writable(widget: QWidget, ctx: WorkspaceContext) -> bool:
    """Whether a double click (a key) on ``widget`` may open a change; if not, say why.

    In a read-only workspace it did nothing, without a word: the main window's status bar
    now says why briefly; in a dialog (a card, the parameters), a tooltip at the pointer.
    """
    if allowed(ctx):
        return True
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(writing_refused_briefly(), MESSAGE_MS)
    else:
        QToolTip.showText(QCursor.pos(), writing_refused_briefly(), widget)
    return False


class ReadOnlyBanner(QFrame):
    """The strip above the pages: the workspace is read-only, why, and what to do about it."""

    def __init__(self, path: Path, save_copy: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAccessibleName(QCoreApplication.translate("ReadOnlyBanner", "Lecture seule"))
        self.setStyleSheet(STYLE)
        self.text = QLabel(QCoreApplication.translate(
            "ReadOnlyBanner", "<b>Lecture seule :</b> vous pouvez consulter et exporter "
            "« {name} », mais rien n'y sera enregistré. Pour le modifier, enregistrez-en une "
            "copie dans un dossier à vous et ouvrez-la, ou demandez le droit d'écrire sur ce "
            "fichier et sur son dossier.").format(name=path.name))
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_copy_button = QPushButton(QCoreApplication.translate(
            "ReadOnlyBanner", "Enregistrer une copie…"))
        self.save_copy_button.setObjectName("readOnlySaveCopy")
        self.save_copy_button.clicked.connect(save_copy.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save_copy_button, 0, Qt.AlignmentFlag.AlignVCenter)


def show_read_only(window: QMainWindow, path: Path, save_copy: QAction,
                   imports: list[QAction], creations: list[QAction]) -> ReadOnlyBanner:
    """Mark ``window`` as showing a read-only workspace: banner, status mark, actions off.

    ``imports`` and ``creations`` are the window's actions that could only write: they are
    turned off, each saying why; reading and exporting stay possible.
    """
    banner = ReadOnlyBanner(path, save_copy)
    pages = window.takeCentralWidget()
    frame = QWidget()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(pages, 1)
    window.setCentralWidget(frame)
    mark = QLabel(QCoreApplication.translate("ReadOnlyBanner", "Lecture seule"))
    mark.setObjectName("readOnlyMark")
    mark.setStyleSheet(MARK_STYLE)
    mark.setToolTip(QCoreApplication.translate(
        "ReadOnlyBanner", "Vous n'avez pas le droit d'écrire sur « {name} » ou sur son dossier : "
        "rien n'y sera enregistré.").format(name=path.name))
    window.statusBar().insertPermanentWidget(0, mark)
    for action in imports:
        refuse_action(action)
    for action in creations:
        refuse_action(action, creation_refused_text(), creation_refused_briefly())
    return banner


def refuse_action(action: QAction, why: str | None = None, brief: str | None = None) -> None:
    """Turn an action off; its tooltip tells ``why``, the status bar ``brief`` (hovered).

    An import's refusal by default.
    """
    if why is None:
        why, brief = imports_refused_text(), imports_refused_briefly()
    action.setEnabled(False)
    action.setToolTip(rich_tooltip(why))
    action.setStatusTip(brief or why)
    for menu in action.associatedObjects():
        if isinstance(menu, QMenu):
            menu.setToolTipsVisible(True)


def refuse_buttons(page: QWidget) -> None:
    """Turn off a page's buttons that start an import, only add or change something, saying why.

    Each page names its own: ``importing_buttons()`` (the dashboard's first import, the Imports
    page's), ``creating_buttons()`` (a new card, relationship, contract, objective sheet) and
    ``writing_buttons()`` (merge, move on, edit…). Their page-wide shortcuts click them, so do
    nothing then. A page without them has none.
    """
    for button in _page_buttons(page, "importing_buttons"):
        refuse_button(button, imports_refused_text())
    for button in _page_buttons(page, "creating_buttons"):
        refuse_button(button, creation_refused_text())
    refuse_writing(page)


def refuse_writing(owner: QWidget) -> None:
    """In a read-only workspace, turn off again what ``owner.writing_buttons()`` names.

    Called by the page (or panel) itself, last thing where it turns its buttons on after a
    selection: they stay off while the workspace is read-only. ``owner`` has a ``ctx``.
    """
    ctx: WorkspaceContext | None = getattr(owner, "ctx", None)
    if ctx is None or allowed(ctx):
        return
    for button in _page_buttons(owner, "writing_buttons"):
        refuse_button(button, writing_refused_text())


def _page_buttons(page: QWidget, method: str) -> Iterable[QWidget]:
    """The buttons the page's ``method`` names; none if the page has no such method."""
    named = getattr(page, method, None)
    return list(named()) if named is not None else []


def show_read_only_lists(dialog: QWidget, *lists: EntryList) -> None:
    """A dialog of lists in a read-only workspace: its title says so, its buttons stay off.

    Whatever entry is chosen, the buttons its ``writing_buttons()`` names stay off
    (``refuse_writing``).

    The caller leaves the lists' Entrée and Suppr unconnected: they would change something.
    """
    dialog.setWindowTitle(read_only_title(dialog.windowTitle()))
    for entries in lists:
        entries.current_changed.connect(lambda: refuse_writing(dialog))


def refuse_button(button: QWidget, why: str) -> None:
    """Turn a button (or a field) off; its tooltip says ``why``."""
    button.setEnabled(False)
    button.setToolTip(rich_tooltip(why))


def warn_imports_refused(window: QWidget) -> None:
    """Say why a file dropped on the window of a read-only workspace is not imported."""
    QMessageBox.warning(window, QCoreApplication.translate("ReadOnlyBanner", "Import impossible"),
                        imports_refused_text())
