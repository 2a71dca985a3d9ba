"""A SIRET cell is read as the file wrote it: never cut, and a cell without a digit is no SIRET.

QA saw « 999 999 999 99999 » stored as ``99999999999999``: that cell has 14 digits (3 + 3 + 3 +
5), all kept; its SIREN fails its key. A longer value is said by its length and kept whole (the
SIRET field, marked invalid, never used to match), as every unusable SIRET of a named line is.
« @@ » was stored in the SIRET field: now nothing is, with one remark, in directories and in
spend files alike (``core.siret.fast_check_siret``, the one reader of both).
"""

from __future__ import annotations

import pytest

from srm_inclusif.core.siret import BAD_KEY, NO_DIGIT, WRONG_LENGTH
from tests.exchange.import_support import (
    cards_with_lines,
    import_spend_lines,
    run,
    stored,
    table_file,
)

HEADER = ["Nom de la structure", "N° SIRET", "Type", "CP"]


def _remarks(summary, field="siret"):
    return [(issue.line, issue.value, issue.reason, issue.severity) for issue in summary.issues
            if issue.field == field]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])  # the column path and the row path
def test_a_siret_is_kept_whole_and_said_by_its_length(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"tout_ou_rien{suffix}", HEADER,
                      ["Structure 14", "999 999 999 99999", "EI", "34000"],
                      ["Structure 17", "999 999 999 99999 999", "EI", "34000"])

    summary = run(workspace, path)

    assert summary.inserted == 2
    assert stored(workspace, "siret") == {"Structure 14": "99999999999999",
                                          "Structure 17": "99999999999999999"}
    assert set(stored(workspace, "siret_status").values()) == {"invalid"}
    assert _remarks(summary) == [
        (2, "999 999 999 99999", BAD_KEY, "flagged"),
        (3, "999 999 999 99999 999", WRONG_LENGTH.format(count=17), "flagged")]
    assert WRONG_LENGTH.format(count=17) == "Le SIRET doit compter 14 chiffres (17 lus)."


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_siret_cell_without_a_digit_is_not_stored(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"dechets{suffix}", HEADER,
                      ["Arobases", " @@ ", "EI", "34000"],
                      ["Question", "voir portail", "EI", "34000"],
                      ["Lettre O", "4115551390001O", "EI", "34000"])

    summary = run(workspace, path)

    assert summary.inserted == 3  # a named line is still a structure
    sirets = stored(workspace, "siret")
    assert (sirets["Arobases"], sirets["Question"]) == (None, None)
    assert stored(workspace, "siret_status")["Arobases"] == "missing"
    assert sirets["Lettre O"] == "4115551390001O"  # digits to correct on the card: kept
    remarks = _remarks(summary)
    assert remarks[:2] == [(2, " @@ ", NO_DIGIT, "flagged"),
                           (3, "voir portail", NO_DIGIT, "flagged")]
    assert len(remarks) == 3
    assert NO_DIGIT == "Pas un SIRET (aucun chiffre) : valeur non enregistrée."


def test_a_purchase_line_reads_its_siret_the_same_way(workspace, tmp_path):
    summary = import_spend_lines(workspace, tmp_path, "Garage Martin;@@;100,00;15/01/2026")

    assert cards_with_lines(workspace) == [("Garage Martin", None, 1)]
    assert _remarks(summary) == [(2, "@@", NO_DIGIT, "flagged")]
