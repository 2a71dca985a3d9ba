"""A reference sector whose name holds commas is one sector, not pieces of a list.

23 of the 154 reference sectors read like a list (« Logistique, conditionnement »); cut at the
commas they were unknown texts, or matched to the wrong sector (« Nettoyage spécifique (chantiers,
parkings, hôpitaux, hôtellerie...) » gave « Hôtellerie »).
"""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.records import UNKNOWN_SECTOR, ReadOptions, RecordBuilder
from srm_inclusif.exchange.records_batch import build_suppliers
from srm_inclusif.storage.services.importing import sector_reference
from tests.exchange.import_support import run, stored, table_file

HEADER = ["Raison sociale", "Code postal", "Activités"]
CELLS = {
    "Logisticien": "Logistique, conditionnement",
    "Nettoyeur": "Nettoyage spécifique (chantiers, parkings, hôpitaux, hôtellerie...)",
    "Jardinier": "Entretien, restauration, aménagement des espaces naturels",
    "Mélange": "Logistique, conditionnement, Espaces verts, Métier rare; Paniers, plateaux repas",
}


def _sector_names(workspace) -> dict[str, list[str]]:
    with workspace.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT c.name, s.name FROM counterparty_sector l JOIN sector s ON s.id = l.sector_id"
            " JOIN counterparty c ON c.id = l.counterparty_id ORDER BY c.name, s.name")).all()
    found: dict[str, list[str]] = {}
    for structure, sector in rows:
        found.setdefault(structure, []).append(sector)
    return found


def test_a_full_reference_name_with_commas_is_one_sector(workspace, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", HEADER,
                      *([name, "75001", cell] for name, cell in CELLS.items()))

    summary = run(workspace, path)

    assert _sector_names(workspace) == {
        "Logisticien": ["Logistique, conditionnement"],
        "Nettoyeur": ["Nettoyage spécifique (chantiers, parkings, hôpitaux, hôtellerie...)"],
        "Jardinier": ["Entretien, restauration, aménagement des espaces naturels"],
        "Mélange": ["Autre (Espaces verts)", "Logistique, conditionnement",
                    "Paniers, plateaux repas"],
    }
    assert [(i.line, i.value, i.reason) for i in summary.issues] == [
        (5, "Métier rare", UNKNOWN_SECTOR)]
    assert stored(workspace, "extra_sectors")["Mélange"] == ["Métier rare"]


def test_the_column_by_column_path_of_big_files_keeps_them_whole_too(workspace):
    builder = RecordBuilder("annuaire.csv", SectorIndex(sector_reference(workspace.engine)),
                            ReadOptions())
    rows = [(line, [name, cell]) for line, (name, cell) in enumerate(CELLS.items(), start=2)]

    records = build_suppliers(builder, rows, {0: "name", 1: "sectors"})

    names = [[builder.sectors.name(i) for i in record.sector_ids] for record in records]
    assert names[:3] == [[cell] for cell in list(CELLS.values())[:3]]
    assert [record.extra_sectors for record in records] == [[], [], [], ["Métier rare"]]
