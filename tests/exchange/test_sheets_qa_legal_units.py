"""SIRENE legal units are refused only when the whole import holds nothing else.

Each ZIP archive was planned on its own: one holding only ``StockUniteLegale`` was refused
although the establishments were in another file of the same import.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from srm_inclusif.exchange.sniff import ImportFormatError
from tests.exchange.import_support import run, snapshot, stored
from tests.exchange.test_sirene_names import ENVIE, REGIE, establishment, establishments, units
from tests.support import raised


def zipped(path: Path, *members: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for member in members:
            archive.write(member, member.name)
    return path


def unit_archives(tmp_path: Path) -> tuple[Path, Path]:
    """Two archives of legal units (a stock cut in two), each without any establishment."""
    folders = [tmp_path / "un", tmp_path / "deux"]
    for folder in folders:
        folder.mkdir()
    first = units(folders[0], [ENVIE[:9], "O", "", "", "ENVIE RHONE", "9220", "O"])
    second = units(folders[1], [REGIE[:9], "O", "", "", "REGIE DE QUARTIER", "9220", "O"])
    return (zipped(tmp_path / "unites_1.zip", first), zipped(tmp_path / "unites_2.zip", second))


def test_two_archives_of_legal_units_name_the_establishments_of_a_third(workspace, tmp_path):
    first, second = unit_archives(tmp_path)
    folder = tmp_path / "etab"
    folder.mkdir()
    stock = zipped(tmp_path / "etablissements.zip",
                   establishments(folder, establishment(ENVIE), establishment(REGIE)))

    summary = run(workspace, first, second, stock)

    assert (summary.inserted, summary.rejected) == (2, 0)
    assert stored(workspace, "siret") == {"Envie Rhone": ENVIE, "Regie de Quartier": REGIE}


def test_legal_units_alone_are_refused_naming_every_file(workspace, tmp_path):
    before = snapshot(workspace)

    error = raised(ImportFormatError, run, workspace, *unit_archives(tmp_path))

    assert str(error) == (
        "« unites_1.zip », « unites_2.zip » : unités légales SIRENE seulement, qui donnent les "
        "noms des établissements et aucun établissement. Ajoutez le fichier des établissements "
        "(StockEtablissement) au même import.")
    assert snapshot(workspace) == before

