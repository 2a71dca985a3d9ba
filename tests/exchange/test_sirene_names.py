"""A SIRENE establishment takes its name from its legal unit (``StockUniteLegale``, joined on
the SIREN), else from the extract itself; a row left without one says where its name is."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from srm_inclusif.core.siret import make_siret
from srm_inclusif.exchange.records import ReadOptions
from tests.exchange.import_support import run, stored

ESTABLISHMENT_HEADER = ["siren", "nic", "siret", "statutDiffusionEtablissement",
                        "codePostalEtablissement", "libelleCommuneEtablissement",
                        "etatAdministratifEtablissement", "enseigne1Etablissement",
                        "denominationUsuelleEtablissement"]
UNIT_HEADER = ["siren", "statutDiffusionUniteLegale", "nomUniteLegale", "prenomUsuelUniteLegale",
               "denominationUniteLegale", "categorieJuridiqueUniteLegale",
               "economieSocialeSolidaireUniteLegale"]
ENVIE = make_siret(20_000_001, 1)
REGIE = make_siret(20_000_002, 1)
#: A person who asked INSEE not to publish her names: her establishment is published in part.
PERSON = make_siret(20_000_003, 1)
#: A SIREN starting with zeros, that a spreadsheet shortens (``1234566``).
ZEROS = make_siret(123_456, 2)

MISSING_NAME = ("Raison sociale absente du fichier des établissements : elle est dans le "
                "fichier StockUniteLegale (joint sur le SIREN), ajoutez-le à l'import.")
MASKED_NAME = ("Raison sociale masquée par l'INSEE ([ND], diffusion partielle) : établissement "
               "non importé, à créer à la main si besoin.")
UNKNOWN_SIREN = "SIREN absent du fichier StockUniteLegale importé : raison sociale inconnue."


def csv_file(path: Path, header: list[str], *rows: list[str], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows([header, *rows])
    return path


def establishment(siret: str, *, usual_name: str = "", diffusion: str = "O",
                  masked: bool = False) -> list[str]:
    """A row of the establishments file; a masked one has ``[ND]`` in its place and names."""
    place = ["[ND]", "[ND]"] if masked else ["69002", "LYON"]
    sign = "[ND]" if masked else ""
    return [siret[:9], siret[9:], siret, diffusion, *place, "A", sign,
            "[ND]" if masked else usual_name]


def establishments(tmp_path: Path, *rows: list[str]) -> Path:
    return csv_file(tmp_path / "StockEtablissement_utf8.csv", ESTABLISHMENT_HEADER, *rows)


def units(tmp_path: Path, *rows: list[str], header: list[str] = UNIT_HEADER,
          delimiter: str = ",") -> Path:
    return csv_file(tmp_path / "StockUniteLegale_utf8.csv", header, *rows, delimiter=delimiter)


def rejections(summary) -> list[tuple[int | None, str, str]]:
    return [(i.line, i.value, i.reason) for i in summary.issues if i.severity == "rejected"]


def test_an_extract_with_the_legal_unit_name_keeps_it(workspace, tmp_path):
    path = csv_file(tmp_path / "extrait_sirene.csv",
                    [*ESTABLISHMENT_HEADER, "denominationUniteLegale"],
                    [*establishment(ENVIE), "ENVIE RHONE"],
                    [*establishment(REGIE, usual_name="REGIE NORD"), "REGIE DE QUARTIER"])

    summary = run(workspace, path)

    assert (summary.inserted, summary.rejected) == (2, 0)
    assert set(stored(workspace, "siret")) == {"Envie Rhone", "Regie de Quartier"}


def test_the_legal_unit_file_names_first_the_extract_names_the_others(workspace, tmp_path):
    extract = csv_file(tmp_path / "extrait_sirene.csv",
                       [*ESTABLISHMENT_HEADER, "denominationUniteLegale"],
                       [*establishment(ENVIE), "ENVIE (ANCIEN NOM)"],
                       [*establishment(REGIE), "REGIE DE QUARTIER"])

    run(workspace, extract, units(tmp_path, [ENVIE[:9], "O", "", "", "ENVIE RHONE", "9220", "O"]))

    assert stored(workspace, "siret") == {"Envie Rhone": ENVIE, "Regie de Quartier": REGIE}


def test_without_the_legal_unit_file_each_row_says_where_its_name_is(workspace, tmp_path):
    path = establishments(tmp_path, establishment(ENVIE),
                          establishment(REGIE, usual_name="REGIE NORD"),
                          establishment(PERSON, diffusion="P", masked=True))

    summary = run(workspace, path)

    # the usual name of an establishment is a name of its own: it is kept
    assert (summary.inserted, summary.rejected) == (1, 2)
    assert set(stored(workspace, "siret")) == {"Regie Nord"}
    assert rejections(summary) == [(2, ENVIE, MISSING_NAME), (4, PERSON, MASKED_NAME)]


def test_a_legal_unit_file_lacking_a_siren_or_masking_a_name_says_so(workspace, tmp_path):
    path = establishments(tmp_path, establishment(ENVIE), establishment(REGIE),
                          establishment(PERSON, diffusion="P", masked=True))
    legal_units = units(tmp_path, [ENVIE[:9], "O", "", "", "ENVIE RHONE", "9220", "O"],
                        [PERSON[:9], "P", "[ND]", "[ND]", "", "1000", "N"])

    summary = run(workspace, path, legal_units)

    assert set(stored(workspace, "siret")) == {"Envie Rhone"}
    assert rejections(summary) == [(3, REGIE, UNKNOWN_SIREN), (4, PERSON, MASKED_NAME)]


@pytest.mark.parametrize(("header", "delimiter"), [
    ([h.upper() for h in UNIT_HEADER], ","),
    ([f" {h.lower()} " for h in UNIT_HEADER], ","),
    ([h.upper() for h in UNIT_HEADER], ";"),
], ids=["majuscules", "minuscules-espaces", "excel-point-virgule"])
def test_legal_unit_columns_are_matched_whatever_their_case_and_spacing(
        workspace, tmp_path, header, delimiter):
    legal_units = units(tmp_path, [ENVIE[:9], "O", "", "", "ENVIE RHONE", "9220", "O"],
                        [REGIE[:9], "O", "DURAND", "MARIE", "", "1000", "N"],
                        header=header, delimiter=delimiter)

    run(workspace, establishments(tmp_path, establishment(ENVIE), establishment(REGIE)),
        legal_units)

    assert stored(workspace, "siret") == {"Envie Rhone": ENVIE, "Marie Durand": REGIE}
    assert stored(workspace, "kind")["Envie Rhone"] == "ESS"


@pytest.mark.parametrize(("establishment_siren", "unit_siren"), [
    ("1234566", ZEROS[:9]), (ZEROS[:9], "1234566"), ("1234566", "1234566"), ("", "1234566"),
], ids=["etablissement", "unite-legale", "les-deux", "siret-seul"])
def test_sirens_shortened_by_a_spreadsheet_are_joined(
        workspace, tmp_path, establishment_siren, unit_siren):
    row = establishment(ZEROS)
    row[0], row[2] = establishment_siren, ZEROS.lstrip("0")  # 123456600022
    legal_units = units(tmp_path, [unit_siren, "O", "", "", "ZERO DEVANT", "5710", "N"])

    summary = run(workspace, establishments(tmp_path, row), legal_units,
                  read=ReadOptions(pad_siret_zeros=True))

    assert (summary.inserted, summary.rejected) == (1, 0)
    assert stored(workspace, "siret") == {"Zero Devant": ZEROS}


def test_a_helper_process_reading_a_big_file_joins_the_same_names(workspace, tmp_path, helper):
    legal_units = units(tmp_path, [ENVIE[:9], "O", "", "", "ENVIE RHONE", "9220", "O"],
                        header=[h.upper() for h in UNIT_HEADER])

    summary = run(workspace, establishments(tmp_path, establishment(ENVIE), establishment(REGIE)),
                  legal_units)

    assert helper == ["helper"]
    assert set(stored(workspace, "siret")) == {"Envie Rhone"}
    assert rejections(summary) == [(3, REGIE, UNKNOWN_SIREN)]
