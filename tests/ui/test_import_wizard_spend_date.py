"""An undated spend file takes the date the wizard asks; re-imported with it, nothing is added."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import text

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import ERP_SPEND, IMPORT_FIXTURES


@pytest.fixture
def undated(tmp_path):
    """A spend file without a date nor a year column, its year in its name."""
    path = tmp_path / "depenses_2025.csv"
    shutil.copy(IMPORT_FIXTURES / "achats_2025.csv", path)
    return path


def to_mapping(qtbot, ctx, path) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path], target="spend")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard


def finish(qtbot, wizard: ImportWizard):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    return wizard.summary


def saved_lines(ctx) -> set[tuple[str, str]]:
    with ctx.engine.connect() as connection:
        return set(connection.execute(text("SELECT spend_date, basis FROM spend_line")))


def test_the_date_of_an_undated_file_is_asked_with_the_year_of_its_name(qtbot, ctx, undated):
    page = to_mapping(qtbot, ctx, undated).currentPage()

    assert page.spend.day_edit.isVisibleTo(page)
    assert page.spend.day_edit.text() == "31/12/2025"
    assert "réimporté avec la même date" in page.spend.day_note.text()
    assert page.spend.basis_combo.currentText() == "Facturé"


def test_a_dated_file_asks_no_date(qtbot, ctx):
    page = to_mapping(qtbot, ctx, ERP_SPEND).currentPage()

    assert not page.spend.day_edit.isVisibleTo(page)
    assert page.spend.basis_combo.isVisibleTo(page)  # the basis is asked of every spend file


def test_the_chosen_date_and_basis_are_saved_and_a_second_import_adds_nothing(
        qtbot, ctx, undated):
    wizard = to_mapping(qtbot, ctx, undated)
    choices = wizard.currentPage().spend
    choices.day_edit.set_day(date(2025, 6, 30))
    choices.basis_combo.setCurrentText("Payé")

    first = finish(qtbot, wizard)

    assert first.inserted > 0
    assert saved_lines(ctx) == {("2025-06-30", "paid")}

    again = to_mapping(qtbot, ctx, undated)
    again.currentPage().spend.day_edit.set_day(date(2025, 6, 30))
    again.currentPage().spend.basis_combo.setCurrentText("Payé")
    second = finish(qtbot, again)

    assert (second.inserted, second.updated) == (0, 0)
    assert second.unchanged == first.inserted
    assert f"inchangées : <b>{first.inserted}</b>" in (
        again.currentPage().summary_label.text())
