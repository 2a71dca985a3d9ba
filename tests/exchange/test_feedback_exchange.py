"""Feedback exchange file: exported, filled as the counterparty would, read back and recorded."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.exchange.feedback_exchange import (
    REPLY,
    REPLY_DATE,
    RESPONDER,
    check_reply_matches,
    export_feedback,
    read_reply,
)
from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.feedback import (
    ScoreInput,
    get_feedback,
    list_criteria,
    record_feedback,
    record_reply,
)
from srm_inclusif.storage.services.relationships import create_relationship
from tests.lifecycle_support import add_counterparty


@pytest.fixture
def feedback(workspace):
    engine = workspace.engine
    cp = add_counterparty(engine, "ESAT des Collines", "ESAT")
    rel = create_relationship(engine, counterparty_id=cp, on=date(2026, 1, 1)).id
    cid = create_contract(engine, relationship_id=rel, values=ContractFields("Conditionnement")).id
    scores = [ScoreInput(c.id, s, "=SOMME(A1)" if s == 3 else "")
              for c, s in zip(list_criteria(engine), [5, 4, 3, 4, 5], strict=True)]
    fid = record_feedback(engine, contract_id=cid, given_on=date(2026, 11, 2), scores=scores,
                          author="Camille Martin", would_recommend=True,
                          overall_comment="Très bonne collaboration").id
    return get_feedback(engine, fid)


def fill_xlsx(path, text, when, name) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book["Retour d'expérience"]
    for row in sheet.iter_rows(min_col=1, max_col=2):
        if row[0].value in (REPLY, REPLY_DATE, RESPONDER):
            row[1].value = {REPLY: text, REPLY_DATE: when, RESPONDER: name}[row[0].value]
    book.save(path)


def test_xlsx_round_trip_shows_the_reply(workspace, feedback, tmp_path) -> None:
    from openpyxl import load_workbook

    path = export_feedback(feedback, tmp_path / "retour.xlsx")
    sheet = load_workbook(path)["Retour d'expérience"]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert {"Conditionnement", "ESAT des Collines"} <= set(cells)
    assert "4,20 / 5" in cells
    assert "'=SOMME(A1)" in cells  # a comment is never a live formula
    fill_xlsx(path, "Merci, nous renforçons l'équipe.", datetime(2026, 11, 10), "Léa Dupont")
    reply = read_reply(path)
    check_reply_matches(reply, feedback)
    assert (reply.feedback_id, reply.replied_on) == (feedback.id, date(2026, 11, 10))
    record_reply(workspace.engine, feedback_id=reply.feedback_id, reply=reply.stored_text,
                 reply_on=reply.replied_on)
    stored = get_feedback(workspace.engine, feedback.id)
    assert stored.reply == "Merci, nous renforçons l'équipe.\n— Léa Dupont"
    assert stored.reply_on == date(2026, 11, 10)


def test_json_round_trip(feedback, tmp_path) -> None:
    path = export_feedback(feedback, tmp_path / "retour.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["weighted_score"] == "4.20"
    assert [c["anchor"] for c in data["criteria"]][:2] == ["Excellent", "Bon"]
    data["reply"] = {"text": "Bien reçu", "date": "12/11/2026", "name": ""}
    path.write_text(json.dumps(data), encoding="utf-8")
    reply = read_reply(path)
    assert (reply.stored_text, reply.replied_on) == ("Bien reçu", date(2026, 11, 12))


def test_empty_reply_and_wrong_feedback_are_refused(feedback, tmp_path) -> None:
    path = export_feedback(feedback, tmp_path / "retour.xlsx")
    with pytest.raises(ValidationError, match="pas de réponse"):
        read_reply(path)
    fill_xlsx(path, "Réponse", None, "")
    reply = read_reply(path)
    other = type(feedback)(**{**feedback.__dict__, "id": feedback.id + 1})
    with pytest.raises(ValidationError, match="ne correspond pas"):
        check_reply_matches(reply, other)


def test_unrelated_file_is_refused(tmp_path) -> None:
    path = tmp_path / "autre.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ValidationError, match="pas un fichier de retour"):
        read_reply(path)
