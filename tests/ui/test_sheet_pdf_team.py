"""On paper too, a team's sheet names the team and its people, and the team signs."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.ui.sheet_pdf import text_document
from tests.exchange.test_team_sheet_header import team_sheet


def test_a_team_sheet_names_the_team_and_its_members(qapp, workspace) -> None:  # noqa: ANN001
    doc = build_sheet(workspace.engine, sheet_id=team_sheet(workspace.engine),
                      mode=SheetMode.ACTUALS, as_of=date(2026, 11, 22))
    page = text_document(doc).toPlainText()
    assert "Équipe\nAchats\n" in page
    assert "Membres\nCamille Martin, Zoé Bernard\n" in page
    assert "Léa Petit" not in page  # gone from the organisation
    assert "Salarié(e)" not in page
    assert "Fonction" not in page
    assert "Pour l'équipe" in page
    assert "Le salarié / la salariée" not in page
