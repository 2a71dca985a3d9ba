"""The spend preview shows the supplier's kind, post code and city when the file gives them."""

from __future__ import annotations

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview, preview_columns


def test_kind_post_code_and_city_columns_follow_the_file(tmp_path) -> None:
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale;Type;Code postal;Ville;Montant\n"
                    "Atelier Méca Sud;EA;13015;Marseille;1 234,50 €\n", encoding="utf-8")
    plan = plan_file(path, target="spend")

    keys = [key for key, _label in preview_columns("spend", mapped=set(plan.mapping.values()))]
    row = normalised_preview(plan, SectorIndex([]))[0]

    assert keys[-3:] == ["kind", "post_code", "city"]
    assert row.cells[-3:] == ("Entreprise adaptée", "13015", "Marseille")


def test_a_file_without_them_keeps_the_usual_columns(tmp_path) -> None:
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale;Montant\nBureau Express;100\n", encoding="utf-8")
    plan = plan_file(path, target="spend")

    keys = [key for key, _label in preview_columns("spend", mapped=set(plan.mapping.values()))]

    assert "kind" not in keys
    assert len(normalised_preview(plan, SectorIndex([]))[0].cells) == len(keys)
