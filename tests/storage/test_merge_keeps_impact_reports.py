"""Merging two clients keeps the duplicate's impact reports; undo gives them back."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.impact import ExitCounts, ImpactFigures
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.impact_reports import add_impact_report, list_impact_reports
from srm_inclusif.storage.services.merge import merge_counterparties, unmerge_counterparties

FIGURES = ImpactFigures(date(2026, 1, 1), date(2026, 6, 30), people=4,
                        exits=ExitCounts(durable=1, other=1))


def test_a_merge_moves_the_reports_and_its_undo_brings_them_back(workspace) -> None:  # noqa: ANN001
    keep = create_counterparty(workspace.engine, values={"name": "Groupe Horizon"}).id
    drop = create_counterparty(workspace.engine, values={"name": "Groupe Horizon SA"}).id
    add_impact_report(workspace.engine, counterparty_id=drop, figures=FIGURES)
    merged = merge_counterparties(workspace.engine, keep_id=keep, drop_id=drop, choices={})
    assert [r.figures for r in list_impact_reports(workspace.engine, counterparty_id=keep)] == [
        FIGURES]
    unmerge_counterparties(workspace.engine, snapshot=merged.snapshot)
    assert list_impact_reports(workspace.engine, counterparty_id=keep) == []
    assert [r.figures for r in list_impact_reports(workspace.engine, counterparty_id=drop)] == [
        FIGURES]
