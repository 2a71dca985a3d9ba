"""A buyer the workspace lacks is said once, on her first line, with how many lines name her.

« Acheteur inconnu » on every line of an extract drowned the report, as « Fournisseur absent »
did: one remark per unknown name (whatever its case and spacing), its lines counted.
"""

from __future__ import annotations

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services import importing
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.settings import update_settings
from tests.exchange.import_support import import_spend_lines

HEADER = "Raison sociale;SIRET;Montant;Date;Facture;Acheteur\n"
ONE_LINE = "Acheteur inconnu dans l'espace : la ligne est importée sans acheteur."


def import_lines(workspace, tmp_path, *lines: str):
    return import_spend_lines(workspace, tmp_path, *lines, header=HEADER)


def buyer_remarks(summary) -> list[tuple]:
    return [(issue.line, issue.value, issue.reason) for issue in summary.issues
            if issue.field == "buyer"]


def lines_of(buyer: str, count: int, first: int = 1) -> list[str]:
    return [f"Bureau Express;;{day},00;{day:02}/01/2026;F-{day};{buyer}"
            for day in range(first, first + count)]


def test_an_unknown_buyer_is_said_once_with_her_number_of_lines(workspace, tmp_path):
    add_person(workspace.engine, values=PersonInput(name="Camille Martin"))

    summary = import_lines(workspace, tmp_path, *lines_of("Alice Durand", 3),
                           *lines_of("Camille Martin", 1, first=4),
                           *lines_of("ALICE  durand", 1, first=5),
                           *lines_of("Paul Roux", 1, first=6))

    assert buyer_remarks(summary) == [
        (2, "Alice Durand",
         "Acheteur inconnu dans l'espace : les 4 lignes de l'import qui le nomment sont "
         "importées sans acheteur (remarque sur la première seulement)."),
        (7, "Paul Roux", ONE_LINE)]
    assert summary.inserted == 6


def test_the_count_follows_her_lines_over_several_chunks(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)

    summary = import_lines(workspace, tmp_path, *lines_of("Alice Durand", 5))

    assert [(line, "les 5 lignes" in reason) for line, _value, reason
            in buyer_remarks(summary)] == [(2, True)]


def test_a_re_import_says_it_once_again(workspace, tmp_path):
    import_lines(workspace, tmp_path, *lines_of("Alice Durand", 3))

    summary = import_lines(workspace, tmp_path, *lines_of("Alice Durand", 3))

    assert [(line, "les 3 lignes" in reason) for line, _value, reason
            in buyer_remarks(summary)] == [(2, True)]
    assert summary.unchanged == 3


def test_a_structure_inclusive_reads_it_of_her_salesperson(workspace, tmp_path):
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)

    summary = import_lines(workspace, tmp_path, *lines_of("Alice Durand", 2))

    assert buyer_remarks(summary) == [(
        2, "Alice Durand",
        "Commercial inconnu dans l'espace : les 2 ventes de l'import qui le nomment sont "
        "importées sans commercial (remarque sur la première seulement).")]

