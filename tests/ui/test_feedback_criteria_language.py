"""The seeded feedback criteria in the UI language: form, criteria editor, document; a renamed
criterion as typed; the data and the exchange file as stored (French)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QLabel

from srm_inclusif.exchange.feedback_document import feedback_html
from srm_inclusif.exchange.feedback_exchange import export_feedback
from srm_inclusif.storage.services.feedback import (
    CriterionRow,
    FeedbackDetail,
    ScoreRow,
    list_criteria,
    save_criteria,
)
from srm_inclusif.ui.lifecycle.criteria_dialog import CriteriaDialog
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog
from srm_inclusif.ui.mnemonics import plain_text

SEEDED_FR = ["Qualité", "Délais", "Coût", "Relation", "Impact social"]
SEEDED_EN = ["Quality", "Timeliness", "Cost", "Relationship", "Social impact"]


def _names_in_form(qtbot, criteria: list[CriterionRow]) -> list[str]:  # noqa: ANN001
    dialog = FeedbackDialog("Conditionnement", criteria, date(2026, 10, 1))
    qtbot.addWidget(dialog)
    buddies = {id(label.buddy()): label for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    return [plain_text(buddies[id(box)].text()) for box in dialog.score_boxes]


def _names_in_editor(qtbot, criteria: list[CriterionRow]) -> tuple[CriteriaDialog, list[str]]:  # noqa: ANN001
    dialog = CriteriaDialog(criteria)
    qtbot.addWidget(dialog)
    return dialog, [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def _renamed_first(workspace, label: str) -> list[CriterionRow]:  # noqa: ANN001
    criteria = list_criteria(workspace.engine)
    save_criteria(workspace.engine, criteria=[replace(criteria[0], label=label), *criteria[1:]])
    return list_criteria(workspace.engine)


def test_the_form_says_the_seeded_criteria_in_english(qtbot, workspace, english) -> None:
    assert _names_in_form(qtbot, list_criteria(workspace.engine)) == SEEDED_EN


def test_the_form_keeps_a_renamed_criterion_as_typed(qtbot, workspace, english) -> None:
    criteria = _renamed_first(workspace, "Qualité perçue")
    assert _names_in_form(qtbot, criteria) == ["Qualité perçue", *SEEDED_EN[1:]]


def test_the_form_in_french_is_unchanged(qtbot, workspace, french) -> None:
    assert _names_in_form(qtbot, list_criteria(workspace.engine)) == SEEDED_FR


def test_the_editor_says_the_seeded_criteria_in_english(qtbot, workspace, english) -> None:
    criteria = _renamed_first(workspace, "Qualité perçue")
    _dialog, names = _names_in_editor(qtbot, criteria)
    assert names == ["Qualité perçue", *SEEDED_EN[1:]]


def test_the_editor_in_french_is_unchanged(qtbot, workspace, french) -> None:
    assert _names_in_editor(qtbot, list_criteria(workspace.engine))[1] == SEEDED_FR


def test_the_editor_saves_the_stored_labels_when_untouched(qtbot, workspace, english) -> None:
    dialog, _names = _names_in_editor(qtbot, list_criteria(workspace.engine))
    dialog.table.item(1, 0).setText("Delivery dates")
    assert [c.label for c in dialog.criteria()] == [
        "Qualité", "Delivery dates", "Coût", "Relation", "Impact social"]


def test_the_editor_keeps_its_labels_when_a_row_moves(qtbot, workspace, english) -> None:
    dialog, _names = _names_in_editor(qtbot, list_criteria(workspace.engine))
    dialog.table.setCurrentCell(0, 0)
    dialog._move(1)
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["Timeliness", "Quality"]
    assert [c.label for c in dialog.criteria()][:2] == ["Délais", "Qualité"]


def _detail(*labels: str) -> FeedbackDetail:
    return FeedbackDetail(7, 1, "Nettoyage", "ESAT du Lac", 1, "Camille", date(2026, 10, 1),
                          "given", "", None, "", None,
                          tuple(ScoreRow(i, label, 4, 1.0, "") for i, label in enumerate(labels)))


def test_the_document_says_the_seeded_criteria_in_english(english) -> None:
    html = feedback_html(_detail("Qualité", "Sécurité"))
    assert "<td>Quality</td>" in html
    assert "<td>Sécurité</td>" in html


def test_the_pdf_says_the_seeded_criteria_in_english(qapp, english, tmp_path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    from srm_inclusif.ui.feedback_pdf import print_feedback_pdf

    path = print_feedback_pdf(_detail("Qualité", "Sécurité"), tmp_path / "retour.pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert "Quality" in text
    assert "Qualité" not in text
    assert "Sécurité" in text


def test_the_exchange_file_stays_french_for_the_round_trip(english, tmp_path) -> None:
    written = export_feedback(_detail("Qualité"), tmp_path / "retour.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert [c["label"] for c in document["criteria"]] == ["Qualité"]
