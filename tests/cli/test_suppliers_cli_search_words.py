"""``srm-inclusif suppliers search``: several words as the help shows them, a SIRET as printed."""

from __future__ import annotations

import json

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.services.counterparty_edit import create_counterparty


@pytest.fixture
def db(workspace) -> str:
    for name, city, siret in (("Nettoyage Solidaire", "Lyon", "73282932000074"),
                              ("Nettoyage du Dauphiné", "Grenoble", "44306184100047"),
                              ("Lyon Espaces Verts", "Lyon", None)):
        create_counterparty(workspace.engine, values={"name": name, "city": city,
                                                      "siret": siret})
    return str(workspace.path)


def found(capsys, db: str, *words: str) -> list[str]:
    assert main(["--db", db, "suppliers", "search", *words, "--json"]) == 0
    return [row["name"] for row in json.loads(capsys.readouterr().out)]


def test_several_words_unquoted_search_them_all(db, capsys):
    assert found(capsys, db, "nett", "lyon") == ["Nettoyage Solidaire"]


@pytest.mark.parametrize("typed", [["44306184100047"], ["443 061 841 00047"],
                                   ["443", "061", "841", "00047"], ["443.061.841.00047"]])
def test_a_siret_finds_its_structure(db, capsys, typed):
    assert found(capsys, db, *typed) == ["Nettoyage du Dauphiné"]


def test_a_siret_nobody_has_finds_nothing(db, capsys):
    assert found(capsys, db, "443 061 841 00048") == []
