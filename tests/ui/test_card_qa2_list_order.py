"""A card imported with lists in another order than the card's: untouched, it closes at once;
saved, only the fields changed become hand-edited (QA: « Les Ateliers Numériques Solidaires »,
kinds of service ["PREST", "DISP"], asked to be saved and then never refreshed by imports)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from srm_inclusif.storage.services.counterparty_edit import (
    LabelValue,
    counterparty_values,
    update_counterparty,
)
from tests.exchange.import_support import run
from tests.support import API_PAGES, add_imported
from tests.ui.conftest import opened_card

#: Each list field as an import may store it, in an order the card does not give back.
IMPORTED_LISTS = {
    "service_types": ["PREST", "DISP"],
    "networks": ["UNEA", "FEI"],
    "extra_sectors": ["numérisation", "conditionnement"],
    "offers": [{"name": "Scan", "description": "Archives"}, {"name": "Audit", "description": ""}],
    "client_references": [{"name": "Ville", "description": ""}, {"name": "CHU", "description": ""}],
}


@pytest.fixture
def asked(monkeypatch) -> list[str]:  # noqa: ANN001
    """The questions the card asks on closing (answered « Ne pas enregistrer »)."""
    questions: list[str] = []

    def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        questions.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def _imported_id(workspace, name: str) -> int:  # noqa: ANN001
    with workspace.engine.connect() as connection:
        return connection.execute(text("SELECT id FROM counterparty WHERE name = :n"),
                                  {"n": name}).scalar_one()


def test_an_untouched_card_imported_from_api_pages_closes_without_a_question(
        qtbot, ctx, workspace, asked) -> None:  # noqa: ANN001
    run(workspace, *API_PAGES)  # « Propreté Solidaire »: presta_types ["PREST", "DISP"]
    card = opened_card(qtbot, ctx, _imported_id(workspace, "Propreté Solidaire"))
    card.show()

    card.reject()  # Fermer

    assert asked == []
    assert not card.isVisible()


def test_saving_a_new_capacity_marks_only_it_and_a_reimport_says_no_conflict(
        qtbot, ctx, workspace, asked) -> None:  # noqa: ANN001
    run(workspace, *API_PAGES)
    cid = _imported_id(workspace, "Propreté Solidaire")
    card = opened_card(qtbot, ctx, cid)
    card.identity.edits["capacity"].setText("Deux équipes")

    card.save()

    assert counterparty_values(ctx.engine, counterparty_id=cid, fields=["capacity"]) == (
        {"capacity": "Deux équipes"}, ["capacity"])
    again = run(workspace, *API_PAGES)
    assert again.conflicts == 0


def test_no_list_read_in_another_order_asks_to_be_saved(qtbot, ctx, asked) -> None:  # noqa: ANN001
    cid = add_imported(ctx.engine, "Atelier Numérique", **IMPORTED_LISTS)
    update_counterparty(ctx.engine, counterparty_id=cid, edited_fields=[], values={
        "sectors": ["nettoyage-de-locaux-16", "manutention"],
        "labels": [LabelValue("RSEi"), LabelValue("ESUS", date(2025, 1, 1))]})
    card = opened_card(qtbot, ctx, cid)
    card.show()
    # the card's own orders: labels and references turned round as a user's table might show
    card.labels.set_labels(list(reversed(card.labels.labels())))
    card.offers.set_values({k: list(reversed(v)) for k, v in card.offers.values().items()})

    assert card.changed_values() == {}
    card.reject()
    assert asked == []


def test_a_save_of_lists_in_another_order_marks_none_of_them(ctx) -> None:  # noqa: ANN001
    cid = add_imported(ctx.engine, "Atelier Numérique", **IMPORTED_LISTS)
    turned = {field: list(reversed(value)) for field, value in IMPORTED_LISTS.items()}

    update_counterparty(ctx.engine, counterparty_id=cid,
                        values={**turned, "networks": ["FEI", "UNEA", "Coorace"]})

    assert counterparty_values(ctx.engine, counterparty_id=cid, fields=[])[1] == ["networks"]
