"""Objective sheets as PDF, read back with pypdf: one page per person, names, totals, checksum."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    SheetHeader,
    SheetMode,
    build_document,
)
from srm_inclusif.ui.sheet_pdf import print_sheets, write_sheet_pdf
from tests.support import pdf_pages
from tests.ui.sheet_documents import AS_OF, two_sheets


def test_one_page_per_person_with_names_and_totals(qapp, workspace, tmp_path: Path) -> None:
    docs = two_sheets(workspace, SheetMode.ACTUALS)
    pages = pdf_pages(write_sheet_pdf(docs, tmp_path / "fiches.pdf"))
    assert len(pages) == 2
    assert "Camille Martin" in pages[0]
    assert "Zoé Bernard" not in pages[0]
    assert "4 950,00 €" in pages[0]
    assert "99,00 %" in pages[0]
    assert "Zoé Bernard" in pages[1]
    assert "4 387,50 €" in pages[1]
    assert "87,75 %" in pages[1]


def test_actuals_page_shows_data_date_checksum_and_signatures(qapp, workspace,
                                                              tmp_path: Path) -> None:
    docs = two_sheets(workspace, SheetMode.ACTUALS)
    page = pdf_pages(write_sheet_pdf(docs[:1], tmp_path / "fiche.pdf"))[0]
    assert "22/11/2026" in page
    assert docs[0].checksum in page
    assert "Le manager" in page
    assert "Le salarié / la salariée" in page
    assert "Très bonne année" in page
    assert "450 000,00 €" in page
    assert "Essai SA" in page
    assert "Atteinte par objectif" in page  # the progress chart, drawn as vectors
    assert "120 %" in page


def test_targets_page_has_targets_but_no_results(qapp, workspace, tmp_path: Path) -> None:
    docs = two_sheets(workspace, SheetMode.TARGETS)
    page = pdf_pages(write_sheet_pdf(docs[:1], tmp_path / "fiche.pdf"))[0]
    assert "Objectifs (début de période)" in page
    assert "500 000,00 €" in page
    assert "5 000,00 €" in page
    assert "Taux de paiement total" not in page
    assert "Atteinte par objectif" not in page
    assert "Le manager" in page


def test_a_long_sheet_is_shrunk_onto_one_page(qapp, tmp_path: Path) -> None:
    header = SheetHeader("Essai SA", "Camille Martin", "Acheteuse", None, 2026,
                         date(2026, 1, 1), date(2026, 12, 31), AS_OF, 500_000)
    objectives = [ObjectiveInput(f"Objectif numéro {i} au libellé assez long pour passer à la "
                                 "ligne", "manual", "Autre indicateur", "invoiced", "€", None,
                                 Decimal(1000), Decimal(5)) for i in range(20)]
    doc = build_document(header, objectives, mode=SheetMode.ACTUALS,
                         actuals=[Decimal(900)] * 20, comment="Long commentaire. " * 30)
    pages = pdf_pages(write_sheet_pdf([doc, doc], tmp_path / "long.pdf"))
    assert len(pages) == 2
    assert "Objectif numéro 19" in pages[0]
    assert "4 500,00 €" in pages[0]


def test_print_sends_one_page_per_person_to_the_printer(qapp, workspace, tmp_path: Path,
                                                         monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the user picks "print to file" and confirms
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_sheets(two_sheets(workspace, SheetMode.ACTUALS), None)
    pages = pdf_pages(target)
    assert len(pages) == 2
    assert "4 387,50 €" in pages[1]


def test_print_cancelled_prints_nothing(qapp, workspace, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    assert not print_sheets(two_sheets(workspace, SheetMode.TARGETS), None)


def test_sheet_follows_the_english_translation(qapp, workspace, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from srm_inclusif.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    try:
        docs = two_sheets(workspace, SheetMode.ACTUALS)
        page = pdf_pages(write_sheet_pdf(docs[:1], tmp_path / "en.pdf"))[0]
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert "Objective sheet" in page
    assert "Camille Martin" in page


def test_a_long_objective_name_is_whole_beside_its_bar(qapp, tmp_path: Path) -> None:
    """The chart's labels were cut at one line: « Nouveaux fournisseurs incl… »."""
    header = SheetHeader("Essai SA", "Camille Martin", "Acheteuse", None, 2026,
                         date(2026, 1, 1), date(2026, 12, 31), AS_OF, 5_000)
    names = ["Achats inclusifs", "Nouveaux fournisseurs inclusifs testés"]
    objectives = [ObjectiveInput(name, "manual", "Autre indicateur", "invoiced", "€", None,
                                 Decimal(1000), Decimal(50)) for name in names]
    doc = build_document(header, objectives, mode=SheetMode.ACTUALS,
                         actuals=[Decimal(900)] * 2)
    page = pdf_pages(write_sheet_pdf([doc], tmp_path / "fiche.pdf"))[0]

    assert page.count("Nouveaux fournisseurs inclusifs testés") == 2  # its row and its bar
    assert "…" not in page
