"""Hours in the contract form: written grouped in the UI language without a trailing « ,0 »
(« 1 200 h », « 833,5 h »), and read back typed grouped with any space, or not grouped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.ui.lifecycle.fields import HoursEdit

SPACES = (" ", "\u00a0", "\u202f")
SHOWN_HOURS = {"fr": {1200: "1\u202f200 h", 833.5: "833,5 h"},
               "en": {1200: "1,200 h", 833.5: "833.5 h"}}
#: What a user of each language types for 1 200 h and 833,5 h.
TYPED_HOURS = {"fr": {"1 200": 1200, "1200": 1200, "833,5": 833.5, "833.5": 833.5},
               "en": {"1,200": 1200, "1200": 1200, "1 200": 1200, "833.5": 833.5}}


def _type(qtbot, widget, text: str) -> None:
    """Type ``text`` then Return; a no-break space (no key for QTest) is pasted."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.lineEdit().insert(text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.mark.parametrize("hours", [1200, 833.5])
def test_hours_are_written_grouped_without_a_trailing_zero(qtbot, language, hours) -> None:
    edit = HoursEdit(hours)
    qtbot.addWidget(edit)
    assert edit.text() == SHOWN_HOURS[language][hours]
    assert edit.hours() == hours


def test_hours_typed_grouped_or_not_are_read(qtbot, language) -> None:
    edit = HoursEdit()
    qtbot.addWidget(edit)
    edit.show()
    for typed, hours in TYPED_HOURS[language].items():
        _type(qtbot, edit, typed)
        assert edit.hours() == hours, typed
    for space in SPACES:
        _type(qtbot, edit, f"2{space}000")
        assert edit.hours() == 2000, repr(space)
    assert edit.text() == {"fr": "2\u202f000 h", "en": "2,000 h"}[language]
