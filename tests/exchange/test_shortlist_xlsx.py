"""The shortlist XLSX: need lines, then one row per structure with rank, score and reasons."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from srm_inclusif.core import i18n
from srm_inclusif.core.sourcing import Candidate, RankedCandidate
from srm_inclusif.core.vocabulary import Nature
from srm_inclusif.exchange.shortlist_xlsx import NeedCriteria, criteria_lines, export_shortlist
from srm_inclusif.storage.services.shortlist_details import ShortlistDetails, shortlist_details
from tests.support import imported_counterparty

ENGLISH = {"Siège": "Head office", "Antenne": "Branch", "Rang": "Rank",
           "Siège ou antenne": "Head office or branch",
           "Établissement et service d'aide par le travail": "Sheltered work establishment"}


def test_export_writes_rows_in_rank_order(tmp_path) -> None:
    ranked = [
        RankedCandidate(Candidate(1, "Propreté Lyon", "EI", "69"), 75.0,
                        ("Secteur recherché : Nettoyage de locaux", "Même département (69)")),
        RankedCandidate(Candidate(2, "ESAT du Parc", "ESAT", "38"), 50.0, ("Label valide : ESUS",)),
    ]
    path = export_shortlist(tmp_path / "liste.xlsx", title="Nettoyage du siège",
                            need_lines=[("Département", "69")], ranked=ranked)
    sheet = load_workbook(path).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Nettoyage du siège"
    assert rows[1][:2] == ["Département", "69"]
    header = rows.index(["Rang", "Structure", "Type", "Département", "Score", "Raisons"])
    first, second = rows[header + 1], rows[header + 2]
    assert first[:2] == [1, "Propreté Lyon"]
    assert first[5] == "Secteur recherché : Nettoyage de locaux\nMême département (69)"
    assert second[2] == "ESAT – Établissement et service d'aide par le travail"
    assert second[4] == 50


def test_export_with_details_says_how_to_reach_each_structure(tmp_path) -> None:
    ranked = [RankedCandidate(Candidate(7, "ESAT du Parc", "ESAT", "69"), 80.0, ("Label",)),
              RankedCandidate(Candidate(8, "EI sans fiche", "EI", "69"), 60.0, ())]
    details = {7: ShortlistDetails(siret="73282932000074", nature=Nature.ANTENNA, city="Lyon",
                                   phone="04 72 00 00 00",
                                   email="contact@esat-parc.fr", website="https://parc.fr",
                                   social_website="https://www.linkedin.com/company/parc/",
                                   contact="Paul Roux, Chargé d'affaires",
                                   client_references="Métropole de Lyon; CHU de Lyon")}

    path = export_shortlist(tmp_path / "liste.xlsx", title="Espaces verts", need_lines=[],
                            ranked=ranked, details=details)

    rows = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[0] == "Rang")
    assert rows[header][6:] == ["SIRET", "Siège ou antenne", "Ville", "Téléphone", "E-mail",
                                "Site web", "Réseau social", "Contact", "Références clients"]
    assert rows[header + 1][6:] == ["73282932000074", "Antenne", "Lyon", "04 72 00 00 00",
                                    "contact@esat-parc.fr", "https://parc.fr",
                                    "https://www.linkedin.com/company/parc/",
                                    "Paul Roux, Chargé d'affaires",
                                    "Métropole de Lyon; CHU de Lyon"]
    assert rows[header + 2][1] == "EI sans fiche"
    assert all(cell in (None, "") for cell in rows[header + 2][6:])  # nothing known: empty


@pytest.fixture
def english_labels() -> Iterator[None]:
    """The lower layers' labels in English, as the UI hooks them when it speaks English."""
    i18n.set_translator(lambda _context, text: ENGLISH.get(text, text))
    yield
    i18n.set_translator(i18n._identity)


def test_head_office_or_antenna_is_named_in_the_ui_language(tmp_path, english_labels) -> None:
    ranked = [RankedCandidate(Candidate(c, f"ESAT {c}", "ESAT", "69"), 80.0 - c, ())
              for c in (1, 2, 3)]
    details = {1: ShortlistDetails(nature=Nature.HEAD_OFFICE),
               2: ShortlistDetails(nature=Nature.ANTENNA), 3: ShortlistDetails()}

    path = export_shortlist(tmp_path / "list.xlsx", title="Espaces verts", need_lines=[],
                            ranked=ranked, details=details)

    rows = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[0] == "Rank")
    column = rows[header].index("Head office or branch")  # titles in the UI language too
    assert [(row[1], row[2], row[column]) for row in rows[header + 1:]] == [
        ("ESAT 1", "ESAT – Sheltered work establishment", "Head office"),
        ("ESAT 2", "ESAT – Sheltered work establishment", "Branch"),
        ("ESAT 3", "ESAT – Sheltered work establishment", None)]  # unknown: an empty cell


def test_the_imported_nature_reaches_the_exported_file(workspace, tmp_path) -> None:
    esat = imported_counterparty(workspace.engine, nature="HEAD_OFFICE")
    ranked = [RankedCandidate(Candidate(esat, "ESAT du Parc", "ESAT", "69"), 80.0, ())]

    path = export_shortlist(tmp_path / "liste.xlsx", title="Espaces verts", need_lines=[],
                            ranked=ranked, details=shortlist_details(workspace.engine, [esat]))

    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = next(row for row in rows if row[0] == "Rang")
    assert rows[rows.index(header) + 1][header.index("Siège ou antenne")] == "Siège"


def test_the_header_says_what_was_searched(tmp_path) -> None:
    criteria = NeedCriteria(sectors=["Nettoyage de locaux", "Espaces verts"],
                            department="69 – Rhône", reserved="Non réservé",
                            amount=Decimal("12500.00"), owner="Alice Martin",
                            description="Siège")
    path = export_shortlist(tmp_path / "liste.xlsx", title="Nettoyage du siège",
                            need_lines=criteria_lines(criteria), ranked=[])
    sheet = load_workbook(path).active
    assert [(sheet.cell(row, 1).value, sheet.cell(row, 2).value) for row in range(2, 8)] == [
        ("Secteurs recherchés", "Nettoyage de locaux; Espaces verts"),
        ("Département", "69 – Rhône"), ("Marché", "Non réservé"),
        ("Montant estimé (€ HT)", 12500), ("Responsable", "Alice Martin"),
        ("Description", "Siège")]


def test_the_estimated_amount_is_a_number_in_euros(tmp_path) -> None:
    path = export_shortlist(tmp_path / "liste.xlsx", title="Nettoyage du siège",
                            need_lines=criteria_lines(NeedCriteria(amount=Decimal("50000.00"))),
                            ranked=[])
    sheet = load_workbook(path).active
    cell = next(sheet.cell(row, 2) for row in range(2, 8)
                if sheet.cell(row, 1).value == "Montant estimé (€ HT)")
    assert isinstance(cell.value, (int, float, Decimal))
    assert cell.value == 50000
    assert "€" in cell.number_format
    assert "0.00" in cell.number_format


def test_an_unreadable_amount_is_written_as_typed(tmp_path) -> None:
    lines = dict(criteria_lines(NeedCriteria(amount="cinq mille")))
    assert lines["Montant estimé (€ HT)"] == "cinq mille"


def test_a_criterion_not_chosen_reads_all(tmp_path) -> None:
    lines = dict(criteria_lines(NeedCriteria(department="69 – Rhône")))
    assert lines["Secteurs recherchés"] == "(tous)"
    lines = dict(criteria_lines(NeedCriteria(sectors=["Espaces verts"])))
    assert lines["Département"] == "(tous)"
