"""Every view writes a score alike, as ``numbers.score_text`` does: « 3,80 / 5 », « 3.80 / 5 »."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from srm_inclusif.storage.services.contracts import ContractFields, start_test
from srm_inclusif.storage.services.feedback import ScoreInput, list_criteria, record_feedback
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.follow_up import FeedbackAverageLabel
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog
from srm_inclusif.ui.lifecycle.feedback_panel import FeedbackPanel
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 11, 22)
#: Two decimals, a no-break space on each side of the slash, the decimal mark of the language.
SCORE = {"fr": {3.8: "3,80\u00a0/\u00a05", 4: "4,00\u00a0/\u00a05"},
         "en": {3.8: "3.80\u00a0/\u00a05", 4: "4.00\u00a0/\u00a05"}}


def test_the_card_writes_its_average_with_two_decimals(qtbot, language) -> None:
    label = FeedbackAverageLabel(SimpleNamespace(feedback_average=3.8, feedback_count=2))
    qtbot.addWidget(label)
    assert SCORE[language][3.8] in label.text()
    assert "/ 5 /" not in label.text().replace("\u00a0", " ")
    assert "3,8 " not in label.text()


def test_panel_relationship_and_form_write_the_score_alike(qtbot, workspace, language) -> None:
    cp = add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    contract = start_test(workspace.engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", end_date=date(2026, 10, 31)), on=date(2026, 9, 1)).contract_id
    criteria = list_criteria(workspace.engine)
    record_feedback(workspace.engine, contract_id=contract, given_on=TODAY,
                    scores=[ScoreInput(c.id, 4) for c in criteria], author="Camille")
    ctx = WorkspaceContext(workspace, today=lambda: TODAY)
    detail = RelationshipDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_relationship(rel)
    assert SCORE[language][4] in detail.score.text()
    host = QWidget()
    qtbot.addWidget(host)
    panel = FeedbackPanel(ctx, LifecycleController(ctx, host))
    qtbot.addWidget(panel)
    panel.show_contract(contract)
    assert panel.list.item(0).text().endswith(SCORE[language][4])
    form = FeedbackDialog("Conditionnement", criteria, TODAY)
    qtbot.addWidget(form)
    for index in range(len(criteria)):
        form.set_score(index, 4)
    assert form.score_label.text().endswith(SCORE[language][4])
