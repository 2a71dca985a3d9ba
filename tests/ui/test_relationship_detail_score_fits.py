"""At 1024 × 600, a relationship with a feedback score shows its detail whole: the score line
wraps inside the panel instead of widening it past its scroll area (the score, the right-hand
buttons and the history were cut on the right, in English)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from srm_inclusif.storage.services.relationships import list_relationships
from tests.ui.conftest import shown_demo_window


@pytest.mark.usefixtures("language")
def test_a_scored_relationship_keeps_its_detail_inside_the_panel(qtbot, demo_workspace) -> None:
    win = shown_demo_window(qtbot, demo_workspace, (1024, 600))
    win.show_page("relationships")
    page = win.pages["relationships"]
    area = page.findChild(QScrollArea, "relationshipDetailScroll")
    detail = page.detail
    scored = [r.id for r in list_relationships(demo_workspace.engine)
              if (detail.show_relationship(r.id) or True) and detail.score.text()]
    assert scored  # the demo has relationships with feedback
    for relationship_id in scored:
        detail.show_relationship(relationship_id)
        QApplication.processEvents()
        text = detail.score.text()
        assert detail.width() <= area.viewport().width(), text
        lines = max(1, detail.score.height() // detail.score.fontMetrics().lineSpacing())
        assert detail.score.fontMetrics().horizontalAdvance(text) <= lines * detail.score.width()
        for button in detail.buttons.values():
            assert button.geometry().right() < area.viewport().width(), button.text()
