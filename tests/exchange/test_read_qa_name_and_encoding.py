"""A file whose columns give no structure's name is refused before any import, naming its
columns (the wizard's mapping page shows the same message); UTF-16 exports are read."""

from __future__ import annotations

import codecs
from collections.abc import Iterator

import pytest

from srm_inclusif.core import i18n
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.table_plan import check_mapping
from tests.exchange.import_support import run, snapshot, stored
from tests.exchange.test_workbook_sheets import workbook
from tests.support import raised

NO_NAME = ("« sirets.csv » : aucune colonne ne donne la raison sociale (colonnes trouvées : "
           "« N° SIRET », « CP », « Commune »). Indiquez-la dans la correspondance des colonnes.")


def test_a_siret_without_a_name_column_is_refused_before_the_import(workspace, tmp_path):
    path = tmp_path / "sirets.csv"
    path.write_text("N° SIRET;CP;Commune\n44306184100047;01000;Bourg\n", encoding="utf-8")
    before = snapshot(workspace)

    error = raised(ImportFormatError, run, workspace, path)

    assert str(error) == NO_NAME
    assert snapshot(workspace) == before


def test_the_mapping_check_names_the_columns_found(tmp_path):
    """What the wizard's mapping page shows when the user goes on without a name column."""
    path = tmp_path / "sirets.csv"
    path.write_text("N° SIRET;CP;Commune\n44306184100047;01000;Bourg\n", encoding="utf-8")
    plan = plan_file(path)

    assert str(raised(ImportFormatError, check_mapping, plan)) == NO_NAME
    plan.mapping[2] = "name"  # the user maps « Commune » to the name: the import may go on
    check_mapping(plan)


def test_a_sign_column_gives_the_name(workspace, tmp_path):
    path = tmp_path / "enseignes.csv"
    path.write_text("Enseigne;SIRET\nAtelier Vert;44306184100047\n", encoding="utf-8")

    assert run(workspace, path).inserted == 1


def test_a_sirene_file_may_take_its_names_from_the_legal_units(workspace, tmp_path):
    path = tmp_path / "StockEtablissement_utf8.csv"
    path.write_text("siren,siret,codePostalEtablissement,etatAdministratifEtablissement\n"
                    "443061841,44306184100047,01000,A\n", encoding="utf-8")

    summary = run(workspace, path)

    assert (summary.format, summary.rejected) == ("sirene", 1)  # said on its line, as before


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_text_file_with_its_bom_is_read(workspace, tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path = tmp_path / "Texte Unicode.txt"
    path.write_bytes(bom + ("Titre de l'export\r\nRaison sociale\tSIRET\tCode postal\r\n"
                            "Élan Béarn\t44306184100047\t1000\r\n"
                            "Œuvre du Nord\t\t59000\r\n").encode(codec))

    plan = plan_file(path)
    summary = run(workspace, path)

    assert (plan.encoding, plan.delimiter, plan.header_line, plan.line_count) == (
        "utf-16", "\t", 2, 4)
    assert stored(workspace, "post_code") == {"Élan Béarn": "01000", "Œuvre du Nord": "59000"}
    assert (summary.inserted, summary.rejected, summary.files[0].encoding) == (2, 0, "UTF-16")


def test_an_empty_utf16_file_is_said_empty(tmp_path):
    path = tmp_path / "vide.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + " \r\n".encode("utf-16-le"))

    assert str(raised(ImportFormatError, plan_file, path)) == "Le fichier « vide.txt » est vide."


@pytest.fixture
def english_quotes() -> Iterator[None]:
    """The quotation marks of an English UI (“name”), as the UI's translator gives them."""
    i18n.set_translator(lambda _context, text: "“{text}”" if text == i18n.QUOTED else text)
    yield
    i18n.set_translator(i18n._identity)


def test_an_english_ui_quotes_the_columns_found_in_english(tmp_path, english_quotes):
    path = tmp_path / "sirets.csv"
    path.write_text("N° SIRET;CP;Commune\n44306184100047;01000;Bourg\n", encoding="utf-8")

    error = raised(ImportFormatError, check_mapping, plan_file(path))

    assert error.params["columns"] == "“N° SIRET”, “CP”, “Commune”"


def test_an_english_ui_quotes_the_sheets_without_known_columns_in_english(tmp_path,
                                                                          english_quotes):
    path = workbook(tmp_path / "notes.xlsx", {"Feuil1": [["Clé", "Valeur"], ["a", "b"]],
                                              "Feuil2": [["Clé", "Valeur"], ["c", "d"]]})

    error = raised(ImportFormatError, plan_file, path)

    assert error.params["sheets"] == "“Feuil1”, “Feuil2”"
