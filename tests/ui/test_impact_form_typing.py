"""The impact report form: the exits said without a plural to agree, more exits than people said
while typing, and the period proposed for a client's second report."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QSpinBox

from srm_inclusif.core.impact import ExitCategory, ExitCounts, ImpactFigures
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.impact_reports import add_impact_report, list_impact_reports
from srm_inclusif.ui.impact_dialog import ImpactReportsDialog
from srm_inclusif.ui.impact_form import ImpactReportForm, rate_sentence
from tests.conftest import DEMO_TODAY


@pytest.fixture
def client(ctx) -> int:  # noqa: ANN001
    return create_counterparty(ctx.engine, values={"name": "Groupe Horizon"}).id


@pytest.fixture
def forms(qtbot, ctx, client, monkeypatch) -> list[ImpactReportForm]:  # noqa: ANN001, ARG001
    """The forms « Ajouter… » opens, each left as typed (closed as by Annuler)."""
    opened: list[ImpactReportForm] = []

    def exec_(form: ImpactReportForm) -> int:
        opened.append(form)
        return 0

    monkeypatch.setattr(ImpactReportForm, "exec", exec_)
    monkeypatch.setattr(ImpactReportForm, "deleteLater", lambda _form: None)
    return opened


def add(qtbot, ctx, client, forms) -> ImpactReportForm:  # noqa: ANN001
    dialog = ImpactReportsDialog(ctx, counterparty_id=client)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    qtbot.addWidget(forms[-1])
    return forms[-1]


def _type(qtbot, spin: QSpinBox, text: str) -> None:  # noqa: ANN001
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def test_each_category_is_named_then_counted() -> None:
    assert rate_sentence(ExitCounts(durable=3, transition=2, positive=1, other=4)) == (
        "Sorties dynamiques : 60,00\u00a0% sur 10 sorties (emploi durable : 3, "
        "emploi de transition : 2, sortie positive : 1)")


def test_the_sentence_goes_through_the_catalogue(marked) -> None:  # noqa: ARG001
    said = rate_sentence(ExitCounts(durable=2))
    assert said.startswith("[ImpactReportsDialog] Sorties dynamiques : 100,00\u00a0% sur 2 ")
    # each category's label and count
    assert said.count("[ImpactReportsDialog] [Vocabulary] ") == 3


def test_more_exits_than_people_are_said_while_typing(qtbot, ctx, client, forms) -> None:
    form = add(qtbot, ctx, client, forms)
    _type(qtbot, form.people_spin, "5")
    for category, count in zip(ExitCategory, ("3", "2", "1", "4"), strict=True):
        _type(qtbot, form.exit_spins[category], count)
    assert form.error_label.text().startswith(
        "Les sorties (10) dépassent les personnes employées sur la mission (5)")
    _type(qtbot, form.people_spin, "12")
    assert form.error_label.text() == ""
    _type(qtbot, form.people_spin, "5")
    form.accept()
    assert list_impact_reports(ctx.engine, counterparty_id=client) == []


def test_a_second_report_after_the_year_so_far_proposes_the_rest_of_the_year(
        qtbot, ctx, client, forms) -> None:  # noqa: ANN001
    add_impact_report(ctx.engine, counterparty_id=client,
                      figures=ImpactFigures(date(2026, 1, 1), DEMO_TODAY))
    form = add(qtbot, ctx, client, forms)
    assert (form.start_edit.day(), form.end_edit.day()) == (date(2026, 11, 23),
                                                            date(2026, 12, 31))


def test_a_report_after_a_half_year_proposes_the_next_half_year(qtbot, ctx, client,
                                                                forms) -> None:  # noqa: ANN001
    add_impact_report(ctx.engine, counterparty_id=client,
                      figures=ImpactFigures(date(2026, 1, 1), date(2026, 6, 30)))
    form = add(qtbot, ctx, client, forms)
    assert (form.start_edit.day(), form.end_edit.day()) == (date(2026, 7, 1),
                                                            date(2026, 12, 31))
