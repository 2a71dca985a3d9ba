"""A purchase read twice in one import counts once: the same file given twice, a line repeated.

Each repeat is said on its line, with the line it repeats. Two identical lines without an invoice
number may be two real purchases (two tickets of one day): both kept, the second flagged.
"""

from __future__ import annotations

from sqlalchemy import text

from tests.exchange.import_support import run

HEADER = "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date;N° de facture\n"
ATELIER = "Atelier du Lac;44306184100047"
JARDINS = "Jardins de Loire;44306184100054"


def spend_file(tmp_path, name: str, *lines: str):
    """A spend file ``name`` of ``lines`` (``supplier;siret;amount;date;invoice``)."""
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def import_spend(workspace, *paths):
    return run(workspace, *paths, target="spend", format_key="spend")


def stored_total(workspace) -> tuple[int, int]:
    """How many spend lines the workspace holds, and their total in cents."""
    with workspace.engine.connect() as connection:
        return tuple(connection.execute(text(
            "SELECT count(*), coalesce(sum(amount_cents), 0) FROM spend_line")).one())


def remarks(summary, *severities: str) -> list[tuple]:
    """(severity, line, reason) of the issues of ``severities``, in order."""
    return [(issue.severity, issue.line, issue.reason) for issue in summary.issues
            if issue.severity in severities]


def test_the_same_file_given_twice_does_not_double_the_spend(workspace, tmp_path):
    path = spend_file(tmp_path, "achats.csv", f"{ATELIER};100,00;15/01/2026;F1",
                      f"{ATELIER};40,00;16/01/2026;", f"{JARDINS};200,00;15/01/2026;F2")

    summary = import_spend(workspace, path, path)

    assert stored_total(workspace) == (3, 34_000)
    assert (summary.rows, summary.inserted, summary.merged_duplicates) == (6, 3, 3)
    assert summary.amount_total_cents == 34_000
    merged = remarks(summary, "merged")
    assert [line for _severity, line, _reason in merged] == [2, 3, 4]
    assert "ligne 2 de « achats.csv »" in merged[0][2]


def test_a_file_given_twice_after_an_import_of_it_adds_nothing(workspace, tmp_path):
    path = spend_file(tmp_path, "achats.csv", f"{ATELIER};100,00;15/01/2026;F1",
                      f"{ATELIER};40,00;16/01/2026;")
    import_spend(workspace, path)

    summary = import_spend(workspace, path, path)

    assert stored_total(workspace) == (2, 14_000)
    assert (summary.inserted, summary.unchanged, summary.merged_duplicates) == (0, 2, 2)


def test_two_files_overlapping_on_one_purchase_count_it_once(workspace, tmp_path):
    january = spend_file(tmp_path, "janvier.csv", f"{ATELIER};100,00;15/01/2026;F1",
                         f"{JARDINS};200,00;31/01/2026;F2")
    quarter = spend_file(tmp_path, "trimestre.csv", f"{JARDINS};200,00;31/01/2026;F2",
                         f"{JARDINS};300,00;15/02/2026;F3")

    summary = import_spend(workspace, january, quarter)

    assert stored_total(workspace) == (3, 60_000)
    assert remarks(summary, "merged") == [
        ("merged", 2, "Même achat que la ligne 3 de « janvier.csv », déjà lue dans cet import : "
                      "compté une fois.")]


def test_an_invoice_line_twice_in_one_file_is_counted_once(workspace, tmp_path):
    path = spend_file(tmp_path, "achats.csv", f"{ATELIER};100,00;15/01/2026;F1",
                      f"{JARDINS};200,00;15/01/2026;F2", f"{ATELIER};100,00;15/01/2026;F1")

    summary = import_spend(workspace, path)

    assert stored_total(workspace) == (2, 30_000)
    assert (summary.inserted, summary.merged_duplicates) == (2, 1)
    assert remarks(summary, "merged") == [
        ("merged", 4, "Même achat que la ligne 2 (même facture, même date, même montant) : "
                      "compté une fois.")]


def test_a_file_with_a_repeated_invoice_line_imported_again_adds_nothing(workspace, tmp_path):
    path = spend_file(tmp_path, "achats.csv", f"{ATELIER};100,00;15/01/2026;F1",
                      f"{ATELIER};100,00;15/01/2026;F1")
    import_spend(workspace, path)

    again = import_spend(workspace, path)

    assert stored_total(workspace) == (1, 10_000)
    assert (again.inserted, again.unchanged, again.merged_duplicates) == (0, 1, 1)


def test_two_identical_lines_without_invoice_are_both_kept_the_second_flagged(workspace,
                                                                            tmp_path):
    path = spend_file(tmp_path, "achats.csv", f"{ATELIER};12,50;15/01/2026;",
                      f"{ATELIER};12,50;15/01/2026;")

    summary = import_spend(workspace, path)
    again = import_spend(workspace, path)

    assert stored_total(workspace) == (2, 2_500)
    assert summary.inserted == 2
    flagged = [(line, reason) for severity, line, reason in remarks(summary, "flagged")
               if "ligne 2" in reason]
    assert flagged == [(3, "Même fournisseur, même date et même montant que la ligne 2, sans "
                           "n° de facture : ligne ajoutée, les deux achats sont comptés. Si "
                           "c'est un doublon, retirez-la du fichier.")]
    assert (again.inserted, again.unchanged, remarks(again, "flagged", "merged")) == (0, 2, [])


def test_a_file_with_a_repeated_invoice_line_given_twice_counts_it_once(workspace, tmp_path):
    path = spend_file(tmp_path, "achats.csv", f"{ATELIER};100,00;15/01/2026;F1",
                      f"{ATELIER};100,00;15/01/2026;F1", f"{JARDINS};200,00;15/01/2026;F2")

    summary = import_spend(workspace, path, path)

    assert stored_total(workspace) == (2, 30_000)
    assert (summary.inserted, summary.merged_duplicates, summary.amount_total_cents) == (
        2, 4, 30_000)
