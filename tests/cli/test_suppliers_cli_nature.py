"""``srm-inclusif suppliers search --nature``: the « Siège ou antenne » facet, command line."""

from __future__ import annotations

import json

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.services.counterparty_edit import create_counterparty


@pytest.fixture
def db(workspace) -> str:
    """A head office, its antenna and a structure whose nature nobody gave."""
    for name, nature, post_code in (
        ("Atelier Tremplin", "HEAD_OFFICE", "69003"),
        ("Atelier Tremplin Villeurbanne", "ANTENNA", "69100"),
        ("Bureau Fournitures", None, "69002"),
    ):
        create_counterparty(workspace.engine, values={
            "name": name, "nature": nature, "kind": "EI", "post_code": post_code})
    return str(workspace.path)


def found(capsys, db: str, *options: str) -> dict[str, str | None]:
    """Name → nature code of the structures ``suppliers search … --json`` lists."""
    assert main(["--db", db, "suppliers", "search", *options, "--json"]) == 0
    return {item["name"]: item["nature"] for item in json.loads(capsys.readouterr().out)}


def test_nature_antenne_lists_exactly_the_antenna_with_its_code(db, capsys) -> None:
    assert found(capsys, db, "--nature", "antenne") == {"Atelier Tremplin Villeurbanne": "ANTENNA"}


def test_without_nature_every_structure_shows_its_nature_code(db, capsys) -> None:
    assert found(capsys, db) == {"Atelier Tremplin": "HEAD_OFFICE",
                                 "Atelier Tremplin Villeurbanne": "ANTENNA",
                                 "Bureau Fournitures": None}


@pytest.mark.parametrize(("natures", "expected"), [
    (["siege", "non-renseigne"], {"Atelier Tremplin", "Bureau Fournitures"}),
    (["Siège", "antenne"], {"Atelier Tremplin", "Atelier Tremplin Villeurbanne"}),
    (["ANTENNA", "NOT_GIVEN"], {"Atelier Tremplin Villeurbanne", "Bureau Fournitures"}),
])
def test_two_natures_keep_the_structures_of_either(db, capsys, natures, expected) -> None:
    options = [option for nature in natures for option in ("--nature", nature)]
    assert set(found(capsys, db, *options)) == expected


def test_nature_combines_with_the_text_and_the_department(db, capsys) -> None:
    assert set(found(capsys, db, "tremplin", "--nature", "siege", "--nature", "antenne",
                     "--department", "69")) == {"Atelier Tremplin",
                                                "Atelier Tremplin Villeurbanne"}
    assert found(capsys, db, "bureau", "--nature", "antenne") == {}


def test_the_printed_list_names_the_antenna_in_words(db, capsys) -> None:
    assert main(["--db", db, "suppliers", "search", "--nature", "antenne"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["Atelier Tremplin Villeurbanne | EI | 69100 | dépt 69 | SIRET — | Antenne",
                   "1 structure."]


def test_the_printed_list_names_the_head_office_and_leaves_an_unknown_nature_out(db,
                                                                               capsys) -> None:
    assert main(["--db", db, "suppliers", "search", "--nature", "siege",
                 "--nature", "non-renseigne"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["Atelier Tremplin | EI | 69003 | dépt 69 | SIRET — | Siège",
                         "Bureau Fournitures | EI | 69002 | dépt 69 | SIRET —"]


def test_an_unknown_nature_is_refused_in_french_naming_the_allowed_values(db, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", db, "suppliers", "search", "--nature", "filiale"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "argument --nature : choix invalide : 'filiale'" in error
    assert "'siege', 'antenne', 'non-renseigne'" in error


def test_nature_is_read_as_the_imports_read_it(db, capsys) -> None:
    """« Siège social » and "branch" are what directories write: the command reads them too."""
    assert found(capsys, db, "--nature", "Siège social") == {"Atelier Tremplin": "HEAD_OFFICE"}
    assert found(capsys, db, "--nature", "branch") == {"Atelier Tremplin Villeurbanne": "ANTENNA"}
