"""``srm-inclusif suppliers search``: ranking order, filters, JSON output and errors."""

from __future__ import annotations

import json

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.services.counterparty_edit import create_counterparty


@pytest.fixture
def db(workspace) -> str:
    engine = workspace.engine
    create_counterparty(engine, values={"name": "Nettoyage Solidaire", "kind": "EI",
                                        "post_code": "69003", "city": "Lyon",
                                        "siret": "73282932000074",
                                        "sectors": ["nettoyage-de-locaux-16"]})
    create_counterparty(engine, values={"name": "Énergie Partagée", "kind": "ESAT",
                                        "post_code": "38000", "city": "Grenoble"})
    create_counterparty(engine, values={"name": "Lyon Propreté Services", "kind": "EA",
                                        "post_code": "69007", "city": "Lyon",
                                        "extra_sectors": ["nettoyage industriel"]})
    return str(workspace.path)


def _json(capsys, *argv: str) -> list[dict]:
    assert main(["--db", argv[0], "suppliers", "search", *argv[1:], "--json"]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_json_search_accent_insensitive_prefix(db, capsys) -> None:
    [found] = _json(capsys, db, "energie")
    assert found["name"] == "Énergie Partagée"
    assert (found["kind"], found["post_code"], found["city"], found["department"]) == (
        "ESAT", "38000", "Grenoble", "38")
    assert set(found) >= {"siret", "name", "kind", "post_code", "city", "department", "sectors"}


def test_ranking_order_and_filters(db, capsys) -> None:
    assert [f["name"] for f in _json(capsys, db, "lyon")] == [
        "Lyon Propreté Services", "Nettoyage Solidaire"]
    [ei] = _json(capsys, db, "nett", "--kind", "ei")
    assert ei["sectors"] == ["Nettoyage de locaux"]
    assert ei["siret"] == "73282932000074"
    assert [f["name"] for f in _json(capsys, db, "--department", "38")] == ["Énergie Partagée"]
    assert [f["name"] for f in _json(capsys, db, "--sector", "nettoyage-de-locaux-16")] == [
        "Nettoyage Solidaire"]
    assert len(_json(capsys, db, "--limit", "2")) == 2


def test_text_output_and_errors(db, capsys) -> None:
    assert main(["--db", db, "suppliers", "search", "nett"]) == 0
    out = capsys.readouterr().out
    assert "Nettoyage Solidaire | EI | 69003 Lyon | dépt 69" in out
    assert out.rstrip().endswith("2 structures.")  # "nett": two names, one sector
    assert main(["--db", db, "suppliers", "search", "energie"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("1 structure.")
    assert main(["--db", db, "suppliers", "search", "--sector", "inconnu"]) == 1
    assert "secteur inconnu" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["--db", db, "suppliers", "search", "--kind", "XYZ"])
    assert exited.value.code == 2


def test_the_printed_list_names_a_classic_supplier_in_words(workspace, capsys) -> None:
    create_counterparty(workspace.engine, values={"name": "Papeterie Martin", "kind": "CLASSIC",
                                                  "post_code": "69003"})
    assert main(["--db", str(workspace.path), "suppliers", "search", "papeterie"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line == "Papeterie Martin | Classique | 69003 | dépt 69 | SIRET —"
