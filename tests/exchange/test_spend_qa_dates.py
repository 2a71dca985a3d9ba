"""A spend line dated before 1990 or more than a year ahead is refused: a typo in its year.

Kept, its amount would count in another fiscal year (1025, 2099) and no objective would show it.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core import clock
from tests.exchange.import_support import run

HEADER = "Raison sociale;Montant;Date\n"


def import_dated(workspace, tmp_path, *days: str, column: str = "Date"):
    path = tmp_path / "achats.csv"
    path.write_text(HEADER.replace("Date", column)
                    + "".join(f"Bureau Express;12,00;{day}\n" for day in days), encoding="utf-8")
    return run(workspace, path, target="spend", format_key="spend")


def refusals(summary) -> list[tuple]:
    return [(issue.line, issue.field, issue.value, issue.reason) for issue in summary.issues
            if issue.severity == "rejected"]


@pytest.fixture
def today(monkeypatch) -> date:
    day = date(2026, 3, 10)
    monkeypatch.setattr(clock, "system_today", lambda: day)
    return day


@pytest.mark.usefixtures("today")
def test_dates_of_another_century_are_refused_with_their_value(workspace, tmp_path):
    summary = import_dated(workspace, tmp_path, "15/01/1025", "31/12/1900", "1989-12-31",
                           "15/01/2099", "15/01/2026", "01/01/1990")

    assert (summary.inserted, summary.rejected) == (2, 4)
    assert refusals(summary) == [
        (2, "spend_date", "15/01/1025",
         "Date invraisemblable : 15/01/1025, avant 1990. Une faute de frappe dans l'année ? "
         "Le montant compterait dans un autre exercice."),
        (3, "spend_date", "31/12/1900",
         "Date invraisemblable : 31/12/1900, avant 1990. Une faute de frappe dans l'année ? "
         "Le montant compterait dans un autre exercice."),
        (4, "spend_date", "1989-12-31",
         "Date invraisemblable : 31/12/1989, avant 1990. Une faute de frappe dans l'année ? "
         "Le montant compterait dans un autre exercice."),
        (5, "spend_date", "15/01/2099",
         "Date invraisemblable : 15/01/2099, plus d'un an après aujourd'hui (10/03/2026). Une "
         "faute de frappe dans l'année ? Le montant compterait dans un autre exercice."),
    ]


@pytest.mark.usefixtures("today")
def test_a_year_ahead_is_the_limit(workspace, tmp_path):
    summary = import_dated(workspace, tmp_path, "10/03/2027", "11/03/2027")

    assert summary.inserted == 1
    assert [(line, value) for line, _f, value, _r in refusals(summary)] == [(3, "11/03/2027")]


@pytest.mark.usefixtures("today")
def test_an_implausible_year_column_is_refused(workspace, tmp_path):
    summary = import_dated(workspace, tmp_path, "2099", "2025", column="Année")

    assert summary.inserted == 1
    assert [(line, field, value) for line, field, value, _r in refusals(summary)] == [
        (2, "year", "2099")]
    assert "Date invraisemblable : 2099, plus d'un an après aujourd'hui" in refusals(summary)[0][3]


@pytest.mark.usefixtures("today")
def test_next_year_in_a_year_column_is_accepted(workspace, tmp_path):
    summary = import_dated(workspace, tmp_path, "2027", "2028", column="Année")

    assert summary.inserted == 1
    assert [(line, value) for line, _f, value, _r in refusals(summary)] == [(3, "2028")]
