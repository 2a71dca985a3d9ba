"""The dashboard says its charts are loading while matplotlib is imported in the background."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from srm_inclusif.ui import chart_preload
from srm_inclusif.ui.pages.charts_panel import ChartsPanel


def test_the_charts_place_says_loading_until_matplotlib_is_there(qtbot, ctx, monkeypatch):
    chart_preload.start()
    qtbot.waitUntil(chart_preload.loaded, timeout=60000)
    # matplotlib is imported in this process: make the panel find it still on its way
    importing = threading.Event()
    monkeypatch.setattr(chart_preload, "_loaded", importing)
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel._redraw_if_visible()  # what the first drawing's timer calls
    placeholder = panel.findChild(QLabel, "chartsPlaceholder")
    assert placeholder.isVisible()
    assert placeholder.text() == "Chargement des graphiques…"
    assert panel.charts == {}
    with qtbot.waitSignal(panel.drawn, timeout=20000):
        importing.set()
    assert all(view.isVisible() for view in panel.charts.values())
    assert len(panel.charts) == 8
    assert panel.findChild(QLabel, "chartsPlaceholder") is None  # the charts took its place


def test_a_failed_import_does_not_keep_the_panel_waiting(monkeypatch):
    monkeypatch.setattr(chart_preload, "MODULES", ("srm_inclusif_no_such_module",))
    monkeypatch.setattr(chart_preload, "_loaded", threading.Event())
    chart_preload._import_all()
    assert chart_preload.loaded()
