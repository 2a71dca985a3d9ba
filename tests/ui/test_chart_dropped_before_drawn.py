"""A chart deleted while it draws (a dropped chart's last draw, its owner collected) goes quietly.

matplotlib's idle draw could find the canvas deleted before its last step and print
« Internal C++ object (_Canvas) already deleted » to the console.
"""

from __future__ import annotations

import shiboken6

from srm_inclusif.ui.chart_view import ChartView


def test_a_chart_deleted_while_drawing_raises_nothing(qtbot) -> None:
    view = ChartView("cumulative", "Ventes cumulées")
    view.resize(500, 400)
    view.figure.add_subplot().plot([0, 1], [0, 1])
    canvas = view.canvas
    canvas.mpl_connect("draw_event", lambda _event: shiboken6.delete(view))
    canvas.draw()  # the figure is drawn, then the chart is gone before the widget repaints
    assert not shiboken6.isValid(canvas)


def test_a_chart_still_there_draws(qtbot) -> None:
    view = ChartView("cumulative", "Ventes cumulées")
    qtbot.addWidget(view)
    drawn: list[object] = []
    view.canvas.mpl_connect("draw_event", drawn.append)
    view.canvas.draw()
    assert len(drawn) == 1
