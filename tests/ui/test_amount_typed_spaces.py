"""The amount field reads thousands grouped by any space in both languages (« 12 500,50 »),
and says what to type when it cannot read one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.lifecycle.fields import AmountEdit
from tests.support import raised

SPACES = (" ", "\u00a0", "\u202f")


def _type(qtbot, widget, text: str) -> None:
    """Type ``text`` then Return; a no-break space (no key for QTest) is pasted."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_an_amount_grouped_by_any_space_is_read_in_both_languages(qtbot, language) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.show()
    for space in SPACES:
        _type(qtbot, edit, f"12{space}500,50")
        assert edit.cents() == 1_250_050, repr(space)
        edit.setText(f"12{space}500.50")
        assert edit.cents() == 1_250_050, repr(space)


def test_an_unreadable_amount_says_what_to_type(qtbot, language) -> None:
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.setText("douze")
    example = {"fr": "12\u202f500,50", "en": "12,500.50"}[language]
    message = error_text(raised(ValidationError, edit.cents))
    assert "douze" in message
    assert message.endswith(f"{example}).")
