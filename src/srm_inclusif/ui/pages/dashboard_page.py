"""Tableau de bord: what to do first in a new workspace, the « À faire » panel beside the charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.summary import has_rows
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.pages.todo_panel import TodoPanel

#: How the dashboard's width is shared between the to-do panel and the charts.
TODO_SHARE, CHARTS_SHARE = 9, 11


class FirstSteps(QWidget):
    """What to do first in a workspace without relationships: one sentence, one button doing it.

    Without suppliers (or clients), importing them comes first; once there are some, creating a
    relationship with one. The buttons run the window's own actions (``offer``): a page shown
    without a window has the sentence only.
    """

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstSteps")
        self.sentence = QLabel()  # one line: it is far shorter than the page, in any language
        self.sentence.setObjectName("firstStepsText")
        self.import_button = QPushButton()
        self.import_button.setObjectName("firstImport")
        self.relationship_button = QPushButton()
        self.relationship_button.setObjectName("firstRelationship")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sentence)  # the button right after it, where the eye is
        layout.addWidget(self.import_button)
        layout.addWidget(self.relationship_button)
        layout.addStretch(1)
        self._offered = False
        self._has_counterparties = False
        self.show_step(has_counterparties=False)

    def offer(self, *, importing: QAction, relating: QAction) -> None:
        """Let the buttons run these actions: the window's import and new relationship.

        In a read-only workspace the window turns them off after (``refuse_buttons``).
        """
        for button, action in ((self.import_button, importing),
                               (self.relationship_button, relating)):
            button.setText(plain_text(action.text()))  # the menus' Alt letters are not ours
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
        self._offered = True
        self.show_step(has_counterparties=self._has_counterparties)

    def show_step(self, *, has_counterparties: bool) -> None:
        """Say the next step: import when there is no counterparty yet, else follow one.

        The focus on the step's button (the window's, even under the import wizard) moves on
        with the step: Space then goes on to the next one.
        """
        focused = self.button() is not None and self.button() is self.window().focusWidget()
        self._has_counterparties = has_counterparties
        self.sentence.setText(self._sentence())
        self.import_button.setVisible(self._offered and not has_counterparties)
        self.relationship_button.setVisible(self._offered and has_counterparties)
        if focused:
            self.button().setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[union-attr]

    def button(self) -> QPushButton | None:
        """The button of the step, None before the window offers its actions."""
        if not self._offered:
            return None
        return self.relationship_button if self._has_counterparties else self.import_button

    def _sentence(self) -> str:
        seller = self.ctx.settings.profile.is_seller
        if self._has_counterparties and self.ctx.workspace.read_only:
            return self.tr("Cet espace de travail est en lecture seule : aucune relation ne "
                           "peut y être créée.")
        if self._has_counterparties:
            return (self.tr("Créez maintenant une relation avec l'un de vos clients.") if seller
                    else self.tr("Créez maintenant une relation avec l'un de vos fournisseurs."))
        if self.ctx.workspace.read_only:  # its import button is off: say why, not « importez »
            return self.tr("Cet espace de travail est en lecture seule : rien ne peut y "
                           "être importé.")
        return (self.tr("Pour commencer, importez vos clients, puis créez une relation avec "
                        "l'un d'eux.") if seller
                else self.tr("Pour commencer, importez vos fournisseurs, puis créez une relation "
                             "avec l'un d'eux."))


class DashboardPage(QWidget):
    """Container of the two dashboard panels, under the first steps of a new workspace."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.first_steps = FirstSteps(ctx, self)
        self.todo_panel = TodoPanel(ctx, self)
        self.charts_panel = ChartsPanel(ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.todo_panel)
        splitter.addWidget(self.charts_panel)
        # 45 % for the to-do panel: on a laptop its open actions show the structures' and the
        # owners' names whole beside the due date, and the charts (one a row on a laptop)
        # keep well over their narrowest readable width (CHART_MIN_WIDTH).
        splitter.setStretchFactor(0, TODO_SHARE)
        splitter.setStretchFactor(1, CHARTS_SHARE)
        splitter.setSizes([TODO_SHARE * 1000, CHARTS_SHARE * 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.first_steps)
        # its sentence starts where the panels' texts do, below it
        margins = self.todo_panel.layout().contentsMargins()
        self.first_steps.setContentsMargins(margins.left(), 0, margins.right(), 0)
        layout.addWidget(splitter, 1)
        self._show_title()
        self._show_first_steps()

    def focus_target(self) -> QWidget | None:
        """What the window focuses on entering the page: the first step, else the to-do list."""
        button = self.first_steps.button()
        if button is not None and self.first_steps.isVisibleTo(self):
            return button
        return self.todo_panel.focus_target()

    def creating_buttons(self) -> list[QPushButton]:
        """The buttons that only add to the workspace: the first relationship's."""
        return [self.first_steps.relationship_button]

    def importing_buttons(self) -> list[QPushButton]:
        """The buttons that start an import: the first one's."""
        return [self.first_steps.import_button]

    def refresh(self, changes: Changes) -> None:
        """Pass the change on to both panels (each loads itself when built)."""
        if changes.touches("settings"):
            self._show_title()
        if changes.touches("counterparties", "relationships"):
            self._show_first_steps()
        self.todo_panel.refresh(changes)
        self.charts_panel.refresh(changes)

    def _show_title(self) -> None:
        name = self.ctx.settings.organisation_name
        self.title_label.setText(self.tr("Tableau de bord — {name}").format(name=name) if name
                                 else self.tr("Tableau de bord"))  # no dangling dash

    def _show_first_steps(self) -> None:
        """Shown until the first relationship: the to-do panel fills from relationships."""
        has_counterparties, has_relationships = has_rows(self.ctx.engine)
        self.first_steps.setVisible(not has_relationships)
        self.first_steps.show_step(has_counterparties=has_counterparties)
