"""The detection page names a workbook as such, with no encoding nor separator."""

from __future__ import annotations

from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.ui.test_import_wizard import open_wizard


def _detected(qtbot, ctx, name: str) -> str:  # noqa: ANN001
    wizard = open_wizard(qtbot, ctx, [name])
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_DETECTION
    return wizard.currentPage().info_label.text()


def test_a_workbook_reads_as_an_excel_workbook(qtbot, ctx) -> None:  # noqa: ANN001
    text = _detected(qtbot, ctx, "annuaire_regional.xlsx")

    assert "classeur Excel" in text
    assert "encodage" not in text
    assert "séparateur" not in text


def test_a_csv_file_tells_its_encoding_and_separator(qtbot, ctx) -> None:  # noqa: ANN001
    text = _detected(qtbot, ctx, "liste_structures_2026-03-11.csv")

    assert "encodage : <b>UTF-8" in text
    assert "séparateur" in text


def test_a_workbook_of_several_sheets_names_the_sheet_and_its_read_siblings(
        qtbot, ctx, tmp_path) -> None:  # noqa: ANN001
    import openpyxl

    path = tmp_path / "regions.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Lisez-moi"
    book.active.append(["Annuaire régional, voir les onglets"])
    for title, row in (("Région Nord", ["ESAT du Nord", "59000"]),
                       ("Région Sud", ["EA du Sud", "13001"])):
        sheet = book.create_sheet(title)
        sheet.append(["Raison sociale", "Code postal"])
        sheet.append(row)
    book.save(path)

    text = _detected(qtbot, ctx, str(path))

    assert "<b>classeur Excel</b>, feuille <b>« Région Nord »</b> — ligne d'en-tête" in text
    assert ("Les 2 feuilles de ce classeur dont l'en-tête est reconnu sont lues, chacune à "
            "part : passez de l'une à l'autre dans la liste ci-dessus.") in text
