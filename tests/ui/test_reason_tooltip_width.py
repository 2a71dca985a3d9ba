"""Why a lifecycle button cannot act reads on a few short lines: the reason for a stopped
relationship was one tooltip line across most of a laptop screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import STOPPED_REFUSAL, add_stopped_relationship
from tests.ui.conftest import LAPTOP
from tests.ui.tooltips import tooltip_text

TODAY = date(2026, 11, 22)
#: The widest a tooltip may be: half the smallest laptop screen.
READABLE = LAPTOP[0] // 2


@pytest.fixture
def panel(qtbot, workspace):  # noqa: ANN001, ANN201
    """The Relations page, active, showing the stopped relationship."""
    relationship, _contract = add_stopped_relationship(workspace.engine)
    page = RelationshipsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.select(relationship)
    return page


def _shown_tooltip():  # noqa: ANN202
    return next((w for w in QApplication.topLevelWidgets()
                 if w.metaObject().className() == "QTipLabel" and w.isVisible()), None)


def test_the_stopped_reason_is_shown_on_short_lines(qtbot, panel) -> None:
    button = panel.detail.buttons["test"]
    panel.board.setFocus()
    QTest.keyClick(panel.board, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _shown_tooltip() is not None)
    assert QToolTip.text() == button.toolTip()
    assert _shown_tooltip().width() <= READABLE
    lines = button.toolTip().splitlines()
    assert lines[0] == "Nouveau marché test (Ctrl+T)"
    assert len(lines) >= 4  # the sentence, on several lines
    assert tooltip_text(button) == f"Nouveau marché test (Ctrl+T) {STOPPED_REFUSAL}"


def test_no_line_of_a_reason_is_wider_than_half_a_laptop_screen(panel) -> None:
    metrics = QFontMetrics(QToolTip.font())
    for key in ("test", "contract", "renew"):
        tooltip = panel.detail.buttons[key].toolTip()
        assert max(metrics.horizontalAdvance(line) for line in tooltip.splitlines()) <= READABLE
