"""A ZIP archive with a notice (LISEZMOI.txt, README.pdf) beside its tables imports its tables;
the members that are no table are named as left aside."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from srm_inclusif.exchange.archives import archive_left_aside
from srm_inclusif.exchange.sniff import ImportFormatError
from tests.exchange.import_support import run, stored
from tests.support import raised

NOTICE = "Annuaire des structures inclusives, mis à jour en mars 2024.\nSource : DREETS.\n"
MARCHE = "Raison sociale,Type de structure,Code postal,Ville\nAtelier Un,EI,01000,Bourg\n"
ESAT_EA = ('"Raison sociale"|"Siret"|"Type de structure"|"Code Postal"\n'
           '"ESAT du Lac"|"443 061 841 00047"|"ESAT"|"74000"\n')


def archive(path: Path, **members: str | bytes) -> Path:
    with zipfile.ZipFile(path, "w") as handle:
        for name, data in members.items():
            handle.writestr(name.replace("__", "/"), data)
    return path


@pytest.fixture
def annuaires(tmp_path: Path) -> Path:
    return archive(tmp_path / "annuaires.zip", **{
        "LISEZMOI.txt": NOTICE, "README.pdf": b"%PDF-1.4\n%\xe2\xe3\n", "notes.docx": b"PK..",
        "structures.csv": MARCHE, "esat_ea.txt": ESAT_EA.encode("utf-8"),
        "__MACOSX__._structures.csv": b"\x00\x05\x16\x07"})


def test_the_tables_of_an_archive_with_a_notice_are_imported(workspace, annuaires):
    summary = run(workspace, annuaires)

    assert set(stored(workspace, "kind")) == {"Atelier Un", "ESAT du Lac"}
    assert (summary.inserted, summary.rejected) == (2, 0)


def test_the_members_left_aside_are_named(annuaires):
    assert archive_left_aside(annuaires) == ["LISEZMOI.txt", "README.pdf", "notes.docx"]


def test_an_archive_holding_only_a_notice_is_refused(workspace, tmp_path):
    path = archive(tmp_path / "notice.zip", **{"LISEZMOI.txt": NOTICE})

    error = raised(ImportFormatError, run, workspace, path)

    assert str(error) == "L'archive « notice.zip » ne contient aucun tableau."


def test_a_utf16_text_table_in_an_archive_is_a_table(workspace, tmp_path):
    text = "Raison sociale\tSIRET\tCode postal\r\nÉlan\t44306184100047\t01000\r\n"
    path = archive(tmp_path / "export.zip", **{"export.txt": text.encode("utf-16"),
                                                "LISEZMOI.txt": NOTICE.encode("cp1252")})

    summary = run(workspace, path)

    assert set(stored(workspace, "post_code")) == {"Élan"}
    assert summary.inserted == 1
