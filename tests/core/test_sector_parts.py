"""A word alone matches a reference sector only when it names that trade and no other."""

from __future__ import annotations

import csv

import pytest

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.resources import resource_path


@pytest.fixture(scope="module")
def index() -> SectorIndex:
    with resource_path("data/sectors.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return SectorIndex([(i, row["sector_slug"], row["sector_name"], row["group_name"])
                        for i, row in enumerate(rows)])


@pytest.mark.parametrize("text", ["Maintenance", "Entretien", "Matériels", "Vélos",
                                  "d'affaires", "Chantiers"])
def test_a_word_other_trades_share_names_no_sector(index, text):
    # « Maintenance » is in « Maintenance de flottes de véhicules » too: not the IT fleet's
    assert index.find(text) is None


@pytest.mark.parametrize(("text", "sector"), [
    ("Logistique", "Logistique, conditionnement"),
    ("Conditionnement", "Logistique, conditionnement"),
    ("Boulangerie", "Boulangerie, Patisserie, Confiseries"),
    ("Restauration", "Autre (Restauration)"),
])
def test_a_word_only_one_trade_has_names_it(index, text, sector):
    assert index.name(index.find(text)) == sector
