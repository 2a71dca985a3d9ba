"""Form dialogs that ask before closing on changes: save them, drop them, or go back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: A widget property: what the widget shows is no data of the form (a list's filter, say).
NOT_FORM_DATA = "notFormData"
#: The most cells of an item view compared (a form's lists are short).
LARGEST_VIEW = 5000

Button = QMessageBox.StandardButton
#: A form not shown yet: it has no opening state to compare with.
_NOT_SHOWN: Any = object()


def ask_before_closing(dialog: QWidget, question: str) -> QMessageBox.StandardButton:
    """Ask ``question`` over ``dialog``: Save, Discard or Cancel (Save by default).

    Qt names the buttons « Enregistrer », « Ne pas enregistrer », « Annuler » (ui/i18n).
    """
    return QMessageBox.question(dialog, dialog.windowTitle(), question,
                                Button.Save | Button.Discard | Button.Cancel, Button.Save)


def ask_to_drop(dialog: QWidget, why: str) -> QMessageBox.StandardButton:
    """Say ``why`` the form cannot be saved as it stands: Discard or Cancel (Cancel by default).

    Offering « Enregistrer » there did nothing: the form's own OK button is off.
    """
    question = QCoreApplication.translate(
        "FormDialog", "{why}\n\nFermer sans enregistrer les modifications ?").format(why=why)
    return QMessageBox.question(dialog, dialog.windowTitle(), question,
                                Button.Discard | Button.Cancel, Button.Cancel)


def not_form_data(widget: QWidget) -> None:
    """Mark ``widget`` as no data of its form: changing it asks nothing on closing."""
    widget.setProperty(NOT_FORM_DATA, True)


def shown_state(form: QWidget) -> list[Any]:
    """What the input widgets inside ``form`` show: equal lists, the same form contents."""
    state: list[Any] = []
    for widget in form.findChildren(QWidget):
        if not widget.property(NOT_FORM_DATA) and not _in_popup(widget):
            value = _value(widget)
            if value is not None:  # a label or a popup appearing is no change
                state.append(value)
    return state


def _value(widget: QWidget) -> Any:
    """What one widget shows that a user may have changed (None for the rest)."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton | QGroupBox) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView):
        return _items(widget)
    return None


def _in_popup(widget: QWidget) -> bool:
    """Inside a combo box's list or a date's calendar (its year box too).

    Their field already says what was chosen, and Qt makes them only when first opened.
    """
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def _items(view: QAbstractItemView) -> list[Any] | None:
    """The texts and ticks of a view's rows, a tree's branches too (labels, sectors, lines)."""
    model = view.model()
    if model is None:
        return None
    # only a tree has branches (asking a QTableWidget for them made Qt crash in a later resize)
    branches = isinstance(view, QTreeView)
    items: list[Any] = []
    parents = [QModelIndex()]
    while parents and len(items) < LARGEST_VIEW:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                items.append((model.data(index),
                              model.data(index, Qt.ItemDataRole.CheckStateRole)))
            first = model.index(row, 0, parent)
            if branches and model.hasChildren(first):
                parents.append(first)
    return items


class FormDialog(QDialog):
    """A dialog that edits data; closing it with changes shown asks first.

    Annuler (or Fermer), Échap and the window's cross all call ``reject``: when the form differs
    from what it showed when it opened, the user chooses to save it, drop it, or go back to it;
    what was typed is never lost without a word. An untouched form closes at once.
    """

    #: What the form showed on its first Show (``_NOT_SHOWN`` until then).
    _shown_first: Any = _NOT_SHOWN

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """A QDialog that remembers, when first shown, what the form opened with."""
        super().__init__(*args, **kwargs)
        # a filter, not a Python showEvent override (which crashed the need dialog's show)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        """On the first Show, remember what the form shows; then stop watching."""
        if watched is self and event.type() == QEvent.Type.Show:
            self.removeEventFilter(self)  # later events no longer pass through Python
            self._shown_first = self.form_values()
        return False

    def form_values(self) -> Any:
        """What the form holds; by default what its input widgets show (``shown_state``).

        A form whose widgets come and go (rows moved, say) gives its values instead.
        """
        return shown_state(self)

    def has_unsaved_changes(self) -> bool:
        """Whether the form holds something else than what it opened with."""
        return self._shown_first is not _NOT_SHOWN and self.form_values() != self._shown_first

    def closing_question(self) -> str:
        """The question asked on closing with changes."""
        return QCoreApplication.translate("FormDialog",
                                          "Enregistrer les modifications avant de fermer ?")

    def save_before_closing(self) -> None:
        """Save as the form's own OK button does: closes once saved, stays open on a refusal."""
        button = self._save_button()
        if button is not None:
            button.click()
        else:
            self.accept()

    def why_not_savable(self) -> str:
        """Why the form cannot be saved as it stands, '' if it can: its OK button is off.

        The button's tooltip says why (a name missing, say); a generic reason otherwise.
        """
        button = self._save_button()
        if button is None or button.isEnabled():
            return ""
        return button.toolTip() or QCoreApplication.translate(
            "FormDialog", "Un champ obligatoire n'est pas rempli.")

    def _save_button(self) -> QAbstractButton | None:
        """The form's own OK (or Enregistrer) button, if it shows one."""
        box = self.findChild(QDialogButtonBox)
        buttons = [] if box is None else [
            b for b in box.buttons()
            if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole and b.isVisible()]
        return buttons[0] if buttons else None

    def reject(self) -> None:
        """Close (Annuler, Échap, the window's cross), asking first about unsaved changes.

        A form that cannot be saved as it stands says why and offers to close without saving.
        """
        if self.isVisible() and self.has_unsaved_changes():
            why = self.why_not_savable()
            answer = (ask_to_drop(self, why) if why
                      else ask_before_closing(self, self.closing_question()))
            if answer == Button.Save:
                self.save_before_closing()
            if answer != Button.Discard:
                return
        super().reject()
