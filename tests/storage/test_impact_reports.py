"""Impact reports to a client: kept, changed, removed and put back; refused figures named."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.impact import ExitCounts, ImpactFigures
from srm_inclusif.storage.services.counterparty_edit import (
    create_counterparty,
    delete_counterparty,
)
from srm_inclusif.storage.services.impact_reports import (
    add_impact_report,
    delete_impact_report,
    get_impact_report,
    list_impact_reports,
    restore_impact_report,
    update_impact_report,
)
from tests.impact_samples import FIRST_HALF
from tests.support import raised

SECOND_HALF = ImpactFigures(date(2026, 7, 1), date(2026, 12, 31), people=8,
                            hours_worked=Decimal(2000))


def _client(workspace, name: str = "Groupe Horizon") -> int:  # noqa: ANN001
    return create_counterparty(workspace.engine, values={"name": name}).id


def test_a_report_reads_back_as_typed(workspace) -> None:  # noqa: ANN001
    client = _client(workspace)
    created = add_impact_report(workspace.engine, counterparty_id=client, figures=FIRST_HALF)
    [row] = list_impact_reports(workspace.engine, counterparty_id=client)
    assert row.id == created.id
    assert row.client_name == "Groupe Horizon"
    assert row.figures == FIRST_HALF
    assert row.figures.exits.dynamic_rate == Decimal("0.6")
    assert created.changes.counterparties == {client}


def test_a_client_lists_its_own_reports_latest_period_first(workspace) -> None:  # noqa: ANN001
    client, other = _client(workspace), _client(workspace, "Mairie de Lens")
    for figures in (FIRST_HALF, SECOND_HALF):
        add_impact_report(workspace.engine, counterparty_id=client, figures=figures)
    add_impact_report(workspace.engine, counterparty_id=other, figures=SECOND_HALF)
    periods = [r.figures.period_end for r in list_impact_reports(workspace.engine,
                                                                 counterparty_id=client)]
    assert periods == [date(2026, 12, 31), date(2026, 6, 30)]


def test_an_edit_replaces_the_figures(workspace) -> None:  # noqa: ANN001
    client = _client(workspace)
    report_id = add_impact_report(workspace.engine, counterparty_id=client,
                                  figures=FIRST_HALF).id
    update_impact_report(workspace.engine, report_id=report_id, figures=SECOND_HALF)
    assert get_impact_report(workspace.engine, report_id=report_id).figures == SECOND_HALF


def test_a_deleted_report_comes_back_whole(workspace) -> None:  # noqa: ANN001
    client = _client(workspace)
    report_id = add_impact_report(workspace.engine, counterparty_id=client,
                                  figures=FIRST_HALF).id
    before = get_impact_report(workspace.engine, report_id=report_id)
    delete_impact_report(workspace.engine, report_id=report_id)
    assert list_impact_reports(workspace.engine, counterparty_id=client) == []
    restore_impact_report(workspace.engine, row=before)
    assert list_impact_reports(workspace.engine, counterparty_id=client) == [before]


def test_refused_figures_are_not_written(workspace) -> None:  # noqa: ANN001
    client = _client(workspace)
    wrong = ImpactFigures(date(2026, 1, 1), date(2026, 6, 30), people=1,
                          exits=ExitCounts(durable=1, other=1))
    error = raised(ValidationError, add_impact_report, workspace.engine, counterparty_id=client,
                   figures=wrong)
    assert "Les sorties (2) dépassent" in error.message
    assert list_impact_reports(workspace.engine, counterparty_id=client) == []


def test_a_report_for_a_removed_client_is_refused(workspace) -> None:  # noqa: ANN001
    client = _client(workspace)
    delete_counterparty(workspace.engine, counterparty_id=client)
    error = raised(NotFoundError, add_impact_report, workspace.engine, counterparty_id=client,
                   figures=FIRST_HALF)
    assert error.message == "Cette fiche n'existe plus."


def test_removing_a_client_removes_its_reports(workspace) -> None:  # noqa: ANN001
    client = _client(workspace)
    report_id = add_impact_report(workspace.engine, counterparty_id=client,
                                  figures=FIRST_HALF).id
    delete_counterparty(workspace.engine, counterparty_id=client)
    error = raised(NotFoundError, get_impact_report, workspace.engine, report_id=report_id)
    assert error.message == "Ce bilan d'impact n'existe plus."
