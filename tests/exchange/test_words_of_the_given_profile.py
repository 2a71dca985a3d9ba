"""Exporters and labels speak the profile they are given, whatever workspace last set its words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from srm_inclusif.core.vocabulary import Profile, profile_in_use
from srm_inclusif.exchange.formats import format_label, format_short_label
from srm_inclusif.exchange.report import write_issues_csv


@dataclass
class _Issue:
    severity: str = "rejected"
    file_name: str = "ventes.csv"
    line: int | None = 3
    structure_name: str = "Atelier du Lac"
    field: str = "name"
    value: str = ""
    reason: str = "Nom manquant"


def test_a_sellers_rejects_file_names_her_client_while_a_buyers_words_are_in_use(
        tmp_path: Path) -> None:
    assert profile_in_use() is Profile.ACHETEUR
    path = tmp_path / "rejets.csv"
    write_issues_csv(path, [_Issue()], Profile.STRUCTURE_INCLUSIVE)
    headers = path.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert headers[3] == "Client"


def test_a_buyers_rejects_file_names_the_structure(tmp_path: Path) -> None:
    path = tmp_path / "rejets.csv"
    write_issues_csv(path, [_Issue()], Profile.ACHETEUR)
    assert path.read_text(encoding="utf-8-sig").splitlines()[0].split(";")[3] == "Structure"


def test_the_spend_format_is_named_in_the_given_profiles_words() -> None:
    assert format_label("spend", Profile.STRUCTURE_INCLUSIVE).startswith("Ventes")
    assert format_label("spend", Profile.ACHETEUR).startswith("Dépenses")
    assert format_short_label("spend", Profile.STRUCTURE_INCLUSIVE) == "Modèle de ventes"
    assert format_short_label("spend", Profile.ACHETEUR) == "Modèle d'achats"
