"""Pointing at a bar of the insertion hours chart shows the contract's whole name in a tooltip."""

from __future__ import annotations

from decimal import Decimal

from matplotlib.backend_bases import MouseEvent
from PySide6.QtWidgets import QToolTip

from srm_inclusif.charts import lifecycle
from srm_inclusif.core.dashboard import ContractTitle, HoursRow
from srm_inclusif.ui.chart_view import ChartView

TITLES = {n: ContractTitle(f"Atelier Collecte Castelmerle {n:03d}",
                           "Collecte des déchets de bureau du siège et des agences")
          for n in range(1, 9)}


def _view(qtbot) -> ChartView:  # noqa: ANN001
    view = ChartView("hours", "Heures d'insertion")
    qtbot.addWidget(view)
    view.resize(513, 320)
    view.show()
    rows = tuple(HoursRow(n, Decimal(1000 + n), Decimal(400)) for n in TITLES)
    view.draw(lifecycle.draw_insertion_hours, rows, TITLES)
    view.flush()
    view.canvas.draw()
    return view


def _move_to(view: ChartView, x: float, y: float) -> None:
    MouseEvent("motion_notify_event", view.canvas, x, y)._process()


def test_pointing_at_a_contract_shows_its_title_and_hours(qtbot) -> None:  # noqa: ANN001
    view = _view(qtbot)
    ax = view.axes
    assert "\n" not in ax.get_yticklabels()[0].get_text()  # eight rows: structures only
    x, y = ax.transData.transform((10, 0))  # the top bar: the most hours planned
    _move_to(view, x, y)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == ("Atelier Collecte Castelmerle 008\n"
                               "Collecte des déchets de bureau du siège et des agences\n"
                               "1\u202f008 h prévues, 400 h réalisées")
    _move_to(view, x, ax.get_window_extent().y1 + 15)  # over the title: nothing to tell
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
