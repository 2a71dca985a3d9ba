"""The shortlist XLSX: need lines, then one row per structure with rank, score and reasons."""

from __future__ import annotations

from openpyxl import load_workbook

from srm_inclusif.core.sourcing import Candidate, RankedCandidate
from srm_inclusif.exchange.shortlist_xlsx import export_shortlist


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
    from srm_inclusif.storage.services.shortlist_details import ShortlistDetails

    ranked = [RankedCandidate(Candidate(7, "ESAT du Parc", "ESAT", "69"), 80.0, ("Label",)),
              RankedCandidate(Candidate(8, "EI sans fiche", "EI", "69"), 60.0, ())]
    details = {7: ShortlistDetails(siret="73282932000074", city="Lyon", phone="04 72 00 00 00",
                                   email="contact@esat-parc.fr", website="https://parc.fr",
                                   social_website="https://www.linkedin.com/company/parc/",
                                   contact="Paul Roux, Chargé d'affaires",
                                   client_references="Métropole de Lyon; CHU de Lyon")}

    path = export_shortlist(tmp_path / "liste.xlsx", title="Espaces verts", need_lines=[],
                            ranked=ranked, details=details)

    rows = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[0] == "Rang")
    assert rows[header][6:] == ["SIRET", "Ville", "Téléphone", "E-mail", "Site web",
                                "Réseau social", "Contact", "Références clients"]
    assert rows[header + 1][6:] == ["73282932000074", "Lyon", "04 72 00 00 00",
                                    "contact@esat-parc.fr", "https://parc.fr",
                                    "https://www.linkedin.com/company/parc/",
                                    "Paul Roux, Chargé d'affaires",
                                    "Métropole de Lyon; CHU de Lyon"]
    assert rows[header + 2][1] == "EI sans fiche"
    assert all(cell in (None, "") for cell in rows[header + 2][6:])  # nothing known: empty
