"""The wizard proposes the basis the dashboard opens on, so an import left on it shows there."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlmodel import Session

from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.conftest import DEMO_TODAY
from tests.support import IMPORT_FIXTURES


@pytest.fixture
def ctx(ctx):
    """A workspace whose objectives of this year count ordered spend (« Commandé »)."""
    with Session(ctx.engine) as s:
        person = Person(name="Chloé")
        s.add(person)
        s.flush()
        sheet = ObjectiveSheet(person_id=person.id, year=DEMO_TODAY.year)
        s.add(sheet)
        s.flush()
        s.add(Objective(sheet_id=sheet.id, label="Achats inclusifs", basis="ordered",
                        indicator="inclusive_spend", target=Decimal(200_000),
                        weight=Decimal(100)))
        s.commit()
    return ctx


@pytest.fixture
def undated(tmp_path):
    path = tmp_path / "depenses_2026.csv"
    shutil.copy(IMPORT_FIXTURES / "achats_2025.csv", path)
    return path


def test_the_proposed_basis_is_the_dashboard_s_and_the_import_keeps_it(qtbot, ctx, undated):
    wizard = start_import_wizard(ctx, None, [undated], target="spend")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING

    assert wizard.currentPage().spend.basis_combo.currentText() == "Commandé"

    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    with ctx.engine.connect() as connection:
        bases = set(connection.execute(text("SELECT basis FROM spend_line")).scalars())
    assert bases == {"ordered"}
