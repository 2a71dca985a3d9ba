"""A team's sheet names the team and its people, not a « Salarié(e) » whose role is « Équipe »."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlmodel import Session

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_xlsx import write_sheets_xlsx
from srm_inclusif.storage.services import objectives
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.storage.tables import Person, Team
from tests.objective_sheet_samples import add_sheet


def team_sheet(engine) -> int:  # noqa: ANN001
    """The 2026 sheet of the team « Achats »: Zoé and Camille in it, Léa gone, Hugo elsewhere."""
    with Session(engine) as session:
        team, other = Team(name="Achats"), Team(name="Logistique")
        session.add_all([team, other])
        session.flush()
        session.add_all([Person(name="Zoé Bernard", team_id=team.id),
                         Person(name="Camille Martin", team_id=team.id),
                         Person(name="Léa Petit", team_id=team.id, active=False),
                         Person(name="Hugo Roux", team_id=other.id)])
        session.commit()
        team_id = team.id
    sheet_id, _ = objectives.create_sheet(engine, year=2026, team_id=team_id)
    return sheet_id


def _header(path: Path, title: str) -> list[tuple[object, object]]:
    sheet = load_workbook(path)[title]
    return [(sheet[f"A{row}"].value, sheet[f"B{row}"].value) for row in range(4, 8)]


def _texts(path: Path, title: str) -> list[str]:
    sheet = load_workbook(path)[title]
    return [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]


def test_a_team_sheet_names_the_team_and_its_members(workspace, tmp_path: Path) -> None:
    doc = build_sheet(workspace.engine, sheet_id=team_sheet(workspace.engine),
                      mode=SheetMode.ACTUALS, as_of=date(2026, 11, 22))
    path = write_sheets_xlsx([doc], tmp_path / "fiches.xlsx")
    assert _header(path, "Achats") == [("Organisation", "Essai SA"), ("Équipe", "Achats"),
                                       ("Membres", "Camille Martin, Zoé Bernard"), (None, None)]
    texts = _texts(path, "Achats")
    assert "Salarié(e)" not in texts
    assert "Fonction" not in texts
    assert "Pour l'équipe – date et signature" in texts
    assert "Le manager – date et signature" in texts


def test_a_persons_sheet_keeps_its_header(workspace, tmp_path: Path) -> None:
    add_sheet(workspace.engine, name="Zoé Bernard")
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.TARGETS)
    path = write_sheets_xlsx([doc], tmp_path / "fiches.xlsx")
    assert _header(path, "Camille Martin") == [
        ("Organisation", "Essai SA"), ("Salarié(e)", "Camille Martin"), ("Fonction", "Acheteuse"),
        ("Équipe", "Achats")]
    assert "Le salarié / la salariée – date et signature" in _texts(path, "Camille Martin")
