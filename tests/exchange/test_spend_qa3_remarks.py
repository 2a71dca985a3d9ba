"""What a spend import says of its lines, as a buyer reads it (QA round 3).

A shortened SIRET tells how to pad it and is not kept on the card created; a re-import says
nothing false of unchanged lines; the amount added is counted apart; a corrected invoice gives
its old and new amounts; a dry run says what would be created; counts are grouped; an invoice
stored under another basis is said.
"""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.core.vocabulary import SpendBasis
from tests.exchange.import_support import run

HEADER = "Fournisseur;SIRET;Montant HT;Date;N° facture;Acheteur\n"
JANUARY = ("Atelier du Lac;44306184100047;100,00;15/01/2026;F1;DUPONT Marie\n"
           "Atelier du Lac;44306184100047;200,00;16/01/2026;F2;DUPONT Marie\n")


def spend_file(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def import_spend(workspace, path, **settings):
    return run(workspace, path, target="spend", format_key="spend", **settings)


def reasons(summary, field: str) -> list[tuple[int | None, str]]:
    return [(issue.line, issue.reason) for issue in summary.issues if issue.field == field]


def test_a_shortened_siret_tells_how_to_pad_it_and_is_not_kept(workspace, tmp_path):
    path = spend_file(tmp_path, "mars.csv", "Tremplin SARL;8201234500012;50,00;02/03/2026;;\n")

    summary = import_spend(workspace, path)

    assert reasons(summary, "siret")[:2] == [
        (2, "Le SIRET doit compter 14 chiffres (13 lus) : un zéro de tête perdu par le tableur ? "
            "Cochez « Compléter par des zéros les SIRET raccourcis par Excel » à l'étape des "
            "colonnes de l'assistant, ou ajoutez --pad-siret en ligne de commande."),
        (2, "SIRET invalide non repris sur la fiche du nouveau fournisseur : corrigez-le sur sa "
            "fiche.")]
    with workspace.engine.connect() as connection:
        assert connection.execute(text("SELECT name, siret FROM counterparty")).all() == [
            ("Tremplin SARL", None)]
    assert import_spend(workspace, path).unchanged == 1  # found again by its name


def test_a_card_created_without_a_name_is_found_again_by_its_name(workspace, tmp_path):
    path = spend_file(tmp_path, "mars.csv", ";8201234500012;50,00;02/03/2026;;\n")
    import_spend(workspace, path)

    again = import_spend(workspace, path)

    assert (again.inserted, again.unchanged) == (0, 1)
    with workspace.engine.connect() as connection:
        assert connection.execute(text("SELECT name, siret FROM counterparty")).all() == [
            ("Fournisseur 8201234500012", None)]


def test_a_re_import_does_not_say_unchanged_lines_are_imported(workspace, tmp_path):
    path = spend_file(tmp_path, "janvier.csv", JANUARY)
    import_spend(workspace, path)

    again = import_spend(workspace, path)

    assert reasons(again, "buyer") == [
        (2, "Acheteur inconnu dans l'espace : les 2 lignes déjà importées qui le nomment, "
            "inchangées, restent sans acheteur (remarque sur la première seulement).")]


def test_an_overlapping_month_gives_the_amount_it_adds(workspace, tmp_path):
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", JANUARY))

    february = import_spend(workspace, spend_file(
        tmp_path, "fevrier.csv", JANUARY + "Atelier du Lac;44306184100047;40,00;03/02/2026;F3;\n"))

    assert february.amount_total_cents == 34_000  # every line read, as --json always said
    assert (february.amount_added_cents, february.amount_updated_cents) == (4_000, 0)
    assert february.counts()["amount_added_cents"] == 4_000


def test_a_corrected_invoice_gives_its_old_and_new_amounts(workspace, tmp_path):
    import_spend(workspace, spend_file(tmp_path, "janvier.csv", JANUARY))

    fixed = import_spend(workspace, spend_file(
        tmp_path, "corrige.csv", JANUARY.replace("200,00", "1 870,00")))

    assert reasons(fixed, "invoice_number") == [
        (3, "Facture déjà importée pour ce fournisseur : la ligne enregistrée à cette date passe "
            "de 200,00\u00a0€ à 1\u202f870,00\u00a0€ HT et prend les autres valeurs du fichier.")]
    assert (fixed.updated, fixed.amount_updated_cents, fixed.amount_added_cents) == (
        1, 187_000, 0)


def test_a_dry_run_says_what_would_be_created(workspace, tmp_path):
    summary = import_spend(workspace, spend_file(tmp_path, "janvier.csv", JANUARY),
                           dry_run=True)

    assert reasons(summary, "siret") == [
        (2, "Fournisseur absent de l'espace : un fournisseur classique serait créé pour "
            "l'occasion, avec ses 2 lignes de l'import (remarque sur la première seulement).")]
    assert reasons(summary, "buyer") == [
        (2, "Acheteur inconnu dans l'espace : les 2 lignes de l'import qui le nomment seraient "
            "importées sans acheteur (remarque sur la première seulement).")]


def test_counts_in_remarks_are_grouped_by_thousands(workspace, tmp_path):
    body = "".join(f"Atelier du Lac;44306184100047;1,00;15/01/2026;F{n};DUPONT Marie\n"
                   for n in range(1_200))

    summary = import_spend(workspace, spend_file(tmp_path, "gros.csv", body))

    assert [reason for _line, reason in reasons(summary, "buyer")] == [
        "Acheteur inconnu dans l'espace : les 1\u202f200 lignes de l'import qui le nomment sont "
        "importées sans acheteur (remarque sur la première seulement)."]
    assert "ses 1\u202f200 lignes" in reasons(summary, "siret")[0][1]


def test_the_same_invoice_under_another_basis_is_said(workspace, tmp_path):
    path = spend_file(tmp_path, "janvier.csv", JANUARY)
    import_spend(workspace, path, basis=SpendBasis.PAID.value)

    again = import_spend(workspace, path, basis=SpendBasis.INVOICED.value)

    assert reasons(again, "invoice_number")[0] == (
        2, "Facture déjà importée en base « payé » à la date du 15/01/2026, au même montant : "
           "cette ligne l'ajoute en base « facturé ». Si vous ne suivez qu'une base, annulez cet "
           "import et importez à nouveau le fichier dans la première.")
    assert len(reasons(again, "invoice_number")) == 2
