"""Spend lines without a buyer go to the workspace's only person, or to the person chosen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import text

from srm_inclusif.storage.services.kpi_data import objective_actuals
from srm_inclusif.storage.services.people import PersonInput, add_person
from tests.exchange.import_support import run
from tests.objective_sheet_samples import add_sheet

#: No buyer column: the export of a small firm's accounting.
SPEND = "Raison sociale;Montant;Date\nAtelier Solidaire;1 000,00 €;15/06/2026\n"


def import_spend(workspace, tmp_path, **settings):
    with workspace.engine.begin() as connection:  # the sample's EA is found by its name
        connection.execute(text("UPDATE counterparty SET norm_name = 'atelier solidaire'"))
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    return run(workspace, path, target="spend", **settings)


def inclusive_spend_actual(workspace, sheet_id: int) -> Decimal | None:
    actuals = objective_actuals(workspace.engine, sheet_id=sheet_id, as_of=date(2026, 11, 22))
    return actuals[1].actual  # « Achats inclusifs » of the worked example


def line_buyers(workspace) -> list[str | None]:
    with workspace.engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT p.name FROM spend_line s LEFT JOIN person p ON p.id = s.person_id "
            "WHERE s.source != 'hand' AND s.import_batch_id IS NOT NULL")).scalars())


def test_alone_in_her_workspace_her_sheet_counts_the_imported_lines(workspace, tmp_path):
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")  # 240 000 € with an EA
    before = inclusive_spend_actual(workspace, sheet_id)

    summary = import_spend(workspace, tmp_path)

    assert inclusive_spend_actual(workspace, sheet_id) == before + 1000
    assert line_buyers(workspace) == ["Camille Martin"]
    assert (summary.default_buyer_lines, summary.default_buyer_name) == (1, "Camille Martin")


def test_with_several_people_lines_stay_without_buyer_unless_one_is_chosen(workspace, tmp_path):
    add_sheet(workspace.engine, name="Camille Martin")
    other = add_person(workspace.engine, values=PersonInput(name="Zoé Bernard")).id

    summary = import_spend(workspace, tmp_path, dry_run=True)
    assert summary.default_buyer_lines == 0

    summary = import_spend(workspace, tmp_path, default_buyer_id=other)

    assert line_buyers(workspace) == ["Zoé Bernard"]
    assert (summary.default_buyer_lines, summary.default_buyer_name) == (1, "Zoé Bernard")


def test_lines_imported_before_without_a_buyer_come_to_her_when_re_imported(
        workspace, tmp_path):
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    before = inclusive_spend_actual(workspace, sheet_id)
    with workspace.engine.begin() as connection:  # imported before she was the only person
        connection.execute(text("UPDATE person SET active = 0"))
    import_spend(workspace, tmp_path)
    assert line_buyers(workspace) == [None]
    with workspace.engine.begin() as connection:
        connection.execute(text("UPDATE person SET active = 1"))

    summary = import_spend(workspace, tmp_path)

    assert line_buyers(workspace) == ["Camille Martin"]
    assert (summary.inserted, summary.updated, summary.default_buyer_lines) == (0, 1, 1)
    assert inclusive_spend_actual(workspace, sheet_id) == before + 1000
