"""Hosmoz-style exports: a « Siren » that disagrees with the SIRET, and a « Siret 2 », are said."""

from __future__ import annotations

import csv

import pytest

from srm_inclusif.core.siret import make_siret
from tests.exchange.import_support import run, stored, table_file

HEADER = ["Id", "Raison Sociale", "Siren", "Siret", "Siret 2", "Catégorie", "Adresse",
          "Lieudit/BP", "Code Postal", "Ville", "Tel public", "Email",
          "Nombre de travailleurs dans la structure (en ETP)", "Pôles de compétences",
          "Adhérent Hosmoz", "URL"]
ALONE, WRONG_SIREN, TWO, SECOND_ONLY, TWICE = (make_siret(44_400_000 + i, 10 + i)
                                               for i in range(5))
OTHER_SIREN = make_siret(55_500_000, 1)[:9]
SECOND = make_siret(44_400_002, 99)  # another establishment of the same company


def spaced(siret: str) -> str:
    """A SIRET as Hosmoz writes it: ``443 000 013 00062``."""
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


def row(number: int, name: str, siren: str, siret: str, second: str) -> list[str]:
    return [str(number), name, siren, siret, second, "ESAT", "", "", "06000", "Nice", "", "",
            "", "", "Non", ""]


ROWS = [
    row(1, "ESAT Seul", ALONE[:9], spaced(ALONE), ""),
    row(2, "ESAT Mauvais Siren", OTHER_SIREN, spaced(WRONG_SIREN), ""),
    row(3, "ESAT Deux Sites", TWO[:9], spaced(TWO), spaced(SECOND)),
    row(4, "ESAT Second Seul", SECOND_ONLY[:9], "", spaced(SECOND_ONLY)),
    row(5, "ESAT Répété", TWICE[:9], spaced(TWICE), TWICE),
]


def hosmoz_csv(path):
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *ROWS])
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_wrong_siren_and_a_second_siret_are_flagged(workspace, tmp_path, suffix):
    path = tmp_path / f"export_hosmoz{suffix}"
    path = hosmoz_csv(path) if suffix == ".csv" else table_file(path, HEADER, *ROWS)

    summary = run(workspace, path)

    assert summary.files[0].format == "hosmoz"
    assert (summary.inserted, summary.rejected, summary.flagged) == (5, 0, 2)
    assert [(i.line, i.structure_name, i.field, i.value, i.reason)
            for i in summary.issues] == [
        (3, "ESAT Mauvais Siren", "siret", WRONG_SIREN,
         f"Le SIREN du fichier ({OTHER_SIREN}) ne correspond pas aux 9 premiers chiffres du "
         "SIRET : à vérifier."),
        (4, "ESAT Deux Sites", "siret_alt", spaced(SECOND),
         "Deuxième SIRET non enregistré : la fiche garde le premier.")]
    assert stored(workspace, "siret") == {
        "ESAT Seul": ALONE, "ESAT Mauvais Siren": WRONG_SIREN, "ESAT Deux Sites": TWO,
        "ESAT Second Seul": SECOND_ONLY, "ESAT Répété": TWICE}


def test_a_siren_that_lost_its_leading_zero_agrees(workspace, tmp_path):
    siret = make_siret(4_400_000, 12)  # SIREN 04400000x
    path = table_file(tmp_path / "export_hosmoz.xlsx", HEADER,
                      row(1, "ESAT Zéro", siret[1:9], spaced(siret), ""))

    summary = run(workspace, path)

    assert (summary.inserted, summary.issues) == (1, [])
