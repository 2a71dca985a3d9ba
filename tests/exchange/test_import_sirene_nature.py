"""The SIRENE establishments file says which establishment is the head office
(``etablissementSiege``): read as the structure's nature, merged like every other field."""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.core.siret import make_siret
from tests.exchange.import_support import hand_edit, run, stored
from tests.support import IMPORT_FIXTURES

SIRENE = IMPORT_FIXTURES / "sirene_extrait.zip"
#: The fixture's open establishments (the closed one in Lille is skipped): the laundry in Nice
#: is a secondary establishment.
IMPORTED = {"Envie Rhone": "HEAD_OFFICE", "Nettoyage Plus Insertion": "HEAD_OFFICE",
            "Blanchisserie du Port": "ANTENNA", "Marie Durand": "HEAD_OFFICE"}
LAUNDRY = make_siret(30_000_004, 2)
#: The named columns a filtered extract keeps (FORMATS.md: they are matched by name).
EXTRACT_HEADER = ["siren", "nic", "siret", "etablissementSiege", "codePostalEtablissement",
                  "libelleCommuneEtablissement", "etatAdministratifEtablissement",
                  "denominationUsuelleEtablissement"]


def issues(summary, severity: str, field: str) -> list[tuple[str, int | None, str, str]]:
    return [(i.file_name, i.line, i.value, i.reason) for i in summary.issues
            if i.severity == severity and i.field == field]


def extract(tmp_path: Path, *rows: tuple[str, str, str]) -> Path:
    """A filtered establishments extract: (SIRET, usual name, ``etablissementSiege``) rows."""
    lines = [",".join(EXTRACT_HEADER)] + [
        ",".join([siret[:9], siret[9:], siret, head_office, "06000", "NICE", "A", name])
        for siret, name, head_office in rows]
    path = tmp_path / "StockEtablissement_extrait.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sirene_extract_tells_head_offices_from_secondary_establishments(workspace):
    summary = run(workspace, SIRENE)

    assert (summary.format, summary.rows, summary.inserted, summary.skipped_closed) == (
        "sirene", 5, 4, 1)
    assert issues(summary, "flagged", "head_office") == []
    assert stored(workspace, "nature") == IMPORTED


def test_values_other_than_true_or_false_are_flagged_and_left_unknown(workspace, tmp_path):
    path = extract(tmp_path,
                   (make_siret(30_000_011, 1), "REGIE DE QUARTIER NORD", "TRUE"),
                   (make_siret(30_000_012, 2), "ATELIER DU PORT", "FAUX"),
                   (make_siret(30_000_013, 1), "JARDIN DE COCAGNE", "O"),
                   (make_siret(30_000_014, 1), "RESSOURCERIE EST", ""),
                   (make_siret(30_000_015, 1), "BOIS ET PALETTES", "[ND]"))

    summary = run(workspace, path)

    assert (summary.format, summary.inserted, summary.flagged) == ("sirene", 5, 1)
    # flagged on the file's column, for its value: neither true nor false
    assert issues(summary, "flagged", "head_office") == [(
        "StockEtablissement_extrait.csv", 4, "O", "Ni siège ni antenne : valeur ignorée.")]
    assert stored(workspace, "nature") == {
        "Regie de Quartier Nord": "HEAD_OFFICE", "Atelier du Port": "ANTENNA",
        "Jardin de Cocagne": None, "Ressourcerie Est": None, "Bois et Palettes": None}


def test_a_newer_extract_refreshes_the_nature(workspace, tmp_path):
    run(workspace, SIRENE)
    # the head office moved to the laundry's address: a newer extract says so
    newer = extract(tmp_path, (LAUNDRY, "BLANCHISSERIE DU PORT", "true"))

    summary = run(workspace, newer)

    assert (summary.updated, summary.conflicts) == (1, 0)
    assert stored(workspace, "nature") == IMPORTED | {"Blanchisserie du Port": "HEAD_OFFICE"}


def test_reimport_keeps_a_hand_edited_nature_and_reports_it(workspace):
    run(workspace, SIRENE)
    hand_edit(workspace, "Blanchisserie du Port", "nature", "HEAD_OFFICE")

    summary = run(workspace, SIRENE)

    assert (summary.updated, summary.unchanged, summary.conflicts) == (0, 4, 1)
    assert issues(summary, "conflict", "nature") == [(
        "sirene_extrait.zip — StockEtablissement_utf8.csv", 5, "Antenne",
        "Champ modifié à la main (« Siège ») : valeur du fichier ignorée.")]
    assert stored(workspace, "nature")["Blanchisserie du Port"] == "HEAD_OFFICE"


def test_another_source_does_not_replace_the_sirene_nature(workspace, tmp_path):
    run(workspace, SIRENE)
    members = tmp_path / "membres_reseau.csv"
    members.write_text(f"Nom de la structure;SIRET;Siège ou antenne\n"
                       f"BLANCHISSERIE DU PORT;{LAUNDRY};Siège\n", encoding="utf-8")

    summary = run(workspace, members)

    assert (summary.format, summary.updated, summary.unchanged) == ("generic", 0, 1)
    assert stored(workspace, "nature") == IMPORTED
