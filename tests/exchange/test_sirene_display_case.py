"""A SIRENE card reads like one the user typed: names, sign, street and town in normal case.

INSEE writes them in capitals (« ATELIERS DU BOCAGE », « 12 RUE DES LILAS »); the card and the
wizard's preview show « Ateliers du Bocage », « 12 rue des Lilas », acronyms kept (« ESAT »,
« SCOP »). Matching by name is on the normalised name: a card named in capitals still matches.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.core.siret import make_siret
from srm_inclusif.exchange import adapters, sirene_preview
from srm_inclusif.exchange.importer import ImportSettings, plan_files
from srm_inclusif.exchange.preview import SUPPLIER_COLUMNS, normalised_preview
from tests.exchange.import_support import DIRECTORY_HEADER, hand_edit, run, stored, table_file

HEADER = ["siren", "nic", "siret", "enseigne1Etablissement", "denominationUsuelleEtablissement",
          "complementAdresseEtablissement", "numeroVoieEtablissement", "typeVoieEtablissement",
          "libelleVoieEtablissement", "codePostalEtablissement", "libelleCommuneEtablissement",
          "etatAdministratifEtablissement"]
UNIT_HEADER = ["siren", "denominationUniteLegale", "categorieJuridiqueUniteLegale"]
BOCAGE, CHEZINE, EMILE = (make_siret(50_000_000 + n, 1) for n in range(1, 4))
#: (SIRET, sign, usual name, complement, number, street type, street, post code, town)
ROWS = [
    (BOCAGE, "BOCAGE SERVICES", "", "ZI DES PINS", "12", "RUE", "DES LILAS", "44800",
     "SAINT-HERBLAIN"),
    (CHEZINE, "", "", "", "3", "CLOS", "DU 8 MAI 1945", "85000", "LA ROCHE-SUR-YON"),
    # an extract someone already wrote in normal case: kept as written
    (EMILE, "", "Les Jardins d'Émile", "", "5", "AV", "des Tilleuls", "44000", "Nantes"),
]
UNITS = [(BOCAGE, "ATELIERS DU BOCAGE SCOP", "5458"), (CHEZINE, "ESAT DE LA CHEZINE", "9220")]


@pytest.fixture(autouse=True)
def _nothing_kept() -> None:
    sirene_preview.forget()


def sirene_files(folder: Path, rows: list[tuple[str, ...]] = ROWS) -> list[Path]:
    """The establishments file of ``rows`` and its legal units file."""
    folder.mkdir(exist_ok=True)
    files = [folder / "StockEtablissement_utf8.csv", folder / "StockUniteLegale_utf8.csv"]
    bodies = ([(s[:9], s[9:], s, *row, "A") for s, *row in rows],
              [(s[:9], name, category) for s, name, category in UNITS])
    for path, header, body in zip(files, (HEADER, UNIT_HEADER), bodies, strict=True):
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *body])
    return files


def test_the_card_reads_in_normal_case_acronyms_kept(workspace, tmp_path):
    summary = run(workspace, *sirene_files(tmp_path))

    assert (summary.inserted, summary.rejected, summary.flagged) == (3, 0, 0)
    assert stored(workspace, "brand") == {"Ateliers du Bocage SCOP": "Bocage Services",
                                          "ESAT de la Chezine": None, "Les Jardins d'Émile": None}
    assert stored(workspace, "address") == {
        "Ateliers du Bocage SCOP": "12 rue des Lilas, ZI des Pins",
        "ESAT de la Chezine": "3 clos du 8 Mai 1945",
        "Les Jardins d'Émile": "5 avenue des Tilleuls"}
    assert stored(workspace, "city") == {"Ateliers du Bocage SCOP": "Saint-Herblain",
                                         "ESAT de la Chezine": "La Roche-sur-Yon",
                                         "Les Jardins d'Émile": "Nantes"}


def test_the_preview_shows_what_the_card_will_hold(workspace, tmp_path):
    files = sirene_files(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    plans = plan_files(files, ImportSettings(target="suppliers"), work)
    [establishments] = [plan for plan in plans if not plan.is_legal_units]
    columns = [key for key, _label in SUPPLIER_COLUMNS]

    shown = {row.cells[columns.index("name")]: row.cells[columns.index("city")]
             for row in normalised_preview(establishments, SectorIndex([]), listed=plans)}
    run(workspace, *files)

    assert shown == stored(workspace, "city")
    assert "Ateliers du Bocage SCOP" in shown


def test_a_card_named_in_capitals_is_still_matched_by_its_name(workspace, tmp_path):
    table_file(tmp_path / "annuaire.csv", DIRECTORY_HEADER,
               ["ESAT DE LA CHEZINE", "", "ESAT", "85000", "", "", "", ""])
    run(workspace, tmp_path / "annuaire.csv")

    summary = run(workspace, *sirene_files(tmp_path / "sirene", ROWS[1:2]))

    assert (summary.inserted, summary.updated) == (0, 1)
    assert stored(workspace, "siret") == {"ESAT DE LA CHEZINE": CHEZINE}


def test_a_workspace_imported_in_capitals_is_refreshed_hand_edits_kept(
        workspace, tmp_path, monkeypatch):
    with monkeypatch.context() as earlier_version:  # names and streets stored as INSEE writes
        earlier_version.setattr(adapters, "display_case", lambda text, street=False: text)
        earlier_version.setattr(adapters, "_in_normal_case", lambda values, fields: None)
        run(workspace, *sirene_files(tmp_path, ROWS[:2]))
    hand_edit(workspace, "ESAT DE LA CHEZINE", "address", "3 clos du 8-Mai-1945, bâtiment B")

    refreshed = run(workspace, *sirene_files(tmp_path, ROWS[:2]))
    again = run(workspace, *sirene_files(tmp_path, ROWS[:2]))

    # the same source writes its values anew: a refresh, counted once, never a new card
    assert (refreshed.inserted, refreshed.updated, refreshed.rejected) == (0, 2, 0)
    assert stored(workspace, "address") == {
        "Ateliers du Bocage SCOP": "12 rue des Lilas, ZI des Pins",
        "ESAT de la Chezine": "3 clos du 8-Mai-1945, bâtiment B"}
    # the hand edit is kept; the file's value, now written out, is said once
    assert [(issue.line, issue.value) for issue in refreshed.issues
            if issue.severity == "conflict"] == [(3, "3 clos du 8 Mai 1945")]
    assert (again.updated, again.unchanged, again.conflicts) == (0, 2, 0)
