"""The date input of every dialog: a date typed and shown as the UI language writes dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.numbers import ENGLISH, number_style, read_day
from srm_inclusif.ui.i18n import UI_LOCALES

#: Qt's display format of each UI language, the same text as ``numbers.day_text`` writes.
DAY_FORMATS = {"fr": "dd/MM/yyyy", "en": "d MMM yyyy"}
#: Keys that end the typing of a date in the field.
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Modifiers of a shortcut rather than of a typed character.
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
#: How the focus comes by a click or the calendar popup: there the cursor stays where it was put.
_POINTED_REASONS = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason)


def ui_language() -> str:
    """``en`` or ``fr``: the language the UI set its number style from (``install_translators``)."""
    return "en" if number_style() == ENGLISH else "fr"


class DayEdit(QDateEdit):
    """A date with a calendar popup, ``22/11/2026`` in French, ``22 Nov 2026`` in English.

    The locale is set from the UI language, not left to the machine's, so that an English UI
    on a French computer still reads and writes English month names.

    A date is typed whole, as in a text field: over the selection, the whole text once entered
    from the keyboard (``15/01/2027``, ``15012027``, ``3 Mar 2027``, ISO), read by
    ``numbers.read_day`` once the field is left or Enter pressed, then written out in the UI's way.
    A text that is no date is kept and refused by a message naming the field and the text,
    never replaced by the former date.
    Tab and Shift+Tab leave the field, as any other; the arrow keys move between its sections.
    Leaving it for a button says nothing: the button decides (« Annuler » closes without a word,
    OK refuses the date through ``checked_day``).
    """

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = ui_language()
        self.setLocale(UI_LOCALES[language])
        self.setDisplayFormat(DAY_FORMATS[language])
        self.setCalendarPopup(True)
        self.setKeyboardTracking(False)  # a date half typed is not rewritten under the keys
        # Nor when the cursor moves: Qt would read each section anew, putting the former date back.
        self.lineEdit().cursorPositionChanged.disconnect()
        if day is not None:
            self.set_day(day)

    def set_day(self, day: date) -> None:
        """Show this date."""
        self.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> date:
        """The date typed, else (a text refused on leaving the field) the last date read."""
        if typed := self._typed():
            return typed
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def checked_day(self) -> date:
        """The date typed; a ``ValidationError`` naming the field when the text is no date.

        What a form saves: ``day()`` would give the former date back for a text that was never
        refused, saving by OK's Alt letter (or a click on macOS) not leaving the field.
        """
        if message := self.unreadable_text():
            raise ValidationError(message, field=self.objectName(), text=self.text())
        return self.day()

    def unreadable_text(self) -> str | None:
        """The message refusing the text typed, naming the field once; None for a readable date.

        « Date illisible : « 20112026/11/2026 » … » for the field « Date », « Début de la période
        illisible : … » — not « Date — Date illisible », the field's name then the reader's.
        """
        if self._read(self.text()) is not None:
            return None
        return QCoreApplication.translate(
            "Errors", "{field} illisible : « {text} » (jj/mm/aaaa attendu).").format(
            field=self.field_name(), text=" ".join(self.text().split()))

    def field_name(self) -> str:
        """The label of the field in its form (« Date », « Début de la période »…)."""
        parent = self.parentWidget()
        forms = parent.findChildren(QFormLayout) if parent is not None else []
        for form in forms:
            label = form.labelForField(self)
            if isinstance(label, QLabel):
                return label.text().replace("&", "").rstrip(" :\u00a0")
        return self.tr("Date")

    # Qt's hooks: the whole text is read as a date, not section by section.

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 — Qt's virtual
        state = (QValidator.State.Acceptable if self._read(text)
                 else QValidator.State.Intermediate)
        return state, text, pos

    def fixup(self, text: str) -> str:  # noqa: D102 — the text typed is kept as typed
        return text

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802, D102 — Qt's name
        if day := self._read(text):
            return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
        return self.dateTime()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002, D102 — Qt's names
        # Tab and Shift+Tab go to the next / previous field, as from every other field; Qt's date
        # edit took them to walk its day, month and year, so Tab never left the date and figures
        # typed after it went into it. The arrow keys still reach each section.
        return QAbstractSpinBox.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt's name
        """Characters go into the text as typed; Enter on a text that is no date refuses it."""
        typed = event.text()
        if typed and typed.isprintable() and not event.modifiers() & _SHORTCUT_MODIFIERS:
            self.lineEdit().insert(typed)
            event.accept()
        elif event.key() in _ENTER_KEYS and self.unreadable_text():
            self._refuse()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 — Qt's name
        """Leaving the field reads the date typed; a text that is no date stays and is refused.

        Not when the focus went to a button: a message on the mouse press on « Annuler » took
        the click, the form could not be closed; OK refuses the text itself.
        """
        if self.unreadable_text():
            if not isinstance(QApplication.focusWidget(), QPushButton):
                QTimer.singleShot(0, self, self._refuse)  # once the focus has moved
            return
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 — Qt's name
        """Entering the field from the keyboard or the dialog's opening selects its whole text.

        Qt selects the day alone (« 23 » of « 23/11/2026 »): « 20112026 » typed then gave
        « 20112026/11/2026 ». A click keeps its cursor; the calendar closing changes nothing.
        Coming back to a refused text keeps it to be corrected (Qt would write the date out).
        """
        typed = self.text()
        super().focusInEvent(event)
        if self._read(typed) is None:
            self.lineEdit().setText(typed)
            self.lineEdit().selectAll()
        elif event.reason() not in _POINTED_REASONS:
            self.lineEdit().selectAll()

    def _refuse(self) -> None:
        if not self.isVisible():  # its form closed meanwhile: nothing left to correct
            return
        if message := self.unreadable_text():
            QMessageBox.warning(self, self.window().windowTitle(), message)
            self.setFocus()
            self.lineEdit().selectAll()

    def _typed(self) -> date | None:
        return self._read(self.text())

    @staticmethod
    def _read(text: str) -> date | None:
        try:
            return read_day(text)
        except ValidationError:
            return None
