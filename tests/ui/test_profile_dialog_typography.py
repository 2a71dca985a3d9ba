"""Profile dialog: its sentence never breaks a line inside « » nor before « : »."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.ui.profile_dialog import ProfileDialog
from tests.ui.wrapped_lines import wrapped_lines


@pytest.fixture
def note(qtbot) -> tuple[str, QFont]:  # noqa: ANN001
    """The dialog's sentence and its font."""
    dialog = ProfileDialog(Profile.ACHETEUR)
    qtbot.addWidget(dialog)
    label = next(label for label in dialog.findChildren(QLabel) if "Clients" in label.text())
    return label.text(), QFont(label.font())


@pytest.mark.parametrize("width", range(180, 700, 7))
def test_no_line_ends_on_an_opening_guillemet_nor_starts_on_a_closing_one(note, width) -> None:  # noqa: ANN001
    lines = wrapped_lines(*note, width)
    assert len(lines) > 1
    assert not [line for line in lines if line.endswith("«")]
    assert not [line for line in lines if line.startswith(("»", ":"))]
