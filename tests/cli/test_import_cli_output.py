"""What ``srm-inclusif`` prints: each imported file's format, JSON errors, a closed output pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.workspace import open_workspace
from tests.support import API_PAGES, IMPORT_FIXTURES

ESAT_EA, HOSMOZ, REGIONAL = (str(IMPORT_FIXTURES / name) for name in (
    "annuaire_esat_ea_2024.csv", "export_hosmoz.csv", "annuaire_regional.xlsx"))


def test_the_text_summary_names_each_file_with_its_format_and_encoding(capsys, tmp_path):
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", ESAT_EA, HOSMOZ,
                 REGIONAL, "--dry-run"])

    assert code == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Fichiers : annuaire_esat_ea_2024.csv : Annuaire ESAT / EA, UTF-8 ; "
        "export_hosmoz.csv : Hosmoz, Windows-1252 ; annuaire_regional.xlsx : Tableau libre")


def test_json_lists_each_file_and_says_mixte_when_they_differ(capsys, tmp_path):
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", ESAT_EA, HOSMOZ,
                 "--json"])

    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (document["format"], document["encoding"]) == ("mixte", "mixte")
    assert document["files"] == [
        {"name": "annuaire_esat_ea_2024.csv", "format": "esat-ea",
         "format_label": "Annuaire ESAT / EA", "encoding": "UTF-8"},
        {"name": "export_hosmoz.csv", "format": "hosmoz", "format_label": "Hosmoz",
         "encoding": "Windows-1252"}]
    assert document["format_label"] == "mixte"


def test_json_keeps_the_format_the_files_share(capsys, tmp_path):
    main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", *map(str, API_PAGES),
          "--json"])

    document = json.loads(capsys.readouterr().out)
    assert document["format"] == "marche-api"
    assert [f["name"] for f in document["files"]] == [page.name for page in API_PAGES]


def test_a_refused_import_prints_one_json_document_with_its_error(capsys, tmp_path):
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers",
                 str(IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"), "--all-or-nothing",
                 "--json"])

    document = json.loads(capsys.readouterr().out)  # one document, or this fails
    assert code == 1
    assert (document["applied"], document["rejected"]) == (False, 1)
    assert "tout ou rien" in document["error"]


@pytest.mark.parametrize("command", [
    ["suppliers", "search", "--department", "99X", "--json"],
    ["oeth", "--year", "1900", "--headcount", "10", "--boeth", "1", "--json"],
])
def test_other_commands_print_their_json_error_too(capsys, tmp_path, command):
    open_workspace(tmp_path / "e.sqlite3").close()  # a reading command needs one
    code = main(["--db", str(tmp_path / "e.sqlite3"), *command])

    captured = capsys.readouterr()
    assert code == 1
    assert json.loads(captured.out) == {"error": captured.err.removeprefix("Erreur : ").strip()}


@pytest.mark.parametrize("command", [
    ["import", "suppliers", ESAT_EA, HOSMOZ, "--dry-run"],
    ["suppliers", "search"],
    ["restore"],
])
def test_a_closed_output_pipe_ends_quietly(tmp_path, command):
    open_workspace(tmp_path / "e.sqlite3").close()  # a reading command needs one
    reader, writer = os.pipe()
    os.close(reader)  # like `| head` that has already stopped reading
    try:
        ended = subprocess.run(
            [sys.executable, "-c", "import sys; from srm_inclusif.cli import main; "
             "sys.exit(main())", "--db", str(tmp_path / "e.sqlite3"), *command],
            stdout=writer, stderr=subprocess.PIPE, text=True, check=False, timeout=120)
    finally:
        os.close(writer)

    assert ended.stderr == ""
    assert ended.returncode == 141
