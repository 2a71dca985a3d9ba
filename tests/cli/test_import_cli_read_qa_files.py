"""``srm-inclusif import suppliers``: an archive with a notice, a file without a name column, a
UTF-16 export and a ``--format`` that does not fit the file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from tests.support import executed

MARCHE = ("Raison sociale,Enseigne,Type de structure,Adresse,Code postal,Ville,"
          "Référence client 1,Référence client 2,Référence client 3\n"
          "Atelier Un,,Entreprise adaptée (EA),,01000,Bourg,,,\n")


def cli(capsys, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(tmp_path / "espace.sqlite3"), "import", "suppliers", *args])
    out, err = capsys.readouterr()
    return code, out, err


def names(tmp_path: Path) -> list[str]:
    db = tmp_path / "espace.sqlite3"
    return [name for (name,) in executed(db, "SELECT name FROM counterparty ORDER BY name")] if (
        db.exists()) else []


def test_an_archive_with_a_notice_imports_its_table_and_names_the_notice(capsys, tmp_path):
    path = tmp_path / "annuaire.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("liste_structures_2024-03-01.csv", MARCHE)
        archive.writestr("LISEZMOI.txt", "Export du Marché de l'inclusion.\nVoir le site.\n")
        archive.writestr("Notice.pdf", b"%PDF-1.4\n")

    code, out, _err = cli(capsys, tmp_path, str(path))

    assert code == 0
    assert names(tmp_path) == ["Atelier Un"]
    assert ("Archive « annuaire.zip » : fichiers laissés de côté, ce ne sont pas des tableaux : "
            "« LISEZMOI.txt », « Notice.pdf ».") in out



def test_the_notice_left_aside_is_a_note_of_the_json_document_said_once(capsys, tmp_path):
    path = tmp_path / "annuaire.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("nord.csv", MARCHE)
        archive.writestr("sud.csv", MARCHE.replace("Atelier Un", "Atelier Deux"))
        archive.writestr("LISEZMOI.txt", "Export du Marché de l'inclusion.\nVoir le site.\n")

    code, out, err = cli(capsys, tmp_path, str(path), "--json")

    assert code == 0
    assert json.loads(out)["notes"] == [
        "Archive « annuaire.zip » : fichiers laissés de côté, ce ne sont pas des tableaux : "
        "« LISEZMOI.txt »."]
    assert err == ""

def test_a_file_without_a_name_column_stops_before_importing(capsys, tmp_path):
    path = tmp_path / "sirets.csv"
    path.write_text("N° SIRET;Code postal;Ville\n44306184100047;01000;Bourg\n", encoding="utf-8")

    code, _out, err = cli(capsys, tmp_path, str(path), "--json")

    assert code == 1
    assert ("« sirets.csv » : aucune colonne ne donne la raison sociale (colonnes trouvées : "
            "« N° SIRET », « Code postal », « Ville »). Indiquez-la avec --profile NOM (un profil "
            "de correspondance des colonnes enregistré dans l'assistant d'import de "
            "l'application), ou importez ce fichier avec l'assistant.") in err
    assert names(tmp_path) == []


def test_a_utf16_export_is_imported(capsys, tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes("Raison sociale\tSIRET\tCode postal\r\nÉlan Béarn\t44306184100047\t64000\r\n"
                     .encode("utf-16"))

    code, out, _err = cli(capsys, tmp_path, str(path), "--json")

    assert code == 0
    assert json.loads(out)["encoding"] == "UTF-16"
    assert names(tmp_path) == ["Élan Béarn"]


@pytest.mark.parametrize(("chosen", "missing"), [
    ("finess", None), ("sirene", "« siret », « codePostalEtablissement »"),
    ("esat-ea", "« Siret », « Métiers proposés »"),
    ("hosmoz", "« Siret », « Catégorie »"),
])
def test_a_format_that_does_not_fit_the_file_is_refused(capsys, tmp_path, chosen, missing):
    path = tmp_path / "liste_structures_2024-03-01.csv"
    path.write_text(MARCHE, encoding="utf-8")

    code, _out, err = cli(capsys, tmp_path, str(path), "--format", chosen)

    assert code == 1
    assert "« liste_structures_2024-03-01.csv »" in err
    if missing:
        assert f"il manque {missing}" in err
    else:
        assert "ce n'est pas un fichier FINESS" in err
    assert names(tmp_path) == []


def test_a_format_that_fits_is_read_as_chosen(capsys, tmp_path):
    path = tmp_path / "liste_structures_2024-03-01.csv"
    path.write_text(MARCHE, encoding="utf-8")

    code, out, _err = cli(capsys, tmp_path, str(path), "--format", "marche-csv", "--json")

    assert code == 0
    assert json.loads(out)["format"] == "marche-csv"
    assert names(tmp_path) == ["Atelier Un"]


def test_the_api_pages_format_is_refused_for_a_table(capsys, tmp_path):
    path = tmp_path / "liste_structures_2024-03-01.csv"
    path.write_text(MARCHE, encoding="utf-8")

    code, _out, err = cli(capsys, tmp_path, str(path), "--format", "marche-api")

    assert code == 1
    assert ("« liste_structures_2024-03-01.csv » n'est pas une page JSON de l'API du Marché de "
            "l'inclusion.") in err
    assert names(tmp_path) == []
