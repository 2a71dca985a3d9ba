"""Shortlist reasons in the UI language: the French text (as ranked or stored) read back."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.numbers import fixed
from srm_inclusif.core.sourcing import REASONS
from srm_inclusif.ui.read_back import ReadBack


def reasons_text(reasons: list[str] | tuple[str, ...], separator: str = "\n") -> str:
    """Several reasons, each in the UI language, joined by ``separator``."""
    return separator.join(reason_text(reason) for reason in reasons)


def _value(key: str, text: str) -> str:
    """A filled-in part in the UI language: labels translated, the average in its numbers.

    The average has two decimals as ``numbers.score_text`` writes scores, also when read from
    a list ranked before they were stored with two (``4,2``).
    """
    if key.endswith("_label"):
        return QCoreApplication.translate("Vocabulary", text)
    if key == "average":
        try:
            return fixed(Decimal(text.replace(",", ".")), 2)
        except InvalidOperation:
            return text
    return text


#: A ranking reason in the UI language; a text of no known form is shown as it is.
reason_text = ReadBack("Sourcing", REASONS, _value)
