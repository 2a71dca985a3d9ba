"""A chart out of sight (its window closed, its page hidden) is rendered when next shown, not
by a redraw left pending: a closed dashboard no longer renders its charts for no one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.chart_view import ChartView


def _renders(view: ChartView) -> list[object]:
    rendered: list[object] = []
    view.canvas.mpl_connect("draw_event", rendered.append)
    return rendered


def _plotted(qtbot) -> ChartView:  # noqa: ANN001
    view = ChartView("cumulative", "Achats inclusifs cumulés")
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    view.figure.add_subplot().plot([0, 1], [0, 1])
    return view


def test_a_chart_closed_before_its_redraw_is_not_rendered(qtbot) -> None:  # noqa: ANN001
    view = _plotted(qtbot)
    rendered = _renders(view)
    view.canvas.draw_idle()
    view.close()
    QApplication.processEvents()  # the pending redraw's turn
    assert rendered == []


def test_it_is_rendered_once_shown_again(qtbot) -> None:  # noqa: ANN001
    view = _plotted(qtbot)
    rendered = _renders(view)
    view.canvas.draw_idle()
    view.close()
    QApplication.processEvents()  # the pending redraw's turn
    view.show()
    qtbot.waitUntil(lambda: len(rendered) == 1)


def test_a_shown_chart_is_redrawn(qtbot) -> None:  # noqa: ANN001
    view = _plotted(qtbot)
    rendered = _renders(view)
    view.canvas.draw_idle()
    qtbot.waitUntil(lambda: len(rendered) == 1)
