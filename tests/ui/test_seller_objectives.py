"""A structure inclusive adds objectives on her sales first; her sheet's PDF shows her figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.core.vocabulary import Profile, use_profile_words
from srm_inclusif.storage.services.objectives import ObjectiveInput
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
from tests.seller_sheet_samples import AS_OF, seller_workspace
from tests.support import pdf_pages


def _offered(dialog: ObjectiveDialog) -> list[str]:
    combo = dialog.indicator_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_her_new_objective_starts_on_her_sales(qtbot) -> None:
    use_profile_words(Profile.STRUCTURE_INCLUSIVE)
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    assert dialog.indicator_combo.currentText() == "Ventes totales"
    assert (dialog.label_edit.text(), dialog.unit_edit.text()) == ("Ventes totales", "€")
    assert _offered(dialog)[:4] == ["Ventes totales", "Contrats avec des clients",
                                    "Marchés test avec des clients",
                                    "Nouveaux clients en marché test"]
    dialog.indicator_combo.setCurrentIndex(dialog.indicator_combo.findData(
        "new_counterparties_tested"))
    assert dialog.unit_edit.text() == "clients"


def test_a_buyers_new_objective_is_unchanged(qtbot) -> None:
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    assert dialog.indicator_combo.currentText() == "Achats inclusifs"
    assert "Contrats avec tous les fournisseurs" not in _offered(dialog)
    assert len(_offered(dialog)) == 18


def test_her_objective_is_kept_when_edited_after_a_change_of_profile(qtbot) -> None:
    saved = ObjectiveInput(label="Contrats", indicator="all_contracts", target=Decimal(2),
                           weight=Decimal(20), unit="contrats")
    dialog = ObjectiveDialog(saved)  # a buyer's words now: her indicator is not offered
    qtbot.addWidget(dialog)
    assert dialog.indicator_combo.currentText() == "Contrats avec tous les fournisseurs"
    assert dialog.values().indicator == "all_contracts"


def test_her_sheet_pdf_shows_her_indicators_and_figures(qapp, workspace,
                                                        tmp_path: Path) -> None:
    sheet_id = seller_workspace(workspace.engine)
    document = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                           as_of=AS_OF)
    page = pdf_pages(write_sheet_pdf([document], tmp_path / "fiche.pdf"))[0]
    for text in ("Ventes totales", "4 800,00 €", "Contrats avec des clients", "2 contrats",
                 "Nouveaux clients en marché test"):
        assert text in page
    assert "Achats" not in page
