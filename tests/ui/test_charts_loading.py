"""The dashboard says its charts are loading while matplotlib is imported in the background.

Its first figures are read in the background meanwhile: a change made then is in them.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QLabel
from sqlmodel import Session

from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui import chart_preload
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.support import add_purchase


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


def test_spend_recorded_while_the_charts_load_is_in_their_first_drawing(qtbot, ctx,
                                                                        monkeypatch):
    chart_preload.start()
    qtbot.waitUntil(chart_preload.loaded, timeout=60000)
    importing = threading.Event()
    monkeypatch.setattr(chart_preload, "_loaded", importing)
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel._redraw_if_visible()  # the figures are read in the background meanwhile
    qtbot.waitUntil(lambda: panel._prefetch is not None and panel._prefetch[1].done())
    with Session(ctx.engine) as s:
        add_purchase(s, "EI", "EI", [(date(2026, 3, 1), 12_300_000)], basis="invoiced")
        s.commit()
    panel.refresh(Changes(spend={1}))  # as the main window does on data_changed
    with qtbot.waitSignal(panel.drawn, timeout=20000):
        importing.set()
    assert panel.basis_combo.currentText() == "Facturé"
    assert panel.summary_label.text().startswith("Achats inclusifs : 123\u202f000\u00a0€ HT")
