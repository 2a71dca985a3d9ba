"""Texts made by core, charts and exchange follow the UI language where the user sees them.

Payout, OETH, lifecycle, feedback, chart and sheet-export errors keep their French template for
the UI (``error_text``); objective notes reach the objectives table and the sheet PDF; the
shortlist reasons (as ranked, and as stored in a saved list) are read back and translated. The
French UI, the CLI and the files exchanged with HR stay French, word for word.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from srm_inclusif.core.errors import RuleError, SrmError, ValidationError
from srm_inclusif.core.feedback import Trend, check_score
from srm_inclusif.core.lifecycle import check_decision_reason, check_stage_change
from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    SheetHeader,
    SheetMode,
    build_document,
)
from srm_inclusif.core.oeth import OethParameters, estimate
from srm_inclusif.core.payout import payout_rate
from srm_inclusif.core.sourcing import Candidate, NeedProfile, score
from srm_inclusif.core.vocabulary import Decision, Stage
from srm_inclusif.exchange.sheets_xlsx import write_sheets_xlsx
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.models.objectives_table import COL_ACHIEVEMENT, COL_ACTUAL, COL_RATE
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from srm_inclusif.ui.sourcing.reasons import reason_text
from tests.conftest import DEMO_TODAY
from tests.support import pdf_pages, raised

LOCAUX = "nettoyage-de-locaux-16"


# --- errors raised by the lower layers ------------------------------------------------------


def test_lifecycle_rule_error_names_the_stage_in_the_ui_language(marked) -> None:
    error = raised(SrmError, check_stage_change, current=Stage.EVALUATION, target=Stage.EVALUATION,
                   reason="", has_contract=True)
    assert error.params["stage"] == "evaluation"
    assert error_text(error) == (
        "[Errors] La relation est déjà à l'étape « [Vocabulary] Évaluation ».")


def test_lifecycle_rule_error_in_english(english) -> None:
    error = raised(SrmError, check_stage_change, current=Stage.CONTRAT_EN_COURS,
                   target=Stage.CONTRAT_EN_COURS, reason="", has_contract=True)
    assert error_text(error) == "The relationship is already at the “Active contract” stage."
    # the French message kept for the CLI and the logs is not touched by the UI language
    assert error.message == "La relation est déjà à l'étape « Contrat en cours »."
    no_go = raised(SrmError, check_decision_reason, Decision.NO_GO, " ")
    assert error_text(no_go) == (
        "Give the reason for the “no go”: the relationship will be stopped.")


def test_feedback_score_error_is_translated_with_its_value(marked) -> None:
    error = raised(SrmError, check_score, 7)
    assert isinstance(error, ValidationError)
    assert error.params == {"score": 7}
    assert error_text(error) == "[Errors] Une note va de 1 à 5 (reçu : 7)."


@pytest.mark.parametrize(("call", "kwargs", "template"), [
    (payout_rate, {"achievement": Decimal(1), "trigger": 60, "target": 100, "cap": 130,
                   "curve": "bell"}, "Courbe de paiement inconnue : bell"),
    (estimate, {"headcount": 0, "boeth": 0, "params": OethParameters(smic=Decimal(11))},
     "L'effectif doit être positif et le nombre de BOETH positif ou nul."),
])
def test_payout_and_oeth_errors_are_translated(marked, call, kwargs, template) -> None:
    error = raised(SrmError, call, **kwargs)
    assert error_text(error) == f"[Errors] {template}"


def test_chart_and_sheet_export_errors_are_translated(marked, tmp_path, workspace) -> None:
    from matplotlib.figure import Figure

    from srm_inclusif.charts import save_figure
    from srm_inclusif.exchange.sheets_export import export_sheet_files

    chart = raised(SrmError, save_figure, Figure(), tmp_path / "graphique.bmp")
    assert chart.params == {"suffix": "bmp"}
    assert error_text(chart).startswith("[Errors] Format d'image non pris en charge")
    export = raised(SrmError, export_sheet_files, workspace.engine, owners=[],
                    mode=SheetMode.TARGETS, folder=tmp_path)
    assert error_text(export) == "[Errors] Aucune fiche objectifs à exporter."


def test_feedback_reply_errors_name_the_file_in_the_ui_language(english, tmp_path) -> None:
    from srm_inclusif.exchange.feedback_exchange import read_reply

    path = tmp_path / "reponse.json"
    path.write_text('{"format": "srm-inclusif.retour-experience", "reference": "RE-3-x", '
                    '"reply": {"text": ""}}', encoding="utf-8")
    error = raised(SrmError, read_reply, path)
    assert error.message == "« reponse.json » ne contient pas de réponse."
    assert error_text(error) == "“reponse.json” contains no reply."


def test_errors_stay_french_without_the_ui(qapp) -> None:
    error = raised(SrmError, check_stage_change, current=Stage.SOURCING, target=Stage.SOURCING,
                   reason="", has_contract=False)
    assert isinstance(error, RuleError)
    assert str(error) == error_text(error) == "La relation est déjà à l'étape « Sourcing »."
    assert str(raised(SrmError, check_score, 0)) == "Une note va de 1 à 5 (reçu : 0)."


def test_trend_label_follows_the_ui_language(marked) -> None:
    assert Trend("up", Decimal(4), Decimal(1)).label == "[Feedback] En hausse"


# --- objective sheet: curves, notes ----------------------------------------------------------


@pytest.fixture
def objectives_ctx(ctx) -> WorkspaceContext:  # noqa: ANN001
    from sqlmodel import Session

    from srm_inclusif.storage.tables import Person

    with Session(ctx.engine) as session:
        session.add(Person(name="Alice"))
        session.commit()
    return ctx


@pytest.fixture
def objectives_page(qtbot, objectives_ctx) -> ObjectivesPage:  # noqa: ANN001
    """A sheet with an objective without actual and one whose actual gives no payout."""
    page = ObjectivesPage(objectives_ctx)
    objectives_ctx.data_changed.connect(page.refresh)  # as the main window does
    qtbot.addWidget(page)
    page.show()
    owner = next(o for o in svc.list_sheet_owners(objectives_ctx.engine) if o.name == "Alice")
    page.create_sheet(owner, 2026, 500_000)
    page.add_objective(svc.ObjectiveInput(label="Satisfaction", indicator="manual",
                                          target=Decimal(4), weight=Decimal(50)))
    page.add_objective(svc.ObjectiveInput(label="Économies", indicator="savings",
                                          target=Decimal(1000), weight=Decimal(50),
                                          manual_actual=Decimal(-5)))
    return page


def _tooltip(page: ObjectivesPage, row: int, column: int) -> str | None:
    model = page.view.model
    return model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)


def test_objectives_table_says_why_a_figure_is_missing(marked, objectives_page) -> None:
    assert _tooltip(objectives_page, 0, COL_ACTUAL) == (
        "[ObjectivesTableModel] Réalisé non disponible")
    assert _tooltip(objectives_page, 1, COL_RATE) == (
        "[Errors] Le réalisé d'un objectif ne peut pas être négatif.")
    assert _tooltip(objectives_page, 1, COL_ACTUAL) is None


def test_objectives_table_notes_read_french_in_the_french_ui(objectives_page) -> None:
    assert _tooltip(objectives_page, 0, COL_ACTUAL) == "Réalisé non disponible"
    assert _tooltip(objectives_page, 1, COL_ACHIEVEMENT) == (
        "Le réalisé d'un objectif ne peut pas être négatif.")


def test_curve_names_of_the_objective_dialog_are_translated(qtbot, marked) -> None:
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    names = [dialog.curve_combo.itemText(i) for i in range(dialog.curve_combo.count())]
    assert names
    assert all(name.startswith("[Payout] ") for name in names)
    assert "[Payout] Paliers (0 sous le seuil, 100 % de la cible au plafond)" in names


def _sheet():
    header = SheetHeader("Essai SA", "Camille Martin", "Acheteuse", None, 2026,
                         date(2026, 1, 1), date(2026, 12, 31), DEMO_TODAY, 500_000)
    objectives = [
        ObjectiveInput("Économies", "savings", "Économies", "invoiced", "€", None,
                       Decimal(1000), Decimal(50), curve="step"),
        ObjectiveInput("Délais", "manual", "Délais", "", "j", None, Decimal(10), Decimal(30),
                       trigger=Decimal(120)),
        ObjectiveInput("Satisfaction", "manual", "Satisfaction", "", "", None, Decimal(4),
                       Decimal(20)),
    ]
    return build_document(header, objectives, mode=SheetMode.ACTUALS,
                          actuals=[Decimal(900), Decimal(8), None])


def test_sheet_pdf_says_basis_and_payout_error_in_the_ui_language(marked, tmp_path) -> None:
    document = _sheet()
    assert document.rows[1].note == (
        "Les seuils doivent vérifier : 0 ≤ déclenchement ≤ cible ≤ plafond.")
    page = pdf_pages(write_sheet_pdf([document], tmp_path / "fiche.pdf"))[0]
    compact = "".join(page.split())  # the narrow Base column wraps its words anywhere
    assert "[Vocabulary]Facturé" in compact
    assert "[Errors]Lesseuilsdoiventvérifier:0≤déclenchement≤cible≤plafond." in compact
    assert "[]Réalisénondisponible" in compact


def test_sheet_workbook_stays_french_in_the_english_ui(english, tmp_path) -> None:
    """The workbook for HR is French whatever the UI language (its formulas compare words)."""
    path = write_sheets_xlsx([_sheet()], tmp_path / "fiches.xlsx")
    sheet = load_workbook(path)["Camille Martin"]
    assert (sheet["C12"].value, sheet["L12"].value) == ("Facturé", "Paliers")
    assert '"Paliers"' in sheet["O12"].value  # the payout formula compares the same word


# --- sourcing reasons -------------------------------------------------------------------------


@pytest.fixture
def need_ctx(ctx) -> WorkspaceContext:  # noqa: ANN001
    engine = ctx.engine
    create_counterparty(engine, values={"name": "Propreté Lyon", "kind": "EI",
                                        "post_code": "69003", "sectors": [LOCAUX]})
    create_counterparty(engine, values={"name": "Propreté Grenoble", "kind": "ESAT",
                                        "post_code": "38000", "sectors": [LOCAUX]})
    return ctx


def _ranked_reasons(qtbot, ctx: WorkspaceContext) -> list[str]:  # noqa: ANN001
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("69"))
    dialog.sectors.set_selected([LOCAUX])
    dialog.rank_button.click()
    return [dialog.table.item(row, 5).text() for row in range(dialog.table.rowCount())]


def test_shortlist_reasons_are_translated(qtbot, marked, need_ctx) -> None:
    first, second = _ranked_reasons(qtbot, need_ctx)
    assert first.splitlines() == [
        "[Sourcing] Secteur recherché : Nettoyage de locaux",
        "[Sourcing] Même département (69)",
        "[Sourcing] Structure inclusive : [Vocabulary] Entreprise d'insertion "
        "([Vocabulary] Insertion)",
    ]
    assert "[Sourcing] Même région (Auvergne-Rhône-Alpes)" in second.splitlines()


def test_shortlist_reasons_in_english(qtbot, english, need_ctx) -> None:
    first, _ = _ranked_reasons(qtbot, need_ctx)
    assert "Same department (69)" in first.splitlines()
    assert "Inclusive structure: Work integration enterprise (Insertion)" in first.splitlines()


def test_shortlist_reasons_stay_french_in_the_french_ui(qtbot, need_ctx) -> None:
    first, _ = _ranked_reasons(qtbot, need_ctx)
    assert first.splitlines() == ["Secteur recherché : Nettoyage de locaux",
                                  "Même département (69)",
                                  "Structure inclusive : Entreprise d'insertion (Insertion)"]


def test_saved_shortlist_reasons_are_translated(qtbot, marked, need_ctx) -> None:
    from srm_inclusif.storage.services.sourcing import rank_for_profile, save_shortlist
    from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog

    ranked = rank_for_profile(need_ctx.engine, sectors=[LOCAUX], department_code="69",
                              reserved=None, today=DEMO_TODAY)
    save_shortlist(need_ctx.engine, name="Nettoyage", need_id=None, ranked=ranked)
    dialog = ShortlistsDialog(need_ctx)
    qtbot.addWidget(dialog)
    shown = dialog.table.item(0, 3).text()
    assert shown.startswith("[Sourcing] Secteur recherché : Nettoyage de locaux"
                            "[ShortlistsDialog]  ; [Sourcing] Même département (69)")


def test_feedback_reason_reads_its_average_and_count_in_english(english) -> None:
    candidate = Candidate(1, "ESAT du Lac", "ESAT", feedback_average=4.25, feedback_count=2)
    reasons = score(NeedProfile(), candidate).reasons
    assert reasons[-1] == "Retours d'expérience : 4,25 / 5 (2 retours)"
    assert reason_text(reasons[-1]) == "Feedback: 4.25 / 5 (2 feedback entries)"
    single = score(NeedProfile(), Candidate(2, "EA", "EA", feedback_average=3.0,
                                            feedback_count=1)).reasons[-1]
    assert reason_text(single) == "Feedback: 3.00 / 5 (1 feedback entry)"
    # a list saved before averages were stored with two decimals shows them as scores are
    stored = "Retours d'expérience : 4,2 / 5 (2 retours)"
    assert reason_text(stored) == "Feedback: 4.20 / 5 (2 feedback entries)"


def test_unknown_reason_is_shown_as_it_is(marked) -> None:
    assert reason_text("Recommandé par un collègue") == "Recommandé par un collègue"
    assert reason_text("Ajout manuel") == "[Sourcing] Ajout manuel"
