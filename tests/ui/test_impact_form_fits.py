"""« Nouveau bilan d'impact » on a 1024 × 600 or 1280 × 720 screen: each exit's meaning is whole.

The tester saw « Toute autre sortie : ni emploi durable… » and « CDI, CDD ou intérim de 6 mois
ou plus, création d'entreprise » cut at the top and the bottom: wrapped on two lines, each had
the height of one.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from srm_inclusif.core.impact import ExitCategory, ImpactFigures
from srm_inclusif.ui.impact_form import ImpactReportForm
from srm_inclusif.ui.sizing import FRAME_MARGIN

#: What a dialog may take on each screen: the screen less the window frame and the panels.
ROOMS = [(w - FRAME_MARGIN // 2, h - FRAME_MARGIN) for w, h in ((1024, 600), (1280, 720))]


@pytest.fixture
def form(qtbot, language) -> ImpactReportForm:  # noqa: ANN001, ARG001
    shown = ImpactReportForm(ImpactFigures(date(2026, 1, 1), date(2026, 6, 30)),
                             lambda _figures: True, client="Groupe Horizon")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _meanings(form: ImpactReportForm) -> list[QLabel]:
    definitions = {category.definition for category in ExitCategory}
    labels = [label for label in form.exits_box.findChildren(QLabel)
              if label.text() in definitions]
    assert len(labels) == len(ExitCategory)
    return labels


def _cut(form: ImpactReportForm) -> list[str]:
    """The meanings shown lower than their wrapped lines need."""
    return [label.text() for label in _meanings(form)
            if label.height() < label.heightForWidth(label.width())]


@pytest.mark.parametrize("room", ROOMS)
def test_each_meaning_is_whole_at_any_width_the_screen_leaves(
        qtbot, form, room) -> None:  # noqa: ANN001
    for width in (form.minimumWidth(), (form.minimumWidth() + room[0]) // 2, room[0]):
        for height in (0, room[1]):  # as short as the form lets itself be, then the whole room
            form.resize(width, height)
            qtbot.waitUntil(lambda w=width: form.width() == w)
            assert _cut(form) == [], (width, form.height())


def test_the_form_opens_whole_within_a_small_screen(form) -> None:  # noqa: ANN001
    room = ROOMS[0]
    assert form.width() <= room[0]
    assert form.height() <= room[1]
    assert _cut(form) == []
