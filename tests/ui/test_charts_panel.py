"""The dashboard's charts panel: draws on first show, follows selectors, saves and copies."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import Session

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.tables import (
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    SpendLine,
)
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.pages.charts_panel import ChartsPanel


@pytest.fixture
def ctx(ctx):
    """The shared context (tests/ui/conftest.py), with spend and a sheet in its workspace."""
    with Session(ctx.engine) as s:
        alice = Person(name="Alice")
        ei, ea = Counterparty(name="EI", kind="EI"), Counterparty(name="EA", kind="EA")
        s.add_all([alice, ei, ea])
        s.flush()
        s.add_all([
            SpendLine(counterparty_id=ei.id, amount_cents=1_000_000, person_id=alice.id,
                      spend_date=date(2026, 2, 1)),
            SpendLine(counterparty_id=ea.id, amount_cents=3_000_000,
                      spend_date=date(2026, 5, 1)),
            SpendLine(counterparty_id=ea.id, amount_cents=500_000, basis="paid",
                      spend_date=date(2026, 5, 1)),
        ])
        sheet = ObjectiveSheet(person_id=alice.id, year=2026)
        s.add(sheet)
        s.flush()
        s.add(Objective(sheet_id=sheet.id, label="Inclusif", indicator="inclusive_spend",
                        target=Decimal(20000), weight=Decimal(100)))
        s.commit()
    return ctx


@pytest.fixture
def panel(qtbot, ctx):
    widget = ChartsPanel(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.drawn, timeout=10000):
        widget.show()
    return widget


def _bar_widths(view):
    return [p.get_width() for p in view.axes.patches]


def test_first_show_draws_every_chart(panel):
    assert len(panel.charts) == 8
    assert _bar_widths(panel.charts["kind"]) == [30000.0, 10000.0]  # EA, then EI
    actual = next(a for a in panel.charts["cumulative"].axes.lines if a.get_gid() == "actual")
    assert list(actual.get_ydata()) == [0.0, 10000.0, 40000.0, 40000.0]  # up to today
    assert "40\u202f000\u00a0€ HT sur 40\u202f000\u00a0€ (100,00\u00a0%)" in (
        panel.summary_label.text())


def test_basis_and_person_selectors_redraw(qtbot, panel):
    with qtbot.waitSignal(panel.drawn):
        panel.basis_combo.setCurrentIndex(panel.basis_combo.findData("paid"))
    assert _bar_widths(panel.charts["kind"]) == [5000.0]
    with qtbot.waitSignal(panel.drawn):
        panel.basis_combo.setCurrentIndex(panel.basis_combo.findData("invoiced"))
    with qtbot.waitSignal(panel.drawn):
        panel.person_combo.setCurrentIndex(panel.person_combo.findText("Alice"))
    assert _bar_widths(panel.charts["kind"]) == [10000.0]
    target = next(a for a in panel.charts["cumulative"].axes.lines if a.get_gid() == "target")
    assert list(target.get_ydata()) == [0, 20000.0]
    progress = panel.charts["progress"].axes
    assert [t.get_text() for t in progress.get_yticklabels()] == ["Alice"]
    assert _bar_widths(panel.charts["progress"]) == [50.0]


def test_quarter_period(qtbot, panel):
    with qtbot.waitSignal(panel.drawn):
        panel.period_combo.setCurrentIndex(1)  # first quarter
    assert _bar_widths(panel.charts["kind"]) == [10000.0]


def test_new_spend_is_drawn_after_a_change(qtbot, ctx, panel):
    with Session(ctx.engine) as s:
        s.add(SpendLine(counterparty_id=1, amount_cents=200_000, spend_date=date(2026, 6, 1)))
        s.commit()
    with qtbot.waitSignal(panel.drawn):
        panel.refresh(Changes(spend={99}))  # as the main window does on data_changed
    assert _bar_widths(panel.charts["kind"]) == [30000.0, 12000.0]


def test_save_as_svg_and_pdf_through_the_dialog(panel, tmp_path, monkeypatch):
    view = panel.charts["family"]
    target = tmp_path / "familles"
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        lambda *a, **k: (str(target), "Image vectorielle SVG (*.svg)"))
    view.save_action.trigger()
    assert "Achats par famille" in (tmp_path / "familles.svg").read_text(encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        lambda *a, **k: (str(tmp_path / "f.pdf"), "Document PDF (*.pdf)"))
    view.save_action.trigger()
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")


def test_copy_puts_the_image_on_the_clipboard(qtbot, panel):
    QApplication.clipboard().clear()
    with qtbot.waitSignal(panel.charts["share"].copied):
        panel.charts["share"].copy_action.trigger()
    assert not QApplication.clipboard().pixmap().isNull()


def test_a_disabled_panel_does_not_read_the_workspace_on_first_show(qtbot, ctx, monkeypatch):
    # a window set aside for a restore disables its pages: the delayed first drawing waits
    from srm_inclusif.ui.pages import charts_panel

    monkeypatch.setattr(charts_panel, "FIRST_DRAW_DELAY_MS", 0)
    widget = ChartsPanel(ctx)
    qtbot.addWidget(widget)
    drawn = []
    widget.drawn.connect(lambda: drawn.append(True))
    widget.setEnabled(False)

    widget.show()
    qtbot.wait(50)

    assert drawn == []
    widget.setEnabled(True)
    with qtbot.waitSignal(widget.drawn, timeout=10000):  # still to draw: shown again, it does
        widget.hide()
        widget.show()


def test_the_suggested_file_name_is_the_chart_title(panel, monkeypatch):
    asked = []
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        lambda _parent, _caption, name, _filters: asked.append(name) or ("", ""))
    panel.charts["family"].save_action.trigger()
    assert asked == ["achats-par-famille.png"]


def test_the_wheel_over_a_chart_is_left_to_the_panel(qtbot, panel):
    """Qt hands a wheel event the chart leaves unaccepted to the panel's scroll area.

    (Qt propagates only the wheel events of a real mouse, so the test checks the hand-over.)
    """
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    canvas = panel.charts["cumulative"].canvas
    centre = QPointF(canvas.rect().center())
    wheel = QWheelEvent(centre, QPointF(canvas.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, wheel)
    assert not wheel.isAccepted()


def test_a_quarter_says_where_the_yearly_target_is_drawn(qtbot, panel):
    assert "objectif annuel" not in panel.summary_label.text()
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.period_combo.setCurrentIndex(panel.period_combo.findData(2))
    assert not [line for line in panel.charts["cumulative"].axes.lines
                if line.get_gid() == "target"]
    assert panel.summary_label.text().endswith(
        "L'objectif annuel (20\u202f000\u00a0€) est tracé sur « Année entière ».")
