"""A CSV line with fewer or more values than the header has columns is flagged on its line.

Its values may have moved to the wrong columns (a separator lost or added in a cell): the line is
imported, and the report says how many values it holds for how many columns.
"""

from __future__ import annotations

import pytest

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange import import_worker
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview
from tests.exchange.import_support import run, stored

SHORT = "3 valeurs pour 5 colonnes : valeurs peut-être décalées, à vérifier."
LONG = "7 valeurs pour 5 colonnes : les 2 dernières sont ignorées."
HEADER = "Raison sociale;SIRET;Code postal;Ville;E-mail"
LINES = [HEADER, "ESAT A;;38100;Grenoble;a@esat.fr", "ESAT B;;69003",
         "ESAT C;;44000;Nantes;c@esat.fr;en trop;encore", "ESAT D;;13001;Marseille;;;"]


def remarks(summary) -> list[tuple]:
    return [(i.line, i.field, i.value, i.reason, i.severity, i.structure_name)
            for i in summary.issues if i.field == "line"]


@pytest.fixture
def shifted(tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_short_and_long_lines_are_flagged_and_imported(workspace, shifted):
    summary = run(workspace, shifted)

    assert (summary.rows, summary.inserted, summary.flagged) == (4, 4, 2)
    assert remarks(summary) == [
        (3, "line", "ESAT B;;69003", SHORT, "flagged", "ESAT B"),
        (4, "line", "ESAT C;;44000;Nantes;c@esat.fr;en trop;encore", LONG, "flagged", "ESAT C")]
    assert stored(workspace, "city")["ESAT C"] == "Nantes"  # the extra values are ignored


def test_separators_at_the_end_of_a_line_are_no_value(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal;\nESAT A;38100;\nESAT B;69003;;\n",
                    encoding="utf-8")

    summary = run(workspace, path)

    assert (summary.inserted, summary.flagged, summary.issues) == (2, 0, [])


def test_one_value_and_one_extra_value_are_said_in_the_singular(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal;Ville\nESAT A\nESAT B;38100;Grenoble;x\n",
                    encoding="utf-8")

    summary = run(workspace, path)

    assert [reason for _l, _f, _v, reason, _s, _n in remarks(summary)] == [
        "1 seule valeur pour 3 colonnes : valeur peut-être mal placée, à vérifier.",
        "4 valeurs pour 3 colonnes : la dernière est ignorée."]


def test_a_rejected_spend_line_says_its_values_may_be_shifted(workspace, tmp_path):
    """The amount lost to a missing column: the line is rejected, the remark says why first."""
    path = tmp_path / "achats.csv"
    path.write_text("Fournisseur;SIRET;Montant HT\nESAT A;41155513900012;100\nESAT B;;\n"
                    "ESAT C;50\n", encoding="utf-8")

    summary = run(workspace, path, target="spend")

    refused = [i for i in summary.issues if i.severity == "rejected"]
    assert (summary.rows, summary.rejected) == (3, 2)
    # « 50 » sits under SIRET: said too, as a malformed SIRET
    assert [(i.line, i.field) for i in refused] == [(3, "amount"), (4, "line"), (4, "siret"),
                                                    (4, "amount")]
    assert refused[1].reason == (
        "2 valeurs pour 3 colonnes : valeurs peut-être décalées, à vérifier.")


def test_the_preview_says_it_first_on_the_line(shifted):
    rows = normalised_preview(plan_file(shifted), SectorIndex([]))

    assert [(row.line, row.problems) for row in rows] == [
        (2, ()), (3, (SHORT,)), (4, (LONG,)), (5, ())]


def test_a_big_file_read_by_the_helper_flags_its_shifted_lines(workspace, tmp_path,
                                                              helper_watched):
    good = [f"Structure {i};;75011;Paris;" for i in range(import_worker.MIN_LINES + 100)]
    path = tmp_path / "gros.csv"
    path.write_text("\n".join([HEADER, *good[:9000], LINES[2], *good[9000:15000], LINES[3],
                               *good[15000:]]) + "\n", encoding="utf-8")

    summary = run(workspace, path)

    assert helper_watched == ["helper"]
    assert (summary.inserted, summary.flagged) == (len(good) + 2, 2)
    assert [(line, reason) for line, _f, _v, reason, _s, _n in remarks(summary)] == [
        (9002, SHORT), (15003, LONG)]


def test_a_header_ending_with_a_separator_counts_its_named_columns(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal;Ville;\nESAT A;38100;Grenoble;\n"
                    "ESAT B;38100;Grenoble\nESAT C;69003\n", encoding="utf-8")

    summary = run(workspace, path)

    assert [(line, reason) for line, _f, _v, reason, _s, _n in remarks(summary)] == [
        (4, "2 valeurs pour 3 colonnes : valeurs peut-être décalées, à vérifier.")]
