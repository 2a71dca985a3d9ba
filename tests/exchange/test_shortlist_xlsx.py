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
