"""Each directory format imports its realistic sample with exact counts and normalised values."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tests.exchange.import_support import run_samples


def rows(workspace, sql: str, **params):
    with workspace.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql), params)]


def counterparty(workspace, name: str) -> dict:
    with workspace.engine.connect() as connection:
        row = connection.execute(text("SELECT * FROM counterparty WHERE name = :n"), {"n": name})
        found = dict(row.mappings().one())
    for key in ("networks", "offers", "extra_sectors", "service_types"):
        found[key] = json.loads(found[key])
    return found


@pytest.mark.parametrize(("files", "fmt", "expected"), [
    (["liste_structures_2026-03-11.csv"], "marche-csv",
     {"rows": 7, "inserted": 5, "merged_duplicates": 1, "rejected": 1, "flagged": 1}),
    (["liste_structures_2026-03-11.xls"], "marche-xls",
     {"rows": 4, "inserted": 3, "merged_duplicates": 1, "rejected": 0}),
    (["marche_api_page1.json", "marche_api_page2.json"], "marche-api",
     {"rows": 6, "inserted": 4, "merged_duplicates": 1, "skipped_closed": 1, "flagged": 2}),
    (["annuaire_esat_ea_2024.csv"], "esat-ea",
     {"rows": 5, "inserted": 3, "merged_duplicates": 1, "rejected": 1, "flagged": 2}),
    (["export_hosmoz.csv"], "hosmoz", {"rows": 3, "inserted": 3, "rejected": 0}),
    (["sirene_extrait.zip"], "sirene", {"rows": 5, "inserted": 4, "skipped_closed": 1}),
    (["etalab_finess_stock_2026-03-11.csv"], "finess",
     {"rows": 4, "inserted": 3, "skipped_other": 1}),
    # flagged: lines (4, 5, 6), with 4 remarks (line 5 has two)
    (["annuaire_regional.xlsx"], "generic", {"rows": 4, "inserted": 4, "flagged": 3,
                                             "flag_remarks": 4}),
    (["membres_reseau.ods"], "generic", {"rows": 3, "inserted": 3}),
])
def test_each_format_imports_its_sample(workspace, files, fmt, expected):
    summary = run_samples(workspace, *files)

    assert summary.format == fmt
    counts = summary.counts()
    for key, value in expected.items():
        assert counts[key] == value, key
    stored = rows(workspace, "SELECT count(*) FROM counterparty")[0][0]
    assert stored == expected["inserted"]


def test_marche_csv_values_are_normalised(workspace):
    run_samples(workspace, "liste_structures_2026-03-11.csv")

    lac = counterparty(workspace, "Les Ateliers du Lac")
    assert (lac["kind"], lac["post_code"], lac["department_code"], lac["region_code"]) == (
        "EA", "01000", "01", "84")
    assert lac["address"] == "12 rue des Tanneurs, Bâtiment B"
    assert counterparty(workspace, "Intérim Solidaire Corse")["department_code"] == "2A"
    assert counterparty(workspace, "Traiteur du Port")["department_code"] == "974"
    contacts = rows(workspace, "SELECT first_name, last_name, email, phone FROM contact "
                               "ORDER BY last_name")
    assert contacts == [("Paul", "Hoarau", "paul@traiteur-port.re", "+262262000000"),
                        ("Claire", "Martin", "claire.martin@ateliers-lac.fr", "+33474000000")]


def test_esat_ea_sirets_sectors_and_no_value_tokens(workspace):
    summary = run_samples(workspace, "annuaire_esat_ea_2024.csv")

    vallee = counterparty(workspace, "ESAT de la Vallée")
    assert vallee["siret_status"] == "valid"
    assert vallee["siret"].isdigit()
    assert len(vallee["siret"]) == 14
    assert vallee["phone"] == "+33476000001"
    assert vallee["headcount_insertion"] == 45.5
    sectors = rows(workspace, "SELECT s.name FROM counterparty_sector l JOIN sector s "
                              "ON s.id = l.sector_id WHERE l.counterparty_id = :i ORDER BY s.name",
                   i=vallee["id"])
    assert [s for (s,) in sectors] == ["Autre (Espaces verts)", "Blanchisserie"]
    assert vallee["extra_sectors"] == ["Conditionnement à façon"]
    metal = counterparty(workspace, "EA Métallerie du Rhône")
    assert metal["phone"] is None
    assert metal["email"] is None
    bad = counterparty(workspace, "ESAT Le Soleil")
    assert bad["siret_status"] == "invalid"
    reasons = {(i.line, i.field, i.severity) for i in summary.issues}
    assert reasons == {(5, "name", "rejected"), (2, "sectors", "flagged"),
                       (4, "siret", "flagged"), (6, "siret", "merged")}


def test_api_pages_keep_sectors_networks_offers_and_flag_placeholder_nic(workspace):
    summary = run_samples(workspace, "marche_api_page1.json", "marche_api_page2.json")

    structure = counterparty(workspace, "Propreté Solidaire")
    assert structure["kind"] == "EI"
    assert structure["is_qpv"] == 1
    assert structure["networks"] == ["FEI"]
    assert structure["service_types"] == ["PREST", "DISP"]
    assert structure["offers"][0]["name"] == "Nettoyage de bureaux"
    assert counterparty(workspace, "ESAT du Parc")["siret_status"] == "unverified"
    assert rows(workspace, "SELECT count(*) FROM counterparty WHERE name = 'Ancienne Structure'"
                ) == [(0,)]
    assert {(i.file_name, i.field) for i in summary.issues} == {
        ("marche_api_page1.json", "siret"), ("marche_api_page1.json", "sectors"),
        ("marche_api_page2.json", "siret")}
    merged = [i for i in summary.issues if i.severity == "merged"]
    assert len(merged) == summary.merged_duplicates == 1
    assert "de « marche_api_page1.json »" in merged[0].reason  # merged across the two pages


def test_hosmoz_windows_1252_padding_and_second_siret(workspace):
    summary = run_samples(workspace, "export_hosmoz.csv")

    assert summary.encoding == "Windows-1252"
    azur = counterparty(workspace, "ESAT Côte d'Azur")
    assert (azur["post_code"], azur["department_code"], azur["address"]) == (
        "06000", "06", "4 avenue des Fleurs, BP 12")
    assert counterparty(workspace, "Atelier Protégé Éole")["siret"] is not None
    assert counterparty(workspace, "Atelier Protégé Éole")["kind"] == "EA"


def test_sirene_joins_legal_unit_names_and_skips_closed(workspace):
    run_samples(workspace, "sirene_extrait.zip")

    names = {r[0] for r in rows(workspace, "SELECT name FROM counterparty")}
    assert names == {"Envie Rhone", "Nettoyage Plus Insertion", "Blanchisserie du Port",
                     "Marie Durand"}
    envie = counterparty(workspace, "Envie Rhone")
    assert envie["address"] == "10 rue de la Republique"
    assert envie["kind"] == "ESS"
    assert envie["brand"] is None  # "[ND]" is a masked value


def test_finess_keeps_only_esat_category_246(workspace):
    run_samples(workspace, "etalab_finess_stock_2026-03-11.csv")

    found = rows(workspace, "SELECT name, kind, post_code, city FROM counterparty ORDER BY name")
    assert found == [
        ("ESAT Atlantique Nantes", "ESAT", "44000", "Nantes"),
        ("ESAT Les Calanques Marseille", "ESAT", "13008", "Marseille"),
        ("ESAT de l'Etang", "ESAT", "13500", "Martigues"),
    ]


def test_generic_workbook_skips_title_lines_and_pads_post_codes(workspace):
    summary = run_samples(workspace, "annuaire_regional.xlsx")

    blanchisserie = counterparty(workspace, "Blanchisserie Solidaire")
    assert blanchisserie["post_code"] == "01000"
    assert blanchisserie["phone"] == "+33474000001"
    assert blanchisserie["siret_status"] == "invalid"  # 13 digits: Excel lost the leading zero
    assert {i.line for i in summary.issues} == {4, 5, 6}


def test_generic_workbook_siret_zeros_restored_when_confirmed(workspace):
    from srm_inclusif.exchange.records import ReadOptions

    summary = run_samples(workspace, "annuaire_regional.xlsx",
                          read=ReadOptions(pad_siret_zeros=True))

    assert counterparty(workspace, "Blanchisserie Solidaire")["siret_status"] == "valid"
    assert (summary.flagged, summary.flag_remarks) == (2, 3)  # lines 5 (two remarks) and 6
