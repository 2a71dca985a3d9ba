"""A malformed CSV line is rejected on its own line; the other lines are imported.

A cell whose closing quote is followed by text, or a quote never closed (the csv module then
swallows the rest of the file: the lines after it are read again on their own).
"""

from __future__ import annotations

import zipfile

import pytest

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange import import_worker
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.tabular import OPEN_QUOTE, QUOTE_CLOSED_FURTHER, TEXT_AFTER_QUOTE
from tests.exchange.import_support import run, snapshot, stored
from tests.support import IMPORT_FIXTURES

TEXT_AFTER = ("Une cellule commence par un guillemet, mais du texte suit le guillemet qui la "
              "ferme. Mettez toute la cellule entre guillemets ou retirez-les.")
NEVER_CLOSED = ("Guillemet ouvert jamais refermé (le fichier se termine avant le guillemet "
                "fermant) : ligne ignorée, la lecture reprend à la ligne suivante. Ajoutez le "
                "guillemet fermant ou retirez l'ouvrant.")
GOOD = ["ESAT A;41155513900012;38100", "ESAT C;;44000", "ESAT D;;69003", "ESAT E;;13001"]
#: Lines 3 and 5 are malformed: text after a closing quote, a quote never closed.
LINES = ["Raison sociale;SIRET;Code postal", GOOD[0], '"ESAT" du Lac;44306184100047;38000',
         GOOD[1], '"ESAT B;44306184100047;75001', GOOD[2], GOOD[3]]


def rejects(summary) -> list[tuple]:
    return [(i.line, i.field, i.value, i.reason) for i in summary.issues
            if i.severity == "rejected"]


@pytest.fixture
def flawed(tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_the_reasons_are_the_french_sentences():
    assert (TEXT_AFTER_QUOTE, OPEN_QUOTE) == (TEXT_AFTER, NEVER_CLOSED)


def test_the_malformed_lines_are_rejected_and_the_others_imported(workspace, flawed):
    summary = run(workspace, flawed)

    assert summary.applied
    assert (summary.rows, summary.inserted, summary.rejected) == (6, 4, 2)
    assert sorted(stored(workspace, "siret")) == ["ESAT A", "ESAT C", "ESAT D", "ESAT E"]
    assert rejects(summary) == [
        (3, "line", '"ESAT" du Lac;44306184100047;38000', TEXT_AFTER),
        (5, "line", '"ESAT B;44306184100047;75001', NEVER_CLOSED)]


def test_all_or_nothing_refuses_the_file_and_writes_nothing(workspace, flawed):
    before = snapshot(workspace)

    summary = run(workspace, flawed, all_or_nothing=True)

    assert not summary.applied
    assert summary.rejected == 2
    assert snapshot(workspace) == before


def test_a_quote_closed_further_down_rejects_its_line_only(workspace, tmp_path):
    """Closed by the quote of a later line, the quote swallowed the lines in between."""
    path = tmp_path / "annuaire.csv"
    path.write_text("\n".join([LINES[0], '"ESAT B;;75001', GOOD[1], '"ESAT" du Lac;;38000',
                               GOOD[2]]) + "\n", encoding="utf-8")

    summary = run(workspace, path)

    assert sorted(stored(workspace, "siret")) == ["ESAT C", "ESAT D"]
    assert [(line, reason) for line, _f, _v, reason in rejects(summary)] == [
        (2, QUOTE_CLOSED_FURTHER), (4, TEXT_AFTER)]


def test_a_spend_file_rejects_its_malformed_line(workspace, tmp_path):
    """Spend rows are read one at a time (not in blocks): the same rejection."""
    path = tmp_path / "achats.csv"
    path.write_text("Fournisseur;SIRET;Montant HT\nESAT A;41155513900012;100\n"
                    '"ESAT" B;;50\nESAT C;;20\n', encoding="utf-8")

    summary = run(workspace, path, target="spend")

    assert (summary.rows, summary.rejected) == (3, 1)
    assert summary.amount_total_cents == 12_000
    assert rejects(summary) == [(3, "line", '"ESAT" B;;50', TEXT_AFTER)]


def test_the_preview_shows_the_malformed_lines_at_their_place(flawed):
    plan = plan_file(flawed)

    rows = normalised_preview(plan, SectorIndex([]))

    assert [(row.line, row.cells[:1], row.problems) for row in rows] == [
        (2, ("ESAT A",), ()), (3, (), (TEXT_AFTER,)), (4, ("ESAT C",), ()),
        (5, (), (NEVER_CLOSED,)), (6, ("ESAT D",), ()), (7, ("ESAT E",), ())]


def test_a_file_of_runaway_quotes_is_refused(workspace, tmp_path):
    """Each line opens a quote the next one closes: no table, read again and again."""
    path = tmp_path / "guillemets.csv"
    path.write_text("\n".join(LINES[:2]) + "\n" + '"ESAT;1;75001\n' * 200, encoding="utf-8")
    before = snapshot(workspace)

    with pytest.raises(ImportFormatError, match="« guillemets.csv » : trop de guillemets "
                                                "ouverts .* le fichier ne semble pas être un"):
        run(workspace, path)
    assert snapshot(workspace) == before


def test_a_big_file_read_by_the_helper_rejects_its_malformed_lines(
        workspace, tmp_path, helper_watched):
    good = [f"Structure {i};;75011" for i in range(import_worker.MIN_LINES + 100)]
    lines = [LINES[0], *good[:9000], LINES[2], *good[9000:15000], LINES[4], *good[15000:]]
    path = tmp_path / "gros.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    summary = run(workspace, path)

    assert helper_watched == ["helper"]
    assert (summary.rows, summary.inserted, summary.rejected) == (len(good) + 2, len(good), 2)
    assert [(line, reason) for line, _f, _v, reason in rejects(summary)] == [
        (9002, TEXT_AFTER), (15003, NEVER_CLOSED)]


def test_a_malformed_line_of_a_sirene_legal_unit_file_is_rejected(workspace, tmp_path):
    """The legal units only name the establishments: a bad line there is reported all the same."""
    with zipfile.ZipFile(IMPORT_FIXTURES / "sirene_extrait.zip") as archive:
        archive.extractall(tmp_path)
    units = tmp_path / "StockUniteLegale_utf8.csv"
    lines = units.read_text(encoding="utf-8").splitlines()
    lines.insert(2, '"300000099" O,,,,,,N,A')
    units.write_text("\n".join(lines) + "\n", encoding="utf-8")

    summary = run(workspace, tmp_path / "StockEtablissement_utf8.csv", units)

    assert (summary.inserted, summary.rejected) == (4, 1)
    assert rejects(summary) == [(3, "line", '"300000099" O,,,,,,N,A', TEXT_AFTER)]
    assert [i.file_name for i in summary.issues if i.severity == "rejected"] == [units.name]
    assert "Envie Rhone" in stored(workspace, "siret")  # the other units still name theirs
