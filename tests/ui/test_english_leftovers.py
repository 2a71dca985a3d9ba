"""French leftovers of the English UI: PDF texts, form errors, GDPR reasons, pipeline cards.

Texts are checked with a marking translator ("[context] source", as in test_visual_review): a
text that comes out marked was asked of the catalogue, in that context, with its literal French
source (so lupdate collects it); its values are filled in after translation. A last test runs
lupdate itself on the files whose strings used to be hidden in f-strings.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    SheetHeader,
    SheetMode,
    build_document,
    percent_text,
)
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
from tests.support import folded, pdf_pages, raised

AS_OF = date(2026, 11, 22)
SRC = Path(__file__).resolve().parents[2] / "src" / "srm_inclusif"


def _eur(cents: int) -> str:
    return folded(format_eur(cents, decimals=True))


def _percent(ratio: str) -> str:
    return folded(percent_text(Decimal(ratio)))


def _sheet(mode: SheetMode, actuals: list[Decimal | None] | None = None):
    header = SheetHeader("Essai SA", "Camille Martin", "Acheteuse", None, 2026,
                         date(2026, 1, 1), date(2026, 12, 31), AS_OF, 500_000)
    objectives = [ObjectiveInput("Économies", "savings", "Économies", "invoiced", "€", None,
                                 Decimal(1000), Decimal(60)),
                  ObjectiveInput("Satisfaction", "manual", "Satisfaction", "", "", None,
                                 Decimal(4), Decimal(40))]
    return build_document(header, objectives, mode=mode, actuals=actuals,
                          comment="Très bonne année")


def test_actuals_sheet_pdf_has_no_untranslated_text(marked, tmp_path) -> None:
    doc = _sheet(SheetMode.ACTUALS, [Decimal(900), None])
    page = pdf_pages(write_sheet_pdf([doc], tmp_path / "fiche.pdf"))[0]
    assert "[] Fiche objectifs – part variable 2026" in page
    assert f"[] Total des poids {_percent('1')}" in page
    assert (f"[] Taux de paiement total : {_percent('0.54')} — Montant provisoire de la part "
            f"variable : {_eur(270_000)}" in page)
    assert f"[] (sur {_eur(500_000)})" in page
    # the same, written out (the helpers above share the code's formatting)
    assert "[] Total des poids 100,00 %" in page
    assert ("[] Taux de paiement total : 54,00 % — Montant provisoire de la part variable : "
            "2 700,00 €" in page)
    assert "[] (sur 5 000,00 €)" in page
    assert "[] Commentaires : Très bonne année" in page
    assert page.count("[] Date et signature") == 2
    assert "[] Réalisé non disponible" in page
    # no unmarked copy of the texts that used to be built in f-strings
    for french in ("Total des poids", "Taux de paiement total", "Commentaires",
                   "Date et signature", "Réalisé non disponible", "(sur "):
        assert page.count(french) == page.count(f"[] {french}"), french


def test_targets_sheet_pdf_has_no_untranslated_text(marked, tmp_path) -> None:
    page = pdf_pages(write_sheet_pdf([_sheet(SheetMode.TARGETS)], tmp_path / "fiche.pdf"))[0]
    page = page.replace(" .", ".")  # the reader puts a space after the bold amount
    assert (f"[] Part variable cible : {_eur(500_000)}. Les résultats seront constatés en fin "
            "de période." in page)
    assert page.count("Les résultats") == 1


def test_sheet_pdf_stays_french_without_the_translation(qapp, tmp_path) -> None:
    page = pdf_pages(write_sheet_pdf([_sheet(SheetMode.ACTUALS, [Decimal(900), None])],
                                     tmp_path / "fiche.pdf"))[0]
    assert (f"Taux de paiement total : {_percent('0.54')} — Montant provisoire de la part "
            f"variable : {_eur(270_000)} (sur {_eur(500_000)})" in page)
    assert "Commentaires : Très bonne année" in page


def test_feedback_pdf_title_is_translated(marked, tmp_path) -> None:
    from srm_inclusif.storage.services.feedback import FeedbackDetail
    from srm_inclusif.ui.feedback_pdf import print_feedback_pdf

    detail = FeedbackDetail(1, 1, "Nettoyage", "ESAT du Lac", 1, "Camille", AS_OF, "given",
                            "", None, "", None, ())
    path = print_feedback_pdf(detail, tmp_path / "retour.pdf")
    assert PdfReader(path).metadata.title == "[FeedbackPdf] Retour d'expérience — ESAT du Lac"


def test_feedback_document_speaks_the_ui_language(marked) -> None:
    from srm_inclusif.exchange.feedback_document import feedback_html
    from srm_inclusif.storage.services.feedback import FeedbackDetail, ScoreRow

    detail = FeedbackDetail(1, 1, "Nettoyage", "ESAT du Lac", 1, "Camille", AS_OF, "received",
                            "Bien", True, "Merci", AS_OF,
                            (ScoreRow(1, "Qualité", 4, 1.5, "Soigné"),))
    html = feedback_html(detail)
    for text in ("Retour d'expérience reçu", "Structure", "Contrat", "Note pondérée",
                 "Recommanderait", "Oui", "Critères", "Appréciation", "Commentaire général",
                 "Réponse de ESAT du Lac"):
        assert f"[FeedbackDocument] {text}".replace("'", "&#x27;") in html, text
    assert "[Feedback] Bon" in html  # the anchor of the score 4
    assert ">1,5<" in html  # the weight, written the French way


def test_contact_date_error_is_translated(qtbot, marked) -> None:
    from srm_inclusif.ui.counterparty_card.contacts_panel import ContactDialog

    dialog = ContactDialog({})
    qtbot.addWidget(dialog)
    dialog.edits["last_interaction"].setText("31/02/2026")
    assert error_text(raised(ValidationError, dialog.values)) == (
        "[Errors] Date illisible : « 31/02/2026 » (jj/mm/aaaa attendu).")


def test_label_date_error_is_translated(qtbot, marked) -> None:
    from srm_inclusif.storage.services.counterparty_edit import LabelValue
    from srm_inclusif.ui.counterparty_card.labels_editor import LabelsEditor

    editor = LabelsEditor()
    qtbot.addWidget(editor)
    editor.set_labels([LabelValue("RSEI", None, None)])
    editor.table.item(0, 1).setText("bientôt")
    assert error_text(raised(ValidationError, editor.labels)) == (
        "[Errors] Label RSEI — [Errors] Date illisible : « bientôt » (jj/mm/aaaa attendu).")


def test_identity_number_error_is_translated(qtbot, marked) -> None:
    from srm_inclusif.ui.counterparty_card.identity_form import NUMBER_FIELDS, IdentityForm

    form = IdentityForm()
    qtbot.addWidget(form)
    field = sorted(NUMBER_FIELDS)[0]
    form.edits[field].setText("beaucoup")
    label = form.labels[field].text().rstrip(" ✎")
    assert label.startswith("[IdentityForm] ")
    assert error_text(raised(ValidationError, form.values)) == (
        f"[Errors] {label} : nombre attendu (beaucoup).")


def test_amount_error_is_translated(qtbot, marked) -> None:
    from srm_inclusif.ui.lifecycle.fields import AmountEdit

    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.setText("douze")
    assert error_text(raised(ValidationError, edit.cents)) == (
        "[AmountEdit] Montant illisible : « douze » (ex. 12\u202f500,50).")


def test_objective_dialog_shows_translated_number_errors(qtbot, marked) -> None:
    from srm_inclusif.ui.objective_dialog import ObjectiveDialog

    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Économies")
    dialog.target_edit.setText("")
    dialog._on_accept()
    assert dialog.error_label.text() == (
        "[Errors] [ObjectiveDialog] La cible est obligatoire.")
    dialog.target_edit.setText("mille")
    dialog._on_accept()
    assert dialog.error_label.text() == (
        "[Errors] [ObjectiveDialog] La cible n'est pas un nombre lisible : « mille ».")


def test_gdpr_reason_is_translated_with_its_values(qtbot, marked, workspace) -> None:
    from srm_inclusif.storage.services.contacts import add_contact
    from srm_inclusif.storage.services.counterparty_edit import create_counterparty
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog

    cid = create_counterparty(workspace.engine, values={"name": "Jardins du Nord",
                                                        "kind": "ACI", "post_code": "59000"}).id
    add_contact(workspace.engine, counterparty_id=cid, values={
        "first_name": "Paul", "last_name": "Ancien", "last_interaction": date(2022, 5, 1)})
    dialog = GdprDialog(WorkspaceContext(workspace, today=lambda: AS_OF))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == "[Gdpr] Aucune interaction depuis plus de 3 ans"


def test_classic_supplier_card_on_the_pipeline_is_translated(qtbot, marked) -> None:
    from srm_inclusif.core.vocabulary import Stage
    from srm_inclusif.storage.services.relationships import RelationshipRow
    from srm_inclusif.ui.lifecycle.pipeline_board import PipelineBoard

    board = PipelineBoard()
    qtbot.addWidget(board)
    row = RelationshipRow(1, 1, "Imprimerie Dupuis", "CLASSIC", None, "sourcing", AS_OF)
    board.set_rows([row])
    column = board.columns[Stage.SOURCING]
    assert "\n[Vocabulary] Classique\n" in column.item(0).text()  # no owner: the kind alone


def test_classic_supplier_in_the_relationship_table_is_translated(marked) -> None:
    from PySide6.QtCore import QModelIndex

    from srm_inclusif.storage.services.relationships import RelationshipRow
    from srm_inclusif.ui.models.relationship_table import RelationshipTableModel

    model = RelationshipTableModel()
    model.set_rows([RelationshipRow(1, 1, "Imprimerie Dupuis", "CLASSIC", None, "sourcing",
                                    AS_OF)])
    kinds = [model.data(model.index(0, column, QModelIndex()))
             for column in range(model.columnCount())]
    assert "[Vocabulary] Classique" in kinds


LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_lupdate_collects_the_texts_once_hidden_in_f_strings(tmp_path) -> None:
    files = [SRC / "ui" / "sheet_pdf.py", SRC / "ui" / "feedback_pdf.py",
             SRC / "core" / "gdpr.py", SRC / "ui" / "objective_dialog.py",
             SRC / "core" / "numbers.py"]
    target = tmp_path / "check.ts"
    subprocess.run([LUPDATE, *map(str, files), "-ts", str(target)], check=True,
                   capture_output=True)
    collected = {(ctx.findtext("name") or "", message.findtext("source"))
                 for ctx in ET.parse(target).getroot().iter("context")
                 for message in ctx.iter("message")}
    assert {
        ("", "Total des poids"),
        ("", "Taux de paiement total : {rate} — Montant provisoire de la part variable : {amount}"),
        ("", "(sur {target})"),
        ("", "Part variable cible : {amount}. Les résultats seront constatés en fin de période."),
        ("", "Commentaires :"),
        ("", "Date et signature"),
        ("", "Réalisé non disponible"),
        ("FeedbackPdf", "Retour d'expérience — {counterparty}"),
        ("Gdpr", "Aucune interaction depuis plus de {years} ans (dernière le {day})"),
        ("Gdpr", "Aucune interaction enregistrée depuis sa création le {day}"),
        ("Gdpr", "Relation arrêtée depuis plus de {years} ans (le {day})"),
        ("Errors", "{what} est obligatoire."),
        ("Errors", "Date illisible : « {text} » (jj/mm/aaaa attendu)."),
    } <= collected


def test_feedback_document_dates_follow_the_ui_language(language) -> None:
    from srm_inclusif.exchange.feedback_document import feedback_html
    from srm_inclusif.storage.services.feedback import FeedbackDetail

    detail = FeedbackDetail(1, 1, "Nettoyage", "ESAT du Lac", 1, "Camille", date(2025, 4, 2),
                            "received", "Bien", True, "Merci", date(2025, 4, 9), ())
    html = feedback_html(detail)
    given, replied = {"fr": ("02/04/2025", "09/04/2025"), "en": ("2 Apr 2025", "9 Apr 2025")}[
        language]
    assert f"<td>{given}</td>" in html
    assert f"({replied})" in html
