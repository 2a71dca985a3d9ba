"""``import spend --date`` with a typo in its year is refused before anything is imported.

The day given to the lines without a date follows the rule of the dates read in the file: not
before 1990, not more than a year after today (else their amounts count in another year).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.core import clock
from srm_inclusif.storage.backup import backups_dir
from srm_inclusif.storage.workspace import open_workspace
from tests.support import IMPORT_FIXTURES, executed

SPEND = str(IMPORT_FIXTURES / "achats_2025.csv")  # no date nor year column


@pytest.fixture(autouse=True)
def today(monkeypatch) -> None:
    monkeypatch.setattr(clock, "system_today", lambda: date(2026, 11, 22))


def spend_lines(db: Path) -> int:
    return executed(db, "SELECT count(*) FROM spend_line")[0][0]


def test_a_date_before_1990_is_refused_and_nothing_is_imported(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"

    code = main(["--db", str(db), "import", "spend", SPEND, "--date", "31/12/1925"])

    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        "Erreur : --date : Date des lignes sans date invraisemblable : 31/12/1925, avant 1990. "
        "Une faute de frappe dans l'année ? Elles compteraient dans un autre exercice. Rien "
        "n'a été importé."]
    assert not backups_dir(db).exists()


def test_a_date_more_than_a_year_ahead_is_refused_in_json_too(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    open_workspace(db).close()

    code = main(["--db", str(db), "import", "spend", SPEND, "--date", "2027-12-31", "--json"])

    assert code == 1
    assert json.loads(capsys.readouterr().out) == {"error": (
        "--date : Date des lignes sans date invraisemblable : 31/12/2027, plus d'un an après "
        "aujourd'hui (22/11/2026). Une faute de frappe dans l'année ? Elles compteraient dans un "
        "autre exercice. Rien n'a été importé.")}
    assert spend_lines(db) == 0


@pytest.mark.parametrize(("typed", "stored"), [("01/01/1990", "1990-01-01"),
                                               ("22/11/2027", "2027-11-22")])
def test_the_first_and_last_plausible_days_are_taken(capsys, tmp_path, typed, stored):
    db = tmp_path / "e.sqlite3"

    assert main(["--db", str(db), "import", "spend", SPEND, "--date", typed]) == 0
    assert spend_lines(db) > 0
    assert executed(db, "SELECT DISTINCT spend_date FROM spend_line") == [(stored,)]
