"""The date input of every dialog: a date typed and shown as the UI language writes dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from srm_inclusif.core.numbers import ENGLISH, number_style
from srm_inclusif.ui.i18n import UI_LOCALES

#: Qt's display format of each UI language, the same text as ``numbers.day_text`` writes.
DAY_FORMATS = {"fr": "dd/MM/yyyy", "en": "d MMM yyyy"}


def ui_language() -> str:
    """``en`` or ``fr``: the language the UI set its number style from (``install_translators``)."""
    return "en" if number_style() == ENGLISH else "fr"


class DayEdit(QDateEdit):
    """A date with a calendar popup, ``22/11/2026`` in French, ``22 Nov 2026`` in English.

    The locale is set from the UI language, not left to the machine's, so that an English UI
    on a French computer still reads and writes English month names.
    """

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = ui_language()
        self.setLocale(UI_LOCALES[language])
        self.setDisplayFormat(DAY_FORMATS[language])
        self.setCalendarPopup(True)
        if day is not None:
            self.set_day(day)

    def set_day(self, day: date) -> None:
        """Show this date."""
        self.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> date:
        """The date shown."""
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())
