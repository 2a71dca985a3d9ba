"""An ERP's subtotal and total lines are counted apart, never imported as purchases (QA round 3).

« Sous-total Lyon », « Total Lyon » or a line with an amount only, without SIRET: total lines.
A company named « Total … » with a SIRET, or with a purchase's date and an amount that adds up
no line above it, stays a purchase.
"""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.exchange.spend_records import PROBABLE_SUBTOTAL
from tests.exchange.import_support import run

HEADER = "Fournisseur;N° SIRET;Date facture;N° facture;Montant HT;Site\n"
LINES = ("Envol Recyclerie;31400518200246;08/01/2026;F1;980,00 €;Lyon\n"
         "SARL Moreau;55208131700018;16/01/2026;F2;15 230,10 €;Lyon\n")
FOOTER = "Ligne de total ou de pagination, pas un achat."


def import_text(workspace, tmp_path, body: str):
    path = tmp_path / "achats.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return run(workspace, path, target="spend", format_key="spend")


def stored_names(workspace) -> list[str]:
    with workspace.engine.connect() as connection:
        return sorted(connection.execute(text("SELECT name FROM counterparty")).scalars())


def total_lines(summary) -> list[tuple[int, str, str]]:
    return [(issue.line, issue.value, issue.reason) for issue in summary.issues
            if issue.severity == "total"]


def test_a_site_subtotal_is_a_total_line_not_a_supplier(workspace, tmp_path):
    summary = import_text(workspace, tmp_path, LINES + "Sous-total Lyon;;;;20 000,00 €;\n")

    assert total_lines(summary) == [(4, "Sous-total Lyon", FOOTER)]
    assert (summary.inserted, summary.skipped_totals, summary.rejected) == (2, 1, 0)
    assert summary.amount_total_cents == 1_621_010
    assert stored_names(workspace) == ["Envol Recyclerie", "SARL Moreau"]


def test_a_line_with_an_amount_only_is_the_file_s_total(workspace, tmp_path):
    summary = import_text(workspace, tmp_path, LINES + ";;;;16 210,10 €;\n")

    assert total_lines(summary) == [(4, "16 210,10 €", FOOTER)]
    assert (summary.inserted, summary.rejected, summary.skipped_totals) == (2, 0, 1)
    assert not [issue for issue in summary.issues if issue.severity == "rejected"]


def test_total_and_a_place_without_date_nor_invoice_is_a_total(workspace, tmp_path):
    summary = import_text(workspace, tmp_path, LINES + "Total Lyon;;;;999,00 €;\n"
                          "Total général;;;;16 210,10 €;\n")

    assert [line for line, _value, _reason in total_lines(summary)] == [4, 5]
    assert summary.inserted == 2


def test_a_total_adding_up_the_lines_above_is_a_total_even_dated(workspace, tmp_path):
    summary = import_text(workspace, tmp_path,
                          LINES + "Total Moreau;;31/01/2026;;16 210,10 €;\n")

    assert total_lines(summary) == [(4, "Total Moreau", FOOTER)]


def test_a_company_named_total_stays_a_purchase(workspace, tmp_path):
    summary = import_text(workspace, tmp_path, LINES
                          + "Total Energies;;20/01/2026;F3;80,00 €;Paris\n"
                          + "TotalEnergies;;21/01/2026;F4;60,00 €;Paris\n"
                          + "Total;54206547900013;22/01/2026;F5;40,00 €;Paris\n")

    assert (summary.inserted, summary.skipped_totals) == (5, 0)
    assert [(issue.line, issue.reason) for issue in summary.issues
            if issue.field == "supplier_name" and issue.severity == "flagged"
            and "Total" in issue.reason] == [(4, PROBABLE_SUBTOTAL)]
    assert PROBABLE_SUBTOTAL == (
        "Nom commençant par « Total », sans SIRET : importée comme un achat. Si c'est un "
        "sous-total et non un fournisseur, retirez la ligne du fichier : son montant compterait "
        "deux fois.")


def test_a_file_s_totals_add_up_its_own_lines_only(workspace, tmp_path):
    january, february = tmp_path / "achats_janvier.csv", tmp_path / "achats_fevrier.csv"
    january.write_text(HEADER + LINES, encoding="utf-8")
    # the amount of January's lines, but the first line of its own file: a purchase
    february.write_text(HEADER + "Total Energies;;02/02/2026;;16 210,10 €;Paris\n",
                        encoding="utf-8")

    summary = run(workspace, january, february, target="spend", format_key="spend")

    assert (summary.inserted, summary.skipped_totals) == (3, 0)
    assert "Total Energies" in stored_names(workspace)
