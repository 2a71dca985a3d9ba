"""The import history's Format column names each format of an import of several files."""

from __future__ import annotations

from srm_inclusif.storage.services.import_records import FileRead
from srm_inclusif.storage.services.importing import ImportRequest, merge_import
from srm_inclusif.storage.services.imports import list_import_batches
from srm_inclusif.ui.models.import_batch_table import COL_FORMAT, ImportBatchTableModel

MARCHE = FileRead("liste_structures.csv", "marche-csv", "UTF-8")
OWN = FileRead("mes_partenaires.csv", "generic", "Windows-1252")


def shown_format(workspace, *files: FileRead) -> str:
    merge_import(workspace.engine, ImportRequest(
        target="suppliers", format=files[0].format, encoding=files[0].encoding,
        file_names=[read.name for read in files], files=list(files)), [])
    model = ImportBatchTableModel()
    model.set_rows(list_import_batches(workspace.engine))
    return str(model.index(0, COL_FORMAT).data())


def test_two_files_in_two_formats_show_both(qapp, workspace):
    assert shown_format(workspace, MARCHE, OWN) == "Marché de l'inclusion (CSV), Tableau libre"


def test_two_files_in_one_format_show_it_once(qapp, workspace):
    assert shown_format(workspace, OWN, FileRead("autres.csv", "generic", "UTF-8")) == (
        "Tableau libre")


def test_one_file_shows_its_format(qapp, workspace):
    assert shown_format(workspace, MARCHE) == "Marché de l'inclusion (CSV)"


def test_an_import_of_two_files_keeps_both_formats_for_the_history(qapp, workspace):
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from tests.support import IMPORT_FIXTURES

    import_files(workspace.engine, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv",
                                    IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())
    model = ImportBatchTableModel()
    model.set_rows(list_import_batches(workspace.engine))

    assert str(model.index(0, COL_FORMAT).data()) == "Marché de l'inclusion (CSV), Hosmoz"
