"""OETH estimator dialog (worked example to the cent) and the editable parameter table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMenu
from sqlmodel import Session

from srm_inclusif.storage.services.parameters import list_parameters
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.oeth_dialog import OethDialog
from srm_inclusif.ui.parameters_dialog import ParametersDialog
from tests.conftest import DEMO_TODAY
from tests.support import add_purchase


@pytest.fixture
def ctx(workspace):
    june = date(2025, 6, 1)
    with Session(workspace.engine) as s:
        add_purchase(s, "ESAT", "ESAT", [(june, 4_000_000)], labour_cents=3_600_000)
        add_purchase(s, "TIH", "TIH", [(june, 1_200_000)], labour_cents=1_200_000)
        add_purchase(s, "EA", "EA", [(june, 5_000_000)], labour_cents=2_000_000)
        s.commit()
    return WorkspaceContext(workspace, today=lambda: DEMO_TODAY)


@pytest.fixture
def dialog(qtbot, ctx):
    widget = OethDialog(ctx)
    qtbot.addWidget(widget)
    widget.year_spin.setValue(2025)
    widget.headcount_spin.setValue(180)
    return widget


def text(dialog, key):
    return dialog.values[key].text()


def test_worked_example_on_screen(dialog):
    dialog.boeth_spin.setValue(3.5)
    assert text(dialog, "gross") == "30\u202f888,00\u00a0€"
    assert text(dialog, "before_cap") == "20\u202f400,00\u00a0€"
    assert text(dialog, "cap") == "15\u202f444,00\u00a0€ (50\u00a0%)"
    assert text(dialog, "net") == "15\u202f444,00\u00a0€"
    assert text(dialog, "rate") == "1,94\u00a0%"
    assert dialog.purchases_table.rowCount() == 3


def test_with_six_boeth(dialog):
    dialog.boeth_spin.setValue(6)
    assert text(dialog, "cap") == "14\u202f256,00\u00a0€ (75\u00a0%)"
    assert text(dialog, "net") == "4\u202f752,00\u00a0€"
    assert text(dialog, "headroom") == "0,00\u00a0€"


def test_headroom_in_a_year_without_purchases(dialog):
    dialog.boeth_spin.setValue(3.5)
    dialog.year_spin.setValue(2026)  # SMIC 12.02, nothing paid yet
    assert text(dialog, "gross") == "31\u202f252,00\u00a0€"
    assert text(dialog, "headroom") == "15\u202f626,00\u00a0€"
    assert text(dialog, "labour_needed") == "52\u202f086,67\u00a0€"


def test_parameter_edit_changes_the_estimate_and_undoes(qtbot, ctx, dialog):
    params = ParametersDialog(ctx)
    qtbot.addWidget(params)
    ctx.data_changed.connect(lambda _changes: dialog.recompute())
    smic_2024 = next(p for p in params.rows if p.name == "smic_horaire"
                     and p.valid_from == date(2024, 11, 1))
    params.change_value(smic_2024, "12,00")
    dialog.boeth_spin.setValue(3.5)
    assert text(dialog, "gross") == "31\u202f200,00\u00a0€"  # 6.5 × 400 × 12.00
    ctx.undo_stack.undo()
    assert text(dialog, "gross") == "30\u202f888,00\u00a0€"
    params.add_value("smic_horaire", "12,10", date(2025, 12, 1))
    assert params.table.rowCount() == len(list_parameters(ctx.engine)) == 13
    assert text(dialog, "gross") == "31\u202f460,00\u00a0€"  # 6.5 × 400 × 12.10
    ctx.undo_stack.undo()
    assert params.table.rowCount() == 12


def _row_name(dialog, key):
    return dialog.row_labels[key].text()


def test_row_names_give_the_rates_of_the_year(qtbot, ctx, dialog):
    assert _row_name(dialog, "required") == "Bénéficiaires requis (6\u00a0%) :"
    assert _row_name(dialog, "before_cap") == (
        "Déduction avant plafond (30\u00a0% de la main-d'œuvre) :")
    params = ParametersDialog(ctx)
    qtbot.addWidget(params)
    params.add_value("oeth_taux_emploi", "0,07", date(2025, 1, 1))
    dialog.recompute()
    assert _row_name(dialog, "required") == "Bénéficiaires requis (7\u00a0%) :"  # it said 6 %


def test_row_names_in_english_write_percentages_the_english_way(qtbot, ctx, english):
    widget = OethDialog(ctx)
    qtbot.addWidget(widget)
    assert _row_name(widget, "required") == "Required beneficiaries (6%):"  # was « (6 %) »
    assert _row_name(widget, "before_cap") == "Deduction before cap (30% of labour cost):"


def test_purchase_amounts_are_right_aligned(dialog):
    from PySide6.QtCore import Qt

    for column in (2, 3):
        item = dialog.purchases_table.item(0, column)
        assert item.text().endswith("€")
        assert item.textAlignment() & Qt.AlignmentFlag.AlignRight


def test_the_note_names_the_menu_entry_of_the_parameters(qtbot, ctx, dialog):
    """It said « Paramètres… », a button of the Objectifs page; the menu reads otherwise."""
    from srm_inclusif.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    entries = {(menu.title().replace("&", ""), action.text().replace("&", ""))
               for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()}
    assert ("Outils", "Paramètres datés…") in entries
    assert "« Outils › Paramètres datés… »" in dialog.note_label.text()
