"""Small input widgets shared by the dialogs: optional date, amount HT, euros, hours."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDoubleSpinBox,
    QLineEdit,
    QStyle,
    QWidget,
)

from srm_inclusif.core.clock import system_today
from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.money import from_cents, to_cents
from srm_inclusif.core.numbers import (
    day_text,
    grouped,
    localised,
    number_style,
    percent_of,
    read_day,
    read_quantity,
    trimmed,
)
from srm_inclusif.ui.day_edit import ui_language
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.i18n import UI_LOCALES

#: The date shown as an example of how to type one, in the UI language's way.
_EXAMPLE_DAY = date(2026, 12, 31)
#: The amount an unreadable one is told to look like, written the Python way.
_EXAMPLE_AMOUNT = "12,500.50"
#: Hours being typed: digits, spaces and marks, before they read as a number.
_TYPING_HOURS = re.compile(r"[0-9\s,.]*")


class OptionalDateEdit(QLineEdit):
    """A date typed as the UI language writes it (``31/12/2026``, ``31 Dec 2026``), or none.

    Empty means no date, as the placeholder says. The text is read by ``numbers.read_day``
    (``3/3/2027`` and ISO too) and a readable date is written out in full once typed; an
    unreadable text stays for ``value()`` to refuse, naming the field, never dropped. The arrow
    (or Alt+Down, F4) opens a calendar on the date shown, else on today; Up and Down move the
    date by a day; the clear button empties the field.
    """

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *,
                 field: str = "") -> None:
        super().__init__(parent)
        self.field = field  # the label of the field, named by error messages
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("— pas de date (ex. {day})").format(
            day=day_text(_EXAMPLE_DAY)))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 60)
        arrow = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.calendar_action = self.addAction(arrow, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Choisir dans le calendrier (Alt+Bas)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setLocale(UI_LOCALES[ui_language()])
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.editingFinished.connect(self._write_out)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        """Show a date, or nothing (the placeholder) for none."""
        self.setText("" if value is None else day_text(value))

    def value(self) -> date | None:
        """The date typed, None when empty; a ``ValidationError`` naming the field if unreadable."""
        try:
            return read_day(self.text())
        except ValidationError as error:
            if not self.field:
                raise
            raise ValidationError(QCoreApplication.translate("Errors", "{field} — {reason}")
                                  .format(field=self.field, reason=error_text(error))) from error

    def open_calendar(self) -> None:
        """Show the calendar below the field, on the date typed or else on today."""
        day = self._readable() or system_today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt's name
        """Alt+Down or F4 open the calendar; Up and Down move a readable date by one day."""
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and (day := self._readable()):
            step = 1 if key == Qt.Key.Key_Up else -1
            self.set_value(date.fromordinal(day.toordinal() + step))
        else:
            super().keyPressEvent(event)

    def _readable(self) -> date | None:
        """The date typed, None when empty or unreadable."""
        try:
            return read_day(self.text())
        except ValidationError:
            return None

    def _write_out(self) -> None:
        """Write a readable date as the UI does (``3/3/2027`` → ``03/03/2027``)."""
        if day := self._readable():
            self.set_value(day)

    def _pick(self, chosen: QDate) -> None:
        self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        self.calendar.hide()
        self.setFocus()


class AmountEdit(QLineEdit):
    """An amount in euros HT typed as the UI language writes it (``12,345.67``), in cents.

    Thousands grouped by spaces of any kind read in both languages (``12 500,50``).
    """

    def __init__(self, cents: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("ex. {amount}").format(amount=localised("12,500.00")))
        self.set_cents(cents)
        self.editingFinished.connect(self._regroup)

    def set_cents(self, cents: int | None) -> None:
        """Show an amount grouped as the UI language writes it: ``450 000,00`` / ``450,000.00``."""
        self.setText("" if cents is None else grouped(from_cents(cents), 2))

    def _regroup(self) -> None:
        """Show an amount typed ungrouped (``450000``) grouped once typed; leave anything else."""
        amount = read_quantity(self.text())
        if amount is not None:
            self.set_cents(to_cents(amount))

    def cents(self) -> int | None:
        """The amount typed, in cents; None when empty; a ``ValidationError`` when unreadable."""
        if not self.text().strip():
            return None
        amount = read_quantity(self.text())
        if amount is None:
            raise ValidationError(self.tr("Montant illisible : « {text} » (ex. {example}).").format(
                text=self.text().strip(), example=localised(_EXAMPLE_AMOUNT)))
        return to_cents(amount)


class EuroSpinBox(QDoubleSpinBox):
    """A sum in euros with cents (a target part variable), the euro sign where the UI writes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 10_000_000)
        self.setDecimals(2)
        self.setSingleStep(500)
        self.setGroupSeparatorShown(True)
        if number_style().euro_before:
            self.setPrefix("€")
        else:
            self.setSuffix("\u00a0€")


class HoursEdit(QDoubleSpinBox):
    """A number of hours as the UI language writes it (``1 200 h``, ``833,5 h``).

    0, shown « — », means not given. Written grouped, without a trailing « ,0 »; what is
    typed is read as amounts are, grouped or not (``1 200``, ``1200``, ``833,5``).
    """

    def __init__(self, hours: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 10_000_000)
        self.setDecimals(1)
        self.setSpecialValueText("—")
        self.setSuffix(" h")
        self.setValue(hours or 0)

    def textFromValue(self, value: float) -> str:  # noqa: N802 — Qt's name
        """``1 200``, ``833,5`` (``1,200``, ``833.5``): grouped, at most one decimal."""
        return trimmed(Decimal(str(value)), self.decimals())

    def valueFromText(self, text: str) -> float:  # noqa: N802 — Qt's name
        """The hours typed (0, « — », when none can be read)."""
        hours = read_quantity(self._number_typed(text))
        return 0.0 if hours is None else float(hours)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Readable hours in range are acceptable; digits and marks on their way to them too."""
        typed = self._number_typed(text)
        hours = read_quantity(typed)
        if typed == self.specialValueText() or (
                hours is not None and 0 <= hours <= self.maximum()):
            return QValidator.State.Acceptable, text, pos
        if _TYPING_HOURS.fullmatch(typed):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        """Leave an unreadable text alone, for the field to go back to its hours.

        Qt's own fixup drops the locale's group marks: ``833,5`` typed in English read 8335.
        """
        return text

    def _number_typed(self, text: str) -> str:
        return text.removesuffix(self.suffix()).strip()

    def hours(self) -> float | None:
        """Hours entered, None when left at « — »."""
        return self.value() or None


def decimal_text(value: Decimal | None) -> str:
    """A rate as a percentage in the UI language, « — » when unknown."""
    return "—" if value is None else percent_of(value)
