"""New objective sheet dialog: owners with a sheet that year are shown as such, never chosen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlmodel import Session

from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Person, Team
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_dialog import SheetDialog

CAMILLE = svc.SheetOwner(1, None, "Camille Martin", frozenset({2026}))
LEA = svc.SheetOwner(2, None, "Léa Petit", frozenset({2025}))
ACHATS = svc.SheetOwner(None, 1, "Équipe : Achats", frozenset({2025, 2026}))


@pytest.fixture
def dialog(qtbot):
    def opened(owners: list[svc.SheetOwner], year: int = 2026) -> SheetDialog:
        widget = SheetDialog(owners, year)
        qtbot.addWidget(widget)
        widget.show()
        return widget
    return opened


def shown(dialog: SheetDialog) -> list[str]:
    return [dialog.owner_combo.itemText(row) for row in range(dialog.owner_combo.count())]


def choosable(dialog: SheetDialog, row: int) -> bool:
    item = dialog.owner_combo.model().item(row)
    return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


def test_the_first_person_without_a_sheet_that_year_is_preselected(dialog):
    opened = dialog([CAMILLE, LEA, ACHATS])
    assert opened.owner() == LEA
    assert opened.ok_button.isEnabled()
    assert opened.reason_label.text() == ""
    assert opened.reason_label.isHidden()


def test_owners_with_a_sheet_that_year_are_said_and_cannot_be_chosen(dialog):
    opened = dialog([CAMILLE, LEA, ACHATS])
    assert shown(opened) == ["Camille Martin — a déjà une fiche 2026", "Léa Petit",
                             "Équipe : Achats — a déjà une fiche 2026"]
    assert [choosable(opened, row) for row in range(3)] == [False, True, False]


def test_changing_the_year_updates_who_can_be_chosen(dialog):
    opened = dialog([CAMILLE, LEA, ACHATS])
    opened.year_spin.setValue(2025)
    assert shown(opened) == ["Camille Martin", "Léa Petit — a déjà une fiche 2025",
                             "Équipe : Achats — a déjà une fiche 2025"]
    assert [choosable(opened, row) for row in range(3)] == [True, False, False]
    assert opened.owner() == CAMILLE  # Léa, chosen for 2026, has a sheet in 2025
    assert opened.ok_button.isEnabled()
    opened.year_spin.setValue(2027)
    assert shown(opened) == ["Camille Martin", "Léa Petit", "Équipe : Achats"]
    assert opened.owner() == CAMILLE  # a free choice is kept


def test_an_owner_with_a_sheet_chosen_anyway_disables_ok_and_says_why(dialog):
    opened = dialog([CAMILLE, LEA])
    opened.owner_combo.setCurrentIndex(0)
    assert not opened.ok_button.isEnabled()
    assert opened.reason_label.text() == ("Camille Martin a déjà une fiche 2026 : choisissez une "
                                          "autre personne ou une autre année.")
    assert not opened.reason_label.isHidden()
    opened.owner_combo.setCurrentIndex(1)
    assert opened.ok_button.isEnabled()
    assert opened.reason_label.isHidden()


def test_when_everyone_has_a_sheet_that_year_the_dialog_says_so(dialog):
    opened = dialog([CAMILLE, ACHATS])
    assert not opened.ok_button.isEnabled()
    assert opened.reason_label.text() == ("Toutes les personnes et équipes ont déjà une fiche "
                                          "2026 : choisissez une autre année.")
    opened.year_spin.setValue(2027)
    assert opened.ok_button.isEnabled()
    assert opened.owner() == CAMILLE


def test_the_reason_is_translated(dialog, marked):
    opened = dialog([CAMILLE])
    assert opened.reason_label.text().startswith("[SheetDialog] ")
    assert shown(opened)[0].startswith("[SheetDialog] ")


def test_the_page_offers_the_owners_with_their_sheets_of_the_year(qtbot, workspace, monkeypatch):
    with Session(workspace.engine) as session:
        session.add_all([Person(name="Alice"), Person(name="Bruno"), Team(name="Achats")])
        session.commit()
    ctx = WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))
    alice = next(o for o in svc.list_sheet_owners(ctx.engine) if o.name == "Alice")
    svc.create_sheet(ctx.engine, year=2026, person_id=alice.person_id)
    page = ObjectivesPage(ctx)
    qtbot.addWidget(page)
    seen: list[SheetDialog] = []

    def look(self: SheetDialog) -> int:
        seen.append(self)
        return 0  # Cancel

    monkeypatch.setattr(SheetDialog, "exec", look)
    page.view.new_sheet_button.click()
    assert shown(seen[0]) == ["Alice — a déjà une fiche 2026", "Bruno", "Équipe : Achats"]
    assert seen[0].owner().name == "Bruno"


def test_the_keyboard_steps_over_owners_with_a_sheet_that_year(qtbot, dialog):
    opened = dialog([LEA, CAMILLE, svc.SheetOwner(3, None, "Zoé Bernard")])
    opened.owner_combo.setFocus()
    qtbot.keyClick(opened.owner_combo, Qt.Key.Key_Down)
    assert opened.owner().name == "Zoé Bernard"
    assert opened.ok_button.isEnabled()
