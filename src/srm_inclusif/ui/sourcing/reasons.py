"""Shortlist reasons in the UI language: the French text (as ranked or stored) read back."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.numbers import grouped
from srm_inclusif.core.sourcing import REASONS


def reason_text(reason: str) -> str:
    """A ranking reason in the UI language; a text of no known form is shown as it is."""
    for pattern, template in _PATTERNS:
        if found := pattern.fullmatch(reason):
            values = {key: _value(key, text) for key, text in found.groupdict().items()}
            return QCoreApplication.translate("Sourcing", template).format(**values)
    return reason


def reasons_text(reasons: list[str] | tuple[str, ...], separator: str = "\n") -> str:
    """Several reasons, each in the UI language, joined by ``separator``."""
    return separator.join(reason_text(reason) for reason in reasons)


def _value(key: str, text: str) -> str:
    """A filled-in part in the UI language: labels translated, the average in its numbers."""
    if key.endswith("_label"):
        return QCoreApplication.translate("Vocabulary", text)
    if key == "average":
        try:
            return grouped(Decimal(text.replace(",", ".")), 1)
        except InvalidOperation:
            return text
    return text


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression reading the filled-in parts back out of a reason."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                              for i, p in enumerate(parts)))


#: The longest templates first, so that a more specific form wins.
_PATTERNS = [(_pattern(t), t) for t in sorted(REASONS, key=len, reverse=True)]
