"""The feedback preview of the Contrats page fits its width on a laptop screen (1280×720,
1366×768) in both languages: it wraps, a long word included, and never scrolls sideways."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.storage.services.feedback import ScoreInput, list_criteria, record_feedback
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window

LONG_WORD = "https://exemple.fr/retours/" + "x" * 300


def shown_preview(qtbot, demo_workspace, size, *, comment: str = ""):  # noqa: ANN001, ANN201
    """The Contrats page at ``size``, its preview showing a feedback (``comment`` added)."""
    engine = demo_workspace.engine
    contract = next(c for c in list_contracts(engine) if c.feedback_count)
    if comment:
        record_feedback(engine, contract_id=contract.id, given_on=DEMO_TODAY,
                        scores=[ScoreInput(c.id, 4, comment) for c in list_criteria(engine)],
                        overall_comment=comment)
    window = shown_demo_window(qtbot, demo_workspace, size)
    page = window.show_page("contracts")
    page.select(contract.id)
    page.feedback.list.setCurrentRow(page.feedback.list.count() - 1)
    view = page.feedback.view
    qtbot.waitUntil(lambda: view.toPlainText() != "")
    return view


@pytest.mark.parametrize("size", LAPTOP_SCREENS)
def test_preview_does_not_scroll_sideways(qtbot, demo_workspace, language, size) -> None:
    view = shown_preview(qtbot, demo_workspace, size)
    assert not view.horizontalScrollBar().isVisible()
    assert view.document().idealWidth() <= view.viewport().width()  # the table included


@pytest.mark.parametrize("size", LAPTOP_SCREENS)
def test_a_long_word_wraps_in_the_preview(qtbot, demo_workspace, size) -> None:
    view = shown_preview(qtbot, demo_workspace, size, comment=LONG_WORD)
    assert LONG_WORD[:40] in view.toPlainText()
    assert view.document().idealWidth() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
