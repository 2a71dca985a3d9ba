"""Undoing the deletion of an impact report puts it back whole, or leaves nothing at all."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.exc import StatementError

from srm_inclusif.core.errors import NotFoundError
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
)
from tests.impact_samples import FIRST_HALF
from tests.support import raised


@pytest.fixture
def deleted(workspace):  # noqa: ANN001, ANN201
    """A client's report, read then deleted: what the undo of its deletion gets."""
    client = create_counterparty(workspace.engine, values={"name": "Groupe Horizon"}).id
    report_id = add_impact_report(workspace.engine, counterparty_id=client, figures=FIRST_HALF).id
    before = get_impact_report(workspace.engine, report_id=report_id)
    delete_impact_report(workspace.engine, report_id=report_id)
    return before


def test_a_restored_report_keeps_its_id_figures_and_dates(workspace, deleted) -> None:  # noqa: ANN001
    changes = restore_impact_report(workspace.engine, row=deleted)
    [back] = list_impact_reports(workspace.engine, counterparty_id=deleted.counterparty_id)
    assert (back.id, back.figures) == (deleted.id, FIRST_HALF)
    assert (back.created_at, back.updated_at) == (deleted.created_at, deleted.updated_at)
    assert changes.counterparties == {deleted.counterparty_id}


def test_a_report_whose_client_is_gone_is_not_put_back(workspace, deleted) -> None:  # noqa: ANN001
    delete_counterparty(workspace.engine, counterparty_id=deleted.counterparty_id)
    error = raised(NotFoundError, restore_impact_report, workspace.engine, row=deleted)
    assert error.message == "Cette fiche n'existe plus."
    assert raised(NotFoundError, get_impact_report, workspace.engine, report_id=deleted.id)


def test_a_report_refused_halfway_leaves_nothing_behind(workspace, deleted) -> None:  # noqa: ANN001
    # figures and client accepted, then the database refuses the dates: the report must not
    # stay with today's dates, as it did when the dates were written in a second transaction
    broken = replace(deleted, updated_at="hier")
    with pytest.raises(StatementError):
        restore_impact_report(workspace.engine, row=broken)
    assert list_impact_reports(workspace.engine, counterparty_id=deleted.counterparty_id) == []
