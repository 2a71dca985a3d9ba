"""The dashboard, the Objectifs page, the sheet export and ``stats`` open on one (fiscal) year.

A workspace whose year starts in July, on 15/03/2027: the year running is July 2026 – June 2027,
named « 2026-2027 » and numbered 2026 (``--year 2026``), not the calendar year 2027 that has
hardly begun. A calendar-year workspace on the same day opens on « 2027 », as before.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import Session, select

from srm_inclusif.cli import main
from srm_inclusif.core import clock
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person, SpendLine
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_dialog import SheetDialog
from srm_inclusif.ui.sheet_export_dialog import SheetExportDialog
from tests.support import add_purchase

TODAY = date(2027, 3, 15)


def _records(engine, start_month: int) -> None:  # noqa: ANN001
    """Alice's paid purchases of 03/2026, 10/2026 and 01/2027, her sheets of 2026 and 2027."""
    update_settings(engine, fiscal_year_start_month=start_month)
    with Session(engine) as s:
        add_purchase(s, "EI Mars", "EI", [(date(2026, 3, 1), 10_000_000)])
        add_purchase(s, "EI Octobre", "EI", [(date(2026, 10, 1), 5_000_000)])
        add_purchase(s, "EI Janvier", "EI", [(date(2027, 1, 15), 3_000_000)])
        alice = Person(name="Alice")
        s.add(alice)
        s.flush()
        for line in s.exec(select(SpendLine)):  # her purchases: her sheets count them
            line.person_id = alice.id
        for year in (2026, 2027):
            sheet = ObjectiveSheet(person_id=alice.id, year=year)
            s.add(sheet)
            s.flush()
            s.add(Objective(sheet_id=sheet.id, label="Achats inclusifs", basis="paid",
                            indicator="inclusive_spend", target=Decimal(200_000),
                            weight=Decimal(100)))
        s.commit()


@pytest.fixture
def opened(qtbot, workspace, monkeypatch):  # noqa: ANN001, ANN201
    """The dashboard panel, the Objectifs page and ``stats`` of a workspace, on ``TODAY``."""
    monkeypatch.setattr(clock, "system_today", lambda: TODAY)

    def open_all(start_month: int):  # noqa: ANN202
        _records(workspace.engine, start_month)
        ctx = WorkspaceContext(workspace, today=lambda: TODAY)
        panel = ChartsPanel(ctx)
        page = ObjectivesPage(ctx)
        for widget in (panel, page):
            qtbot.addWidget(widget)
        with qtbot.waitSignal(panel.drawn, timeout=10000):
            panel.show()
        page.show()
        assert main(["--db", str(workspace.path), "stats", "--json"]) == 0
        return ctx, panel, page

    return open_all


def _stats(capsys) -> dict:  # noqa: ANN001
    return json.loads(capsys.readouterr().out)


def test_a_july_year_opens_on_the_year_running_everywhere(opened, capsys) -> None:
    _ctx, panel, page = opened(7)
    doc = _stats(capsys)
    assert (panel.selected_year(), page.year(), doc["annee"]) == (2026, 2026, 2026)
    assert panel.year_combo.currentText() == page.view.year_combo.currentText() == "2026-2027"
    assert (doc["du"], doc["au"]) == ("2026-07-01", "2027-06-30")


def test_a_july_year_shows_the_same_figures_everywhere(opened, capsys) -> None:
    _ctx, panel, page = opened(7)
    doc = _stats(capsys)
    # October and January, not March 2026 (the year before): 80 000 €
    assert doc["achats_inclusifs"] == "80000.00"
    assert panel.summary_label.text().startswith(
        "Achats inclusifs : 80\u202f000\u00a0€ HT sur 80\u202f000\u00a0€")
    assert page.view.model.row_at(0).actual == Decimal(80_000)
    assert [Decimal(o["reel"]) for o in doc["objectifs"]] == [Decimal(80_000)]
    assert "objectifs 2026-2027" in page.view.sheet_title.text()


def test_a_july_years_quarters_say_their_months(opened, capsys) -> None:
    _ctx, panel, _page = opened(7)
    assert [panel.period_combo.itemText(i) for i in range(1, 5)] == [
        "T1 (juil.–sept.)", "T2 (oct.–déc.)", "T3 (janv.–mars)", "T4 (avr.–juin)"]
    panel.period_combo.setCurrentIndex(3)
    period = panel.selected_period()
    assert (period.start, period.end) == (date(2027, 1, 1), date(2027, 3, 31))


def test_a_calendar_year_opens_on_this_calendar_year(opened, capsys) -> None:
    _ctx, panel, page = opened(1)
    doc = _stats(capsys)
    assert (panel.selected_year(), page.year(), doc["annee"]) == (2027, 2027, 2027)
    assert panel.year_combo.currentText() == page.view.year_combo.currentText() == "2027"
    assert panel.period_combo.itemText(1) == "Trimestre 1"
    assert doc["achats_inclusifs"] == "30000.00"
    assert page.view.model.row_at(0).actual == Decimal(30_000)


def test_the_stats_text_names_the_july_year(opened, capsys) -> None:
    ctx, _panel, _page = opened(7)
    capsys.readouterr()
    assert main(["--db", str(ctx.workspace.path), "stats"]) == 0
    assert capsys.readouterr().out.startswith("Indicateurs 2026-2027 — toute l'organisation")


def test_the_sheet_export_opens_on_the_july_year_and_takes_a_typed_one(
        qtbot, opened, capsys) -> None:
    ctx, _panel, _page = opened(7)
    dialog = SheetExportDialog(ctx)
    qtbot.addWidget(dialog)
    spin = dialog.year_spin
    assert (spin.value(), spin.text()) == (2026, "2026-2027")
    assert dialog.person_combo.currentText() == "Alice"
    spin.selectAll()
    qtbot.keyClicks(spin, "2025-2026")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert (spin.value(), spin.text()) == (2025, "2025-2026")
    assert dialog.status_label.text() == "Aucune fiche objectifs pour cette année."


def test_export_sheets_writes_the_july_years_sheets_by_default(opened, capsys, tmp_path) -> None:
    ctx, _panel, _page = opened(7)
    capsys.readouterr()
    out = tmp_path / "fiches"
    assert main(["--db", str(ctx.workspace.path), "export", "sheets", "--out", str(out),
                 "--format", "xlsx", "--provisoire", "--json"]) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert len(files) == 1
    assert "-2026-2027-" in files[0]  # the year running, named as the Objectifs page does
    assert "2027-2028" not in files[0]


def test_the_basis_hint_names_the_july_year_as_its_selector(qtbot, opened, capsys,
                                                            french) -> None:
    _ctx, panel, _page = opened(7)
    with qtbot.waitSignal(panel.drawn):
        panel.basis_combo.setCurrentIndex(panel.basis_combo.findData("invoiced"))
    assert panel.basis_hint.label.text().startswith(
        "Vos achats de 2026-2027 sont surtout en base «\u00a0Payé\u00a0»\u00a0: "
        "80\u202f000\u00a0€")


def test_a_new_sheet_is_offered_on_the_july_year_by_its_name(opened, capsys, monkeypatch) -> None:
    _ctx, _panel, page = opened(7)
    shown: list[str] = []

    def exec_(dialog) -> int:  # noqa: ANN001
        shown.append(dialog.year_spin.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SheetDialog, "exec", exec_)
    page.view.new_sheet_button.click()
    assert shown == ["2026-2027"]
