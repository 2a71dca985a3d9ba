"""A year spin box that names a (fiscal) year as the dashboard and the Objectifs page do."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from srm_inclusif.core.fiscal_year import fiscal_year_label

#: What may be typed: a start year, then the year it ends in (« 2026-2027 »), both optional.
_TYPED = re.compile(r"\s*(\d{0,4})\s*(?:[-–/]\s*\d{0,4})?\s*")


class FiscalYearSpin(QSpinBox):
    """Holds the number of a year (the calendar year it starts in), shows its name.

    « 2026 » in a workspace whose year is a calendar year, « 2026-2027 » when it starts in July:
    the value stays 2026, as ``--year`` and the objective sheets number it.
    """

    def __init__(self, start_month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_month = start_month
        self.setRange(2000, 2100)

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt override)
        """« 2026 » or « 2026-2027 »."""
        return fiscal_year_label(value, self.start_month)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt override)
        """The year typed first: « 2026-2027 » and « 2026 » are both 2026."""
        typed = _TYPED.fullmatch(text)
        return int(typed.group(1)) if typed and len(typed.group(1)) == 4 else self.value()

    def validate(self, text: str, pos: int) -> object:
        """A start year within the range, maybe followed by the year it ends in."""
        typed = _TYPED.fullmatch(text)
        if typed is None:
            return QValidator.State.Invalid, text, pos
        start = typed.group(1)
        if len(start) == 4 and self.minimum() <= int(start) <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos
