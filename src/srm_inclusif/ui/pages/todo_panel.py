"""« À faire » panel of the dashboard: due reminders (snooze, dismiss) and open actions.

Reminders come from ``storage.services.reminders`` on the context's clock. Past-due items stay
listed until handled; snoozing and dismissing are undoable and never pop anything up.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.reminders import Reminder
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.actions import list_actions
from srm_inclusif.storage.services.reminders import (
    dismiss_reminder,
    list_reminders,
    restore_reminder_state,
    snooze_reminder,
)
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.models.action_table import (
    COL_COUNTERPARTY,
    COL_DONE,
    COL_DUE,
    COL_OWNER,
    COL_TEXT,
    ActionTableModel,
)
from srm_inclusif.ui.said_when_off import SaidWhenOff
from srm_inclusif.ui.sizing import on_viewport_resized
from srm_inclusif.ui.table_view import fit_columns, sorted_table_view, text_width, title_width

KEY_ROLE = Qt.ItemDataRole.UserRole
SNOOZE_CHOICES = (
    (1, QT_TRANSLATE_NOOP("TodoPanel", "Demain")),
    (7, QT_TRANSLATE_NOOP("TodoPanel", "Dans une semaine")),
    (30, QT_TRANSLATE_NOOP("TodoPanel", "Dans un mois")),
)
#: Lines of text a row of the open actions holds: names wrap onto the second one.
ACTION_ROW_LINES = 2
#: The share of the list's width the action's text keeps at least, and its narrowest, in
#: average characters: it is what there is to do (« Caler un point d'étape »); beyond, it is
#: elided and shown whole in a tooltip.
ACTION_SHARE = 0.25
ACTION_MIN_CHARS = 14
#: Open actions the list shows at once however low the window, when there are that many.
ACTION_ROWS_SHOWN = 3
#: The columns sized to show their names whole on the row's lines.
NAME_COLUMNS = (COL_OWNER, COL_COUNTERPARTY)


class TodoPanel(QWidget):
    """What needs the user's attention today."""

    count_changed = Signal(int)
    relationship_requested = Signal(int)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("todoPanel")
        self.controller = LifecycleController(ctx, self)
        self.reminders: list[Reminder] = []
        self._build()
        self._connect_signals()
        self.refresh(Changes.all())

    def _build(self) -> None:
        title = QLabel(self.tr("À faire"))
        title.setObjectName("panelTitle")
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        self.items = QListWidget()
        self.items.setObjectName("todoList")
        self.items.setWordWrap(True)
        self.items.setAccessibleName(self.tr("Rappels"))
        self.no_reminders_label = empty_state_label(self._no_reminders_text(), "noReminders")
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.setText(self.tr("Reporter"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for days, text in SNOOZE_CHOICES:
            menu.addAction(self.tr(text)).triggered.connect(
                lambda _=False, d=days: self.snooze_selected(d))
        self.snooze_button.setMenu(menu)
        self._leave_room_for_the_arrow(self.snooze_button)
        self.dismiss_button = QPushButton(self.tr("Ignorer"))
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.setToolTip(self.tr("Ne plus afficher ce rappel (Suppr)"))
        self.open_button = QPushButton(self.tr("Ouvrir la relation"))
        self.open_button.setObjectName("openReminder")
        self.reminder_buttons = QWidget()
        self.reminder_buttons.setObjectName("reminderButtons")
        row = QHBoxLayout(self.reminder_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.snooze_button, self.dismiss_button, self.open_button):
            row.addWidget(widget)
        row.addStretch(1)
        # « Fournisseur » or « Client »: the other side of the action's relationship
        self.actions_model = ActionTableModel(
            self, counterparty_header=self.ctx.settings.profile.counterparty_label)
        self.actions_view = sorted_table_view(self.actions_model, object_name="openActions",
                                              parent=self)[0]
        self.actions_view.hideColumn(COL_DONE)  # every open action is not done
        self.actions_view.setAccessibleName(self.tr("Actions ouvertes"))
        self.actions_view.setWordWrap(True)
        self.actions_view.verticalHeader().setDefaultSectionSize(
            ACTION_ROW_LINES * self.actions_view.fontMetrics().lineSpacing() + 6)
        # the open actions' width shared again when the panel is resized
        on_viewport_resized(self.actions_view, self._size_action_columns)
        # no taller than its rows: a few open actions left a blank under them that the
        # reminders, scrolling above, can use
        self.actions_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.actions_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.actions_view.setToolTip(self.tr(
            "Double-cliquez sur une action, ou sélectionnez-la et appuyez sur Entrée, pour la "
            "modifier."))
        self.no_actions_label = empty_state_label(self._no_actions_text(), "noOpenActions")
        self.done_button = QPushButton(self.tr("Marquer faite"))
        self.done_button.setObjectName("actionDone")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 3)
        layout.addWidget(self.no_reminders_label)
        layout.addWidget(self.reminder_buttons)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)  # apart from the reminders
        layout.addWidget(QLabel(self.tr("<b>Actions ouvertes</b>")))
        layout.addWidget(self.actions_view, 2)
        layout.addWidget(self.no_actions_label)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(0)  # below the sentences when no list is shown: see _show_lists
        dismiss = QAction(self.tr("Ignorer le rappel"), self.items)
        dismiss.setShortcut(QKeySequence.StandardKey.Delete)
        dismiss.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        dismiss.triggered.connect(self.dismiss_selected)
        self.items.addAction(dismiss)
        if not read_only_banner.allowed(self.ctx):  # no action edited, Suppr says why
            self.actions_view.setToolTip(read_only_banner.refused_tooltip())
            dismiss.setEnabled(False)
            self.items.addAction(SaidWhenOff(dismiss, read_only_banner.writing_refused_briefly))

    def writing_buttons(self) -> list[QWidget]:
        """What changes a reminder or an action: kept off in a read-only workspace."""
        return [self.snooze_button, self.dismiss_button, self.done_button]

    def _no_actions_text(self) -> str:
        """Where an action is noted (nowhere in a read-only workspace)."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Aucune action ouverte.")
        return self.tr("Aucune action ouverte. Sur la page Relations, « Action… » en note une à "
                       "mener, avec son responsable et son échéance.")

    def _no_reminders_text(self) -> str:
        """What the reminders will be (a structure inclusive's counterparties are her clients)."""
        if self.ctx.settings.profile.is_seller:
            return self.tr("Les rappels s'afficheront ici : fin d'un contrat ou d'un marché "
                           "test, label d'un client qui expire, action arrivée à échéance.")
        return self.tr("Les rappels s'afficheront ici : fin d'un contrat ou d'un marché test, "
                       "label d'une structure qui expire, action arrivée à échéance.")

    @staticmethod
    def _leave_room_for_the_arrow(button: QToolButton) -> None:
        """Widen a menu button so that its arrow, drawn in the right corner, clears the text.

        Qt sizes an instant-popup tool button for its text only; the text is centred, so the
        button gets the arrow's width on both sides.
        """
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        button.setMinimumWidth(button.sizeHint().width() + 2 * arrow)

    def _connect_signals(self) -> None:
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.open_button.clicked.connect(self._on_open)
        self.items.itemActivated.connect(lambda _item: self._on_open())
        self.items.currentRowChanged.connect(self._update_buttons)
        self.done_button.clicked.connect(self._on_done)
        self.actions_view.activated.connect(self._on_edit_action)  # double click or Enter
        self.actions_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def refresh(self, changes: Changes) -> None:
        """Recompute the reminders and the open actions."""
        if changes.touches("settings"):  # the profile names the counterparties
            self.no_reminders_label.setText(self._no_reminders_text())
        if not changes.touches("contracts", "reminders", "actions", "feedback", "relationships",
                               "counterparties"):
            return
        today = self.ctx.today()
        self.reminders = list_reminders(self.ctx.engine, today=today)
        current = self.selected_key()
        self.items.clear()
        for reminder in self.reminders:
            self.items.addItem(self._item(reminder))
        keys = [r.key for r in self.reminders]
        if current in keys:
            self.items.setCurrentRow(keys.index(current))
        late = sum(r.overdue for r in self.reminders)
        self.summary.setText(self.tr(
            "%n rappel(s), dont {late} en retard", "", len(self.reminders)).format(late=late)
            if self.reminders else self.tr("Rien à faire pour le moment."))
        self.actions_model.set_rows(list_actions(self.ctx.engine, open_only=True))
        self._show_lists()
        self._size_action_columns()
        self._update_buttons()
        self.count_changed.emit(len(self.reminders))

    def _show_lists(self) -> None:
        """The reminders and the open actions, each replaced by a sentence when it is empty.

        An empty white box or a table's bare headers told a new user nothing: a sentence says
        what will come there, without greyed buttons under it. Without reminders, the only
        list that grows, what is shown stays at the top rather than spread over the panel's
        height (the open actions' table is no taller than its rows).
        """
        has_reminders = bool(self.reminders)
        has_actions = self.actions_model.rowCount() > 0
        self.items.setVisible(has_reminders)
        self.reminder_buttons.setVisible(has_reminders)
        self.no_reminders_label.setVisible(not has_reminders)
        self.actions_view.setVisible(has_actions)
        self.done_button.setVisible(has_actions)
        self.no_actions_label.setVisible(not has_actions)
        layout = self.layout()
        layout.setStretch(layout.count() - 1, 0 if has_reminders else 1)

    def _keep_actions_in_sight(self) -> None:
        """The open actions' list no lower than ``ACTION_ROWS_SHOWN`` rows (fewer when fewer).

        On a low screen the reminders, scrolling above, give way: one and a half actions
        showed at 1024 × 600.
        """
        view = self.actions_view
        rows = min(self.actions_model.rowCount(), ACTION_ROWS_SHOWN)
        header = view.horizontalHeader()  # as high as its titles wrapped on two lines
        titles = max(header.minimumHeight(), header.sizeHint().height())
        view.setMinimumHeight(titles + 2 * view.frameWidth()
                              + rows * view.verticalHeader().defaultSectionSize())

    def focus_target(self) -> QWidget | None:
        """Where the keys act on entering the dashboard: the reminders, else the open actions.

        None when the panel lists neither.
        """
        return next((view for view in (self.items, self.actions_view) if view.isVisibleTo(self)),
                    None)

    def _size_action_columns(self) -> None:
        """The action's text takes the most room; the names whole on two lines if they can.

        The due date stays whole, and so do the titles. When the panel is too narrow for the
        names beside ``ACTION_SHARE`` of the width, the names give way (elided on their second
        line, whole in a tooltip), none wider than the action; when even their titles do not
        fit, the owner's column goes (it comes back in a wider window): no sideways scrolling,
        no title cut, and the action reads first.
        """
        view = self.actions_view
        fit_columns(view, stretch=COL_TEXT, fixed=NAME_COLUMNS)
        header = view.horizontalHeader()
        width = view.viewport().width()
        action = max(ACTION_MIN_CHARS * view.fontMetrics().averageCharWidth(),
                     int(ACTION_SHARE * width))
        room = width - header.sectionSize(COL_DUE) - action
        floors = {column: title_width(view, column) for column in NAME_COLUMNS}
        shown = NAME_COLUMNS if sum(floors.values()) <= room else (COL_COUNTERPARTY,)
        header.setSectionHidden(COL_OWNER, COL_OWNER not in shown)
        wanted = {column: self._name_width(column) for column in shown}
        if shown == NAME_COLUMNS and sum(wanted.values()) <= room:
            widths = wanted
        else:
            extra = max(room - sum(floors[c] for c in shown), 0)
            slack = sum(wanted[c] - floors[c] for c in shown) or 1
            widths = {c: min(floors[c] + (wanted[c] - floors[c]) * extra // slack,
                             max(floors[c], action)) for c in shown}
        for column, name in widths.items():
            header.resizeSection(column, name)
        self._keep_actions_in_sight()  # its titles may take a second line now

    def _name_width(self, column: int) -> int:
        """Width showing every name of ``column`` whole on the rows' lines, and its title."""
        view = self.actions_view
        return max(text_width(view, column, ACTION_ROW_LINES), title_width(view, column))

    def _item(self, reminder: Reminder) -> QListWidgetItem:
        if reminder.overdue:
            when = self.tr("En retard de {n} j").format(n=-reminder.days_left)
        elif reminder.days_left == 0:
            when = self.tr("Aujourd'hui")
        else:
            when = self.tr("Dans {n} j").format(n=reminder.days_left)
        item = QListWidgetItem(f"{when} — {reminder.text}")
        item.setData(KEY_ROLE, reminder.key)
        if reminder.overdue:
            item.setForeground(QBrush(QColor("#b3261e")))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def selected_key(self) -> str | None:
        """Key of the reminder selected."""
        item = self.items.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def selected_reminder(self) -> Reminder | None:
        """The reminder selected."""
        key = self.selected_key()
        return next((r for r in self.reminders if r.key == key), None)

    def _update_buttons(self) -> None:
        reminder = self.selected_reminder()
        self.snooze_button.setEnabled(reminder is not None)
        self.dismiss_button.setEnabled(reminder is not None)
        self.open_button.setEnabled(reminder is not None and reminder.relationship_id is not None)
        self.done_button.setEnabled(self._selected_action_row() is not None)
        read_only_banner.refuse_writing(self)  # last: read-only, they stay off

    def snooze_selected(self, days: int) -> bool:
        """Hide the selected reminder for ``days`` days (one undo step)."""
        key = self.selected_key()
        if key is None:
            return False
        until = self.ctx.today() + timedelta(days=days)
        return self._state_step(self.tr("Reporter le rappel"),
                                lambda: snooze_reminder(self.ctx.engine, key=key, until=until))

    def dismiss_selected(self) -> bool:
        """Hide the selected reminder for good (one undo step)."""
        key = self.selected_key()
        if key is None:
            return False
        return self._state_step(self.tr("Ignorer le rappel"),
                                lambda: dismiss_reminder(self.ctx.engine, key=key))

    def _state_step(self, text: str, save) -> bool:  # noqa: ANN001
        state: dict = {}

        def do() -> Changes:
            state["saved"] = save()
            return state["saved"].changes

        def undo() -> Changes:
            return restore_reminder_state(self.ctx.engine, saved=state["saved"])

        return run_step(self.ctx, self, text, do, undo)

    def _on_open(self) -> None:
        reminder = self.selected_reminder()
        if reminder is not None and reminder.relationship_id is not None:
            self.relationship_requested.emit(reminder.relationship_id)

    def _selected_action_row(self) -> int | None:
        """Row of the open action selected (in the model), None when none is."""
        rows = self.actions_view.selectionModel().selectedRows()
        proxy = self.actions_view.model()
        return proxy.mapToSource(rows[0]).row() if rows else None  # type: ignore[attr-defined]

    def _on_done(self) -> None:
        row = self._selected_action_row()
        if row is not None:
            self.controller.set_action_done(self.actions_model.action_at(row), True)

    def _on_edit_action(self) -> None:
        row = self._selected_action_row()
        # no form that could not be saved
        if row is not None and read_only_banner.writable(self, self.ctx):
            self.controller.edit_action(self.actions_model.action_at(row))
