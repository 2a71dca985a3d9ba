"""Hand edits of counterparties: validation, edited-field marking, undo pairs, search refresh."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import count_counterparties, search_counterparties
from srm_inclusif.storage.services.counterparty_edit import (
    LabelValue,
    counterparty_values,
    create_counterparty,
    delete_counterparty,
    update_counterparty,
)
from tests.conftest import DEMO_TODAY
from tests.support import listed_names


def test_create_derives_department_and_marks_fields(workspace) -> None:
    created = create_counterparty(workspace.engine, values={
        "name": "  Atelier Bleu ", "post_code": "2000", "siret": "732 829 320 00074"})
    values, edited = counterparty_values(workspace.engine, counterparty_id=created.id)
    assert values["name"] == "Atelier Bleu"
    assert values["post_code"] == "02000"
    assert values["siret"] == "73282932000074"
    assert set(edited) == {"name", "post_code", "siret"}
    rows = search_counterparties(workspace.engine, flt=CounterpartyFilter(), today=DEMO_TODAY)
    assert rows[0].department_code == "02"
    assert listed_names(workspace.engine, text="bleu") == ["Atelier Bleu"]


@pytest.mark.parametrize(("field", "value"), [
    ("siret", "73282932000075"), ("siret", "12345"), ("post_code", "99999"), ("name", " "),
    ("kind", "XYZ"), ("email", "pas-un-mail"), ("sectors", ["inexistant"]),
    ("labels", [LabelValue("ESUS", date(2026, 1, 1), date(2025, 1, 1))]),
    ("headcount_insertion", -1),
])
def test_invalid_values_are_refused_and_nothing_changes(workspace, field, value) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id
    with pytest.raises(ValidationError):
        update_counterparty(workspace.engine, counterparty_id=cid, values={field: value})
    values, edited = counterparty_values(workspace.engine, counterparty_id=cid)
    assert values["name"] == "Atelier Bleu"
    assert edited == ["name"]


def test_update_then_undo_restores_values_marks_and_index(workspace) -> None:
    engine = workspace.engine
    cid = create_counterparty(engine, values={"name": "Atelier Bleu", "kind": "EA"}).id
    edit = {"name": "Atelier Vert", "sectors": ["nettoyage-urbain"],
            "labels": [LabelValue("ESUS", date(2025, 1, 1), None)]}
    before, before_edited = counterparty_values(engine, counterparty_id=cid, fields=list(edit))
    update_counterparty(engine, counterparty_id=cid, values=edit)
    assert listed_names(engine, text="vert") == ["Atelier Vert"]
    assert listed_names(engine, text="urbain") == ["Atelier Vert"]
    after, edited = counterparty_values(engine, counterparty_id=cid)
    assert after["labels"] == [LabelValue("ESUS", date(2025, 1, 1), None)]
    assert set(edited) == {"name", "kind", "sectors", "labels"}
    update_counterparty(engine, counterparty_id=cid, values=before, edited_fields=before_edited)
    restored, restored_edited = counterparty_values(engine, counterparty_id=cid)
    assert restored["name"] == "Atelier Bleu"
    assert restored["sectors"] == []
    assert restored["labels"] == []
    assert set(restored_edited) == {"name", "kind"}
    assert listed_names(engine, text="vert") == []
    assert listed_names(engine, text="bleu") == ["Atelier Bleu"]


def test_delete_undoes_a_creation(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Éphémère"}).id
    delete_counterparty(workspace.engine, counterparty_id=cid)
    assert count_counterparties(workspace.engine) == 0
    assert listed_names(workspace.engine, text="ephem") == []


def test_card_shows_spend_per_year_contracts_timeline_and_feedback(workspace) -> None:
    from sqlmodel import Session

    from srm_inclusif.storage.services.counterparty_card import load_card
    from srm_inclusif.storage.tables import (
        Contract,
        Feedback,
        FeedbackScore,
        Relationship,
        SpendLine,
        StageChange,
    )

    engine = workspace.engine
    cid = create_counterparty(engine, values={"name": "Atelier Bleu",
                                              "sectors": ["nettoyage-urbain"]}).id
    with Session(engine) as session:
        rel = Relationship(counterparty_id=cid, stage="evaluation", stage_since=date(2026, 5, 1))
        session.add(rel)
        session.flush()
        session.add(StageChange(relationship_id=rel.id, from_stage="marche_test",
                                to_stage="evaluation", changed_on=date(2026, 5, 1)))
        contract = Contract(relationship_id=rel.id, title="Marché test", amount_cents=500_000)
        session.add(contract)
        session.flush()
        feedback = Feedback(contract_id=contract.id, given_on=date(2026, 5, 2))
        session.add(feedback)
        session.flush()
        session.add_all([FeedbackScore(feedback_id=feedback.id, criterion_id=1, score=4),
                         FeedbackScore(feedback_id=feedback.id, criterion_id=2, score=5,
                                       weight=3.0)])
        for year, cents in ((2025, 100_000), (2026, 250_000), (2026, 50_000)):
            session.add(SpendLine(counterparty_id=cid, amount_cents=cents,
                                  spend_date=date(year, 6, 1)))
        session.commit()
    card = load_card(engine, counterparty_id=cid)
    assert card.spend_by_year == [(2025, "invoiced", 100_000), (2026, "invoiced", 300_000)]
    assert [c.title for c in card.contracts] == ["Marché test"]
    assert [e.to_stage for e in card.timeline] == ["evaluation"]
    assert card.feedback_average == pytest.approx(4.75)
    assert card.feedback_count == 1
    assert card.sector_names == {"nettoyage-urbain": "Nettoyage urbain"}
    assert card.source == "saisie"
